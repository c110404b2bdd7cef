"""Item class InventoriedStudiesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContainerFileTypeTerm as ContainerFileTypeTerm
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import InstanceAvailability as InstanceAvailability
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import RemovedFromOperationalUse as RemovedFromOperationalUse
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import (
    AlternateRepresentationSequenceItem as AlternateRepresentationSequenceItem,
)
from dicomodel.items import CodeSequenceItem as AnatomicRegionsInStudyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningJurisdictionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForRemovalCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedProcedureCodeSequenceItem
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import ContentTemplateSequenceItemInventory as ContentTemplateSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import FileAccessSequenceItem as FileAccessSequenceItem
from dicomodel.items import FileSetAccessSequenceItem as FileSetAccessSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as OrderFillerIdentifierSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as OrderPlacerIdentifierSequenceItem
from dicomodel.items import InventoriedInstancesSequenceItem as InventoriedInstancesSequenceItem
from dicomodel.items import InventoriedSeriesSequenceItem as InventoriedSeriesSequenceItem
from dicomodel.items import InventoriedStudiesSequenceItem as InventoriedStudiesSequenceItem
from dicomodel.items import (
    IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
)
from dicomodel.items import (
    NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
)
from dicomodel.items import OriginalAttributesSequenceItem as OriginalAttributesSequenceItem
from dicomodel.items import OtherPatientIDsSequenceItemInventory as OtherPatientIDsSequenceItem
from dicomodel.items import (
    PersonIdentificationItem as ConsultingPhysicianIdentificationSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as PhysiciansOfRecordIdentificationSequenceItem
from dicomodel.items import (
    PersonIdentificationItem as PhysiciansReadingStudyIdentificationSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as ReferringPhysicianIdentificationSequenceItem
from dicomodel.items import ProtocolContextSequenceItem as ProtocolContextSequenceItem
from dicomodel.items import ReferencedRequestItem as ReferencedRequestSequenceItem
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import RequestAttributesItem as RequestAttributesSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as ScheduledProtocolCodeSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStudySequenceItem
from dicomodel.items import (
    SpecimenDescriptionSequenceItemInventory as SpecimenDescriptionSequenceItem,
)
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)

__all__ = [
    "AlternateRepresentationSequenceItem",
    "AnatomicRegionsInStudyCodeSequenceItem",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConsultingPhysicianIdentificationSequenceItem",
    "ContainerFileTypeTerm",
    "ContentItemModifierSequenceItem",
    "ContentTemplateSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FileAccessSequenceItem",
    "FileSetAccessSequenceItem",
    "InstanceAvailability",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InventoriedInstancesSequenceItem",
    "InventoriedSeriesSequenceItem",
    "InventoriedStudiesSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "OriginalAttributesSequenceItem",
    "OtherPatientIDsSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PhysiciansOfRecordIdentificationSequenceItem",
    "PhysiciansReadingStudyIdentificationSequenceItem",
    "ProcedureCodeSequenceItem",
    "ProtocolContextSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "ReasonForRemovalCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReasonForTheAttributeModificationTerm",
    "ReferencedRequestSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedStudySequenceItem",
    "ReferringPhysicianIdentificationSequenceItem",
    "RemovedFromOperationalUse",
    "RequestAttributesSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "ScheduledProtocolCodeSequenceItem",
    "SpecimenDescriptionSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
]
