"""Enumerated Values and Defined Terms of Table Top Eccentric Rotation Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TableTopEccentricRotationDirection as TableTopEccentricRotationDirection
from dicomodel.enums import (
    TableTopEccentricRotationDirectionValue as TableTopEccentricRotationDirectionValue,
)

__all__ = ["TableTopEccentricRotationDirection", "TableTopEccentricRotationDirectionValue"]
