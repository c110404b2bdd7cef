"""Item class ReferencedSOPSequenceItemImageReference.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ColorSpaceTerm as ColorSpaceTerm
from dicomodel.enums import PhotometricInterpretationTerm as PhotometricInterpretationTerm
from dicomodel.items import ImagePixelItemImageReference as IconImageSequenceItem
from dicomodel.items import (
    ReferencedSOPSequenceItemImageReference as ReferencedSOPSequenceItemImageReference,
)
from dicomodel.items import (
    SOPInstanceReferenceItem as ReferencedRealWorldValueMappingInstanceSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as ReferencedSOPSequenceItem

__all__ = [
    "ColorSpaceTerm",
    "IconImageSequenceItem",
    "PhotometricInterpretationTerm",
    "ReferencedRealWorldValueMappingInstanceSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSOPSequenceItemImageReference",
]
