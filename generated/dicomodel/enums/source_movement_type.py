"""Enumerated Values and Defined Terms of Source Movement Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "SourceMovementTypeTerm",
]


class SourceMovementTypeTerm(StrEnum):
    """Defined Terms of Source Movement Type (300A,0288) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    STEPWISE = "STEPWISE"
    FIXED = "FIXED"
    OSCILLATING = "OSCILLATING"
    UNIDIRECTIONAL = "UNIDIRECTIONAL"
