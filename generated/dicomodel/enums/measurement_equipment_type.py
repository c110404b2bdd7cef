"""Enumerated Values and Defined Terms of Measurement Equipment Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "MeasurementEquipmentType",
    "MeasurementEquipmentTypeValue",
]


class MeasurementEquipmentType(StrEnum):
    """Enumerated Values of Measurement Equipment Type (0028,7014) in Display QA Result Context Macro Attributes (C.32.3.1-1)."""

    BUILT_IN_FRONT = "BUILT_IN_FRONT"
    """The sensor is located on the front of the surface of a display device"""
    BUILT_IN_BACK = "BUILT_IN_BACK"
    """The sensor is located inside the display device"""
    NEAR_RANGE = "NEAR_RANGE"
    """The sensor is held at a close distance from the surface of the display device"""
    TELESCOPIC = "TELESCOPIC"
    """The sensor is aimed toward the display device from a distance of about 1 meter"""


if TYPE_CHECKING:
    MeasurementEquipmentTypeValue: TypeAlias = (
        MeasurementEquipmentType
        | Literal["BUILT_IN_FRONT", "BUILT_IN_BACK", "NEAR_RANGE", "TELESCOPIC"]
    )
else:
    MeasurementEquipmentTypeValue = MeasurementEquipmentType
"""A value of MeasurementEquipmentType: the enum or the string of one of its members."""
