"""Enumerated Values and Defined Terms of Segments Overlap.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SegmentsOverlap as SegmentsOverlap
from dicomodel.enums import SegmentsOverlapValue as SegmentsOverlapValue

__all__ = ["SegmentsOverlap", "SegmentsOverlapValue"]
