"""Enumerated Values and Defined Terms of First Order Phase Correction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FirstOrderPhaseCorrection as FirstOrderPhaseCorrection
from dicomodel.enums import FirstOrderPhaseCorrectionValue as FirstOrderPhaseCorrectionValue

__all__ = ["FirstOrderPhaseCorrection", "FirstOrderPhaseCorrectionValue"]
