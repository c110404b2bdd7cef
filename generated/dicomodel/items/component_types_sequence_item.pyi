"""Item class ComponentTypesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ExclusiveComponentTypeTerm as ExclusiveComponentTypeTerm
from dicomodel.enums import MandatoryComponentTypeTerm as MandatoryComponentTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as ComponentTypeCodeSequenceItem
from dicomodel.items import ComponentSequenceItem as ComponentSequenceItem
from dicomodel.items import ComponentTypesSequenceItem as ComponentTypesSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "ComponentSequenceItem",
    "ComponentTypeCodeSequenceItem",
    "ComponentTypesSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ExclusiveComponentTypeTerm",
    "MandatoryComponentTypeTerm",
    "MappingResourceTerm",
]
