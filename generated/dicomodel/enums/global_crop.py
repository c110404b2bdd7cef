"""Enumerated Values and Defined Terms of Global Crop.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class GlobalCrop(StrEnum):
    """Enumerated Values of Global Crop (0070,120B) in Volumetric Presentation State Relationship Module Attributes (C.11.23-1)."""

    YES = "YES"
    NO = "NO"
