"""Enumerated Values and Defined Terms of T2 Preparation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import T2Preparation as T2Preparation
from dicomodel.enums import T2PreparationValue as T2PreparationValue

__all__ = ["T2Preparation", "T2PreparationValue"]
