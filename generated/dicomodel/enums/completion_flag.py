"""Enumerated Values and Defined Terms of Completion Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CompletionFlag",
    "CompletionFlagValue",
]


class CompletionFlag(StrEnum):
    """Enumerated Values of Completion Flag (0040,A491) in SR Document General Module Attributes (C.17-2)."""

    PARTIAL = "PARTIAL"
    """Partial content."""
    COMPLETE = "COMPLETE"
    """Complete content."""


if TYPE_CHECKING:
    CompletionFlagValue: TypeAlias = CompletionFlag | Literal["PARTIAL", "COMPLETE"]
else:
    CompletionFlagValue = CompletionFlag
"""A value of CompletionFlag: the enum or the string of one of its members."""
