"""Enumerated Values and Defined Terms of Dosimetric Objective Evaluation Scope.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DosimetricObjectiveEvaluationScope",
    "DosimetricObjectiveEvaluationScopeValue",
]


class DosimetricObjectiveEvaluationScope(StrEnum):
    """Enumerated Values of Dosimetric Objective Evaluation Scope (3010,0063) in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    CURRENT = "CURRENT"
    """The Dosimetric Objective applies to the referencing prescriptions."""
    LIFETIME = "LIFETIME"
    """The Dosimetric Objective applies to the referencing prescriptions and accumulated lifetime dose."""


if TYPE_CHECKING:
    DosimetricObjectiveEvaluationScopeValue: TypeAlias = (
        DosimetricObjectiveEvaluationScope | Literal["CURRENT", "LIFETIME"]
    )
else:
    DosimetricObjectiveEvaluationScopeValue = DosimetricObjectiveEvaluationScope
"""A value of DosimetricObjectiveEvaluationScope: the enum or the string of one of its members."""
