"""Enumerated Values and Defined Terms of Global Deviation Probability Normals Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GlobalDeviationProbabilityNormalsFlag(StrEnum):
    """Enumerated Values of Global Deviation Probability Normals Flag (0024,0059) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"
