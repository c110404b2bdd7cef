"""Enumerated Values and Defined Terms of RT Radiation Set Intent.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTRadiationSetIntentTerm as RTRadiationSetIntentTerm

__all__ = ["RTRadiationSetIntentTerm"]
