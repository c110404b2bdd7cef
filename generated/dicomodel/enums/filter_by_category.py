"""Enumerated Values and Defined Terms of Filter-by Category.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "FilterByCategoryTerm",
]


class FilterByCategoryTerm(StrEnum):
    """Defined Terms of Filter-by Category (0072,0402) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    IMAGE_PLANE = "IMAGE_PLANE"
