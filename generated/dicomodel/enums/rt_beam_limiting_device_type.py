"""Enumerated Values and Defined Terms of RT Beam Limiting Device Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RTBeamLimitingDeviceType",
    "RTBeamLimitingDeviceTypeValue",
]


class RTBeamLimitingDeviceType(StrEnum):
    """Enumerated Values of RT Beam Limiting Device Type (300A,00B8) in Beam Limiting Device Position Macro Attributes (C.8.8.27-1)."""

    X = "X"
    """symmetric jaw pair in IEC X direction"""
    Y = "Y"
    """symmetric jaw pair in IEC Y direction"""
    ASYMX = "ASYMX"
    """asymmetric jaw pair in IEC X direction"""
    ASYMY = "ASYMY"
    """asymmetric jaw pair in IEC Y direction"""
    MLCX = "MLCX"
    """single layer multileaf collimator in IEC X direction"""
    MLCY = "MLCY"
    """single layer multileaf collimator in IEC Y direction"""


if TYPE_CHECKING:
    RTBeamLimitingDeviceTypeValue: TypeAlias = (
        RTBeamLimitingDeviceType | Literal["X", "Y", "ASYMX", "ASYMY", "MLCX", "MLCY"]
    )
else:
    RTBeamLimitingDeviceTypeValue = RTBeamLimitingDeviceType
"""A value of RTBeamLimitingDeviceType: the enum or the string of one of its members."""
