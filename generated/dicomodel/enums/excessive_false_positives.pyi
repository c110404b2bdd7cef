"""Enumerated Values and Defined Terms of Excessive False Positives.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ExcessiveFalsePositives as ExcessiveFalsePositives
from dicomodel.enums import ExcessiveFalsePositivesValue as ExcessiveFalsePositivesValue

__all__ = ["ExcessiveFalsePositives", "ExcessiveFalsePositivesValue"]
