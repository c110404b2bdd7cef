"""Enumerated Values and Defined Terms of Steady State Pulse Sequence.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "SteadyStatePulseSequenceTerm",
]


class SteadyStatePulseSequenceTerm(StrEnum):
    """Defined Terms of Steady State Pulse Sequence (0018,9017) in MR Pulse Sequence Module Attributes (C.8-87)."""

    FREE_PRECESSION = "FREE_PRECESSION"
    TRANSVERSE = "TRANSVERSE"
    TIME_REVERSED = "TIME_REVERSED"
    LONGITUDINAL = "LONGITUDINAL"
    NONE = "NONE"
