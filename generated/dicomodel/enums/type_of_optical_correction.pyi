"""Enumerated Values and Defined Terms of Type of Optical Correction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TypeOfOpticalCorrection as TypeOfOpticalCorrection
from dicomodel.enums import TypeOfOpticalCorrectionValue as TypeOfOpticalCorrectionValue

__all__ = ["TypeOfOpticalCorrection", "TypeOfOpticalCorrectionValue"]
