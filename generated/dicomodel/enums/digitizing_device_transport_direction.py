"""Enumerated Values and Defined Terms of Digitizing Device Transport Direction.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DigitizingDeviceTransportDirection",
    "DigitizingDeviceTransportDirectionValue",
]


class DigitizingDeviceTransportDirection(StrEnum):
    """Enumerated Values of Digitizing Device Transport Direction (0018,2020) in SC Multi-frame Image Module Attributes (C.8-25b)."""

    ROW = "ROW"
    COLUMN = "COLUMN"


if TYPE_CHECKING:
    DigitizingDeviceTransportDirectionValue: TypeAlias = (
        DigitizingDeviceTransportDirection | Literal["ROW", "COLUMN"]
    )
else:
    DigitizingDeviceTransportDirectionValue = DigitizingDeviceTransportDirection
"""A value of DigitizingDeviceTransportDirection: the enum or the string of one of its members."""
