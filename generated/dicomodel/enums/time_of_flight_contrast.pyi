"""Enumerated Values and Defined Terms of Time of Flight Contrast.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TimeOfFlightContrast as TimeOfFlightContrast
from dicomodel.enums import TimeOfFlightContrastValue as TimeOfFlightContrastValue

__all__ = ["TimeOfFlightContrast", "TimeOfFlightContrastValue"]
