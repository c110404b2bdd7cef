"""Enumerated Values and Defined Terms of Mask Selection Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MaskSelectionMode as MaskSelectionMode
from dicomodel.enums import MaskSelectionModeValue as MaskSelectionModeValue

__all__ = ["MaskSelectionMode", "MaskSelectionModeValue"]
