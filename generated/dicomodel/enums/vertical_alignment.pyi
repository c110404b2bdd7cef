"""Enumerated Values and Defined Terms of Vertical Alignment.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VerticalAlignment as VerticalAlignment
from dicomodel.enums import VerticalAlignmentValue as VerticalAlignmentValue

__all__ = ["VerticalAlignment", "VerticalAlignmentValue"]
