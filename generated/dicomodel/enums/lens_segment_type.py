"""Enumerated Values and Defined Terms of Lens Segment Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class LensSegmentType(StrEnum):
    """Enumerated Values of Lens Segment Type (0046,0038) in Lensometry Measurements Macro Attributes (C.8.25.8-2)."""

    PROGRESSIVE = "PROGRESSIVE"
    NONPROGRESSIVE = "NONPROGRESSIVE"
