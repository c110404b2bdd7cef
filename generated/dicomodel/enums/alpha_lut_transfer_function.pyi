"""Enumerated Values and Defined Terms of Alpha LUT Transfer Function.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AlphaLUTTransferFunction as AlphaLUTTransferFunction
from dicomodel.enums import AlphaLUTTransferFunctionValue as AlphaLUTTransferFunctionValue

__all__ = ["AlphaLUTTransferFunction", "AlphaLUTTransferFunctionValue"]
