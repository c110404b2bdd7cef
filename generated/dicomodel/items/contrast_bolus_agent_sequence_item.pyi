"""Item class ContrastBolusAgentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ContextGroupExtensionFlagValue as _ContextGroupExtensionFlagValue
from dicomodel.enums import ContrastBolusIngredientOpaque as ContrastBolusIngredientOpaque
from dicomodel.enums import (
    ContrastBolusIngredientOpaqueValue as _ContrastBolusIngredientOpaqueValue,
)
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MappingResourceTerm as _MappingResourceTerm
from dicomodel.items import CodeSequenceItem as ContrastBolusAdministrationRouteSequenceItem
from dicomodel.items import CodeSequenceItem as ContrastBolusIngredientCodeSequenceItem
from dicomodel.items import CodeSequenceItem as _CodeSequenceItem
from dicomodel.items import (
    ContrastAdministrationProfileSequenceItem as ContrastAdministrationProfileSequenceItem,
)
from dicomodel.items import (
    ContrastAdministrationProfileSequenceItem as _ContrastAdministrationProfileSequenceItem,
)
from dicomodel.items import ContrastBolusAgentSequenceItem as ContrastBolusAgentSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as _EquivalentCodeSequenceItem

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
