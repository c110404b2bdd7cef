"""Enumerated Values and Defined Terms of Blending Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlendingMode as BlendingMode
from dicomodel.enums import BlendingModeValue as BlendingModeValue

__all__ = ["BlendingMode", "BlendingModeValue"]
