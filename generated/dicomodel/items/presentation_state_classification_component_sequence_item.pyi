"""Item class PresentationStateClassificationComponentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AlphaLUTTransferFunction as AlphaLUTTransferFunction
from dicomodel.enums import AlphaLUTTransferFunctionValue as _AlphaLUTTransferFunctionValue
from dicomodel.enums import ComponentType as ComponentType
from dicomodel.enums import ComponentTypeValue as _ComponentTypeValue
from dicomodel.enums import RGBLUTTransferFunction as RGBLUTTransferFunction
from dicomodel.enums import RGBLUTTransferFunctionValue as _RGBLUTTransferFunctionValue
from dicomodel.items import ComponentInputSequenceItem as ComponentInputSequenceItem
from dicomodel.items import ComponentInputSequenceItem as _ComponentInputSequenceItem
from dicomodel.items import (
    PresentationStateClassificationComponentSequenceItem as PresentationStateClassificationComponentSequenceItem,
)

__all__ = [
    "AlphaLUTTransferFunction",
    "ComponentInputSequenceItem",
    "ComponentType",
    "PresentationStateClassificationComponentSequenceItem",
    "RGBLUTTransferFunction",
]
