"""Enumerated Values and Defined Terms of Contrast/Bolus Agent Administered.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContrastBolusAgentAdministered as ContrastBolusAgentAdministered
from dicomodel.enums import (
    ContrastBolusAgentAdministeredValue as ContrastBolusAgentAdministeredValue,
)

__all__ = ["ContrastBolusAgentAdministered", "ContrastBolusAgentAdministeredValue"]
