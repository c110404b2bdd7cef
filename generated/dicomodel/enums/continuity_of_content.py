"""Enumerated Values and Defined Terms of Continuity of Content.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ContinuityOfContent",
    "ContinuityOfContentValue",
]


class ContinuityOfContent(StrEnum):
    """Enumerated Values of Continuity of Content (0040,A050) in Document Content Macro Attributes (C.17-5)."""

    SEPARATE = "SEPARATE"
    CONTINUOUS = "CONTINUOUS"


if TYPE_CHECKING:
    ContinuityOfContentValue: TypeAlias = ContinuityOfContent | Literal["SEPARATE", "CONTINUOUS"]
else:
    ContinuityOfContentValue = ContinuityOfContent
"""A value of ContinuityOfContent: the enum or the string of one of its members."""
