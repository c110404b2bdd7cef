"""Enumerated Values and Defined Terms of Excessive False Negatives Data Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ExcessiveFalseNegativesDataFlag as ExcessiveFalseNegativesDataFlag
from dicomodel.enums import (
    ExcessiveFalseNegativesDataFlagValue as ExcessiveFalseNegativesDataFlagValue,
)

__all__ = ["ExcessiveFalseNegativesDataFlag", "ExcessiveFalseNegativesDataFlagValue"]
