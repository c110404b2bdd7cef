"""Enumerated Values and Defined Terms of Rotation Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RotationDirection as RotationDirection
from dicomodel.enums import RotationDirectionValue as RotationDirectionValue

__all__ = ["RotationDirection", "RotationDirectionValue"]
