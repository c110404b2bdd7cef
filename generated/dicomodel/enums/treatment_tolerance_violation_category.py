"""Enumerated Values and Defined Terms of Treatment Tolerance Violation Category.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "TreatmentToleranceViolationCategoryTerm",
]


class TreatmentToleranceViolationCategoryTerm(StrEnum):
    """Defined Terms of Treatment Tolerance Violation Category (300A,0732) in RT Radiation Record Common Module Attributes (C.36.22-1)."""

    CLINICAL = "CLINICAL"
    """Delivery went out of clinically allowed tolerance."""
    MACHINE = "MACHINE"
    """Delivery went out of machine tolerance."""
