"""Enumerated Values and Defined Terms of GPS Longitude Ref.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GPSLongitudeRef as GPSLongitudeRef
from dicomodel.enums import GPSLongitudeRefValue as GPSLongitudeRefValue

__all__ = ["GPSLongitudeRef", "GPSLongitudeRefValue"]
