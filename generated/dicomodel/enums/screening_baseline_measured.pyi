"""Enumerated Values and Defined Terms of Screening Baseline Measured.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ScreeningBaselineMeasured as ScreeningBaselineMeasured
from dicomodel.enums import ScreeningBaselineMeasuredValue as ScreeningBaselineMeasuredValue

__all__ = ["ScreeningBaselineMeasured", "ScreeningBaselineMeasuredValue"]
