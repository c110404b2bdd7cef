"""Item class FrameDisplaySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RecommendedViewingModeTerm as RecommendedViewingModeTerm
from dicomodel.enums import SkipFrameRangeFlagTerm as SkipFrameRangeFlagTerm
from dicomodel.items import FrameDisplaySequenceItem as FrameDisplaySequenceItem

__all__ = ["FrameDisplaySequenceItem", "RecommendedViewingModeTerm", "SkipFrameRangeFlagTerm"]
