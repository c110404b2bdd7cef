"""Item class ReferencedSOPSequenceItemDocumentRelationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ColorSpaceTerm as ColorSpaceTerm
from dicomodel.enums import PhotometricInterpretationTerm as PhotometricInterpretationTerm
from dicomodel.items import ImagePixelItemDocumentRelationship as IconImageSequenceItem
from dicomodel.items import (
    ReferencedSOPSequenceItemDocumentRelationship as ReferencedSOPSequenceItemDocumentRelationship,
)
from dicomodel.items import (
    SOPInstanceReferenceItemDocumentRelationship2 as ReferencedRealWorldValueMappingInstanceSequenceItem,
)
from dicomodel.items import (
    SOPInstanceReferenceItemDocumentRelationship2 as ReferencedSOPSequenceItem,
)

__all__ = [
    "ColorSpaceTerm",
    "IconImageSequenceItem",
    "PhotometricInterpretationTerm",
    "ReferencedRealWorldValueMappingInstanceSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSOPSequenceItemDocumentRelationship",
]
