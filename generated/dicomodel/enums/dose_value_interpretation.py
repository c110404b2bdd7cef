"""Enumerated Values and Defined Terms of Dose Value Interpretation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DoseValueInterpretation(StrEnum):
    """Enumerated Values of Dose Value Interpretation (300A,068B) in RT Prescription Module Attributes (C.8-46)."""

    NOMINAL = "NOMINAL"
    ACTUAL = "ACTUAL"
