"""Enumerated Values (closed) and Defined Terms (open) as enums; loaded on first use.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE: dict[str, str] = {
    "ASLBolusCutoffFlag": "dicomodel.enums.asl_bolus_cutoff_flag",
    "ASLContext": "dicomodel.enums.asl_context",
    "ASLCrusherFlag": "dicomodel.enums.asl_crusher_flag",
    "AbsoluteDosimetricObjectiveFlag": "dicomodel.enums.absolute_dosimetric_objective_flag",
    "AcousticCouplingMediumFlag": "dicomodel.enums.acoustic_coupling_medium_flag",
    "AcquiredSubtractionMaskFlag": "dicomodel.enums.acquired_subtraction_mask_flag",
    "AcquisitionContrastTerm": "dicomodel.enums.acquisition_contrast",
    "AcquisitionContrastTermMRSpectroscopyFrameType": "dicomodel.enums.acquisition_contrast",
    "AcquisitionMethodTerm": "dicomodel.enums.acquisition_method",
    "AcquisitionMotionTerm": "dicomodel.enums.acquisition_motion",
    "AcquisitionSignalTypeTerm": "dicomodel.enums.acquisition_signal_type",
    "AcquisitionStartConditionTerm": "dicomodel.enums.acquisition_start_condition",
    "AcquisitionStartConditionTermEnhancedPETAcquisition": "dicomodel.enums.acquisition_start_condition",
    "AcquisitionTerminationConditionTerm": "dicomodel.enums.acquisition_termination_condition",
    "AcquisitionTerminationConditionTermEnhancedPETAcquisition": "dicomodel.enums.acquisition_termination_condition",
    "AcquisitionTerminationConditionTermPETSeries": "dicomodel.enums.acquisition_termination_condition",
    "AcquisitionTimeSynchronized": "dicomodel.enums.acquisition_time_synchronized",
    "AcquisitionTypeTerm": "dicomodel.enums.acquisition_type",
    "AlgorithmTypeTerm": "dicomodel.enums.algorithm_type",
    "AliasedDataType": "dicomodel.enums.aliased_data_type",
    "AllowLossyCompression": "dicomodel.enums.allow_lossy_compression",
    "AllowMediaSplitting": "dicomodel.enums.allow_media_splitting",
    "AlphaLUTTransferFunction": "dicomodel.enums.alpha_lut_transfer_function",
    "AlternateBeamDoseType": "dicomodel.enums.alternate_beam_dose_type",
    "AmbientLightValueSource": "dicomodel.enums.ambient_light_value_source",
    "AnatomicalOrientationType": "dicomodel.enums.anatomical_orientation_type",
    "AnchorPointAnnotationUnits": "dicomodel.enums.anchor_point_annotation_units",
    "AnchorPointVisibility": "dicomodel.enums.anchor_point_visibility",
    "AngioFlag": "dicomodel.enums.angio_flag",
    "AnnotationAppliesToAllOpticalPaths": "dicomodel.enums.annotation_applies_to_all_optical_paths",
    "AnnotationAppliesToAllZPlanes": "dicomodel.enums.annotation_applies_to_all_z_planes",
    "AnnotationClipping": "dicomodel.enums.annotation_clipping",
    "AnnotationCoordinateType": "dicomodel.enums.annotation_coordinate_type",
    "AnnotationGroupGenerationType": "dicomodel.enums.annotation_group_generation_type",
    "AnodeTargetMaterialTerm": "dicomodel.enums.anode_target_material",
    "ApplicableSafetyStandardAgencyTerm": "dicomodel.enums.applicable_safety_standard_agency",
    "ApplicationSetupCheck": "dicomodel.enums.application_setup_check",
    "ApplicationSetupTypeTerm": "dicomodel.enums.application_setup_type",
    "ApplicatorApertureShapeTerm": "dicomodel.enums.applicator_aperture_shape",
    "ApplicatorType": "dicomodel.enums.applicator_type",
    "ApplicatorTypeTerm": "dicomodel.enums.applicator_type",
    "ApplicatorTypeTermRTIonBeams": "dicomodel.enums.applicator_type",
    "AppliedMaskSubtractionFlag": "dicomodel.enums.applied_mask_subtraction_flag",
    "ApprovalStatus": "dicomodel.enums.approval_status",
    "ArchiveRequested": "dicomodel.enums.archive_requested",
    "ArterialSpinLabelingContrast": "dicomodel.enums.arterial_spin_labeling_contrast",
    "AssessmentSummary": "dicomodel.enums.assessment_summary",
    "AttenuationCorrected": "dicomodel.enums.attenuation_corrected",
    "AttenuationCorrectionSourceTerm": "dicomodel.enums.attenuation_correction_source",
    "AttenuationCorrectionTemporalRelationshipTerm": "dicomodel.enums.attenuation_correction_temporal_relationship",
    "AutoKVPSelectionTypeTerm": "dicomodel.enums.auto_kvp_selection_type",
    "AutosequenceFlag": "dicomodel.enums.autosequence_flag",
    "BackgroundColorTerm": "dicomodel.enums.background_color",
    "BarcodeSymbologyTerm": "dicomodel.enums.barcode_symbology",
    "BaselineCorrectionTerm": "dicomodel.enums.baseline_correction",
    "BeamDoseMeaning": "dicomodel.enums.beam_dose_meaning",
    "BeamDoseType": "dicomodel.enums.beam_dose_type",
    "BeamHoldTransition": "dicomodel.enums.beam_hold_transition",
    "BeamHoldTransitionTriggerSource": "dicomodel.enums.beam_hold_transition_trigger_source",
    "BeamLimitingDeviceRotationDirection": "dicomodel.enums.beam_limiting_device_rotation_direction",
    "BeamModifierCoordinatesPresenceFlag": "dicomodel.enums.beam_modifier_coordinates_presence_flag",
    "BeamStopperPosition": "dicomodel.enums.beam_stopper_position",
    "BeamTaskType": "dicomodel.enums.beam_task_type",
    "BeamType": "dicomodel.enums.beam_type",
    "BeatRejectionFlag": "dicomodel.enums.beat_rejection_flag",
    "BlendingLUT1TransferFunction": "dicomodel.enums.blending_lut1_transfer_function",
    "BlendingLUT2TransferFunction": "dicomodel.enums.blending_lut2_transfer_function",
    "BlendingMode": "dicomodel.enums.blending_mode",
    "BlendingOperationTypeTerm": "dicomodel.enums.blending_operation_type",
    "BlendingPosition": "dicomodel.enums.blending_position",
    "BlindSpotLocalized": "dicomodel.enums.blind_spot_localized",
    "BlockDivergence": "dicomodel.enums.block_divergence",
    "BlockIdentifyingInformationStatus": "dicomodel.enums.block_identifying_information_status",
    "BlockMountingPosition": "dicomodel.enums.block_mounting_position",
    "BlockOrientation": "dicomodel.enums.block_orientation",
    "BlockType": "dicomodel.enums.block_type",
    "BloodSignalNulling": "dicomodel.enums.blood_signal_nulling",
    "BodyPartExamined": "dicomodel.enums.body_part_examined",
    "BodyPartExaminedTerm": "dicomodel.enums.body_part_examined",
    "Bold": "dicomodel.enums.bold",
    "BorderDensityTerm": "dicomodel.enums.border_density",
    "BoundingBoxAnnotationUnits": "dicomodel.enums.bounding_box_annotation_units",
    "BoundingBoxTextHorizontalJustification": "dicomodel.enums.bounding_box_text_horizontal_justification",
    "BrachyAccessoryDeviceTypeTerm": "dicomodel.enums.brachy_accessory_device_type",
    "BrachyTreatmentTechnique": "dicomodel.enums.brachy_treatment_technique",
    "BrachyTreatmentTypeTerm": "dicomodel.enums.brachy_treatment_type",
    "BreastImplantPresent": "dicomodel.enums.breast_implant_present",
    "BulkMotionCompensationTechniqueTerm": "dicomodel.enums.bulk_motion_compensation_technique",
    "BulkMotionSignalSourceTerm": "dicomodel.enums.bulk_motion_signal_source",
    "BurnedInAnnotation": "dicomodel.enums.burned_in_annotation",
    "BurnedInAnnotationEnhancedMRImage": "dicomodel.enums.burned_in_annotation",
    "CArmPositionerTabletopRelationship": "dicomodel.enums.c_arm_positioner_tabletop_relationship",
    "CalculationCommentTypeTerm": "dicomodel.enums.calculation_comment_type",
    "CalibrationImage": "dicomodel.enums.calibration_image",
    "CardiacBeatRejectionTechniqueTerm": "dicomodel.enums.cardiac_beat_rejection_technique",
    "CardiacCyclePositionTerm": "dicomodel.enums.cardiac_cycle_position",
    "CardiacFramingTypeTerm": "dicomodel.enums.cardiac_framing_type",
    "CardiacSignalSourceTerm": "dicomodel.enums.cardiac_signal_source",
    "CardiacSignalSourceTermPerformedCTAcquisition": "dicomodel.enums.cardiac_signal_source",
    "CardiacSynchronizationTechnique": "dicomodel.enums.cardiac_synchronization_technique",
    "CassetteOrientation": "dicomodel.enums.cassette_orientation",
    "CassetteSizeTerm": "dicomodel.enums.cassette_size",
    "CatchTrialsDataFlag": "dicomodel.enums.catch_trials_data_flag",
    "CatheterDirectionOfRotation": "dicomodel.enums.catheter_direction_of_rotation",
    "CertificateTypeTerm": "dicomodel.enums.certificate_type",
    "CertifiedTimestampTypeTerm": "dicomodel.enums.certified_timestamp_type",
    "ChannelMode": "dicomodel.enums.channel_mode",
    "CodingSchemeRegistryTerm": "dicomodel.enums.coding_scheme_registry",
    "CodingSchemeURLTypeTerm": "dicomodel.enums.coding_scheme_url_type",
    "CollimatorTypeTerm": "dicomodel.enums.collimator_type",
    "CollimatorTypeTermPETSeries": "dicomodel.enums.collimator_type",
    "ColorSpaceTerm": "dicomodel.enums.color_space",
    "CompensatorDivergence": "dicomodel.enums.compensator_divergence",
    "CompensatorMapOrientation": "dicomodel.enums.compensator_map_orientation",
    "CompensatorMountingPosition": "dicomodel.enums.compensator_mounting_position",
    "CompensatorTypeTerm": "dicomodel.enums.compensator_type",
    "CompletionFlag": "dicomodel.enums.completion_flag",
    "ComplexImageComponentTerm": "dicomodel.enums.complex_image_component",
    "ComplexImageComponentTermMRSpectroscopyFrameType": "dicomodel.enums.complex_image_component",
    "ComponentType": "dicomodel.enums.component_type",
    "CompoundGraphicTypeTerm": "dicomodel.enums.compound_graphic_type",
    "CompoundGraphicUnits": "dicomodel.enums.compound_graphic_units",
    "ConceptualVolumeBlockingConstraint": "dicomodel.enums.conceptual_volume_blocking_constraint",
    "ConceptualVolumeCombinationFlag": "dicomodel.enums.conceptual_volume_combination_flag",
    "ConceptualVolumeSegmentationDefinedFlag": "dicomodel.enums.conceptual_volume_segmentation_defined_flag",
    "ConfigurationInformationTerm": "dicomodel.enums.configuration_information",
    "ConfocalMode": "dicomodel.enums.confocal_mode",
    "ConsentForDistributionFlag": "dicomodel.enums.consent_for_distribution_flag",
    "ConstantVolumeFlag": "dicomodel.enums.constant_volume_flag",
    "ConstraintType": "dicomodel.enums.constraint_type",
    "ConstraintViolationSignificance": "dicomodel.enums.constraint_violation_significance",
    "ContactMethod": "dicomodel.enums.contact_method",
    "ContainerComponentMaterialTerm": "dicomodel.enums.container_component_material",
    "ContainerFileTypeTerm": "dicomodel.enums.container_file_type",
    "ContentQualification": "dicomodel.enums.content_qualification",
    "ContextGroupExtensionFlag": "dicomodel.enums.context_group_extension_flag",
    "ContinuityOfContent": "dicomodel.enums.continuity_of_content",
    "ContourGeometricType": "dicomodel.enums.contour_geometric_type",
    "ContrastBolusAgentAdministered": "dicomodel.enums.contrast_bolus_agent_administered",
    "ContrastBolusAgentDetected": "dicomodel.enums.contrast_bolus_agent_detected",
    "ContrastBolusAgentPhaseTerm": "dicomodel.enums.contrast_bolus_agent_phase",
    "ContrastBolusAutoInjectionTriggerFlag": "dicomodel.enums.contrast_bolus_auto_injection_trigger_flag",
    "ContrastBolusIngredientOpaque": "dicomodel.enums.contrast_bolus_ingredient_opaque",
    "ContrastBolusIngredientTerm": "dicomodel.enums.contrast_bolus_ingredient",
    "ConversionTypeTerm": "dicomodel.enums.conversion_type",
    "ConversionTypeTermRTImage": "dicomodel.enums.conversion_type",
    "ConvolutionKernelGroupTerm": "dicomodel.enums.convolution_kernel_group",
    "CornealPointEstimated": "dicomodel.enums.corneal_point_estimated",
    "CornealTopographyMapQualityEvaluation": "dicomodel.enums.corneal_topography_map_quality_evaluation",
    "CornealTopographySurface": "dicomodel.enums.corneal_topography_surface",
    "CorrectedLocalizedDeviationFromNormalCalculated": "dicomodel.enums.corrected_localized_deviation_from_normal_calculated",
    "CorrectedLocalizedDeviationFromNormalProbabilityCalculated": "dicomodel.enums.corrected_localized_deviation_from_normal_probability_calculated",
    "CountLossNormalizationCorrected": "dicomodel.enums.count_loss_normalization_corrected",
    "CountsSource": "dicomodel.enums.counts_source",
    "CoverageOfKSpaceTerm": "dicomodel.enums.coverage_of_k_space",
    "Crop": "dicomodel.enums.crop",
    "CurrentTreatmentStatus": "dicomodel.enums.current_treatment_status",
    "DVHROIContributionType": "dicomodel.enums.dvhroi_contribution_type",
    "DVHType": "dicomodel.enums.dvh_type",
    "DVHVolumeUnitsTerm": "dicomodel.enums.dvh_volume_units",
    "DataPathAssignment": "dicomodel.enums.data_path_assignment",
    "DataPathID": "dicomodel.enums.data_path_id",
    "DataRepresentation": "dicomodel.enums.data_representation",
    "DataTypeTerm": "dicomodel.enums.data_type",
    "DeadTimeCorrected": "dicomodel.enums.dead_time_corrected",
    "DecayCorrected": "dicomodel.enums.decay_corrected",
    "DecayCorrectionTerm": "dicomodel.enums.decay_correction",
    "DecimateCropResult": "dicomodel.enums.decimate_crop_result",
    "DecompositionMethodTerm": "dicomodel.enums.decomposition_method",
    "Decoupling": "dicomodel.enums.decoupling",
    "DecouplingMethodTerm": "dicomodel.enums.decoupling_method",
    "DegreeOfFreedomType": "dicomodel.enums.degree_of_freedom_type",
    "DeidentificationAction": "dicomodel.enums.deidentification_action",
    "DeliveredReferenceDoseDefinitionTerm": "dicomodel.enums.delivered_reference_dose_definition",
    "DepthValueAveragingFlag": "dicomodel.enums.depth_value_averaging_flag",
    "DetectorActiveShape": "dicomodel.enums.detector_active_shape",
    "DetectorConditionsNominalFlag": "dicomodel.enums.detector_conditions_nominal_flag",
    "DetectorConfigurationTerm": "dicomodel.enums.detector_configuration",
    "DetectorGeometryTerm": "dicomodel.enums.detector_geometry",
    "DetectorNormalizationCorrection": "dicomodel.enums.detector_normalization_correction",
    "DetectorPositioningType": "dicomodel.enums.detector_positioning_type",
    "DetectorTypeTerm": "dicomodel.enums.detector_type",
    "DetectorTypeTermBreastTomosynthesisContributingSources": "dicomodel.enums.detector_type",
    "DetectorTypeTermOphthalmicPhotographicParameters": "dicomodel.enums.detector_type",
    "DetectorTypeTermOphthalmicTomographyParameters": "dicomodel.enums.detector_type",
    "DeviceAlternateIdentifierTypeTerm": "dicomodel.enums.device_alternate_identifier_type",
    "DeviceDiameterUnitsTerm": "dicomodel.enums.device_diameter_units",
    "DeviceMotionExecutionMode": "dicomodel.enums.device_motion_execution_mode",
    "DeviceMotionObservationMode": "dicomodel.enums.device_motion_observation_mode",
    "DiffusionAnisotropyTypeTerm": "dicomodel.enums.diffusion_anisotropy_type",
    "DiffusionDirectionalityTerm": "dicomodel.enums.diffusion_directionality",
    "DigitizingDeviceTransportDirection": "dicomodel.enums.digitizing_device_transport_direction",
    "DimensionOrganizationType": "dicomodel.enums.dimension_organization_type",
    "DimensionOrganizationTypeTerm": "dicomodel.enums.dimension_organization_type",
    "DimensionOrganizationTypeTermPhotoacousticImage": "dicomodel.enums.dimension_organization_type",
    "DirectoryRecordType": "dicomodel.enums.directory_record_type",
    "DisplayFunctionType": "dicomodel.enums.display_function_type",
    "DisplaySetHorizontalJustification": "dicomodel.enums.display_set_horizontal_justification",
    "DisplaySetVerticalJustification": "dicomodel.enums.display_set_vertical_justification",
    "DisplayShadingFlag": "dicomodel.enums.display_shading_flag",
    "DistributionTypeTerm": "dicomodel.enums.distribution_type",
    "DoseCalibrationConditionsVerifiedFlag": "dicomodel.enums.dose_calibration_conditions_verified_flag",
    "DoseReferenceStructureTypeTerm": "dicomodel.enums.dose_reference_structure_type",
    "DoseReferenceTypeTerm": "dicomodel.enums.dose_reference_type",
    "DoseSummationTypeTerm": "dicomodel.enums.dose_summation_type",
    "DoseTypeTerm": "dicomodel.enums.dose_type",
    "DoseUnits": "dicomodel.enums.dose_units",
    "DoseValueInterpretation": "dicomodel.enums.dose_value_interpretation",
    "DosimetricObjectiveEvaluationScope": "dicomodel.enums.dosimetric_objective_evaluation_scope",
    "DosimetricObjectivePurpose": "dicomodel.enums.dosimetric_objective_purpose",
    "DoubleExposureFlag": "dicomodel.enums.double_exposure_flag",
    "DoubleExposureOrderingTerm": "dicomodel.enums.double_exposure_ordering",
    "EchoPlanarPulseSequence": "dicomodel.enums.echo_planar_pulse_sequence",
    "EchoPulseSequence": "dicomodel.enums.echo_pulse_sequence",
    "EmptyImageDensityTerm": "dicomodel.enums.empty_image_density",
    "EndingRespiratoryPhase": "dicomodel.enums.ending_respiratory_phase",
    "EnhancedRTBeamLimitingDeviceDefinitionFlag": "dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag",
    "EntranceDoseDerivation": "dicomodel.enums.entrance_dose_derivation",
    "EquipmentCoordinateSystemIdentificationTerm": "dicomodel.enums.equipment_coordinate_system_identification",
    "EquipmentModalityTerm": "dicomodel.enums.equipment_modality",
    "ExcessiveFalseNegatives": "dicomodel.enums.excessive_false_negatives",
    "ExcessiveFalseNegativesDataFlag": "dicomodel.enums.excessive_false_negatives_data_flag",
    "ExcessiveFalsePositives": "dicomodel.enums.excessive_false_positives",
    "ExcessiveFalsePositivesDataFlag": "dicomodel.enums.excessive_false_positives_data_flag",
    "ExcessiveFixationLosses": "dicomodel.enums.excessive_fixation_losses",
    "ExcessiveFixationLossesDataFlag": "dicomodel.enums.excessive_fixation_losses_data_flag",
    "ExclusiveComponentTypeTerm": "dicomodel.enums.exclusive_component_type",
    "ExecutionStatus": "dicomodel.enums.execution_status",
    "ExecutionStatusInfoTerm": "dicomodel.enums.execution_status_info",
    "ExecutionStatusInfoTermMediaCreationManagement": "dicomodel.enums.execution_status_info",
    "ExecutionStatusMediaCreationManagement": "dicomodel.enums.execution_status",
    "ExposureControlModeTerm": "dicomodel.enums.exposure_control_mode",
    "ExposureControlModeTermEnhancedMammographyImage": "dicomodel.enums.exposure_control_mode",
    "ExposureControlSensingRegionShape": "dicomodel.enums.exposure_control_sensing_region_shape",
    "ExposureStatusTerm": "dicomodel.enums.exposure_status",
    "ExtendedDepthOfField": "dicomodel.enums.extended_depth_of_field",
    "FalseNegativesEstimateFlag": "dicomodel.enums.false_negatives_estimate_flag",
    "FalsePositivesEstimateFlag": "dicomodel.enums.false_positives_estimate_flag",
    "FieldOfViewHorizontalFlip": "dicomodel.enums.field_of_view_horizontal_flip",
    "FieldOfViewHorizontalFlipDXDetector": "dicomodel.enums.field_of_view_horizontal_flip",
    "FieldOfViewShape": "dicomodel.enums.field_of_view_shape",
    "FieldOfViewShapeBreastTomosynthesisAcquisition": "dicomodel.enums.field_of_view_shape",
    "FieldOfViewShapeTerm": "dicomodel.enums.field_of_view_shape",
    "FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters": "dicomodel.enums.field_of_view_shape",
    "FieldOfViewShapeTermPETSeries": "dicomodel.enums.field_of_view_shape",
    "FieldOfViewShapeTermXRayAcquisition": "dicomodel.enums.field_of_view_shape",
    "FillMode": "dicomodel.enums.fill_mode",
    "FilmDestinationTerm": "dicomodel.enums.film_destination",
    "FilmOrientation": "dicomodel.enums.film_orientation",
    "FilmSizeIDTerm": "dicomodel.enums.film_size_id",
    "FilterByAttributePresence": "dicomodel.enums.filter_by_attribute_presence",
    "FilterByCategoryTerm": "dicomodel.enums.filter_by_category",
    "FilterByOperator": "dicomodel.enums.filter_by_operator",
    "FilterTypeTerm": "dicomodel.enums.filter_type",
    "FilterTypeTermCTXRayDetails": "dicomodel.enums.filter_type",
    "FilterTypeTermPerformedCTAcquisition": "dicomodel.enums.filter_type",
    "FiniteVolume": "dicomodel.enums.finite_volume",
    "FirstOrderPhaseCorrection": "dicomodel.enums.first_order_phase_correction",
    "FixationDeviceType": "dicomodel.enums.fixation_device_type",
    "FixationDeviceTypeTerm": "dicomodel.enums.fixation_device_type",
    "FixationEye": "dicomodel.enums.fixation_eye",
    "FlowCompensationDirection": "dicomodel.enums.flow_compensation_direction",
    "FlowCompensationTerm": "dicomodel.enums.flow_compensation",
    "FluenceDataSource": "dicomodel.enums.fluence_data_source",
    "FluenceMode": "dicomodel.enums.fluence_mode",
    "FluoroscopyFlag": "dicomodel.enums.fluoroscopy_flag",
    "FluoroscopyLastImageHoldPersistenceFlag": "dicomodel.enums.fluoroscopy_last_image_hold_persistence_flag",
    "FluoroscopyPersistenceFlag": "dicomodel.enums.fluoroscopy_persistence_flag",
    "FocusMethod": "dicomodel.enums.focus_method",
    "FontNameTypeTerm": "dicomodel.enums.font_name_type",
    "FovealPointNormativeDataFlag": "dicomodel.enums.foveal_point_normative_data_flag",
    "FovealSensitivityMeasured": "dicomodel.enums.foveal_sensitivity_measured",
    "FractionBasedRelationshipIntervalAnchor": "dicomodel.enums.fraction_based_relationship_interval_anchor",
    "FractionGroupType": "dicomodel.enums.fraction_group_type",
    "FrameLaterality": "dicomodel.enums.frame_laterality",
    "FrameOfReferenceTransformationMatrixType": "dicomodel.enums.frame_of_reference_transformation_matrix_type",
    "FrameOfReferenceTransformationMatrixTypeTerm": "dicomodel.enums.frame_of_reference_transformation_matrix_type",
    "FrequencyCorrection": "dicomodel.enums.frequency_correction",
    "FunctionalSettlingPhaseFramesPresent": "dicomodel.enums.functional_settling_phase_frames_present",
    "GPSDestBearingRef": "dicomodel.enums.gps_dest_bearing_ref",
    "GPSDestDistanceRef": "dicomodel.enums.gps_dest_distance_ref",
    "GPSDestLatitudeRef": "dicomodel.enums.gps_dest_latitude_ref",
    "GPSDestLongitudeRef": "dicomodel.enums.gps_dest_longitude_ref",
    "GPSImgDirectionRef": "dicomodel.enums.gps_img_direction_ref",
    "GPSLatitudeRef": "dicomodel.enums.gps_latitude_ref",
    "GPSLongitudeRef": "dicomodel.enums.gps_longitude_ref",
    "GPSMeasureMode": "dicomodel.enums.gps_measure_mode",
    "GPSSpeedRef": "dicomodel.enums.gps_speed_ref",
    "GPSStatus": "dicomodel.enums.gps_status",
    "GPSTrackRef": "dicomodel.enums.gps_track_ref",
    "GantryMotionCorrected": "dicomodel.enums.gantry_motion_corrected",
    "GantryPitchRotationDirection": "dicomodel.enums.gantry_pitch_rotation_direction",
    "GantryRotationDirection": "dicomodel.enums.gantry_rotation_direction",
    "GeneralAccessoryTypeTerm": "dicomodel.enums.general_accessory_type",
    "GeneralizedDefectCorrectedSensitivityDeviationFlag": "dicomodel.enums.generalized_defect_corrected_sensitivity_deviation_flag",
    "GeometricalProperties": "dicomodel.enums.geometrical_properties",
    "GeometryForDisplay": "dicomodel.enums.geometry_for_display",
    "GeometryOfKSpaceTraversalTerm": "dicomodel.enums.geometry_of_k_space_traversal",
    "GlobalCrop": "dicomodel.enums.global_crop",
    "GlobalDeviationProbabilityNormalsFlag": "dicomodel.enums.global_deviation_probability_normals_flag",
    "GradientOutputTypeTerm": "dicomodel.enums.gradient_output_type",
    "GraphicAnnotationUnits": "dicomodel.enums.graphic_annotation_units",
    "GraphicFilled": "dicomodel.enums.graphic_filled",
    "GraphicType": "dicomodel.enums.graphic_type",
    "GraphicTypeDocumentContent": "dicomodel.enums.graphic_type",
    "GraphicTypeGraphicAnnotation": "dicomodel.enums.graphic_type",
    "GraphicTypeMicroscopyBulkSimpleAnnotations": "dicomodel.enums.graphic_type",
    "HangingProtocolLevel": "dicomodel.enums.hanging_protocol_level",
    "HighDoseTechniqueTypeTerm": "dicomodel.enums.high_dose_technique_type",
    "HorizontalAlignment": "dicomodel.enums.horizontal_alignment",
    "HorizontalPrismBase": "dicomodel.enums.horizontal_prism_base",
    "IVUSAcquisition": "dicomodel.enums.ivus_acquisition",
    "IVUSAcquisitionTerm": "dicomodel.enums.ivus_acquisition",
    "IlluminationTranslationFlag": "dicomodel.enums.illumination_translation_flag",
    "ImageBoxLargeScrollType": "dicomodel.enums.image_box_large_scroll_type",
    "ImageBoxLayoutTypeTerm": "dicomodel.enums.image_box_layout_type",
    "ImageBoxLayoutTypeTermHangingProtocolDisplay": "dicomodel.enums.image_box_layout_type",
    "ImageBoxScrollDirection": "dicomodel.enums.image_box_scroll_direction",
    "ImageBoxSmallScrollType": "dicomodel.enums.image_box_small_scroll_type",
    "ImageDisplayFormat": "dicomodel.enums.image_display_format",
    "ImageHorizontalFlip": "dicomodel.enums.image_horizontal_flip",
    "ImageLaterality": "dicomodel.enums.image_laterality",
    "ImageLateralityMammographyImage": "dicomodel.enums.image_laterality",
    "ImageLateralityOphthalmicThicknessMap": "dicomodel.enums.image_laterality",
    "ImageSetSelectorCategory": "dicomodel.enums.image_set_selector_category",
    "ImageSetSelectorUsageFlag": "dicomodel.enums.image_set_selector_usage_flag",
    "ImagingApertureSpecificationType": "dicomodel.enums.imaging_aperture_specification_type",
    "ImagingSourceLocationSpecificationType": "dicomodel.enums.imaging_source_location_specification_type",
    "ImpedanceMeasurementCurrentTypeTerm": "dicomodel.enums.impedance_measurement_current_type",
    "ImplantAssemblyTemplateType": "dicomodel.enums.implant_assembly_template_type",
    "ImplantType": "dicomodel.enums.implant_type",
    "InPlanePhaseEncodingDirection": "dicomodel.enums.in_plane_phase_encoding_direction",
    "InPlanePhaseEncodingDirectionMRImage": "dicomodel.enums.in_plane_phase_encoding_direction",
    "IncludeDisplayApplication": "dicomodel.enums.include_display_application",
    "IncludeNonDICOMObjectsTerm": "dicomodel.enums.include_non_dicom_objects",
    "IncludesImagingSubject": "dicomodel.enums.includes_imaging_subject",
    "IncludesInformation": "dicomodel.enums.includes_information",
    "IndexNormalsFlag": "dicomodel.enums.index_normals_flag",
    "InitialCineRunStateTerm": "dicomodel.enums.initial_cine_run_state",
    "InputReadinessState": "dicomodel.enums.input_readiness_state",
    "InstanceAvailability": "dicomodel.enums.instance_availability",
    "InstanceOriginStatus": "dicomodel.enums.instance_origin_status",
    "InstructionPerformedFlag": "dicomodel.enums.instruction_performed_flag",
    "IntensifierActiveShape": "dicomodel.enums.intensifier_active_shape",
    "InteroperabilityIndexTerm": "dicomodel.enums.interoperability_index",
    "InterpolationTypeTerm": "dicomodel.enums.interpolation_type",
    "InterventionStatus": "dicomodel.enums.intervention_status",
    "InventoryCompletionStatus": "dicomodel.enums.inventory_completion_status",
    "InventoryLevel": "dicomodel.enums.inventory_level",
    "InversionRecovery": "dicomodel.enums.inversion_recovery",
    "Italic": "dicomodel.enums.italic",
    "IterativeReconstructionMethod": "dicomodel.enums.iterative_reconstruction_method",
    "KSpaceFilteringTerm": "dicomodel.enums.k_space_filtering",
    "LUTFunction": "dicomodel.enums.lut_function",
    "LUTFunctionTerm": "dicomodel.enums.lut_function",
    "LabelUsingInformationExtractedFromInstances": "dicomodel.enums.label_using_information_extracted_from_instances",
    "LateralSpreadingDeviceTypeTerm": "dicomodel.enums.lateral_spreading_device_type",
    "Laterality": "dicomodel.enums.laterality",
    "LateralityHangingProtocolDefinition": "dicomodel.enums.laterality",
    "LensSegmentType": "dicomodel.enums.lens_segment_type",
    "LightSourcePolarization": "dicomodel.enums.light_source_polarization",
    "LineDashingStyle": "dicomodel.enums.line_dashing_style",
    "LocalDeviationProbabilityNormalsFlag": "dicomodel.enums.local_deviation_probability_normals_flag",
    "LongitudinalTemporalEventTypeTerm": "dicomodel.enums.longitudinal_temporal_event_type",
    "LongitudinalTemporalInformationModified": "dicomodel.enums.longitudinal_temporal_information_modified",
    "LossyImageCompression": "dicomodel.enums.lossy_image_compression",
    "MACAlgorithmTerm": "dicomodel.enums.mac_algorithm",
    "MIMETypeOfEncapsulatedDocument": "dicomodel.enums.mime_type_of_encapsulated_document",
    "MPRThicknessType": "dicomodel.enums.mpr_thickness_type",
    "MRAcquisitionType": "dicomodel.enums.mr_acquisition_type",
    "MRAcquisitionTypeTerm": "dicomodel.enums.mr_acquisition_type",
    "MRSpectroscopyAcquisitionTypeTerm": "dicomodel.enums.mr_spectroscopy_acquisition_type",
    "MagnetizationTransfer": "dicomodel.enums.magnetization_transfer",
    "MagnificationTypeTerm": "dicomodel.enums.magnification_type",
    "MandatoryComponentTypeTerm": "dicomodel.enums.mandatory_component_type",
    "Manifold": "dicomodel.enums.manifold",
    "MappingResourceTerm": "dicomodel.enums.mapping_resource",
    "MaskOperation": "dicomodel.enums.mask_operation",
    "MaskOperationTerm": "dicomodel.enums.mask_operation",
    "MaskSelectionMode": "dicomodel.enums.mask_selection_mode",
    "MeasuredDoseTypeTerm": "dicomodel.enums.measured_dose_type",
    "MeasurementEquipmentType": "dicomodel.enums.measurement_equipment_type",
    "MeasurementLaterality": "dicomodel.enums.measurement_laterality",
    "MediumTypeTerm": "dicomodel.enums.medium_type",
    "Modality": "dicomodel.enums.modality",
    "ModalityAutorefractionMeasurementsSeries": "dicomodel.enums.modality",
    "ModalityCTProtocolSeries": "dicomodel.enums.modality",
    "ModalityCTSeries": "dicomodel.enums.modality",
    "ModalityDXSeries": "dicomodel.enums.modality",
    "ModalityEnhancedPETSeries": "dicomodel.enums.modality",
    "ModalityEnhancedRTSeries": "dicomodel.enums.modality",
    "ModalityEnhancedUSSeries": "dicomodel.enums.modality",
    "ModalityIntraOralSeries": "dicomodel.enums.modality",
    "ModalityIntraocularLensCalculationsSeries": "dicomodel.enums.modality",
    "ModalityIntravascularOCTSeries": "dicomodel.enums.modality",
    "ModalityKeratometryMeasurementsSeries": "dicomodel.enums.modality",
    "ModalityKeyObjectDocumentSeries": "dicomodel.enums.modality",
    "ModalityLensometryMeasurementsSeries": "dicomodel.enums.modality",
    "ModalityMRSeries": "dicomodel.enums.modality",
    "ModalityMammographySeries": "dicomodel.enums.modality",
    "ModalityMicroscopyBulkSimpleAnnotationsSeries": "dicomodel.enums.modality",
    "ModalityOphthalmicAxialMeasurementsSeries": "dicomodel.enums.modality",
    "ModalityOphthalmicPhotographySeries": "dicomodel.enums.modality",
    "ModalityOphthalmicThicknessMapSeries": "dicomodel.enums.modality",
    "ModalityOphthalmicTomographyBScanVolumeAnalysisSeries": "dicomodel.enums.modality",
    "ModalityOphthalmicTomographyEnFaceSeries": "dicomodel.enums.modality",
    "ModalityOphthalmicTomographySeries": "dicomodel.enums.modality",
    "ModalityOpticalSurfaceScannerSeries": "dicomodel.enums.modality",
    "ModalityPresentationSeries": "dicomodel.enums.modality",
    "ModalityRealWorldValueMappingSeries": "dicomodel.enums.modality",
    "ModalitySRDocumentSeries": "dicomodel.enums.modality",
    "ModalitySegmentationSeries": "dicomodel.enums.modality",
    "ModalitySpatialFiducialsSeries": "dicomodel.enums.modality",
    "ModalitySpatialRegistrationSeries": "dicomodel.enums.modality",
    "ModalityStereometricSeries": "dicomodel.enums.modality",
    "ModalitySubjectiveRefractionMeasurementsSeries": "dicomodel.enums.modality",
    "ModalityTerm": "dicomodel.enums.modality",
    "ModalityVisualAcuityMeasurementsSeries": "dicomodel.enums.modality",
    "ModalityVisualFieldStaticPerimetryMeasurementsSeries": "dicomodel.enums.modality",
    "ModalityWholeSlideMicroscopySeries": "dicomodel.enums.modality",
    "ModalityXAProtocolSeries": "dicomodel.enums.modality",
    "ModalityXAXRFSeries": "dicomodel.enums.modality",
    "ModelMirroring": "dicomodel.enums.model_mirroring",
    "ModelModification": "dicomodel.enums.model_modification",
    "ModifiableConstraintFlag": "dicomodel.enums.modifiable_constraint_flag",
    "ModulatedScanModeTypeTerm": "dicomodel.enums.modulated_scan_mode_type",
    "MultiCoilElementUsed": "dicomodel.enums.multi_coil_element_used",
    "MultiPlanarExcitation": "dicomodel.enums.multi_planar_excitation",
    "MultiPlanarReconstructionStyle": "dicomodel.enums.multi_planar_reconstruction_style",
    "MultienergyCTAcquisition": "dicomodel.enums.multienergy_ct_acquisition",
    "MultienergyDetectorTypeTerm": "dicomodel.enums.multienergy_detector_type",
    "MultienergySourceTechniqueTerm": "dicomodel.enums.multienergy_source_technique",
    "MultipleSpinEcho": "dicomodel.enums.multiple_spin_echo",
    "NominalBeamEnergyUnitTerm": "dicomodel.enums.nominal_beam_energy_unit",
    "NonUniformRadialSamplingCorrected": "dicomodel.enums.non_uniform_radial_sampling_corrected",
    "OCTAcquisitionDomainTerm": "dicomodel.enums.oct_acquisition_domain",
    "OCTZOffsetApplied": "dicomodel.enums.octz_offset_applied",
    "ObservationSignificance": "dicomodel.enums.observation_significance",
    "ObserverType": "dicomodel.enums.observer_type",
    "OffsetDirection": "dicomodel.enums.offset_direction",
    "OperatingModeTerm": "dicomodel.enums.operating_mode",
    "OperatingModeTypeTerm": "dicomodel.enums.operating_mode_type",
    "OphthalmicAxialLengthMeasurementModified": "dicomodel.enums.ophthalmic_axial_length_measurement_modified",
    "OphthalmicAxialLengthMeasurementsType": "dicomodel.enums.ophthalmic_axial_length_measurements_type",
    "OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected": "dicomodel.enums.ophthalmic_axial_length_measurements_type",
    "OphthalmicAxialLengthMethod": "dicomodel.enums.ophthalmic_axial_length_method",
    "OphthalmicAxialMeasurementsDeviceTypeTerm": "dicomodel.enums.ophthalmic_axial_measurements_device_type",
    "OphthalmicImageOrientation": "dicomodel.enums.ophthalmic_image_orientation",
    "OphthalmicMappingDeviceTypeTerm": "dicomodel.enums.ophthalmic_mapping_device_type",
    "OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis": "dicomodel.enums.ophthalmic_mapping_device_type",
    "OphthalmicVolumetricPropertiesFlag": "dicomodel.enums.ophthalmic_volumetric_properties_flag",
    "OptotypePresentation": "dicomodel.enums.optotype_presentation",
    "OptotypeTerm": "dicomodel.enums.optotype",
    "OrganExposed": "dicomodel.enums.organ_exposed",
    "OrganExposedTerm": "dicomodel.enums.organ_exposed",
    "OutlineShapeType": "dicomodel.enums.outline_shape_type",
    "OverlaySubtypeTerm": "dicomodel.enums.overlay_subtype",
    "OverlaySubtypeTermOverlayPlane": "dicomodel.enums.overlay_subtype",
    "OverlayType": "dicomodel.enums.overlay_type",
    "OversamplingPhase": "dicomodel.enums.oversampling_phase",
    "ParallelAcquisition": "dicomodel.enums.parallel_acquisition",
    "ParallelAcquisitionTechniqueTerm": "dicomodel.enums.parallel_acquisition_technique",
    "ParallelRTBeamDelimiterOpeningMode": "dicomodel.enums.parallel_rt_beam_delimiter_opening_mode",
    "PartialDataDisplayHandling": "dicomodel.enums.partial_data_display_handling",
    "PartialFourier": "dicomodel.enums.partial_fourier",
    "PartialFourierDirection": "dicomodel.enums.partial_fourier_direction",
    "PartialView": "dicomodel.enums.partial_view",
    "ParticipationTypeTerm": "dicomodel.enums.participation_type",
    "PatientAlternativeCalendar": "dicomodel.enums.patient_alternative_calendar",
    "PatientEyeMovementCommanded": "dicomodel.enums.patient_eye_movement_commanded",
    "PatientFrameOfReferenceSource": "dicomodel.enums.patient_frame_of_reference_source",
    "PatientIdentityRemoved": "dicomodel.enums.patient_identity_removed",
    "PatientMotionCorrected": "dicomodel.enums.patient_motion_corrected",
    "PatientPositionTerm": "dicomodel.enums.patient_position",
    "PatientPositionTermRTImage": "dicomodel.enums.patient_position",
    "PatientSex": "dicomodel.enums.patient_sex",
    "PatientSexNeutered": "dicomodel.enums.patient_sex_neutered",
    "PatientSupportPositionSpecificationMethod": "dicomodel.enums.patient_support_position_specification_method",
    "PatientSupportRotationDirection": "dicomodel.enums.patient_support_rotation_direction",
    "PatientSupportTypeTerm": "dicomodel.enums.patient_support_type",
    "PerformedProcedureStepStatus": "dicomodel.enums.performed_procedure_step_status",
    "PerformedProtocolType": "dicomodel.enums.performed_protocol_type",
    "PhaseContrast": "dicomodel.enums.phase_contrast",
    "PhaseDescription": "dicomodel.enums.phase_description",
    "PhotometricInterpretation": "dicomodel.enums.photometric_interpretation",
    "PhotometricInterpretationCRImage": "dicomodel.enums.photometric_interpretation",
    "PhotometricInterpretationCornealTopographyMapImage": "dicomodel.enums.photometric_interpretation",
    "PhotometricInterpretationImageBoxPixelPresentation": "dicomodel.enums.photometric_interpretation",
    "PhotometricInterpretationNMImagePixel": "dicomodel.enums.photometric_interpretation",
    "PhotometricInterpretationOphthalmicPhotographyImage": "dicomodel.enums.photometric_interpretation",
    "PhotometricInterpretationTerm": "dicomodel.enums.photometric_interpretation",
    "PhotometricInterpretationTermUSImage": "dicomodel.enums.photometric_interpretation",
    "PhotometricInterpretationVLImage": "dicomodel.enums.photometric_interpretation",
    "PhotometricInterpretationWholeSlideMicroscopyImage": "dicomodel.enums.photometric_interpretation",
    "PixelIntensityRelationship": "dicomodel.enums.pixel_intensity_relationship",
    "PixelIntensityRelationshipTerm": "dicomodel.enums.pixel_intensity_relationship",
    "PixelIntensityRelationshipTermIntravascularOCTProcessingParameters": "dicomodel.enums.pixel_intensity_relationship",
    "PixelIntensityRelationshipTermXRayImage": "dicomodel.enums.pixel_intensity_relationship",
    "PixelOriginInterpretation": "dicomodel.enums.pixel_origin_interpretation",
    "PixelPresentation": "dicomodel.enums.pixel_presentation",
    "PixelPresentationIntravascularOCTImage": "dicomodel.enums.pixel_presentation",
    "PixelPresentationMPRVolumetricPresentationStateDisplay": "dicomodel.enums.pixel_presentation",
    "PixelPresentationOphthalmicThicknessMap": "dicomodel.enums.pixel_presentation",
    "PixelPresentationParametricMapImage": "dicomodel.enums.pixel_presentation",
    "PixelPresentationRenderDisplay": "dicomodel.enums.pixel_presentation",
    "PixelSpacingCalibrationType": "dicomodel.enums.pixel_spacing_calibration_type",
    "PlanIntentTerm": "dicomodel.enums.plan_intent",
    "PlaneIdentificationTerm": "dicomodel.enums.plane_identification",
    "PlanesInAcquisition": "dicomodel.enums.planes_in_acquisition",
    "Polarity": "dicomodel.enums.polarity",
    "PositionMeasuringDeviceUsed": "dicomodel.enums.position_measuring_device_used",
    "PositionerMotionTerm": "dicomodel.enums.positioner_motion",
    "PositionerMotionTermEnhancedMammographyImage": "dicomodel.enums.positioner_motion",
    "PositionerPrimaryAngleDirection": "dicomodel.enums.positioner_primary_angle_direction",
    "PositionerType": "dicomodel.enums.positioner_type",
    "PositionerTypeEnhancedMammographyImage": "dicomodel.enums.positioner_type",
    "PositionerTypeIntraOralImage": "dicomodel.enums.positioner_type",
    "PositionerTypeTerm": "dicomodel.enums.positioner_type",
    "PositionerTypeTermXAXRFAcquisition": "dicomodel.enums.positioner_type",
    "PreSelectedForImplantation": "dicomodel.enums.pre_selected_for_implantation",
    "PreliminaryFlag": "dicomodel.enums.preliminary_flag",
    "PresentationAnimationStyle": "dicomodel.enums.presentation_animation_style",
    "PresentationInputType": "dicomodel.enums.presentation_input_type",
    "PresentationIntentType": "dicomodel.enums.presentation_intent_type",
    "PresentationLUTShape": "dicomodel.enums.presentation_lut_shape",
    "PresentationLUTShapePresentationLUT": "dicomodel.enums.presentation_lut_shape",
    "PresentationLUTShapeSCMultiFrameImage": "dicomodel.enums.presentation_lut_shape",
    "PresentationSizeMode": "dicomodel.enums.presentation_size_mode",
    "PresentedVisualStimuliDataFlag": "dicomodel.enums.presented_visual_stimuli_data_flag",
    "PreserveCompositeInstancesAfterMediaCreation": "dicomodel.enums.preserve_composite_instances_after_media_creation",
    "PrimaryDoseValueIndicator": "dicomodel.enums.primary_dose_value_indicator",
    "PrimaryDosimeterUnit": "dicomodel.enums.primary_dosimeter_unit",
    "PrimaryDosimeterUnitRTBeamsDeliveryInstruction": "dicomodel.enums.primary_dosimeter_unit",
    "PrimaryDosimeterUnitRTIonBeams": "dicomodel.enums.primary_dosimeter_unit",
    "PrintPriority": "dicomodel.enums.print_priority",
    "PrinterStatus": "dicomodel.enums.printer_status",
    "PrinterStatusInfoTerm": "dicomodel.enums.printer_status_info",
    "ProcedureStepState": "dicomodel.enums.procedure_step_state",
    "ProtocolDefinedPatientPositionTerm": "dicomodel.enums.protocol_defined_patient_position",
    "PupilDilated": "dicomodel.enums.pupil_dilated",
    "QuadratureReceiveCoil": "dicomodel.enums.quadrature_receive_coil",
    "QualityControlImage": "dicomodel.enums.quality_control_image",
    "QualityControlImageEnhancedXAXRFImage": "dicomodel.enums.quality_control_image",
    "QualityControlSubject": "dicomodel.enums.quality_control_subject",
    "QueryRetrieveLevel": "dicomodel.enums.query_retrieve_level",
    "QueryRetrieveView": "dicomodel.enums.query_retrieve_view",
    "RGBLUTTransferFunction": "dicomodel.enums.rgblut_transfer_function",
    "ROIGenerationAlgorithmTerm": "dicomodel.enums.roi_generation_algorithm",
    "ROIPhysicalPropertyTerm": "dicomodel.enums.roi_physical_property",
    "RTAccessoryHolderSlotExistenceFlag": "dicomodel.enums.rt_accessory_holder_slot_existence_flag",
    "RTBeamLimitingDeviceType": "dicomodel.enums.rt_beam_limiting_device_type",
    "RTImagePlane": "dicomodel.enums.rt_image_plane",
    "RTPlanGeometryTerm": "dicomodel.enums.rt_plan_geometry",
    "RTPlanRelationshipTerm": "dicomodel.enums.rt_plan_relationship",
    "RTROIInterpretedTypeTerm": "dicomodel.enums.rtroi_interpreted_type",
    "RTROIRelationshipTerm": "dicomodel.enums.rtroi_relationship",
    "RTRadiationPhysicalAndGeometricContentDetailFlag": "dicomodel.enums.rt_radiation_physical_and_geometric_content_detail_flag",
    "RTRadiationSetIntentTerm": "dicomodel.enums.rt_radiation_set_intent",
    "RTRadiationSetUsageTerm": "dicomodel.enums.rt_radiation_set_usage",
    "RTRadiationUsageTerm": "dicomodel.enums.rt_radiation_usage",
    "RTRecordFlag": "dicomodel.enums.rt_record_flag",
    "RTTreatmentFractionCompletionStatus": "dicomodel.enums.rt_treatment_fraction_completion_status",
    "RTTreatmentIntentTypeTerm": "dicomodel.enums.rt_treatment_intent_type",
    "RTTreatmentPhaseIntentPresenceFlag": "dicomodel.enums.rt_treatment_phase_intent_presence_flag",
    "RTTreatmentTerminationStatus": "dicomodel.enums.rt_treatment_termination_status",
    "RadiationMode": "dicomodel.enums.radiation_mode",
    "RadiationModeTerm": "dicomodel.enums.radiation_mode",
    "RadiationSetting": "dicomodel.enums.radiation_setting",
    "RadiationType": "dicomodel.enums.radiation_type",
    "RadiationTypeTerm": "dicomodel.enums.radiation_type",
    "RadiationTypeTermRTIonBeams": "dicomodel.enums.radiation_type",
    "RadiobiologicalDoseEffectFlag": "dicomodel.enums.radiobiological_dose_effect_flag",
    "RadiotherapyTreatmentType": "dicomodel.enums.radiotherapy_treatment_type",
    "RandomsCorrected": "dicomodel.enums.randoms_corrected",
    "RandomsCorrectionMethodTerm": "dicomodel.enums.randoms_correction_method",
    "RandomsCorrectionMethodTermEnhancedPETCorrections": "dicomodel.enums.randoms_correction_method",
    "RangeModulatorTypeTerm": "dicomodel.enums.range_modulator_type",
    "RangeShifterTypeTerm": "dicomodel.enums.range_shifter_type",
    "ReasonForChannelOmissionTerm": "dicomodel.enums.reason_for_channel_omission",
    "ReasonForOmissionTerm": "dicomodel.enums.reason_for_omission",
    "ReasonForTheAttributeModificationTerm": "dicomodel.enums.reason_for_the_attribute_modification",
    "ReceiveCoilTypeTerm": "dicomodel.enums.receive_coil_type",
    "RecognizableVisualFeatures": "dicomodel.enums.recognizable_visual_features",
    "RecognizableVisualFeaturesCornealTopographyMapImage": "dicomodel.enums.recognizable_visual_features",
    "RecognizableVisualFeaturesIntravascularOCTImage": "dicomodel.enums.recognizable_visual_features",
    "RecommendedViewingMode": "dicomodel.enums.recommended_viewing_mode",
    "RecommendedViewingModeTerm": "dicomodel.enums.recommended_viewing_mode",
    "ReconstructionAlgorithmTerm": "dicomodel.enums.reconstruction_algorithm",
    "ReconstructionAlgorithmTermPETReconstruction": "dicomodel.enums.reconstruction_algorithm",
    "ReconstructionPipelineType": "dicomodel.enums.reconstruction_pipeline_type",
    "ReconstructionTypeTerm": "dicomodel.enums.reconstruction_type",
    "RectificationTypeTerm": "dicomodel.enums.rectification_type",
    "RectilinearPhaseEncodeReorderingTerm": "dicomodel.enums.rectilinear_phase_encode_reordering",
    "ReferenceDoseDefinitionTerm": "dicomodel.enums.reference_dose_definition",
    "ReferenceDoseTypeTerm": "dicomodel.enums.reference_dose_type",
    "ReformattingOperationInitialViewDirectionTerm": "dicomodel.enums.reformatting_operation_initial_view_direction",
    "ReformattingOperationTypeTerm": "dicomodel.enums.reformatting_operation_type",
    "RefractiveIndexApplied": "dicomodel.enums.refractive_index_applied",
    "RefractiveProcedureOccurred": "dicomodel.enums.refractive_procedure_occurred",
    "RegisteredLocalizerUnits": "dicomodel.enums.registered_localizer_units",
    "RelationshipType": "dicomodel.enums.relationship_type",
    "RelationshipTypeEncapsulatedDocument": "dicomodel.enums.relationship_type",
    "RelativeTimeUnits": "dicomodel.enums.relative_time_units",
    "RemovedFromOperationalUse": "dicomodel.enums.removed_from_operational_use",
    "RenderProjection": "dicomodel.enums.render_projection",
    "RenderProjectionVolumeRenderGeometry": "dicomodel.enums.render_projection",
    "RenderingMethod": "dicomodel.enums.rendering_method",
    "RenderingMethodVolumeRenderGeometry": "dicomodel.enums.rendering_method",
    "ReportedValuesOrigin": "dicomodel.enums.reported_values_origin",
    "ReportingPriorityTerm": "dicomodel.enums.reporting_priority",
    "ReprojectionMethodTerm": "dicomodel.enums.reprojection_method",
    "RequestPriority": "dicomodel.enums.request_priority",
    "RequestedDecimateCropBehavior": "dicomodel.enums.requested_decimate_crop_behavior",
    "RequestedImageSizeFlag": "dicomodel.enums.requested_image_size_flag",
    "RequestedProcedurePriorityTerm": "dicomodel.enums.requested_procedure_priority",
    "RequestedResolutionIDTerm": "dicomodel.enums.requested_resolution_id",
    "RescaleType": "dicomodel.enums.rescale_type",
    "RescaleTypeTerm": "dicomodel.enums.rescale_type",
    "RescaleTypeTermSCMultiFrameImage": "dicomodel.enums.rescale_type",
    "RespiratoryCyclePositionTerm": "dicomodel.enums.respiratory_cycle_position",
    "RespiratoryMotionCompensationTechniqueTerm": "dicomodel.enums.respiratory_motion_compensation_technique",
    "RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition": "dicomodel.enums.respiratory_motion_compensation_technique",
    "RespiratoryMotionCompensationTechniqueTermRTPatientSetup": "dicomodel.enums.respiratory_motion_compensation_technique",
    "RespiratorySignalSourceTerm": "dicomodel.enums.respiratory_signal_source",
    "RespiratorySignalSourceTermPerformedCTAcquisition": "dicomodel.enums.respiratory_signal_source",
    "RespiratorySignalSourceTermRTPatientSetup": "dicomodel.enums.respiratory_signal_source",
    "RespiratoryTriggerTypeTerm": "dicomodel.enums.respiratory_trigger_type",
    "ResponsiblePersonRoleTerm": "dicomodel.enums.responsible_person_role",
    "RetainInstances": "dicomodel.enums.retain_instances",
    "RetestStimulusSeen": "dicomodel.enums.retest_stimulus_seen",
    "RotationDirection": "dicomodel.enums.rotation_direction",
    "SOPInstanceStatus": "dicomodel.enums.sop_instance_status",
    "SUVType": "dicomodel.enums.suv_type",
    "SaturationRecovery": "dicomodel.enums.saturation_recovery",
    "ScanArcType": "dicomodel.enums.scan_arc_type",
    "ScanMode": "dicomodel.enums.scan_mode",
    "ScanModeTerm": "dicomodel.enums.scan_mode",
    "ScanProgressionDirection": "dicomodel.enums.scan_progression_direction",
    "ScanSpotReordered": "dicomodel.enums.scan_spot_reordered",
    "ScanSpotReorderingAllowed": "dicomodel.enums.scan_spot_reordering_allowed",
    "ScatterCorrected": "dicomodel.enums.scatter_corrected",
    "ScheduledProcedureStepPriority": "dicomodel.enums.scheduled_procedure_step_priority",
    "ScheduledProcedureStepStatusTerm": "dicomodel.enums.scheduled_procedure_step_status",
    "ScreeningBaselineMeasured": "dicomodel.enums.screening_baseline_measured",
    "ScreeningBaselineType": "dicomodel.enums.screening_baseline_type",
    "SegmentAlgorithmType": "dicomodel.enums.segment_algorithm_type",
    "SegmentationFractionalType": "dicomodel.enums.segmentation_fractional_type",
    "SegmentationType": "dicomodel.enums.segmentation_type",
    "SegmentedKSpaceTraversal": "dicomodel.enums.segmented_k_space_traversal",
    "SegmentsOverlap": "dicomodel.enums.segments_overlap",
    "SelectorAttributeVR": "dicomodel.enums.selector_attribute_vr",
    "SensitivityCalibrated": "dicomodel.enums.sensitivity_calibrated",
    "SettlingPhaseFrame": "dicomodel.enums.settling_phase_frame",
    "SetupDeviceTypeTerm": "dicomodel.enums.setup_device_type",
    "SetupTechniqueTerm": "dicomodel.enums.setup_technique",
    "ShadingStyle": "dicomodel.enums.shading_style",
    "ShadowStyle": "dicomodel.enums.shadow_style",
    "ShapeTypeTerm": "dicomodel.enums.shape_type",
    "ShieldingDeviceTypeTerm": "dicomodel.enums.shielding_device_type",
    "ShortTermFluctuationCalculated": "dicomodel.enums.short_term_fluctuation_calculated",
    "ShortTermFluctuationProbabilityCalculated": "dicomodel.enums.short_term_fluctuation_probability_calculated",
    "ShowAcquisitionTechniquesFlag": "dicomodel.enums.show_acquisition_techniques_flag",
    "ShowGraphicAnnotationFlag": "dicomodel.enums.show_graphic_annotation_flag",
    "ShowGrayscaleInverted": "dicomodel.enums.show_grayscale_inverted",
    "ShowImageTrueSizeFlag": "dicomodel.enums.show_image_true_size_flag",
    "ShowPatientDemographicsFlag": "dicomodel.enums.show_patient_demographics_flag",
    "ShowTickLabel": "dicomodel.enums.show_tick_label",
    "SignalDomainColumns": "dicomodel.enums.signal_domain_columns",
    "SignalDomainRows": "dicomodel.enums.signal_domain_rows",
    "SkipFrameRangeFlagTerm": "dicomodel.enums.skip_frame_range_flag",
    "SliceProgressionDirection": "dicomodel.enums.slice_progression_direction",
    "SliceProgressionDirectionNMReconstruction": "dicomodel.enums.slice_progression_direction",
    "SmokingStatus": "dicomodel.enums.smoking_status",
    "SortByCategoryTerm": "dicomodel.enums.sort_by_category",
    "SortingDirection": "dicomodel.enums.sorting_direction",
    "SourceApplicatorTypeTerm": "dicomodel.enums.source_applicator_type",
    "SourceMovementTypeTerm": "dicomodel.enums.source_movement_type",
    "SourceStrengthUnits": "dicomodel.enums.source_strength_units",
    "SourceTypeTerm": "dicomodel.enums.source_type",
    "SpatialLocationsPreserved": "dicomodel.enums.spatial_locations_preserved",
    "SpatialPresaturationTerm": "dicomodel.enums.spatial_presaturation",
    "SpatialTransformOfDoseTerm": "dicomodel.enums.spatial_transform_of_dose",
    "SpecificAbsorptionRateDefinitionTerm": "dicomodel.enums.specific_absorption_rate_definition",
    "SpecificCharacterSetOfFileSetDescriptorFileTerm": "dicomodel.enums.specific_character_set_of_file_set_descriptor_file",
    "SpecimenLabelInImage": "dicomodel.enums.specimen_label_in_image",
    "SpectrallySelectedExcitation": "dicomodel.enums.spectrally_selected_excitation",
    "SpectrallySelectedSuppressionTerm": "dicomodel.enums.spectrally_selected_suppression",
    "SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence": "dicomodel.enums.spectrally_selected_suppression",
    "Spoiling": "dicomodel.enums.spoiling",
    "StartingMetersetValueKnownFlag": "dicomodel.enums.starting_meterset_value_known_flag",
    "StartingRespiratoryPhase": "dicomodel.enums.starting_respiratory_phase",
    "SteadyStatePulseSequenceTerm": "dicomodel.enums.steady_state_pulse_sequence",
    "StereoPairsPresent": "dicomodel.enums.stereo_pairs_present",
    "StimulusResults": "dicomodel.enums.stimulus_results",
    "SubstanceAdministrationApproval": "dicomodel.enums.substance_administration_approval",
    "SurfaceProcessing": "dicomodel.enums.surface_processing",
    "SynchronizationTrigger": "dicomodel.enums.synchronization_trigger",
    "SyntheticData": "dicomodel.enums.synthetic_data",
    "SystemStatusTerm": "dicomodel.enums.system_status",
    "T2Preparation": "dicomodel.enums.t2_preparation",
    "TableMotion": "dicomodel.enums.table_motion",
    "TableMotionTerm": "dicomodel.enums.table_motion",
    "TableTopEccentricRotationDirection": "dicomodel.enums.table_top_eccentric_rotation_direction",
    "TableTopPitchRotationDirection": "dicomodel.enums.table_top_pitch_rotation_direction",
    "TableTopRollRotationDirection": "dicomodel.enums.table_top_roll_rotation_direction",
    "TableTypeTerm": "dicomodel.enums.table_type",
    "TaggingTerm": "dicomodel.enums.tagging",
    "TemporalRangeType": "dicomodel.enums.temporal_range_type",
    "TemporalRelationshipIntervalAnchor": "dicomodel.enums.temporal_relationship_interval_anchor",
    "TestImageValidation": "dicomodel.enums.test_image_validation",
    "TestPointNormalsDataFlag": "dicomodel.enums.test_point_normals_data_flag",
    "TestResult": "dicomodel.enums.test_result",
    "TickAlignment": "dicomodel.enums.tick_alignment",
    "TickLabelAlignment": "dicomodel.enums.tick_label_alignment",
    "TimeDistributionProtocol": "dicomodel.enums.time_distribution_protocol",
    "TimeOfFlightContrast": "dicomodel.enums.time_of_flight_contrast",
    "TimeOfFlightInformationUsed": "dicomodel.enums.time_of_flight_information_used",
    "TimeSeriesBlending": "dicomodel.enums.time_series_blending",
    "TissueLocation": "dicomodel.enums.tissue_location",
    "TomoClassTerm": "dicomodel.enums.tomo_class",
    "TomoTypeTerm": "dicomodel.enums.tomo_type",
    "TransactionStatus": "dicomodel.enums.transaction_status",
    "TransducerTypeTerm": "dicomodel.enums.transducer_type",
    "TransmitCoilTypeTerm": "dicomodel.enums.transmit_coil_type",
    "TreatmentDeliveryContinuationFlag": "dicomodel.enums.treatment_delivery_continuation_flag",
    "TreatmentDeliveryType": "dicomodel.enums.treatment_delivery_type",
    "TreatmentDeliveryTypeTerm": "dicomodel.enums.treatment_delivery_type",
    "TreatmentDeliveryTypeTermRTBeamsSessionRecord": "dicomodel.enums.treatment_delivery_type",
    "TreatmentDeliveryTypeTermRTBrachySessionRecord": "dicomodel.enums.treatment_delivery_type",
    "TreatmentRecordContentOrigin": "dicomodel.enums.treatment_record_content_origin",
    "TreatmentTerminationStatus": "dicomodel.enums.treatment_termination_status",
    "TreatmentToleranceViolationCategoryTerm": "dicomodel.enums.treatment_tolerance_violation_category",
    "TreatmentVerificationStatus": "dicomodel.enums.treatment_verification_status",
    "TriggerSourceOrTypeTerm": "dicomodel.enums.trigger_source_or_type",
    "Trim": "dicomodel.enums.trim",
    "TypeOfDetectorMotion": "dicomodel.enums.type_of_detector_motion",
    "TypeOfDetectorMotionTerm": "dicomodel.enums.type_of_detector_motion",
    "TypeOfDetectorMotionTermEnhancedMammographyImage": "dicomodel.enums.type_of_detector_motion",
    "TypeOfDetectorMotionTermEnhancedPETAcquisition": "dicomodel.enums.type_of_detector_motion",
    "TypeOfInstancesTerm": "dicomodel.enums.type_of_instances",
    "TypeOfOpticalCorrection": "dicomodel.enums.type_of_optical_correction",
    "TypeOfPatientIDTerm": "dicomodel.enums.type_of_patient_id",
    "TypeOfSynchronizationTerm": "dicomodel.enums.type_of_synchronization",
    "UltrasoundAcquisitionGeometryTerm": "dicomodel.enums.ultrasound_acquisition_geometry",
    "Underlined": "dicomodel.enums.underlined",
    "UnitsTerm": "dicomodel.enums.units",
    "UniversalEntityIDType": "dicomodel.enums.universal_entity_id_type",
    "VOILUTFunctionTerm": "dicomodel.enums.voilut_function",
    "VOITypeTerm": "dicomodel.enums.voi_type",
    "ValueType": "dicomodel.enums.value_type",
    "ValueTypeDocumentContent": "dicomodel.enums.value_type",
    "ValueTypeEncapsulatedDocument": "dicomodel.enums.value_type",
    "VariableFlipAngleFlag": "dicomodel.enums.variable_flip_angle_flag",
    "VerificationFlag": "dicomodel.enums.verification_flag",
    "VerificationImageTiming": "dicomodel.enums.verification_image_timing",
    "VerticalAlignment": "dicomodel.enums.vertical_alignment",
    "VerticalPrismBase": "dicomodel.enums.vertical_prism_base",
    "ViewPositionTerm": "dicomodel.enums.view_position",
    "ViewingDistanceType": "dicomodel.enums.viewing_distance_type",
    "VisitStatusIDTerm": "dicomodel.enums.visit_status_id",
    "VisualFieldShapeTerm": "dicomodel.enums.visual_field_shape",
    "VisualFieldTestNormalsFlag": "dicomodel.enums.visual_field_test_normals_flag",
    "VolumeBasedCalculationTechniqueTerm": "dicomodel.enums.volume_based_calculation_technique",
    "VolumeCroppingMethod": "dicomodel.enums.volume_cropping_method",
    "VolumeLocalizationTechniqueTerm": "dicomodel.enums.volume_localization_technique",
    "VolumeToTransducerRelationship": "dicomodel.enums.volume_to_transducer_relationship",
    "VolumetricProperties": "dicomodel.enums.volumetric_properties",
    "VolumetricPropertiesIntravascularOCTImage": "dicomodel.enums.volumetric_properties",
    "VolumetricPropertiesWholeSlideMicroscopyImage": "dicomodel.enums.volumetric_properties",
    "WaterReferenceAcquisition": "dicomodel.enums.water_reference_acquisition",
    "WaterReferencedPhaseCorrection": "dicomodel.enums.water_referenced_phase_correction",
    "WaveformAmplifierType": "dicomodel.enums.waveform_amplifier_type",
    "WaveformFilterType": "dicomodel.enums.waveform_filter_type",
    "WaveformOriginality": "dicomodel.enums.waveform_originality",
    "WaveformSampleInterpretationTerm": "dicomodel.enums.waveform_sample_interpretation",
    "WedgePosition": "dicomodel.enums.wedge_position",
    "WedgePositionRTBeams": "dicomodel.enums.wedge_position",
    "WedgeTypeTerm": "dicomodel.enums.wedge_type",
    "WedgeTypeTermRTIonBeams": "dicomodel.enums.wedge_type",
    "WhitePointFlag": "dicomodel.enums.white_point_flag",
    "XRayReceptorType": "dicomodel.enums.x_ray_receptor_type",
    "XRayReceptorTypeXRay3DCraniofacialAcquisition": "dicomodel.enums.x_ray_receptor_type",
}

if TYPE_CHECKING:
    from dicomodel.enums.absolute_dosimetric_objective_flag import (
        AbsoluteDosimetricObjectiveFlag as AbsoluteDosimetricObjectiveFlag,
    )
    from dicomodel.enums.acoustic_coupling_medium_flag import (
        AcousticCouplingMediumFlag as AcousticCouplingMediumFlag,
    )
    from dicomodel.enums.acquired_subtraction_mask_flag import (
        AcquiredSubtractionMaskFlag as AcquiredSubtractionMaskFlag,
    )
    from dicomodel.enums.acquisition_contrast import (
        AcquisitionContrastTerm as AcquisitionContrastTerm,
    )
    from dicomodel.enums.acquisition_contrast import (
        AcquisitionContrastTermMRSpectroscopyFrameType as AcquisitionContrastTermMRSpectroscopyFrameType,
    )
    from dicomodel.enums.acquisition_method import AcquisitionMethodTerm as AcquisitionMethodTerm
    from dicomodel.enums.acquisition_motion import AcquisitionMotionTerm as AcquisitionMotionTerm
    from dicomodel.enums.acquisition_signal_type import (
        AcquisitionSignalTypeTerm as AcquisitionSignalTypeTerm,
    )
    from dicomodel.enums.acquisition_start_condition import (
        AcquisitionStartConditionTerm as AcquisitionStartConditionTerm,
    )
    from dicomodel.enums.acquisition_start_condition import (
        AcquisitionStartConditionTermEnhancedPETAcquisition as AcquisitionStartConditionTermEnhancedPETAcquisition,
    )
    from dicomodel.enums.acquisition_termination_condition import (
        AcquisitionTerminationConditionTerm as AcquisitionTerminationConditionTerm,
    )
    from dicomodel.enums.acquisition_termination_condition import (
        AcquisitionTerminationConditionTermEnhancedPETAcquisition as AcquisitionTerminationConditionTermEnhancedPETAcquisition,
    )
    from dicomodel.enums.acquisition_termination_condition import (
        AcquisitionTerminationConditionTermPETSeries as AcquisitionTerminationConditionTermPETSeries,
    )
    from dicomodel.enums.acquisition_time_synchronized import (
        AcquisitionTimeSynchronized as AcquisitionTimeSynchronized,
    )
    from dicomodel.enums.acquisition_type import AcquisitionTypeTerm as AcquisitionTypeTerm
    from dicomodel.enums.algorithm_type import AlgorithmTypeTerm as AlgorithmTypeTerm
    from dicomodel.enums.aliased_data_type import AliasedDataType as AliasedDataType
    from dicomodel.enums.allow_lossy_compression import (
        AllowLossyCompression as AllowLossyCompression,
    )
    from dicomodel.enums.allow_media_splitting import AllowMediaSplitting as AllowMediaSplitting
    from dicomodel.enums.alpha_lut_transfer_function import (
        AlphaLUTTransferFunction as AlphaLUTTransferFunction,
    )
    from dicomodel.enums.alternate_beam_dose_type import (
        AlternateBeamDoseType as AlternateBeamDoseType,
    )
    from dicomodel.enums.ambient_light_value_source import (
        AmbientLightValueSource as AmbientLightValueSource,
    )
    from dicomodel.enums.anatomical_orientation_type import (
        AnatomicalOrientationType as AnatomicalOrientationType,
    )
    from dicomodel.enums.anchor_point_annotation_units import (
        AnchorPointAnnotationUnits as AnchorPointAnnotationUnits,
    )
    from dicomodel.enums.anchor_point_visibility import (
        AnchorPointVisibility as AnchorPointVisibility,
    )
    from dicomodel.enums.angio_flag import AngioFlag as AngioFlag
    from dicomodel.enums.annotation_applies_to_all_optical_paths import (
        AnnotationAppliesToAllOpticalPaths as AnnotationAppliesToAllOpticalPaths,
    )
    from dicomodel.enums.annotation_applies_to_all_z_planes import (
        AnnotationAppliesToAllZPlanes as AnnotationAppliesToAllZPlanes,
    )
    from dicomodel.enums.annotation_clipping import AnnotationClipping as AnnotationClipping
    from dicomodel.enums.annotation_coordinate_type import (
        AnnotationCoordinateType as AnnotationCoordinateType,
    )
    from dicomodel.enums.annotation_group_generation_type import (
        AnnotationGroupGenerationType as AnnotationGroupGenerationType,
    )
    from dicomodel.enums.anode_target_material import (
        AnodeTargetMaterialTerm as AnodeTargetMaterialTerm,
    )
    from dicomodel.enums.applicable_safety_standard_agency import (
        ApplicableSafetyStandardAgencyTerm as ApplicableSafetyStandardAgencyTerm,
    )
    from dicomodel.enums.application_setup_check import (
        ApplicationSetupCheck as ApplicationSetupCheck,
    )
    from dicomodel.enums.application_setup_type import (
        ApplicationSetupTypeTerm as ApplicationSetupTypeTerm,
    )
    from dicomodel.enums.applicator_aperture_shape import (
        ApplicatorApertureShapeTerm as ApplicatorApertureShapeTerm,
    )
    from dicomodel.enums.applicator_type import ApplicatorType as ApplicatorType
    from dicomodel.enums.applicator_type import ApplicatorTypeTerm as ApplicatorTypeTerm
    from dicomodel.enums.applicator_type import (
        ApplicatorTypeTermRTIonBeams as ApplicatorTypeTermRTIonBeams,
    )
    from dicomodel.enums.applied_mask_subtraction_flag import (
        AppliedMaskSubtractionFlag as AppliedMaskSubtractionFlag,
    )
    from dicomodel.enums.approval_status import ApprovalStatus as ApprovalStatus
    from dicomodel.enums.archive_requested import ArchiveRequested as ArchiveRequested
    from dicomodel.enums.arterial_spin_labeling_contrast import (
        ArterialSpinLabelingContrast as ArterialSpinLabelingContrast,
    )
    from dicomodel.enums.asl_bolus_cutoff_flag import ASLBolusCutoffFlag as ASLBolusCutoffFlag
    from dicomodel.enums.asl_context import ASLContext as ASLContext
    from dicomodel.enums.asl_crusher_flag import ASLCrusherFlag as ASLCrusherFlag
    from dicomodel.enums.assessment_summary import AssessmentSummary as AssessmentSummary
    from dicomodel.enums.attenuation_corrected import AttenuationCorrected as AttenuationCorrected
    from dicomodel.enums.attenuation_correction_source import (
        AttenuationCorrectionSourceTerm as AttenuationCorrectionSourceTerm,
    )
    from dicomodel.enums.attenuation_correction_temporal_relationship import (
        AttenuationCorrectionTemporalRelationshipTerm as AttenuationCorrectionTemporalRelationshipTerm,
    )
    from dicomodel.enums.auto_kvp_selection_type import (
        AutoKVPSelectionTypeTerm as AutoKVPSelectionTypeTerm,
    )
    from dicomodel.enums.autosequence_flag import AutosequenceFlag as AutosequenceFlag
    from dicomodel.enums.background_color import BackgroundColorTerm as BackgroundColorTerm
    from dicomodel.enums.barcode_symbology import BarcodeSymbologyTerm as BarcodeSymbologyTerm
    from dicomodel.enums.baseline_correction import BaselineCorrectionTerm as BaselineCorrectionTerm
    from dicomodel.enums.beam_dose_meaning import BeamDoseMeaning as BeamDoseMeaning
    from dicomodel.enums.beam_dose_type import BeamDoseType as BeamDoseType
    from dicomodel.enums.beam_hold_transition import BeamHoldTransition as BeamHoldTransition
    from dicomodel.enums.beam_hold_transition_trigger_source import (
        BeamHoldTransitionTriggerSource as BeamHoldTransitionTriggerSource,
    )
    from dicomodel.enums.beam_limiting_device_rotation_direction import (
        BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
    )
    from dicomodel.enums.beam_modifier_coordinates_presence_flag import (
        BeamModifierCoordinatesPresenceFlag as BeamModifierCoordinatesPresenceFlag,
    )
    from dicomodel.enums.beam_stopper_position import BeamStopperPosition as BeamStopperPosition
    from dicomodel.enums.beam_task_type import BeamTaskType as BeamTaskType
    from dicomodel.enums.beam_type import BeamType as BeamType
    from dicomodel.enums.beat_rejection_flag import BeatRejectionFlag as BeatRejectionFlag
    from dicomodel.enums.blending_lut1_transfer_function import (
        BlendingLUT1TransferFunction as BlendingLUT1TransferFunction,
    )
    from dicomodel.enums.blending_lut2_transfer_function import (
        BlendingLUT2TransferFunction as BlendingLUT2TransferFunction,
    )
    from dicomodel.enums.blending_mode import BlendingMode as BlendingMode
    from dicomodel.enums.blending_operation_type import (
        BlendingOperationTypeTerm as BlendingOperationTypeTerm,
    )
    from dicomodel.enums.blending_position import BlendingPosition as BlendingPosition
    from dicomodel.enums.blind_spot_localized import BlindSpotLocalized as BlindSpotLocalized
    from dicomodel.enums.block_divergence import BlockDivergence as BlockDivergence
    from dicomodel.enums.block_identifying_information_status import (
        BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus,
    )
    from dicomodel.enums.block_mounting_position import (
        BlockMountingPosition as BlockMountingPosition,
    )
    from dicomodel.enums.block_orientation import BlockOrientation as BlockOrientation
    from dicomodel.enums.block_type import BlockType as BlockType
    from dicomodel.enums.blood_signal_nulling import BloodSignalNulling as BloodSignalNulling
    from dicomodel.enums.body_part_examined import BodyPartExamined as BodyPartExamined
    from dicomodel.enums.body_part_examined import BodyPartExaminedTerm as BodyPartExaminedTerm
    from dicomodel.enums.bold import Bold as Bold
    from dicomodel.enums.border_density import BorderDensityTerm as BorderDensityTerm
    from dicomodel.enums.bounding_box_annotation_units import (
        BoundingBoxAnnotationUnits as BoundingBoxAnnotationUnits,
    )
    from dicomodel.enums.bounding_box_text_horizontal_justification import (
        BoundingBoxTextHorizontalJustification as BoundingBoxTextHorizontalJustification,
    )
    from dicomodel.enums.brachy_accessory_device_type import (
        BrachyAccessoryDeviceTypeTerm as BrachyAccessoryDeviceTypeTerm,
    )
    from dicomodel.enums.brachy_treatment_technique import (
        BrachyTreatmentTechnique as BrachyTreatmentTechnique,
    )
    from dicomodel.enums.brachy_treatment_type import (
        BrachyTreatmentTypeTerm as BrachyTreatmentTypeTerm,
    )
    from dicomodel.enums.breast_implant_present import BreastImplantPresent as BreastImplantPresent
    from dicomodel.enums.bulk_motion_compensation_technique import (
        BulkMotionCompensationTechniqueTerm as BulkMotionCompensationTechniqueTerm,
    )
    from dicomodel.enums.bulk_motion_signal_source import (
        BulkMotionSignalSourceTerm as BulkMotionSignalSourceTerm,
    )
    from dicomodel.enums.burned_in_annotation import BurnedInAnnotation as BurnedInAnnotation
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImage as BurnedInAnnotationEnhancedMRImage,
    )
    from dicomodel.enums.c_arm_positioner_tabletop_relationship import (
        CArmPositionerTabletopRelationship as CArmPositionerTabletopRelationship,
    )
    from dicomodel.enums.calculation_comment_type import (
        CalculationCommentTypeTerm as CalculationCommentTypeTerm,
    )
    from dicomodel.enums.calibration_image import CalibrationImage as CalibrationImage
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
    from dicomodel.enums.cardiac_signal_source import (
        CardiacSignalSourceTermPerformedCTAcquisition as CardiacSignalSourceTermPerformedCTAcquisition,
    )
    from dicomodel.enums.cardiac_synchronization_technique import (
        CardiacSynchronizationTechnique as CardiacSynchronizationTechnique,
    )
    from dicomodel.enums.cassette_orientation import CassetteOrientation as CassetteOrientation
    from dicomodel.enums.cassette_size import CassetteSizeTerm as CassetteSizeTerm
    from dicomodel.enums.catch_trials_data_flag import CatchTrialsDataFlag as CatchTrialsDataFlag
    from dicomodel.enums.catheter_direction_of_rotation import (
        CatheterDirectionOfRotation as CatheterDirectionOfRotation,
    )
    from dicomodel.enums.certificate_type import CertificateTypeTerm as CertificateTypeTerm
    from dicomodel.enums.certified_timestamp_type import (
        CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm,
    )
    from dicomodel.enums.channel_mode import ChannelMode as ChannelMode
    from dicomodel.enums.coding_scheme_registry import (
        CodingSchemeRegistryTerm as CodingSchemeRegistryTerm,
    )
    from dicomodel.enums.coding_scheme_url_type import (
        CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm,
    )
    from dicomodel.enums.collimator_type import CollimatorTypeTerm as CollimatorTypeTerm
    from dicomodel.enums.collimator_type import (
        CollimatorTypeTermPETSeries as CollimatorTypeTermPETSeries,
    )
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.compensator_divergence import (
        CompensatorDivergence as CompensatorDivergence,
    )
    from dicomodel.enums.compensator_map_orientation import (
        CompensatorMapOrientation as CompensatorMapOrientation,
    )
    from dicomodel.enums.compensator_mounting_position import (
        CompensatorMountingPosition as CompensatorMountingPosition,
    )
    from dicomodel.enums.compensator_type import CompensatorTypeTerm as CompensatorTypeTerm
    from dicomodel.enums.completion_flag import CompletionFlag as CompletionFlag
    from dicomodel.enums.complex_image_component import (
        ComplexImageComponentTerm as ComplexImageComponentTerm,
    )
    from dicomodel.enums.complex_image_component import (
        ComplexImageComponentTermMRSpectroscopyFrameType as ComplexImageComponentTermMRSpectroscopyFrameType,
    )
    from dicomodel.enums.component_type import ComponentType as ComponentType
    from dicomodel.enums.compound_graphic_type import (
        CompoundGraphicTypeTerm as CompoundGraphicTypeTerm,
    )
    from dicomodel.enums.compound_graphic_units import CompoundGraphicUnits as CompoundGraphicUnits
    from dicomodel.enums.conceptual_volume_blocking_constraint import (
        ConceptualVolumeBlockingConstraint as ConceptualVolumeBlockingConstraint,
    )
    from dicomodel.enums.conceptual_volume_combination_flag import (
        ConceptualVolumeCombinationFlag as ConceptualVolumeCombinationFlag,
    )
    from dicomodel.enums.conceptual_volume_segmentation_defined_flag import (
        ConceptualVolumeSegmentationDefinedFlag as ConceptualVolumeSegmentationDefinedFlag,
    )
    from dicomodel.enums.configuration_information import (
        ConfigurationInformationTerm as ConfigurationInformationTerm,
    )
    from dicomodel.enums.confocal_mode import ConfocalMode as ConfocalMode
    from dicomodel.enums.consent_for_distribution_flag import (
        ConsentForDistributionFlag as ConsentForDistributionFlag,
    )
    from dicomodel.enums.constant_volume_flag import ConstantVolumeFlag as ConstantVolumeFlag
    from dicomodel.enums.constraint_type import ConstraintType as ConstraintType
    from dicomodel.enums.constraint_violation_significance import (
        ConstraintViolationSignificance as ConstraintViolationSignificance,
    )
    from dicomodel.enums.contact_method import ContactMethod as ContactMethod
    from dicomodel.enums.container_component_material import (
        ContainerComponentMaterialTerm as ContainerComponentMaterialTerm,
    )
    from dicomodel.enums.container_file_type import ContainerFileTypeTerm as ContainerFileTypeTerm
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.continuity_of_content import ContinuityOfContent as ContinuityOfContent
    from dicomodel.enums.contour_geometric_type import ContourGeometricType as ContourGeometricType
    from dicomodel.enums.contrast_bolus_agent_administered import (
        ContrastBolusAgentAdministered as ContrastBolusAgentAdministered,
    )
    from dicomodel.enums.contrast_bolus_agent_detected import (
        ContrastBolusAgentDetected as ContrastBolusAgentDetected,
    )
    from dicomodel.enums.contrast_bolus_agent_phase import (
        ContrastBolusAgentPhaseTerm as ContrastBolusAgentPhaseTerm,
    )
    from dicomodel.enums.contrast_bolus_auto_injection_trigger_flag import (
        ContrastBolusAutoInjectionTriggerFlag as ContrastBolusAutoInjectionTriggerFlag,
    )
    from dicomodel.enums.contrast_bolus_ingredient import (
        ContrastBolusIngredientTerm as ContrastBolusIngredientTerm,
    )
    from dicomodel.enums.contrast_bolus_ingredient_opaque import (
        ContrastBolusIngredientOpaque as ContrastBolusIngredientOpaque,
    )
    from dicomodel.enums.conversion_type import ConversionTypeTerm as ConversionTypeTerm
    from dicomodel.enums.conversion_type import (
        ConversionTypeTermRTImage as ConversionTypeTermRTImage,
    )
    from dicomodel.enums.convolution_kernel_group import (
        ConvolutionKernelGroupTerm as ConvolutionKernelGroupTerm,
    )
    from dicomodel.enums.corneal_point_estimated import (
        CornealPointEstimated as CornealPointEstimated,
    )
    from dicomodel.enums.corneal_topography_map_quality_evaluation import (
        CornealTopographyMapQualityEvaluation as CornealTopographyMapQualityEvaluation,
    )
    from dicomodel.enums.corneal_topography_surface import (
        CornealTopographySurface as CornealTopographySurface,
    )
    from dicomodel.enums.corrected_localized_deviation_from_normal_calculated import (
        CorrectedLocalizedDeviationFromNormalCalculated as CorrectedLocalizedDeviationFromNormalCalculated,
    )
    from dicomodel.enums.corrected_localized_deviation_from_normal_probability_calculated import (
        CorrectedLocalizedDeviationFromNormalProbabilityCalculated as CorrectedLocalizedDeviationFromNormalProbabilityCalculated,
    )
    from dicomodel.enums.count_loss_normalization_corrected import (
        CountLossNormalizationCorrected as CountLossNormalizationCorrected,
    )
    from dicomodel.enums.counts_source import CountsSource as CountsSource
    from dicomodel.enums.coverage_of_k_space import CoverageOfKSpaceTerm as CoverageOfKSpaceTerm
    from dicomodel.enums.crop import Crop as Crop
    from dicomodel.enums.current_treatment_status import (
        CurrentTreatmentStatus as CurrentTreatmentStatus,
    )
    from dicomodel.enums.data_path_assignment import DataPathAssignment as DataPathAssignment
    from dicomodel.enums.data_path_id import DataPathID as DataPathID
    from dicomodel.enums.data_representation import DataRepresentation as DataRepresentation
    from dicomodel.enums.data_type import DataTypeTerm as DataTypeTerm
    from dicomodel.enums.dead_time_corrected import DeadTimeCorrected as DeadTimeCorrected
    from dicomodel.enums.decay_corrected import DecayCorrected as DecayCorrected
    from dicomodel.enums.decay_correction import DecayCorrectionTerm as DecayCorrectionTerm
    from dicomodel.enums.decimate_crop_result import DecimateCropResult as DecimateCropResult
    from dicomodel.enums.decomposition_method import (
        DecompositionMethodTerm as DecompositionMethodTerm,
    )
    from dicomodel.enums.decoupling import Decoupling as Decoupling
    from dicomodel.enums.decoupling_method import DecouplingMethodTerm as DecouplingMethodTerm
    from dicomodel.enums.degree_of_freedom_type import DegreeOfFreedomType as DegreeOfFreedomType
    from dicomodel.enums.deidentification_action import (
        DeidentificationAction as DeidentificationAction,
    )
    from dicomodel.enums.delivered_reference_dose_definition import (
        DeliveredReferenceDoseDefinitionTerm as DeliveredReferenceDoseDefinitionTerm,
    )
    from dicomodel.enums.depth_value_averaging_flag import (
        DepthValueAveragingFlag as DepthValueAveragingFlag,
    )
    from dicomodel.enums.detector_active_shape import DetectorActiveShape as DetectorActiveShape
    from dicomodel.enums.detector_conditions_nominal_flag import (
        DetectorConditionsNominalFlag as DetectorConditionsNominalFlag,
    )
    from dicomodel.enums.detector_configuration import (
        DetectorConfigurationTerm as DetectorConfigurationTerm,
    )
    from dicomodel.enums.detector_geometry import DetectorGeometryTerm as DetectorGeometryTerm
    from dicomodel.enums.detector_normalization_correction import (
        DetectorNormalizationCorrection as DetectorNormalizationCorrection,
    )
    from dicomodel.enums.detector_positioning_type import (
        DetectorPositioningType as DetectorPositioningType,
    )
    from dicomodel.enums.detector_type import DetectorTypeTerm as DetectorTypeTerm
    from dicomodel.enums.detector_type import (
        DetectorTypeTermBreastTomosynthesisContributingSources as DetectorTypeTermBreastTomosynthesisContributingSources,
    )
    from dicomodel.enums.detector_type import (
        DetectorTypeTermOphthalmicPhotographicParameters as DetectorTypeTermOphthalmicPhotographicParameters,
    )
    from dicomodel.enums.detector_type import (
        DetectorTypeTermOphthalmicTomographyParameters as DetectorTypeTermOphthalmicTomographyParameters,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.device_diameter_units import (
        DeviceDiameterUnitsTerm as DeviceDiameterUnitsTerm,
    )
    from dicomodel.enums.device_motion_execution_mode import (
        DeviceMotionExecutionMode as DeviceMotionExecutionMode,
    )
    from dicomodel.enums.device_motion_observation_mode import (
        DeviceMotionObservationMode as DeviceMotionObservationMode,
    )
    from dicomodel.enums.diffusion_anisotropy_type import (
        DiffusionAnisotropyTypeTerm as DiffusionAnisotropyTypeTerm,
    )
    from dicomodel.enums.diffusion_directionality import (
        DiffusionDirectionalityTerm as DiffusionDirectionalityTerm,
    )
    from dicomodel.enums.digitizing_device_transport_direction import (
        DigitizingDeviceTransportDirection as DigitizingDeviceTransportDirection,
    )
    from dicomodel.enums.dimension_organization_type import (
        DimensionOrganizationType as DimensionOrganizationType,
    )
    from dicomodel.enums.dimension_organization_type import (
        DimensionOrganizationTypeTerm as DimensionOrganizationTypeTerm,
    )
    from dicomodel.enums.dimension_organization_type import (
        DimensionOrganizationTypeTermPhotoacousticImage as DimensionOrganizationTypeTermPhotoacousticImage,
    )
    from dicomodel.enums.directory_record_type import DirectoryRecordType as DirectoryRecordType
    from dicomodel.enums.display_function_type import DisplayFunctionType as DisplayFunctionType
    from dicomodel.enums.display_set_horizontal_justification import (
        DisplaySetHorizontalJustification as DisplaySetHorizontalJustification,
    )
    from dicomodel.enums.display_set_vertical_justification import (
        DisplaySetVerticalJustification as DisplaySetVerticalJustification,
    )
    from dicomodel.enums.display_shading_flag import DisplayShadingFlag as DisplayShadingFlag
    from dicomodel.enums.distribution_type import DistributionTypeTerm as DistributionTypeTerm
    from dicomodel.enums.dose_calibration_conditions_verified_flag import (
        DoseCalibrationConditionsVerifiedFlag as DoseCalibrationConditionsVerifiedFlag,
    )
    from dicomodel.enums.dose_reference_structure_type import (
        DoseReferenceStructureTypeTerm as DoseReferenceStructureTypeTerm,
    )
    from dicomodel.enums.dose_reference_type import DoseReferenceTypeTerm as DoseReferenceTypeTerm
    from dicomodel.enums.dose_summation_type import DoseSummationTypeTerm as DoseSummationTypeTerm
    from dicomodel.enums.dose_type import DoseTypeTerm as DoseTypeTerm
    from dicomodel.enums.dose_units import DoseUnits as DoseUnits
    from dicomodel.enums.dose_value_interpretation import (
        DoseValueInterpretation as DoseValueInterpretation,
    )
    from dicomodel.enums.dosimetric_objective_evaluation_scope import (
        DosimetricObjectiveEvaluationScope as DosimetricObjectiveEvaluationScope,
    )
    from dicomodel.enums.dosimetric_objective_purpose import (
        DosimetricObjectivePurpose as DosimetricObjectivePurpose,
    )
    from dicomodel.enums.double_exposure_flag import DoubleExposureFlag as DoubleExposureFlag
    from dicomodel.enums.double_exposure_ordering import (
        DoubleExposureOrderingTerm as DoubleExposureOrderingTerm,
    )
    from dicomodel.enums.dvh_type import DVHType as DVHType
    from dicomodel.enums.dvh_volume_units import DVHVolumeUnitsTerm as DVHVolumeUnitsTerm
    from dicomodel.enums.dvhroi_contribution_type import (
        DVHROIContributionType as DVHROIContributionType,
    )
    from dicomodel.enums.echo_planar_pulse_sequence import (
        EchoPlanarPulseSequence as EchoPlanarPulseSequence,
    )
    from dicomodel.enums.echo_pulse_sequence import EchoPulseSequence as EchoPulseSequence
    from dicomodel.enums.empty_image_density import EmptyImageDensityTerm as EmptyImageDensityTerm
    from dicomodel.enums.ending_respiratory_phase import (
        EndingRespiratoryPhase as EndingRespiratoryPhase,
    )
    from dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag import (
        EnhancedRTBeamLimitingDeviceDefinitionFlag as EnhancedRTBeamLimitingDeviceDefinitionFlag,
    )
    from dicomodel.enums.entrance_dose_derivation import (
        EntranceDoseDerivation as EntranceDoseDerivation,
    )
    from dicomodel.enums.equipment_coordinate_system_identification import (
        EquipmentCoordinateSystemIdentificationTerm as EquipmentCoordinateSystemIdentificationTerm,
    )
    from dicomodel.enums.equipment_modality import EquipmentModalityTerm as EquipmentModalityTerm
    from dicomodel.enums.excessive_false_negatives import (
        ExcessiveFalseNegatives as ExcessiveFalseNegatives,
    )
    from dicomodel.enums.excessive_false_negatives_data_flag import (
        ExcessiveFalseNegativesDataFlag as ExcessiveFalseNegativesDataFlag,
    )
    from dicomodel.enums.excessive_false_positives import (
        ExcessiveFalsePositives as ExcessiveFalsePositives,
    )
    from dicomodel.enums.excessive_false_positives_data_flag import (
        ExcessiveFalsePositivesDataFlag as ExcessiveFalsePositivesDataFlag,
    )
    from dicomodel.enums.excessive_fixation_losses import (
        ExcessiveFixationLosses as ExcessiveFixationLosses,
    )
    from dicomodel.enums.excessive_fixation_losses_data_flag import (
        ExcessiveFixationLossesDataFlag as ExcessiveFixationLossesDataFlag,
    )
    from dicomodel.enums.exclusive_component_type import (
        ExclusiveComponentTypeTerm as ExclusiveComponentTypeTerm,
    )
    from dicomodel.enums.execution_status import ExecutionStatus as ExecutionStatus
    from dicomodel.enums.execution_status import (
        ExecutionStatusMediaCreationManagement as ExecutionStatusMediaCreationManagement,
    )
    from dicomodel.enums.execution_status_info import (
        ExecutionStatusInfoTerm as ExecutionStatusInfoTerm,
    )
    from dicomodel.enums.execution_status_info import (
        ExecutionStatusInfoTermMediaCreationManagement as ExecutionStatusInfoTermMediaCreationManagement,
    )
    from dicomodel.enums.exposure_control_mode import (
        ExposureControlModeTerm as ExposureControlModeTerm,
    )
    from dicomodel.enums.exposure_control_mode import (
        ExposureControlModeTermEnhancedMammographyImage as ExposureControlModeTermEnhancedMammographyImage,
    )
    from dicomodel.enums.exposure_control_sensing_region_shape import (
        ExposureControlSensingRegionShape as ExposureControlSensingRegionShape,
    )
    from dicomodel.enums.exposure_status import ExposureStatusTerm as ExposureStatusTerm
    from dicomodel.enums.extended_depth_of_field import ExtendedDepthOfField as ExtendedDepthOfField
    from dicomodel.enums.false_negatives_estimate_flag import (
        FalseNegativesEstimateFlag as FalseNegativesEstimateFlag,
    )
    from dicomodel.enums.false_positives_estimate_flag import (
        FalsePositivesEstimateFlag as FalsePositivesEstimateFlag,
    )
    from dicomodel.enums.field_of_view_horizontal_flip import (
        FieldOfViewHorizontalFlip as FieldOfViewHorizontalFlip,
    )
    from dicomodel.enums.field_of_view_horizontal_flip import (
        FieldOfViewHorizontalFlipDXDetector as FieldOfViewHorizontalFlipDXDetector,
    )
    from dicomodel.enums.field_of_view_shape import FieldOfViewShape as FieldOfViewShape
    from dicomodel.enums.field_of_view_shape import (
        FieldOfViewShapeBreastTomosynthesisAcquisition as FieldOfViewShapeBreastTomosynthesisAcquisition,
    )
    from dicomodel.enums.field_of_view_shape import FieldOfViewShapeTerm as FieldOfViewShapeTerm
    from dicomodel.enums.field_of_view_shape import (
        FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters as FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters,
    )
    from dicomodel.enums.field_of_view_shape import (
        FieldOfViewShapeTermPETSeries as FieldOfViewShapeTermPETSeries,
    )
    from dicomodel.enums.field_of_view_shape import (
        FieldOfViewShapeTermXRayAcquisition as FieldOfViewShapeTermXRayAcquisition,
    )
    from dicomodel.enums.fill_mode import FillMode as FillMode
    from dicomodel.enums.film_destination import FilmDestinationTerm as FilmDestinationTerm
    from dicomodel.enums.film_orientation import FilmOrientation as FilmOrientation
    from dicomodel.enums.film_size_id import FilmSizeIDTerm as FilmSizeIDTerm
    from dicomodel.enums.filter_by_attribute_presence import (
        FilterByAttributePresence as FilterByAttributePresence,
    )
    from dicomodel.enums.filter_by_category import FilterByCategoryTerm as FilterByCategoryTerm
    from dicomodel.enums.filter_by_operator import FilterByOperator as FilterByOperator
    from dicomodel.enums.filter_type import FilterTypeTerm as FilterTypeTerm
    from dicomodel.enums.filter_type import (
        FilterTypeTermCTXRayDetails as FilterTypeTermCTXRayDetails,
    )
    from dicomodel.enums.filter_type import (
        FilterTypeTermPerformedCTAcquisition as FilterTypeTermPerformedCTAcquisition,
    )
    from dicomodel.enums.finite_volume import FiniteVolume as FiniteVolume
    from dicomodel.enums.first_order_phase_correction import (
        FirstOrderPhaseCorrection as FirstOrderPhaseCorrection,
    )
    from dicomodel.enums.fixation_device_type import FixationDeviceType as FixationDeviceType
    from dicomodel.enums.fixation_device_type import (
        FixationDeviceTypeTerm as FixationDeviceTypeTerm,
    )
    from dicomodel.enums.fixation_eye import FixationEye as FixationEye
    from dicomodel.enums.flow_compensation import FlowCompensationTerm as FlowCompensationTerm
    from dicomodel.enums.flow_compensation_direction import (
        FlowCompensationDirection as FlowCompensationDirection,
    )
    from dicomodel.enums.fluence_data_source import FluenceDataSource as FluenceDataSource
    from dicomodel.enums.fluence_mode import FluenceMode as FluenceMode
    from dicomodel.enums.fluoroscopy_flag import FluoroscopyFlag as FluoroscopyFlag
    from dicomodel.enums.fluoroscopy_last_image_hold_persistence_flag import (
        FluoroscopyLastImageHoldPersistenceFlag as FluoroscopyLastImageHoldPersistenceFlag,
    )
    from dicomodel.enums.fluoroscopy_persistence_flag import (
        FluoroscopyPersistenceFlag as FluoroscopyPersistenceFlag,
    )
    from dicomodel.enums.focus_method import FocusMethod as FocusMethod
    from dicomodel.enums.font_name_type import FontNameTypeTerm as FontNameTypeTerm
    from dicomodel.enums.foveal_point_normative_data_flag import (
        FovealPointNormativeDataFlag as FovealPointNormativeDataFlag,
    )
    from dicomodel.enums.foveal_sensitivity_measured import (
        FovealSensitivityMeasured as FovealSensitivityMeasured,
    )
    from dicomodel.enums.fraction_based_relationship_interval_anchor import (
        FractionBasedRelationshipIntervalAnchor as FractionBasedRelationshipIntervalAnchor,
    )
    from dicomodel.enums.fraction_group_type import FractionGroupType as FractionGroupType
    from dicomodel.enums.frame_laterality import FrameLaterality as FrameLaterality
    from dicomodel.enums.frame_of_reference_transformation_matrix_type import (
        FrameOfReferenceTransformationMatrixType as FrameOfReferenceTransformationMatrixType,
    )
    from dicomodel.enums.frame_of_reference_transformation_matrix_type import (
        FrameOfReferenceTransformationMatrixTypeTerm as FrameOfReferenceTransformationMatrixTypeTerm,
    )
    from dicomodel.enums.frequency_correction import FrequencyCorrection as FrequencyCorrection
    from dicomodel.enums.functional_settling_phase_frames_present import (
        FunctionalSettlingPhaseFramesPresent as FunctionalSettlingPhaseFramesPresent,
    )
    from dicomodel.enums.gantry_motion_corrected import (
        GantryMotionCorrected as GantryMotionCorrected,
    )
    from dicomodel.enums.gantry_pitch_rotation_direction import (
        GantryPitchRotationDirection as GantryPitchRotationDirection,
    )
    from dicomodel.enums.gantry_rotation_direction import (
        GantryRotationDirection as GantryRotationDirection,
    )
    from dicomodel.enums.general_accessory_type import (
        GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm,
    )
    from dicomodel.enums.generalized_defect_corrected_sensitivity_deviation_flag import (
        GeneralizedDefectCorrectedSensitivityDeviationFlag as GeneralizedDefectCorrectedSensitivityDeviationFlag,
    )
    from dicomodel.enums.geometrical_properties import (
        GeometricalProperties as GeometricalProperties,
    )
    from dicomodel.enums.geometry_for_display import GeometryForDisplay as GeometryForDisplay
    from dicomodel.enums.geometry_of_k_space_traversal import (
        GeometryOfKSpaceTraversalTerm as GeometryOfKSpaceTraversalTerm,
    )
    from dicomodel.enums.global_crop import GlobalCrop as GlobalCrop
    from dicomodel.enums.global_deviation_probability_normals_flag import (
        GlobalDeviationProbabilityNormalsFlag as GlobalDeviationProbabilityNormalsFlag,
    )
    from dicomodel.enums.gps_dest_bearing_ref import GPSDestBearingRef as GPSDestBearingRef
    from dicomodel.enums.gps_dest_distance_ref import GPSDestDistanceRef as GPSDestDistanceRef
    from dicomodel.enums.gps_dest_latitude_ref import GPSDestLatitudeRef as GPSDestLatitudeRef
    from dicomodel.enums.gps_dest_longitude_ref import GPSDestLongitudeRef as GPSDestLongitudeRef
    from dicomodel.enums.gps_img_direction_ref import GPSImgDirectionRef as GPSImgDirectionRef
    from dicomodel.enums.gps_latitude_ref import GPSLatitudeRef as GPSLatitudeRef
    from dicomodel.enums.gps_longitude_ref import GPSLongitudeRef as GPSLongitudeRef
    from dicomodel.enums.gps_measure_mode import GPSMeasureMode as GPSMeasureMode
    from dicomodel.enums.gps_speed_ref import GPSSpeedRef as GPSSpeedRef
    from dicomodel.enums.gps_status import GPSStatus as GPSStatus
    from dicomodel.enums.gps_track_ref import GPSTrackRef as GPSTrackRef
    from dicomodel.enums.gradient_output_type import (
        GradientOutputTypeTerm as GradientOutputTypeTerm,
    )
    from dicomodel.enums.graphic_annotation_units import (
        GraphicAnnotationUnits as GraphicAnnotationUnits,
    )
    from dicomodel.enums.graphic_filled import GraphicFilled as GraphicFilled
    from dicomodel.enums.graphic_type import GraphicType as GraphicType
    from dicomodel.enums.graphic_type import (
        GraphicTypeDocumentContent as GraphicTypeDocumentContent,
    )
    from dicomodel.enums.graphic_type import (
        GraphicTypeGraphicAnnotation as GraphicTypeGraphicAnnotation,
    )
    from dicomodel.enums.graphic_type import (
        GraphicTypeMicroscopyBulkSimpleAnnotations as GraphicTypeMicroscopyBulkSimpleAnnotations,
    )
    from dicomodel.enums.hanging_protocol_level import HangingProtocolLevel as HangingProtocolLevel
    from dicomodel.enums.high_dose_technique_type import (
        HighDoseTechniqueTypeTerm as HighDoseTechniqueTypeTerm,
    )
    from dicomodel.enums.horizontal_alignment import HorizontalAlignment as HorizontalAlignment
    from dicomodel.enums.horizontal_prism_base import HorizontalPrismBase as HorizontalPrismBase
    from dicomodel.enums.illumination_translation_flag import (
        IlluminationTranslationFlag as IlluminationTranslationFlag,
    )
    from dicomodel.enums.image_box_large_scroll_type import (
        ImageBoxLargeScrollType as ImageBoxLargeScrollType,
    )
    from dicomodel.enums.image_box_layout_type import (
        ImageBoxLayoutTypeTerm as ImageBoxLayoutTypeTerm,
    )
    from dicomodel.enums.image_box_layout_type import (
        ImageBoxLayoutTypeTermHangingProtocolDisplay as ImageBoxLayoutTypeTermHangingProtocolDisplay,
    )
    from dicomodel.enums.image_box_scroll_direction import (
        ImageBoxScrollDirection as ImageBoxScrollDirection,
    )
    from dicomodel.enums.image_box_small_scroll_type import (
        ImageBoxSmallScrollType as ImageBoxSmallScrollType,
    )
    from dicomodel.enums.image_display_format import ImageDisplayFormat as ImageDisplayFormat
    from dicomodel.enums.image_horizontal_flip import ImageHorizontalFlip as ImageHorizontalFlip
    from dicomodel.enums.image_laterality import ImageLaterality as ImageLaterality
    from dicomodel.enums.image_laterality import (
        ImageLateralityMammographyImage as ImageLateralityMammographyImage,
    )
    from dicomodel.enums.image_laterality import (
        ImageLateralityOphthalmicThicknessMap as ImageLateralityOphthalmicThicknessMap,
    )
    from dicomodel.enums.image_set_selector_category import (
        ImageSetSelectorCategory as ImageSetSelectorCategory,
    )
    from dicomodel.enums.image_set_selector_usage_flag import (
        ImageSetSelectorUsageFlag as ImageSetSelectorUsageFlag,
    )
    from dicomodel.enums.imaging_aperture_specification_type import (
        ImagingApertureSpecificationType as ImagingApertureSpecificationType,
    )
    from dicomodel.enums.imaging_source_location_specification_type import (
        ImagingSourceLocationSpecificationType as ImagingSourceLocationSpecificationType,
    )
    from dicomodel.enums.impedance_measurement_current_type import (
        ImpedanceMeasurementCurrentTypeTerm as ImpedanceMeasurementCurrentTypeTerm,
    )
    from dicomodel.enums.implant_assembly_template_type import (
        ImplantAssemblyTemplateType as ImplantAssemblyTemplateType,
    )
    from dicomodel.enums.implant_type import ImplantType as ImplantType
    from dicomodel.enums.in_plane_phase_encoding_direction import (
        InPlanePhaseEncodingDirection as InPlanePhaseEncodingDirection,
    )
    from dicomodel.enums.in_plane_phase_encoding_direction import (
        InPlanePhaseEncodingDirectionMRImage as InPlanePhaseEncodingDirectionMRImage,
    )
    from dicomodel.enums.include_display_application import (
        IncludeDisplayApplication as IncludeDisplayApplication,
    )
    from dicomodel.enums.include_non_dicom_objects import (
        IncludeNonDICOMObjectsTerm as IncludeNonDICOMObjectsTerm,
    )
    from dicomodel.enums.includes_imaging_subject import (
        IncludesImagingSubject as IncludesImagingSubject,
    )
    from dicomodel.enums.includes_information import IncludesInformation as IncludesInformation
    from dicomodel.enums.index_normals_flag import IndexNormalsFlag as IndexNormalsFlag
    from dicomodel.enums.initial_cine_run_state import (
        InitialCineRunStateTerm as InitialCineRunStateTerm,
    )
    from dicomodel.enums.input_readiness_state import InputReadinessState as InputReadinessState
    from dicomodel.enums.instance_availability import InstanceAvailability as InstanceAvailability
    from dicomodel.enums.instance_origin_status import InstanceOriginStatus as InstanceOriginStatus
    from dicomodel.enums.instruction_performed_flag import (
        InstructionPerformedFlag as InstructionPerformedFlag,
    )
    from dicomodel.enums.intensifier_active_shape import (
        IntensifierActiveShape as IntensifierActiveShape,
    )
    from dicomodel.enums.interoperability_index import (
        InteroperabilityIndexTerm as InteroperabilityIndexTerm,
    )
    from dicomodel.enums.interpolation_type import InterpolationTypeTerm as InterpolationTypeTerm
    from dicomodel.enums.intervention_status import InterventionStatus as InterventionStatus
    from dicomodel.enums.inventory_completion_status import (
        InventoryCompletionStatus as InventoryCompletionStatus,
    )
    from dicomodel.enums.inventory_level import InventoryLevel as InventoryLevel
    from dicomodel.enums.inversion_recovery import InversionRecovery as InversionRecovery
    from dicomodel.enums.italic import Italic as Italic
    from dicomodel.enums.iterative_reconstruction_method import (
        IterativeReconstructionMethod as IterativeReconstructionMethod,
    )
    from dicomodel.enums.ivus_acquisition import IVUSAcquisition as IVUSAcquisition
    from dicomodel.enums.ivus_acquisition import IVUSAcquisitionTerm as IVUSAcquisitionTerm
    from dicomodel.enums.k_space_filtering import KSpaceFilteringTerm as KSpaceFilteringTerm
    from dicomodel.enums.label_using_information_extracted_from_instances import (
        LabelUsingInformationExtractedFromInstances as LabelUsingInformationExtractedFromInstances,
    )
    from dicomodel.enums.lateral_spreading_device_type import (
        LateralSpreadingDeviceTypeTerm as LateralSpreadingDeviceTypeTerm,
    )
    from dicomodel.enums.laterality import Laterality as Laterality
    from dicomodel.enums.laterality import (
        LateralityHangingProtocolDefinition as LateralityHangingProtocolDefinition,
    )
    from dicomodel.enums.lens_segment_type import LensSegmentType as LensSegmentType
    from dicomodel.enums.light_source_polarization import (
        LightSourcePolarization as LightSourcePolarization,
    )
    from dicomodel.enums.line_dashing_style import LineDashingStyle as LineDashingStyle
    from dicomodel.enums.local_deviation_probability_normals_flag import (
        LocalDeviationProbabilityNormalsFlag as LocalDeviationProbabilityNormalsFlag,
    )
    from dicomodel.enums.longitudinal_temporal_event_type import (
        LongitudinalTemporalEventTypeTerm as LongitudinalTemporalEventTypeTerm,
    )
    from dicomodel.enums.longitudinal_temporal_information_modified import (
        LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.lut_function import LUTFunction as LUTFunction
    from dicomodel.enums.lut_function import LUTFunctionTerm as LUTFunctionTerm
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.magnetization_transfer import (
        MagnetizationTransfer as MagnetizationTransfer,
    )
    from dicomodel.enums.magnification_type import MagnificationTypeTerm as MagnificationTypeTerm
    from dicomodel.enums.mandatory_component_type import (
        MandatoryComponentTypeTerm as MandatoryComponentTypeTerm,
    )
    from dicomodel.enums.manifold import Manifold as Manifold
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.mask_operation import MaskOperation as MaskOperation
    from dicomodel.enums.mask_operation import MaskOperationTerm as MaskOperationTerm
    from dicomodel.enums.mask_selection_mode import MaskSelectionMode as MaskSelectionMode
    from dicomodel.enums.measured_dose_type import MeasuredDoseTypeTerm as MeasuredDoseTypeTerm
    from dicomodel.enums.measurement_equipment_type import (
        MeasurementEquipmentType as MeasurementEquipmentType,
    )
    from dicomodel.enums.measurement_laterality import (
        MeasurementLaterality as MeasurementLaterality,
    )
    from dicomodel.enums.medium_type import MediumTypeTerm as MediumTypeTerm
    from dicomodel.enums.mime_type_of_encapsulated_document import (
        MIMETypeOfEncapsulatedDocument as MIMETypeOfEncapsulatedDocument,
    )
    from dicomodel.enums.modality import Modality as Modality
    from dicomodel.enums.modality import (
        ModalityAutorefractionMeasurementsSeries as ModalityAutorefractionMeasurementsSeries,
    )
    from dicomodel.enums.modality import ModalityCTProtocolSeries as ModalityCTProtocolSeries
    from dicomodel.enums.modality import ModalityCTSeries as ModalityCTSeries
    from dicomodel.enums.modality import ModalityDXSeries as ModalityDXSeries
    from dicomodel.enums.modality import ModalityEnhancedPETSeries as ModalityEnhancedPETSeries
    from dicomodel.enums.modality import ModalityEnhancedRTSeries as ModalityEnhancedRTSeries
    from dicomodel.enums.modality import ModalityEnhancedUSSeries as ModalityEnhancedUSSeries
    from dicomodel.enums.modality import (
        ModalityIntraocularLensCalculationsSeries as ModalityIntraocularLensCalculationsSeries,
    )
    from dicomodel.enums.modality import ModalityIntraOralSeries as ModalityIntraOralSeries
    from dicomodel.enums.modality import (
        ModalityIntravascularOCTSeries as ModalityIntravascularOCTSeries,
    )
    from dicomodel.enums.modality import (
        ModalityKeratometryMeasurementsSeries as ModalityKeratometryMeasurementsSeries,
    )
    from dicomodel.enums.modality import (
        ModalityKeyObjectDocumentSeries as ModalityKeyObjectDocumentSeries,
    )
    from dicomodel.enums.modality import (
        ModalityLensometryMeasurementsSeries as ModalityLensometryMeasurementsSeries,
    )
    from dicomodel.enums.modality import ModalityMammographySeries as ModalityMammographySeries
    from dicomodel.enums.modality import (
        ModalityMicroscopyBulkSimpleAnnotationsSeries as ModalityMicroscopyBulkSimpleAnnotationsSeries,
    )
    from dicomodel.enums.modality import ModalityMRSeries as ModalityMRSeries
    from dicomodel.enums.modality import (
        ModalityOphthalmicAxialMeasurementsSeries as ModalityOphthalmicAxialMeasurementsSeries,
    )
    from dicomodel.enums.modality import (
        ModalityOphthalmicPhotographySeries as ModalityOphthalmicPhotographySeries,
    )
    from dicomodel.enums.modality import (
        ModalityOphthalmicThicknessMapSeries as ModalityOphthalmicThicknessMapSeries,
    )
    from dicomodel.enums.modality import (
        ModalityOphthalmicTomographyBScanVolumeAnalysisSeries as ModalityOphthalmicTomographyBScanVolumeAnalysisSeries,
    )
    from dicomodel.enums.modality import (
        ModalityOphthalmicTomographyEnFaceSeries as ModalityOphthalmicTomographyEnFaceSeries,
    )
    from dicomodel.enums.modality import (
        ModalityOphthalmicTomographySeries as ModalityOphthalmicTomographySeries,
    )
    from dicomodel.enums.modality import (
        ModalityOpticalSurfaceScannerSeries as ModalityOpticalSurfaceScannerSeries,
    )
    from dicomodel.enums.modality import ModalityPresentationSeries as ModalityPresentationSeries
    from dicomodel.enums.modality import (
        ModalityRealWorldValueMappingSeries as ModalityRealWorldValueMappingSeries,
    )
    from dicomodel.enums.modality import ModalitySegmentationSeries as ModalitySegmentationSeries
    from dicomodel.enums.modality import (
        ModalitySpatialFiducialsSeries as ModalitySpatialFiducialsSeries,
    )
    from dicomodel.enums.modality import (
        ModalitySpatialRegistrationSeries as ModalitySpatialRegistrationSeries,
    )
    from dicomodel.enums.modality import ModalitySRDocumentSeries as ModalitySRDocumentSeries
    from dicomodel.enums.modality import ModalityStereometricSeries as ModalityStereometricSeries
    from dicomodel.enums.modality import (
        ModalitySubjectiveRefractionMeasurementsSeries as ModalitySubjectiveRefractionMeasurementsSeries,
    )
    from dicomodel.enums.modality import ModalityTerm as ModalityTerm
    from dicomodel.enums.modality import (
        ModalityVisualAcuityMeasurementsSeries as ModalityVisualAcuityMeasurementsSeries,
    )
    from dicomodel.enums.modality import (
        ModalityVisualFieldStaticPerimetryMeasurementsSeries as ModalityVisualFieldStaticPerimetryMeasurementsSeries,
    )
    from dicomodel.enums.modality import (
        ModalityWholeSlideMicroscopySeries as ModalityWholeSlideMicroscopySeries,
    )
    from dicomodel.enums.modality import ModalityXAProtocolSeries as ModalityXAProtocolSeries
    from dicomodel.enums.modality import ModalityXAXRFSeries as ModalityXAXRFSeries
    from dicomodel.enums.model_mirroring import ModelMirroring as ModelMirroring
    from dicomodel.enums.model_modification import ModelModification as ModelModification
    from dicomodel.enums.modifiable_constraint_flag import (
        ModifiableConstraintFlag as ModifiableConstraintFlag,
    )
    from dicomodel.enums.modulated_scan_mode_type import (
        ModulatedScanModeTypeTerm as ModulatedScanModeTypeTerm,
    )
    from dicomodel.enums.mpr_thickness_type import MPRThicknessType as MPRThicknessType
    from dicomodel.enums.mr_acquisition_type import MRAcquisitionType as MRAcquisitionType
    from dicomodel.enums.mr_acquisition_type import MRAcquisitionTypeTerm as MRAcquisitionTypeTerm
    from dicomodel.enums.mr_spectroscopy_acquisition_type import (
        MRSpectroscopyAcquisitionTypeTerm as MRSpectroscopyAcquisitionTypeTerm,
    )
    from dicomodel.enums.multi_coil_element_used import MultiCoilElementUsed as MultiCoilElementUsed
    from dicomodel.enums.multi_planar_excitation import (
        MultiPlanarExcitation as MultiPlanarExcitation,
    )
    from dicomodel.enums.multi_planar_reconstruction_style import (
        MultiPlanarReconstructionStyle as MultiPlanarReconstructionStyle,
    )
    from dicomodel.enums.multienergy_ct_acquisition import (
        MultienergyCTAcquisition as MultienergyCTAcquisition,
    )
    from dicomodel.enums.multienergy_detector_type import (
        MultienergyDetectorTypeTerm as MultienergyDetectorTypeTerm,
    )
    from dicomodel.enums.multienergy_source_technique import (
        MultienergySourceTechniqueTerm as MultienergySourceTechniqueTerm,
    )
    from dicomodel.enums.multiple_spin_echo import MultipleSpinEcho as MultipleSpinEcho
    from dicomodel.enums.nominal_beam_energy_unit import (
        NominalBeamEnergyUnitTerm as NominalBeamEnergyUnitTerm,
    )
    from dicomodel.enums.non_uniform_radial_sampling_corrected import (
        NonUniformRadialSamplingCorrected as NonUniformRadialSamplingCorrected,
    )
    from dicomodel.enums.observation_significance import (
        ObservationSignificance as ObservationSignificance,
    )
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.enums.oct_acquisition_domain import (
        OCTAcquisitionDomainTerm as OCTAcquisitionDomainTerm,
    )
    from dicomodel.enums.octz_offset_applied import OCTZOffsetApplied as OCTZOffsetApplied
    from dicomodel.enums.offset_direction import OffsetDirection as OffsetDirection
    from dicomodel.enums.operating_mode import OperatingModeTerm as OperatingModeTerm
    from dicomodel.enums.operating_mode_type import OperatingModeTypeTerm as OperatingModeTypeTerm
    from dicomodel.enums.ophthalmic_axial_length_measurement_modified import (
        OphthalmicAxialLengthMeasurementModified as OphthalmicAxialLengthMeasurementModified,
    )
    from dicomodel.enums.ophthalmic_axial_length_measurements_type import (
        OphthalmicAxialLengthMeasurementsType as OphthalmicAxialLengthMeasurementsType,
    )
    from dicomodel.enums.ophthalmic_axial_length_measurements_type import (
        OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected as OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected,
    )
    from dicomodel.enums.ophthalmic_axial_length_method import (
        OphthalmicAxialLengthMethod as OphthalmicAxialLengthMethod,
    )
    from dicomodel.enums.ophthalmic_axial_measurements_device_type import (
        OphthalmicAxialMeasurementsDeviceTypeTerm as OphthalmicAxialMeasurementsDeviceTypeTerm,
    )
    from dicomodel.enums.ophthalmic_image_orientation import (
        OphthalmicImageOrientation as OphthalmicImageOrientation,
    )
    from dicomodel.enums.ophthalmic_mapping_device_type import (
        OphthalmicMappingDeviceTypeTerm as OphthalmicMappingDeviceTypeTerm,
    )
    from dicomodel.enums.ophthalmic_mapping_device_type import (
        OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis as OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis,
    )
    from dicomodel.enums.ophthalmic_volumetric_properties_flag import (
        OphthalmicVolumetricPropertiesFlag as OphthalmicVolumetricPropertiesFlag,
    )
    from dicomodel.enums.optotype import OptotypeTerm as OptotypeTerm
    from dicomodel.enums.optotype_presentation import OptotypePresentation as OptotypePresentation
    from dicomodel.enums.organ_exposed import OrganExposed as OrganExposed
    from dicomodel.enums.organ_exposed import OrganExposedTerm as OrganExposedTerm
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.overlay_subtype import OverlaySubtypeTerm as OverlaySubtypeTerm
    from dicomodel.enums.overlay_subtype import (
        OverlaySubtypeTermOverlayPlane as OverlaySubtypeTermOverlayPlane,
    )
    from dicomodel.enums.overlay_type import OverlayType as OverlayType
    from dicomodel.enums.oversampling_phase import OversamplingPhase as OversamplingPhase
    from dicomodel.enums.parallel_acquisition import ParallelAcquisition as ParallelAcquisition
    from dicomodel.enums.parallel_acquisition_technique import (
        ParallelAcquisitionTechniqueTerm as ParallelAcquisitionTechniqueTerm,
    )
    from dicomodel.enums.parallel_rt_beam_delimiter_opening_mode import (
        ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode,
    )
    from dicomodel.enums.partial_data_display_handling import (
        PartialDataDisplayHandling as PartialDataDisplayHandling,
    )
    from dicomodel.enums.partial_fourier import PartialFourier as PartialFourier
    from dicomodel.enums.partial_fourier_direction import (
        PartialFourierDirection as PartialFourierDirection,
    )
    from dicomodel.enums.partial_view import PartialView as PartialView
    from dicomodel.enums.participation_type import ParticipationTypeTerm as ParticipationTypeTerm
    from dicomodel.enums.patient_alternative_calendar import (
        PatientAlternativeCalendar as PatientAlternativeCalendar,
    )
    from dicomodel.enums.patient_eye_movement_commanded import (
        PatientEyeMovementCommanded as PatientEyeMovementCommanded,
    )
    from dicomodel.enums.patient_frame_of_reference_source import (
        PatientFrameOfReferenceSource as PatientFrameOfReferenceSource,
    )
    from dicomodel.enums.patient_identity_removed import (
        PatientIdentityRemoved as PatientIdentityRemoved,
    )
    from dicomodel.enums.patient_motion_corrected import (
        PatientMotionCorrected as PatientMotionCorrected,
    )
    from dicomodel.enums.patient_position import PatientPositionTerm as PatientPositionTerm
    from dicomodel.enums.patient_position import (
        PatientPositionTermRTImage as PatientPositionTermRTImage,
    )
    from dicomodel.enums.patient_sex import PatientSex as PatientSex
    from dicomodel.enums.patient_sex_neutered import PatientSexNeutered as PatientSexNeutered
    from dicomodel.enums.patient_support_position_specification_method import (
        PatientSupportPositionSpecificationMethod as PatientSupportPositionSpecificationMethod,
    )
    from dicomodel.enums.patient_support_rotation_direction import (
        PatientSupportRotationDirection as PatientSupportRotationDirection,
    )
    from dicomodel.enums.patient_support_type import (
        PatientSupportTypeTerm as PatientSupportTypeTerm,
    )
    from dicomodel.enums.performed_procedure_step_status import (
        PerformedProcedureStepStatus as PerformedProcedureStepStatus,
    )
    from dicomodel.enums.performed_protocol_type import (
        PerformedProtocolType as PerformedProtocolType,
    )
    from dicomodel.enums.phase_contrast import PhaseContrast as PhaseContrast
    from dicomodel.enums.phase_description import PhaseDescription as PhaseDescription
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretation as PhotometricInterpretation,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCornealTopographyMapImage as PhotometricInterpretationCornealTopographyMapImage,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImage as PhotometricInterpretationCRImage,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationImageBoxPixelPresentation as PhotometricInterpretationImageBoxPixelPresentation,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationNMImagePixel as PhotometricInterpretationNMImagePixel,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationOphthalmicPhotographyImage as PhotometricInterpretationOphthalmicPhotographyImage,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as PhotometricInterpretationTerm,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTermUSImage as PhotometricInterpretationTermUSImage,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationVLImage as PhotometricInterpretationVLImage,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationWholeSlideMicroscopyImage as PhotometricInterpretationWholeSlideMicroscopyImage,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationship as PixelIntensityRelationship,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipTerm as PixelIntensityRelationshipTerm,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipTermIntravascularOCTProcessingParameters as PixelIntensityRelationshipTermIntravascularOCTProcessingParameters,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipTermXRayImage as PixelIntensityRelationshipTermXRayImage,
    )
    from dicomodel.enums.pixel_origin_interpretation import (
        PixelOriginInterpretation as PixelOriginInterpretation,
    )
    from dicomodel.enums.pixel_presentation import PixelPresentation as PixelPresentation
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationIntravascularOCTImage as PixelPresentationIntravascularOCTImage,
    )
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationMPRVolumetricPresentationStateDisplay as PixelPresentationMPRVolumetricPresentationStateDisplay,
    )
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationOphthalmicThicknessMap as PixelPresentationOphthalmicThicknessMap,
    )
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationParametricMapImage as PixelPresentationParametricMapImage,
    )
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationRenderDisplay as PixelPresentationRenderDisplay,
    )
    from dicomodel.enums.pixel_spacing_calibration_type import (
        PixelSpacingCalibrationType as PixelSpacingCalibrationType,
    )
    from dicomodel.enums.plan_intent import PlanIntentTerm as PlanIntentTerm
    from dicomodel.enums.plane_identification import (
        PlaneIdentificationTerm as PlaneIdentificationTerm,
    )
    from dicomodel.enums.planes_in_acquisition import PlanesInAcquisition as PlanesInAcquisition
    from dicomodel.enums.polarity import Polarity as Polarity
    from dicomodel.enums.position_measuring_device_used import (
        PositionMeasuringDeviceUsed as PositionMeasuringDeviceUsed,
    )
    from dicomodel.enums.positioner_motion import PositionerMotionTerm as PositionerMotionTerm
    from dicomodel.enums.positioner_motion import (
        PositionerMotionTermEnhancedMammographyImage as PositionerMotionTermEnhancedMammographyImage,
    )
    from dicomodel.enums.positioner_primary_angle_direction import (
        PositionerPrimaryAngleDirection as PositionerPrimaryAngleDirection,
    )
    from dicomodel.enums.positioner_type import PositionerType as PositionerType
    from dicomodel.enums.positioner_type import (
        PositionerTypeEnhancedMammographyImage as PositionerTypeEnhancedMammographyImage,
    )
    from dicomodel.enums.positioner_type import (
        PositionerTypeIntraOralImage as PositionerTypeIntraOralImage,
    )
    from dicomodel.enums.positioner_type import PositionerTypeTerm as PositionerTypeTerm
    from dicomodel.enums.positioner_type import (
        PositionerTypeTermXAXRFAcquisition as PositionerTypeTermXAXRFAcquisition,
    )
    from dicomodel.enums.pre_selected_for_implantation import (
        PreSelectedForImplantation as PreSelectedForImplantation,
    )
    from dicomodel.enums.preliminary_flag import PreliminaryFlag as PreliminaryFlag
    from dicomodel.enums.presentation_animation_style import (
        PresentationAnimationStyle as PresentationAnimationStyle,
    )
    from dicomodel.enums.presentation_input_type import (
        PresentationInputType as PresentationInputType,
    )
    from dicomodel.enums.presentation_intent_type import (
        PresentationIntentType as PresentationIntentType,
    )
    from dicomodel.enums.presentation_lut_shape import PresentationLUTShape as PresentationLUTShape
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapePresentationLUT as PresentationLUTShapePresentationLUT,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImage as PresentationLUTShapeSCMultiFrameImage,
    )
    from dicomodel.enums.presentation_size_mode import PresentationSizeMode as PresentationSizeMode
    from dicomodel.enums.presented_visual_stimuli_data_flag import (
        PresentedVisualStimuliDataFlag as PresentedVisualStimuliDataFlag,
    )
    from dicomodel.enums.preserve_composite_instances_after_media_creation import (
        PreserveCompositeInstancesAfterMediaCreation as PreserveCompositeInstancesAfterMediaCreation,
    )
    from dicomodel.enums.primary_dose_value_indicator import (
        PrimaryDoseValueIndicator as PrimaryDoseValueIndicator,
    )
    from dicomodel.enums.primary_dosimeter_unit import PrimaryDosimeterUnit as PrimaryDosimeterUnit
    from dicomodel.enums.primary_dosimeter_unit import (
        PrimaryDosimeterUnitRTBeamsDeliveryInstruction as PrimaryDosimeterUnitRTBeamsDeliveryInstruction,
    )
    from dicomodel.enums.primary_dosimeter_unit import (
        PrimaryDosimeterUnitRTIonBeams as PrimaryDosimeterUnitRTIonBeams,
    )
    from dicomodel.enums.print_priority import PrintPriority as PrintPriority
    from dicomodel.enums.printer_status import PrinterStatus as PrinterStatus
    from dicomodel.enums.printer_status_info import PrinterStatusInfoTerm as PrinterStatusInfoTerm
    from dicomodel.enums.procedure_step_state import ProcedureStepState as ProcedureStepState
    from dicomodel.enums.protocol_defined_patient_position import (
        ProtocolDefinedPatientPositionTerm as ProtocolDefinedPatientPositionTerm,
    )
    from dicomodel.enums.pupil_dilated import PupilDilated as PupilDilated
    from dicomodel.enums.quadrature_receive_coil import (
        QuadratureReceiveCoil as QuadratureReceiveCoil,
    )
    from dicomodel.enums.quality_control_image import QualityControlImage as QualityControlImage
    from dicomodel.enums.quality_control_image import (
        QualityControlImageEnhancedXAXRFImage as QualityControlImageEnhancedXAXRFImage,
    )
    from dicomodel.enums.quality_control_subject import (
        QualityControlSubject as QualityControlSubject,
    )
    from dicomodel.enums.query_retrieve_level import QueryRetrieveLevel as QueryRetrieveLevel
    from dicomodel.enums.query_retrieve_view import QueryRetrieveView as QueryRetrieveView
    from dicomodel.enums.radiation_mode import RadiationMode as RadiationMode
    from dicomodel.enums.radiation_mode import RadiationModeTerm as RadiationModeTerm
    from dicomodel.enums.radiation_setting import RadiationSetting as RadiationSetting
    from dicomodel.enums.radiation_type import RadiationType as RadiationType
    from dicomodel.enums.radiation_type import RadiationTypeTerm as RadiationTypeTerm
    from dicomodel.enums.radiation_type import (
        RadiationTypeTermRTIonBeams as RadiationTypeTermRTIonBeams,
    )
    from dicomodel.enums.radiobiological_dose_effect_flag import (
        RadiobiologicalDoseEffectFlag as RadiobiologicalDoseEffectFlag,
    )
    from dicomodel.enums.radiotherapy_treatment_type import (
        RadiotherapyTreatmentType as RadiotherapyTreatmentType,
    )
    from dicomodel.enums.randoms_corrected import RandomsCorrected as RandomsCorrected
    from dicomodel.enums.randoms_correction_method import (
        RandomsCorrectionMethodTerm as RandomsCorrectionMethodTerm,
    )
    from dicomodel.enums.randoms_correction_method import (
        RandomsCorrectionMethodTermEnhancedPETCorrections as RandomsCorrectionMethodTermEnhancedPETCorrections,
    )
    from dicomodel.enums.range_modulator_type import (
        RangeModulatorTypeTerm as RangeModulatorTypeTerm,
    )
    from dicomodel.enums.range_shifter_type import RangeShifterTypeTerm as RangeShifterTypeTerm
    from dicomodel.enums.reason_for_channel_omission import (
        ReasonForChannelOmissionTerm as ReasonForChannelOmissionTerm,
    )
    from dicomodel.enums.reason_for_omission import ReasonForOmissionTerm as ReasonForOmissionTerm
    from dicomodel.enums.reason_for_the_attribute_modification import (
        ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
    )
    from dicomodel.enums.receive_coil_type import ReceiveCoilTypeTerm as ReceiveCoilTypeTerm
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeatures as RecognizableVisualFeatures,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesCornealTopographyMapImage as RecognizableVisualFeaturesCornealTopographyMapImage,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesIntravascularOCTImage as RecognizableVisualFeaturesIntravascularOCTImage,
    )
    from dicomodel.enums.recommended_viewing_mode import (
        RecommendedViewingMode as RecommendedViewingMode,
    )
    from dicomodel.enums.recommended_viewing_mode import (
        RecommendedViewingModeTerm as RecommendedViewingModeTerm,
    )
    from dicomodel.enums.reconstruction_algorithm import (
        ReconstructionAlgorithmTerm as ReconstructionAlgorithmTerm,
    )
    from dicomodel.enums.reconstruction_algorithm import (
        ReconstructionAlgorithmTermPETReconstruction as ReconstructionAlgorithmTermPETReconstruction,
    )
    from dicomodel.enums.reconstruction_pipeline_type import (
        ReconstructionPipelineType as ReconstructionPipelineType,
    )
    from dicomodel.enums.reconstruction_type import ReconstructionTypeTerm as ReconstructionTypeTerm
    from dicomodel.enums.rectification_type import RectificationTypeTerm as RectificationTypeTerm
    from dicomodel.enums.rectilinear_phase_encode_reordering import (
        RectilinearPhaseEncodeReorderingTerm as RectilinearPhaseEncodeReorderingTerm,
    )
    from dicomodel.enums.reference_dose_definition import (
        ReferenceDoseDefinitionTerm as ReferenceDoseDefinitionTerm,
    )
    from dicomodel.enums.reference_dose_type import ReferenceDoseTypeTerm as ReferenceDoseTypeTerm
    from dicomodel.enums.reformatting_operation_initial_view_direction import (
        ReformattingOperationInitialViewDirectionTerm as ReformattingOperationInitialViewDirectionTerm,
    )
    from dicomodel.enums.reformatting_operation_type import (
        ReformattingOperationTypeTerm as ReformattingOperationTypeTerm,
    )
    from dicomodel.enums.refractive_index_applied import (
        RefractiveIndexApplied as RefractiveIndexApplied,
    )
    from dicomodel.enums.refractive_procedure_occurred import (
        RefractiveProcedureOccurred as RefractiveProcedureOccurred,
    )
    from dicomodel.enums.registered_localizer_units import (
        RegisteredLocalizerUnits as RegisteredLocalizerUnits,
    )
    from dicomodel.enums.relationship_type import RelationshipType as RelationshipType
    from dicomodel.enums.relationship_type import (
        RelationshipTypeEncapsulatedDocument as RelationshipTypeEncapsulatedDocument,
    )
    from dicomodel.enums.relative_time_units import RelativeTimeUnits as RelativeTimeUnits
    from dicomodel.enums.removed_from_operational_use import (
        RemovedFromOperationalUse as RemovedFromOperationalUse,
    )
    from dicomodel.enums.render_projection import RenderProjection as RenderProjection
    from dicomodel.enums.render_projection import (
        RenderProjectionVolumeRenderGeometry as RenderProjectionVolumeRenderGeometry,
    )
    from dicomodel.enums.rendering_method import RenderingMethod as RenderingMethod
    from dicomodel.enums.rendering_method import (
        RenderingMethodVolumeRenderGeometry as RenderingMethodVolumeRenderGeometry,
    )
    from dicomodel.enums.reported_values_origin import ReportedValuesOrigin as ReportedValuesOrigin
    from dicomodel.enums.reporting_priority import ReportingPriorityTerm as ReportingPriorityTerm
    from dicomodel.enums.reprojection_method import ReprojectionMethodTerm as ReprojectionMethodTerm
    from dicomodel.enums.request_priority import RequestPriority as RequestPriority
    from dicomodel.enums.requested_decimate_crop_behavior import (
        RequestedDecimateCropBehavior as RequestedDecimateCropBehavior,
    )
    from dicomodel.enums.requested_image_size_flag import (
        RequestedImageSizeFlag as RequestedImageSizeFlag,
    )
    from dicomodel.enums.requested_procedure_priority import (
        RequestedProcedurePriorityTerm as RequestedProcedurePriorityTerm,
    )
    from dicomodel.enums.requested_resolution_id import (
        RequestedResolutionIDTerm as RequestedResolutionIDTerm,
    )
    from dicomodel.enums.rescale_type import RescaleType as RescaleType
    from dicomodel.enums.rescale_type import RescaleTypeTerm as RescaleTypeTerm
    from dicomodel.enums.rescale_type import (
        RescaleTypeTermSCMultiFrameImage as RescaleTypeTermSCMultiFrameImage,
    )
    from dicomodel.enums.respiratory_cycle_position import (
        RespiratoryCyclePositionTerm as RespiratoryCyclePositionTerm,
    )
    from dicomodel.enums.respiratory_motion_compensation_technique import (
        RespiratoryMotionCompensationTechniqueTerm as RespiratoryMotionCompensationTechniqueTerm,
    )
    from dicomodel.enums.respiratory_motion_compensation_technique import (
        RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition as RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition,
    )
    from dicomodel.enums.respiratory_motion_compensation_technique import (
        RespiratoryMotionCompensationTechniqueTermRTPatientSetup as RespiratoryMotionCompensationTechniqueTermRTPatientSetup,
    )
    from dicomodel.enums.respiratory_signal_source import (
        RespiratorySignalSourceTerm as RespiratorySignalSourceTerm,
    )
    from dicomodel.enums.respiratory_signal_source import (
        RespiratorySignalSourceTermPerformedCTAcquisition as RespiratorySignalSourceTermPerformedCTAcquisition,
    )
    from dicomodel.enums.respiratory_signal_source import (
        RespiratorySignalSourceTermRTPatientSetup as RespiratorySignalSourceTermRTPatientSetup,
    )
    from dicomodel.enums.respiratory_trigger_type import (
        RespiratoryTriggerTypeTerm as RespiratoryTriggerTypeTerm,
    )
    from dicomodel.enums.responsible_person_role import (
        ResponsiblePersonRoleTerm as ResponsiblePersonRoleTerm,
    )
    from dicomodel.enums.retain_instances import RetainInstances as RetainInstances
    from dicomodel.enums.retest_stimulus_seen import RetestStimulusSeen as RetestStimulusSeen
    from dicomodel.enums.rgblut_transfer_function import (
        RGBLUTTransferFunction as RGBLUTTransferFunction,
    )
    from dicomodel.enums.roi_generation_algorithm import (
        ROIGenerationAlgorithmTerm as ROIGenerationAlgorithmTerm,
    )
    from dicomodel.enums.roi_physical_property import (
        ROIPhysicalPropertyTerm as ROIPhysicalPropertyTerm,
    )
    from dicomodel.enums.rotation_direction import RotationDirection as RotationDirection
    from dicomodel.enums.rt_accessory_holder_slot_existence_flag import (
        RTAccessoryHolderSlotExistenceFlag as RTAccessoryHolderSlotExistenceFlag,
    )
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.enums.rt_image_plane import RTImagePlane as RTImagePlane
    from dicomodel.enums.rt_plan_geometry import RTPlanGeometryTerm as RTPlanGeometryTerm
    from dicomodel.enums.rt_plan_relationship import (
        RTPlanRelationshipTerm as RTPlanRelationshipTerm,
    )
    from dicomodel.enums.rt_radiation_physical_and_geometric_content_detail_flag import (
        RTRadiationPhysicalAndGeometricContentDetailFlag as RTRadiationPhysicalAndGeometricContentDetailFlag,
    )
    from dicomodel.enums.rt_radiation_set_intent import (
        RTRadiationSetIntentTerm as RTRadiationSetIntentTerm,
    )
    from dicomodel.enums.rt_radiation_set_usage import (
        RTRadiationSetUsageTerm as RTRadiationSetUsageTerm,
    )
    from dicomodel.enums.rt_radiation_usage import RTRadiationUsageTerm as RTRadiationUsageTerm
    from dicomodel.enums.rt_record_flag import RTRecordFlag as RTRecordFlag
    from dicomodel.enums.rt_treatment_fraction_completion_status import (
        RTTreatmentFractionCompletionStatus as RTTreatmentFractionCompletionStatus,
    )
    from dicomodel.enums.rt_treatment_intent_type import (
        RTTreatmentIntentTypeTerm as RTTreatmentIntentTypeTerm,
    )
    from dicomodel.enums.rt_treatment_phase_intent_presence_flag import (
        RTTreatmentPhaseIntentPresenceFlag as RTTreatmentPhaseIntentPresenceFlag,
    )
    from dicomodel.enums.rt_treatment_termination_status import (
        RTTreatmentTerminationStatus as RTTreatmentTerminationStatus,
    )
    from dicomodel.enums.rtroi_interpreted_type import (
        RTROIInterpretedTypeTerm as RTROIInterpretedTypeTerm,
    )
    from dicomodel.enums.rtroi_relationship import RTROIRelationshipTerm as RTROIRelationshipTerm
    from dicomodel.enums.saturation_recovery import SaturationRecovery as SaturationRecovery
    from dicomodel.enums.scan_arc_type import ScanArcType as ScanArcType
    from dicomodel.enums.scan_mode import ScanMode as ScanMode
    from dicomodel.enums.scan_mode import ScanModeTerm as ScanModeTerm
    from dicomodel.enums.scan_progression_direction import (
        ScanProgressionDirection as ScanProgressionDirection,
    )
    from dicomodel.enums.scan_spot_reordered import ScanSpotReordered as ScanSpotReordered
    from dicomodel.enums.scan_spot_reordering_allowed import (
        ScanSpotReorderingAllowed as ScanSpotReorderingAllowed,
    )
    from dicomodel.enums.scatter_corrected import ScatterCorrected as ScatterCorrected
    from dicomodel.enums.scheduled_procedure_step_priority import (
        ScheduledProcedureStepPriority as ScheduledProcedureStepPriority,
    )
    from dicomodel.enums.scheduled_procedure_step_status import (
        ScheduledProcedureStepStatusTerm as ScheduledProcedureStepStatusTerm,
    )
    from dicomodel.enums.screening_baseline_measured import (
        ScreeningBaselineMeasured as ScreeningBaselineMeasured,
    )
    from dicomodel.enums.screening_baseline_type import (
        ScreeningBaselineType as ScreeningBaselineType,
    )
    from dicomodel.enums.segment_algorithm_type import SegmentAlgorithmType as SegmentAlgorithmType
    from dicomodel.enums.segmentation_fractional_type import (
        SegmentationFractionalType as SegmentationFractionalType,
    )
    from dicomodel.enums.segmentation_type import SegmentationType as SegmentationType
    from dicomodel.enums.segmented_k_space_traversal import (
        SegmentedKSpaceTraversal as SegmentedKSpaceTraversal,
    )
    from dicomodel.enums.segments_overlap import SegmentsOverlap as SegmentsOverlap
    from dicomodel.enums.selector_attribute_vr import SelectorAttributeVR as SelectorAttributeVR
    from dicomodel.enums.sensitivity_calibrated import (
        SensitivityCalibrated as SensitivityCalibrated,
    )
    from dicomodel.enums.settling_phase_frame import SettlingPhaseFrame as SettlingPhaseFrame
    from dicomodel.enums.setup_device_type import SetupDeviceTypeTerm as SetupDeviceTypeTerm
    from dicomodel.enums.setup_technique import SetupTechniqueTerm as SetupTechniqueTerm
    from dicomodel.enums.shading_style import ShadingStyle as ShadingStyle
    from dicomodel.enums.shadow_style import ShadowStyle as ShadowStyle
    from dicomodel.enums.shape_type import ShapeTypeTerm as ShapeTypeTerm
    from dicomodel.enums.shielding_device_type import (
        ShieldingDeviceTypeTerm as ShieldingDeviceTypeTerm,
    )
    from dicomodel.enums.short_term_fluctuation_calculated import (
        ShortTermFluctuationCalculated as ShortTermFluctuationCalculated,
    )
    from dicomodel.enums.short_term_fluctuation_probability_calculated import (
        ShortTermFluctuationProbabilityCalculated as ShortTermFluctuationProbabilityCalculated,
    )
    from dicomodel.enums.show_acquisition_techniques_flag import (
        ShowAcquisitionTechniquesFlag as ShowAcquisitionTechniquesFlag,
    )
    from dicomodel.enums.show_graphic_annotation_flag import (
        ShowGraphicAnnotationFlag as ShowGraphicAnnotationFlag,
    )
    from dicomodel.enums.show_grayscale_inverted import (
        ShowGrayscaleInverted as ShowGrayscaleInverted,
    )
    from dicomodel.enums.show_image_true_size_flag import (
        ShowImageTrueSizeFlag as ShowImageTrueSizeFlag,
    )
    from dicomodel.enums.show_patient_demographics_flag import (
        ShowPatientDemographicsFlag as ShowPatientDemographicsFlag,
    )
    from dicomodel.enums.show_tick_label import ShowTickLabel as ShowTickLabel
    from dicomodel.enums.signal_domain_columns import SignalDomainColumns as SignalDomainColumns
    from dicomodel.enums.signal_domain_rows import SignalDomainRows as SignalDomainRows
    from dicomodel.enums.skip_frame_range_flag import (
        SkipFrameRangeFlagTerm as SkipFrameRangeFlagTerm,
    )
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirection as SliceProgressionDirection,
    )
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirectionNMReconstruction as SliceProgressionDirectionNMReconstruction,
    )
    from dicomodel.enums.smoking_status import SmokingStatus as SmokingStatus
    from dicomodel.enums.sop_instance_status import SOPInstanceStatus as SOPInstanceStatus
    from dicomodel.enums.sort_by_category import SortByCategoryTerm as SortByCategoryTerm
    from dicomodel.enums.sorting_direction import SortingDirection as SortingDirection
    from dicomodel.enums.source_applicator_type import (
        SourceApplicatorTypeTerm as SourceApplicatorTypeTerm,
    )
    from dicomodel.enums.source_movement_type import (
        SourceMovementTypeTerm as SourceMovementTypeTerm,
    )
    from dicomodel.enums.source_strength_units import SourceStrengthUnits as SourceStrengthUnits
    from dicomodel.enums.source_type import SourceTypeTerm as SourceTypeTerm
    from dicomodel.enums.spatial_locations_preserved import (
        SpatialLocationsPreserved as SpatialLocationsPreserved,
    )
    from dicomodel.enums.spatial_presaturation import (
        SpatialPresaturationTerm as SpatialPresaturationTerm,
    )
    from dicomodel.enums.spatial_transform_of_dose import (
        SpatialTransformOfDoseTerm as SpatialTransformOfDoseTerm,
    )
    from dicomodel.enums.specific_absorption_rate_definition import (
        SpecificAbsorptionRateDefinitionTerm as SpecificAbsorptionRateDefinitionTerm,
    )
    from dicomodel.enums.specific_character_set_of_file_set_descriptor_file import (
        SpecificCharacterSetOfFileSetDescriptorFileTerm as SpecificCharacterSetOfFileSetDescriptorFileTerm,
    )
    from dicomodel.enums.specimen_label_in_image import SpecimenLabelInImage as SpecimenLabelInImage
    from dicomodel.enums.spectrally_selected_excitation import (
        SpectrallySelectedExcitation as SpectrallySelectedExcitation,
    )
    from dicomodel.enums.spectrally_selected_suppression import (
        SpectrallySelectedSuppressionTerm as SpectrallySelectedSuppressionTerm,
    )
    from dicomodel.enums.spectrally_selected_suppression import (
        SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence as SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence,
    )
    from dicomodel.enums.spoiling import Spoiling as Spoiling
    from dicomodel.enums.starting_meterset_value_known_flag import (
        StartingMetersetValueKnownFlag as StartingMetersetValueKnownFlag,
    )
    from dicomodel.enums.starting_respiratory_phase import (
        StartingRespiratoryPhase as StartingRespiratoryPhase,
    )
    from dicomodel.enums.steady_state_pulse_sequence import (
        SteadyStatePulseSequenceTerm as SteadyStatePulseSequenceTerm,
    )
    from dicomodel.enums.stereo_pairs_present import StereoPairsPresent as StereoPairsPresent
    from dicomodel.enums.stimulus_results import StimulusResults as StimulusResults
    from dicomodel.enums.substance_administration_approval import (
        SubstanceAdministrationApproval as SubstanceAdministrationApproval,
    )
    from dicomodel.enums.surface_processing import SurfaceProcessing as SurfaceProcessing
    from dicomodel.enums.suv_type import SUVType as SUVType
    from dicomodel.enums.synchronization_trigger import (
        SynchronizationTrigger as SynchronizationTrigger,
    )
    from dicomodel.enums.synthetic_data import SyntheticData as SyntheticData
    from dicomodel.enums.system_status import SystemStatusTerm as SystemStatusTerm
    from dicomodel.enums.t2_preparation import T2Preparation as T2Preparation
    from dicomodel.enums.table_motion import TableMotion as TableMotion
    from dicomodel.enums.table_motion import TableMotionTerm as TableMotionTerm
    from dicomodel.enums.table_top_eccentric_rotation_direction import (
        TableTopEccentricRotationDirection as TableTopEccentricRotationDirection,
    )
    from dicomodel.enums.table_top_pitch_rotation_direction import (
        TableTopPitchRotationDirection as TableTopPitchRotationDirection,
    )
    from dicomodel.enums.table_top_roll_rotation_direction import (
        TableTopRollRotationDirection as TableTopRollRotationDirection,
    )
    from dicomodel.enums.table_type import TableTypeTerm as TableTypeTerm
    from dicomodel.enums.tagging import TaggingTerm as TaggingTerm
    from dicomodel.enums.temporal_range_type import TemporalRangeType as TemporalRangeType
    from dicomodel.enums.temporal_relationship_interval_anchor import (
        TemporalRelationshipIntervalAnchor as TemporalRelationshipIntervalAnchor,
    )
    from dicomodel.enums.test_image_validation import TestImageValidation as TestImageValidation
    from dicomodel.enums.test_point_normals_data_flag import (
        TestPointNormalsDataFlag as TestPointNormalsDataFlag,
    )
    from dicomodel.enums.test_result import TestResult as TestResult
    from dicomodel.enums.tick_alignment import TickAlignment as TickAlignment
    from dicomodel.enums.tick_label_alignment import TickLabelAlignment as TickLabelAlignment
    from dicomodel.enums.time_distribution_protocol import (
        TimeDistributionProtocol as TimeDistributionProtocol,
    )
    from dicomodel.enums.time_of_flight_contrast import TimeOfFlightContrast as TimeOfFlightContrast
    from dicomodel.enums.time_of_flight_information_used import (
        TimeOfFlightInformationUsed as TimeOfFlightInformationUsed,
    )
    from dicomodel.enums.time_series_blending import TimeSeriesBlending as TimeSeriesBlending
    from dicomodel.enums.tissue_location import TissueLocation as TissueLocation
    from dicomodel.enums.tomo_class import TomoClassTerm as TomoClassTerm
    from dicomodel.enums.tomo_type import TomoTypeTerm as TomoTypeTerm
    from dicomodel.enums.transaction_status import TransactionStatus as TransactionStatus
    from dicomodel.enums.transducer_type import TransducerTypeTerm as TransducerTypeTerm
    from dicomodel.enums.transmit_coil_type import TransmitCoilTypeTerm as TransmitCoilTypeTerm
    from dicomodel.enums.treatment_delivery_continuation_flag import (
        TreatmentDeliveryContinuationFlag as TreatmentDeliveryContinuationFlag,
    )
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryType as TreatmentDeliveryType,
    )
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryTypeTerm as TreatmentDeliveryTypeTerm,
    )
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryTypeTermRTBeamsSessionRecord as TreatmentDeliveryTypeTermRTBeamsSessionRecord,
    )
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryTypeTermRTBrachySessionRecord as TreatmentDeliveryTypeTermRTBrachySessionRecord,
    )
    from dicomodel.enums.treatment_record_content_origin import (
        TreatmentRecordContentOrigin as TreatmentRecordContentOrigin,
    )
    from dicomodel.enums.treatment_termination_status import (
        TreatmentTerminationStatus as TreatmentTerminationStatus,
    )
    from dicomodel.enums.treatment_tolerance_violation_category import (
        TreatmentToleranceViolationCategoryTerm as TreatmentToleranceViolationCategoryTerm,
    )
    from dicomodel.enums.treatment_verification_status import (
        TreatmentVerificationStatus as TreatmentVerificationStatus,
    )
    from dicomodel.enums.trigger_source_or_type import (
        TriggerSourceOrTypeTerm as TriggerSourceOrTypeTerm,
    )
    from dicomodel.enums.trim import Trim as Trim
    from dicomodel.enums.type_of_detector_motion import TypeOfDetectorMotion as TypeOfDetectorMotion
    from dicomodel.enums.type_of_detector_motion import (
        TypeOfDetectorMotionTerm as TypeOfDetectorMotionTerm,
    )
    from dicomodel.enums.type_of_detector_motion import (
        TypeOfDetectorMotionTermEnhancedMammographyImage as TypeOfDetectorMotionTermEnhancedMammographyImage,
    )
    from dicomodel.enums.type_of_detector_motion import (
        TypeOfDetectorMotionTermEnhancedPETAcquisition as TypeOfDetectorMotionTermEnhancedPETAcquisition,
    )
    from dicomodel.enums.type_of_instances import TypeOfInstancesTerm as TypeOfInstancesTerm
    from dicomodel.enums.type_of_optical_correction import (
        TypeOfOpticalCorrection as TypeOfOpticalCorrection,
    )
    from dicomodel.enums.type_of_patient_id import TypeOfPatientIDTerm as TypeOfPatientIDTerm
    from dicomodel.enums.type_of_synchronization import (
        TypeOfSynchronizationTerm as TypeOfSynchronizationTerm,
    )
    from dicomodel.enums.ultrasound_acquisition_geometry import (
        UltrasoundAcquisitionGeometryTerm as UltrasoundAcquisitionGeometryTerm,
    )
    from dicomodel.enums.underlined import Underlined as Underlined
    from dicomodel.enums.units import UnitsTerm as UnitsTerm
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.enums.value_type import ValueTypeDocumentContent as ValueTypeDocumentContent
    from dicomodel.enums.value_type import (
        ValueTypeEncapsulatedDocument as ValueTypeEncapsulatedDocument,
    )
    from dicomodel.enums.variable_flip_angle_flag import (
        VariableFlipAngleFlag as VariableFlipAngleFlag,
    )
    from dicomodel.enums.verification_flag import VerificationFlag as VerificationFlag
    from dicomodel.enums.verification_image_timing import (
        VerificationImageTiming as VerificationImageTiming,
    )
    from dicomodel.enums.vertical_alignment import VerticalAlignment as VerticalAlignment
    from dicomodel.enums.vertical_prism_base import VerticalPrismBase as VerticalPrismBase
    from dicomodel.enums.view_position import ViewPositionTerm as ViewPositionTerm
    from dicomodel.enums.viewing_distance_type import ViewingDistanceType as ViewingDistanceType
    from dicomodel.enums.visit_status_id import VisitStatusIDTerm as VisitStatusIDTerm
    from dicomodel.enums.visual_field_shape import VisualFieldShapeTerm as VisualFieldShapeTerm
    from dicomodel.enums.visual_field_test_normals_flag import (
        VisualFieldTestNormalsFlag as VisualFieldTestNormalsFlag,
    )
    from dicomodel.enums.voi_type import VOITypeTerm as VOITypeTerm
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volume_cropping_method import VolumeCroppingMethod as VolumeCroppingMethod
    from dicomodel.enums.volume_localization_technique import (
        VolumeLocalizationTechniqueTerm as VolumeLocalizationTechniqueTerm,
    )
    from dicomodel.enums.volume_to_transducer_relationship import (
        VolumeToTransducerRelationship as VolumeToTransducerRelationship,
    )
    from dicomodel.enums.volumetric_properties import VolumetricProperties as VolumetricProperties
    from dicomodel.enums.volumetric_properties import (
        VolumetricPropertiesIntravascularOCTImage as VolumetricPropertiesIntravascularOCTImage,
    )
    from dicomodel.enums.volumetric_properties import (
        VolumetricPropertiesWholeSlideMicroscopyImage as VolumetricPropertiesWholeSlideMicroscopyImage,
    )
    from dicomodel.enums.water_reference_acquisition import (
        WaterReferenceAcquisition as WaterReferenceAcquisition,
    )
    from dicomodel.enums.water_referenced_phase_correction import (
        WaterReferencedPhaseCorrection as WaterReferencedPhaseCorrection,
    )
    from dicomodel.enums.waveform_amplifier_type import (
        WaveformAmplifierType as WaveformAmplifierType,
    )
    from dicomodel.enums.waveform_filter_type import WaveformFilterType as WaveformFilterType
    from dicomodel.enums.waveform_originality import WaveformOriginality as WaveformOriginality
    from dicomodel.enums.waveform_sample_interpretation import (
        WaveformSampleInterpretationTerm as WaveformSampleInterpretationTerm,
    )
    from dicomodel.enums.wedge_position import WedgePosition as WedgePosition
    from dicomodel.enums.wedge_position import WedgePositionRTBeams as WedgePositionRTBeams
    from dicomodel.enums.wedge_type import WedgeTypeTerm as WedgeTypeTerm
    from dicomodel.enums.wedge_type import WedgeTypeTermRTIonBeams as WedgeTypeTermRTIonBeams
    from dicomodel.enums.white_point_flag import WhitePointFlag as WhitePointFlag
    from dicomodel.enums.x_ray_receptor_type import XRayReceptorType as XRayReceptorType
    from dicomodel.enums.x_ray_receptor_type import (
        XRayReceptorTypeXRay3DCraniofacialAcquisition as XRayReceptorTypeXRay3DCraniofacialAcquisition,
    )

__all__ = [
    "ASLBolusCutoffFlag",
    "ASLContext",
    "ASLCrusherFlag",
    "AbsoluteDosimetricObjectiveFlag",
    "AcousticCouplingMediumFlag",
    "AcquiredSubtractionMaskFlag",
    "AcquisitionContrastTerm",
    "AcquisitionContrastTermMRSpectroscopyFrameType",
    "AcquisitionMethodTerm",
    "AcquisitionMotionTerm",
    "AcquisitionSignalTypeTerm",
    "AcquisitionStartConditionTerm",
    "AcquisitionStartConditionTermEnhancedPETAcquisition",
    "AcquisitionTerminationConditionTerm",
    "AcquisitionTerminationConditionTermEnhancedPETAcquisition",
    "AcquisitionTerminationConditionTermPETSeries",
    "AcquisitionTimeSynchronized",
    "AcquisitionTypeTerm",
    "AlgorithmTypeTerm",
    "AliasedDataType",
    "AllowLossyCompression",
    "AllowMediaSplitting",
    "AlphaLUTTransferFunction",
    "AlternateBeamDoseType",
    "AmbientLightValueSource",
    "AnatomicalOrientationType",
    "AnchorPointAnnotationUnits",
    "AnchorPointVisibility",
    "AngioFlag",
    "AnnotationAppliesToAllOpticalPaths",
    "AnnotationAppliesToAllZPlanes",
    "AnnotationClipping",
    "AnnotationCoordinateType",
    "AnnotationGroupGenerationType",
    "AnodeTargetMaterialTerm",
    "ApplicableSafetyStandardAgencyTerm",
    "ApplicationSetupCheck",
    "ApplicationSetupTypeTerm",
    "ApplicatorApertureShapeTerm",
    "ApplicatorType",
    "ApplicatorTypeTerm",
    "ApplicatorTypeTermRTIonBeams",
    "AppliedMaskSubtractionFlag",
    "ApprovalStatus",
    "ArchiveRequested",
    "ArterialSpinLabelingContrast",
    "AssessmentSummary",
    "AttenuationCorrected",
    "AttenuationCorrectionSourceTerm",
    "AttenuationCorrectionTemporalRelationshipTerm",
    "AutoKVPSelectionTypeTerm",
    "AutosequenceFlag",
    "BackgroundColorTerm",
    "BarcodeSymbologyTerm",
    "BaselineCorrectionTerm",
    "BeamDoseMeaning",
    "BeamDoseType",
    "BeamHoldTransition",
    "BeamHoldTransitionTriggerSource",
    "BeamLimitingDeviceRotationDirection",
    "BeamModifierCoordinatesPresenceFlag",
    "BeamStopperPosition",
    "BeamTaskType",
    "BeamType",
    "BeatRejectionFlag",
    "BlendingLUT1TransferFunction",
    "BlendingLUT2TransferFunction",
    "BlendingMode",
    "BlendingOperationTypeTerm",
    "BlendingPosition",
    "BlindSpotLocalized",
    "BlockDivergence",
    "BlockIdentifyingInformationStatus",
    "BlockMountingPosition",
    "BlockOrientation",
    "BlockType",
    "BloodSignalNulling",
    "BodyPartExamined",
    "BodyPartExaminedTerm",
    "Bold",
    "BorderDensityTerm",
    "BoundingBoxAnnotationUnits",
    "BoundingBoxTextHorizontalJustification",
    "BrachyAccessoryDeviceTypeTerm",
    "BrachyTreatmentTechnique",
    "BrachyTreatmentTypeTerm",
    "BreastImplantPresent",
    "BulkMotionCompensationTechniqueTerm",
    "BulkMotionSignalSourceTerm",
    "BurnedInAnnotation",
    "BurnedInAnnotationEnhancedMRImage",
    "CArmPositionerTabletopRelationship",
    "CalculationCommentTypeTerm",
    "CalibrationImage",
    "CardiacBeatRejectionTechniqueTerm",
    "CardiacCyclePositionTerm",
    "CardiacFramingTypeTerm",
    "CardiacSignalSourceTerm",
    "CardiacSignalSourceTermPerformedCTAcquisition",
    "CardiacSynchronizationTechnique",
    "CassetteOrientation",
    "CassetteSizeTerm",
    "CatchTrialsDataFlag",
    "CatheterDirectionOfRotation",
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
    "ChannelMode",
    "CodingSchemeRegistryTerm",
    "CodingSchemeURLTypeTerm",
    "CollimatorTypeTerm",
    "CollimatorTypeTermPETSeries",
    "ColorSpaceTerm",
    "CompensatorDivergence",
    "CompensatorMapOrientation",
    "CompensatorMountingPosition",
    "CompensatorTypeTerm",
    "CompletionFlag",
    "ComplexImageComponentTerm",
    "ComplexImageComponentTermMRSpectroscopyFrameType",
    "ComponentType",
    "CompoundGraphicTypeTerm",
    "CompoundGraphicUnits",
    "ConceptualVolumeBlockingConstraint",
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConfigurationInformationTerm",
    "ConfocalMode",
    "ConsentForDistributionFlag",
    "ConstantVolumeFlag",
    "ConstraintType",
    "ConstraintViolationSignificance",
    "ContactMethod",
    "ContainerComponentMaterialTerm",
    "ContainerFileTypeTerm",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContinuityOfContent",
    "ContourGeometricType",
    "ContrastBolusAgentAdministered",
    "ContrastBolusAgentDetected",
    "ContrastBolusAgentPhaseTerm",
    "ContrastBolusAutoInjectionTriggerFlag",
    "ContrastBolusIngredientOpaque",
    "ContrastBolusIngredientTerm",
    "ConversionTypeTerm",
    "ConversionTypeTermRTImage",
    "ConvolutionKernelGroupTerm",
    "CornealPointEstimated",
    "CornealTopographyMapQualityEvaluation",
    "CornealTopographySurface",
    "CorrectedLocalizedDeviationFromNormalCalculated",
    "CorrectedLocalizedDeviationFromNormalProbabilityCalculated",
    "CountLossNormalizationCorrected",
    "CountsSource",
    "CoverageOfKSpaceTerm",
    "Crop",
    "CurrentTreatmentStatus",
    "DVHROIContributionType",
    "DVHType",
    "DVHVolumeUnitsTerm",
    "DataPathAssignment",
    "DataPathID",
    "DataRepresentation",
    "DataTypeTerm",
    "DeadTimeCorrected",
    "DecayCorrected",
    "DecayCorrectionTerm",
    "DecimateCropResult",
    "DecompositionMethodTerm",
    "Decoupling",
    "DecouplingMethodTerm",
    "DegreeOfFreedomType",
    "DeidentificationAction",
    "DeliveredReferenceDoseDefinitionTerm",
    "DepthValueAveragingFlag",
    "DetectorActiveShape",
    "DetectorConditionsNominalFlag",
    "DetectorConfigurationTerm",
    "DetectorGeometryTerm",
    "DetectorNormalizationCorrection",
    "DetectorPositioningType",
    "DetectorTypeTerm",
    "DetectorTypeTermBreastTomosynthesisContributingSources",
    "DetectorTypeTermOphthalmicPhotographicParameters",
    "DetectorTypeTermOphthalmicTomographyParameters",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceDiameterUnitsTerm",
    "DeviceMotionExecutionMode",
    "DeviceMotionObservationMode",
    "DiffusionAnisotropyTypeTerm",
    "DiffusionDirectionalityTerm",
    "DigitizingDeviceTransportDirection",
    "DimensionOrganizationType",
    "DimensionOrganizationTypeTerm",
    "DimensionOrganizationTypeTermPhotoacousticImage",
    "DirectoryRecordType",
    "DisplayFunctionType",
    "DisplaySetHorizontalJustification",
    "DisplaySetVerticalJustification",
    "DisplayShadingFlag",
    "DistributionTypeTerm",
    "DoseCalibrationConditionsVerifiedFlag",
    "DoseReferenceStructureTypeTerm",
    "DoseReferenceTypeTerm",
    "DoseSummationTypeTerm",
    "DoseTypeTerm",
    "DoseUnits",
    "DoseValueInterpretation",
    "DosimetricObjectiveEvaluationScope",
    "DosimetricObjectivePurpose",
    "DoubleExposureFlag",
    "DoubleExposureOrderingTerm",
    "EchoPlanarPulseSequence",
    "EchoPulseSequence",
    "EmptyImageDensityTerm",
    "EndingRespiratoryPhase",
    "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    "EntranceDoseDerivation",
    "EquipmentCoordinateSystemIdentificationTerm",
    "EquipmentModalityTerm",
    "ExcessiveFalseNegatives",
    "ExcessiveFalseNegativesDataFlag",
    "ExcessiveFalsePositives",
    "ExcessiveFalsePositivesDataFlag",
    "ExcessiveFixationLosses",
    "ExcessiveFixationLossesDataFlag",
    "ExclusiveComponentTypeTerm",
    "ExecutionStatus",
    "ExecutionStatusInfoTerm",
    "ExecutionStatusInfoTermMediaCreationManagement",
    "ExecutionStatusMediaCreationManagement",
    "ExposureControlModeTerm",
    "ExposureControlModeTermEnhancedMammographyImage",
    "ExposureControlSensingRegionShape",
    "ExposureStatusTerm",
    "ExtendedDepthOfField",
    "FalseNegativesEstimateFlag",
    "FalsePositivesEstimateFlag",
    "FieldOfViewHorizontalFlip",
    "FieldOfViewHorizontalFlipDXDetector",
    "FieldOfViewShape",
    "FieldOfViewShapeBreastTomosynthesisAcquisition",
    "FieldOfViewShapeTerm",
    "FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters",
    "FieldOfViewShapeTermPETSeries",
    "FieldOfViewShapeTermXRayAcquisition",
    "FillMode",
    "FilmDestinationTerm",
    "FilmOrientation",
    "FilmSizeIDTerm",
    "FilterByAttributePresence",
    "FilterByCategoryTerm",
    "FilterByOperator",
    "FilterTypeTerm",
    "FilterTypeTermCTXRayDetails",
    "FilterTypeTermPerformedCTAcquisition",
    "FiniteVolume",
    "FirstOrderPhaseCorrection",
    "FixationDeviceType",
    "FixationDeviceTypeTerm",
    "FixationEye",
    "FlowCompensationDirection",
    "FlowCompensationTerm",
    "FluenceDataSource",
    "FluenceMode",
    "FluoroscopyFlag",
    "FluoroscopyLastImageHoldPersistenceFlag",
    "FluoroscopyPersistenceFlag",
    "FocusMethod",
    "FontNameTypeTerm",
    "FovealPointNormativeDataFlag",
    "FovealSensitivityMeasured",
    "FractionBasedRelationshipIntervalAnchor",
    "FractionGroupType",
    "FrameLaterality",
    "FrameOfReferenceTransformationMatrixType",
    "FrameOfReferenceTransformationMatrixTypeTerm",
    "FrequencyCorrection",
    "FunctionalSettlingPhaseFramesPresent",
    "GPSDestBearingRef",
    "GPSDestDistanceRef",
    "GPSDestLatitudeRef",
    "GPSDestLongitudeRef",
    "GPSImgDirectionRef",
    "GPSLatitudeRef",
    "GPSLongitudeRef",
    "GPSMeasureMode",
    "GPSSpeedRef",
    "GPSStatus",
    "GPSTrackRef",
    "GantryMotionCorrected",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "GeneralAccessoryTypeTerm",
    "GeneralizedDefectCorrectedSensitivityDeviationFlag",
    "GeometricalProperties",
    "GeometryForDisplay",
    "GeometryOfKSpaceTraversalTerm",
    "GlobalCrop",
    "GlobalDeviationProbabilityNormalsFlag",
    "GradientOutputTypeTerm",
    "GraphicAnnotationUnits",
    "GraphicFilled",
    "GraphicType",
    "GraphicTypeDocumentContent",
    "GraphicTypeGraphicAnnotation",
    "GraphicTypeMicroscopyBulkSimpleAnnotations",
    "HangingProtocolLevel",
    "HighDoseTechniqueTypeTerm",
    "HorizontalAlignment",
    "HorizontalPrismBase",
    "IVUSAcquisition",
    "IVUSAcquisitionTerm",
    "IlluminationTranslationFlag",
    "ImageBoxLargeScrollType",
    "ImageBoxLayoutTypeTerm",
    "ImageBoxLayoutTypeTermHangingProtocolDisplay",
    "ImageBoxScrollDirection",
    "ImageBoxSmallScrollType",
    "ImageDisplayFormat",
    "ImageHorizontalFlip",
    "ImageLaterality",
    "ImageLateralityMammographyImage",
    "ImageLateralityOphthalmicThicknessMap",
    "ImageSetSelectorCategory",
    "ImageSetSelectorUsageFlag",
    "ImagingApertureSpecificationType",
    "ImagingSourceLocationSpecificationType",
    "ImpedanceMeasurementCurrentTypeTerm",
    "ImplantAssemblyTemplateType",
    "ImplantType",
    "InPlanePhaseEncodingDirection",
    "InPlanePhaseEncodingDirectionMRImage",
    "IncludeDisplayApplication",
    "IncludeNonDICOMObjectsTerm",
    "IncludesImagingSubject",
    "IncludesInformation",
    "IndexNormalsFlag",
    "InitialCineRunStateTerm",
    "InputReadinessState",
    "InstanceAvailability",
    "InstanceOriginStatus",
    "InstructionPerformedFlag",
    "IntensifierActiveShape",
    "InteroperabilityIndexTerm",
    "InterpolationTypeTerm",
    "InterventionStatus",
    "InventoryCompletionStatus",
    "InventoryLevel",
    "InversionRecovery",
    "Italic",
    "IterativeReconstructionMethod",
    "KSpaceFilteringTerm",
    "LUTFunction",
    "LUTFunctionTerm",
    "LabelUsingInformationExtractedFromInstances",
    "LateralSpreadingDeviceTypeTerm",
    "Laterality",
    "LateralityHangingProtocolDefinition",
    "LensSegmentType",
    "LightSourcePolarization",
    "LineDashingStyle",
    "LocalDeviationProbabilityNormalsFlag",
    "LongitudinalTemporalEventTypeTerm",
    "LongitudinalTemporalInformationModified",
    "LossyImageCompression",
    "MACAlgorithmTerm",
    "MIMETypeOfEncapsulatedDocument",
    "MPRThicknessType",
    "MRAcquisitionType",
    "MRAcquisitionTypeTerm",
    "MRSpectroscopyAcquisitionTypeTerm",
    "MagnetizationTransfer",
    "MagnificationTypeTerm",
    "MandatoryComponentTypeTerm",
    "Manifold",
    "MappingResourceTerm",
    "MaskOperation",
    "MaskOperationTerm",
    "MaskSelectionMode",
    "MeasuredDoseTypeTerm",
    "MeasurementEquipmentType",
    "MeasurementLaterality",
    "MediumTypeTerm",
    "Modality",
    "ModalityAutorefractionMeasurementsSeries",
    "ModalityCTProtocolSeries",
    "ModalityCTSeries",
    "ModalityDXSeries",
    "ModalityEnhancedPETSeries",
    "ModalityEnhancedRTSeries",
    "ModalityEnhancedUSSeries",
    "ModalityIntraOralSeries",
    "ModalityIntraocularLensCalculationsSeries",
    "ModalityIntravascularOCTSeries",
    "ModalityKeratometryMeasurementsSeries",
    "ModalityKeyObjectDocumentSeries",
    "ModalityLensometryMeasurementsSeries",
    "ModalityMRSeries",
    "ModalityMammographySeries",
    "ModalityMicroscopyBulkSimpleAnnotationsSeries",
    "ModalityOphthalmicAxialMeasurementsSeries",
    "ModalityOphthalmicPhotographySeries",
    "ModalityOphthalmicThicknessMapSeries",
    "ModalityOphthalmicTomographyBScanVolumeAnalysisSeries",
    "ModalityOphthalmicTomographyEnFaceSeries",
    "ModalityOphthalmicTomographySeries",
    "ModalityOpticalSurfaceScannerSeries",
    "ModalityPresentationSeries",
    "ModalityRealWorldValueMappingSeries",
    "ModalitySRDocumentSeries",
    "ModalitySegmentationSeries",
    "ModalitySpatialFiducialsSeries",
    "ModalitySpatialRegistrationSeries",
    "ModalityStereometricSeries",
    "ModalitySubjectiveRefractionMeasurementsSeries",
    "ModalityTerm",
    "ModalityVisualAcuityMeasurementsSeries",
    "ModalityVisualFieldStaticPerimetryMeasurementsSeries",
    "ModalityWholeSlideMicroscopySeries",
    "ModalityXAProtocolSeries",
    "ModalityXAXRFSeries",
    "ModelMirroring",
    "ModelModification",
    "ModifiableConstraintFlag",
    "ModulatedScanModeTypeTerm",
    "MultiCoilElementUsed",
    "MultiPlanarExcitation",
    "MultiPlanarReconstructionStyle",
    "MultienergyCTAcquisition",
    "MultienergyDetectorTypeTerm",
    "MultienergySourceTechniqueTerm",
    "MultipleSpinEcho",
    "NominalBeamEnergyUnitTerm",
    "NonUniformRadialSamplingCorrected",
    "OCTAcquisitionDomainTerm",
    "OCTZOffsetApplied",
    "ObservationSignificance",
    "ObserverType",
    "OffsetDirection",
    "OperatingModeTerm",
    "OperatingModeTypeTerm",
    "OphthalmicAxialLengthMeasurementModified",
    "OphthalmicAxialLengthMeasurementsType",
    "OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected",
    "OphthalmicAxialLengthMethod",
    "OphthalmicAxialMeasurementsDeviceTypeTerm",
    "OphthalmicImageOrientation",
    "OphthalmicMappingDeviceTypeTerm",
    "OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis",
    "OphthalmicVolumetricPropertiesFlag",
    "OptotypePresentation",
    "OptotypeTerm",
    "OrganExposed",
    "OrganExposedTerm",
    "OutlineShapeType",
    "OverlaySubtypeTerm",
    "OverlaySubtypeTermOverlayPlane",
    "OverlayType",
    "OversamplingPhase",
    "ParallelAcquisition",
    "ParallelAcquisitionTechniqueTerm",
    "ParallelRTBeamDelimiterOpeningMode",
    "PartialDataDisplayHandling",
    "PartialFourier",
    "PartialFourierDirection",
    "PartialView",
    "ParticipationTypeTerm",
    "PatientAlternativeCalendar",
    "PatientEyeMovementCommanded",
    "PatientFrameOfReferenceSource",
    "PatientIdentityRemoved",
    "PatientMotionCorrected",
    "PatientPositionTerm",
    "PatientPositionTermRTImage",
    "PatientSex",
    "PatientSexNeutered",
    "PatientSupportPositionSpecificationMethod",
    "PatientSupportRotationDirection",
    "PatientSupportTypeTerm",
    "PerformedProcedureStepStatus",
    "PerformedProtocolType",
    "PhaseContrast",
    "PhaseDescription",
    "PhotometricInterpretation",
    "PhotometricInterpretationCRImage",
    "PhotometricInterpretationCornealTopographyMapImage",
    "PhotometricInterpretationImageBoxPixelPresentation",
    "PhotometricInterpretationNMImagePixel",
    "PhotometricInterpretationOphthalmicPhotographyImage",
    "PhotometricInterpretationTerm",
    "PhotometricInterpretationTermUSImage",
    "PhotometricInterpretationVLImage",
    "PhotometricInterpretationWholeSlideMicroscopyImage",
    "PixelIntensityRelationship",
    "PixelIntensityRelationshipTerm",
    "PixelIntensityRelationshipTermIntravascularOCTProcessingParameters",
    "PixelIntensityRelationshipTermXRayImage",
    "PixelOriginInterpretation",
    "PixelPresentation",
    "PixelPresentationIntravascularOCTImage",
    "PixelPresentationMPRVolumetricPresentationStateDisplay",
    "PixelPresentationOphthalmicThicknessMap",
    "PixelPresentationParametricMapImage",
    "PixelPresentationRenderDisplay",
    "PixelSpacingCalibrationType",
    "PlanIntentTerm",
    "PlaneIdentificationTerm",
    "PlanesInAcquisition",
    "Polarity",
    "PositionMeasuringDeviceUsed",
    "PositionerMotionTerm",
    "PositionerMotionTermEnhancedMammographyImage",
    "PositionerPrimaryAngleDirection",
    "PositionerType",
    "PositionerTypeEnhancedMammographyImage",
    "PositionerTypeIntraOralImage",
    "PositionerTypeTerm",
    "PositionerTypeTermXAXRFAcquisition",
    "PreSelectedForImplantation",
    "PreliminaryFlag",
    "PresentationAnimationStyle",
    "PresentationInputType",
    "PresentationIntentType",
    "PresentationLUTShape",
    "PresentationLUTShapePresentationLUT",
    "PresentationLUTShapeSCMultiFrameImage",
    "PresentationSizeMode",
    "PresentedVisualStimuliDataFlag",
    "PreserveCompositeInstancesAfterMediaCreation",
    "PrimaryDoseValueIndicator",
    "PrimaryDosimeterUnit",
    "PrimaryDosimeterUnitRTBeamsDeliveryInstruction",
    "PrimaryDosimeterUnitRTIonBeams",
    "PrintPriority",
    "PrinterStatus",
    "PrinterStatusInfoTerm",
    "ProcedureStepState",
    "ProtocolDefinedPatientPositionTerm",
    "PupilDilated",
    "QuadratureReceiveCoil",
    "QualityControlImage",
    "QualityControlImageEnhancedXAXRFImage",
    "QualityControlSubject",
    "QueryRetrieveLevel",
    "QueryRetrieveView",
    "RGBLUTTransferFunction",
    "ROIGenerationAlgorithmTerm",
    "ROIPhysicalPropertyTerm",
    "RTAccessoryHolderSlotExistenceFlag",
    "RTBeamLimitingDeviceType",
    "RTImagePlane",
    "RTPlanGeometryTerm",
    "RTPlanRelationshipTerm",
    "RTROIInterpretedTypeTerm",
    "RTROIRelationshipTerm",
    "RTRadiationPhysicalAndGeometricContentDetailFlag",
    "RTRadiationSetIntentTerm",
    "RTRadiationSetUsageTerm",
    "RTRadiationUsageTerm",
    "RTRecordFlag",
    "RTTreatmentFractionCompletionStatus",
    "RTTreatmentIntentTypeTerm",
    "RTTreatmentPhaseIntentPresenceFlag",
    "RTTreatmentTerminationStatus",
    "RadiationMode",
    "RadiationModeTerm",
    "RadiationSetting",
    "RadiationType",
    "RadiationTypeTerm",
    "RadiationTypeTermRTIonBeams",
    "RadiobiologicalDoseEffectFlag",
    "RadiotherapyTreatmentType",
    "RandomsCorrected",
    "RandomsCorrectionMethodTerm",
    "RandomsCorrectionMethodTermEnhancedPETCorrections",
    "RangeModulatorTypeTerm",
    "RangeShifterTypeTerm",
    "ReasonForChannelOmissionTerm",
    "ReasonForOmissionTerm",
    "ReasonForTheAttributeModificationTerm",
    "ReceiveCoilTypeTerm",
    "RecognizableVisualFeatures",
    "RecognizableVisualFeaturesCornealTopographyMapImage",
    "RecognizableVisualFeaturesIntravascularOCTImage",
    "RecommendedViewingMode",
    "RecommendedViewingModeTerm",
    "ReconstructionAlgorithmTerm",
    "ReconstructionAlgorithmTermPETReconstruction",
    "ReconstructionPipelineType",
    "ReconstructionTypeTerm",
    "RectificationTypeTerm",
    "RectilinearPhaseEncodeReorderingTerm",
    "ReferenceDoseDefinitionTerm",
    "ReferenceDoseTypeTerm",
    "ReformattingOperationInitialViewDirectionTerm",
    "ReformattingOperationTypeTerm",
    "RefractiveIndexApplied",
    "RefractiveProcedureOccurred",
    "RegisteredLocalizerUnits",
    "RelationshipType",
    "RelationshipTypeEncapsulatedDocument",
    "RelativeTimeUnits",
    "RemovedFromOperationalUse",
    "RenderProjection",
    "RenderProjectionVolumeRenderGeometry",
    "RenderingMethod",
    "RenderingMethodVolumeRenderGeometry",
    "ReportedValuesOrigin",
    "ReportingPriorityTerm",
    "ReprojectionMethodTerm",
    "RequestPriority",
    "RequestedDecimateCropBehavior",
    "RequestedImageSizeFlag",
    "RequestedProcedurePriorityTerm",
    "RequestedResolutionIDTerm",
    "RescaleType",
    "RescaleTypeTerm",
    "RescaleTypeTermSCMultiFrameImage",
    "RespiratoryCyclePositionTerm",
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition",
    "RespiratoryMotionCompensationTechniqueTermRTPatientSetup",
    "RespiratorySignalSourceTerm",
    "RespiratorySignalSourceTermPerformedCTAcquisition",
    "RespiratorySignalSourceTermRTPatientSetup",
    "RespiratoryTriggerTypeTerm",
    "ResponsiblePersonRoleTerm",
    "RetainInstances",
    "RetestStimulusSeen",
    "RotationDirection",
    "SOPInstanceStatus",
    "SUVType",
    "SaturationRecovery",
    "ScanArcType",
    "ScanMode",
    "ScanModeTerm",
    "ScanProgressionDirection",
    "ScanSpotReordered",
    "ScanSpotReorderingAllowed",
    "ScatterCorrected",
    "ScheduledProcedureStepPriority",
    "ScheduledProcedureStepStatusTerm",
    "ScreeningBaselineMeasured",
    "ScreeningBaselineType",
    "SegmentAlgorithmType",
    "SegmentationFractionalType",
    "SegmentationType",
    "SegmentedKSpaceTraversal",
    "SegmentsOverlap",
    "SelectorAttributeVR",
    "SensitivityCalibrated",
    "SettlingPhaseFrame",
    "SetupDeviceTypeTerm",
    "SetupTechniqueTerm",
    "ShadingStyle",
    "ShadowStyle",
    "ShapeTypeTerm",
    "ShieldingDeviceTypeTerm",
    "ShortTermFluctuationCalculated",
    "ShortTermFluctuationProbabilityCalculated",
    "ShowAcquisitionTechniquesFlag",
    "ShowGraphicAnnotationFlag",
    "ShowGrayscaleInverted",
    "ShowImageTrueSizeFlag",
    "ShowPatientDemographicsFlag",
    "ShowTickLabel",
    "SignalDomainColumns",
    "SignalDomainRows",
    "SkipFrameRangeFlagTerm",
    "SliceProgressionDirection",
    "SliceProgressionDirectionNMReconstruction",
    "SmokingStatus",
    "SortByCategoryTerm",
    "SortingDirection",
    "SourceApplicatorTypeTerm",
    "SourceMovementTypeTerm",
    "SourceStrengthUnits",
    "SourceTypeTerm",
    "SpatialLocationsPreserved",
    "SpatialPresaturationTerm",
    "SpatialTransformOfDoseTerm",
    "SpecificAbsorptionRateDefinitionTerm",
    "SpecificCharacterSetOfFileSetDescriptorFileTerm",
    "SpecimenLabelInImage",
    "SpectrallySelectedExcitation",
    "SpectrallySelectedSuppressionTerm",
    "SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence",
    "Spoiling",
    "StartingMetersetValueKnownFlag",
    "StartingRespiratoryPhase",
    "SteadyStatePulseSequenceTerm",
    "StereoPairsPresent",
    "StimulusResults",
    "SubstanceAdministrationApproval",
    "SurfaceProcessing",
    "SynchronizationTrigger",
    "SyntheticData",
    "SystemStatusTerm",
    "T2Preparation",
    "TableMotion",
    "TableMotionTerm",
    "TableTopEccentricRotationDirection",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "TableTypeTerm",
    "TaggingTerm",
    "TemporalRangeType",
    "TemporalRelationshipIntervalAnchor",
    "TestImageValidation",
    "TestPointNormalsDataFlag",
    "TestResult",
    "TickAlignment",
    "TickLabelAlignment",
    "TimeDistributionProtocol",
    "TimeOfFlightContrast",
    "TimeOfFlightInformationUsed",
    "TimeSeriesBlending",
    "TissueLocation",
    "TomoClassTerm",
    "TomoTypeTerm",
    "TransactionStatus",
    "TransducerTypeTerm",
    "TransmitCoilTypeTerm",
    "TreatmentDeliveryContinuationFlag",
    "TreatmentDeliveryType",
    "TreatmentDeliveryTypeTerm",
    "TreatmentDeliveryTypeTermRTBeamsSessionRecord",
    "TreatmentDeliveryTypeTermRTBrachySessionRecord",
    "TreatmentRecordContentOrigin",
    "TreatmentTerminationStatus",
    "TreatmentToleranceViolationCategoryTerm",
    "TreatmentVerificationStatus",
    "TriggerSourceOrTypeTerm",
    "Trim",
    "TypeOfDetectorMotion",
    "TypeOfDetectorMotionTerm",
    "TypeOfDetectorMotionTermEnhancedMammographyImage",
    "TypeOfDetectorMotionTermEnhancedPETAcquisition",
    "TypeOfInstancesTerm",
    "TypeOfOpticalCorrection",
    "TypeOfPatientIDTerm",
    "TypeOfSynchronizationTerm",
    "UltrasoundAcquisitionGeometryTerm",
    "Underlined",
    "UnitsTerm",
    "UniversalEntityIDType",
    "VOILUTFunctionTerm",
    "VOITypeTerm",
    "ValueType",
    "ValueTypeDocumentContent",
    "ValueTypeEncapsulatedDocument",
    "VariableFlipAngleFlag",
    "VerificationFlag",
    "VerificationImageTiming",
    "VerticalAlignment",
    "VerticalPrismBase",
    "ViewPositionTerm",
    "ViewingDistanceType",
    "VisitStatusIDTerm",
    "VisualFieldShapeTerm",
    "VisualFieldTestNormalsFlag",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumeCroppingMethod",
    "VolumeLocalizationTechniqueTerm",
    "VolumeToTransducerRelationship",
    "VolumetricProperties",
    "VolumetricPropertiesIntravascularOCTImage",
    "VolumetricPropertiesWholeSlideMicroscopyImage",
    "WaterReferenceAcquisition",
    "WaterReferencedPhaseCorrection",
    "WaveformAmplifierType",
    "WaveformFilterType",
    "WaveformOriginality",
    "WaveformSampleInterpretationTerm",
    "WedgePosition",
    "WedgePositionRTBeams",
    "WedgeTypeTerm",
    "WedgeTypeTermRTIonBeams",
    "WhitePointFlag",
    "XRayReceptorType",
    "XRayReceptorTypeXRay3DCraniofacialAcquisition",
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
