"""Enumerated Values and Defined Terms of Aliased Data Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AliasedDataType as AliasedDataType
from dicomodel.enums import AliasedDataTypeValue as AliasedDataTypeValue

__all__ = ["AliasedDataType", "AliasedDataTypeValue"]
