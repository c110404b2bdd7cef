"""Enumerated Values and Defined Terms of Count Loss Normalization Corrected.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CountLossNormalizationCorrected as CountLossNormalizationCorrected
from dicomodel.enums import (
    CountLossNormalizationCorrectedValue as CountLossNormalizationCorrectedValue,
)

__all__ = ["CountLossNormalizationCorrected", "CountLossNormalizationCorrectedValue"]
