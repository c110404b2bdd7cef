"""Enumerated Values and Defined Terms of GPS Dest Bearing Ref.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GPSDestBearingRef as GPSDestBearingRef
from dicomodel.enums import GPSDestBearingRefValue as GPSDestBearingRefValue

__all__ = ["GPSDestBearingRef", "GPSDestBearingRefValue"]
