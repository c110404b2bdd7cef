"""Enumerated Values and Defined Terms of Lens Segment Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import LensSegmentType as LensSegmentType
from dicomodel.enums import LensSegmentTypeValue as LensSegmentTypeValue

__all__ = ["LensSegmentType", "LensSegmentTypeValue"]
