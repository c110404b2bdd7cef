"""Enumerated Values and Defined Terms of Position Measuring Device Used.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PositionMeasuringDeviceUsed as PositionMeasuringDeviceUsed
from dicomodel.enums import PositionMeasuringDeviceUsedValue as PositionMeasuringDeviceUsedValue

__all__ = ["PositionMeasuringDeviceUsed", "PositionMeasuringDeviceUsedValue"]
