"""Enumerated Values and Defined Terms of Short Term Fluctuation Probability Calculated.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    ShortTermFluctuationProbabilityCalculated as ShortTermFluctuationProbabilityCalculated,
)
from dicomodel.enums import (
    ShortTermFluctuationProbabilityCalculatedValue as ShortTermFluctuationProbabilityCalculatedValue,
)

__all__ = [
    "ShortTermFluctuationProbabilityCalculated",
    "ShortTermFluctuationProbabilityCalculatedValue",
]
