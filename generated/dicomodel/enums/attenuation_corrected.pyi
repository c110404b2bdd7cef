"""Enumerated Values and Defined Terms of Attenuation Corrected.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AttenuationCorrected as AttenuationCorrected
from dicomodel.enums import AttenuationCorrectedValue as AttenuationCorrectedValue

__all__ = ["AttenuationCorrected", "AttenuationCorrectedValue"]
