"""Enumerated Values and Defined Terms of Gantry Pitch Rotation Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GantryPitchRotationDirection as GantryPitchRotationDirection
from dicomodel.enums import GantryPitchRotationDirectionValue as GantryPitchRotationDirectionValue

__all__ = ["GantryPitchRotationDirection", "GantryPitchRotationDirectionValue"]
