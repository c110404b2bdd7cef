"""Enumerated Values and Defined Terms of False Positives Estimate Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FalsePositivesEstimateFlag as FalsePositivesEstimateFlag
from dicomodel.enums import FalsePositivesEstimateFlagValue as FalsePositivesEstimateFlagValue

__all__ = ["FalsePositivesEstimateFlag", "FalsePositivesEstimateFlagValue"]
