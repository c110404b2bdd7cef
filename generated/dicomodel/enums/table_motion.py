"""Enumerated Values and Defined Terms of Table Motion.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TableMotionTerm(StrEnum):
    """Defined Terms of Table Motion (0018,1134) in X-Ray Table Module Attributes (C.8-29)."""

    STATIC = "STATIC"
    DYNAMIC = "DYNAMIC"


class TableMotion(StrEnum):
    """Enumerated Values of Table Motion (0018,1134) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

    STATIC = "STATIC"
    """Table is stationary during data acquisition."""
    DYNAMIC = "DYNAMIC"
    """Table is moving during data acquisition."""
