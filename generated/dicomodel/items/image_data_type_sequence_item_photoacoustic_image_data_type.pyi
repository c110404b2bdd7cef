"""Item class ImageDataTypeSequenceItemPhotoacousticImageDataType.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as ImageDataTypeCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    ImageDataTypeSequenceItemPhotoacousticImageDataType as ImageDataTypeSequenceItemPhotoacousticImageDataType,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImageDataTypeCodeSequenceItem",
    "ImageDataTypeSequenceItemPhotoacousticImageDataType",
    "MappingResourceTerm",
]
