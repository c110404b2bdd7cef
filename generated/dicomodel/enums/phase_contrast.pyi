"""Enumerated Values and Defined Terms of Phase Contrast.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PhaseContrast as PhaseContrast
from dicomodel.enums import PhaseContrastValue as PhaseContrastValue

__all__ = ["PhaseContrast", "PhaseContrastValue"]
