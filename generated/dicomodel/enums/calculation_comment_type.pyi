"""Enumerated Values and Defined Terms of Calculation Comment Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CalculationCommentTypeTerm as CalculationCommentTypeTerm

__all__ = ["CalculationCommentTypeTerm"]
