"""Enumerated Values and Defined Terms of Respiratory Trigger Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RespiratoryTriggerTypeTerm",
]


class RespiratoryTriggerTypeTerm(StrEnum):
    """Defined Terms of Respiratory Trigger Type (0020,9250) in Respiratory Synchronization Module Attributes (C.7.6.18-2)."""

    TIME = "TIME"
    AMPLITUDE = "AMPLITUDE"
    BOTH = "BOTH"
