"""Enumerated Values and Defined Terms of Patient Position.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PatientPositionTerm as PatientPositionTerm
from dicomodel.enums import PatientPositionTermRTImage as PatientPositionTermRTImage

__all__ = ["PatientPositionTerm", "PatientPositionTermRTImage"]
