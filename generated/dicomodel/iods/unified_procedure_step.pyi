"""Unified Procedure Step IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import InputReadinessState as InputReadinessState
from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import PatientAlternativeCalendar as PatientAlternativeCalendar
from dicomodel.enums import PatientSex as PatientSex
from dicomodel.enums import PatientSexNeutered as PatientSexNeutered
from dicomodel.enums import ProcedureStepState as ProcedureStepState
from dicomodel.enums import QualityControlSubject as QualityControlSubject
from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import ResponsiblePersonRoleTerm as ResponsiblePersonRoleTerm
from dicomodel.enums import ScheduledProcedureStepPriority as ScheduledProcedureStepPriority
from dicomodel.enums import SmokingStatus as SmokingStatus
from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.enums import TypeOfInstancesTerm as TypeOfInstancesTerm
from dicomodel.enums import TypeOfPatientIDTerm as TypeOfPatientIDTerm
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.enums import ValueType as ValueType
from dicomodel.enums import VisitStatusIDTerm as VisitStatusIDTerm
from dicomodel.iods import UnifiedProcedureStep as UnifiedProcedureStep
from dicomodel.items import ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem
from dicomodel.items import (
    ActualHumanPerformersSequenceItem as ScheduledHumanPerformersSequenceItem,
)
from dicomodel.items import BreedRegistrationSequenceItem as BreedRegistrationSequenceItem
from dicomodel.items import CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningJurisdictionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as BreedRegistryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EthnicGroupCodeSequenceItem
from dicomodel.items import CodeSequenceItem as GeneticModificationsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as HumanPerformerCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientBreedCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientInsurancePlanCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientPrimaryLanguageModifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSizeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSpeciesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PerformedStationClassCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PerformedStationGeographicLocationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PerformedStationNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PerformedWorkitemCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ProcedureStepDiscontinuationReasonCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForVisitCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ScheduledStationClassCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ScheduledStationGeographicLocationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ScheduledStationNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ScheduledWorkitemCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StrainCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StrainSourceRegistryCodeSequenceItem
from dicomodel.items import (
    CodingSchemeIdentificationSequenceItem as CodingSchemeIdentificationSequenceItem,
)
from dicomodel.items import CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import (
    ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
)
from dicomodel.items import ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem
from dicomodel.items import DeidentificationActionSequenceItem as DeidentificationActionSequenceItem
from dicomodel.items import DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem
from dicomodel.items import DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem
from dicomodel.items import DICOMStorageSequenceItem as DICOMStorageSequenceItem
from dicomodel.items import DigitalSignaturesSequenceItem as DigitalSignaturesSequenceItem
from dicomodel.items import EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import GeneticModificationsSequenceItem as GeneticModificationsSequenceItem
from dicomodel.items import (
    HL7StructuredDocumentReferenceSequenceItem as HL7StructuredDocumentReferenceSequenceItem,
)
from dicomodel.items import HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as IssuerOfAdmissionIDSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as IssuerOfServiceEpisodeIDSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as OrderFillerIdentifierSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as OrderPlacerIdentifierSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem
from dicomodel.items import (
    IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
)
from dicomodel.items import MACParametersSequenceItem as MACParametersSequenceItem
from dicomodel.items import (
    MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
)
from dicomodel.items import (
    NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
)
from dicomodel.items import OriginalAttributesSequenceItem as OriginalAttributesSequenceItem
from dicomodel.items import OtherPatientIDsSequenceItem as OtherPatientIDsSequenceItem
from dicomodel.items import (
    PatientClinicalTrialParticipationSequenceItem as PatientClinicalTrialParticipationSequenceItem,
)
from dicomodel.items import (
    PatientPrimaryLanguageCodeSequenceItem as PatientPrimaryLanguageCodeSequenceItem,
)
from dicomodel.items import (
    PersonIdentificationItem as ConsultingPhysicianIdentificationSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import PersonIdentificationItem as ReferringPhysicianIdentificationSequenceItem
from dicomodel.items import (
    PertinentDocumentsSequenceItemPatientMedical as PertinentDocumentsSequenceItem,
)
from dicomodel.items import PertinentResourcesSequenceItem as PertinentResourcesSequenceItem
from dicomodel.items import (
    PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
)
from dicomodel.items import (
    PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
)
from dicomodel.items import (
    ProcedureStepCommunicationsURISequenceItem as ProcedureStepCommunicationsURISequenceItem,
)
from dicomodel.items import (
    ProcedureStepProgressInformationSequenceItem as ProcedureStepProgressInformationSequenceItem,
)
from dicomodel.items import (
    ProtocolContextSequenceItemScheduledProcedureStep as PerformedProcessingParametersSequenceItem,
)
from dicomodel.items import (
    ProtocolContextSequenceItemScheduledProcedureStep as ProcedureStepProgressParametersSequenceItem,
)
from dicomodel.items import (
    ProtocolContextSequenceItemScheduledProcedureStep as ScheduledProcessingParametersSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
)
from dicomodel.items import ReferencedInstancesAndAccessItem as InputInformationSequenceItem
from dicomodel.items import ReferencedInstancesAndAccessItem as OutputInformationSequenceItem
from dicomodel.items import ReferencedInstancesAndAccessItem as ReferencedPatientPhotoSequenceItem
from dicomodel.items import ReferencedRequestSequenceItem as ReferencedRequestSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReplacedProcedureStepSequenceItem
from dicomodel.items import StorageItem as OutputDestinationSequenceItem
from dicomodel.items import STOWRSStorageSequenceItem as STOWRSStorageSequenceItem
from dicomodel.items import StrainStockSequenceItem as StrainStockSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as RequestingServiceCodeSequenceItem,
)
from dicomodel.items import (
    UnifiedProcedureStepPerformedProcedureSequenceItem as UnifiedProcedureStepPerformedProcedureSequenceItem,
)
from dicomodel.items import WADORetrievalSequenceItem as WADORetrievalSequenceItem
from dicomodel.items import WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSRetrievalSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSStorageSequenceItem

__all__ = [
    "ActualHumanPerformersSequenceItem",
    "AdmittingDiagnosesCodeSequenceItem",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "BlockIdentifyingInformationStatus",
    "BreedRegistrationSequenceItem",
    "BreedRegistryCodeSequenceItem",
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
    "CodingSchemeIdentificationSequenceItem",
    "CodingSchemeRegistryTerm",
    "CodingSchemeResourcesSequenceItem",
    "CodingSchemeURLTypeTerm",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConsultingPhysicianIdentificationSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContextGroupIdentificationSequenceItem",
    "ContributingEquipmentSequenceItem",
    "ConversionSourceAttributesSequenceItem",
    "DICOMMediaRetrievalSequenceItem",
    "DICOMRetrievalSequenceItem",
    "DICOMStorageSequenceItem",
    "DeidentificationAction",
    "DeidentificationActionSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "EncryptedAttributesSequenceItem",
    "EquivalentCodeSequenceItem",
    "EthnicGroupCodeSequenceItem",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "InputInformationSequenceItem",
    "InputReadinessState",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "IssuerOfAdmissionIDSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "IssuerOfServiceEpisodeIDSequenceItem",
    "LongitudinalTemporalInformationModified",
    "MACAlgorithmTerm",
    "MACParametersSequenceItem",
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OperatorIdentificationSequenceItem",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "OriginalAttributesSequenceItem",
    "OtherPatientIDsSequenceItem",
    "OutputDestinationSequenceItem",
    "OutputInformationSequenceItem",
    "PatientAlternativeCalendar",
    "PatientBreedCodeSequenceItem",
    "PatientClinicalTrialParticipationSequenceItem",
    "PatientInsurancePlanCodeSequenceItem",
    "PatientPrimaryLanguageCodeSequenceItem",
    "PatientPrimaryLanguageModifierCodeSequenceItem",
    "PatientSex",
    "PatientSexNeutered",
    "PatientSizeCodeSequenceItem",
    "PatientSpeciesCodeSequenceItem",
    "PerformedProcessingParametersSequenceItem",
    "PerformedStationClassCodeSequenceItem",
    "PerformedStationGeographicLocationCodeSequenceItem",
    "PerformedStationNameCodeSequenceItem",
    "PerformedWorkitemCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PertinentDocumentsSequenceItem",
    "PertinentResourcesSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "ProcedureStepCommunicationsURISequenceItem",
    "ProcedureStepDiscontinuationReasonCodeSequenceItem",
    "ProcedureStepProgressInformationSequenceItem",
    "ProcedureStepProgressParametersSequenceItem",
    "ProcedureStepState",
    "PurposeOfReferenceCodeSequenceItem",
    "QualityControlSubject",
    "QueryRetrieveView",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReasonForTheAttributeModificationTerm",
    "ReasonForVisitCodeSequenceItem",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPatientPhotoSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReferencedRequestSequenceItem",
    "ReferringPhysicianIdentificationSequenceItem",
    "ReplacedProcedureStepSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "RequestingServiceCodeSequenceItem",
    "ResponsiblePersonRoleTerm",
    "SOPInstanceStatus",
    "STOWRSStorageSequenceItem",
    "ScheduledHumanPerformersSequenceItem",
    "ScheduledProcedureStepPriority",
    "ScheduledProcessingParametersSequenceItem",
    "ScheduledStationClassCodeSequenceItem",
    "ScheduledStationGeographicLocationCodeSequenceItem",
    "ScheduledStationNameCodeSequenceItem",
    "ScheduledWorkitemCodeSequenceItem",
    "SmokingStatus",
    "StrainCodeSequenceItem",
    "StrainSourceRegistryCodeSequenceItem",
    "StrainStockSequenceItem",
    "SyntheticData",
    "TypeOfInstancesTerm",
    "TypeOfPatientIDTerm",
    "UDISequenceItem",
    "UnifiedProcedureStep",
    "UnifiedProcedureStepPerformedProcedureSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
    "VisitStatusIDTerm",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
    "XDSStorageSequenceItem",
]
