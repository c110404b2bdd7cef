"""Enumerated Values and Defined Terms of Inversion Recovery.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "InversionRecovery",
    "InversionRecoveryValue",
]


class InversionRecovery(StrEnum):
    """Enumerated Values of Inversion Recovery (0018,9009) in MR Modifier Macro Attributes (C.8-92)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    InversionRecoveryValue: TypeAlias = InversionRecovery | Literal["YES", "NO"]
else:
    InversionRecoveryValue = InversionRecovery
"""A value of InversionRecovery: the enum or the string of one of its members."""
