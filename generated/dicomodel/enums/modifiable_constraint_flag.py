"""Enumerated Values and Defined Terms of Modifiable Constraint Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ModifiableConstraintFlag",
    "ModifiableConstraintFlagValue",
]


class ModifiableConstraintFlag(StrEnum):
    """Enumerated Values of Modifiable Constraint Flag (0082,0038) in General Defined Acquisition Module Attributes (C.34.9-1)."""

    YES = "YES"
    """The constraint may be modified."""
    NO = "NO"
    """The constraint may not be modified."""


if TYPE_CHECKING:
    ModifiableConstraintFlagValue: TypeAlias = ModifiableConstraintFlag | Literal["YES", "NO"]
else:
    ModifiableConstraintFlagValue = ModifiableConstraintFlag
"""A value of ModifiableConstraintFlag: the enum or the string of one of its members."""
