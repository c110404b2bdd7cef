"""Enumerated Values and Defined Terms of Source Movement Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SourceMovementTypeTerm(StrEnum):
    """Defined Terms of Source Movement Type (300A,0288) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    STEPWISE = "STEPWISE"
    FIXED = "FIXED"
    OSCILLATING = "OSCILLATING"
    UNIDIRECTIONAL = "UNIDIRECTIONAL"
