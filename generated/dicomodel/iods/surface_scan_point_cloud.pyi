"""Surface Scan Point Cloud IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnatomicalOrientationType as AnatomicalOrientationType
from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import BodyPartExaminedTerm as BodyPartExaminedTerm
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import ConsentForDistributionFlag as ConsentForDistributionFlag
from dicomodel.enums import ContainerComponentMaterialTerm as ContainerComponentMaterialTerm
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import DistributionTypeTerm as DistributionTypeTerm
from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import Laterality as Laterality
from dicomodel.enums import LongitudinalTemporalEventTypeTerm as LongitudinalTemporalEventTypeTerm
from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ModalityOpticalSurfaceScannerSeries as Modality
from dicomodel.enums import PatientAlternativeCalendar as PatientAlternativeCalendar
from dicomodel.enums import PatientIdentityRemoved as PatientIdentityRemoved
from dicomodel.enums import PatientPositionTerm as PatientPositionTerm
from dicomodel.enums import PatientSex as PatientSex
from dicomodel.enums import PatientSexNeutered as PatientSexNeutered
from dicomodel.enums import QualityControlSubject as QualityControlSubject
from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import ResponsiblePersonRoleTerm as ResponsiblePersonRoleTerm
from dicomodel.enums import SmokingStatus as SmokingStatus
from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.enums import TypeOfInstancesTerm as TypeOfInstancesTerm
from dicomodel.enums import TypeOfPatientIDTerm as TypeOfPatientIDTerm
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.enums import ValueType as ValueType
from dicomodel.iods import SurfaceScanPointCloud as SurfaceScanPointCloud
from dicomodel.items import (
    AlternateContainerIdentifierSequenceItem as AlternateContainerIdentifierSequenceItem,
)
from dicomodel.items import BreedRegistrationSequenceItemPatient as BreedRegistrationSequenceItem
from dicomodel.items import CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningJurisdictionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as BreedRegistryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ClinicalTrialTimePointTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ContainerComponentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ContainerTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeidentificationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EthnicGroupCodeSequenceItem
from dicomodel.items import CodeSequenceItem as GeneticModificationsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientBreedCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSizeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSpeciesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem
from dicomodel.items import CodeSequenceItem as ProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForPerformedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForVisitCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RegistrationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestingServiceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SegmentedPropertyCategoryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SeriesDescriptionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SpecimenTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StrainCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StrainSourceRegistryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SurfaceScanAcquisitionTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SurfaceScanModeCodeSequenceItem
from dicomodel.items import (
    CodingSchemeIdentificationSequenceItem as CodingSchemeIdentificationSequenceItem,
)
from dicomodel.items import CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem
from dicomodel.items import (
    ConsentForClinicalTrialUseSequenceItem as ConsentForClinicalTrialUseSequenceItem,
)
from dicomodel.items import ContainerComponentSequenceItem as ContainerComponentSequenceItem
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import ContentItem as SpecimenLocalizationContentItemSequenceItem
from dicomodel.items import ContentItem as SpecimenPreparationStepContentItemSequenceItem
from dicomodel.items import (
    ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
)
from dicomodel.items import ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem
from dicomodel.items import DeidentificationActionSequenceItem as DeidentificationActionSequenceItem
from dicomodel.items import DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem
from dicomodel.items import DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem
from dicomodel.items import DigitalSignaturesSequenceItem as DigitalSignaturesSequenceItem
from dicomodel.items import EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
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
from dicomodel.items import (
    HL7v2HierarchicDesignatorItem as IssuerOfTheContainerIdentifierSequenceItem,
)
from dicomodel.items import (
    HL7v2HierarchicDesignatorItem as IssuerOfTheSpecimenIdentifierSequenceItem,
)
from dicomodel.items import ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedTextureSequenceItem
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
    PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
)
from dicomodel.items import (
    PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
)
from dicomodel.items import (
    PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
)
from dicomodel.items import ProtocolContextSequenceItem as ProtocolContextSequenceItem
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
)
from dicomodel.items import ReferencedInstancesAndAccessItem as ReferencedPatientPhotoSequenceItem
from dicomodel.items import (
    ReferencedSOPSequenceItemReferencedInstancesAndAccess as ReferencedSOPSequenceItem,
)
from dicomodel.items import RelatedSeriesSequenceItem as RelatedSeriesSequenceItem
from dicomodel.items import RequestAttributesItem as RequestAttributesSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as PerformedProtocolCodeSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as ScheduledProtocolCodeSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPatientSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStudySequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedSurfaceDataSequenceItem
from dicomodel.items import (
    SourcePatientGroupIdentificationSequenceItem as SourcePatientGroupIdentificationSequenceItem,
)
from dicomodel.items import SpecimenDescriptionSequenceItem as SpecimenDescriptionSequenceItem
from dicomodel.items import SpecimenPreparationSequenceItem as SpecimenPreparationSequenceItem
from dicomodel.items import StrainStockSequenceItemPatient as StrainStockSequenceItem
from dicomodel.items import SurfacePointsSequenceItem as SurfacePointsSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)
from dicomodel.items import UVMappingSequenceItem as UVMappingSequenceItem
from dicomodel.items import WADORetrievalSequenceItem as WADORetrievalSequenceItem
from dicomodel.items import WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSRetrievalSequenceItem

__all__ = [
    "AdmittingDiagnosesCodeSequenceItem",
    "AlternateContainerIdentifierSequenceItem",
    "AnatomicalOrientationType",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
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
    "ConsentForClinicalTrialUseSequenceItem",
    "ConsentForDistributionFlag",
    "ConsultingPhysicianIdentificationSequenceItem",
    "ContainerComponentMaterialTerm",
    "ContainerComponentSequenceItem",
    "ContainerComponentTypeCodeSequenceItem",
    "ContainerTypeCodeSequenceItem",
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
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "DistributionTypeTerm",
    "EncryptedAttributesSequenceItem",
    "EquivalentCodeSequenceItem",
    "EthnicGroupCodeSequenceItem",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItem",
    "GroupOfPatientsIdentificationSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "IssuerOfAdmissionIDSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "IssuerOfServiceEpisodeIDSequenceItem",
    "IssuerOfTheContainerIdentifierSequenceItem",
    "IssuerOfTheSpecimenIdentifierSequenceItem",
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
    "OperatorIdentificationSequenceItem",
    "OriginalAttributesSequenceItem",
    "OtherClinicalTrialProtocolIDsSequenceItem",
    "OtherPatientIDsSequenceItem",
    "PatientAlternativeCalendar",
    "PatientBreedCodeSequenceItem",
    "PatientIdentityRemoved",
    "PatientPositionTerm",
    "PatientSex",
    "PatientSexNeutered",
    "PatientSizeCodeSequenceItem",
    "PatientSpeciesCodeSequenceItem",
    "PerformedProtocolCodeSequenceItem",
    "PerformingPhysicianIdentificationSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PhysiciansOfRecordIdentificationSequenceItem",
    "PhysiciansReadingStudyIdentificationSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "ProcedureCodeSequenceItem",
    "ProtocolContextSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "QualityControlSubject",
    "QueryRetrieveView",
    "ReasonForPerformedProcedureCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReasonForTheAttributeModificationTerm",
    "ReasonForVisitCodeSequenceItem",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPatientPhotoSequenceItem",
    "ReferencedPatientSequenceItem",
    "ReferencedPerformedProcedureStepSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedStudySequenceItem",
    "ReferencedSurfaceDataSequenceItem",
    "ReferencedTextureSequenceItem",
    "ReferringPhysicianIdentificationSequenceItem",
    "RegistrationMethodCodeSequenceItem",
    "RelatedSeriesSequenceItem",
    "RequestAttributesSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "RequestingServiceCodeSequenceItem",
    "ResponsiblePersonRoleTerm",
    "SOPInstanceStatus",
    "ScheduledProtocolCodeSequenceItem",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeCodeSequenceItem",
    "SeriesDescriptionCodeSequenceItem",
    "SmokingStatus",
    "SourcePatientGroupIdentificationSequenceItem",
    "SpecimenDescriptionSequenceItem",
    "SpecimenLocalizationContentItemSequenceItem",
    "SpecimenPreparationSequenceItem",
    "SpecimenPreparationStepContentItemSequenceItem",
    "SpecimenTypeCodeSequenceItem",
    "StrainCodeSequenceItem",
    "StrainSourceRegistryCodeSequenceItem",
    "StrainStockSequenceItem",
    "SurfacePointsSequenceItem",
    "SurfaceScanAcquisitionTypeCodeSequenceItem",
    "SurfaceScanModeCodeSequenceItem",
    "SurfaceScanPointCloud",
    "SyntheticData",
    "TypeOfInstancesTerm",
    "TypeOfPatientIDTerm",
    "UDISequenceItem",
    "UVMappingSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
]
