"""Enumerated Values and Defined Terms of Corneal Topography Surface.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class CornealTopographySurface(StrEnum):
    """Enumerated Values of Corneal Topography Surface (0046,0201) in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

    A = "A"
    """Anterior"""
    P = "P"
    """Posterior"""
