"""Enumerated Values and Defined Terms of Ending Respiratory Phase.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class EndingRespiratoryPhase(StrEnum):
    """Enumerated Values of Ending Respiratory Phase (0020,9249) in Respiratory Synchronization Macro Attributes (C.7.6.16-18)."""

    INSPIRATION = "INSPIRATION"
    MAXIMUM = "MAXIMUM"
    EXPIRATION = "EXPIRATION"
    MINIMUM = "MINIMUM"
