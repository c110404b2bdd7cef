"""Enumerated Values and Defined Terms of Implant Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ImplantType",
    "ImplantTypeValue",
]


class ImplantType(StrEnum):
    """Enumerated Values of Implant Type (0068,6223) in Generic Implant Template Description Module Attributes (C.29.1.1-1)."""

    ORIGINAL = "ORIGINAL"
    DERIVED = "DERIVED"


if TYPE_CHECKING:
    ImplantTypeValue: TypeAlias = ImplantType | Literal["ORIGINAL", "DERIVED"]
else:
    ImplantTypeValue = ImplantType
"""A value of ImplantType: the enum or the string of one of its members."""
