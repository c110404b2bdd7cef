"""Enumerated Values and Defined Terms of Corneal Point Estimated.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class CornealPointEstimated(StrEnum):
    """Enumerated Values of Corneal Point Estimated (0046,0248) in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

    Y = "Y"
    """Yes"""
    N = "N"
    """No"""
