"""Enumerated Values and Defined Terms of Line Dashing Style.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import LineDashingStyle as LineDashingStyle
from dicomodel.enums import LineDashingStyleValue as LineDashingStyleValue

__all__ = ["LineDashingStyle", "LineDashingStyleValue"]
