"""Enumerated Values and Defined Terms of Fraction-Based Relationship Interval Anchor.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FractionBasedRelationshipIntervalAnchor",
    "FractionBasedRelationshipIntervalAnchorValue",
]


class FractionBasedRelationshipIntervalAnchor(StrEnum):
    """Enumerated Values of Fraction-Based Relationship Interval Anchor (3010,0083) in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    START = "START"
    """The interval is specified with respect to the start of the referenced prescription."""
    END = "END"
    """The interval is specified with respect to the end of the referenced prescription."""


if TYPE_CHECKING:
    FractionBasedRelationshipIntervalAnchorValue: TypeAlias = (
        FractionBasedRelationshipIntervalAnchor | Literal["START", "END"]
    )
else:
    FractionBasedRelationshipIntervalAnchorValue = FractionBasedRelationshipIntervalAnchor
"""A value of FractionBasedRelationshipIntervalAnchor: the enum or the string of one of its members."""
