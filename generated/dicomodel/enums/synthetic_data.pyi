"""Enumerated Values and Defined Terms of Synthetic Data.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.enums import SyntheticDataValue as SyntheticDataValue

__all__ = ["SyntheticData", "SyntheticDataValue"]
