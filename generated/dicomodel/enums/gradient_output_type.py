"""Enumerated Values and Defined Terms of Gradient Output Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "GradientOutputTypeTerm",
]


class GradientOutputTypeTerm(StrEnum):
    """Defined Terms of Gradient Output Type (0018,9180) in MR Timing and Related Parameters Macro Attributes (C.8-89)."""

    DB_DT = "DB_DT"
    """in T/s"""
    ELECTRIC_FIELD = "ELECTRIC_FIELD"
    """in V/m"""
    PER_NERVE_STIM = "PER_NERVE_STIM"
    """percentage of peripheral nerve stimulation"""
