"""Enumerated Values and Defined Terms of MR Acquisition Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "MRAcquisitionType",
    "MRAcquisitionTypeTerm",
    "MRAcquisitionTypeValue",
]


class MRAcquisitionType(StrEnum):
    """Enumerated Values of MR Acquisition Type (0018,0023) in MR Image Module Attributes (C.8-4)."""

    V2D = "2D"
    """frequency x phase"""
    V3D = "3D"
    """frequency x phase x phase"""


if TYPE_CHECKING:
    MRAcquisitionTypeValue: TypeAlias = MRAcquisitionType | Literal["2D", "3D"]
else:
    MRAcquisitionTypeValue = MRAcquisitionType
"""A value of MRAcquisitionType: the enum or the string of one of its members."""


class MRAcquisitionTypeTerm(StrEnum):
    """Defined Terms of MR Acquisition Type (0018,0023) in MR Pulse Sequence Module Attributes (C.8-87)."""

    V1D = "1D"
    V2D = "2D"
    V3D = "3D"
