"""Enumerated Values and Defined Terms of Display Function Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DisplayFunctionType as DisplayFunctionType
from dicomodel.enums import DisplayFunctionTypeValue as DisplayFunctionTypeValue

__all__ = ["DisplayFunctionType", "DisplayFunctionTypeValue"]
