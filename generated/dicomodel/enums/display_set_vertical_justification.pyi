"""Enumerated Values and Defined Terms of Display Set Vertical Justification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DisplaySetVerticalJustification as DisplaySetVerticalJustification
from dicomodel.enums import (
    DisplaySetVerticalJustificationValue as DisplaySetVerticalJustificationValue,
)

__all__ = ["DisplaySetVerticalJustification", "DisplaySetVerticalJustificationValue"]
