"""Enumerated Values and Defined Terms of Acquisition Time Synchronized.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AcquisitionTimeSynchronized(StrEnum):
    """Enumerated Values of Acquisition Time Synchronized (0018,1800) in Synchronization Module Attributes (C.7-7)."""

    Y = "Y"
    N = "N"
