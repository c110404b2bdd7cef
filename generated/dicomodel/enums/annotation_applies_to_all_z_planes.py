"""Enumerated Values and Defined Terms of Annotation Applies to All Z Planes.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AnnotationAppliesToAllZPlanes",
    "AnnotationAppliesToAllZPlanesValue",
]


class AnnotationAppliesToAllZPlanes(StrEnum):
    """Enumerated Values of Annotation Applies to All Z Planes (006A,000F) in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

    YES = "YES"
    """the Annotations apply to the full thickness"""
    NO = "NO"
    """the Annotations apply only to the specified Z plane"""


if TYPE_CHECKING:
    AnnotationAppliesToAllZPlanesValue: TypeAlias = (
        AnnotationAppliesToAllZPlanes | Literal["YES", "NO"]
    )
else:
    AnnotationAppliesToAllZPlanesValue = AnnotationAppliesToAllZPlanes
"""A value of AnnotationAppliesToAllZPlanes: the enum or the string of one of its members."""
