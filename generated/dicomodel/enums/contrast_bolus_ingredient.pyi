"""Enumerated Values and Defined Terms of Contrast/Bolus Ingredient.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContrastBolusIngredientTerm as ContrastBolusIngredientTerm

__all__ = ["ContrastBolusIngredientTerm"]
