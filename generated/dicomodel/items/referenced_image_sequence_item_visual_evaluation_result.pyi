"""Item class ReferencedImageSequenceItemVisualEvaluationResult.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TestImageValidation as TestImageValidation
from dicomodel.items import (
    ReferencedImageSequenceItemVisualEvaluationResult as ReferencedImageSequenceItemVisualEvaluationResult,
)

__all__ = ["ReferencedImageSequenceItemVisualEvaluationResult", "TestImageValidation"]
