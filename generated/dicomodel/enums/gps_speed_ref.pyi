"""Enumerated Values and Defined Terms of GPS Speed Ref.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GPSSpeedRef as GPSSpeedRef
from dicomodel.enums import GPSSpeedRefValue as GPSSpeedRefValue

__all__ = ["GPSSpeedRef", "GPSSpeedRefValue"]
