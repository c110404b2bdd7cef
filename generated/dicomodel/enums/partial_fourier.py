"""Enumerated Values and Defined Terms of Partial Fourier.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PartialFourier",
    "PartialFourierValue",
]


class PartialFourier(StrEnum):
    """Enumerated Values of Partial Fourier (0018,9081) in MR Modifier Macro Attributes (C.8-92)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    PartialFourierValue: TypeAlias = PartialFourier | Literal["YES", "NO"]
else:
    PartialFourierValue = PartialFourier
"""A value of PartialFourier: the enum or the string of one of its members."""
