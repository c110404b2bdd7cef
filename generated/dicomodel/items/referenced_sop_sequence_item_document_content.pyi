"""Item class ReferencedSOPSequenceItemDocumentContent.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ColorSpaceTerm as ColorSpaceTerm
from dicomodel.enums import PhotometricInterpretationTerm as PhotometricInterpretationTerm
from dicomodel.items import ImagePixelItem as IconImageSequenceItem
from dicomodel.items import (
    ReferencedSOPSequenceItemDocumentContent as ReferencedSOPSequenceItemDocumentContent,
)
from dicomodel.items import (
    SOPInstanceReferenceItemDocumentContent2 as ReferencedRealWorldValueMappingInstanceSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItemDocumentContent2 as ReferencedSOPSequenceItem

__all__ = [
    "ColorSpaceTerm",
    "IconImageSequenceItem",
    "PhotometricInterpretationTerm",
    "ReferencedRealWorldValueMappingInstanceSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSOPSequenceItemDocumentContent",
]
