"""Enumerated Values and Defined Terms of System Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "SystemStatusTerm",
]


class SystemStatusTerm(StrEnum):
    """Defined Terms of System Status (0028,7006) in Display System Module Attributes (C.32.1-1)."""

    NORMAL = "NORMAL"
    """Device performance is within specified limits"""
    WARNING = "WARNING"
    """Device performance improvement/re-calibration is appropriate"""
    ADJUST = "ADJUST"
    """Correction required; may be performed by trained staff"""
    FAILURE = "FAILURE"
    """Service required"""
    UNKNOWN = "UNKNOWN"
    """Unable to obtain status from the device"""
