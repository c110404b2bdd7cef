"""Enumerated Values and Defined Terms of T2 Preparation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "T2Preparation",
    "T2PreparationValue",
]


class T2Preparation(StrEnum):
    """Enumerated Values of T2 Preparation (0018,9021) in MR Modifier Macro Attributes (C.8-92)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    T2PreparationValue: TypeAlias = T2Preparation | Literal["YES", "NO"]
else:
    T2PreparationValue = T2Preparation
"""A value of T2Preparation: the enum or the string of one of its members."""
