"""Enumerated Values and Defined Terms of GPS Track Ref.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GPSTrackRef as GPSTrackRef
from dicomodel.enums import GPSTrackRefValue as GPSTrackRefValue

__all__ = ["GPSTrackRef", "GPSTrackRefValue"]
