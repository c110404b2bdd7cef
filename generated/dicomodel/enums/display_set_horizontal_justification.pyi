"""Enumerated Values and Defined Terms of Display Set Horizontal Justification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DisplaySetHorizontalJustification as DisplaySetHorizontalJustification
from dicomodel.enums import (
    DisplaySetHorizontalJustificationValue as DisplaySetHorizontalJustificationValue,
)

__all__ = ["DisplaySetHorizontalJustification", "DisplaySetHorizontalJustificationValue"]
