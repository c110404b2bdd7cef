"""Enumerated Values and Defined Terms of Reconstruction Pipeline Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ReconstructionPipelineType",
    "ReconstructionPipelineTypeValue",
]


class ReconstructionPipelineType(StrEnum):
    """Enumerated Values of Reconstruction Pipeline Type (0018,11BE) in Performed XA Reconstruction Module Attributes (C.34.18-1)."""

    V2D = "2D"
    V3D = "3D"


if TYPE_CHECKING:
    ReconstructionPipelineTypeValue: TypeAlias = ReconstructionPipelineType | Literal["2D", "3D"]
else:
    ReconstructionPipelineTypeValue = ReconstructionPipelineType
"""A value of ReconstructionPipelineType: the enum or the string of one of its members."""
