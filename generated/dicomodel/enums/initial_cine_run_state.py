"""Enumerated Values and Defined Terms of Initial Cine Run State.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "InitialCineRunStateTerm",
]


class InitialCineRunStateTerm(StrEnum):
    """Defined Terms of Initial Cine Run State (0018,0042) in Structured Display Image Box Module Attributes (C.11.17-1)."""

    STOPPED = "STOPPED"
    RUNNING = "RUNNING"
