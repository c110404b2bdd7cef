"""Enumerated Values and Defined Terms of Field of View Horizontal Flip.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FieldOfViewHorizontalFlip as FieldOfViewHorizontalFlip
from dicomodel.enums import (
    FieldOfViewHorizontalFlipDXDetector as FieldOfViewHorizontalFlipDXDetector,
)
from dicomodel.enums import (
    FieldOfViewHorizontalFlipDXDetectorValue as FieldOfViewHorizontalFlipDXDetectorValue,
)
from dicomodel.enums import FieldOfViewHorizontalFlipValue as FieldOfViewHorizontalFlipValue

__all__ = [
    "FieldOfViewHorizontalFlip",
    "FieldOfViewHorizontalFlipDXDetector",
    "FieldOfViewHorizontalFlipDXDetectorValue",
    "FieldOfViewHorizontalFlipValue",
]
