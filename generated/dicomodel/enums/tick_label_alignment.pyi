"""Enumerated Values and Defined Terms of Tick Label Alignment.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TickLabelAlignment as TickLabelAlignment
from dicomodel.enums import TickLabelAlignmentValue as TickLabelAlignmentValue

__all__ = ["TickLabelAlignment", "TickLabelAlignmentValue"]
