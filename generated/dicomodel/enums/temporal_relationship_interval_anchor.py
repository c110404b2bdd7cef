"""Enumerated Values and Defined Terms of Temporal Relationship Interval Anchor.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TemporalRelationshipIntervalAnchor",
    "TemporalRelationshipIntervalAnchorValue",
]


class TemporalRelationshipIntervalAnchor(StrEnum):
    """Enumerated Values of Temporal Relationship Interval Anchor (3010,004F) in RT Treatment Phase Interval Macro Attributes (C.36.2.1.3-1)."""

    START = "START"
    """The interval is specified with respect to the start of the basis phase."""
    END = "END"
    """The interval is specified with respect to the end of the basis phase."""


if TYPE_CHECKING:
    TemporalRelationshipIntervalAnchorValue: TypeAlias = (
        TemporalRelationshipIntervalAnchor | Literal["START", "END"]
    )
else:
    TemporalRelationshipIntervalAnchorValue = TemporalRelationshipIntervalAnchor
"""A value of TemporalRelationshipIntervalAnchor: the enum or the string of one of its members."""
