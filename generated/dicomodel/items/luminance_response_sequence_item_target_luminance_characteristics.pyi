"""Item class LuminanceResponseSequenceItemTargetLuminanceCharacteristics.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    LuminanceResponseSequenceItemTargetLuminanceCharacteristics as LuminanceResponseSequenceItemTargetLuminanceCharacteristics,
)

__all__ = ["LuminanceResponseSequenceItemTargetLuminanceCharacteristics"]
