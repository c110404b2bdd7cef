"""Enumerated Values and Defined Terms of Pixel Origin Interpretation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PixelOriginInterpretation as PixelOriginInterpretation
from dicomodel.enums import PixelOriginInterpretationValue as PixelOriginInterpretationValue

__all__ = ["PixelOriginInterpretation", "PixelOriginInterpretationValue"]
