"""Enumerated Values and Defined Terms of Gantry Rotation Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import GantryRotationDirectionValue as GantryRotationDirectionValue

__all__ = ["GantryRotationDirection", "GantryRotationDirectionValue"]
