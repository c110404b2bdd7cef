"""Enumerated Values and Defined Terms of Data Path ID.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DataPathID",
    "DataPathIDValue",
]


class DataPathID(StrEnum):
    """Enumerated Values of Data Path ID (0028,140E) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    PRIMARY = "PRIMARY"
    SECONDARY = "SECONDARY"


if TYPE_CHECKING:
    DataPathIDValue: TypeAlias = DataPathID | Literal["PRIMARY", "SECONDARY"]
else:
    DataPathIDValue = DataPathID
"""A value of DataPathID: the enum or the string of one of its members."""
