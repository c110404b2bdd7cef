"""Enumerated Values and Defined Terms of RT Treatment Intent Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTTreatmentIntentTypeTerm as RTTreatmentIntentTypeTerm

__all__ = ["RTTreatmentIntentTypeTerm"]
