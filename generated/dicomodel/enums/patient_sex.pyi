"""Enumerated Values and Defined Terms of Patient's Sex.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PatientSex as PatientSex
from dicomodel.enums import PatientSexValue as PatientSexValue

__all__ = ["PatientSex", "PatientSexValue"]
