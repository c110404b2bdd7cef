"""Enumerated Values and Defined Terms of Patient Support Rotation Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import (
    PatientSupportRotationDirectionValue as PatientSupportRotationDirectionValue,
)

__all__ = ["PatientSupportRotationDirection", "PatientSupportRotationDirectionValue"]
