"""Enumerated Values and Defined Terms of Constraint Violation Significance.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ConstraintViolationSignificance(StrEnum):
    """Enumerated Values of Constraint Violation Significance (0082,0036) in Attribute Value Constraint Macro Attributes (10.25-1)."""

    FAILURE = "FAILURE"
    WARNING = "WARNING"
    INFORMATIVE = "INFORMATIVE"
