"""Item class ImagePixelItemDocumentRelationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ColorSpaceTerm as ColorSpaceTerm
from dicomodel.enums import PhotometricInterpretationTerm as PhotometricInterpretationTerm
from dicomodel.items import ImagePixelItemDocumentRelationship as ImagePixelItemDocumentRelationship

__all__ = ["ColorSpaceTerm", "ImagePixelItemDocumentRelationship", "PhotometricInterpretationTerm"]
