"""Enumerated Values and Defined Terms of Horizontal Alignment.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import HorizontalAlignment as HorizontalAlignment
from dicomodel.enums import HorizontalAlignmentValue as HorizontalAlignmentValue

__all__ = ["HorizontalAlignment", "HorizontalAlignmentValue"]
