"""Enumerated Values and Defined Terms of Image Horizontal Flip.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ImageHorizontalFlip(StrEnum):
    """Enumerated Values of Image Horizontal Flip (0070,0041) in Spatial Transformation Module Attributes (C.10-6)."""

    Y = "Y"
    """yes"""
    N = "N"
    """no"""
