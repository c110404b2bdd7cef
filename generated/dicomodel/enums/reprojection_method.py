"""Enumerated Values and Defined Terms of Reprojection Method.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ReprojectionMethodTerm",
]


class ReprojectionMethodTerm(StrEnum):
    """Defined Terms of Reprojection Method (0054,1004) in PET Series Module Attributes (C.8-60)."""

    SUM = "SUM"
    MAX_PIXEL = "MAX PIXEL"
