"""Enumerated Values and Defined Terms of Segment Algorithm Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SegmentAlgorithmType as SegmentAlgorithmType
from dicomodel.enums import SegmentAlgorithmTypeValue as SegmentAlgorithmTypeValue

__all__ = ["SegmentAlgorithmType", "SegmentAlgorithmTypeValue"]
