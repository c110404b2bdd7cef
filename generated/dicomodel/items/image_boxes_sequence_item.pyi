"""Item class ImageBoxesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ImageBoxLargeScrollType as ImageBoxLargeScrollType
from dicomodel.enums import ImageBoxLayoutTypeTermHangingProtocolDisplay as ImageBoxLayoutTypeTerm
from dicomodel.enums import ImageBoxScrollDirection as ImageBoxScrollDirection
from dicomodel.enums import ImageBoxSmallScrollType as ImageBoxSmallScrollType
from dicomodel.items import ImageBoxesSequenceItem as ImageBoxesSequenceItem

__all__ = [
    "ImageBoxLargeScrollType",
    "ImageBoxLayoutTypeTerm",
    "ImageBoxScrollDirection",
    "ImageBoxSmallScrollType",
    "ImageBoxesSequenceItem",
]
