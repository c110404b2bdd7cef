"""Enumerated Values and Defined Terms of Magnetization Transfer.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "MagnetizationTransfer",
    "MagnetizationTransferValue",
]


class MagnetizationTransfer(StrEnum):
    """Enumerated Values of Magnetization Transfer (0018,9020) in MR Imaging Modifier Macro Attributes (C.8-93)."""

    ON_RESONANCE = "ON_RESONANCE"
    OFF_RESONANCE = "OFF_RESONANCE"
    NONE = "NONE"


if TYPE_CHECKING:
    MagnetizationTransferValue: TypeAlias = (
        MagnetizationTransfer | Literal["ON_RESONANCE", "OFF_RESONANCE", "NONE"]
    )
else:
    MagnetizationTransferValue = MagnetizationTransfer
"""A value of MagnetizationTransfer: the enum or the string of one of its members."""
