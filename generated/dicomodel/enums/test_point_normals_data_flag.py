"""Enumerated Values and Defined Terms of Test Point Normals Data Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TestPointNormalsDataFlag",
    "TestPointNormalsDataFlagValue",
]


class TestPointNormalsDataFlag(StrEnum):
    """Enumerated Values of Test Point Normals Data Flag (0024,0057) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    TestPointNormalsDataFlagValue: TypeAlias = TestPointNormalsDataFlag | Literal["YES", "NO"]
else:
    TestPointNormalsDataFlagValue = TestPointNormalsDataFlag
"""A value of TestPointNormalsDataFlag: the enum or the string of one of its members."""
