"""Enumerated Values and Defined Terms of Corneal Topography Map Quality Evaluation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CornealTopographyMapQualityEvaluation",
    "CornealTopographyMapQualityEvaluationValue",
]


class CornealTopographyMapQualityEvaluation(StrEnum):
    """Enumerated Values of Corneal Topography Map Quality Evaluation (0046,0242) in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

    ACCEPTABLE = "ACCEPTABLE"
    MARGINAL = "MARGINAL"
    NOT_ACCEPTABLE = "NOT_ACCEPTABLE"


if TYPE_CHECKING:
    CornealTopographyMapQualityEvaluationValue: TypeAlias = (
        CornealTopographyMapQualityEvaluation | Literal["ACCEPTABLE", "MARGINAL", "NOT_ACCEPTABLE"]
    )
else:
    CornealTopographyMapQualityEvaluationValue = CornealTopographyMapQualityEvaluation
"""A value of CornealTopographyMapQualityEvaluation: the enum or the string of one of its members."""
