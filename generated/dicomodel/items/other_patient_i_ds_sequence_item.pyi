"""Item class OtherPatientIDsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import TypeOfPatientIDTerm as TypeOfPatientIDTerm
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.items import CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningJurisdictionCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem
from dicomodel.items import (
    IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
)
from dicomodel.items import OtherPatientIDsSequenceItem as OtherPatientIDsSequenceItem

__all__ = [
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "MappingResourceTerm",
    "OtherPatientIDsSequenceItem",
    "TypeOfPatientIDTerm",
    "UniversalEntityIDType",
]
