"""Enumerated Values and Defined Terms of Type of Synchronization.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "TypeOfSynchronizationTerm",
]


class TypeOfSynchronizationTerm(StrEnum):
    """Defined Terms of Type of Synchronization (0072,0434) in Structured Display Image Box Module Attributes (C.11.17-1)."""

    FRAME = "FRAME"
    POSITION = "POSITION"
    TIME = "TIME"
    PHASE = "PHASE"
