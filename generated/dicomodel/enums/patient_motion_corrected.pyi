"""Enumerated Values and Defined Terms of Patient Motion Corrected.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PatientMotionCorrected as PatientMotionCorrected
from dicomodel.enums import PatientMotionCorrectedValue as PatientMotionCorrectedValue

__all__ = ["PatientMotionCorrected", "PatientMotionCorrectedValue"]
