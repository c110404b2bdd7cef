"""Item class BreedRegistrationSequenceItemPatient.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    BreedRegistrationSequenceItemPatient as BreedRegistrationSequenceItemPatient,
)
from dicomodel.items import CodeSequenceItem as BreedRegistryCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "BreedRegistrationSequenceItemPatient",
    "BreedRegistryCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
