"""Enumerated Values and Defined Terms of Optotype Presentation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "OptotypePresentation",
    "OptotypePresentationValue",
]


class OptotypePresentation(StrEnum):
    """Enumerated Values of Optotype Presentation (0046,0095) in Visual Acuity Measurements Module Attributes (C.8.25.12-1)."""

    SINGLE = "SINGLE"
    MULTIPLE = "MULTIPLE"


if TYPE_CHECKING:
    OptotypePresentationValue: TypeAlias = OptotypePresentation | Literal["SINGLE", "MULTIPLE"]
else:
    OptotypePresentationValue = OptotypePresentation
"""A value of OptotypePresentation: the enum or the string of one of its members."""
