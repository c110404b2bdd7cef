"""Enumerated Values and Defined Terms of Confocal Mode.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ConfocalMode(StrEnum):
    """Enumerated Values of Confocal Mode (0048,0114) in Confocal Microscopy Image Module Attributes (C.8.35.1-1)."""

    REFLECTANCE = "REFLECTANCE"
    FLUORESCENCE = "FLUORESCENCE"
