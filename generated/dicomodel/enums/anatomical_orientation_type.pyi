"""Enumerated Values and Defined Terms of Anatomical Orientation Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnatomicalOrientationType as AnatomicalOrientationType
from dicomodel.enums import AnatomicalOrientationTypeValue as AnatomicalOrientationTypeValue

__all__ = ["AnatomicalOrientationType", "AnatomicalOrientationTypeValue"]
