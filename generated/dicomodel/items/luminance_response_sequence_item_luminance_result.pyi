"""Item class LuminanceResponseSequenceItemLuminanceResult.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    LuminanceResponseSequenceItemLuminanceResult as LuminanceResponseSequenceItemLuminanceResult,
)

__all__ = ["LuminanceResponseSequenceItemLuminanceResult"]
