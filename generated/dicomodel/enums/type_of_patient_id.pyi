"""Enumerated Values and Defined Terms of Type of Patient ID.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TypeOfPatientIDTerm as TypeOfPatientIDTerm

__all__ = ["TypeOfPatientIDTerm"]
