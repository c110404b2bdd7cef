"""Enumerated Values and Defined Terms of Respiratory Trigger Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RespiratoryTriggerTypeTerm(StrEnum):
    """Defined Terms of Respiratory Trigger Type (0020,9250) in Respiratory Synchronization Module Attributes (C.7.6.18-2)."""

    TIME = "TIME"
    AMPLITUDE = "AMPLITUDE"
    BOTH = "BOTH"
