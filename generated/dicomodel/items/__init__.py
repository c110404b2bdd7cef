"""Sequence item models shared by modules, macros and IODs; loaded on first use.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE: dict[str, str] = {
    "ASLBolusCutoffTimingSequenceItem": "dicomodel.items.asl_bolus_cutoff_timing_sequence_item",
    "ASLSlabSequenceItem": "dicomodel.items.asl_slab_sequence_item",
    "AccessEndPointsItem": "dicomodel.items.access_end_points_item",
    "AcquisitionDeviceSequenceItem": "dicomodel.items.acquisition_device_sequence_item",
    "AcquisitionProtocolElementSequenceItem": "dicomodel.items.acquisition_protocol_element_sequence_item",
    "AcquisitionProtocolElementSequenceItemPerformedXAAcquisition": "dicomodel.items.acquisition_protocol_element_sequence_item_performed_xa_acquisition",
    "AcquisitionProtocolElementSpecificationSequenceItem": "dicomodel.items.acquisition_protocol_element_specification_sequence_item",
    "AcquisitionSubtaskSequenceItem": "dicomodel.items.acquisition_subtask_sequence_item",
    "AcquisitionTaskSequenceItem": "dicomodel.items.acquisition_task_sequence_item",
    "ActualHumanPerformersSequenceItem": "dicomodel.items.actual_human_performers_sequence_item",
    "AddNearSequenceItem": "dicomodel.items.add_near_sequence_item",
    "AdditionalParameterRecordingInstanceSequenceItem": "dicomodel.items.additional_parameter_recording_instance_sequence_item",
    "AdditionalRTAccessoryDeviceSequenceItem": "dicomodel.items.additional_rt_accessory_device_sequence_item",
    "AdvancedBlendingSequenceItem": "dicomodel.items.advanced_blending_sequence_item",
    "AlgorithmIdentificationItem": "dicomodel.items.algorithm_identification_item",
    "AlternateContainerIdentifierSequenceItem": "dicomodel.items.alternate_container_identifier_sequence_item",
    "AlternateContentDescriptionSequenceItem": "dicomodel.items.alternate_content_description_sequence_item",
    "AlternateRepresentationSequenceItem": "dicomodel.items.alternate_representation_sequence_item",
    "AnalogFilterCharacteristicsSequenceItem": "dicomodel.items.analog_filter_characteristics_sequence_item",
    "AnatomicRegionSequenceItem": "dicomodel.items.anatomic_region_sequence_item",
    "AnatomicRegionSequenceItemIntraOralImage": "dicomodel.items.anatomic_region_sequence_item_intra_oral_image",
    "AnatomicRegionSequenceItemOcularRegionImaged": "dicomodel.items.anatomic_region_sequence_item_ocular_region_imaged",
    "AnimationCurveSequenceItem": "dicomodel.items.animation_curve_sequence_item",
    "AnnotationGroupSequenceItem": "dicomodel.items.annotation_group_sequence_item",
    "AnnotationPropertyTypeCodeSequenceItem": "dicomodel.items.annotation_property_type_code_sequence_item",
    "AnteriorChamberDepthSequenceItem": "dicomodel.items.anterior_chamber_depth_sequence_item",
    "ApplicationSetupSequenceItem": "dicomodel.items.application_setup_sequence_item",
    "ApplicatorGeometrySequenceItem": "dicomodel.items.applicator_geometry_sequence_item",
    "ApplicatorSequenceItem": "dicomodel.items.applicator_sequence_item",
    "ApplicatorSequenceItemRTGeneralMachineVerification": "dicomodel.items.applicator_sequence_item_rt_general_machine_verification",
    "ApplicatorSequenceItemRTIonBeams": "dicomodel.items.applicator_sequence_item_rt_ion_beams",
    "ApprovalSequenceItem": "dicomodel.items.approval_sequence_item",
    "AssertionItem": "dicomodel.items.assertion_item",
    "AssessedSOPInstanceSequenceItem": "dicomodel.items.assessed_sop_instance_sequence_item",
    "AssessmentObservationsSequenceItem": "dicomodel.items.assessment_observations_sequence_item",
    "AttributeToleranceValuesSequenceItem": "dicomodel.items.attribute_tolerance_values_sequence_item",
    "AttributeValueConstraintItem": "dicomodel.items.attribute_value_constraint_item",
    "AttributeValueItem": "dicomodel.items.attribute_value_item",
    "AutorefractionRightEyeSequenceItem": "dicomodel.items.autorefraction_right_eye_sequence_item",
    "BasicColorImageSequenceItem": "dicomodel.items.basic_color_image_sequence_item",
    "BasicGrayscaleImageSequenceItem": "dicomodel.items.basic_grayscale_image_sequence_item",
    "BeamDoseVerificationControlPointSequenceItem": "dicomodel.items.beam_dose_verification_control_point_sequence_item",
    "BeamLimitingDeviceLeafPairsSequenceItem": "dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item",
    "BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification": "dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item_rt_general_machine_verification",
    "BeamLimitingDevicePositionSequenceItem": "dicomodel.items.beam_limiting_device_position_sequence_item",
    "BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification": "dicomodel.items.beam_limiting_device_position_sequence_item_rt_conventional_machine_verification",
    "BeamLimitingDeviceSequenceItem": "dicomodel.items.beam_limiting_device_sequence_item",
    "BeamLimitingDeviceSequenceItemRTBeams": "dicomodel.items.beam_limiting_device_sequence_item_rt_beams",
    "BeamLimitingDeviceToleranceSequenceItem": "dicomodel.items.beam_limiting_device_tolerance_sequence_item",
    "BeamSequenceItem": "dicomodel.items.beam_sequence_item",
    "BeamSequenceItemRTBeams": "dicomodel.items.beam_sequence_item_rt_beams",
    "BeamTaskSequenceItem": "dicomodel.items.beam_task_sequence_item",
    "BillingSuppliesAndDevicesSequenceItem": "dicomodel.items.billing_supplies_and_devices_sequence_item",
    "BiopsyTargetSequenceItem": "dicomodel.items.biopsy_target_sequence_item",
    "BlendingDisplayInputSequenceItem": "dicomodel.items.blending_display_input_sequence_item",
    "BlendingDisplaySequenceItem": "dicomodel.items.blending_display_sequence_item",
    "BlendingLUT1SequenceItem": "dicomodel.items.blending_lut1_sequence_item",
    "BlendingLUT2SequenceItem": "dicomodel.items.blending_lut2_sequence_item",
    "BlendingSequenceItem": "dicomodel.items.blending_sequence_item",
    "BlockDefinitionSequenceItem": "dicomodel.items.block_definition_sequence_item",
    "BlockEdgeDataSequenceItem": "dicomodel.items.block_edge_data_sequence_item",
    "BlockSequenceItem": "dicomodel.items.block_sequence_item",
    "BlockSequenceItemRTBeams": "dicomodel.items.block_sequence_item_rt_beams",
    "BlockSlabSequenceItem": "dicomodel.items.block_slab_sequence_item",
    "BlockSlabSequenceItemRTIonBeams": "dicomodel.items.block_slab_sequence_item_rt_ion_beams",
    "BolusDefinitionSequenceItem": "dicomodel.items.bolus_definition_sequence_item",
    "BrachyAccessoryDeviceSequenceItem": "dicomodel.items.brachy_accessory_device_sequence_item",
    "BrachyControlPointDeliveredSequenceItem": "dicomodel.items.brachy_control_point_delivered_sequence_item",
    "BrachyControlPointSequenceItem": "dicomodel.items.brachy_control_point_sequence_item",
    "BrachyReferencedDoseReferenceSequenceItem": "dicomodel.items.brachy_referenced_dose_reference_sequence_item",
    "BrachyTaskSequenceItem": "dicomodel.items.brachy_task_sequence_item",
    "BreedRegistrationSequenceItem": "dicomodel.items.breed_registration_sequence_item",
    "BreedRegistrationSequenceItemPatient": "dicomodel.items.breed_registration_sequence_item_patient",
    "CArmPhotonElectronControlPointSequenceItem": "dicomodel.items.c_arm_photon_electron_control_point_sequence_item",
    "CTAcquisitionDetailsSequenceItem": "dicomodel.items.ct_acquisition_details_sequence_item",
    "CTAcquisitionTypeSequenceItem": "dicomodel.items.ct_acquisition_type_sequence_item",
    "CTAdditionalXRaySourceSequenceItem": "dicomodel.items.ct_additional_x_ray_source_sequence_item",
    "CTAdditionalXRaySourceSequenceItemCTImage": "dicomodel.items.ct_additional_x_ray_source_sequence_item_ct_image",
    "CTExposureSequenceItem": "dicomodel.items.ct_exposure_sequence_item",
    "CTGeometrySequenceItem": "dicomodel.items.ct_geometry_sequence_item",
    "CTImageFrameTypeSequenceItem": "dicomodel.items.ct_image_frame_type_sequence_item",
    "CTPositionSequenceItem": "dicomodel.items.ct_position_sequence_item",
    "CTReconstructionSequenceItem": "dicomodel.items.ct_reconstruction_sequence_item",
    "CTTableDynamicsSequenceItem": "dicomodel.items.ct_table_dynamics_sequence_item",
    "CTXRayDetailsSequenceItem": "dicomodel.items.ctx_ray_details_sequence_item",
    "CTXRayDetailsSequenceItemPerformedCTAcquisition": "dicomodel.items.ctx_ray_details_sequence_item_performed_ct_acquisition",
    "CalculatedDoseReferenceSequenceItem": "dicomodel.items.calculated_dose_reference_sequence_item",
    "CalculatedToricPowerItem": "dicomodel.items.calculated_toric_power_item",
    "CalculationCommentSequenceItem": "dicomodel.items.calculation_comment_sequence_item",
    "CalibrationDataSequenceItem": "dicomodel.items.calibration_data_sequence_item",
    "CalibrationSequenceItem": "dicomodel.items.calibration_sequence_item",
    "CameraPositionGroupSequenceItem": "dicomodel.items.camera_position_group_sequence_item",
    "CardiacSynchronizationSequenceItem": "dicomodel.items.cardiac_synchronization_sequence_item",
    "CellValuesSequenceItem": "dicomodel.items.cell_values_sequence_item",
    "CellValuesSequenceItemDocumentRelationship": "dicomodel.items.cell_values_sequence_item_document_relationship",
    "CellValuesSequenceItemTableContentItem": "dicomodel.items.cell_values_sequence_item_table_content_item",
    "ChannelDefinitionSequenceItem": "dicomodel.items.channel_definition_sequence_item",
    "ChannelDeliveryContinuationSequenceItem": "dicomodel.items.channel_delivery_continuation_sequence_item",
    "ChannelDeliveryOrderSequenceItem": "dicomodel.items.channel_delivery_order_sequence_item",
    "ChannelDisplaySequenceItem": "dicomodel.items.channel_display_sequence_item",
    "ChannelImpedanceSequenceItem": "dicomodel.items.channel_impedance_sequence_item",
    "ChannelSequenceItem": "dicomodel.items.channel_sequence_item",
    "ChannelShieldSequenceItem": "dicomodel.items.channel_shield_sequence_item",
    "ChemicalShiftSequenceItem": "dicomodel.items.chemical_shift_sequence_item",
    "CodeSequenceItem": "dicomodel.items.code_sequence_item",
    "CodeSequenceItemDocumentContent": "dicomodel.items.code_sequence_item_document_content",
    "CodeSequenceItemDocumentContent2": "dicomodel.items.code_sequence_item_document_content2",
    "CodeSequenceItemDocumentContent3": "dicomodel.items.code_sequence_item_document_content3",
    "CodeSequenceItemDocumentRelationship": "dicomodel.items.code_sequence_item_document_relationship",
    "CodeSequenceItemDocumentRelationship2": "dicomodel.items.code_sequence_item_document_relationship2",
    "CodeSequenceItemDocumentRelationship3": "dicomodel.items.code_sequence_item_document_relationship3",
    "CodeSequenceItemDocumentRelationship4": "dicomodel.items.code_sequence_item_document_relationship4",
    "CodeSequenceItemOcularRegionImaged": "dicomodel.items.code_sequence_item_ocular_region_imaged",
    "CodingSchemeIdentificationSequenceItem": "dicomodel.items.coding_scheme_identification_sequence_item",
    "CodingSchemeResourcesSequenceItem": "dicomodel.items.coding_scheme_resources_sequence_item",
    "CollimatorShapeSequenceItem": "dicomodel.items.collimator_shape_sequence_item",
    "CombinationSegmentReferenceSequenceItem": "dicomodel.items.combination_segment_reference_sequence_item",
    "CompensatorDefinitionSequenceItem": "dicomodel.items.compensator_definition_sequence_item",
    "CompensatorSequenceItem": "dicomodel.items.compensator_sequence_item",
    "CompensatorShapeSequenceItem": "dicomodel.items.compensator_shape_sequence_item",
    "ComponentAssemblySequenceItem": "dicomodel.items.component_assembly_sequence_item",
    "ComponentInputSequenceItem": "dicomodel.items.component_input_sequence_item",
    "ComponentSequenceItem": "dicomodel.items.component_sequence_item",
    "ComponentTypesSequenceItem": "dicomodel.items.component_types_sequence_item",
    "CompoundGraphicSequenceItem": "dicomodel.items.compound_graphic_sequence_item",
    "ConceptNameCodeSequenceItem": "dicomodel.items.concept_name_code_sequence_item",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem": "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
    "ConceptualVolumeConstituentSequenceItem": "dicomodel.items.conceptual_volume_constituent_sequence_item",
    "ConceptualVolumeItem": "dicomodel.items.conceptual_volume_item",
    "ConceptualVolumeSegmentationReferenceAndCombinationItem": "dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item",
    "ConfigurationQAResultsSequenceItem": "dicomodel.items.configuration_qa_results_sequence_item",
    "ConsentForClinicalTrialUseSequenceItem": "dicomodel.items.consent_for_clinical_trial_use_sequence_item",
    "ContainerComponentSequenceItem": "dicomodel.items.container_component_sequence_item",
    "ContentItem": "dicomodel.items.content_item",
    "ContentSequenceItem": "dicomodel.items.content_sequence_item",
    "ContentSequenceItemEncapsulatedDocument": "dicomodel.items.content_sequence_item_encapsulated_document",
    "ContentTemplateSequenceItem": "dicomodel.items.content_template_sequence_item",
    "ContentTemplateSequenceItemContainer": "dicomodel.items.content_template_sequence_item_container",
    "ContentTemplateSequenceItemDocumentRelationship": "dicomodel.items.content_template_sequence_item_document_relationship",
    "ContentTemplateSequenceItemInventory": "dicomodel.items.content_template_sequence_item_inventory",
    "ContextGroupIdentificationSequenceItem": "dicomodel.items.context_group_identification_sequence_item",
    "ContourSequenceItem": "dicomodel.items.contour_sequence_item",
    "ContrastAdministrationProfileSequenceItem": "dicomodel.items.contrast_administration_profile_sequence_item",
    "ContrastBolusAdministrationRouteSequenceItem": "dicomodel.items.contrast_bolus_administration_route_sequence_item",
    "ContrastBolusAgentSequenceItem": "dicomodel.items.contrast_bolus_agent_sequence_item",
    "ContrastBolusUsageSequenceItem": "dicomodel.items.contrast_bolus_usage_sequence_item",
    "ContributingEquipmentSequenceItem": "dicomodel.items.contributing_equipment_sequence_item",
    "ContributingSOPInstancesReferenceSequenceItem": "dicomodel.items.contributing_sop_instances_reference_sequence_item",
    "ContributingSourcesSequenceItem": "dicomodel.items.contributing_sources_sequence_item",
    "ContributingSourcesSequenceItemBreastTomosynthesisContributingSources": "dicomodel.items.contributing_sources_sequence_item_breast_tomosynthesis_contributing_sources",
    "ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources": "dicomodel.items.contributing_sources_sequence_item_x_ray3_d_craniofacial_image_contributing_sources",
    "ControlPointDeliverySequenceItem": "dicomodel.items.control_point_delivery_sequence_item",
    "ControlPointSequenceItem": "dicomodel.items.control_point_sequence_item",
    "ConventionalControlPointVerificationSequenceItem": "dicomodel.items.conventional_control_point_verification_sequence_item",
    "ConventionalMachineVerificationSequenceItem": "dicomodel.items.conventional_machine_verification_sequence_item",
    "CorneaMeasurementsSequenceItem": "dicomodel.items.cornea_measurements_sequence_item",
    "CornealSizeSequenceItem": "dicomodel.items.corneal_size_sequence_item",
    "CorrectedParameterSequenceItem": "dicomodel.items.corrected_parameter_sequence_item",
    "CustodialOrganizationSequenceItem": "dicomodel.items.custodial_organization_sequence_item",
    "CustodialOrganizationSequenceItemProtocolContext": "dicomodel.items.custodial_organization_sequence_item_protocol_context",
    "CylinderSequenceItem": "dicomodel.items.cylinder_sequence_item",
    "DICOMMediaRetrievalSequenceItem": "dicomodel.items.dicom_media_retrieval_sequence_item",
    "DICOMRetrievalSequenceItem": "dicomodel.items.dicom_retrieval_sequence_item",
    "DICOMStorageSequenceItem": "dicomodel.items.dicom_storage_sequence_item",
    "DVHReferencedROISequenceItem": "dicomodel.items.dvh_referenced_roi_sequence_item",
    "DVHSequenceItem": "dicomodel.items.dvh_sequence_item",
    "DataFrameAssignmentSequenceItem": "dicomodel.items.data_frame_assignment_sequence_item",
    "DataInformationSequenceItem": "dicomodel.items.data_information_sequence_item",
    "DecompositionMaterialSequenceItem": "dicomodel.items.decomposition_material_sequence_item",
    "DefinitionSourceSequenceItem": "dicomodel.items.definition_source_sequence_item",
    "DefinitionSourceSequenceItemRTRadiationCommonBase": "dicomodel.items.definition_source_sequence_item_rt_radiation_common_base",
    "DefinitionSourceSequenceItemStructureSet": "dicomodel.items.definition_source_sequence_item_structure_set",
    "DeformableRegistrationGridSequenceItem": "dicomodel.items.deformable_registration_grid_sequence_item",
    "DeformableRegistrationSequenceItem": "dicomodel.items.deformable_registration_sequence_item",
    "DeidentificationActionSequenceItem": "dicomodel.items.deidentification_action_sequence_item",
    "DeliveredDepthDoseParametersSequenceItem": "dicomodel.items.delivered_depth_dose_parameters_sequence_item",
    "DeliveryVerificationImageSequenceItem": "dicomodel.items.delivery_verification_image_sequence_item",
    "DepthDoseParametersSequenceItem": "dicomodel.items.depth_dose_parameters_sequence_item",
    "DerivationConceptualVolumeSequenceItem": "dicomodel.items.derivation_conceptual_volume_sequence_item",
    "DerivationImageSequenceItem": "dicomodel.items.derivation_image_sequence_item",
    "DetectorInformationSequenceItem": "dicomodel.items.detector_information_sequence_item",
    "DetectorPositionSequenceItem": "dicomodel.items.detector_position_sequence_item",
    "DeviceIdentificationItem": "dicomodel.items.device_identification_item",
    "DeviceMotionControlSequenceItem": "dicomodel.items.device_motion_control_sequence_item",
    "DeviceSequenceItem": "dicomodel.items.device_sequence_item",
    "DiffusionBMatrixSequenceItem": "dicomodel.items.diffusion_b_matrix_sequence_item",
    "DiffusionGradientDirectionSequenceItem": "dicomodel.items.diffusion_gradient_direction_sequence_item",
    "DigitalFilterCharacteristicsSequenceItem": "dicomodel.items.digital_filter_characteristics_sequence_item",
    "DigitalSignaturesSequenceItem": "dicomodel.items.digital_signatures_sequence_item",
    "DimensionIndexSequenceItem": "dicomodel.items.dimension_index_sequence_item",
    "DimensionOrganizationSequenceItem": "dicomodel.items.dimension_organization_sequence_item",
    "DirectSegmentReferenceSequenceItem": "dicomodel.items.direct_segment_reference_sequence_item",
    "DirectoryRecordSequenceItem": "dicomodel.items.directory_record_sequence_item",
    "DisplayCalibrationResultSequenceItem": "dicomodel.items.display_calibration_result_sequence_item",
    "DisplaySetsSequenceItem": "dicomodel.items.display_sets_sequence_item",
    "DisplayShutterItem": "dicomodel.items.display_shutter_item",
    "DisplaySubsystemConfigurationSequenceItem": "dicomodel.items.display_subsystem_configuration_sequence_item",
    "DisplaySubsystemQAResultsSequenceItem": "dicomodel.items.display_subsystem_qa_results_sequence_item",
    "DisplaySubsystemSequenceItem": "dicomodel.items.display_subsystem_sequence_item",
    "DisplayedAreaSelectionSequenceItem": "dicomodel.items.displayed_area_selection_sequence_item",
    "DoseCalibrationConditionsSequenceItem": "dicomodel.items.dose_calibration_conditions_sequence_item",
    "DoseReferenceSequenceItem": "dicomodel.items.dose_reference_sequence_item",
    "DoseValuesSequenceItem": "dicomodel.items.dose_values_sequence_item",
    "DosimetricObjectiveParameterSequenceItem": "dicomodel.items.dosimetric_objective_parameter_sequence_item",
    "DosimetricObjectiveSequenceItem": "dicomodel.items.dosimetric_objective_sequence_item",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem": "dicomodel.items.effective_dose_calculation_method_category_code_sequence_item",
    "EncryptedAttributesSequenceItem": "dicomodel.items.encrypted_attributes_sequence_item",
    "EnergyWindowInformationSequenceItem": "dicomodel.items.energy_window_information_sequence_item",
    "EnergyWindowRangeSequenceItem": "dicomodel.items.energy_window_range_sequence_item",
    "EnergyWindowRangeSequenceItemEnhancedPETAcquisition": "dicomodel.items.energy_window_range_sequence_item_enhanced_pet_acquisition",
    "EnhancedPaletteColorLookupTableSequenceItem": "dicomodel.items.enhanced_palette_color_lookup_table_sequence_item",
    "EquipmentAdministratorSequenceItem": "dicomodel.items.equipment_administrator_sequence_item",
    "EquipmentReferencePointCoordinatesSequenceItem": "dicomodel.items.equipment_reference_point_coordinates_sequence_item",
    "EquivalentCodeSequenceItem": "dicomodel.items.equivalent_code_sequence_item",
    "EquivalentCodeSequenceItemDocumentContent": "dicomodel.items.equivalent_code_sequence_item_document_content",
    "EquivalentCodeSequenceItemDocumentContent2": "dicomodel.items.equivalent_code_sequence_item_document_content2",
    "EquivalentCodeSequenceItemDocumentContent3": "dicomodel.items.equivalent_code_sequence_item_document_content3",
    "EquivalentCodeSequenceItemDocumentRelationship": "dicomodel.items.equivalent_code_sequence_item_document_relationship",
    "EquivalentCodeSequenceItemDocumentRelationship2": "dicomodel.items.equivalent_code_sequence_item_document_relationship2",
    "EquivalentCodeSequenceItemDocumentRelationship3": "dicomodel.items.equivalent_code_sequence_item_document_relationship3",
    "EquivalentCodeSequenceItemDocumentRelationship4": "dicomodel.items.equivalent_code_sequence_item_document_relationship4",
    "EquivalentCodeSequenceItemOcularRegionImaged": "dicomodel.items.equivalent_code_sequence_item_ocular_region_imaged",
    "EquivalentConceptualVolumesSequenceItem": "dicomodel.items.equivalent_conceptual_volumes_sequence_item",
    "EventTimerSequenceItem": "dicomodel.items.event_timer_sequence_item",
    "ExcitationWavelengthSequenceItem": "dicomodel.items.excitation_wavelength_sequence_item",
    "ExcludedIntervalsSequenceItem": "dicomodel.items.excluded_intervals_sequence_item",
    "ExpectedInVivoMeasurementValuesSequenceItem": "dicomodel.items.expected_in_vivo_measurement_values_sequence_item",
    "ExposureControlSensingRegionsSequenceItem": "dicomodel.items.exposure_control_sensing_regions_sequence_item",
    "ExposureSequenceItem": "dicomodel.items.exposure_sequence_item",
    "ExtendedSelectorAttributeItem": "dicomodel.items.extended_selector_attribute_item",
    "ExternallySourcedDataSetIdentificationItem": "dicomodel.items.externally_sourced_data_set_identification_item",
    "FailedSOPSequenceItem": "dicomodel.items.failed_sop_sequence_item",
    "FailedSOPSequenceItemMediaCreationManagement": "dicomodel.items.failed_sop_sequence_item_media_creation_management",
    "FiducialSequenceItem": "dicomodel.items.fiducial_sequence_item",
    "FiducialSetSequenceItem": "dicomodel.items.fiducial_set_sequence_item",
    "FieldOfViewSequenceItem": "dicomodel.items.field_of_view_sequence_item",
    "FileAccessSequenceItem": "dicomodel.items.file_access_sequence_item",
    "FileSetAccessSequenceItem": "dicomodel.items.file_set_access_sequence_item",
    "FillStyleSequenceItem": "dicomodel.items.fill_style_sequence_item",
    "FillStyleSequenceItemGraphicAnnotation": "dicomodel.items.fill_style_sequence_item_graphic_annotation",
    "FilmConsumptionSequenceItem": "dicomodel.items.film_consumption_sequence_item",
    "FilterOperationsSequenceItem": "dicomodel.items.filter_operations_sequence_item",
    "FixationDeviceSequenceItem": "dicomodel.items.fixation_device_sequence_item",
    "FixationDeviceSequenceItemRTGeneralMachineVerification": "dicomodel.items.fixation_device_sequence_item_rt_general_machine_verification",
    "FixationSequenceItem": "dicomodel.items.fixation_sequence_item",
    "FlowIdentifierSequenceItem": "dicomodel.items.flow_identifier_sequence_item",
    "FluenceMapSequenceItem": "dicomodel.items.fluence_map_sequence_item",
    "FractionBasedRelationshipSequenceItem": "dicomodel.items.fraction_based_relationship_sequence_item",
    "FractionGroupSequenceItem": "dicomodel.items.fraction_group_sequence_item",
    "FractionGroupSummarySequenceItem": "dicomodel.items.fraction_group_summary_sequence_item",
    "FractionPatternSequenceItem": "dicomodel.items.fraction_pattern_sequence_item",
    "FractionStatusSummarySequenceItem": "dicomodel.items.fraction_status_summary_sequence_item",
    "FrameAcquisitionSequenceItem": "dicomodel.items.frame_acquisition_sequence_item",
    "FrameAnatomySequenceItem": "dicomodel.items.frame_anatomy_sequence_item",
    "FrameContentSequenceItem": "dicomodel.items.frame_content_sequence_item",
    "FrameDetectorParametersSequenceItem": "dicomodel.items.frame_detector_parameters_sequence_item",
    "FrameDisplaySequenceItem": "dicomodel.items.frame_display_sequence_item",
    "FrameDisplayShutterSequenceItem": "dicomodel.items.frame_display_shutter_sequence_item",
    "FrameExtractionSequenceItem": "dicomodel.items.frame_extraction_sequence_item",
    "FramePixelDataPropertiesSequenceItem": "dicomodel.items.frame_pixel_data_properties_sequence_item",
    "FramePixelShiftSequenceItem": "dicomodel.items.frame_pixel_shift_sequence_item",
    "FrameUsefulnessGroupSequenceItem": "dicomodel.items.frame_usefulness_group_sequence_item",
    "FrameVOILUTSequenceItem": "dicomodel.items.frame_voilut_sequence_item",
    "FunctionalMRSequenceItem": "dicomodel.items.functional_mr_sequence_item",
    "GatedInformationSequenceItem": "dicomodel.items.gated_information_sequence_item",
    "GatingBeamHoldTransitionSequenceItem": "dicomodel.items.gating_beam_hold_transition_sequence_item",
    "GeneralAccessoryDefinitionSequenceItem": "dicomodel.items.general_accessory_definition_sequence_item",
    "GeneralAccessorySequenceItem": "dicomodel.items.general_accessory_sequence_item",
    "GeneralAccessorySequenceItemEquipmentSpecification": "dicomodel.items.general_accessory_sequence_item_equipment_specification",
    "GeneralAccessorySequenceItemRTIonBeams": "dicomodel.items.general_accessory_sequence_item_rt_ion_beams",
    "GeneralAccessorySequenceItemRTIonBeamsSessionRecord": "dicomodel.items.general_accessory_sequence_item_rt_ion_beams_session_record",
    "GeneralMachineVerificationSequenceItem": "dicomodel.items.general_machine_verification_sequence_item",
    "GeneticModificationsSequenceItem": "dicomodel.items.genetic_modifications_sequence_item",
    "GeneticModificationsSequenceItemPatient": "dicomodel.items.genetic_modifications_sequence_item_patient",
    "GlobalDeviationProbabilitySequenceItem": "dicomodel.items.global_deviation_probability_sequence_item",
    "GraphicAnnotationSequenceItem": "dicomodel.items.graphic_annotation_sequence_item",
    "GraphicCoordinatesDataSequenceItem": "dicomodel.items.graphic_coordinates_data_sequence_item",
    "GraphicGroupSequenceItem": "dicomodel.items.graphic_group_sequence_item",
    "GraphicLayerSequenceItem": "dicomodel.items.graphic_layer_sequence_item",
    "GraphicObjectSequenceItem": "dicomodel.items.graphic_object_sequence_item",
    "GroupOfPatientsIdentificationSequenceItem": "dicomodel.items.group_of_patients_identification_sequence_item",
    "HL7StructuredDocumentReferenceSequenceItem": "dicomodel.items.hl7_structured_document_reference_sequence_item",
    "HL7v2HierarchicDesignatorItem": "dicomodel.items.hl7v2_hierarchic_designator_item",
    "HPGLDocumentSequenceItem": "dicomodel.items.hpgl_document_sequence_item",
    "HPGLPenSequenceItem": "dicomodel.items.hpgl_pen_sequence_item",
    "HangingProtocolDefinitionSequenceItem": "dicomodel.items.hanging_protocol_definition_sequence_item",
    "HierarchicalSOPInstanceReferenceItem": "dicomodel.items.hierarchical_sop_instance_reference_item",
    "HierarchicalSeriesReferenceItem": "dicomodel.items.hierarchical_series_reference_item",
    "HistogramSequenceItem": "dicomodel.items.histogram_sequence_item",
    "IOLPowerSequenceItem": "dicomodel.items.iol_power_sequence_item",
    "IdentifiedPersonOrDeviceItem": "dicomodel.items.identified_person_or_device_item",
    "ImageBoxSynchronizationSequenceItem": "dicomodel.items.image_box_synchronization_sequence_item",
    "ImageBoxesSequenceItem": "dicomodel.items.image_boxes_sequence_item",
    "ImageCenterPointCoordinatesSequenceItem": "dicomodel.items.image_center_point_coordinates_sequence_item",
    "ImageDataTypeSequenceItem": "dicomodel.items.image_data_type_sequence_item",
    "ImageDataTypeSequenceItemPhotoacousticImageDataType": "dicomodel.items.image_data_type_sequence_item_photoacoustic_image_data_type",
    "ImageFilterDetailsSequenceItem": "dicomodel.items.image_filter_details_sequence_item",
    "ImagePixelItem": "dicomodel.items.image_pixel_item",
    "ImagePixelItemDocumentRelationship": "dicomodel.items.image_pixel_item_document_relationship",
    "ImagePixelItemImageReference": "dicomodel.items.image_pixel_item_image_reference",
    "ImageSOPInstanceReferenceItem": "dicomodel.items.image_sop_instance_reference_item",
    "ImageSetSelectorSequenceItem": "dicomodel.items.image_set_selector_sequence_item",
    "ImageSetsSequenceItem": "dicomodel.items.image_sets_sequence_item",
    "ImagingDeviceLocationParameterSequenceItem": "dicomodel.items.imaging_device_location_parameter_sequence_item",
    "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem": "dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item",
    "ImagingSourcePositionSequenceItem": "dicomodel.items.imaging_source_position_sequence_item",
    "ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry": "dicomodel.items.imaging_source_position_sequence_item_rt_projection_imaging_request_geometry",
    "ImplantTargetAnatomySequenceItem": "dicomodel.items.implant_target_anatomy_sequence_item",
    "ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem": "dicomodel.items.implant_template_group_member_matching2_d_coordinates_sequence_item",
    "ImplantTemplateGroupMembersSequenceItem": "dicomodel.items.implant_template_group_members_sequence_item",
    "ImplantTemplateGroupVariationDimensionRankSequenceItem": "dicomodel.items.implant_template_group_variation_dimension_rank_sequence_item",
    "ImplantTemplateGroupVariationDimensionSequenceItem": "dicomodel.items.implant_template_group_variation_dimension_sequence_item",
    "IndexProbabilitySequenceItem": "dicomodel.items.index_probability_sequence_item",
    "InstructionSequenceItem": "dicomodel.items.instruction_sequence_item",
    "InterlockItem": "dicomodel.items.interlock_item",
    "InterventionDrugInformationSequenceItem": "dicomodel.items.intervention_drug_information_sequence_item",
    "InterventionDrugInformationSequenceItemPETIsotope": "dicomodel.items.intervention_drug_information_sequence_item_pet_isotope",
    "InterventionSequenceItem": "dicomodel.items.intervention_sequence_item",
    "IntraocularLensCalculationsItem": "dicomodel.items.intraocular_lens_calculations_item",
    "IntravascularFrameContentSequenceItem": "dicomodel.items.intravascular_frame_content_sequence_item",
    "IntravascularOCTFrameContentSequenceItem": "dicomodel.items.intravascular_oct_frame_content_sequence_item",
    "IntravascularOCTFrameTypeSequenceItem": "dicomodel.items.intravascular_oct_frame_type_sequence_item",
    "InventoriedInstancesSequenceItem": "dicomodel.items.inventoried_instances_sequence_item",
    "InventoriedSeriesSequenceItem": "dicomodel.items.inventoried_series_sequence_item",
    "InventoriedStudiesSequenceItem": "dicomodel.items.inventoried_studies_sequence_item",
    "InventoryReferenceItem": "dicomodel.items.inventory_reference_item",
    "IonBeamLimitingDeviceSequenceItem": "dicomodel.items.ion_beam_limiting_device_sequence_item",
    "IonBeamSequenceItem": "dicomodel.items.ion_beam_sequence_item",
    "IonBlockSequenceItem": "dicomodel.items.ion_block_sequence_item",
    "IonControlPointDeliverySequenceItem": "dicomodel.items.ion_control_point_delivery_sequence_item",
    "IonControlPointSequenceItem": "dicomodel.items.ion_control_point_sequence_item",
    "IonControlPointVerificationSequenceItem": "dicomodel.items.ion_control_point_verification_sequence_item",
    "IonMachineVerificationSequenceItem": "dicomodel.items.ion_machine_verification_sequence_item",
    "IonRangeCompensatorSequenceItem": "dicomodel.items.ion_range_compensator_sequence_item",
    "IonToleranceTableSequenceItem": "dicomodel.items.ion_tolerance_table_sequence_item",
    "IonWedgePositionSequenceItem": "dicomodel.items.ion_wedge_position_sequence_item",
    "IonWedgePositionSequenceItemRTIonMachineVerification": "dicomodel.items.ion_wedge_position_sequence_item_rt_ion_machine_verification",
    "IonWedgeSequenceItem": "dicomodel.items.ion_wedge_sequence_item",
    "IrradiationEventIdentificationSequenceItem": "dicomodel.items.irradiation_event_identification_sequence_item",
    "IsocenterReferenceSystemSequenceItem": "dicomodel.items.isocenter_reference_system_sequence_item",
    "IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem": "dicomodel.items.isocenter_reference_system_sequence_item_breast_x_ray_isocenter_reference_system",
    "IssuerOfPatientIDQualifiersSequenceItem": "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
    "KVRadiationImageAcquisitionParametersItem": "dicomodel.items.kv_radiation_image_acquisition_parameters_item",
    "KeratometricMeasurementsItem": "dicomodel.items.keratometric_measurements_item",
    "LateralSpreadingDeviceSequenceItem": "dicomodel.items.lateral_spreading_device_sequence_item",
    "LateralSpreadingDeviceSettingsSequenceItem": "dicomodel.items.lateral_spreading_device_settings_sequence_item",
    "LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord": "dicomodel.items.lateral_spreading_device_settings_sequence_item_rt_ion_beams_session_record",
    "LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification": "dicomodel.items.lateral_spreading_device_settings_sequence_item_rt_ion_machine_verification",
    "LensConstantSequenceItem": "dicomodel.items.lens_constant_sequence_item",
    "LensThicknessSequenceItem": "dicomodel.items.lens_thickness_sequence_item",
    "LensometryMeasurementsItem": "dicomodel.items.lensometry_measurements_item",
    "LightPathFilterTypeStackCodeSequenceItem": "dicomodel.items.light_path_filter_type_stack_code_sequence_item",
    "LineStyleSequenceItem": "dicomodel.items.line_style_sequence_item",
    "LocalizedDeviationProbabilitySequenceItem": "dicomodel.items.localized_deviation_probability_sequence_item",
    "LuminanceResponseSequenceItem": "dicomodel.items.luminance_response_sequence_item",
    "LuminanceResponseSequenceItemLuminanceResult": "dicomodel.items.luminance_response_sequence_item_luminance_result",
    "LuminanceResponseSequenceItemTargetLuminanceCharacteristics": "dicomodel.items.luminance_response_sequence_item_target_luminance_characteristics",
    "LuminanceResultSequenceItem": "dicomodel.items.luminance_result_sequence_item",
    "LuminanceUniformityResultSequenceItem": "dicomodel.items.luminance_uniformity_result_sequence_item",
    "MACParametersSequenceItem": "dicomodel.items.mac_parameters_sequence_item",
    "MRArterialSpinLabelingSequenceItem": "dicomodel.items.mr_arterial_spin_labeling_sequence_item",
    "MRAveragesSequenceItem": "dicomodel.items.mr_averages_sequence_item",
    "MRDiffusionSequenceItem": "dicomodel.items.mr_diffusion_sequence_item",
    "MREchoSequenceItem": "dicomodel.items.mr_echo_sequence_item",
    "MRFOVGeometrySequenceItem": "dicomodel.items.mrfov_geometry_sequence_item",
    "MRImageFrameTypeSequenceItem": "dicomodel.items.mr_image_frame_type_sequence_item",
    "MRImagingModifierSequenceItem": "dicomodel.items.mr_imaging_modifier_sequence_item",
    "MRMetaboliteMapSequenceItem": "dicomodel.items.mr_metabolite_map_sequence_item",
    "MRModifierSequenceItem": "dicomodel.items.mr_modifier_sequence_item",
    "MRReceiveCoilSequenceItem": "dicomodel.items.mr_receive_coil_sequence_item",
    "MRSpatialSaturationSequenceItem": "dicomodel.items.mr_spatial_saturation_sequence_item",
    "MRSpectroscopyFOVGeometrySequenceItem": "dicomodel.items.mr_spectroscopy_fov_geometry_sequence_item",
    "MRSpectroscopyFrameTypeSequenceItem": "dicomodel.items.mr_spectroscopy_frame_type_sequence_item",
    "MRTimingAndRelatedParametersSequenceItem": "dicomodel.items.mr_timing_and_related_parameters_sequence_item",
    "MRTransmitCoilSequenceItem": "dicomodel.items.mr_transmit_coil_sequence_item",
    "MRVelocityEncodingSequenceItem": "dicomodel.items.mr_velocity_encoding_sequence_item",
    "MVRadiationImageAcquisitionParametersItem": "dicomodel.items.mv_radiation_image_acquisition_parameters_item",
    "MajorTicksSequenceItem": "dicomodel.items.major_ticks_sequence_item",
    "MappingResourceIdentificationSequenceItem": "dicomodel.items.mapping_resource_identification_sequence_item",
    "MaskSubtractionSequenceItem": "dicomodel.items.mask_subtraction_sequence_item",
    "MaskSubtractionSequenceItemMask": "dicomodel.items.mask_subtraction_sequence_item_mask",
    "MaskSubtractionSequenceItemPresentationStateMask": "dicomodel.items.mask_subtraction_sequence_item_presentation_state_mask",
    "MaskSubtractionSequenceItemXAXRFPresentationStateMask": "dicomodel.items.mask_subtraction_sequence_item_xaxrf_presentation_state_mask",
    "MaterialAttenuationSequenceItem": "dicomodel.items.material_attenuation_sequence_item",
    "MatingFeatureDegreeOfFreedomSequenceItem": "dicomodel.items.mating_feature_degree_of_freedom_sequence_item",
    "MatingFeatureSequenceItem": "dicomodel.items.mating_feature_sequence_item",
    "MatingFeatureSetsSequenceItem": "dicomodel.items.mating_feature_sets_sequence_item",
    "MatrixBasedRTImagingGeometryItem": "dicomodel.items.matrix_based_rt_imaging_geometry_item",
    "MatrixRegistrationSequenceItem": "dicomodel.items.matrix_registration_sequence_item",
    "MatrixSequenceItem": "dicomodel.items.matrix_sequence_item",
    "MaximumCornealCurvatureSequenceItem": "dicomodel.items.maximum_corneal_curvature_sequence_item",
    "MeasuredDoseReferenceSequenceItem": "dicomodel.items.measured_dose_reference_sequence_item",
    "MeasuredMetersetToDoseMappingSequenceItem": "dicomodel.items.measured_meterset_to_dose_mapping_sequence_item",
    "MeasuredValueSequenceItem": "dicomodel.items.measured_value_sequence_item",
    "MeasuredValueSequenceItemDocumentRelationship": "dicomodel.items.measured_value_sequence_item_document_relationship",
    "MeasuredValueSequenceItemNumericMeasurement": "dicomodel.items.measured_value_sequence_item_numeric_measurement",
    "MeasurementEquipmentSequenceItem": "dicomodel.items.measurement_equipment_sequence_item",
    "MeasurementValuesSequenceItem": "dicomodel.items.measurement_values_sequence_item",
    "MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations": "dicomodel.items.measurement_values_sequence_item_microscopy_bulk_simple_annotations",
    "MeasurementsSequenceItem": "dicomodel.items.measurements_sequence_item",
    "MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations": "dicomodel.items.measurements_sequence_item_microscopy_bulk_simple_annotations",
    "MediaInstalledSequenceItem": "dicomodel.items.media_installed_sequence_item",
    "MetersetToDoseMappingSequenceItem": "dicomodel.items.meterset_to_dose_mapping_sequence_item",
    "ModalityLUTSequenceItem": "dicomodel.items.modality_lut_sequence_item",
    "ModalityLUTSequenceItemPresentationStateBlending": "dicomodel.items.modality_lut_sequence_item_presentation_state_blending",
    "ModelSpecificationSequenceItem": "dicomodel.items.model_specification_sequence_item",
    "MotionSynchronizationSequenceItem": "dicomodel.items.motion_synchronization_sequence_item",
    "MultiCoilDefinitionSequenceItem": "dicomodel.items.multi_coil_definition_sequence_item",
    "MultiFramePresentationSequenceItem": "dicomodel.items.multi_frame_presentation_sequence_item",
    "MultienergyCTAcquisitionSequenceItem": "dicomodel.items.multienergy_ct_acquisition_sequence_item",
    "MultienergyCTCharacteristicsSequenceItem": "dicomodel.items.multienergy_ct_characteristics_sequence_item",
    "MultienergyCTPathSequenceItem": "dicomodel.items.multienergy_ct_path_sequence_item",
    "MultienergyCTProcessingSequenceItem": "dicomodel.items.multienergy_ct_processing_sequence_item",
    "MultienergyCTXRayDetectorSequenceItem": "dicomodel.items.multienergy_ctx_ray_detector_sequence_item",
    "MultienergyCTXRaySourceSequenceItem": "dicomodel.items.multienergy_ctx_ray_source_sequence_item",
    "MultiplexedAudioChannelsDescriptionCodeSequenceItem": "dicomodel.items.multiplexed_audio_channels_description_code_sequence_item",
    "MydriaticAgentSequenceItem": "dicomodel.items.mydriatic_agent_sequence_item",
    "NavigationIndicatorSequenceItem": "dicomodel.items.navigation_indicator_sequence_item",
    "NonconformingModifiedAttributesSequenceItem": "dicomodel.items.nonconforming_modified_attributes_sequence_item",
    "NotificationFromManufacturerSequenceItem": "dicomodel.items.notification_from_manufacturer_sequence_item",
    "OCTBscanAnalysisAcquisitionParametersSequenceItem": "dicomodel.items.oct_bscan_analysis_acquisition_parameters_sequence_item",
    "ObjectThicknessSequenceItem": "dicomodel.items.object_thickness_sequence_item",
    "ObliqueCroppingPlaneSequenceItem": "dicomodel.items.oblique_cropping_plane_sequence_item",
    "OmittedApplicationSetupSequenceItem": "dicomodel.items.omitted_application_setup_sequence_item",
    "OmittedBeamTaskSequenceItem": "dicomodel.items.omitted_beam_task_sequence_item",
    "OmittedChannelSequenceItem": "dicomodel.items.omitted_channel_sequence_item",
    "OmittedRadiationSequenceItem": "dicomodel.items.omitted_radiation_sequence_item",
    "OperatingModeSequenceItem": "dicomodel.items.operating_mode_sequence_item",
    "OperatorIdentificationSequenceItem": "dicomodel.items.operator_identification_sequence_item",
    "OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem": "dicomodel.items.ophthalmic_axial_length_measurements_length_summation_sequence_item",
    "OphthalmicAxialLengthMeasurementsSequenceItem": "dicomodel.items.ophthalmic_axial_length_measurements_sequence_item",
    "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem": "dicomodel.items.ophthalmic_axial_length_measurements_total_length_sequence_item",
    "OphthalmicAxialLengthQualityMetricItem": "dicomodel.items.ophthalmic_axial_length_quality_metric_item",
    "OphthalmicAxialLengthSegmentalMeasurementsItem": "dicomodel.items.ophthalmic_axial_length_segmental_measurements_item",
    "OphthalmicAxialLengthSequenceItem": "dicomodel.items.ophthalmic_axial_length_sequence_item",
    "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem": "dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item",
    "OphthalmicAxialMeasurementsRightEyeSequenceItem": "dicomodel.items.ophthalmic_axial_measurements_right_eye_sequence_item",
    "OphthalmicEnFaceImageQualityRatingSequenceItem": "dicomodel.items.ophthalmic_en_face_image_quality_rating_sequence_item",
    "OphthalmicFrameLocationSequenceItem": "dicomodel.items.ophthalmic_frame_location_sequence_item",
    "OphthalmicPatientClinicalInformationAndTestLensParametersItem": "dicomodel.items.ophthalmic_patient_clinical_information_and_test_lens_parameters_item",
    "OphthalmicThicknessMapQualityRatingSequenceItem": "dicomodel.items.ophthalmic_thickness_map_quality_rating_sequence_item",
    "OphthalmicThicknessMapQualityThresholdSequenceItem": "dicomodel.items.ophthalmic_thickness_map_quality_threshold_sequence_item",
    "OphthalmicVisualFieldGlobalIndexItem": "dicomodel.items.ophthalmic_visual_field_global_index_item",
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem": "dicomodel.items.optical_ophthalmic_axial_length_measurements_sequence_item",
    "OpticalPathIdentificationSequenceItem": "dicomodel.items.optical_path_identification_sequence_item",
    "OpticalPathSequenceItem": "dicomodel.items.optical_path_sequence_item",
    "OpticalSelectedOphthalmicAxialLengthSequenceItem": "dicomodel.items.optical_selected_ophthalmic_axial_length_sequence_item",
    "OriginalAttributesSequenceItem": "dicomodel.items.original_attributes_sequence_item",
    "OriginalImageSequenceItem": "dicomodel.items.original_image_sequence_item",
    "OtherClinicalTrialProtocolIDsSequenceItem": "dicomodel.items.other_clinical_trial_protocol_i_ds_sequence_item",
    "OtherMediaAvailableSequenceItem": "dicomodel.items.other_media_available_sequence_item",
    "OtherPatientIDsSequenceItem": "dicomodel.items.other_patient_i_ds_sequence_item",
    "OtherPatientIDsSequenceItemInventory": "dicomodel.items.other_patient_i_ds_sequence_item_inventory",
    "OtherPatientIDsSequenceItemPatient": "dicomodel.items.other_patient_i_ds_sequence_item_patient",
    "OutlineDefinitionItem": "dicomodel.items.outline_definition_item",
    "OverriddenAttributesSequenceItem": "dicomodel.items.overridden_attributes_sequence_item",
    "OverrideSequenceItem": "dicomodel.items.override_sequence_item",
    "OverrideSequenceItemRTBrachySessionRecord": "dicomodel.items.override_sequence_item_rt_brachy_session_record",
    "OverrideSequenceItemRTIonBeamsSessionRecord": "dicomodel.items.override_sequence_item_rt_ion_beams_session_record",
    "OverrideSequenceItemRTRadiationRecordCommon": "dicomodel.items.override_sequence_item_rt_radiation_record_common",
    "PETDetectorMotionDetailsSequenceItem": "dicomodel.items.pet_detector_motion_details_sequence_item",
    "PETFrameAcquisitionSequenceItem": "dicomodel.items.pet_frame_acquisition_sequence_item",
    "PETFrameCorrectionFactorsSequenceItem": "dicomodel.items.pet_frame_correction_factors_sequence_item",
    "PETReconstructionSequenceItem": "dicomodel.items.pet_reconstruction_sequence_item",
    "PETTableDynamicsSequenceItem": "dicomodel.items.pet_table_dynamics_sequence_item",
    "PaletteColorLookupTableItem": "dicomodel.items.palette_color_lookup_table_item",
    "ParallelRTBeamDelimiterDeviceSequenceItem": "dicomodel.items.parallel_rt_beam_delimiter_device_sequence_item",
    "ParameterizedRTImagingGeometryItem": "dicomodel.items.parameterized_rt_imaging_geometry_item",
    "ParametersSpecificationSequenceItem": "dicomodel.items.parameters_specification_sequence_item",
    "ParametricMapFrameTypeSequenceItem": "dicomodel.items.parametric_map_frame_type_sequence_item",
    "ParticipantSequenceItem": "dicomodel.items.participant_sequence_item",
    "PatientClinicalTrialParticipationSequenceItem": "dicomodel.items.patient_clinical_trial_participation_sequence_item",
    "PatientLocationCoordinatesSequenceItem": "dicomodel.items.patient_location_coordinates_sequence_item",
    "PatientOrientationAndEquipmentRelationshipItem": "dicomodel.items.patient_orientation_and_equipment_relationship_item",
    "PatientOrientationCodeSequenceItem": "dicomodel.items.patient_orientation_code_sequence_item",
    "PatientOrientationCodeSequenceItemDXPositioning": "dicomodel.items.patient_orientation_code_sequence_item_dx_positioning",
    "PatientOrientationCodeSequenceItemEnhancedXAXRFImage": "dicomodel.items.patient_orientation_code_sequence_item_enhanced_xaxrf_image",
    "PatientOrientationCodeSequenceItemNMPETPatientOrientation": "dicomodel.items.patient_orientation_code_sequence_item_nmpet_patient_orientation",
    "PatientOrientationInFrameSequenceItem": "dicomodel.items.patient_orientation_in_frame_sequence_item",
    "PatientPhysiologicalStateSequenceItem": "dicomodel.items.patient_physiological_state_sequence_item",
    "PatientPositioningInstructionSequenceItem": "dicomodel.items.patient_positioning_instruction_sequence_item",
    "PatientPrimaryLanguageCodeSequenceItem": "dicomodel.items.patient_primary_language_code_sequence_item",
    "PatientSetupSequenceItem": "dicomodel.items.patient_setup_sequence_item",
    "PatientSetupSequenceItemRTGeneralMachineVerification": "dicomodel.items.patient_setup_sequence_item_rt_general_machine_verification",
    "PatientSupportDevicesSequenceItem": "dicomodel.items.patient_support_devices_sequence_item",
    "PatientSupportPositionDeviceParameterSequenceItem": "dicomodel.items.patient_support_position_device_parameter_sequence_item",
    "PatientSupportPositionDeviceToleranceSequenceItem": "dicomodel.items.patient_support_position_device_tolerance_sequence_item",
    "PatientSupportPositionItem": "dicomodel.items.patient_support_position_item",
    "PatientSupportPositionParameterSequenceItem": "dicomodel.items.patient_support_position_parameter_sequence_item",
    "PatientSupportPositionToleranceSequenceItem": "dicomodel.items.patient_support_position_tolerance_sequence_item",
    "PatientToEquipmentRelationshipItem": "dicomodel.items.patient_to_equipment_relationship_item",
    "PatientToEquipmentRelationshipSequenceItem": "dicomodel.items.patient_to_equipment_relationship_sequence_item",
    "PatientTreatmentPreparationProcedureSequenceItem": "dicomodel.items.patient_treatment_preparation_procedure_sequence_item",
    "PerProjectionAcquisitionSequenceItem": "dicomodel.items.per_projection_acquisition_sequence_item",
    "PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition": "dicomodel.items.per_projection_acquisition_sequence_item_breast_tomosynthesis_acquisition",
    "PerformedSeriesSequenceItem": "dicomodel.items.performed_series_sequence_item",
    "PersonIdentificationItem": "dicomodel.items.person_identification_item",
    "PertinentDocumentsSequenceItem": "dicomodel.items.pertinent_documents_sequence_item",
    "PertinentDocumentsSequenceItemPatientMedical": "dicomodel.items.pertinent_documents_sequence_item_patient_medical",
    "PertinentDocumentsSequenceItemProductCharacteristics": "dicomodel.items.pertinent_documents_sequence_item_product_characteristics",
    "PertinentResourcesSequenceItem": "dicomodel.items.pertinent_resources_sequence_item",
    "PertinentResourcesSequenceItemContentAssessmentResults": "dicomodel.items.pertinent_resources_sequence_item_content_assessment_results",
    "PhaseInformationSequenceItem": "dicomodel.items.phase_information_sequence_item",
    "PhotoacousticExcitationCharacteristicsSequenceItem": "dicomodel.items.photoacoustic_excitation_characteristics_sequence_item",
    "PhotoacousticImageFrameTypeSequenceItem": "dicomodel.items.photoacoustic_image_frame_type_sequence_item",
    "PixelIntensityRelationshipLUTSequenceItem": "dicomodel.items.pixel_intensity_relationship_lut_sequence_item",
    "PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask": "dicomodel.items.pixel_intensity_relationship_lut_sequence_item_xaxrf_presentation_state_mask",
    "PixelMeasuresSequenceItem": "dicomodel.items.pixel_measures_sequence_item",
    "PixelShiftSequenceItem": "dicomodel.items.pixel_shift_sequence_item",
    "PixelValueMappingToCodedConceptSequenceItem": "dicomodel.items.pixel_value_mapping_to_coded_concept_sequence_item",
    "PixelValueTransformationSequenceItem": "dicomodel.items.pixel_value_transformation_sequence_item",
    "PixelValueTransformationSequenceItemCTPixelValueTransformation": "dicomodel.items.pixel_value_transformation_sequence_item_ct_pixel_value_transformation",
    "PixelValueTransformationSequenceItemIdentityPixelValueTransformation": "dicomodel.items.pixel_value_transformation_sequence_item_identity_pixel_value_transformation",
    "PlanOverviewSequenceItem": "dicomodel.items.plan_overview_sequence_item",
    "PlaneOrientationSequenceItem": "dicomodel.items.plane_orientation_sequence_item",
    "PlaneOrientationVolumeSequenceItem": "dicomodel.items.plane_orientation_volume_sequence_item",
    "PlanePositionSequenceItem": "dicomodel.items.plane_position_sequence_item",
    "PlanePositionSlideSequenceItem": "dicomodel.items.plane_position_slide_sequence_item",
    "PlanePositionVolumeSequenceItem": "dicomodel.items.plane_position_volume_sequence_item",
    "PlannedVerificationImageSequenceItem": "dicomodel.items.planned_verification_image_sequence_item",
    "PlanningLandmarkLineSequenceItem": "dicomodel.items.planning_landmark_line_sequence_item",
    "PlanningLandmarkPlaneSequenceItem": "dicomodel.items.planning_landmark_plane_sequence_item",
    "PlanningLandmarkPointSequenceItem": "dicomodel.items.planning_landmark_point_sequence_item",
    "PointsItem": "dicomodel.items.points_item",
    "PositionAcquisitionTemplateIdentificationSequenceItem": "dicomodel.items.position_acquisition_template_identification_sequence_item",
    "PositionerPositionSequenceItem": "dicomodel.items.positioner_position_sequence_item",
    "PositionerPositionSequenceItemBreastXRayPositioner": "dicomodel.items.positioner_position_sequence_item_breast_x_ray_positioner",
    "PostDeformationMatrixRegistrationSequenceItem": "dicomodel.items.post_deformation_matrix_registration_sequence_item",
    "PrescriptionOverviewSequenceItem": "dicomodel.items.prescription_overview_sequence_item",
    "PresentationLUTSequenceItem": "dicomodel.items.presentation_lut_sequence_item",
    "PresentationStateClassificationComponentSequenceItem": "dicomodel.items.presentation_state_classification_component_sequence_item",
    "PresentationStateClassificationComponentSequenceItemRenderDisplay": "dicomodel.items.presentation_state_classification_component_sequence_item_render_display",
    "PresentationStateCompositorComponentSequenceItem": "dicomodel.items.presentation_state_compositor_component_sequence_item",
    "PrimaryAnatomicStructureSequenceItem": "dicomodel.items.primary_anatomic_structure_sequence_item",
    "PrimaryAnatomicStructureSequenceItemOcularRegionImaged": "dicomodel.items.primary_anatomic_structure_sequence_item_ocular_region_imaged",
    "PrimaryFluenceModeSequenceItem": "dicomodel.items.primary_fluence_mode_sequence_item",
    "PrinterConfigurationSequenceItem": "dicomodel.items.printer_configuration_sequence_item",
    "PrismSequenceItem": "dicomodel.items.prism_sequence_item",
    "PrivateDataElementCharacteristicsSequenceItem": "dicomodel.items.private_data_element_characteristics_sequence_item",
    "PrivateDataElementDefinitionSequenceItem": "dicomodel.items.private_data_element_definition_sequence_item",
    "ProcedureStepCommunicationsURISequenceItem": "dicomodel.items.procedure_step_communications_uri_sequence_item",
    "ProcedureStepProgressInformationSequenceItem": "dicomodel.items.procedure_step_progress_information_sequence_item",
    "ProjectionImagingAcquisitionParameterSequenceItem": "dicomodel.items.projection_imaging_acquisition_parameter_sequence_item",
    "ProjectionPixelCalibrationSequenceItem": "dicomodel.items.projection_pixel_calibration_sequence_item",
    "ProposedStudySequenceItem": "dicomodel.items.proposed_study_sequence_item",
    "ProtocolContextSequenceItem": "dicomodel.items.protocol_context_sequence_item",
    "ProtocolContextSequenceItemScheduledProcedureStep": "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
    "PulseSpecificBrachyControlPointDeliveredSequenceItem": "dicomodel.items.pulse_specific_brachy_control_point_delivered_sequence_item",
    "QAResultsSequenceItem": "dicomodel.items.qa_results_sequence_item",
    "QuantitySequenceItem": "dicomodel.items.quantity_sequence_item",
    "ROIContourSequenceItem": "dicomodel.items.roi_contour_sequence_item",
    "ROIElementalCompositionSequenceItem": "dicomodel.items.roi_elemental_composition_sequence_item",
    "ROIPhysicalPropertiesSequenceItem": "dicomodel.items.roi_physical_properties_sequence_item",
    "RTAccessoryDeviceIdentificationItem": "dicomodel.items.rt_accessory_device_identification_item",
    "RTAccessoryHolderDefinitionSequenceItem": "dicomodel.items.rt_accessory_holder_definition_sequence_item",
    "RTAccessoryHolderSlotSequenceItem": "dicomodel.items.rt_accessory_holder_slot_sequence_item",
    "RTAnatomicPrescriptionSequenceItem": "dicomodel.items.rt_anatomic_prescription_sequence_item",
    "RTBeamLimitingDeviceDefinitionItem": "dicomodel.items.rt_beam_limiting_device_definition_item",
    "RTBeamLimitingDeviceOpeningDefinitionItem": "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
    "RTBeamLimitingDeviceOpeningSequenceItem": "dicomodel.items.rt_beam_limiting_device_opening_sequence_item",
    "RTImageFrameContextSequenceItem": "dicomodel.items.rt_image_frame_context_sequence_item",
    "RTImageFrameGeneralContentSequenceItem": "dicomodel.items.rt_image_frame_general_content_sequence_item",
    "RTImageFrameRadiationAcquisitionSequenceItem": "dicomodel.items.rt_image_frame_radiation_acquisition_sequence_item",
    "RTPatientPositionDisplacementSequenceItem": "dicomodel.items.rt_patient_position_displacement_sequence_item",
    "RTPatientPositionItem": "dicomodel.items.rt_patient_position_item",
    "RTPatientPositionScopeWithLegacySupportItem": "dicomodel.items.rt_patient_position_scope_with_legacy_support_item",
    "RTPatientTreatmentPreparationItem": "dicomodel.items.rt_patient_treatment_preparation_item",
    "RTPhysicianIntentPredecessorSequenceItem": "dicomodel.items.rt_physician_intent_predecessor_sequence_item",
    "RTPhysicianIntentSequenceItem": "dicomodel.items.rt_physician_intent_sequence_item",
    "RTPrescriptionSequenceItem": "dicomodel.items.rt_prescription_sequence_item",
    "RTROIObservationsSequenceItem": "dicomodel.items.rtroi_observations_sequence_item",
    "RTRadiationSalvageRecordControlPointSequenceItem": "dicomodel.items.rt_radiation_salvage_record_control_point_sequence_item",
    "RTRadiationTaskSequenceItem": "dicomodel.items.rt_radiation_task_sequence_item",
    "RTReferencedSeriesSequenceItem": "dicomodel.items.rt_referenced_series_sequence_item",
    "RTReferencedStudySequenceItem": "dicomodel.items.rt_referenced_study_sequence_item",
    "RTRelatedROISequenceItem": "dicomodel.items.rt_related_roi_sequence_item",
    "RTSegmentAnnotationSequenceItem": "dicomodel.items.rt_segment_annotation_sequence_item",
    "RTToleranceSetItem": "dicomodel.items.rt_tolerance_set_item",
    "RTTreatmentPhaseIntervalSequenceItem": "dicomodel.items.rt_treatment_phase_interval_sequence_item",
    "RTTreatmentPhaseItem": "dicomodel.items.rt_treatment_phase_item",
    "RadiationDoseIdentificationSequenceItem": "dicomodel.items.radiation_dose_identification_sequence_item",
    "RadiationDoseIdentificationSequenceItemRTDoseContributionRecord": "dicomodel.items.radiation_dose_identification_sequence_item_rt_dose_contribution_record",
    "RadiationDoseSequenceItem": "dicomodel.items.radiation_dose_sequence_item",
    "RadiationDoseSequenceItemRTDoseContributionRecord": "dicomodel.items.radiation_dose_sequence_item_rt_dose_contribution_record",
    "RadiationDoseValuesParametersSequenceItem": "dicomodel.items.radiation_dose_values_parameters_sequence_item",
    "RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord": "dicomodel.items.radiation_dose_values_parameters_sequence_item_rt_dose_contribution_record",
    "RadiationGenerationModeItem": "dicomodel.items.radiation_generation_mode_item",
    "RadiationGenerationModeSequenceItem": "dicomodel.items.radiation_generation_mode_sequence_item",
    "RadiobiologicalDoseEffectDescriptionItem": "dicomodel.items.radiobiological_dose_effect_description_item",
    "RadiopharmaceuticalInformationSequenceItem": "dicomodel.items.radiopharmaceutical_information_sequence_item",
    "RadiopharmaceuticalInformationSequenceItemEnhancedPETIsotope": "dicomodel.items.radiopharmaceutical_information_sequence_item_enhanced_pet_isotope",
    "RadiopharmaceuticalInformationSequenceItemPETIsotope": "dicomodel.items.radiopharmaceutical_information_sequence_item_pet_isotope",
    "RadiopharmaceuticalUsageSequenceItem": "dicomodel.items.radiopharmaceutical_usage_sequence_item",
    "RangeModulatorSequenceItem": "dicomodel.items.range_modulator_sequence_item",
    "RangeModulatorSettingsSequenceItem": "dicomodel.items.range_modulator_settings_sequence_item",
    "RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord": "dicomodel.items.range_modulator_settings_sequence_item_rt_ion_beams_session_record",
    "RangeModulatorSettingsSequenceItemRTIonMachineVerification": "dicomodel.items.range_modulator_settings_sequence_item_rt_ion_machine_verification",
    "RangeShifterSequenceItem": "dicomodel.items.range_shifter_sequence_item",
    "RangeShifterSettingsSequenceItem": "dicomodel.items.range_shifter_settings_sequence_item",
    "RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord": "dicomodel.items.range_shifter_settings_sequence_item_rt_ion_beams_session_record",
    "RangeShifterSettingsSequenceItemRTIonMachineVerification": "dicomodel.items.range_shifter_settings_sequence_item_rt_ion_machine_verification",
    "RealTimeBulkDataFlowSequenceItem": "dicomodel.items.real_time_bulk_data_flow_sequence_item",
    "RealWorldValueMappingItem": "dicomodel.items.real_world_value_mapping_item",
    "ReconstructionProtocolElementSequenceItem": "dicomodel.items.reconstruction_protocol_element_sequence_item",
    "ReconstructionProtocolElementSequenceItemPerformedXAReconstruction": "dicomodel.items.reconstruction_protocol_element_sequence_item_performed_xa_reconstruction",
    "RecordedBlockSequenceItem": "dicomodel.items.recorded_block_sequence_item",
    "RecordedBlockSequenceItemRTGeneralMachineVerification": "dicomodel.items.recorded_block_sequence_item_rt_general_machine_verification",
    "RecordedBlockSequenceItemRTIonBeamsSessionRecord": "dicomodel.items.recorded_block_sequence_item_rt_ion_beams_session_record",
    "RecordedBlockSlabSequenceItem": "dicomodel.items.recorded_block_slab_sequence_item",
    "RecordedBrachyAccessoryDeviceSequenceItem": "dicomodel.items.recorded_brachy_accessory_device_sequence_item",
    "RecordedChannelSequenceItem": "dicomodel.items.recorded_channel_sequence_item",
    "RecordedChannelShieldSequenceItem": "dicomodel.items.recorded_channel_shield_sequence_item",
    "RecordedCompensatorSequenceItem": "dicomodel.items.recorded_compensator_sequence_item",
    "RecordedCompensatorSequenceItemRTGeneralMachineVerification": "dicomodel.items.recorded_compensator_sequence_item_rt_general_machine_verification",
    "RecordedCompensatorSequenceItemRTIonBeamsSessionRecord": "dicomodel.items.recorded_compensator_sequence_item_rt_ion_beams_session_record",
    "RecordedLateralSpreadingDeviceSequenceItem": "dicomodel.items.recorded_lateral_spreading_device_sequence_item",
    "RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification": "dicomodel.items.recorded_lateral_spreading_device_sequence_item_rt_ion_machine_verification",
    "RecordedRangeModulatorSequenceItem": "dicomodel.items.recorded_range_modulator_sequence_item",
    "RecordedRangeModulatorSequenceItemRTIonMachineVerification": "dicomodel.items.recorded_range_modulator_sequence_item_rt_ion_machine_verification",
    "RecordedRangeShifterSequenceItem": "dicomodel.items.recorded_range_shifter_sequence_item",
    "RecordedRangeShifterSequenceItemRTIonMachineVerification": "dicomodel.items.recorded_range_shifter_sequence_item_rt_ion_machine_verification",
    "RecordedSnoutSequenceItem": "dicomodel.items.recorded_snout_sequence_item",
    "RecordedSourceApplicatorSequenceItem": "dicomodel.items.recorded_source_applicator_sequence_item",
    "RecordedSourceSequenceItem": "dicomodel.items.recorded_source_sequence_item",
    "RecordedWedgeSequenceItem": "dicomodel.items.recorded_wedge_sequence_item",
    "RecordedWedgeSequenceItemRTGeneralMachineVerification": "dicomodel.items.recorded_wedge_sequence_item_rt_general_machine_verification",
    "RecordedWedgeSequenceItemRTIonBeamsSessionRecord": "dicomodel.items.recorded_wedge_sequence_item_rt_ion_beams_session_record",
    "ReferenceLocationItem": "dicomodel.items.reference_location_item",
    "ReferencedBaselineParametersRTRadiationInstanceSequenceItem": "dicomodel.items.referenced_baseline_parameters_rt_radiation_instance_sequence_item",
    "ReferencedBeamSequenceItem": "dicomodel.items.referenced_beam_sequence_item",
    "ReferencedBeamSequenceItemRTFractionScheme": "dicomodel.items.referenced_beam_sequence_item_rt_fraction_scheme",
    "ReferencedBolusSequenceItem": "dicomodel.items.referenced_bolus_sequence_item",
    "ReferencedBolusSequenceItemRTBeamsSessionRecord": "dicomodel.items.referenced_bolus_sequence_item_rt_beams_session_record",
    "ReferencedBolusSequenceItemRTGeneralMachineVerification": "dicomodel.items.referenced_bolus_sequence_item_rt_general_machine_verification",
    "ReferencedBolusSequenceItemRTIonBeams": "dicomodel.items.referenced_bolus_sequence_item_rt_ion_beams",
    "ReferencedBrachyApplicationSetupSequenceItem": "dicomodel.items.referenced_brachy_application_setup_sequence_item",
    "ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme": "dicomodel.items.referenced_brachy_application_setup_sequence_item_rt_fraction_scheme",
    "ReferencedCalculatedDoseReferenceSequenceItem": "dicomodel.items.referenced_calculated_dose_reference_sequence_item",
    "ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord": "dicomodel.items.referenced_calculated_dose_reference_sequence_item_rt_brachy_session_record",
    "ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2": "dicomodel.items.referenced_calculated_dose_reference_sequence_item_rt_brachy_session_record2",
    "ReferencedControlPointSequenceItem": "dicomodel.items.referenced_control_point_sequence_item",
    "ReferencedDefinedProtocolSequenceItem": "dicomodel.items.referenced_defined_protocol_sequence_item",
    "ReferencedDefinedProtocolSequenceItemScheduledProcedureStep": "dicomodel.items.referenced_defined_protocol_sequence_item_scheduled_procedure_step",
    "ReferencedDigitalSignatureSequenceItem": "dicomodel.items.referenced_digital_signature_sequence_item",
    "ReferencedDoseReferenceSequenceItem": "dicomodel.items.referenced_dose_reference_sequence_item",
    "ReferencedDoseReferenceSequenceItemRTBeams": "dicomodel.items.referenced_dose_reference_sequence_item_rt_beams",
    "ReferencedDoseReferenceSequenceItemRTBeams2": "dicomodel.items.referenced_dose_reference_sequence_item_rt_beams2",
    "ReferencedDosimetricObjectivesSequenceItem": "dicomodel.items.referenced_dosimetric_objectives_sequence_item",
    "ReferencedFractionGroupSequenceItem": "dicomodel.items.referenced_fraction_group_sequence_item",
    "ReferencedFrameOfReferenceSequenceItem": "dicomodel.items.referenced_frame_of_reference_sequence_item",
    "ReferencedImageRealWorldValueMappingSequenceItem": "dicomodel.items.referenced_image_real_world_value_mapping_sequence_item",
    "ReferencedImageSequenceItem": "dicomodel.items.referenced_image_sequence_item",
    "ReferencedImageSequenceItemAdvancedBlendingPresentationState": "dicomodel.items.referenced_image_sequence_item_advanced_blending_presentation_state",
    "ReferencedImageSequenceItemAdvancedBlendingPresentationState2": "dicomodel.items.referenced_image_sequence_item_advanced_blending_presentation_state2",
    "ReferencedImageSequenceItemEncapsulatedDocument": "dicomodel.items.referenced_image_sequence_item_encapsulated_document",
    "ReferencedImageSequenceItemImageAcquisitionResults": "dicomodel.items.referenced_image_sequence_item_image_acquisition_results",
    "ReferencedImageSequenceItemStructuredDisplayImageBox": "dicomodel.items.referenced_image_sequence_item_structured_display_image_box",
    "ReferencedImageSequenceItemVLImage": "dicomodel.items.referenced_image_sequence_item_vl_image",
    "ReferencedImageSequenceItemVisualEvaluationResult": "dicomodel.items.referenced_image_sequence_item_visual_evaluation_result",
    "ReferencedImageSequenceItemXRayImage": "dicomodel.items.referenced_image_sequence_item_x_ray_image",
    "ReferencedInstanceSequenceItem": "dicomodel.items.referenced_instance_sequence_item",
    "ReferencedInstanceSequenceItemEncapsulatedDocument": "dicomodel.items.referenced_instance_sequence_item_encapsulated_document",
    "ReferencedInstanceSequenceItemMRSpectroscopy": "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
    "ReferencedInstanceSequenceItemRTDose": "dicomodel.items.referenced_instance_sequence_item_rt_dose",
    "ReferencedInstanceSequenceItemWaveformIdentification": "dicomodel.items.referenced_instance_sequence_item_waveform_identification",
    "ReferencedInstancesAndAccessItem": "dicomodel.items.referenced_instances_and_access_item",
    "ReferencedMeasuredDoseReferenceSequenceItem": "dicomodel.items.referenced_measured_dose_reference_sequence_item",
    "ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord": "dicomodel.items.referenced_measured_dose_reference_sequence_item_rt_ion_beams_session_record",
    "ReferencedPatientSetupPhotoSequenceItem": "dicomodel.items.referenced_patient_setup_photo_sequence_item",
    "ReferencedPerformedProcedureStepSequenceItem": "dicomodel.items.referenced_performed_procedure_step_sequence_item",
    "ReferencedRTPhysicianIntentSequenceItem": "dicomodel.items.referenced_rt_physician_intent_sequence_item",
    "ReferencedRTPlanSequenceItem": "dicomodel.items.referenced_rt_plan_sequence_item",
    "ReferencedRTPlanSequenceItemRTDose": "dicomodel.items.referenced_rt_plan_sequence_item_rt_dose",
    "ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference": "dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference",
    "ReferencedRTPlanSequenceItemRTGeneralPlan": "dicomodel.items.referenced_rt_plan_sequence_item_rt_general_plan",
    "ReferencedRTPrescriptionSequenceItem": "dicomodel.items.referenced_rt_prescription_sequence_item",
    "ReferencedRTRadiationSetSequenceItem": "dicomodel.items.referenced_rt_radiation_set_sequence_item",
    "ReferencedRTTreatmentPhaseSequenceItem": "dicomodel.items.referenced_rt_treatment_phase_sequence_item",
    "ReferencedReferenceImageSequenceItem": "dicomodel.items.referenced_reference_image_sequence_item",
    "ReferencedReferenceImageSequenceItemRTIonBeams": "dicomodel.items.referenced_reference_image_sequence_item_rt_ion_beams",
    "ReferencedRequestItem": "dicomodel.items.referenced_request_item",
    "ReferencedRequestSequenceItem": "dicomodel.items.referenced_request_sequence_item",
    "ReferencedSOPInstanceMACSequenceItem": "dicomodel.items.referenced_sop_instance_mac_sequence_item",
    "ReferencedSOPSequenceItem": "dicomodel.items.referenced_sop_sequence_item",
    "ReferencedSOPSequenceItemDocumentContent": "dicomodel.items.referenced_sop_sequence_item_document_content",
    "ReferencedSOPSequenceItemDocumentContent2": "dicomodel.items.referenced_sop_sequence_item_document_content2",
    "ReferencedSOPSequenceItemDocumentRelationship": "dicomodel.items.referenced_sop_sequence_item_document_relationship",
    "ReferencedSOPSequenceItemDocumentRelationship2": "dicomodel.items.referenced_sop_sequence_item_document_relationship2",
    "ReferencedSOPSequenceItemHierarchicalEvidenceReference": "dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference",
    "ReferencedSOPSequenceItemImageReference": "dicomodel.items.referenced_sop_sequence_item_image_reference",
    "ReferencedSOPSequenceItemInstanceAvailabilityNotification": "dicomodel.items.referenced_sop_sequence_item_instance_availability_notification",
    "ReferencedSOPSequenceItemMediaCreationManagement": "dicomodel.items.referenced_sop_sequence_item_media_creation_management",
    "ReferencedSOPSequenceItemPatient": "dicomodel.items.referenced_sop_sequence_item_patient",
    "ReferencedSOPSequenceItemReferencedInstancesAndAccess": "dicomodel.items.referenced_sop_sequence_item_referenced_instances_and_access",
    "ReferencedSOPSequenceItemStorageCommitment": "dicomodel.items.referenced_sop_sequence_item_storage_commitment",
    "ReferencedSOPSequenceItemWaveformReference": "dicomodel.items.referenced_sop_sequence_item_waveform_reference",
    "ReferencedSeriesSequenceItem": "dicomodel.items.referenced_series_sequence_item",
    "ReferencedSeriesSequenceItemGeneralContributingSources": "dicomodel.items.referenced_series_sequence_item_general_contributing_sources",
    "ReferencedSeriesSequenceItemInstanceAvailabilityNotification": "dicomodel.items.referenced_series_sequence_item_instance_availability_notification",
    "ReferencedSeriesSequenceItemPresentationStateRelationship": "dicomodel.items.referenced_series_sequence_item_presentation_state_relationship",
    "ReferencedSeriesSequenceItemRelatedInformationEntities": "dicomodel.items.referenced_series_sequence_item_related_information_entities",
    "ReferencedSetupImageSequenceItem": "dicomodel.items.referenced_setup_image_sequence_item",
    "ReferencedStorageMediaSequenceItem": "dicomodel.items.referenced_storage_media_sequence_item",
    "ReferencedStructuredContextSequenceItem": "dicomodel.items.referenced_structured_context_sequence_item",
    "ReferencedStudySequenceItem": "dicomodel.items.referenced_study_sequence_item",
    "ReferencedSurfaceMeshIdentificationSequenceItem": "dicomodel.items.referenced_surface_mesh_identification_sequence_item",
    "ReferencedSurfaceSequenceItem": "dicomodel.items.referenced_surface_sequence_item",
    "ReferencedTreatmentRecordSequenceItem": "dicomodel.items.referenced_treatment_record_sequence_item",
    "ReferencedVerificationImageSequenceItem": "dicomodel.items.referenced_verification_image_sequence_item",
    "RefractiveStateSequenceItem": "dicomodel.items.refractive_state_sequence_item",
    "RefractiveStateSequenceItemIntraocularLensCalculations": "dicomodel.items.refractive_state_sequence_item_intraocular_lens_calculations",
    "RegionPixelShiftSequenceItem": "dicomodel.items.region_pixel_shift_sequence_item",
    "RegistrationSequenceItem": "dicomodel.items.registration_sequence_item",
    "RegistrationToLocalizerSequenceItem": "dicomodel.items.registration_to_localizer_sequence_item",
    "RelatedAssertionSequenceItem": "dicomodel.items.related_assertion_sequence_item",
    "RelatedInformationEntitiesItem": "dicomodel.items.related_information_entities_item",
    "RelatedRTROIObservationsSequenceItem": "dicomodel.items.related_rtroi_observations_sequence_item",
    "RelatedSeriesSequenceItem": "dicomodel.items.related_series_sequence_item",
    "RelevantOPTAttributesSequenceItem": "dicomodel.items.relevant_opt_attributes_sequence_item",
    "RequestAttributesItem": "dicomodel.items.request_attributes_item",
    "RespiratorySynchronizationSequenceItem": "dicomodel.items.respiratory_synchronization_sequence_item",
    "ResultsNormalsSequenceItem": "dicomodel.items.results_normals_sequence_item",
    "RoboticPathControlPointSequenceItem": "dicomodel.items.robotic_path_control_point_sequence_item",
    "RotationInformationSequenceItem": "dicomodel.items.rotation_information_sequence_item",
    "SOPInstanceReferenceItem": "dicomodel.items.sop_instance_reference_item",
    "SOPInstanceReferenceItemDocumentContent": "dicomodel.items.sop_instance_reference_item_document_content",
    "SOPInstanceReferenceItemDocumentContent2": "dicomodel.items.sop_instance_reference_item_document_content2",
    "SOPInstanceReferenceItemDocumentRelationship": "dicomodel.items.sop_instance_reference_item_document_relationship",
    "SOPInstanceReferenceItemDocumentRelationship2": "dicomodel.items.sop_instance_reference_item_document_relationship2",
    "STOWRSStorageSequenceItem": "dicomodel.items.stowrs_storage_sequence_item",
    "ScheduledProcedureStepSequenceItem": "dicomodel.items.scheduled_procedure_step_sequence_item",
    "ScheduledProtocolCodeSequenceItem": "dicomodel.items.scheduled_protocol_code_sequence_item",
    "ScheduledProtocolCodeSequenceItemScheduledProcedureStep": "dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step",
    "ScheduledStepAttributesSequenceItem": "dicomodel.items.scheduled_step_attributes_sequence_item",
    "ScopeOfInventorySequenceItem": "dicomodel.items.scope_of_inventory_sequence_item",
    "ScreenSpecificationsItem": "dicomodel.items.screen_specifications_item",
    "ScreeningBaselineMeasuredSequenceItem": "dicomodel.items.screening_baseline_measured_sequence_item",
    "SegmentAnnotationTypeCodeSequenceItem": "dicomodel.items.segment_annotation_type_code_sequence_item",
    "SegmentIdentificationSequenceItem": "dicomodel.items.segment_identification_sequence_item",
    "SegmentReferenceSequenceItem": "dicomodel.items.segment_reference_sequence_item",
    "SegmentSequenceItem": "dicomodel.items.segment_sequence_item",
    "SegmentSequenceItemSurfaceSegmentation": "dicomodel.items.segment_sequence_item_surface_segmentation",
    "SegmentedPropertyTypeCodeSequenceItem": "dicomodel.items.segmented_property_type_code_sequence_item",
    "SegmentedRTAccessoryDeviceSequenceItem": "dicomodel.items.segmented_rt_accessory_device_sequence_item",
    "SelectedFrameFunctionalGroupsSequenceItem": "dicomodel.items.selected_frame_functional_groups_sequence_item",
    "SelectedSegmentalOphthalmicAxialLengthSequenceItem": "dicomodel.items.selected_segmental_ophthalmic_axial_length_sequence_item",
    "SelectedSegmentalOphthalmicAxialLengthSequenceItemOphthalmicAxialMeasurementsSelected": "dicomodel.items.selected_segmental_ophthalmic_axial_length_sequence_item_ophthalmic_axial_measurements_selected",
    "SelectedTotalOphthalmicAxialLengthSequenceItem": "dicomodel.items.selected_total_ophthalmic_axial_length_sequence_item",
    "SelectorAttributeItem": "dicomodel.items.selector_attribute_item",
    "SequenceOfUltrasoundRegionsItem": "dicomodel.items.sequence_of_ultrasound_regions_item",
    "SetupDeviceSequenceItem": "dicomodel.items.setup_device_sequence_item",
    "ShieldingDeviceSequenceItem": "dicomodel.items.shielding_device_sequence_item",
    "SimulatedKeratometricCylinderSequenceItem": "dicomodel.items.simulated_keratometric_cylinder_sequence_item",
    "SnoutSequenceItem": "dicomodel.items.snout_sequence_item",
    "SoftcopyVOILUTSequenceItem": "dicomodel.items.softcopy_voilut_sequence_item",
    "SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState": "dicomodel.items.softcopy_voilut_sequence_item_advanced_blending_presentation_state",
    "SortingOperationsSequenceItem": "dicomodel.items.sorting_operations_sequence_item",
    "SoundSpeedCorrectionMechanismCodeSequenceItem": "dicomodel.items.sound_speed_correction_mechanism_code_sequence_item",
    "SourceConceptualVolumeSequenceItem": "dicomodel.items.source_conceptual_volume_sequence_item",
    "SourceImageCornealProcessedDataSequenceItem": "dicomodel.items.source_image_corneal_processed_data_sequence_item",
    "SourceImageSequenceItem": "dicomodel.items.source_image_sequence_item",
    "SourceImageSequenceItemGeneralReference": "dicomodel.items.source_image_sequence_item_general_reference",
    "SourceImageSequenceItemOphthalmicPhotographyImage": "dicomodel.items.source_image_sequence_item_ophthalmic_photography_image",
    "SourceOfRefractiveMeasurementsSequenceItem": "dicomodel.items.source_of_refractive_measurements_sequence_item",
    "SourcePatientGroupIdentificationSequenceItem": "dicomodel.items.source_patient_group_identification_sequence_item",
    "SourcePixelPlanesCharacteristicsSequenceItem": "dicomodel.items.source_pixel_planes_characteristics_sequence_item",
    "SourceSequenceItem": "dicomodel.items.source_sequence_item",
    "SourceSeriesInformationSequenceItem": "dicomodel.items.source_series_information_sequence_item",
    "SourceSeriesSequenceItem": "dicomodel.items.source_series_sequence_item",
    "SourceWaveformSequenceItem": "dicomodel.items.source_waveform_sequence_item",
    "SpecificAbsorptionRateSequenceItem": "dicomodel.items.specific_absorption_rate_sequence_item",
    "SpecimenDescriptionSequenceItem": "dicomodel.items.specimen_description_sequence_item",
    "SpecimenDescriptionSequenceItemImageAcquisitionResults": "dicomodel.items.specimen_description_sequence_item_image_acquisition_results",
    "SpecimenDescriptionSequenceItemInventory": "dicomodel.items.specimen_description_sequence_item_inventory",
    "SpecimenItem": "dicomodel.items.specimen_item",
    "SpecimenPreparationSequenceItem": "dicomodel.items.specimen_preparation_sequence_item",
    "SpecimenReferenceSequenceItem": "dicomodel.items.specimen_reference_sequence_item",
    "SteepCornealAxisSequenceItem": "dicomodel.items.steep_corneal_axis_sequence_item",
    "SteepKeratometricAxisSequenceItem": "dicomodel.items.steep_keratometric_axis_sequence_item",
    "SteepKeratometricAxisSequenceItemIntraocularLensCalculations": "dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations",
    "StereoPairsSequenceItem": "dicomodel.items.stereo_pairs_sequence_item",
    "StorageItem": "dicomodel.items.storage_item",
    "StorageProtocolElementSequenceItem": "dicomodel.items.storage_protocol_element_sequence_item",
    "StoredValueColorRangeSequenceItem": "dicomodel.items.stored_value_color_range_sequence_item",
    "StrainStockSequenceItem": "dicomodel.items.strain_stock_sequence_item",
    "StrainStockSequenceItemPatient": "dicomodel.items.strain_stock_sequence_item_patient",
    "StructureSetROISequenceItem": "dicomodel.items.structure_set_roi_sequence_item",
    "StructuredConstraintObservationSequenceItem": "dicomodel.items.structured_constraint_observation_sequence_item",
    "StructuredDisplayImageBoxSequenceItem": "dicomodel.items.structured_display_image_box_sequence_item",
    "StructuredDisplayTextBoxSequenceItem": "dicomodel.items.structured_display_text_box_sequence_item",
    "StudiesContainingOtherReferencedInstancesSequenceItem": "dicomodel.items.studies_containing_other_referenced_instances_sequence_item",
    "SubjectiveRefractionMeasurementsItem": "dicomodel.items.subjective_refraction_measurements_item",
    "SupportedImageDisplayFormatsSequenceItem": "dicomodel.items.supported_image_display_formats_sequence_item",
    "SurfaceMeshPrimitivesItem": "dicomodel.items.surface_mesh_primitives_item",
    "SurfaceModelDescriptionSequenceItem": "dicomodel.items.surface_model_description_sequence_item",
    "SurfacePointsSequenceItem": "dicomodel.items.surface_points_sequence_item",
    "SurfaceSequenceItem": "dicomodel.items.surface_sequence_item",
    "SynchronizedScrollingSequenceItem": "dicomodel.items.synchronized_scrolling_sequence_item",
    "TableColumnDefinitionSequenceItem": "dicomodel.items.table_column_definition_sequence_item",
    "TableColumnDefinitionSequenceItemDocumentRelationship": "dicomodel.items.table_column_definition_sequence_item_document_relationship",
    "TableColumnDefinitionSequenceItemTableContentItem": "dicomodel.items.table_column_definition_sequence_item_table_content_item",
    "TablePositionSequenceItem": "dicomodel.items.table_position_sequence_item",
    "TableRowDefinitionSequenceItem": "dicomodel.items.table_row_definition_sequence_item",
    "TableRowDefinitionSequenceItemDocumentRelationship": "dicomodel.items.table_row_definition_sequence_item_document_relationship",
    "TableRowDefinitionSequenceItemTableContentItem": "dicomodel.items.table_row_definition_sequence_item_table_content_item",
    "TableSummaryStatisticsItem": "dicomodel.items.table_summary_statistics_item",
    "TabulatedValuesSequenceItem": "dicomodel.items.tabulated_values_sequence_item",
    "TabulatedValuesSequenceItemDocumentRelationship": "dicomodel.items.tabulated_values_sequence_item_document_relationship",
    "TabulatedValuesSequenceItemTableContentItem": "dicomodel.items.tabulated_values_sequence_item_table_content_item",
    "TargetLuminanceCharacteristicsSequenceItem": "dicomodel.items.target_luminance_characteristics_sequence_item",
    "TemporalPositionSequenceItem": "dicomodel.items.temporal_position_sequence_item",
    "TextObjectSequenceItem": "dicomodel.items.text_object_sequence_item",
    "TextObjectSequenceItemVolumetricGraphicAnnotation": "dicomodel.items.text_object_sequence_item_volumetric_graphic_annotation",
    "TextStyleSequenceItem": "dicomodel.items.text_style_sequence_item",
    "ThreeDRTConeBeamImagingGeometryItem": "dicomodel.items.three_drt_cone_beam_imaging_geometry_item",
    "ThresholdSequenceItem": "dicomodel.items.threshold_sequence_item",
    "ThresholdValueSequenceItem": "dicomodel.items.threshold_value_sequence_item",
    "TimeBasedImageSetsSequenceItem": "dicomodel.items.time_based_image_sets_sequence_item",
    "TimeOfFrameGroupSequenceItem": "dicomodel.items.time_of_frame_group_sequence_item",
    "TimeSlotInformationSequenceItem": "dicomodel.items.time_slot_information_sequence_item",
    "ToleranceTableSequenceItem": "dicomodel.items.tolerance_table_sequence_item",
    "TomotherapeuticControlPointSequenceItem": "dicomodel.items.tomotherapeutic_control_point_sequence_item",
    "TotalPixelMatrixOriginSequenceItem": "dicomodel.items.total_pixel_matrix_origin_sequence_item",
    "TrackSequenceItem": "dicomodel.items.track_sequence_item",
    "TrackSetAnatomicalTypeCodeSequenceItem": "dicomodel.items.track_set_anatomical_type_code_sequence_item",
    "TrackSetSequenceItem": "dicomodel.items.track_set_sequence_item",
    "TrackStatisticsSequenceItem": "dicomodel.items.track_statistics_sequence_item",
    "TransducerResponseSequenceItem": "dicomodel.items.transducer_response_sequence_item",
    "TreatmentDeviceIdentificationItem": "dicomodel.items.treatment_device_identification_item",
    "TreatmentMachineSequenceItem": "dicomodel.items.treatment_machine_sequence_item",
    "TreatmentMachineSequenceItemRTTreatmentMachineRecord": "dicomodel.items.treatment_machine_sequence_item_rt_treatment_machine_record",
    "TreatmentPositionGroupSequenceItem": "dicomodel.items.treatment_position_group_sequence_item",
    "TreatmentPositionGroupSequenceItemRTRadiationSet": "dicomodel.items.treatment_position_group_sequence_item_rt_radiation_set",
    "TreatmentPositionSequenceItem": "dicomodel.items.treatment_position_sequence_item",
    "TreatmentSessionApplicationSetupSequenceItem": "dicomodel.items.treatment_session_application_setup_sequence_item",
    "TreatmentSessionBeamSequenceItem": "dicomodel.items.treatment_session_beam_sequence_item",
    "TreatmentSessionIonBeamSequenceItem": "dicomodel.items.treatment_session_ion_beam_sequence_item",
    "TreatmentSiteCodeSequenceItem": "dicomodel.items.treatment_site_code_sequence_item",
    "TreatmentSummaryMeasuredDoseReferenceSequenceItem": "dicomodel.items.treatment_summary_measured_dose_reference_sequence_item",
    "TreatmentToleranceViolationSequenceItem": "dicomodel.items.treatment_tolerance_violation_sequence_item",
    "TriangleStripSequenceItem": "dicomodel.items.triangle_strip_sequence_item",
    "TwoDDegreeOfFreedomSequenceItem": "dicomodel.items.two_d_degree_of_freedom_sequence_item",
    "TwoDLineCoordinatesSequenceItem": "dicomodel.items.two_d_line_coordinates_sequence_item",
    "TwoDMatingFeatureCoordinatesSequenceItem": "dicomodel.items.two_d_mating_feature_coordinates_sequence_item",
    "TwoDPlaneCoordinatesSequenceItem": "dicomodel.items.two_d_plane_coordinates_sequence_item",
    "TwoDPointCoordinatesSequenceItem": "dicomodel.items.two_d_point_coordinates_sequence_item",
    "TwoDimensionalToThreeDimensionalMapSequenceItem": "dicomodel.items.two_dimensional_to_three_dimensional_map_sequence_item",
    "UDIItem": "dicomodel.items.udi_item",
    "USImageDescriptionSequenceItem": "dicomodel.items.us_image_description_sequence_item",
    "UVMappingSequenceItem": "dicomodel.items.uv_mapping_sequence_item",
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem": "dicomodel.items.ultrasound_ophthalmic_axial_length_measurements_sequence_item",
    "UltrasoundSelectedOphthalmicAxialLengthSequenceItem": "dicomodel.items.ultrasound_selected_ophthalmic_axial_length_sequence_item",
    "UnassignedSharedConvertedAttributesSequenceItem": "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
    "UnifiedProcedureStepPerformedProcedureSequenceItem": "dicomodel.items.unified_procedure_step_performed_procedure_sequence_item",
    "UsedFiducialsSequenceItem": "dicomodel.items.used_fiducials_sequence_item",
    "UsedRTStructureSetROISequenceItem": "dicomodel.items.used_rt_structure_set_roi_sequence_item",
    "UsedSegmentsSequenceItem": "dicomodel.items.used_segments_sequence_item",
    "VOILUTItem": "dicomodel.items.voilut_item",
    "VOILUTSequenceItem": "dicomodel.items.voilut_sequence_item",
    "VariableModalityLUTSequenceItem": "dicomodel.items.variable_modality_lut_sequence_item",
    "VectorsItem": "dicomodel.items.vectors_item",
    "VelocityEncodingAcquisitionSequenceItem": "dicomodel.items.velocity_encoding_acquisition_sequence_item",
    "VerifyingObserverSequenceItem": "dicomodel.items.verifying_observer_sequence_item",
    "ViewCodeSequenceItem": "dicomodel.items.view_code_sequence_item",
    "ViewCodeSequenceItemMammographyImage": "dicomodel.items.view_code_sequence_item_mammography_image",
    "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection": "dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction",
    "VisualAcuityMeasurementsItem": "dicomodel.items.visual_acuity_measurements_item",
    "VisualEvaluationResultSequenceItem": "dicomodel.items.visual_evaluation_result_sequence_item",
    "VisualEvaluationTestSequenceItem": "dicomodel.items.visual_evaluation_test_sequence_item",
    "VisualFieldCatchTrialSequenceItem": "dicomodel.items.visual_field_catch_trial_sequence_item",
    "VisualFieldTestPointNormalsSequenceItem": "dicomodel.items.visual_field_test_point_normals_sequence_item",
    "VisualFieldTestPointSequenceItem": "dicomodel.items.visual_field_test_point_sequence_item",
    "VolumeCroppingSequenceItem": "dicomodel.items.volume_cropping_sequence_item",
    "VolumeStreamSequenceItem": "dicomodel.items.volume_stream_sequence_item",
    "VolumetricAnnotationSequenceItem": "dicomodel.items.volumetric_annotation_sequence_item",
    "VolumetricPresentationInputAnnotationSequenceItem": "dicomodel.items.volumetric_presentation_input_annotation_sequence_item",
    "VolumetricPresentationInputSetSequenceItem": "dicomodel.items.volumetric_presentation_input_set_sequence_item",
    "VolumetricPresentationStateInputSequenceItem": "dicomodel.items.volumetric_presentation_state_input_sequence_item",
    "WADORSRetrievalSequenceItem": "dicomodel.items.wadors_retrieval_sequence_item",
    "WADORetrievalSequenceItem": "dicomodel.items.wado_retrieval_sequence_item",
    "WaveformAnnotationSequenceItem": "dicomodel.items.waveform_annotation_sequence_item",
    "WaveformFilterCharacteristicsItem": "dicomodel.items.waveform_filter_characteristics_item",
    "WaveformFilterLookupTableItem": "dicomodel.items.waveform_filter_lookup_table_item",
    "WaveformPresentationGroupSequenceItem": "dicomodel.items.waveform_presentation_group_sequence_item",
    "WaveformSequenceItem": "dicomodel.items.waveform_sequence_item",
    "WedgeDefinitionSequenceItem": "dicomodel.items.wedge_definition_sequence_item",
    "WedgePositionSequenceItem": "dicomodel.items.wedge_position_sequence_item",
    "WedgePositionSequenceItemRTBeams": "dicomodel.items.wedge_position_sequence_item_rt_beams",
    "WedgePositionSequenceItemRTConventionalMachineVerification": "dicomodel.items.wedge_position_sequence_item_rt_conventional_machine_verification",
    "WedgeSequenceItem": "dicomodel.items.wedge_sequence_item",
    "WeekdayFractionPatternSequenceItem": "dicomodel.items.weekday_fraction_pattern_sequence_item",
    "WeightingTransferFunctionSequenceItem": "dicomodel.items.weighting_transfer_function_sequence_item",
    "WholeSlideMicroscopyImageFrameTypeSequenceItem": "dicomodel.items.whole_slide_microscopy_image_frame_type_sequence_item",
    "WideFieldOphthalmicPhotographyQualityRatingSequenceItem": "dicomodel.items.wide_field_ophthalmic_photography_quality_rating_sequence_item",
    "WideFieldOphthalmicPhotographyQualityThresholdSequenceItem": "dicomodel.items.wide_field_ophthalmic_photography_quality_threshold_sequence_item",
    "XAAcquisitionPhaseDetailsSequenceItem": "dicomodel.items.xa_acquisition_phase_details_sequence_item",
    "XAPlaneDetailsSequenceItem": "dicomodel.items.xa_plane_details_sequence_item",
    "XAXRFFrameCharacteristicsSequenceItem": "dicomodel.items.xaxrf_frame_characteristics_sequence_item",
    "XDSRetrievalSequenceItem": "dicomodel.items.xds_retrieval_sequence_item",
    "XRay3DAcquisitionSequenceItem": "dicomodel.items.x_ray3_d_acquisition_sequence_item",
    "XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition": "dicomodel.items.x_ray3_d_acquisition_sequence_item_breast_tomosynthesis_acquisition",
    "XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition": "dicomodel.items.x_ray3_d_acquisition_sequence_item_x_ray3_d_craniofacial_acquisition",
    "XRay3DFrameTypeSequenceItem": "dicomodel.items.x_ray3_d_frame_type_sequence_item",
    "XRay3DGeneralPerProjectionAcquisitionItem": "dicomodel.items.x_ray3_d_general_per_projection_acquisition_item",
    "XRay3DReconstructionSequenceItem": "dicomodel.items.x_ray3_d_reconstruction_sequence_item",
    "XRayAcquisitionDoseSequenceItem": "dicomodel.items.x_ray_acquisition_dose_sequence_item",
    "XRayFilterDetailsSequenceItem": "dicomodel.items.x_ray_filter_details_sequence_item",
    "XRayFiltrationItem": "dicomodel.items.x_ray_filtration_item",
    "XRayGeometrySequenceItem": "dicomodel.items.x_ray_geometry_sequence_item",
    "XRayGeometrySequenceItemBreastXRayGeometry": "dicomodel.items.x_ray_geometry_sequence_item_breast_x_ray_geometry",
    "XRayGridSequenceItem": "dicomodel.items.x_ray_grid_sequence_item",
}

if TYPE_CHECKING:
    from dicomodel.items.access_end_points_item import AccessEndPointsItem as AccessEndPointsItem
    from dicomodel.items.access_end_points_item import (
        AccessEndPointsItem as InventoryAccessEndPointsSequenceItem,
    )
    from dicomodel.items.access_end_points_item import (
        AccessEndPointsItem as StudyAccessEndPointsSequenceItem,
    )
    from dicomodel.items.acquisition_device_sequence_item import (
        AcquisitionDeviceSequenceItem as AcquisitionDeviceSequenceItem,
    )
    from dicomodel.items.acquisition_protocol_element_sequence_item import (
        AcquisitionProtocolElementSequenceItem as AcquisitionProtocolElementSequenceItem,
    )
    from dicomodel.items.acquisition_protocol_element_sequence_item_performed_xa_acquisition import (
        AcquisitionProtocolElementSequenceItemPerformedXAAcquisition as AcquisitionProtocolElementSequenceItemPerformedXAAcquisition,
    )
    from dicomodel.items.acquisition_protocol_element_specification_sequence_item import (
        AcquisitionProtocolElementSpecificationSequenceItem as AcquisitionProtocolElementSpecificationSequenceItem,
    )
    from dicomodel.items.acquisition_protocol_element_specification_sequence_item import (
        AcquisitionProtocolElementSpecificationSequenceItem as ReconstructionProtocolElementSpecificationSequenceItem,
    )
    from dicomodel.items.acquisition_protocol_element_specification_sequence_item import (
        AcquisitionProtocolElementSpecificationSequenceItem as StorageProtocolElementSpecificationSequenceItem,
    )
    from dicomodel.items.acquisition_subtask_sequence_item import (
        AcquisitionSubtaskSequenceItem as AcquisitionSubtaskSequenceItem,
    )
    from dicomodel.items.acquisition_task_sequence_item import (
        AcquisitionTaskSequenceItem as AcquisitionTaskSequenceItem,
    )
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem,
    )
    from dicomodel.items.actual_human_performers_sequence_item import (
        ActualHumanPerformersSequenceItem as ScheduledHumanPerformersSequenceItem,
    )
    from dicomodel.items.add_near_sequence_item import (
        AddNearSequenceItem as AddIntermediateSequenceItem,
    )
    from dicomodel.items.add_near_sequence_item import AddNearSequenceItem as AddNearSequenceItem
    from dicomodel.items.add_near_sequence_item import AddNearSequenceItem as AddOtherSequenceItem
    from dicomodel.items.additional_parameter_recording_instance_sequence_item import (
        AdditionalParameterRecordingInstanceSequenceItem as AdditionalParameterRecordingInstanceSequenceItem,
    )
    from dicomodel.items.additional_rt_accessory_device_sequence_item import (
        AdditionalRTAccessoryDeviceSequenceItem as AdditionalRTAccessoryDeviceSequenceItem,
    )
    from dicomodel.items.advanced_blending_sequence_item import (
        AdvancedBlendingSequenceItem as AdvancedBlendingSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as AcquisitionMethodAlgorithmSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as AgeCorrectedSensitivityDeviationAlgorithmSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as AlgorithmIdentificationItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as AnnotationGroupAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as DecompositionAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as DerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as GeneralizedDefectSensitivityDeviationAlgorithmSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ROIDerivationAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ReconstructionAlgorithmSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as SegmentSurfaceGenerationAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as SegmentationAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as SurfaceProcessingAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as TrackingAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as TransformationAlgorithmSequenceItem,
    )
    from dicomodel.items.alternate_container_identifier_sequence_item import (
        AlternateContainerIdentifierSequenceItem as AlternateContainerIdentifierSequenceItem,
    )
    from dicomodel.items.alternate_content_description_sequence_item import (
        AlternateContentDescriptionSequenceItem as AlternateContentDescriptionSequenceItem,
    )
    from dicomodel.items.alternate_representation_sequence_item import (
        AlternateRepresentationSequenceItem as AlternateRepresentationSequenceItem,
    )
    from dicomodel.items.analog_filter_characteristics_sequence_item import (
        AnalogFilterCharacteristicsSequenceItem as AnalogFilterCharacteristicsSequenceItem,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.anatomic_region_sequence_item_intra_oral_image import (
        AnatomicRegionSequenceItemIntraOralImage as AnatomicRegionSequenceItemIntraOralImage,
    )
    from dicomodel.items.anatomic_region_sequence_item_ocular_region_imaged import (
        AnatomicRegionSequenceItemOcularRegionImaged as AnatomicRegionSequenceItemOcularRegionImaged,
    )
    from dicomodel.items.animation_curve_sequence_item import (
        AnimationCurveSequenceItem as AnimationCurveSequenceItem,
    )
    from dicomodel.items.annotation_group_sequence_item import (
        AnnotationGroupSequenceItem as AnnotationGroupSequenceItem,
    )
    from dicomodel.items.annotation_property_type_code_sequence_item import (
        AnnotationPropertyTypeCodeSequenceItem as AnnotationPropertyTypeCodeSequenceItem,
    )
    from dicomodel.items.anterior_chamber_depth_sequence_item import (
        AnteriorChamberDepthSequenceItem as AnteriorChamberDepthSequenceItem,
    )
    from dicomodel.items.application_setup_sequence_item import (
        ApplicationSetupSequenceItem as ApplicationSetupSequenceItem,
    )
    from dicomodel.items.applicator_geometry_sequence_item import (
        ApplicatorGeometrySequenceItem as ApplicatorGeometrySequenceItem,
    )
    from dicomodel.items.applicator_sequence_item import (
        ApplicatorSequenceItem as ApplicatorSequenceItem,
    )
    from dicomodel.items.applicator_sequence_item_rt_general_machine_verification import (
        ApplicatorSequenceItemRTGeneralMachineVerification as ApplicatorSequenceItemRTGeneralMachineVerification,
    )
    from dicomodel.items.applicator_sequence_item_rt_ion_beams import (
        ApplicatorSequenceItemRTIonBeams as ApplicatorSequenceItemRTIonBeams,
    )
    from dicomodel.items.approval_sequence_item import ApprovalSequenceItem as ApprovalSequenceItem
    from dicomodel.items.asl_bolus_cutoff_timing_sequence_item import (
        ASLBolusCutoffTimingSequenceItem as ASLBolusCutoffTimingSequenceItem,
    )
    from dicomodel.items.asl_slab_sequence_item import ASLSlabSequenceItem as ASLSlabSequenceItem
    from dicomodel.items.assertion_item import AssertionItem as AssertionItem
    from dicomodel.items.assertion_item import AssertionItem as ConfirmationSequenceItem
    from dicomodel.items.assessed_sop_instance_sequence_item import (
        AssessedSOPInstanceSequenceItem as AssessedSOPInstanceSequenceItem,
    )
    from dicomodel.items.assessment_observations_sequence_item import (
        AssessmentObservationsSequenceItem as AssessmentObservationsSequenceItem,
    )
    from dicomodel.items.attribute_tolerance_values_sequence_item import (
        AttributeToleranceValuesSequenceItem as AttributeToleranceValuesSequenceItem,
    )
    from dicomodel.items.attribute_value_constraint_item import (
        AttributeValueConstraintItem as AttributeValueConstraintItem,
    )
    from dicomodel.items.attribute_value_constraint_item import (
        AttributeValueConstraintItem as PatientSpecificationSequenceItem,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as AssessedAttributeValueSequenceItem,
    )
    from dicomodel.items.attribute_value_item import AttributeValueItem as AttributeValueItem
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as ConstraintValueSequenceItem,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as RecommendedDefaultValueSequenceItem,
    )
    from dicomodel.items.autorefraction_right_eye_sequence_item import (
        AutorefractionRightEyeSequenceItem as AutorefractionLeftEyeSequenceItem,
    )
    from dicomodel.items.autorefraction_right_eye_sequence_item import (
        AutorefractionRightEyeSequenceItem as AutorefractionRightEyeSequenceItem,
    )
    from dicomodel.items.basic_color_image_sequence_item import (
        BasicColorImageSequenceItem as BasicColorImageSequenceItem,
    )
    from dicomodel.items.basic_grayscale_image_sequence_item import (
        BasicGrayscaleImageSequenceItem as BasicGrayscaleImageSequenceItem,
    )
    from dicomodel.items.beam_dose_verification_control_point_sequence_item import (
        BeamDoseVerificationControlPointSequenceItem as BeamDoseVerificationControlPointSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item import (
        BeamLimitingDeviceLeafPairsSequenceItem as BeamLimitingDeviceLeafPairsSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item_rt_general_machine_verification import (
        BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification as BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification,
    )
    from dicomodel.items.beam_limiting_device_position_sequence_item import (
        BeamLimitingDevicePositionSequenceItem as BeamLimitingDevicePositionSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_position_sequence_item_rt_conventional_machine_verification import (
        BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification as BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification,
    )
    from dicomodel.items.beam_limiting_device_sequence_item import (
        BeamLimitingDeviceSequenceItem as BeamLimitingDeviceSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_sequence_item_rt_beams import (
        BeamLimitingDeviceSequenceItemRTBeams as BeamLimitingDeviceSequenceItemRTBeams,
    )
    from dicomodel.items.beam_limiting_device_tolerance_sequence_item import (
        BeamLimitingDeviceToleranceSequenceItem as BeamLimitingDeviceToleranceSequenceItem,
    )
    from dicomodel.items.beam_sequence_item import BeamSequenceItem as BeamSequenceItem
    from dicomodel.items.beam_sequence_item_rt_beams import (
        BeamSequenceItemRTBeams as BeamSequenceItemRTBeams,
    )
    from dicomodel.items.beam_task_sequence_item import BeamTaskSequenceItem as BeamTaskSequenceItem
    from dicomodel.items.billing_supplies_and_devices_sequence_item import (
        BillingSuppliesAndDevicesSequenceItem as BillingSuppliesAndDevicesSequenceItem,
    )
    from dicomodel.items.biopsy_target_sequence_item import (
        BiopsyTargetSequenceItem as BiopsyTargetSequenceItem,
    )
    from dicomodel.items.blending_display_input_sequence_item import (
        BlendingDisplayInputSequenceItem as BlendingDisplayInputSequenceItem,
    )
    from dicomodel.items.blending_display_sequence_item import (
        BlendingDisplaySequenceItem as BlendingDisplaySequenceItem,
    )
    from dicomodel.items.blending_lut1_sequence_item import (
        BlendingLUT1SequenceItem as BlendingLUT1SequenceItem,
    )
    from dicomodel.items.blending_lut2_sequence_item import (
        BlendingLUT2SequenceItem as BlendingLUT2SequenceItem,
    )
    from dicomodel.items.blending_sequence_item import BlendingSequenceItem as BlendingSequenceItem
    from dicomodel.items.block_definition_sequence_item import (
        BlockDefinitionSequenceItem as BlockDefinitionSequenceItem,
    )
    from dicomodel.items.block_edge_data_sequence_item import (
        BlockEdgeDataSequenceItem as BlockEdgeDataSequenceItem,
    )
    from dicomodel.items.block_sequence_item import BlockSequenceItem as BlockSequenceItem
    from dicomodel.items.block_sequence_item_rt_beams import (
        BlockSequenceItemRTBeams as BlockSequenceItemRTBeams,
    )
    from dicomodel.items.block_slab_sequence_item import (
        BlockSlabSequenceItem as BlockSlabSequenceItem,
    )
    from dicomodel.items.block_slab_sequence_item_rt_ion_beams import (
        BlockSlabSequenceItemRTIonBeams as BlockSlabSequenceItemRTIonBeams,
    )
    from dicomodel.items.bolus_definition_sequence_item import (
        BolusDefinitionSequenceItem as BolusDefinitionSequenceItem,
    )
    from dicomodel.items.brachy_accessory_device_sequence_item import (
        BrachyAccessoryDeviceSequenceItem as BrachyAccessoryDeviceSequenceItem,
    )
    from dicomodel.items.brachy_control_point_delivered_sequence_item import (
        BrachyControlPointDeliveredSequenceItem as BrachyControlPointDeliveredSequenceItem,
    )
    from dicomodel.items.brachy_control_point_delivered_sequence_item import (
        BrachyControlPointDeliveredSequenceItem as BrachyPulseControlPointDeliveredSequenceItem,
    )
    from dicomodel.items.brachy_control_point_sequence_item import (
        BrachyControlPointSequenceItem as BrachyControlPointSequenceItem,
    )
    from dicomodel.items.brachy_referenced_dose_reference_sequence_item import (
        BrachyReferencedDoseReferenceSequenceItem as BrachyReferencedDoseReferenceSequenceItem,
    )
    from dicomodel.items.brachy_task_sequence_item import (
        BrachyTaskSequenceItem as BrachyTaskSequenceItem,
    )
    from dicomodel.items.breed_registration_sequence_item import (
        BreedRegistrationSequenceItem as BreedRegistrationSequenceItem,
    )
    from dicomodel.items.breed_registration_sequence_item_patient import (
        BreedRegistrationSequenceItemPatient as BreedRegistrationSequenceItemPatient,
    )
    from dicomodel.items.c_arm_photon_electron_control_point_sequence_item import (
        CArmPhotonElectronControlPointSequenceItem as CArmPhotonElectronControlPointSequenceItem,
    )
    from dicomodel.items.calculated_dose_reference_sequence_item import (
        CalculatedDoseReferenceSequenceItem as CalculatedDoseReferenceSequenceItem,
    )
    from dicomodel.items.calculated_toric_power_item import (
        CalculatedToricPowerItem as CalculatedToricPowerItem,
    )
    from dicomodel.items.calculated_toric_power_item import (
        CalculatedToricPowerItem as PredictedToricErrorSequenceItem,
    )
    from dicomodel.items.calculated_toric_power_item import (
        CalculatedToricPowerItem as ToricIOLPowerForExactEmmetropiaSequenceItem,
    )
    from dicomodel.items.calculated_toric_power_item import (
        CalculatedToricPowerItem as ToricIOLPowerForExactTargetRefractionSequenceItem,
    )
    from dicomodel.items.calculated_toric_power_item import (
        CalculatedToricPowerItem as ToricIOLPowerSequenceItem,
    )
    from dicomodel.items.calculation_comment_sequence_item import (
        CalculationCommentSequenceItem as CalculationCommentSequenceItem,
    )
    from dicomodel.items.calibration_data_sequence_item import (
        CalibrationDataSequenceItem as CalibrationDataSequenceItem,
    )
    from dicomodel.items.calibration_sequence_item import (
        CalibrationSequenceItem as CalibrationSequenceItem,
    )
    from dicomodel.items.camera_position_group_sequence_item import (
        CameraPositionGroupSequenceItem as CameraPositionGroupSequenceItem,
    )
    from dicomodel.items.cardiac_synchronization_sequence_item import (
        CardiacSynchronizationSequenceItem as CardiacSynchronizationSequenceItem,
    )
    from dicomodel.items.cell_values_sequence_item import (
        CellValuesSequenceItem as CellValuesSequenceItem,
    )
    from dicomodel.items.cell_values_sequence_item_document_relationship import (
        CellValuesSequenceItemDocumentRelationship as CellValuesSequenceItemDocumentRelationship,
    )
    from dicomodel.items.cell_values_sequence_item_table_content_item import (
        CellValuesSequenceItemTableContentItem as CellValuesSequenceItemTableContentItem,
    )
    from dicomodel.items.channel_definition_sequence_item import (
        ChannelDefinitionSequenceItem as ChannelDefinitionSequenceItem,
    )
    from dicomodel.items.channel_delivery_continuation_sequence_item import (
        ChannelDeliveryContinuationSequenceItem as ChannelDeliveryContinuationSequenceItem,
    )
    from dicomodel.items.channel_delivery_order_sequence_item import (
        ChannelDeliveryOrderSequenceItem as ChannelDeliveryOrderSequenceItem,
    )
    from dicomodel.items.channel_display_sequence_item import (
        ChannelDisplaySequenceItem as ChannelDisplaySequenceItem,
    )
    from dicomodel.items.channel_impedance_sequence_item import (
        ChannelImpedanceSequenceItem as ChannelImpedanceSequenceItem,
    )
    from dicomodel.items.channel_sequence_item import ChannelSequenceItem as ChannelSequenceItem
    from dicomodel.items.channel_shield_sequence_item import (
        ChannelShieldSequenceItem as ChannelShieldSequenceItem,
    )
    from dicomodel.items.chemical_shift_sequence_item import (
        ChemicalShiftSequenceItem as ChemicalShiftSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AbstractPriorCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AcousticCouplingMediumCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AcquisitionDeviceTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AcquisitionMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AcquisitionTaskWorkitemCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AdditionalDrugSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AdministrationRouteCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AnalogFilterTypeItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionsInStudyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnnotationPropertyCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnnotationPropertyTypeModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnteriorChamberDepthDefinitionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AssertionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssessmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningJurisdictionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as BackgroundIlluminationColorCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as BillingItemSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as BillingProcedureStepSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as BreedRegistryCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CTDIPhantomTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ChannelDescriptionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ChannelSensitivityUnitsSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ChannelSourceModifiersSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ChannelSourceSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ClinicalTrialTimePointTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CoatingMaterialsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as CodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CompensatorShapeFabricationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ComponentTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ConceptualVolumeCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ConceptualVolumeTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ConceptualVolumeTypeModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContainerComponentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ContainerTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContraindicationsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContrastBolusIngredientCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CorneaMeasurementMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CornealTopographyMapTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DeidentificationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeliveryRateUnitSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DeliveryTimeStructureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DerivationCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DeviceMotionParameterCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DiffusionAcquisitionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DiffusionModelCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DigitalFilterTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DisplacementReferenceLocationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DisplayDeviceTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DocumentClassCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DoseMeasurementDeviceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DosimetricObjectiveTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as EffectiveDoseCalculationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as EnergyDerivationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EnergyUnitCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as EquipmentReferencePointCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EthnicGroupCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EventCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FiducialIdentifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FiducialsPropertyCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FixationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FixationMonitoringCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FrequencyEncodingCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as GeneticModificationsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as HangingProtocolUserIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as HumanPerformerCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as IOLFormulaCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as IlluminationColorCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as IlluminationTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as IlluminatorTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ImageDataTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ImagePathFilterTypeStackCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ImplantRegulatoryDisapprovalCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ImplantTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InterlockCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InterlockResolutionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InterventionDrugCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as KeratometryMeasurementTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as LanguageCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as LensStatusCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as LensesCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MachineSpecificTreatmentTerminationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MagnitudeEncodingCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as MaterialCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as MaterialsCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementPatternCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as MeasuringUnitsSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as MetaboliteMapCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ModeOfPercutaneousAccessSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ModelUsageCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ModifierCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MydriaticAgentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MydriaticAgentConcentrationUnitsSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ObservationBasisCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthDataSourceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthSelectionMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicImageTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicThicknessMapTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicUltrasoundMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OrganizationalRoleCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as PartialViewCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as PatientBreedCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientEquipmentRelationshipCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientEyeMovementCommandCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientGantryRelationshipCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientInsurancePlanCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientLocationCoordinatesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientOrientationModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientPhysiologicalStateCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientPrimaryLanguageModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as PatientSizeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientSpeciesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientTreatmentPreparationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientTreatmentPreparationProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedProcedureStepDiscontinuationReasonCodeSequenceItem,
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
        CodeSequenceItem as PixelValueMappingCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PlanningLandmarkIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PositionAcquisitionTemplateCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PositioningMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PotentialReasonsForProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PotentialRequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PotentialScheduledProtocolCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ProcedureCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ProcedureStepDiscontinuationReasonCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ProcedureTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ProductTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ProjectionEponymousNameCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ROIObservationContextCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RTDeviceDistanceReferenceLocationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RTDiagnosisCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RTProtocolCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RTTreatmentTechniqueCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RTTreatmentTerminationReasonCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiationDosimeterUnitSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiationFluenceModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiationGenerationModeMachineCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RadiationTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RadionuclideCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiopharmaceuticalCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForOmissionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForPerformedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForRemovalCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForVisitCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceBasisCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceGeometryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RefractiveErrorBeforeRefractiveSurgeryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RefractiveSurgeryTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RegistrationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RegistrationTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RelativeImagePositionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedLateralityCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedSeriesDescriptionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ResponsibleGroupCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RetinalThicknessDefinitionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RoboticPathNodeSetCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ScanPatternTypeCodeSequenceItem,
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
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ScreeningTestModeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentAnnotationCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentAnnotationTypeModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyTypeModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SelectorCodeSequenceValueItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SeriesDescriptionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfAnteriorChamberDepthDataCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfCorneaMeasurementDataCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfCornealSizeDataCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfLensThicknessDataCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfOphthalmicAxialLengthCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfRefractiveMeasurementsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SpecimenTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as StageCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as StimulusColorCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as StrainCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as StrainSourceRegistryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SubtaskWorkitemCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SurfaceScanAcquisitionTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SurfaceScanModeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as TestPatternCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TherapeuticRoleCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TherapeuticRoleTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TransducerApplicationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TransducerBeamSteeringCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TransducerGeometryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TransducerScanPatternCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TransducerTechnologySequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TransformationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TreatmentMachineSpecialModeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TreatmentSiteModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TreatmentToleranceViolationCauseCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TreatmentToleranceViolationTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as VerifyingObserverIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ViewModifierCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ViewOrientationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ViewOrientationModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as VisualAcuityTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as VisualEvaluationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as VitreousStatusCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as WaterEquivalentDiameterCalculationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item_document_content import (
        CodeSequenceItemDocumentContent as CodeSequenceItemDocumentContent,
    )
    from dicomodel.items.code_sequence_item_document_content2 import (
        CodeSequenceItemDocumentContent2 as CodeSequenceItemDocumentContent2,
    )
    from dicomodel.items.code_sequence_item_document_content3 import (
        CodeSequenceItemDocumentContent3 as CodeSequenceItemDocumentContent3,
    )
    from dicomodel.items.code_sequence_item_document_relationship import (
        CodeSequenceItemDocumentRelationship as CodeSequenceItemDocumentRelationship,
    )
    from dicomodel.items.code_sequence_item_document_relationship2 import (
        CodeSequenceItemDocumentRelationship2 as CodeSequenceItemDocumentRelationship2,
    )
    from dicomodel.items.code_sequence_item_document_relationship3 import (
        CodeSequenceItemDocumentRelationship3 as CodeSequenceItemDocumentRelationship3,
    )
    from dicomodel.items.code_sequence_item_document_relationship4 import (
        CodeSequenceItemDocumentRelationship4 as CodeSequenceItemDocumentRelationship4,
    )
    from dicomodel.items.code_sequence_item_ocular_region_imaged import (
        CodeSequenceItemOcularRegionImaged as CodeSequenceItemOcularRegionImaged,
    )
    from dicomodel.items.coding_scheme_identification_sequence_item import (
        CodingSchemeIdentificationSequenceItem as CodingSchemeIdentificationSequenceItem,
    )
    from dicomodel.items.coding_scheme_resources_sequence_item import (
        CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem,
    )
    from dicomodel.items.collimator_shape_sequence_item import (
        CollimatorShapeSequenceItem as CollimatorShapeSequenceItem,
    )
    from dicomodel.items.combination_segment_reference_sequence_item import (
        CombinationSegmentReferenceSequenceItem as CombinationSegmentReferenceSequenceItem,
    )
    from dicomodel.items.compensator_definition_sequence_item import (
        CompensatorDefinitionSequenceItem as CompensatorDefinitionSequenceItem,
    )
    from dicomodel.items.compensator_sequence_item import (
        CompensatorSequenceItem as CompensatorSequenceItem,
    )
    from dicomodel.items.compensator_shape_sequence_item import (
        CompensatorShapeSequenceItem as CompensatorShapeSequenceItem,
    )
    from dicomodel.items.component_assembly_sequence_item import (
        ComponentAssemblySequenceItem as ComponentAssemblySequenceItem,
    )
    from dicomodel.items.component_input_sequence_item import (
        ComponentInputSequenceItem as ComponentInputSequenceItem,
    )
    from dicomodel.items.component_sequence_item import (
        ComponentSequenceItem as ComponentSequenceItem,
    )
    from dicomodel.items.component_types_sequence_item import (
        ComponentTypesSequenceItem as ComponentTypesSequenceItem,
    )
    from dicomodel.items.compound_graphic_sequence_item import (
        CompoundGraphicSequenceItem as CompoundGraphicSequenceItem,
    )
    from dicomodel.items.concept_name_code_sequence_item import (
        ConceptNameCodeSequenceItem as ConceptNameCodeSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_sequence_item import (
        ConceptualVolumeConstituentSequenceItem as ConceptualVolumeConstituentSequenceItem,
    )
    from dicomodel.items.conceptual_volume_item import (
        ConceptualVolumeItem as ConceptualVolumeIdentificationSequenceItem,
    )
    from dicomodel.items.conceptual_volume_item import ConceptualVolumeItem as ConceptualVolumeItem
    from dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item import (
        ConceptualVolumeSegmentationReferenceAndCombinationItem as ConceptualVolumeSegmentationReferenceAndCombinationItem,
    )
    from dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item import (
        ConceptualVolumeSegmentationReferenceAndCombinationItem as ConceptualVolumeSequenceItem,
    )
    from dicomodel.items.configuration_qa_results_sequence_item import (
        ConfigurationQAResultsSequenceItem as ConfigurationQAResultsSequenceItem,
    )
    from dicomodel.items.consent_for_clinical_trial_use_sequence_item import (
        ConsentForClinicalTrialUseSequenceItem as ConsentForClinicalTrialUseSequenceItem,
    )
    from dicomodel.items.container_component_sequence_item import (
        ContainerComponentSequenceItem as ContainerComponentSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as AcquisitionInitiationSequenceItem
    from dicomodel.items.content_item import ContentItem as AlternateValueSequenceItem
    from dicomodel.items.content_item import ContentItem as ContentItem
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.content_item import ContentItem as DataObservationSequenceItem
    from dicomodel.items.content_item import ContentItem as DevicePositionParameterSequenceItem
    from dicomodel.items.content_item import (
        ContentItem as DeviceSpecificAcquisitionParameterSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as PrescriptionNotesSequenceItem
    from dicomodel.items.content_item import ContentItem as ProductParameterSequenceItem
    from dicomodel.items.content_item import (
        ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
    )
    from dicomodel.items.content_item import (
        ContentItem as SpecimenLocalizationContentItemSequenceItem,
    )
    from dicomodel.items.content_item import (
        ContentItem as SpecimenPreparationStepContentItemSequenceItem,
    )
    from dicomodel.items.content_item import (
        ContentItem as SubstanceAdministrationParameterSequenceItem,
    )
    from dicomodel.items.content_sequence_item import ContentSequenceItem as ContentSequenceItem
    from dicomodel.items.content_sequence_item_encapsulated_document import (
        ContentSequenceItemEncapsulatedDocument as ContentSequenceItemEncapsulatedDocument,
    )
    from dicomodel.items.content_template_sequence_item import (
        ContentTemplateSequenceItem as ContentTemplateSequenceItem,
    )
    from dicomodel.items.content_template_sequence_item_container import (
        ContentTemplateSequenceItemContainer as ContentTemplateSequenceItemContainer,
    )
    from dicomodel.items.content_template_sequence_item_document_relationship import (
        ContentTemplateSequenceItemDocumentRelationship as ContentTemplateSequenceItemDocumentRelationship,
    )
    from dicomodel.items.content_template_sequence_item_inventory import (
        ContentTemplateSequenceItemInventory as ContentTemplateSequenceItemInventory,
    )
    from dicomodel.items.context_group_identification_sequence_item import (
        ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
    )
    from dicomodel.items.contour_sequence_item import ContourSequenceItem as ContourSequenceItem
    from dicomodel.items.contrast_administration_profile_sequence_item import (
        ContrastAdministrationProfileSequenceItem as ContrastAdministrationProfileSequenceItem,
    )
    from dicomodel.items.contrast_bolus_administration_route_sequence_item import (
        ContrastBolusAdministrationRouteSequenceItem as ContrastBolusAdministrationRouteSequenceItem,
    )
    from dicomodel.items.contrast_bolus_agent_sequence_item import (
        ContrastBolusAgentSequenceItem as ContrastBolusAgentSequenceItem,
    )
    from dicomodel.items.contrast_bolus_usage_sequence_item import (
        ContrastBolusUsageSequenceItem as ContrastBolusUsageSequenceItem,
    )
    from dicomodel.items.contributing_equipment_sequence_item import (
        ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem,
    )
    from dicomodel.items.contributing_sop_instances_reference_sequence_item import (
        ContributingSOPInstancesReferenceSequenceItem as ContributingSOPInstancesReferenceSequenceItem,
    )
    from dicomodel.items.contributing_sources_sequence_item import (
        ContributingSourcesSequenceItem as ContributingSourcesSequenceItem,
    )
    from dicomodel.items.contributing_sources_sequence_item_breast_tomosynthesis_contributing_sources import (
        ContributingSourcesSequenceItemBreastTomosynthesisContributingSources as ContributingSourcesSequenceItemBreastTomosynthesisContributingSources,
    )
    from dicomodel.items.contributing_sources_sequence_item_x_ray3_d_craniofacial_image_contributing_sources import (
        ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources as ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources,
    )
    from dicomodel.items.control_point_delivery_sequence_item import (
        ControlPointDeliverySequenceItem as ControlPointDeliverySequenceItem,
    )
    from dicomodel.items.control_point_sequence_item import (
        ControlPointSequenceItem as ControlPointSequenceItem,
    )
    from dicomodel.items.conventional_control_point_verification_sequence_item import (
        ConventionalControlPointVerificationSequenceItem as ConventionalControlPointVerificationSequenceItem,
    )
    from dicomodel.items.conventional_machine_verification_sequence_item import (
        ConventionalMachineVerificationSequenceItem as ConventionalMachineVerificationSequenceItem,
    )
    from dicomodel.items.cornea_measurements_sequence_item import (
        CorneaMeasurementsSequenceItem as CorneaMeasurementsSequenceItem,
    )
    from dicomodel.items.corneal_size_sequence_item import (
        CornealSizeSequenceItem as CornealSizeSequenceItem,
    )
    from dicomodel.items.corrected_parameter_sequence_item import (
        CorrectedParameterSequenceItem as CorrectedParameterSequenceItem,
    )
    from dicomodel.items.ct_acquisition_details_sequence_item import (
        CTAcquisitionDetailsSequenceItem as CTAcquisitionDetailsSequenceItem,
    )
    from dicomodel.items.ct_acquisition_type_sequence_item import (
        CTAcquisitionTypeSequenceItem as CTAcquisitionTypeSequenceItem,
    )
    from dicomodel.items.ct_additional_x_ray_source_sequence_item import (
        CTAdditionalXRaySourceSequenceItem as CTAdditionalXRaySourceSequenceItem,
    )
    from dicomodel.items.ct_additional_x_ray_source_sequence_item_ct_image import (
        CTAdditionalXRaySourceSequenceItemCTImage as CTAdditionalXRaySourceSequenceItemCTImage,
    )
    from dicomodel.items.ct_exposure_sequence_item import (
        CTExposureSequenceItem as CTExposureSequenceItem,
    )
    from dicomodel.items.ct_geometry_sequence_item import (
        CTGeometrySequenceItem as CTGeometrySequenceItem,
    )
    from dicomodel.items.ct_image_frame_type_sequence_item import (
        CTImageFrameTypeSequenceItem as CTImageFrameTypeSequenceItem,
    )
    from dicomodel.items.ct_image_frame_type_sequence_item import (
        CTImageFrameTypeSequenceItem as PETFrameTypeSequenceItem,
    )
    from dicomodel.items.ct_position_sequence_item import (
        CTPositionSequenceItem as CTPositionSequenceItem,
    )
    from dicomodel.items.ct_position_sequence_item import (
        CTPositionSequenceItem as PETPositionSequenceItem,
    )
    from dicomodel.items.ct_reconstruction_sequence_item import (
        CTReconstructionSequenceItem as CTReconstructionSequenceItem,
    )
    from dicomodel.items.ct_table_dynamics_sequence_item import (
        CTTableDynamicsSequenceItem as CTTableDynamicsSequenceItem,
    )
    from dicomodel.items.ctx_ray_details_sequence_item import (
        CTXRayDetailsSequenceItem as CTXRayDetailsSequenceItem,
    )
    from dicomodel.items.ctx_ray_details_sequence_item_performed_ct_acquisition import (
        CTXRayDetailsSequenceItemPerformedCTAcquisition as CTXRayDetailsSequenceItemPerformedCTAcquisition,
    )
    from dicomodel.items.custodial_organization_sequence_item import (
        CustodialOrganizationSequenceItem as CustodialOrganizationSequenceItem,
    )
    from dicomodel.items.custodial_organization_sequence_item_protocol_context import (
        CustodialOrganizationSequenceItemProtocolContext as CustodialOrganizationSequenceItemProtocolContext,
    )
    from dicomodel.items.cylinder_sequence_item import CylinderSequenceItem as CylinderSequenceItem
    from dicomodel.items.cylinder_sequence_item import (
        CylinderSequenceItem as SurgicallyInducedAstigmatismSequenceItem,
    )
    from dicomodel.items.data_frame_assignment_sequence_item import (
        DataFrameAssignmentSequenceItem as DataFrameAssignmentSequenceItem,
    )
    from dicomodel.items.data_information_sequence_item import (
        DataInformationSequenceItem as DataInformationSequenceItem,
    )
    from dicomodel.items.decomposition_material_sequence_item import (
        DecompositionMaterialSequenceItem as DecompositionMaterialSequenceItem,
    )
    from dicomodel.items.definition_source_sequence_item import (
        DefinitionSourceSequenceItem as DefinitionSourceSequenceItem,
    )
    from dicomodel.items.definition_source_sequence_item_rt_radiation_common_base import (
        DefinitionSourceSequenceItemRTRadiationCommonBase as DefinitionSourceSequenceItemRTRadiationCommonBase,
    )
    from dicomodel.items.definition_source_sequence_item_structure_set import (
        DefinitionSourceSequenceItemStructureSet as DefinitionSourceSequenceItemStructureSet,
    )
    from dicomodel.items.deformable_registration_grid_sequence_item import (
        DeformableRegistrationGridSequenceItem as DeformableRegistrationGridSequenceItem,
    )
    from dicomodel.items.deformable_registration_sequence_item import (
        DeformableRegistrationSequenceItem as DeformableRegistrationSequenceItem,
    )
    from dicomodel.items.deidentification_action_sequence_item import (
        DeidentificationActionSequenceItem as DeidentificationActionSequenceItem,
    )
    from dicomodel.items.delivered_depth_dose_parameters_sequence_item import (
        DeliveredDepthDoseParametersSequenceItem as DeliveredDepthDoseParametersSequenceItem,
    )
    from dicomodel.items.delivery_verification_image_sequence_item import (
        DeliveryVerificationImageSequenceItem as DeliveryVerificationImageSequenceItem,
    )
    from dicomodel.items.depth_dose_parameters_sequence_item import (
        DepthDoseParametersSequenceItem as DepthDoseParametersSequenceItem,
    )
    from dicomodel.items.derivation_conceptual_volume_sequence_item import (
        DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
    )
    from dicomodel.items.derivation_image_sequence_item import (
        DerivationImageSequenceItem as DerivationImageSequenceItem,
    )
    from dicomodel.items.detector_information_sequence_item import (
        DetectorInformationSequenceItem as DetectorInformationSequenceItem,
    )
    from dicomodel.items.detector_position_sequence_item import (
        DetectorPositionSequenceItem as DetectorPositionSequenceItem,
    )
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as BeamHoldOriginatingDeviceSequenceItem,
    )
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as DeviceIdentificationItem,
    )
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as InterlockOriginatingDeviceSequenceItem,
    )
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as TransducerIdentificationSequenceItem,
    )
    from dicomodel.items.device_motion_control_sequence_item import (
        DeviceMotionControlSequenceItem as DeviceMotionControlSequenceItem,
    )
    from dicomodel.items.device_sequence_item import DeviceSequenceItem as DeviceSequenceItem
    from dicomodel.items.dicom_media_retrieval_sequence_item import (
        DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem,
    )
    from dicomodel.items.dicom_retrieval_sequence_item import (
        DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem,
    )
    from dicomodel.items.dicom_storage_sequence_item import (
        DICOMStorageSequenceItem as DICOMStorageSequenceItem,
    )
    from dicomodel.items.diffusion_b_matrix_sequence_item import (
        DiffusionBMatrixSequenceItem as DiffusionBMatrixSequenceItem,
    )
    from dicomodel.items.diffusion_gradient_direction_sequence_item import (
        DiffusionGradientDirectionSequenceItem as DiffusionGradientDirectionSequenceItem,
    )
    from dicomodel.items.digital_filter_characteristics_sequence_item import (
        DigitalFilterCharacteristicsSequenceItem as DigitalFilterCharacteristicsSequenceItem,
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
    from dicomodel.items.direct_segment_reference_sequence_item import (
        DirectSegmentReferenceSequenceItem as DirectSegmentReferenceSequenceItem,
    )
    from dicomodel.items.directory_record_sequence_item import (
        DirectoryRecordSequenceItem as DirectoryRecordSequenceItem,
    )
    from dicomodel.items.display_calibration_result_sequence_item import (
        DisplayCalibrationResultSequenceItem as DisplayCalibrationResultSequenceItem,
    )
    from dicomodel.items.display_sets_sequence_item import (
        DisplaySetsSequenceItem as DisplaySetsSequenceItem,
    )
    from dicomodel.items.display_shutter_item import DisplayShutterItem as DisplayShutterItem
    from dicomodel.items.display_subsystem_configuration_sequence_item import (
        DisplaySubsystemConfigurationSequenceItem as DisplaySubsystemConfigurationSequenceItem,
    )
    from dicomodel.items.display_subsystem_qa_results_sequence_item import (
        DisplaySubsystemQAResultsSequenceItem as DisplaySubsystemQAResultsSequenceItem,
    )
    from dicomodel.items.display_subsystem_sequence_item import (
        DisplaySubsystemSequenceItem as DisplaySubsystemSequenceItem,
    )
    from dicomodel.items.displayed_area_selection_sequence_item import (
        DisplayedAreaSelectionSequenceItem as DisplayedAreaSelectionSequenceItem,
    )
    from dicomodel.items.dose_calibration_conditions_sequence_item import (
        DoseCalibrationConditionsSequenceItem as DoseCalibrationConditionsSequenceItem,
    )
    from dicomodel.items.dose_reference_sequence_item import (
        DoseReferenceSequenceItem as DoseReferenceSequenceItem,
    )
    from dicomodel.items.dose_values_sequence_item import (
        DoseValuesSequenceItem as DoseValuesSequenceItem,
    )
    from dicomodel.items.dosimetric_objective_parameter_sequence_item import (
        DosimetricObjectiveParameterSequenceItem as DosimetricObjectiveParameterSequenceItem,
    )
    from dicomodel.items.dosimetric_objective_sequence_item import (
        DosimetricObjectiveSequenceItem as DosimetricObjectiveSequenceItem,
    )
    from dicomodel.items.dvh_referenced_roi_sequence_item import (
        DVHReferencedROISequenceItem as DVHReferencedROISequenceItem,
    )
    from dicomodel.items.dvh_sequence_item import DVHSequenceItem as DVHSequenceItem
    from dicomodel.items.effective_dose_calculation_method_category_code_sequence_item import (
        EffectiveDoseCalculationMethodCategoryCodeSequenceItem as EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
    )
    from dicomodel.items.encrypted_attributes_sequence_item import (
        EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem,
    )
    from dicomodel.items.energy_window_information_sequence_item import (
        EnergyWindowInformationSequenceItem as EnergyWindowInformationSequenceItem,
    )
    from dicomodel.items.energy_window_range_sequence_item import (
        EnergyWindowRangeSequenceItem as EnergyWindowRangeSequenceItem,
    )
    from dicomodel.items.energy_window_range_sequence_item_enhanced_pet_acquisition import (
        EnergyWindowRangeSequenceItemEnhancedPETAcquisition as EnergyWindowRangeSequenceItemEnhancedPETAcquisition,
    )
    from dicomodel.items.enhanced_palette_color_lookup_table_sequence_item import (
        EnhancedPaletteColorLookupTableSequenceItem as EnhancedPaletteColorLookupTableSequenceItem,
    )
    from dicomodel.items.equipment_administrator_sequence_item import (
        EquipmentAdministratorSequenceItem as EquipmentAdministratorSequenceItem,
    )
    from dicomodel.items.equipment_reference_point_coordinates_sequence_item import (
        EquipmentReferencePointCoordinatesSequenceItem as EquipmentReferencePointCoordinatesSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item_document_content import (
        EquivalentCodeSequenceItemDocumentContent as EquivalentCodeSequenceItemDocumentContent,
    )
    from dicomodel.items.equivalent_code_sequence_item_document_content2 import (
        EquivalentCodeSequenceItemDocumentContent2 as EquivalentCodeSequenceItemDocumentContent2,
    )
    from dicomodel.items.equivalent_code_sequence_item_document_content3 import (
        EquivalentCodeSequenceItemDocumentContent3 as EquivalentCodeSequenceItemDocumentContent3,
    )
    from dicomodel.items.equivalent_code_sequence_item_document_relationship import (
        EquivalentCodeSequenceItemDocumentRelationship as EquivalentCodeSequenceItemDocumentRelationship,
    )
    from dicomodel.items.equivalent_code_sequence_item_document_relationship2 import (
        EquivalentCodeSequenceItemDocumentRelationship2 as EquivalentCodeSequenceItemDocumentRelationship2,
    )
    from dicomodel.items.equivalent_code_sequence_item_document_relationship3 import (
        EquivalentCodeSequenceItemDocumentRelationship3 as EquivalentCodeSequenceItemDocumentRelationship3,
    )
    from dicomodel.items.equivalent_code_sequence_item_document_relationship4 import (
        EquivalentCodeSequenceItemDocumentRelationship4 as EquivalentCodeSequenceItemDocumentRelationship4,
    )
    from dicomodel.items.equivalent_code_sequence_item_ocular_region_imaged import (
        EquivalentCodeSequenceItemOcularRegionImaged as EquivalentCodeSequenceItemOcularRegionImaged,
    )
    from dicomodel.items.equivalent_conceptual_volumes_sequence_item import (
        EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
    )
    from dicomodel.items.event_timer_sequence_item import (
        EventTimerSequenceItem as EventTimerSequenceItem,
    )
    from dicomodel.items.excitation_wavelength_sequence_item import (
        ExcitationWavelengthSequenceItem as ExcitationWavelengthSequenceItem,
    )
    from dicomodel.items.excluded_intervals_sequence_item import (
        ExcludedIntervalsSequenceItem as ExcludedIntervalsSequenceItem,
    )
    from dicomodel.items.expected_in_vivo_measurement_values_sequence_item import (
        ExpectedInVivoMeasurementValuesSequenceItem as ExpectedInVivoMeasurementValuesSequenceItem,
    )
    from dicomodel.items.exposure_control_sensing_regions_sequence_item import (
        ExposureControlSensingRegionsSequenceItem as ExposureControlSensingRegionsSequenceItem,
    )
    from dicomodel.items.exposure_sequence_item import ExposureSequenceItem as ExposureSequenceItem
    from dicomodel.items.extended_selector_attribute_item import (
        ExtendedSelectorAttributeItem as ExtendedSelectorAttributeItem,
    )
    from dicomodel.items.extended_selector_attribute_item import (
        ExtendedSelectorAttributeItem as TreatmentToleranceViolationAttributeSequenceItem,
    )
    from dicomodel.items.externally_sourced_data_set_identification_item import (
        ExternallySourcedDataSetIdentificationItem as CornealTopographyMappingNormalsSequenceItem,
    )
    from dicomodel.items.externally_sourced_data_set_identification_item import (
        ExternallySourcedDataSetIdentificationItem as ExternallySourcedDataSetIdentificationItem,
    )
    from dicomodel.items.externally_sourced_data_set_identification_item import (
        ExternallySourcedDataSetIdentificationItem as OphthalmicThicknessMappingNormalsSequenceItem,
    )
    from dicomodel.items.externally_sourced_data_set_identification_item import (
        ExternallySourcedDataSetIdentificationItem as TestPointNormalsSequenceItem,
    )
    from dicomodel.items.failed_sop_sequence_item import (
        FailedSOPSequenceItem as FailedSOPSequenceItem,
    )
    from dicomodel.items.failed_sop_sequence_item_media_creation_management import (
        FailedSOPSequenceItemMediaCreationManagement as FailedSOPSequenceItemMediaCreationManagement,
    )
    from dicomodel.items.fiducial_sequence_item import FiducialSequenceItem as FiducialSequenceItem
    from dicomodel.items.fiducial_set_sequence_item import (
        FiducialSetSequenceItem as FiducialSetSequenceItem,
    )
    from dicomodel.items.field_of_view_sequence_item import (
        FieldOfViewSequenceItem as FieldOfViewSequenceItem,
    )
    from dicomodel.items.file_access_sequence_item import (
        FileAccessSequenceItem as FileAccessSequenceItem,
    )
    from dicomodel.items.file_set_access_sequence_item import (
        FileSetAccessSequenceItem as FileSetAccessSequenceItem,
    )
    from dicomodel.items.fill_style_sequence_item import (
        FillStyleSequenceItem as FillStyleSequenceItem,
    )
    from dicomodel.items.fill_style_sequence_item_graphic_annotation import (
        FillStyleSequenceItemGraphicAnnotation as FillStyleSequenceItemGraphicAnnotation,
    )
    from dicomodel.items.film_consumption_sequence_item import (
        FilmConsumptionSequenceItem as FilmConsumptionSequenceItem,
    )
    from dicomodel.items.filter_operations_sequence_item import (
        FilterOperationsSequenceItem as FilterOperationsSequenceItem,
    )
    from dicomodel.items.fixation_device_sequence_item import (
        FixationDeviceSequenceItem as FixationDeviceSequenceItem,
    )
    from dicomodel.items.fixation_device_sequence_item_rt_general_machine_verification import (
        FixationDeviceSequenceItemRTGeneralMachineVerification as FixationDeviceSequenceItemRTGeneralMachineVerification,
    )
    from dicomodel.items.fixation_sequence_item import FixationSequenceItem as FixationSequenceItem
    from dicomodel.items.flow_identifier_sequence_item import (
        FlowIdentifierSequenceItem as FlowIdentifierSequenceItem,
    )
    from dicomodel.items.fluence_map_sequence_item import (
        FluenceMapSequenceItem as FluenceMapSequenceItem,
    )
    from dicomodel.items.fraction_based_relationship_sequence_item import (
        FractionBasedRelationshipSequenceItem as FractionBasedRelationshipSequenceItem,
    )
    from dicomodel.items.fraction_group_sequence_item import (
        FractionGroupSequenceItem as FractionGroupSequenceItem,
    )
    from dicomodel.items.fraction_group_summary_sequence_item import (
        FractionGroupSummarySequenceItem as FractionGroupSummarySequenceItem,
    )
    from dicomodel.items.fraction_pattern_sequence_item import (
        FractionPatternSequenceItem as FractionPatternSequenceItem,
    )
    from dicomodel.items.fraction_status_summary_sequence_item import (
        FractionStatusSummarySequenceItem as FractionStatusSummarySequenceItem,
    )
    from dicomodel.items.frame_acquisition_sequence_item import (
        FrameAcquisitionSequenceItem as FrameAcquisitionSequenceItem,
    )
    from dicomodel.items.frame_anatomy_sequence_item import (
        FrameAnatomySequenceItem as FrameAnatomySequenceItem,
    )
    from dicomodel.items.frame_content_sequence_item import (
        FrameContentSequenceItem as FrameContentSequenceItem,
    )
    from dicomodel.items.frame_detector_parameters_sequence_item import (
        FrameDetectorParametersSequenceItem as FrameDetectorParametersSequenceItem,
    )
    from dicomodel.items.frame_display_sequence_item import (
        FrameDisplaySequenceItem as FrameDisplaySequenceItem,
    )
    from dicomodel.items.frame_display_shutter_sequence_item import (
        FrameDisplayShutterSequenceItem as FrameDisplayShutterSequenceItem,
    )
    from dicomodel.items.frame_extraction_sequence_item import (
        FrameExtractionSequenceItem as FrameExtractionSequenceItem,
    )
    from dicomodel.items.frame_pixel_data_properties_sequence_item import (
        FramePixelDataPropertiesSequenceItem as FramePixelDataPropertiesSequenceItem,
    )
    from dicomodel.items.frame_pixel_shift_sequence_item import (
        FramePixelShiftSequenceItem as FramePixelShiftSequenceItem,
    )
    from dicomodel.items.frame_usefulness_group_sequence_item import (
        FrameUsefulnessGroupSequenceItem as FrameUsefulnessGroupSequenceItem,
    )
    from dicomodel.items.frame_voilut_sequence_item import (
        FrameVOILUTSequenceItem as FrameVOILUTSequenceItem,
    )
    from dicomodel.items.functional_mr_sequence_item import (
        FunctionalMRSequenceItem as FunctionalMRSequenceItem,
    )
    from dicomodel.items.gated_information_sequence_item import (
        GatedInformationSequenceItem as GatedInformationSequenceItem,
    )
    from dicomodel.items.gating_beam_hold_transition_sequence_item import (
        GatingBeamHoldTransitionSequenceItem as GatingBeamHoldTransitionSequenceItem,
    )
    from dicomodel.items.general_accessory_definition_sequence_item import (
        GeneralAccessoryDefinitionSequenceItem as GeneralAccessoryDefinitionSequenceItem,
    )
    from dicomodel.items.general_accessory_sequence_item import (
        GeneralAccessorySequenceItem as GeneralAccessorySequenceItem,
    )
    from dicomodel.items.general_accessory_sequence_item_equipment_specification import (
        GeneralAccessorySequenceItemEquipmentSpecification as GeneralAccessorySequenceItemEquipmentSpecification,
    )
    from dicomodel.items.general_accessory_sequence_item_rt_ion_beams import (
        GeneralAccessorySequenceItemRTIonBeams as GeneralAccessorySequenceItemRTIonBeams,
    )
    from dicomodel.items.general_accessory_sequence_item_rt_ion_beams_session_record import (
        GeneralAccessorySequenceItemRTIonBeamsSessionRecord as GeneralAccessorySequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.general_machine_verification_sequence_item import (
        GeneralMachineVerificationSequenceItem as GeneralMachineVerificationSequenceItem,
    )
    from dicomodel.items.genetic_modifications_sequence_item import (
        GeneticModificationsSequenceItem as GeneticModificationsSequenceItem,
    )
    from dicomodel.items.genetic_modifications_sequence_item_patient import (
        GeneticModificationsSequenceItemPatient as GeneticModificationsSequenceItemPatient,
    )
    from dicomodel.items.global_deviation_probability_sequence_item import (
        GlobalDeviationProbabilitySequenceItem as GlobalDeviationProbabilitySequenceItem,
    )
    from dicomodel.items.graphic_annotation_sequence_item import (
        GraphicAnnotationSequenceItem as GraphicAnnotationSequenceItem,
    )
    from dicomodel.items.graphic_coordinates_data_sequence_item import (
        GraphicCoordinatesDataSequenceItem as GraphicCoordinatesDataSequenceItem,
    )
    from dicomodel.items.graphic_group_sequence_item import (
        GraphicGroupSequenceItem as GraphicGroupSequenceItem,
    )
    from dicomodel.items.graphic_layer_sequence_item import (
        GraphicLayerSequenceItem as GraphicLayerSequenceItem,
    )
    from dicomodel.items.graphic_object_sequence_item import (
        GraphicObjectSequenceItem as GraphicObjectSequenceItem,
    )
    from dicomodel.items.group_of_patients_identification_sequence_item import (
        GroupOfPatientsIdentificationSequenceItem as GroupOfPatientsIdentificationSequenceItem,
    )
    from dicomodel.items.hanging_protocol_definition_sequence_item import (
        HangingProtocolDefinitionSequenceItem as HangingProtocolDefinitionSequenceItem,
    )
    from dicomodel.items.hierarchical_series_reference_item import (
        HierarchicalSeriesReferenceItem as HierarchicalSeriesReferenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as CurrentRequestedProcedureEvidenceSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as HierarchicalSOPInstanceReferenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as IdenticalDocumentsSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as PertinentOtherEvidenceSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as PredecessorDocumentsSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedImageEvidenceSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedRawDataSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedWaveformSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as SourceImageEvidenceSequenceItem,
    )
    from dicomodel.items.histogram_sequence_item import (
        HistogramSequenceItem as HistogramSequenceItem,
    )
    from dicomodel.items.hl7_structured_document_reference_sequence_item import (
        HL7StructuredDocumentReferenceSequenceItem as HL7StructuredDocumentReferenceSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as HL7v2HierarchicDesignatorItem,
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
        HL7v2HierarchicDesignatorItem as IssuerOfTheContainerIdentifierSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfTheSpecimenIdentifierSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderFillerIdentifierSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderPlacerIdentifierSequenceItem,
    )
    from dicomodel.items.hpgl_document_sequence_item import (
        HPGLDocumentSequenceItem as HPGLDocumentSequenceItem,
    )
    from dicomodel.items.hpgl_pen_sequence_item import HPGLPenSequenceItem as HPGLPenSequenceItem
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as AsserterIdentificationSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as AssessmentRequesterSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as AuthorIdentificationSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as AuthorObserverSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as IdentifiedPersonOrDeviceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as ROICreatorSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as ROIInterpreterSequenceItem,
    )
    from dicomodel.items.image_box_synchronization_sequence_item import (
        ImageBoxSynchronizationSequenceItem as ImageBoxSynchronizationSequenceItem,
    )
    from dicomodel.items.image_boxes_sequence_item import (
        ImageBoxesSequenceItem as ImageBoxesSequenceItem,
    )
    from dicomodel.items.image_center_point_coordinates_sequence_item import (
        ImageCenterPointCoordinatesSequenceItem as ImageCenterPointCoordinatesSequenceItem,
    )
    from dicomodel.items.image_data_type_sequence_item import (
        ImageDataTypeSequenceItem as ImageDataTypeSequenceItem,
    )
    from dicomodel.items.image_data_type_sequence_item_photoacoustic_image_data_type import (
        ImageDataTypeSequenceItemPhotoacousticImageDataType as ImageDataTypeSequenceItemPhotoacousticImageDataType,
    )
    from dicomodel.items.image_filter_details_sequence_item import (
        ImageFilterDetailsSequenceItem as ImageFilterDetailsSequenceItem,
    )
    from dicomodel.items.image_pixel_item import ImagePixelItem as ImagePixelItem
    from dicomodel.items.image_pixel_item_document_relationship import (
        ImagePixelItemDocumentRelationship as ImagePixelItemDocumentRelationship,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as ImagePixelItemImageReference,
    )
    from dicomodel.items.image_set_selector_sequence_item import (
        ImageSetSelectorSequenceItem as ImageSetSelectorSequenceItem,
    )
    from dicomodel.items.image_sets_sequence_item import (
        ImageSetsSequenceItem as ImageSetsSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ContourImageSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as LeftImageSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedFirstFrameSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedOtherPlaneSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedTextureSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as RenderedImageReferenceSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as RightImageSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as SegmentSurfaceSourceInstanceSequenceItem,
    )
    from dicomodel.items.imaging_device_location_parameter_sequence_item import (
        ImagingDeviceLocationParameterSequenceItem as ImagingDeviceLocationParameterSequenceItem,
    )
    from dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item import (
        ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem as ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem,
    )
    from dicomodel.items.imaging_source_position_sequence_item import (
        ImagingSourcePositionSequenceItem as ImagingSourcePositionSequenceItem,
    )
    from dicomodel.items.imaging_source_position_sequence_item_rt_projection_imaging_request_geometry import (
        ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry as ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry,
    )
    from dicomodel.items.implant_target_anatomy_sequence_item import (
        ImplantTargetAnatomySequenceItem as ImplantAssemblyTemplateTargetAnatomySequenceItem,
    )
    from dicomodel.items.implant_target_anatomy_sequence_item import (
        ImplantTargetAnatomySequenceItem as ImplantTargetAnatomySequenceItem,
    )
    from dicomodel.items.implant_target_anatomy_sequence_item import (
        ImplantTargetAnatomySequenceItem as ImplantTemplateGroupTargetAnatomySequenceItem,
    )
    from dicomodel.items.implant_template_group_member_matching2_d_coordinates_sequence_item import (
        ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem as ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem,
    )
    from dicomodel.items.implant_template_group_members_sequence_item import (
        ImplantTemplateGroupMembersSequenceItem as ImplantTemplateGroupMembersSequenceItem,
    )
    from dicomodel.items.implant_template_group_variation_dimension_rank_sequence_item import (
        ImplantTemplateGroupVariationDimensionRankSequenceItem as ImplantTemplateGroupVariationDimensionRankSequenceItem,
    )
    from dicomodel.items.implant_template_group_variation_dimension_sequence_item import (
        ImplantTemplateGroupVariationDimensionSequenceItem as ImplantTemplateGroupVariationDimensionSequenceItem,
    )
    from dicomodel.items.index_probability_sequence_item import (
        IndexProbabilitySequenceItem as IndexProbabilitySequenceItem,
    )
    from dicomodel.items.instruction_sequence_item import (
        InstructionSequenceItem as InstructionSequenceItem,
    )
    from dicomodel.items.interlock_item import InterlockItem as InterlockItem
    from dicomodel.items.interlock_item import InterlockItem as InterlockSequenceItem
    from dicomodel.items.intervention_drug_information_sequence_item import (
        InterventionDrugInformationSequenceItem as InterventionDrugInformationSequenceItem,
    )
    from dicomodel.items.intervention_drug_information_sequence_item_pet_isotope import (
        InterventionDrugInformationSequenceItemPETIsotope as InterventionDrugInformationSequenceItemPETIsotope,
    )
    from dicomodel.items.intervention_sequence_item import (
        InterventionSequenceItem as InterventionSequenceItem,
    )
    from dicomodel.items.intraocular_lens_calculations_item import (
        IntraocularLensCalculationsItem as IntraocularLensCalculationsItem,
    )
    from dicomodel.items.intraocular_lens_calculations_item import (
        IntraocularLensCalculationsItem as IntraocularLensCalculationsLeftEyeSequenceItem,
    )
    from dicomodel.items.intraocular_lens_calculations_item import (
        IntraocularLensCalculationsItem as IntraocularLensCalculationsRightEyeSequenceItem,
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
    from dicomodel.items.inventoried_instances_sequence_item import (
        InventoriedInstancesSequenceItem as InventoriedInstancesSequenceItem,
    )
    from dicomodel.items.inventoried_series_sequence_item import (
        InventoriedSeriesSequenceItem as InventoriedSeriesSequenceItem,
    )
    from dicomodel.items.inventoried_studies_sequence_item import (
        InventoriedStudiesSequenceItem as InventoriedStudiesSequenceItem,
    )
    from dicomodel.items.inventory_reference_item import (
        InventoryReferenceItem as InventoryReferenceItem,
    )
    from dicomodel.items.iol_power_sequence_item import IOLPowerSequenceItem as IOLPowerSequenceItem
    from dicomodel.items.ion_beam_limiting_device_sequence_item import (
        IonBeamLimitingDeviceSequenceItem as IonBeamLimitingDeviceSequenceItem,
    )
    from dicomodel.items.ion_beam_sequence_item import IonBeamSequenceItem as IonBeamSequenceItem
    from dicomodel.items.ion_block_sequence_item import IonBlockSequenceItem as IonBlockSequenceItem
    from dicomodel.items.ion_control_point_delivery_sequence_item import (
        IonControlPointDeliverySequenceItem as IonControlPointDeliverySequenceItem,
    )
    from dicomodel.items.ion_control_point_sequence_item import (
        IonControlPointSequenceItem as IonControlPointSequenceItem,
    )
    from dicomodel.items.ion_control_point_verification_sequence_item import (
        IonControlPointVerificationSequenceItem as IonControlPointVerificationSequenceItem,
    )
    from dicomodel.items.ion_machine_verification_sequence_item import (
        IonMachineVerificationSequenceItem as IonMachineVerificationSequenceItem,
    )
    from dicomodel.items.ion_range_compensator_sequence_item import (
        IonRangeCompensatorSequenceItem as IonRangeCompensatorSequenceItem,
    )
    from dicomodel.items.ion_tolerance_table_sequence_item import (
        IonToleranceTableSequenceItem as IonToleranceTableSequenceItem,
    )
    from dicomodel.items.ion_wedge_position_sequence_item import (
        IonWedgePositionSequenceItem as IonWedgePositionSequenceItem,
    )
    from dicomodel.items.ion_wedge_position_sequence_item_rt_ion_machine_verification import (
        IonWedgePositionSequenceItemRTIonMachineVerification as IonWedgePositionSequenceItemRTIonMachineVerification,
    )
    from dicomodel.items.ion_wedge_sequence_item import IonWedgeSequenceItem as IonWedgeSequenceItem
    from dicomodel.items.irradiation_event_identification_sequence_item import (
        IrradiationEventIdentificationSequenceItem as IrradiationEventIdentificationSequenceItem,
    )
    from dicomodel.items.irradiation_event_identification_sequence_item import (
        IrradiationEventIdentificationSequenceItem as SourceIrradiationEventSequenceItem,
    )
    from dicomodel.items.isocenter_reference_system_sequence_item import (
        IsocenterReferenceSystemSequenceItem as IsocenterReferenceSystemSequenceItem,
    )
    from dicomodel.items.isocenter_reference_system_sequence_item_breast_x_ray_isocenter_reference_system import (
        IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem as IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.keratometric_measurements_item import (
        KeratometricMeasurementsItem as KeratometricMeasurementsItem,
    )
    from dicomodel.items.keratometric_measurements_item import (
        KeratometricMeasurementsItem as KeratometryLeftEyeSequenceItem,
    )
    from dicomodel.items.keratometric_measurements_item import (
        KeratometricMeasurementsItem as KeratometryRightEyeSequenceItem,
    )
    from dicomodel.items.kv_radiation_image_acquisition_parameters_item import (
        KVRadiationImageAcquisitionParametersItem as KVImagingGenerationParametersSequenceItem,
    )
    from dicomodel.items.kv_radiation_image_acquisition_parameters_item import (
        KVRadiationImageAcquisitionParametersItem as KVRadiationImageAcquisitionParametersItem,
    )
    from dicomodel.items.kv_radiation_image_acquisition_parameters_item import (
        KVRadiationImageAcquisitionParametersItem as RTImageFramekVRadiationAcquisitionSequenceItem,
    )
    from dicomodel.items.lateral_spreading_device_sequence_item import (
        LateralSpreadingDeviceSequenceItem as LateralSpreadingDeviceSequenceItem,
    )
    from dicomodel.items.lateral_spreading_device_settings_sequence_item import (
        LateralSpreadingDeviceSettingsSequenceItem as LateralSpreadingDeviceSettingsSequenceItem,
    )
    from dicomodel.items.lateral_spreading_device_settings_sequence_item_rt_ion_beams_session_record import (
        LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord as LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.lateral_spreading_device_settings_sequence_item_rt_ion_machine_verification import (
        LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification as LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification,
    )
    from dicomodel.items.lens_constant_sequence_item import (
        LensConstantSequenceItem as LensConstantSequenceItem,
    )
    from dicomodel.items.lens_thickness_sequence_item import (
        LensThicknessSequenceItem as LensThicknessSequenceItem,
    )
    from dicomodel.items.lensometry_measurements_item import (
        LensometryMeasurementsItem as LeftLensSequenceItem,
    )
    from dicomodel.items.lensometry_measurements_item import (
        LensometryMeasurementsItem as LensometryMeasurementsItem,
    )
    from dicomodel.items.lensometry_measurements_item import (
        LensometryMeasurementsItem as RightLensSequenceItem,
    )
    from dicomodel.items.lensometry_measurements_item import (
        LensometryMeasurementsItem as UnspecifiedLateralityLensSequenceItem,
    )
    from dicomodel.items.light_path_filter_type_stack_code_sequence_item import (
        LightPathFilterTypeStackCodeSequenceItem as LightPathFilterTypeStackCodeSequenceItem,
    )
    from dicomodel.items.line_style_sequence_item import (
        LineStyleSequenceItem as LineStyleSequenceItem,
    )
    from dicomodel.items.localized_deviation_probability_sequence_item import (
        LocalizedDeviationProbabilitySequenceItem as LocalizedDeviationProbabilitySequenceItem,
    )
    from dicomodel.items.luminance_response_sequence_item import (
        LuminanceResponseSequenceItem as LuminanceResponseSequenceItem,
    )
    from dicomodel.items.luminance_response_sequence_item_luminance_result import (
        LuminanceResponseSequenceItemLuminanceResult as LuminanceResponseSequenceItemLuminanceResult,
    )
    from dicomodel.items.luminance_response_sequence_item_target_luminance_characteristics import (
        LuminanceResponseSequenceItemTargetLuminanceCharacteristics as LuminanceResponseSequenceItemTargetLuminanceCharacteristics,
    )
    from dicomodel.items.luminance_result_sequence_item import (
        LuminanceResultSequenceItem as LuminanceResultSequenceItem,
    )
    from dicomodel.items.luminance_uniformity_result_sequence_item import (
        LuminanceUniformityResultSequenceItem as LuminanceUniformityResultSequenceItem,
    )
    from dicomodel.items.mac_parameters_sequence_item import (
        MACParametersSequenceItem as MACParametersSequenceItem,
    )
    from dicomodel.items.major_ticks_sequence_item import (
        MajorTicksSequenceItem as MajorTicksSequenceItem,
    )
    from dicomodel.items.mapping_resource_identification_sequence_item import (
        MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
    )
    from dicomodel.items.mask_subtraction_sequence_item import (
        MaskSubtractionSequenceItem as MaskSubtractionSequenceItem,
    )
    from dicomodel.items.mask_subtraction_sequence_item_mask import (
        MaskSubtractionSequenceItemMask as MaskSubtractionSequenceItemMask,
    )
    from dicomodel.items.mask_subtraction_sequence_item_presentation_state_mask import (
        MaskSubtractionSequenceItemPresentationStateMask as MaskSubtractionSequenceItemPresentationStateMask,
    )
    from dicomodel.items.mask_subtraction_sequence_item_xaxrf_presentation_state_mask import (
        MaskSubtractionSequenceItemXAXRFPresentationStateMask as MaskSubtractionSequenceItemXAXRFPresentationStateMask,
    )
    from dicomodel.items.material_attenuation_sequence_item import (
        MaterialAttenuationSequenceItem as MaterialAttenuationSequenceItem,
    )
    from dicomodel.items.mating_feature_degree_of_freedom_sequence_item import (
        MatingFeatureDegreeOfFreedomSequenceItem as MatingFeatureDegreeOfFreedomSequenceItem,
    )
    from dicomodel.items.mating_feature_sequence_item import (
        MatingFeatureSequenceItem as MatingFeatureSequenceItem,
    )
    from dicomodel.items.mating_feature_sets_sequence_item import (
        MatingFeatureSetsSequenceItem as MatingFeatureSetsSequenceItem,
    )
    from dicomodel.items.matrix_based_rt_imaging_geometry_item import (
        MatrixBasedRTImagingGeometryItem as ImagingDeviceLocationMatrixSequenceItem,
    )
    from dicomodel.items.matrix_based_rt_imaging_geometry_item import (
        MatrixBasedRTImagingGeometryItem as MatrixBasedRTImagingGeometryItem,
    )
    from dicomodel.items.matrix_based_rt_imaging_geometry_item import (
        MatrixBasedRTImagingGeometryItem as RTImageFrameImagingDevicePositionSequenceItem,
    )
    from dicomodel.items.matrix_registration_sequence_item import (
        MatrixRegistrationSequenceItem as MatrixRegistrationSequenceItem,
    )
    from dicomodel.items.matrix_sequence_item import MatrixSequenceItem as MatrixSequenceItem
    from dicomodel.items.matrix_sequence_item import (
        MatrixSequenceItem as PreDeformationMatrixRegistrationSequenceItem,
    )
    from dicomodel.items.maximum_corneal_curvature_sequence_item import (
        MaximumCornealCurvatureSequenceItem as MaximumCornealCurvatureSequenceItem,
    )
    from dicomodel.items.measured_dose_reference_sequence_item import (
        MeasuredDoseReferenceSequenceItem as MeasuredDoseReferenceSequenceItem,
    )
    from dicomodel.items.measured_meterset_to_dose_mapping_sequence_item import (
        MeasuredMetersetToDoseMappingSequenceItem as MeasuredMetersetToDoseMappingSequenceItem,
    )
    from dicomodel.items.measured_value_sequence_item import (
        MeasuredValueSequenceItem as MeasuredValueSequenceItem,
    )
    from dicomodel.items.measured_value_sequence_item_document_relationship import (
        MeasuredValueSequenceItemDocumentRelationship as MeasuredValueSequenceItemDocumentRelationship,
    )
    from dicomodel.items.measured_value_sequence_item_numeric_measurement import (
        MeasuredValueSequenceItemNumericMeasurement as MeasuredValueSequenceItemNumericMeasurement,
    )
    from dicomodel.items.measurement_equipment_sequence_item import (
        MeasurementEquipmentSequenceItem as MeasurementEquipmentSequenceItem,
    )
    from dicomodel.items.measurement_values_sequence_item import (
        MeasurementValuesSequenceItem as MeasurementValuesSequenceItem,
    )
    from dicomodel.items.measurement_values_sequence_item_microscopy_bulk_simple_annotations import (
        MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations as MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations,
    )
    from dicomodel.items.measurements_sequence_item import (
        MeasurementsSequenceItem as MeasurementsSequenceItem,
    )
    from dicomodel.items.measurements_sequence_item_microscopy_bulk_simple_annotations import (
        MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations as MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations,
    )
    from dicomodel.items.media_installed_sequence_item import (
        MediaInstalledSequenceItem as MediaInstalledSequenceItem,
    )
    from dicomodel.items.meterset_to_dose_mapping_sequence_item import (
        MetersetToDoseMappingSequenceItem as MetersetToDoseMappingSequenceItem,
    )
    from dicomodel.items.modality_lut_sequence_item import (
        ModalityLUTSequenceItem as ModalityLUTSequenceItem,
    )
    from dicomodel.items.modality_lut_sequence_item_presentation_state_blending import (
        ModalityLUTSequenceItemPresentationStateBlending as ModalityLUTSequenceItemPresentationStateBlending,
    )
    from dicomodel.items.model_specification_sequence_item import (
        ModelSpecificationSequenceItem as ModelSpecificationSequenceItem,
    )
    from dicomodel.items.motion_synchronization_sequence_item import (
        MotionSynchronizationSequenceItem as MotionSynchronizationSequenceItem,
    )
    from dicomodel.items.mr_arterial_spin_labeling_sequence_item import (
        MRArterialSpinLabelingSequenceItem as MRArterialSpinLabelingSequenceItem,
    )
    from dicomodel.items.mr_averages_sequence_item import (
        MRAveragesSequenceItem as MRAveragesSequenceItem,
    )
    from dicomodel.items.mr_diffusion_sequence_item import (
        MRDiffusionSequenceItem as MRDiffusionSequenceItem,
    )
    from dicomodel.items.mr_echo_sequence_item import MREchoSequenceItem as MREchoSequenceItem
    from dicomodel.items.mr_image_frame_type_sequence_item import (
        MRImageFrameTypeSequenceItem as MRImageFrameTypeSequenceItem,
    )
    from dicomodel.items.mr_imaging_modifier_sequence_item import (
        MRImagingModifierSequenceItem as MRImagingModifierSequenceItem,
    )
    from dicomodel.items.mr_metabolite_map_sequence_item import (
        MRMetaboliteMapSequenceItem as MRMetaboliteMapSequenceItem,
    )
    from dicomodel.items.mr_modifier_sequence_item import (
        MRModifierSequenceItem as MRModifierSequenceItem,
    )
    from dicomodel.items.mr_receive_coil_sequence_item import (
        MRReceiveCoilSequenceItem as MRReceiveCoilSequenceItem,
    )
    from dicomodel.items.mr_spatial_saturation_sequence_item import (
        MRSpatialSaturationSequenceItem as MRSpatialSaturationSequenceItem,
    )
    from dicomodel.items.mr_spatial_saturation_sequence_item import (
        MRSpatialSaturationSequenceItem as VolumeLocalizationSequenceItem,
    )
    from dicomodel.items.mr_spectroscopy_fov_geometry_sequence_item import (
        MRSpectroscopyFOVGeometrySequenceItem as MRSpectroscopyFOVGeometrySequenceItem,
    )
    from dicomodel.items.mr_spectroscopy_frame_type_sequence_item import (
        MRSpectroscopyFrameTypeSequenceItem as MRSpectroscopyFrameTypeSequenceItem,
    )
    from dicomodel.items.mr_timing_and_related_parameters_sequence_item import (
        MRTimingAndRelatedParametersSequenceItem as MRTimingAndRelatedParametersSequenceItem,
    )
    from dicomodel.items.mr_transmit_coil_sequence_item import (
        MRTransmitCoilSequenceItem as MRTransmitCoilSequenceItem,
    )
    from dicomodel.items.mr_velocity_encoding_sequence_item import (
        MRVelocityEncodingSequenceItem as MRVelocityEncodingSequenceItem,
    )
    from dicomodel.items.mrfov_geometry_sequence_item import (
        MRFOVGeometrySequenceItem as MRFOVGeometrySequenceItem,
    )
    from dicomodel.items.multi_coil_definition_sequence_item import (
        MultiCoilDefinitionSequenceItem as MultiCoilDefinitionSequenceItem,
    )
    from dicomodel.items.multi_frame_presentation_sequence_item import (
        MultiFramePresentationSequenceItem as MultiFramePresentationSequenceItem,
    )
    from dicomodel.items.multienergy_ct_acquisition_sequence_item import (
        MultienergyCTAcquisitionSequenceItem as MultienergyCTAcquisitionSequenceItem,
    )
    from dicomodel.items.multienergy_ct_characteristics_sequence_item import (
        MultienergyCTCharacteristicsSequenceItem as MultienergyCTCharacteristicsSequenceItem,
    )
    from dicomodel.items.multienergy_ct_path_sequence_item import (
        MultienergyCTPathSequenceItem as MultienergyCTPathSequenceItem,
    )
    from dicomodel.items.multienergy_ct_processing_sequence_item import (
        MultienergyCTProcessingSequenceItem as MultienergyCTProcessingSequenceItem,
    )
    from dicomodel.items.multienergy_ctx_ray_detector_sequence_item import (
        MultienergyCTXRayDetectorSequenceItem as MultienergyCTXRayDetectorSequenceItem,
    )
    from dicomodel.items.multienergy_ctx_ray_source_sequence_item import (
        MultienergyCTXRaySourceSequenceItem as MultienergyCTXRaySourceSequenceItem,
    )
    from dicomodel.items.multiplexed_audio_channels_description_code_sequence_item import (
        MultiplexedAudioChannelsDescriptionCodeSequenceItem as MultiplexedAudioChannelsDescriptionCodeSequenceItem,
    )
    from dicomodel.items.mv_radiation_image_acquisition_parameters_item import (
        MVRadiationImageAcquisitionParametersItem as MVImagingGenerationParametersSequenceItem,
    )
    from dicomodel.items.mv_radiation_image_acquisition_parameters_item import (
        MVRadiationImageAcquisitionParametersItem as MVRadiationImageAcquisitionParametersItem,
    )
    from dicomodel.items.mv_radiation_image_acquisition_parameters_item import (
        MVRadiationImageAcquisitionParametersItem as RTImageFrameMVRadiationAcquisitionSequenceItem,
    )
    from dicomodel.items.mydriatic_agent_sequence_item import (
        MydriaticAgentSequenceItem as MydriaticAgentSequenceItem,
    )
    from dicomodel.items.navigation_indicator_sequence_item import (
        NavigationIndicatorSequenceItem as NavigationIndicatorSequenceItem,
    )
    from dicomodel.items.nonconforming_modified_attributes_sequence_item import (
        NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
    )
    from dicomodel.items.notification_from_manufacturer_sequence_item import (
        NotificationFromManufacturerSequenceItem as InformationFromManufacturerSequenceItem,
    )
    from dicomodel.items.notification_from_manufacturer_sequence_item import (
        NotificationFromManufacturerSequenceItem as NotificationFromManufacturerSequenceItem,
    )
    from dicomodel.items.object_thickness_sequence_item import (
        ObjectThicknessSequenceItem as ObjectThicknessSequenceItem,
    )
    from dicomodel.items.oblique_cropping_plane_sequence_item import (
        ObliqueCroppingPlaneSequenceItem as ObliqueCroppingPlaneSequenceItem,
    )
    from dicomodel.items.oct_bscan_analysis_acquisition_parameters_sequence_item import (
        OCTBscanAnalysisAcquisitionParametersSequenceItem as OCTBscanAnalysisAcquisitionParametersSequenceItem,
    )
    from dicomodel.items.omitted_application_setup_sequence_item import (
        OmittedApplicationSetupSequenceItem as OmittedApplicationSetupSequenceItem,
    )
    from dicomodel.items.omitted_beam_task_sequence_item import (
        OmittedBeamTaskSequenceItem as OmittedBeamTaskSequenceItem,
    )
    from dicomodel.items.omitted_channel_sequence_item import (
        OmittedChannelSequenceItem as OmittedChannelSequenceItem,
    )
    from dicomodel.items.omitted_radiation_sequence_item import (
        OmittedRadiationSequenceItem as OmittedRadiationSequenceItem,
    )
    from dicomodel.items.operating_mode_sequence_item import (
        OperatingModeSequenceItem as OperatingModeSequenceItem,
    )
    from dicomodel.items.operator_identification_sequence_item import (
        OperatorIdentificationSequenceItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_measurements_length_summation_sequence_item import (
        OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem as OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_measurements_sequence_item import (
        OphthalmicAxialLengthMeasurementsSequenceItem as OphthalmicAxialLengthMeasurementsSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_measurements_total_length_sequence_item import (
        OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem as OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_quality_metric_item import (
        OphthalmicAxialLengthQualityMetricItem as OphthalmicAxialLengthQualityMetricItem,
    )
    from dicomodel.items.ophthalmic_axial_length_quality_metric_item import (
        OphthalmicAxialLengthQualityMetricItem as OphthalmicAxialLengthQualityMetricSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_segmental_measurements_item import (
        OphthalmicAxialLengthSegmentalMeasurementsItem as OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_segmental_measurements_item import (
        OphthalmicAxialLengthSegmentalMeasurementsItem as OphthalmicAxialLengthSegmentalMeasurementsItem,
    )
    from dicomodel.items.ophthalmic_axial_length_sequence_item import (
        OphthalmicAxialLengthSequenceItem as OphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item import (
        OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item import (
        OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_measurements_right_eye_sequence_item import (
        OphthalmicAxialMeasurementsRightEyeSequenceItem as OphthalmicAxialMeasurementsLeftEyeSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_measurements_right_eye_sequence_item import (
        OphthalmicAxialMeasurementsRightEyeSequenceItem as OphthalmicAxialMeasurementsRightEyeSequenceItem,
    )
    from dicomodel.items.ophthalmic_en_face_image_quality_rating_sequence_item import (
        OphthalmicEnFaceImageQualityRatingSequenceItem as OphthalmicEnFaceImageQualityRatingSequenceItem,
    )
    from dicomodel.items.ophthalmic_frame_location_sequence_item import (
        OphthalmicFrameLocationSequenceItem as OphthalmicFrameLocationSequenceItem,
    )
    from dicomodel.items.ophthalmic_patient_clinical_information_and_test_lens_parameters_item import (
        OphthalmicPatientClinicalInformationAndTestLensParametersItem as OphthalmicPatientClinicalInformationAndTestLensParametersItem,
    )
    from dicomodel.items.ophthalmic_patient_clinical_information_and_test_lens_parameters_item import (
        OphthalmicPatientClinicalInformationAndTestLensParametersItem as OphthalmicPatientClinicalInformationLeftEyeSequenceItem,
    )
    from dicomodel.items.ophthalmic_patient_clinical_information_and_test_lens_parameters_item import (
        OphthalmicPatientClinicalInformationAndTestLensParametersItem as OphthalmicPatientClinicalInformationRightEyeSequenceItem,
    )
    from dicomodel.items.ophthalmic_thickness_map_quality_rating_sequence_item import (
        OphthalmicThicknessMapQualityRatingSequenceItem as OphthalmicThicknessMapQualityRatingSequenceItem,
    )
    from dicomodel.items.ophthalmic_thickness_map_quality_threshold_sequence_item import (
        OphthalmicThicknessMapQualityThresholdSequenceItem as OphthalmicThicknessMapQualityThresholdSequenceItem,
    )
    from dicomodel.items.ophthalmic_visual_field_global_index_item import (
        OphthalmicVisualFieldGlobalIndexItem as OphthalmicVisualFieldGlobalIndexItem,
    )
    from dicomodel.items.ophthalmic_visual_field_global_index_item import (
        OphthalmicVisualFieldGlobalIndexItem as VisualFieldGlobalResultsIndexSequenceItem,
    )
    from dicomodel.items.ophthalmic_visual_field_global_index_item import (
        OphthalmicVisualFieldGlobalIndexItem as VisualFieldTestReliabilityGlobalIndexSequenceItem,
    )
    from dicomodel.items.optical_ophthalmic_axial_length_measurements_sequence_item import (
        OpticalOphthalmicAxialLengthMeasurementsSequenceItem as OpticalOphthalmicAxialLengthMeasurementsSequenceItem,
    )
    from dicomodel.items.optical_path_identification_sequence_item import (
        OpticalPathIdentificationSequenceItem as OpticalPathIdentificationSequenceItem,
    )
    from dicomodel.items.optical_path_sequence_item import (
        OpticalPathSequenceItem as OpticalPathSequenceItem,
    )
    from dicomodel.items.optical_selected_ophthalmic_axial_length_sequence_item import (
        OpticalSelectedOphthalmicAxialLengthSequenceItem as OpticalSelectedOphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as OriginalAttributesSequenceItem,
    )
    from dicomodel.items.original_image_sequence_item import (
        OriginalImageSequenceItem as OriginalImageSequenceItem,
    )
    from dicomodel.items.other_clinical_trial_protocol_i_ds_sequence_item import (
        OtherClinicalTrialProtocolIDsSequenceItem as OtherClinicalTrialProtocolIDsSequenceItem,
    )
    from dicomodel.items.other_media_available_sequence_item import (
        OtherMediaAvailableSequenceItem as OtherMediaAvailableSequenceItem,
    )
    from dicomodel.items.other_patient_i_ds_sequence_item import (
        OtherPatientIDsSequenceItem as OtherPatientIDsSequenceItem,
    )
    from dicomodel.items.other_patient_i_ds_sequence_item_inventory import (
        OtherPatientIDsSequenceItemInventory as OtherPatientIDsSequenceItemInventory,
    )
    from dicomodel.items.other_patient_i_ds_sequence_item_patient import (
        OtherPatientIDsSequenceItemPatient as OtherPatientIDsSequenceItemPatient,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as BeamAreaLimitSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as FixedRTBeamDelimiterDeviceSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as OutlineDefinitionItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.overridden_attributes_sequence_item import (
        OverriddenAttributesSequenceItem as OverriddenAttributesSequenceItem,
    )
    from dicomodel.items.override_sequence_item import OverrideSequenceItem as OverrideSequenceItem
    from dicomodel.items.override_sequence_item_rt_brachy_session_record import (
        OverrideSequenceItemRTBrachySessionRecord as OverrideSequenceItemRTBrachySessionRecord,
    )
    from dicomodel.items.override_sequence_item_rt_ion_beams_session_record import (
        OverrideSequenceItemRTIonBeamsSessionRecord as OverrideSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.override_sequence_item_rt_radiation_record_common import (
        OverrideSequenceItemRTRadiationRecordCommon as OverrideSequenceItemRTRadiationRecordCommon,
    )
    from dicomodel.items.palette_color_lookup_table_item import (
        PaletteColorLookupTableItem as PaletteColorLookupTableItem,
    )
    from dicomodel.items.palette_color_lookup_table_item import (
        PaletteColorLookupTableItem as PaletteColorLookupTableSequenceItem,
    )
    from dicomodel.items.parallel_rt_beam_delimiter_device_sequence_item import (
        ParallelRTBeamDelimiterDeviceSequenceItem as ParallelRTBeamDelimiterDeviceSequenceItem,
    )
    from dicomodel.items.parameterized_rt_imaging_geometry_item import (
        ParameterizedRTImagingGeometryItem as ParameterizedRTImagingGeometryItem,
    )
    from dicomodel.items.parameterized_rt_imaging_geometry_item import (
        ParameterizedRTImagingGeometryItem as ScanStartPositionSequenceItem,
    )
    from dicomodel.items.parameterized_rt_imaging_geometry_item import (
        ParameterizedRTImagingGeometryItem as ScanStopPositionSequenceItem,
    )
    from dicomodel.items.parameters_specification_sequence_item import (
        ParametersSpecificationSequenceItem as ParametersSpecificationSequenceItem,
    )
    from dicomodel.items.parametric_map_frame_type_sequence_item import (
        ParametricMapFrameTypeSequenceItem as ParametricMapFrameTypeSequenceItem,
    )
    from dicomodel.items.participant_sequence_item import (
        ParticipantSequenceItem as ParticipantSequenceItem,
    )
    from dicomodel.items.patient_clinical_trial_participation_sequence_item import (
        PatientClinicalTrialParticipationSequenceItem as PatientClinicalTrialParticipationSequenceItem,
    )
    from dicomodel.items.patient_location_coordinates_sequence_item import (
        PatientLocationCoordinatesSequenceItem as PatientLocationCoordinatesSequenceItem,
    )
    from dicomodel.items.patient_orientation_and_equipment_relationship_item import (
        PatientOrientationAndEquipmentRelationshipItem as PatientOrientationAndEquipmentRelationshipItem,
    )
    from dicomodel.items.patient_orientation_and_equipment_relationship_item import (
        PatientOrientationAndEquipmentRelationshipItem as PatientTreatmentOrientationSequenceItem,
    )
    from dicomodel.items.patient_orientation_code_sequence_item import (
        PatientOrientationCodeSequenceItem as PatientOrientationCodeSequenceItem,
    )
    from dicomodel.items.patient_orientation_code_sequence_item_dx_positioning import (
        PatientOrientationCodeSequenceItemDXPositioning as PatientOrientationCodeSequenceItemDXPositioning,
    )
    from dicomodel.items.patient_orientation_code_sequence_item_enhanced_xaxrf_image import (
        PatientOrientationCodeSequenceItemEnhancedXAXRFImage as PatientOrientationCodeSequenceItemEnhancedXAXRFImage,
    )
    from dicomodel.items.patient_orientation_code_sequence_item_nmpet_patient_orientation import (
        PatientOrientationCodeSequenceItemNMPETPatientOrientation as PatientOrientationCodeSequenceItemNMPETPatientOrientation,
    )
    from dicomodel.items.patient_orientation_in_frame_sequence_item import (
        PatientOrientationInFrameSequenceItem as PatientOrientationInFrameSequenceItem,
    )
    from dicomodel.items.patient_physiological_state_sequence_item import (
        PatientPhysiologicalStateSequenceItem as PatientPhysiologicalStateSequenceItem,
    )
    from dicomodel.items.patient_positioning_instruction_sequence_item import (
        PatientPositioningInstructionSequenceItem as PatientPositioningInstructionSequenceItem,
    )
    from dicomodel.items.patient_primary_language_code_sequence_item import (
        PatientPrimaryLanguageCodeSequenceItem as PatientPrimaryLanguageCodeSequenceItem,
    )
    from dicomodel.items.patient_setup_sequence_item import (
        PatientSetupSequenceItem as PatientSetupSequenceItem,
    )
    from dicomodel.items.patient_setup_sequence_item_rt_general_machine_verification import (
        PatientSetupSequenceItemRTGeneralMachineVerification as PatientSetupSequenceItemRTGeneralMachineVerification,
    )
    from dicomodel.items.patient_support_devices_sequence_item import (
        PatientSupportDevicesSequenceItem as PatientSupportDevicesSequenceItem,
    )
    from dicomodel.items.patient_support_position_device_parameter_sequence_item import (
        PatientSupportPositionDeviceParameterSequenceItem as PatientSupportPositionDeviceParameterSequenceItem,
    )
    from dicomodel.items.patient_support_position_device_tolerance_sequence_item import (
        PatientSupportPositionDeviceToleranceSequenceItem as PatientSupportPositionDeviceToleranceSequenceItem,
    )
    from dicomodel.items.patient_support_position_item import (
        PatientSupportPositionItem as PatientSupportDisplacementSequenceItem,
    )
    from dicomodel.items.patient_support_position_item import (
        PatientSupportPositionItem as PatientSupportPositionItem,
    )
    from dicomodel.items.patient_support_position_item import (
        PatientSupportPositionItem as PatientSupportPositionSequenceItem,
    )
    from dicomodel.items.patient_support_position_parameter_sequence_item import (
        PatientSupportPositionParameterSequenceItem as PatientSupportPositionParameterSequenceItem,
    )
    from dicomodel.items.patient_support_position_tolerance_sequence_item import (
        PatientSupportPositionToleranceSequenceItem as PatientSupportPositionToleranceSequenceItem,
    )
    from dicomodel.items.patient_to_equipment_relationship_item import (
        PatientToEquipmentRelationshipItem as PatientToEquipmentRelationshipItem,
    )
    from dicomodel.items.patient_to_equipment_relationship_item import (
        PatientToEquipmentRelationshipItem as RTPatientPositionSequenceItem,
    )
    from dicomodel.items.patient_to_equipment_relationship_sequence_item import (
        PatientToEquipmentRelationshipSequenceItem as PatientToEquipmentRelationshipSequenceItem,
    )
    from dicomodel.items.patient_treatment_preparation_procedure_sequence_item import (
        PatientTreatmentPreparationProcedureSequenceItem as PatientTreatmentPreparationProcedureSequenceItem,
    )
    from dicomodel.items.per_projection_acquisition_sequence_item import (
        PerProjectionAcquisitionSequenceItem as PerProjectionAcquisitionSequenceItem,
    )
    from dicomodel.items.per_projection_acquisition_sequence_item_breast_tomosynthesis_acquisition import (
        PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition as PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition,
    )
    from dicomodel.items.performed_series_sequence_item import (
        PerformedSeriesSequenceItem as PerformedSeriesSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ConsultingPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as IntendedRecipientsOfResultsIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as InterlockResolutionUserSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as PerformingPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as PersonIdentificationItem,
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
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as RequestingPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ScheduledPerformingPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.pertinent_documents_sequence_item import (
        PertinentDocumentsSequenceItem as PertinentDocumentsSequenceItem,
    )
    from dicomodel.items.pertinent_documents_sequence_item_patient_medical import (
        PertinentDocumentsSequenceItemPatientMedical as PertinentDocumentsSequenceItemPatientMedical,
    )
    from dicomodel.items.pertinent_documents_sequence_item_product_characteristics import (
        PertinentDocumentsSequenceItemProductCharacteristics as PertinentDocumentsSequenceItemProductCharacteristics,
    )
    from dicomodel.items.pertinent_resources_sequence_item import (
        PertinentResourcesSequenceItem as PertinentResourcesSequenceItem,
    )
    from dicomodel.items.pertinent_resources_sequence_item_content_assessment_results import (
        PertinentResourcesSequenceItemContentAssessmentResults as PertinentResourcesSequenceItemContentAssessmentResults,
    )
    from dicomodel.items.pet_detector_motion_details_sequence_item import (
        PETDetectorMotionDetailsSequenceItem as PETDetectorMotionDetailsSequenceItem,
    )
    from dicomodel.items.pet_frame_acquisition_sequence_item import (
        PETFrameAcquisitionSequenceItem as PETFrameAcquisitionSequenceItem,
    )
    from dicomodel.items.pet_frame_correction_factors_sequence_item import (
        PETFrameCorrectionFactorsSequenceItem as PETFrameCorrectionFactorsSequenceItem,
    )
    from dicomodel.items.pet_reconstruction_sequence_item import (
        PETReconstructionSequenceItem as PETReconstructionSequenceItem,
    )
    from dicomodel.items.pet_table_dynamics_sequence_item import (
        PETTableDynamicsSequenceItem as PETTableDynamicsSequenceItem,
    )
    from dicomodel.items.phase_information_sequence_item import (
        PhaseInformationSequenceItem as PhaseInformationSequenceItem,
    )
    from dicomodel.items.photoacoustic_excitation_characteristics_sequence_item import (
        PhotoacousticExcitationCharacteristicsSequenceItem as PhotoacousticExcitationCharacteristicsSequenceItem,
    )
    from dicomodel.items.photoacoustic_image_frame_type_sequence_item import (
        PhotoacousticImageFrameTypeSequenceItem as PhotoacousticImageFrameTypeSequenceItem,
    )
    from dicomodel.items.pixel_intensity_relationship_lut_sequence_item import (
        PixelIntensityRelationshipLUTSequenceItem as PixelIntensityRelationshipLUTSequenceItem,
    )
    from dicomodel.items.pixel_intensity_relationship_lut_sequence_item_xaxrf_presentation_state_mask import (
        PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask as PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask,
    )
    from dicomodel.items.pixel_measures_sequence_item import (
        PixelMeasuresSequenceItem as PixelMeasuresSequenceItem,
    )
    from dicomodel.items.pixel_shift_sequence_item import (
        PixelShiftSequenceItem as PixelShiftSequenceItem,
    )
    from dicomodel.items.pixel_value_mapping_to_coded_concept_sequence_item import (
        PixelValueMappingToCodedConceptSequenceItem as PixelValueMappingToCodedConceptSequenceItem,
    )
    from dicomodel.items.pixel_value_transformation_sequence_item import (
        PixelValueTransformationSequenceItem as PixelValueTransformationSequenceItem,
    )
    from dicomodel.items.pixel_value_transformation_sequence_item_ct_pixel_value_transformation import (
        PixelValueTransformationSequenceItemCTPixelValueTransformation as PixelValueTransformationSequenceItemCTPixelValueTransformation,
    )
    from dicomodel.items.pixel_value_transformation_sequence_item_identity_pixel_value_transformation import (
        PixelValueTransformationSequenceItemIdentityPixelValueTransformation as PixelValueTransformationSequenceItemIdentityPixelValueTransformation,
    )
    from dicomodel.items.plan_overview_sequence_item import (
        PlanOverviewSequenceItem as PlanOverviewSequenceItem,
    )
    from dicomodel.items.plane_orientation_sequence_item import (
        PlaneOrientationSequenceItem as PlaneOrientationSequenceItem,
    )
    from dicomodel.items.plane_orientation_volume_sequence_item import (
        PlaneOrientationVolumeSequenceItem as PlaneOrientationVolumeSequenceItem,
    )
    from dicomodel.items.plane_position_sequence_item import (
        PlanePositionSequenceItem as PlanePositionSequenceItem,
    )
    from dicomodel.items.plane_position_slide_sequence_item import (
        PlanePositionSlideSequenceItem as PlanePositionSlideSequenceItem,
    )
    from dicomodel.items.plane_position_volume_sequence_item import (
        PlanePositionVolumeSequenceItem as PlanePositionVolumeSequenceItem,
    )
    from dicomodel.items.planned_verification_image_sequence_item import (
        PlannedVerificationImageSequenceItem as PlannedVerificationImageSequenceItem,
    )
    from dicomodel.items.planning_landmark_line_sequence_item import (
        PlanningLandmarkLineSequenceItem as PlanningLandmarkLineSequenceItem,
    )
    from dicomodel.items.planning_landmark_plane_sequence_item import (
        PlanningLandmarkPlaneSequenceItem as PlanningLandmarkPlaneSequenceItem,
    )
    from dicomodel.items.planning_landmark_point_sequence_item import (
        PlanningLandmarkPointSequenceItem as PlanningLandmarkPointSequenceItem,
    )
    from dicomodel.items.points_item import PointsItem as PointsItem
    from dicomodel.items.position_acquisition_template_identification_sequence_item import (
        PositionAcquisitionTemplateIdentificationSequenceItem as PositionAcquisitionTemplateIdentificationSequenceItem,
    )
    from dicomodel.items.positioner_position_sequence_item import (
        PositionerPositionSequenceItem as PositionerPositionSequenceItem,
    )
    from dicomodel.items.positioner_position_sequence_item_breast_x_ray_positioner import (
        PositionerPositionSequenceItemBreastXRayPositioner as PositionerPositionSequenceItemBreastXRayPositioner,
    )
    from dicomodel.items.post_deformation_matrix_registration_sequence_item import (
        PostDeformationMatrixRegistrationSequenceItem as PostDeformationMatrixRegistrationSequenceItem,
    )
    from dicomodel.items.prescription_overview_sequence_item import (
        PrescriptionOverviewSequenceItem as PrescriptionOverviewSequenceItem,
    )
    from dicomodel.items.presentation_lut_sequence_item import (
        PresentationLUTSequenceItem as PresentationLUTSequenceItem,
    )
    from dicomodel.items.presentation_state_classification_component_sequence_item import (
        PresentationStateClassificationComponentSequenceItem as PresentationStateClassificationComponentSequenceItem,
    )
    from dicomodel.items.presentation_state_classification_component_sequence_item_render_display import (
        PresentationStateClassificationComponentSequenceItemRenderDisplay as PresentationStateClassificationComponentSequenceItemRenderDisplay,
    )
    from dicomodel.items.presentation_state_compositor_component_sequence_item import (
        PresentationStateCompositorComponentSequenceItem as PresentationStateCompositorComponentSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item_ocular_region_imaged import (
        PrimaryAnatomicStructureSequenceItemOcularRegionImaged as PrimaryAnatomicStructureSequenceItemOcularRegionImaged,
    )
    from dicomodel.items.primary_fluence_mode_sequence_item import (
        PrimaryFluenceModeSequenceItem as PrimaryFluenceModeSequenceItem,
    )
    from dicomodel.items.printer_configuration_sequence_item import (
        PrinterConfigurationSequenceItem as PrinterConfigurationSequenceItem,
    )
    from dicomodel.items.prism_sequence_item import PrismSequenceItem as PrismSequenceItem
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
    from dicomodel.items.projection_imaging_acquisition_parameter_sequence_item import (
        ProjectionImagingAcquisitionParameterSequenceItem as ProjectionImagingAcquisitionParameterSequenceItem,
    )
    from dicomodel.items.projection_pixel_calibration_sequence_item import (
        ProjectionPixelCalibrationSequenceItem as ProjectionPixelCalibrationSequenceItem,
    )
    from dicomodel.items.proposed_study_sequence_item import (
        ProposedStudySequenceItem as ProposedStudySequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as AcquisitionContextSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as PatientTreatmentPreparationProcedureParameterSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as ProtocolContextSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as QuantityDefinitionSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as SegmentCharacteristicsSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as ProcedureStepProgressParametersSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as ProtocolContextSequenceItemScheduledProcedureStep,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as ScheduledProcessingParametersSequenceItem,
    )
    from dicomodel.items.pulse_specific_brachy_control_point_delivered_sequence_item import (
        PulseSpecificBrachyControlPointDeliveredSequenceItem as PulseSpecificBrachyControlPointDeliveredSequenceItem,
    )
    from dicomodel.items.qa_results_sequence_item import (
        QAResultsSequenceItem as QAResultsSequenceItem,
    )
    from dicomodel.items.quantity_sequence_item import QuantitySequenceItem as QuantitySequenceItem
    from dicomodel.items.radiation_dose_identification_sequence_item import (
        RadiationDoseIdentificationSequenceItem as RadiationDoseIdentificationSequenceItem,
    )
    from dicomodel.items.radiation_dose_identification_sequence_item_rt_dose_contribution_record import (
        RadiationDoseIdentificationSequenceItemRTDoseContributionRecord as RadiationDoseIdentificationSequenceItemRTDoseContributionRecord,
    )
    from dicomodel.items.radiation_dose_sequence_item import (
        RadiationDoseSequenceItem as RadiationDoseSequenceItem,
    )
    from dicomodel.items.radiation_dose_sequence_item_rt_dose_contribution_record import (
        RadiationDoseSequenceItemRTDoseContributionRecord as RadiationDoseSequenceItemRTDoseContributionRecord,
    )
    from dicomodel.items.radiation_dose_values_parameters_sequence_item import (
        RadiationDoseValuesParametersSequenceItem as RadiationDoseValuesParametersSequenceItem,
    )
    from dicomodel.items.radiation_dose_values_parameters_sequence_item_rt_dose_contribution_record import (
        RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord as RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord,
    )
    from dicomodel.items.radiation_generation_mode_item import (
        RadiationGenerationModeItem as RadiationGenerationModeItem,
    )
    from dicomodel.items.radiation_generation_mode_sequence_item import (
        RadiationGenerationModeSequenceItem as RadiationGenerationModeSequenceItem,
    )
    from dicomodel.items.radiobiological_dose_effect_description_item import (
        RadiobiologicalDoseEffectDescriptionItem as RadiobiologicalDoseEffectDescriptionItem,
    )
    from dicomodel.items.radiobiological_dose_effect_description_item import (
        RadiobiologicalDoseEffectDescriptionItem as RadiobiologicalDoseEffectSequenceItem,
    )
    from dicomodel.items.radiopharmaceutical_information_sequence_item import (
        RadiopharmaceuticalInformationSequenceItem as RadiopharmaceuticalInformationSequenceItem,
    )
    from dicomodel.items.radiopharmaceutical_information_sequence_item_enhanced_pet_isotope import (
        RadiopharmaceuticalInformationSequenceItemEnhancedPETIsotope as RadiopharmaceuticalInformationSequenceItemEnhancedPETIsotope,
    )
    from dicomodel.items.radiopharmaceutical_information_sequence_item_pet_isotope import (
        RadiopharmaceuticalInformationSequenceItemPETIsotope as RadiopharmaceuticalInformationSequenceItemPETIsotope,
    )
    from dicomodel.items.radiopharmaceutical_usage_sequence_item import (
        RadiopharmaceuticalUsageSequenceItem as RadiopharmaceuticalUsageSequenceItem,
    )
    from dicomodel.items.range_modulator_sequence_item import (
        RangeModulatorSequenceItem as RangeModulatorSequenceItem,
    )
    from dicomodel.items.range_modulator_settings_sequence_item import (
        RangeModulatorSettingsSequenceItem as RangeModulatorSettingsSequenceItem,
    )
    from dicomodel.items.range_modulator_settings_sequence_item_rt_ion_beams_session_record import (
        RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord as RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.range_modulator_settings_sequence_item_rt_ion_machine_verification import (
        RangeModulatorSettingsSequenceItemRTIonMachineVerification as RangeModulatorSettingsSequenceItemRTIonMachineVerification,
    )
    from dicomodel.items.range_shifter_sequence_item import (
        RangeShifterSequenceItem as RangeShifterSequenceItem,
    )
    from dicomodel.items.range_shifter_settings_sequence_item import (
        RangeShifterSettingsSequenceItem as RangeShifterSettingsSequenceItem,
    )
    from dicomodel.items.range_shifter_settings_sequence_item_rt_ion_beams_session_record import (
        RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord as RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.range_shifter_settings_sequence_item_rt_ion_machine_verification import (
        RangeShifterSettingsSequenceItemRTIonMachineVerification as RangeShifterSettingsSequenceItemRTIonMachineVerification,
    )
    from dicomodel.items.real_time_bulk_data_flow_sequence_item import (
        RealTimeBulkDataFlowSequenceItem as RealTimeBulkDataFlowSequenceItem,
    )
    from dicomodel.items.real_world_value_mapping_item import (
        RealWorldValueMappingItem as RealWorldValueMappingItem,
    )
    from dicomodel.items.real_world_value_mapping_item import (
        RealWorldValueMappingItem as RealWorldValueMappingSequenceItem,
    )
    from dicomodel.items.reconstruction_protocol_element_sequence_item import (
        ReconstructionProtocolElementSequenceItem as ReconstructionProtocolElementSequenceItem,
    )
    from dicomodel.items.reconstruction_protocol_element_sequence_item_performed_xa_reconstruction import (
        ReconstructionProtocolElementSequenceItemPerformedXAReconstruction as ReconstructionProtocolElementSequenceItemPerformedXAReconstruction,
    )
    from dicomodel.items.recorded_block_sequence_item import (
        RecordedBlockSequenceItem as RecordedBlockSequenceItem,
    )
    from dicomodel.items.recorded_block_sequence_item_rt_general_machine_verification import (
        RecordedBlockSequenceItemRTGeneralMachineVerification as RecordedBlockSequenceItemRTGeneralMachineVerification,
    )
    from dicomodel.items.recorded_block_sequence_item_rt_ion_beams_session_record import (
        RecordedBlockSequenceItemRTIonBeamsSessionRecord as RecordedBlockSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.recorded_block_slab_sequence_item import (
        RecordedBlockSlabSequenceItem as RecordedBlockSlabSequenceItem,
    )
    from dicomodel.items.recorded_brachy_accessory_device_sequence_item import (
        RecordedBrachyAccessoryDeviceSequenceItem as RecordedBrachyAccessoryDeviceSequenceItem,
    )
    from dicomodel.items.recorded_channel_sequence_item import (
        RecordedChannelSequenceItem as RecordedChannelSequenceItem,
    )
    from dicomodel.items.recorded_channel_shield_sequence_item import (
        RecordedChannelShieldSequenceItem as RecordedChannelShieldSequenceItem,
    )
    from dicomodel.items.recorded_compensator_sequence_item import (
        RecordedCompensatorSequenceItem as RecordedCompensatorSequenceItem,
    )
    from dicomodel.items.recorded_compensator_sequence_item_rt_general_machine_verification import (
        RecordedCompensatorSequenceItemRTGeneralMachineVerification as RecordedCompensatorSequenceItemRTGeneralMachineVerification,
    )
    from dicomodel.items.recorded_compensator_sequence_item_rt_ion_beams_session_record import (
        RecordedCompensatorSequenceItemRTIonBeamsSessionRecord as RecordedCompensatorSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.recorded_lateral_spreading_device_sequence_item import (
        RecordedLateralSpreadingDeviceSequenceItem as RecordedLateralSpreadingDeviceSequenceItem,
    )
    from dicomodel.items.recorded_lateral_spreading_device_sequence_item_rt_ion_machine_verification import (
        RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification as RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification,
    )
    from dicomodel.items.recorded_range_modulator_sequence_item import (
        RecordedRangeModulatorSequenceItem as RecordedRangeModulatorSequenceItem,
    )
    from dicomodel.items.recorded_range_modulator_sequence_item_rt_ion_machine_verification import (
        RecordedRangeModulatorSequenceItemRTIonMachineVerification as RecordedRangeModulatorSequenceItemRTIonMachineVerification,
    )
    from dicomodel.items.recorded_range_shifter_sequence_item import (
        RecordedRangeShifterSequenceItem as RecordedRangeShifterSequenceItem,
    )
    from dicomodel.items.recorded_range_shifter_sequence_item_rt_ion_machine_verification import (
        RecordedRangeShifterSequenceItemRTIonMachineVerification as RecordedRangeShifterSequenceItemRTIonMachineVerification,
    )
    from dicomodel.items.recorded_snout_sequence_item import (
        RecordedSnoutSequenceItem as RecordedSnoutSequenceItem,
    )
    from dicomodel.items.recorded_source_applicator_sequence_item import (
        RecordedSourceApplicatorSequenceItem as RecordedSourceApplicatorSequenceItem,
    )
    from dicomodel.items.recorded_source_sequence_item import (
        RecordedSourceSequenceItem as RecordedSourceSequenceItem,
    )
    from dicomodel.items.recorded_wedge_sequence_item import (
        RecordedWedgeSequenceItem as RecordedWedgeSequenceItem,
    )
    from dicomodel.items.recorded_wedge_sequence_item_rt_general_machine_verification import (
        RecordedWedgeSequenceItemRTGeneralMachineVerification as RecordedWedgeSequenceItemRTGeneralMachineVerification,
    )
    from dicomodel.items.recorded_wedge_sequence_item_rt_ion_beams_session_record import (
        RecordedWedgeSequenceItemRTIonBeamsSessionRecord as RecordedWedgeSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as AcquisitionEndLocationSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as AcquisitionStartLocationSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as PositioningLandmarkSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as ReconstructionEndLocationSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as ReconstructionStartLocationSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as ReconstructionTargetCenterLocationSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as ReferenceLocationItem,
    )
    from dicomodel.items.referenced_baseline_parameters_rt_radiation_instance_sequence_item import (
        ReferencedBaselineParametersRTRadiationInstanceSequenceItem as ReferencedBaselineParametersRTRadiationInstanceSequenceItem,
    )
    from dicomodel.items.referenced_beam_sequence_item import (
        ReferencedBeamSequenceItem as ReferencedBeamSequenceItem,
    )
    from dicomodel.items.referenced_beam_sequence_item_rt_fraction_scheme import (
        ReferencedBeamSequenceItemRTFractionScheme as ReferencedBeamSequenceItemRTFractionScheme,
    )
    from dicomodel.items.referenced_bolus_sequence_item import (
        ReferencedBolusSequenceItem as ReferencedBolusSequenceItem,
    )
    from dicomodel.items.referenced_bolus_sequence_item_rt_beams_session_record import (
        ReferencedBolusSequenceItemRTBeamsSessionRecord as ReferencedBolusSequenceItemRTBeamsSessionRecord,
    )
    from dicomodel.items.referenced_bolus_sequence_item_rt_general_machine_verification import (
        ReferencedBolusSequenceItemRTGeneralMachineVerification as ReferencedBolusSequenceItemRTGeneralMachineVerification,
    )
    from dicomodel.items.referenced_bolus_sequence_item_rt_ion_beams import (
        ReferencedBolusSequenceItemRTIonBeams as ReferencedBolusSequenceItemRTIonBeams,
    )
    from dicomodel.items.referenced_brachy_application_setup_sequence_item import (
        ReferencedBrachyApplicationSetupSequenceItem as ReferencedBrachyApplicationSetupSequenceItem,
    )
    from dicomodel.items.referenced_brachy_application_setup_sequence_item_rt_fraction_scheme import (
        ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme as ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme,
    )
    from dicomodel.items.referenced_calculated_dose_reference_sequence_item import (
        ReferencedCalculatedDoseReferenceSequenceItem as ReferencedCalculatedDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_calculated_dose_reference_sequence_item_rt_brachy_session_record import (
        ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord as ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord,
    )
    from dicomodel.items.referenced_calculated_dose_reference_sequence_item_rt_brachy_session_record2 import (
        ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2 as ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2,
    )
    from dicomodel.items.referenced_control_point_sequence_item import (
        ReferencedControlPointSequenceItem as ReferencedControlPointSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item_scheduled_procedure_step import (
        ReferencedDefinedProtocolSequenceItemScheduledProcedureStep as ReferencedDefinedProtocolSequenceItemScheduledProcedureStep,
    )
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_dose_reference_sequence_item import (
        ReferencedDoseReferenceSequenceItem as ReferencedDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_dose_reference_sequence_item_rt_beams import (
        ReferencedDoseReferenceSequenceItemRTBeams as ReferencedDoseReferenceSequenceItemRTBeams,
    )
    from dicomodel.items.referenced_dose_reference_sequence_item_rt_beams2 import (
        ReferencedDoseReferenceSequenceItemRTBeams2 as ReferencedDoseReferenceSequenceItemRTBeams2,
    )
    from dicomodel.items.referenced_dosimetric_objectives_sequence_item import (
        ReferencedDosimetricObjectivesSequenceItem as ReferencedDosimetricObjectivesSequenceItem,
    )
    from dicomodel.items.referenced_fraction_group_sequence_item import (
        ReferencedFractionGroupSequenceItem as ReferencedFractionGroupSequenceItem,
    )
    from dicomodel.items.referenced_frame_of_reference_sequence_item import (
        ReferencedFrameOfReferenceSequenceItem as ReferencedFrameOfReferenceSequenceItem,
    )
    from dicomodel.items.referenced_image_real_world_value_mapping_sequence_item import (
        ReferencedImageRealWorldValueMappingSequenceItem as ReferencedImageRealWorldValueMappingSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item import (
        ReferencedImageSequenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_advanced_blending_presentation_state import (
        ReferencedImageSequenceItemAdvancedBlendingPresentationState as ReferencedImageSequenceItemAdvancedBlendingPresentationState,
    )
    from dicomodel.items.referenced_image_sequence_item_advanced_blending_presentation_state2 import (
        ReferencedImageSequenceItemAdvancedBlendingPresentationState2 as ReferencedImageSequenceItemAdvancedBlendingPresentationState2,
    )
    from dicomodel.items.referenced_image_sequence_item_encapsulated_document import (
        ReferencedImageSequenceItemEncapsulatedDocument as ReferencedImageSequenceItemEncapsulatedDocument,
    )
    from dicomodel.items.referenced_image_sequence_item_image_acquisition_results import (
        ReferencedImageSequenceItemImageAcquisitionResults as ReferencedImageSequenceItemImageAcquisitionResults,
    )
    from dicomodel.items.referenced_image_sequence_item_structured_display_image_box import (
        ReferencedImageSequenceItemStructuredDisplayImageBox as ReferencedImageSequenceItemStructuredDisplayImageBox,
    )
    from dicomodel.items.referenced_image_sequence_item_visual_evaluation_result import (
        ReferencedImageSequenceItemVisualEvaluationResult as ReferencedImageSequenceItemVisualEvaluationResult,
    )
    from dicomodel.items.referenced_image_sequence_item_vl_image import (
        ReferencedImageSequenceItemVLImage as ReferencedImageSequenceItemVLImage,
    )
    from dicomodel.items.referenced_image_sequence_item_x_ray_image import (
        ReferencedImageSequenceItemXRayImage as ReferencedImageSequenceItemXRayImage,
    )
    from dicomodel.items.referenced_instance_sequence_item import (
        ReferencedInstanceSequenceItem as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_encapsulated_document import (
        ReferencedInstanceSequenceItemEncapsulatedDocument as ReferencedInstanceSequenceItemEncapsulatedDocument,
    )
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as ReferencedInstanceSequenceItemMRSpectroscopy,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as ReferencedInstanceSequenceItemRTDose,
    )
    from dicomodel.items.referenced_instance_sequence_item_waveform_identification import (
        ReferencedInstanceSequenceItemWaveformIdentification as ReferencedInstanceSequenceItemWaveformIdentification,
    )
    from dicomodel.items.referenced_instance_sequence_item_waveform_identification import (
        ReferencedInstanceSequenceItemWaveformIdentification as SourceInstanceSequenceItem,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as InputInformationSequenceItem,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as ReferencedInstancesAndAccessItem,
    )
    from dicomodel.items.referenced_instances_and_access_item import (
        ReferencedInstancesAndAccessItem as ReferencedPatientPhotoSequenceItem,
    )
    from dicomodel.items.referenced_measured_dose_reference_sequence_item import (
        ReferencedMeasuredDoseReferenceSequenceItem as ReferencedMeasuredDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_measured_dose_reference_sequence_item_rt_ion_beams_session_record import (
        ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord as ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord,
    )
    from dicomodel.items.referenced_patient_setup_photo_sequence_item import (
        ReferencedPatientSetupPhotoSequenceItem as ReferencedPatientSetupPhotoSequenceItem,
    )
    from dicomodel.items.referenced_performed_procedure_step_sequence_item import (
        ReferencedPerformedProcedureStepSequenceItem as ReferencedPerformedProcedureStepSequenceItem,
    )
    from dicomodel.items.referenced_reference_image_sequence_item import (
        ReferencedReferenceImageSequenceItem as ReferencedReferenceImageSequenceItem,
    )
    from dicomodel.items.referenced_reference_image_sequence_item_rt_ion_beams import (
        ReferencedReferenceImageSequenceItemRTIonBeams as ReferencedReferenceImageSequenceItemRTIonBeams,
    )
    from dicomodel.items.referenced_request_item import (
        ReferencedRequestItem as ReferencedRequestItem,
    )
    from dicomodel.items.referenced_request_sequence_item import (
        ReferencedRequestSequenceItem as ReferencedRequestSequenceItem,
    )
    from dicomodel.items.referenced_rt_physician_intent_sequence_item import (
        ReferencedRTPhysicianIntentSequenceItem as ReferencedRTPhysicianIntentSequenceItem,
    )
    from dicomodel.items.referenced_rt_plan_sequence_item import (
        ReferencedRTPlanSequenceItem as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.referenced_rt_plan_sequence_item_rt_dose import (
        ReferencedRTPlanSequenceItemRTDose as ReferencedRTPlanSequenceItemRTDose,
    )
    from dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference import (
        ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference as ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference,
    )
    from dicomodel.items.referenced_rt_plan_sequence_item_rt_general_plan import (
        ReferencedRTPlanSequenceItemRTGeneralPlan as ReferencedRTPlanSequenceItemRTGeneralPlan,
    )
    from dicomodel.items.referenced_rt_prescription_sequence_item import (
        ReferencedRTPrescriptionSequenceItem as ReferencedRTPrescriptionSequenceItem,
    )
    from dicomodel.items.referenced_rt_radiation_set_sequence_item import (
        ReferencedRTRadiationSetSequenceItem as ReferencedRTRadiationSetSequenceItem,
    )
    from dicomodel.items.referenced_rt_treatment_phase_sequence_item import (
        ReferencedRTTreatmentPhaseSequenceItem as ReferencedRTTreatmentPhaseSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item import (
        ReferencedSeriesSequenceItem as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_general_contributing_sources import (
        ReferencedSeriesSequenceItemGeneralContributingSources as ReferencedSeriesSequenceItemGeneralContributingSources,
    )
    from dicomodel.items.referenced_series_sequence_item_instance_availability_notification import (
        ReferencedSeriesSequenceItemInstanceAvailabilityNotification as ReferencedSeriesSequenceItemInstanceAvailabilityNotification,
    )
    from dicomodel.items.referenced_series_sequence_item_presentation_state_relationship import (
        ReferencedSeriesSequenceItemPresentationStateRelationship as ReferencedSeriesSequenceItemPresentationStateRelationship,
    )
    from dicomodel.items.referenced_series_sequence_item_related_information_entities import (
        ReferencedSeriesSequenceItemRelatedInformationEntities as ReferencedSeriesSequenceItemRelatedInformationEntities,
    )
    from dicomodel.items.referenced_setup_image_sequence_item import (
        ReferencedSetupImageSequenceItem as ReferencedSetupImageSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_document_content import (
        ReferencedSOPSequenceItemDocumentContent as ReferencedSOPSequenceItemDocumentContent,
    )
    from dicomodel.items.referenced_sop_sequence_item_document_content2 import (
        ReferencedSOPSequenceItemDocumentContent2 as ReferencedSOPSequenceItemDocumentContent2,
    )
    from dicomodel.items.referenced_sop_sequence_item_document_relationship import (
        ReferencedSOPSequenceItemDocumentRelationship as ReferencedSOPSequenceItemDocumentRelationship,
    )
    from dicomodel.items.referenced_sop_sequence_item_document_relationship2 import (
        ReferencedSOPSequenceItemDocumentRelationship2 as ReferencedSOPSequenceItemDocumentRelationship2,
    )
    from dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference import (
        ReferencedSOPSequenceItemHierarchicalEvidenceReference as ReferencedSOPSequenceItemHierarchicalEvidenceReference,
    )
    from dicomodel.items.referenced_sop_sequence_item_image_reference import (
        ReferencedSOPSequenceItemImageReference as ReferencedSOPSequenceItemImageReference,
    )
    from dicomodel.items.referenced_sop_sequence_item_instance_availability_notification import (
        ReferencedSOPSequenceItemInstanceAvailabilityNotification as ReferencedSOPSequenceItemInstanceAvailabilityNotification,
    )
    from dicomodel.items.referenced_sop_sequence_item_media_creation_management import (
        ReferencedSOPSequenceItemMediaCreationManagement as ReferencedSOPSequenceItemMediaCreationManagement,
    )
    from dicomodel.items.referenced_sop_sequence_item_patient import (
        ReferencedSOPSequenceItemPatient as ReferencedSOPSequenceItemPatient,
    )
    from dicomodel.items.referenced_sop_sequence_item_referenced_instances_and_access import (
        ReferencedSOPSequenceItemReferencedInstancesAndAccess as ReferencedSOPSequenceItemReferencedInstancesAndAccess,
    )
    from dicomodel.items.referenced_sop_sequence_item_storage_commitment import (
        ReferencedSOPSequenceItemStorageCommitment as ReferencedSOPSequenceItemStorageCommitment,
    )
    from dicomodel.items.referenced_sop_sequence_item_waveform_reference import (
        ReferencedSOPSequenceItemWaveformReference as ReferencedSOPSequenceItemWaveformReference,
    )
    from dicomodel.items.referenced_storage_media_sequence_item import (
        ReferencedStorageMediaSequenceItem as ReferencedStorageMediaSequenceItem,
    )
    from dicomodel.items.referenced_structured_context_sequence_item import (
        ReferencedStructuredContextSequenceItem as ReferencedStructuredContextSequenceItem,
    )
    from dicomodel.items.referenced_study_sequence_item import (
        ReferencedStudySequenceItem as ReferencedStudySequenceItem,
    )
    from dicomodel.items.referenced_surface_mesh_identification_sequence_item import (
        ReferencedSurfaceMeshIdentificationSequenceItem as ReferencedSurfaceMeshIdentificationSequenceItem,
    )
    from dicomodel.items.referenced_surface_sequence_item import (
        ReferencedSurfaceSequenceItem as ReferencedSurfaceSequenceItem,
    )
    from dicomodel.items.referenced_treatment_record_sequence_item import (
        ReferencedTreatmentRecordSequenceItem as ReferencedTreatmentRecordSequenceItem,
    )
    from dicomodel.items.referenced_verification_image_sequence_item import (
        ReferencedVerificationImageSequenceItem as ReferencedVerificationImageSequenceItem,
    )
    from dicomodel.items.refractive_state_sequence_item import (
        RefractiveStateSequenceItem as RefractiveParametersUsedOnPatientSequenceItem,
    )
    from dicomodel.items.refractive_state_sequence_item import (
        RefractiveStateSequenceItem as RefractiveStateSequenceItem,
    )
    from dicomodel.items.refractive_state_sequence_item_intraocular_lens_calculations import (
        RefractiveStateSequenceItemIntraocularLensCalculations as RefractiveStateSequenceItemIntraocularLensCalculations,
    )
    from dicomodel.items.region_pixel_shift_sequence_item import (
        RegionPixelShiftSequenceItem as RegionPixelShiftSequenceItem,
    )
    from dicomodel.items.registration_sequence_item import (
        RegistrationSequenceItem as RegistrationSequenceItem,
    )
    from dicomodel.items.registration_to_localizer_sequence_item import (
        RegistrationToLocalizerSequenceItem as RegistrationToLocalizerSequenceItem,
    )
    from dicomodel.items.related_assertion_sequence_item import (
        RelatedAssertionSequenceItem as RelatedAssertionSequenceItem,
    )
    from dicomodel.items.related_information_entities_item import (
        RelatedInformationEntitiesItem as PlanningInputInformationSequenceItem,
    )
    from dicomodel.items.related_information_entities_item import (
        RelatedInformationEntitiesItem as RTPhysicianIntentInputInstanceSequenceItem,
    )
    from dicomodel.items.related_information_entities_item import (
        RelatedInformationEntitiesItem as ReferencedPositionReferenceInstanceSequenceItem,
    )
    from dicomodel.items.related_information_entities_item import (
        RelatedInformationEntitiesItem as RelatedInformationEntitiesItem,
    )
    from dicomodel.items.related_rtroi_observations_sequence_item import (
        RelatedRTROIObservationsSequenceItem as RelatedRTROIObservationsSequenceItem,
    )
    from dicomodel.items.related_series_sequence_item import (
        RelatedSeriesSequenceItem as RelatedSeriesSequenceItem,
    )
    from dicomodel.items.relevant_opt_attributes_sequence_item import (
        RelevantOPTAttributesSequenceItem as RelevantOPTAttributesSequenceItem,
    )
    from dicomodel.items.request_attributes_item import (
        RequestAttributesItem as RequestAttributesItem,
    )
    from dicomodel.items.request_attributes_item import (
        RequestAttributesItem as RequestAttributesSequenceItem,
    )
    from dicomodel.items.respiratory_synchronization_sequence_item import (
        RespiratorySynchronizationSequenceItem as RespiratorySynchronizationSequenceItem,
    )
    from dicomodel.items.results_normals_sequence_item import (
        ResultsNormalsSequenceItem as ResultsNormalsSequenceItem,
    )
    from dicomodel.items.robotic_path_control_point_sequence_item import (
        RoboticPathControlPointSequenceItem as RoboticPathControlPointSequenceItem,
    )
    from dicomodel.items.roi_contour_sequence_item import (
        ROIContourSequenceItem as ROIContourSequenceItem,
    )
    from dicomodel.items.roi_elemental_composition_sequence_item import (
        ROIElementalCompositionSequenceItem as ROIElementalCompositionSequenceItem,
    )
    from dicomodel.items.roi_physical_properties_sequence_item import (
        ROIPhysicalPropertiesSequenceItem as ROIPhysicalPropertiesSequenceItem,
    )
    from dicomodel.items.rotation_information_sequence_item import (
        RotationInformationSequenceItem as RotationInformationSequenceItem,
    )
    from dicomodel.items.rt_accessory_device_identification_item import (
        RTAccessoryDeviceIdentificationItem as PatientTreatmentPreparationDeviceSequenceItem,
    )
    from dicomodel.items.rt_accessory_device_identification_item import (
        RTAccessoryDeviceIdentificationItem as RTAccessoryDeviceIdentificationItem,
    )
    from dicomodel.items.rt_accessory_holder_definition_sequence_item import (
        RTAccessoryHolderDefinitionSequenceItem as RTAccessoryHolderDefinitionSequenceItem,
    )
    from dicomodel.items.rt_accessory_holder_slot_sequence_item import (
        RTAccessoryHolderSlotSequenceItem as RTAccessoryHolderSlotSequenceItem,
    )
    from dicomodel.items.rt_anatomic_prescription_sequence_item import (
        RTAnatomicPrescriptionSequenceItem as RTAnatomicPrescriptionSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as EnhancedRTBeamLimitingDeviceSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as RTBeamLimitingDeviceDefinitionItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as RTBeamLimitingDeviceDefinitionSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as RTBeamLimitingDeviceOpeningDefinitionItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_sequence_item import (
        RTBeamLimitingDeviceOpeningSequenceItem as ImagingApertureSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_sequence_item import (
        RTBeamLimitingDeviceOpeningSequenceItem as RTBeamLimitingDeviceOpeningSequenceItem,
    )
    from dicomodel.items.rt_image_frame_context_sequence_item import (
        RTImageFrameContextSequenceItem as RTImageFrameContextSequenceItem,
    )
    from dicomodel.items.rt_image_frame_general_content_sequence_item import (
        RTImageFrameGeneralContentSequenceItem as RTImageFrameGeneralContentSequenceItem,
    )
    from dicomodel.items.rt_image_frame_radiation_acquisition_sequence_item import (
        RTImageFrameRadiationAcquisitionSequenceItem as RTImageFrameRadiationAcquisitionSequenceItem,
    )
    from dicomodel.items.rt_patient_position_displacement_sequence_item import (
        RTPatientPositionDisplacementSequenceItem as RTPatientPositionDisplacementSequenceItem,
    )
    from dicomodel.items.rt_patient_position_item import (
        RTPatientPositionItem as RTAcquisitionPatientPositionSequenceItem,
    )
    from dicomodel.items.rt_patient_position_item import (
        RTPatientPositionItem as RTDeliveryStartPatientPositionSequenceItem,
    )
    from dicomodel.items.rt_patient_position_item import (
        RTPatientPositionItem as RTPatientPositionItem,
    )
    from dicomodel.items.rt_patient_position_item import (
        RTPatientPositionItem as RTTreatmentPreparationPatientPositionSequenceItem,
    )
    from dicomodel.items.rt_patient_position_scope_with_legacy_support_item import (
        RTPatientPositionScopeWithLegacySupportItem as AcquisitionTaskApplicabilitySequenceItem,
    )
    from dicomodel.items.rt_patient_position_scope_with_legacy_support_item import (
        RTPatientPositionScopeWithLegacySupportItem as RTImageScopeSequenceItem,
    )
    from dicomodel.items.rt_patient_position_scope_with_legacy_support_item import (
        RTPatientPositionScopeWithLegacySupportItem as RTPatientPositionScopeSequenceItem,
    )
    from dicomodel.items.rt_patient_position_scope_with_legacy_support_item import (
        RTPatientPositionScopeWithLegacySupportItem as RTPatientPositionScopeWithLegacySupportItem,
    )
    from dicomodel.items.rt_patient_treatment_preparation_item import (
        RTPatientTreatmentPreparationItem as PatientTreatmentPreparationSequenceItem,
    )
    from dicomodel.items.rt_patient_treatment_preparation_item import (
        RTPatientTreatmentPreparationItem as RTPatientTreatmentPreparationItem,
    )
    from dicomodel.items.rt_physician_intent_predecessor_sequence_item import (
        RTPhysicianIntentPredecessorSequenceItem as RTPhysicianIntentPredecessorSequenceItem,
    )
    from dicomodel.items.rt_physician_intent_sequence_item import (
        RTPhysicianIntentSequenceItem as RTPhysicianIntentSequenceItem,
    )
    from dicomodel.items.rt_prescription_sequence_item import (
        RTPrescriptionSequenceItem as RTPrescriptionSequenceItem,
    )
    from dicomodel.items.rt_radiation_salvage_record_control_point_sequence_item import (
        RTRadiationSalvageRecordControlPointSequenceItem as RTRadiationSalvageRecordControlPointSequenceItem,
    )
    from dicomodel.items.rt_radiation_task_sequence_item import (
        RTRadiationTaskSequenceItem as RTRadiationTaskSequenceItem,
    )
    from dicomodel.items.rt_referenced_series_sequence_item import (
        RTReferencedSeriesSequenceItem as RTReferencedSeriesSequenceItem,
    )
    from dicomodel.items.rt_referenced_study_sequence_item import (
        RTReferencedStudySequenceItem as RTReferencedStudySequenceItem,
    )
    from dicomodel.items.rt_related_roi_sequence_item import (
        RTRelatedROISequenceItem as RTRelatedROISequenceItem,
    )
    from dicomodel.items.rt_segment_annotation_sequence_item import (
        RTSegmentAnnotationSequenceItem as RTSegmentAnnotationSequenceItem,
    )
    from dicomodel.items.rt_tolerance_set_item import RTToleranceSetItem as RTToleranceSetItem
    from dicomodel.items.rt_tolerance_set_item import (
        RTToleranceSetItem as RTToleranceSetSequenceItem,
    )
    from dicomodel.items.rt_treatment_phase_interval_sequence_item import (
        RTTreatmentPhaseIntervalSequenceItem as RTTreatmentPhaseIntervalSequenceItem,
    )
    from dicomodel.items.rt_treatment_phase_item import (
        RTTreatmentPhaseItem as IntendedRTTreatmentPhaseSequenceItem,
    )
    from dicomodel.items.rt_treatment_phase_item import RTTreatmentPhaseItem as RTTreatmentPhaseItem
    from dicomodel.items.rtroi_observations_sequence_item import (
        RTROIObservationsSequenceItem as RTROIObservationsSequenceItem,
    )
    from dicomodel.items.scheduled_procedure_step_sequence_item import (
        ScheduledProcedureStepSequenceItem as ScheduledProcedureStepSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item import (
        ScheduledProtocolCodeSequenceItem as ScheduledProtocolCodeSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step import (
        ScheduledProtocolCodeSequenceItemScheduledProcedureStep as ScheduledProtocolCodeSequenceItemScheduledProcedureStep,
    )
    from dicomodel.items.scheduled_step_attributes_sequence_item import (
        ScheduledStepAttributesSequenceItem as ScheduledStepAttributesSequenceItem,
    )
    from dicomodel.items.scope_of_inventory_sequence_item import (
        ScopeOfInventorySequenceItem as ScopeOfInventorySequenceItem,
    )
    from dicomodel.items.screen_specifications_item import (
        ScreenSpecificationsItem as NominalScreenDefinitionSequenceItem,
    )
    from dicomodel.items.screen_specifications_item import (
        ScreenSpecificationsItem as ScreenSpecificationsItem,
    )
    from dicomodel.items.screening_baseline_measured_sequence_item import (
        ScreeningBaselineMeasuredSequenceItem as ScreeningBaselineMeasuredSequenceItem,
    )
    from dicomodel.items.segment_annotation_type_code_sequence_item import (
        SegmentAnnotationTypeCodeSequenceItem as SegmentAnnotationTypeCodeSequenceItem,
    )
    from dicomodel.items.segment_identification_sequence_item import (
        SegmentIdentificationSequenceItem as SegmentIdentificationSequenceItem,
    )
    from dicomodel.items.segment_reference_sequence_item import (
        SegmentReferenceSequenceItem as SegmentReferenceSequenceItem,
    )
    from dicomodel.items.segment_sequence_item import SegmentSequenceItem as SegmentSequenceItem
    from dicomodel.items.segment_sequence_item_surface_segmentation import (
        SegmentSequenceItemSurfaceSegmentation as SegmentSequenceItemSurfaceSegmentation,
    )
    from dicomodel.items.segmented_property_type_code_sequence_item import (
        SegmentedPropertyTypeCodeSequenceItem as RTROIIdentificationCodeSequenceItem,
    )
    from dicomodel.items.segmented_property_type_code_sequence_item import (
        SegmentedPropertyTypeCodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem,
    )
    from dicomodel.items.segmented_rt_accessory_device_sequence_item import (
        SegmentedRTAccessoryDeviceSequenceItem as SegmentedRTAccessoryDeviceSequenceItem,
    )
    from dicomodel.items.selected_frame_functional_groups_sequence_item import (
        SelectedFrameFunctionalGroupsSequenceItem as SelectedFrameFunctionalGroupsSequenceItem,
    )
    from dicomodel.items.selected_segmental_ophthalmic_axial_length_sequence_item import (
        SelectedSegmentalOphthalmicAxialLengthSequenceItem as SelectedSegmentalOphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.selected_segmental_ophthalmic_axial_length_sequence_item_ophthalmic_axial_measurements_selected import (
        SelectedSegmentalOphthalmicAxialLengthSequenceItemOphthalmicAxialMeasurementsSelected as SelectedSegmentalOphthalmicAxialLengthSequenceItemOphthalmicAxialMeasurementsSelected,
    )
    from dicomodel.items.selected_total_ophthalmic_axial_length_sequence_item import (
        SelectedTotalOphthalmicAxialLengthSequenceItem as SelectedTotalOphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.selector_attribute_item import (
        SelectorAttributeItem as FailedAttributesSequenceItem,
    )
    from dicomodel.items.selector_attribute_item import (
        SelectorAttributeItem as SelectorAttributeItem,
    )
    from dicomodel.items.sequence_of_ultrasound_regions_item import (
        SequenceOfUltrasoundRegionsItem as SequenceOfUltrasoundRegionsItem,
    )
    from dicomodel.items.setup_device_sequence_item import (
        SetupDeviceSequenceItem as SetupDeviceSequenceItem,
    )
    from dicomodel.items.shielding_device_sequence_item import (
        ShieldingDeviceSequenceItem as ShieldingDeviceSequenceItem,
    )
    from dicomodel.items.simulated_keratometric_cylinder_sequence_item import (
        SimulatedKeratometricCylinderSequenceItem as SimulatedKeratometricCylinderSequenceItem,
    )
    from dicomodel.items.snout_sequence_item import SnoutSequenceItem as SnoutSequenceItem
    from dicomodel.items.softcopy_voilut_sequence_item import (
        SoftcopyVOILUTSequenceItem as SoftcopyVOILUTSequenceItem,
    )
    from dicomodel.items.softcopy_voilut_sequence_item_advanced_blending_presentation_state import (
        SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState as SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ApprovalSubjectSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as DerivationImplantAssemblyTemplateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as DerivationImplantTemplateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as InstanceLevelReferencedPerformedProcedureStepSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginalImplantAssemblyTemplateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginalImplantTemplateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as PredecessorProtocolSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as PredecessorStructureSetSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as PriorTreatmentReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as PseudoColorPaletteInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as RTRadiationSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedBasicAnnotationBoxSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedComparisonSOPInstanceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDoseSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedFilmBoxSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedFilmSessionSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedImageBoxSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedNonImageCompositeSOPInstanceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPatientSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPresentationLUTSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTInstanceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationRecordSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTTreatmentPreparationSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRefractiveMeasurementsSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStereometricInstanceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStructureSetSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedSurfaceDataSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedVisitSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as RelatedReferenceRTImageSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReplacedImplantAssemblyTemplateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReplacedImplantTemplateGroupSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReplacedImplantTemplateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReplacedProcedureStepSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as SOPInstanceReferenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as SourceHangingProtocolSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item_document_content import (
        SOPInstanceReferenceItemDocumentContent as SOPInstanceReferenceItemDocumentContent,
    )
    from dicomodel.items.sop_instance_reference_item_document_content2 import (
        SOPInstanceReferenceItemDocumentContent2 as SOPInstanceReferenceItemDocumentContent2,
    )
    from dicomodel.items.sop_instance_reference_item_document_relationship import (
        SOPInstanceReferenceItemDocumentRelationship as SOPInstanceReferenceItemDocumentRelationship,
    )
    from dicomodel.items.sop_instance_reference_item_document_relationship2 import (
        SOPInstanceReferenceItemDocumentRelationship2 as SOPInstanceReferenceItemDocumentRelationship2,
    )
    from dicomodel.items.sorting_operations_sequence_item import (
        SortingOperationsSequenceItem as SortingOperationsSequenceItem,
    )
    from dicomodel.items.sound_speed_correction_mechanism_code_sequence_item import (
        SoundSpeedCorrectionMechanismCodeSequenceItem as SoundSpeedCorrectionMechanismCodeSequenceItem,
    )
    from dicomodel.items.source_conceptual_volume_sequence_item import (
        SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem,
    )
    from dicomodel.items.source_image_corneal_processed_data_sequence_item import (
        SourceImageCornealProcessedDataSequenceItem as SourceImageCornealProcessedDataSequenceItem,
    )
    from dicomodel.items.source_image_sequence_item import (
        SourceImageSequenceItem as SourceImageSequenceItem,
    )
    from dicomodel.items.source_image_sequence_item_general_reference import (
        SourceImageSequenceItemGeneralReference as SourceImageSequenceItemGeneralReference,
    )
    from dicomodel.items.source_image_sequence_item_ophthalmic_photography_image import (
        SourceImageSequenceItemOphthalmicPhotographyImage as SourceImageSequenceItemOphthalmicPhotographyImage,
    )
    from dicomodel.items.source_of_refractive_measurements_sequence_item import (
        SourceOfRefractiveMeasurementsSequenceItem as SourceOfRefractiveMeasurementsSequenceItem,
    )
    from dicomodel.items.source_patient_group_identification_sequence_item import (
        SourcePatientGroupIdentificationSequenceItem as SourcePatientGroupIdentificationSequenceItem,
    )
    from dicomodel.items.source_pixel_planes_characteristics_sequence_item import (
        SourcePixelPlanesCharacteristicsSequenceItem as SourcePixelPlanesCharacteristicsSequenceItem,
    )
    from dicomodel.items.source_sequence_item import SourceSequenceItem as SourceSequenceItem
    from dicomodel.items.source_series_information_sequence_item import (
        SourceSeriesInformationSequenceItem as SourceSeriesInformationSequenceItem,
    )
    from dicomodel.items.source_series_sequence_item import (
        SourceSeriesSequenceItem as SourceSeriesSequenceItem,
    )
    from dicomodel.items.source_waveform_sequence_item import (
        SourceWaveformSequenceItem as SourceWaveformSequenceItem,
    )
    from dicomodel.items.specific_absorption_rate_sequence_item import (
        SpecificAbsorptionRateSequenceItem as SpecificAbsorptionRateSequenceItem,
    )
    from dicomodel.items.specimen_description_sequence_item import (
        SpecimenDescriptionSequenceItem as SpecimenDescriptionSequenceItem,
    )
    from dicomodel.items.specimen_description_sequence_item_image_acquisition_results import (
        SpecimenDescriptionSequenceItemImageAcquisitionResults as SpecimenDescriptionSequenceItemImageAcquisitionResults,
    )
    from dicomodel.items.specimen_description_sequence_item_inventory import (
        SpecimenDescriptionSequenceItemInventory as SpecimenDescriptionSequenceItemInventory,
    )
    from dicomodel.items.specimen_item import SpecimenItem as ScheduledSpecimenSequenceItem
    from dicomodel.items.specimen_item import SpecimenItem as SpecimenItem
    from dicomodel.items.specimen_preparation_sequence_item import (
        SpecimenPreparationSequenceItem as SpecimenPreparationSequenceItem,
    )
    from dicomodel.items.specimen_reference_sequence_item import (
        SpecimenReferenceSequenceItem as SpecimenReferenceSequenceItem,
    )
    from dicomodel.items.steep_corneal_axis_sequence_item import (
        SteepCornealAxisSequenceItem as FlatCornealAxisSequenceItem,
    )
    from dicomodel.items.steep_corneal_axis_sequence_item import (
        SteepCornealAxisSequenceItem as SteepCornealAxisSequenceItem,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item import (
        SteepKeratometricAxisSequenceItem as MinimumKeratometricSequenceItem,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item import (
        SteepKeratometricAxisSequenceItem as SteepKeratometricAxisSequenceItem,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations import (
        SteepKeratometricAxisSequenceItemIntraocularLensCalculations as SteepKeratometricAxisSequenceItemIntraocularLensCalculations,
    )
    from dicomodel.items.stereo_pairs_sequence_item import (
        StereoPairsSequenceItem as StereoPairsSequenceItem,
    )
    from dicomodel.items.storage_item import StorageItem as OutputDestinationSequenceItem
    from dicomodel.items.storage_item import StorageItem as StorageItem
    from dicomodel.items.storage_protocol_element_sequence_item import (
        StorageProtocolElementSequenceItem as StorageProtocolElementSequenceItem,
    )
    from dicomodel.items.stored_value_color_range_sequence_item import (
        StoredValueColorRangeSequenceItem as StoredValueColorRangeSequenceItem,
    )
    from dicomodel.items.stowrs_storage_sequence_item import (
        STOWRSStorageSequenceItem as STOWRSStorageSequenceItem,
    )
    from dicomodel.items.strain_stock_sequence_item import (
        StrainStockSequenceItem as StrainStockSequenceItem,
    )
    from dicomodel.items.strain_stock_sequence_item_patient import (
        StrainStockSequenceItemPatient as StrainStockSequenceItemPatient,
    )
    from dicomodel.items.structure_set_roi_sequence_item import (
        StructureSetROISequenceItem as StructureSetROISequenceItem,
    )
    from dicomodel.items.structured_constraint_observation_sequence_item import (
        StructuredConstraintObservationSequenceItem as StructuredConstraintObservationSequenceItem,
    )
    from dicomodel.items.structured_display_image_box_sequence_item import (
        StructuredDisplayImageBoxSequenceItem as StructuredDisplayImageBoxSequenceItem,
    )
    from dicomodel.items.structured_display_text_box_sequence_item import (
        StructuredDisplayTextBoxSequenceItem as StructuredDisplayTextBoxSequenceItem,
    )
    from dicomodel.items.studies_containing_other_referenced_instances_sequence_item import (
        StudiesContainingOtherReferencedInstancesSequenceItem as StudiesContainingOtherReferencedInstancesSequenceItem,
    )
    from dicomodel.items.subjective_refraction_measurements_item import (
        SubjectiveRefractionMeasurementsItem as SubjectiveRefractionLeftEyeSequenceItem,
    )
    from dicomodel.items.subjective_refraction_measurements_item import (
        SubjectiveRefractionMeasurementsItem as SubjectiveRefractionMeasurementsItem,
    )
    from dicomodel.items.subjective_refraction_measurements_item import (
        SubjectiveRefractionMeasurementsItem as SubjectiveRefractionRightEyeSequenceItem,
    )
    from dicomodel.items.supported_image_display_formats_sequence_item import (
        SupportedImageDisplayFormatsSequenceItem as SupportedImageDisplayFormatsSequenceItem,
    )
    from dicomodel.items.surface_mesh_primitives_item import (
        SurfaceMeshPrimitivesItem as SurfaceMeshPrimitivesItem,
    )
    from dicomodel.items.surface_mesh_primitives_item import (
        SurfaceMeshPrimitivesItem as SurfaceMeshPrimitivesSequenceItem,
    )
    from dicomodel.items.surface_model_description_sequence_item import (
        SurfaceModelDescriptionSequenceItem as SurfaceModelDescriptionSequenceItem,
    )
    from dicomodel.items.surface_points_sequence_item import (
        SurfacePointsSequenceItem as SurfacePointsSequenceItem,
    )
    from dicomodel.items.surface_sequence_item import SurfaceSequenceItem as SurfaceSequenceItem
    from dicomodel.items.synchronized_scrolling_sequence_item import (
        SynchronizedScrollingSequenceItem as SynchronizedScrollingSequenceItem,
    )
    from dicomodel.items.table_column_definition_sequence_item import (
        TableColumnDefinitionSequenceItem as TableColumnDefinitionSequenceItem,
    )
    from dicomodel.items.table_column_definition_sequence_item_document_relationship import (
        TableColumnDefinitionSequenceItemDocumentRelationship as TableColumnDefinitionSequenceItemDocumentRelationship,
    )
    from dicomodel.items.table_column_definition_sequence_item_table_content_item import (
        TableColumnDefinitionSequenceItemTableContentItem as TableColumnDefinitionSequenceItemTableContentItem,
    )
    from dicomodel.items.table_position_sequence_item import (
        TablePositionSequenceItem as TablePositionSequenceItem,
    )
    from dicomodel.items.table_row_definition_sequence_item import (
        TableRowDefinitionSequenceItem as TableRowDefinitionSequenceItem,
    )
    from dicomodel.items.table_row_definition_sequence_item_document_relationship import (
        TableRowDefinitionSequenceItemDocumentRelationship as TableRowDefinitionSequenceItemDocumentRelationship,
    )
    from dicomodel.items.table_row_definition_sequence_item_table_content_item import (
        TableRowDefinitionSequenceItemTableContentItem as TableRowDefinitionSequenceItemTableContentItem,
    )
    from dicomodel.items.table_summary_statistics_item import (
        TableSummaryStatisticsItem as TableSummaryStatisticsItem,
    )
    from dicomodel.items.table_summary_statistics_item import (
        TableSummaryStatisticsItem as TrackSetStatisticsSequenceItem,
    )
    from dicomodel.items.tabulated_values_sequence_item import (
        TabulatedValuesSequenceItem as TabulatedValuesSequenceItem,
    )
    from dicomodel.items.tabulated_values_sequence_item_document_relationship import (
        TabulatedValuesSequenceItemDocumentRelationship as TabulatedValuesSequenceItemDocumentRelationship,
    )
    from dicomodel.items.tabulated_values_sequence_item_table_content_item import (
        TabulatedValuesSequenceItemTableContentItem as TabulatedValuesSequenceItemTableContentItem,
    )
    from dicomodel.items.target_luminance_characteristics_sequence_item import (
        TargetLuminanceCharacteristicsSequenceItem as TargetLuminanceCharacteristicsSequenceItem,
    )
    from dicomodel.items.temporal_position_sequence_item import (
        TemporalPositionSequenceItem as TemporalPositionSequenceItem,
    )
    from dicomodel.items.text_object_sequence_item import (
        TextObjectSequenceItem as TextObjectSequenceItem,
    )
    from dicomodel.items.text_object_sequence_item_volumetric_graphic_annotation import (
        TextObjectSequenceItemVolumetricGraphicAnnotation as TextObjectSequenceItemVolumetricGraphicAnnotation,
    )
    from dicomodel.items.text_style_sequence_item import (
        TextStyleSequenceItem as TextStyleSequenceItem,
    )
    from dicomodel.items.three_drt_cone_beam_imaging_geometry_item import (
        ThreeDRTConeBeamImagingGeometryItem as CTImagingAcquisitionParameterSequenceItem,
    )
    from dicomodel.items.three_drt_cone_beam_imaging_geometry_item import (
        ThreeDRTConeBeamImagingGeometryItem as ThreeDRTConeBeamImagingGeometryItem,
    )
    from dicomodel.items.threshold_sequence_item import (
        ThresholdSequenceItem as ThresholdSequenceItem,
    )
    from dicomodel.items.threshold_value_sequence_item import (
        ThresholdValueSequenceItem as ThresholdValueSequenceItem,
    )
    from dicomodel.items.time_based_image_sets_sequence_item import (
        TimeBasedImageSetsSequenceItem as TimeBasedImageSetsSequenceItem,
    )
    from dicomodel.items.time_of_frame_group_sequence_item import (
        TimeOfFrameGroupSequenceItem as TimeOfFrameGroupSequenceItem,
    )
    from dicomodel.items.time_slot_information_sequence_item import (
        TimeSlotInformationSequenceItem as TimeSlotInformationSequenceItem,
    )
    from dicomodel.items.tolerance_table_sequence_item import (
        ToleranceTableSequenceItem as ToleranceTableSequenceItem,
    )
    from dicomodel.items.tomotherapeutic_control_point_sequence_item import (
        TomotherapeuticControlPointSequenceItem as TomotherapeuticControlPointSequenceItem,
    )
    from dicomodel.items.total_pixel_matrix_origin_sequence_item import (
        TotalPixelMatrixOriginSequenceItem as TotalPixelMatrixOriginSequenceItem,
    )
    from dicomodel.items.track_sequence_item import TrackSequenceItem as TrackSequenceItem
    from dicomodel.items.track_set_anatomical_type_code_sequence_item import (
        TrackSetAnatomicalTypeCodeSequenceItem as TrackSetAnatomicalTypeCodeSequenceItem,
    )
    from dicomodel.items.track_set_sequence_item import TrackSetSequenceItem as TrackSetSequenceItem
    from dicomodel.items.track_statistics_sequence_item import (
        TrackStatisticsSequenceItem as TrackStatisticsSequenceItem,
    )
    from dicomodel.items.transducer_response_sequence_item import (
        TransducerResponseSequenceItem as TransducerResponseSequenceItem,
    )
    from dicomodel.items.treatment_device_identification_item import (
        TreatmentDeviceIdentificationItem as TreatmentDeviceIdentificationItem,
    )
    from dicomodel.items.treatment_device_identification_item import (
        TreatmentDeviceIdentificationItem as TreatmentDeviceIdentificationSequenceItem,
    )
    from dicomodel.items.treatment_machine_sequence_item import (
        TreatmentMachineSequenceItem as TreatmentMachineSequenceItem,
    )
    from dicomodel.items.treatment_machine_sequence_item_rt_treatment_machine_record import (
        TreatmentMachineSequenceItemRTTreatmentMachineRecord as TreatmentMachineSequenceItemRTTreatmentMachineRecord,
    )
    from dicomodel.items.treatment_position_group_sequence_item import (
        TreatmentPositionGroupSequenceItem as TreatmentPositionGroupSequenceItem,
    )
    from dicomodel.items.treatment_position_group_sequence_item_rt_radiation_set import (
        TreatmentPositionGroupSequenceItemRTRadiationSet as TreatmentPositionGroupSequenceItemRTRadiationSet,
    )
    from dicomodel.items.treatment_position_sequence_item import (
        TreatmentPositionSequenceItem as TreatmentPositionSequenceItem,
    )
    from dicomodel.items.treatment_session_application_setup_sequence_item import (
        TreatmentSessionApplicationSetupSequenceItem as TreatmentSessionApplicationSetupSequenceItem,
    )
    from dicomodel.items.treatment_session_beam_sequence_item import (
        TreatmentSessionBeamSequenceItem as TreatmentSessionBeamSequenceItem,
    )
    from dicomodel.items.treatment_session_ion_beam_sequence_item import (
        TreatmentSessionIonBeamSequenceItem as TreatmentSessionIonBeamSequenceItem,
    )
    from dicomodel.items.treatment_site_code_sequence_item import (
        TreatmentSiteCodeSequenceItem as TreatmentSiteCodeSequenceItem,
    )
    from dicomodel.items.treatment_summary_measured_dose_reference_sequence_item import (
        TreatmentSummaryMeasuredDoseReferenceSequenceItem as TreatmentSummaryCalculatedDoseReferenceSequenceItem,
    )
    from dicomodel.items.treatment_summary_measured_dose_reference_sequence_item import (
        TreatmentSummaryMeasuredDoseReferenceSequenceItem as TreatmentSummaryMeasuredDoseReferenceSequenceItem,
    )
    from dicomodel.items.treatment_tolerance_violation_sequence_item import (
        TreatmentToleranceViolationSequenceItem as TreatmentToleranceViolationSequenceItem,
    )
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as FacetSequenceItem,
    )
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as LineSequenceItem,
    )
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as TriangleFanSequenceItem,
    )
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as TriangleStripSequenceItem,
    )
    from dicomodel.items.two_d_degree_of_freedom_sequence_item import (
        TwoDDegreeOfFreedomSequenceItem as TwoDDegreeOfFreedomSequenceItem,
    )
    from dicomodel.items.two_d_line_coordinates_sequence_item import (
        TwoDLineCoordinatesSequenceItem as TwoDLineCoordinatesSequenceItem,
    )
    from dicomodel.items.two_d_mating_feature_coordinates_sequence_item import (
        TwoDMatingFeatureCoordinatesSequenceItem as TwoDMatingFeatureCoordinatesSequenceItem,
    )
    from dicomodel.items.two_d_plane_coordinates_sequence_item import (
        TwoDPlaneCoordinatesSequenceItem as TwoDPlaneCoordinatesSequenceItem,
    )
    from dicomodel.items.two_d_point_coordinates_sequence_item import (
        TwoDPointCoordinatesSequenceItem as TwoDPointCoordinatesSequenceItem,
    )
    from dicomodel.items.two_dimensional_to_three_dimensional_map_sequence_item import (
        TwoDimensionalToThreeDimensionalMapSequenceItem as TwoDimensionalToThreeDimensionalMapSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDIItem
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem
    from dicomodel.items.ultrasound_ophthalmic_axial_length_measurements_sequence_item import (
        UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem as UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem,
    )
    from dicomodel.items.ultrasound_selected_ophthalmic_axial_length_sequence_item import (
        UltrasoundSelectedOphthalmicAxialLengthSequenceItem as UltrasoundSelectedOphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as CurrentFrameFunctionalGroupsSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as EmptyValueMatchingSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as GeneralMatchingSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as ListOfUIDMatchingSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as PerFrameFunctionalGroupsSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as RangeMatchingSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as SharedFunctionalGroupsSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as UnassignedPerFrameConvertedAttributesSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as UnassignedSharedConvertedAttributesSequenceItem,
    )
    from dicomodel.items.unified_procedure_step_performed_procedure_sequence_item import (
        UnifiedProcedureStepPerformedProcedureSequenceItem as UnifiedProcedureStepPerformedProcedureSequenceItem,
    )
    from dicomodel.items.us_image_description_sequence_item import (
        USImageDescriptionSequenceItem as USImageDescriptionSequenceItem,
    )
    from dicomodel.items.used_fiducials_sequence_item import (
        UsedFiducialsSequenceItem as UsedFiducialsSequenceItem,
    )
    from dicomodel.items.used_rt_structure_set_roi_sequence_item import (
        UsedRTStructureSetROISequenceItem as UsedRTStructureSetROISequenceItem,
    )
    from dicomodel.items.used_segments_sequence_item import (
        UsedSegmentsSequenceItem as UsedSegmentsSequenceItem,
    )
    from dicomodel.items.uv_mapping_sequence_item import (
        UVMappingSequenceItem as UVMappingSequenceItem,
    )
    from dicomodel.items.variable_modality_lut_sequence_item import (
        VariableModalityLUTSequenceItem as VariableModalityLUTSequenceItem,
    )
    from dicomodel.items.vectors_item import VectorsItem as SurfacePointsNormalsSequenceItem
    from dicomodel.items.vectors_item import VectorsItem as VectorsItem
    from dicomodel.items.velocity_encoding_acquisition_sequence_item import (
        VelocityEncodingAcquisitionSequenceItem as VelocityEncodingAcquisitionSequenceItem,
    )
    from dicomodel.items.verifying_observer_sequence_item import (
        VerifyingObserverSequenceItem as VerifyingObserverSequenceItem,
    )
    from dicomodel.items.view_code_sequence_item import ViewCodeSequenceItem as ViewCodeSequenceItem
    from dicomodel.items.view_code_sequence_item_mammography_image import (
        ViewCodeSequenceItemMammographyImage as ViewCodeSequenceItemMammographyImage,
    )
    from dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction import (
        ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection as ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection,
    )
    from dicomodel.items.visual_acuity_measurements_item import (
        VisualAcuityMeasurementsItem as VisualAcuityBothEyesOpenSequenceItem,
    )
    from dicomodel.items.visual_acuity_measurements_item import (
        VisualAcuityMeasurementsItem as VisualAcuityLeftEyeSequenceItem,
    )
    from dicomodel.items.visual_acuity_measurements_item import (
        VisualAcuityMeasurementsItem as VisualAcuityMeasurementSequenceItem,
    )
    from dicomodel.items.visual_acuity_measurements_item import (
        VisualAcuityMeasurementsItem as VisualAcuityMeasurementsItem,
    )
    from dicomodel.items.visual_acuity_measurements_item import (
        VisualAcuityMeasurementsItem as VisualAcuityRightEyeSequenceItem,
    )
    from dicomodel.items.visual_evaluation_result_sequence_item import (
        VisualEvaluationResultSequenceItem as VisualEvaluationResultSequenceItem,
    )
    from dicomodel.items.visual_evaluation_test_sequence_item import (
        VisualEvaluationTestSequenceItem as VisualEvaluationTestSequenceItem,
    )
    from dicomodel.items.visual_field_catch_trial_sequence_item import (
        VisualFieldCatchTrialSequenceItem as VisualFieldCatchTrialSequenceItem,
    )
    from dicomodel.items.visual_field_test_point_normals_sequence_item import (
        VisualFieldTestPointNormalsSequenceItem as VisualFieldTestPointNormalsSequenceItem,
    )
    from dicomodel.items.visual_field_test_point_sequence_item import (
        VisualFieldTestPointSequenceItem as VisualFieldTestPointSequenceItem,
    )
    from dicomodel.items.voilut_item import VOILUTItem as VOILUTItem
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as VOILUTSequenceItem
    from dicomodel.items.volume_cropping_sequence_item import (
        VolumeCroppingSequenceItem as VolumeCroppingSequenceItem,
    )
    from dicomodel.items.volume_stream_sequence_item import (
        VolumeStreamSequenceItem as VolumeStreamSequenceItem,
    )
    from dicomodel.items.volumetric_annotation_sequence_item import (
        VolumetricAnnotationSequenceItem as VolumetricAnnotationSequenceItem,
    )
    from dicomodel.items.volumetric_presentation_input_annotation_sequence_item import (
        VolumetricPresentationInputAnnotationSequenceItem as VolumetricPresentationInputAnnotationSequenceItem,
    )
    from dicomodel.items.volumetric_presentation_input_set_sequence_item import (
        VolumetricPresentationInputSetSequenceItem as VolumetricPresentationInputSetSequenceItem,
    )
    from dicomodel.items.volumetric_presentation_state_input_sequence_item import (
        VolumetricPresentationStateInputSequenceItem as VolumetricPresentationStateInputSequenceItem,
    )
    from dicomodel.items.wado_retrieval_sequence_item import (
        WADORetrievalSequenceItem as WADORetrievalSequenceItem,
    )
    from dicomodel.items.wadors_retrieval_sequence_item import (
        WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem,
    )
    from dicomodel.items.waveform_annotation_sequence_item import (
        WaveformAnnotationSequenceItem as WaveformAnnotationSequenceItem,
    )
    from dicomodel.items.waveform_filter_characteristics_item import (
        WaveformFilterCharacteristicsItem as FilterHighFrequencyCharacteristicsSequenceItem,
    )
    from dicomodel.items.waveform_filter_characteristics_item import (
        WaveformFilterCharacteristicsItem as FilterLowFrequencyCharacteristicsSequenceItem,
    )
    from dicomodel.items.waveform_filter_characteristics_item import (
        WaveformFilterCharacteristicsItem as NotchFilterCharacteristicsSequenceItem,
    )
    from dicomodel.items.waveform_filter_characteristics_item import (
        WaveformFilterCharacteristicsItem as WaveformFilterCharacteristicsItem,
    )
    from dicomodel.items.waveform_filter_lookup_table_item import (
        WaveformFilterLookupTableItem as FilterLookupTableSequenceItem,
    )
    from dicomodel.items.waveform_filter_lookup_table_item import (
        WaveformFilterLookupTableItem as SummarizedFilterLookupTableItem,
    )
    from dicomodel.items.waveform_filter_lookup_table_item import (
        WaveformFilterLookupTableItem as WaveformFilterLookupTableItem,
    )
    from dicomodel.items.waveform_presentation_group_sequence_item import (
        WaveformPresentationGroupSequenceItem as WaveformPresentationGroupSequenceItem,
    )
    from dicomodel.items.waveform_sequence_item import WaveformSequenceItem as WaveformSequenceItem
    from dicomodel.items.wedge_definition_sequence_item import (
        WedgeDefinitionSequenceItem as WedgeDefinitionSequenceItem,
    )
    from dicomodel.items.wedge_position_sequence_item import (
        WedgePositionSequenceItem as WedgePositionSequenceItem,
    )
    from dicomodel.items.wedge_position_sequence_item_rt_beams import (
        WedgePositionSequenceItemRTBeams as WedgePositionSequenceItemRTBeams,
    )
    from dicomodel.items.wedge_position_sequence_item_rt_conventional_machine_verification import (
        WedgePositionSequenceItemRTConventionalMachineVerification as WedgePositionSequenceItemRTConventionalMachineVerification,
    )
    from dicomodel.items.wedge_sequence_item import WedgeSequenceItem as WedgeSequenceItem
    from dicomodel.items.weekday_fraction_pattern_sequence_item import (
        WeekdayFractionPatternSequenceItem as WeekdayFractionPatternSequenceItem,
    )
    from dicomodel.items.weighting_transfer_function_sequence_item import (
        WeightingTransferFunctionSequenceItem as WeightingTransferFunctionSequenceItem,
    )
    from dicomodel.items.whole_slide_microscopy_image_frame_type_sequence_item import (
        WholeSlideMicroscopyImageFrameTypeSequenceItem as ConfocalMicroscopyImageFrameTypeSequenceItem,
    )
    from dicomodel.items.whole_slide_microscopy_image_frame_type_sequence_item import (
        WholeSlideMicroscopyImageFrameTypeSequenceItem as WholeSlideMicroscopyImageFrameTypeSequenceItem,
    )
    from dicomodel.items.wide_field_ophthalmic_photography_quality_rating_sequence_item import (
        WideFieldOphthalmicPhotographyQualityRatingSequenceItem as WideFieldOphthalmicPhotographyQualityRatingSequenceItem,
    )
    from dicomodel.items.wide_field_ophthalmic_photography_quality_threshold_sequence_item import (
        WideFieldOphthalmicPhotographyQualityThresholdSequenceItem as WideFieldOphthalmicPhotographyQualityThresholdSequenceItem,
    )
    from dicomodel.items.x_ray3_d_acquisition_sequence_item import (
        XRay3DAcquisitionSequenceItem as XRay3DAcquisitionSequenceItem,
    )
    from dicomodel.items.x_ray3_d_acquisition_sequence_item_breast_tomosynthesis_acquisition import (
        XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition as XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition,
    )
    from dicomodel.items.x_ray3_d_acquisition_sequence_item_x_ray3_d_craniofacial_acquisition import (
        XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition as XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition,
    )
    from dicomodel.items.x_ray3_d_frame_type_sequence_item import (
        XRay3DFrameTypeSequenceItem as XRay3DFrameTypeSequenceItem,
    )
    from dicomodel.items.x_ray3_d_general_per_projection_acquisition_item import (
        XRay3DGeneralPerProjectionAcquisitionItem as XRay3DGeneralPerProjectionAcquisitionItem,
    )
    from dicomodel.items.x_ray3_d_reconstruction_sequence_item import (
        XRay3DReconstructionSequenceItem as XRay3DReconstructionSequenceItem,
    )
    from dicomodel.items.x_ray_acquisition_dose_sequence_item import (
        XRayAcquisitionDoseSequenceItem as XRayAcquisitionDoseSequenceItem,
    )
    from dicomodel.items.x_ray_filter_details_sequence_item import (
        XRayFilterDetailsSequenceItem as XRayFilterDetailsSequenceItem,
    )
    from dicomodel.items.x_ray_filtration_item import XRayFiltrationItem as XRayFiltrationItem
    from dicomodel.items.x_ray_geometry_sequence_item import (
        XRayGeometrySequenceItem as XRayGeometrySequenceItem,
    )
    from dicomodel.items.x_ray_geometry_sequence_item_breast_x_ray_geometry import (
        XRayGeometrySequenceItemBreastXRayGeometry as XRayGeometrySequenceItemBreastXRayGeometry,
    )
    from dicomodel.items.x_ray_grid_sequence_item import (
        XRayGridSequenceItem as XRayGridSequenceItem,
    )
    from dicomodel.items.xa_acquisition_phase_details_sequence_item import (
        XAAcquisitionPhaseDetailsSequenceItem as XAAcquisitionPhaseDetailsSequenceItem,
    )
    from dicomodel.items.xa_plane_details_sequence_item import (
        XAPlaneDetailsSequenceItem as XAPlaneDetailsSequenceItem,
    )
    from dicomodel.items.xaxrf_frame_characteristics_sequence_item import (
        XAXRFFrameCharacteristicsSequenceItem as XAXRFFrameCharacteristicsSequenceItem,
    )
    from dicomodel.items.xds_retrieval_sequence_item import (
        XDSRetrievalSequenceItem as XDSRetrievalSequenceItem,
    )
    from dicomodel.items.xds_retrieval_sequence_item import (
        XDSRetrievalSequenceItem as XDSStorageSequenceItem,
    )

# Another name of a shared class: the keyword of a sequence whose items it holds.
_ALIASES: dict[str, str] = {
    "AbstractPriorCodeSequenceItem": "CodeSequenceItem",
    "AcousticCouplingMediumCodeSequenceItem": "CodeSequenceItem",
    "AcquisitionContextSequenceItem": "ProtocolContextSequenceItem",
    "AcquisitionDeviceTypeCodeSequenceItem": "CodeSequenceItem",
    "AcquisitionEndLocationSequenceItem": "ReferenceLocationItem",
    "AcquisitionInitiationSequenceItem": "ContentItem",
    "AcquisitionMethodAlgorithmSequenceItem": "AlgorithmIdentificationItem",
    "AcquisitionMethodCodeSequenceItem": "CodeSequenceItem",
    "AcquisitionStartLocationSequenceItem": "ReferenceLocationItem",
    "AcquisitionTaskApplicabilitySequenceItem": "RTPatientPositionScopeWithLegacySupportItem",
    "AcquisitionTaskWorkitemCodeSequenceItem": "CodeSequenceItem",
    "AddIntermediateSequenceItem": "AddNearSequenceItem",
    "AddOtherSequenceItem": "AddNearSequenceItem",
    "AdditionalDrugSequenceItem": "CodeSequenceItem",
    "AdministrationRouteCodeSequenceItem": "CodeSequenceItem",
    "AdmittingDiagnosesCodeSequenceItem": "CodeSequenceItem",
    "AgeCorrectedSensitivityDeviationAlgorithmSequenceItem": "AlgorithmIdentificationItem",
    "AlgorithmFamilyCodeSequenceItem": "CodeSequenceItem",
    "AlgorithmNameCodeSequenceItem": "CodeSequenceItem",
    "AlternateValueSequenceItem": "ContentItem",
    "AnalogFilterTypeItem": "CodeSequenceItem",
    "AnatomicRegionsInStudyCodeSequenceItem": "CodeSequenceItem",
    "AnnotationGroupAlgorithmIdentificationSequenceItem": "AlgorithmIdentificationItem",
    "AnnotationPropertyCategoryCodeSequenceItem": "CodeSequenceItem",
    "AnnotationPropertyTypeModifierCodeSequenceItem": "CodeSequenceItem",
    "AnteriorChamberDepthDefinitionCodeSequenceItem": "CodeSequenceItem",
    "ApprovalSubjectSequenceItem": "SOPInstanceReferenceItem",
    "AsserterIdentificationSequenceItem": "IdentifiedPersonOrDeviceItem",
    "AssertionCodeSequenceItem": "CodeSequenceItem",
    "AssessedAttributeValueSequenceItem": "AttributeValueItem",
    "AssessmentRequesterSequenceItem": "IdentifiedPersonOrDeviceItem",
    "AssessmentTypeCodeSequenceItem": "CodeSequenceItem",
    "AssigningAgencyOrDepartmentCodeSequenceItem": "CodeSequenceItem",
    "AssigningFacilitySequenceItem": "HL7v2HierarchicDesignatorItem",
    "AssigningJurisdictionCodeSequenceItem": "CodeSequenceItem",
    "AuthorIdentificationSequenceItem": "IdentifiedPersonOrDeviceItem",
    "AuthorObserverSequenceItem": "IdentifiedPersonOrDeviceItem",
    "AutorefractionLeftEyeSequenceItem": "AutorefractionRightEyeSequenceItem",
    "BackgroundIlluminationColorCodeSequenceItem": "CodeSequenceItem",
    "BeamAreaLimitSequenceItem": "OutlineDefinitionItem",
    "BeamHoldOriginatingDeviceSequenceItem": "DeviceIdentificationItem",
    "BillingItemSequenceItem": "CodeSequenceItem",
    "BillingProcedureStepSequenceItem": "CodeSequenceItem",
    "BrachyPulseControlPointDeliveredSequenceItem": "BrachyControlPointDeliveredSequenceItem",
    "BreedRegistryCodeSequenceItem": "CodeSequenceItem",
    "CTDIPhantomTypeCodeSequenceItem": "CodeSequenceItem",
    "CTImagingAcquisitionParameterSequenceItem": "ThreeDRTConeBeamImagingGeometryItem",
    "ChannelDescriptionCodeSequenceItem": "CodeSequenceItem",
    "ChannelSensitivityUnitsSequenceItem": "CodeSequenceItem",
    "ChannelSourceModifiersSequenceItem": "CodeSequenceItem",
    "ChannelSourceSequenceItem": "CodeSequenceItem",
    "ClinicalTrialTimePointTypeCodeSequenceItem": "CodeSequenceItem",
    "CoatingMaterialsCodeSequenceItem": "CodeSequenceItem",
    "CompensatorShapeFabricationCodeSequenceItem": "CodeSequenceItem",
    "ComponentTypeCodeSequenceItem": "CodeSequenceItem",
    "ConceptualVolumeCategoryCodeSequenceItem": "CodeSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem": "AlgorithmIdentificationItem",
    "ConceptualVolumeIdentificationSequenceItem": "ConceptualVolumeItem",
    "ConceptualVolumeSegmentationReferenceSequenceItem": "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeSequenceItem": "ConceptualVolumeSegmentationReferenceAndCombinationItem",
    "ConceptualVolumeTypeCodeSequenceItem": "CodeSequenceItem",
    "ConceptualVolumeTypeModifierCodeSequenceItem": "CodeSequenceItem",
    "ConfirmationSequenceItem": "AssertionItem",
    "ConfocalMicroscopyImageFrameTypeSequenceItem": "WholeSlideMicroscopyImageFrameTypeSequenceItem",
    "ConstraintValueSequenceItem": "AttributeValueItem",
    "ConsultingPhysicianIdentificationSequenceItem": "PersonIdentificationItem",
    "ContainerComponentTypeCodeSequenceItem": "CodeSequenceItem",
    "ContainerTypeCodeSequenceItem": "CodeSequenceItem",
    "ContentCreatorIdentificationCodeSequenceItem": "PersonIdentificationItem",
    "ContentItemModifierSequenceItem": "ContentItem",
    "ContourImageSequenceItem": "ImageSOPInstanceReferenceItem",
    "ContraindicationsCodeSequenceItem": "CodeSequenceItem",
    "ContrastBolusIngredientCodeSequenceItem": "CodeSequenceItem",
    "ConversionSourceAttributesSequenceItem": "ImageSOPInstanceReferenceItem",
    "CorneaMeasurementMethodCodeSequenceItem": "CodeSequenceItem",
    "CornealTopographyMapTypeCodeSequenceItem": "CodeSequenceItem",
    "CornealTopographyMappingNormalsSequenceItem": "ExternallySourcedDataSetIdentificationItem",
    "CurrentFrameFunctionalGroupsSequenceItem": "UnassignedSharedConvertedAttributesSequenceItem",
    "CurrentRequestedProcedureEvidenceSequenceItem": "HierarchicalSOPInstanceReferenceItem",
    "DataObservationSequenceItem": "ContentItem",
    "DecompositionAlgorithmIdentificationSequenceItem": "AlgorithmIdentificationItem",
    "DeidentificationMethodCodeSequenceItem": "CodeSequenceItem",
    "DeliveryRateUnitSequenceItem": "CodeSequenceItem",
    "DeliveryTimeStructureCodeSequenceItem": "CodeSequenceItem",
    "DerivationAlgorithmSequenceItem": "AlgorithmIdentificationItem",
    "DerivationCodeSequenceItem": "CodeSequenceItem",
    "DerivationImplantAssemblyTemplateSequenceItem": "SOPInstanceReferenceItem",
    "DerivationImplantTemplateSequenceItem": "SOPInstanceReferenceItem",
    "DeviceMotionParameterCodeSequenceItem": "CodeSequenceItem",
    "DevicePositionParameterSequenceItem": "ContentItem",
    "DeviceSpecificAcquisitionParameterSequenceItem": "ContentItem",
    "DeviceTypeCodeSequenceItem": "CodeSequenceItem",
    "DiffusionAcquisitionCodeSequenceItem": "CodeSequenceItem",
    "DiffusionModelCodeSequenceItem": "CodeSequenceItem",
    "DigitalFilterTypeCodeSequenceItem": "CodeSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem": "CodeSequenceItem",
    "DisplacementReferenceLocationCodeSequenceItem": "CodeSequenceItem",
    "DisplayDeviceTypeCodeSequenceItem": "CodeSequenceItem",
    "DocumentClassCodeSequenceItem": "CodeSequenceItem",
    "DoseMeasurementDeviceCodeSequenceItem": "CodeSequenceItem",
    "DosimetricObjectiveTypeCodeSequenceItem": "CodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem": "CodeSequenceItem",
    "EmptyValueMatchingSequenceItem": "UnassignedSharedConvertedAttributesSequenceItem",
    "EnergyDerivationCodeSequenceItem": "CodeSequenceItem",
    "EnergyUnitCodeSequenceItem": "CodeSequenceItem",
    "EnhancedRTBeamLimitingDeviceSequenceItem": "RTBeamLimitingDeviceDefinitionItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem": "RTBeamLimitingDeviceOpeningDefinitionItem",
    "EquipmentReferencePointCodeSequenceItem": "CodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem": "SOPInstanceReferenceItem",
    "EthnicGroupCodeSequenceItem": "CodeSequenceItem",
    "EventCodeSequenceItem": "CodeSequenceItem",
    "FacetSequenceItem": "TriangleStripSequenceItem",
    "FailedAttributesSequenceItem": "SelectorAttributeItem",
    "FiducialIdentifierCodeSequenceItem": "CodeSequenceItem",
    "FiducialsPropertyCategoryCodeSequenceItem": "CodeSequenceItem",
    "FilterHighFrequencyCharacteristicsSequenceItem": "WaveformFilterCharacteristicsItem",
    "FilterLookupTableSequenceItem": "WaveformFilterLookupTableItem",
    "FilterLowFrequencyCharacteristicsSequenceItem": "WaveformFilterCharacteristicsItem",
    "FixationMethodCodeSequenceItem": "CodeSequenceItem",
    "FixationMonitoringCodeSequenceItem": "CodeSequenceItem",
    "FixedRTBeamDelimiterDeviceSequenceItem": "OutlineDefinitionItem",
    "FlatCornealAxisSequenceItem": "SteepCornealAxisSequenceItem",
    "FrequencyEncodingCodeSequenceItem": "CodeSequenceItem",
    "GeneralMatchingSequenceItem": "UnassignedSharedConvertedAttributesSequenceItem",
    "GeneralizedDefectSensitivityDeviationAlgorithmSequenceItem": "AlgorithmIdentificationItem",
    "GeneticModificationsCodeSequenceItem": "CodeSequenceItem",
    "HangingProtocolUserIdentificationCodeSequenceItem": "CodeSequenceItem",
    "HumanPerformerCodeSequenceItem": "CodeSequenceItem",
    "IOLFormulaCodeSequenceItem": "CodeSequenceItem",
    "IdenticalDocumentsSequenceItem": "HierarchicalSOPInstanceReferenceItem",
    "IlluminationColorCodeSequenceItem": "CodeSequenceItem",
    "IlluminationTypeCodeSequenceItem": "CodeSequenceItem",
    "IlluminatorTypeCodeSequenceItem": "CodeSequenceItem",
    "ImageDataTypeCodeSequenceItem": "CodeSequenceItem",
    "ImagePathFilterTypeStackCodeSequenceItem": "CodeSequenceItem",
    "ImagingApertureSequenceItem": "RTBeamLimitingDeviceOpeningSequenceItem",
    "ImagingDeviceLocationMatrixSequenceItem": "MatrixBasedRTImagingGeometryItem",
    "ImplantAssemblyTemplateTargetAnatomySequenceItem": "ImplantTargetAnatomySequenceItem",
    "ImplantRegulatoryDisapprovalCodeSequenceItem": "CodeSequenceItem",
    "ImplantTemplateGroupTargetAnatomySequenceItem": "ImplantTargetAnatomySequenceItem",
    "ImplantTypeCodeSequenceItem": "CodeSequenceItem",
    "InformationFromManufacturerSequenceItem": "NotificationFromManufacturerSequenceItem",
    "InputInformationSequenceItem": "ReferencedInstancesAndAccessItem",
    "InstanceLevelReferencedPerformedProcedureStepSequenceItem": "SOPInstanceReferenceItem",
    "InstitutionCodeSequenceItem": "CodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem": "CodeSequenceItem",
    "IntendedRTTreatmentPhaseSequenceItem": "RTTreatmentPhaseItem",
    "IntendedRecipientsOfResultsIdentificationSequenceItem": "PersonIdentificationItem",
    "InterlockCodeSequenceItem": "CodeSequenceItem",
    "InterlockOriginatingDeviceSequenceItem": "DeviceIdentificationItem",
    "InterlockResolutionCodeSequenceItem": "CodeSequenceItem",
    "InterlockResolutionUserSequenceItem": "PersonIdentificationItem",
    "InterlockSequenceItem": "InterlockItem",
    "InterventionDrugCodeSequenceItem": "CodeSequenceItem",
    "IntraocularLensCalculationsLeftEyeSequenceItem": "IntraocularLensCalculationsItem",
    "IntraocularLensCalculationsRightEyeSequenceItem": "IntraocularLensCalculationsItem",
    "InventoryAccessEndPointsSequenceItem": "AccessEndPointsItem",
    "IssuerOfAccessionNumberSequenceItem": "HL7v2HierarchicDesignatorItem",
    "IssuerOfAdmissionIDSequenceItem": "HL7v2HierarchicDesignatorItem",
    "IssuerOfServiceEpisodeIDSequenceItem": "HL7v2HierarchicDesignatorItem",
    "IssuerOfTheContainerIdentifierSequenceItem": "HL7v2HierarchicDesignatorItem",
    "IssuerOfTheSpecimenIdentifierSequenceItem": "HL7v2HierarchicDesignatorItem",
    "KVImagingGenerationParametersSequenceItem": "KVRadiationImageAcquisitionParametersItem",
    "KeratometryLeftEyeSequenceItem": "KeratometricMeasurementsItem",
    "KeratometryMeasurementTypeCodeSequenceItem": "CodeSequenceItem",
    "KeratometryRightEyeSequenceItem": "KeratometricMeasurementsItem",
    "LanguageCodeSequenceItem": "CodeSequenceItem",
    "LeftImageSequenceItem": "ImageSOPInstanceReferenceItem",
    "LeftLensSequenceItem": "LensometryMeasurementsItem",
    "LensStatusCodeSequenceItem": "CodeSequenceItem",
    "LensesCodeSequenceItem": "CodeSequenceItem",
    "LineSequenceItem": "TriangleStripSequenceItem",
    "ListOfUIDMatchingSequenceItem": "UnassignedSharedConvertedAttributesSequenceItem",
    "MVImagingGenerationParametersSequenceItem": "MVRadiationImageAcquisitionParametersItem",
    "MachineSpecificTreatmentTerminationCodeSequenceItem": "CodeSequenceItem",
    "MagnitudeEncodingCodeSequenceItem": "CodeSequenceItem",
    "MaterialCodeSequenceItem": "CodeSequenceItem",
    "MaterialsCodeSequenceItem": "CodeSequenceItem",
    "MeasurementPatternCodeSequenceItem": "CodeSequenceItem",
    "MeasuringUnitsSequenceItem": "CodeSequenceItem",
    "MetaboliteMapCodeSequenceItem": "CodeSequenceItem",
    "MinimumKeratometricSequenceItem": "SteepKeratometricAxisSequenceItem",
    "ModeOfPercutaneousAccessSequenceItem": "CodeSequenceItem",
    "ModelUsageCodeSequenceItem": "CodeSequenceItem",
    "ModifiedAttributesSequenceItem": "UnassignedSharedConvertedAttributesSequenceItem",
    "ModifierCodeSequenceItem": "CodeSequenceItem",
    "MydriaticAgentCodeSequenceItem": "CodeSequenceItem",
    "MydriaticAgentConcentrationUnitsSequenceItem": "CodeSequenceItem",
    "NominalScreenDefinitionSequenceItem": "ScreenSpecificationsItem",
    "NotchFilterCharacteristicsSequenceItem": "WaveformFilterCharacteristicsItem",
    "ObservationBasisCodeSequenceItem": "CodeSequenceItem",
    "OphthalmicAxialLengthDataSourceCodeSequenceItem": "CodeSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem": "CodeSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem": "OphthalmicAxialLengthSegmentalMeasurementsItem",
    "OphthalmicAxialLengthQualityMetricSequenceItem": "OphthalmicAxialLengthQualityMetricItem",
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem": "CodeSequenceItem",
    "OphthalmicAxialMeasurementsLeftEyeSequenceItem": "OphthalmicAxialMeasurementsRightEyeSequenceItem",
    "OphthalmicImageTypeCodeSequenceItem": "CodeSequenceItem",
    "OphthalmicPatientClinicalInformationLeftEyeSequenceItem": "OphthalmicPatientClinicalInformationAndTestLensParametersItem",
    "OphthalmicPatientClinicalInformationRightEyeSequenceItem": "OphthalmicPatientClinicalInformationAndTestLensParametersItem",
    "OphthalmicThicknessMapTypeCodeSequenceItem": "CodeSequenceItem",
    "OphthalmicThicknessMappingNormalsSequenceItem": "ExternallySourcedDataSetIdentificationItem",
    "OphthalmicUltrasoundMethodCodeSequenceItem": "CodeSequenceItem",
    "OrderFillerIdentifierSequenceItem": "HL7v2HierarchicDesignatorItem",
    "OrderPlacerIdentifierSequenceItem": "HL7v2HierarchicDesignatorItem",
    "OrganizationalRoleCodeSequenceItem": "CodeSequenceItem",
    "OriginalImplantAssemblyTemplateSequenceItem": "SOPInstanceReferenceItem",
    "OriginalImplantTemplateSequenceItem": "SOPInstanceReferenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem": "SOPInstanceReferenceItem",
    "OutputDestinationSequenceItem": "StorageItem",
    "PETFrameTypeSequenceItem": "CTImageFrameTypeSequenceItem",
    "PETPositionSequenceItem": "CTPositionSequenceItem",
    "PaletteColorLookupTableSequenceItem": "PaletteColorLookupTableItem",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem": "CodeSequenceItem",
    "PartialViewCodeSequenceItem": "CodeSequenceItem",
    "PatientBreedCodeSequenceItem": "CodeSequenceItem",
    "PatientEquipmentRelationshipCodeSequenceItem": "CodeSequenceItem",
    "PatientEyeMovementCommandCodeSequenceItem": "CodeSequenceItem",
    "PatientGantryRelationshipCodeSequenceItem": "CodeSequenceItem",
    "PatientInsurancePlanCodeSequenceItem": "CodeSequenceItem",
    "PatientLocationCoordinatesCodeSequenceItem": "CodeSequenceItem",
    "PatientOrientationModifierCodeSequenceItem": "CodeSequenceItem",
    "PatientPhysiologicalStateCodeSequenceItem": "CodeSequenceItem",
    "PatientPrimaryLanguageModifierCodeSequenceItem": "CodeSequenceItem",
    "PatientSizeCodeSequenceItem": "CodeSequenceItem",
    "PatientSpeciesCodeSequenceItem": "CodeSequenceItem",
    "PatientSpecificationSequenceItem": "AttributeValueConstraintItem",
    "PatientSupportDisplacementSequenceItem": "PatientSupportPositionItem",
    "PatientSupportPositionSequenceItem": "PatientSupportPositionItem",
    "PatientTreatmentOrientationSequenceItem": "PatientOrientationAndEquipmentRelationshipItem",
    "PatientTreatmentPreparationDeviceSequenceItem": "RTAccessoryDeviceIdentificationItem",
    "PatientTreatmentPreparationMethodCodeSequenceItem": "CodeSequenceItem",
    "PatientTreatmentPreparationProcedureCodeSequenceItem": "CodeSequenceItem",
    "PatientTreatmentPreparationProcedureParameterSequenceItem": "ProtocolContextSequenceItem",
    "PatientTreatmentPreparationSequenceItem": "RTPatientTreatmentPreparationItem",
    "PerFrameFunctionalGroupsSequenceItem": "UnassignedSharedConvertedAttributesSequenceItem",
    "PerformedProcedureCodeSequenceItem": "CodeSequenceItem",
    "PerformedProcedureStepDiscontinuationReasonCodeSequenceItem": "CodeSequenceItem",
    "PerformedStationClassCodeSequenceItem": "CodeSequenceItem",
    "PerformedStationGeographicLocationCodeSequenceItem": "CodeSequenceItem",
    "PerformedStationNameCodeSequenceItem": "CodeSequenceItem",
    "PerformedWorkitemCodeSequenceItem": "CodeSequenceItem",
    "PerformingPhysicianIdentificationSequenceItem": "PersonIdentificationItem",
    "PersonIdentificationCodeSequenceItem": "CodeSequenceItem",
    "PertinentOtherEvidenceSequenceItem": "HierarchicalSOPInstanceReferenceItem",
    "PhysiciansOfRecordIdentificationSequenceItem": "PersonIdentificationItem",
    "PhysiciansReadingStudyIdentificationSequenceItem": "PersonIdentificationItem",
    "PixelValueMappingCodeSequenceItem": "CodeSequenceItem",
    "PlanningInputInformationSequenceItem": "RelatedInformationEntitiesItem",
    "PlanningLandmarkIdentificationCodeSequenceItem": "CodeSequenceItem",
    "PositionAcquisitionTemplateCodeSequenceItem": "CodeSequenceItem",
    "PositioningLandmarkSequenceItem": "ReferenceLocationItem",
    "PositioningMethodCodeSequenceItem": "CodeSequenceItem",
    "PotentialReasonsForProcedureCodeSequenceItem": "CodeSequenceItem",
    "PotentialRequestedProcedureCodeSequenceItem": "CodeSequenceItem",
    "PotentialScheduledProtocolCodeSequenceItem": "CodeSequenceItem",
    "PreDeformationMatrixRegistrationSequenceItem": "MatrixSequenceItem",
    "PredecessorDocumentsSequenceItem": "HierarchicalSOPInstanceReferenceItem",
    "PredecessorProtocolSequenceItem": "SOPInstanceReferenceItem",
    "PredecessorStructureSetSequenceItem": "SOPInstanceReferenceItem",
    "PredictedToricErrorSequenceItem": "CalculatedToricPowerItem",
    "PrescriptionNotesSequenceItem": "ContentItem",
    "PriorTreatmentReferenceSequenceItem": "SOPInstanceReferenceItem",
    "ProcedureCodeSequenceItem": "CodeSequenceItem",
    "ProcedureStepDiscontinuationReasonCodeSequenceItem": "CodeSequenceItem",
    "ProcedureStepProgressParametersSequenceItem": "ProtocolContextSequenceItemScheduledProcedureStep",
    "ProcedureTypeCodeSequenceItem": "CodeSequenceItem",
    "ProductParameterSequenceItem": "ContentItem",
    "ProductTypeCodeSequenceItem": "CodeSequenceItem",
    "ProjectionEponymousNameCodeSequenceItem": "CodeSequenceItem",
    "PseudoColorPaletteInstanceReferenceSequenceItem": "SOPInstanceReferenceItem",
    "PurposeOfReferenceCodeSequenceItem": "CodeSequenceItem",
    "QuantityDefinitionSequenceItem": "ProtocolContextSequenceItem",
    "ROICreatorSequenceItem": "IdentifiedPersonOrDeviceItem",
    "ROIDerivationAlgorithmIdentificationSequenceItem": "AlgorithmIdentificationItem",
    "ROIInterpreterSequenceItem": "IdentifiedPersonOrDeviceItem",
    "ROIObservationContextCodeSequenceItem": "CodeSequenceItem",
    "RTAcquisitionPatientPositionSequenceItem": "RTPatientPositionItem",
    "RTBeamDelimiterGeometrySequenceItem": "OutlineDefinitionItem",
    "RTBeamLimitingDeviceDefinitionSequenceItem": "RTBeamLimitingDeviceDefinitionItem",
    "RTDeliveryStartPatientPositionSequenceItem": "RTPatientPositionItem",
    "RTDeviceDistanceReferenceLocationCodeSequenceItem": "CodeSequenceItem",
    "RTDiagnosisCodeSequenceItem": "CodeSequenceItem",
    "RTImageFrameImagingDevicePositionSequenceItem": "MatrixBasedRTImagingGeometryItem",
    "RTImageFrameMVRadiationAcquisitionSequenceItem": "MVRadiationImageAcquisitionParametersItem",
    "RTImageFramekVRadiationAcquisitionSequenceItem": "KVRadiationImageAcquisitionParametersItem",
    "RTImageScopeSequenceItem": "RTPatientPositionScopeWithLegacySupportItem",
    "RTPatientPositionScopeSequenceItem": "RTPatientPositionScopeWithLegacySupportItem",
    "RTPatientPositionSequenceItem": "PatientToEquipmentRelationshipItem",
    "RTPhysicianIntentInputInstanceSequenceItem": "RelatedInformationEntitiesItem",
    "RTProtocolCodeSequenceItem": "CodeSequenceItem",
    "RTROIIdentificationCodeSequenceItem": "SegmentedPropertyTypeCodeSequenceItem",
    "RTRadiationSequenceItem": "SOPInstanceReferenceItem",
    "RTToleranceSetSequenceItem": "RTToleranceSetItem",
    "RTTreatmentPreparationPatientPositionSequenceItem": "RTPatientPositionItem",
    "RTTreatmentTechniqueCodeSequenceItem": "CodeSequenceItem",
    "RTTreatmentTerminationReasonCodeSequenceItem": "CodeSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem": "ContentItem",
    "RadiationDosimeterUnitSequenceItem": "CodeSequenceItem",
    "RadiationFluenceModifierCodeSequenceItem": "CodeSequenceItem",
    "RadiationGenerationModeMachineCodeSequenceItem": "CodeSequenceItem",
    "RadiationTypeCodeSequenceItem": "CodeSequenceItem",
    "RadiobiologicalDoseEffectSequenceItem": "RadiobiologicalDoseEffectDescriptionItem",
    "RadionuclideCodeSequenceItem": "CodeSequenceItem",
    "RadiopharmaceuticalCodeSequenceItem": "CodeSequenceItem",
    "RangeMatchingSequenceItem": "UnassignedSharedConvertedAttributesSequenceItem",
    "RealWorldValueMappingSequenceItem": "RealWorldValueMappingItem",
    "ReasonForOmissionCodeSequenceItem": "CodeSequenceItem",
    "ReasonForPerformedProcedureCodeSequenceItem": "CodeSequenceItem",
    "ReasonForRemovalCodeSequenceItem": "CodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem": "CodeSequenceItem",
    "ReasonForVisitCodeSequenceItem": "CodeSequenceItem",
    "RecommendedDefaultValueSequenceItem": "AttributeValueItem",
    "ReconstructionAlgorithmSequenceItem": "AlgorithmIdentificationItem",
    "ReconstructionEndLocationSequenceItem": "ReferenceLocationItem",
    "ReconstructionProtocolElementSpecificationSequenceItem": "AcquisitionProtocolElementSpecificationSequenceItem",
    "ReconstructionStartLocationSequenceItem": "ReferenceLocationItem",
    "ReconstructionTargetCenterLocationSequenceItem": "ReferenceLocationItem",
    "ReferenceBasisCodeSequenceItem": "CodeSequenceItem",
    "ReferenceGeometryCodeSequenceItem": "CodeSequenceItem",
    "ReferencedBasicAnnotationBoxSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedComparisonSOPInstanceSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedDoseSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedFilmBoxSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedFilmSessionSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedFirstFrameSequenceItem": "ImageSOPInstanceReferenceItem",
    "ReferencedImageBoxSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedImageEvidenceSequenceItem": "HierarchicalSOPInstanceReferenceItem",
    "ReferencedNonImageCompositeSOPInstanceSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem": "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem",
    "ReferencedOtherPlaneSequenceItem": "ImageSOPInstanceReferenceItem",
    "ReferencedPatientPhotoSequenceItem": "ReferencedInstancesAndAccessItem",
    "ReferencedPatientSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedPositionReferenceInstanceSequenceItem": "RelatedInformationEntitiesItem",
    "ReferencedPresentationLUTSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedRTInstanceSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedRTRadiationRecordSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedRTRadiationSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedRTTreatmentPreparationSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedRawDataSequenceItem": "HierarchicalSOPInstanceReferenceItem",
    "ReferencedRefractiveMeasurementsSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedStereometricInstanceSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedStructureSetSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedSurfaceDataSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedTextureSequenceItem": "ImageSOPInstanceReferenceItem",
    "ReferencedVisitSequenceItem": "SOPInstanceReferenceItem",
    "ReferencedWaveformSequenceItem": "HierarchicalSOPInstanceReferenceItem",
    "ReferringPhysicianIdentificationSequenceItem": "PersonIdentificationItem",
    "RefractiveErrorBeforeRefractiveSurgeryCodeSequenceItem": "CodeSequenceItem",
    "RefractiveParametersUsedOnPatientSequenceItem": "RefractiveStateSequenceItem",
    "RefractiveSurgeryTypeCodeSequenceItem": "CodeSequenceItem",
    "RegistrationMethodCodeSequenceItem": "CodeSequenceItem",
    "RegistrationTypeCodeSequenceItem": "CodeSequenceItem",
    "RelatedReferenceRTImageSequenceItem": "SOPInstanceReferenceItem",
    "RelativeImagePositionCodeSequenceItem": "CodeSequenceItem",
    "RenderedImageReferenceSequenceItem": "ImageSOPInstanceReferenceItem",
    "ReplacedImplantAssemblyTemplateSequenceItem": "SOPInstanceReferenceItem",
    "ReplacedImplantTemplateGroupSequenceItem": "SOPInstanceReferenceItem",
    "ReplacedImplantTemplateSequenceItem": "SOPInstanceReferenceItem",
    "ReplacedProcedureStepSequenceItem": "SOPInstanceReferenceItem",
    "RequestAttributesSequenceItem": "RequestAttributesItem",
    "RequestedLateralityCodeSequenceItem": "CodeSequenceItem",
    "RequestedProcedureCodeSequenceItem": "CodeSequenceItem",
    "RequestedSeriesDescriptionCodeSequenceItem": "CodeSequenceItem",
    "RequestingPhysicianIdentificationSequenceItem": "PersonIdentificationItem",
    "ResponsibleGroupCodeSequenceItem": "CodeSequenceItem",
    "RetinalThicknessDefinitionCodeSequenceItem": "CodeSequenceItem",
    "RightImageSequenceItem": "ImageSOPInstanceReferenceItem",
    "RightLensSequenceItem": "LensometryMeasurementsItem",
    "RoboticPathNodeSetCodeSequenceItem": "CodeSequenceItem",
    "ScanPatternTypeCodeSequenceItem": "CodeSequenceItem",
    "ScanStartPositionSequenceItem": "ParameterizedRTImagingGeometryItem",
    "ScanStopPositionSequenceItem": "ParameterizedRTImagingGeometryItem",
    "ScheduledHumanPerformersSequenceItem": "ActualHumanPerformersSequenceItem",
    "ScheduledPerformingPhysicianIdentificationSequenceItem": "PersonIdentificationItem",
    "ScheduledProcessingParametersSequenceItem": "ProtocolContextSequenceItemScheduledProcedureStep",
    "ScheduledSpecimenSequenceItem": "SpecimenItem",
    "ScheduledStationClassCodeSequenceItem": "CodeSequenceItem",
    "ScheduledStationGeographicLocationCodeSequenceItem": "CodeSequenceItem",
    "ScheduledStationNameCodeSequenceItem": "CodeSequenceItem",
    "ScheduledWorkitemCodeSequenceItem": "CodeSequenceItem",
    "ScreeningTestModeCodeSequenceItem": "CodeSequenceItem",
    "SegmentAnnotationCategoryCodeSequenceItem": "CodeSequenceItem",
    "SegmentAnnotationTypeModifierCodeSequenceItem": "CodeSequenceItem",
    "SegmentCharacteristicsSequenceItem": "ProtocolContextSequenceItem",
    "SegmentSurfaceGenerationAlgorithmIdentificationSequenceItem": "AlgorithmIdentificationItem",
    "SegmentSurfaceSourceInstanceSequenceItem": "ImageSOPInstanceReferenceItem",
    "SegmentationAlgorithmIdentificationSequenceItem": "AlgorithmIdentificationItem",
    "SegmentedPropertyCategoryCodeSequenceItem": "CodeSequenceItem",
    "SegmentedPropertyTypeModifierCodeSequenceItem": "CodeSequenceItem",
    "SelectorCodeSequenceValueItem": "CodeSequenceItem",
    "SeriesDescriptionCodeSequenceItem": "CodeSequenceItem",
    "SharedFunctionalGroupsSequenceItem": "UnassignedSharedConvertedAttributesSequenceItem",
    "SourceHangingProtocolSequenceItem": "SOPInstanceReferenceItem",
    "SourceImageEvidenceSequenceItem": "HierarchicalSOPInstanceReferenceItem",
    "SourceInstanceSequenceItem": "ReferencedInstanceSequenceItemWaveformIdentification",
    "SourceIrradiationEventSequenceItem": "IrradiationEventIdentificationSequenceItem",
    "SourceOfAnteriorChamberDepthDataCodeSequenceItem": "CodeSequenceItem",
    "SourceOfCorneaMeasurementDataCodeSequenceItem": "CodeSequenceItem",
    "SourceOfCornealSizeDataCodeSequenceItem": "CodeSequenceItem",
    "SourceOfLensThicknessDataCodeSequenceItem": "CodeSequenceItem",
    "SourceOfOphthalmicAxialLengthCodeSequenceItem": "CodeSequenceItem",
    "SourceOfRefractiveMeasurementsCodeSequenceItem": "CodeSequenceItem",
    "SpecimenLocalizationContentItemSequenceItem": "ContentItem",
    "SpecimenPreparationStepContentItemSequenceItem": "ContentItem",
    "SpecimenTypeCodeSequenceItem": "CodeSequenceItem",
    "StageCodeSequenceItem": "CodeSequenceItem",
    "StimulusColorCodeSequenceItem": "CodeSequenceItem",
    "StorageProtocolElementSpecificationSequenceItem": "AcquisitionProtocolElementSpecificationSequenceItem",
    "StrainCodeSequenceItem": "CodeSequenceItem",
    "StrainSourceRegistryCodeSequenceItem": "CodeSequenceItem",
    "StudyAccessEndPointsSequenceItem": "AccessEndPointsItem",
    "SubjectiveRefractionLeftEyeSequenceItem": "SubjectiveRefractionMeasurementsItem",
    "SubjectiveRefractionRightEyeSequenceItem": "SubjectiveRefractionMeasurementsItem",
    "SubstanceAdministrationParameterSequenceItem": "ContentItem",
    "SubtaskWorkitemCodeSequenceItem": "CodeSequenceItem",
    "SummarizedFilterLookupTableItem": "WaveformFilterLookupTableItem",
    "SurfaceMeshPrimitivesSequenceItem": "SurfaceMeshPrimitivesItem",
    "SurfacePointsNormalsSequenceItem": "VectorsItem",
    "SurfaceProcessingAlgorithmIdentificationSequenceItem": "AlgorithmIdentificationItem",
    "SurfaceScanAcquisitionTypeCodeSequenceItem": "CodeSequenceItem",
    "SurfaceScanModeCodeSequenceItem": "CodeSequenceItem",
    "SurgicallyInducedAstigmatismSequenceItem": "CylinderSequenceItem",
    "TestPatternCodeSequenceItem": "CodeSequenceItem",
    "TestPointNormalsSequenceItem": "ExternallySourcedDataSetIdentificationItem",
    "TherapeuticRoleCategoryCodeSequenceItem": "CodeSequenceItem",
    "TherapeuticRoleTypeCodeSequenceItem": "CodeSequenceItem",
    "ToricIOLPowerForExactEmmetropiaSequenceItem": "CalculatedToricPowerItem",
    "ToricIOLPowerForExactTargetRefractionSequenceItem": "CalculatedToricPowerItem",
    "ToricIOLPowerSequenceItem": "CalculatedToricPowerItem",
    "TrackSetStatisticsSequenceItem": "TableSummaryStatisticsItem",
    "TrackingAlgorithmIdentificationSequenceItem": "AlgorithmIdentificationItem",
    "TransducerApplicationCodeSequenceItem": "CodeSequenceItem",
    "TransducerBeamSteeringCodeSequenceItem": "CodeSequenceItem",
    "TransducerGeometryCodeSequenceItem": "CodeSequenceItem",
    "TransducerIdentificationSequenceItem": "DeviceIdentificationItem",
    "TransducerScanPatternCodeSequenceItem": "CodeSequenceItem",
    "TransducerTechnologySequenceItem": "CodeSequenceItem",
    "TransformationAlgorithmSequenceItem": "AlgorithmIdentificationItem",
    "TransformationMethodCodeSequenceItem": "CodeSequenceItem",
    "TreatmentDeviceIdentificationSequenceItem": "TreatmentDeviceIdentificationItem",
    "TreatmentMachineSpecialModeCodeSequenceItem": "CodeSequenceItem",
    "TreatmentSiteModifierCodeSequenceItem": "CodeSequenceItem",
    "TreatmentSummaryCalculatedDoseReferenceSequenceItem": "TreatmentSummaryMeasuredDoseReferenceSequenceItem",
    "TreatmentToleranceViolationAttributeSequenceItem": "ExtendedSelectorAttributeItem",
    "TreatmentToleranceViolationCauseCodeSequenceItem": "CodeSequenceItem",
    "TreatmentToleranceViolationTypeCodeSequenceItem": "CodeSequenceItem",
    "TriangleFanSequenceItem": "TriangleStripSequenceItem",
    "UDISequenceItem": "UDIItem",
    "UnassignedPerFrameConvertedAttributesSequenceItem": "UnassignedSharedConvertedAttributesSequenceItem",
    "UnspecifiedLateralityLensSequenceItem": "LensometryMeasurementsItem",
    "VerifyingObserverIdentificationCodeSequenceItem": "CodeSequenceItem",
    "ViewModifierCodeSequenceItem": "CodeSequenceItem",
    "ViewOrientationCodeSequenceItem": "CodeSequenceItem",
    "ViewOrientationModifierCodeSequenceItem": "CodeSequenceItem",
    "VisualAcuityBothEyesOpenSequenceItem": "VisualAcuityMeasurementsItem",
    "VisualAcuityLeftEyeSequenceItem": "VisualAcuityMeasurementsItem",
    "VisualAcuityMeasurementSequenceItem": "VisualAcuityMeasurementsItem",
    "VisualAcuityRightEyeSequenceItem": "VisualAcuityMeasurementsItem",
    "VisualAcuityTypeCodeSequenceItem": "CodeSequenceItem",
    "VisualEvaluationMethodCodeSequenceItem": "CodeSequenceItem",
    "VisualFieldGlobalResultsIndexSequenceItem": "OphthalmicVisualFieldGlobalIndexItem",
    "VisualFieldTestReliabilityGlobalIndexSequenceItem": "OphthalmicVisualFieldGlobalIndexItem",
    "VitreousStatusCodeSequenceItem": "CodeSequenceItem",
    "VolumeLocalizationSequenceItem": "MRSpatialSaturationSequenceItem",
    "WaterEquivalentDiameterCalculationMethodCodeSequenceItem": "CodeSequenceItem",
    "XDSStorageSequenceItem": "XDSRetrievalSequenceItem",
}

__all__ = [
    "ASLBolusCutoffTimingSequenceItem",
    "ASLSlabSequenceItem",
    "AbstractPriorCodeSequenceItem",
    "AccessEndPointsItem",
    "AcousticCouplingMediumCodeSequenceItem",
    "AcquisitionContextSequenceItem",
    "AcquisitionDeviceSequenceItem",
    "AcquisitionDeviceTypeCodeSequenceItem",
    "AcquisitionEndLocationSequenceItem",
    "AcquisitionInitiationSequenceItem",
    "AcquisitionMethodAlgorithmSequenceItem",
    "AcquisitionMethodCodeSequenceItem",
    "AcquisitionProtocolElementSequenceItem",
    "AcquisitionProtocolElementSequenceItemPerformedXAAcquisition",
    "AcquisitionProtocolElementSpecificationSequenceItem",
    "AcquisitionStartLocationSequenceItem",
    "AcquisitionSubtaskSequenceItem",
    "AcquisitionTaskApplicabilitySequenceItem",
    "AcquisitionTaskSequenceItem",
    "AcquisitionTaskWorkitemCodeSequenceItem",
    "ActualHumanPerformersSequenceItem",
    "AddIntermediateSequenceItem",
    "AddNearSequenceItem",
    "AddOtherSequenceItem",
    "AdditionalDrugSequenceItem",
    "AdditionalParameterRecordingInstanceSequenceItem",
    "AdditionalRTAccessoryDeviceSequenceItem",
    "AdministrationRouteCodeSequenceItem",
    "AdmittingDiagnosesCodeSequenceItem",
    "AdvancedBlendingSequenceItem",
    "AgeCorrectedSensitivityDeviationAlgorithmSequenceItem",
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmIdentificationItem",
    "AlgorithmNameCodeSequenceItem",
    "AlternateContainerIdentifierSequenceItem",
    "AlternateContentDescriptionSequenceItem",
    "AlternateRepresentationSequenceItem",
    "AlternateValueSequenceItem",
    "AnalogFilterCharacteristicsSequenceItem",
    "AnalogFilterTypeItem",
    "AnatomicRegionSequenceItem",
    "AnatomicRegionSequenceItemIntraOralImage",
    "AnatomicRegionSequenceItemOcularRegionImaged",
    "AnatomicRegionsInStudyCodeSequenceItem",
    "AnimationCurveSequenceItem",
    "AnnotationGroupAlgorithmIdentificationSequenceItem",
    "AnnotationGroupSequenceItem",
    "AnnotationPropertyCategoryCodeSequenceItem",
    "AnnotationPropertyTypeCodeSequenceItem",
    "AnnotationPropertyTypeModifierCodeSequenceItem",
    "AnteriorChamberDepthDefinitionCodeSequenceItem",
    "AnteriorChamberDepthSequenceItem",
    "ApplicationSetupSequenceItem",
    "ApplicatorGeometrySequenceItem",
    "ApplicatorSequenceItem",
    "ApplicatorSequenceItemRTGeneralMachineVerification",
    "ApplicatorSequenceItemRTIonBeams",
    "ApprovalSequenceItem",
    "ApprovalSubjectSequenceItem",
    "AsserterIdentificationSequenceItem",
    "AssertionCodeSequenceItem",
    "AssertionItem",
    "AssessedAttributeValueSequenceItem",
    "AssessedSOPInstanceSequenceItem",
    "AssessmentObservationsSequenceItem",
    "AssessmentRequesterSequenceItem",
    "AssessmentTypeCodeSequenceItem",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "AttributeToleranceValuesSequenceItem",
    "AttributeValueConstraintItem",
    "AttributeValueItem",
    "AuthorIdentificationSequenceItem",
    "AuthorObserverSequenceItem",
    "AutorefractionLeftEyeSequenceItem",
    "AutorefractionRightEyeSequenceItem",
    "BackgroundIlluminationColorCodeSequenceItem",
    "BasicColorImageSequenceItem",
    "BasicGrayscaleImageSequenceItem",
    "BeamAreaLimitSequenceItem",
    "BeamDoseVerificationControlPointSequenceItem",
    "BeamHoldOriginatingDeviceSequenceItem",
    "BeamLimitingDeviceLeafPairsSequenceItem",
    "BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification",
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification",
    "BeamLimitingDeviceSequenceItem",
    "BeamLimitingDeviceSequenceItemRTBeams",
    "BeamLimitingDeviceToleranceSequenceItem",
    "BeamSequenceItem",
    "BeamSequenceItemRTBeams",
    "BeamTaskSequenceItem",
    "BillingItemSequenceItem",
    "BillingProcedureStepSequenceItem",
    "BillingSuppliesAndDevicesSequenceItem",
    "BiopsyTargetSequenceItem",
    "BlendingDisplayInputSequenceItem",
    "BlendingDisplaySequenceItem",
    "BlendingLUT1SequenceItem",
    "BlendingLUT2SequenceItem",
    "BlendingSequenceItem",
    "BlockDefinitionSequenceItem",
    "BlockEdgeDataSequenceItem",
    "BlockSequenceItem",
    "BlockSequenceItemRTBeams",
    "BlockSlabSequenceItem",
    "BlockSlabSequenceItemRTIonBeams",
    "BolusDefinitionSequenceItem",
    "BrachyAccessoryDeviceSequenceItem",
    "BrachyControlPointDeliveredSequenceItem",
    "BrachyControlPointSequenceItem",
    "BrachyPulseControlPointDeliveredSequenceItem",
    "BrachyReferencedDoseReferenceSequenceItem",
    "BrachyTaskSequenceItem",
    "BreedRegistrationSequenceItem",
    "BreedRegistrationSequenceItemPatient",
    "BreedRegistryCodeSequenceItem",
    "CArmPhotonElectronControlPointSequenceItem",
    "CTAcquisitionDetailsSequenceItem",
    "CTAcquisitionTypeSequenceItem",
    "CTAdditionalXRaySourceSequenceItem",
    "CTAdditionalXRaySourceSequenceItemCTImage",
    "CTDIPhantomTypeCodeSequenceItem",
    "CTExposureSequenceItem",
    "CTGeometrySequenceItem",
    "CTImageFrameTypeSequenceItem",
    "CTImagingAcquisitionParameterSequenceItem",
    "CTPositionSequenceItem",
    "CTReconstructionSequenceItem",
    "CTTableDynamicsSequenceItem",
    "CTXRayDetailsSequenceItem",
    "CTXRayDetailsSequenceItemPerformedCTAcquisition",
    "CalculatedDoseReferenceSequenceItem",
    "CalculatedToricPowerItem",
    "CalculationCommentSequenceItem",
    "CalibrationDataSequenceItem",
    "CalibrationSequenceItem",
    "CameraPositionGroupSequenceItem",
    "CardiacSynchronizationSequenceItem",
    "CellValuesSequenceItem",
    "CellValuesSequenceItemDocumentRelationship",
    "CellValuesSequenceItemTableContentItem",
    "ChannelDefinitionSequenceItem",
    "ChannelDeliveryContinuationSequenceItem",
    "ChannelDeliveryOrderSequenceItem",
    "ChannelDescriptionCodeSequenceItem",
    "ChannelDisplaySequenceItem",
    "ChannelImpedanceSequenceItem",
    "ChannelSensitivityUnitsSequenceItem",
    "ChannelSequenceItem",
    "ChannelShieldSequenceItem",
    "ChannelSourceModifiersSequenceItem",
    "ChannelSourceSequenceItem",
    "ChemicalShiftSequenceItem",
    "ClinicalTrialTimePointTypeCodeSequenceItem",
    "CoatingMaterialsCodeSequenceItem",
    "CodeSequenceItem",
    "CodeSequenceItemDocumentContent",
    "CodeSequenceItemDocumentContent2",
    "CodeSequenceItemDocumentContent3",
    "CodeSequenceItemDocumentRelationship",
    "CodeSequenceItemDocumentRelationship2",
    "CodeSequenceItemDocumentRelationship3",
    "CodeSequenceItemDocumentRelationship4",
    "CodeSequenceItemOcularRegionImaged",
    "CodingSchemeIdentificationSequenceItem",
    "CodingSchemeResourcesSequenceItem",
    "CollimatorShapeSequenceItem",
    "CombinationSegmentReferenceSequenceItem",
    "CompensatorDefinitionSequenceItem",
    "CompensatorSequenceItem",
    "CompensatorShapeFabricationCodeSequenceItem",
    "CompensatorShapeSequenceItem",
    "ComponentAssemblySequenceItem",
    "ComponentInputSequenceItem",
    "ComponentSequenceItem",
    "ComponentTypeCodeSequenceItem",
    "ComponentTypesSequenceItem",
    "CompoundGraphicSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConceptualVolumeCategoryCodeSequenceItem",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeIdentificationSequenceItem",
    "ConceptualVolumeItem",
    "ConceptualVolumeSegmentationReferenceAndCombinationItem",
    "ConceptualVolumeSegmentationReferenceSequenceItem",
    "ConceptualVolumeSequenceItem",
    "ConceptualVolumeTypeCodeSequenceItem",
    "ConceptualVolumeTypeModifierCodeSequenceItem",
    "ConfigurationQAResultsSequenceItem",
    "ConfirmationSequenceItem",
    "ConfocalMicroscopyImageFrameTypeSequenceItem",
    "ConsentForClinicalTrialUseSequenceItem",
    "ConstraintValueSequenceItem",
    "ConsultingPhysicianIdentificationSequenceItem",
    "ContainerComponentSequenceItem",
    "ContainerComponentTypeCodeSequenceItem",
    "ContainerTypeCodeSequenceItem",
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContentItem",
    "ContentItemModifierSequenceItem",
    "ContentSequenceItem",
    "ContentSequenceItemEncapsulatedDocument",
    "ContentTemplateSequenceItem",
    "ContentTemplateSequenceItemContainer",
    "ContentTemplateSequenceItemDocumentRelationship",
    "ContentTemplateSequenceItemInventory",
    "ContextGroupIdentificationSequenceItem",
    "ContourImageSequenceItem",
    "ContourSequenceItem",
    "ContraindicationsCodeSequenceItem",
    "ContrastAdministrationProfileSequenceItem",
    "ContrastBolusAdministrationRouteSequenceItem",
    "ContrastBolusAgentSequenceItem",
    "ContrastBolusIngredientCodeSequenceItem",
    "ContrastBolusUsageSequenceItem",
    "ContributingEquipmentSequenceItem",
    "ContributingSOPInstancesReferenceSequenceItem",
    "ContributingSourcesSequenceItem",
    "ContributingSourcesSequenceItemBreastTomosynthesisContributingSources",
    "ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources",
    "ControlPointDeliverySequenceItem",
    "ControlPointSequenceItem",
    "ConventionalControlPointVerificationSequenceItem",
    "ConventionalMachineVerificationSequenceItem",
    "ConversionSourceAttributesSequenceItem",
    "CorneaMeasurementMethodCodeSequenceItem",
    "CorneaMeasurementsSequenceItem",
    "CornealSizeSequenceItem",
    "CornealTopographyMapTypeCodeSequenceItem",
    "CornealTopographyMappingNormalsSequenceItem",
    "CorrectedParameterSequenceItem",
    "CurrentFrameFunctionalGroupsSequenceItem",
    "CurrentRequestedProcedureEvidenceSequenceItem",
    "CustodialOrganizationSequenceItem",
    "CustodialOrganizationSequenceItemProtocolContext",
    "CylinderSequenceItem",
    "DICOMMediaRetrievalSequenceItem",
    "DICOMRetrievalSequenceItem",
    "DICOMStorageSequenceItem",
    "DVHReferencedROISequenceItem",
    "DVHSequenceItem",
    "DataFrameAssignmentSequenceItem",
    "DataInformationSequenceItem",
    "DataObservationSequenceItem",
    "DecompositionAlgorithmIdentificationSequenceItem",
    "DecompositionMaterialSequenceItem",
    "DefinitionSourceSequenceItem",
    "DefinitionSourceSequenceItemRTRadiationCommonBase",
    "DefinitionSourceSequenceItemStructureSet",
    "DeformableRegistrationGridSequenceItem",
    "DeformableRegistrationSequenceItem",
    "DeidentificationActionSequenceItem",
    "DeidentificationMethodCodeSequenceItem",
    "DeliveredDepthDoseParametersSequenceItem",
    "DeliveryRateUnitSequenceItem",
    "DeliveryTimeStructureCodeSequenceItem",
    "DeliveryVerificationImageSequenceItem",
    "DepthDoseParametersSequenceItem",
    "DerivationAlgorithmSequenceItem",
    "DerivationCodeSequenceItem",
    "DerivationConceptualVolumeSequenceItem",
    "DerivationImageSequenceItem",
    "DerivationImplantAssemblyTemplateSequenceItem",
    "DerivationImplantTemplateSequenceItem",
    "DetectorInformationSequenceItem",
    "DetectorPositionSequenceItem",
    "DeviceIdentificationItem",
    "DeviceMotionControlSequenceItem",
    "DeviceMotionParameterCodeSequenceItem",
    "DevicePositionParameterSequenceItem",
    "DeviceSequenceItem",
    "DeviceSpecificAcquisitionParameterSequenceItem",
    "DeviceTypeCodeSequenceItem",
    "DiffusionAcquisitionCodeSequenceItem",
    "DiffusionBMatrixSequenceItem",
    "DiffusionGradientDirectionSequenceItem",
    "DiffusionModelCodeSequenceItem",
    "DigitalFilterCharacteristicsSequenceItem",
    "DigitalFilterTypeCodeSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "DimensionIndexSequenceItem",
    "DimensionOrganizationSequenceItem",
    "DirectSegmentReferenceSequenceItem",
    "DirectoryRecordSequenceItem",
    "DisplacementReferenceLocationCodeSequenceItem",
    "DisplayCalibrationResultSequenceItem",
    "DisplayDeviceTypeCodeSequenceItem",
    "DisplaySetsSequenceItem",
    "DisplayShutterItem",
    "DisplaySubsystemConfigurationSequenceItem",
    "DisplaySubsystemQAResultsSequenceItem",
    "DisplaySubsystemSequenceItem",
    "DisplayedAreaSelectionSequenceItem",
    "DocumentClassCodeSequenceItem",
    "DoseCalibrationConditionsSequenceItem",
    "DoseMeasurementDeviceCodeSequenceItem",
    "DoseReferenceSequenceItem",
    "DoseValuesSequenceItem",
    "DosimetricObjectiveParameterSequenceItem",
    "DosimetricObjectiveSequenceItem",
    "DosimetricObjectiveTypeCodeSequenceItem",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
    "EmptyValueMatchingSequenceItem",
    "EncryptedAttributesSequenceItem",
    "EnergyDerivationCodeSequenceItem",
    "EnergyUnitCodeSequenceItem",
    "EnergyWindowInformationSequenceItem",
    "EnergyWindowRangeSequenceItem",
    "EnergyWindowRangeSequenceItemEnhancedPETAcquisition",
    "EnhancedPaletteColorLookupTableSequenceItem",
    "EnhancedRTBeamLimitingDeviceSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquipmentAdministratorSequenceItem",
    "EquipmentReferencePointCodeSequenceItem",
    "EquipmentReferencePointCoordinatesSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentCodeSequenceItemDocumentContent",
    "EquivalentCodeSequenceItemDocumentContent2",
    "EquivalentCodeSequenceItemDocumentContent3",
    "EquivalentCodeSequenceItemDocumentRelationship",
    "EquivalentCodeSequenceItemDocumentRelationship2",
    "EquivalentCodeSequenceItemDocumentRelationship3",
    "EquivalentCodeSequenceItemDocumentRelationship4",
    "EquivalentCodeSequenceItemOcularRegionImaged",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "EthnicGroupCodeSequenceItem",
    "EventCodeSequenceItem",
    "EventTimerSequenceItem",
    "ExcitationWavelengthSequenceItem",
    "ExcludedIntervalsSequenceItem",
    "ExpectedInVivoMeasurementValuesSequenceItem",
    "ExposureControlSensingRegionsSequenceItem",
    "ExposureSequenceItem",
    "ExtendedSelectorAttributeItem",
    "ExternallySourcedDataSetIdentificationItem",
    "FacetSequenceItem",
    "FailedAttributesSequenceItem",
    "FailedSOPSequenceItem",
    "FailedSOPSequenceItemMediaCreationManagement",
    "FiducialIdentifierCodeSequenceItem",
    "FiducialSequenceItem",
    "FiducialSetSequenceItem",
    "FiducialsPropertyCategoryCodeSequenceItem",
    "FieldOfViewSequenceItem",
    "FileAccessSequenceItem",
    "FileSetAccessSequenceItem",
    "FillStyleSequenceItem",
    "FillStyleSequenceItemGraphicAnnotation",
    "FilmConsumptionSequenceItem",
    "FilterHighFrequencyCharacteristicsSequenceItem",
    "FilterLookupTableSequenceItem",
    "FilterLowFrequencyCharacteristicsSequenceItem",
    "FilterOperationsSequenceItem",
    "FixationDeviceSequenceItem",
    "FixationDeviceSequenceItemRTGeneralMachineVerification",
    "FixationMethodCodeSequenceItem",
    "FixationMonitoringCodeSequenceItem",
    "FixationSequenceItem",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "FlatCornealAxisSequenceItem",
    "FlowIdentifierSequenceItem",
    "FluenceMapSequenceItem",
    "FractionBasedRelationshipSequenceItem",
    "FractionGroupSequenceItem",
    "FractionGroupSummarySequenceItem",
    "FractionPatternSequenceItem",
    "FractionStatusSummarySequenceItem",
    "FrameAcquisitionSequenceItem",
    "FrameAnatomySequenceItem",
    "FrameContentSequenceItem",
    "FrameDetectorParametersSequenceItem",
    "FrameDisplaySequenceItem",
    "FrameDisplayShutterSequenceItem",
    "FrameExtractionSequenceItem",
    "FramePixelDataPropertiesSequenceItem",
    "FramePixelShiftSequenceItem",
    "FrameUsefulnessGroupSequenceItem",
    "FrameVOILUTSequenceItem",
    "FrequencyEncodingCodeSequenceItem",
    "FunctionalMRSequenceItem",
    "GatedInformationSequenceItem",
    "GatingBeamHoldTransitionSequenceItem",
    "GeneralAccessoryDefinitionSequenceItem",
    "GeneralAccessorySequenceItem",
    "GeneralAccessorySequenceItemEquipmentSpecification",
    "GeneralAccessorySequenceItemRTIonBeams",
    "GeneralAccessorySequenceItemRTIonBeamsSessionRecord",
    "GeneralMachineVerificationSequenceItem",
    "GeneralMatchingSequenceItem",
    "GeneralizedDefectSensitivityDeviationAlgorithmSequenceItem",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItem",
    "GeneticModificationsSequenceItemPatient",
    "GlobalDeviationProbabilitySequenceItem",
    "GraphicAnnotationSequenceItem",
    "GraphicCoordinatesDataSequenceItem",
    "GraphicGroupSequenceItem",
    "GraphicLayerSequenceItem",
    "GraphicObjectSequenceItem",
    "GroupOfPatientsIdentificationSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "HL7v2HierarchicDesignatorItem",
    "HPGLDocumentSequenceItem",
    "HPGLPenSequenceItem",
    "HangingProtocolDefinitionSequenceItem",
    "HangingProtocolUserIdentificationCodeSequenceItem",
    "HierarchicalSOPInstanceReferenceItem",
    "HierarchicalSeriesReferenceItem",
    "HistogramSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "IOLFormulaCodeSequenceItem",
    "IOLPowerSequenceItem",
    "IdenticalDocumentsSequenceItem",
    "IdentifiedPersonOrDeviceItem",
    "IlluminationColorCodeSequenceItem",
    "IlluminationTypeCodeSequenceItem",
    "IlluminatorTypeCodeSequenceItem",
    "ImageBoxSynchronizationSequenceItem",
    "ImageBoxesSequenceItem",
    "ImageCenterPointCoordinatesSequenceItem",
    "ImageDataTypeCodeSequenceItem",
    "ImageDataTypeSequenceItem",
    "ImageDataTypeSequenceItemPhotoacousticImageDataType",
    "ImageFilterDetailsSequenceItem",
    "ImagePathFilterTypeStackCodeSequenceItem",
    "ImagePixelItem",
    "ImagePixelItemDocumentRelationship",
    "ImagePixelItemImageReference",
    "ImageSOPInstanceReferenceItem",
    "ImageSetSelectorSequenceItem",
    "ImageSetsSequenceItem",
    "ImagingApertureSequenceItem",
    "ImagingDeviceLocationMatrixSequenceItem",
    "ImagingDeviceLocationParameterSequenceItem",
    "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    "ImagingSourcePositionSequenceItem",
    "ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry",
    "ImplantAssemblyTemplateTargetAnatomySequenceItem",
    "ImplantRegulatoryDisapprovalCodeSequenceItem",
    "ImplantTargetAnatomySequenceItem",
    "ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem",
    "ImplantTemplateGroupMembersSequenceItem",
    "ImplantTemplateGroupTargetAnatomySequenceItem",
    "ImplantTemplateGroupVariationDimensionRankSequenceItem",
    "ImplantTemplateGroupVariationDimensionSequenceItem",
    "ImplantTypeCodeSequenceItem",
    "IndexProbabilitySequenceItem",
    "InformationFromManufacturerSequenceItem",
    "InputInformationSequenceItem",
    "InstanceLevelReferencedPerformedProcedureStepSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InstructionSequenceItem",
    "IntendedRTTreatmentPhaseSequenceItem",
    "IntendedRecipientsOfResultsIdentificationSequenceItem",
    "InterlockCodeSequenceItem",
    "InterlockItem",
    "InterlockOriginatingDeviceSequenceItem",
    "InterlockResolutionCodeSequenceItem",
    "InterlockResolutionUserSequenceItem",
    "InterlockSequenceItem",
    "InterventionDrugCodeSequenceItem",
    "InterventionDrugInformationSequenceItem",
    "InterventionDrugInformationSequenceItemPETIsotope",
    "InterventionSequenceItem",
    "IntraocularLensCalculationsItem",
    "IntraocularLensCalculationsLeftEyeSequenceItem",
    "IntraocularLensCalculationsRightEyeSequenceItem",
    "IntravascularFrameContentSequenceItem",
    "IntravascularOCTFrameContentSequenceItem",
    "IntravascularOCTFrameTypeSequenceItem",
    "InventoriedInstancesSequenceItem",
    "InventoriedSeriesSequenceItem",
    "InventoriedStudiesSequenceItem",
    "InventoryAccessEndPointsSequenceItem",
    "InventoryReferenceItem",
    "IonBeamLimitingDeviceSequenceItem",
    "IonBeamSequenceItem",
    "IonBlockSequenceItem",
    "IonControlPointDeliverySequenceItem",
    "IonControlPointSequenceItem",
    "IonControlPointVerificationSequenceItem",
    "IonMachineVerificationSequenceItem",
    "IonRangeCompensatorSequenceItem",
    "IonToleranceTableSequenceItem",
    "IonWedgePositionSequenceItem",
    "IonWedgePositionSequenceItemRTIonMachineVerification",
    "IonWedgeSequenceItem",
    "IrradiationEventIdentificationSequenceItem",
    "IsocenterReferenceSystemSequenceItem",
    "IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem",
    "IssuerOfAccessionNumberSequenceItem",
    "IssuerOfAdmissionIDSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "IssuerOfServiceEpisodeIDSequenceItem",
    "IssuerOfTheContainerIdentifierSequenceItem",
    "IssuerOfTheSpecimenIdentifierSequenceItem",
    "KVImagingGenerationParametersSequenceItem",
    "KVRadiationImageAcquisitionParametersItem",
    "KeratometricMeasurementsItem",
    "KeratometryLeftEyeSequenceItem",
    "KeratometryMeasurementTypeCodeSequenceItem",
    "KeratometryRightEyeSequenceItem",
    "LanguageCodeSequenceItem",
    "LateralSpreadingDeviceSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItemRTIonBeamsSessionRecord",
    "LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification",
    "LeftImageSequenceItem",
    "LeftLensSequenceItem",
    "LensConstantSequenceItem",
    "LensStatusCodeSequenceItem",
    "LensThicknessSequenceItem",
    "LensesCodeSequenceItem",
    "LensometryMeasurementsItem",
    "LightPathFilterTypeStackCodeSequenceItem",
    "LineSequenceItem",
    "LineStyleSequenceItem",
    "ListOfUIDMatchingSequenceItem",
    "LocalizedDeviationProbabilitySequenceItem",
    "LuminanceResponseSequenceItem",
    "LuminanceResponseSequenceItemLuminanceResult",
    "LuminanceResponseSequenceItemTargetLuminanceCharacteristics",
    "LuminanceResultSequenceItem",
    "LuminanceUniformityResultSequenceItem",
    "MACParametersSequenceItem",
    "MRArterialSpinLabelingSequenceItem",
    "MRAveragesSequenceItem",
    "MRDiffusionSequenceItem",
    "MREchoSequenceItem",
    "MRFOVGeometrySequenceItem",
    "MRImageFrameTypeSequenceItem",
    "MRImagingModifierSequenceItem",
    "MRMetaboliteMapSequenceItem",
    "MRModifierSequenceItem",
    "MRReceiveCoilSequenceItem",
    "MRSpatialSaturationSequenceItem",
    "MRSpectroscopyFOVGeometrySequenceItem",
    "MRSpectroscopyFrameTypeSequenceItem",
    "MRTimingAndRelatedParametersSequenceItem",
    "MRTransmitCoilSequenceItem",
    "MRVelocityEncodingSequenceItem",
    "MVImagingGenerationParametersSequenceItem",
    "MVRadiationImageAcquisitionParametersItem",
    "MachineSpecificTreatmentTerminationCodeSequenceItem",
    "MagnitudeEncodingCodeSequenceItem",
    "MajorTicksSequenceItem",
    "MappingResourceIdentificationSequenceItem",
    "MaskSubtractionSequenceItem",
    "MaskSubtractionSequenceItemMask",
    "MaskSubtractionSequenceItemPresentationStateMask",
    "MaskSubtractionSequenceItemXAXRFPresentationStateMask",
    "MaterialAttenuationSequenceItem",
    "MaterialCodeSequenceItem",
    "MaterialsCodeSequenceItem",
    "MatingFeatureDegreeOfFreedomSequenceItem",
    "MatingFeatureSequenceItem",
    "MatingFeatureSetsSequenceItem",
    "MatrixBasedRTImagingGeometryItem",
    "MatrixRegistrationSequenceItem",
    "MatrixSequenceItem",
    "MaximumCornealCurvatureSequenceItem",
    "MeasuredDoseReferenceSequenceItem",
    "MeasuredMetersetToDoseMappingSequenceItem",
    "MeasuredValueSequenceItem",
    "MeasuredValueSequenceItemDocumentRelationship",
    "MeasuredValueSequenceItemNumericMeasurement",
    "MeasurementEquipmentSequenceItem",
    "MeasurementPatternCodeSequenceItem",
    "MeasurementValuesSequenceItem",
    "MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations",
    "MeasurementsSequenceItem",
    "MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations",
    "MeasuringUnitsSequenceItem",
    "MediaInstalledSequenceItem",
    "MetaboliteMapCodeSequenceItem",
    "MetersetToDoseMappingSequenceItem",
    "MinimumKeratometricSequenceItem",
    "ModalityLUTSequenceItem",
    "ModalityLUTSequenceItemPresentationStateBlending",
    "ModeOfPercutaneousAccessSequenceItem",
    "ModelSpecificationSequenceItem",
    "ModelUsageCodeSequenceItem",
    "ModifiedAttributesSequenceItem",
    "ModifierCodeSequenceItem",
    "MotionSynchronizationSequenceItem",
    "MultiCoilDefinitionSequenceItem",
    "MultiFramePresentationSequenceItem",
    "MultienergyCTAcquisitionSequenceItem",
    "MultienergyCTCharacteristicsSequenceItem",
    "MultienergyCTPathSequenceItem",
    "MultienergyCTProcessingSequenceItem",
    "MultienergyCTXRayDetectorSequenceItem",
    "MultienergyCTXRaySourceSequenceItem",
    "MultiplexedAudioChannelsDescriptionCodeSequenceItem",
    "MydriaticAgentCodeSequenceItem",
    "MydriaticAgentConcentrationUnitsSequenceItem",
    "MydriaticAgentSequenceItem",
    "NavigationIndicatorSequenceItem",
    "NominalScreenDefinitionSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "NotchFilterCharacteristicsSequenceItem",
    "NotificationFromManufacturerSequenceItem",
    "OCTBscanAnalysisAcquisitionParametersSequenceItem",
    "ObjectThicknessSequenceItem",
    "ObliqueCroppingPlaneSequenceItem",
    "ObservationBasisCodeSequenceItem",
    "OmittedApplicationSetupSequenceItem",
    "OmittedBeamTaskSequenceItem",
    "OmittedChannelSequenceItem",
    "OmittedRadiationSequenceItem",
    "OperatingModeSequenceItem",
    "OperatorIdentificationSequenceItem",
    "OphthalmicAxialLengthDataSourceCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem",
    "OphthalmicAxialLengthMeasurementsSequenceItem",
    "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem",
    "OphthalmicAxialLengthQualityMetricItem",
    "OphthalmicAxialLengthQualityMetricSequenceItem",
    "OphthalmicAxialLengthSegmentalMeasurementsItem",
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem",
    "OphthalmicAxialLengthSequenceItem",
    "OphthalmicAxialMeasurementsLeftEyeSequenceItem",
    "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem",
    "OphthalmicAxialMeasurementsRightEyeSequenceItem",
    "OphthalmicEnFaceImageQualityRatingSequenceItem",
    "OphthalmicFrameLocationSequenceItem",
    "OphthalmicImageTypeCodeSequenceItem",
    "OphthalmicPatientClinicalInformationAndTestLensParametersItem",
    "OphthalmicPatientClinicalInformationLeftEyeSequenceItem",
    "OphthalmicPatientClinicalInformationRightEyeSequenceItem",
    "OphthalmicThicknessMapQualityRatingSequenceItem",
    "OphthalmicThicknessMapQualityThresholdSequenceItem",
    "OphthalmicThicknessMapTypeCodeSequenceItem",
    "OphthalmicThicknessMappingNormalsSequenceItem",
    "OphthalmicUltrasoundMethodCodeSequenceItem",
    "OphthalmicVisualFieldGlobalIndexItem",
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
    "OpticalPathIdentificationSequenceItem",
    "OpticalPathSequenceItem",
    "OpticalSelectedOphthalmicAxialLengthSequenceItem",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "OrganizationalRoleCodeSequenceItem",
    "OriginalAttributesSequenceItem",
    "OriginalImageSequenceItem",
    "OriginalImplantAssemblyTemplateSequenceItem",
    "OriginalImplantTemplateSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "OtherClinicalTrialProtocolIDsSequenceItem",
    "OtherMediaAvailableSequenceItem",
    "OtherPatientIDsSequenceItem",
    "OtherPatientIDsSequenceItemInventory",
    "OtherPatientIDsSequenceItemPatient",
    "OutlineDefinitionItem",
    "OutputDestinationSequenceItem",
    "OverriddenAttributesSequenceItem",
    "OverrideSequenceItem",
    "OverrideSequenceItemRTBrachySessionRecord",
    "OverrideSequenceItemRTIonBeamsSessionRecord",
    "OverrideSequenceItemRTRadiationRecordCommon",
    "PETDetectorMotionDetailsSequenceItem",
    "PETFrameAcquisitionSequenceItem",
    "PETFrameCorrectionFactorsSequenceItem",
    "PETFrameTypeSequenceItem",
    "PETPositionSequenceItem",
    "PETReconstructionSequenceItem",
    "PETTableDynamicsSequenceItem",
    "PaletteColorLookupTableItem",
    "PaletteColorLookupTableSequenceItem",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParameterizedRTImagingGeometryItem",
    "ParametersSpecificationSequenceItem",
    "ParametricMapFrameTypeSequenceItem",
    "PartialViewCodeSequenceItem",
    "ParticipantSequenceItem",
    "PatientBreedCodeSequenceItem",
    "PatientClinicalTrialParticipationSequenceItem",
    "PatientEquipmentRelationshipCodeSequenceItem",
    "PatientEyeMovementCommandCodeSequenceItem",
    "PatientGantryRelationshipCodeSequenceItem",
    "PatientInsurancePlanCodeSequenceItem",
    "PatientLocationCoordinatesCodeSequenceItem",
    "PatientLocationCoordinatesSequenceItem",
    "PatientOrientationAndEquipmentRelationshipItem",
    "PatientOrientationCodeSequenceItem",
    "PatientOrientationCodeSequenceItemDXPositioning",
    "PatientOrientationCodeSequenceItemEnhancedXAXRFImage",
    "PatientOrientationCodeSequenceItemNMPETPatientOrientation",
    "PatientOrientationInFrameSequenceItem",
    "PatientOrientationModifierCodeSequenceItem",
    "PatientPhysiologicalStateCodeSequenceItem",
    "PatientPhysiologicalStateSequenceItem",
    "PatientPositioningInstructionSequenceItem",
    "PatientPrimaryLanguageCodeSequenceItem",
    "PatientPrimaryLanguageModifierCodeSequenceItem",
    "PatientSetupSequenceItem",
    "PatientSetupSequenceItemRTGeneralMachineVerification",
    "PatientSizeCodeSequenceItem",
    "PatientSpeciesCodeSequenceItem",
    "PatientSpecificationSequenceItem",
    "PatientSupportDevicesSequenceItem",
    "PatientSupportDisplacementSequenceItem",
    "PatientSupportPositionDeviceParameterSequenceItem",
    "PatientSupportPositionDeviceToleranceSequenceItem",
    "PatientSupportPositionItem",
    "PatientSupportPositionParameterSequenceItem",
    "PatientSupportPositionSequenceItem",
    "PatientSupportPositionToleranceSequenceItem",
    "PatientToEquipmentRelationshipItem",
    "PatientToEquipmentRelationshipSequenceItem",
    "PatientTreatmentOrientationSequenceItem",
    "PatientTreatmentPreparationDeviceSequenceItem",
    "PatientTreatmentPreparationMethodCodeSequenceItem",
    "PatientTreatmentPreparationProcedureCodeSequenceItem",
    "PatientTreatmentPreparationProcedureParameterSequenceItem",
    "PatientTreatmentPreparationProcedureSequenceItem",
    "PatientTreatmentPreparationSequenceItem",
    "PerFrameFunctionalGroupsSequenceItem",
    "PerProjectionAcquisitionSequenceItem",
    "PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition",
    "PerformedProcedureCodeSequenceItem",
    "PerformedProcedureStepDiscontinuationReasonCodeSequenceItem",
    "PerformedSeriesSequenceItem",
    "PerformedStationClassCodeSequenceItem",
    "PerformedStationGeographicLocationCodeSequenceItem",
    "PerformedStationNameCodeSequenceItem",
    "PerformedWorkitemCodeSequenceItem",
    "PerformingPhysicianIdentificationSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PersonIdentificationItem",
    "PertinentDocumentsSequenceItem",
    "PertinentDocumentsSequenceItemPatientMedical",
    "PertinentDocumentsSequenceItemProductCharacteristics",
    "PertinentOtherEvidenceSequenceItem",
    "PertinentResourcesSequenceItem",
    "PertinentResourcesSequenceItemContentAssessmentResults",
    "PhaseInformationSequenceItem",
    "PhotoacousticExcitationCharacteristicsSequenceItem",
    "PhotoacousticImageFrameTypeSequenceItem",
    "PhysiciansOfRecordIdentificationSequenceItem",
    "PhysiciansReadingStudyIdentificationSequenceItem",
    "PixelIntensityRelationshipLUTSequenceItem",
    "PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask",
    "PixelMeasuresSequenceItem",
    "PixelShiftSequenceItem",
    "PixelValueMappingCodeSequenceItem",
    "PixelValueMappingToCodedConceptSequenceItem",
    "PixelValueTransformationSequenceItem",
    "PixelValueTransformationSequenceItemCTPixelValueTransformation",
    "PixelValueTransformationSequenceItemIdentityPixelValueTransformation",
    "PlanOverviewSequenceItem",
    "PlaneOrientationSequenceItem",
    "PlaneOrientationVolumeSequenceItem",
    "PlanePositionSequenceItem",
    "PlanePositionSlideSequenceItem",
    "PlanePositionVolumeSequenceItem",
    "PlannedVerificationImageSequenceItem",
    "PlanningInputInformationSequenceItem",
    "PlanningLandmarkIdentificationCodeSequenceItem",
    "PlanningLandmarkLineSequenceItem",
    "PlanningLandmarkPlaneSequenceItem",
    "PlanningLandmarkPointSequenceItem",
    "PointsItem",
    "PositionAcquisitionTemplateCodeSequenceItem",
    "PositionAcquisitionTemplateIdentificationSequenceItem",
    "PositionerPositionSequenceItem",
    "PositionerPositionSequenceItemBreastXRayPositioner",
    "PositioningLandmarkSequenceItem",
    "PositioningMethodCodeSequenceItem",
    "PostDeformationMatrixRegistrationSequenceItem",
    "PotentialReasonsForProcedureCodeSequenceItem",
    "PotentialRequestedProcedureCodeSequenceItem",
    "PotentialScheduledProtocolCodeSequenceItem",
    "PreDeformationMatrixRegistrationSequenceItem",
    "PredecessorDocumentsSequenceItem",
    "PredecessorProtocolSequenceItem",
    "PredecessorStructureSetSequenceItem",
    "PredictedToricErrorSequenceItem",
    "PrescriptionNotesSequenceItem",
    "PrescriptionOverviewSequenceItem",
    "PresentationLUTSequenceItem",
    "PresentationStateClassificationComponentSequenceItem",
    "PresentationStateClassificationComponentSequenceItemRenderDisplay",
    "PresentationStateCompositorComponentSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "PrimaryAnatomicStructureSequenceItemOcularRegionImaged",
    "PrimaryFluenceModeSequenceItem",
    "PrinterConfigurationSequenceItem",
    "PriorTreatmentReferenceSequenceItem",
    "PrismSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "ProcedureCodeSequenceItem",
    "ProcedureStepCommunicationsURISequenceItem",
    "ProcedureStepDiscontinuationReasonCodeSequenceItem",
    "ProcedureStepProgressInformationSequenceItem",
    "ProcedureStepProgressParametersSequenceItem",
    "ProcedureTypeCodeSequenceItem",
    "ProductParameterSequenceItem",
    "ProductTypeCodeSequenceItem",
    "ProjectionEponymousNameCodeSequenceItem",
    "ProjectionImagingAcquisitionParameterSequenceItem",
    "ProjectionPixelCalibrationSequenceItem",
    "ProposedStudySequenceItem",
    "ProtocolContextSequenceItem",
    "ProtocolContextSequenceItemScheduledProcedureStep",
    "PseudoColorPaletteInstanceReferenceSequenceItem",
    "PulseSpecificBrachyControlPointDeliveredSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "QAResultsSequenceItem",
    "QuantityDefinitionSequenceItem",
    "QuantitySequenceItem",
    "ROIContourSequenceItem",
    "ROICreatorSequenceItem",
    "ROIDerivationAlgorithmIdentificationSequenceItem",
    "ROIElementalCompositionSequenceItem",
    "ROIInterpreterSequenceItem",
    "ROIObservationContextCodeSequenceItem",
    "ROIPhysicalPropertiesSequenceItem",
    "RTAccessoryDeviceIdentificationItem",
    "RTAccessoryHolderDefinitionSequenceItem",
    "RTAccessoryHolderSlotSequenceItem",
    "RTAcquisitionPatientPositionSequenceItem",
    "RTAnatomicPrescriptionSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceDefinitionItem",
    "RTBeamLimitingDeviceDefinitionSequenceItem",
    "RTBeamLimitingDeviceOpeningDefinitionItem",
    "RTBeamLimitingDeviceOpeningSequenceItem",
    "RTDeliveryStartPatientPositionSequenceItem",
    "RTDeviceDistanceReferenceLocationCodeSequenceItem",
    "RTDiagnosisCodeSequenceItem",
    "RTImageFrameContextSequenceItem",
    "RTImageFrameGeneralContentSequenceItem",
    "RTImageFrameImagingDevicePositionSequenceItem",
    "RTImageFrameMVRadiationAcquisitionSequenceItem",
    "RTImageFrameRadiationAcquisitionSequenceItem",
    "RTImageFramekVRadiationAcquisitionSequenceItem",
    "RTImageScopeSequenceItem",
    "RTPatientPositionDisplacementSequenceItem",
    "RTPatientPositionItem",
    "RTPatientPositionScopeSequenceItem",
    "RTPatientPositionScopeWithLegacySupportItem",
    "RTPatientPositionSequenceItem",
    "RTPatientTreatmentPreparationItem",
    "RTPhysicianIntentInputInstanceSequenceItem",
    "RTPhysicianIntentPredecessorSequenceItem",
    "RTPhysicianIntentSequenceItem",
    "RTPrescriptionSequenceItem",
    "RTProtocolCodeSequenceItem",
    "RTROIIdentificationCodeSequenceItem",
    "RTROIObservationsSequenceItem",
    "RTRadiationSalvageRecordControlPointSequenceItem",
    "RTRadiationSequenceItem",
    "RTRadiationTaskSequenceItem",
    "RTReferencedSeriesSequenceItem",
    "RTReferencedStudySequenceItem",
    "RTRelatedROISequenceItem",
    "RTSegmentAnnotationSequenceItem",
    "RTToleranceSetItem",
    "RTToleranceSetSequenceItem",
    "RTTreatmentPhaseIntervalSequenceItem",
    "RTTreatmentPhaseItem",
    "RTTreatmentPreparationPatientPositionSequenceItem",
    "RTTreatmentTechniqueCodeSequenceItem",
    "RTTreatmentTerminationReasonCodeSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationDoseIdentificationSequenceItem",
    "RadiationDoseIdentificationSequenceItemRTDoseContributionRecord",
    "RadiationDoseSequenceItem",
    "RadiationDoseSequenceItemRTDoseContributionRecord",
    "RadiationDoseValuesParametersSequenceItem",
    "RadiationDoseValuesParametersSequenceItemRTDoseContributionRecord",
    "RadiationDosimeterUnitSequenceItem",
    "RadiationFluenceModifierCodeSequenceItem",
    "RadiationGenerationModeItem",
    "RadiationGenerationModeMachineCodeSequenceItem",
    "RadiationGenerationModeSequenceItem",
    "RadiationTypeCodeSequenceItem",
    "RadiobiologicalDoseEffectDescriptionItem",
    "RadiobiologicalDoseEffectSequenceItem",
    "RadionuclideCodeSequenceItem",
    "RadiopharmaceuticalCodeSequenceItem",
    "RadiopharmaceuticalInformationSequenceItem",
    "RadiopharmaceuticalInformationSequenceItemEnhancedPETIsotope",
    "RadiopharmaceuticalInformationSequenceItemPETIsotope",
    "RadiopharmaceuticalUsageSequenceItem",
    "RangeMatchingSequenceItem",
    "RangeModulatorSequenceItem",
    "RangeModulatorSettingsSequenceItem",
    "RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord",
    "RangeModulatorSettingsSequenceItemRTIonMachineVerification",
    "RangeShifterSequenceItem",
    "RangeShifterSettingsSequenceItem",
    "RangeShifterSettingsSequenceItemRTIonBeamsSessionRecord",
    "RangeShifterSettingsSequenceItemRTIonMachineVerification",
    "RealTimeBulkDataFlowSequenceItem",
    "RealWorldValueMappingItem",
    "RealWorldValueMappingSequenceItem",
    "ReasonForOmissionCodeSequenceItem",
    "ReasonForPerformedProcedureCodeSequenceItem",
    "ReasonForRemovalCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReasonForVisitCodeSequenceItem",
    "RecommendedDefaultValueSequenceItem",
    "ReconstructionAlgorithmSequenceItem",
    "ReconstructionEndLocationSequenceItem",
    "ReconstructionProtocolElementSequenceItem",
    "ReconstructionProtocolElementSequenceItemPerformedXAReconstruction",
    "ReconstructionProtocolElementSpecificationSequenceItem",
    "ReconstructionStartLocationSequenceItem",
    "ReconstructionTargetCenterLocationSequenceItem",
    "RecordedBlockSequenceItem",
    "RecordedBlockSequenceItemRTGeneralMachineVerification",
    "RecordedBlockSequenceItemRTIonBeamsSessionRecord",
    "RecordedBlockSlabSequenceItem",
    "RecordedBrachyAccessoryDeviceSequenceItem",
    "RecordedChannelSequenceItem",
    "RecordedChannelShieldSequenceItem",
    "RecordedCompensatorSequenceItem",
    "RecordedCompensatorSequenceItemRTGeneralMachineVerification",
    "RecordedCompensatorSequenceItemRTIonBeamsSessionRecord",
    "RecordedLateralSpreadingDeviceSequenceItem",
    "RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification",
    "RecordedRangeModulatorSequenceItem",
    "RecordedRangeModulatorSequenceItemRTIonMachineVerification",
    "RecordedRangeShifterSequenceItem",
    "RecordedRangeShifterSequenceItemRTIonMachineVerification",
    "RecordedSnoutSequenceItem",
    "RecordedSourceApplicatorSequenceItem",
    "RecordedSourceSequenceItem",
    "RecordedWedgeSequenceItem",
    "RecordedWedgeSequenceItemRTGeneralMachineVerification",
    "RecordedWedgeSequenceItemRTIonBeamsSessionRecord",
    "ReferenceBasisCodeSequenceItem",
    "ReferenceGeometryCodeSequenceItem",
    "ReferenceLocationItem",
    "ReferencedBaselineParametersRTRadiationInstanceSequenceItem",
    "ReferencedBasicAnnotationBoxSequenceItem",
    "ReferencedBeamSequenceItem",
    "ReferencedBeamSequenceItemRTFractionScheme",
    "ReferencedBolusSequenceItem",
    "ReferencedBolusSequenceItemRTBeamsSessionRecord",
    "ReferencedBolusSequenceItemRTGeneralMachineVerification",
    "ReferencedBolusSequenceItemRTIonBeams",
    "ReferencedBrachyApplicationSetupSequenceItem",
    "ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme",
    "ReferencedCalculatedDoseReferenceSequenceItem",
    "ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord",
    "ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2",
    "ReferencedComparisonSOPInstanceSequenceItem",
    "ReferencedControlPointSequenceItem",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedDefinedProtocolSequenceItemScheduledProcedureStep",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "ReferencedDoseReferenceSequenceItem",
    "ReferencedDoseReferenceSequenceItemRTBeams",
    "ReferencedDoseReferenceSequenceItemRTBeams2",
    "ReferencedDoseSequenceItem",
    "ReferencedDosimetricObjectivesSequenceItem",
    "ReferencedFilmBoxSequenceItem",
    "ReferencedFilmSessionSequenceItem",
    "ReferencedFirstFrameSequenceItem",
    "ReferencedFractionGroupSequenceItem",
    "ReferencedFrameOfReferenceSequenceItem",
    "ReferencedImageBoxSequenceItem",
    "ReferencedImageEvidenceSequenceItem",
    "ReferencedImageRealWorldValueMappingSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedImageSequenceItemAdvancedBlendingPresentationState",
    "ReferencedImageSequenceItemAdvancedBlendingPresentationState2",
    "ReferencedImageSequenceItemEncapsulatedDocument",
    "ReferencedImageSequenceItemImageAcquisitionResults",
    "ReferencedImageSequenceItemStructuredDisplayImageBox",
    "ReferencedImageSequenceItemVLImage",
    "ReferencedImageSequenceItemVisualEvaluationResult",
    "ReferencedImageSequenceItemXRayImage",
    "ReferencedInstanceSequenceItem",
    "ReferencedInstanceSequenceItemEncapsulatedDocument",
    "ReferencedInstanceSequenceItemMRSpectroscopy",
    "ReferencedInstanceSequenceItemRTDose",
    "ReferencedInstanceSequenceItemWaveformIdentification",
    "ReferencedInstancesAndAccessItem",
    "ReferencedMeasuredDoseReferenceSequenceItem",
    "ReferencedMeasuredDoseReferenceSequenceItemRTIonBeamsSessionRecord",
    "ReferencedNonImageCompositeSOPInstanceSequenceItem",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem",
    "ReferencedOtherPlaneSequenceItem",
    "ReferencedPatientPhotoSequenceItem",
    "ReferencedPatientSequenceItem",
    "ReferencedPatientSetupPhotoSequenceItem",
    "ReferencedPerformedProcedureStepSequenceItem",
    "ReferencedPositionReferenceInstanceSequenceItem",
    "ReferencedPresentationLUTSequenceItem",
    "ReferencedRTInstanceSequenceItem",
    "ReferencedRTPhysicianIntentSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedRTPlanSequenceItemRTDose",
    "ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference",
    "ReferencedRTPlanSequenceItemRTGeneralPlan",
    "ReferencedRTPrescriptionSequenceItem",
    "ReferencedRTRadiationRecordSequenceItem",
    "ReferencedRTRadiationSequenceItem",
    "ReferencedRTRadiationSetSequenceItem",
    "ReferencedRTTreatmentPhaseSequenceItem",
    "ReferencedRTTreatmentPreparationSequenceItem",
    "ReferencedRawDataSequenceItem",
    "ReferencedReferenceImageSequenceItem",
    "ReferencedReferenceImageSequenceItemRTIonBeams",
    "ReferencedRefractiveMeasurementsSequenceItem",
    "ReferencedRequestItem",
    "ReferencedRequestSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSOPSequenceItemDocumentContent",
    "ReferencedSOPSequenceItemDocumentContent2",
    "ReferencedSOPSequenceItemDocumentRelationship",
    "ReferencedSOPSequenceItemDocumentRelationship2",
    "ReferencedSOPSequenceItemHierarchicalEvidenceReference",
    "ReferencedSOPSequenceItemImageReference",
    "ReferencedSOPSequenceItemInstanceAvailabilityNotification",
    "ReferencedSOPSequenceItemMediaCreationManagement",
    "ReferencedSOPSequenceItemPatient",
    "ReferencedSOPSequenceItemReferencedInstancesAndAccess",
    "ReferencedSOPSequenceItemStorageCommitment",
    "ReferencedSOPSequenceItemWaveformReference",
    "ReferencedSeriesSequenceItem",
    "ReferencedSeriesSequenceItemGeneralContributingSources",
    "ReferencedSeriesSequenceItemInstanceAvailabilityNotification",
    "ReferencedSeriesSequenceItemPresentationStateRelationship",
    "ReferencedSeriesSequenceItemRelatedInformationEntities",
    "ReferencedSetupImageSequenceItem",
    "ReferencedStereometricInstanceSequenceItem",
    "ReferencedStorageMediaSequenceItem",
    "ReferencedStructureSetSequenceItem",
    "ReferencedStructuredContextSequenceItem",
    "ReferencedStudySequenceItem",
    "ReferencedSurfaceDataSequenceItem",
    "ReferencedSurfaceMeshIdentificationSequenceItem",
    "ReferencedSurfaceSequenceItem",
    "ReferencedTextureSequenceItem",
    "ReferencedTreatmentRecordSequenceItem",
    "ReferencedVerificationImageSequenceItem",
    "ReferencedVisitSequenceItem",
    "ReferencedWaveformSequenceItem",
    "ReferringPhysicianIdentificationSequenceItem",
    "RefractiveErrorBeforeRefractiveSurgeryCodeSequenceItem",
    "RefractiveParametersUsedOnPatientSequenceItem",
    "RefractiveStateSequenceItem",
    "RefractiveStateSequenceItemIntraocularLensCalculations",
    "RefractiveSurgeryTypeCodeSequenceItem",
    "RegionPixelShiftSequenceItem",
    "RegistrationMethodCodeSequenceItem",
    "RegistrationSequenceItem",
    "RegistrationToLocalizerSequenceItem",
    "RegistrationTypeCodeSequenceItem",
    "RelatedAssertionSequenceItem",
    "RelatedInformationEntitiesItem",
    "RelatedRTROIObservationsSequenceItem",
    "RelatedReferenceRTImageSequenceItem",
    "RelatedSeriesSequenceItem",
    "RelativeImagePositionCodeSequenceItem",
    "RelevantOPTAttributesSequenceItem",
    "RenderedImageReferenceSequenceItem",
    "ReplacedImplantAssemblyTemplateSequenceItem",
    "ReplacedImplantTemplateGroupSequenceItem",
    "ReplacedImplantTemplateSequenceItem",
    "ReplacedProcedureStepSequenceItem",
    "RequestAttributesItem",
    "RequestAttributesSequenceItem",
    "RequestedLateralityCodeSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "RequestedSeriesDescriptionCodeSequenceItem",
    "RequestingPhysicianIdentificationSequenceItem",
    "RespiratorySynchronizationSequenceItem",
    "ResponsibleGroupCodeSequenceItem",
    "ResultsNormalsSequenceItem",
    "RetinalThicknessDefinitionCodeSequenceItem",
    "RightImageSequenceItem",
    "RightLensSequenceItem",
    "RoboticPathControlPointSequenceItem",
    "RoboticPathNodeSetCodeSequenceItem",
    "RotationInformationSequenceItem",
    "SOPInstanceReferenceItem",
    "SOPInstanceReferenceItemDocumentContent",
    "SOPInstanceReferenceItemDocumentContent2",
    "SOPInstanceReferenceItemDocumentRelationship",
    "SOPInstanceReferenceItemDocumentRelationship2",
    "STOWRSStorageSequenceItem",
    "ScanPatternTypeCodeSequenceItem",
    "ScanStartPositionSequenceItem",
    "ScanStopPositionSequenceItem",
    "ScheduledHumanPerformersSequenceItem",
    "ScheduledPerformingPhysicianIdentificationSequenceItem",
    "ScheduledProcedureStepSequenceItem",
    "ScheduledProcessingParametersSequenceItem",
    "ScheduledProtocolCodeSequenceItem",
    "ScheduledProtocolCodeSequenceItemScheduledProcedureStep",
    "ScheduledSpecimenSequenceItem",
    "ScheduledStationClassCodeSequenceItem",
    "ScheduledStationGeographicLocationCodeSequenceItem",
    "ScheduledStationNameCodeSequenceItem",
    "ScheduledStepAttributesSequenceItem",
    "ScheduledWorkitemCodeSequenceItem",
    "ScopeOfInventorySequenceItem",
    "ScreenSpecificationsItem",
    "ScreeningBaselineMeasuredSequenceItem",
    "ScreeningTestModeCodeSequenceItem",
    "SegmentAnnotationCategoryCodeSequenceItem",
    "SegmentAnnotationTypeCodeSequenceItem",
    "SegmentAnnotationTypeModifierCodeSequenceItem",
    "SegmentCharacteristicsSequenceItem",
    "SegmentIdentificationSequenceItem",
    "SegmentReferenceSequenceItem",
    "SegmentSequenceItem",
    "SegmentSequenceItemSurfaceSegmentation",
    "SegmentSurfaceGenerationAlgorithmIdentificationSequenceItem",
    "SegmentSurfaceSourceInstanceSequenceItem",
    "SegmentationAlgorithmIdentificationSequenceItem",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeCodeSequenceItem",
    "SegmentedPropertyTypeModifierCodeSequenceItem",
    "SegmentedRTAccessoryDeviceSequenceItem",
    "SelectedFrameFunctionalGroupsSequenceItem",
    "SelectedSegmentalOphthalmicAxialLengthSequenceItem",
    "SelectedSegmentalOphthalmicAxialLengthSequenceItemOphthalmicAxialMeasurementsSelected",
    "SelectedTotalOphthalmicAxialLengthSequenceItem",
    "SelectorAttributeItem",
    "SelectorCodeSequenceValueItem",
    "SequenceOfUltrasoundRegionsItem",
    "SeriesDescriptionCodeSequenceItem",
    "SetupDeviceSequenceItem",
    "SharedFunctionalGroupsSequenceItem",
    "ShieldingDeviceSequenceItem",
    "SimulatedKeratometricCylinderSequenceItem",
    "SnoutSequenceItem",
    "SoftcopyVOILUTSequenceItem",
    "SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState",
    "SortingOperationsSequenceItem",
    "SoundSpeedCorrectionMechanismCodeSequenceItem",
    "SourceConceptualVolumeSequenceItem",
    "SourceHangingProtocolSequenceItem",
    "SourceImageCornealProcessedDataSequenceItem",
    "SourceImageEvidenceSequenceItem",
    "SourceImageSequenceItem",
    "SourceImageSequenceItemGeneralReference",
    "SourceImageSequenceItemOphthalmicPhotographyImage",
    "SourceInstanceSequenceItem",
    "SourceIrradiationEventSequenceItem",
    "SourceOfAnteriorChamberDepthDataCodeSequenceItem",
    "SourceOfCorneaMeasurementDataCodeSequenceItem",
    "SourceOfCornealSizeDataCodeSequenceItem",
    "SourceOfLensThicknessDataCodeSequenceItem",
    "SourceOfOphthalmicAxialLengthCodeSequenceItem",
    "SourceOfRefractiveMeasurementsCodeSequenceItem",
    "SourceOfRefractiveMeasurementsSequenceItem",
    "SourcePatientGroupIdentificationSequenceItem",
    "SourcePixelPlanesCharacteristicsSequenceItem",
    "SourceSequenceItem",
    "SourceSeriesInformationSequenceItem",
    "SourceSeriesSequenceItem",
    "SourceWaveformSequenceItem",
    "SpecificAbsorptionRateSequenceItem",
    "SpecimenDescriptionSequenceItem",
    "SpecimenDescriptionSequenceItemImageAcquisitionResults",
    "SpecimenDescriptionSequenceItemInventory",
    "SpecimenItem",
    "SpecimenLocalizationContentItemSequenceItem",
    "SpecimenPreparationSequenceItem",
    "SpecimenPreparationStepContentItemSequenceItem",
    "SpecimenReferenceSequenceItem",
    "SpecimenTypeCodeSequenceItem",
    "StageCodeSequenceItem",
    "SteepCornealAxisSequenceItem",
    "SteepKeratometricAxisSequenceItem",
    "SteepKeratometricAxisSequenceItemIntraocularLensCalculations",
    "StereoPairsSequenceItem",
    "StimulusColorCodeSequenceItem",
    "StorageItem",
    "StorageProtocolElementSequenceItem",
    "StorageProtocolElementSpecificationSequenceItem",
    "StoredValueColorRangeSequenceItem",
    "StrainCodeSequenceItem",
    "StrainSourceRegistryCodeSequenceItem",
    "StrainStockSequenceItem",
    "StrainStockSequenceItemPatient",
    "StructureSetROISequenceItem",
    "StructuredConstraintObservationSequenceItem",
    "StructuredDisplayImageBoxSequenceItem",
    "StructuredDisplayTextBoxSequenceItem",
    "StudiesContainingOtherReferencedInstancesSequenceItem",
    "StudyAccessEndPointsSequenceItem",
    "SubjectiveRefractionLeftEyeSequenceItem",
    "SubjectiveRefractionMeasurementsItem",
    "SubjectiveRefractionRightEyeSequenceItem",
    "SubstanceAdministrationParameterSequenceItem",
    "SubtaskWorkitemCodeSequenceItem",
    "SummarizedFilterLookupTableItem",
    "SupportedImageDisplayFormatsSequenceItem",
    "SurfaceMeshPrimitivesItem",
    "SurfaceMeshPrimitivesSequenceItem",
    "SurfaceModelDescriptionSequenceItem",
    "SurfacePointsNormalsSequenceItem",
    "SurfacePointsSequenceItem",
    "SurfaceProcessingAlgorithmIdentificationSequenceItem",
    "SurfaceScanAcquisitionTypeCodeSequenceItem",
    "SurfaceScanModeCodeSequenceItem",
    "SurfaceSequenceItem",
    "SurgicallyInducedAstigmatismSequenceItem",
    "SynchronizedScrollingSequenceItem",
    "TableColumnDefinitionSequenceItem",
    "TableColumnDefinitionSequenceItemDocumentRelationship",
    "TableColumnDefinitionSequenceItemTableContentItem",
    "TablePositionSequenceItem",
    "TableRowDefinitionSequenceItem",
    "TableRowDefinitionSequenceItemDocumentRelationship",
    "TableRowDefinitionSequenceItemTableContentItem",
    "TableSummaryStatisticsItem",
    "TabulatedValuesSequenceItem",
    "TabulatedValuesSequenceItemDocumentRelationship",
    "TabulatedValuesSequenceItemTableContentItem",
    "TargetLuminanceCharacteristicsSequenceItem",
    "TemporalPositionSequenceItem",
    "TestPatternCodeSequenceItem",
    "TestPointNormalsSequenceItem",
    "TextObjectSequenceItem",
    "TextObjectSequenceItemVolumetricGraphicAnnotation",
    "TextStyleSequenceItem",
    "TherapeuticRoleCategoryCodeSequenceItem",
    "TherapeuticRoleTypeCodeSequenceItem",
    "ThreeDRTConeBeamImagingGeometryItem",
    "ThresholdSequenceItem",
    "ThresholdValueSequenceItem",
    "TimeBasedImageSetsSequenceItem",
    "TimeOfFrameGroupSequenceItem",
    "TimeSlotInformationSequenceItem",
    "ToleranceTableSequenceItem",
    "TomotherapeuticControlPointSequenceItem",
    "ToricIOLPowerForExactEmmetropiaSequenceItem",
    "ToricIOLPowerForExactTargetRefractionSequenceItem",
    "ToricIOLPowerSequenceItem",
    "TotalPixelMatrixOriginSequenceItem",
    "TrackSequenceItem",
    "TrackSetAnatomicalTypeCodeSequenceItem",
    "TrackSetSequenceItem",
    "TrackSetStatisticsSequenceItem",
    "TrackStatisticsSequenceItem",
    "TrackingAlgorithmIdentificationSequenceItem",
    "TransducerApplicationCodeSequenceItem",
    "TransducerBeamSteeringCodeSequenceItem",
    "TransducerGeometryCodeSequenceItem",
    "TransducerIdentificationSequenceItem",
    "TransducerResponseSequenceItem",
    "TransducerScanPatternCodeSequenceItem",
    "TransducerTechnologySequenceItem",
    "TransformationAlgorithmSequenceItem",
    "TransformationMethodCodeSequenceItem",
    "TreatmentDeviceIdentificationItem",
    "TreatmentDeviceIdentificationSequenceItem",
    "TreatmentMachineSequenceItem",
    "TreatmentMachineSequenceItemRTTreatmentMachineRecord",
    "TreatmentMachineSpecialModeCodeSequenceItem",
    "TreatmentPositionGroupSequenceItem",
    "TreatmentPositionGroupSequenceItemRTRadiationSet",
    "TreatmentPositionSequenceItem",
    "TreatmentSessionApplicationSetupSequenceItem",
    "TreatmentSessionBeamSequenceItem",
    "TreatmentSessionIonBeamSequenceItem",
    "TreatmentSiteCodeSequenceItem",
    "TreatmentSiteModifierCodeSequenceItem",
    "TreatmentSummaryCalculatedDoseReferenceSequenceItem",
    "TreatmentSummaryMeasuredDoseReferenceSequenceItem",
    "TreatmentToleranceViolationAttributeSequenceItem",
    "TreatmentToleranceViolationCauseCodeSequenceItem",
    "TreatmentToleranceViolationSequenceItem",
    "TreatmentToleranceViolationTypeCodeSequenceItem",
    "TriangleFanSequenceItem",
    "TriangleStripSequenceItem",
    "TwoDDegreeOfFreedomSequenceItem",
    "TwoDLineCoordinatesSequenceItem",
    "TwoDMatingFeatureCoordinatesSequenceItem",
    "TwoDPlaneCoordinatesSequenceItem",
    "TwoDPointCoordinatesSequenceItem",
    "TwoDimensionalToThreeDimensionalMapSequenceItem",
    "UDIItem",
    "UDISequenceItem",
    "USImageDescriptionSequenceItem",
    "UVMappingSequenceItem",
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
    "UltrasoundSelectedOphthalmicAxialLengthSequenceItem",
    "UnassignedPerFrameConvertedAttributesSequenceItem",
    "UnassignedSharedConvertedAttributesSequenceItem",
    "UnifiedProcedureStepPerformedProcedureSequenceItem",
    "UnspecifiedLateralityLensSequenceItem",
    "UsedFiducialsSequenceItem",
    "UsedRTStructureSetROISequenceItem",
    "UsedSegmentsSequenceItem",
    "VOILUTItem",
    "VOILUTSequenceItem",
    "VariableModalityLUTSequenceItem",
    "VectorsItem",
    "VelocityEncodingAcquisitionSequenceItem",
    "VerifyingObserverIdentificationCodeSequenceItem",
    "VerifyingObserverSequenceItem",
    "ViewCodeSequenceItem",
    "ViewCodeSequenceItemMammographyImage",
    "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection",
    "ViewModifierCodeSequenceItem",
    "ViewOrientationCodeSequenceItem",
    "ViewOrientationModifierCodeSequenceItem",
    "VisualAcuityBothEyesOpenSequenceItem",
    "VisualAcuityLeftEyeSequenceItem",
    "VisualAcuityMeasurementSequenceItem",
    "VisualAcuityMeasurementsItem",
    "VisualAcuityRightEyeSequenceItem",
    "VisualAcuityTypeCodeSequenceItem",
    "VisualEvaluationMethodCodeSequenceItem",
    "VisualEvaluationResultSequenceItem",
    "VisualEvaluationTestSequenceItem",
    "VisualFieldCatchTrialSequenceItem",
    "VisualFieldGlobalResultsIndexSequenceItem",
    "VisualFieldTestPointNormalsSequenceItem",
    "VisualFieldTestPointSequenceItem",
    "VisualFieldTestReliabilityGlobalIndexSequenceItem",
    "VitreousStatusCodeSequenceItem",
    "VolumeCroppingSequenceItem",
    "VolumeLocalizationSequenceItem",
    "VolumeStreamSequenceItem",
    "VolumetricAnnotationSequenceItem",
    "VolumetricPresentationInputAnnotationSequenceItem",
    "VolumetricPresentationInputSetSequenceItem",
    "VolumetricPresentationStateInputSequenceItem",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "WaterEquivalentDiameterCalculationMethodCodeSequenceItem",
    "WaveformAnnotationSequenceItem",
    "WaveformFilterCharacteristicsItem",
    "WaveformFilterLookupTableItem",
    "WaveformPresentationGroupSequenceItem",
    "WaveformSequenceItem",
    "WedgeDefinitionSequenceItem",
    "WedgePositionSequenceItem",
    "WedgePositionSequenceItemRTBeams",
    "WedgePositionSequenceItemRTConventionalMachineVerification",
    "WedgeSequenceItem",
    "WeekdayFractionPatternSequenceItem",
    "WeightingTransferFunctionSequenceItem",
    "WholeSlideMicroscopyImageFrameTypeSequenceItem",
    "WideFieldOphthalmicPhotographyQualityRatingSequenceItem",
    "WideFieldOphthalmicPhotographyQualityThresholdSequenceItem",
    "XAAcquisitionPhaseDetailsSequenceItem",
    "XAPlaneDetailsSequenceItem",
    "XAXRFFrameCharacteristicsSequenceItem",
    "XDSRetrievalSequenceItem",
    "XDSStorageSequenceItem",
    "XRay3DAcquisitionSequenceItem",
    "XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition",
    "XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition",
    "XRay3DFrameTypeSequenceItem",
    "XRay3DGeneralPerProjectionAcquisitionItem",
    "XRay3DReconstructionSequenceItem",
    "XRayAcquisitionDoseSequenceItem",
    "XRayFilterDetailsSequenceItem",
    "XRayFiltrationItem",
    "XRayGeometrySequenceItem",
    "XRayGeometrySequenceItemBreastXRayGeometry",
    "XRayGridSequenceItem",
]


def __getattr__(name: str) -> Any:
    name = _ALIASES.get(name, name)
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
