"""Enumerated Values and Defined Terms of LUT Function.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import LUTFunction as LUTFunction
from dicomodel.enums import LUTFunctionTerm as LUTFunctionTerm
from dicomodel.enums import LUTFunctionValue as LUTFunctionValue

__all__ = ["LUTFunction", "LUTFunctionTerm", "LUTFunctionValue"]
