"""Enumerated Values and Defined Terms of Alpha LUT Transfer Function.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "AlphaLUTTransferFunction",
    "AlphaLUTTransferFunctionValue",
]


class AlphaLUTTransferFunction(StrEnum):
    """Enumerated Values of Alpha LUT Transfer Function (0028,1410) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    NONE = "NONE"
    IDENTITY = "IDENTITY"
    TABLE = "TABLE"


if TYPE_CHECKING:
    AlphaLUTTransferFunctionValue: TypeAlias = (
        AlphaLUTTransferFunction | Literal["NONE", "IDENTITY", "TABLE"]
    )
else:
    AlphaLUTTransferFunctionValue = AlphaLUTTransferFunction
"""A value of AlphaLUTTransferFunction: the enum or the string of one of its members."""
