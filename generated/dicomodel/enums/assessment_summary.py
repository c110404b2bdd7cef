"""Enumerated Values and Defined Terms of Assessment Summary.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AssessmentSummary",
    "AssessmentSummaryValue",
]


class AssessmentSummary(StrEnum):
    """Enumerated Values of Assessment Summary (0082,0001) in Content Assessment Results Module Attributes (C.33.1-1)."""

    PASSED = "PASSED"
    """The assessment has passed. E.g., no observation of major or moderate concern was made."""
    INCONCLUSIVE = "INCONCLUSIVE"
    """The object(s) have not definitively passed or failed. E.g., observations of moderate concern were made."""
    FAILED = "FAILED"
    """The object(s) have failed the assessment. E.g., observations of major concern were made."""


if TYPE_CHECKING:
    AssessmentSummaryValue: TypeAlias = (
        AssessmentSummary | Literal["PASSED", "INCONCLUSIVE", "FAILED"]
    )
else:
    AssessmentSummaryValue = AssessmentSummary
"""A value of AssessmentSummary: the enum or the string of one of its members."""
