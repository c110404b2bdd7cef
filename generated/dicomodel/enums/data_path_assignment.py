"""Enumerated Values and Defined Terms of Data Path Assignment.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DataPathAssignment",
    "DataPathAssignmentValue",
]


class DataPathAssignment(StrEnum):
    """Enumerated Values of Data Path Assignment (0028,1402) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    PRIMARY_PVALUES = "PRIMARY_PVALUES"
    PRIMARY_SINGLE = "PRIMARY_SINGLE"
    SECONDARY_SINGLE = "SECONDARY_SINGLE"
    SECONDARY_HIGH = "SECONDARY_HIGH"
    SECONDARY_LOW = "SECONDARY_LOW"


if TYPE_CHECKING:
    DataPathAssignmentValue: TypeAlias = (
        DataPathAssignment
        | Literal[
            "PRIMARY_PVALUES",
            "PRIMARY_SINGLE",
            "SECONDARY_SINGLE",
            "SECONDARY_HIGH",
            "SECONDARY_LOW",
        ]
    )
else:
    DataPathAssignmentValue = DataPathAssignment
"""A value of DataPathAssignment: the enum or the string of one of its members."""
