"""Enumerated Values and Defined Terms of Surface Processing.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SurfaceProcessing",
    "SurfaceProcessingValue",
]


class SurfaceProcessing(StrEnum):
    """Enumerated Values of Surface Processing (0066,0009) in Surface Mesh Module Attributes (C.27-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    SurfaceProcessingValue: TypeAlias = SurfaceProcessing | Literal["YES", "NO"]
else:
    SurfaceProcessingValue = SurfaceProcessing
"""A value of SurfaceProcessing: the enum or the string of one of its members."""
