"""Enumerated Values and Defined Terms of Extended Depth of Field.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ExtendedDepthOfField as ExtendedDepthOfField
from dicomodel.enums import ExtendedDepthOfFieldValue as ExtendedDepthOfFieldValue

__all__ = ["ExtendedDepthOfField", "ExtendedDepthOfFieldValue"]
