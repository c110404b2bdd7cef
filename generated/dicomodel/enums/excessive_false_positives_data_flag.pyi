"""Enumerated Values and Defined Terms of Excessive False Positives Data Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ExcessiveFalsePositivesDataFlag as ExcessiveFalsePositivesDataFlag
from dicomodel.enums import (
    ExcessiveFalsePositivesDataFlagValue as ExcessiveFalsePositivesDataFlagValue,
)

__all__ = ["ExcessiveFalsePositivesDataFlag", "ExcessiveFalsePositivesDataFlagValue"]
