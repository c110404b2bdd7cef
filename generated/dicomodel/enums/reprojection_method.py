"""Enumerated Values and Defined Terms of Reprojection Method.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ReprojectionMethodTerm(StrEnum):
    """Defined Terms of Reprojection Method (0054,1004) in PET Series Module Attributes (C.8-60)."""

    SUM = "SUM"
    MAX_PIXEL = "MAX PIXEL"
