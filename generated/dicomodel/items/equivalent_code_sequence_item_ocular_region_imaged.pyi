"""Item class EquivalentCodeSequenceItemOcularRegionImaged.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    EquivalentCodeSequenceItemOcularRegionImaged as EquivalentCodeSequenceItemOcularRegionImaged,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItemOcularRegionImaged",
    "MappingResourceTerm",
]
