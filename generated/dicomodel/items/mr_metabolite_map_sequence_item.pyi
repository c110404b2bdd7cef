"""Item class MRMetaboliteMapSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import ChemicalShiftSequenceItem as ChemicalShiftSequenceItem
from dicomodel.items import CodeSequenceItem as MetaboliteMapCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import MRMetaboliteMapSequenceItem as MRMetaboliteMapSequenceItem

__all__ = [
    "ChemicalShiftSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MRMetaboliteMapSequenceItem",
    "MappingResourceTerm",
    "MetaboliteMapCodeSequenceItem",
]
