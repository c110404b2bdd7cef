"""Enumerated Values and Defined Terms of Brachy Treatment Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BrachyTreatmentTypeTerm as BrachyTreatmentTypeTerm

__all__ = ["BrachyTreatmentTypeTerm"]
