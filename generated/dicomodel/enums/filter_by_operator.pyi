"""Enumerated Values and Defined Terms of Filter-by Operator.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FilterByOperator as FilterByOperator
from dicomodel.enums import FilterByOperatorValue as FilterByOperatorValue

__all__ = ["FilterByOperator", "FilterByOperatorValue"]
