"""Item class DisplayedAreaSelectionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PixelOriginInterpretation as PixelOriginInterpretation
from dicomodel.enums import PresentationSizeMode as PresentationSizeMode
from dicomodel.items import DisplayedAreaSelectionSequenceItem as DisplayedAreaSelectionSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem

__all__ = [
    "DisplayedAreaSelectionSequenceItem",
    "PixelOriginInterpretation",
    "PresentationSizeMode",
    "ReferencedImageSequenceItem",
]
