"""Enumerated Values and Defined Terms of Segmentation Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SegmentationType(StrEnum):
    """Enumerated Values of Segmentation Type (0062,0001) in Segmentation Image Module Attributes (C.8.20-2)."""

    BINARY = "BINARY"
    FRACTIONAL = "FRACTIONAL"
    LABELMAP = "LABELMAP"
