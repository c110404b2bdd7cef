"""Enumerated Values and Defined Terms of Non-uniform Radial Sampling Corrected.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import NonUniformRadialSamplingCorrected as NonUniformRadialSamplingCorrected
from dicomodel.enums import (
    NonUniformRadialSamplingCorrectedValue as NonUniformRadialSamplingCorrectedValue,
)

__all__ = ["NonUniformRadialSamplingCorrected", "NonUniformRadialSamplingCorrectedValue"]
