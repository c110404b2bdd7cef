"""Enumerated Values and Defined Terms of Sort-by Category.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "SortByCategoryTerm",
]


class SortByCategoryTerm(StrEnum):
    """Defined Terms of Sort-by Category (0072,0602) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    ALONG_AXIS = "ALONG_AXIS"
    """for CT, MR, other cross-sectional image sets"""
    BY_ACQ_TIME = "BY_ACQ_TIME"
