"""Enumerated Values and Defined Terms of Ophthalmic Axial Measurements Device Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "OphthalmicAxialMeasurementsDeviceTypeTerm",
]


class OphthalmicAxialMeasurementsDeviceTypeTerm(StrEnum):
    """Defined Terms of Ophthalmic Axial Measurements Device Type (0022,1009) in Ophthalmic Axial Measurements Module Attributes (C.8.25.14-1)."""

    ULTRASOUND = "ULTRASOUND"
    OPTICAL = "OPTICAL"
