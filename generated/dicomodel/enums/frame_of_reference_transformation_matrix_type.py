"""Enumerated Values and Defined Terms of Frame of Reference Transformation Matrix Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FrameOfReferenceTransformationMatrixType",
    "FrameOfReferenceTransformationMatrixTypeTerm",
    "FrameOfReferenceTransformationMatrixTypeValue",
]


class FrameOfReferenceTransformationMatrixType(StrEnum):
    """Enumerated Values of Frame of Reference Transformation Matrix Type (0070,030C) in Spatial Registration Module Attributes (C.20.2-1)."""

    RIGID = "RIGID"
    RIGID_SCALE = "RIGID_SCALE"
    AFFINE = "AFFINE"


if TYPE_CHECKING:
    FrameOfReferenceTransformationMatrixTypeValue: TypeAlias = (
        FrameOfReferenceTransformationMatrixType | Literal["RIGID", "RIGID_SCALE", "AFFINE"]
    )
else:
    FrameOfReferenceTransformationMatrixTypeValue = FrameOfReferenceTransformationMatrixType
"""A value of FrameOfReferenceTransformationMatrixType: the enum or the string of one of its members."""


class FrameOfReferenceTransformationMatrixTypeTerm(StrEnum):
    """Defined Terms of Frame of Reference Transformation Matrix Type (0070,030C) in Deformable Spatial Registration Module Attributes (C.20.3-1)."""

    RIGID = "RIGID"
    RIGID_SCALE = "RIGID_SCALE"
    AFFINE = "AFFINE"
