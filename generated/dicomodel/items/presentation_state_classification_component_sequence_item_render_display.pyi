"""Item class PresentationStateClassificationComponentSequenceItemRenderDisplay.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AlphaLUTTransferFunction as AlphaLUTTransferFunction
from dicomodel.enums import ComponentType as ComponentType
from dicomodel.enums import RGBLUTTransferFunction as RGBLUTTransferFunction
from dicomodel.items import ComponentInputSequenceItem as ComponentInputSequenceItem
from dicomodel.items import (
    PresentationStateClassificationComponentSequenceItemRenderDisplay as PresentationStateClassificationComponentSequenceItemRenderDisplay,
)

__all__ = [
    "AlphaLUTTransferFunction",
    "ComponentInputSequenceItem",
    "ComponentType",
    "PresentationStateClassificationComponentSequenceItemRenderDisplay",
    "RGBLUTTransferFunction",
]
