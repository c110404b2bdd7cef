"""Item class GeneticModificationsSequenceItemPatient.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as GeneticModificationsCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    GeneticModificationsSequenceItemPatient as GeneticModificationsSequenceItemPatient,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItemPatient",
    "MappingResourceTerm",
]
