"""Enumerated Values and Defined Terms of Equipment Coordinate System Identification.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "EquipmentCoordinateSystemIdentificationTerm",
]


class EquipmentCoordinateSystemIdentificationTerm(StrEnum):
    """Defined Terms of Equipment Coordinate System Identification (0028,9537) in Image - Equipment Coordinate Relationship Module Attributes (C.7.6.21-1)."""

    ISOCENTER = "ISOCENTER"
