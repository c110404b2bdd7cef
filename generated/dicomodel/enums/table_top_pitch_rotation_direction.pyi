"""Enumerated Values and Defined Terms of Table Top Pitch Rotation Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import (
    TableTopPitchRotationDirectionValue as TableTopPitchRotationDirectionValue,
)

__all__ = ["TableTopPitchRotationDirection", "TableTopPitchRotationDirectionValue"]
