"""Enumerated Values and Defined Terms of Beam Dose Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BeamDoseType(StrEnum):
    """Enumerated Values of Beam Dose Type (300A,0090) in RT Fraction Scheme Module Attributes (C.8-49)."""

    PHYSICAL = "PHYSICAL"
    EFFECTIVE = "EFFECTIVE"
