"""Enumerated Values and Defined Terms of RGB LUT Transfer Function.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RGBLUTTransferFunction",
    "RGBLUTTransferFunctionValue",
]


class RGBLUTTransferFunction(StrEnum):
    """Enumerated Values of RGB LUT Transfer Function (0028,140F) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    EQUAL_RGB = "EQUAL_RGB"
    """Output is R=G=B=input value"""
    TABLE = "TABLE"
    """Output is RGB LUT values"""


if TYPE_CHECKING:
    RGBLUTTransferFunctionValue: TypeAlias = RGBLUTTransferFunction | Literal["EQUAL_RGB", "TABLE"]
else:
    RGBLUTTransferFunctionValue = RGBLUTTransferFunction
"""A value of RGBLUTTransferFunction: the enum or the string of one of its members."""
