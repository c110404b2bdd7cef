"""Enumerated Values and Defined Terms of Acquired Subtraction Mask Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquiredSubtractionMaskFlag as AcquiredSubtractionMaskFlag
from dicomodel.enums import AcquiredSubtractionMaskFlagValue as AcquiredSubtractionMaskFlagValue

__all__ = ["AcquiredSubtractionMaskFlag", "AcquiredSubtractionMaskFlagValue"]
