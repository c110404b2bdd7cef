"""Enumerated Values and Defined Terms of Transaction Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TransactionStatus(StrEnum):
    """Enumerated Values of Transaction Status (0008,0417) in Inventory Creation Module Attributes (C.38.3-1)."""

    PROCESSING = "PROCESSING"
    """Processing continuing"""
    COMPLETE = "COMPLETE"
    """Processing complete with completed inventory"""
    FAILURE = "FAILURE"
    """Processing failure"""
    CANCELED = "CANCELED"
    """Processing canceled"""
    PAUSED = "PAUSED"
    """Processing paused"""
