"""Enumerated Values and Defined Terms of Blending LUT 2 Transfer Function.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlendingLUT2TransferFunction as BlendingLUT2TransferFunction
from dicomodel.enums import BlendingLUT2TransferFunctionValue as BlendingLUT2TransferFunctionValue

__all__ = ["BlendingLUT2TransferFunction", "BlendingLUT2TransferFunctionValue"]
