"""Item class ImagePixelItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ColorSpaceTerm as ColorSpaceTerm
from dicomodel.enums import PhotometricInterpretationTerm as PhotometricInterpretationTerm
from dicomodel.items import ImagePixelItem as ImagePixelItem

__all__ = ["ColorSpaceTerm", "ImagePixelItem", "PhotometricInterpretationTerm"]
