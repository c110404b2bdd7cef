"""Enumerated Values and Defined Terms of Patient Eye Movement Commanded.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PatientEyeMovementCommanded as PatientEyeMovementCommanded
from dicomodel.enums import PatientEyeMovementCommandedValue as PatientEyeMovementCommandedValue

__all__ = ["PatientEyeMovementCommanded", "PatientEyeMovementCommandedValue"]
