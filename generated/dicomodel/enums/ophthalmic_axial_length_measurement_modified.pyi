"""Enumerated Values and Defined Terms of Ophthalmic Axial Length Measurement Modified.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    OphthalmicAxialLengthMeasurementModified as OphthalmicAxialLengthMeasurementModified,
)
from dicomodel.enums import (
    OphthalmicAxialLengthMeasurementModifiedValue as OphthalmicAxialLengthMeasurementModifiedValue,
)

__all__ = [
    "OphthalmicAxialLengthMeasurementModified",
    "OphthalmicAxialLengthMeasurementModifiedValue",
]
