"""Enumerated Values and Defined Terms of Water Reference Acquisition.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "WaterReferenceAcquisition",
    "WaterReferenceAcquisitionValue",
]


class WaterReferenceAcquisition(StrEnum):
    """Enumerated Values of Water Reference Acquisition (0018,9297) in MR Spectroscopy Module Attributes (C.8-102)."""

    WATER_REFERENCE = "WATER_REFERENCE"
    USED_DISCARDED = "USED_DISCARDED"
    REFERENCED = "REFERENCED"
    NONE = "NONE"


if TYPE_CHECKING:
    WaterReferenceAcquisitionValue: TypeAlias = (
        WaterReferenceAcquisition
        | Literal["WATER_REFERENCE", "USED_DISCARDED", "REFERENCED", "NONE"]
    )
else:
    WaterReferenceAcquisitionValue = WaterReferenceAcquisition
"""A value of WaterReferenceAcquisition: the enum or the string of one of its members."""
