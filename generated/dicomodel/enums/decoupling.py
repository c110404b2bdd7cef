"""Enumerated Values and Defined Terms of De-coupling.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "Decoupling",
    "DecouplingValue",
]


class Decoupling(StrEnum):
    """Enumerated Values of De-coupling (0018,9059) in MR Spectroscopy Module Attributes (C.8-102)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    DecouplingValue: TypeAlias = Decoupling | Literal["YES", "NO"]
else:
    DecouplingValue = Decoupling
"""A value of Decoupling: the enum or the string of one of its members."""
