"""Item class CustodialOrganizationSequenceItemProtocolContext.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import (
    CustodialOrganizationSequenceItemProtocolContext as CustodialOrganizationSequenceItemProtocolContext,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "CustodialOrganizationSequenceItemProtocolContext",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "MappingResourceTerm",
]
