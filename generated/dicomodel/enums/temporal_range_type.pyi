"""Enumerated Values and Defined Terms of Temporal Range Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TemporalRangeType as TemporalRangeType
from dicomodel.enums import TemporalRangeTypeValue as TemporalRangeTypeValue

__all__ = ["TemporalRangeType", "TemporalRangeTypeValue"]
