"""Enumerated Values and Defined Terms of Contrast/Bolus Auto Injection Trigger Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    ContrastBolusAutoInjectionTriggerFlag as ContrastBolusAutoInjectionTriggerFlag,
)
from dicomodel.enums import (
    ContrastBolusAutoInjectionTriggerFlagValue as ContrastBolusAutoInjectionTriggerFlagValue,
)

__all__ = ["ContrastBolusAutoInjectionTriggerFlag", "ContrastBolusAutoInjectionTriggerFlagValue"]
