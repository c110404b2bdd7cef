"""Item class VolumeStreamSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AlphaLUTTransferFunction as AlphaLUTTransferFunction
from dicomodel.enums import ComponentType as ComponentType
from dicomodel.enums import RGBLUTTransferFunction as RGBLUTTransferFunction
from dicomodel.items import ComponentInputSequenceItem as ComponentInputSequenceItem
from dicomodel.items import (
    PresentationStateClassificationComponentSequenceItemRenderDisplay as PresentationStateClassificationComponentSequenceItem,
)
from dicomodel.items import VolumeStreamSequenceItem as VolumeStreamSequenceItem

__all__ = [
    "AlphaLUTTransferFunction",
    "ComponentInputSequenceItem",
    "ComponentType",
    "PresentationStateClassificationComponentSequenceItem",
    "RGBLUTTransferFunction",
    "VolumeStreamSequenceItem",
]
