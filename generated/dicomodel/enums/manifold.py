"""Enumerated Values and Defined Terms of Manifold.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class Manifold(StrEnum):
    """Enumerated Values of Manifold (0066,0010) in Surface Mesh Module Attributes (C.27-1)."""

    YES = "YES"
    """Manifold in every point"""
    NO = "NO"
    """Does contain non-manifold points"""
    UNKNOWN = "UNKNOWN"
    """Might or might not contain non-manifold points"""
