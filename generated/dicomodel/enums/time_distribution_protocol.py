"""Enumerated Values and Defined Terms of Time Distribution Protocol.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TimeDistributionProtocol",
    "TimeDistributionProtocolValue",
]


class TimeDistributionProtocol(StrEnum):
    """Enumerated Values of Time Distribution Protocol (0018,1802) in Synchronization Module Attributes (C.7-7)."""

    NTP = "NTP"
    """Network Time Protocol"""
    IRIG = "IRIG"
    """Inter Range Instrumentation Group"""
    GPS = "GPS"
    """Global Positioning System"""
    SNTP = "SNTP"
    """Simple Network Time Protocol"""
    PTP = "PTP"
    """IEEE 1588 Precision Time Protocol"""


if TYPE_CHECKING:
    TimeDistributionProtocolValue: TypeAlias = (
        TimeDistributionProtocol | Literal["NTP", "IRIG", "GPS", "SNTP", "PTP"]
    )
else:
    TimeDistributionProtocolValue = TimeDistributionProtocol
"""A value of TimeDistributionProtocol: the enum or the string of one of its members."""
