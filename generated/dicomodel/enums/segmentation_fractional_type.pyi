"""Enumerated Values and Defined Terms of Segmentation Fractional Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SegmentationFractionalType as SegmentationFractionalType
from dicomodel.enums import SegmentationFractionalTypeValue as SegmentationFractionalTypeValue

__all__ = ["SegmentationFractionalType", "SegmentationFractionalTypeValue"]
