"""Enumerated Values and Defined Terms of Segmentation Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SegmentationType as SegmentationType
from dicomodel.enums import SegmentationTypeValue as SegmentationTypeValue

__all__ = ["SegmentationType", "SegmentationTypeValue"]
