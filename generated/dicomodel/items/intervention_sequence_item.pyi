"""Item class InterventionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import InterventionStatus as InterventionStatus
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as AdministrationRouteCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InterventionDrugCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import InterventionSequenceItem as InterventionSequenceItem

__all__ = [
    "AdministrationRouteCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InterventionDrugCodeSequenceItem",
    "InterventionSequenceItem",
    "InterventionStatus",
    "MappingResourceTerm",
]
