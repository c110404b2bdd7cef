"""Enumerated Values and Defined Terms of LUT Function.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "LUTFunction",
    "LUTFunctionTerm",
    "LUTFunctionValue",
]


class LUTFunctionTerm(StrEnum):
    """Defined Terms of LUT Function (0028,9474) in Pixel Intensity Relationship LUT Macro Attributes (C.7.6.16-14)."""

    TO_LOG = "TO_LOG"
    TO_LINEAR = "TO_LINEAR"


class LUTFunction(StrEnum):
    """Enumerated Values of LUT Function (0028,9474) in XA/XRF Presentation State Mask Module Attributes (C.11.19-1)."""

    TO_LOG = "TO_LOG"


if TYPE_CHECKING:
    LUTFunctionValue: TypeAlias = LUTFunction | Literal["TO_LOG"]
else:
    LUTFunctionValue = LUTFunction
"""A value of LUTFunction: the enum or the string of one of its members."""
