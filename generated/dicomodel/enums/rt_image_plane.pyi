"""Enumerated Values and Defined Terms of RT Image Plane.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTImagePlane as RTImagePlane
from dicomodel.enums import RTImagePlaneValue as RTImagePlaneValue

__all__ = ["RTImagePlane", "RTImagePlaneValue"]
