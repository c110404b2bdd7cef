"""Digital Mammography X-Ray Image IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnatomicalOrientationType as AnatomicalOrientationType
from dicomodel.enums import AnodeTargetMaterialTerm as AnodeTargetMaterialTerm
from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import BodyPartExaminedTerm as BodyPartExaminedTerm
from dicomodel.enums import BreastImplantPresent as BreastImplantPresent
from dicomodel.enums import BurnedInAnnotation as BurnedInAnnotation
from dicomodel.enums import CalibrationImage as CalibrationImage
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import ColorSpaceTerm as ColorSpaceTerm
from dicomodel.enums import ConsentForDistributionFlag as ConsentForDistributionFlag
from dicomodel.enums import ContainerComponentMaterialTerm as ContainerComponentMaterialTerm
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ContrastBolusIngredientTerm as ContrastBolusIngredientTerm
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import DetectorActiveShape as DetectorActiveShape
from dicomodel.enums import DetectorConditionsNominalFlag as DetectorConditionsNominalFlag
from dicomodel.enums import DetectorConfigurationTerm as DetectorConfigurationTerm
from dicomodel.enums import DetectorTypeTerm as DetectorTypeTerm
from dicomodel.enums import DeviceDiameterUnitsTerm as DeviceDiameterUnitsTerm
from dicomodel.enums import DistributionTypeTerm as DistributionTypeTerm
from dicomodel.enums import EntranceDoseDerivation as EntranceDoseDerivation
from dicomodel.enums import ExposureControlModeTerm as ExposureControlModeTerm
from dicomodel.enums import ExposureStatusTerm as ExposureStatusTerm
from dicomodel.enums import FieldOfViewHorizontalFlipDXDetector as FieldOfViewHorizontalFlip
from dicomodel.enums import FieldOfViewShape as FieldOfViewShape
from dicomodel.enums import FilterTypeTerm as FilterTypeTerm
from dicomodel.enums import ImageLateralityMammographyImage as ImageLaterality
from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import InterventionStatus as InterventionStatus
from dicomodel.enums import Laterality as Laterality
from dicomodel.enums import LongitudinalTemporalEventTypeTerm as LongitudinalTemporalEventTypeTerm
from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import LossyImageCompression as LossyImageCompression
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ModalityMammographySeries as Modality
from dicomodel.enums import OrganExposed as OrganExposed
from dicomodel.enums import OverlaySubtypeTermOverlayPlane as OverlaySubtypeTerm
from dicomodel.enums import OverlayType as OverlayType
from dicomodel.enums import PartialView as PartialView
from dicomodel.enums import PatientAlternativeCalendar as PatientAlternativeCalendar
from dicomodel.enums import PatientIdentityRemoved as PatientIdentityRemoved
from dicomodel.enums import PatientPositionTerm as PatientPositionTerm
from dicomodel.enums import PatientSex as PatientSex
from dicomodel.enums import PatientSexNeutered as PatientSexNeutered
from dicomodel.enums import PhotometricInterpretationCRImage as PhotometricInterpretation
from dicomodel.enums import PhotometricInterpretationTerm as PhotometricInterpretationTerm
from dicomodel.enums import PixelIntensityRelationship as PixelIntensityRelationship
from dicomodel.enums import PixelSpacingCalibrationType as PixelSpacingCalibrationType
from dicomodel.enums import PositionerPrimaryAngleDirection as PositionerPrimaryAngleDirection
from dicomodel.enums import PositionerType as PositionerType
from dicomodel.enums import PresentationIntentType as PresentationIntentType
from dicomodel.enums import PresentationLUTShape as PresentationLUTShape
from dicomodel.enums import QualityControlImage as QualityControlImage
from dicomodel.enums import QualityControlSubject as QualityControlSubject
from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import RecognizableVisualFeatures as RecognizableVisualFeatures
from dicomodel.enums import RectificationTypeTerm as RectificationTypeTerm
from dicomodel.enums import RescaleType as RescaleType
from dicomodel.enums import ResponsiblePersonRoleTerm as ResponsiblePersonRoleTerm
from dicomodel.enums import SmokingStatus as SmokingStatus
from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SpatialLocationsPreserved as SpatialLocationsPreserved
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.enums import TableTypeTerm as TableTypeTerm
from dicomodel.enums import TomoClassTerm as TomoClassTerm
from dicomodel.enums import TomoTypeTerm as TomoTypeTerm
from dicomodel.enums import TypeOfInstancesTerm as TypeOfInstancesTerm
from dicomodel.enums import TypeOfPatientIDTerm as TypeOfPatientIDTerm
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.enums import ValueType as ValueType
from dicomodel.enums import VOILUTFunctionTerm as VOILUTFunctionTerm
from dicomodel.iods import DigitalMammographyXRayImage as DigitalMammographyXRayImage
from dicomodel.items import (
    AlternateContainerIdentifierSequenceItem as AlternateContainerIdentifierSequenceItem,
)
from dicomodel.items import AnatomicRegionSequenceItem as AnatomicRegionSequenceItem
from dicomodel.items import BiopsyTargetSequenceItem as BiopsyTargetSequenceItem
from dicomodel.items import BreedRegistrationSequenceItemPatient as BreedRegistrationSequenceItem
from dicomodel.items import CodeSequenceItem as AdditionalDrugSequenceItem
from dicomodel.items import CodeSequenceItem as AdministrationRouteCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AnatomicRegionModifierSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningJurisdictionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as BreedRegistryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ClinicalTrialTimePointTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ContainerComponentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ContainerTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ContrastBolusAgentSequenceItem
from dicomodel.items import CodeSequenceItem as DeidentificationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DerivationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EthnicGroupCodeSequenceItem
from dicomodel.items import CodeSequenceItem as GeneticModificationsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InterventionDrugCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PartialViewCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientBreedCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientGantryRelationshipCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientOrientationModifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSizeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSpeciesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem
from dicomodel.items import CodeSequenceItem as ProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ProjectionEponymousNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForPerformedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForVisitCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestingServiceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SeriesDescriptionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SpecimenTypeCodeSequenceItem
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
from dicomodel.items import DeviceSequenceItem as DeviceSequenceItem
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
from dicomodel.items import HistogramSequenceItem as HistogramSequenceItem
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
from dicomodel.items import InterventionSequenceItem as InterventionSequenceItem
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
    PatientOrientationCodeSequenceItemDXPositioning as PatientOrientationCodeSequenceItem,
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
    PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
)
from dicomodel.items import (
    PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
)
from dicomodel.items import (
    PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
)
from dicomodel.items import ProtocolContextSequenceItem as AcquisitionContextSequenceItem
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
from dicomodel.items import RelatedSeriesSequenceItem as RelatedSeriesSequenceItem
from dicomodel.items import RequestAttributesItem as RequestAttributesSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as PerformedProtocolCodeSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as ScheduledProtocolCodeSequenceItem
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
from dicomodel.items import ViewCodeSequenceItemMammographyImage as ViewCodeSequenceItem
from dicomodel.items import VOILUTSequenceItem as VOILUTSequenceItem
from dicomodel.items import WADORetrievalSequenceItem as WADORetrievalSequenceItem
from dicomodel.items import WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSRetrievalSequenceItem

__all__ = [
    "AcquisitionContextSequenceItem",
    "AdditionalDrugSequenceItem",
    "AdministrationRouteCodeSequenceItem",
    "AdmittingDiagnosesCodeSequenceItem",
    "AlternateContainerIdentifierSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "AnatomicalOrientationType",
    "AnodeTargetMaterialTerm",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "BiopsyTargetSequenceItem",
    "BlockIdentifyingInformationStatus",
    "BodyPartExaminedTerm",
    "BreastImplantPresent",
    "BreedRegistrationSequenceItem",
    "BreedRegistryCodeSequenceItem",
    "BurnedInAnnotation",
    "CalibrationImage",
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
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
    "DetectorActiveShape",
    "DetectorConditionsNominalFlag",
    "DetectorConfigurationTerm",
    "DetectorTypeTerm",
    "DeviceDiameterUnitsTerm",
    "DeviceSequenceItem",
    "DigitalMammographyXRayImage",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "DistributionTypeTerm",
    "EncryptedAttributesSequenceItem",
    "EntranceDoseDerivation",
    "EquivalentCodeSequenceItem",
    "EthnicGroupCodeSequenceItem",
    "ExposureControlModeTerm",
    "ExposureStatusTerm",
    "FieldOfViewHorizontalFlip",
    "FieldOfViewShape",
    "FilterTypeTerm",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItem",
    "GroupOfPatientsIdentificationSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "HistogramSequenceItem",
    "IconImageSequenceItem",
    "ImageLaterality",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InterventionDrugCodeSequenceItem",
    "InterventionSequenceItem",
    "InterventionStatus",
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
    "Modality",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OperatorIdentificationSequenceItem",
    "OrganExposed",
    "OriginalAttributesSequenceItem",
    "OtherClinicalTrialProtocolIDsSequenceItem",
    "OtherPatientIDsSequenceItem",
    "OverlaySubtypeTerm",
    "OverlayType",
    "PartialView",
    "PartialViewCodeSequenceItem",
    "PatientAlternativeCalendar",
    "PatientBreedCodeSequenceItem",
    "PatientGantryRelationshipCodeSequenceItem",
    "PatientIdentityRemoved",
    "PatientOrientationCodeSequenceItem",
    "PatientOrientationModifierCodeSequenceItem",
    "PatientPositionTerm",
    "PatientSex",
    "PatientSexNeutered",
    "PatientSizeCodeSequenceItem",
    "PatientSpeciesCodeSequenceItem",
    "PerformedProtocolCodeSequenceItem",
    "PerformingPhysicianIdentificationSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PhotometricInterpretation",
    "PhotometricInterpretationTerm",
    "PhysiciansOfRecordIdentificationSequenceItem",
    "PhysiciansReadingStudyIdentificationSequenceItem",
    "PixelIntensityRelationship",
    "PixelSpacingCalibrationType",
    "PositionerPrimaryAngleDirection",
    "PositionerType",
    "PresentationIntentType",
    "PresentationLUTShape",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "ProcedureCodeSequenceItem",
    "ProjectionEponymousNameCodeSequenceItem",
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
    "RectificationTypeTerm",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedPatientPhotoSequenceItem",
    "ReferencedPatientSequenceItem",
    "ReferencedPerformedProcedureStepSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "ReferringPhysicianIdentificationSequenceItem",
    "RelatedSeriesSequenceItem",
    "RequestAttributesSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "RequestingServiceCodeSequenceItem",
    "RescaleType",
    "ResponsiblePersonRoleTerm",
    "SOPInstanceStatus",
    "ScheduledProtocolCodeSequenceItem",
    "SeriesDescriptionCodeSequenceItem",
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
    "StrainCodeSequenceItem",
    "StrainSourceRegistryCodeSequenceItem",
    "StrainStockSequenceItem",
    "StudiesContainingOtherReferencedInstancesSequenceItem",
    "SyntheticData",
    "TableTypeTerm",
    "TomoClassTerm",
    "TomoTypeTerm",
    "TypeOfInstancesTerm",
    "TypeOfPatientIDTerm",
    "UDISequenceItem",
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
