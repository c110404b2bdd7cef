"""Enumerated Values and Defined Terms of Blending LUT 1 Transfer Function.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BlendingLUT1TransferFunction",
    "BlendingLUT1TransferFunctionValue",
]


class BlendingLUT1TransferFunction(StrEnum):
    """Enumerated Values of Blending LUT 1 Transfer Function (0028,1405) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    CONSTANT = "CONSTANT"
    ALPHA_1 = "ALPHA_1"
    ALPHA_2 = "ALPHA_2"
    TABLE = "TABLE"


if TYPE_CHECKING:
    BlendingLUT1TransferFunctionValue: TypeAlias = (
        BlendingLUT1TransferFunction | Literal["CONSTANT", "ALPHA_1", "ALPHA_2", "TABLE"]
    )
else:
    BlendingLUT1TransferFunctionValue = BlendingLUT1TransferFunction
"""A value of BlendingLUT1TransferFunction: the enum or the string of one of its members."""
