"""Enumerated Values and Defined Terms of RGB LUT Transfer Function.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RGBLUTTransferFunction as RGBLUTTransferFunction
from dicomodel.enums import RGBLUTTransferFunctionValue as RGBLUTTransferFunctionValue

__all__ = ["RGBLUTTransferFunction", "RGBLUTTransferFunctionValue"]
