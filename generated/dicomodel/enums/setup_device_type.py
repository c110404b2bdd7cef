"""Enumerated Values and Defined Terms of Setup Device Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "SetupDeviceTypeTerm",
]


class SetupDeviceTypeTerm(StrEnum):
    """Defined Terms of Setup Device Type (300A,01B6) in RT Patient Setup Module Attributes (C.8-48)."""

    LASER_POINTER = "LASER_POINTER"
    DISTANCE_METER = "DISTANCE_METER"
    TABLE_HEIGHT = "TABLE_HEIGHT"
    MECHANICAL_PTR = "MECHANICAL_PTR"
    ARC = "ARC"
