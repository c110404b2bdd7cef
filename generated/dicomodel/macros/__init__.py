"""Macro models, one module per PS3.3 macro table; loaded on first use.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE: dict[str, str] = {
    "AccessEndPointsMacro": "dicomodel.macros.access_end_points",
    "AlgorithmIdentificationMacro": "dicomodel.macros.algorithm_identification",
    "AssertionMacro": "dicomodel.macros.assertion",
    "AttributeValueConstraintMacro": "dicomodel.macros.attribute_value_constraint",
    "AttributeValueMacro": "dicomodel.macros.attribute_value",
    "BasicCodeSequenceMacro": "dicomodel.macros.basic_code_sequence",
    "BasicPixelSpacingCalibrationMacro": "dicomodel.macros.basic_pixel_spacing_calibration",
    "BeamLimitingDevicePositionMacro": "dicomodel.macros.beam_limiting_device_position",
    "BlocksDefinitionMacro": "dicomodel.macros.blocks_definition",
    "BolusesDefinitionMacro": "dicomodel.macros.boluses_definition",
    "BreastBiopsyTargetMacro": "dicomodel.macros.breast_biopsy_target",
    "BreastXRayAcquisitionDoseMacro": "dicomodel.macros.breast_x_ray_acquisition_dose",
    "BreastXRayDetectorMacro": "dicomodel.macros.breast_x_ray_detector",
    "BreastXRayGeometryMacro": "dicomodel.macros.breast_x_ray_geometry",
    "BreastXRayIsocenterReferenceSystemMacro": "dicomodel.macros.breast_x_ray_isocenter_reference_system",
    "BreastXRayPositionerMacro": "dicomodel.macros.breast_x_ray_positioner",
    "CTAcquisitionDetailsMacro": "dicomodel.macros.ct_acquisition_details",
    "CTAcquisitionTypeMacro": "dicomodel.macros.ct_acquisition_type",
    "CTAdditionalXRaySourceMacro": "dicomodel.macros.ct_additional_x_ray_source",
    "CTExposureMacro": "dicomodel.macros.ct_exposure",
    "CTGeometryMacro": "dicomodel.macros.ct_geometry",
    "CTImageFrameTypeMacro": "dicomodel.macros.ct_image_frame_type",
    "CTPixelValueTransformationMacro": "dicomodel.macros.ct_pixel_value_transformation",
    "CTPositionMacro": "dicomodel.macros.ct_position",
    "CTReconstructionMacro": "dicomodel.macros.ct_reconstruction",
    "CTTableDynamicsMacro": "dicomodel.macros.ct_table_dynamics",
    "CTXRayDetailsMacro": "dicomodel.macros.ct_x_ray_details",
    "CalculatedIOLMacro": "dicomodel.macros.calculated_iol",
    "CalculatedToricPowerMacro": "dicomodel.macros.calculated_toric_power",
    "CameraPositionFunctionalGroupMacro": "dicomodel.macros.camera_position_functional_group",
    "CardiacSynchronizationMacro": "dicomodel.macros.cardiac_synchronization",
    "CodeMacro": "dicomodel.macros.code",
    "CodeSequenceMacro": "dicomodel.macros.code_sequence",
    "CommonCTMRAndPhotoacousticImageDescriptionMacro": "dicomodel.macros.common_ct_mr_and_photoacoustic_image_description",
    "CompensatorsDefinitionMacro": "dicomodel.macros.compensators_definition",
    "CompositeObjectReferenceMacro": "dicomodel.macros.composite_object_reference",
    "ConceptualVolumeMacro": "dicomodel.macros.conceptual_volume",
    "ConceptualVolumeSegmentationReferenceAndCombinationMacro": "dicomodel.macros.conceptual_volume_segmentation_reference_and_combination",
    "ConfocalMicroscopyImageFrameTypeMacro": "dicomodel.macros.confocal_microscopy_image_frame_type",
    "ContainerMacro": "dicomodel.macros.container",
    "ContentCreatorMacro": "dicomodel.macros.content_creator",
    "ContentIdentificationMacro": "dicomodel.macros.content_identification",
    "ContentItemMacro": "dicomodel.macros.content_item",
    "ContentItemWithModifiersMacro": "dicomodel.macros.content_item_with_modifiers",
    "ContrastBolusUsageMacro": "dicomodel.macros.contrast_bolus_usage",
    "ContributingImageSourcesMacro": "dicomodel.macros.contributing_image_sources",
    "CorneaMeasurementMacro": "dicomodel.macros.cornea_measurement",
    "CylinderSequenceMacro": "dicomodel.macros.cylinder_sequence",
    "DerivationImageMacro": "dicomodel.macros.derivation_image",
    "DeviceIdentificationMacro": "dicomodel.macros.device_identification",
    "DeviceModelMacro": "dicomodel.macros.device_model",
    "DeviceMotionControlMacro": "dicomodel.macros.device_motion_control",
    "DigitalSignaturesMacro": "dicomodel.macros.digital_signatures",
    "DigitalXRayDetectorMacro": "dicomodel.macros.digital_x_ray_detector",
    "DisplayQAResultContextMacro": "dicomodel.macros.display_qa_result_context",
    "DisplayShutterMacro": "dicomodel.macros.display_shutter",
    "DocumentContentMacro": "dicomodel.macros.document_content",
    "DocumentRelationshipMacro": "dicomodel.macros.document_relationship",
    "DosimetricObjectiveMacro": "dicomodel.macros.dosimetric_objective",
    "EncryptedAttributesDataSetMacro": "dicomodel.macros.encrypted_attributes_data_set",
    "EnhancedCodeSequenceMacro": "dicomodel.macros.enhanced_code_sequence",
    "EnhancedContentIdentificationMacro": "dicomodel.macros.enhanced_content_identification",
    "EntityLabelingMacro": "dicomodel.macros.entity_labeling",
    "EntityLongLabelingMacro": "dicomodel.macros.entity_long_labeling",
    "ExposureIndexMacro": "dicomodel.macros.exposure_index",
    "ExtendedContentIdentificationMacro": "dicomodel.macros.extended_content_identification",
    "ExtendedSelectorAttributeMacro": "dicomodel.macros.extended_selector_attribute",
    "ExternalBeamControlPointGeneralMacro": "dicomodel.macros.external_beam_control_point_general",
    "ExternallySourcedDataSetIdentificationMacro": "dicomodel.macros.externally_sourced_data_set_identification",
    "FillStyleSequenceMacro": "dicomodel.macros.fill_style_sequence",
    "FrameAnatomyMacro": "dicomodel.macros.frame_anatomy",
    "FrameContentMacro": "dicomodel.macros.frame_content",
    "FrameDisplayShutterMacro": "dicomodel.macros.frame_display_shutter",
    "FramePixelShiftMacro": "dicomodel.macros.frame_pixel_shift",
    "FrameUsefulnessFunctionalGroupMacro": "dicomodel.macros.frame_usefulness_functional_group",
    "FrameVOILUTMacro": "dicomodel.macros.frame_voi_lut",
    "FrameVOILUTWithLUTMacro": "dicomodel.macros.frame_voi_lut_with_lut",
    "FunctionalMRMacro": "dicomodel.macros.functional_mr",
    "GeneralAccessoriesDefinitionMacro": "dicomodel.macros.general_accessories_definition",
    "GeneralAnatomyMandatoryMacro": "dicomodel.macros.general_anatomy_mandatory",
    "GeneralAnatomyOptionalMacro": "dicomodel.macros.general_anatomy_optional",
    "GeneralAnatomyRequiredMacro": "dicomodel.macros.general_anatomy_required",
    "GeneralContributingSourcesMacro": "dicomodel.macros.general_contributing_sources",
    "GeneralProcedureProtocolReferenceMacro": "dicomodel.macros.general_procedure_protocol_reference",
    "HL7v2HierarchicDesignatorMacro": "dicomodel.macros.hl7v2_hierarchic_designator",
    "HangingProtocolSelectorAttributeContextMacro": "dicomodel.macros.hanging_protocol_selector_attribute_context",
    "HangingProtocolSelectorAttributeValueMacro": "dicomodel.macros.hanging_protocol_selector_attribute_value",
    "HierarchicalEvidenceReferenceMacro": "dicomodel.macros.hierarchical_evidence_reference",
    "HierarchicalSOPInstanceReferenceMacro": "dicomodel.macros.hierarchical_sop_instance_reference",
    "HierarchicalSeriesReferenceMacro": "dicomodel.macros.hierarchical_series_reference",
    "IOLOphthalmicAxialLengthMacro": "dicomodel.macros.iol_ophthalmic_axial_length",
    "IdentifiedPersonOrDeviceMacro": "dicomodel.macros.identified_person_or_device",
    "IdentityPixelValueTransformationMacro": "dicomodel.macros.identity_pixel_value_transformation",
    "ImageDataTypeMacro": "dicomodel.macros.image_data_type",
    "ImageFrameConversionSourceMacro": "dicomodel.macros.image_frame_conversion_source",
    "ImagePixelDescriptionMacro": "dicomodel.macros.image_pixel_description",
    "ImagePixelMacro": "dicomodel.macros.image_pixel",
    "ImageReferenceMacro": "dicomodel.macros.image_reference",
    "ImageSOPInstanceReferenceMacro": "dicomodel.macros.image_sop_instance_reference",
    "InterlockMacro": "dicomodel.macros.interlock",
    "IntraocularLensCalculationsMacro": "dicomodel.macros.intraocular_lens_calculations",
    "IntravascularFrameContentMacro": "dicomodel.macros.intravascular_frame_content",
    "IntravascularOCTFrameContentMacro": "dicomodel.macros.intravascular_oct_frame_content",
    "IntravascularOCTFrameTypeMacro": "dicomodel.macros.intravascular_oct_frame_type",
    "InventoryReferenceMacro": "dicomodel.macros.inventory_reference",
    "IrradiationEventIdentificationMacro": "dicomodel.macros.irradiation_event_identification",
    "IssuerOfPatientIDMacro": "dicomodel.macros.issuer_of_patient_id",
    "KVRadiationImageAcquisitionParametersMacro": "dicomodel.macros.kv_radiation_image_acquisition_parameters",
    "KeratometricMeasurementsMacro": "dicomodel.macros.keratometric_measurements",
    "KeratometryMacro": "dicomodel.macros.keratometry",
    "LensometryMeasurementsMacro": "dicomodel.macros.lensometry_measurements",
    "LineStyleSequenceMacro": "dicomodel.macros.line_style_sequence",
    "LuminanceResultMacro": "dicomodel.macros.luminance_result",
    "LuminanceUniformityResultMacro": "dicomodel.macros.luminance_uniformity_result",
    "MRArterialSpinLabelingMacro": "dicomodel.macros.mr_arterial_spin_labeling",
    "MRAveragesMacro": "dicomodel.macros.mr_averages",
    "MRDiffusionMacro": "dicomodel.macros.mr_diffusion",
    "MREchoMacro": "dicomodel.macros.mr_echo",
    "MRFOVGeometryMacro": "dicomodel.macros.mr_fov_geometry",
    "MRImageAndSpectroscopyInstanceMacro": "dicomodel.macros.mr_image_and_spectroscopy_instance",
    "MRImageDescriptionMacro": "dicomodel.macros.mr_image_description",
    "MRImageFrameTypeMacro": "dicomodel.macros.mr_image_frame_type",
    "MRImagingModifierMacro": "dicomodel.macros.mr_imaging_modifier",
    "MRMetaboliteMapMacro": "dicomodel.macros.mr_metabolite_map",
    "MRModifierMacro": "dicomodel.macros.mr_modifier",
    "MRReceiveCoilMacro": "dicomodel.macros.mr_receive_coil",
    "MRSpatialSaturationMacro": "dicomodel.macros.mr_spatial_saturation",
    "MRSpectroscopyDescriptionMacro": "dicomodel.macros.mr_spectroscopy_description",
    "MRSpectroscopyFOVGeometryMacro": "dicomodel.macros.mr_spectroscopy_fov_geometry",
    "MRSpectroscopyFrameTypeMacro": "dicomodel.macros.mr_spectroscopy_frame_type",
    "MRTimingAndRelatedParametersMacro": "dicomodel.macros.mr_timing_and_related_parameters",
    "MRTransmitCoilMacro": "dicomodel.macros.mr_transmit_coil",
    "MRVelocityEncodingMacro": "dicomodel.macros.mr_velocity_encoding",
    "MVRadiationImageAcquisitionParametersMacro": "dicomodel.macros.mv_radiation_image_acquisition_parameters",
    "MandatoryViewAndSliceProgressionDirectionMacro": "dicomodel.macros.mandatory_view_and_slice_progression_direction",
    "MatrixBasedRTImagingGeometryMacro": "dicomodel.macros.matrix_based_rt_imaging_geometry",
    "ModalityLUTMacro": "dicomodel.macros.modality_lut",
    "MultiEnergyCTCharacteristicsMacro": "dicomodel.macros.multi_energy_ct_characteristics",
    "MultiEnergyCTPathMacro": "dicomodel.macros.multi_energy_ct_path",
    "MultiEnergyCTProcessingMacro": "dicomodel.macros.multi_energy_ct_processing",
    "MultiEnergyCTXRayDetectorMacro": "dicomodel.macros.multi_energy_ct_x_ray_detector",
    "MultiEnergyCTXRaySourceMacro": "dicomodel.macros.multi_energy_ct_x_ray_source",
    "MultipleSiteGeneralAnatomyOptionalMacro": "dicomodel.macros.multiple_site_general_anatomy_optional",
    "NumericMeasurementMacro": "dicomodel.macros.numeric_measurement",
    "NumericValueMacro": "dicomodel.macros.numeric_value",
    "OphthalmicAcquisitionParametersMacro": "dicomodel.macros.ophthalmic_acquisition_parameters",
    "OphthalmicAxialLengthQualityMetricMacro": "dicomodel.macros.ophthalmic_axial_length_quality_metric",
    "OphthalmicAxialLengthSegmentalMeasurementsMacro": "dicomodel.macros.ophthalmic_axial_length_segmental_measurements",
    "OphthalmicAxialMeasurementsMacro": "dicomodel.macros.ophthalmic_axial_measurements",
    "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceMacro": "dicomodel.macros.ophthalmic_axial_measurements_quality_image_sop_instance_reference",
    "OphthalmicAxialMeasurementsRelatedInformationMacro": "dicomodel.macros.ophthalmic_axial_measurements_related_information",
    "OphthalmicAxialMeasurementsSelectedMacro": "dicomodel.macros.ophthalmic_axial_measurements_selected",
    "OphthalmicFrameLocationMacro": "dicomodel.macros.ophthalmic_frame_location",
    "OphthalmicPatientClinicalInformationAndTestLensParametersMacro": "dicomodel.macros.ophthalmic_patient_clinical_information_and_test_lens_parameters",
    "OphthalmicVisualFieldGlobalIndexMacro": "dicomodel.macros.ophthalmic_visual_field_global_index",
    "OpticalPathIdentificationMacro": "dicomodel.macros.optical_path_identification",
    "OptionalViewAndSliceProgressionDirectionMacro": "dicomodel.macros.optional_view_and_slice_progression_direction",
    "OriginalAttributesMacro": "dicomodel.macros.original_attributes",
    "OutlineDefinitionMacro": "dicomodel.macros.outline_definition",
    "PETDetectorMotionDetailsMacro": "dicomodel.macros.pet_detector_motion_details",
    "PETFrameAcquisitionMacro": "dicomodel.macros.pet_frame_acquisition",
    "PETFrameCorrectionFactorsMacro": "dicomodel.macros.pet_frame_correction_factors",
    "PETFrameTypeMacro": "dicomodel.macros.pet_frame_type",
    "PETPositionMacro": "dicomodel.macros.pet_position",
    "PETReconstructionMacro": "dicomodel.macros.pet_reconstruction",
    "PETTableDynamicsMacro": "dicomodel.macros.pet_table_dynamics",
    "PaletteColorLookupTableMacro": "dicomodel.macros.palette_color_lookup_table",
    "ParameterizedRTImagingGeometryMacro": "dicomodel.macros.parameterized_rt_imaging_geometry",
    "ParametricMapFrameTypeMacro": "dicomodel.macros.parametric_map_frame_type",
    "PatientGroupMacro": "dicomodel.macros.patient_group",
    "PatientOrientationAndEquipmentRelationshipMacro": "dicomodel.macros.patient_orientation_and_equipment_relationship",
    "PatientOrientationInFrameMacro": "dicomodel.macros.patient_orientation_in_frame",
    "PatientOrientationMacro": "dicomodel.macros.patient_orientation",
    "PatientPhysiologicalStateMacro": "dicomodel.macros.patient_physiological_state",
    "PatientPositionAcquisitionDeviceMacro": "dicomodel.macros.patient_position_acquisition_device",
    "PatientSupportIdentificationMacro": "dicomodel.macros.patient_support_identification",
    "PatientSupportPositionMacro": "dicomodel.macros.patient_support_position",
    "PatientToEquipmentRelationshipMacro": "dicomodel.macros.patient_to_equipment_relationship",
    "PerformedProcedureStepSummaryMacro": "dicomodel.macros.performed_procedure_step_summary",
    "PersonIdentificationMacro": "dicomodel.macros.person_identification",
    "PhotoacousticExcitationCharacteristicsMacro": "dicomodel.macros.photoacoustic_excitation_characteristics",
    "PhotoacousticImageDataTypeMacro": "dicomodel.macros.photoacoustic_image_data_type",
    "PhotoacousticImageFrameTypeMacro": "dicomodel.macros.photoacoustic_image_frame_type",
    "PhotoacousticReconstructionAlgorithmMacro": "dicomodel.macros.photoacoustic_reconstruction_algorithm",
    "PixelIntensityRelationshipLUTMacro": "dicomodel.macros.pixel_intensity_relationship_lut",
    "PixelMeasuresMacro": "dicomodel.macros.pixel_measures",
    "PixelValueTransformationMacro": "dicomodel.macros.pixel_value_transformation",
    "PlaneOrientationPatientMacro": "dicomodel.macros.plane_orientation_patient",
    "PlaneOrientationVolumeMacro": "dicomodel.macros.plane_orientation_volume",
    "PlanePositionPatientMacro": "dicomodel.macros.plane_position_patient",
    "PlanePositionSlideMacro": "dicomodel.macros.plane_position_slide",
    "PlanePositionVolumeMacro": "dicomodel.macros.plane_position_volume",
    "PlanningLandmarkLineMacro": "dicomodel.macros.planning_landmark_line",
    "PlanningLandmarkPlaneMacro": "dicomodel.macros.planning_landmark_plane",
    "PlanningLandmarkPointMacro": "dicomodel.macros.planning_landmark_point",
    "PointsMacro": "dicomodel.macros.points",
    "PresentationStateRelationshipMacro": "dicomodel.macros.presentation_state_relationship",
    "PrimaryAnatomicStructureMacro": "dicomodel.macros.primary_anatomic_structure",
    "PrismSequenceMacro": "dicomodel.macros.prism_sequence",
    "ProtocolElementIdentificationMacro": "dicomodel.macros.protocol_element_identification",
    "RTAccessoryDeviceIdentificationMacro": "dicomodel.macros.rt_accessory_device_identification",
    "RTAccessoryHoldersDefinitionMacro": "dicomodel.macros.rt_accessory_holders_definition",
    "RTBeamLimitingDeviceDefinitionMacro": "dicomodel.macros.rt_beam_limiting_device_definition",
    "RTBeamLimitingDeviceOpeningDefinitionMacro": "dicomodel.macros.rt_beam_limiting_device_opening_definition",
    "RTBeamLimitingDeviceOpeningMacro": "dicomodel.macros.rt_beam_limiting_device_opening",
    "RTBeamLimitingDeviceOpeningSequenceMacro": "dicomodel.macros.rt_beam_limiting_device_opening_sequence",
    "RTBeamLimitingDevicesDefinitionMacro": "dicomodel.macros.rt_beam_limiting_devices_definition",
    "RTControlPointGeneralMacro": "dicomodel.macros.rt_control_point_general",
    "RTEquipmentMappingAndPlanReferenceMacro": "dicomodel.macros.rt_equipment_mapping_and_plan_reference",
    "RTImageFrameContextMacro": "dicomodel.macros.rt_image_frame_context",
    "RTImageFrameGeneralContentMacro": "dicomodel.macros.rt_image_frame_general_content",
    "RTImageFrameImagingDevicePositionMacro": "dicomodel.macros.rt_image_frame_imaging_device_position",
    "RTImageFrameRadiationAcquisitionParametersMacro": "dicomodel.macros.rt_image_frame_radiation_acquisition_parameters",
    "RTImagingApertureMacro": "dicomodel.macros.rt_imaging_aperture",
    "RTPatientPositionMacro": "dicomodel.macros.rt_patient_position",
    "RTPatientPositionScopeMacro": "dicomodel.macros.rt_patient_position_scope",
    "RTPatientPositionScopeWithLegacySupportMacro": "dicomodel.macros.rt_patient_position_scope_with_legacy_support",
    "RTPatientSupportDevicesMacro": "dicomodel.macros.rt_patient_support_devices",
    "RTPatientTreatmentPreparationMacro": "dicomodel.macros.rt_patient_treatment_preparation",
    "RTProjectionImagingRequestGeometryMacro": "dicomodel.macros.rt_projection_imaging_request_geometry",
    "RTRadiationCommonBaseMacro": "dicomodel.macros.rt_radiation_common_base",
    "RTToleranceSetMacro": "dicomodel.macros.rt_tolerance_set",
    "RTTreatmentPhaseIntervalMacro": "dicomodel.macros.rt_treatment_phase_interval",
    "RTTreatmentPhaseMacro": "dicomodel.macros.rt_treatment_phase",
    "RTTreatmentPositionMacro": "dicomodel.macros.rt_treatment_position",
    "RadiationFractionPatternMacro": "dicomodel.macros.radiation_fraction_pattern",
    "RadiationGenerationModeMacro": "dicomodel.macros.radiation_generation_mode",
    "RadiobiologicalDoseEffectDescriptionMacro": "dicomodel.macros.radiobiological_dose_effect_description",
    "RadiopharmaceuticalUsageMacro": "dicomodel.macros.radiopharmaceutical_usage",
    "RealWorldValueMappingItemMacro": "dicomodel.macros.real_world_value_mapping_item",
    "RealWorldValueMappingMacro": "dicomodel.macros.real_world_value_mapping",
    "ReferenceLocationMacro": "dicomodel.macros.reference_location",
    "ReferencedImageMacro": "dicomodel.macros.referenced_image",
    "ReferencedInstancesAndAccessMacro": "dicomodel.macros.referenced_instances_and_access",
    "ReferencedRequestMacro": "dicomodel.macros.referenced_request",
    "RelatedInformationEntitiesMacro": "dicomodel.macros.related_information_entities",
    "RequestAttributesMacro": "dicomodel.macros.request_attributes",
    "RespiratorySynchronizationMacro": "dicomodel.macros.respiratory_synchronization",
    "SOPInstanceReferenceMacro": "dicomodel.macros.sop_instance_reference",
    "ScopeOfInventoryMacro": "dicomodel.macros.scope_of_inventory",
    "ScreenSpecificationsMacro": "dicomodel.macros.screen_specifications",
    "SegmentDescriptionMacro": "dicomodel.macros.segment_description",
    "SegmentationMacro": "dicomodel.macros.segmentation",
    "SelectorAttributeMacro": "dicomodel.macros.selector_attribute",
    "SeriesAndInstanceReferenceMacro": "dicomodel.macros.series_and_instance_reference",
    "SpatialCoordinatesMacro": "dicomodel.macros.spatial_coordinates",
    "SpecimenMacro": "dicomodel.macros.specimen",
    "SpecimenReferenceMacro": "dicomodel.macros.specimen_reference",
    "StorageMacro": "dicomodel.macros.storage",
    "StoredFileAccessMacro": "dicomodel.macros.stored_file_access",
    "StoredValueColorRangeMacro": "dicomodel.macros.stored_value_color_range",
    "SubjectiveRefractionMeasurementsMacro": "dicomodel.macros.subjective_refraction_measurements",
    "SurfaceMeshPrimitivesMacro": "dicomodel.macros.surface_mesh_primitives",
    "TableContentItemMacro": "dicomodel.macros.table_content_item",
    "TableSummaryStatisticsMacro": "dicomodel.macros.table_summary_statistics",
    "TemporalCoordinatesMacro": "dicomodel.macros.temporal_coordinates",
    "TemporalPositionMacro": "dicomodel.macros.temporal_position",
    "TextStyleSequenceMacro": "dicomodel.macros.text_style_sequence",
    "ThreeDRTConeBeamImagingGeometryMacro": "dicomodel.macros.m_3d_rt_cone_beam_imaging_geometry",
    "ThreeDSpatialCoordinatesMacro": "dicomodel.macros.m_3d_spatial_coordinates",
    "ThresholdSequenceMacro": "dicomodel.macros.threshold_sequence",
    "TimeOfFrameFunctionalGroupMacro": "dicomodel.macros.time_of_frame_functional_group",
    "TreatmentDeviceIdentificationMacro": "dicomodel.macros.treatment_device_identification",
    "UDIMacro": "dicomodel.macros.udi",
    "USImageDescriptionMacro": "dicomodel.macros.us_image_description",
    "UnassignedPerFrameConvertedAttributesMacro": "dicomodel.macros.unassigned_per_frame_converted_attributes",
    "UnassignedSharedConvertedAttributesMacro": "dicomodel.macros.unassigned_shared_converted_attributes",
    "VOILUTMacro": "dicomodel.macros.voi_lut",
    "VectorsMacro": "dicomodel.macros.vectors",
    "VisualAcuityMeasurementsMacro": "dicomodel.macros.visual_acuity_measurements",
    "VisualEvaluationResultMacro": "dicomodel.macros.visual_evaluation_result",
    "WaveformFilterCharacteristicsMacro": "dicomodel.macros.waveform_filter_characteristics",
    "WaveformFilterLookupTableMacro": "dicomodel.macros.waveform_filter_lookup_table",
    "WaveformReferenceMacro": "dicomodel.macros.waveform_reference",
    "WedgePositionsMacro": "dicomodel.macros.wedge_positions",
    "WedgesDefinitionMacro": "dicomodel.macros.wedges_definition",
    "WholeSlideMicroscopyImageFrameTypeMacro": "dicomodel.macros.whole_slide_microscopy_image_frame_type",
    "XRay3DFrameTypeMacro": "dicomodel.macros.x_ray_3d_frame_type",
    "XRay3DGeneralPerProjectionAcquisitionMacro": "dicomodel.macros.x_ray_3d_general_per_projection_acquisition",
    "XRay3DGeneralPositionerMovementMacro": "dicomodel.macros.x_ray_3d_general_positioner_movement",
    "XRay3DGeneralSharedAcquisitionMacro": "dicomodel.macros.x_ray_3d_general_shared_acquisition",
    "XRayCalibrationDeviceUsageMacro": "dicomodel.macros.x_ray_calibration_device_usage",
    "XRayCollimatorDimensionsMacro": "dicomodel.macros.x_ray_collimator_dimensions",
    "XRayCollimatorMacro": "dicomodel.macros.x_ray_collimator",
    "XRayExposureControlSensingRegionsMacro": "dicomodel.macros.x_ray_exposure_control_sensing_regions",
    "XRayFieldOfViewMacro": "dicomodel.macros.x_ray_field_of_view",
    "XRayFilterMacro": "dicomodel.macros.x_ray_filter",
    "XRayFiltrationMacro": "dicomodel.macros.x_ray_filtration",
    "XRayFrameAcquisitionMacro": "dicomodel.macros.x_ray_frame_acquisition",
    "XRayFrameCharacteristicsMacro": "dicomodel.macros.x_ray_frame_characteristics",
    "XRayFrameDetectorParametersMacro": "dicomodel.macros.x_ray_frame_detector_parameters",
    "XRayFramePixelDataPropertiesMacro": "dicomodel.macros.x_ray_frame_pixel_data_properties",
    "XRayGeometryMacro": "dicomodel.macros.x_ray_geometry",
    "XRayGridDescriptionMacro": "dicomodel.macros.x_ray_grid_description",
    "XRayGridMacro": "dicomodel.macros.x_ray_grid",
    "XRayIsocenterReferenceSystemMacro": "dicomodel.macros.x_ray_isocenter_reference_system",
    "XRayObjectThicknessMacro": "dicomodel.macros.x_ray_object_thickness",
    "XRayPositionerMacro": "dicomodel.macros.x_ray_positioner",
    "XRayProjectionPixelCalibrationMacro": "dicomodel.macros.x_ray_projection_pixel_calibration",
    "XRayTablePositionMacro": "dicomodel.macros.x_ray_table_position",
}

if TYPE_CHECKING:
    from dicomodel.macros.access_end_points import AccessEndPointsMacro as AccessEndPointsMacro
    from dicomodel.macros.algorithm_identification import (
        AlgorithmIdentificationMacro as AlgorithmIdentificationMacro,
    )
    from dicomodel.macros.assertion import AssertionMacro as AssertionMacro
    from dicomodel.macros.attribute_value import AttributeValueMacro as AttributeValueMacro
    from dicomodel.macros.attribute_value_constraint import (
        AttributeValueConstraintMacro as AttributeValueConstraintMacro,
    )
    from dicomodel.macros.basic_code_sequence import (
        BasicCodeSequenceMacro as BasicCodeSequenceMacro,
    )
    from dicomodel.macros.basic_pixel_spacing_calibration import (
        BasicPixelSpacingCalibrationMacro as BasicPixelSpacingCalibrationMacro,
    )
    from dicomodel.macros.beam_limiting_device_position import (
        BeamLimitingDevicePositionMacro as BeamLimitingDevicePositionMacro,
    )
    from dicomodel.macros.blocks_definition import BlocksDefinitionMacro as BlocksDefinitionMacro
    from dicomodel.macros.boluses_definition import BolusesDefinitionMacro as BolusesDefinitionMacro
    from dicomodel.macros.breast_biopsy_target import (
        BreastBiopsyTargetMacro as BreastBiopsyTargetMacro,
    )
    from dicomodel.macros.breast_x_ray_acquisition_dose import (
        BreastXRayAcquisitionDoseMacro as BreastXRayAcquisitionDoseMacro,
    )
    from dicomodel.macros.breast_x_ray_detector import (
        BreastXRayDetectorMacro as BreastXRayDetectorMacro,
    )
    from dicomodel.macros.breast_x_ray_geometry import (
        BreastXRayGeometryMacro as BreastXRayGeometryMacro,
    )
    from dicomodel.macros.breast_x_ray_isocenter_reference_system import (
        BreastXRayIsocenterReferenceSystemMacro as BreastXRayIsocenterReferenceSystemMacro,
    )
    from dicomodel.macros.breast_x_ray_positioner import (
        BreastXRayPositionerMacro as BreastXRayPositionerMacro,
    )
    from dicomodel.macros.calculated_iol import CalculatedIOLMacro as CalculatedIOLMacro
    from dicomodel.macros.calculated_toric_power import (
        CalculatedToricPowerMacro as CalculatedToricPowerMacro,
    )
    from dicomodel.macros.camera_position_functional_group import (
        CameraPositionFunctionalGroupMacro as CameraPositionFunctionalGroupMacro,
    )
    from dicomodel.macros.cardiac_synchronization import (
        CardiacSynchronizationMacro as CardiacSynchronizationMacro,
    )
    from dicomodel.macros.code import CodeMacro as CodeMacro
    from dicomodel.macros.code_sequence import CodeSequenceMacro as CodeSequenceMacro
    from dicomodel.macros.common_ct_mr_and_photoacoustic_image_description import (
        CommonCTMRAndPhotoacousticImageDescriptionMacro as CommonCTMRAndPhotoacousticImageDescriptionMacro,
    )
    from dicomodel.macros.compensators_definition import (
        CompensatorsDefinitionMacro as CompensatorsDefinitionMacro,
    )
    from dicomodel.macros.composite_object_reference import (
        CompositeObjectReferenceMacro as CompositeObjectReferenceMacro,
    )
    from dicomodel.macros.conceptual_volume import ConceptualVolumeMacro as ConceptualVolumeMacro
    from dicomodel.macros.conceptual_volume_segmentation_reference_and_combination import (
        ConceptualVolumeSegmentationReferenceAndCombinationMacro as ConceptualVolumeSegmentationReferenceAndCombinationMacro,
    )
    from dicomodel.macros.confocal_microscopy_image_frame_type import (
        ConfocalMicroscopyImageFrameTypeMacro as ConfocalMicroscopyImageFrameTypeMacro,
    )
    from dicomodel.macros.container import ContainerMacro as ContainerMacro
    from dicomodel.macros.content_creator import ContentCreatorMacro as ContentCreatorMacro
    from dicomodel.macros.content_identification import (
        ContentIdentificationMacro as ContentIdentificationMacro,
    )
    from dicomodel.macros.content_item import ContentItemMacro as ContentItemMacro
    from dicomodel.macros.content_item_with_modifiers import (
        ContentItemWithModifiersMacro as ContentItemWithModifiersMacro,
    )
    from dicomodel.macros.contrast_bolus_usage import (
        ContrastBolusUsageMacro as ContrastBolusUsageMacro,
    )
    from dicomodel.macros.contributing_image_sources import (
        ContributingImageSourcesMacro as ContributingImageSourcesMacro,
    )
    from dicomodel.macros.cornea_measurement import CorneaMeasurementMacro as CorneaMeasurementMacro
    from dicomodel.macros.ct_acquisition_details import (
        CTAcquisitionDetailsMacro as CTAcquisitionDetailsMacro,
    )
    from dicomodel.macros.ct_acquisition_type import (
        CTAcquisitionTypeMacro as CTAcquisitionTypeMacro,
    )
    from dicomodel.macros.ct_additional_x_ray_source import (
        CTAdditionalXRaySourceMacro as CTAdditionalXRaySourceMacro,
    )
    from dicomodel.macros.ct_exposure import CTExposureMacro as CTExposureMacro
    from dicomodel.macros.ct_geometry import CTGeometryMacro as CTGeometryMacro
    from dicomodel.macros.ct_image_frame_type import CTImageFrameTypeMacro as CTImageFrameTypeMacro
    from dicomodel.macros.ct_pixel_value_transformation import (
        CTPixelValueTransformationMacro as CTPixelValueTransformationMacro,
    )
    from dicomodel.macros.ct_position import CTPositionMacro as CTPositionMacro
    from dicomodel.macros.ct_reconstruction import CTReconstructionMacro as CTReconstructionMacro
    from dicomodel.macros.ct_table_dynamics import CTTableDynamicsMacro as CTTableDynamicsMacro
    from dicomodel.macros.ct_x_ray_details import CTXRayDetailsMacro as CTXRayDetailsMacro
    from dicomodel.macros.cylinder_sequence import CylinderSequenceMacro as CylinderSequenceMacro
    from dicomodel.macros.derivation_image import DerivationImageMacro as DerivationImageMacro
    from dicomodel.macros.device_identification import (
        DeviceIdentificationMacro as DeviceIdentificationMacro,
    )
    from dicomodel.macros.device_model import DeviceModelMacro as DeviceModelMacro
    from dicomodel.macros.device_motion_control import (
        DeviceMotionControlMacro as DeviceMotionControlMacro,
    )
    from dicomodel.macros.digital_signatures import DigitalSignaturesMacro as DigitalSignaturesMacro
    from dicomodel.macros.digital_x_ray_detector import (
        DigitalXRayDetectorMacro as DigitalXRayDetectorMacro,
    )
    from dicomodel.macros.display_qa_result_context import (
        DisplayQAResultContextMacro as DisplayQAResultContextMacro,
    )
    from dicomodel.macros.display_shutter import DisplayShutterMacro as DisplayShutterMacro
    from dicomodel.macros.document_content import DocumentContentMacro as DocumentContentMacro
    from dicomodel.macros.document_relationship import (
        DocumentRelationshipMacro as DocumentRelationshipMacro,
    )
    from dicomodel.macros.dosimetric_objective import (
        DosimetricObjectiveMacro as DosimetricObjectiveMacro,
    )
    from dicomodel.macros.encrypted_attributes_data_set import (
        EncryptedAttributesDataSetMacro as EncryptedAttributesDataSetMacro,
    )
    from dicomodel.macros.enhanced_code_sequence import (
        EnhancedCodeSequenceMacro as EnhancedCodeSequenceMacro,
    )
    from dicomodel.macros.enhanced_content_identification import (
        EnhancedContentIdentificationMacro as EnhancedContentIdentificationMacro,
    )
    from dicomodel.macros.entity_labeling import EntityLabelingMacro as EntityLabelingMacro
    from dicomodel.macros.entity_long_labeling import (
        EntityLongLabelingMacro as EntityLongLabelingMacro,
    )
    from dicomodel.macros.exposure_index import ExposureIndexMacro as ExposureIndexMacro
    from dicomodel.macros.extended_content_identification import (
        ExtendedContentIdentificationMacro as ExtendedContentIdentificationMacro,
    )
    from dicomodel.macros.extended_selector_attribute import (
        ExtendedSelectorAttributeMacro as ExtendedSelectorAttributeMacro,
    )
    from dicomodel.macros.external_beam_control_point_general import (
        ExternalBeamControlPointGeneralMacro as ExternalBeamControlPointGeneralMacro,
    )
    from dicomodel.macros.externally_sourced_data_set_identification import (
        ExternallySourcedDataSetIdentificationMacro as ExternallySourcedDataSetIdentificationMacro,
    )
    from dicomodel.macros.fill_style_sequence import (
        FillStyleSequenceMacro as FillStyleSequenceMacro,
    )
    from dicomodel.macros.frame_anatomy import FrameAnatomyMacro as FrameAnatomyMacro
    from dicomodel.macros.frame_content import FrameContentMacro as FrameContentMacro
    from dicomodel.macros.frame_display_shutter import (
        FrameDisplayShutterMacro as FrameDisplayShutterMacro,
    )
    from dicomodel.macros.frame_pixel_shift import FramePixelShiftMacro as FramePixelShiftMacro
    from dicomodel.macros.frame_usefulness_functional_group import (
        FrameUsefulnessFunctionalGroupMacro as FrameUsefulnessFunctionalGroupMacro,
    )
    from dicomodel.macros.frame_voi_lut import FrameVOILUTMacro as FrameVOILUTMacro
    from dicomodel.macros.frame_voi_lut_with_lut import (
        FrameVOILUTWithLUTMacro as FrameVOILUTWithLUTMacro,
    )
    from dicomodel.macros.functional_mr import FunctionalMRMacro as FunctionalMRMacro
    from dicomodel.macros.general_accessories_definition import (
        GeneralAccessoriesDefinitionMacro as GeneralAccessoriesDefinitionMacro,
    )
    from dicomodel.macros.general_anatomy_mandatory import (
        GeneralAnatomyMandatoryMacro as GeneralAnatomyMandatoryMacro,
    )
    from dicomodel.macros.general_anatomy_optional import (
        GeneralAnatomyOptionalMacro as GeneralAnatomyOptionalMacro,
    )
    from dicomodel.macros.general_anatomy_required import (
        GeneralAnatomyRequiredMacro as GeneralAnatomyRequiredMacro,
    )
    from dicomodel.macros.general_contributing_sources import (
        GeneralContributingSourcesMacro as GeneralContributingSourcesMacro,
    )
    from dicomodel.macros.general_procedure_protocol_reference import (
        GeneralProcedureProtocolReferenceMacro as GeneralProcedureProtocolReferenceMacro,
    )
    from dicomodel.macros.hanging_protocol_selector_attribute_context import (
        HangingProtocolSelectorAttributeContextMacro as HangingProtocolSelectorAttributeContextMacro,
    )
    from dicomodel.macros.hanging_protocol_selector_attribute_value import (
        HangingProtocolSelectorAttributeValueMacro as HangingProtocolSelectorAttributeValueMacro,
    )
    from dicomodel.macros.hierarchical_evidence_reference import (
        HierarchicalEvidenceReferenceMacro as HierarchicalEvidenceReferenceMacro,
    )
    from dicomodel.macros.hierarchical_series_reference import (
        HierarchicalSeriesReferenceMacro as HierarchicalSeriesReferenceMacro,
    )
    from dicomodel.macros.hierarchical_sop_instance_reference import (
        HierarchicalSOPInstanceReferenceMacro as HierarchicalSOPInstanceReferenceMacro,
    )
    from dicomodel.macros.hl7v2_hierarchic_designator import (
        HL7v2HierarchicDesignatorMacro as HL7v2HierarchicDesignatorMacro,
    )
    from dicomodel.macros.identified_person_or_device import (
        IdentifiedPersonOrDeviceMacro as IdentifiedPersonOrDeviceMacro,
    )
    from dicomodel.macros.identity_pixel_value_transformation import (
        IdentityPixelValueTransformationMacro as IdentityPixelValueTransformationMacro,
    )
    from dicomodel.macros.image_data_type import ImageDataTypeMacro as ImageDataTypeMacro
    from dicomodel.macros.image_frame_conversion_source import (
        ImageFrameConversionSourceMacro as ImageFrameConversionSourceMacro,
    )
    from dicomodel.macros.image_pixel import ImagePixelMacro as ImagePixelMacro
    from dicomodel.macros.image_pixel_description import (
        ImagePixelDescriptionMacro as ImagePixelDescriptionMacro,
    )
    from dicomodel.macros.image_reference import ImageReferenceMacro as ImageReferenceMacro
    from dicomodel.macros.image_sop_instance_reference import (
        ImageSOPInstanceReferenceMacro as ImageSOPInstanceReferenceMacro,
    )
    from dicomodel.macros.interlock import InterlockMacro as InterlockMacro
    from dicomodel.macros.intraocular_lens_calculations import (
        IntraocularLensCalculationsMacro as IntraocularLensCalculationsMacro,
    )
    from dicomodel.macros.intravascular_frame_content import (
        IntravascularFrameContentMacro as IntravascularFrameContentMacro,
    )
    from dicomodel.macros.intravascular_oct_frame_content import (
        IntravascularOCTFrameContentMacro as IntravascularOCTFrameContentMacro,
    )
    from dicomodel.macros.intravascular_oct_frame_type import (
        IntravascularOCTFrameTypeMacro as IntravascularOCTFrameTypeMacro,
    )
    from dicomodel.macros.inventory_reference import (
        InventoryReferenceMacro as InventoryReferenceMacro,
    )
    from dicomodel.macros.iol_ophthalmic_axial_length import (
        IOLOphthalmicAxialLengthMacro as IOLOphthalmicAxialLengthMacro,
    )
    from dicomodel.macros.irradiation_event_identification import (
        IrradiationEventIdentificationMacro as IrradiationEventIdentificationMacro,
    )
    from dicomodel.macros.issuer_of_patient_id import (
        IssuerOfPatientIDMacro as IssuerOfPatientIDMacro,
    )
    from dicomodel.macros.keratometric_measurements import (
        KeratometricMeasurementsMacro as KeratometricMeasurementsMacro,
    )
    from dicomodel.macros.keratometry import KeratometryMacro as KeratometryMacro
    from dicomodel.macros.kv_radiation_image_acquisition_parameters import (
        KVRadiationImageAcquisitionParametersMacro as KVRadiationImageAcquisitionParametersMacro,
    )
    from dicomodel.macros.lensometry_measurements import (
        LensometryMeasurementsMacro as LensometryMeasurementsMacro,
    )
    from dicomodel.macros.line_style_sequence import (
        LineStyleSequenceMacro as LineStyleSequenceMacro,
    )
    from dicomodel.macros.luminance_result import LuminanceResultMacro as LuminanceResultMacro
    from dicomodel.macros.luminance_uniformity_result import (
        LuminanceUniformityResultMacro as LuminanceUniformityResultMacro,
    )
    from dicomodel.macros.m_3d_rt_cone_beam_imaging_geometry import (
        ThreeDRTConeBeamImagingGeometryMacro as ThreeDRTConeBeamImagingGeometryMacro,
    )
    from dicomodel.macros.m_3d_spatial_coordinates import (
        ThreeDSpatialCoordinatesMacro as ThreeDSpatialCoordinatesMacro,
    )
    from dicomodel.macros.mandatory_view_and_slice_progression_direction import (
        MandatoryViewAndSliceProgressionDirectionMacro as MandatoryViewAndSliceProgressionDirectionMacro,
    )
    from dicomodel.macros.matrix_based_rt_imaging_geometry import (
        MatrixBasedRTImagingGeometryMacro as MatrixBasedRTImagingGeometryMacro,
    )
    from dicomodel.macros.modality_lut import ModalityLUTMacro as ModalityLUTMacro
    from dicomodel.macros.mr_arterial_spin_labeling import (
        MRArterialSpinLabelingMacro as MRArterialSpinLabelingMacro,
    )
    from dicomodel.macros.mr_averages import MRAveragesMacro as MRAveragesMacro
    from dicomodel.macros.mr_diffusion import MRDiffusionMacro as MRDiffusionMacro
    from dicomodel.macros.mr_echo import MREchoMacro as MREchoMacro
    from dicomodel.macros.mr_fov_geometry import MRFOVGeometryMacro as MRFOVGeometryMacro
    from dicomodel.macros.mr_image_and_spectroscopy_instance import (
        MRImageAndSpectroscopyInstanceMacro as MRImageAndSpectroscopyInstanceMacro,
    )
    from dicomodel.macros.mr_image_description import (
        MRImageDescriptionMacro as MRImageDescriptionMacro,
    )
    from dicomodel.macros.mr_image_frame_type import MRImageFrameTypeMacro as MRImageFrameTypeMacro
    from dicomodel.macros.mr_imaging_modifier import (
        MRImagingModifierMacro as MRImagingModifierMacro,
    )
    from dicomodel.macros.mr_metabolite_map import MRMetaboliteMapMacro as MRMetaboliteMapMacro
    from dicomodel.macros.mr_modifier import MRModifierMacro as MRModifierMacro
    from dicomodel.macros.mr_receive_coil import MRReceiveCoilMacro as MRReceiveCoilMacro
    from dicomodel.macros.mr_spatial_saturation import (
        MRSpatialSaturationMacro as MRSpatialSaturationMacro,
    )
    from dicomodel.macros.mr_spectroscopy_description import (
        MRSpectroscopyDescriptionMacro as MRSpectroscopyDescriptionMacro,
    )
    from dicomodel.macros.mr_spectroscopy_fov_geometry import (
        MRSpectroscopyFOVGeometryMacro as MRSpectroscopyFOVGeometryMacro,
    )
    from dicomodel.macros.mr_spectroscopy_frame_type import (
        MRSpectroscopyFrameTypeMacro as MRSpectroscopyFrameTypeMacro,
    )
    from dicomodel.macros.mr_timing_and_related_parameters import (
        MRTimingAndRelatedParametersMacro as MRTimingAndRelatedParametersMacro,
    )
    from dicomodel.macros.mr_transmit_coil import MRTransmitCoilMacro as MRTransmitCoilMacro
    from dicomodel.macros.mr_velocity_encoding import (
        MRVelocityEncodingMacro as MRVelocityEncodingMacro,
    )
    from dicomodel.macros.multi_energy_ct_characteristics import (
        MultiEnergyCTCharacteristicsMacro as MultiEnergyCTCharacteristicsMacro,
    )
    from dicomodel.macros.multi_energy_ct_path import (
        MultiEnergyCTPathMacro as MultiEnergyCTPathMacro,
    )
    from dicomodel.macros.multi_energy_ct_processing import (
        MultiEnergyCTProcessingMacro as MultiEnergyCTProcessingMacro,
    )
    from dicomodel.macros.multi_energy_ct_x_ray_detector import (
        MultiEnergyCTXRayDetectorMacro as MultiEnergyCTXRayDetectorMacro,
    )
    from dicomodel.macros.multi_energy_ct_x_ray_source import (
        MultiEnergyCTXRaySourceMacro as MultiEnergyCTXRaySourceMacro,
    )
    from dicomodel.macros.multiple_site_general_anatomy_optional import (
        MultipleSiteGeneralAnatomyOptionalMacro as MultipleSiteGeneralAnatomyOptionalMacro,
    )
    from dicomodel.macros.mv_radiation_image_acquisition_parameters import (
        MVRadiationImageAcquisitionParametersMacro as MVRadiationImageAcquisitionParametersMacro,
    )
    from dicomodel.macros.numeric_measurement import (
        NumericMeasurementMacro as NumericMeasurementMacro,
    )
    from dicomodel.macros.numeric_value import NumericValueMacro as NumericValueMacro
    from dicomodel.macros.ophthalmic_acquisition_parameters import (
        OphthalmicAcquisitionParametersMacro as OphthalmicAcquisitionParametersMacro,
    )
    from dicomodel.macros.ophthalmic_axial_length_quality_metric import (
        OphthalmicAxialLengthQualityMetricMacro as OphthalmicAxialLengthQualityMetricMacro,
    )
    from dicomodel.macros.ophthalmic_axial_length_segmental_measurements import (
        OphthalmicAxialLengthSegmentalMeasurementsMacro as OphthalmicAxialLengthSegmentalMeasurementsMacro,
    )
    from dicomodel.macros.ophthalmic_axial_measurements import (
        OphthalmicAxialMeasurementsMacro as OphthalmicAxialMeasurementsMacro,
    )
    from dicomodel.macros.ophthalmic_axial_measurements_quality_image_sop_instance_reference import (
        OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceMacro as OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceMacro,
    )
    from dicomodel.macros.ophthalmic_axial_measurements_related_information import (
        OphthalmicAxialMeasurementsRelatedInformationMacro as OphthalmicAxialMeasurementsRelatedInformationMacro,
    )
    from dicomodel.macros.ophthalmic_axial_measurements_selected import (
        OphthalmicAxialMeasurementsSelectedMacro as OphthalmicAxialMeasurementsSelectedMacro,
    )
    from dicomodel.macros.ophthalmic_frame_location import (
        OphthalmicFrameLocationMacro as OphthalmicFrameLocationMacro,
    )
    from dicomodel.macros.ophthalmic_patient_clinical_information_and_test_lens_parameters import (
        OphthalmicPatientClinicalInformationAndTestLensParametersMacro as OphthalmicPatientClinicalInformationAndTestLensParametersMacro,
    )
    from dicomodel.macros.ophthalmic_visual_field_global_index import (
        OphthalmicVisualFieldGlobalIndexMacro as OphthalmicVisualFieldGlobalIndexMacro,
    )
    from dicomodel.macros.optical_path_identification import (
        OpticalPathIdentificationMacro as OpticalPathIdentificationMacro,
    )
    from dicomodel.macros.optional_view_and_slice_progression_direction import (
        OptionalViewAndSliceProgressionDirectionMacro as OptionalViewAndSliceProgressionDirectionMacro,
    )
    from dicomodel.macros.original_attributes import (
        OriginalAttributesMacro as OriginalAttributesMacro,
    )
    from dicomodel.macros.outline_definition import OutlineDefinitionMacro as OutlineDefinitionMacro
    from dicomodel.macros.palette_color_lookup_table import (
        PaletteColorLookupTableMacro as PaletteColorLookupTableMacro,
    )
    from dicomodel.macros.parameterized_rt_imaging_geometry import (
        ParameterizedRTImagingGeometryMacro as ParameterizedRTImagingGeometryMacro,
    )
    from dicomodel.macros.parametric_map_frame_type import (
        ParametricMapFrameTypeMacro as ParametricMapFrameTypeMacro,
    )
    from dicomodel.macros.patient_group import PatientGroupMacro as PatientGroupMacro
    from dicomodel.macros.patient_orientation import (
        PatientOrientationMacro as PatientOrientationMacro,
    )
    from dicomodel.macros.patient_orientation_and_equipment_relationship import (
        PatientOrientationAndEquipmentRelationshipMacro as PatientOrientationAndEquipmentRelationshipMacro,
    )
    from dicomodel.macros.patient_orientation_in_frame import (
        PatientOrientationInFrameMacro as PatientOrientationInFrameMacro,
    )
    from dicomodel.macros.patient_physiological_state import (
        PatientPhysiologicalStateMacro as PatientPhysiologicalStateMacro,
    )
    from dicomodel.macros.patient_position_acquisition_device import (
        PatientPositionAcquisitionDeviceMacro as PatientPositionAcquisitionDeviceMacro,
    )
    from dicomodel.macros.patient_support_identification import (
        PatientSupportIdentificationMacro as PatientSupportIdentificationMacro,
    )
    from dicomodel.macros.patient_support_position import (
        PatientSupportPositionMacro as PatientSupportPositionMacro,
    )
    from dicomodel.macros.patient_to_equipment_relationship import (
        PatientToEquipmentRelationshipMacro as PatientToEquipmentRelationshipMacro,
    )
    from dicomodel.macros.performed_procedure_step_summary import (
        PerformedProcedureStepSummaryMacro as PerformedProcedureStepSummaryMacro,
    )
    from dicomodel.macros.person_identification import (
        PersonIdentificationMacro as PersonIdentificationMacro,
    )
    from dicomodel.macros.pet_detector_motion_details import (
        PETDetectorMotionDetailsMacro as PETDetectorMotionDetailsMacro,
    )
    from dicomodel.macros.pet_frame_acquisition import (
        PETFrameAcquisitionMacro as PETFrameAcquisitionMacro,
    )
    from dicomodel.macros.pet_frame_correction_factors import (
        PETFrameCorrectionFactorsMacro as PETFrameCorrectionFactorsMacro,
    )
    from dicomodel.macros.pet_frame_type import PETFrameTypeMacro as PETFrameTypeMacro
    from dicomodel.macros.pet_position import PETPositionMacro as PETPositionMacro
    from dicomodel.macros.pet_reconstruction import PETReconstructionMacro as PETReconstructionMacro
    from dicomodel.macros.pet_table_dynamics import PETTableDynamicsMacro as PETTableDynamicsMacro
    from dicomodel.macros.photoacoustic_excitation_characteristics import (
        PhotoacousticExcitationCharacteristicsMacro as PhotoacousticExcitationCharacteristicsMacro,
    )
    from dicomodel.macros.photoacoustic_image_data_type import (
        PhotoacousticImageDataTypeMacro as PhotoacousticImageDataTypeMacro,
    )
    from dicomodel.macros.photoacoustic_image_frame_type import (
        PhotoacousticImageFrameTypeMacro as PhotoacousticImageFrameTypeMacro,
    )
    from dicomodel.macros.photoacoustic_reconstruction_algorithm import (
        PhotoacousticReconstructionAlgorithmMacro as PhotoacousticReconstructionAlgorithmMacro,
    )
    from dicomodel.macros.pixel_intensity_relationship_lut import (
        PixelIntensityRelationshipLUTMacro as PixelIntensityRelationshipLUTMacro,
    )
    from dicomodel.macros.pixel_measures import PixelMeasuresMacro as PixelMeasuresMacro
    from dicomodel.macros.pixel_value_transformation import (
        PixelValueTransformationMacro as PixelValueTransformationMacro,
    )
    from dicomodel.macros.plane_orientation_patient import (
        PlaneOrientationPatientMacro as PlaneOrientationPatientMacro,
    )
    from dicomodel.macros.plane_orientation_volume import (
        PlaneOrientationVolumeMacro as PlaneOrientationVolumeMacro,
    )
    from dicomodel.macros.plane_position_patient import (
        PlanePositionPatientMacro as PlanePositionPatientMacro,
    )
    from dicomodel.macros.plane_position_slide import (
        PlanePositionSlideMacro as PlanePositionSlideMacro,
    )
    from dicomodel.macros.plane_position_volume import (
        PlanePositionVolumeMacro as PlanePositionVolumeMacro,
    )
    from dicomodel.macros.planning_landmark_line import (
        PlanningLandmarkLineMacro as PlanningLandmarkLineMacro,
    )
    from dicomodel.macros.planning_landmark_plane import (
        PlanningLandmarkPlaneMacro as PlanningLandmarkPlaneMacro,
    )
    from dicomodel.macros.planning_landmark_point import (
        PlanningLandmarkPointMacro as PlanningLandmarkPointMacro,
    )
    from dicomodel.macros.points import PointsMacro as PointsMacro
    from dicomodel.macros.presentation_state_relationship import (
        PresentationStateRelationshipMacro as PresentationStateRelationshipMacro,
    )
    from dicomodel.macros.primary_anatomic_structure import (
        PrimaryAnatomicStructureMacro as PrimaryAnatomicStructureMacro,
    )
    from dicomodel.macros.prism_sequence import PrismSequenceMacro as PrismSequenceMacro
    from dicomodel.macros.protocol_element_identification import (
        ProtocolElementIdentificationMacro as ProtocolElementIdentificationMacro,
    )
    from dicomodel.macros.radiation_fraction_pattern import (
        RadiationFractionPatternMacro as RadiationFractionPatternMacro,
    )
    from dicomodel.macros.radiation_generation_mode import (
        RadiationGenerationModeMacro as RadiationGenerationModeMacro,
    )
    from dicomodel.macros.radiobiological_dose_effect_description import (
        RadiobiologicalDoseEffectDescriptionMacro as RadiobiologicalDoseEffectDescriptionMacro,
    )
    from dicomodel.macros.radiopharmaceutical_usage import (
        RadiopharmaceuticalUsageMacro as RadiopharmaceuticalUsageMacro,
    )
    from dicomodel.macros.real_world_value_mapping import (
        RealWorldValueMappingMacro as RealWorldValueMappingMacro,
    )
    from dicomodel.macros.real_world_value_mapping_item import (
        RealWorldValueMappingItemMacro as RealWorldValueMappingItemMacro,
    )
    from dicomodel.macros.reference_location import ReferenceLocationMacro as ReferenceLocationMacro
    from dicomodel.macros.referenced_image import ReferencedImageMacro as ReferencedImageMacro
    from dicomodel.macros.referenced_instances_and_access import (
        ReferencedInstancesAndAccessMacro as ReferencedInstancesAndAccessMacro,
    )
    from dicomodel.macros.referenced_request import ReferencedRequestMacro as ReferencedRequestMacro
    from dicomodel.macros.related_information_entities import (
        RelatedInformationEntitiesMacro as RelatedInformationEntitiesMacro,
    )
    from dicomodel.macros.request_attributes import RequestAttributesMacro as RequestAttributesMacro
    from dicomodel.macros.respiratory_synchronization import (
        RespiratorySynchronizationMacro as RespiratorySynchronizationMacro,
    )
    from dicomodel.macros.rt_accessory_device_identification import (
        RTAccessoryDeviceIdentificationMacro as RTAccessoryDeviceIdentificationMacro,
    )
    from dicomodel.macros.rt_accessory_holders_definition import (
        RTAccessoryHoldersDefinitionMacro as RTAccessoryHoldersDefinitionMacro,
    )
    from dicomodel.macros.rt_beam_limiting_device_definition import (
        RTBeamLimitingDeviceDefinitionMacro as RTBeamLimitingDeviceDefinitionMacro,
    )
    from dicomodel.macros.rt_beam_limiting_device_opening import (
        RTBeamLimitingDeviceOpeningMacro as RTBeamLimitingDeviceOpeningMacro,
    )
    from dicomodel.macros.rt_beam_limiting_device_opening_definition import (
        RTBeamLimitingDeviceOpeningDefinitionMacro as RTBeamLimitingDeviceOpeningDefinitionMacro,
    )
    from dicomodel.macros.rt_beam_limiting_device_opening_sequence import (
        RTBeamLimitingDeviceOpeningSequenceMacro as RTBeamLimitingDeviceOpeningSequenceMacro,
    )
    from dicomodel.macros.rt_beam_limiting_devices_definition import (
        RTBeamLimitingDevicesDefinitionMacro as RTBeamLimitingDevicesDefinitionMacro,
    )
    from dicomodel.macros.rt_control_point_general import (
        RTControlPointGeneralMacro as RTControlPointGeneralMacro,
    )
    from dicomodel.macros.rt_equipment_mapping_and_plan_reference import (
        RTEquipmentMappingAndPlanReferenceMacro as RTEquipmentMappingAndPlanReferenceMacro,
    )
    from dicomodel.macros.rt_image_frame_context import (
        RTImageFrameContextMacro as RTImageFrameContextMacro,
    )
    from dicomodel.macros.rt_image_frame_general_content import (
        RTImageFrameGeneralContentMacro as RTImageFrameGeneralContentMacro,
    )
    from dicomodel.macros.rt_image_frame_imaging_device_position import (
        RTImageFrameImagingDevicePositionMacro as RTImageFrameImagingDevicePositionMacro,
    )
    from dicomodel.macros.rt_image_frame_radiation_acquisition_parameters import (
        RTImageFrameRadiationAcquisitionParametersMacro as RTImageFrameRadiationAcquisitionParametersMacro,
    )
    from dicomodel.macros.rt_imaging_aperture import (
        RTImagingApertureMacro as RTImagingApertureMacro,
    )
    from dicomodel.macros.rt_patient_position import (
        RTPatientPositionMacro as RTPatientPositionMacro,
    )
    from dicomodel.macros.rt_patient_position_scope import (
        RTPatientPositionScopeMacro as RTPatientPositionScopeMacro,
    )
    from dicomodel.macros.rt_patient_position_scope_with_legacy_support import (
        RTPatientPositionScopeWithLegacySupportMacro as RTPatientPositionScopeWithLegacySupportMacro,
    )
    from dicomodel.macros.rt_patient_support_devices import (
        RTPatientSupportDevicesMacro as RTPatientSupportDevicesMacro,
    )
    from dicomodel.macros.rt_patient_treatment_preparation import (
        RTPatientTreatmentPreparationMacro as RTPatientTreatmentPreparationMacro,
    )
    from dicomodel.macros.rt_projection_imaging_request_geometry import (
        RTProjectionImagingRequestGeometryMacro as RTProjectionImagingRequestGeometryMacro,
    )
    from dicomodel.macros.rt_radiation_common_base import (
        RTRadiationCommonBaseMacro as RTRadiationCommonBaseMacro,
    )
    from dicomodel.macros.rt_tolerance_set import RTToleranceSetMacro as RTToleranceSetMacro
    from dicomodel.macros.rt_treatment_phase import RTTreatmentPhaseMacro as RTTreatmentPhaseMacro
    from dicomodel.macros.rt_treatment_phase_interval import (
        RTTreatmentPhaseIntervalMacro as RTTreatmentPhaseIntervalMacro,
    )
    from dicomodel.macros.rt_treatment_position import (
        RTTreatmentPositionMacro as RTTreatmentPositionMacro,
    )
    from dicomodel.macros.scope_of_inventory import ScopeOfInventoryMacro as ScopeOfInventoryMacro
    from dicomodel.macros.screen_specifications import (
        ScreenSpecificationsMacro as ScreenSpecificationsMacro,
    )
    from dicomodel.macros.segment_description import (
        SegmentDescriptionMacro as SegmentDescriptionMacro,
    )
    from dicomodel.macros.segmentation import SegmentationMacro as SegmentationMacro
    from dicomodel.macros.selector_attribute import SelectorAttributeMacro as SelectorAttributeMacro
    from dicomodel.macros.series_and_instance_reference import (
        SeriesAndInstanceReferenceMacro as SeriesAndInstanceReferenceMacro,
    )
    from dicomodel.macros.sop_instance_reference import (
        SOPInstanceReferenceMacro as SOPInstanceReferenceMacro,
    )
    from dicomodel.macros.spatial_coordinates import (
        SpatialCoordinatesMacro as SpatialCoordinatesMacro,
    )
    from dicomodel.macros.specimen import SpecimenMacro as SpecimenMacro
    from dicomodel.macros.specimen_reference import SpecimenReferenceMacro as SpecimenReferenceMacro
    from dicomodel.macros.storage import StorageMacro as StorageMacro
    from dicomodel.macros.stored_file_access import StoredFileAccessMacro as StoredFileAccessMacro
    from dicomodel.macros.stored_value_color_range import (
        StoredValueColorRangeMacro as StoredValueColorRangeMacro,
    )
    from dicomodel.macros.subjective_refraction_measurements import (
        SubjectiveRefractionMeasurementsMacro as SubjectiveRefractionMeasurementsMacro,
    )
    from dicomodel.macros.surface_mesh_primitives import (
        SurfaceMeshPrimitivesMacro as SurfaceMeshPrimitivesMacro,
    )
    from dicomodel.macros.table_content_item import TableContentItemMacro as TableContentItemMacro
    from dicomodel.macros.table_summary_statistics import (
        TableSummaryStatisticsMacro as TableSummaryStatisticsMacro,
    )
    from dicomodel.macros.temporal_coordinates import (
        TemporalCoordinatesMacro as TemporalCoordinatesMacro,
    )
    from dicomodel.macros.temporal_position import TemporalPositionMacro as TemporalPositionMacro
    from dicomodel.macros.text_style_sequence import (
        TextStyleSequenceMacro as TextStyleSequenceMacro,
    )
    from dicomodel.macros.threshold_sequence import ThresholdSequenceMacro as ThresholdSequenceMacro
    from dicomodel.macros.time_of_frame_functional_group import (
        TimeOfFrameFunctionalGroupMacro as TimeOfFrameFunctionalGroupMacro,
    )
    from dicomodel.macros.treatment_device_identification import (
        TreatmentDeviceIdentificationMacro as TreatmentDeviceIdentificationMacro,
    )
    from dicomodel.macros.udi import UDIMacro as UDIMacro
    from dicomodel.macros.unassigned_per_frame_converted_attributes import (
        UnassignedPerFrameConvertedAttributesMacro as UnassignedPerFrameConvertedAttributesMacro,
    )
    from dicomodel.macros.unassigned_shared_converted_attributes import (
        UnassignedSharedConvertedAttributesMacro as UnassignedSharedConvertedAttributesMacro,
    )
    from dicomodel.macros.us_image_description import (
        USImageDescriptionMacro as USImageDescriptionMacro,
    )
    from dicomodel.macros.vectors import VectorsMacro as VectorsMacro
    from dicomodel.macros.visual_acuity_measurements import (
        VisualAcuityMeasurementsMacro as VisualAcuityMeasurementsMacro,
    )
    from dicomodel.macros.visual_evaluation_result import (
        VisualEvaluationResultMacro as VisualEvaluationResultMacro,
    )
    from dicomodel.macros.voi_lut import VOILUTMacro as VOILUTMacro
    from dicomodel.macros.waveform_filter_characteristics import (
        WaveformFilterCharacteristicsMacro as WaveformFilterCharacteristicsMacro,
    )
    from dicomodel.macros.waveform_filter_lookup_table import (
        WaveformFilterLookupTableMacro as WaveformFilterLookupTableMacro,
    )
    from dicomodel.macros.waveform_reference import WaveformReferenceMacro as WaveformReferenceMacro
    from dicomodel.macros.wedge_positions import WedgePositionsMacro as WedgePositionsMacro
    from dicomodel.macros.wedges_definition import WedgesDefinitionMacro as WedgesDefinitionMacro
    from dicomodel.macros.whole_slide_microscopy_image_frame_type import (
        WholeSlideMicroscopyImageFrameTypeMacro as WholeSlideMicroscopyImageFrameTypeMacro,
    )
    from dicomodel.macros.x_ray_3d_frame_type import XRay3DFrameTypeMacro as XRay3DFrameTypeMacro
    from dicomodel.macros.x_ray_3d_general_per_projection_acquisition import (
        XRay3DGeneralPerProjectionAcquisitionMacro as XRay3DGeneralPerProjectionAcquisitionMacro,
    )
    from dicomodel.macros.x_ray_3d_general_positioner_movement import (
        XRay3DGeneralPositionerMovementMacro as XRay3DGeneralPositionerMovementMacro,
    )
    from dicomodel.macros.x_ray_3d_general_shared_acquisition import (
        XRay3DGeneralSharedAcquisitionMacro as XRay3DGeneralSharedAcquisitionMacro,
    )
    from dicomodel.macros.x_ray_calibration_device_usage import (
        XRayCalibrationDeviceUsageMacro as XRayCalibrationDeviceUsageMacro,
    )
    from dicomodel.macros.x_ray_collimator import XRayCollimatorMacro as XRayCollimatorMacro
    from dicomodel.macros.x_ray_collimator_dimensions import (
        XRayCollimatorDimensionsMacro as XRayCollimatorDimensionsMacro,
    )
    from dicomodel.macros.x_ray_exposure_control_sensing_regions import (
        XRayExposureControlSensingRegionsMacro as XRayExposureControlSensingRegionsMacro,
    )
    from dicomodel.macros.x_ray_field_of_view import XRayFieldOfViewMacro as XRayFieldOfViewMacro
    from dicomodel.macros.x_ray_filter import XRayFilterMacro as XRayFilterMacro
    from dicomodel.macros.x_ray_filtration import XRayFiltrationMacro as XRayFiltrationMacro
    from dicomodel.macros.x_ray_frame_acquisition import (
        XRayFrameAcquisitionMacro as XRayFrameAcquisitionMacro,
    )
    from dicomodel.macros.x_ray_frame_characteristics import (
        XRayFrameCharacteristicsMacro as XRayFrameCharacteristicsMacro,
    )
    from dicomodel.macros.x_ray_frame_detector_parameters import (
        XRayFrameDetectorParametersMacro as XRayFrameDetectorParametersMacro,
    )
    from dicomodel.macros.x_ray_frame_pixel_data_properties import (
        XRayFramePixelDataPropertiesMacro as XRayFramePixelDataPropertiesMacro,
    )
    from dicomodel.macros.x_ray_geometry import XRayGeometryMacro as XRayGeometryMacro
    from dicomodel.macros.x_ray_grid import XRayGridMacro as XRayGridMacro
    from dicomodel.macros.x_ray_grid_description import (
        XRayGridDescriptionMacro as XRayGridDescriptionMacro,
    )
    from dicomodel.macros.x_ray_isocenter_reference_system import (
        XRayIsocenterReferenceSystemMacro as XRayIsocenterReferenceSystemMacro,
    )
    from dicomodel.macros.x_ray_object_thickness import (
        XRayObjectThicknessMacro as XRayObjectThicknessMacro,
    )
    from dicomodel.macros.x_ray_positioner import XRayPositionerMacro as XRayPositionerMacro
    from dicomodel.macros.x_ray_projection_pixel_calibration import (
        XRayProjectionPixelCalibrationMacro as XRayProjectionPixelCalibrationMacro,
    )
    from dicomodel.macros.x_ray_table_position import (
        XRayTablePositionMacro as XRayTablePositionMacro,
    )

__all__ = [
    "AccessEndPointsMacro",
    "AlgorithmIdentificationMacro",
    "AssertionMacro",
    "AttributeValueConstraintMacro",
    "AttributeValueMacro",
    "BasicCodeSequenceMacro",
    "BasicPixelSpacingCalibrationMacro",
    "BeamLimitingDevicePositionMacro",
    "BlocksDefinitionMacro",
    "BolusesDefinitionMacro",
    "BreastBiopsyTargetMacro",
    "BreastXRayAcquisitionDoseMacro",
    "BreastXRayDetectorMacro",
    "BreastXRayGeometryMacro",
    "BreastXRayIsocenterReferenceSystemMacro",
    "BreastXRayPositionerMacro",
    "CTAcquisitionDetailsMacro",
    "CTAcquisitionTypeMacro",
    "CTAdditionalXRaySourceMacro",
    "CTExposureMacro",
    "CTGeometryMacro",
    "CTImageFrameTypeMacro",
    "CTPixelValueTransformationMacro",
    "CTPositionMacro",
    "CTReconstructionMacro",
    "CTTableDynamicsMacro",
    "CTXRayDetailsMacro",
    "CalculatedIOLMacro",
    "CalculatedToricPowerMacro",
    "CameraPositionFunctionalGroupMacro",
    "CardiacSynchronizationMacro",
    "CodeMacro",
    "CodeSequenceMacro",
    "CommonCTMRAndPhotoacousticImageDescriptionMacro",
    "CompensatorsDefinitionMacro",
    "CompositeObjectReferenceMacro",
    "ConceptualVolumeMacro",
    "ConceptualVolumeSegmentationReferenceAndCombinationMacro",
    "ConfocalMicroscopyImageFrameTypeMacro",
    "ContainerMacro",
    "ContentCreatorMacro",
    "ContentIdentificationMacro",
    "ContentItemMacro",
    "ContentItemWithModifiersMacro",
    "ContrastBolusUsageMacro",
    "ContributingImageSourcesMacro",
    "CorneaMeasurementMacro",
    "CylinderSequenceMacro",
    "DerivationImageMacro",
    "DeviceIdentificationMacro",
    "DeviceModelMacro",
    "DeviceMotionControlMacro",
    "DigitalSignaturesMacro",
    "DigitalXRayDetectorMacro",
    "DisplayQAResultContextMacro",
    "DisplayShutterMacro",
    "DocumentContentMacro",
    "DocumentRelationshipMacro",
    "DosimetricObjectiveMacro",
    "EncryptedAttributesDataSetMacro",
    "EnhancedCodeSequenceMacro",
    "EnhancedContentIdentificationMacro",
    "EntityLabelingMacro",
    "EntityLongLabelingMacro",
    "ExposureIndexMacro",
    "ExtendedContentIdentificationMacro",
    "ExtendedSelectorAttributeMacro",
    "ExternalBeamControlPointGeneralMacro",
    "ExternallySourcedDataSetIdentificationMacro",
    "FillStyleSequenceMacro",
    "FrameAnatomyMacro",
    "FrameContentMacro",
    "FrameDisplayShutterMacro",
    "FramePixelShiftMacro",
    "FrameUsefulnessFunctionalGroupMacro",
    "FrameVOILUTMacro",
    "FrameVOILUTWithLUTMacro",
    "FunctionalMRMacro",
    "GeneralAccessoriesDefinitionMacro",
    "GeneralAnatomyMandatoryMacro",
    "GeneralAnatomyOptionalMacro",
    "GeneralAnatomyRequiredMacro",
    "GeneralContributingSourcesMacro",
    "GeneralProcedureProtocolReferenceMacro",
    "HL7v2HierarchicDesignatorMacro",
    "HangingProtocolSelectorAttributeContextMacro",
    "HangingProtocolSelectorAttributeValueMacro",
    "HierarchicalEvidenceReferenceMacro",
    "HierarchicalSOPInstanceReferenceMacro",
    "HierarchicalSeriesReferenceMacro",
    "IOLOphthalmicAxialLengthMacro",
    "IdentifiedPersonOrDeviceMacro",
    "IdentityPixelValueTransformationMacro",
    "ImageDataTypeMacro",
    "ImageFrameConversionSourceMacro",
    "ImagePixelDescriptionMacro",
    "ImagePixelMacro",
    "ImageReferenceMacro",
    "ImageSOPInstanceReferenceMacro",
    "InterlockMacro",
    "IntraocularLensCalculationsMacro",
    "IntravascularFrameContentMacro",
    "IntravascularOCTFrameContentMacro",
    "IntravascularOCTFrameTypeMacro",
    "InventoryReferenceMacro",
    "IrradiationEventIdentificationMacro",
    "IssuerOfPatientIDMacro",
    "KVRadiationImageAcquisitionParametersMacro",
    "KeratometricMeasurementsMacro",
    "KeratometryMacro",
    "LensometryMeasurementsMacro",
    "LineStyleSequenceMacro",
    "LuminanceResultMacro",
    "LuminanceUniformityResultMacro",
    "MRArterialSpinLabelingMacro",
    "MRAveragesMacro",
    "MRDiffusionMacro",
    "MREchoMacro",
    "MRFOVGeometryMacro",
    "MRImageAndSpectroscopyInstanceMacro",
    "MRImageDescriptionMacro",
    "MRImageFrameTypeMacro",
    "MRImagingModifierMacro",
    "MRMetaboliteMapMacro",
    "MRModifierMacro",
    "MRReceiveCoilMacro",
    "MRSpatialSaturationMacro",
    "MRSpectroscopyDescriptionMacro",
    "MRSpectroscopyFOVGeometryMacro",
    "MRSpectroscopyFrameTypeMacro",
    "MRTimingAndRelatedParametersMacro",
    "MRTransmitCoilMacro",
    "MRVelocityEncodingMacro",
    "MVRadiationImageAcquisitionParametersMacro",
    "MandatoryViewAndSliceProgressionDirectionMacro",
    "MatrixBasedRTImagingGeometryMacro",
    "ModalityLUTMacro",
    "MultiEnergyCTCharacteristicsMacro",
    "MultiEnergyCTPathMacro",
    "MultiEnergyCTProcessingMacro",
    "MultiEnergyCTXRayDetectorMacro",
    "MultiEnergyCTXRaySourceMacro",
    "MultipleSiteGeneralAnatomyOptionalMacro",
    "NumericMeasurementMacro",
    "NumericValueMacro",
    "OphthalmicAcquisitionParametersMacro",
    "OphthalmicAxialLengthQualityMetricMacro",
    "OphthalmicAxialLengthSegmentalMeasurementsMacro",
    "OphthalmicAxialMeasurementsMacro",
    "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceMacro",
    "OphthalmicAxialMeasurementsRelatedInformationMacro",
    "OphthalmicAxialMeasurementsSelectedMacro",
    "OphthalmicFrameLocationMacro",
    "OphthalmicPatientClinicalInformationAndTestLensParametersMacro",
    "OphthalmicVisualFieldGlobalIndexMacro",
    "OpticalPathIdentificationMacro",
    "OptionalViewAndSliceProgressionDirectionMacro",
    "OriginalAttributesMacro",
    "OutlineDefinitionMacro",
    "PETDetectorMotionDetailsMacro",
    "PETFrameAcquisitionMacro",
    "PETFrameCorrectionFactorsMacro",
    "PETFrameTypeMacro",
    "PETPositionMacro",
    "PETReconstructionMacro",
    "PETTableDynamicsMacro",
    "PaletteColorLookupTableMacro",
    "ParameterizedRTImagingGeometryMacro",
    "ParametricMapFrameTypeMacro",
    "PatientGroupMacro",
    "PatientOrientationAndEquipmentRelationshipMacro",
    "PatientOrientationInFrameMacro",
    "PatientOrientationMacro",
    "PatientPhysiologicalStateMacro",
    "PatientPositionAcquisitionDeviceMacro",
    "PatientSupportIdentificationMacro",
    "PatientSupportPositionMacro",
    "PatientToEquipmentRelationshipMacro",
    "PerformedProcedureStepSummaryMacro",
    "PersonIdentificationMacro",
    "PhotoacousticExcitationCharacteristicsMacro",
    "PhotoacousticImageDataTypeMacro",
    "PhotoacousticImageFrameTypeMacro",
    "PhotoacousticReconstructionAlgorithmMacro",
    "PixelIntensityRelationshipLUTMacro",
    "PixelMeasuresMacro",
    "PixelValueTransformationMacro",
    "PlaneOrientationPatientMacro",
    "PlaneOrientationVolumeMacro",
    "PlanePositionPatientMacro",
    "PlanePositionSlideMacro",
    "PlanePositionVolumeMacro",
    "PlanningLandmarkLineMacro",
    "PlanningLandmarkPlaneMacro",
    "PlanningLandmarkPointMacro",
    "PointsMacro",
    "PresentationStateRelationshipMacro",
    "PrimaryAnatomicStructureMacro",
    "PrismSequenceMacro",
    "ProtocolElementIdentificationMacro",
    "RTAccessoryDeviceIdentificationMacro",
    "RTAccessoryHoldersDefinitionMacro",
    "RTBeamLimitingDeviceDefinitionMacro",
    "RTBeamLimitingDeviceOpeningDefinitionMacro",
    "RTBeamLimitingDeviceOpeningMacro",
    "RTBeamLimitingDeviceOpeningSequenceMacro",
    "RTBeamLimitingDevicesDefinitionMacro",
    "RTControlPointGeneralMacro",
    "RTEquipmentMappingAndPlanReferenceMacro",
    "RTImageFrameContextMacro",
    "RTImageFrameGeneralContentMacro",
    "RTImageFrameImagingDevicePositionMacro",
    "RTImageFrameRadiationAcquisitionParametersMacro",
    "RTImagingApertureMacro",
    "RTPatientPositionMacro",
    "RTPatientPositionScopeMacro",
    "RTPatientPositionScopeWithLegacySupportMacro",
    "RTPatientSupportDevicesMacro",
    "RTPatientTreatmentPreparationMacro",
    "RTProjectionImagingRequestGeometryMacro",
    "RTRadiationCommonBaseMacro",
    "RTToleranceSetMacro",
    "RTTreatmentPhaseIntervalMacro",
    "RTTreatmentPhaseMacro",
    "RTTreatmentPositionMacro",
    "RadiationFractionPatternMacro",
    "RadiationGenerationModeMacro",
    "RadiobiologicalDoseEffectDescriptionMacro",
    "RadiopharmaceuticalUsageMacro",
    "RealWorldValueMappingItemMacro",
    "RealWorldValueMappingMacro",
    "ReferenceLocationMacro",
    "ReferencedImageMacro",
    "ReferencedInstancesAndAccessMacro",
    "ReferencedRequestMacro",
    "RelatedInformationEntitiesMacro",
    "RequestAttributesMacro",
    "RespiratorySynchronizationMacro",
    "SOPInstanceReferenceMacro",
    "ScopeOfInventoryMacro",
    "ScreenSpecificationsMacro",
    "SegmentDescriptionMacro",
    "SegmentationMacro",
    "SelectorAttributeMacro",
    "SeriesAndInstanceReferenceMacro",
    "SpatialCoordinatesMacro",
    "SpecimenMacro",
    "SpecimenReferenceMacro",
    "StorageMacro",
    "StoredFileAccessMacro",
    "StoredValueColorRangeMacro",
    "SubjectiveRefractionMeasurementsMacro",
    "SurfaceMeshPrimitivesMacro",
    "TableContentItemMacro",
    "TableSummaryStatisticsMacro",
    "TemporalCoordinatesMacro",
    "TemporalPositionMacro",
    "TextStyleSequenceMacro",
    "ThreeDRTConeBeamImagingGeometryMacro",
    "ThreeDSpatialCoordinatesMacro",
    "ThresholdSequenceMacro",
    "TimeOfFrameFunctionalGroupMacro",
    "TreatmentDeviceIdentificationMacro",
    "UDIMacro",
    "USImageDescriptionMacro",
    "UnassignedPerFrameConvertedAttributesMacro",
    "UnassignedSharedConvertedAttributesMacro",
    "VOILUTMacro",
    "VectorsMacro",
    "VisualAcuityMeasurementsMacro",
    "VisualEvaluationResultMacro",
    "WaveformFilterCharacteristicsMacro",
    "WaveformFilterLookupTableMacro",
    "WaveformReferenceMacro",
    "WedgePositionsMacro",
    "WedgesDefinitionMacro",
    "WholeSlideMicroscopyImageFrameTypeMacro",
    "XRay3DFrameTypeMacro",
    "XRay3DGeneralPerProjectionAcquisitionMacro",
    "XRay3DGeneralPositionerMovementMacro",
    "XRay3DGeneralSharedAcquisitionMacro",
    "XRayCalibrationDeviceUsageMacro",
    "XRayCollimatorDimensionsMacro",
    "XRayCollimatorMacro",
    "XRayExposureControlSensingRegionsMacro",
    "XRayFieldOfViewMacro",
    "XRayFilterMacro",
    "XRayFiltrationMacro",
    "XRayFrameAcquisitionMacro",
    "XRayFrameCharacteristicsMacro",
    "XRayFrameDetectorParametersMacro",
    "XRayFramePixelDataPropertiesMacro",
    "XRayGeometryMacro",
    "XRayGridDescriptionMacro",
    "XRayGridMacro",
    "XRayIsocenterReferenceSystemMacro",
    "XRayObjectThicknessMacro",
    "XRayPositionerMacro",
    "XRayProjectionPixelCalibrationMacro",
    "XRayTablePositionMacro",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
