"""Enumerated Values and Defined Terms of Field of View Horizontal Flip.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "FieldOfViewHorizontalFlip",
    "FieldOfViewHorizontalFlipDXDetector",
    "FieldOfViewHorizontalFlipDXDetectorValue",
    "FieldOfViewHorizontalFlipValue",
]


class FieldOfViewHorizontalFlip(StrEnum):
    """Enumerated Values of Field of View Horizontal Flip (0018,7034) in X-Ray Field of View Macro Attributes (C.8.19.6-2)."""

    NO = "NO"
    YES = "YES"


if TYPE_CHECKING:
    FieldOfViewHorizontalFlipValue: TypeAlias = FieldOfViewHorizontalFlip | Literal["NO", "YES"]
else:
    FieldOfViewHorizontalFlipValue = FieldOfViewHorizontalFlip
"""A value of FieldOfViewHorizontalFlip: the enum or the string of one of its members."""


class FieldOfViewHorizontalFlipDXDetector(StrEnum):
    """Enumerated Values of Field of View Horizontal Flip (0018,7034) in DX Detector Module Attributes (C.8-71)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    FieldOfViewHorizontalFlipDXDetectorValue: TypeAlias = (
        FieldOfViewHorizontalFlipDXDetector | Literal["YES", "NO"]
    )
else:
    FieldOfViewHorizontalFlipDXDetectorValue = FieldOfViewHorizontalFlipDXDetector
"""A value of FieldOfViewHorizontalFlipDXDetector: the enum or the string of one of its members."""
