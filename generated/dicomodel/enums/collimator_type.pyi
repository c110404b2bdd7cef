"""Enumerated Values and Defined Terms of Collimator Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CollimatorTypeTerm as CollimatorTypeTerm
from dicomodel.enums import CollimatorTypeTermPETSeries as CollimatorTypeTermPETSeries

__all__ = ["CollimatorTypeTerm", "CollimatorTypeTermPETSeries"]
