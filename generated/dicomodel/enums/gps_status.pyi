"""Enumerated Values and Defined Terms of GPS Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GPSStatus as GPSStatus
from dicomodel.enums import GPSStatusValue as GPSStatusValue

__all__ = ["GPSStatus", "GPSStatusValue"]
