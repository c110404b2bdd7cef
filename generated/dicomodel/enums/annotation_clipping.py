"""Enumerated Values and Defined Terms of Annotation Clipping.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AnnotationClipping",
    "AnnotationClippingValue",
]


class AnnotationClipping(StrEnum):
    """Enumerated Values of Annotation Clipping (0070,1907) in Volumetric Graphic Annotation Module Attributes (C.11.28-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    AnnotationClippingValue: TypeAlias = AnnotationClipping | Literal["YES", "NO"]
else:
    AnnotationClippingValue = AnnotationClipping
"""A value of AnnotationClipping: the enum or the string of one of its members."""
