"""Enumerated Values and Defined Terms of Scatter Corrected.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ScatterCorrected as ScatterCorrected
from dicomodel.enums import ScatterCorrectedValue as ScatterCorrectedValue

__all__ = ["ScatterCorrected", "ScatterCorrectedValue"]
