"""Enumerated Values and Defined Terms of Spatial Pre-saturation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SpatialPresaturationTerm(StrEnum):
    """Defined Terms of Spatial Pre-saturation (0018,9027) in MR Modifier Macro Attributes (C.8-92)."""

    SLAB = "SLAB"
    NONE = "NONE"
