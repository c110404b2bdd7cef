"""Enumerated Values and Defined Terms of Frame of Reference Transformation Matrix Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    FrameOfReferenceTransformationMatrixType as FrameOfReferenceTransformationMatrixType,
)
from dicomodel.enums import (
    FrameOfReferenceTransformationMatrixTypeTerm as FrameOfReferenceTransformationMatrixTypeTerm,
)
from dicomodel.enums import (
    FrameOfReferenceTransformationMatrixTypeValue as FrameOfReferenceTransformationMatrixTypeValue,
)

__all__ = [
    "FrameOfReferenceTransformationMatrixType",
    "FrameOfReferenceTransformationMatrixTypeTerm",
    "FrameOfReferenceTransformationMatrixTypeValue",
]
