"""Enumerated Values and Defined Terms of VOI LUT Function.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VOILUTFunctionTerm as VOILUTFunctionTerm

__all__ = ["VOILUTFunctionTerm"]
