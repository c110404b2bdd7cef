"""Enumerated Values and Defined Terms of Filter-by Attribute Presence.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FilterByAttributePresence",
    "FilterByAttributePresenceValue",
]


class FilterByAttributePresence(StrEnum):
    """Enumerated Values of Filter-by Attribute Presence (0072,0404) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    PRESENT = "PRESENT"
    """Include the image if the Attribute is present."""
    NOT_PRESENT = "NOT_PRESENT"
    """Include the image if the Attribute is not present."""


if TYPE_CHECKING:
    FilterByAttributePresenceValue: TypeAlias = (
        FilterByAttributePresence | Literal["PRESENT", "NOT_PRESENT"]
    )
else:
    FilterByAttributePresenceValue = FilterByAttributePresence
"""A value of FilterByAttributePresence: the enum or the string of one of its members."""
