"""Enumerated Values and Defined Terms of Positioner Primary Angle Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PositionerPrimaryAngleDirection",
    "PositionerPrimaryAngleDirectionValue",
]


class PositionerPrimaryAngleDirection(StrEnum):
    """Enumerated Values of Positioner Primary Angle Direction (0018,9559) in Breast X-Ray Positioner Macro Attributes (C.8.31.2-1)."""

    CW = "CW"
    """Clockwise. Positioner Primary Angle movement is positive when movement is from vertical to the patient's right (with patient standing, facing the equipment)."""
    CC = "CC"
    """Counter-clockwise. Positioner Primary Angle is positive when movement is from vertical to the patient's left (with patient standing, facing the equipment)."""


if TYPE_CHECKING:
    PositionerPrimaryAngleDirectionValue: TypeAlias = (
        PositionerPrimaryAngleDirection | Literal["CW", "CC"]
    )
else:
    PositionerPrimaryAngleDirectionValue = PositionerPrimaryAngleDirection
"""A value of PositionerPrimaryAngleDirection: the enum or the string of one of its members."""
