"""RT Treatment Preparation IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnatomicalOrientationType as AnatomicalOrientationType
from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import BodyPartExaminedTerm as BodyPartExaminedTerm
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import ConceptualVolumeCombinationFlag as ConceptualVolumeCombinationFlag
from dicomodel.enums import (
    ConceptualVolumeSegmentationDefinedFlag as ConceptualVolumeSegmentationDefinedFlag,
)
from dicomodel.enums import ConsentForDistributionFlag as ConsentForDistributionFlag
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import DistributionTypeTerm as DistributionTypeTerm
from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import Laterality as Laterality
from dicomodel.enums import LongitudinalTemporalEventTypeTerm as LongitudinalTemporalEventTypeTerm
from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ModalityEnhancedRTSeries as Modality
from dicomodel.enums import ObserverType as ObserverType
from dicomodel.enums import PatientAlternativeCalendar as PatientAlternativeCalendar
from dicomodel.enums import PatientIdentityRemoved as PatientIdentityRemoved
from dicomodel.enums import PatientPositionTerm as PatientPositionTerm
from dicomodel.enums import PatientSex as PatientSex
from dicomodel.enums import PatientSexNeutered as PatientSexNeutered
from dicomodel.enums import (
    PatientSupportPositionSpecificationMethod as PatientSupportPositionSpecificationMethod,
)
from dicomodel.enums import QualityControlSubject as QualityControlSubject
from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import ResponsiblePersonRoleTerm as ResponsiblePersonRoleTerm
from dicomodel.enums import SmokingStatus as SmokingStatus
from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SpatialLocationsPreserved as SpatialLocationsPreserved
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.enums import TypeOfInstancesTerm as TypeOfInstancesTerm
from dicomodel.enums import TypeOfPatientIDTerm as TypeOfPatientIDTerm
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.enums import ValueType as ValueType
from dicomodel.iods import RTTreatmentPreparation as RTTreatmentPreparation
from dicomodel.items import (
    AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
)
from dicomodel.items import BeamSequenceItem as BeamSequenceItem
from dicomodel.items import BreedRegistrationSequenceItemPatient as BreedRegistrationSequenceItem
from dicomodel.items import CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningJurisdictionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as BreedRegistryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ClinicalTrialTimePointTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeidentificationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DerivationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DisplacementReferenceLocationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EthnicGroupCodeSequenceItem
from dicomodel.items import CodeSequenceItem as GeneticModificationsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as OrganizationalRoleCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientBreedCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientEquipmentRelationshipCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientLocationCoordinatesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientOrientationModifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSizeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSpeciesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientTreatmentPreparationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientTreatmentPreparationProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForPerformedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForVisitCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestingServiceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SeriesDescriptionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StrainCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StrainSourceRegistryCodeSequenceItem
from dicomodel.items import (
    CodingSchemeIdentificationSequenceItem as CodingSchemeIdentificationSequenceItem,
)
from dicomodel.items import CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem
from dicomodel.items import (
    ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeSegmentationReferenceSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeConstituentSequenceItem as ConceptualVolumeConstituentSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeSegmentationReferenceAndCombinationItem as ConceptualVolumeSequenceItem,
)
from dicomodel.items import (
    ConsentForClinicalTrialUseSequenceItem as ConsentForClinicalTrialUseSequenceItem,
)
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import (
    ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
)
from dicomodel.items import ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem
from dicomodel.items import DeidentificationActionSequenceItem as DeidentificationActionSequenceItem
from dicomodel.items import (
    DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
)
from dicomodel.items import DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem
from dicomodel.items import DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem
from dicomodel.items import DigitalSignaturesSequenceItem as DigitalSignaturesSequenceItem
from dicomodel.items import EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
)
from dicomodel.items import (
    GeneticModificationsSequenceItemPatient as GeneticModificationsSequenceItem,
)
from dicomodel.items import (
    GroupOfPatientsIdentificationSequenceItem as GroupOfPatientsIdentificationSequenceItem,
)
from dicomodel.items import (
    HL7StructuredDocumentReferenceSequenceItem as HL7StructuredDocumentReferenceSequenceItem,
)
from dicomodel.items import HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as IssuerOfAdmissionIDSequenceItem
from dicomodel.items import HL7v2HierarchicDesignatorItem as IssuerOfServiceEpisodeIDSequenceItem
from dicomodel.items import IdentifiedPersonOrDeviceItem as AuthorIdentificationSequenceItem
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
from dicomodel.items import (
    OtherClinicalTrialProtocolIDsSequenceItem as OtherClinicalTrialProtocolIDsSequenceItem,
)
from dicomodel.items import OtherPatientIDsSequenceItemPatient as OtherPatientIDsSequenceItem
from dicomodel.items import (
    PatientLocationCoordinatesSequenceItem as PatientLocationCoordinatesSequenceItem,
)
from dicomodel.items import PatientOrientationCodeSequenceItem as PatientOrientationCodeSequenceItem
from dicomodel.items import (
    PatientSupportPositionDeviceParameterSequenceItem as PatientSupportPositionDeviceParameterSequenceItem,
)
from dicomodel.items import PatientSupportPositionItem as PatientSupportDisplacementSequenceItem
from dicomodel.items import PatientSupportPositionItem as PatientSupportPositionSequenceItem
from dicomodel.items import (
    PatientSupportPositionParameterSequenceItem as PatientSupportPositionParameterSequenceItem,
)
from dicomodel.items import PatientToEquipmentRelationshipItem as RTPatientPositionSequenceItem
from dicomodel.items import (
    PatientTreatmentPreparationProcedureSequenceItem as PatientTreatmentPreparationProcedureSequenceItem,
)
from dicomodel.items import (
    PersonIdentificationItem as ConsultingPhysicianIdentificationSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import (
    PersonIdentificationItem as PerformingPhysicianIdentificationSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as PhysiciansOfRecordIdentificationSequenceItem
from dicomodel.items import (
    PersonIdentificationItem as PhysiciansReadingStudyIdentificationSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as ReferringPhysicianIdentificationSequenceItem
from dicomodel.items import (
    PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
)
from dicomodel.items import (
    PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
)
from dicomodel.items import (
    ProtocolContextSequenceItem as PatientTreatmentPreparationProcedureParameterSequenceItem,
)
from dicomodel.items import ProtocolContextSequenceItem as ProtocolContextSequenceItem
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
)
from dicomodel.items import ReferencedImageSequenceItemXRayImage as ReferencedImageSequenceItem
from dicomodel.items import ReferencedInstancesAndAccessItem as ReferencedPatientPhotoSequenceItem
from dicomodel.items import ReferencedInstanceSequenceItemRTDose as ReferencedInstanceSequenceItem
from dicomodel.items import (
    ReferencedInstanceSequenceItemWaveformIdentification as SourceInstanceSequenceItem,
)
from dicomodel.items import (
    ReferencedPatientSetupPhotoSequenceItem as ReferencedPatientSetupPhotoSequenceItem,
)
from dicomodel.items import ReferencedRTPlanSequenceItem as ReferencedRTPlanSequenceItem
from dicomodel.items import (
    ReferencedRTRadiationSetSequenceItem as ReferencedRTRadiationSetSequenceItem,
)
from dicomodel.items import ReferencedSeriesSequenceItem as ReferencedSeriesSequenceItem
from dicomodel.items import (
    ReferencedSOPSequenceItemReferencedInstancesAndAccess as ReferencedSOPSequenceItem,
)
from dicomodel.items import RelatedSeriesSequenceItem as RelatedSeriesSequenceItem
from dicomodel.items import RequestAttributesItem as RequestAttributesSequenceItem
from dicomodel.items import (
    RTAccessoryDeviceIdentificationItem as PatientTreatmentPreparationDeviceSequenceItem,
)
from dicomodel.items import (
    RTPatientPositionDisplacementSequenceItem as RTPatientPositionDisplacementSequenceItem,
)
from dicomodel.items import (
    RTPatientPositionItem as RTTreatmentPreparationPatientPositionSequenceItem,
)
from dicomodel.items import (
    RTPatientPositionScopeWithLegacySupportItem as RTPatientPositionScopeSequenceItem,
)
from dicomodel.items import ScheduledProtocolCodeSequenceItem as PerformedProtocolCodeSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as ScheduledProtocolCodeSequenceItem
from dicomodel.items import (
    SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
)
from dicomodel.items import (
    SOPInstanceReferenceItem as InstanceLevelReferencedPerformedProcedureStepSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPatientSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStudySequenceItem
from dicomodel.items import SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem
from dicomodel.items import SourceImageSequenceItemGeneralReference as SourceImageSequenceItem
from dicomodel.items import (
    SourcePatientGroupIdentificationSequenceItem as SourcePatientGroupIdentificationSequenceItem,
)
from dicomodel.items import StrainStockSequenceItemPatient as StrainStockSequenceItem
from dicomodel.items import (
    StudiesContainingOtherReferencedInstancesSequenceItem as StudiesContainingOtherReferencedInstancesSequenceItem,
)
from dicomodel.items import TreatmentPositionGroupSequenceItem as TreatmentPositionGroupSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)
from dicomodel.items import WADORetrievalSequenceItem as WADORetrievalSequenceItem
from dicomodel.items import WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSRetrievalSequenceItem

__all__ = [
    "AdmittingDiagnosesCodeSequenceItem",
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "AnatomicalOrientationType",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "AuthorIdentificationSequenceItem",
    "BeamSequenceItem",
    "BlockIdentifyingInformationStatus",
    "BodyPartExaminedTerm",
    "BreedRegistrationSequenceItem",
    "BreedRegistryCodeSequenceItem",
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
    "ClinicalTrialTimePointTypeCodeSequenceItem",
    "CodingSchemeIdentificationSequenceItem",
    "CodingSchemeRegistryTerm",
    "CodingSchemeResourcesSequenceItem",
    "CodingSchemeURLTypeTerm",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationReferenceSequenceItem",
    "ConceptualVolumeSequenceItem",
    "ConsentForClinicalTrialUseSequenceItem",
    "ConsentForDistributionFlag",
    "ConsultingPhysicianIdentificationSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContextGroupIdentificationSequenceItem",
    "ContributingEquipmentSequenceItem",
    "ConversionSourceAttributesSequenceItem",
    "DICOMMediaRetrievalSequenceItem",
    "DICOMRetrievalSequenceItem",
    "DeidentificationAction",
    "DeidentificationActionSequenceItem",
    "DeidentificationMethodCodeSequenceItem",
    "DerivationCodeSequenceItem",
    "DerivationConceptualVolumeSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "DisplacementReferenceLocationCodeSequenceItem",
    "DistributionTypeTerm",
    "EncryptedAttributesSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "EthnicGroupCodeSequenceItem",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItem",
    "GroupOfPatientsIdentificationSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "InstanceLevelReferencedPerformedProcedureStepSequenceItem",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "IssuerOfAdmissionIDSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "IssuerOfServiceEpisodeIDSequenceItem",
    "Laterality",
    "LongitudinalTemporalEventTypeTerm",
    "LongitudinalTemporalInformationModified",
    "MACAlgorithmTerm",
    "MACParametersSequenceItem",
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "Modality",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "ObserverType",
    "OperatorIdentificationSequenceItem",
    "OrganizationalRoleCodeSequenceItem",
    "OriginalAttributesSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "OtherClinicalTrialProtocolIDsSequenceItem",
    "OtherPatientIDsSequenceItem",
    "PatientAlternativeCalendar",
    "PatientBreedCodeSequenceItem",
    "PatientEquipmentRelationshipCodeSequenceItem",
    "PatientIdentityRemoved",
    "PatientLocationCoordinatesCodeSequenceItem",
    "PatientLocationCoordinatesSequenceItem",
    "PatientOrientationCodeSequenceItem",
    "PatientOrientationModifierCodeSequenceItem",
    "PatientPositionTerm",
    "PatientSex",
    "PatientSexNeutered",
    "PatientSizeCodeSequenceItem",
    "PatientSpeciesCodeSequenceItem",
    "PatientSupportDisplacementSequenceItem",
    "PatientSupportPositionDeviceParameterSequenceItem",
    "PatientSupportPositionParameterSequenceItem",
    "PatientSupportPositionSequenceItem",
    "PatientSupportPositionSpecificationMethod",
    "PatientTreatmentPreparationDeviceSequenceItem",
    "PatientTreatmentPreparationMethodCodeSequenceItem",
    "PatientTreatmentPreparationProcedureCodeSequenceItem",
    "PatientTreatmentPreparationProcedureParameterSequenceItem",
    "PatientTreatmentPreparationProcedureSequenceItem",
    "PerformedProtocolCodeSequenceItem",
    "PerformingPhysicianIdentificationSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PhysiciansOfRecordIdentificationSequenceItem",
    "PhysiciansReadingStudyIdentificationSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "ProcedureCodeSequenceItem",
    "ProtocolContextSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "QualityControlSubject",
    "QueryRetrieveView",
    "RTPatientPositionDisplacementSequenceItem",
    "RTPatientPositionScopeSequenceItem",
    "RTPatientPositionSequenceItem",
    "RTTreatmentPreparation",
    "RTTreatmentPreparationPatientPositionSequenceItem",
    "ReasonForPerformedProcedureCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReasonForTheAttributeModificationTerm",
    "ReasonForVisitCodeSequenceItem",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedPatientPhotoSequenceItem",
    "ReferencedPatientSequenceItem",
    "ReferencedPatientSetupPhotoSequenceItem",
    "ReferencedPerformedProcedureStepSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedRTRadiationSequenceItem",
    "ReferencedRTRadiationSetSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "ReferringPhysicianIdentificationSequenceItem",
    "RelatedSeriesSequenceItem",
    "RequestAttributesSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "RequestingServiceCodeSequenceItem",
    "ResponsiblePersonRoleTerm",
    "SOPInstanceStatus",
    "ScheduledProtocolCodeSequenceItem",
    "SeriesDescriptionCodeSequenceItem",
    "SmokingStatus",
    "SourceConceptualVolumeSequenceItem",
    "SourceImageSequenceItem",
    "SourceInstanceSequenceItem",
    "SourcePatientGroupIdentificationSequenceItem",
    "SpatialLocationsPreserved",
    "StrainCodeSequenceItem",
    "StrainSourceRegistryCodeSequenceItem",
    "StrainStockSequenceItem",
    "StudiesContainingOtherReferencedInstancesSequenceItem",
    "SyntheticData",
    "TreatmentPositionGroupSequenceItem",
    "TypeOfInstancesTerm",
    "TypeOfPatientIDTerm",
    "UDISequenceItem",
    "UniversalEntityIDType",
    "ValueType",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
]
