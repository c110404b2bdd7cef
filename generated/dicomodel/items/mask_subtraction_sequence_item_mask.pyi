"""Item class MaskSubtractionSequenceItemMask.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MaskOperationTerm as MaskOperationTerm
from dicomodel.enums import MaskSelectionMode as MaskSelectionMode
from dicomodel.items import MaskSubtractionSequenceItemMask as MaskSubtractionSequenceItemMask

__all__ = ["MaskOperationTerm", "MaskSelectionMode", "MaskSubtractionSequenceItemMask"]
