"""Enumerated Values and Defined Terms of Segments Overlap.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SegmentsOverlap(StrEnum):
    """Enumerated Values of Segments Overlap (0062,0013) in Segmentation Image Module Attributes (C.8.20-2)."""

    YES = "YES"
    """Some segments overlap"""
    UNDEFINED = "UNDEFINED"
    """Some segments might overlap"""
    NO = "NO"
    """No segments overlap"""
    PROBABILITY = "PROBABILITY"
    """Defines the probability, as a ratio of the pixel value to the Maximum Fractional Value, that the segmented property occupies the spatial area defined by the voxel."""
    OCCUPANCY = "OCCUPANCY"
    """Defines the proportion of the pixel volume occupied by the segmented property as the ratio of the pixel value to the Maximum Fractional Value."""
