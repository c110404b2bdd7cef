"""Enumerated Values and Defined Terms of Constraint Violation Significance.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConstraintViolationSignificance as ConstraintViolationSignificance
from dicomodel.enums import (
    ConstraintViolationSignificanceValue as ConstraintViolationSignificanceValue,
)

__all__ = ["ConstraintViolationSignificance", "ConstraintViolationSignificanceValue"]
