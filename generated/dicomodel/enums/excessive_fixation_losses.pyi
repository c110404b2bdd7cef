"""Enumerated Values and Defined Terms of Excessive Fixation Losses.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ExcessiveFixationLosses as ExcessiveFixationLosses
from dicomodel.enums import ExcessiveFixationLossesValue as ExcessiveFixationLossesValue

__all__ = ["ExcessiveFixationLosses", "ExcessiveFixationLossesValue"]
