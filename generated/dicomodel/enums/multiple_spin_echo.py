"""Enumerated Values and Defined Terms of Multiple Spin Echo.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "MultipleSpinEcho",
    "MultipleSpinEchoValue",
]


class MultipleSpinEcho(StrEnum):
    """Enumerated Values of Multiple Spin Echo (0018,9011) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    MultipleSpinEchoValue: TypeAlias = MultipleSpinEcho | Literal["YES", "NO"]
else:
    MultipleSpinEchoValue = MultipleSpinEcho
"""A value of MultipleSpinEcho: the enum or the string of one of its members."""
