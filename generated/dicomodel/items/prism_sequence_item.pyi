"""Item class PrismSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import HorizontalPrismBase as HorizontalPrismBase
from dicomodel.enums import VerticalPrismBase as VerticalPrismBase
from dicomodel.items import PrismSequenceItem as PrismSequenceItem

__all__ = ["HorizontalPrismBase", "PrismSequenceItem", "VerticalPrismBase"]
