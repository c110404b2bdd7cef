"""Enumerated Values and Defined Terms of Dose Value Interpretation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DoseValueInterpretation",
    "DoseValueInterpretationValue",
]


class DoseValueInterpretation(StrEnum):
    """Enumerated Values of Dose Value Interpretation (300A,068B) in RT Prescription Module Attributes (C.8-46)."""

    NOMINAL = "NOMINAL"
    ACTUAL = "ACTUAL"


if TYPE_CHECKING:
    DoseValueInterpretationValue: TypeAlias = DoseValueInterpretation | Literal["NOMINAL", "ACTUAL"]
else:
    DoseValueInterpretationValue = DoseValueInterpretation
"""A value of DoseValueInterpretation: the enum or the string of one of its members."""
