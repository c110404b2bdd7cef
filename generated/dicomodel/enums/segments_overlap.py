"""Enumerated Values and Defined Terms of Segments Overlap.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SegmentsOverlap(StrEnum):
    """Enumerated Values of Segments Overlap (0062,0013) in Segmentation Image Module Attributes (C.8.20-2)."""

    YES = "YES"
    """Some Segments overlap"""
    UNDEFINED = "UNDEFINED"
    """Some Segments might overlap"""
    NO = "NO"
    """No Segments overlap"""
