"""Enumerated Values and Defined Terms of Screening Baseline Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ScreeningBaselineType as ScreeningBaselineType
from dicomodel.enums import ScreeningBaselineTypeValue as ScreeningBaselineTypeValue

__all__ = ["ScreeningBaselineType", "ScreeningBaselineTypeValue"]
