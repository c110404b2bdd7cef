"""Enumerated Values and Defined Terms of Cardiac Signal Source.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CardiacSignalSourceTerm as CardiacSignalSourceTerm
from dicomodel.enums import (
    CardiacSignalSourceTermPerformedCTAcquisition as CardiacSignalSourceTermPerformedCTAcquisition,
)

__all__ = ["CardiacSignalSourceTerm", "CardiacSignalSourceTermPerformedCTAcquisition"]
