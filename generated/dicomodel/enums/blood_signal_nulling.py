"""Enumerated Values and Defined Terms of Blood Signal Nulling.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BloodSignalNulling",
    "BloodSignalNullingValue",
]


class BloodSignalNulling(StrEnum):
    """Enumerated Values of Blood Signal Nulling (0018,9022) in MR Imaging Modifier Macro Attributes (C.8-93)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    BloodSignalNullingValue: TypeAlias = BloodSignalNulling | Literal["YES", "NO"]
else:
    BloodSignalNullingValue = BloodSignalNulling
"""A value of BloodSignalNulling: the enum or the string of one of its members."""
