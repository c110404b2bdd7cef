"""Unified Procedure Step IOD.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel, ModuleUsage

if TYPE_CHECKING:
    from dicomodel.enums.content_qualification import (
        ContentQualificationValue as _ContentQualificationValue,
    )
    from dicomodel.enums.input_readiness_state import (
        InputReadinessStateValue as _InputReadinessStateValue,
    )
    from dicomodel.enums.instance_origin_status import (
        InstanceOriginStatusValue as _InstanceOriginStatusValue,
    )
    from dicomodel.enums.longitudinal_temporal_information_modified import (
        LongitudinalTemporalInformationModifiedValue as _LongitudinalTemporalInformationModifiedValue,
    )
    from dicomodel.enums.patient_alternative_calendar import (
        PatientAlternativeCalendarValue as _PatientAlternativeCalendarValue,
    )
    from dicomodel.enums.patient_sex import PatientSexValue as _PatientSexValue
    from dicomodel.enums.patient_sex_neutered import (
        PatientSexNeuteredValue as _PatientSexNeuteredValue,
    )
    from dicomodel.enums.procedure_step_state import (
        ProcedureStepStateValue as _ProcedureStepStateValue,
    )
    from dicomodel.enums.quality_control_subject import (
        QualityControlSubjectValue as _QualityControlSubjectValue,
    )
    from dicomodel.enums.query_retrieve_view import (
        QueryRetrieveViewValue as _QueryRetrieveViewValue,
    )
    from dicomodel.enums.responsible_person_role import (
        ResponsiblePersonRoleTerm as _ResponsiblePersonRoleTerm,
    )
    from dicomodel.enums.scheduled_procedure_step_priority import (
        ScheduledProcedureStepPriorityValue as _ScheduledProcedureStepPriorityValue,
    )
    from dicomodel.enums.smoking_status import SmokingStatusValue as _SmokingStatusValue
    from dicomodel.enums.sop_instance_status import (
        SOPInstanceStatusValue as _SOPInstanceStatusValue,
    )
    from dicomodel.enums.synthetic_data import SyntheticDataValue as _SyntheticDataValue
    from dicomodel.enums.type_of_patient_id import TypeOfPatientIDTerm as _TypeOfPatientIDTerm
    from dicomodel.enums.visit_status_id import VisitStatusIDTerm as _VisitStatusIDTerm
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as _ActualHumanPerformersSequenceItem,
    )
    from dicomodel.items.breed_registration_sequence_item import (
        BreedRegistrationSequenceItem as _BreedRegistrationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.coding_scheme_identification_sequence_item import (
        CodingSchemeIdentificationSequenceItem as _CodingSchemeIdentificationSequenceItem,
    )
    from dicomodel.items.context_group_identification_sequence_item import (
        ContextGroupIdentificationSequenceItem as _ContextGroupIdentificationSequenceItem,
    )
    from dicomodel.items.contributing_equipment_sequence_item import (
        ContributingEquipmentSequenceItem as _ContributingEquipmentSequenceItem,
    )
    from dicomodel.items.digital_signatures_sequence_item import (
        DigitalSignaturesSequenceItem as _DigitalSignaturesSequenceItem,
    )
    from dicomodel.items.encrypted_attributes_sequence_item import (
        EncryptedAttributesSequenceItem as _EncryptedAttributesSequenceItem,
    )
    from dicomodel.items.genetic_modifications_sequence_item import (
        GeneticModificationsSequenceItem as _GeneticModificationsSequenceItem,
    )
    from dicomodel.items.hl7_structured_document_reference_sequence_item import (
        HL7StructuredDocumentReferenceSequenceItem as _HL7StructuredDocumentReferenceSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as _HL7v2HierarchicDesignatorItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as _IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.mac_parameters_sequence_item import (
        MACParametersSequenceItem as _MACParametersSequenceItem,
    )
    from dicomodel.items.mapping_resource_identification_sequence_item import (
        MappingResourceIdentificationSequenceItem as _MappingResourceIdentificationSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as _OriginalAttributesSequenceItem,
    )
    from dicomodel.items.other_patient_i_ds_sequence_item import (
        OtherPatientIDsSequenceItem as _OtherPatientIDsSequenceItem,
    )
    from dicomodel.items.patient_clinical_trial_participation_sequence_item import (
        PatientClinicalTrialParticipationSequenceItem as _PatientClinicalTrialParticipationSequenceItem,
    )
    from dicomodel.items.patient_primary_language_code_sequence_item import (
        PatientPrimaryLanguageCodeSequenceItem as _PatientPrimaryLanguageCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.pertinent_documents_sequence_item_patient_medical import (
        PertinentDocumentsSequenceItemPatientMedical as _PertinentDocumentsSequenceItemPatientMedical,
    )
    from dicomodel.items.pertinent_resources_sequence_item import (
        PertinentResourcesSequenceItem as _PertinentResourcesSequenceItem,
    )
    from dicomodel.items.private_data_element_characteristics_sequence_item import (
        PrivateDataElementCharacteristicsSequenceItem as _PrivateDataElementCharacteristicsSequenceItem,
    )
    from dicomodel.items.procedure_step_progress_information_sequence_item import (
        ProcedureStepProgressInformationSequenceItem as _ProcedureStepProgressInformationSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as _ProtocolContextSequenceItemScheduledProcedureStep,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as _ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as _ReferencedInstancesAndAccessItem,
    )
    from dicomodel.items.referenced_request_sequence_item import (
        ReferencedRequestSequenceItem as _ReferencedRequestSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.storage_item import StorageItem as _StorageItem
    from dicomodel.items.strain_stock_sequence_item import (
        StrainStockSequenceItem as _StrainStockSequenceItem,
    )
    from dicomodel.items.unified_procedure_step_performed_procedure_sequence_item import (
        UnifiedProcedureStepPerformedProcedureSequenceItem as _UnifiedProcedureStepPerformedProcedureSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ActualHumanPerformersSequenceItem = Lazy(
        "dicomodel.items.actual_human_performers_sequence_item", "ActualHumanPerformersSequenceItem"
    )
    _BreedRegistrationSequenceItem = Lazy(
        "dicomodel.items.breed_registration_sequence_item", "BreedRegistrationSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _CodingSchemeIdentificationSequenceItem = Lazy(
        "dicomodel.items.coding_scheme_identification_sequence_item",
        "CodingSchemeIdentificationSequenceItem",
    )
    _ContentQualificationValue = Lazy(
        "dicomodel.enums.content_qualification", "ContentQualificationValue"
    )
    _ContextGroupIdentificationSequenceItem = Lazy(
        "dicomodel.items.context_group_identification_sequence_item",
        "ContextGroupIdentificationSequenceItem",
    )
    _ContributingEquipmentSequenceItem = Lazy(
        "dicomodel.items.contributing_equipment_sequence_item", "ContributingEquipmentSequenceItem"
    )
    _DigitalSignaturesSequenceItem = Lazy(
        "dicomodel.items.digital_signatures_sequence_item", "DigitalSignaturesSequenceItem"
    )
    _EncryptedAttributesSequenceItem = Lazy(
        "dicomodel.items.encrypted_attributes_sequence_item", "EncryptedAttributesSequenceItem"
    )
    _GeneticModificationsSequenceItem = Lazy(
        "dicomodel.items.genetic_modifications_sequence_item", "GeneticModificationsSequenceItem"
    )
    _HL7StructuredDocumentReferenceSequenceItem = Lazy(
        "dicomodel.items.hl7_structured_document_reference_sequence_item",
        "HL7StructuredDocumentReferenceSequenceItem",
    )
    _HL7v2HierarchicDesignatorItem = Lazy(
        "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
    )
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _InputReadinessStateValue = Lazy(
        "dicomodel.enums.input_readiness_state", "InputReadinessStateValue"
    )
    _InstanceOriginStatusValue = Lazy(
        "dicomodel.enums.instance_origin_status", "InstanceOriginStatusValue"
    )
    _IssuerOfPatientIDQualifiersSequenceItem = Lazy(
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    )
    _LongitudinalTemporalInformationModifiedValue = Lazy(
        "dicomodel.enums.longitudinal_temporal_information_modified",
        "LongitudinalTemporalInformationModifiedValue",
    )
    _MACParametersSequenceItem = Lazy(
        "dicomodel.items.mac_parameters_sequence_item", "MACParametersSequenceItem"
    )
    _MappingResourceIdentificationSequenceItem = Lazy(
        "dicomodel.items.mapping_resource_identification_sequence_item",
        "MappingResourceIdentificationSequenceItem",
    )
    _OriginalAttributesSequenceItem = Lazy(
        "dicomodel.items.original_attributes_sequence_item", "OriginalAttributesSequenceItem"
    )
    _OtherPatientIDsSequenceItem = Lazy(
        "dicomodel.items.other_patient_i_ds_sequence_item", "OtherPatientIDsSequenceItem"
    )
    _PatientAlternativeCalendarValue = Lazy(
        "dicomodel.enums.patient_alternative_calendar", "PatientAlternativeCalendarValue"
    )
    _PatientClinicalTrialParticipationSequenceItem = Lazy(
        "dicomodel.items.patient_clinical_trial_participation_sequence_item",
        "PatientClinicalTrialParticipationSequenceItem",
    )
    _PatientPrimaryLanguageCodeSequenceItem = Lazy(
        "dicomodel.items.patient_primary_language_code_sequence_item",
        "PatientPrimaryLanguageCodeSequenceItem",
    )
    _PatientSexNeuteredValue = Lazy(
        "dicomodel.enums.patient_sex_neutered", "PatientSexNeuteredValue"
    )
    _PatientSexValue = Lazy("dicomodel.enums.patient_sex", "PatientSexValue")
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _PertinentDocumentsSequenceItemPatientMedical = Lazy(
        "dicomodel.items.pertinent_documents_sequence_item_patient_medical",
        "PertinentDocumentsSequenceItemPatientMedical",
    )
    _PertinentResourcesSequenceItem = Lazy(
        "dicomodel.items.pertinent_resources_sequence_item", "PertinentResourcesSequenceItem"
    )
    _PrivateDataElementCharacteristicsSequenceItem = Lazy(
        "dicomodel.items.private_data_element_characteristics_sequence_item",
        "PrivateDataElementCharacteristicsSequenceItem",
    )
    _ProcedureStepProgressInformationSequenceItem = Lazy(
        "dicomodel.items.procedure_step_progress_information_sequence_item",
        "ProcedureStepProgressInformationSequenceItem",
    )
    _ProcedureStepStateValue = Lazy(
        "dicomodel.enums.procedure_step_state", "ProcedureStepStateValue"
    )
    _ProtocolContextSequenceItemScheduledProcedureStep = Lazy(
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    )
    _QualityControlSubjectValue = Lazy(
        "dicomodel.enums.quality_control_subject", "QualityControlSubjectValue"
    )
    _QueryRetrieveViewValue = Lazy("dicomodel.enums.query_retrieve_view", "QueryRetrieveViewValue")
    _ReferencedDefinedProtocolSequenceItem = Lazy(
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    )
    _ReferencedInstancesAndAccessItem = Lazy(
        "dicomodel.items.referenced_instances_and_access_item", "ReferencedInstancesAndAccessItem"
    )
    _ReferencedRequestSequenceItem = Lazy(
        "dicomodel.items.referenced_request_sequence_item", "ReferencedRequestSequenceItem"
    )
    _ResponsiblePersonRoleTerm = Lazy(
        "dicomodel.enums.responsible_person_role", "ResponsiblePersonRoleTerm"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _SOPInstanceStatusValue = Lazy("dicomodel.enums.sop_instance_status", "SOPInstanceStatusValue")
    _ScheduledProcedureStepPriorityValue = Lazy(
        "dicomodel.enums.scheduled_procedure_step_priority", "ScheduledProcedureStepPriorityValue"
    )
    _SmokingStatusValue = Lazy("dicomodel.enums.smoking_status", "SmokingStatusValue")
    _StorageItem = Lazy("dicomodel.items.storage_item", "StorageItem")
    _StrainStockSequenceItem = Lazy(
        "dicomodel.items.strain_stock_sequence_item", "StrainStockSequenceItem"
    )
    _SyntheticDataValue = Lazy("dicomodel.enums.synthetic_data", "SyntheticDataValue")
    _TypeOfPatientIDTerm = Lazy("dicomodel.enums.type_of_patient_id", "TypeOfPatientIDTerm")
    _UnifiedProcedureStepPerformedProcedureSequenceItem = Lazy(
        "dicomodel.items.unified_procedure_step_performed_procedure_sequence_item",
        "UnifiedProcedureStepPerformedProcedureSequenceItem",
    )
    _VisitStatusIDTerm = Lazy("dicomodel.enums.visit_status_id", "VisitStatusIDTerm")

if TYPE_CHECKING:
    from dicomodel.enums.block_identifying_information_status import (
        BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus,
    )
    from dicomodel.enums.certificate_type import CertificateTypeTerm as CertificateTypeTerm
    from dicomodel.enums.certified_timestamp_type import (
        CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm,
    )
    from dicomodel.enums.coding_scheme_registry import (
        CodingSchemeRegistryTerm as CodingSchemeRegistryTerm,
    )
    from dicomodel.enums.coding_scheme_url_type import (
        CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm,
    )
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.deidentification_action import (
        DeidentificationAction as DeidentificationAction,
    )
    from dicomodel.enums.input_readiness_state import InputReadinessState as InputReadinessState
    from dicomodel.enums.instance_origin_status import InstanceOriginStatus as InstanceOriginStatus
    from dicomodel.enums.longitudinal_temporal_information_modified import (
        LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
    )
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.patient_alternative_calendar import (
        PatientAlternativeCalendar as PatientAlternativeCalendar,
    )
    from dicomodel.enums.patient_sex import PatientSex as PatientSex
    from dicomodel.enums.patient_sex_neutered import PatientSexNeutered as PatientSexNeutered
    from dicomodel.enums.procedure_step_state import ProcedureStepState as ProcedureStepState
    from dicomodel.enums.quality_control_subject import (
        QualityControlSubject as QualityControlSubject,
    )
    from dicomodel.enums.query_retrieve_view import QueryRetrieveView as QueryRetrieveView
    from dicomodel.enums.reason_for_the_attribute_modification import (
        ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
    )
    from dicomodel.enums.responsible_person_role import (
        ResponsiblePersonRoleTerm as ResponsiblePersonRoleTerm,
    )
    from dicomodel.enums.scheduled_procedure_step_priority import (
        ScheduledProcedureStepPriority as ScheduledProcedureStepPriority,
    )
    from dicomodel.enums.smoking_status import SmokingStatus as SmokingStatus
    from dicomodel.enums.sop_instance_status import SOPInstanceStatus as SOPInstanceStatus
    from dicomodel.enums.synthetic_data import SyntheticData as SyntheticData
    from dicomodel.enums.type_of_instances import TypeOfInstancesTerm as TypeOfInstancesTerm
    from dicomodel.enums.type_of_patient_id import TypeOfPatientIDTerm as TypeOfPatientIDTerm
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.enums.visit_status_id import VisitStatusIDTerm as VisitStatusIDTerm
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem,
    )
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as ScheduledHumanPerformersSequenceItem,
    )
    from dicomodel.items.breed_registration_sequence_item import (
        BreedRegistrationSequenceItem as BreedRegistrationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningJurisdictionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as BreedRegistryCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EthnicGroupCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as GeneticModificationsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as HumanPerformerCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as PatientBreedCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientInsurancePlanCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientPrimaryLanguageModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as PatientSizeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientSpeciesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedStationClassCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedStationGeographicLocationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedStationNameCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedWorkitemCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ProcedureStepDiscontinuationReasonCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForVisitCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ScheduledStationClassCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ScheduledStationGeographicLocationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ScheduledStationNameCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ScheduledWorkitemCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as StrainCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as StrainSourceRegistryCodeSequenceItem,
    )
    from dicomodel.items.coding_scheme_identification_sequence_item import (
        CodingSchemeIdentificationSequenceItem as CodingSchemeIdentificationSequenceItem,
    )
    from dicomodel.items.coding_scheme_resources_sequence_item import (
        CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.context_group_identification_sequence_item import (
        ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
    )
    from dicomodel.items.contributing_equipment_sequence_item import (
        ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem,
    )
    from dicomodel.items.deidentification_action_sequence_item import (
        DeidentificationActionSequenceItem as DeidentificationActionSequenceItem,
    )
    from dicomodel.items.dicom_media_retrieval_sequence_item import (
        DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem,
    )
    from dicomodel.items.dicom_retrieval_sequence_item import (
        DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem,
    )
    from dicomodel.items.dicom_storage_sequence_item import (
        DICOMStorageSequenceItem as DICOMStorageSequenceItem,
    )
    from dicomodel.items.digital_signatures_sequence_item import (
        DigitalSignaturesSequenceItem as DigitalSignaturesSequenceItem,
    )
    from dicomodel.items.encrypted_attributes_sequence_item import (
        EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.genetic_modifications_sequence_item import (
        GeneticModificationsSequenceItem as GeneticModificationsSequenceItem,
    )
    from dicomodel.items.hl7_structured_document_reference_sequence_item import (
        HL7StructuredDocumentReferenceSequenceItem as HL7StructuredDocumentReferenceSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfAdmissionIDSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfServiceEpisodeIDSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderFillerIdentifierSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderPlacerIdentifierSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.mac_parameters_sequence_item import (
        MACParametersSequenceItem as MACParametersSequenceItem,
    )
    from dicomodel.items.mapping_resource_identification_sequence_item import (
        MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
    )
    from dicomodel.items.nonconforming_modified_attributes_sequence_item import (
        NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as OriginalAttributesSequenceItem,
    )
    from dicomodel.items.other_patient_i_ds_sequence_item import (
        OtherPatientIDsSequenceItem as OtherPatientIDsSequenceItem,
    )
    from dicomodel.items.patient_clinical_trial_participation_sequence_item import (
        PatientClinicalTrialParticipationSequenceItem as PatientClinicalTrialParticipationSequenceItem,
    )
    from dicomodel.items.patient_primary_language_code_sequence_item import (
        PatientPrimaryLanguageCodeSequenceItem as PatientPrimaryLanguageCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ConsultingPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ReferringPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.pertinent_documents_sequence_item_patient_medical import (
        PertinentDocumentsSequenceItemPatientMedical as PertinentDocumentsSequenceItem,
    )
    from dicomodel.items.pertinent_resources_sequence_item import (
        PertinentResourcesSequenceItem as PertinentResourcesSequenceItem,
    )
    from dicomodel.items.private_data_element_characteristics_sequence_item import (
        PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
    )
    from dicomodel.items.private_data_element_definition_sequence_item import (
        PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
    )
    from dicomodel.items.procedure_step_communications_uri_sequence_item import (
        ProcedureStepCommunicationsURISequenceItem as ProcedureStepCommunicationsURISequenceItem,
    )
    from dicomodel.items.procedure_step_progress_information_sequence_item import (
        ProcedureStepProgressInformationSequenceItem as ProcedureStepProgressInformationSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as PerformedProcessingParametersSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as ProcedureStepProgressParametersSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as ScheduledProcessingParametersSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as InputInformationSequenceItem,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as OutputInformationSequenceItem,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as ReferencedPatientPhotoSequenceItem,
    )
    from dicomodel.items.referenced_request_sequence_item import (
        ReferencedRequestSequenceItem as ReferencedRequestSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReplacedProcedureStepSequenceItem,
    )
    from dicomodel.items.storage_item import StorageItem as OutputDestinationSequenceItem
    from dicomodel.items.stowrs_storage_sequence_item import (
        STOWRSStorageSequenceItem as STOWRSStorageSequenceItem,
    )
    from dicomodel.items.strain_stock_sequence_item import (
        StrainStockSequenceItem as StrainStockSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as RequestingServiceCodeSequenceItem,
    )
    from dicomodel.items.unified_procedure_step_performed_procedure_sequence_item import (
        UnifiedProcedureStepPerformedProcedureSequenceItem as UnifiedProcedureStepPerformedProcedureSequenceItem,
    )
    from dicomodel.items.wado_retrieval_sequence_item import (
        WADORetrievalSequenceItem as WADORetrievalSequenceItem,
    )
    from dicomodel.items.wadors_retrieval_sequence_item import (
        WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem,
    )
    from dicomodel.items.xds_retrieval_sequence_item import (
        XDSRetrievalSequenceItem as XDSRetrievalSequenceItem,
    )
    from dicomodel.items.xds_retrieval_sequence_item import (
        XDSRetrievalSequenceItem as XDSStorageSequenceItem,
    )

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


class UnifiedProcedureStep(DicomModel):
    """Unified Procedure Step IOD (PS3.3 Table B.26.2-1): its modules' attributes, flat."""

    dicom_name: ClassVar[str] = "Unified Procedure Step"
    dicom_table: ClassVar[str] = "table_B.26.2-1"
    dicom_modules: ClassVar[tuple[ModuleUsage, ...]] = ()

    SOPClassUID: Annotated[
        vr.UI | None, Attribute(0x00080016, "UI", "1", "1", name="SOP Class UID")
    ] = None
    """SOP Class UID (0008,0016): Type 1, VR UI, VM 1. Uniquely identifies the SOP Class. See Section C.12.1.1.1 for further explanation. See also PS3.4."""

    SOPInstanceUID: Annotated[
        vr.UI | None, Attribute(0x00080018, "UI", "1", "1", name="SOP Instance UID")
    ] = None
    """SOP Instance UID (0008,0018): Type 1, VR UI, VM 1. Uniquely identifies the SOP Instance. See Section C.12.1.1.1 for further explanation. See also PS3.4."""

    SpecificCharacterSet: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00080005,
            "CS",
            "1-n",
            "1C",
            name="Specific Character Set",
            when=(
                "unknown",
                "names no attribute: an expanded or replacement character set is used",
            ),
        ),
    ] = None
    """Specific Character Set (0008,0005): Type 1C, VR CS, VM 1-n. Required if an expanded or replacement character set is used. Character Set that expands or replaces the Basic Graphic Set. Required if an expanded or replacement character set is used. See Section C.12.1.1.2 for Defined Terms."""

    InstanceCreationDate: Annotated[
        vr.DA | None, Attribute(0x00080012, "DA", "1", "3", name="Instance Creation Date")
    ] = None
    """Instance Creation Date (0008,0012): Type 3, VR DA, VM 1. Date the SOP Instance was created. This is the date that the SOP Instance UID was assigned, and does not change during subsequent coercion of the Instance."""

    InstanceCreationTime: Annotated[
        vr.TM | None, Attribute(0x00080013, "TM", "1", "3", name="Instance Creation Time")
    ] = None
    """Instance Creation Time (0008,0013): Type 3, VR TM, VM 1. Time the SOP Instance was created. This is the time that the SOP Instance UID was assigned, and does not change during subsequent coercion of the Instance."""

    InstanceCoercionDateTime: Annotated[
        vr.DT | None, Attribute(0x00080015, "DT", "1", "3", name="Instance Coercion DateTime")
    ] = None
    """Instance Coercion DateTime (0008,0015): Type 3, VR DT, VM 1. Date and time that the SOP Instance was last coerced, corrected or converted by a Storage SCP (see Section B.4.1.3 in PS3.4)."""

    InstanceCreatorUID: Annotated[
        vr.UI | None, Attribute(0x00080014, "UI", "1", "3", name="Instance Creator UID")
    ] = None
    """Instance Creator UID (0008,0014): Type 3, VR UI, VM 1. Uniquely identifies device that created the SOP Instance. There is no requirement that the Instance Creator UID (0008,0014) be the same as the Device UID (0018,1002) in the General Equipment Module, though they may be."""

    RelatedGeneralSOPClassUID: Annotated[
        list[vr.UI] | None,
        Attribute(0x0008001A, "UI", "1-n", "3", name="Related General SOP Class UID"),
    ] = None
    """Related General SOP Class UID (0008,001A): Type 3, VR UI, VM 1-n. Uniquely identifies a Related General SOP Class for the SOP Class of this Instance. See PS3.4."""

    OriginalSpecializedSOPClassUID: Annotated[
        vr.UI | None,
        Attribute(0x0008001B, "UI", "1", "3", name="Original Specialized SOP Class UID"),
    ] = None
    """Original Specialized SOP Class UID (0008,001B): Type 3, VR UI, VM 1. The SOP Class in which the Instance was originally encoded that has been replaced during a fall-back conversion to the current Related General SOP Class. See PS3.4."""

    SyntheticData: Annotated[
        _SyntheticDataValue | None,
        Attribute(
            0x0008001C, "CS", "1", "3", name="Synthetic Data", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """Synthetic Data (0008,001C): Type 3, VR CS, VM 1. Whether or not some or all of the content of this instance was made artificially rather than being a faithful representation of acquired data."""

    CodingSchemeIdentificationSequence: Annotated[
        list[_CodingSchemeIdentificationSequenceItem] | None,
        Attribute(0x00080110, "SQ", "1", "3", name="Coding Scheme Identification Sequence"),
    ] = None
    """Coding Scheme Identification Sequence (0008,0110): Type 3, VR SQ, VM 1. Sequence of Items that map values of Coding Scheme Designator (0008,0102) to an external coding system registration, or to a private or local coding scheme. One or more Items are permitted in this Sequence."""

    ContextGroupIdentificationSequence: Annotated[
        list[_ContextGroupIdentificationSequenceItem] | None,
        Attribute(0x00080123, "SQ", "1", "3", name="Context Group Identification Sequence"),
    ] = None
    """Context Group Identification Sequence (0008,0123): Type 3, VR SQ, VM 1. Sequence of Items that map values of Context Identifier (0008,010F) to an external, private or local Context Group. One or more Items are permitted in this Sequence."""

    MappingResourceIdentificationSequence: Annotated[
        list[_MappingResourceIdentificationSequenceItem] | None,
        Attribute(0x00080124, "SQ", "1", "3", name="Mapping Resource Identification Sequence"),
    ] = None
    """Mapping Resource Identification Sequence (0008,0124): Type 3, VR SQ, VM 1. Sequence of Items that map values of Mapping Resource (0008,0105) to an external, private or local Mapping Resource. One or more Items are permitted in this Sequence."""

    TimezoneOffsetFromUTC: Annotated[
        vr.SH | None, Attribute(0x00080201, "SH", "1", "3", name="Timezone Offset From UTC")
    ] = None
    """Timezone Offset From UTC (0008,0201): Type 3, VR SH, VM 1. Contains the offset from UTC to the timezone for all DA and TM Attributes present in this SOP Instance, and for all DT Attributes present in this SOP Instance that do not contain an explicitly encoded timezone offset."""

    ContributingEquipmentSequence: Annotated[
        list[_ContributingEquipmentSequenceItem] | None,
        Attribute(0x0018A001, "SQ", "1", "3", name="Contributing Equipment Sequence"),
    ] = None
    """Contributing Equipment Sequence (0018,A001): Type 3, VR SQ, VM 1. Sequence of Items containing descriptive Attributes of related equipment that has contributed to the acquisition, creation or modification of the Composite Instance. One or more Items are permitted in this Sequence."""

    InstanceNumber: Annotated[
        vr.IS | None, Attribute(0x00200013, "IS", "1", "3", name="Instance Number")
    ] = None
    """Instance Number (0020,0013): Type 3, VR IS, VM 1. A number that identifies this Composite Instance."""

    SOPInstanceStatus: Annotated[
        _SOPInstanceStatusValue | None,
        Attribute(
            0x01000410,
            "CS",
            "1",
            "3",
            name="SOP Instance Status",
            enumerated=((0, ("NS", "OR", "AO", "AC")),),
        ),
    ] = None
    """SOP Instance Status (0100,0410): Type 3, VR CS, VM 1. A flag that indicates the storage status of the SOP Instance. Enumerated Values: NS Not Specified; implies that this SOP Instance has no special storage status, and hence no special actions need be taken OR Original; implies that this is th..."""

    SOPAuthorizationDateTime: Annotated[
        vr.DT | None, Attribute(0x01000420, "DT", "1", "3", name="SOP Authorization DateTime")
    ] = None
    """SOP Authorization DateTime (0100,0420): Type 3, VR DT, VM 1. The date and time when the SOP Instance Status (0100,0410) was set to AO."""

    SOPAuthorizationComment: Annotated[
        vr.LT | None, Attribute(0x01000424, "LT", "1", "3", name="SOP Authorization Comment")
    ] = None
    """SOP Authorization Comment (0100,0424): Type 3, VR LT, VM 1. Any comments associated with the setting of the SOP Instance Status (0100,0410) to AO."""

    AuthorizationEquipmentCertificationNumber: Annotated[
        vr.LO | None,
        Attribute(0x01000426, "LO", "1", "3", name="Authorization Equipment Certification Number"),
    ] = None
    """Authorization Equipment Certification Number (0100,0426): Type 3, VR LO, VM 1. The certification number issued to the Application Entity that set the SOP Instance Status (0100,0410) to AO."""

    MACParametersSequence: Annotated[
        list[_MACParametersSequenceItem] | None,
        Attribute(0x4FFE0001, "SQ", "1", "3", name="MAC Parameters Sequence"),
    ] = None
    """MAC Parameters Sequence (4FFE,0001): Type 3, VR SQ, VM 1. A Sequence of Items that describe the parameters used to calculate a MAC for use in Digital Signatures. One or more Items shall be included in this Sequence."""

    DigitalSignaturesSequence: Annotated[
        list[_DigitalSignaturesSequenceItem] | None,
        Attribute(0xFFFAFFFA, "SQ", "1", "3", name="Digital Signatures Sequence"),
    ] = None
    """Digital Signatures Sequence (FFFA,FFFA): Type 3, VR SQ, VM 1. Sequence holding Digital Signatures. One or more Items are permitted in this Sequence."""

    EncryptedAttributesSequence: Annotated[
        list[_EncryptedAttributesSequenceItem] | None,
        Attribute(
            0x04000500,
            "SQ",
            "1",
            "1C",
            name="Encrypted Attributes Sequence",
            when=(
                "unknown",
                "names no attribute: application level confidentiality is needed and certain recipients are allowed to decrypt all or portions of the Encrypted Attributes Data Set",
            ),
        ),
    ] = None
    """Encrypted Attributes Sequence (0400,0500): Type 1C, VR SQ, VM 1. Required if application level confidentiality is needed and certain recipients are allowed to decrypt all or portions of the Encrypted Attributes Data Set. Sequence of Items containing encrypted DICOM data. One or more Items shall be included in this Sequence. Required if application level confidentiality is needed and certain recipients are allowed to decrypt all or portions of the Encrypted..."""

    OriginalAttributesSequence: Annotated[
        list[_OriginalAttributesSequenceItem] | None,
        Attribute(0x04000561, "SQ", "1", "3", name="Original Attributes Sequence"),
    ] = None
    """Original Attributes Sequence (0400,0561): Type 3, VR SQ, VM 1. Sequence of Items containing all Attributes that were added, removed or replaced by other values in the top level Data Set. See Section C.12.1.1.9. One or more Items are permitted in this Sequence."""

    HL7StructuredDocumentReferenceSequence: Annotated[
        list[_HL7StructuredDocumentReferenceSequenceItem] | None,
        Attribute(
            0x0040A390,
            "SQ",
            "1",
            "1C",
            name="HL7 Structured Document Reference Sequence",
            when=(
                "unknown",
                "names no attribute: unencapsulated HL7 Structured Documents are referenced within the Instance",
            ),
        ),
    ] = None
    """HL7 Structured Document Reference Sequence (0040,A390): Type 1C, VR SQ, VM 1. Required if unencapsulated HL7 Structured Documents are referenced within the Instance. Sequence of Items defining mapping between HL7 Instance Identifiers of unencapsulated HL7 Structured Documents referenced from the current SOP Instance as if they were DICOM Composite SOP Instances defined by SOP Class and Instance UID pair..."""

    LongitudinalTemporalInformationModified: Annotated[
        _LongitudinalTemporalInformationModifiedValue | None,
        Attribute(
            0x00280303,
            "CS",
            "1",
            "3",
            name="Longitudinal Temporal Information Modified",
            enumerated=((0, ("UNMODIFIED", "MODIFIED", "REMOVED")),),
        ),
    ] = None
    """Longitudinal Temporal Information Modified (0028,0303): Type 3, VR CS, VM 1. Indicates whether or not the date and time Attributes in the Instance have been modified during de-identification. Enumerated Values: UNMODIFIED MODIFIED REMOVED See Section E.2 in PS3.15 and Section E.3.6 in PS3.15."""

    QueryRetrieveView: Annotated[
        _QueryRetrieveViewValue | None,
        Attribute(
            0x00080053,
            "CS",
            "1",
            "1C",
            name="Query/Retrieve View",
            enumerated=((0, ("CLASSIC", "ENHANCED")),),
            when=("unknown", "depends on the conversion history"),
        ),
    ] = None
    """Query/Retrieve View (0008,0053): Type 1C, VR CS, VM 1. Required if the Instance has ever been converted from its source form as the result of a C-MOVE operation with a specific view. The view requested during the C-MOVE operation that resulted in the transfer of this Instance. Enumerated Values: CLASSIC ENHANCED Required if the Instance has ever been converted from its source form as the result of a C-MOVE operation wit..."""

    ConversionSourceAttributesSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x00209172,
            "SQ",
            "1",
            "1C",
            name="Conversion Source Attributes Sequence",
            when=(
                "unknown",
                "condition not read: not understood: 'in an Item of Shared Functional Groups Sequence (5200,9229) or Per-Frame Functional Groups Sequence (5200,9230)' (in 'Required if this Instance was created by conversion from a DICOM source , and Conversion Source Attributes Sequence (0020,9172) is not present in an Item of Shared Functional Groups Sequence (5200,9229) or Per-Frame Functional Groups Sequence (5200,9230)')",
            ),
        ),
    ] = None
    """Conversion Source Attributes Sequence (0020,9172): Type 1C, VR SQ, VM 1. Required if this Instance was created by conversion from a DICOM source, and Conversion Source Attributes Sequence (0020,9172) is not present in an Item of Shared Functional Groups Sequence (5200,9229) or Per-Frame Functional Groups Sequence (5200,9230). The set of images or other composite SOP Instances that were converted to this Instance. If this Instance was converted from a specific frame in the source Instance, the reference shall include the Frame Number."""

    ContentQualification: Annotated[
        _ContentQualificationValue | None,
        Attribute(
            0x00189004,
            "CS",
            "1",
            "3",
            name="Content Qualification",
            enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
        ),
    ] = None
    """Content Qualification (0018,9004): Type 3, VR CS, VM 1. Content Qualification Indicator Enumerated Values: PRODUCT RESEARCH SERVICE See Section C.8.13.2.1.1 for further explanation."""

    PrivateDataElementCharacteristicsSequence: Annotated[
        list[_PrivateDataElementCharacteristicsSequenceItem] | None,
        Attribute(0x00080300, "SQ", "1", "3", name="Private Data Element Characteristics Sequence"),
    ] = None
    """Private Data Element Characteristics Sequence (0008,0300): Type 3, VR SQ, VM 1. Characteristics of Private Data Elements within or referenced in the current SOP Instance. See Section C.12.1.1.7. One or more Items are permitted in this Sequence."""

    InstanceOriginStatus: Annotated[
        _InstanceOriginStatusValue | None,
        Attribute(
            0x04000600,
            "CS",
            "1",
            "3",
            name="Instance Origin Status",
            enumerated=((0, ("LOCAL", "IMPORTED")),),
        ),
    ] = None
    """Instance Origin Status (0400,0600): Type 3, VR CS, VM 1. Categorizes the locality of the entity from whence the Instance originated. Enumerated Values: LOCAL Acquired or created in the local entity. IMPORTED Imported from an external entity."""

    BarcodeValue: Annotated[
        vr.LT | None, Attribute(0x22000005, "LT", "1", "3", name="Barcode Value")
    ] = None
    """Barcode Value (2200,0005): Type 3, VR LT, VM 1. Barcode interpreted from a scanned label. In the case of a scanned patient label, this may be the same as Patient ID (0010,0020), but it is included in an Instance level Module rather than a Patient level Module since barcodes may also be u..."""

    ReferencedDefinedProtocolSequence: Annotated[
        list[_ReferencedDefinedProtocolSequenceItem] | None,
        Attribute(
            0x0018990C,
            "SQ",
            "1",
            "1C",
            name="Referenced Defined Protocol Sequence",
            when=(
                "unknown",
                "names no attribute: this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol",
            ),
            otherwise="may",
        ),
    ] = None
    """Referenced Defined Protocol Sequence (0018,990C): Type 1C, VR SQ, VM 1. Required if this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol. May be present otherwise. Defined Procedure Protocol SOP Instance(s) that were used for this Instance. Required if this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol. May be present otherwise."""

    ReferencedPerformedProtocolSequence: Annotated[
        list[_ReferencedDefinedProtocolSequenceItem] | None,
        Attribute(
            0x0018990D,
            "SQ",
            "1",
            "1C",
            name="Referenced Performed Protocol Sequence",
            when=(
                "unknown",
                "names no attribute: a related Performed Procedure Protocol SOP Instance was created",
            ),
        ),
    ] = None
    """Referenced Performed Protocol Sequence (0018,990D): Type 1C, VR SQ, VM 1. Required if a related Performed Procedure Protocol SOP Instance was created. Performed Procedure Protocol SOP Instance(s) that describe the conditions by which this Instance was generated. Required if a related Performed Procedure Protocol SOP Instance was created."""

    PatientName: Annotated[
        vr.PN | None, Attribute(0x00100010, "PN", "1", None, name="Patient's Name")
    ] = None
    """Patient's Name (0010,0010): no Type, VR PN, VM 1. Patient's full legal name."""

    PatientID: Annotated[
        vr.LO | None, Attribute(0x00100020, "LO", "1", None, name="Patient ID")
    ] = None
    """Patient ID (0010,0020): no Type, VR LO, VM 1. Primary identifier for the patient. In the case of imaging a group of small animals simultaneously, the single value of this identifier corresponds to the identification of the entire group. See also Section C.7.1.4.1.1."""

    IssuerOfPatientID: Annotated[
        vr.LO | None, Attribute(0x00100021, "LO", "1", "3", name="Issuer of Patient ID")
    ] = None
    """Issuer of Patient ID (0010,0021): Type 3, VR LO, VM 1. Identifier of the Assigning Authority (system, organization, agency, or department) that issued the Patient ID. Equivalent to HL7 v2 CX component 4 subcomponent 1."""

    IssuerOfPatientIDQualifiersSequence: Annotated[
        list[_IssuerOfPatientIDQualifiersSequenceItem] | None,
        Attribute(0x00100024, "SQ", "1", "3", name="Issuer of Patient ID Qualifiers Sequence"),
    ] = None
    """Issuer of Patient ID Qualifiers Sequence (0010,0024): Type 3, VR SQ, VM 1. Attributes specifying or qualifying the identity of the issuer of the Patient ID, or scoping the Patient ID. Only a single Item is permitted in this Sequence."""

    TypeOfPatientID: Annotated[
        _TypeOfPatientIDTerm | vr.CS | None,
        Attribute(0x00100022, "CS", "1", None, name="Type of Patient ID"),
    ] = None
    """Type of Patient ID (0010,0022): no Type, VR CS, VM 1. The type of identifier in the Patient ID (0010,0020). Defined Terms: TEXT RFID BARCODE The identifier is coded as a string regardless of the type, not as a binary value."""

    OtherPatientIDsSequence: Annotated[
        list[_OtherPatientIDsSequenceItem] | None,
        Attribute(0x00101002, "SQ", "1", None, name="Other Patient IDs Sequence"),
    ] = None
    """Other Patient IDs Sequence (0010,1002): no Type, VR SQ, VM 1. Identification numbers or codes used to identify the patient, which may or may not be human readable, and may or may not have been obtained from an implanted or attached device such as an RFID or barcode."""

    PatientBirthDateInAlternativeCalendar: Annotated[
        vr.LO | None,
        Attribute(0x00100033, "LO", "1", None, name="Patient's Birth Date in Alternative Calendar"),
    ] = None
    """Patient's Birth Date in Alternative Calendar (0010,0033): no Type, VR LO, VM 1. Date of birth of the named patient in the Alternative Calendar (0010,0035). No format is specified for alternative calendar dates so none should be assumed."""

    PatientDeathDateInAlternativeCalendar: Annotated[
        vr.LO | None,
        Attribute(0x00100034, "LO", "1", None, name="Patient's Death Date in Alternative Calendar"),
    ] = None
    """Patient's Death Date in Alternative Calendar (0010,0034): no Type, VR LO, VM 1. Date of death of the named patient in the Alternative Calendar (0010,0035). No format is specified for alternative calendar dates so none should be assumed."""

    PatientAlternativeCalendar: Annotated[
        _PatientAlternativeCalendarValue | None,
        Attribute(
            0x00100035,
            "CS",
            "1",
            None,
            name="Patient's Alternative Calendar",
            enumerated=(
                (
                    0,
                    (
                        "PROLEPTIC GREGN",
                        "JULIAN",
                        "PROLEPTIC JULIAN",
                        "EGYPTIAN REGNAL",
                        "HEBREW",
                        "HIJRI",
                    ),
                ),
            ),
            when=("or", ("present", 0x00100033), ("present", 0x00100034)),
        ),
    ] = None
    """Patient's Alternative Calendar (0010,0035): no Type, VR CS, VM 1. Required if either Patient's Birth Date in Alternative Calendar (0010,0033) or Patient's Alternative Death Date in Calendar (0010,0034) is present. The Alternative Calendar used for Patient's Birth Date in Alternative Calendar (0010,0033) and Patient's Death Date in Alternative Calendar (0010,0034). See Section C.7.1.5 for Defined Terms."""

    PatientBirthDate: Annotated[
        vr.DA | None, Attribute(0x00100030, "DA", "1", None, name="Patient's Birth Date")
    ] = None
    """Patient's Birth Date (0010,0030): no Type, VR DA, VM 1. Date of birth of the named Patient."""

    PatientSex: Annotated[
        _PatientSexValue | None,
        Attribute(
            0x00100040, "CS", "1", None, name="Patient's Sex", enumerated=((0, ("M", "F", "O")),)
        ),
    ] = None
    """Patient's Sex (0010,0040): no Type, VR CS, VM 1. Sex of the named Patient. Enumerated Values: M male F female O other"""

    ReferencedPatientPhotoSequence: Annotated[
        list[_ReferencedInstancesAndAccessItem] | None,
        Attribute(0x00101100, "SQ", "1", None, name="Referenced Patient Photo Sequence"),
    ] = None
    """Referenced Patient Photo Sequence (0010,1100): no Type, VR SQ, VM 1. A photo to confirm the identity of a patient. Only a single Item is permitted in this Sequence. See C.2.2.1.1."""

    AdmissionID: Annotated[
        vr.LO | None, Attribute(0x00380010, "LO", "1", None, name="Admission ID")
    ] = None
    """Admission ID (0038,0010): no Type, VR LO, VM 1. Identification number of the Visit as assigned by the healthcare provider Visit and Admission are used interchangeably here."""

    IssuerOfAdmissionIDSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00380014, "SQ", "1", None, name="Issuer of Admission ID Sequence"),
    ] = None
    """Issuer of Admission ID Sequence (0038,0014): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Admission ID. Only a single Item shall be included in this Sequence."""

    AdmittingDiagnosesDescription: Annotated[
        list[vr.LO] | None,
        Attribute(0x00081080, "LO", "1-n", None, name="Admitting Diagnoses Description"),
    ] = None
    """Admitting Diagnoses Description (0008,1080): no Type, VR LO, VM 1-n. Description of admitting diagnosis (diagnoses)."""

    AdmittingDiagnosesCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081084, "SQ", "1", None, name="Admitting Diagnoses Code Sequence"),
    ] = None
    """Admitting Diagnoses Code Sequence (0008,1084): no Type, VR SQ, VM 1. A Sequence that conveys the admitting diagnosis (diagnoses). One or more Items shall be included in this Sequence."""

    ReasonForVisit: Annotated[
        vr.UT | None, Attribute(0x00321066, "UT", "1", None, name="Reason for Visit")
    ] = None
    """Reason for Visit (0032,1066): no Type, VR UT, VM 1. Reason(s) for this visit by the patient to the facility or provider."""

    ReasonForVisitCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00321067, "SQ", "1", None, name="Reason for Visit Code Sequence"),
    ] = None
    """Reason for Visit Code Sequence (0032,1067): no Type, VR SQ, VM 1. Coded reason(s) for this visit by the patient to the facility or provider. If an HL7 message is available with a PV2 segment corresponding to this visit, potential codes may be found in Admit Reason PV2-3."""

    ReferencedRequestSequence: Annotated[
        list[_ReferencedRequestSequenceItem] | None,
        Attribute(0x0040A370, "SQ", "1", None, name="Referenced Request Sequence"),
    ] = None
    """Referenced Request Sequence (0040,A370): no Type, VR SQ, VM 1. Requested Procedures to which the Procedure Step contributes. Zero or more Items shall be included in the Sequence."""

    ReplacedProcedureStepSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00741224, "SQ", "1", None, name="Replaced Procedure Step Sequence"),
    ] = None
    """Replaced Procedure Step Sequence (0074,1224): no Type, VR SQ, VM 1. Canceled procedure step(s) that are replaced by this procedure step. Zero or more Items shall be included in the Sequence."""

    ScheduledProcedureStepPriority: Annotated[
        _ScheduledProcedureStepPriorityValue | None,
        Attribute(
            0x00741200,
            "CS",
            "1",
            None,
            name="Scheduled Procedure Step Priority",
            enumerated=((0, ("HIGH", "MEDIUM", "LOW")),),
        ),
    ] = None
    """Scheduled Procedure Step Priority (0074,1200): no Type, VR CS, VM 1. Priority of the scheduled Procedure Step Enumerated Values: HIGH used to indicate an urgent or emergent work item, equivalent to a STAT request. MEDIUM used to indicate a work item that has a priority less than HIGH and higher than LOW."""

    ScheduledProcedureStepModificationDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x00404010, "DT", "1", None, name="Scheduled Procedure Step Modification Date and Time"
        ),
    ] = None
    """Scheduled Procedure Step Modification Date and Time (0040,4010): no Type, VR DT, VM 1. Date and time when the Scheduled Procedure Information was last modified or first created (whichever is most recent). This Attribute should be automatically updated by the worklist management system whenever any modification is made to Unif..."""

    WorklistLabel: Annotated[
        vr.LO | None, Attribute(0x00741202, "LO", "1", None, name="Worklist Label")
    ] = None
    """Worklist Label (0074,1202): no Type, VR LO, VM 1. A label identifying the worklist to which the Procedure Step Instance belongs."""

    ProcedureStepLabel: Annotated[
        vr.LO | None, Attribute(0x00741204, "LO", "1", None, name="Procedure Step Label")
    ] = None
    """Procedure Step Label (0074,1204): no Type, VR LO, VM 1. A label describing the task of the Procedure Step in text appropriate for displaying in the user selection interface."""

    CommentsOnTheScheduledProcedureStep: Annotated[
        vr.LT | None,
        Attribute(0x00400400, "LT", "1", None, name="Comments on the Scheduled Procedure Step"),
    ] = None
    """Comments on the Scheduled Procedure Step (0040,0400): no Type, VR LT, VM 1. User-defined comments on the scheduled Procedure Step."""

    ScheduledStationNameCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00404025, "SQ", "1", None, name="Scheduled Station Name Code Sequence"),
    ] = None
    """Scheduled Station Name Code Sequence (0040,4025): no Type, VR SQ, VM 1. Identifying names within the enterprise of the equipment for which the Procedure Step is scheduled. The names conveyed in Code Value (0008,0100) may be the same as the AE Titles, but do not have to be."""

    ScheduledStationClassCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00404026, "SQ", "1", None, name="Scheduled Station Class Code Sequence"),
    ] = None
    """Scheduled Station Class Code Sequence (0040,4026): no Type, VR SQ, VM 1. Classes of the equipment for which the Procedure Step is scheduled. Zero or more Items shall be included in this Sequence."""

    ScheduledStationGeographicLocationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00404027, "SQ", "1", None, name="Scheduled Station Geographic Location Code Sequence"
        ),
    ] = None
    """Scheduled Station Geographic Location Code Sequence (0040,4027): no Type, VR SQ, VM 1. Geographic locations of the equipment for which the Procedure Step is scheduled. Zero or more Items shall be included in this Sequence."""

    ScheduledHumanPerformersSequence: Annotated[
        list[_ActualHumanPerformersSequenceItem] | None,
        Attribute(0x00404034, "SQ", "1", None, name="Scheduled Human Performers Sequence"),
    ] = None
    """Scheduled Human Performers Sequence (0040,4034): no Type, VR SQ, VM 1. Human performers that are scheduled to be involved or responsible for performing the Procedure Step. Zero or more Items shall be included in this Sequence."""

    ScheduledProcedureStepStartDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404005, "DT", "1", None, name="Scheduled Procedure Step Start DateTime"),
    ] = None
    """Scheduled Procedure Step Start DateTime (0040,4005): no Type, VR DT, VM 1. Date and time at which the Procedure Step is scheduled to start."""

    ExpectedCompletionDateTime: Annotated[
        vr.DT | None, Attribute(0x00404011, "DT", "1", None, name="Expected Completion DateTime")
    ] = None
    """Expected Completion DateTime (0040,4011): no Type, VR DT, VM 1. Date and time at which the Procedure Step is expected to be completed."""

    ScheduledProcedureStepExpirationDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404008, "DT", "1", None, name="Scheduled Procedure Step Expiration DateTime"),
    ] = None
    """Scheduled Procedure Step Expiration DateTime (0040,4008): no Type, VR DT, VM 1. Date and time after which the Procedure Step is meaningless or undesirable."""

    ScheduledWorkitemCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00404018, "SQ", "1", None, name="Scheduled Workitem Code Sequence"),
    ] = None
    """Scheduled Workitem Code Sequence (0040,4018): no Type, VR SQ, VM 1. Coded description of the Procedure Step. Only a single Item shall be included in this Sequence."""

    ScheduledProcessingParametersSequence: Annotated[
        list[_ProtocolContextSequenceItemScheduledProcedureStep] | None,
        Attribute(0x00741210, "SQ", "1", None, name="Scheduled Processing Parameters Sequence"),
    ] = None
    """Scheduled Processing Parameters Sequence (0074,1210): no Type, VR SQ, VM 1. Processing parameters to be used by the performing system when carrying out the Procedure Step. Zero or more Items shall be included in this Sequence."""

    InputReadinessState: Annotated[
        _InputReadinessStateValue | None,
        Attribute(
            0x00404041,
            "CS",
            "1",
            None,
            name="Input Readiness State",
            enumerated=((0, ("INCOMPLETE", "UNAVAILABLE", "READY")),),
        ),
    ] = None
    """Input Readiness State (0040,4041): no Type, VR CS, VM 1. Readiness state of the Input Information Sequence (0040,4021) and the referenced Instances. Enumerated Values: INCOMPLETE The Input Information Sequence is not yet complete and additional Instance references might be added."""

    InputInformationSequence: Annotated[
        list[_ReferencedInstancesAndAccessItem] | None,
        Attribute(0x00404021, "SQ", "1", None, name="Input Information Sequence"),
    ] = None
    """Input Information Sequence (0040,4021): no Type, VR SQ, VM 1. References to Information Objects needed to perform the scheduled Procedure Step. Referencing unencapsulated HL7 documents is described further in Section C.12.1.1.6. See also Input Readiness State (0040,4041)."""

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", None, name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): no Type, VR UI, VM 1. Unique Study identification that shall be used for the created Composite SOP Instances resulting from this Unified Procedure Step."""

    OutputDestinationSequence: Annotated[
        list[_StorageItem] | None,
        Attribute(0x00404070, "SQ", "1", None, name="Output Destination Sequence"),
    ] = None
    """Output Destination Sequence (0040,4070): no Type, VR SQ, VM 1. The destination to which the performer is requested to store the output objects generated Zero or more Items shall be included in this Sequence. Each Item constitutes a separate storage request."""

    TreatmentSessionUID: Annotated[
        vr.UI | None, Attribute(0x300A0700, "UI", "1", None, name="Treatment Session UID")
    ] = None
    """Treatment Session UID (300A,0700): no Type, VR UI, VM 1. A unique identifier of the RT Treatment Session to which Instances created during this Procedure Step will belong."""

    ProcedureStepState: Annotated[
        _ProcedureStepStateValue | None,
        Attribute(
            0x00741000,
            "CS",
            "1",
            None,
            name="Procedure Step State",
            enumerated=((0, ("SCHEDULED", "IN PROGRESS", "CANCELED", "COMPLETED")),),
        ),
    ] = None
    """Procedure Step State (0074,1000): no Type, VR CS, VM 1. State of the Procedure Step. Enumerated Values: SCHEDULED IN PROGRESS CANCELED COMPLETED See PS3.4 for details on Unified Procedure Step states."""

    ProcedureStepProgressInformationSequence: Annotated[
        list[_ProcedureStepProgressInformationSequenceItem] | None,
        Attribute(0x00741002, "SQ", "1", None, name="Progress Information Sequence"),
    ] = None
    """Progress Information Sequence (0074,1002): no Type, VR SQ, VM 1. Information about work progress for the Procedure Step. Zero or one Item shall be included in this Sequence."""

    UnifiedProcedureStepPerformedProcedureSequence: Annotated[
        list[_UnifiedProcedureStepPerformedProcedureSequenceItem] | None,
        Attribute(
            0x00741216, "SQ", "1", None, name="Unified Procedure Step Performed Procedure Sequence"
        ),
    ] = None
    """Unified Procedure Step Performed Procedure Sequence (0074,1216): no Type, VR SQ, VM 1. Details of the Procedure Step as performed. Zero or one Item shall be included in this Sequence."""

    PatientAge: Annotated[
        vr.AS | None, Attribute(0x00101010, "AS", "1", None, name="Patient's Age")
    ] = None
    """Patient's Age (0010,1010): no Type, VR AS, VM 1. Age of the Patient."""

    Occupation: Annotated[
        vr.SH | None, Attribute(0x00102180, "SH", "1", None, name="Occupation")
    ] = None
    """Occupation (0010,2180): no Type, VR SH, VM 1. Occupation of the Patient."""

    ConfidentialityConstraintOnPatientDataDescription: Annotated[
        vr.LO | None,
        Attribute(
            0x00403001,
            "LO",
            "1",
            None,
            name="Confidentiality Constraint on Patient Data Description",
        ),
    ] = None
    """Confidentiality Constraint on Patient Data Description (0040,3001): no Type, VR LO, VM 1. Special indication to the modality operator about confidentiality of Patient information (e.g., that he should not use the Patient's name where other patients are present)."""

    PatientBirthTime: Annotated[
        vr.TM | None, Attribute(0x00100032, "TM", "1", None, name="Patient's Birth Time")
    ] = None
    """Patient's Birth Time (0010,0032): no Type, VR TM, VM 1. Time of birth of the named Patient."""

    QualityControlSubject: Annotated[
        _QualityControlSubjectValue | None,
        Attribute(
            0x00100200,
            "CS",
            "1",
            None,
            name="Quality Control Subject",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Quality Control Subject (0010,0200): no Type, VR CS, VM 1. Indicates whether or not the subject is a quality control phantom. Enumerated Values: YES NO If this Attribute is absent, then the subject may or may not be a phantom. This Attribute describes a characteristic of the Imaging Subject."""

    PatientInsurancePlanCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00100050, "SQ", "1", None, name="Patient's Insurance Plan Code Sequence"),
    ] = None
    """Patient's Insurance Plan Code Sequence (0010,0050): no Type, VR SQ, VM 1. A Sequence that conveys the Patient's insurance plan. Zero or more Items shall be included in this Sequence."""

    PatientPrimaryLanguageCodeSequence: Annotated[
        list[_PatientPrimaryLanguageCodeSequenceItem] | None,
        Attribute(0x00100101, "SQ", "1", None, name="Patient's Primary Language Code Sequence"),
    ] = None
    """Patient's Primary Language Code Sequence (0010,0101): no Type, VR SQ, VM 1. The languages that can be used to communicate with the Patient. Zero or more Items shall be included in this Sequence. The Items are ordered by preference (most preferred language to least preferred language)."""

    PatientSize: Annotated[
        vr.DS | None, Attribute(0x00101020, "DS", "1", None, name="Patient's Size")
    ] = None
    """Patient's Size (0010,1020): no Type, VR DS, VM 1. Patient's height or length in meters."""

    PatientWeight: Annotated[
        vr.DS | None, Attribute(0x00101030, "DS", "1", None, name="Patient's Weight")
    ] = None
    """Patient's Weight (0010,1030): no Type, VR DS, VM 1. Weight of the Patient in kilograms."""

    PatientSizeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00101021, "SQ", "1", None, name="Patient's Size Code Sequence"),
    ] = None
    """Patient's Size Code Sequence (0010,1021): no Type, VR SQ, VM 1. Patient's size category code One or more Items are permitted in this Sequence."""

    PatientAddress: Annotated[
        vr.LO | None, Attribute(0x00101040, "LO", "1", None, name="Patient's Address")
    ] = None
    """Patient's Address (0010,1040): no Type, VR LO, VM 1. Legal address of the named Patient."""

    MilitaryRank: Annotated[
        vr.LO | None, Attribute(0x00101080, "LO", "1", None, name="Military Rank")
    ] = None
    """Military Rank (0010,1080): no Type, VR LO, VM 1. Military rank of Patient."""

    BranchOfService: Annotated[
        vr.LO | None, Attribute(0x00101081, "LO", "1", None, name="Branch of Service")
    ] = None
    """Branch of Service (0010,1081): no Type, VR LO, VM 1. Branch of the military. The country allegiance may also be included (e.g., U.S. Army)."""

    CountryOfResidence: Annotated[
        vr.LO | None, Attribute(0x00102150, "LO", "1", None, name="Country of Residence")
    ] = None
    """Country of Residence (0010,2150): no Type, VR LO, VM 1. Country in which Patient currently resides."""

    RegionOfResidence: Annotated[
        vr.LO | None, Attribute(0x00102152, "LO", "1", None, name="Region of Residence")
    ] = None
    """Region of Residence (0010,2152): no Type, VR LO, VM 1. Region within Patient's country of residence."""

    PatientTelephoneNumbers: Annotated[
        list[vr.SH] | None,
        Attribute(0x00102154, "SH", "1-n", None, name="Patient's Telephone Numbers"),
    ] = None
    """Patient's Telephone Numbers (0010,2154): no Type, VR SH, VM 1-n. Telephone numbers at which the Patient can be reached."""

    PatientTelecomInformation: Annotated[
        vr.LT | None, Attribute(0x00102155, "LT", "1", None, name="Patient's Telecom Information")
    ] = None
    """Patient's Telecom Information (0010,2155): no Type, VR LT, VM 1. The Patient's personal telecommunication contact information, including telephone, email, or other telecom addresses. This Attribute may have internal format or structure in accordance with local agreement or profile."""

    EthnicGroup: Annotated[
        vr.SH | None, Attribute(0x00102160, "SH", "1", None, name="Ethnic Group")
    ] = None
    """Ethnic Group (0010,2160): no Type, VR SH, VM 1. Ethnic group or race of Patient."""

    EthnicGroupCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00102161, "SQ", "1", None, name="Ethnic Group Code Sequence"),
    ] = None
    """Ethnic Group Code Sequence (0010,2161): no Type, VR SQ, VM 1. Ethnic group or race of Patient. One or more Items are permitted in this Sequence."""

    PatientReligiousPreference: Annotated[
        vr.LO | None, Attribute(0x001021F0, "LO", "1", None, name="Patient's Religious Preference")
    ] = None
    """Patient's Religious Preference (0010,21F0): no Type, VR LO, VM 1. The religious preference of the Patient."""

    PatientComments: Annotated[
        vr.LT | None, Attribute(0x00104000, "LT", "1", None, name="Patient Comments")
    ] = None
    """Patient Comments (0010,4000): no Type, VR LT, VM 1. User-defined comments about the Patient."""

    ResponsiblePerson: Annotated[
        vr.PN | None, Attribute(0x00102297, "PN", "1", None, name="Responsible Person")
    ] = None
    """Responsible Person (0010,2297): no Type, VR PN, VM 1. Name of person with medical or welfare decision making authority for the Patient."""

    ResponsiblePersonRole: Annotated[
        _ResponsiblePersonRoleTerm | vr.CS | None,
        Attribute(0x00102298, "CS", "1", None, name="Responsible Person Role"),
    ] = None
    """Responsible Person Role (0010,2298): no Type, VR CS, VM 1. Relationship of Responsible Person to the Patient. See Section C.7.1.1.1.2 for Defined Terms."""

    ResponsibleOrganization: Annotated[
        vr.LO | None, Attribute(0x00102299, "LO", "1", None, name="Responsible Organization")
    ] = None
    """Responsible Organization (0010,2299): no Type, VR LO, VM 1. Name of organization with medical or welfare decision making authority for the Patient."""

    PatientSpeciesDescription: Annotated[
        vr.LO | None, Attribute(0x00102201, "LO", "1", None, name="Patient Species Description")
    ] = None
    """Patient Species Description (0010,2201): no Type, VR LO, VM 1. The taxonomic rank value (e.g., genus, subgenus, species or subspecies) of the Patient. See Section C.7.1.1.1.3."""

    PatientSpeciesCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00102202, "SQ", "1", None, name="Patient Species Code Sequence"),
    ] = None
    """Patient Species Code Sequence (0010,2202): no Type, VR SQ, VM 1. The taxonomic rank value (e.g., genus, subgenus, species or subspecies) of the Patient. See Section C.7.1.1.1.3. Only a single Item shall be included in this Sequence."""

    PatientBreedDescription: Annotated[
        vr.LO | None, Attribute(0x00102292, "LO", "1", None, name="Patient Breed Description")
    ] = None
    """Patient Breed Description (0010,2292): no Type, VR LO, VM 1. The breed of the Patient. See Section C.7.1.1.1.1."""

    PatientBreedCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00102293, "SQ", "1", None, name="Patient Breed Code Sequence"),
    ] = None
    """Patient Breed Code Sequence (0010,2293): no Type, VR SQ, VM 1. The breed of the Patient. See Section C.7.1.1.1.1. Zero or more Items shall be included in this Sequence."""

    BreedRegistrationSequence: Annotated[
        list[_BreedRegistrationSequenceItem] | None,
        Attribute(0x00102294, "SQ", "1", None, name="Breed Registration Sequence"),
    ] = None
    """Breed Registration Sequence (0010,2294): no Type, VR SQ, VM 1. Information identifying a non-human organism within a breed registry. Zero or more Items shall be included in this Sequence."""

    StrainDescription: Annotated[
        vr.UC | None, Attribute(0x00100212, "UC", "1", None, name="Strain Description")
    ] = None
    """Strain Description (0010,0212): no Type, VR UC, VM 1. The strain of the Patient. See Section C.7.1.1.1.4."""

    StrainNomenclature: Annotated[
        vr.LO | None, Attribute(0x00100213, "LO", "1", None, name="Strain Nomenclature")
    ] = None
    """Strain Nomenclature (0010,0213): no Type, VR LO, VM 1. The nomenclature used for Strain Description (0010,0212). See Section C.7.1.1.1.4."""

    StrainCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00100219, "SQ", "1", None, name="Strain Code Sequence"),
    ] = None
    """Strain Code Sequence (0010,0219): no Type, VR SQ, VM 1. A coded identification of the strain of the Patient. See Section C.7.1.1.1.4. One or more Items are permitted in this Sequence."""

    StrainAdditionalInformation: Annotated[
        vr.UT | None, Attribute(0x00100218, "UT", "1", None, name="Strain Additional Information")
    ] = None
    """Strain Additional Information (0010,0218): no Type, VR UT, VM 1. Additional information about the strain of the Patient that is not encoded in the formal nomenclature used in Strain Description (0010,0212). See Section C.7.1.1.1.4."""

    StrainStockSequence: Annotated[
        list[_StrainStockSequenceItem] | None,
        Attribute(0x00100216, "SQ", "1", None, name="Strain Stock Sequence"),
    ] = None
    """Strain Stock Sequence (0010,0216): no Type, VR SQ, VM 1. Information identifying a non-human organism within a strain stock. Only a single Item is permitted in this Sequence."""

    GeneticModificationsSequence: Annotated[
        list[_GeneticModificationsSequenceItem] | None,
        Attribute(0x00100221, "SQ", "1", None, name="Genetic Modifications Sequence"),
    ] = None
    """Genetic Modifications Sequence (0010,0221): no Type, VR SQ, VM 1. The genetic modifications of the Patient. One or more Items are permitted in this Sequence. See Section C.7.1.1.1.4."""

    MedicalAlerts: Annotated[
        list[vr.LO] | None, Attribute(0x00102000, "LO", "1-n", None, name="Medical Alerts")
    ] = None
    """Medical Alerts (0010,2000): no Type, VR LO, VM 1-n. Conditions to which medical staff should be alerted (e.g., contagious condition, drug allergies, etc.)."""

    Allergies: Annotated[
        list[vr.LO] | None, Attribute(0x00102110, "LO", "1-n", None, name="Allergies")
    ] = None
    """Allergies (0010,2110): no Type, VR LO, VM 1-n. Description of prior reaction to contrast agents, or other Patient allergies or adverse reactions."""

    SmokingStatus: Annotated[
        _SmokingStatusValue | None,
        Attribute(
            0x001021A0,
            "CS",
            "1",
            None,
            name="Smoking Status",
            enumerated=((0, ("YES", "NO", "UNKNOWN")),),
        ),
    ] = None
    """Smoking Status (0010,21A0): no Type, VR CS, VM 1. Indicates whether Patient smokes. Enumerated Values: YES NO UNKNOWN"""

    AdditionalPatientHistory: Annotated[
        vr.LT | None, Attribute(0x001021B0, "LT", "1", None, name="Additional Patient History")
    ] = None
    """Additional Patient History (0010,21B0): no Type, VR LT, VM 1. Additional information about the Patient's medical history."""

    PregnancyStatus: Annotated[
        vr.US | None,
        Attribute(
            0x001021C0,
            "US",
            "1",
            None,
            name="Pregnancy Status",
            enumerated=((0, ("0001", "0002", "0003", "0004")),),
        ),
    ] = None
    """Pregnancy Status (0010,21C0): no Type, VR US, VM 1. Describes pregnancy state of Patient. Enumerated Values: 0001 not pregnant 0002 possibly pregnant 0003 definitely pregnant 0004 unknown"""

    LastMenstrualDate: Annotated[
        vr.DA | None, Attribute(0x001021D0, "DA", "1", None, name="Last Menstrual Date")
    ] = None
    """Last Menstrual Date (0010,21D0): no Type, VR DA, VM 1. Date of onset of last menstrual period."""

    PatientSexNeutered: Annotated[
        _PatientSexNeuteredValue | None,
        Attribute(
            0x00102203,
            "CS",
            "1",
            None,
            name="Patient's Sex Neutered",
            enumerated=((0, ("ALTERED", "UNALTERED")),),
        ),
    ] = None
    """Patient's Sex Neutered (0010,2203): no Type, VR CS, VM 1. Whether or not a procedure has been performed in an effort to render the Patient sterile. Enumerated Values: ALTERED Altered/Neutered UNALTERED Unaltered/intact"""

    PatientBodyMassIndex: Annotated[
        vr.DS | None, Attribute(0x00101022, "DS", "1", None, name="Patient's Body Mass Index")
    ] = None
    """Patient's Body Mass Index (0010,1022): no Type, VR DS, VM 1. Body Mass Index of the Patient in kg/m2."""

    MeasuredAPDimension: Annotated[
        vr.DS | None, Attribute(0x00101023, "DS", "1", None, name="Measured AP Dimension")
    ] = None
    """Measured AP Dimension (0010,1023): no Type, VR DS, VM 1. The thickness in mm of the body part being scanned, in the antero-posterior dimension (per AAPM Report 204). These values are normally derived from a scanned image, but might also be obtained using physical calipers, e.g., for children."""

    MeasuredLateralDimension: Annotated[
        vr.DS | None, Attribute(0x00101024, "DS", "1", None, name="Measured Lateral Dimension")
    ] = None
    """Measured Lateral Dimension (0010,1024): no Type, VR DS, VM 1. The side-to-side (left to right) dimension in mm of the body part being scanned (per AAPM Report 204). These values are normally derived from a scanned image, but might also be obtained using physical calipers, e.g., for children."""

    SpecialNeeds: Annotated[
        vr.LO | None, Attribute(0x00380050, "LO", "1", None, name="Special Needs")
    ] = None
    """Special Needs (0038,0050): no Type, VR LO, VM 1. Medical and social needs (e.g., wheelchair, oxygen, translator, etc.)."""

    PatientState: Annotated[
        vr.LO | None, Attribute(0x00380500, "LO", "1", None, name="Patient State")
    ] = None
    """Patient State (0038,0500): no Type, VR LO, VM 1. Description of Patient state (comatose, disoriented, vision impaired, etc.)."""

    PertinentDocumentsSequence: Annotated[
        list[_PertinentDocumentsSequenceItemPatientMedical] | None,
        Attribute(0x00380100, "SQ", "1", None, name="Pertinent Documents Sequence"),
    ] = None
    """Pertinent Documents Sequence (0038,0100): no Type, VR SQ, VM 1. List of Documents (e.g., SR, or CDA) that contain information considered pertinent for the Patient medical condition. Zero or more Items shall be included in this Sequence."""

    PertinentResourcesSequence: Annotated[
        list[_PertinentResourcesSequenceItem] | None,
        Attribute(0x00380101, "SQ", "1", None, name="Pertinent Resources Sequence"),
    ] = None
    """Pertinent Resources Sequence (0038,0101): no Type, VR SQ, VM 1. List of resources that contain information considered pertinent for the Patient medical condition. Zero or more Items shall be included in this Sequence."""

    PatientClinicalTrialParticipationSequence: Annotated[
        list[_PatientClinicalTrialParticipationSequenceItem] | None,
        Attribute(
            0x00380502, "SQ", "1", None, name="Patient Clinical Trial Participation Sequence"
        ),
    ] = None
    """Patient Clinical Trial Participation Sequence (0038,0502): no Type, VR SQ, VM 1. Sequence of identifiers for clinical trials or research in which the Patient participates. Zero or more Items shall be included in this Sequence."""

    InstitutionName: Annotated[
        vr.LO | None, Attribute(0x00080080, "LO", "1", None, name="Institution Name")
    ] = None
    """Institution Name (0008,0080): no Type, VR LO, VM 1. Institution where the equipment is located."""

    InstitutionAddress: Annotated[
        vr.ST | None, Attribute(0x00080081, "ST", "1", None, name="Institution Address")
    ] = None
    """Institution Address (0008,0081): no Type, VR ST, VM 1. Mailing Address of the institution where the equipment is located."""

    InstitutionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00080082, "SQ", "1", None, name="Institution Code Sequence"),
    ] = None
    """Institution Code Sequence (0008,0082): no Type, VR SQ, VM 1. A Sequence that conveys the healthcare facility identification. Only a single Item shall be included in this Sequence."""

    InstitutionalDepartmentName: Annotated[
        vr.LO | None, Attribute(0x00081040, "LO", "1", None, name="Institutional Department Name")
    ] = None
    """Institutional Department Name (0008,1040): no Type, VR LO, VM 1. The Department, Unit or Service within the healthcare facility."""

    InstitutionalDepartmentTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081041, "SQ", "1", None, name="Institutional Department Type Code Sequence"),
    ] = None
    """Institutional Department Type Code Sequence (0008,1041): no Type, VR SQ, VM 1. A coded description of the type of Department or Service within the healthcare facility. This might be obtained from a corresponding HL7v2 message containing PV1:10 Hospital Service. Only a single Item is permitted in this Sequence."""

    ServiceEpisodeID: Annotated[
        vr.LO | None, Attribute(0x00380060, "LO", "1", None, name="Service Episode ID")
    ] = None
    """Service Episode ID (0038,0060): no Type, VR LO, VM 1. Identifier of the Service Episode as assigned by the healthcare provider."""

    IssuerOfServiceEpisodeIDSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00380064, "SQ", "1", None, name="Issuer of Service Episode ID Sequence"),
    ] = None
    """Issuer of Service Episode ID Sequence (0038,0064): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Service Episode ID. Only a single Item shall be included in this Sequence."""

    ServiceEpisodeDescription: Annotated[
        vr.LO | None, Attribute(0x00380062, "LO", "1", None, name="Service Episode Description")
    ] = None
    """Service Episode Description (0038,0062): no Type, VR LO, VM 1. Description of the type of service episode."""

    VisitStatusID: Annotated[
        _VisitStatusIDTerm | vr.CS | None,
        Attribute(0x00380008, "CS", "1", None, name="Visit Status ID"),
    ] = None
    """Visit Status ID (0038,0008): no Type, VR CS, VM 1. Identifies the state of the Visit. Defined Terms: CREATED Created but not yet scheduled SCHEDULED Scheduled but not yet admitted ADMITTED Patient admitted to institution DISCHARGED Patient Discharged"""

    CurrentPatientLocation: Annotated[
        vr.LO | None, Attribute(0x00380300, "LO", "1", None, name="Current Patient Location")
    ] = None
    """Current Patient Location (0038,0300): no Type, VR LO, VM 1. Describes the current known location of the Patient."""

    PatientInstitutionResidence: Annotated[
        vr.LO | None, Attribute(0x00380400, "LO", "1", None, name="Patient's Institution Residence")
    ] = None
    """Patient's Institution Residence (0038,0400): no Type, VR LO, VM 1. Primary location where Patient resides (ward, floor, room, etc. or outpatient)."""

    VisitComments: Annotated[
        vr.LT | None, Attribute(0x00384000, "LT", "1", None, name="Visit Comments")
    ] = None
    """Visit Comments (0038,4000): no Type, VR LT, VM 1. User-defined comments about the Visit."""

    ReferringPhysicianName: Annotated[
        vr.PN | None, Attribute(0x00080090, "PN", "1", None, name="Referring Physician's Name")
    ] = None
    """Referring Physician's Name (0008,0090): no Type, VR PN, VM 1. Patient's primary referring physician for this Visit."""

    ReferringPhysicianAddress: Annotated[
        vr.ST | None, Attribute(0x00080092, "ST", "1", None, name="Referring Physician's Address")
    ] = None
    """Referring Physician's Address (0008,0092): no Type, VR ST, VM 1. Referring physician's address."""

    ReferringPhysicianTelephoneNumbers: Annotated[
        list[vr.SH] | None,
        Attribute(0x00080094, "SH", "1-n", None, name="Referring Physician's Telephone Numbers"),
    ] = None
    """Referring Physician's Telephone Numbers (0008,0094): no Type, VR SH, VM 1-n. Referring physician's telephone numbers."""

    ReferringPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x00080096, "SQ", "1", None, name="Referring Physician Identification Sequence"),
    ] = None
    """Referring Physician Identification Sequence (0008,0096): no Type, VR SQ, VM 1. Identification of the Patient's referring physician. Only a single Item shall be included in this Sequence."""

    ConsultingPhysicianName: Annotated[
        list[vr.PN] | None,
        Attribute(0x0008009C, "PN", "1-n", None, name="Consulting Physician's Name"),
    ] = None
    """Consulting Physician's Name (0008,009C): no Type, VR PN, VM 1-n. Consulting physician(s) for this Patient Visit."""

    ConsultingPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x0008009D, "SQ", "1", None, name="Consulting Physician Identification Sequence"),
    ] = None
    """Consulting Physician Identification Sequence (0008,009D): no Type, VR SQ, VM 1. Identification of the consulting physician(s). One or more Items are permitted in this Sequence. If more than one Item, the number and order shall correspond to the value of Consulting Physician's Name (0008,009C), if present."""

    RouteOfAdmissions: Annotated[
        vr.LO | None, Attribute(0x00380016, "LO", "1", None, name="Route of Admissions")
    ] = None
    """Route of Admissions (0038,0016): no Type, VR LO, VM 1. Mode of admission: emergency, normal."""

    AdmittingDate: Annotated[
        vr.DA | None, Attribute(0x00380020, "DA", "1", None, name="Admitting Date")
    ] = None
    """Admitting Date (0038,0020): no Type, VR DA, VM 1. Date Patient Visit began."""

    AdmittingTime: Annotated[
        vr.TM | None, Attribute(0x00380021, "TM", "1", None, name="Admitting Time")
    ] = None
    """Admitting Time (0038,0021): no Type, VR TM, VM 1. Time Patient Visit began."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ActualHumanPerformersSequenceItem": (
        "dicomodel.items.actual_human_performers_sequence_item",
        "ActualHumanPerformersSequenceItem",
    ),
    "AdmittingDiagnosesCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AssigningAgencyOrDepartmentCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AssigningFacilitySequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "AssigningJurisdictionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "BlockIdentifyingInformationStatus": (
        "dicomodel.enums.block_identifying_information_status",
        "BlockIdentifyingInformationStatus",
    ),
    "BreedRegistrationSequenceItem": (
        "dicomodel.items.breed_registration_sequence_item",
        "BreedRegistrationSequenceItem",
    ),
    "BreedRegistryCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "CertificateTypeTerm": ("dicomodel.enums.certificate_type", "CertificateTypeTerm"),
    "CertifiedTimestampTypeTerm": (
        "dicomodel.enums.certified_timestamp_type",
        "CertifiedTimestampTypeTerm",
    ),
    "CodingSchemeIdentificationSequenceItem": (
        "dicomodel.items.coding_scheme_identification_sequence_item",
        "CodingSchemeIdentificationSequenceItem",
    ),
    "CodingSchemeRegistryTerm": (
        "dicomodel.enums.coding_scheme_registry",
        "CodingSchemeRegistryTerm",
    ),
    "CodingSchemeResourcesSequenceItem": (
        "dicomodel.items.coding_scheme_resources_sequence_item",
        "CodingSchemeResourcesSequenceItem",
    ),
    "CodingSchemeURLTypeTerm": (
        "dicomodel.enums.coding_scheme_url_type",
        "CodingSchemeURLTypeTerm",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConsultingPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContextGroupIdentificationSequenceItem": (
        "dicomodel.items.context_group_identification_sequence_item",
        "ContextGroupIdentificationSequenceItem",
    ),
    "ContributingEquipmentSequenceItem": (
        "dicomodel.items.contributing_equipment_sequence_item",
        "ContributingEquipmentSequenceItem",
    ),
    "ConversionSourceAttributesSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "DICOMMediaRetrievalSequenceItem": (
        "dicomodel.items.dicom_media_retrieval_sequence_item",
        "DICOMMediaRetrievalSequenceItem",
    ),
    "DICOMRetrievalSequenceItem": (
        "dicomodel.items.dicom_retrieval_sequence_item",
        "DICOMRetrievalSequenceItem",
    ),
    "DICOMStorageSequenceItem": (
        "dicomodel.items.dicom_storage_sequence_item",
        "DICOMStorageSequenceItem",
    ),
    "DeidentificationAction": ("dicomodel.enums.deidentification_action", "DeidentificationAction"),
    "DeidentificationActionSequenceItem": (
        "dicomodel.items.deidentification_action_sequence_item",
        "DeidentificationActionSequenceItem",
    ),
    "DigitalSignaturePurposeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "DigitalSignaturesSequenceItem": (
        "dicomodel.items.digital_signatures_sequence_item",
        "DigitalSignaturesSequenceItem",
    ),
    "EncryptedAttributesSequenceItem": (
        "dicomodel.items.encrypted_attributes_sequence_item",
        "EncryptedAttributesSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EthnicGroupCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "GeneticModificationsCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "GeneticModificationsSequenceItem": (
        "dicomodel.items.genetic_modifications_sequence_item",
        "GeneticModificationsSequenceItem",
    ),
    "HL7StructuredDocumentReferenceSequenceItem": (
        "dicomodel.items.hl7_structured_document_reference_sequence_item",
        "HL7StructuredDocumentReferenceSequenceItem",
    ),
    "HumanPerformerCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InputInformationSequenceItem": (
        "dicomodel.items.referenced_instances_and_access_item",
        "ReferencedInstancesAndAccessItem",
    ),
    "InputReadinessState": ("dicomodel.enums.input_readiness_state", "InputReadinessState"),
    "InstanceOriginStatus": ("dicomodel.enums.instance_origin_status", "InstanceOriginStatus"),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "IssuerOfAccessionNumberSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "IssuerOfAdmissionIDSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "IssuerOfPatientIDQualifiersSequenceItem": (
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    ),
    "IssuerOfServiceEpisodeIDSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "LongitudinalTemporalInformationModified": (
        "dicomodel.enums.longitudinal_temporal_information_modified",
        "LongitudinalTemporalInformationModified",
    ),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MACParametersSequenceItem": (
        "dicomodel.items.mac_parameters_sequence_item",
        "MACParametersSequenceItem",
    ),
    "MappingResourceIdentificationSequenceItem": (
        "dicomodel.items.mapping_resource_identification_sequence_item",
        "MappingResourceIdentificationSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ModifiedAttributesSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "NonconformingModifiedAttributesSequenceItem": (
        "dicomodel.items.nonconforming_modified_attributes_sequence_item",
        "NonconformingModifiedAttributesSequenceItem",
    ),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "OrderFillerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "OrderPlacerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "OriginalAttributesSequenceItem": (
        "dicomodel.items.original_attributes_sequence_item",
        "OriginalAttributesSequenceItem",
    ),
    "OtherPatientIDsSequenceItem": (
        "dicomodel.items.other_patient_i_ds_sequence_item",
        "OtherPatientIDsSequenceItem",
    ),
    "OutputDestinationSequenceItem": ("dicomodel.items.storage_item", "StorageItem"),
    "OutputInformationSequenceItem": (
        "dicomodel.items.referenced_instances_and_access_item",
        "ReferencedInstancesAndAccessItem",
    ),
    "PatientAlternativeCalendar": (
        "dicomodel.enums.patient_alternative_calendar",
        "PatientAlternativeCalendar",
    ),
    "PatientBreedCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PatientClinicalTrialParticipationSequenceItem": (
        "dicomodel.items.patient_clinical_trial_participation_sequence_item",
        "PatientClinicalTrialParticipationSequenceItem",
    ),
    "PatientInsurancePlanCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientPrimaryLanguageCodeSequenceItem": (
        "dicomodel.items.patient_primary_language_code_sequence_item",
        "PatientPrimaryLanguageCodeSequenceItem",
    ),
    "PatientPrimaryLanguageModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientSex": ("dicomodel.enums.patient_sex", "PatientSex"),
    "PatientSexNeutered": ("dicomodel.enums.patient_sex_neutered", "PatientSexNeutered"),
    "PatientSizeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PatientSpeciesCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PerformedProcessingParametersSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    ),
    "PerformedStationClassCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PerformedStationGeographicLocationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PerformedStationNameCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PerformedWorkitemCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PertinentDocumentsSequenceItem": (
        "dicomodel.items.pertinent_documents_sequence_item_patient_medical",
        "PertinentDocumentsSequenceItemPatientMedical",
    ),
    "PertinentResourcesSequenceItem": (
        "dicomodel.items.pertinent_resources_sequence_item",
        "PertinentResourcesSequenceItem",
    ),
    "PrivateDataElementCharacteristicsSequenceItem": (
        "dicomodel.items.private_data_element_characteristics_sequence_item",
        "PrivateDataElementCharacteristicsSequenceItem",
    ),
    "PrivateDataElementDefinitionSequenceItem": (
        "dicomodel.items.private_data_element_definition_sequence_item",
        "PrivateDataElementDefinitionSequenceItem",
    ),
    "ProcedureStepCommunicationsURISequenceItem": (
        "dicomodel.items.procedure_step_communications_uri_sequence_item",
        "ProcedureStepCommunicationsURISequenceItem",
    ),
    "ProcedureStepDiscontinuationReasonCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ProcedureStepProgressInformationSequenceItem": (
        "dicomodel.items.procedure_step_progress_information_sequence_item",
        "ProcedureStepProgressInformationSequenceItem",
    ),
    "ProcedureStepProgressParametersSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    ),
    "ProcedureStepState": ("dicomodel.enums.procedure_step_state", "ProcedureStepState"),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "QualityControlSubject": ("dicomodel.enums.quality_control_subject", "QualityControlSubject"),
    "QueryRetrieveView": ("dicomodel.enums.query_retrieve_view", "QueryRetrieveView"),
    "ReasonForRequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReasonForTheAttributeModificationTerm": (
        "dicomodel.enums.reason_for_the_attribute_modification",
        "ReasonForTheAttributeModificationTerm",
    ),
    "ReasonForVisitCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedDefinedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "ReferencedPatientPhotoSequenceItem": (
        "dicomodel.items.referenced_instances_and_access_item",
        "ReferencedInstancesAndAccessItem",
    ),
    "ReferencedPerformedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "ReferencedRequestSequenceItem": (
        "dicomodel.items.referenced_request_sequence_item",
        "ReferencedRequestSequenceItem",
    ),
    "ReferringPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ReplacedProcedureStepSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RequestingServiceCodeSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "ResponsiblePersonRoleTerm": (
        "dicomodel.enums.responsible_person_role",
        "ResponsiblePersonRoleTerm",
    ),
    "SOPInstanceStatus": ("dicomodel.enums.sop_instance_status", "SOPInstanceStatus"),
    "STOWRSStorageSequenceItem": (
        "dicomodel.items.stowrs_storage_sequence_item",
        "STOWRSStorageSequenceItem",
    ),
    "ScheduledHumanPerformersSequenceItem": (
        "dicomodel.items.actual_human_performers_sequence_item",
        "ActualHumanPerformersSequenceItem",
    ),
    "ScheduledProcedureStepPriority": (
        "dicomodel.enums.scheduled_procedure_step_priority",
        "ScheduledProcedureStepPriority",
    ),
    "ScheduledProcessingParametersSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    ),
    "ScheduledStationClassCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ScheduledStationGeographicLocationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ScheduledStationNameCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ScheduledWorkitemCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "SmokingStatus": ("dicomodel.enums.smoking_status", "SmokingStatus"),
    "StrainCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "StrainSourceRegistryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "StrainStockSequenceItem": (
        "dicomodel.items.strain_stock_sequence_item",
        "StrainStockSequenceItem",
    ),
    "SyntheticData": ("dicomodel.enums.synthetic_data", "SyntheticData"),
    "TypeOfInstancesTerm": ("dicomodel.enums.type_of_instances", "TypeOfInstancesTerm"),
    "TypeOfPatientIDTerm": ("dicomodel.enums.type_of_patient_id", "TypeOfPatientIDTerm"),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "UnifiedProcedureStepPerformedProcedureSequenceItem": (
        "dicomodel.items.unified_procedure_step_performed_procedure_sequence_item",
        "UnifiedProcedureStepPerformedProcedureSequenceItem",
    ),
    "UniversalEntityIDType": ("dicomodel.enums.universal_entity_id_type", "UniversalEntityIDType"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "VisitStatusIDTerm": ("dicomodel.enums.visit_status_id", "VisitStatusIDTerm"),
    "WADORSRetrievalSequenceItem": (
        "dicomodel.items.wadors_retrieval_sequence_item",
        "WADORSRetrievalSequenceItem",
    ),
    "WADORetrievalSequenceItem": (
        "dicomodel.items.wado_retrieval_sequence_item",
        "WADORetrievalSequenceItem",
    ),
    "XDSRetrievalSequenceItem": (
        "dicomodel.items.xds_retrieval_sequence_item",
        "XDSRetrievalSequenceItem",
    ),
    "XDSStorageSequenceItem": (
        "dicomodel.items.xds_retrieval_sequence_item",
        "XDSRetrievalSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
