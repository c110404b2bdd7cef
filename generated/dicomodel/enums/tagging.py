"""Enumerated Values and Defined Terms of Tagging.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "TaggingTerm",
]


class TaggingTerm(StrEnum):
    """Defined Terms of Tagging (0018,9028) in MR Imaging Modifier Macro Attributes (C.8-93)."""

    GRID = "GRID"
    LINE = "LINE"
    NONE = "NONE"
