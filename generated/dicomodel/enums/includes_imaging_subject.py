"""Enumerated Values and Defined Terms of Includes Imaging Subject.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "IncludesImagingSubject",
    "IncludesImagingSubjectValue",
]


class IncludesImagingSubject(StrEnum):
    """Enumerated Values of Includes Imaging Subject (0034,0008) in Frame Usefulness Functional Group Macro Attributes (C.7.6.16.2.27-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    IncludesImagingSubjectValue: TypeAlias = IncludesImagingSubject | Literal["YES", "NO"]
else:
    IncludesImagingSubjectValue = IncludesImagingSubject
"""A value of IncludesImagingSubject: the enum or the string of one of its members."""
