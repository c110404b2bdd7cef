"""Enumerated Values and Defined Terms of Contrast/Bolus Ingredient.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ContrastBolusIngredientTerm",
]


class ContrastBolusIngredientTerm(StrEnum):
    """Defined Terms of Contrast/Bolus Ingredient (0018,1048) in Contrast/Bolus Module Attributes (C.7-12)."""

    IODINE = "IODINE"
    GADOLINIUM = "GADOLINIUM"
    CARBON_DIOXIDE = "CARBON DIOXIDE"
    BARIUM = "BARIUM"
