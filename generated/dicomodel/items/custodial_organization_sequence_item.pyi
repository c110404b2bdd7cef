"""Item class CustodialOrganizationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ResponsibleGroupCodeSequenceItem
from dicomodel.items import CustodialOrganizationSequenceItem as CustodialOrganizationSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "CustodialOrganizationSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "MappingResourceTerm",
    "ResponsibleGroupCodeSequenceItem",
]
