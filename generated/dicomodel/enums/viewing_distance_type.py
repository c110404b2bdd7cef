"""Enumerated Values and Defined Terms of Viewing Distance Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ViewingDistanceType(StrEnum):
    """Enumerated Values of Viewing Distance Type (0046,0125) in Visual Acuity Measurements Module Attributes (C.8.25.12-1)."""

    DISTANCE = "DISTANCE"
    NEAR = "NEAR"
    INTERMEDIATE = "INTERMEDIATE"
    OTHER = "OTHER"
