"""Enumerated Values and Defined Terms of Segmentation Fractional Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SegmentationFractionalType",
    "SegmentationFractionalTypeValue",
]


class SegmentationFractionalType(StrEnum):
    """Enumerated Values of Segmentation Fractional Type (0062,0010) in Segmentation Image Module Attributes (C.8.20-2)."""

    PROBABILITY = "PROBABILITY"
    """Defines the probability, as a ratio of the pixel value to the Maximum Fractional Value, that the segmented property occupies the spatial area defined by the voxel."""
    OCCUPANCY = "OCCUPANCY"
    """Defines the proportion of the pixel volume occupied by the segmented property as the ratio of the pixel value to the Maximum Fractional Value."""


if TYPE_CHECKING:
    SegmentationFractionalTypeValue: TypeAlias = (
        SegmentationFractionalType | Literal["PROBABILITY", "OCCUPANCY"]
    )
else:
    SegmentationFractionalTypeValue = SegmentationFractionalType
"""A value of SegmentationFractionalType: the enum or the string of one of its members."""
