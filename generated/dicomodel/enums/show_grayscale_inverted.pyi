"""Enumerated Values and Defined Terms of Show Grayscale Inverted.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ShowGrayscaleInverted as ShowGrayscaleInverted
from dicomodel.enums import ShowGrayscaleInvertedValue as ShowGrayscaleInvertedValue

__all__ = ["ShowGrayscaleInverted", "ShowGrayscaleInvertedValue"]
