"""Enumerated Values and Defined Terms of Spectrally Selected Excitation.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "SpectrallySelectedExcitation",
    "SpectrallySelectedExcitationValue",
]


class SpectrallySelectedExcitation(StrEnum):
    """Enumerated Values of Spectrally Selected Excitation (0018,9026) in MR Modifier Macro Attributes (C.8-92)."""

    WATER = "WATER"
    """water excitation"""
    FAT = "FAT"
    """fat excitation"""
    NONE = "NONE"


if TYPE_CHECKING:
    SpectrallySelectedExcitationValue: TypeAlias = (
        SpectrallySelectedExcitation | Literal["WATER", "FAT", "NONE"]
    )
else:
    SpectrallySelectedExcitationValue = SpectrallySelectedExcitation
"""A value of SpectrallySelectedExcitation: the enum or the string of one of its members."""
