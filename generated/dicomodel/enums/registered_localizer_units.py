"""Enumerated Values and Defined Terms of Registered Localizer Units.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RegisteredLocalizerUnits",
    "RegisteredLocalizerUnitsValue",
]


class RegisteredLocalizerUnits(StrEnum):
    """Enumerated Values of Registered Localizer Units (0022,1466) in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

    PIXEL = "PIXEL"
    """See Bounding Box Annotation Units (0070,0003) for definition."""


if TYPE_CHECKING:
    RegisteredLocalizerUnitsValue: TypeAlias = RegisteredLocalizerUnits | Literal["PIXEL"]
else:
    RegisteredLocalizerUnitsValue = RegisteredLocalizerUnits
"""A value of RegisteredLocalizerUnits: the enum or the string of one of its members."""
