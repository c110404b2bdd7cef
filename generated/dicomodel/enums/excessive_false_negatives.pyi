"""Enumerated Values and Defined Terms of Excessive False Negatives.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ExcessiveFalseNegatives as ExcessiveFalseNegatives
from dicomodel.enums import ExcessiveFalseNegativesValue as ExcessiveFalseNegativesValue

__all__ = ["ExcessiveFalseNegatives", "ExcessiveFalseNegativesValue"]
