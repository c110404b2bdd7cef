"""Enumerated Values and Defined Terms of Equipment Coordinate System Identification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    EquipmentCoordinateSystemIdentificationTerm as EquipmentCoordinateSystemIdentificationTerm,
)

__all__ = ["EquipmentCoordinateSystemIdentificationTerm"]
