"""Enumerated Values and Defined Terms of Segmentation Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SegmentationType(StrEnum):
    """Enumerated Values of Segmentation Type (0062,0001) in Segmentation Image Module Attributes (C.8.20-2)."""

    BINARY = "BINARY"
    FRACTIONAL = "FRACTIONAL"
    PROBABILITY = "PROBABILITY"
    """Defines the probability, as a ratio of the pixel value to the Maximum Fractional Value, that the segmented property occupies the spatial area defined by the voxel."""
    OCCUPANCY = "OCCUPANCY"
    """Defines the proportion of the pixel volume occupied by the segmented property as the ratio of the pixel value to the Maximum Fractional Value."""
