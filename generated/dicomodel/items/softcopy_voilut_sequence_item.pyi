"""Item class SoftcopyVOILUTSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VOILUTFunctionTerm as VOILUTFunctionTerm
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import SoftcopyVOILUTSequenceItem as SoftcopyVOILUTSequenceItem
from dicomodel.items import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "ReferencedImageSequenceItem",
    "SoftcopyVOILUTSequenceItem",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
]
