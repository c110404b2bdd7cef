"""Enumerated Values and Defined Terms of Dosimetric Objective Evaluation Scope.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DosimetricObjectiveEvaluationScope as DosimetricObjectiveEvaluationScope
from dicomodel.enums import (
    DosimetricObjectiveEvaluationScopeValue as DosimetricObjectiveEvaluationScopeValue,
)

__all__ = ["DosimetricObjectiveEvaluationScope", "DosimetricObjectiveEvaluationScopeValue"]
