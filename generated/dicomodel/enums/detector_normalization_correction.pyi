"""Enumerated Values and Defined Terms of Detector Normalization Correction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DetectorNormalizationCorrection as DetectorNormalizationCorrection
from dicomodel.enums import (
    DetectorNormalizationCorrectionValue as DetectorNormalizationCorrectionValue,
)

__all__ = ["DetectorNormalizationCorrection", "DetectorNormalizationCorrectionValue"]
