"""Enumerated Values and Defined Terms of GPS Dest Distance Ref.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GPSDestDistanceRef as GPSDestDistanceRef
from dicomodel.enums import GPSDestDistanceRefValue as GPSDestDistanceRefValue

__all__ = ["GPSDestDistanceRef", "GPSDestDistanceRefValue"]
