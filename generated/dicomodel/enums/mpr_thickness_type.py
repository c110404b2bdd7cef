"""Enumerated Values and Defined Terms of MPR Thickness Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class MPRThicknessType(StrEnum):
    """Enumerated Values of MPR Thickness Type (0070,1502) in Multi-Planar Reconstruction Geometry Module Attributes (C.11.26-1)."""

    THIN = "THIN"
    """a rendering of nominally minimal but unspecified thickness"""
    SLAB = "SLAB"
    """an orthographic rendering of a volume with a defined thickness"""
