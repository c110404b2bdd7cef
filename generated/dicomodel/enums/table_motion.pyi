"""Enumerated Values and Defined Terms of Table Motion.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TableMotion as TableMotion
from dicomodel.enums import TableMotionTerm as TableMotionTerm
from dicomodel.enums import TableMotionValue as TableMotionValue

__all__ = ["TableMotion", "TableMotionTerm", "TableMotionValue"]
