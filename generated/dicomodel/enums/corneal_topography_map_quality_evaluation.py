"""Enumerated Values and Defined Terms of Corneal Topography Map Quality Evaluation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class CornealTopographyMapQualityEvaluation(StrEnum):
    """Enumerated Values of Corneal Topography Map Quality Evaluation (0046,0242) in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

    ACCEPTABLE = "ACCEPTABLE"
    MARGINAL = "MARGINAL"
    NOT_ACCEPTABLE = "NOT_ACCEPTABLE"
