"""Enumerated Values and Defined Terms of Iterative Reconstruction Method.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "IterativeReconstructionMethod",
    "IterativeReconstructionMethodValue",
]


class IterativeReconstructionMethod(StrEnum):
    """Enumerated Values of Iterative Reconstruction Method (0018,9769) in PET Reconstruction Macro Attributes (C.8.22-17)."""

    YES = "YES"
    NO = "NO"


if TYPE_CHECKING:
    IterativeReconstructionMethodValue: TypeAlias = (
        IterativeReconstructionMethod | Literal["YES", "NO"]
    )
else:
    IterativeReconstructionMethodValue = IterativeReconstructionMethod
"""A value of IterativeReconstructionMethod: the enum or the string of one of its members."""
