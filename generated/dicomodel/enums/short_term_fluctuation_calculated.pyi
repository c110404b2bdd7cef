"""Enumerated Values and Defined Terms of Short Term Fluctuation Calculated.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ShortTermFluctuationCalculated as ShortTermFluctuationCalculated
from dicomodel.enums import (
    ShortTermFluctuationCalculatedValue as ShortTermFluctuationCalculatedValue,
)

__all__ = ["ShortTermFluctuationCalculated", "ShortTermFluctuationCalculatedValue"]
