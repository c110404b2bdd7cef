"""Enumerated Values and Defined Terms of Beam Modifier Coordinates Presence Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BeamModifierCoordinatesPresenceFlag",
    "BeamModifierCoordinatesPresenceFlagValue",
]


class BeamModifierCoordinatesPresenceFlag(StrEnum):
    """Enumerated Values of Beam Modifier Coordinates Presence Flag (3002,0105) in Enhanced RT Image Device Module Attributes (C.36.26-1)."""

    YES = "YES"
    """Beam Modifiers containing such coordinates are present."""
    NO = "NO"
    """Beam Modifiers containing such coordinates are not present."""


if TYPE_CHECKING:
    BeamModifierCoordinatesPresenceFlagValue: TypeAlias = (
        BeamModifierCoordinatesPresenceFlag | Literal["YES", "NO"]
    )
else:
    BeamModifierCoordinatesPresenceFlagValue = BeamModifierCoordinatesPresenceFlag
"""A value of BeamModifierCoordinatesPresenceFlag: the enum or the string of one of its members."""
