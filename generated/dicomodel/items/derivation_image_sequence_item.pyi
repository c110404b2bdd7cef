"""Item class DerivationImageSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import SpatialLocationsPreserved as SpatialLocationsPreserved
from dicomodel.items import CodeSequenceItem as DerivationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import DerivationImageSequenceItem as DerivationImageSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import SourceImageSequenceItem as SourceImageSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DerivationCodeSequenceItem",
    "DerivationImageSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "SourceImageSequenceItem",
    "SpatialLocationsPreserved",
]
