"""Enumerated Values and Defined Terms of RT Treatment Fraction Completion Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RTTreatmentFractionCompletionStatus(StrEnum):
    """Enumerated Values of RT Treatment Fraction Completion Status (300A,0706) in RT Radiation Record Set Module Attributes (C.36.20-1)."""

    COMPLETE = "COMPLETE"
    PARTIAL = "PARTIAL"
