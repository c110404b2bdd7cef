"""Enumerated Values and Defined Terms of Absolute Dosimetric Objective Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AbsoluteDosimetricObjectiveFlag",
    "AbsoluteDosimetricObjectiveFlagValue",
]


class AbsoluteDosimetricObjectiveFlag(StrEnum):
    """Enumerated Values of Absolute Dosimetric Objective Flag (3010,0073) in Dosimetric Objective Macro Attributes (C.36.2.1.4-1)."""

    YES = "YES"
    """Objective must be met."""
    NO = "NO"
    """Objective should be met but may be compromised."""


if TYPE_CHECKING:
    AbsoluteDosimetricObjectiveFlagValue: TypeAlias = (
        AbsoluteDosimetricObjectiveFlag | Literal["YES", "NO"]
    )
else:
    AbsoluteDosimetricObjectiveFlagValue = AbsoluteDosimetricObjectiveFlag
"""A value of AbsoluteDosimetricObjectiveFlag: the enum or the string of one of its members."""
