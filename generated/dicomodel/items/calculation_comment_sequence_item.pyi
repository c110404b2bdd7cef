"""Item class CalculationCommentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CalculationCommentTypeTerm as CalculationCommentTypeTerm
from dicomodel.items import CalculationCommentSequenceItem as CalculationCommentSequenceItem

__all__ = ["CalculationCommentSequenceItem", "CalculationCommentTypeTerm"]
