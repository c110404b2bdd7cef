"""Enumerated Values and Defined Terms of Corrected Localized Deviation From Normal Calculated.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    CorrectedLocalizedDeviationFromNormalCalculated as CorrectedLocalizedDeviationFromNormalCalculated,
)
from dicomodel.enums import (
    CorrectedLocalizedDeviationFromNormalCalculatedValue as CorrectedLocalizedDeviationFromNormalCalculatedValue,
)

__all__ = [
    "CorrectedLocalizedDeviationFromNormalCalculated",
    "CorrectedLocalizedDeviationFromNormalCalculatedValue",
]
