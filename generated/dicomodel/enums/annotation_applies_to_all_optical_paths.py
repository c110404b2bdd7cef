"""Enumerated Values and Defined Terms of Annotation Applies to All Optical Paths.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AnnotationAppliesToAllOpticalPaths",
    "AnnotationAppliesToAllOpticalPathsValue",
]


class AnnotationAppliesToAllOpticalPaths(StrEnum):
    """Enumerated Values of Annotation Applies to All Optical Paths (006A,000D) in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

    YES = "YES"
    """the Annotations apply to all optical paths"""
    NO = "NO"
    """the Annotations apply only to the specified optical path(s)"""


if TYPE_CHECKING:
    AnnotationAppliesToAllOpticalPathsValue: TypeAlias = (
        AnnotationAppliesToAllOpticalPaths | Literal["YES", "NO"]
    )
else:
    AnnotationAppliesToAllOpticalPathsValue = AnnotationAppliesToAllOpticalPaths
"""A value of AnnotationAppliesToAllOpticalPaths: the enum or the string of one of its members."""
