"""Enumerated Values and Defined Terms of Index Normals Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "IndexNormalsFlag",
    "IndexNormalsFlagValue",
]


class IndexNormalsFlag(StrEnum):
    """Enumerated Values of Index Normals Flag (0024,0338) in Ophthalmic Visual Field Global Index Macro Attributes (C.8.26.3-2)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    IndexNormalsFlagValue: TypeAlias = IndexNormalsFlag | Literal["YES", "NO"]
else:
    IndexNormalsFlagValue = IndexNormalsFlag
"""A value of IndexNormalsFlag: the enum or the string of one of its members."""
