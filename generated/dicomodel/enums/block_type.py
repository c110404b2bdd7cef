"""Enumerated Values and Defined Terms of Block Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BlockType(StrEnum):
    """Enumerated Values of Block Type (300A,00F8) in RT Image Module Attributes (C.8-38)."""

    SHIELDING = "SHIELDING"
    """blocking material is inside contour"""
    APERTURE = "APERTURE"
    """blocking material is outside contour"""
