"""Enumerated Values and Defined Terms of C-arm Positioner Tabletop Relationship.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CArmPositionerTabletopRelationship",
    "CArmPositionerTabletopRelationshipValue",
]


class CArmPositionerTabletopRelationship(StrEnum):
    """Enumerated Values of C-arm Positioner Tabletop Relationship (0018,9474) in XA/XRF Acquisition Module Attributes (C.8.19.3-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    CArmPositionerTabletopRelationshipValue: TypeAlias = (
        CArmPositionerTabletopRelationship | Literal["YES", "NO"]
    )
else:
    CArmPositionerTabletopRelationshipValue = CArmPositionerTabletopRelationship
"""A value of CArmPositionerTabletopRelationship: the enum or the string of one of its members."""
