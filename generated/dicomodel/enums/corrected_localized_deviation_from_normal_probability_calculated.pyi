"""Enumerated Values and Defined Terms of Corrected Localized Deviation From Normal Probability Calculated.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    CorrectedLocalizedDeviationFromNormalProbabilityCalculated as CorrectedLocalizedDeviationFromNormalProbabilityCalculated,
)
from dicomodel.enums import (
    CorrectedLocalizedDeviationFromNormalProbabilityCalculatedValue as CorrectedLocalizedDeviationFromNormalProbabilityCalculatedValue,
)

__all__ = [
    "CorrectedLocalizedDeviationFromNormalProbabilityCalculated",
    "CorrectedLocalizedDeviationFromNormalProbabilityCalculatedValue",
]
