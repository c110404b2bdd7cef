"""Enumerated Values and Defined Terms of Starting Respiratory Phase.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class StartingRespiratoryPhase(StrEnum):
    """Enumerated Values of Starting Respiratory Phase (0020,9247) in Respiratory Synchronization Macro Attributes (C.7.6.16-18)."""

    INSPIRATION = "INSPIRATION"
    MAXIMUM = "MAXIMUM"
    EXPIRATION = "EXPIRATION"
    MINIMUM = "MINIMUM"
