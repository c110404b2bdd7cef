"""Enumerated Values and Defined Terms of Contrast/Bolus Ingredient Opaque.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ContrastBolusIngredientOpaque(StrEnum):
    """Enumerated Values of Contrast/Bolus Ingredient Opaque (0018,9425) in Enhanced Contrast/Bolus Module Attributes (C.7-12b)."""

    YES = "YES"
    NO = "NO"
