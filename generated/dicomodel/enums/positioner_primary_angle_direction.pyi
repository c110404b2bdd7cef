"""Enumerated Values and Defined Terms of Positioner Primary Angle Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PositionerPrimaryAngleDirection as PositionerPrimaryAngleDirection
from dicomodel.enums import (
    PositionerPrimaryAngleDirectionValue as PositionerPrimaryAngleDirectionValue,
)

__all__ = ["PositionerPrimaryAngleDirection", "PositionerPrimaryAngleDirectionValue"]
