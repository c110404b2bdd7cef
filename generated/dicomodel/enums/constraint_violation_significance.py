"""Enumerated Values and Defined Terms of Constraint Violation Significance.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ConstraintViolationSignificance",
    "ConstraintViolationSignificanceValue",
]


class ConstraintViolationSignificance(StrEnum):
    """Enumerated Values of Constraint Violation Significance (0082,0036) in Attribute Value Constraint Macro Attributes (10.25-1)."""

    FAILURE = "FAILURE"
    WARNING = "WARNING"
    INFORMATIVE = "INFORMATIVE"


if TYPE_CHECKING:
    ConstraintViolationSignificanceValue: TypeAlias = (
        ConstraintViolationSignificance | Literal["FAILURE", "WARNING", "INFORMATIVE"]
    )
else:
    ConstraintViolationSignificanceValue = ConstraintViolationSignificance
"""A value of ConstraintViolationSignificance: the enum or the string of one of its members."""
