"""Item class CTExposureSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as CTDIPhantomTypeCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItem as WaterEquivalentDiameterCalculationMethodCodeSequenceItem,
)
from dicomodel.items import CTExposureSequenceItem as CTExposureSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "CTDIPhantomTypeCodeSequenceItem",
    "CTExposureSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "WaterEquivalentDiameterCalculationMethodCodeSequenceItem",
]
