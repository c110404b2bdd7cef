"""Item class ApprovalSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ObserverType as ObserverType
from dicomodel.items import ApprovalSequenceItem as ApprovalSequenceItem
from dicomodel.items import CodeSequenceItem as AssertionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as OrganizationalRoleCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import IdentifiedPersonOrDeviceItem as AsserterIdentificationSequenceItem
from dicomodel.items import PertinentDocumentsSequenceItem as PertinentDocumentsSequenceItem
from dicomodel.items import RelatedAssertionSequenceItem as RelatedAssertionSequenceItem

__all__ = [
    "ApprovalSequenceItem",
    "AsserterIdentificationSequenceItem",
    "AssertionCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "ObserverType",
    "OrganizationalRoleCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PertinentDocumentsSequenceItem",
    "RelatedAssertionSequenceItem",
]
