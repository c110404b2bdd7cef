"""Item class MultiFramePresentationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RecommendedViewingModeTerm as RecommendedViewingModeTerm
from dicomodel.enums import SkipFrameRangeFlagTerm as SkipFrameRangeFlagTerm
from dicomodel.items import FrameDisplaySequenceItem as FrameDisplaySequenceItem
from dicomodel.items import MultiFramePresentationSequenceItem as MultiFramePresentationSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedImageSequenceItem

__all__ = [
    "FrameDisplaySequenceItem",
    "MultiFramePresentationSequenceItem",
    "RecommendedViewingModeTerm",
    "ReferencedImageSequenceItem",
    "SkipFrameRangeFlagTerm",
]
