"""Ultrasound Multi-frame Image IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionTimeSynchronized as AcquisitionTimeSynchronized
from dicomodel.enums import AnatomicalOrientationType as AnatomicalOrientationType
from dicomodel.enums import BeatRejectionFlag as BeatRejectionFlag
from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import BodyPartExaminedTerm as BodyPartExaminedTerm
from dicomodel.enums import BurnedInAnnotation as BurnedInAnnotation
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import ChannelMode as ChannelMode
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import ColorSpaceTerm as ColorSpaceTerm
from dicomodel.enums import ConsentForDistributionFlag as ConsentForDistributionFlag
from dicomodel.enums import ContainerComponentMaterialTerm as ContainerComponentMaterialTerm
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ContrastBolusIngredientTerm as ContrastBolusIngredientTerm
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import DeviceDiameterUnitsTerm as DeviceDiameterUnitsTerm
from dicomodel.enums import DistributionTypeTerm as DistributionTypeTerm
from dicomodel.enums import ImageLaterality as ImageLaterality
from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import IVUSAcquisitionTerm as IVUSAcquisitionTerm
from dicomodel.enums import Laterality as Laterality
from dicomodel.enums import LongitudinalTemporalEventTypeTerm as LongitudinalTemporalEventTypeTerm
from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import LossyImageCompression as LossyImageCompression
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ModalityTerm as ModalityTerm
from dicomodel.enums import OverlaySubtypeTermOverlayPlane as OverlaySubtypeTerm
from dicomodel.enums import OverlayType as OverlayType
from dicomodel.enums import PatientAlternativeCalendar as PatientAlternativeCalendar
from dicomodel.enums import PatientIdentityRemoved as PatientIdentityRemoved
from dicomodel.enums import PatientPositionTerm as PatientPositionTerm
from dicomodel.enums import PatientSex as PatientSex
from dicomodel.enums import PatientSexNeutered as PatientSexNeutered
from dicomodel.enums import PhotometricInterpretationTermUSImage as PhotometricInterpretationTerm
from dicomodel.enums import PresentationLUTShape as PresentationLUTShape
from dicomodel.enums import QualityControlImage as QualityControlImage
from dicomodel.enums import QualityControlSubject as QualityControlSubject
from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import RecognizableVisualFeatures as RecognizableVisualFeatures
from dicomodel.enums import ResponsiblePersonRoleTerm as ResponsiblePersonRoleTerm
from dicomodel.enums import SliceProgressionDirection as SliceProgressionDirection
from dicomodel.enums import SmokingStatus as SmokingStatus
from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SpatialLocationsPreserved as SpatialLocationsPreserved
from dicomodel.enums import StereoPairsPresent as StereoPairsPresent
from dicomodel.enums import SynchronizationTrigger as SynchronizationTrigger
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.enums import TimeDistributionProtocol as TimeDistributionProtocol
from dicomodel.enums import TransducerTypeTerm as TransducerTypeTerm
from dicomodel.enums import TypeOfInstancesTerm as TypeOfInstancesTerm
from dicomodel.enums import TypeOfPatientIDTerm as TypeOfPatientIDTerm
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.enums import ValueType as ValueType
from dicomodel.enums import VOILUTFunctionTerm as VOILUTFunctionTerm
from dicomodel.iods import UltrasoundMultiFrameImage as UltrasoundMultiFrameImage
from dicomodel.items import (
    AlternateContainerIdentifierSequenceItem as AlternateContainerIdentifierSequenceItem,
)
from dicomodel.items import AnatomicRegionSequenceItem as AnatomicRegionSequenceItem
from dicomodel.items import BreedRegistrationSequenceItemPatient as BreedRegistrationSequenceItem
from dicomodel.items import CodeSequenceItem as AdditionalDrugSequenceItem
from dicomodel.items import CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AnatomicRegionModifierSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningJurisdictionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as BreedRegistryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ChannelSourceSequenceItem
from dicomodel.items import CodeSequenceItem as ClinicalTrialTimePointTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ContainerComponentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ContainerTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ContrastBolusAgentSequenceItem
from dicomodel.items import CodeSequenceItem as DeidentificationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DerivationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
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
from dicomodel.items import CodeSequenceItem as PixelValueMappingCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem
from dicomodel.items import CodeSequenceItem as ProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForPerformedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForVisitCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestingServiceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SeriesDescriptionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SpecimenTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StageCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StrainCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StrainSourceRegistryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ViewModifierCodeSequenceItem
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
from dicomodel.items import (
    ContrastBolusAdministrationRouteSequenceItem as ContrastBolusAdministrationRouteSequenceItem,
)
from dicomodel.items import ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem
from dicomodel.items import DeidentificationActionSequenceItem as DeidentificationActionSequenceItem
from dicomodel.items import DeviceIdentificationItem as TransducerIdentificationSequenceItem
from dicomodel.items import DeviceSequenceItem as DeviceSequenceItem
from dicomodel.items import DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem
from dicomodel.items import DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem
from dicomodel.items import DigitalSignaturesSequenceItem as DigitalSignaturesSequenceItem
from dicomodel.items import EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import FrameExtractionSequenceItem as FrameExtractionSequenceItem
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
from dicomodel.items import ImagePixelItemImageReference as IconImageSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem
from dicomodel.items import (
    IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
)
from dicomodel.items import MACParametersSequenceItem as MACParametersSequenceItem
from dicomodel.items import (
    MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
)
from dicomodel.items import (
    MultiplexedAudioChannelsDescriptionCodeSequenceItem as MultiplexedAudioChannelsDescriptionCodeSequenceItem,
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
from dicomodel.items import ProtocolContextSequenceItem as QuantityDefinitionSequenceItem
from dicomodel.items import RealWorldValueMappingItem as RealWorldValueMappingSequenceItem
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
from dicomodel.items import ReferencedSeriesSequenceItem as ReferencedSeriesSequenceItem
from dicomodel.items import (
    ReferencedSOPSequenceItemReferencedInstancesAndAccess as ReferencedSOPSequenceItem,
)
from dicomodel.items import RelatedSeriesSequenceItem as RelatedSeriesSequenceItem
from dicomodel.items import RequestAttributesItem as RequestAttributesSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as PerformedProtocolCodeSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as ScheduledProtocolCodeSequenceItem
from dicomodel.items import SequenceOfUltrasoundRegionsItem as SequenceOfUltrasoundRegionsItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPatientSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStudySequenceItem
from dicomodel.items import SourceImageSequenceItemGeneralReference as SourceImageSequenceItem
from dicomodel.items import (
    SourcePatientGroupIdentificationSequenceItem as SourcePatientGroupIdentificationSequenceItem,
)
from dicomodel.items import SpecimenDescriptionSequenceItem as SpecimenDescriptionSequenceItem
from dicomodel.items import SpecimenPreparationSequenceItem as SpecimenPreparationSequenceItem
from dicomodel.items import StrainStockSequenceItemPatient as StrainStockSequenceItem
from dicomodel.items import (
    StudiesContainingOtherReferencedInstancesSequenceItem as StudiesContainingOtherReferencedInstancesSequenceItem,
)
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)
from dicomodel.items import (
    ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection as ViewCodeSequenceItem,
)
from dicomodel.items import VOILUTSequenceItem as VOILUTSequenceItem
from dicomodel.items import WADORetrievalSequenceItem as WADORetrievalSequenceItem
from dicomodel.items import WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSRetrievalSequenceItem

__all__ = [
    "AcquisitionTimeSynchronized",
    "AdditionalDrugSequenceItem",
    "AdmittingDiagnosesCodeSequenceItem",
    "AlternateContainerIdentifierSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "AnatomicalOrientationType",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "BeatRejectionFlag",
    "BlockIdentifyingInformationStatus",
    "BodyPartExaminedTerm",
    "BreedRegistrationSequenceItem",
    "BreedRegistryCodeSequenceItem",
    "BurnedInAnnotation",
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
    "ChannelMode",
    "ChannelSourceSequenceItem",
    "ClinicalTrialTimePointTypeCodeSequenceItem",
    "CodingSchemeIdentificationSequenceItem",
    "CodingSchemeRegistryTerm",
    "CodingSchemeResourcesSequenceItem",
    "CodingSchemeURLTypeTerm",
    "ColorSpaceTerm",
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
    "ContrastBolusAdministrationRouteSequenceItem",
    "ContrastBolusAgentSequenceItem",
    "ContrastBolusIngredientTerm",
    "ContributingEquipmentSequenceItem",
    "ConversionSourceAttributesSequenceItem",
    "DICOMMediaRetrievalSequenceItem",
    "DICOMRetrievalSequenceItem",
    "DeidentificationAction",
    "DeidentificationActionSequenceItem",
    "DeidentificationMethodCodeSequenceItem",
    "DerivationCodeSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceDiameterUnitsTerm",
    "DeviceSequenceItem",
    "DeviceTypeCodeSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "DistributionTypeTerm",
    "EncryptedAttributesSequenceItem",
    "EquivalentCodeSequenceItem",
    "EthnicGroupCodeSequenceItem",
    "FrameExtractionSequenceItem",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItem",
    "GroupOfPatientsIdentificationSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "IVUSAcquisitionTerm",
    "IconImageSequenceItem",
    "ImageLaterality",
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
    "LossyImageCompression",
    "MACAlgorithmTerm",
    "MACParametersSequenceItem",
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModalityTerm",
    "ModifiedAttributesSequenceItem",
    "MultiplexedAudioChannelsDescriptionCodeSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OperatorIdentificationSequenceItem",
    "OriginalAttributesSequenceItem",
    "OtherClinicalTrialProtocolIDsSequenceItem",
    "OtherPatientIDsSequenceItem",
    "OverlaySubtypeTerm",
    "OverlayType",
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
    "PhotometricInterpretationTerm",
    "PhysiciansOfRecordIdentificationSequenceItem",
    "PhysiciansReadingStudyIdentificationSequenceItem",
    "PixelValueMappingCodeSequenceItem",
    "PresentationLUTShape",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "ProcedureCodeSequenceItem",
    "ProtocolContextSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "QualityControlImage",
    "QualityControlSubject",
    "QuantityDefinitionSequenceItem",
    "QueryRetrieveView",
    "RealWorldValueMappingSequenceItem",
    "ReasonForPerformedProcedureCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReasonForTheAttributeModificationTerm",
    "ReasonForVisitCodeSequenceItem",
    "RecognizableVisualFeatures",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedPatientPhotoSequenceItem",
    "ReferencedPatientSequenceItem",
    "ReferencedPerformedProcedureStepSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
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
    "SequenceOfUltrasoundRegionsItem",
    "SeriesDescriptionCodeSequenceItem",
    "SliceProgressionDirection",
    "SmokingStatus",
    "SourceImageSequenceItem",
    "SourceInstanceSequenceItem",
    "SourcePatientGroupIdentificationSequenceItem",
    "SpatialLocationsPreserved",
    "SpecimenDescriptionSequenceItem",
    "SpecimenLocalizationContentItemSequenceItem",
    "SpecimenPreparationSequenceItem",
    "SpecimenPreparationStepContentItemSequenceItem",
    "SpecimenTypeCodeSequenceItem",
    "StageCodeSequenceItem",
    "StereoPairsPresent",
    "StrainCodeSequenceItem",
    "StrainSourceRegistryCodeSequenceItem",
    "StrainStockSequenceItem",
    "StudiesContainingOtherReferencedInstancesSequenceItem",
    "SynchronizationTrigger",
    "SyntheticData",
    "TimeDistributionProtocol",
    "TransducerIdentificationSequenceItem",
    "TransducerTypeTerm",
    "TypeOfInstancesTerm",
    "TypeOfPatientIDTerm",
    "UDISequenceItem",
    "UltrasoundMultiFrameImage",
    "UniversalEntityIDType",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
    "ValueType",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
]
