"""Enumerated Values and Defined Terms of Applied Mask Subtraction Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AppliedMaskSubtractionFlag as AppliedMaskSubtractionFlag
from dicomodel.enums import AppliedMaskSubtractionFlagValue as AppliedMaskSubtractionFlagValue

__all__ = ["AppliedMaskSubtractionFlag", "AppliedMaskSubtractionFlagValue"]
