"""Item class UVMappingSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedTextureSequenceItem
from dicomodel.items import UVMappingSequenceItem as UVMappingSequenceItem

__all__ = ["ReferencedTextureSequenceItem", "UVMappingSequenceItem"]
