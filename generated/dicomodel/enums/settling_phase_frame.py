"""Enumerated Values and Defined Terms of Settling Phase Frame.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SettlingPhaseFrame",
    "SettlingPhaseFrameValue",
]


class SettlingPhaseFrame(StrEnum):
    """Enumerated Values of Settling Phase Frame (0018,9624) in Functional MR Macro Attributes (C.8-100c)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    SettlingPhaseFrameValue: TypeAlias = SettlingPhaseFrame | Literal["YES", "NO"]
else:
    SettlingPhaseFrameValue = SettlingPhaseFrame
"""A value of SettlingPhaseFrame: the enum or the string of one of its members."""
