"""Enumerated Values and Defined Terms of Excessive Fixation Losses Data Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ExcessiveFixationLossesDataFlag as ExcessiveFixationLossesDataFlag
from dicomodel.enums import (
    ExcessiveFixationLossesDataFlagValue as ExcessiveFixationLossesDataFlagValue,
)

__all__ = ["ExcessiveFixationLossesDataFlag", "ExcessiveFixationLossesDataFlagValue"]
