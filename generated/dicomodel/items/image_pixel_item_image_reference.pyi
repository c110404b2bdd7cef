"""Item class ImagePixelItemImageReference.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ColorSpaceTerm as ColorSpaceTerm
from dicomodel.enums import PhotometricInterpretationTerm as PhotometricInterpretationTerm
from dicomodel.items import ImagePixelItemImageReference as ImagePixelItemImageReference

__all__ = ["ColorSpaceTerm", "ImagePixelItemImageReference", "PhotometricInterpretationTerm"]
