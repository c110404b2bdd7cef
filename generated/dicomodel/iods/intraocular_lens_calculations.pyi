"""Intraocular Lens Calculations IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnatomicalOrientationType as AnatomicalOrientationType
from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import BodyPartExaminedTerm as BodyPartExaminedTerm
from dicomodel.enums import CalculationCommentTypeTerm as CalculationCommentTypeTerm
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import ConsentForDistributionFlag as ConsentForDistributionFlag
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
from dicomodel.enums import MeasurementLaterality as MeasurementLaterality
from dicomodel.enums import ModalityIntraocularLensCalculationsSeries as Modality
from dicomodel.enums import PatientAlternativeCalendar as PatientAlternativeCalendar
from dicomodel.enums import PatientIdentityRemoved as PatientIdentityRemoved
from dicomodel.enums import PatientPositionTerm as PatientPositionTerm
from dicomodel.enums import PatientSex as PatientSex
from dicomodel.enums import PatientSexNeutered as PatientSexNeutered
from dicomodel.enums import PreSelectedForImplantation as PreSelectedForImplantation
from dicomodel.enums import QualityControlSubject as QualityControlSubject
from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import RefractiveProcedureOccurred as RefractiveProcedureOccurred
from dicomodel.enums import ResponsiblePersonRoleTerm as ResponsiblePersonRoleTerm
from dicomodel.enums import SmokingStatus as SmokingStatus
from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.enums import TypeOfInstancesTerm as TypeOfInstancesTerm
from dicomodel.enums import TypeOfOpticalCorrection as TypeOfOpticalCorrection
from dicomodel.enums import TypeOfPatientIDTerm as TypeOfPatientIDTerm
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.enums import ValueType as ValueType
from dicomodel.iods import IntraocularLensCalculations as IntraocularLensCalculations
from dicomodel.items import AnteriorChamberDepthSequenceItem as AnteriorChamberDepthSequenceItem
from dicomodel.items import BreedRegistrationSequenceItemPatient as BreedRegistrationSequenceItem
from dicomodel.items import CalculatedToricPowerItem as PredictedToricErrorSequenceItem
from dicomodel.items import CalculatedToricPowerItem as ToricIOLPowerForExactEmmetropiaSequenceItem
from dicomodel.items import (
    CalculatedToricPowerItem as ToricIOLPowerForExactTargetRefractionSequenceItem,
)
from dicomodel.items import CalculatedToricPowerItem as ToricIOLPowerSequenceItem
from dicomodel.items import CalculationCommentSequenceItem as CalculationCommentSequenceItem
from dicomodel.items import CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningJurisdictionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as BreedRegistryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ClinicalTrialTimePointTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as CorneaMeasurementMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeidentificationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EthnicGroupCodeSequenceItem
from dicomodel.items import CodeSequenceItem as GeneticModificationsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as IOLFormulaCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as KeratometryMeasurementTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as OphthalmicAxialLengthSelectionMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as OphthalmicUltrasoundMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientBreedCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSizeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSpeciesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForPerformedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForVisitCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItem as RefractiveErrorBeforeRefractiveSurgeryCodeSequenceItem,
)
from dicomodel.items import CodeSequenceItem as RefractiveSurgeryTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestingServiceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SeriesDescriptionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfAnteriorChamberDepthDataCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfCorneaMeasurementDataCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfCornealSizeDataCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfLensThicknessDataCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfOphthalmicAxialLengthCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfRefractiveMeasurementsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StrainCodeSequenceItem
from dicomodel.items import CodeSequenceItem as StrainSourceRegistryCodeSequenceItem
from dicomodel.items import (
    CodingSchemeIdentificationSequenceItem as CodingSchemeIdentificationSequenceItem,
)
from dicomodel.items import CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem
from dicomodel.items import (
    ConsentForClinicalTrialUseSequenceItem as ConsentForClinicalTrialUseSequenceItem,
)
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import (
    ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
)
from dicomodel.items import ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem
from dicomodel.items import CornealSizeSequenceItem as CornealSizeSequenceItem
from dicomodel.items import CorneaMeasurementsSequenceItem as CorneaMeasurementsSequenceItem
from dicomodel.items import CylinderSequenceItem as SurgicallyInducedAstigmatismSequenceItem
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
from dicomodel.items import ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem
from dicomodel.items import (
    IntraocularLensCalculationsItem as IntraocularLensCalculationsLeftEyeSequenceItem,
)
from dicomodel.items import (
    IntraocularLensCalculationsItem as IntraocularLensCalculationsRightEyeSequenceItem,
)
from dicomodel.items import IOLPowerSequenceItem as IOLPowerSequenceItem
from dicomodel.items import (
    IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
)
from dicomodel.items import LensConstantSequenceItem as LensConstantSequenceItem
from dicomodel.items import LensThicknessSequenceItem as LensThicknessSequenceItem
from dicomodel.items import MACParametersSequenceItem as MACParametersSequenceItem
from dicomodel.items import (
    MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
)
from dicomodel.items import (
    NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
)
from dicomodel.items import OphthalmicAxialLengthSequenceItem as OphthalmicAxialLengthSequenceItem
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
from dicomodel.items import (
    RefractiveStateSequenceItemIntraocularLensCalculations as RefractiveStateSequenceItem,
)
from dicomodel.items import RelatedSeriesSequenceItem as RelatedSeriesSequenceItem
from dicomodel.items import RequestAttributesItem as RequestAttributesSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as PerformedProtocolCodeSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as ScheduledProtocolCodeSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPatientSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedRefractiveMeasurementsSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStudySequenceItem
from dicomodel.items import (
    SourceOfRefractiveMeasurementsSequenceItem as SourceOfRefractiveMeasurementsSequenceItem,
)
from dicomodel.items import (
    SourcePatientGroupIdentificationSequenceItem as SourcePatientGroupIdentificationSequenceItem,
)
from dicomodel.items import SteepCornealAxisSequenceItem as FlatCornealAxisSequenceItem
from dicomodel.items import SteepCornealAxisSequenceItem as SteepCornealAxisSequenceItem
from dicomodel.items import (
    SteepKeratometricAxisSequenceItemIntraocularLensCalculations as FlatKeratometricAxisSequenceItem,
)
from dicomodel.items import (
    SteepKeratometricAxisSequenceItemIntraocularLensCalculations as SteepKeratometricAxisSequenceItem,
)
from dicomodel.items import StrainStockSequenceItemPatient as StrainStockSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)
from dicomodel.items import WADORetrievalSequenceItem as WADORetrievalSequenceItem
from dicomodel.items import WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSRetrievalSequenceItem

__all__ = [
    "AdmittingDiagnosesCodeSequenceItem",
    "AnatomicalOrientationType",
    "AnteriorChamberDepthSequenceItem",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "BlockIdentifyingInformationStatus",
    "BodyPartExaminedTerm",
    "BreedRegistrationSequenceItem",
    "BreedRegistryCodeSequenceItem",
    "CalculationCommentSequenceItem",
    "CalculationCommentTypeTerm",
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
    "ContentItemModifierSequenceItem",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContextGroupIdentificationSequenceItem",
    "ContributingEquipmentSequenceItem",
    "ConversionSourceAttributesSequenceItem",
    "CorneaMeasurementMethodCodeSequenceItem",
    "CorneaMeasurementsSequenceItem",
    "CornealSizeSequenceItem",
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
    "FlatCornealAxisSequenceItem",
    "FlatKeratometricAxisSequenceItem",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItem",
    "GroupOfPatientsIdentificationSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "IOLFormulaCodeSequenceItem",
    "IOLPowerSequenceItem",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IntraocularLensCalculations",
    "IntraocularLensCalculationsLeftEyeSequenceItem",
    "IntraocularLensCalculationsRightEyeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "IssuerOfAdmissionIDSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "IssuerOfServiceEpisodeIDSequenceItem",
    "KeratometryMeasurementTypeCodeSequenceItem",
    "Laterality",
    "LensConstantSequenceItem",
    "LensThicknessSequenceItem",
    "LongitudinalTemporalEventTypeTerm",
    "LongitudinalTemporalInformationModified",
    "MACAlgorithmTerm",
    "MACParametersSequenceItem",
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
    "MeasurementLaterality",
    "MeasurementUnitsCodeSequenceItem",
    "Modality",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OperatorIdentificationSequenceItem",
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem",
    "OphthalmicAxialLengthSequenceItem",
    "OphthalmicUltrasoundMethodCodeSequenceItem",
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
    "PreSelectedForImplantation",
    "PredictedToricErrorSequenceItem",
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
    "ReferencedRefractiveMeasurementsSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedStudySequenceItem",
    "ReferringPhysicianIdentificationSequenceItem",
    "RefractiveErrorBeforeRefractiveSurgeryCodeSequenceItem",
    "RefractiveProcedureOccurred",
    "RefractiveStateSequenceItem",
    "RefractiveSurgeryTypeCodeSequenceItem",
    "RelatedSeriesSequenceItem",
    "RequestAttributesSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "RequestingServiceCodeSequenceItem",
    "ResponsiblePersonRoleTerm",
    "SOPInstanceStatus",
    "ScheduledProtocolCodeSequenceItem",
    "SeriesDescriptionCodeSequenceItem",
    "SmokingStatus",
    "SourceOfAnteriorChamberDepthDataCodeSequenceItem",
    "SourceOfCorneaMeasurementDataCodeSequenceItem",
    "SourceOfCornealSizeDataCodeSequenceItem",
    "SourceOfLensThicknessDataCodeSequenceItem",
    "SourceOfOphthalmicAxialLengthCodeSequenceItem",
    "SourceOfRefractiveMeasurementsCodeSequenceItem",
    "SourceOfRefractiveMeasurementsSequenceItem",
    "SourcePatientGroupIdentificationSequenceItem",
    "SteepCornealAxisSequenceItem",
    "SteepKeratometricAxisSequenceItem",
    "StrainCodeSequenceItem",
    "StrainSourceRegistryCodeSequenceItem",
    "StrainStockSequenceItem",
    "SurgicallyInducedAstigmatismSequenceItem",
    "SyntheticData",
    "ToricIOLPowerForExactEmmetropiaSequenceItem",
    "ToricIOLPowerForExactTargetRefractionSequenceItem",
    "ToricIOLPowerSequenceItem",
    "TypeOfInstancesTerm",
    "TypeOfOpticalCorrection",
    "TypeOfPatientIDTerm",
    "UDISequenceItem",
    "UniversalEntityIDType",
    "ValueType",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
]
