"""Enumerated Values and Defined Terms of Content Qualification.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ContentQualification",
    "ContentQualificationValue",
]


class ContentQualification(StrEnum):
    """Enumerated Values of Content Qualification (0018,9004) in MR Image and Spectroscopy Instance Macro Attributes (C.8-83)."""

    PRODUCT = "PRODUCT"
    RESEARCH = "RESEARCH"
    SERVICE = "SERVICE"


if TYPE_CHECKING:
    ContentQualificationValue: TypeAlias = (
        ContentQualification | Literal["PRODUCT", "RESEARCH", "SERVICE"]
    )
else:
    ContentQualificationValue = ContentQualification
"""A value of ContentQualification: the enum or the string of one of its members."""
