"""Enumerated Values and Defined Terms of GPS Measure Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GPSMeasureMode as GPSMeasureMode
from dicomodel.enums import GPSMeasureModeValue as GPSMeasureModeValue

__all__ = ["GPSMeasureMode", "GPSMeasureModeValue"]
