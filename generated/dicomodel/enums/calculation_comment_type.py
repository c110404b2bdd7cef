"""Enumerated Values and Defined Terms of Calculation Comment Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "CalculationCommentTypeTerm",
]


class CalculationCommentTypeTerm(StrEnum):
    """Defined Terms of Calculation Comment Type (0022,112B) in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    INFORMATIVE = "INFORMATIVE"
    WARNING = "WARNING"
