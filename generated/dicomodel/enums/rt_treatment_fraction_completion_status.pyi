"""Enumerated Values and Defined Terms of RT Treatment Fraction Completion Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    RTTreatmentFractionCompletionStatus as RTTreatmentFractionCompletionStatus,
)
from dicomodel.enums import (
    RTTreatmentFractionCompletionStatusValue as RTTreatmentFractionCompletionStatusValue,
)

__all__ = ["RTTreatmentFractionCompletionStatus", "RTTreatmentFractionCompletionStatusValue"]
