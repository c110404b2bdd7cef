"""Item class ContrastBolusAdministrationRouteSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as AdditionalDrugSequenceItem
from dicomodel.items import (
    ContrastBolusAdministrationRouteSequenceItem as ContrastBolusAdministrationRouteSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "AdditionalDrugSequenceItem",
    "ContextGroupExtensionFlag",
    "ContrastBolusAdministrationRouteSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
