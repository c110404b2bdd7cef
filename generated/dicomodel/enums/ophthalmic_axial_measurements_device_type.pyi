"""Enumerated Values and Defined Terms of Ophthalmic Axial Measurements Device Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    OphthalmicAxialMeasurementsDeviceTypeTerm as OphthalmicAxialMeasurementsDeviceTypeTerm,
)

__all__ = ["OphthalmicAxialMeasurementsDeviceTypeTerm"]
