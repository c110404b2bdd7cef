"""Enumerated Values and Defined Terms of Scan Arc Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ScanArcType",
    "ScanArcTypeValue",
]


class ScanArcType(StrEnum):
    """Enumerated Values of Scan Arc Type (3002,012E) in 3D RT Cone-Beam Imaging Geometry Macro Attributes (C.36.2.4.5-1)."""

    FULL_ARC = "FULL_ARC"
    """360 deg"""
    HALF_ARC = "HALF_ARC"
    """180 deg"""
    CUSTOM_ARC = "CUSTOM_ARC"
    """user defined scan range"""


if TYPE_CHECKING:
    ScanArcTypeValue: TypeAlias = ScanArcType | Literal["FULL_ARC", "HALF_ARC", "CUSTOM_ARC"]
else:
    ScanArcTypeValue = ScanArcType
"""A value of ScanArcType: the enum or the string of one of its members."""
