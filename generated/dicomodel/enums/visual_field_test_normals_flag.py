"""Enumerated Values and Defined Terms of Visual Field Test Normals Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "VisualFieldTestNormalsFlag",
    "VisualFieldTestNormalsFlagValue",
]


class VisualFieldTestNormalsFlag(StrEnum):
    """Enumerated Values of Visual Field Test Normals Flag (0024,0063) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    VisualFieldTestNormalsFlagValue: TypeAlias = VisualFieldTestNormalsFlag | Literal["YES", "NO"]
else:
    VisualFieldTestNormalsFlagValue = VisualFieldTestNormalsFlag
"""A value of VisualFieldTestNormalsFlag: the enum or the string of one of its members."""
