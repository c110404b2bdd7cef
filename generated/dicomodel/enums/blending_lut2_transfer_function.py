"""Enumerated Values and Defined Terms of Blending LUT 2 Transfer Function.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BlendingLUT2TransferFunction",
    "BlendingLUT2TransferFunctionValue",
]


class BlendingLUT2TransferFunction(StrEnum):
    """Enumerated Values of Blending LUT 2 Transfer Function (0028,140D) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    CONSTANT = "CONSTANT"
    ONE_MINUS = "ONE_MINUS"
    ALPHA_1 = "ALPHA_1"
    ALPHA_2 = "ALPHA_2"
    TABLE = "TABLE"


if TYPE_CHECKING:
    BlendingLUT2TransferFunctionValue: TypeAlias = (
        BlendingLUT2TransferFunction
        | Literal["CONSTANT", "ONE_MINUS", "ALPHA_1", "ALPHA_2", "TABLE"]
    )
else:
    BlendingLUT2TransferFunctionValue = BlendingLUT2TransferFunction
"""A value of BlendingLUT2TransferFunction: the enum or the string of one of its members."""
