"""Enumerated Values and Defined Terms of Radiotherapy Treatment Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RadiotherapyTreatmentType as RadiotherapyTreatmentType
from dicomodel.enums import RadiotherapyTreatmentTypeValue as RadiotherapyTreatmentTypeValue

__all__ = ["RadiotherapyTreatmentType", "RadiotherapyTreatmentTypeValue"]
