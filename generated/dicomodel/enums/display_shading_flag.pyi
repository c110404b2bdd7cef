"""Enumerated Values and Defined Terms of Display Shading Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DisplayShadingFlag as DisplayShadingFlag
from dicomodel.enums import DisplayShadingFlagValue as DisplayShadingFlagValue

__all__ = ["DisplayShadingFlag", "DisplayShadingFlagValue"]
