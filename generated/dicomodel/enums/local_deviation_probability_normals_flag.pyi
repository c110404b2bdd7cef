"""Enumerated Values and Defined Terms of Local Deviation Probability Normals Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    LocalDeviationProbabilityNormalsFlag as LocalDeviationProbabilityNormalsFlag,
)
from dicomodel.enums import (
    LocalDeviationProbabilityNormalsFlagValue as LocalDeviationProbabilityNormalsFlagValue,
)

__all__ = ["LocalDeviationProbabilityNormalsFlag", "LocalDeviationProbabilityNormalsFlagValue"]
