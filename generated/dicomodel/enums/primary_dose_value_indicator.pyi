"""Enumerated Values and Defined Terms of Primary Dose Value Indicator.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PrimaryDoseValueIndicator as PrimaryDoseValueIndicator
from dicomodel.enums import PrimaryDoseValueIndicatorValue as PrimaryDoseValueIndicatorValue

__all__ = ["PrimaryDoseValueIndicator", "PrimaryDoseValueIndicatorValue"]
