"""Enumerated Values and Defined Terms of Ophthalmic Axial Length Measurements Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    OphthalmicAxialLengthMeasurementsType as OphthalmicAxialLengthMeasurementsType,
)
from dicomodel.enums import (
    OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected as OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected,
)
from dicomodel.enums import (
    OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue as OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue,
)
from dicomodel.enums import (
    OphthalmicAxialLengthMeasurementsTypeValue as OphthalmicAxialLengthMeasurementsTypeValue,
)

__all__ = [
    "OphthalmicAxialLengthMeasurementsType",
    "OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected",
    "OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue",
    "OphthalmicAxialLengthMeasurementsTypeValue",
]
