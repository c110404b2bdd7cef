"""Item class ImageDataTypeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AliasedDataType as AliasedDataType
from dicomodel.enums import DataTypeTerm as DataTypeTerm
from dicomodel.items import ImageDataTypeSequenceItem as ImageDataTypeSequenceItem

__all__ = ["AliasedDataType", "DataTypeTerm", "ImageDataTypeSequenceItem"]
