"""Enumerated Values and Defined Terms of Time Distribution Protocol.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


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
