"""Enumerated Values and Defined Terms of Shading Style.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ShadingStyle as ShadingStyle
from dicomodel.enums import ShadingStyleValue as ShadingStyleValue

__all__ = ["ShadingStyle", "ShadingStyleValue"]
