"""Item class OphthalmicPatientClinicalInformationAndTestLensParametersItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PupilDilated as PupilDilated
from dicomodel.items import (
    OphthalmicPatientClinicalInformationAndTestLensParametersItem as OphthalmicPatientClinicalInformationAndTestLensParametersItem,
)
from dicomodel.items import (
    RefractiveStateSequenceItem as RefractiveParametersUsedOnPatientSequenceItem,
)
from dicomodel.items import VisualAcuityMeasurementsItem as VisualAcuityMeasurementSequenceItem

__all__ = [
    "OphthalmicPatientClinicalInformationAndTestLensParametersItem",
    "PupilDilated",
    "RefractiveParametersUsedOnPatientSequenceItem",
    "VisualAcuityMeasurementSequenceItem",
]
