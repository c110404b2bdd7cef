"""Enumerated Values and Defined Terms of Global Deviation Probability Normals Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    GlobalDeviationProbabilityNormalsFlag as GlobalDeviationProbabilityNormalsFlag,
)
from dicomodel.enums import (
    GlobalDeviationProbabilityNormalsFlagValue as GlobalDeviationProbabilityNormalsFlagValue,
)

__all__ = ["GlobalDeviationProbabilityNormalsFlag", "GlobalDeviationProbabilityNormalsFlagValue"]
