"""Enumerated Values and Defined Terms of Treatment Tolerance Violation Category.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    TreatmentToleranceViolationCategoryTerm as TreatmentToleranceViolationCategoryTerm,
)

__all__ = ["TreatmentToleranceViolationCategoryTerm"]
