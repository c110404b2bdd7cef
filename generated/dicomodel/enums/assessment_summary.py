"""Enumerated Values and Defined Terms of Assessment Summary.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AssessmentSummary(StrEnum):
    """Enumerated Values of Assessment Summary (0082,0001) in Content Assessment Results Module Attributes (C.33.1-1)."""

    PASSED = "PASSED"
    """The assessment has passed. E.g., no observation of major or moderate concern was made."""
    INCONCLUSIVE = "INCONCLUSIVE"
    """The object(s) have not definitively passed or failed. E.g., observations of moderate concern were made."""
    FAILED = "FAILED"
    """The object(s) have failed the assessment. E.g., observations of major concern were made."""
