"""Enumerated Values and Defined Terms of Archive Requested.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ArchiveRequested",
    "ArchiveRequestedValue",
]


class ArchiveRequested(StrEnum):
    """Enumerated Values of Archive Requested (0040,A494) in Image Acquisition Results Module Attributes (C.4-15)."""

    NO = "NO"
    YES = "YES"


if TYPE_CHECKING:
    ArchiveRequestedValue: TypeAlias = ArchiveRequested | Literal["NO", "YES"]
else:
    ArchiveRequestedValue = ArchiveRequested
"""A value of ArchiveRequested: the enum or the string of one of its members."""
