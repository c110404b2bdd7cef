"""Enumerated Values and Defined Terms of Patient Support Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PatientSupportTypeTerm as PatientSupportTypeTerm

__all__ = ["PatientSupportTypeTerm"]
