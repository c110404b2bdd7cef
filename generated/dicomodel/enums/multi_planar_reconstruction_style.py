"""Enumerated Values and Defined Terms of Multi-Planar Reconstruction Style.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "MultiPlanarReconstructionStyle",
    "MultiPlanarReconstructionStyleValue",
]


class MultiPlanarReconstructionStyle(StrEnum):
    """Enumerated Values of Multi-Planar Reconstruction Style (0070,1501) in Multi-Planar Reconstruction Geometry Module Attributes (C.11.26-1)."""

    PLANAR = "PLANAR"
    """by a Euclidean plane"""


if TYPE_CHECKING:
    MultiPlanarReconstructionStyleValue: TypeAlias = (
        MultiPlanarReconstructionStyle | Literal["PLANAR"]
    )
else:
    MultiPlanarReconstructionStyleValue = MultiPlanarReconstructionStyle
"""A value of MultiPlanarReconstructionStyle: the enum or the string of one of its members."""
