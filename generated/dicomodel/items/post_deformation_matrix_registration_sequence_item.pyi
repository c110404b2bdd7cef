"""Item class PostDeformationMatrixRegistrationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    FrameOfReferenceTransformationMatrixTypeTerm as FrameOfReferenceTransformationMatrixTypeTerm,
)
from dicomodel.items import (
    PostDeformationMatrixRegistrationSequenceItem as PostDeformationMatrixRegistrationSequenceItem,
)

__all__ = [
    "FrameOfReferenceTransformationMatrixTypeTerm",
    "PostDeformationMatrixRegistrationSequenceItem",
]
