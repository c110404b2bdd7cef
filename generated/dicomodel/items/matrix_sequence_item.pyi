"""Item class MatrixSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    FrameOfReferenceTransformationMatrixType as FrameOfReferenceTransformationMatrixType,
)
from dicomodel.items import MatrixSequenceItem as MatrixSequenceItem

__all__ = ["FrameOfReferenceTransformationMatrixType", "MatrixSequenceItem"]
