"""Enumerated Values and Defined Terms of Time Series Blending.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TimeSeriesBlending as TimeSeriesBlending
from dicomodel.enums import TimeSeriesBlendingValue as TimeSeriesBlendingValue

__all__ = ["TimeSeriesBlending", "TimeSeriesBlendingValue"]
