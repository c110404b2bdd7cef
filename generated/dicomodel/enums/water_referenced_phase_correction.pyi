"""Enumerated Values and Defined Terms of Water Referenced Phase Correction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WaterReferencedPhaseCorrection as WaterReferencedPhaseCorrection
from dicomodel.enums import (
    WaterReferencedPhaseCorrectionValue as WaterReferencedPhaseCorrectionValue,
)

__all__ = ["WaterReferencedPhaseCorrection", "WaterReferencedPhaseCorrectionValue"]
