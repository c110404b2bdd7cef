"""Enumerated Values and Defined Terms of Table Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "TableTypeTerm",
]


class TableTypeTerm(StrEnum):
    """Defined Terms of Table Type (0018,113A) in DX Positioning Module Attributes (C.8-72)."""

    FIXED = "FIXED"
    TILTING = "TILTING"
    NONE = "NONE"
