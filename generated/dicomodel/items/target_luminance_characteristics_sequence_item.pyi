"""Item class TargetLuminanceCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AmbientLightValueSource as AmbientLightValueSource
from dicomodel.enums import AmbientLightValueSourceValue as _AmbientLightValueSourceValue
from dicomodel.enums import DisplayFunctionType as DisplayFunctionType
from dicomodel.enums import DisplayFunctionTypeValue as _DisplayFunctionTypeValue
from dicomodel.items import (
    LuminanceResponseSequenceItemTargetLuminanceCharacteristics as LuminanceResponseSequenceItem,
)
from dicomodel.items import (
    LuminanceResponseSequenceItemTargetLuminanceCharacteristics as _LuminanceResponseSequenceItemTargetLuminanceCharacteristics,
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
