"""Enumerated Values and Defined Terms of Multi-Coil Element Used.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MultiCoilElementUsed as MultiCoilElementUsed
from dicomodel.enums import MultiCoilElementUsedValue as MultiCoilElementUsedValue

__all__ = ["MultiCoilElementUsed", "MultiCoilElementUsedValue"]
