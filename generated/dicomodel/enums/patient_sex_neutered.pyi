"""Enumerated Values and Defined Terms of Patient's Sex Neutered.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PatientSexNeutered as PatientSexNeutered
from dicomodel.enums import PatientSexNeuteredValue as PatientSexNeuteredValue

__all__ = ["PatientSexNeutered", "PatientSexNeuteredValue"]
