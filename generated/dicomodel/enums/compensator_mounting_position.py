"""Enumerated Values and Defined Terms of Compensator Mounting Position.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CompensatorMountingPosition",
    "CompensatorMountingPositionValue",
]


class CompensatorMountingPosition(StrEnum):
    """Enumerated Values of Compensator Mounting Position (300A,02E1) in RT Beams Module Attributes (C.8-50)."""

    PATIENT_SIDE = "PATIENT_SIDE"
    """the compensator is mounted on the side of the Compensator Tray that is towards the patient."""
    SOURCE_SIDE = "SOURCE_SIDE"
    """the compensator is mounted on the side of the Compensator Tray that is towards the radiation source."""
    DOUBLE_SIDED = "DOUBLE_SIDED"
    """the compensator has a shaped (i.e., non-flat) surface on both sides of the Compensator Tray."""


if TYPE_CHECKING:
    CompensatorMountingPositionValue: TypeAlias = (
        CompensatorMountingPosition | Literal["PATIENT_SIDE", "SOURCE_SIDE", "DOUBLE_SIDED"]
    )
else:
    CompensatorMountingPositionValue = CompensatorMountingPosition
"""A value of CompensatorMountingPosition: the enum or the string of one of its members."""
