"""Enumerated Values and Defined Terms of GPS Latitude Ref.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GPSLatitudeRef as GPSLatitudeRef
from dicomodel.enums import GPSLatitudeRefValue as GPSLatitudeRefValue

__all__ = ["GPSLatitudeRef", "GPSLatitudeRefValue"]
