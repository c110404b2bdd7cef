"""Enumerated Values and Defined Terms of Presentation Size Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PresentationSizeMode as PresentationSizeMode
from dicomodel.enums import PresentationSizeModeValue as PresentationSizeModeValue

__all__ = ["PresentationSizeMode", "PresentationSizeModeValue"]
