"""Item class ScreeningBaselineMeasuredSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ScreeningBaselineType as ScreeningBaselineType
from dicomodel.items import (
    ScreeningBaselineMeasuredSequenceItem as ScreeningBaselineMeasuredSequenceItem,
)

__all__ = ["ScreeningBaselineMeasuredSequenceItem", "ScreeningBaselineType"]
