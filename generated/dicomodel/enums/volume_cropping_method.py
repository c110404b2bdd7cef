"""Enumerated Values and Defined Terms of Volume Cropping Method.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class VolumeCroppingMethod(StrEnum):
    """Enumerated Values of Volume Cropping Method (0070,1302) in Volume Cropping Module Attributes (C.11.24-1)."""

    BOUNDING_BOX = "BOUNDING_BOX"
    OBLIQUE_PLANES = "OBLIQUE_PLANES"
    INCLUDE_SEG = "INCLUDE_SEG"
    EXCLUDE_SEG = "EXCLUDE_SEG"
