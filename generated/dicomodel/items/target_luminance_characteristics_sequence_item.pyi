"""Item class TargetLuminanceCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AmbientLightValueSource as AmbientLightValueSource
from dicomodel.enums import DisplayFunctionType as DisplayFunctionType
from dicomodel.items import (
    LuminanceResponseSequenceItemTargetLuminanceCharacteristics as LuminanceResponseSequenceItem,
)
from dicomodel.items import (
    TargetLuminanceCharacteristicsSequenceItem as TargetLuminanceCharacteristicsSequenceItem,
)

__all__ = [
    "AmbientLightValueSource",
    "DisplayFunctionType",
    "LuminanceResponseSequenceItem",
    "TargetLuminanceCharacteristicsSequenceItem",
]
