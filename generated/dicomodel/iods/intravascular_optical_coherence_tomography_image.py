"""Intravascular Optical Coherence Tomography Image IOD.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel, FunctionalGroupUsage, ModuleUsage

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_time_synchronized import (
        AcquisitionTimeSynchronizedValue as _AcquisitionTimeSynchronizedValue,
    )
    from dicomodel.enums.anatomical_orientation_type import (
        AnatomicalOrientationTypeValue as _AnatomicalOrientationTypeValue,
    )
    from dicomodel.enums.body_part_examined import BodyPartExaminedTerm as _BodyPartExaminedTerm
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImageValue as _BurnedInAnnotationEnhancedMRImageValue,
    )
    from dicomodel.enums.cardiac_beat_rejection_technique import (
        CardiacBeatRejectionTechniqueTerm as _CardiacBeatRejectionTechniqueTerm,
    )
    from dicomodel.enums.cardiac_framing_type import (
        CardiacFramingTypeTerm as _CardiacFramingTypeTerm,
    )
    from dicomodel.enums.cardiac_signal_source import (
        CardiacSignalSourceTerm as _CardiacSignalSourceTerm,
    )
    from dicomodel.enums.cardiac_synchronization_technique import (
        CardiacSynchronizationTechniqueValue as _CardiacSynchronizationTechniqueValue,
    )
    from dicomodel.enums.catheter_direction_of_rotation import (
        CatheterDirectionOfRotationValue as _CatheterDirectionOfRotationValue,
    )
    from dicomodel.enums.color_space import ColorSpaceTerm as _ColorSpaceTerm
    from dicomodel.enums.content_qualification import (
        ContentQualificationValue as _ContentQualificationValue,
    )
    from dicomodel.enums.dimension_organization_type import (
        DimensionOrganizationTypeTerm as _DimensionOrganizationTypeTerm,
    )
    from dicomodel.enums.instance_origin_status import (
        InstanceOriginStatusValue as _InstanceOriginStatusValue,
    )
    from dicomodel.enums.interpolation_type import InterpolationTypeTerm as _InterpolationTypeTerm
    from dicomodel.enums.ivus_acquisition import IVUSAcquisitionValue as _IVUSAcquisitionValue
    from dicomodel.enums.laterality import LateralityValue as _LateralityValue
    from dicomodel.enums.longitudinal_temporal_event_type import (
        LongitudinalTemporalEventTypeTerm as _LongitudinalTemporalEventTypeTerm,
    )
    from dicomodel.enums.longitudinal_temporal_information_modified import (
        LongitudinalTemporalInformationModifiedValue as _LongitudinalTemporalInformationModifiedValue,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.modality import (
        ModalityIntravascularOCTSeriesValue as _ModalityIntravascularOCTSeriesValue,
    )
    from dicomodel.enums.oct_acquisition_domain import (
        OCTAcquisitionDomainTerm as _OCTAcquisitionDomainTerm,
    )
    from dicomodel.enums.octz_offset_applied import (
        OCTZOffsetAppliedValue as _OCTZOffsetAppliedValue,
    )
    from dicomodel.enums.patient_alternative_calendar import (
        PatientAlternativeCalendarValue as _PatientAlternativeCalendarValue,
    )
    from dicomodel.enums.patient_identity_removed import (
        PatientIdentityRemovedValue as _PatientIdentityRemovedValue,
    )
    from dicomodel.enums.patient_position import PatientPositionTerm as _PatientPositionTerm
    from dicomodel.enums.patient_sex import PatientSexValue as _PatientSexValue
    from dicomodel.enums.patient_sex_neutered import (
        PatientSexNeuteredValue as _PatientSexNeuteredValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationValue as _PhotometricInterpretationValue,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipTermIntravascularOCTProcessingParameters as _PixelIntensityRelationshipTermIntravascularOCTProcessingParameters,
    )
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationIntravascularOCTImageValue as _PixelPresentationIntravascularOCTImageValue,
    )
    from dicomodel.enums.presentation_intent_type import (
        PresentationIntentTypeValue as _PresentationIntentTypeValue,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImageValue as _PresentationLUTShapeSCMultiFrameImageValue,
    )
    from dicomodel.enums.quality_control_subject import (
        QualityControlSubjectValue as _QualityControlSubjectValue,
    )
    from dicomodel.enums.query_retrieve_view import (
        QueryRetrieveViewValue as _QueryRetrieveViewValue,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesIntravascularOCTImageValue as _RecognizableVisualFeaturesIntravascularOCTImageValue,
    )
    from dicomodel.enums.refractive_index_applied import (
        RefractiveIndexAppliedValue as _RefractiveIndexAppliedValue,
    )
    from dicomodel.enums.responsible_person_role import (
        ResponsiblePersonRoleTerm as _ResponsiblePersonRoleTerm,
    )
    from dicomodel.enums.smoking_status import SmokingStatusValue as _SmokingStatusValue
    from dicomodel.enums.sop_instance_status import (
        SOPInstanceStatusValue as _SOPInstanceStatusValue,
    )
    from dicomodel.enums.stereo_pairs_present import (
        StereoPairsPresentValue as _StereoPairsPresentValue,
    )
    from dicomodel.enums.synchronization_trigger import (
        SynchronizationTriggerValue as _SynchronizationTriggerValue,
    )
    from dicomodel.enums.synthetic_data import SyntheticDataValue as _SyntheticDataValue
    from dicomodel.enums.time_distribution_protocol import (
        TimeDistributionProtocolValue as _TimeDistributionProtocolValue,
    )
    from dicomodel.enums.type_of_patient_id import TypeOfPatientIDTerm as _TypeOfPatientIDTerm
    from dicomodel.enums.volumetric_properties import (
        VolumetricPropertiesIntravascularOCTImageValue as _VolumetricPropertiesIntravascularOCTImageValue,
    )
    from dicomodel.items.breed_registration_sequence_item_patient import (
        BreedRegistrationSequenceItemPatient as _BreedRegistrationSequenceItemPatient,
    )
    from dicomodel.items.cardiac_synchronization_sequence_item import (
        CardiacSynchronizationSequenceItem as _CardiacSynchronizationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.coding_scheme_identification_sequence_item import (
        CodingSchemeIdentificationSequenceItem as _CodingSchemeIdentificationSequenceItem,
    )
    from dicomodel.items.consent_for_clinical_trial_use_sequence_item import (
        ConsentForClinicalTrialUseSequenceItem as _ConsentForClinicalTrialUseSequenceItem,
    )
    from dicomodel.items.context_group_identification_sequence_item import (
        ContextGroupIdentificationSequenceItem as _ContextGroupIdentificationSequenceItem,
    )
    from dicomodel.items.contrast_bolus_agent_sequence_item import (
        ContrastBolusAgentSequenceItem as _ContrastBolusAgentSequenceItem,
    )
    from dicomodel.items.contributing_equipment_sequence_item import (
        ContributingEquipmentSequenceItem as _ContributingEquipmentSequenceItem,
    )
    from dicomodel.items.derivation_image_sequence_item import (
        DerivationImageSequenceItem as _DerivationImageSequenceItem,
    )
    from dicomodel.items.device_sequence_item import DeviceSequenceItem as _DeviceSequenceItem
    from dicomodel.items.digital_signatures_sequence_item import (
        DigitalSignaturesSequenceItem as _DigitalSignaturesSequenceItem,
    )
    from dicomodel.items.dimension_index_sequence_item import (
        DimensionIndexSequenceItem as _DimensionIndexSequenceItem,
    )
    from dicomodel.items.dimension_organization_sequence_item import (
        DimensionOrganizationSequenceItem as _DimensionOrganizationSequenceItem,
    )
    from dicomodel.items.encrypted_attributes_sequence_item import (
        EncryptedAttributesSequenceItem as _EncryptedAttributesSequenceItem,
    )
    from dicomodel.items.frame_anatomy_sequence_item import (
        FrameAnatomySequenceItem as _FrameAnatomySequenceItem,
    )
    from dicomodel.items.frame_content_sequence_item import (
        FrameContentSequenceItem as _FrameContentSequenceItem,
    )
    from dicomodel.items.frame_extraction_sequence_item import (
        FrameExtractionSequenceItem as _FrameExtractionSequenceItem,
    )
    from dicomodel.items.frame_voilut_sequence_item import (
        FrameVOILUTSequenceItem as _FrameVOILUTSequenceItem,
    )
    from dicomodel.items.genetic_modifications_sequence_item_patient import (
        GeneticModificationsSequenceItemPatient as _GeneticModificationsSequenceItemPatient,
    )
    from dicomodel.items.group_of_patients_identification_sequence_item import (
        GroupOfPatientsIdentificationSequenceItem as _GroupOfPatientsIdentificationSequenceItem,
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
    from dicomodel.items.intravascular_frame_content_sequence_item import (
        IntravascularFrameContentSequenceItem as _IntravascularFrameContentSequenceItem,
    )
    from dicomodel.items.intravascular_oct_frame_content_sequence_item import (
        IntravascularOCTFrameContentSequenceItem as _IntravascularOCTFrameContentSequenceItem,
    )
    from dicomodel.items.intravascular_oct_frame_type_sequence_item import (
        IntravascularOCTFrameTypeSequenceItem as _IntravascularOCTFrameTypeSequenceItem,
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
    from dicomodel.items.other_clinical_trial_protocol_i_ds_sequence_item import (
        OtherClinicalTrialProtocolIDsSequenceItem as _OtherClinicalTrialProtocolIDsSequenceItem,
    )
    from dicomodel.items.other_patient_i_ds_sequence_item_patient import (
        OtherPatientIDsSequenceItemPatient as _OtherPatientIDsSequenceItemPatient,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.pixel_intensity_relationship_lut_sequence_item import (
        PixelIntensityRelationshipLUTSequenceItem as _PixelIntensityRelationshipLUTSequenceItem,
    )
    from dicomodel.items.pixel_measures_sequence_item import (
        PixelMeasuresSequenceItem as _PixelMeasuresSequenceItem,
    )
    from dicomodel.items.private_data_element_characteristics_sequence_item import (
        PrivateDataElementCharacteristicsSequenceItem as _PrivateDataElementCharacteristicsSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as _ProtocolContextSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as _ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as _ReferencedInstanceSequenceItemRTDose,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as _ReferencedInstancesAndAccessItem,
    )
    from dicomodel.items.referenced_series_sequence_item import (
        ReferencedSeriesSequenceItem as _ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.related_series_sequence_item import (
        RelatedSeriesSequenceItem as _RelatedSeriesSequenceItem,
    )
    from dicomodel.items.request_attributes_item import (
        RequestAttributesItem as _RequestAttributesItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item import (
        ScheduledProtocolCodeSequenceItem as _ScheduledProtocolCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.source_patient_group_identification_sequence_item import (
        SourcePatientGroupIdentificationSequenceItem as _SourcePatientGroupIdentificationSequenceItem,
    )
    from dicomodel.items.strain_stock_sequence_item_patient import (
        StrainStockSequenceItemPatient as _StrainStockSequenceItemPatient,
    )
    from dicomodel.items.studies_containing_other_referenced_instances_sequence_item import (
        StudiesContainingOtherReferencedInstancesSequenceItem as _StudiesContainingOtherReferencedInstancesSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as _UDIItem
else:
    from dicomodel.lazy import Lazy

    _AcquisitionTimeSynchronizedValue = Lazy(
        "dicomodel.enums.acquisition_time_synchronized", "AcquisitionTimeSynchronizedValue"
    )
    _AnatomicalOrientationTypeValue = Lazy(
        "dicomodel.enums.anatomical_orientation_type", "AnatomicalOrientationTypeValue"
    )
    _BodyPartExaminedTerm = Lazy("dicomodel.enums.body_part_examined", "BodyPartExaminedTerm")
    _BreedRegistrationSequenceItemPatient = Lazy(
        "dicomodel.items.breed_registration_sequence_item_patient",
        "BreedRegistrationSequenceItemPatient",
    )
    _BurnedInAnnotationEnhancedMRImageValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationEnhancedMRImageValue"
    )
    _CardiacBeatRejectionTechniqueTerm = Lazy(
        "dicomodel.enums.cardiac_beat_rejection_technique", "CardiacBeatRejectionTechniqueTerm"
    )
    _CardiacFramingTypeTerm = Lazy("dicomodel.enums.cardiac_framing_type", "CardiacFramingTypeTerm")
    _CardiacSignalSourceTerm = Lazy(
        "dicomodel.enums.cardiac_signal_source", "CardiacSignalSourceTerm"
    )
    _CardiacSynchronizationSequenceItem = Lazy(
        "dicomodel.items.cardiac_synchronization_sequence_item",
        "CardiacSynchronizationSequenceItem",
    )
    _CardiacSynchronizationTechniqueValue = Lazy(
        "dicomodel.enums.cardiac_synchronization_technique", "CardiacSynchronizationTechniqueValue"
    )
    _CatheterDirectionOfRotationValue = Lazy(
        "dicomodel.enums.catheter_direction_of_rotation", "CatheterDirectionOfRotationValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _CodingSchemeIdentificationSequenceItem = Lazy(
        "dicomodel.items.coding_scheme_identification_sequence_item",
        "CodingSchemeIdentificationSequenceItem",
    )
    _ColorSpaceTerm = Lazy("dicomodel.enums.color_space", "ColorSpaceTerm")
    _ConsentForClinicalTrialUseSequenceItem = Lazy(
        "dicomodel.items.consent_for_clinical_trial_use_sequence_item",
        "ConsentForClinicalTrialUseSequenceItem",
    )
    _ContentQualificationValue = Lazy(
        "dicomodel.enums.content_qualification", "ContentQualificationValue"
    )
    _ContextGroupIdentificationSequenceItem = Lazy(
        "dicomodel.items.context_group_identification_sequence_item",
        "ContextGroupIdentificationSequenceItem",
    )
    _ContrastBolusAgentSequenceItem = Lazy(
        "dicomodel.items.contrast_bolus_agent_sequence_item", "ContrastBolusAgentSequenceItem"
    )
    _ContributingEquipmentSequenceItem = Lazy(
        "dicomodel.items.contributing_equipment_sequence_item", "ContributingEquipmentSequenceItem"
    )
    _DerivationImageSequenceItem = Lazy(
        "dicomodel.items.derivation_image_sequence_item", "DerivationImageSequenceItem"
    )
    _DeviceSequenceItem = Lazy("dicomodel.items.device_sequence_item", "DeviceSequenceItem")
    _DigitalSignaturesSequenceItem = Lazy(
        "dicomodel.items.digital_signatures_sequence_item", "DigitalSignaturesSequenceItem"
    )
    _DimensionIndexSequenceItem = Lazy(
        "dicomodel.items.dimension_index_sequence_item", "DimensionIndexSequenceItem"
    )
    _DimensionOrganizationSequenceItem = Lazy(
        "dicomodel.items.dimension_organization_sequence_item", "DimensionOrganizationSequenceItem"
    )
    _DimensionOrganizationTypeTerm = Lazy(
        "dicomodel.enums.dimension_organization_type", "DimensionOrganizationTypeTerm"
    )
    _EncryptedAttributesSequenceItem = Lazy(
        "dicomodel.items.encrypted_attributes_sequence_item", "EncryptedAttributesSequenceItem"
    )
    _FrameAnatomySequenceItem = Lazy(
        "dicomodel.items.frame_anatomy_sequence_item", "FrameAnatomySequenceItem"
    )
    _FrameContentSequenceItem = Lazy(
        "dicomodel.items.frame_content_sequence_item", "FrameContentSequenceItem"
    )
    _FrameExtractionSequenceItem = Lazy(
        "dicomodel.items.frame_extraction_sequence_item", "FrameExtractionSequenceItem"
    )
    _FrameVOILUTSequenceItem = Lazy(
        "dicomodel.items.frame_voilut_sequence_item", "FrameVOILUTSequenceItem"
    )
    _GeneticModificationsSequenceItemPatient = Lazy(
        "dicomodel.items.genetic_modifications_sequence_item_patient",
        "GeneticModificationsSequenceItemPatient",
    )
    _GroupOfPatientsIdentificationSequenceItem = Lazy(
        "dicomodel.items.group_of_patients_identification_sequence_item",
        "GroupOfPatientsIdentificationSequenceItem",
    )
    _HL7StructuredDocumentReferenceSequenceItem = Lazy(
        "dicomodel.items.hl7_structured_document_reference_sequence_item",
        "HL7StructuredDocumentReferenceSequenceItem",
    )
    _HL7v2HierarchicDesignatorItem = Lazy(
        "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
    )
    _IVUSAcquisitionValue = Lazy("dicomodel.enums.ivus_acquisition", "IVUSAcquisitionValue")
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _InstanceOriginStatusValue = Lazy(
        "dicomodel.enums.instance_origin_status", "InstanceOriginStatusValue"
    )
    _InterpolationTypeTerm = Lazy("dicomodel.enums.interpolation_type", "InterpolationTypeTerm")
    _IntravascularFrameContentSequenceItem = Lazy(
        "dicomodel.items.intravascular_frame_content_sequence_item",
        "IntravascularFrameContentSequenceItem",
    )
    _IntravascularOCTFrameContentSequenceItem = Lazy(
        "dicomodel.items.intravascular_oct_frame_content_sequence_item",
        "IntravascularOCTFrameContentSequenceItem",
    )
    _IntravascularOCTFrameTypeSequenceItem = Lazy(
        "dicomodel.items.intravascular_oct_frame_type_sequence_item",
        "IntravascularOCTFrameTypeSequenceItem",
    )
    _IssuerOfPatientIDQualifiersSequenceItem = Lazy(
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    )
    _LateralityValue = Lazy("dicomodel.enums.laterality", "LateralityValue")
    _LongitudinalTemporalEventTypeTerm = Lazy(
        "dicomodel.enums.longitudinal_temporal_event_type", "LongitudinalTemporalEventTypeTerm"
    )
    _LongitudinalTemporalInformationModifiedValue = Lazy(
        "dicomodel.enums.longitudinal_temporal_information_modified",
        "LongitudinalTemporalInformationModifiedValue",
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _MACParametersSequenceItem = Lazy(
        "dicomodel.items.mac_parameters_sequence_item", "MACParametersSequenceItem"
    )
    _MappingResourceIdentificationSequenceItem = Lazy(
        "dicomodel.items.mapping_resource_identification_sequence_item",
        "MappingResourceIdentificationSequenceItem",
    )
    _ModalityIntravascularOCTSeriesValue = Lazy(
        "dicomodel.enums.modality", "ModalityIntravascularOCTSeriesValue"
    )
    _OCTAcquisitionDomainTerm = Lazy(
        "dicomodel.enums.oct_acquisition_domain", "OCTAcquisitionDomainTerm"
    )
    _OCTZOffsetAppliedValue = Lazy("dicomodel.enums.octz_offset_applied", "OCTZOffsetAppliedValue")
    _OriginalAttributesSequenceItem = Lazy(
        "dicomodel.items.original_attributes_sequence_item", "OriginalAttributesSequenceItem"
    )
    _OtherClinicalTrialProtocolIDsSequenceItem = Lazy(
        "dicomodel.items.other_clinical_trial_protocol_i_ds_sequence_item",
        "OtherClinicalTrialProtocolIDsSequenceItem",
    )
    _OtherPatientIDsSequenceItemPatient = Lazy(
        "dicomodel.items.other_patient_i_ds_sequence_item_patient",
        "OtherPatientIDsSequenceItemPatient",
    )
    _PatientAlternativeCalendarValue = Lazy(
        "dicomodel.enums.patient_alternative_calendar", "PatientAlternativeCalendarValue"
    )
    _PatientIdentityRemovedValue = Lazy(
        "dicomodel.enums.patient_identity_removed", "PatientIdentityRemovedValue"
    )
    _PatientPositionTerm = Lazy("dicomodel.enums.patient_position", "PatientPositionTerm")
    _PatientSexNeuteredValue = Lazy(
        "dicomodel.enums.patient_sex_neutered", "PatientSexNeuteredValue"
    )
    _PatientSexValue = Lazy("dicomodel.enums.patient_sex", "PatientSexValue")
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _PhotometricInterpretationValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationValue"
    )
    _PixelIntensityRelationshipLUTSequenceItem = Lazy(
        "dicomodel.items.pixel_intensity_relationship_lut_sequence_item",
        "PixelIntensityRelationshipLUTSequenceItem",
    )
    _PixelIntensityRelationshipTermIntravascularOCTProcessingParameters = Lazy(
        "dicomodel.enums.pixel_intensity_relationship",
        "PixelIntensityRelationshipTermIntravascularOCTProcessingParameters",
    )
    _PixelMeasuresSequenceItem = Lazy(
        "dicomodel.items.pixel_measures_sequence_item", "PixelMeasuresSequenceItem"
    )
    _PixelPresentationIntravascularOCTImageValue = Lazy(
        "dicomodel.enums.pixel_presentation", "PixelPresentationIntravascularOCTImageValue"
    )
    _PresentationIntentTypeValue = Lazy(
        "dicomodel.enums.presentation_intent_type", "PresentationIntentTypeValue"
    )
    _PresentationLUTShapeSCMultiFrameImageValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeSCMultiFrameImageValue"
    )
    _PrivateDataElementCharacteristicsSequenceItem = Lazy(
        "dicomodel.items.private_data_element_characteristics_sequence_item",
        "PrivateDataElementCharacteristicsSequenceItem",
    )
    _ProtocolContextSequenceItem = Lazy(
        "dicomodel.items.protocol_context_sequence_item", "ProtocolContextSequenceItem"
    )
    _QualityControlSubjectValue = Lazy(
        "dicomodel.enums.quality_control_subject", "QualityControlSubjectValue"
    )
    _QueryRetrieveViewValue = Lazy("dicomodel.enums.query_retrieve_view", "QueryRetrieveViewValue")
    _RecognizableVisualFeaturesIntravascularOCTImageValue = Lazy(
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeaturesIntravascularOCTImageValue",
    )
    _ReferencedDefinedProtocolSequenceItem = Lazy(
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    )
    _ReferencedInstanceSequenceItemRTDose = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_rt_dose",
        "ReferencedInstanceSequenceItemRTDose",
    )
    _ReferencedInstancesAndAccessItem = Lazy(
        "dicomodel.items.referenced_instances_and_access_item", "ReferencedInstancesAndAccessItem"
    )
    _ReferencedSeriesSequenceItem = Lazy(
        "dicomodel.items.referenced_series_sequence_item", "ReferencedSeriesSequenceItem"
    )
    _RefractiveIndexAppliedValue = Lazy(
        "dicomodel.enums.refractive_index_applied", "RefractiveIndexAppliedValue"
    )
    _RelatedSeriesSequenceItem = Lazy(
        "dicomodel.items.related_series_sequence_item", "RelatedSeriesSequenceItem"
    )
    _RequestAttributesItem = Lazy(
        "dicomodel.items.request_attributes_item", "RequestAttributesItem"
    )
    _ResponsiblePersonRoleTerm = Lazy(
        "dicomodel.enums.responsible_person_role", "ResponsiblePersonRoleTerm"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _SOPInstanceStatusValue = Lazy("dicomodel.enums.sop_instance_status", "SOPInstanceStatusValue")
    _ScheduledProtocolCodeSequenceItem = Lazy(
        "dicomodel.items.scheduled_protocol_code_sequence_item", "ScheduledProtocolCodeSequenceItem"
    )
    _SmokingStatusValue = Lazy("dicomodel.enums.smoking_status", "SmokingStatusValue")
    _SourcePatientGroupIdentificationSequenceItem = Lazy(
        "dicomodel.items.source_patient_group_identification_sequence_item",
        "SourcePatientGroupIdentificationSequenceItem",
    )
    _StereoPairsPresentValue = Lazy(
        "dicomodel.enums.stereo_pairs_present", "StereoPairsPresentValue"
    )
    _StrainStockSequenceItemPatient = Lazy(
        "dicomodel.items.strain_stock_sequence_item_patient", "StrainStockSequenceItemPatient"
    )
    _StudiesContainingOtherReferencedInstancesSequenceItem = Lazy(
        "dicomodel.items.studies_containing_other_referenced_instances_sequence_item",
        "StudiesContainingOtherReferencedInstancesSequenceItem",
    )
    _SynchronizationTriggerValue = Lazy(
        "dicomodel.enums.synchronization_trigger", "SynchronizationTriggerValue"
    )
    _SyntheticDataValue = Lazy("dicomodel.enums.synthetic_data", "SyntheticDataValue")
    _TimeDistributionProtocolValue = Lazy(
        "dicomodel.enums.time_distribution_protocol", "TimeDistributionProtocolValue"
    )
    _TypeOfPatientIDTerm = Lazy("dicomodel.enums.type_of_patient_id", "TypeOfPatientIDTerm")
    _UDIItem = Lazy("dicomodel.items.udi_item", "UDIItem")
    _VolumetricPropertiesIntravascularOCTImageValue = Lazy(
        "dicomodel.enums.volumetric_properties", "VolumetricPropertiesIntravascularOCTImageValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_time_synchronized import (
        AcquisitionTimeSynchronized as AcquisitionTimeSynchronized,
    )
    from dicomodel.enums.anatomical_orientation_type import (
        AnatomicalOrientationType as AnatomicalOrientationType,
    )
    from dicomodel.enums.block_identifying_information_status import (
        BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus,
    )
    from dicomodel.enums.body_part_examined import BodyPartExaminedTerm as BodyPartExaminedTerm
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImage as BurnedInAnnotation,
    )
    from dicomodel.enums.cardiac_beat_rejection_technique import (
        CardiacBeatRejectionTechniqueTerm as CardiacBeatRejectionTechniqueTerm,
    )
    from dicomodel.enums.cardiac_cycle_position import (
        CardiacCyclePositionTerm as CardiacCyclePositionTerm,
    )
    from dicomodel.enums.cardiac_framing_type import (
        CardiacFramingTypeTerm as CardiacFramingTypeTerm,
    )
    from dicomodel.enums.cardiac_signal_source import (
        CardiacSignalSourceTerm as CardiacSignalSourceTerm,
    )
    from dicomodel.enums.cardiac_synchronization_technique import (
        CardiacSynchronizationTechnique as CardiacSynchronizationTechnique,
    )
    from dicomodel.enums.catheter_direction_of_rotation import (
        CatheterDirectionOfRotation as CatheterDirectionOfRotation,
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
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.consent_for_distribution_flag import (
        ConsentForDistributionFlag as ConsentForDistributionFlag,
    )
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.contrast_bolus_ingredient_opaque import (
        ContrastBolusIngredientOpaque as ContrastBolusIngredientOpaque,
    )
    from dicomodel.enums.deidentification_action import (
        DeidentificationAction as DeidentificationAction,
    )
    from dicomodel.enums.device_diameter_units import (
        DeviceDiameterUnitsTerm as DeviceDiameterUnitsTerm,
    )
    from dicomodel.enums.dimension_organization_type import (
        DimensionOrganizationTypeTerm as DimensionOrganizationTypeTerm,
    )
    from dicomodel.enums.distribution_type import DistributionTypeTerm as DistributionTypeTerm
    from dicomodel.enums.frame_laterality import FrameLaterality as FrameLaterality
    from dicomodel.enums.instance_origin_status import InstanceOriginStatus as InstanceOriginStatus
    from dicomodel.enums.interpolation_type import InterpolationTypeTerm as InterpolationTypeTerm
    from dicomodel.enums.ivus_acquisition import IVUSAcquisition as IVUSAcquisition
    from dicomodel.enums.laterality import Laterality as Laterality
    from dicomodel.enums.longitudinal_temporal_event_type import (
        LongitudinalTemporalEventTypeTerm as LongitudinalTemporalEventTypeTerm,
    )
    from dicomodel.enums.longitudinal_temporal_information_modified import (
        LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.lut_function import LUTFunctionTerm as LUTFunctionTerm
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modality import ModalityIntravascularOCTSeries as Modality
    from dicomodel.enums.oct_acquisition_domain import (
        OCTAcquisitionDomainTerm as OCTAcquisitionDomainTerm,
    )
    from dicomodel.enums.octz_offset_applied import OCTZOffsetApplied as OCTZOffsetApplied
    from dicomodel.enums.patient_alternative_calendar import (
        PatientAlternativeCalendar as PatientAlternativeCalendar,
    )
    from dicomodel.enums.patient_identity_removed import (
        PatientIdentityRemoved as PatientIdentityRemoved,
    )
    from dicomodel.enums.patient_position import PatientPositionTerm as PatientPositionTerm
    from dicomodel.enums.patient_sex import PatientSex as PatientSex
    from dicomodel.enums.patient_sex_neutered import PatientSexNeutered as PatientSexNeutered
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretation as PhotometricInterpretation,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipTermIntravascularOCTProcessingParameters as PixelIntensityRelationshipTerm,
    )
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationIntravascularOCTImage as PixelPresentation,
    )
    from dicomodel.enums.presentation_intent_type import (
        PresentationIntentType as PresentationIntentType,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImage as PresentationLUTShape,
    )
    from dicomodel.enums.quality_control_subject import (
        QualityControlSubject as QualityControlSubject,
    )
    from dicomodel.enums.query_retrieve_view import QueryRetrieveView as QueryRetrieveView
    from dicomodel.enums.reason_for_the_attribute_modification import (
        ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesIntravascularOCTImage as RecognizableVisualFeatures,
    )
    from dicomodel.enums.refractive_index_applied import (
        RefractiveIndexApplied as RefractiveIndexApplied,
    )
    from dicomodel.enums.respiratory_cycle_position import (
        RespiratoryCyclePositionTerm as RespiratoryCyclePositionTerm,
    )
    from dicomodel.enums.responsible_person_role import (
        ResponsiblePersonRoleTerm as ResponsiblePersonRoleTerm,
    )
    from dicomodel.enums.smoking_status import SmokingStatus as SmokingStatus
    from dicomodel.enums.sop_instance_status import SOPInstanceStatus as SOPInstanceStatus
    from dicomodel.enums.spatial_locations_preserved import (
        SpatialLocationsPreserved as SpatialLocationsPreserved,
    )
    from dicomodel.enums.stereo_pairs_present import StereoPairsPresent as StereoPairsPresent
    from dicomodel.enums.synchronization_trigger import (
        SynchronizationTrigger as SynchronizationTrigger,
    )
    from dicomodel.enums.synthetic_data import SyntheticData as SyntheticData
    from dicomodel.enums.time_distribution_protocol import (
        TimeDistributionProtocol as TimeDistributionProtocol,
    )
    from dicomodel.enums.type_of_instances import TypeOfInstancesTerm as TypeOfInstancesTerm
    from dicomodel.enums.type_of_patient_id import TypeOfPatientIDTerm as TypeOfPatientIDTerm
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm
    from dicomodel.enums.volumetric_properties import (
        VolumetricPropertiesIntravascularOCTImage as VolumetricProperties,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.breed_registration_sequence_item_patient import (
        BreedRegistrationSequenceItemPatient as BreedRegistrationSequenceItem,
    )
    from dicomodel.items.cardiac_synchronization_sequence_item import (
        CardiacSynchronizationSequenceItem as CardiacSynchronizationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningJurisdictionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as BreedRegistryCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ClinicalTrialTimePointTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContrastBolusAdministrationRouteSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContrastBolusIngredientCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DeidentificationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DerivationCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EthnicGroupCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as GeneticModificationsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ModeOfPercutaneousAccessSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as PatientBreedCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as PatientSizeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientSpeciesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ProcedureCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForPerformedProcedureCodeSequenceItem,
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
        CodeSequenceItem as RequestingServiceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SeriesDescriptionCodeSequenceItem,
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
    from dicomodel.items.consent_for_clinical_trial_use_sequence_item import (
        ConsentForClinicalTrialUseSequenceItem as ConsentForClinicalTrialUseSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.context_group_identification_sequence_item import (
        ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
    )
    from dicomodel.items.contrast_administration_profile_sequence_item import (
        ContrastAdministrationProfileSequenceItem as ContrastAdministrationProfileSequenceItem,
    )
    from dicomodel.items.contrast_bolus_agent_sequence_item import (
        ContrastBolusAgentSequenceItem as ContrastBolusAgentSequenceItem,
    )
    from dicomodel.items.contributing_equipment_sequence_item import (
        ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem,
    )
    from dicomodel.items.deidentification_action_sequence_item import (
        DeidentificationActionSequenceItem as DeidentificationActionSequenceItem,
    )
    from dicomodel.items.derivation_image_sequence_item import (
        DerivationImageSequenceItem as DerivationImageSequenceItem,
    )
    from dicomodel.items.device_sequence_item import DeviceSequenceItem as DeviceSequenceItem
    from dicomodel.items.dicom_media_retrieval_sequence_item import (
        DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem,
    )
    from dicomodel.items.dicom_retrieval_sequence_item import (
        DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem,
    )
    from dicomodel.items.digital_signatures_sequence_item import (
        DigitalSignaturesSequenceItem as DigitalSignaturesSequenceItem,
    )
    from dicomodel.items.dimension_index_sequence_item import (
        DimensionIndexSequenceItem as DimensionIndexSequenceItem,
    )
    from dicomodel.items.dimension_organization_sequence_item import (
        DimensionOrganizationSequenceItem as DimensionOrganizationSequenceItem,
    )
    from dicomodel.items.encrypted_attributes_sequence_item import (
        EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.frame_anatomy_sequence_item import (
        FrameAnatomySequenceItem as FrameAnatomySequenceItem,
    )
    from dicomodel.items.frame_content_sequence_item import (
        FrameContentSequenceItem as FrameContentSequenceItem,
    )
    from dicomodel.items.frame_extraction_sequence_item import (
        FrameExtractionSequenceItem as FrameExtractionSequenceItem,
    )
    from dicomodel.items.frame_voilut_sequence_item import (
        FrameVOILUTSequenceItem as FrameVOILUTSequenceItem,
    )
    from dicomodel.items.genetic_modifications_sequence_item_patient import (
        GeneticModificationsSequenceItemPatient as GeneticModificationsSequenceItem,
    )
    from dicomodel.items.group_of_patients_identification_sequence_item import (
        GroupOfPatientsIdentificationSequenceItem as GroupOfPatientsIdentificationSequenceItem,
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
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem,
    )
    from dicomodel.items.intravascular_frame_content_sequence_item import (
        IntravascularFrameContentSequenceItem as IntravascularFrameContentSequenceItem,
    )
    from dicomodel.items.intravascular_oct_frame_content_sequence_item import (
        IntravascularOCTFrameContentSequenceItem as IntravascularOCTFrameContentSequenceItem,
    )
    from dicomodel.items.intravascular_oct_frame_type_sequence_item import (
        IntravascularOCTFrameTypeSequenceItem as IntravascularOCTFrameTypeSequenceItem,
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
    from dicomodel.items.other_clinical_trial_protocol_i_ds_sequence_item import (
        OtherClinicalTrialProtocolIDsSequenceItem as OtherClinicalTrialProtocolIDsSequenceItem,
    )
    from dicomodel.items.other_patient_i_ds_sequence_item_patient import (
        OtherPatientIDsSequenceItemPatient as OtherPatientIDsSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ConsultingPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as PerformingPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as PhysiciansOfRecordIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as PhysiciansReadingStudyIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ReferringPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.pixel_intensity_relationship_lut_sequence_item import (
        PixelIntensityRelationshipLUTSequenceItem as PixelIntensityRelationshipLUTSequenceItem,
    )
    from dicomodel.items.pixel_measures_sequence_item import (
        PixelMeasuresSequenceItem as PixelMeasuresSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.private_data_element_characteristics_sequence_item import (
        PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
    )
    from dicomodel.items.private_data_element_definition_sequence_item import (
        PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as AcquisitionContextSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as ProtocolContextSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as ReferencedPatientPhotoSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item import (
        ReferencedSeriesSequenceItem as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.related_series_sequence_item import (
        RelatedSeriesSequenceItem as RelatedSeriesSequenceItem,
    )
    from dicomodel.items.request_attributes_item import (
        RequestAttributesItem as RequestAttributesSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item import (
        ScheduledProtocolCodeSequenceItem as PerformedProtocolCodeSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item import (
        ScheduledProtocolCodeSequenceItem as ScheduledProtocolCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPatientSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStudySequenceItem,
    )
    from dicomodel.items.source_image_sequence_item import (
        SourceImageSequenceItem as SourceImageSequenceItem,
    )
    from dicomodel.items.source_patient_group_identification_sequence_item import (
        SourcePatientGroupIdentificationSequenceItem as SourcePatientGroupIdentificationSequenceItem,
    )
    from dicomodel.items.strain_stock_sequence_item_patient import (
        StrainStockSequenceItemPatient as StrainStockSequenceItem,
    )
    from dicomodel.items.studies_containing_other_referenced_instances_sequence_item import (
        StudiesContainingOtherReferencedInstancesSequenceItem as StudiesContainingOtherReferencedInstancesSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
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

__all__ = [
    "AcquisitionContextSequenceItem",
    "AcquisitionTimeSynchronized",
    "AdmittingDiagnosesCodeSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "AnatomicalOrientationType",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "BlockIdentifyingInformationStatus",
    "BodyPartExaminedTerm",
    "BreedRegistrationSequenceItem",
    "BreedRegistryCodeSequenceItem",
    "BurnedInAnnotation",
    "CardiacBeatRejectionTechniqueTerm",
    "CardiacCyclePositionTerm",
    "CardiacFramingTypeTerm",
    "CardiacSignalSourceTerm",
    "CardiacSynchronizationSequenceItem",
    "CardiacSynchronizationTechnique",
    "CatheterDirectionOfRotation",
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
    "ContentItemModifierSequenceItem",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContextGroupIdentificationSequenceItem",
    "ContrastAdministrationProfileSequenceItem",
    "ContrastBolusAdministrationRouteSequenceItem",
    "ContrastBolusAgentSequenceItem",
    "ContrastBolusIngredientCodeSequenceItem",
    "ContrastBolusIngredientOpaque",
    "ContributingEquipmentSequenceItem",
    "ConversionSourceAttributesSequenceItem",
    "DICOMMediaRetrievalSequenceItem",
    "DICOMRetrievalSequenceItem",
    "DeidentificationAction",
    "DeidentificationActionSequenceItem",
    "DeidentificationMethodCodeSequenceItem",
    "DerivationCodeSequenceItem",
    "DerivationImageSequenceItem",
    "DeviceDiameterUnitsTerm",
    "DeviceSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "DimensionIndexSequenceItem",
    "DimensionOrganizationSequenceItem",
    "DimensionOrganizationTypeTerm",
    "DistributionTypeTerm",
    "EncryptedAttributesSequenceItem",
    "EquivalentCodeSequenceItem",
    "EthnicGroupCodeSequenceItem",
    "FrameAnatomySequenceItem",
    "FrameContentSequenceItem",
    "FrameExtractionSequenceItem",
    "FrameLaterality",
    "FrameVOILUTSequenceItem",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItem",
    "GroupOfPatientsIdentificationSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "IVUSAcquisition",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InterpolationTypeTerm",
    "IntravascularFrameContentSequenceItem",
    "IntravascularOCTFrameContentSequenceItem",
    "IntravascularOCTFrameTypeSequenceItem",
    "IntravascularOpticalCoherenceTomographyImage",
    "IntravascularOpticalCoherenceTomographyImageFunctionalGroupsItem",
    "IssuerOfAccessionNumberSequenceItem",
    "IssuerOfAdmissionIDSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "IssuerOfServiceEpisodeIDSequenceItem",
    "LUTFunctionTerm",
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
    "ModeOfPercutaneousAccessSequenceItem",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OCTAcquisitionDomainTerm",
    "OCTZOffsetApplied",
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
    "PhotometricInterpretation",
    "PhysiciansOfRecordIdentificationSequenceItem",
    "PhysiciansReadingStudyIdentificationSequenceItem",
    "PixelIntensityRelationshipLUTSequenceItem",
    "PixelIntensityRelationshipTerm",
    "PixelMeasuresSequenceItem",
    "PixelPresentation",
    "PresentationIntentType",
    "PresentationLUTShape",
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
    "RecognizableVisualFeatures",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedPatientPhotoSequenceItem",
    "ReferencedPatientSequenceItem",
    "ReferencedPerformedProcedureStepSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "ReferringPhysicianIdentificationSequenceItem",
    "RefractiveIndexApplied",
    "RelatedSeriesSequenceItem",
    "RequestAttributesSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "RequestingServiceCodeSequenceItem",
    "RespiratoryCyclePositionTerm",
    "ResponsiblePersonRoleTerm",
    "SOPInstanceStatus",
    "ScheduledProtocolCodeSequenceItem",
    "SeriesDescriptionCodeSequenceItem",
    "SmokingStatus",
    "SourceImageSequenceItem",
    "SourcePatientGroupIdentificationSequenceItem",
    "SpatialLocationsPreserved",
    "StereoPairsPresent",
    "StrainCodeSequenceItem",
    "StrainSourceRegistryCodeSequenceItem",
    "StrainStockSequenceItem",
    "StudiesContainingOtherReferencedInstancesSequenceItem",
    "SynchronizationTrigger",
    "SyntheticData",
    "TimeDistributionProtocol",
    "TypeOfInstancesTerm",
    "TypeOfPatientIDTerm",
    "UDISequenceItem",
    "UniversalEntityIDType",
    "VOILUTFunctionTerm",
    "ValueType",
    "VolumetricProperties",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
]


class IntravascularOpticalCoherenceTomographyImageFunctionalGroupsItem(DicomModel):
    """An item of the Shared or Per-Frame Functional Groups Sequence of the Intravascular Optical Coherence Tomography Image IOD (PS3.3 Table table_A.66.4.3-1)."""

    dicom_name: ClassVar[str] = "Functional Groups"
    dicom_table: ClassVar[str] = "table_A.66.4.3-1"

    PixelMeasuresSequence: Annotated[
        list[_PixelMeasuresSequenceItem] | None,
        Attribute(0x00289110, "SQ", "1", "1", name="Pixel Measures Sequence"),
    ] = None
    """Pixel Measures Sequence (0028,9110): Type 1, VR SQ, VM 1. Identifies the physical characteristics of the pixels of this frame. Only a single Item shall be included in this Sequence."""

    FrameContentSequence: Annotated[
        list[_FrameContentSequenceItem] | None,
        Attribute(0x00209111, "SQ", "1", "1", name="Frame Content Sequence"),
    ] = None
    """Frame Content Sequence (0020,9111): Type 1, VR SQ, VM 1. Identifies general characteristics of this frame. Only a single Item shall be included in this Sequence."""

    DerivationImageSequence: Annotated[
        list[_DerivationImageSequenceItem] | None,
        Attribute(0x00089124, "SQ", "1", "2", name="Derivation Image Sequence"),
    ] = None
    """Derivation Image Sequence (0008,9124): Type 2, VR SQ, VM 1. The set of Images or other composite SOP Instances that were used to derive this frame. Zero or more Items shall be included in this Sequence."""

    FrameAnatomySequence: Annotated[
        list[_FrameAnatomySequenceItem] | None,
        Attribute(0x00209071, "SQ", "1", "1", name="Frame Anatomy Sequence"),
    ] = None
    """Frame Anatomy Sequence (0020,9071): Type 1, VR SQ, VM 1. Identifies anatomic characteristics of this frame. Only a single Item shall be included in this Sequence."""

    CardiacSynchronizationSequence: Annotated[
        list[_CardiacSynchronizationSequenceItem] | None,
        Attribute(0x00189118, "SQ", "1", "1", name="Cardiac Synchronization Sequence"),
    ] = None
    """Cardiac Synchronization Sequence (0018,9118): Type 1, VR SQ, VM 1. Sequence that describes the frame specific cardiac synchronization parameters. Only a single Item shall be included in this Sequence."""

    FrameVOILUTSequence: Annotated[
        list[_FrameVOILUTSequenceItem] | None,
        Attribute(0x00289132, "SQ", "1", "1", name="Frame VOI LUT Sequence"),
    ] = None
    """Frame VOI LUT Sequence (0028,9132): Type 1, VR SQ, VM 1. Window Center and Width values applied to the frame. Only a single Item is permitted in this Sequence."""

    PixelIntensityRelationshipLUTSequence: Annotated[
        list[_PixelIntensityRelationshipLUTSequenceItem] | None,
        Attribute(0x00289422, "SQ", "1", "1", name="Pixel Intensity Relationship LUT Sequence"),
    ] = None
    """Pixel Intensity Relationship LUT Sequence (0028,9422): Type 1, VR SQ, VM 1. Defines a Sequence of Pixel Intensity Relationship LUTs. One or more Items shall be included in this Sequence. If Pixel Intensity Relationship (0028,1040) value equals LOG, exactly one Item with LUT Function (0028,9474) value TO_LINEAR LUT..."""

    IntravascularOCTFrameTypeSequence: Annotated[
        list[_IntravascularOCTFrameTypeSequenceItem] | None,
        Attribute(0x00520025, "SQ", "1", "1", name="Intravascular OCT Frame Type Sequence"),
    ] = None
    """Intravascular OCT Frame Type Sequence (0052,0025): Type 1, VR SQ, VM 1. Identifies characteristics of this frame. Only a single Item shall be included in this Sequence."""

    IntravascularFrameContentSequence: Annotated[
        list[_IntravascularFrameContentSequenceItem] | None,
        Attribute(0x00520027, "SQ", "1", "1", name="Intravascular Frame Content Sequence"),
    ] = None
    """Intravascular Frame Content Sequence (0052,0027): Type 1, VR SQ, VM 1. A Sequence that describes a general description of this image or frame. Only a single Item shall be included in this Sequence."""

    IntravascularOCTFrameContentSequence: Annotated[
        list[_IntravascularOCTFrameContentSequenceItem] | None,
        Attribute(0x00520029, "SQ", "1", "1", name="Intravascular OCT Frame Content Sequence"),
    ] = None
    """Intravascular OCT Frame Content Sequence (0052,0029): Type 1, VR SQ, VM 1. A Sequence that describes a general description of this image or frame. Only a single Item shall be included in this Sequence."""


class IntravascularOpticalCoherenceTomographyImage(DicomModel):
    """Intravascular Optical Coherence Tomography Image IOD (PS3.3 Table A.66.3-1): its modules' attributes, flat."""

    dicom_name: ClassVar[str] = "Intravascular Optical Coherence Tomography Image"
    dicom_table: ClassVar[str] = "table_A.66.3-1"
    dicom_modules: ClassVar[tuple[ModuleUsage, ...]] = (
        ModuleUsage("Patient", "dicomodel.modules.patient:PatientModule", "M"),
        ModuleUsage(
            "Clinical Trial Subject",
            "dicomodel.modules.clinical_trial_subject:ClinicalTrialSubjectModule",
            "U",
        ),
        ModuleUsage("General Study", "dicomodel.modules.general_study:GeneralStudyModule", "M"),
        ModuleUsage("Patient Study", "dicomodel.modules.patient_study:PatientStudyModule", "U"),
        ModuleUsage(
            "Clinical Trial Study",
            "dicomodel.modules.clinical_trial_study:ClinicalTrialStudyModule",
            "U",
        ),
        ModuleUsage("General Series", "dicomodel.modules.general_series:GeneralSeriesModule", "M"),
        ModuleUsage(
            "Clinical Trial Series",
            "dicomodel.modules.clinical_trial_series:ClinicalTrialSeriesModule",
            "U",
        ),
        ModuleUsage(
            "Intravascular OCT Series",
            "dicomodel.modules.intravascular_oct_series:IntravascularOCTSeriesModule",
            "M",
        ),
        ModuleUsage(
            "Frame of Reference", "dicomodel.modules.frame_of_reference:FrameOfReferenceModule", "M"
        ),
        ModuleUsage(
            "Synchronization", "dicomodel.modules.synchronization:SynchronizationModule", "M"
        ),
        ModuleUsage(
            "General Equipment", "dicomodel.modules.general_equipment:GeneralEquipmentModule", "M"
        ),
        ModuleUsage(
            "Enhanced General Equipment",
            "dicomodel.modules.enhanced_general_equipment:EnhancedGeneralEquipmentModule",
            "M",
        ),
        ModuleUsage("Image Pixel", "dicomodel.modules.image_pixel:ImagePixelModule", "M"),
        ModuleUsage(
            "Supplemental Palette Color Lookup Table",
            "dicomodel.modules.supplemental_palette_color_lookup_table:SupplementalPaletteColorLookupTableModule",
            "C",
            when=("value", 0x00089205, 0, "in", ("COLOR",)),
            condition="Required if Pixel Presentation (0008,9205) in the Intravascular OCT Image Module equals COLOR.",
        ),
        ModuleUsage(
            "Enhanced Contrast/Bolus",
            "dicomodel.modules.enhanced_contrast_bolus:EnhancedContrastBolusModule",
            "M",
        ),
        ModuleUsage(
            "Multi-frame Functional Groups",
            "dicomodel.modules.multi_frame_functional_groups:MultiFrameFunctionalGroupsModule",
            "M",
        ),
        ModuleUsage(
            "Multi-frame Dimension",
            "dicomodel.modules.multi_frame_dimension:MultiFrameDimensionModule",
            "M",
        ),
        ModuleUsage("Device", "dicomodel.modules.device:DeviceModule", "U"),
        ModuleUsage(
            "Acquisition Context",
            "dicomodel.modules.acquisition_context:AcquisitionContextModule",
            "M",
        ),
        ModuleUsage(
            "Cardiac Synchronization",
            "dicomodel.modules.cardiac_synchronization:CardiacSynchronizationModule",
            "C",
            when=("unknown", "depends on the synchronization of the acquisition"),
            condition="Required if cardiac synchronization was used",
        ),
        ModuleUsage(
            "Intravascular OCT Image",
            "dicomodel.modules.intravascular_oct_image:IntravascularOCTImageModule",
            "M",
        ),
        ModuleUsage(
            "Intravascular OCT Acquisition Parameters",
            "dicomodel.modules.intravascular_oct_acquisition_parameters:IntravascularOCTAcquisitionParametersModule",
            "M",
        ),
        ModuleUsage(
            "Intravascular OCT Processing Parameters",
            "dicomodel.modules.intravascular_oct_processing_parameters:IntravascularOCTProcessingParametersModule",
            "C",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            condition="Required if Presentation Intent Type (0008,0068) is FOR PROCESSING.",
        ),
        ModuleUsage(
            "Intravascular Image Acquisition Parameters",
            "dicomodel.modules.intravascular_image_acquisition_parameters:IntravascularImageAcquisitionParametersModule",
            "M",
        ),
        ModuleUsage("SOP Common", "dicomodel.modules.sop_common:SOPCommonModule", "M"),
        ModuleUsage(
            "Common Instance Reference",
            "dicomodel.modules.common_instance_reference:CommonInstanceReferenceModule",
            "M",
        ),
        ModuleUsage(
            "Frame Extraction",
            "dicomodel.modules.frame_extraction:FrameExtractionModule",
            "C",
            when=("unknown", "depends on how the instance was created (frame-level retrieve)"),
            condition="Required if the SOP Instance was created in response to a Frame-Level retrieve request",
        ),
    )
    dicom_functional_groups: ClassVar[tuple[FunctionalGroupUsage, ...]] = (
        FunctionalGroupUsage(
            "Pixel Measures",
            "dicomodel.macros.pixel_measures:PixelMeasuresMacro",
            "C",
            when=("value", 0x00080068, 0, "in", ("FOR PRESENTATION",)),
            condition="Required if Presentation Intent Type (0008,0068) is FOR PRESENTATION.",
        ),
        FunctionalGroupUsage(
            "Frame Content",
            "dicomodel.macros.frame_content:FrameContentMacro",
            "M",
            sharing="per-frame",
            condition="May not be used as a Shared Functional Group.",
        ),
        FunctionalGroupUsage(
            "Derivation Image",
            "dicomodel.macros.derivation_image:DerivationImageMacro",
            "C",
            when=("unknown", "depends on whether the image was derived"),
            condition="Required if the image or frame has been derived from another SOP Instance.",
        ),
        FunctionalGroupUsage(
            "Frame Anatomy", "dicomodel.macros.frame_anatomy:FrameAnatomyMacro", "M"
        ),
        FunctionalGroupUsage(
            "Cardiac Synchronization",
            "dicomodel.macros.cardiac_synchronization:CardiacSynchronizationMacro",
            "C",
            when=("value", 0x00189037, 0, "not_in", ("NONE",)),
            otherwise="may",
            condition="Required if Cardiac Synchronization Technique (0018,9037) equals other than NONE. May be present otherwise.",
        ),
        FunctionalGroupUsage(
            "Frame VOI LUT", "dicomodel.macros.frame_voi_lut:FrameVOILUTMacro", "U"
        ),
        FunctionalGroupUsage(
            "Pixel Intensity Relationship LUT",
            "dicomodel.macros.pixel_intensity_relationship_lut:PixelIntensityRelationshipLUTMacro",
            "C",
            when=("value", 0x00281040, 0, "in", ("LOG",)),
            otherwise="may",
            condition="Required if Pixel Intensity Relationship (0028,1040) equals LOG. May be present otherwise.",
        ),
        FunctionalGroupUsage(
            "Intravascular OCT Frame Type",
            "dicomodel.macros.intravascular_oct_frame_type:IntravascularOCTFrameTypeMacro",
            "M",
        ),
        FunctionalGroupUsage(
            "Intravascular Frame Content",
            "dicomodel.macros.intravascular_frame_content:IntravascularFrameContentMacro",
            "C",
            when=(
                "or",
                ("value", 0x00183100, 0, "in", ("MEASURED",)),
                ("value", 0x00080068, 0, "in", ("FOR PRESENTATION",)),
            ),
            condition="Required if Intravascular Acquisition (0018,3100) equals MEASURED or Presentation Intent Type (0008,0068) equals FOR PRESENTATION.",
        ),
        FunctionalGroupUsage(
            "Intravascular OCT Frame Content",
            "dicomodel.macros.intravascular_oct_frame_content:IntravascularOCTFrameContentMacro",
            "C",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            condition="Required if Presentation Intent Type (0008,0068) equals FOR PROCESSING.",
        ),
    )

    PatientName: Annotated[
        vr.PN | None, Attribute(0x00100010, "PN", "1", "2", name="Patient's Name")
    ]
    """Patient's Name (0010,0010): Type 2, VR PN, VM 1. Patient's full name."""

    PatientID: Annotated[vr.LO | None, Attribute(0x00100020, "LO", "1", "2", name="Patient ID")]
    """Patient ID (0010,0020): Type 2, VR LO, VM 1. Primary identifier for the Patient. In the case of imaging a group of small animals simultaneously, the single value of this identifier corresponds to the identification of the entire group. See also Section C.7.1.4.1.1."""

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
        Attribute(0x00100022, "CS", "1", "3", name="Type of Patient ID"),
    ] = None
    """Type of Patient ID (0010,0022): Type 3, VR CS, VM 1. The type of identifier in the Patient ID (0010,0020). Defined Terms: TEXT RFID BARCODE The identifier is coded as a string regardless of the type, not as a binary value."""

    PatientBirthDate: Annotated[
        vr.DA | None, Attribute(0x00100030, "DA", "1", "2", name="Patient's Birth Date")
    ]
    """Patient's Birth Date (0010,0030): Type 2, VR DA, VM 1. Birth date of the Patient."""

    PatientBirthDateInAlternativeCalendar: Annotated[
        vr.LO | None,
        Attribute(0x00100033, "LO", "1", "3", name="Patient's Birth Date in Alternative Calendar"),
    ] = None
    """Patient's Birth Date in Alternative Calendar (0010,0033): Type 3, VR LO, VM 1. Date of birth of the named Patient in the Alternative Calendar (0010,0035). No format is specified for alternative calendar dates so none should be assumed."""

    PatientDeathDateInAlternativeCalendar: Annotated[
        vr.LO | None,
        Attribute(0x00100034, "LO", "1", "3", name="Patient's Death Date in Alternative Calendar"),
    ] = None
    """Patient's Death Date in Alternative Calendar (0010,0034): Type 3, VR LO, VM 1. Date of death of the named Patient in the Alternative Calendar (0010,0035). No format is specified for alternative calendar dates so none should be assumed."""

    PatientAlternativeCalendar: Annotated[
        _PatientAlternativeCalendarValue | None,
        Attribute(
            0x00100035,
            "CS",
            "1",
            "1C",
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
    """Patient's Alternative Calendar (0010,0035): Type 1C, VR CS, VM 1. Required if either Patient's Birth Date in Alternative Calendar (0010,0033) or Patient's Alternative Death Date in Calendar (0010,0034) is present. The Alternative Calendar used for Patient's Birth Date in Alternative Calendar (0010,0033) and Patient's Death Date in Alternative Calendar (0010,0034). See Section C.7.1.5 for Defined Terms."""

    PatientSex: Annotated[
        _PatientSexValue | None,
        Attribute(
            0x00100040, "CS", "1", "2", name="Patient's Sex", enumerated=((0, ("M", "F", "O")),)
        ),
    ]
    """Patient's Sex (0010,0040): Type 2, VR CS, VM 1. Sex of the named Patient. Enumerated Values: M male F female O other"""

    ReferencedPatientPhotoSequence: Annotated[
        list[_ReferencedInstancesAndAccessItem] | None,
        Attribute(0x00101100, "SQ", "1", "3", name="Referenced Patient Photo Sequence"),
    ] = None
    """Referenced Patient Photo Sequence (0010,1100): Type 3, VR SQ, VM 1. A photo to confirm the identity of a Patient. Only a single Item is permitted in this Sequence. See C.2.2.1.1."""

    QualityControlSubject: Annotated[
        _QualityControlSubjectValue | None,
        Attribute(
            0x00100200,
            "CS",
            "1",
            "3",
            name="Quality Control Subject",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Quality Control Subject (0010,0200): Type 3, VR CS, VM 1. Indicates whether or not the subject is a quality control phantom. Enumerated Values: YES NO If this Attribute is absent, then the subject may or may not be a phantom. This Attribute describes a characteristic of the Imaging Subject."""

    ReferencedPatientSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081120, "SQ", "1", "3", name="Referenced Patient Sequence"),
    ] = None
    """Referenced Patient Sequence (0008,1120): Type 3, VR SQ, VM 1. A Sequence that provides reference to a Patient. Only a single Item is permitted in this Sequence."""

    PatientBirthTime: Annotated[
        vr.TM | None, Attribute(0x00100032, "TM", "1", "3", name="Patient's Birth Time")
    ] = None
    """Patient's Birth Time (0010,0032): Type 3, VR TM, VM 1. Birth time of the Patient."""

    OtherPatientIDsSequence: Annotated[
        list[_OtherPatientIDsSequenceItemPatient] | None,
        Attribute(0x00101002, "SQ", "1", "3", name="Other Patient IDs Sequence"),
    ] = None
    """Other Patient IDs Sequence (0010,1002): Type 3, VR SQ, VM 1. A Sequence of identification numbers or codes used to identify the Patient, which may or may not be human readable, and may or may not have been obtained from an implanted or attached device such as an RFID or barcode."""

    OtherPatientNames: Annotated[
        list[vr.PN] | None, Attribute(0x00101001, "PN", "1-n", "3", name="Other Patient Names")
    ] = None
    """Other Patient Names (0010,1001): Type 3, VR PN, VM 1-n. Other names used to identify the Patient."""

    EthnicGroup: Annotated[
        vr.SH | None, Attribute(0x00102160, "SH", "1", "3", name="Ethnic Group")
    ] = None
    """Ethnic Group (0010,2160): Type 3, VR SH, VM 1. Ethnic group or race of the Patient."""

    EthnicGroupCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00102161, "SQ", "1", "3", name="Ethnic Group Code Sequence"),
    ] = None
    """Ethnic Group Code Sequence (0010,2161): Type 3, VR SQ, VM 1. Ethnic group or race of Patient. One or more Items are permitted in this Sequence."""

    PatientComments: Annotated[
        vr.LT | None, Attribute(0x00104000, "LT", "1", "3", name="Patient Comments")
    ] = None
    """Patient Comments (0010,4000): Type 3, VR LT, VM 1. User-defined additional information about the Patient."""

    PatientSpeciesDescription: Annotated[
        vr.LO | None,
        Attribute(
            0x00102201,
            "LO",
            "1",
            "1C",
            name="Patient Species Description",
            when=(
                "and",
                ("unknown", "depends on whether the patient is a non-human organism"),
                ("not", ("present", 0x00102202)),
            ),
            otherwise="may",
        ),
    ] = None
    """Patient Species Description (0010,2201): Type 1C, VR LO, VM 1. Required if the Patient is a non-human organism and if Patient Species Code Sequence (0010,2202) is not present. May be present otherwise. The taxonomic rank value (e.g., genus, subgenus, species or subspecies) of the Patient. See Section C.7.1.1.1.3. Required if the Patient is a non-human organism and if Patient Species Code Sequence (0010,2202) is not present."""

    PatientSpeciesCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00102202,
            "SQ",
            "1",
            "1C",
            name="Patient Species Code Sequence",
            when=(
                "and",
                ("unknown", "depends on whether the patient is a non-human organism"),
                ("not", ("present", 0x00102201)),
            ),
            otherwise="may",
        ),
    ] = None
    """Patient Species Code Sequence (0010,2202): Type 1C, VR SQ, VM 1. Required if the Patient is a non-human organism and if Patient Species Description (0010,2201) is not present. May be present otherwise. The taxonomic rank value (e.g., genus, subgenus, species or subspecies) of the Patient. See Section C.7.1.1.1.3. Only a single Item shall be included in this Sequence."""

    PatientBreedDescription: Annotated[
        vr.LO | None,
        Attribute(
            0x00102292,
            "LO",
            "1",
            "2C",
            name="Patient Breed Description",
            when=(
                "and",
                ("unknown", "depends on whether the patient is a non-human organism"),
                ("present", 0x00102293),
                ("not", ("has_value", 0x00102293)),
            ),
            otherwise="may",
        ),
    ] = None
    """Patient Breed Description (0010,2292): Type 2C, VR LO, VM 1. Required if the Patient is a non-human organism and if Patient Breed Code Sequence (0010,2293) is empty. May be present otherwise. The breed of the Patient. See Section C.7.1.1.1.1. Required if the Patient is a non-human organism and if Patient Breed Code Sequence (0010,2293) is empty. May be present otherwise."""

    PatientBreedCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00102293,
            "SQ",
            "1",
            "2C",
            name="Patient Breed Code Sequence",
            when=("unknown", "depends on whether the patient is a non-human organism"),
        ),
    ] = None
    """Patient Breed Code Sequence (0010,2293): Type 2C, VR SQ, VM 1. Required if the Patient is a non-human organism. The breed of the Patient. See Section C.7.1.1.1.1. Zero or more Items shall be included in this Sequence. Required if the Patient is a non-human organism."""

    BreedRegistrationSequence: Annotated[
        list[_BreedRegistrationSequenceItemPatient] | None,
        Attribute(
            0x00102294,
            "SQ",
            "1",
            "2C",
            name="Breed Registration Sequence",
            when=("unknown", "depends on whether the patient is a non-human organism"),
        ),
    ] = None
    """Breed Registration Sequence (0010,2294): Type 2C, VR SQ, VM 1. Required if the Patient is a non-human organism. Information identifying a non-human organism within a breed registry. Zero or more Items shall be included in this Sequence. Required if the Patient is a non-human organism."""

    StrainDescription: Annotated[
        vr.UC | None, Attribute(0x00100212, "UC", "1", "3", name="Strain Description")
    ] = None
    """Strain Description (0010,0212): Type 3, VR UC, VM 1. The strain of the Patient. See Section C.7.1.1.1.4."""

    StrainNomenclature: Annotated[
        vr.LO | None, Attribute(0x00100213, "LO", "1", "3", name="Strain Nomenclature")
    ] = None
    """Strain Nomenclature (0010,0213): Type 3, VR LO, VM 1. The nomenclature used for Strain Description (0010,0212). See Section C.7.1.1.1.4."""

    StrainCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00100219, "SQ", "1", "3", name="Strain Code Sequence"),
    ] = None
    """Strain Code Sequence (0010,0219): Type 3, VR SQ, VM 1. A coded identification of the strain of the Patient. See Section C.7.1.1.1.4. One or more Items are permitted in this Sequence."""

    StrainAdditionalInformation: Annotated[
        vr.UT | None, Attribute(0x00100218, "UT", "1", "3", name="Strain Additional Information")
    ] = None
    """Strain Additional Information (0010,0218): Type 3, VR UT, VM 1. Additional information about the strain of the Patient that is not encoded in the formal nomenclature used in Strain Description (0010,0212). See Section C.7.1.1.1.4."""

    StrainStockSequence: Annotated[
        list[_StrainStockSequenceItemPatient] | None,
        Attribute(0x00100216, "SQ", "1", "3", name="Strain Stock Sequence"),
    ] = None
    """Strain Stock Sequence (0010,0216): Type 3, VR SQ, VM 1. Information identifying a non-human organism within a strain stock. Only a single Item is permitted in this Sequence."""

    GeneticModificationsSequence: Annotated[
        list[_GeneticModificationsSequenceItemPatient] | None,
        Attribute(0x00100221, "SQ", "1", "3", name="Genetic Modifications Sequence"),
    ] = None
    """Genetic Modifications Sequence (0010,0221): Type 3, VR SQ, VM 1. The genetic modifications of the Patient. One or more Items are permitted in this Sequence. See Section C.7.1.1.1.4."""

    ResponsiblePerson: Annotated[
        vr.PN | None,
        Attribute(
            0x00102297,
            "PN",
            "1",
            "2C",
            name="Responsible Person",
            when=("unknown", "depends on whether the patient is a non-human organism"),
            otherwise="may",
        ),
    ] = None
    """Responsible Person (0010,2297): Type 2C, VR PN, VM 1. Required if the Patient is a non-human organism. May be present otherwise. Name of person with medical or welfare decision making authority for the Patient. Required if the Patient is a non-human organism. May be present otherwise."""

    ResponsiblePersonRole: Annotated[
        _ResponsiblePersonRoleTerm | vr.CS | None,
        Attribute(
            0x00102298,
            "CS",
            "1",
            "1C",
            name="Responsible Person Role",
            when=("has_value", 0x00102297),
        ),
    ] = None
    """Responsible Person Role (0010,2298): Type 1C, VR CS, VM 1. Required if Responsible Person is present and has a value. Relationship of Responsible Person to the Patient. See Section C.7.1.1.1.2 for Defined Terms. Required if Responsible Person is present and has a value."""

    ResponsibleOrganization: Annotated[
        vr.LO | None,
        Attribute(
            0x00102299,
            "LO",
            "1",
            "2C",
            name="Responsible Organization",
            when=("unknown", "depends on whether the patient is a non-human organism"),
            otherwise="may",
        ),
    ] = None
    """Responsible Organization (0010,2299): Type 2C, VR LO, VM 1. Required if Patient is a non-human organism. May be present otherwise. Name of organization with medical or welfare decision making authority for the Patient. Required if Patient is a non-human organism. May be present otherwise."""

    PatientIdentityRemoved: Annotated[
        _PatientIdentityRemovedValue | None,
        Attribute(
            0x00120062,
            "CS",
            "1",
            "3",
            name="Patient Identity Removed",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Patient Identity Removed (0012,0062): Type 3, VR CS, VM 1. The true identity of the Patient has been removed from the Attributes and the Pixel Data Enumerated Values: YES NO"""

    DeidentificationMethod: Annotated[
        list[vr.LO] | None,
        Attribute(
            0x00120063,
            "LO",
            "1-n",
            "1C",
            name="De-identification Method",
            when=(
                "and",
                ("present", 0x00120062),
                ("value", 0x00120062, 0, "in", ("YES",)),
                ("not", ("present", 0x00120064)),
            ),
            otherwise="may",
        ),
    ] = None
    """De-identification Method (0012,0063): Type 1C, VR LO, VM 1-n. Required if Patient Identity Removed (0012,0062) is present and has a value of YES and De-identification Method Code Sequence (0012,0064) is not present. May be present otherwise. A description or label of the mechanism or method use to remove the Patient's identity. May be multi-valued if successive de-identification steps have been performed."""

    DeidentificationMethodCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00120064,
            "SQ",
            "1",
            "1C",
            name="De-identification Method Code Sequence",
            when=(
                "and",
                ("present", 0x00120062),
                ("value", 0x00120062, 0, "in", ("YES",)),
                ("not", ("present", 0x00120063)),
            ),
            otherwise="may",
        ),
    ] = None
    """De-identification Method Code Sequence (0012,0064): Type 1C, VR SQ, VM 1. Required if Patient Identity Removed (0012,0062) is present and has a value of YES and De-identification Method (0012,0063) is not present. May be present otherwise. A code describing the mechanism or method use to remove the Patient's identity. One or more Items shall be included in this Sequence."""

    SourcePatientGroupIdentificationSequence: Annotated[
        list[_SourcePatientGroupIdentificationSequenceItem] | None,
        Attribute(0x00100026, "SQ", "1", "3", name="Source Patient Group Identification Sequence"),
    ] = None
    """Source Patient Group Identification Sequence (0010,0026): Type 3, VR SQ, VM 1. A Sequence containing the value used for Patient ID (0010,0020) and related Attributes in the source Composite Instances that contained a group of subjects whose data was acquired at the same time, from which this Composite Instance was ext..."""

    GroupOfPatientsIdentificationSequence: Annotated[
        list[_GroupOfPatientsIdentificationSequenceItem] | None,
        Attribute(0x00100027, "SQ", "1", "3", name="Group of Patients Identification Sequence"),
    ] = None
    """Group of Patients Identification Sequence (0010,0027): Type 3, VR SQ, VM 1. A Sequence containing the identifiers and locations of the individual subjects whose data was acquired at the same time (as a group) and encoded in this Composite Instance. See Section C.7.1.4.1.1."""

    ClinicalTrialSponsorName: Annotated[
        vr.LO | None, Attribute(0x00120010, "LO", "1", "1", name="Clinical Trial Sponsor Name")
    ] = None
    """Clinical Trial Sponsor Name (0012,0010): Type 1, VR LO, VM 1. The name of the clinical trial or research sponsor. See Section C.7.1.3.1.1."""

    ClinicalTrialProtocolID: Annotated[
        vr.LO | None, Attribute(0x00120020, "LO", "1", "1", name="Clinical Trial Protocol ID")
    ] = None
    """Clinical Trial Protocol ID (0012,0020): Type 1, VR LO, VM 1. Identifier for the protocol. See Section C.7.1.3.1.2."""

    IssuerOfClinicalTrialProtocolID: Annotated[
        vr.LO | None,
        Attribute(0x00120022, "LO", "1", "3", name="Issuer of Clinical Trial Protocol ID"),
    ] = None
    """Issuer of Clinical Trial Protocol ID (0012,0022): Type 3, VR LO, VM 1. Identifier of the Assigning Authority that issued the Clinical Trial Protocol ID (0012,0020)."""

    OtherClinicalTrialProtocolIDsSequence: Annotated[
        list[_OtherClinicalTrialProtocolIDsSequenceItem] | None,
        Attribute(0x00120023, "SQ", "1", "3", name="Other Clinical Trial Protocol IDs Sequence"),
    ] = None
    """Other Clinical Trial Protocol IDs Sequence (0012,0023): Type 3, VR SQ, VM 1. Identification numbers or codes used to identify the protocol. One or more Items are permitted in this Sequence."""

    ClinicalTrialProtocolName: Annotated[
        vr.LO | None, Attribute(0x00120021, "LO", "1", "2", name="Clinical Trial Protocol Name")
    ] = None
    """Clinical Trial Protocol Name (0012,0021): Type 2, VR LO, VM 1. The name of the clinical trial or research protocol. See Section C.7.1.3.1.3."""

    ClinicalTrialSiteID: Annotated[
        vr.LO | None, Attribute(0x00120030, "LO", "1", "2", name="Clinical Trial Site ID")
    ] = None
    """Clinical Trial Site ID (0012,0030): Type 2, VR LO, VM 1. The identifier of the site responsible for submitting clinical trial or research data. See Section C.7.1.3.1.4."""

    IssuerOfClinicalTrialSiteID: Annotated[
        vr.LO | None, Attribute(0x00120032, "LO", "1", "3", name="Issuer of Clinical Trial Site ID")
    ] = None
    """Issuer of Clinical Trial Site ID (0012,0032): Type 3, VR LO, VM 1. Identifier of the Assigning Authority that issued the Clinical Trial Site ID (0012,0030)."""

    ClinicalTrialSiteName: Annotated[
        vr.LO | None, Attribute(0x00120031, "LO", "1", "2", name="Clinical Trial Site Name")
    ] = None
    """Clinical Trial Site Name (0012,0031): Type 2, VR LO, VM 1. Name of the site responsible for submitting clinical trial or research data. See Section C.7.1.3.1.5"""

    ClinicalTrialSubjectID: Annotated[
        vr.LO | None,
        Attribute(
            0x00120040,
            "LO",
            "1",
            "1C",
            name="Clinical Trial Subject ID",
            when=("not", ("present", 0x00120042)),
            otherwise="may",
        ),
    ] = None
    """Clinical Trial Subject ID (0012,0040): Type 1C, VR LO, VM 1. Shall be present if Clinical Trial Subject Reading ID (0012,0042) is absent. May be present otherwise. The assigned identifier for the clinical trial or research subject. See Section C.7.1.3.1.6. Shall be present if Clinical Trial Subject Reading ID (0012,0042) is absent. May be present otherwise."""

    IssuerOfClinicalTrialSubjectID: Annotated[
        vr.LO | None,
        Attribute(0x00120041, "LO", "1", "3", name="Issuer of Clinical Trial Subject ID"),
    ] = None
    """Issuer of Clinical Trial Subject ID (0012,0041): Type 3, VR LO, VM 1. Identifier of the Assigning Authority that issued the Clinical Trial Subject ID (0012,0040)."""

    ClinicalTrialSubjectReadingID: Annotated[
        vr.LO | None,
        Attribute(
            0x00120042,
            "LO",
            "1",
            "1C",
            name="Clinical Trial Subject Reading ID",
            when=("not", ("present", 0x00120040)),
            otherwise="may",
        ),
    ] = None
    """Clinical Trial Subject Reading ID (0012,0042): Type 1C, VR LO, VM 1. Shall be present if Clinical Trial Subject ID (0012,0040) is absent. May be present otherwise. Identifies the subject for blinded evaluations. Shall be present if Clinical Trial Subject ID (0012,0040) is absent. May be present otherwise. See Section C.7.1.3.1.7."""

    IssuerOfClinicalTrialSubjectReadingID: Annotated[
        vr.LO | None,
        Attribute(0x00120043, "LO", "1", "3", name="Issuer of Clinical Trial Subject Reading ID"),
    ] = None
    """Issuer of Clinical Trial Subject Reading ID (0012,0043): Type 3, VR LO, VM 1. Identifier of the Assigning Authority that issued the Clinical Trial Subject Reading ID (0012,0042)."""

    ClinicalTrialProtocolEthicsCommitteeName: Annotated[
        vr.LO | None,
        Attribute(
            0x00120081,
            "LO",
            "1",
            "1C",
            name="Clinical Trial Protocol Ethics Committee Name",
            when=("present", 0x00120082),
        ),
    ] = None
    """Clinical Trial Protocol Ethics Committee Name (0012,0081): Type 1C, VR LO, VM 1. Required if Clinical Trial Protocol Ethics Committee Approval Number (0012,0082) is present. Name of the Ethics Committee or Institutional Review Board (IRB) or Institutional Animal Care and Use Committees (IACUC) responsible for approval of the Clinical Trial or research."""

    ClinicalTrialProtocolEthicsCommitteeApprovalNumber: Annotated[
        vr.LO | None,
        Attribute(
            0x00120082,
            "LO",
            "1",
            "3",
            name="Clinical Trial Protocol Ethics Committee Approval Number",
        ),
    ] = None
    """Clinical Trial Protocol Ethics Committee Approval Number (0012,0082): Type 3, VR LO, VM 1. Approval number issued by committee described in Clinical Trial Protocol Ethics Committee Name (0012,0081)."""

    StudyInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID")
    ]
    """Study Instance UID (0020,000D): Type 1, VR UI, VM 1. Unique identifier for the Study."""

    StudyDate: Annotated[vr.DA | None, Attribute(0x00080020, "DA", "1", "2", name="Study Date")]
    """Study Date (0008,0020): Type 2, VR DA, VM 1. Date the Study started."""

    StudyTime: Annotated[vr.TM | None, Attribute(0x00080030, "TM", "1", "2", name="Study Time")]
    """Study Time (0008,0030): Type 2, VR TM, VM 1. Time the Study started."""

    ReferringPhysicianName: Annotated[
        vr.PN | None, Attribute(0x00080090, "PN", "1", "2", name="Referring Physician's Name")
    ]
    """Referring Physician's Name (0008,0090): Type 2, VR PN, VM 1. Name of the Patient's referring physician."""

    ReferringPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x00080096, "SQ", "1", "3", name="Referring Physician Identification Sequence"),
    ] = None
    """Referring Physician Identification Sequence (0008,0096): Type 3, VR SQ, VM 1. Identification of the Patient's referring physician. Only a single Item is permitted in this Sequence."""

    ConsultingPhysicianName: Annotated[
        list[vr.PN] | None,
        Attribute(0x0008009C, "PN", "1-n", "3", name="Consulting Physician's Name"),
    ] = None
    """Consulting Physician's Name (0008,009C): Type 3, VR PN, VM 1-n. Consulting physician(s) for this Patient Visit."""

    ConsultingPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x0008009D, "SQ", "1", "3", name="Consulting Physician Identification Sequence"),
    ] = None
    """Consulting Physician Identification Sequence (0008,009D): Type 3, VR SQ, VM 1. Identification of the consulting physician(s). One or more Items are permitted in this Sequence. If more than one Item, the number and order shall correspond to the value of Consulting Physician's Name (0008,009C), if present."""

    StudyID: Annotated[vr.SH | None, Attribute(0x00200010, "SH", "1", "2", name="Study ID")]
    """Study ID (0020,0010): Type 2, VR SH, VM 1. User or equipment generated Study identifier."""

    AccessionNumber: Annotated[
        vr.SH | None, Attribute(0x00080050, "SH", "1", "2", name="Accession Number")
    ]
    """Accession Number (0008,0050): Type 2, VR SH, VM 1. A departmental Information System generated number that identifies the Imaging Service Request."""

    IssuerOfAccessionNumberSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00080051, "SQ", "1", "3", name="Issuer of Accession Number Sequence"),
    ] = None
    """Issuer of Accession Number Sequence (0008,0051): Type 3, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Accession Number. Only a single Item is permitted in this Sequence."""

    StudyDescription: Annotated[
        vr.LO | None, Attribute(0x00081030, "LO", "1", "3", name="Study Description")
    ] = None
    """Study Description (0008,1030): Type 3, VR LO, VM 1. Institution-generated description or classification of the Study performed."""

    PhysiciansOfRecord: Annotated[
        list[vr.PN] | None, Attribute(0x00081048, "PN", "1-n", "3", name="Physician(s) of Record")
    ] = None
    """Physician(s) of Record (0008,1048): Type 3, VR PN, VM 1-n. Names of the physician(s) who are responsible for overall Patient care at time of Study (see Section C.7.3.1 for Performing Physician)."""

    PhysiciansOfRecordIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00081049, "SQ", "1", "3", name="Physician(s) of Record Identification Sequence"
        ),
    ] = None
    """Physician(s) of Record Identification Sequence (0008,1049): Type 3, VR SQ, VM 1. Identification of the physician(s) who are responsible for overall Patient care at time of Study. One or more Items are permitted in this Sequence."""

    NameOfPhysiciansReadingStudy: Annotated[
        list[vr.PN] | None,
        Attribute(0x00081060, "PN", "1-n", "3", name="Name of Physician(s) Reading Study"),
    ] = None
    """Name of Physician(s) Reading Study (0008,1060): Type 3, VR PN, VM 1-n. Names of the physician(s) reading the Study."""

    PhysiciansReadingStudyIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00081062, "SQ", "1", "3", name="Physician(s) Reading Study Identification Sequence"
        ),
    ] = None
    """Physician(s) Reading Study Identification Sequence (0008,1062): Type 3, VR SQ, VM 1. Identification of the physician(s) reading the Study. One or more Items are permitted in this Sequence. If more than one Item, the number and order shall correspond to the value of Name of Physician(s) Reading Study (0008,1060), if present."""

    RequestingService: Annotated[
        vr.LO | None, Attribute(0x00321033, "LO", "1", "3", name="Requesting Service")
    ] = None
    """Requesting Service (0032,1033): Type 3, VR LO, VM 1. Institutional department, unit or service where the request initiated. See Note 1 and Note 2."""

    RequestingServiceCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00321034, "SQ", "1", "3", name="Requesting Service Code Sequence"),
    ] = None
    """Requesting Service Code Sequence (0032,1034): Type 3, VR SQ, VM 1. Institutional department, unit or service where the request initiated. Only a single Item is permitted in this Sequence."""

    ReferencedStudySequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081110, "SQ", "1", "3", name="Referenced Study Sequence"),
    ] = None
    """Referenced Study Sequence (0008,1110): Type 3, VR SQ, VM 1. A Sequence that provides reference to a Study. One or more Items are permitted in this Sequence. See Section 10.6.1."""

    ProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081032, "SQ", "1", "3", name="Procedure Code Sequence"),
    ] = None
    """Procedure Code Sequence (0008,1032): Type 3, VR SQ, VM 1. A Sequence that conveys the type of procedure performed. One or more Items are permitted in this Sequence."""

    ReasonForPerformedProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00401012, "SQ", "1", "3", name="Reason For Performed Procedure Code Sequence"),
    ] = None
    """Reason For Performed Procedure Code Sequence (0040,1012): Type 3, VR SQ, VM 1. Coded reason(s) for performing this procedure. May differ from the values in Reason for the Requested Procedure (0040,100A) in Request Attribute Sequence (0040,0275), for example if what was performed differs from what was requested."""

    AdmittingDiagnosesDescription: Annotated[
        list[vr.LO] | None,
        Attribute(0x00081080, "LO", "1-n", "3", name="Admitting Diagnoses Description"),
    ] = None
    """Admitting Diagnoses Description (0008,1080): Type 3, VR LO, VM 1-n. Description of the admitting diagnosis (diagnoses)."""

    AdmittingDiagnosesCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081084, "SQ", "1", "3", name="Admitting Diagnoses Code Sequence"),
    ] = None
    """Admitting Diagnoses Code Sequence (0008,1084): Type 3, VR SQ, VM 1. A Sequence that conveys the admitting diagnosis (diagnoses). One or more Items are permitted in this Sequence."""

    PatientAge: Annotated[
        vr.AS | None, Attribute(0x00101010, "AS", "1", "3", name="Patient's Age")
    ] = None
    """Patient's Age (0010,1010): Type 3, VR AS, VM 1. Age of the Patient."""

    PatientSize: Annotated[
        vr.DS | None, Attribute(0x00101020, "DS", "1", "3", name="Patient's Size")
    ] = None
    """Patient's Size (0010,1020): Type 3, VR DS, VM 1. Length or size of the Patient, in meters."""

    PatientWeight: Annotated[
        vr.DS | None, Attribute(0x00101030, "DS", "1", "3", name="Patient's Weight")
    ] = None
    """Patient's Weight (0010,1030): Type 3, VR DS, VM 1. Weight of the Patient, in kilograms."""

    PatientBodyMassIndex: Annotated[
        vr.DS | None, Attribute(0x00101022, "DS", "1", "3", name="Patient's Body Mass Index")
    ] = None
    """Patient's Body Mass Index (0010,1022): Type 3, VR DS, VM 1. Body Mass Index of the Patient in kg/m2."""

    MeasuredAPDimension: Annotated[
        vr.DS | None, Attribute(0x00101023, "DS", "1", "3", name="Measured AP Dimension")
    ] = None
    """Measured AP Dimension (0010,1023): Type 3, VR DS, VM 1. The thickness in mm of the body part being scanned, in the antero-posterior dimension (per AAPM Report 204). These values are normally derived from a scanned image, but might also be obtained using physical calipers, e.g., for children."""

    MeasuredLateralDimension: Annotated[
        vr.DS | None, Attribute(0x00101024, "DS", "1", "3", name="Measured Lateral Dimension")
    ] = None
    """Measured Lateral Dimension (0010,1024): Type 3, VR DS, VM 1. The side-to-side (left to right) dimension in mm of the body part being scanned (per AAPM Report 204). These values are normally derived from a scanned image, but might also be obtained using physical calipers, e.g., for children."""

    PatientSizeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00101021, "SQ", "1", "3", name="Patient's Size Code Sequence"),
    ] = None
    """Patient's Size Code Sequence (0010,1021): Type 3, VR SQ, VM 1. Patient's size category code One or more Items are permitted in this Sequence."""

    MedicalAlerts: Annotated[
        list[vr.LO] | None, Attribute(0x00102000, "LO", "1-n", "3", name="Medical Alerts")
    ] = None
    """Medical Alerts (0010,2000): Type 3, VR LO, VM 1-n. Conditions to which medical staff should be alerted (e.g., contagious condition, drug allergies, etc.)."""

    Allergies: Annotated[
        list[vr.LO] | None, Attribute(0x00102110, "LO", "1-n", "3", name="Allergies")
    ] = None
    """Allergies (0010,2110): Type 3, VR LO, VM 1-n. Description of prior reaction to contrast agents, or other patient allergies or adverse reactions."""

    SmokingStatus: Annotated[
        _SmokingStatusValue | None,
        Attribute(
            0x001021A0,
            "CS",
            "1",
            "3",
            name="Smoking Status",
            enumerated=((0, ("YES", "NO", "UNKNOWN")),),
        ),
    ] = None
    """Smoking Status (0010,21A0): Type 3, VR CS, VM 1. Indicates whether Patient smokes. Enumerated Values: YES NO UNKNOWN"""

    PregnancyStatus: Annotated[
        vr.US | None,
        Attribute(
            0x001021C0,
            "US",
            "1",
            "3",
            name="Pregnancy Status",
            enumerated=((0, ("0001", "0002", "0003", "0004")),),
        ),
    ] = None
    """Pregnancy Status (0010,21C0): Type 3, VR US, VM 1. Describes pregnancy state of Patient. Enumerated Values: 0001 not pregnant 0002 possibly pregnant 0003 definitely pregnant 0004 unknown"""

    LastMenstrualDate: Annotated[
        vr.DA | None, Attribute(0x001021D0, "DA", "1", "3", name="Last Menstrual Date")
    ] = None
    """Last Menstrual Date (0010,21D0): Type 3, VR DA, VM 1. Date of onset of last menstrual period."""

    PatientState: Annotated[
        vr.LO | None, Attribute(0x00380500, "LO", "1", "3", name="Patient State")
    ] = None
    """Patient State (0038,0500): Type 3, VR LO, VM 1. Description of Patient state (comatose, disoriented, vision impaired, etc.)."""

    Occupation: Annotated[
        vr.SH | None, Attribute(0x00102180, "SH", "1", "3", name="Occupation")
    ] = None
    """Occupation (0010,2180): Type 3, VR SH, VM 1. Occupation of the Patient."""

    AdditionalPatientHistory: Annotated[
        vr.LT | None, Attribute(0x001021B0, "LT", "1", "3", name="Additional Patient History")
    ] = None
    """Additional Patient History (0010,21B0): Type 3, VR LT, VM 1. Additional information about the Patient's medical history."""

    AdmissionID: Annotated[
        vr.LO | None, Attribute(0x00380010, "LO", "1", "3", name="Admission ID")
    ] = None
    """Admission ID (0038,0010): Type 3, VR LO, VM 1. Identifier of the Visit as assigned by the healthcare provider Visit and Admission are used interchangeably here. In the broader sense, an admission is a type of visit at an institution where there is an admission process for patients."""

    IssuerOfAdmissionIDSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00380014, "SQ", "1", "3", name="Issuer of Admission ID Sequence"),
    ] = None
    """Issuer of Admission ID Sequence (0038,0014): Type 3, VR SQ, VM 1. Identifier of the Assigning Authority that issued Admission ID (0038,0010). Only a single Item is permitted in this Sequence."""

    ReasonForVisit: Annotated[
        vr.UT | None, Attribute(0x00321066, "UT", "1", "3", name="Reason for Visit")
    ] = None
    """Reason for Visit (0032,1066): Type 3, VR UT, VM 1. Reason(s) for this visit by the patient to the facility or provider."""

    ReasonForVisitCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00321067, "SQ", "1", "3", name="Reason for Visit Code Sequence"),
    ] = None
    """Reason for Visit Code Sequence (0032,1067): Type 3, VR SQ, VM 1. Coded reason(s) for this visit by the patient to the facility or provider. If an HL7 message is available with a PV2 segment corresponding to this visit, potential codes may be found in Admit Reason PV2-3."""

    ServiceEpisodeID: Annotated[
        vr.LO | None, Attribute(0x00380060, "LO", "1", "3", name="Service Episode ID")
    ] = None
    """Service Episode ID (0038,0060): Type 3, VR LO, VM 1. Identifier of the Service Episode as assigned by the healthcare provider."""

    IssuerOfServiceEpisodeIDSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00380064, "SQ", "1", "3", name="Issuer of Service Episode ID Sequence"),
    ] = None
    """Issuer of Service Episode ID Sequence (0038,0064): Type 3, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Service Episode ID (0038,0060). Only a single Item is permitted in this Sequence."""

    ServiceEpisodeDescription: Annotated[
        vr.LO | None, Attribute(0x00380062, "LO", "1", "3", name="Service Episode Description")
    ] = None
    """Service Episode Description (0038,0062): Type 3, VR LO, VM 1. Description of the type of service episode."""

    PatientSexNeutered: Annotated[
        _PatientSexNeuteredValue | None,
        Attribute(
            0x00102203,
            "CS",
            "1",
            "2C",
            name="Patient's Sex Neutered",
            enumerated=((0, ("ALTERED", "UNALTERED")),),
            when=("unknown", "depends on whether the patient is a non-human organism"),
            otherwise="may",
        ),
    ] = None
    """Patient's Sex Neutered (0010,2203): Type 2C, VR CS, VM 1. Required if Patient is a non-human organism. May be present otherwise. Whether or not a procedure has been performed in an effort to render the Patient sterile. Enumerated Values: ALTERED Altered/Neutered UNALTERED Unaltered/intact If this Attribute is present but has no value then the status is unknown."""

    ClinicalTrialTimePointID: Annotated[
        vr.LO | None, Attribute(0x00120050, "LO", "1", "2", name="Clinical Trial Time Point ID")
    ] = None
    """Clinical Trial Time Point ID (0012,0050): Type 2, VR LO, VM 1. An identifier specifying the one or more Studies that are grouped together as a clinical time point or submission in a clinical trial or research. See Section C.7.2.3.1.1."""

    IssuerOfClinicalTrialTimePointID: Annotated[
        vr.LO | None,
        Attribute(0x00120055, "LO", "1", "3", name="Issuer of Clinical Trial Time Point ID"),
    ] = None
    """Issuer of Clinical Trial Time Point ID (0012,0055): Type 3, VR LO, VM 1. Identifier of the Assigning Authority that issued the Clinical Trial Time Point ID."""

    ClinicalTrialTimePointDescription: Annotated[
        vr.ST | None,
        Attribute(0x00120051, "ST", "1", "3", name="Clinical Trial Time Point Description"),
    ] = None
    """Clinical Trial Time Point Description (0012,0051): Type 3, VR ST, VM 1. A description of a set of one or more Studies that are grouped together to represent a clinical time point or submission in a clinical trial or research. See Section C.7.2.3.1.1."""

    ClinicalTrialTimePointTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00120054, "SQ", "1", "3", name="Clinical Trial Time Point Type Code Sequence"),
    ] = None
    """Clinical Trial Time Point Type Code Sequence (0012,0054): Type 3, VR SQ, VM 1. A pre-defined type of a set of one or more Studies that are grouped together to represent a clinical time point or submission in a clinical trial or research. See Section C.7.2.3.1.1. One or more Items are permitted in this Sequence."""

    LongitudinalTemporalOffsetFromEvent: Annotated[
        vr.FD | None,
        Attribute(0x00120052, "FD", "1", "3", name="Longitudinal Temporal Offset from Event"),
    ] = None
    """Longitudinal Temporal Offset from Event (0012,0052): Type 3, VR FD, VM 1. An offset in days from a particular event of significance. May be fractional. In the context of a clinical trial, this is often the days since enrollment, or the baseline imaging Study."""

    LongitudinalTemporalEventType: Annotated[
        _LongitudinalTemporalEventTypeTerm | vr.CS | None,
        Attribute(
            0x00120053,
            "CS",
            "1",
            "1C",
            name="Longitudinal Temporal Event Type",
            when=("present", 0x00120052),
        ),
    ] = None
    """Longitudinal Temporal Event Type (0012,0053): Type 1C, VR CS, VM 1. Required if Longitudinal Temporal Offset from Event (0012,0052) is present. The type of event to which Longitudinal Temporal Offset from Event (0012,0052) is relative. Defined Terms: ENROLLMENT Relative to enrollment of the subject in the research activity or clinical trial."""

    ConsentForClinicalTrialUseSequence: Annotated[
        list[_ConsentForClinicalTrialUseSequenceItem] | None,
        Attribute(0x00120083, "SQ", "1", "3", name="Consent for Clinical Trial Use Sequence"),
    ] = None
    """Consent for Clinical Trial Use Sequence (0012,0083): Type 3, VR SQ, VM 1. A Sequence that conveys information about consent for Clinical Trial or research use of the Composite Instances within this Study. One or more Items are permitted in this Sequence. See Section C.7.2.3.1.2."""

    Modality: Annotated[
        _ModalityIntravascularOCTSeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("IVOCT",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the images in this Series. Enumerated Values: IVOCT See Section C.7.3.1.1.1 for further explanation."""

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Unique identifier of the Series."""

    SeriesNumber: Annotated[vr.IS, Attribute(0x00200011, "IS", "1", "1", name="Series Number")]
    """Series Number (0020,0011): Type 1, VR IS, VM 1. A number that identifies this Series."""

    Laterality: Annotated[
        _LateralityValue | None,
        Attribute(
            0x00200060,
            "CS",
            "1",
            "2C",
            name="Laterality",
            enumerated=((0, ("R", "L")),),
            when=(
                "and",
                ("unknown", "depends on whether the body part is paired"),
                ("not", ("present", 0x00200062)),
                ("not", ("present", 0x00209072)),
                ("not", ("present", 0x00240113)),
            ),
        ),
    ] = None
    """Laterality (0020,0060): Type 2C, VR CS, VM 1. Required if the body part examined is a paired structure and Image Laterality (0020,0062) or Frame Laterality (0020,9072) or Measurement Laterality (0024,0113) are not present. Laterality of (paired) body part examined. Required if the body part examined is a paired structure and Image Laterality (0020,0062) or Frame Laterality (0020,9072) or Measurement Laterality (0024,0113) are not present."""

    SeriesDate: Annotated[
        vr.DA | None, Attribute(0x00080021, "DA", "1", "3", name="Series Date")
    ] = None
    """Series Date (0008,0021): Type 3, VR DA, VM 1. Date the Series started."""

    SeriesTime: Annotated[
        vr.TM | None, Attribute(0x00080031, "TM", "1", "3", name="Series Time")
    ] = None
    """Series Time (0008,0031): Type 3, VR TM, VM 1. Time the Series started."""

    PerformingPhysicianName: Annotated[
        list[vr.PN] | None,
        Attribute(0x00081050, "PN", "1-n", "3", name="Performing Physician's Name"),
    ] = None
    """Performing Physician's Name (0008,1050): Type 3, VR PN, VM 1-n. Name of the physician(s) administering the Series."""

    PerformingPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x00081052, "SQ", "1", "3", name="Performing Physician Identification Sequence"),
    ] = None
    """Performing Physician Identification Sequence (0008,1052): Type 3, VR SQ, VM 1. Identification of the physician(s) administering the Series. One or more Items are permitted in this Sequence. If more than one Item, the number and order shall correspond to the value of Performing Physician's Name (0008,1050), if present."""

    ProtocolName: Annotated[
        vr.LO | None, Attribute(0x00181030, "LO", "1", "3", name="Protocol Name")
    ] = None
    """Protocol Name (0018,1030): Type 3, VR LO, VM 1. User-defined description of the conditions under which the Series was performed. This Attribute conveys Series-specific protocol identification and may or may not be identical to the protocol described in the Performed Protocol Code Sequenc..."""

    SeriesDescription: Annotated[
        vr.LO | None, Attribute(0x0008103E, "LO", "1", "3", name="Series Description")
    ] = None
    """Series Description (0008,103E): Type 3, VR LO, VM 1. Description of the Series."""

    SeriesDescriptionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0008103F, "SQ", "1", "3", name="Series Description Code Sequence"),
    ] = None
    """Series Description Code Sequence (0008,103F): Type 3, VR SQ, VM 1. A coded description of the Series. Only a single Item is permitted in this Sequence."""

    OperatorsName: Annotated[
        list[vr.PN] | None, Attribute(0x00081070, "PN", "1-n", "3", name="Operators' Name")
    ] = None
    """Operators' Name (0008,1070): Type 3, VR PN, VM 1-n. Name(s) of the operator(s) supporting the Series."""

    OperatorIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x00081072, "SQ", "1", "3", name="Operator Identification Sequence"),
    ] = None
    """Operator Identification Sequence (0008,1072): Type 3, VR SQ, VM 1. Identification of the operator(s) supporting the Series. One or more Items are permitted in this Sequence. If more than one Item, the number and order shall correspond to the value of Operators' Name (0008,1070), if present."""

    ReferencedPerformedProcedureStepSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00081111,
            "SQ",
            "1",
            "1C",
            name="Referenced Performed Procedure Step Sequence",
            when=(
                "unknown",
                "names no attribute: a Performed Procedure Step SOP Class was involved in the creation of this Series",
            ),
        ),
    ] = None
    """Referenced Performed Procedure Step Sequence (0008,1111): Type 1C, VR SQ, VM 1. Required if a Performed Procedure Step SOP Class was involved in the creation of this Series. Uniquely identifies the Performed Procedure Step SOP Instance to which the Series is related. Only a single Item shall be included in this Sequence."""

    RelatedSeriesSequence: Annotated[
        list[_RelatedSeriesSequenceItem] | None,
        Attribute(0x00081250, "SQ", "1", "3", name="Related Series Sequence"),
    ] = None
    """Related Series Sequence (0008,1250): Type 3, VR SQ, VM 1. Identification of Series significantly related to this Series. One or more Items are permitted in this Sequence. For example, for a combined CT and PET acquisition, the CT images and PET images would be in separate Series that could cross-r..."""

    BodyPartExamined: Annotated[
        _BodyPartExaminedTerm | vr.CS | None,
        Attribute(0x00180015, "CS", "1", "3", name="Body Part Examined"),
    ] = None
    """Body Part Examined (0018,0015): Type 3, VR CS, VM 1. Text description of the part of the body examined. See Annex L in PS3.16 for Defined Terms Some IODs support the Anatomic Region Sequence (0008,2218), which can provide a more comprehensive mechanism for specifying the body part being exami..."""

    PatientPosition: Annotated[
        _PatientPositionTerm | vr.CS | None,
        Attribute(
            0x00185100,
            "CS",
            "1",
            "2C",
            name="Patient Position",
            when=(
                "and",
                ("not", ("present", 0x00540410)),
                (
                    "sop_class",
                    (
                        "1.2.840.10008.5.1.4.1.1.2",
                        "1.2.840.10008.5.1.4.1.1.4",
                        "1.2.840.10008.5.1.4.1.1.2.1",
                        "1.2.840.10008.5.1.4.1.1.4.1",
                        "1.2.840.10008.5.1.4.1.1.4.3",
                        "1.2.840.10008.5.1.4.1.1.4.2",
                    ),
                ),
            ),
        ),
    ] = None
    """Patient Position (0018,5100): Type 2C, VR CS, VM 1. Required for images where Patient Orientation Code Sequence (0054,0410) is not present and whose SOP Class is one of the following: CT (\"1.2.840.10008.5.1.4.1.1.2\") or MR (\"1.2.840.10008.5.1.4.1.1.4\") or Enhanced CT (\"1.2.840.10008.5.1.4.1.1.2.1\") or Enhanced MR Image (\"1.2.840.10008.5.1.4.1.1.4.1\") or Enhanced Color MR Image (\"1.2.840.10008.5.1.4.1.1.4.3\") or MR Spectroscopy (\"1.2.840.10008.5.1.4... Patient position descriptor relative to the equipment. Required for images where Patient Orientation Code Sequence (0054,0410) is not present and whose SOP Class is one of the following: CT (\"1.2.840.10008.5.1.4.1.1.2\") or MR (\"1.2.840.1000..."""

    SmallestPixelValueInSeries: Annotated[
        vr.US | vr.SS | None,
        Attribute(0x00280108, "US or SS", "1", "3", name="Smallest Pixel Value in Series"),
    ] = None
    """Smallest Pixel Value in Series (0028,0108): Type 3, VR US or SS, VM 1. The minimum value of all images in this Series."""

    LargestPixelValueInSeries: Annotated[
        vr.US | vr.SS | None,
        Attribute(0x00280109, "US or SS", "1", "3", name="Largest Pixel Value in Series"),
    ] = None
    """Largest Pixel Value in Series (0028,0109): Type 3, VR US or SS, VM 1. The maximum value of all images in this Series."""

    RequestAttributesSequence: Annotated[
        list[_RequestAttributesItem] | None,
        Attribute(0x00400275, "SQ", "1", "3", name="Request Attributes Sequence"),
    ] = None
    """Request Attributes Sequence (0040,0275): Type 3, VR SQ, VM 1. Sequence that contains Attributes from the Imaging Service Request. One or more Items are permitted in this Sequence."""

    PerformedProcedureStepID: Annotated[
        vr.SH | None, Attribute(0x00400253, "SH", "1", "3", name="Performed Procedure Step ID")
    ] = None
    """Performed Procedure Step ID (0040,0253): Type 3, VR SH, VM 1. User or equipment generated identifier of that part of a Procedure that has been carried out within this step."""

    PerformedProcedureStepStartDate: Annotated[
        vr.DA | None,
        Attribute(0x00400244, "DA", "1", "3", name="Performed Procedure Step Start Date"),
    ] = None
    """Performed Procedure Step Start Date (0040,0244): Type 3, VR DA, VM 1. Date on which the Performed Procedure Step started."""

    PerformedProcedureStepStartTime: Annotated[
        vr.TM | None,
        Attribute(0x00400245, "TM", "1", "3", name="Performed Procedure Step Start Time"),
    ] = None
    """Performed Procedure Step Start Time (0040,0245): Type 3, VR TM, VM 1. Time on which the Performed Procedure Step started."""

    PerformedProcedureStepEndDate: Annotated[
        vr.DA | None,
        Attribute(0x00400250, "DA", "1", "3", name="Performed Procedure Step End Date"),
    ] = None
    """Performed Procedure Step End Date (0040,0250): Type 3, VR DA, VM 1. Date on which the Performed Procedure Step ended."""

    PerformedProcedureStepEndTime: Annotated[
        vr.TM | None,
        Attribute(0x00400251, "TM", "1", "3", name="Performed Procedure Step End Time"),
    ] = None
    """Performed Procedure Step End Time (0040,0251): Type 3, VR TM, VM 1. Time at which the Performed Procedure Step ended."""

    PerformedProcedureStepDescription: Annotated[
        vr.LO | None,
        Attribute(0x00400254, "LO", "1", "3", name="Performed Procedure Step Description"),
    ] = None
    """Performed Procedure Step Description (0040,0254): Type 3, VR LO, VM 1. Institution-generated description or classification of the Procedure Step that was performed."""

    PerformedProtocolCodeSequence: Annotated[
        list[_ScheduledProtocolCodeSequenceItem] | None,
        Attribute(0x00400260, "SQ", "1", "3", name="Performed Protocol Code Sequence"),
    ] = None
    """Performed Protocol Code Sequence (0040,0260): Type 3, VR SQ, VM 1. Sequence describing the Protocol performed for this Procedure Step. One or more Items are permitted in this Sequence."""

    CommentsOnThePerformedProcedureStep: Annotated[
        vr.ST | None,
        Attribute(0x00400280, "ST", "1", "3", name="Comments on the Performed Procedure Step"),
    ] = None
    """Comments on the Performed Procedure Step (0040,0280): Type 3, VR ST, VM 1. User-defined comments on the Performed Procedure Step."""

    AnatomicalOrientationType: Annotated[
        _AnatomicalOrientationTypeValue | None,
        Attribute(
            0x00102210,
            "CS",
            "1",
            "1C",
            name="Anatomical Orientation Type",
            enumerated=((0, ("BIPED", "QUADRUPED")),),
            when=("unknown", "depends on whether the patient is a non-human organism"),
            otherwise="may",
        ),
    ] = None
    """Anatomical Orientation Type (0010,2210): Type 1C, VR CS, VM 1. Required if the Patient is a non-human organism and the anatomical Frame of Reference is not bipedal. May be present otherwise. The anatomical orientation type used in Instances generated by this equipment. Enumerated Values: BIPED QUADRUPED Required if the Patient is a non-human organism and the anatomical Frame of Reference is not bipedal."""

    TreatmentSessionUID: Annotated[
        vr.UI | None, Attribute(0x300A0700, "UI", "1", "3", name="Treatment Session UID")
    ] = None
    """Treatment Session UID (300A,0700): Type 3, VR UI, VM 1. A unique identifier of the RT Treatment Session to which Instances in this Series belong."""

    ClinicalTrialCoordinatingCenterName: Annotated[
        vr.LO | None,
        Attribute(0x00120060, "LO", "1", "2", name="Clinical Trial Coordinating Center Name"),
    ] = None
    """Clinical Trial Coordinating Center Name (0012,0060): Type 2, VR LO, VM 1. The name of the institution that is responsible for coordinating the medical imaging data for the clinical trial or research. See Section C.7.3.2.1.1."""

    ClinicalTrialSeriesID: Annotated[
        vr.LO | None, Attribute(0x00120071, "LO", "1", "3", name="Clinical Trial Series ID")
    ] = None
    """Clinical Trial Series ID (0012,0071): Type 3, VR LO, VM 1. An identifier of the Series in the context of a clinical trial or research. See Section C.7.3.2.1.2."""

    IssuerOfClinicalTrialSeriesID: Annotated[
        vr.LO | None,
        Attribute(0x00120073, "LO", "1", "3", name="Issuer of Clinical Trial Series ID"),
    ] = None
    """Issuer of Clinical Trial Series ID (0012,0073): Type 3, VR LO, VM 1. Identifier of the Assigning Authority that issued the Clinical Trial Series ID."""

    ClinicalTrialSeriesDescription: Annotated[
        vr.LO | None,
        Attribute(0x00120072, "LO", "1", "3", name="Clinical Trial Series Description"),
    ] = None
    """Clinical Trial Series Description (0012,0072): Type 3, VR LO, VM 1. A description of the Series in the context of a clinical trial or research. See Section C.7.3.2.1.2."""

    PresentationIntentType: Annotated[
        _PresentationIntentTypeValue,
        Attribute(
            0x00080068,
            "CS",
            "1",
            "1",
            name="Presentation Intent Type",
            enumerated=((0, ("FOR PRESENTATION", "FOR PROCESSING")),),
        ),
    ]
    """Presentation Intent Type (0008,0068): Type 1, VR CS, VM 1. Identifies the intent of the images that are contained within this Series. Enumerated Values: FOR PRESENTATION FOR PROCESSING"""

    FrameOfReferenceUID: Annotated[
        vr.UI, Attribute(0x00200052, "UI", "1", "1", name="Frame of Reference UID")
    ]
    """Frame of Reference UID (0020,0052): Type 1, VR UI, VM 1. Uniquely identifies the Frame of Reference for a Series. See Section C.7.4.1.1.1 for further explanation."""

    PositionReferenceIndicator: Annotated[
        vr.LO | None, Attribute(0x00201040, "LO", "1", "2", name="Position Reference Indicator")
    ]
    """Position Reference Indicator (0020,1040): Type 2, VR LO, VM 1. Part of the imaging target used as a reference. See Section C.7.4.1.1.2 for further explanation."""

    SynchronizationFrameOfReferenceUID: Annotated[
        vr.UI, Attribute(0x00200200, "UI", "1", "1", name="Synchronization Frame of Reference UID")
    ]
    """Synchronization Frame of Reference UID (0020,0200): Type 1, VR UI, VM 1. UID of common synchronization environment. See Section C.7.4.2.1.1."""

    SynchronizationTrigger: Annotated[
        _SynchronizationTriggerValue,
        Attribute(
            0x0018106A,
            "CS",
            "1",
            "1",
            name="Synchronization Trigger",
            enumerated=((0, ("SOURCE", "EXTERNAL", "PASSTHRU", "NO TRIGGER")),),
        ),
    ]
    """Synchronization Trigger (0018,106A): Type 1, VR CS, VM 1. Data acquisition synchronization with external equipment Enumerated Values: SOURCE this equipment provides synchronization channel or trigger to other equipment EXTERNAL this equipment receives synchronization channel or trigger from other..."""

    TriggerSourceOrType: Annotated[
        vr.LO | None, Attribute(0x00181061, "LO", "1", "3", name="Trigger Source or Type")
    ] = None
    """Trigger Source or Type (0018,1061): Type 3, VR LO, VM 1. Specifies equipment ID of trigger source and/or type of trigger."""

    SynchronizationChannel: Annotated[
        list[vr.US] | None,
        Attribute(
            0x0018106C,
            "US",
            "2",
            "1C",
            name="Synchronization Channel",
            when=("unknown", "depends on the synchronization of the acquisition"),
        ),
    ] = None
    """Synchronization Channel (0018,106C): Type 1C, VR US, VM 2. Required if synchronization channel or trigger is encoded in a waveform in this SOP Instance. Identifier of waveform channel that records the synchronization channel or trigger, see Section C.7.4.2.1.3. Required if synchronization channel or trigger is encoded in a waveform in this SOP Instance."""

    AcquisitionTimeSynchronized: Annotated[
        _AcquisitionTimeSynchronizedValue,
        Attribute(
            0x00181800,
            "CS",
            "1",
            "1",
            name="Acquisition Time Synchronized",
            enumerated=((0, ("Y", "N")),),
        ),
    ]
    """Acquisition Time Synchronized (0018,1800): Type 1, VR CS, VM 1. Acquisition DateTime (0008,002A) synchronized with external time reference. Enumerated Values: Y N See Section C.7.4.2.1.4"""

    TimeSource: Annotated[
        vr.SH | None, Attribute(0x00181801, "SH", "1", "3", name="Time Source")
    ] = None
    """Time Source (0018,1801): Type 3, VR SH, VM 1. ID of equipment or system providing time reference."""

    TimeDistributionProtocol: Annotated[
        _TimeDistributionProtocolValue | None,
        Attribute(
            0x00181802,
            "CS",
            "1",
            "3",
            name="Time Distribution Protocol",
            enumerated=((0, ("NTP", "IRIG", "GPS", "SNTP", "PTP")),),
        ),
    ] = None
    """Time Distribution Protocol (0018,1802): Type 3, VR CS, VM 1. Method of time distribution used to synchronize this equipment. Enumerated Values: NTP Network Time Protocol IRIG Inter Range Instrumentation Group GPS Global Positioning System SNTP Simple Network Time Protocol PTP IEEE 1588 Precision Time..."""

    NTPSourceAddress: Annotated[
        vr.LO | None, Attribute(0x00181803, "LO", "1", "3", name="NTP Source Address")
    ] = None
    """NTP Source Address (0018,1803): Type 3, VR LO, VM 1. IP Address of NTP, SNTP, or PTP time source. IPv4 addresses shall be in dotted decimal (e.g., 192.168.1.1). The IPv6 addresses shall be in colon separated hexadecimal (e.g., 12:34:56:78:9a:bc:de:f0)."""

    Manufacturer: Annotated[vr.LO, Attribute(0x00080070, "LO", "1", "1", name="Manufacturer")]
    """Manufacturer (0008,0070): Type 1, VR LO, VM 1. Manufacturer of the equipment that produced the Composite Instances."""

    InstitutionName: Annotated[
        vr.LO | None, Attribute(0x00080080, "LO", "1", "3", name="Institution Name")
    ] = None
    """Institution Name (0008,0080): Type 3, VR LO, VM 1. Institution where the equipment that produced the Composite Instances is located. This Attribute represents the organizational context only for the Equipment IE, and should not be construed to be a substitute for Issuer of Patient ID (0010,..."""

    InstitutionAddress: Annotated[
        vr.ST | None, Attribute(0x00080081, "ST", "1", "3", name="Institution Address")
    ] = None
    """Institution Address (0008,0081): Type 3, VR ST, VM 1. Mailing address of the institution where the equipment that produced the Composite Instances is located."""

    StationName: Annotated[
        vr.SH | None, Attribute(0x00081010, "SH", "1", "3", name="Station Name")
    ] = None
    """Station Name (0008,1010): Type 3, VR SH, VM 1. User defined name identifying the machine that produced the Composite Instances."""

    InstitutionalDepartmentName: Annotated[
        vr.LO | None, Attribute(0x00081040, "LO", "1", "3", name="Institutional Department Name")
    ] = None
    """Institutional Department Name (0008,1040): Type 3, VR LO, VM 1. Department in the institution where the equipment that produced the Composite Instances is located."""

    InstitutionalDepartmentTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081041, "SQ", "1", "3", name="Institutional Department Type Code Sequence"),
    ] = None
    """Institutional Department Type Code Sequence (0008,1041): Type 3, VR SQ, VM 1. A coded description of the type of Department or Service within the healthcare facility. This might be obtained from a corresponding HL7v2 message containing PV1:10 Hospital Service. Only a single Item is permitted in this Sequence."""

    ManufacturerModelName: Annotated[
        vr.LO, Attribute(0x00081090, "LO", "1", "1", name="Manufacturer's Model Name")
    ]
    """Manufacturer's Model Name (0008,1090): Type 1, VR LO, VM 1. Manufacturer's model name of the equipment that produced the Composite Instances."""

    ManufacturerDeviceClassUID: Annotated[
        list[vr.UI] | None,
        Attribute(0x0018100B, "UI", "1-n", "3", name="Manufacturer's Device Class UID"),
    ] = None
    """Manufacturer's Device Class UID (0018,100B): Type 3, VR UI, VM 1-n. Manufacturer's Unique Identifier (UID) for the class of the device. A class is a manufacturer-specific grouping concept with no DICOM-defined scope or criteria. A class is independent from a marketing-defined make, model or version."""

    DeviceSerialNumber: Annotated[
        vr.LO, Attribute(0x00181000, "LO", "1", "1", name="Device Serial Number")
    ]
    """Device Serial Number (0018,1000): Type 1, VR LO, VM 1. Manufacturer's serial number of the equipment that produced the Composite Instances."""

    SoftwareVersions: Annotated[
        list[vr.LO], Attribute(0x00181020, "LO", "1-n", "1", name="Software Versions")
    ]
    """Software Versions (0018,1020): Type 1, VR LO, VM 1-n. Manufacturer's designation of software version of the equipment that produced the Composite Instances. See Section C.7.5.1.1.3."""

    GantryID: Annotated[vr.LO | None, Attribute(0x00181008, "LO", "1", "3", name="Gantry ID")] = (
        None
    )
    """Gantry ID (0018,1008): Type 3, VR LO, VM 1. Identifier of the gantry or positioner."""

    UDISequence: Annotated[
        list[_UDIItem] | None, Attribute(0x0018100A, "SQ", "1", "3", name="UDI Sequence")
    ] = None
    """UDI Sequence (0018,100A): Type 3, VR SQ, VM 1. Unique Device Identifier (UDI) of the entire equipment. For example, the entire CT Scanner. Multiple Items may be present if the entire equipment has UDIs issued by different Issuing Authorities."""

    DeviceUID: Annotated[vr.UI | None, Attribute(0x00181002, "UI", "1", "3", name="Device UID")] = (
        None
    )
    """Device UID (0018,1002): Type 3, VR UI, VM 1. Unique identifier of the equipment that produced the Composite Instances. If present in an SR object, the value is expected to be the same as the (121012, DCM, \"Device Observer UID\") in TID 1004 in PS3.16."""

    SpatialResolution: Annotated[
        vr.DS | None, Attribute(0x00181050, "DS", "1", "3", name="Spatial Resolution")
    ] = None
    """Spatial Resolution (0018,1050): Type 3, VR DS, VM 1. The inherent limiting resolution in mm of the acquisition equipment for high contrast objects for the data gathering and reconstruction technique chosen. If variable across the images of the Series, the value at the image center."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", "3", name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): Type 3, VR DA, VM 1. The date the equipment that produced the Composite Instances was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", "3", name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): Type 3, VR DA, VM 1. The date the equipment that produced the Composite Instances was installed in its current location. The equipment may or may not have been used prior to installation in its current location."""

    DateOfLastCalibration: Annotated[
        list[vr.DA] | None, Attribute(0x00181200, "DA", "1-n", "3", name="Date of Last Calibration")
    ] = None
    """Date of Last Calibration (0018,1200): Type 3, VR DA, VM 1-n. Date when the image acquisition device calibration was last changed in any way. Multiple entries may be used for additional calibrations at other times. See Section C.7.5.1.1.1 for further explanation."""

    TimeOfLastCalibration: Annotated[
        list[vr.TM] | None, Attribute(0x00181201, "TM", "1-n", "3", name="Time of Last Calibration")
    ] = None
    """Time of Last Calibration (0018,1201): Type 3, VR TM, VM 1-n. Time when the image acquisition device calibration was last changed in any way. Multiple entries may be used. See Section C.7.5.1.1.1 for further explanation."""

    PixelPaddingValue: Annotated[
        vr.US | vr.SS | None,
        Attribute(
            0x00280120,
            "US or SS",
            "1",
            "1C",
            name="Pixel Padding Value",
            when=(
                "and",
                ("present", 0x00280121),
                ("or", ("present", 0x7FE00010), ("present", 0x00287FE0)),
            ),
        ),
    ] = None
    """Pixel Padding Value (0028,0120): Type 1C, VR US or SS, VM 1. Required if Pixel Padding Range Limit (0028,0121) is present and either Pixel Data (7FE0,0010) or Pixel Data Provider URL (0028,7FE0) is present. May be present otherwise only if Pixel Data (7FE0,0010) or Pixel Data Provider URL (0028,7FE0) is present. Single pixel value or one limit (inclusive) of a range of pixel values used in an image to pad to rectangular format or to signal background that may be suppressed or that may be rendered \"transparently\" when superimposing images."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples Per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples Per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. Enumerated Values: 1"""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME2",)),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. Enumerated Values: MONOCHROME2"""

    Rows: Annotated[
        vr.US,
        Attribute(
            0x00280010,
            "US",
            "1",
            "1C",
            name="Rows",
            when=(
                "not",
                (
                    "and",
                    ("context", "stow-rs-metadata"),
                    ("unknown", "depends on whether the bulk pixel data is compressed"),
                ),
            ),
        ),
    ]
    """Rows (0028,0010): Type 1, VR US, VM 1. Number of rows in the image. Shall be an exact multiple of the vertical downsampling factor if any of the samples (planes) are encoded downsampled in the vertical direction for pixel data encoded in a Native (uncompressed) format."""

    Columns: Annotated[
        vr.US,
        Attribute(
            0x00280011,
            "US",
            "1",
            "1C",
            name="Columns",
            when=(
                "not",
                (
                    "and",
                    ("context", "stow-rs-metadata"),
                    ("unknown", "depends on whether the bulk pixel data is compressed"),
                ),
            ),
        ),
    ]
    """Columns (0028,0011): Type 1, VR US, VM 1. Number of columns in the image. Shall be an exact multiple of the horizontal downsampling factor if any of the samples (planes) are encoded downsampled in the horizontal direction for pixel data encoded in a Native (uncompressed) format."""

    BitsAllocated: Annotated[vr.US, Attribute(0x00280100, "US", "1", "1", name="Bits Allocated")]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. See Section C.8.27.2.4 for specialization."""

    BitsStored: Annotated[vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored")]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. See Section C.8.27.2.4 for specialization."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. High Bit (0028,0102) shall be one less than Bits Stored (0028,0101)."""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of pixel samples. Enumerated Values: 0"""

    PlanarConfiguration: Annotated[
        vr.US | None,
        Attribute(
            0x00280006,
            "US",
            "1",
            "1C",
            name="Planar Configuration",
            enumerated=((0, ("0", "1")),),
            when=(
                "and",
                (
                    "not",
                    (
                        "and",
                        ("context", "stow-rs-metadata"),
                        ("unknown", "depends on whether the bulk pixel data is compressed"),
                    ),
                ),
                ("compare", 0x00280002, 1, ">", 1),
            ),
        ),
    ] = None
    """Planar Configuration (0028,0006): Type 1C, VR US, VM 1. Required if Samples per Pixel (0028,0002) has a value greater than 1. Indicates whether the pixel data are encoded color-by-plane or color-by-pixel. Required if Samples per Pixel (0028,0002) has a value greater than 1. See Section C.7.6.3.1.3 for further explanation."""

    PixelAspectRatio: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00280034,
            "IS",
            "2",
            "1C",
            name="Pixel Aspect Ratio",
            when=(
                "and",
                (
                    "not",
                    (
                        "and",
                        ("context", "stow-rs-metadata"),
                        ("unknown", "depends on whether the bulk pixel data is compressed"),
                    ),
                ),
                (
                    "unknown",
                    "condition not read: no verb after 'Nominal Scanned Pixel Spacing (0018,2010) , either for' (in 'Required if the aspect ratio values do not have a ratio of 1 : 1 and the physical pixel spacing is not specified by Pixel Spacing (0028,0030) , or Imager Pixel Spacing (0018,1164) or Nominal Scanned Pixel Spacing (0018,2010) , either for the entire Image or per-frame in a Functional Group Macro')",
                ),
            ),
        ),
    ] = None
    """Pixel Aspect Ratio (0028,0034): Type 1C, VR IS, VM 2. Required if the aspect ratio values do not have a ratio of 1:1 and the physical pixel spacing is not specified by Pixel Spacing (0028,0030), or Imager Pixel Spacing (0018,1164) or Nominal Scanned Pixel Spacing (0018,2010), either for the entire Image or per-frame in a Functional Group Macro. Ratio of the vertical size and horizontal size of the pixels in the image specified by a pair of integer values where the first value is the vertical pixel size, and the second value is the horizontal pixel size."""

    SmallestImagePixelValue: Annotated[
        vr.US | vr.SS | None,
        Attribute(0x00280106, "US or SS", "1", "3", name="Smallest Image Pixel Value"),
    ] = None
    """Smallest Image Pixel Value (0028,0106): Type 3, VR US or SS, VM 1. The minimum actual pixel value encountered in this image."""

    LargestImagePixelValue: Annotated[
        vr.US | vr.SS | None,
        Attribute(0x00280107, "US or SS", "1", "3", name="Largest Image Pixel Value"),
    ] = None
    """Largest Image Pixel Value (0028,0107): Type 3, VR US or SS, VM 1. The maximum actual pixel value encountered in this image."""

    RedPaletteColorLookupTableDescriptor: Annotated[
        list[vr.US | vr.SS] | None,
        Attribute(
            0x00281101, "US or SS", "3", "1C", name="Red Palette Color Lookup Table Descriptor"
        ),
    ] = None
    """Red Palette Color Lookup Table Descriptor (0028,1101): Type 1C, VR US or SS, VM 3. Specifies the format of the Red Palette Color Lookup Table Data (0028,1201). See Section C.7.6.3.1.5 for further explanation."""

    GreenPaletteColorLookupTableDescriptor: Annotated[
        list[vr.US | vr.SS] | None,
        Attribute(
            0x00281102, "US or SS", "3", "1C", name="Green Palette Color Lookup Table Descriptor"
        ),
    ] = None
    """Green Palette Color Lookup Table Descriptor (0028,1102): Type 1C, VR US or SS, VM 3. Specifies the format of the Green Palette Color Lookup Table Data (0028,1202). See Section C.7.6.3.1.5 for further explanation."""

    BluePaletteColorLookupTableDescriptor: Annotated[
        list[vr.US | vr.SS] | None,
        Attribute(
            0x00281103, "US or SS", "3", "1C", name="Blue Palette Color Lookup Table Descriptor"
        ),
    ] = None
    """Blue Palette Color Lookup Table Descriptor (0028,1103): Type 1C, VR US or SS, VM 3. Specifies the format of the Blue Palette Color Lookup table Data (0028,1203). See Section C.7.6.3.1.5 for further explanation."""

    RedPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(0x00281201, "OW", "1", "1C", name="Red Palette Color Lookup Table Data"),
    ] = None
    """Red Palette Color Lookup Table Data (0028,1201): Type 1C, VR OW, VM 1. Red Palette Color Lookup Table Data. See Section C.7.6.3.1.6 for further explanation."""

    GreenPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(0x00281202, "OW", "1", "1C", name="Green Palette Color Lookup Table Data"),
    ] = None
    """Green Palette Color Lookup Table Data (0028,1202): Type 1C, VR OW, VM 1. Green Palette Color Lookup Table Data. See Section C.7.6.3.1.6 for further explanation."""

    BluePaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(0x00281203, "OW", "1", "1C", name="Blue Palette Color Lookup Table Data"),
    ] = None
    """Blue Palette Color Lookup Table Data (0028,1203): Type 1C, VR OW, VM 1. Blue Palette Color Lookup Table Data. See Section C.7.6.3.1.6 for further explanation."""

    ICCProfile: Annotated[
        vr.OB | None, Attribute(0x00282000, "OB", "1", "3", name="ICC Profile")
    ] = None
    """ICC Profile (0028,2000): Type 3, VR OB, VM 1. An ICC Profile encoding the transformation of device-dependent color stored pixel values into PCS-Values. See Section C.11.15.1.1."""

    ColorSpace: Annotated[
        _ColorSpaceTerm | vr.CS | None, Attribute(0x00282002, "CS", "1", "3", name="Color Space")
    ] = None
    """Color Space (0028,2002): Type 3, VR CS, VM 1. A label that identifies the well-known color space of the image. Shall be consistent with any ICC Profile (0028,2000) that is also present. See Section C.11.15.1.2."""

    PixelData: Annotated[
        vr.OB | vr.OW | None,
        Attribute(
            0x7FE00010,
            "OB or OW",
            "1",
            "1C",
            name="Pixel Data",
            when=("not", ("present", 0x00287FE0)),
        ),
    ] = None
    """Pixel Data (7FE0,0010): Type 1C, VR OB or OW, VM 1. Required if Pixel Data Provider URL (0028,7FE0) is not present. A data stream of the pixel samples that comprise the Image. See Section C.7.6.3.1.4 for further explanation. Required if Pixel Data Provider URL (0028,7FE0) is not present."""

    PixelDataProviderURL: Annotated[
        vr.UR | None,
        Attribute(
            0x00287FE0,
            "UR",
            "1",
            "1C",
            name="Pixel Data Provider URL",
            when=("transfer_syntax", ("1.2.840.10008.1.2.4.94", "1.2.840.10008.1.2.4.95")),
        ),
    ] = None
    """Pixel Data Provider URL (0028,7FE0): Type 1C, VR UR, VM 1. Required if the image is to be transferred in one of the following presentation contexts identified by Transfer Syntax UID: 1.2.840.10008.1.2.4.94 (DICOM JPIP Referenced Transfer Syntax) 1.2.840.10008.1.2.4.95 (DICOM JPIP Referenced Deflate Transfer Syntax) A URL of a provider service that supplies the pixel data of the Image. Required if the image is to be transferred in one of the following presentation contexts identified by Transfer Syntax UID: 1.2.840.10008.1.2.4.94 (DICOM JPIP Referenced..."""

    PixelPaddingRangeLimit: Annotated[
        vr.US | vr.SS | None,
        Attribute(
            0x00280121,
            "US or SS",
            "1",
            "1C",
            name="Pixel Padding Range Limit",
            when=(
                "unknown",
                "names no attribute: pixel padding is to be defined as a range rather than a single value",
            ),
        ),
    ] = None
    """Pixel Padding Range Limit (0028,0121): Type 1C, VR US or SS, VM 1. Required if pixel padding is to be defined as a range rather than a single value. Pixel value that represents one limit (inclusive) of a range of padding values used together with Pixel Padding Value (0028,0120) as defined in the General Equipment Module. See Section C.7.5.1.1.2 for further explanation."""

    ExtendedOffsetTable: Annotated[
        vr.OV | None, Attribute(0x7FE00001, "OV", "1", "3", name="Extended Offset Table")
    ] = None
    """Extended Offset Table (7FE0,0001): Type 3, VR OV, VM 1. Byte offsets of the Frames in the Sequence of Items in Encapsulated Pixel Data encoded in Pixel Data (7FE0,0010). See Section C.7.6.3.1.8."""

    ExtendedOffsetTableLengths: Annotated[
        vr.OV | None,
        Attribute(
            0x7FE00002,
            "OV",
            "1",
            "1C",
            name="Extended Offset Table Lengths",
            when=(
                "and",
                ("present", 0x7FE00001),
                ("unknown", "names no attribute: every frame is encoded as a single fragment"),
            ),
        ),
    ] = None
    """Extended Offset Table Lengths (7FE0,0002): Type 1C, VR OV, VM 1. Required if Extended Offset Table (7FE0,0001) is present and every frame is encoded as a single fragment. Byte lengths of the Frames in the Sequence of Items in Encapsulated Pixel Data encoded in Pixel Data (7FE0,0010). See Section C.7.6.3.1.8."""

    ContrastBolusAgentSequence: Annotated[
        list[_ContrastBolusAgentSequenceItem],
        Attribute(0x00180012, "SQ", "1", "1", name="Contrast/Bolus Agent Sequence"),
    ]
    """Contrast/Bolus Agent Sequence (0018,0012): Type 1, VR SQ, VM 1. Sequence that identifies one or more contrast agents administered prior to or during the acquisition. One or more Items shall be included in this Sequence."""

    SharedFunctionalGroupsSequence: Annotated[
        list[IntravascularOpticalCoherenceTomographyImageFunctionalGroupsItem],
        Attribute(0x52009229, "SQ", "1", "1", name="Shared Functional Groups Sequence"),
    ]
    """Shared Functional Groups Sequence (5200,9229): Type 1, VR SQ, VM 1. Sequence that contains the Functional Group Macros that are shared for all frames in this SOP Instance and Concatenation. The contents of this Sequence are the same in all SOP Instances that comprise a Concatenation."""

    PerFrameFunctionalGroupsSequence: Annotated[
        list[IntravascularOpticalCoherenceTomographyImageFunctionalGroupsItem] | None,
        Attribute(
            0x52009230,
            "SQ",
            "1",
            "1C",
            name="Per-Frame Functional Groups Sequence",
            when=(
                "unknown",
                "names no attribute: for any frame , there are Per-Frame Functional Groups that are not empty",
            ),
        ),
    ] = None
    """Per-Frame Functional Groups Sequence (5200,9230): Type 1C, VR SQ, VM 1. Required if for any frame, there are Per-Frame Functional Groups that are not empty. Sequence that contains the Functional Group Sequence Attributes corresponding to each frame of the Multi-frame Image. The first Item corresponds with the first frame, and so on. One or more Items shall be included in this Sequence."""

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies this Composite Instance."""

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the data creation was started. For Instance, this is the date the pixel data is created, not the date the data is acquired."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the data creation was started. For Instance, this is the time the pixel data is created, not the time the data is acquired."""

    NumberOfFrames: Annotated[vr.IS, Attribute(0x00280008, "IS", "1", "1", name="Number of Frames")]
    """Number of Frames (0028,0008): Type 1, VR IS, VM 1. Number of frames in a multi-frame image. See Section C.7.6.6.1.1 for further explanation."""

    StereoPairsPresent: Annotated[
        _StereoPairsPresentValue | None,
        Attribute(
            0x00220028,
            "CS",
            "1",
            "3",
            name="Stereo Pairs Present",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Stereo Pairs Present (0022,0028): Type 3, VR CS, VM 1. The multi-frame pixel data consists of left and right stereoscopic pairs. See Section C.7.6.6.1.3 for further explanation. Enumerated Values: YES NO"""

    ConcatenationFrameOffsetNumber: Annotated[
        vr.UL | None,
        Attribute(
            0x00209228,
            "UL",
            "1",
            "1C",
            name="Concatenation Frame Offset Number",
            when=("present", 0x00209161),
        ),
    ] = None
    """Concatenation Frame Offset Number (0020,9228): Type 1C, VR UL, VM 1. Required if Concatenation UID (0020,9161) is present. Offset of the first frame in a multi-frame image of a concatenation. Logical frame numbers in a concatenation can be used across all its SOP Instances."""

    RepresentativeFrameNumber: Annotated[
        vr.US | None, Attribute(0x00286010, "US", "1", "3", name="Representative Frame Number")
    ] = None
    """Representative Frame Number (0028,6010): Type 3, VR US, VM 1. The frame number selected for use as a pictorial representation (e.g., icon) of the multi-frame Image."""

    ConcatenationUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00209161,
            "UI",
            "1",
            "1C",
            name="Concatenation UID",
            when=("unknown", "depends on the multi-frame structure of the pixel data"),
        ),
    ] = None
    """Concatenation UID (0020,9161): Type 1C, VR UI, VM 1. Required if a group of multi-frame image SOP Instances within a Series are part of a Concatenation. Identifier of all SOP Instances that belong to the same concatenation. Required if a group of multi-frame image SOP Instances within a Series are part of a Concatenation."""

    SOPInstanceUIDOfConcatenationSource: Annotated[
        vr.UI | None,
        Attribute(
            0x00200242,
            "UI",
            "1",
            "1C",
            name="SOP Instance UID of Concatenation Source",
            when=("present", 0x00209161),
        ),
    ] = None
    """SOP Instance UID of Concatenation Source (0020,0242): Type 1C, VR UI, VM 1. Required if Concatenation UID (0020,9161) is present. The SOP Instance UID of the single composite SOP Instance of which the Concatenation is a part. All SOP Instances of a concatenation shall use the same value for this Attribute, see Section C.7.6.16.1.3."""

    InConcatenationNumber: Annotated[
        vr.US | None,
        Attribute(
            0x00209162,
            "US",
            "1",
            "1C",
            name="In-concatenation Number",
            when=("present", 0x00209161),
        ),
    ] = None
    """In-concatenation Number (0020,9162): Type 1C, VR US, VM 1. Required if Concatenation UID (0020,9161) is present. Identifier for one SOP Instance belonging to a concatenation. See Section C.7.6.16.2.2.4 for further specification. The first Instance in a concatenation (that with the lowest Concatenation Frame Offset Number (0020,9228) value) shall have..."""

    InConcatenationTotalNumber: Annotated[
        vr.US | None, Attribute(0x00209163, "US", "1", "3", name="In-concatenation Total Number")
    ] = None
    """In-concatenation Total Number (0020,9163): Type 3, VR US, VM 1. The number of SOP Instances sharing the same Concatenation UID. If present, shall have a value greater than one, unless an IOD overrides this constraint to enumerate a value of 1 to prevent the use of Concatenations (e.g., see Section C.8.1..."""

    EncapsulatedPixelDataValueTotalLength: Annotated[
        vr.UV | None,
        Attribute(0x7FE00003, "UV", "1", "3", name="Encapsulated Pixel Data Value Total Length"),
    ] = None
    """Encapsulated Pixel Data Value Total Length (7FE0,0003): Type 3, VR UV, VM 1. The length of the pixel data bit stream encapsulated in Pixel Data (7FE0,0010), in bytes, when all the fragments have been combined, not including any trailing padding to even length in the last Fragment added for encapsulation."""

    DimensionOrganizationSequence: Annotated[
        list[_DimensionOrganizationSequenceItem],
        Attribute(0x00209221, "SQ", "1", "1", name="Dimension Organization Sequence"),
    ]
    """Dimension Organization Sequence (0020,9221): Type 1, VR SQ, VM 1. Sequence that lists the Dimension Organization UIDs referenced by the containing SOP Instance. See Section C.7.6.17.2 for further explanation. One or more Items shall be included in this Sequence."""

    DimensionOrganizationType: Annotated[
        _DimensionOrganizationTypeTerm | vr.CS | None,
        Attribute(0x00209311, "CS", "1", "3", name="Dimension Organization Type"),
    ] = None
    """Dimension Organization Type (0020,9311): Type 3, VR CS, VM 1. Dimension organization of the Instance. Defined Terms: 3D Spatial Multi-frame image of equally spaced parallel planes (3D volume set) 3D_TEMPORAL Temporal loop of equally spaced parallel-plane 3D volume sets."""

    DimensionIndexSequence: Annotated[
        list[_DimensionIndexSequenceItem] | None,
        Attribute(
            0x00209222,
            "SQ",
            "1",
            "1C",
            name="Dimension Index Sequence",
            when=(
                "or",
                ("not", ("present", 0x00209311)),
                ("unknown", "names no attribute: not TILED_FULL"),
            ),
            otherwise="may",
        ),
    ] = None
    """Dimension Index Sequence (0020,9222): Type 1C, VR SQ, VM 1. Required if Dimension Organization Type (0020,9311) is absent or not TILED_FULL. May be present otherwise. Identifies the Sequence containing the indices used to specify the dimension of the multi-frame object. One or more Items shall be included in this Sequence. Required if Dimension Organization Type (0020,9311) is absent or not TILED_FULL."""

    DeviceSequence: Annotated[
        list[_DeviceSequenceItem] | None,
        Attribute(0x00500010, "SQ", "1", "1", name="Device Sequence"),
    ] = None
    """Device Sequence (0050,0010): Type 1, VR SQ, VM 1. A Sequence of Items describing devices used that may be visible in the image. One or more Items shall be included in this Sequence."""

    AcquisitionContextSequence: Annotated[
        list[_ProtocolContextSequenceItem] | None,
        Attribute(0x00400555, "SQ", "1", "2", name="Acquisition Context Sequence"),
    ]
    """Acquisition Context Sequence (0040,0555): Type 2, VR SQ, VM 1. A Sequence of Items that describes the conditions present during the acquisition of the data of the SOP Instance. Zero or more Items shall be included in this Sequence."""

    AcquisitionContextDescription: Annotated[
        vr.ST | None, Attribute(0x00400556, "ST", "1", "3", name="Acquisition Context Description")
    ] = None
    """Acquisition Context Description (0040,0556): Type 3, VR ST, VM 1. Free-text description of the image-acquisition context."""

    CardiacSynchronizationTechnique: Annotated[
        _CardiacSynchronizationTechniqueValue | None,
        Attribute(
            0x00189037,
            "CS",
            "1",
            "1C",
            name="Cardiac Synchronization Technique",
            enumerated=((0, ("NONE", "REALTIME", "PROSPECTIVE", "RETROSPECTIVE", "PACED")),),
            when=("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
            otherwise="may",
        ),
    ] = None
    """Cardiac Synchronization Technique (0018,9037): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present otherwise. Defines if a cardiac synchronization technique was applied during or after the acquisition. Enumerated Values: NONE REALTIME total time for the acquisition is shorter than cardiac cycle, no gating is applied PROSPECTIVE certain thresholds h..."""

    CardiacSignalSource: Annotated[
        _CardiacSignalSourceTerm | vr.CS | None,
        Attribute(
            0x00189085,
            "CS",
            "1",
            "1C",
            name="Cardiac Signal Source",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189037, 0, "not_in", ("NONE",)),
            ),
        ),
    ] = None
    """Cardiac Signal Source (0018,9085): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. Cardiac Signal Source. Defined Terms: ECG electrocardiogram VCG vector cardiogram PP peripheral pulse MR magnetic resonance, i.e., M-mode or cardiac navigator Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synch..."""

    CardiacRRIntervalSpecified: Annotated[
        vr.FD | None,
        Attribute(
            0x00189070,
            "FD",
            "1",
            "1C",
            name="Cardiac RR Interval Specified",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189037, 0, "not_in", ("NONE",)),
            ),
        ),
    ] = None
    """Cardiac RR Interval Specified (0018,9070): Type 1C, VR FD, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. R-R interval in ms measured prior to or during the scan. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals other than NONE."""

    CardiacBeatRejectionTechnique: Annotated[
        _CardiacBeatRejectionTechniqueTerm | vr.CS | None,
        Attribute(
            0x00189169,
            "CS",
            "1",
            "1C",
            name="Cardiac Beat Rejection Technique",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189037, 0, "in", ("PROSPECTIVE", "RETROSPECTIVE")),
            ),
        ),
    ] = None
    """Cardiac Beat Rejection Technique (0018,9169): Type 1C, VR CS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. Cardiac arrhythmia rejection technique. Defined Terms: NONE RR_INTERVAL rejection based on deviation from average RR interval QRS_LOOP rejection based on deviation from regular QRS loop PVC rejection based on PVC criteria Required if Image..."""

    LowRRValue: Annotated[
        vr.IS | None,
        Attribute(
            0x00181081,
            "IS",
            "1",
            "2C",
            name="Low R-R Value",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189037, 0, "in", ("PROSPECTIVE", "RETROSPECTIVE")),
            ),
        ),
    ] = None
    """Low R-R Value (0018,1081): Type 2C, VR IS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. R-R interval low limit for beat rejection, in ms. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE."""

    HighRRValue: Annotated[
        vr.IS | None,
        Attribute(
            0x00181082,
            "IS",
            "1",
            "2C",
            name="High R-R Value",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189037, 0, "in", ("PROSPECTIVE", "RETROSPECTIVE")),
            ),
        ),
    ] = None
    """High R-R Value (0018,1082): Type 2C, VR IS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE. R-R interval high limit for beat rejection, in ms. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals PROSPECTIVE or RETROSPECTIVE."""

    IntervalsAcquired: Annotated[
        vr.IS | None,
        Attribute(
            0x00181083,
            "IS",
            "1",
            "2C",
            name="Intervals Acquired",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189037, 0, "not_in", ("NONE",)),
            ),
        ),
    ] = None
    """Intervals Acquired (0018,1083): Type 2C, VR IS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. Number of R-R intervals acquired and used to create the image (not including the intervals rejected). Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals other than NONE."""

    IntervalsRejected: Annotated[
        vr.IS | None,
        Attribute(
            0x00181084,
            "IS",
            "1",
            "2C",
            name="Intervals Rejected",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("value", 0x00189037, 0, "not_in", ("NONE",)),
            ),
        ),
    ] = None
    """Intervals Rejected (0018,1084): Type 2C, VR IS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. Otherwise may be present if Image Type (0008,0008) Value 1 is DERIVED and Cardiac Synchronization Technique (0018,9037) equals other than NONE. Number of R-R intervals rejected. Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Cardiac Synchronization Technique (0018,9037) equals other than NONE."""

    SkipBeats: Annotated[vr.IS | None, Attribute(0x00181086, "IS", "1", "3", name="Skip Beats")] = (
        None
    )
    """Skip Beats (0018,1086): Type 3, VR IS, VM 1. Number of beats prescribed to be skipped after each detected arrhythmia."""

    CardiacFramingType: Annotated[
        _CardiacFramingTypeTerm | vr.LO | None,
        Attribute(
            0x00181064,
            "LO",
            "1",
            "1C",
            name="Cardiac Framing Type",
            when=(
                "unknown",
                "names no attribute: type of framing is not time forward from trigger",
            ),
            otherwise="may",
        ),
    ] = None
    """Cardiac Framing Type (0018,1064): Type 1C, VR LO, VM 1. Required if type of framing is not time forward from trigger, may be present otherwise. Description of type of framing performed. See Section C.7.6.18.1.1.1 for description and Defined Terms. Required if type of framing is not time forward from trigger, may be present otherwise."""

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=((1, ("ORIGINAL", "DERIVED", "MIXED")), (2, ("PRIMARY",)), (4, ("NONE",))),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.27.2.1 for specialization."""

    VolumetricProperties: Annotated[
        _VolumetricPropertiesIntravascularOCTImageValue,
        Attribute(
            0x00089206,
            "CS",
            "1",
            "1",
            name="Volumetric Properties",
            enumerated=((0, ("DISTORTED",)),),
        ),
    ]
    """Volumetric Properties (0008,9206): Type 1, VR CS, VM 1. Indication if geometric manipulations are possible with frames in the SOP Instance. See Section C.8.27.2.2."""

    PixelPresentation: Annotated[
        _PixelPresentationIntravascularOCTImageValue,
        Attribute(
            0x00089205,
            "CS",
            "1",
            "1",
            name="Pixel Presentation",
            enumerated=((0, ("COLOR", "COLOR_REF", "MONOCHROME")),),
        ),
    ]
    """Pixel Presentation (0008,9205): Type 1, VR CS, VM 1. Indication of the presence or absence of color information that may be used during rendering. See Section C.8.27.2.3 for a description and Enumerated Values."""

    AcquisitionDateTime: Annotated[
        vr.DT, Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime")
    ]
    """Acquisition DateTime (0008,002A): Type 1, VR DT, VM 1. The date and time that the acquisition of data started. The synchronization of this time with an external clock is specified in the Synchronization Module in Acquisition Time Synchronized (0018,1800)."""

    AcquisitionDuration: Annotated[
        vr.FD | None,
        Attribute(
            0x00189073,
            "FD",
            "1",
            "1C",
            name="Acquisition Duration",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Acquisition Duration (0018,9073): Type 1C, VR FD, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. The scan time in seconds used to create all frames of an Intravascular Optical Coherence Tomography image. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise."""

    AcquisitionNumber: Annotated[
        vr.IS, Attribute(0x00200012, "IS", "1", "1", name="Acquisition Number")
    ]
    """Acquisition Number (0020,0012): Type 1, VR IS, VM 1. A number identifying the single continuous gathering of data over a period of time that resulted in this image."""

    PresentationLUTShape: Annotated[
        _PresentationLUTShapeSCMultiFrameImageValue | None,
        Attribute(
            0x20500020,
            "CS",
            "1",
            "1C",
            name="Presentation LUT Shape",
            enumerated=((0, ("IDENTITY",)),),
            when=("value", 0x00080068, 0, "in", ("FOR PRESENTATION",)),
        ),
    ] = None
    """Presentation LUT Shape (2050,0020): Type 1C, VR CS, VM 1. Required if Presentation Intent Type (0008,0068) equals FOR PRESENTATION. Specifies an identity transformation for the Presentation LUT, such that the output of all grayscale transformations defined in the IOD containing this Module are defined to be P-Values. Enumerated Values: IDENTITY output is in P-Values."""

    LossyImageCompression: Annotated[
        _LossyImageCompressionValue,
        Attribute(
            0x00282110,
            "CS",
            "1",
            "1",
            name="Lossy Image Compression",
            enumerated=((0, ("00", "01")),),
        ),
    ]
    """Lossy Image Compression (0028,2110): Type 1, VR CS, VM 1. Specifies whether an Image has undergone lossy compression (at a point in its lifetime). Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression."""

    LossyImageCompressionRatio: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00282112,
            "DS",
            "1-n",
            "1C",
            name="Lossy Image Compression Ratio",
            when=("value", 0x00282110, 0, "in", ("01",)),
        ),
    ] = None
    """Lossy Image Compression Ratio (0028,2112): Type 1C, VR DS, VM 1-n. Required if Lossy Image Compression (0028,2110) is \"01\". Describes the approximate lossy compression ratio(s) that have been applied to this image. See Section C.7.6.1.1.5.2. Required if Lossy Image Compression (0028,2110) is \"01\"."""

    LossyImageCompressionMethod: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00282114,
            "CS",
            "1-n",
            "1C",
            name="Lossy Image Compression Method",
            when=("value", 0x00282110, 0, "in", ("01",)),
        ),
    ] = None
    """Lossy Image Compression Method (0028,2114): Type 1C, VR CS, VM 1-n. Required if Lossy Image Compression (0028,2110) is \"01\". A label for the lossy compression method(s) that have been applied to this image. See Section C.7.6.1.1.5.1. Required if Lossy Image Compression (0028,2110) is \"01\"."""

    BurnedInAnnotation: Annotated[
        _BurnedInAnnotationEnhancedMRImageValue,
        Attribute(
            0x00280301, "CS", "1", "1", name="Burned In Annotation", enumerated=((0, ("NO",)),)
        ),
    ]
    """Burned In Annotation (0028,0301): Type 1, VR CS, VM 1. Indicates whether or not image contains sufficient burned in annotation to identify the patient and date the image was acquired. Enumerated Values: NO"""

    RecognizableVisualFeatures: Annotated[
        _RecognizableVisualFeaturesIntravascularOCTImageValue,
        Attribute(
            0x00280302,
            "CS",
            "1",
            "1",
            name="Recognizable Visual Features",
            enumerated=((0, ("NO",)),),
        ),
    ]
    """Recognizable Visual Features (0028,0302): Type 1, VR CS, VM 1. Indicates whether or not the image contains sufficiently recognizable visual features to allow the image or a reconstruction from a set of images to identify the patient. Enumerated Values: NO"""

    ReferencedInstanceSequence: Annotated[
        list[_ReferencedInstanceSequenceItemRTDose] | None,
        Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 3, VR SQ, VM 1. A Sequence that provides reference to a set of non-image SOP Class/Instance pairs significantly related to this Image, including waveforms that may or may not be temporally synchronized with this image."""

    ImageComments: Annotated[
        vr.LT | None, Attribute(0x00204000, "LT", "1", "3", name="Image Comments")
    ] = None
    """Image Comments (0020,4000): Type 3, VR LT, VM 1. User-defined comments about the image."""

    RecommendedDisplayFrameRate: Annotated[
        vr.IS | None, Attribute(0x00082144, "IS", "1", "3", name="Recommended Display Frame Rate")
    ] = None
    """Recommended Display Frame Rate (0008,2144): Type 3, VR IS, VM 1. Recommended rate at which the frames of an Intravascular OCT image should be displayed in frames/second."""

    InterpolationType: Annotated[
        _InterpolationTypeTerm | vr.CS | None,
        Attribute(
            0x00520039,
            "CS",
            "1",
            "1C",
            name="Interpolation Type",
            when=("value", 0x00080068, 0, "in", ("FOR PRESENTATION",)),
        ),
    ] = None
    """Interpolation Type (0052,0039): Type 1C, VR CS, VM 1. Required if Presentation Intent Type (0008,0068) equals FOR PRESENTATION. The type of interpolation used for the Polar to Cartesian scan-conversion. Defined Terms: REPLICATE BILINEAR CUBIC Required if Presentation Intent Type (0008,0068) equals FOR PRESENTATION."""

    ReferencedColorPaletteInstanceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00280304,
            "UI",
            "1",
            "1C",
            name="Referenced Color Palette Instance UID",
            when=("value", 0x00089205, 0, "in", ("COLOR_REF",)),
        ),
    ] = None
    """Referenced Color Palette Instance UID (0028,0304): Type 1C, VR UI, VM 1. Required if Pixel Presentation (0008,9205) is COLOR_REF. The identifier of a color palette (i.e., an Instance of the Color Palette Storage SOP Class \"1.2.840.10008.5.1.4.39.1\") that may be used during rendering. See PS3.4 Color Palette Storage Service Class and PS3.6 Well-Known Color Palettes."""

    OCTFocalDistance: Annotated[
        vr.FD | None, Attribute(0x00520002, "FD", "1", "2", name="OCT Focal Distance")
    ]
    """OCT Focal Distance (0052,0002): Type 2, VR FD, VM 1. Distance from focal point to center of catheter, in mm (measured in air)."""

    BeamSpotSize: Annotated[
        vr.FD | None, Attribute(0x00520003, "FD", "1", "2", name="Beam Spot Size")
    ]
    """Beam Spot Size (0052,0003): Type 2, VR FD, VM 1. The full width at half maximum (FWHM) of the point spread function (PSF) or line spread function (LSF), in µm (measured in air). Also known as Transverse Resolution."""

    EffectiveRefractiveIndex: Annotated[
        vr.FD | None,
        Attribute(
            0x00520004,
            "FD",
            "1",
            "2C",
            name="Effective Refractive Index",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            otherwise="may",
        ),
    ] = None
    """Effective Refractive Index (0052,0004): Type 2C, VR FD, VM 1. Required if Presentation Intent Type (0008,0068) is FOR PROCESSING. May be present otherwise. Index of refraction of the tissue and flush medias used during the Intravascular OCT acquisition. Required if Presentation Intent Type (0008,0068) is FOR PROCESSING. May be present otherwise."""

    OCTAcquisitionDomain: Annotated[
        _OCTAcquisitionDomainTerm | vr.CS,
        Attribute(0x00520006, "CS", "1", "1", name="OCT Acquisition Domain"),
    ]
    """OCT Acquisition Domain (0052,0006): Type 1, VR CS, VM 1. The type of OCT acquisition domain. Defined Terms: TIME FREQUENCY SPECTRAL"""

    OCTOpticalCenterWavelength: Annotated[
        vr.FD | None, Attribute(0x00520007, "FD", "1", "2", name="OCT Optical Center Wavelength")
    ]
    """OCT Optical Center Wavelength (0052,0007): Type 2, VR FD, VM 1. Center optical wavelength of the OCT light source, in µm."""

    AxialResolution: Annotated[
        vr.FD | None, Attribute(0x00520008, "FD", "1", "2", name="Axial Resolution")
    ]
    """Axial Resolution (0052,0008): Type 2, VR FD, VM 1. The full width at half maximum (FWHM) of the axial plane response function, in µm (measured in air)."""

    RangingDepth: Annotated[vr.FD, Attribute(0x00520009, "FD", "1", "1", name="Ranging Depth")]
    """Ranging Depth (0052,0009): Type 1, VR FD, VM 1. Maximum detectable sample-to-reference path displacement, in mm (measured in air). This is the radius of the FOR PRESENTATION image in air."""

    ALineRate: Annotated[vr.FD, Attribute(0x00520011, "FD", "1", "1", name="A-line Rate")]
    """A-line Rate (0052,0011): Type 1, VR FD, VM 1. The number of IVOCT A-lines acquired per second in Hz."""

    ALinesPerFrame: Annotated[
        vr.US, Attribute(0x00520012, "US", "1", "1", name="A-lines Per Frame")
    ]
    """A-lines Per Frame (0052,0012): Type 1, VR US, VM 1. Number of A-lines acquired in an IVOCT frame, including unused (padded) A-lines. Will be the same as Rows (0028,0010) for a FOR PROCESSING image."""

    OCTZOffsetApplied: Annotated[
        _OCTZOffsetAppliedValue | None,
        Attribute(
            0x00520026,
            "CS",
            "1",
            "1",
            name="OCT Z Offset Applied",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """OCT Z Offset Applied (0052,0026): Type 1, VR CS, VM 1. Indicates whether or not Z offset correction was applied to the OCT image frames. Enumerated Values: YES NO"""

    RefractiveIndexApplied: Annotated[
        _RefractiveIndexAppliedValue | None,
        Attribute(
            0x0052003A,
            "CS",
            "1",
            "1",
            name="Refractive Index Applied",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Refractive Index Applied (0052,003A): Type 1, VR CS, VM 1. Indicates whether or not Refractive Index correction was applied. Enumerated Values: YES NO See Section C.8.27.4.1 for further explanation."""

    ALinePixelSpacing: Annotated[
        vr.FD | None, Attribute(0x00520014, "FD", "1", "1", name="A-line Pixel Spacing")
    ] = None
    """A-line Pixel Spacing (0052,0014): Type 1, VR FD, VM 1. Spacing of pixels in the A-line (X-axis), in mm."""

    PixelIntensityRelationship: Annotated[
        _PixelIntensityRelationshipTermIntravascularOCTProcessingParameters | vr.CS | None,
        Attribute(0x00281040, "CS", "1", "1", name="Pixel Intensity Relationship"),
    ] = None
    """Pixel Intensity Relationship (0028,1040): Type 1, VR CS, VM 1. The relationship between the pixel sample values and the IVOCT A-line intensity. See Section C.8.27.4.2."""

    FirstALineLocation: Annotated[
        vr.FD | None, Attribute(0x00520034, "FD", "1", "1", name="First A-line Location")
    ] = None
    """First A-line Location (0052,0034): Type 1, VR FD, VM 1. Orientation in degrees at which the 1st A-line in the frame should be displayed. Value shall be between 0 and 360, with zero representing vertical."""

    IVUSAcquisition: Annotated[
        _IVUSAcquisitionValue,
        Attribute(
            0x00183100,
            "CS",
            "1",
            "1",
            name="IVUS Acquisition",
            enumerated=((0, ("MOTORIZED", "MANUAL", "SELECTIVE", "MEASURED")),),
        ),
    ]
    """IVUS Acquisition (0018,3100): Type 1, VR CS, VM 1. Type of Intravascular Image Acquisition. Enumerated Values: MOTORIZED MANUAL SELECTIVE MEASURED See Section C.8.27.5.1."""

    IVUSPullbackRate: Annotated[
        vr.DS | None,
        Attribute(
            0x00183101,
            "DS",
            "1",
            "1C",
            name="IVUS Pullback Rate",
            when=("value", 0x00183100, 0, "in", ("MOTORIZED",)),
        ),
    ] = None
    """IVUS Pullback Rate (0018,3101): Type 1C, VR DS, VM 1. Required if IVUS Acquisition (0018,3100) value is MOTORIZED. Intravascular imaging catheter pullback rate. Specified in units of mm/sec. Required if IVUS Acquisition (0018,3100) value is MOTORIZED. See Section C.8.27.5.2."""

    IVUSPullbackStartFrameNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x00183103,
            "IS",
            "1",
            "1C",
            name="IVUS Pullback Start Frame Number",
            when=("value", 0x00183100, 0, "in", ("MOTORIZED",)),
        ),
    ] = None
    """IVUS Pullback Start Frame Number (0018,3103): Type 1C, VR IS, VM 1. Required if IVUS Acquisition (0018,3100) value is MOTORIZED. Frame number at which the motorized portion of the acquisition begins. Required if IVUS Acquisition (0018,3100) value is MOTORIZED. See Section C.8.27.5.1."""

    IVUSPullbackStopFrameNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x00183104,
            "IS",
            "1",
            "1C",
            name="IVUS Pullback Stop Frame Number",
            when=("value", 0x00183100, 0, "in", ("MOTORIZED",)),
        ),
    ] = None
    """IVUS Pullback Stop Frame Number (0018,3104): Type 1C, VR IS, VM 1. Required if IVUS Acquisition (0018,3100) value is MOTORIZED. Frame number at which the motorized portion of the acquisition is complete. Required if IVUS Acquisition (0018,3100) value is MOTORIZED. See Section C.8.27.5.1."""

    CatheterDirectionOfRotation: Annotated[
        _CatheterDirectionOfRotationValue | None,
        Attribute(
            0x00520031,
            "CS",
            "1",
            "1C",
            name="Catheter Direction of Rotation",
            enumerated=((0, ("CW", "CC")),),
            when=("unknown", "names no attribute: rotational catheter is used"),
        ),
    ] = None
    """Catheter Direction of Rotation (0052,0031): Type 1C, VR CS, VM 1. Required if rotational catheter is used. Direction of rotation of the Intravascular rotating catheter during acquisition, from the perspective of the motor, proximal to distal. Enumerated Values: CW clockwise CC counter-clockwise Required if rotational catheter is used."""

    CatheterRotationalRate: Annotated[
        vr.FD | None,
        Attribute(
            0x00520013,
            "FD",
            "1",
            "1C",
            name="Catheter Rotational Rate",
            when=("unknown", "names no attribute: rotational catheter is used"),
        ),
    ] = None
    """Catheter Rotational Rate (0052,0013): Type 1C, VR FD, VM 1. Required if rotational catheter is used. Rate of rotation of the Intravascular rotating catheter during acquisition, in Hz. Required if rotational catheter is used."""

    ModeOfPercutaneousAccessSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00520016, "SQ", "1", "2", name="Mode of Percutaneous Access Sequence"),
    ]
    """Mode of Percutaneous Access Sequence (0052,0016): Type 2, VR SQ, VM 1. Mode of access of the Intravascular Imaging Catheter. Zero or one Item shall be included in this Sequence."""

    SOPClassUID: Annotated[vr.UI, Attribute(0x00080016, "UI", "1", "1", name="SOP Class UID")]
    """SOP Class UID (0008,0016): Type 1, VR UI, VM 1. Uniquely identifies the SOP Class. See Section C.12.1.1.1 for further explanation. See also PS3.4."""

    SOPInstanceUID: Annotated[vr.UI, Attribute(0x00080018, "UI", "1", "1", name="SOP Instance UID")]
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

    ReferencedSeriesSequence: Annotated[
        list[_ReferencedSeriesSequenceItem] | None,
        Attribute(
            0x00081115,
            "SQ",
            "1",
            "1C",
            name="Referenced Series Sequence",
            when=(
                "unknown",
                "names no attribute: this Instance references Instances in this Study",
            ),
        ),
    ] = None
    """Referenced Series Sequence (0008,1115): Type 1C, VR SQ, VM 1. Required if this Instance references Instances in this Study. Sequence of Items each of which includes the Attributes of one Series. One or more Items shall be included in this Sequence. Required if this Instance references Instances in this Study."""

    StudiesContainingOtherReferencedInstancesSequence: Annotated[
        list[_StudiesContainingOtherReferencedInstancesSequenceItem] | None,
        Attribute(
            0x00081200,
            "SQ",
            "1",
            "1C",
            name="Studies Containing Other Referenced Instances Sequence",
            when=(
                "unknown",
                "names no attribute: this Instance references Instances in other Studies",
            ),
        ),
    ] = None
    """Studies Containing Other Referenced Instances Sequence (0008,1200): Type 1C, VR SQ, VM 1. Required if this Instance references Instances in other Studies. Sequence of Items each identifying a Study other than the Study of which this Instance is a part, which Studies contain Instances that are referenced elsewhere in this Instance. One or more Items shall be included in this Sequence."""

    FrameExtractionSequence: Annotated[
        list[_FrameExtractionSequenceItem] | None,
        Attribute(0x00081164, "SQ", "1", "1", name="Frame Extraction Sequence"),
    ] = None
    """Frame Extraction Sequence (0008,1164): Type 1, VR SQ, VM 1. Sequence containing details of how this SOP Instance was extracted from a source multi-frame SOP Instance. If this Instance was created from an Instance that contains a Frame Extraction Sequence, then this Sequence shall contain all of the..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionContextSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
    "AcquisitionTimeSynchronized": (
        "dicomodel.enums.acquisition_time_synchronized",
        "AcquisitionTimeSynchronized",
    ),
    "AdmittingDiagnosesCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "AnatomicalOrientationType": (
        "dicomodel.enums.anatomical_orientation_type",
        "AnatomicalOrientationType",
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
    "BodyPartExaminedTerm": ("dicomodel.enums.body_part_examined", "BodyPartExaminedTerm"),
    "BreedRegistrationSequenceItem": (
        "dicomodel.items.breed_registration_sequence_item_patient",
        "BreedRegistrationSequenceItemPatient",
    ),
    "BreedRegistryCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "BurnedInAnnotation": (
        "dicomodel.enums.burned_in_annotation",
        "BurnedInAnnotationEnhancedMRImage",
    ),
    "CardiacBeatRejectionTechniqueTerm": (
        "dicomodel.enums.cardiac_beat_rejection_technique",
        "CardiacBeatRejectionTechniqueTerm",
    ),
    "CardiacCyclePositionTerm": (
        "dicomodel.enums.cardiac_cycle_position",
        "CardiacCyclePositionTerm",
    ),
    "CardiacFramingTypeTerm": ("dicomodel.enums.cardiac_framing_type", "CardiacFramingTypeTerm"),
    "CardiacSignalSourceTerm": ("dicomodel.enums.cardiac_signal_source", "CardiacSignalSourceTerm"),
    "CardiacSynchronizationSequenceItem": (
        "dicomodel.items.cardiac_synchronization_sequence_item",
        "CardiacSynchronizationSequenceItem",
    ),
    "CardiacSynchronizationTechnique": (
        "dicomodel.enums.cardiac_synchronization_technique",
        "CardiacSynchronizationTechnique",
    ),
    "CatheterDirectionOfRotation": (
        "dicomodel.enums.catheter_direction_of_rotation",
        "CatheterDirectionOfRotation",
    ),
    "CertificateTypeTerm": ("dicomodel.enums.certificate_type", "CertificateTypeTerm"),
    "CertifiedTimestampTypeTerm": (
        "dicomodel.enums.certified_timestamp_type",
        "CertifiedTimestampTypeTerm",
    ),
    "ClinicalTrialTimePointTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConsentForClinicalTrialUseSequenceItem": (
        "dicomodel.items.consent_for_clinical_trial_use_sequence_item",
        "ConsentForClinicalTrialUseSequenceItem",
    ),
    "ConsentForDistributionFlag": (
        "dicomodel.enums.consent_for_distribution_flag",
        "ConsentForDistributionFlag",
    ),
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
    "ContrastAdministrationProfileSequenceItem": (
        "dicomodel.items.contrast_administration_profile_sequence_item",
        "ContrastAdministrationProfileSequenceItem",
    ),
    "ContrastBolusAdministrationRouteSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContrastBolusAgentSequenceItem": (
        "dicomodel.items.contrast_bolus_agent_sequence_item",
        "ContrastBolusAgentSequenceItem",
    ),
    "ContrastBolusIngredientCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContrastBolusIngredientOpaque": (
        "dicomodel.enums.contrast_bolus_ingredient_opaque",
        "ContrastBolusIngredientOpaque",
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
    "DeidentificationAction": ("dicomodel.enums.deidentification_action", "DeidentificationAction"),
    "DeidentificationActionSequenceItem": (
        "dicomodel.items.deidentification_action_sequence_item",
        "DeidentificationActionSequenceItem",
    ),
    "DeidentificationMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "DerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "DerivationImageSequenceItem": (
        "dicomodel.items.derivation_image_sequence_item",
        "DerivationImageSequenceItem",
    ),
    "DeviceDiameterUnitsTerm": ("dicomodel.enums.device_diameter_units", "DeviceDiameterUnitsTerm"),
    "DeviceSequenceItem": ("dicomodel.items.device_sequence_item", "DeviceSequenceItem"),
    "DigitalSignaturePurposeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "DigitalSignaturesSequenceItem": (
        "dicomodel.items.digital_signatures_sequence_item",
        "DigitalSignaturesSequenceItem",
    ),
    "DimensionIndexSequenceItem": (
        "dicomodel.items.dimension_index_sequence_item",
        "DimensionIndexSequenceItem",
    ),
    "DimensionOrganizationSequenceItem": (
        "dicomodel.items.dimension_organization_sequence_item",
        "DimensionOrganizationSequenceItem",
    ),
    "DimensionOrganizationTypeTerm": (
        "dicomodel.enums.dimension_organization_type",
        "DimensionOrganizationTypeTerm",
    ),
    "DistributionTypeTerm": ("dicomodel.enums.distribution_type", "DistributionTypeTerm"),
    "EncryptedAttributesSequenceItem": (
        "dicomodel.items.encrypted_attributes_sequence_item",
        "EncryptedAttributesSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EthnicGroupCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "FrameAnatomySequenceItem": (
        "dicomodel.items.frame_anatomy_sequence_item",
        "FrameAnatomySequenceItem",
    ),
    "FrameContentSequenceItem": (
        "dicomodel.items.frame_content_sequence_item",
        "FrameContentSequenceItem",
    ),
    "FrameExtractionSequenceItem": (
        "dicomodel.items.frame_extraction_sequence_item",
        "FrameExtractionSequenceItem",
    ),
    "FrameLaterality": ("dicomodel.enums.frame_laterality", "FrameLaterality"),
    "FrameVOILUTSequenceItem": (
        "dicomodel.items.frame_voilut_sequence_item",
        "FrameVOILUTSequenceItem",
    ),
    "GeneticModificationsCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "GeneticModificationsSequenceItem": (
        "dicomodel.items.genetic_modifications_sequence_item_patient",
        "GeneticModificationsSequenceItemPatient",
    ),
    "GroupOfPatientsIdentificationSequenceItem": (
        "dicomodel.items.group_of_patients_identification_sequence_item",
        "GroupOfPatientsIdentificationSequenceItem",
    ),
    "HL7StructuredDocumentReferenceSequenceItem": (
        "dicomodel.items.hl7_structured_document_reference_sequence_item",
        "HL7StructuredDocumentReferenceSequenceItem",
    ),
    "IVUSAcquisition": ("dicomodel.enums.ivus_acquisition", "IVUSAcquisition"),
    "InstanceOriginStatus": ("dicomodel.enums.instance_origin_status", "InstanceOriginStatus"),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "InterpolationTypeTerm": ("dicomodel.enums.interpolation_type", "InterpolationTypeTerm"),
    "IntravascularFrameContentSequenceItem": (
        "dicomodel.items.intravascular_frame_content_sequence_item",
        "IntravascularFrameContentSequenceItem",
    ),
    "IntravascularOCTFrameContentSequenceItem": (
        "dicomodel.items.intravascular_oct_frame_content_sequence_item",
        "IntravascularOCTFrameContentSequenceItem",
    ),
    "IntravascularOCTFrameTypeSequenceItem": (
        "dicomodel.items.intravascular_oct_frame_type_sequence_item",
        "IntravascularOCTFrameTypeSequenceItem",
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
    "LUTFunctionTerm": ("dicomodel.enums.lut_function", "LUTFunctionTerm"),
    "Laterality": ("dicomodel.enums.laterality", "Laterality"),
    "LongitudinalTemporalEventTypeTerm": (
        "dicomodel.enums.longitudinal_temporal_event_type",
        "LongitudinalTemporalEventTypeTerm",
    ),
    "LongitudinalTemporalInformationModified": (
        "dicomodel.enums.longitudinal_temporal_information_modified",
        "LongitudinalTemporalInformationModified",
    ),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
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
    "Modality": ("dicomodel.enums.modality", "ModalityIntravascularOCTSeries"),
    "ModeOfPercutaneousAccessSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ModifiedAttributesSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "NonconformingModifiedAttributesSequenceItem": (
        "dicomodel.items.nonconforming_modified_attributes_sequence_item",
        "NonconformingModifiedAttributesSequenceItem",
    ),
    "OCTAcquisitionDomainTerm": (
        "dicomodel.enums.oct_acquisition_domain",
        "OCTAcquisitionDomainTerm",
    ),
    "OCTZOffsetApplied": ("dicomodel.enums.octz_offset_applied", "OCTZOffsetApplied"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "OriginalAttributesSequenceItem": (
        "dicomodel.items.original_attributes_sequence_item",
        "OriginalAttributesSequenceItem",
    ),
    "OtherClinicalTrialProtocolIDsSequenceItem": (
        "dicomodel.items.other_clinical_trial_protocol_i_ds_sequence_item",
        "OtherClinicalTrialProtocolIDsSequenceItem",
    ),
    "OtherPatientIDsSequenceItem": (
        "dicomodel.items.other_patient_i_ds_sequence_item_patient",
        "OtherPatientIDsSequenceItemPatient",
    ),
    "PatientAlternativeCalendar": (
        "dicomodel.enums.patient_alternative_calendar",
        "PatientAlternativeCalendar",
    ),
    "PatientBreedCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PatientIdentityRemoved": (
        "dicomodel.enums.patient_identity_removed",
        "PatientIdentityRemoved",
    ),
    "PatientPositionTerm": ("dicomodel.enums.patient_position", "PatientPositionTerm"),
    "PatientSex": ("dicomodel.enums.patient_sex", "PatientSex"),
    "PatientSexNeutered": ("dicomodel.enums.patient_sex_neutered", "PatientSexNeutered"),
    "PatientSizeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PatientSpeciesCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PerformedProtocolCodeSequenceItem": (
        "dicomodel.items.scheduled_protocol_code_sequence_item",
        "ScheduledProtocolCodeSequenceItem",
    ),
    "PerformingPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretation",
    ),
    "PhysiciansOfRecordIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "PhysiciansReadingStudyIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "PixelIntensityRelationshipLUTSequenceItem": (
        "dicomodel.items.pixel_intensity_relationship_lut_sequence_item",
        "PixelIntensityRelationshipLUTSequenceItem",
    ),
    "PixelIntensityRelationshipTerm": (
        "dicomodel.enums.pixel_intensity_relationship",
        "PixelIntensityRelationshipTermIntravascularOCTProcessingParameters",
    ),
    "PixelMeasuresSequenceItem": (
        "dicomodel.items.pixel_measures_sequence_item",
        "PixelMeasuresSequenceItem",
    ),
    "PixelPresentation": (
        "dicomodel.enums.pixel_presentation",
        "PixelPresentationIntravascularOCTImage",
    ),
    "PresentationIntentType": (
        "dicomodel.enums.presentation_intent_type",
        "PresentationIntentType",
    ),
    "PresentationLUTShape": (
        "dicomodel.enums.presentation_lut_shape",
        "PresentationLUTShapeSCMultiFrameImage",
    ),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "PrivateDataElementCharacteristicsSequenceItem": (
        "dicomodel.items.private_data_element_characteristics_sequence_item",
        "PrivateDataElementCharacteristicsSequenceItem",
    ),
    "PrivateDataElementDefinitionSequenceItem": (
        "dicomodel.items.private_data_element_definition_sequence_item",
        "PrivateDataElementDefinitionSequenceItem",
    ),
    "ProcedureCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ProtocolContextSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "QualityControlSubject": ("dicomodel.enums.quality_control_subject", "QualityControlSubject"),
    "QueryRetrieveView": ("dicomodel.enums.query_retrieve_view", "QueryRetrieveView"),
    "ReasonForPerformedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReasonForRequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReasonForTheAttributeModificationTerm": (
        "dicomodel.enums.reason_for_the_attribute_modification",
        "ReasonForTheAttributeModificationTerm",
    ),
    "ReasonForVisitCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RecognizableVisualFeatures": (
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeaturesIntravascularOCTImage",
    ),
    "ReferencedDefinedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_rt_dose",
        "ReferencedInstanceSequenceItemRTDose",
    ),
    "ReferencedPatientPhotoSequenceItem": (
        "dicomodel.items.referenced_instances_and_access_item",
        "ReferencedInstancesAndAccessItem",
    ),
    "ReferencedPatientSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedPerformedProcedureStepSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedPerformedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item",
        "ReferencedSeriesSequenceItem",
    ),
    "ReferencedStudySequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferringPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "RefractiveIndexApplied": (
        "dicomodel.enums.refractive_index_applied",
        "RefractiveIndexApplied",
    ),
    "RelatedSeriesSequenceItem": (
        "dicomodel.items.related_series_sequence_item",
        "RelatedSeriesSequenceItem",
    ),
    "RequestAttributesSequenceItem": (
        "dicomodel.items.request_attributes_item",
        "RequestAttributesItem",
    ),
    "RequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RequestingServiceCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RespiratoryCyclePositionTerm": (
        "dicomodel.enums.respiratory_cycle_position",
        "RespiratoryCyclePositionTerm",
    ),
    "ResponsiblePersonRoleTerm": (
        "dicomodel.enums.responsible_person_role",
        "ResponsiblePersonRoleTerm",
    ),
    "SOPInstanceStatus": ("dicomodel.enums.sop_instance_status", "SOPInstanceStatus"),
    "ScheduledProtocolCodeSequenceItem": (
        "dicomodel.items.scheduled_protocol_code_sequence_item",
        "ScheduledProtocolCodeSequenceItem",
    ),
    "SeriesDescriptionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "SmokingStatus": ("dicomodel.enums.smoking_status", "SmokingStatus"),
    "SourceImageSequenceItem": (
        "dicomodel.items.source_image_sequence_item",
        "SourceImageSequenceItem",
    ),
    "SourcePatientGroupIdentificationSequenceItem": (
        "dicomodel.items.source_patient_group_identification_sequence_item",
        "SourcePatientGroupIdentificationSequenceItem",
    ),
    "SpatialLocationsPreserved": (
        "dicomodel.enums.spatial_locations_preserved",
        "SpatialLocationsPreserved",
    ),
    "StereoPairsPresent": ("dicomodel.enums.stereo_pairs_present", "StereoPairsPresent"),
    "StrainCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "StrainSourceRegistryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "StrainStockSequenceItem": (
        "dicomodel.items.strain_stock_sequence_item_patient",
        "StrainStockSequenceItemPatient",
    ),
    "StudiesContainingOtherReferencedInstancesSequenceItem": (
        "dicomodel.items.studies_containing_other_referenced_instances_sequence_item",
        "StudiesContainingOtherReferencedInstancesSequenceItem",
    ),
    "SynchronizationTrigger": ("dicomodel.enums.synchronization_trigger", "SynchronizationTrigger"),
    "SyntheticData": ("dicomodel.enums.synthetic_data", "SyntheticData"),
    "TimeDistributionProtocol": (
        "dicomodel.enums.time_distribution_protocol",
        "TimeDistributionProtocol",
    ),
    "TypeOfInstancesTerm": ("dicomodel.enums.type_of_instances", "TypeOfInstancesTerm"),
    "TypeOfPatientIDTerm": ("dicomodel.enums.type_of_patient_id", "TypeOfPatientIDTerm"),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "UniversalEntityIDType": ("dicomodel.enums.universal_entity_id_type", "UniversalEntityIDType"),
    "VOILUTFunctionTerm": ("dicomodel.enums.voilut_function", "VOILUTFunctionTerm"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "VolumetricProperties": (
        "dicomodel.enums.volumetric_properties",
        "VolumetricPropertiesIntravascularOCTImage",
    ),
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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
