"""Enumerated Values and Defined Terms of Bulk Motion Signal Source.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "BulkMotionSignalSourceTerm",
]


class BulkMotionSignalSourceTerm(StrEnum):
    """Defined Terms of Bulk Motion Signal Source (0018,9173) in Bulk Motion Synchronization Module Attributes (C.7.6.18-3)."""

    JOINT = "JOINT"
    """joint motion detection"""
    NAVIGATOR = "NAVIGATOR"
    """MR navigator and organ edge detection"""
    MR_PHASE = "MR_PHASE"
    """phase (of center k-space line)"""
