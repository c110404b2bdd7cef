"""Enumerated Values and Defined Terms of Burned In Annotation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BurnedInAnnotation",
    "BurnedInAnnotationEnhancedMRImage",
    "BurnedInAnnotationEnhancedMRImageValue",
    "BurnedInAnnotationValue",
]


class BurnedInAnnotation(StrEnum):
    """Enumerated Values of Burned In Annotation (0028,0301) in General Image Module Attributes (C.7-9)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    BurnedInAnnotationValue: TypeAlias = BurnedInAnnotation | Literal["YES", "NO"]
else:
    BurnedInAnnotationValue = BurnedInAnnotation
"""A value of BurnedInAnnotation: the enum or the string of one of its members."""


class BurnedInAnnotationEnhancedMRImage(StrEnum):
    """Enumerated Values of Burned In Annotation (0028,0301) in Enhanced MR Image Module Attributes (C.8-79)."""

    NO = "NO"


if TYPE_CHECKING:
    BurnedInAnnotationEnhancedMRImageValue: TypeAlias = (
        BurnedInAnnotationEnhancedMRImage | Literal["NO"]
    )
else:
    BurnedInAnnotationEnhancedMRImageValue = BurnedInAnnotationEnhancedMRImage
"""A value of BurnedInAnnotationEnhancedMRImage: the enum or the string of one of its members."""
