"""Enumerated Values and Defined Terms of Crop.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class Crop(StrEnum):
    """Enumerated Values of Crop (0070,1204) in Volumetric Presentation State Relationship Module Attributes (C.11.23-1)."""

    YES = "YES"
    NO = "NO"
