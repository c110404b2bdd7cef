"""Enumerated Values and Defined Terms of Fraction Group Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FractionGroupType as FractionGroupType
from dicomodel.enums import FractionGroupTypeValue as FractionGroupTypeValue

__all__ = ["FractionGroupType", "FractionGroupTypeValue"]
