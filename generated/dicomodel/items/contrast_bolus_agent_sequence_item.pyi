"""Item class ContrastBolusAgentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ContrastBolusIngredientOpaque as ContrastBolusIngredientOpaque
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as ContrastBolusAdministrationRouteSequenceItem
from dicomodel.items import CodeSequenceItem as ContrastBolusIngredientCodeSequenceItem
from dicomodel.items import (
    ContrastAdministrationProfileSequenceItem as ContrastAdministrationProfileSequenceItem,
)
from dicomodel.items import ContrastBolusAgentSequenceItem as ContrastBolusAgentSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "ContrastAdministrationProfileSequenceItem",
    "ContrastBolusAdministrationRouteSequenceItem",
    "ContrastBolusAgentSequenceItem",
    "ContrastBolusIngredientCodeSequenceItem",
    "ContrastBolusIngredientOpaque",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
