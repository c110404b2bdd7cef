"""Enumerated Values and Defined Terms of Observation Significance.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ObservationSignificance",
    "ObservationSignificanceValue",
]


class ObservationSignificance(StrEnum):
    """Enumerated Values of Observation Significance (0082,0008) in Content Assessment Results Module Attributes (C.33.1-1)."""

    MAJOR = "MAJOR"
    """The observation represents a major concern. Further use of the assessed object(s) is not advised."""
    MODERATE = "MODERATE"
    """The observation represents a moderate concern. Intervention by an authorized person is advised prior to any use of the assessed object(s)."""
    MINOR = "MINOR"
    """The observation represents a minor concern, that does not inhibit further use of the assessed object(s)."""
    CONSISTENT = "CONSISTENT"
    """The observation was consistent with the assessment criteria."""


if TYPE_CHECKING:
    ObservationSignificanceValue: TypeAlias = (
        ObservationSignificance | Literal["MAJOR", "MODERATE", "MINOR", "CONSISTENT"]
    )
else:
    ObservationSignificanceValue = ObservationSignificance
"""A value of ObservationSignificance: the enum or the string of one of its members."""
