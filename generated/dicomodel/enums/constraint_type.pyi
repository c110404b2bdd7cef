"""Enumerated Values and Defined Terms of Constraint Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConstraintType as ConstraintType
from dicomodel.enums import ConstraintTypeValue as ConstraintTypeValue

__all__ = ["ConstraintType", "ConstraintTypeValue"]
