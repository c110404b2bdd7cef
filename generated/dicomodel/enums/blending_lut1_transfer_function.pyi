"""Enumerated Values and Defined Terms of Blending LUT 1 Transfer Function.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlendingLUT1TransferFunction as BlendingLUT1TransferFunction
from dicomodel.enums import BlendingLUT1TransferFunctionValue as BlendingLUT1TransferFunctionValue

__all__ = ["BlendingLUT1TransferFunction", "BlendingLUT1TransferFunctionValue"]
