"""Enumerated Values and Defined Terms of Conversion Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConversionTypeTerm as ConversionTypeTerm
from dicomodel.enums import ConversionTypeTermRTImage as ConversionTypeTermRTImage

__all__ = ["ConversionTypeTerm", "ConversionTypeTermRTImage"]
