"""Enumerated Values and Defined Terms of False Negatives Estimate Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FalseNegativesEstimateFlag as FalseNegativesEstimateFlag
from dicomodel.enums import FalseNegativesEstimateFlagValue as FalseNegativesEstimateFlagValue

__all__ = ["FalseNegativesEstimateFlag", "FalseNegativesEstimateFlagValue"]
