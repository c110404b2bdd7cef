"""Enumerated Values and Defined Terms of GPS Img Direction Ref.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GPSImgDirectionRef as GPSImgDirectionRef
from dicomodel.enums import GPSImgDirectionRefValue as GPSImgDirectionRefValue

__all__ = ["GPSImgDirectionRef", "GPSImgDirectionRefValue"]
