"""Enumerated Values and Defined Terms of Surface Processing.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SurfaceProcessing(StrEnum):
    """Enumerated Values of Surface Processing (0066,0009) in Surface Mesh Module Attributes (C.27-1)."""

    YES = "YES"
    NO = "NO"
