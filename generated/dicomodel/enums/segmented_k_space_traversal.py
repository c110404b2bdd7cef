"""Enumerated Values and Defined Terms of Segmented k-Space Traversal.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SegmentedKSpaceTraversal(StrEnum):
    """Enumerated Values of Segmented k-Space Traversal (0018,9033) in MR Pulse Sequence Module Attributes (C.8-87)."""

    SINGLE = "SINGLE"
    """successive single echo coverage"""
    PARTIAL = "PARTIAL"
    """segmented coverage"""
    FULL = "FULL"
    """single shot full coverage"""
