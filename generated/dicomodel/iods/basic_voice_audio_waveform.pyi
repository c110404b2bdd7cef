"""Basic Voice Audio Waveform IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionTimeSynchronized as AcquisitionTimeSynchronized
from dicomodel.enums import AnatomicalOrientationType as AnatomicalOrientationType
from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import BodyPartExaminedTerm as BodyPartExaminedTerm
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import ConsentForDistributionFlag as ConsentForDistributionFlag
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import DisplayShadingFlag as DisplayShadingFlag
from dicomodel.enums import DistributionTypeTerm as DistributionTypeTerm
from dicomodel.enums import (
    ImpedanceMeasurementCurrentTypeTerm as ImpedanceMeasurementCurrentTypeTerm,
)
from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import Laterality as Laterality
from dicomodel.enums import LongitudinalTemporalEventTypeTerm as LongitudinalTemporalEventTypeTerm
from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ModalityTerm as ModalityTerm
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
from dicomodel.enums import SynchronizationTrigger as SynchronizationTrigger
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.enums import TemporalRangeType as TemporalRangeType
from dicomodel.enums import TimeDistributionProtocol as TimeDistributionProtocol
from dicomodel.enums import TypeOfInstancesTerm as TypeOfInstancesTerm
from dicomodel.enums import TypeOfPatientIDTerm as TypeOfPatientIDTerm
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.enums import ValueType as ValueType
from dicomodel.enums import WaveformAmplifierType as WaveformAmplifierType
from dicomodel.enums import WaveformFilterType as WaveformFilterType
from dicomodel.enums import WaveformOriginality as WaveformOriginality
from dicomodel.enums import WaveformSampleInterpretationTerm as WaveformSampleInterpretationTerm
from dicomodel.iods import BasicVoiceAudioWaveform as BasicVoiceAudioWaveform
from dicomodel.items import (
    AnalogFilterCharacteristicsSequenceItem as AnalogFilterCharacteristicsSequenceItem,
)
from dicomodel.items import BreedRegistrationSequenceItemPatient as BreedRegistrationSequenceItem
from dicomodel.items import ChannelDefinitionSequenceItem as ChannelDefinitionSequenceItem
from dicomodel.items import ChannelDisplaySequenceItem as ChannelDisplaySequenceItem
from dicomodel.items import ChannelImpedanceSequenceItem as ChannelImpedanceSequenceItem
from dicomodel.items import CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AnalogFilterTypeItem
from dicomodel.items import CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningJurisdictionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as BreedRegistryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ChannelSensitivityUnitsSequenceItem
from dicomodel.items import CodeSequenceItem as ChannelSourceModifiersSequenceItem
from dicomodel.items import CodeSequenceItem as ChannelSourceSequenceItem
from dicomodel.items import CodeSequenceItem as ClinicalTrialTimePointTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeidentificationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalFilterTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as EthnicGroupCodeSequenceItem
from dicomodel.items import CodeSequenceItem as FrequencyEncodingCodeSequenceItem
from dicomodel.items import CodeSequenceItem as GeneticModificationsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MagnitudeEncodingCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ModifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientBreedCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSizeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientSpeciesCodeSequenceItem
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
    ConsentForClinicalTrialUseSequenceItem as ConsentForClinicalTrialUseSequenceItem,
)
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import (
    ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
)
from dicomodel.items import ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem
from dicomodel.items import DeidentificationActionSequenceItem as DeidentificationActionSequenceItem
from dicomodel.items import DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem
from dicomodel.items import DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem
from dicomodel.items import (
    DigitalFilterCharacteristicsSequenceItem as DigitalFilterCharacteristicsSequenceItem,
)
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
    PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
)
from dicomodel.items import (
    PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
)
from dicomodel.items import ProtocolContextSequenceItem as AcquisitionContextSequenceItem
from dicomodel.items import ProtocolContextSequenceItem as ProtocolContextSequenceItem
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
)
from dicomodel.items import ReferencedInstancesAndAccessItem as ReferencedPatientPhotoSequenceItem
from dicomodel.items import (
    ReferencedInstanceSequenceItemWaveformIdentification as ReferencedInstanceSequenceItem,
)
from dicomodel.items import RelatedSeriesSequenceItem as RelatedSeriesSequenceItem
from dicomodel.items import RequestAttributesItem as RequestAttributesSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as PerformedProtocolCodeSequenceItem
from dicomodel.items import ScheduledProtocolCodeSequenceItem as ScheduledProtocolCodeSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPatientSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStudySequenceItem
from dicomodel.items import (
    SourcePatientGroupIdentificationSequenceItem as SourcePatientGroupIdentificationSequenceItem,
)
from dicomodel.items import SourceWaveformSequenceItem as SourceWaveformSequenceItem
from dicomodel.items import StrainStockSequenceItemPatient as StrainStockSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)
from dicomodel.items import WADORetrievalSequenceItem as WADORetrievalSequenceItem
from dicomodel.items import WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem
from dicomodel.items import WaveformAnnotationSequenceItem as WaveformAnnotationSequenceItem
from dicomodel.items import (
    WaveformFilterCharacteristicsItem as FilterHighFrequencyCharacteristicsSequenceItem,
)
from dicomodel.items import (
    WaveformFilterCharacteristicsItem as FilterLowFrequencyCharacteristicsSequenceItem,
)
from dicomodel.items import (
    WaveformFilterCharacteristicsItem as NotchFilterCharacteristicsSequenceItem,
)
from dicomodel.items import WaveformFilterLookupTableItem as FilterLookupTableSequenceItem
from dicomodel.items import WaveformFilterLookupTableItem as SummarizedFilterLookupTableItem
from dicomodel.items import (
    WaveformPresentationGroupSequenceItem as WaveformPresentationGroupSequenceItem,
)
from dicomodel.items import WaveformSequenceItem as WaveformSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSRetrievalSequenceItem

__all__ = [
    "AcquisitionContextSequenceItem",
    "AcquisitionTimeSynchronized",
    "AdmittingDiagnosesCodeSequenceItem",
    "AnalogFilterCharacteristicsSequenceItem",
    "AnalogFilterTypeItem",
    "AnatomicalOrientationType",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "BasicVoiceAudioWaveform",
    "BlockIdentifyingInformationStatus",
    "BodyPartExaminedTerm",
    "BreedRegistrationSequenceItem",
    "BreedRegistryCodeSequenceItem",
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
    "ChannelDefinitionSequenceItem",
    "ChannelDisplaySequenceItem",
    "ChannelImpedanceSequenceItem",
    "ChannelSensitivityUnitsSequenceItem",
    "ChannelSourceModifiersSequenceItem",
    "ChannelSourceSequenceItem",
    "ClinicalTrialTimePointTypeCodeSequenceItem",
    "CodingSchemeIdentificationSequenceItem",
    "CodingSchemeRegistryTerm",
    "CodingSchemeResourcesSequenceItem",
    "CodingSchemeURLTypeTerm",
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
    "DigitalFilterCharacteristicsSequenceItem",
    "DigitalFilterTypeCodeSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "DisplayShadingFlag",
    "DistributionTypeTerm",
    "EncryptedAttributesSequenceItem",
    "EquivalentCodeSequenceItem",
    "EthnicGroupCodeSequenceItem",
    "FilterHighFrequencyCharacteristicsSequenceItem",
    "FilterLookupTableSequenceItem",
    "FilterLowFrequencyCharacteristicsSequenceItem",
    "FrequencyEncodingCodeSequenceItem",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItem",
    "GroupOfPatientsIdentificationSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "ImpedanceMeasurementCurrentTypeTerm",
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
    "MagnitudeEncodingCodeSequenceItem",
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModalityTerm",
    "ModifiedAttributesSequenceItem",
    "ModifierCodeSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "NotchFilterCharacteristicsSequenceItem",
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
    "ReferencedInstanceSequenceItem",
    "ReferencedPatientPhotoSequenceItem",
    "ReferencedPatientSequenceItem",
    "ReferencedPerformedProcedureStepSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
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
    "SourcePatientGroupIdentificationSequenceItem",
    "SourceWaveformSequenceItem",
    "StrainCodeSequenceItem",
    "StrainSourceRegistryCodeSequenceItem",
    "StrainStockSequenceItem",
    "SummarizedFilterLookupTableItem",
    "SynchronizationTrigger",
    "SyntheticData",
    "TemporalRangeType",
    "TimeDistributionProtocol",
    "TypeOfInstancesTerm",
    "TypeOfPatientIDTerm",
    "UDISequenceItem",
    "UniversalEntityIDType",
    "ValueType",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "WaveformAmplifierType",
    "WaveformAnnotationSequenceItem",
    "WaveformFilterType",
    "WaveformOriginality",
    "WaveformPresentationGroupSequenceItem",
    "WaveformSampleInterpretationTerm",
    "WaveformSequenceItem",
    "XDSRetrievalSequenceItem",
]
