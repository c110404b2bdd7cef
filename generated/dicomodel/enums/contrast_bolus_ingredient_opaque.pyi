"""Enumerated Values and Defined Terms of Contrast/Bolus Ingredient Opaque.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContrastBolusIngredientOpaque as ContrastBolusIngredientOpaque
from dicomodel.enums import ContrastBolusIngredientOpaqueValue as ContrastBolusIngredientOpaqueValue

__all__ = ["ContrastBolusIngredientOpaque", "ContrastBolusIngredientOpaqueValue"]
