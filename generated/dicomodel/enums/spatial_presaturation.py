"""Enumerated Values and Defined Terms of Spatial Pre-saturation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "SpatialPresaturationTerm",
]


class SpatialPresaturationTerm(StrEnum):
    """Defined Terms of Spatial Pre-saturation (0018,9027) in MR Modifier Macro Attributes (C.8-92)."""

    SLAB = "SLAB"
    NONE = "NONE"
