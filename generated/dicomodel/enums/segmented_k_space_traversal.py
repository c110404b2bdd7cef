"""Enumerated Values and Defined Terms of Segmented k-Space Traversal.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SegmentedKSpaceTraversal",
    "SegmentedKSpaceTraversalValue",
]


class SegmentedKSpaceTraversal(StrEnum):
    """Enumerated Values of Segmented k-Space Traversal (0018,9033) in MR Pulse Sequence Module Attributes (C.8-87)."""

    SINGLE = "SINGLE"
    """successive single echo coverage"""
    PARTIAL = "PARTIAL"
    """segmented coverage"""
    FULL = "FULL"
    """single shot full coverage"""


if TYPE_CHECKING:
    SegmentedKSpaceTraversalValue: TypeAlias = (
        SegmentedKSpaceTraversal | Literal["SINGLE", "PARTIAL", "FULL"]
    )
else:
    SegmentedKSpaceTraversalValue = SegmentedKSpaceTraversal
"""A value of SegmentedKSpaceTraversal: the enum or the string of one of its members."""
