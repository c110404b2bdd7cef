"""Item class CTXRayDetailsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FilterTypeTermCTXRayDetails as FilterTypeTerm
from dicomodel.items import CTXRayDetailsSequenceItem as CTXRayDetailsSequenceItem

__all__ = ["CTXRayDetailsSequenceItem", "FilterTypeTerm"]
