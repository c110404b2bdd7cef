"""Enumerated Values and Defined Terms of Patient Frame of Reference Source.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PatientFrameOfReferenceSource as PatientFrameOfReferenceSource
from dicomodel.enums import PatientFrameOfReferenceSourceValue as PatientFrameOfReferenceSourceValue

__all__ = ["PatientFrameOfReferenceSource", "PatientFrameOfReferenceSourceValue"]
