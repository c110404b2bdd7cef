"""Enumerated Values and Defined Terms of GPS Dest Longitude Ref.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GPSDestLongitudeRef as GPSDestLongitudeRef
from dicomodel.enums import GPSDestLongitudeRefValue as GPSDestLongitudeRefValue

__all__ = ["GPSDestLongitudeRef", "GPSDestLongitudeRefValue"]
