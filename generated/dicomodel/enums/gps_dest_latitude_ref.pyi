"""Enumerated Values and Defined Terms of GPS Dest Latitude Ref.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GPSDestLatitudeRef as GPSDestLatitudeRef
from dicomodel.enums import GPSDestLatitudeRefValue as GPSDestLatitudeRefValue

__all__ = ["GPSDestLatitudeRef", "GPSDestLatitudeRefValue"]
