"""Item class PrismSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import HorizontalPrismBase as HorizontalPrismBase
from dicomodel.enums import HorizontalPrismBaseValue as _HorizontalPrismBaseValue
from dicomodel.enums import VerticalPrismBase as VerticalPrismBase
from dicomodel.enums import VerticalPrismBaseValue as _VerticalPrismBaseValue
from dicomodel.items import PrismSequenceItem as PrismSequenceItem

__all__ = ["HorizontalPrismBase", "PrismSequenceItem", "VerticalPrismBase"]
