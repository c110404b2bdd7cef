"""Item class SortingOperationsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SortByCategoryTerm as SortByCategoryTerm
from dicomodel.enums import SortingDirection as SortingDirection
from dicomodel.items import SortingOperationsSequenceItem as SortingOperationsSequenceItem

__all__ = ["SortByCategoryTerm", "SortingDirection", "SortingOperationsSequenceItem"]
