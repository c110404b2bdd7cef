"""Item class VolumetricPresentationStateInputSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import Crop as Crop
from dicomodel.enums import RenderingMethod as RenderingMethod
from dicomodel.enums import VOILUTFunctionTerm as VOILUTFunctionTerm
from dicomodel.items import VOILUTSequenceItem as VOILUTSequenceItem
from dicomodel.items import (
    VolumetricPresentationStateInputSequenceItem as VolumetricPresentationStateInputSequenceItem,
)

__all__ = [
    "Crop",
    "RenderingMethod",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
    "VolumetricPresentationStateInputSequenceItem",
]
