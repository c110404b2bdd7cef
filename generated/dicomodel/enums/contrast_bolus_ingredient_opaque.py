"""Enumerated Values and Defined Terms of Contrast/Bolus Ingredient Opaque.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ContrastBolusIngredientOpaque",
    "ContrastBolusIngredientOpaqueValue",
]


class ContrastBolusIngredientOpaque(StrEnum):
    """Enumerated Values of Contrast/Bolus Ingredient Opaque (0018,9425) in Enhanced Contrast/Bolus Module Attributes (C.7-12b)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    ContrastBolusIngredientOpaqueValue: TypeAlias = (
        ContrastBolusIngredientOpaque | Literal["YES", "NO"]
    )
else:
    ContrastBolusIngredientOpaqueValue = ContrastBolusIngredientOpaque
"""A value of ContrastBolusIngredientOpaque: the enum or the string of one of its members."""
