"""Enumerated Values and Defined Terms of Attenuation Correction Source.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AttenuationCorrectionSourceTerm as AttenuationCorrectionSourceTerm

__all__ = ["AttenuationCorrectionSourceTerm"]
