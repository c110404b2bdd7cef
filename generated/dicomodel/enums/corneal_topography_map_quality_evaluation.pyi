"""Enumerated Values and Defined Terms of Corneal Topography Map Quality Evaluation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    CornealTopographyMapQualityEvaluation as CornealTopographyMapQualityEvaluation,
)
from dicomodel.enums import (
    CornealTopographyMapQualityEvaluationValue as CornealTopographyMapQualityEvaluationValue,
)

__all__ = ["CornealTopographyMapQualityEvaluation", "CornealTopographyMapQualityEvaluationValue"]
