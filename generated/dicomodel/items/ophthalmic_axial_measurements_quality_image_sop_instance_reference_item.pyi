"""Item class OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem,
)

__all__ = ["OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem"]
