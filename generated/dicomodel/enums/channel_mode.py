"""Enumerated Values and Defined Terms of Channel Mode.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ChannelMode",
    "ChannelModeValue",
]


class ChannelMode(StrEnum):
    """Enumerated Values of Channel Mode (003A,0302) in Cine Module Attributes (C.7-13)."""

    MONO = "MONO"
    """1 signal"""
    STEREO = "STEREO"
    """2 simultaneously acquired (left and right) signals"""


if TYPE_CHECKING:
    ChannelModeValue: TypeAlias = ChannelMode | Literal["MONO", "STEREO"]
else:
    ChannelModeValue = ChannelMode
"""A value of ChannelMode: the enum or the string of one of its members."""
