"""Item class ReferencedImageSequenceItemVisualEvaluationResult.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TestImageValidation as TestImageValidation
from dicomodel.enums import TestImageValidationValue as _TestImageValidationValue
from dicomodel.items import (
    ReferencedImageSequenceItemVisualEvaluationResult as ReferencedImageSequenceItemVisualEvaluationResult,
)

__all__ = ["ReferencedImageSequenceItemVisualEvaluationResult", "TestImageValidation"]
