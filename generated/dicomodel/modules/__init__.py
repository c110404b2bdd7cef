"""Module models, one module per PS3.3 module table; loaded on first use.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE: dict[str, str] = {
    "AcquisitionContextModule": "dicomodel.modules.acquisition_context",
    "AdvancedBlendingPresentationStateDisplayModule": "dicomodel.modules.advanced_blending_presentation_state_display",
    "AdvancedBlendingPresentationStateModule": "dicomodel.modules.advanced_blending_presentation_state",
    "ApprovalModule": "dicomodel.modules.approval",
    "AutorefractionMeasurementsModule": "dicomodel.modules.autorefraction_measurements",
    "AutorefractionMeasurementsSeriesModule": "dicomodel.modules.autorefraction_measurements_series",
    "BasicAnnotationPresentationModule": "dicomodel.modules.basic_annotation_presentation",
    "BasicFilmBoxPresentationModule": "dicomodel.modules.basic_film_box_presentation",
    "BasicFilmBoxRelationshipModule": "dicomodel.modules.basic_film_box_relationship",
    "BasicFilmSessionPresentationModule": "dicomodel.modules.basic_film_session_presentation",
    "BasicFilmSessionRelationshipModule": "dicomodel.modules.basic_film_session_relationship",
    "BillingAndMaterialManagementCodeModule": "dicomodel.modules.billing_and_material_management_code",
    "BitmapDisplayShutterModule": "dicomodel.modules.bitmap_display_shutter",
    "BreastTomosynthesisAcquisitionModule": "dicomodel.modules.breast_tomosynthesis_acquisition",
    "BreastTomosynthesisContributingSourcesModule": "dicomodel.modules.breast_tomosynthesis_contributing_sources",
    "BreastViewModule": "dicomodel.modules.breast_view",
    "BulkMotionSynchronizationModule": "dicomodel.modules.bulk_motion_synchronization",
    "CArmPhotonElectronBeamModule": "dicomodel.modules.c_arm_photon_electron_beam",
    "CArmPhotonElectronDeliveryDeviceModule": "dicomodel.modules.c_arm_photon_electron_delivery_device",
    "CRImageModule": "dicomodel.modules.cr_image",
    "CRSeriesModule": "dicomodel.modules.cr_series",
    "CTImageModule": "dicomodel.modules.ct_image",
    "CTProtocolSeriesModule": "dicomodel.modules.ct_protocol_series",
    "CTSeriesModule": "dicomodel.modules.ct_series",
    "CalculatedDoseReferenceRecordModule": "dicomodel.modules.calculated_dose_reference_record",
    "CardiacSynchronizationModule": "dicomodel.modules.cardiac_synchronization",
    "CineModule": "dicomodel.modules.cine",
    "ClinicalTrialContextModule": "dicomodel.modules.clinical_trial_context",
    "ClinicalTrialSeriesModule": "dicomodel.modules.clinical_trial_series",
    "ClinicalTrialStudyModule": "dicomodel.modules.clinical_trial_study",
    "ClinicalTrialSubjectModule": "dicomodel.modules.clinical_trial_subject",
    "ColorPaletteDefinitionModule": "dicomodel.modules.color_palette_definition",
    "CommonInstanceReferenceModule": "dicomodel.modules.common_instance_reference",
    "ConfocalMicroscopyImageModule": "dicomodel.modules.confocal_microscopy_image",
    "ConfocalMicroscopyTiledPyramidalImageModule": "dicomodel.modules.confocal_microscopy_tiled_pyramidal_image",
    "ContentAssessmentResultsModule": "dicomodel.modules.content_assessment_results",
    "ContrastBolusModule": "dicomodel.modules.contrast_bolus",
    "CornealTopographyMapAnalysisModule": "dicomodel.modules.corneal_topography_map_analysis",
    "CornealTopographyMapImageModule": "dicomodel.modules.corneal_topography_map_image",
    "CornealTopographyMapSeriesModule": "dicomodel.modules.corneal_topography_map_series",
    "CurrentFrameFunctionalGroupsModule": "dicomodel.modules.current_frame_functional_groups",
    "CutaneousConfocalMicroscopyImageAcquisitionParametersModule": "dicomodel.modules.cutaneous_confocal_microscopy_image_acquisition_parameters",
    "DXAnatomyImagedModule": "dicomodel.modules.dx_anatomy_imaged",
    "DXDetectorModule": "dicomodel.modules.dx_detector",
    "DXImageModule": "dicomodel.modules.dx_image",
    "DXPositioningModule": "dicomodel.modules.dx_positioning",
    "DXSeriesModule": "dicomodel.modules.dx_series",
    "DefinedStorageModule": "dicomodel.modules.defined_storage",
    "DeformableSpatialRegistrationModule": "dicomodel.modules.deformable_spatial_registration",
    "DermoscopicImageModule": "dicomodel.modules.dermoscopic_image",
    "DeviceModule": "dicomodel.modules.device",
    "DirectoryInformationModule": "dicomodel.modules.directory_information",
    "DisplayShutterModule": "dicomodel.modules.display_shutter",
    "DisplaySystemModule": "dicomodel.modules.display_system",
    "DisplayedAreaModule": "dicomodel.modules.displayed_area",
    "DoubleFloatingPointImagePixelModule": "dicomodel.modules.double_floating_point_image_pixel",
    "EncapsulatedDocumentModule": "dicomodel.modules.encapsulated_document",
    "EncapsulatedDocumentSeriesModule": "dicomodel.modules.encapsulated_document_series",
    "EnhancedCTImageModule": "dicomodel.modules.enhanced_ct_image",
    "EnhancedContrastBolusModule": "dicomodel.modules.enhanced_contrast_bolus",
    "EnhancedGeneralEquipmentModule": "dicomodel.modules.enhanced_general_equipment",
    "EnhancedMRImageModule": "dicomodel.modules.enhanced_mr_image",
    "EnhancedMammographyImageModule": "dicomodel.modules.enhanced_mammography_image",
    "EnhancedMammographySeriesModule": "dicomodel.modules.enhanced_mammography_series",
    "EnhancedMultiEnergyCTAcquisitionModule": "dicomodel.modules.enhanced_multi_energy_ct_acquisition",
    "EnhancedPETAcquisitionModule": "dicomodel.modules.enhanced_pet_acquisition",
    "EnhancedPETCorrectionsModule": "dicomodel.modules.enhanced_pet_corrections",
    "EnhancedPETImageModule": "dicomodel.modules.enhanced_pet_image",
    "EnhancedPETIsotopeModule": "dicomodel.modules.enhanced_pet_isotope",
    "EnhancedPETSeriesModule": "dicomodel.modules.enhanced_pet_series",
    "EnhancedPaletteColorLookupTableModule": "dicomodel.modules.enhanced_palette_color_lookup_table",
    "EnhancedRTImageDeviceModule": "dicomodel.modules.enhanced_rt_image_device",
    "EnhancedRTImageModule": "dicomodel.modules.enhanced_rt_image",
    "EnhancedRTSeriesModule": "dicomodel.modules.enhanced_rt_series",
    "EnhancedSeriesModule": "dicomodel.modules.enhanced_series",
    "EnhancedUSImageModule": "dicomodel.modules.enhanced_us_image",
    "EnhancedUSSeriesModule": "dicomodel.modules.enhanced_us_series",
    "EnhancedXAXRFImageModule": "dicomodel.modules.enhanced_xa_xrf_image",
    "EquipmentSpecificationModule": "dicomodel.modules.equipment_specification",
    "ExcludedIntervalsModule": "dicomodel.modules.excluded_intervals",
    "FileSetIdentificationModule": "dicomodel.modules.file_set_identification",
    "FloatingPointImagePixelModule": "dicomodel.modules.floating_point_image_pixel",
    "FrameExtractionModule": "dicomodel.modules.frame_extraction",
    "FrameOfReferenceModule": "dicomodel.modules.frame_of_reference",
    "FramePointersModule": "dicomodel.modules.frame_pointers",
    "GeneralAcquisitionModule": "dicomodel.modules.general_acquisition",
    "GeneralDefinedAcquisitionModule": "dicomodel.modules.general_defined_acquisition",
    "GeneralDefinedReconstructionModule": "dicomodel.modules.general_defined_reconstruction",
    "GeneralEquipmentModule": "dicomodel.modules.general_equipment",
    "GeneralImageModule": "dicomodel.modules.general_image",
    "GeneralOphthalmicRefractiveMeasurementsModule": "dicomodel.modules.general_ophthalmic_refractive_measurements",
    "GeneralReferenceModule": "dicomodel.modules.general_reference",
    "GeneralSeriesModule": "dicomodel.modules.general_series",
    "GeneralStudyModule": "dicomodel.modules.general_study",
    "GenericImplantTemplate2DDrawingsModule": "dicomodel.modules.generic_implant_template_2d_drawings",
    "GenericImplantTemplate3DModelsModule": "dicomodel.modules.generic_implant_template_3d_models",
    "GenericImplantTemplateDescriptionModule": "dicomodel.modules.generic_implant_template_description",
    "GenericImplantTemplateMatingFeaturesModule": "dicomodel.modules.generic_implant_template_mating_features",
    "GenericImplantTemplatePlanningLandmarksModule": "dicomodel.modules.generic_implant_template_planning_landmarks",
    "GraphicAnnotationModule": "dicomodel.modules.graphic_annotation",
    "GraphicGroupModule": "dicomodel.modules.graphic_group",
    "GraphicLayerModule": "dicomodel.modules.graphic_layer",
    "HangingProtocolDefinitionModule": "dicomodel.modules.hanging_protocol_definition",
    "HangingProtocolDisplayModule": "dicomodel.modules.hanging_protocol_display",
    "HangingProtocolEnvironmentModule": "dicomodel.modules.hanging_protocol_environment",
    "ICCProfileModule": "dicomodel.modules.icc_profile",
    "IVUSImageModule": "dicomodel.modules.ivus_image",
    "ImageAcquisitionResultsModule": "dicomodel.modules.image_acquisition_results",
    "ImageBoxPixelPresentationModule": "dicomodel.modules.image_box_pixel_presentation",
    "ImageEquipmentCoordinateRelationshipModule": "dicomodel.modules.image_equipment_coordinate_relationship",
    "ImageHistogramModule": "dicomodel.modules.image_histogram",
    "ImagePixelModule": "dicomodel.modules.image_pixel",
    "ImagePlaneModule": "dicomodel.modules.image_plane",
    "ImagingServiceRequestModule": "dicomodel.modules.imaging_service_request",
    "ImplantAssemblyTemplateModule": "dicomodel.modules.implant_assembly_template",
    "ImplantTemplateGroupModule": "dicomodel.modules.implant_template_group",
    "InstanceAvailabilityNotificationModule": "dicomodel.modules.instance_availability_notification",
    "InstructionsModule": "dicomodel.modules.instructions",
    "InterventionModule": "dicomodel.modules.intervention",
    "IntraOralImageModule": "dicomodel.modules.intra_oral_image",
    "IntraOralSeriesModule": "dicomodel.modules.intra_oral_series",
    "IntraocularLensCalculationsModule": "dicomodel.modules.intraocular_lens_calculations",
    "IntraocularLensCalculationsSeriesModule": "dicomodel.modules.intraocular_lens_calculations_series",
    "IntravascularImageAcquisitionParametersModule": "dicomodel.modules.intravascular_image_acquisition_parameters",
    "IntravascularOCTAcquisitionParametersModule": "dicomodel.modules.intravascular_oct_acquisition_parameters",
    "IntravascularOCTImageModule": "dicomodel.modules.intravascular_oct_image",
    "IntravascularOCTProcessingParametersModule": "dicomodel.modules.intravascular_oct_processing_parameters",
    "IntravascularOCTSeriesModule": "dicomodel.modules.intravascular_oct_series",
    "InventoryCreationModule": "dicomodel.modules.inventory_creation",
    "InventoryModule": "dicomodel.modules.inventory",
    "KeratometryMeasurementsModule": "dicomodel.modules.keratometry_measurements",
    "KeratometryMeasurementsSeriesModule": "dicomodel.modules.keratometry_measurements_series",
    "KeyObjectDocumentModule": "dicomodel.modules.key_object_document",
    "KeyObjectDocumentSeriesModule": "dicomodel.modules.key_object_document_series",
    "LensometryMeasurementsModule": "dicomodel.modules.lensometry_measurements",
    "LensometryMeasurementsSeriesModule": "dicomodel.modules.lensometry_measurements_series",
    "MPRVolumetricPresentationStateDisplayModule": "dicomodel.modules.mpr_volumetric_presentation_state_display",
    "MRImageModule": "dicomodel.modules.mr_image",
    "MRPulseSequenceModule": "dicomodel.modules.mr_pulse_sequence",
    "MRSeriesModule": "dicomodel.modules.mr_series",
    "MRSpectroscopyDataModule": "dicomodel.modules.mr_spectroscopy_data",
    "MRSpectroscopyModule": "dicomodel.modules.mr_spectroscopy",
    "MRSpectroscopyPulseSequenceModule": "dicomodel.modules.mr_spectroscopy_pulse_sequence",
    "MammographyImageModule": "dicomodel.modules.mammography_image",
    "MammographySeriesModule": "dicomodel.modules.mammography_series",
    "Manufacturing3DModelModule": "dicomodel.modules.manufacturing_3d_model",
    "MaskModule": "dicomodel.modules.mask",
    "MeasuredDoseReferenceRecordModule": "dicomodel.modules.measured_dose_reference_record",
    "MediaCreationManagementModule": "dicomodel.modules.media_creation_management",
    "MicroscopeSlideLayerTileOrganizationModule": "dicomodel.modules.microscope_slide_layer_tile_organization",
    "MicroscopyBulkSimpleAnnotationsModule": "dicomodel.modules.microscopy_bulk_simple_annotations",
    "MicroscopyBulkSimpleAnnotationsSeriesModule": "dicomodel.modules.microscopy_bulk_simple_annotations_series",
    "ModalityLUTModule": "dicomodel.modules.modality_lut",
    "MultiEnergyCTImageModule": "dicomodel.modules.multi_energy_ct_image",
    "MultiFrameDimensionModule": "dicomodel.modules.multi_frame_dimension",
    "MultiFrameFunctionalGroupsModule": "dicomodel.modules.multi_frame_functional_groups",
    "MultiFrameModule": "dicomodel.modules.multi_frame",
    "MultiFrameOverlayModule": "dicomodel.modules.multi_frame_overlay",
    "MultiPlanarReconstructionGeometryModule": "dicomodel.modules.multi_planar_reconstruction_geometry",
    "MultiResolutionPyramidModule": "dicomodel.modules.multi_resolution_pyramid",
    "NMDetectorModule": "dicomodel.modules.nm_detector",
    "NMImageModule": "dicomodel.modules.nm_image",
    "NMImagePixelModule": "dicomodel.modules.nm_image_pixel",
    "NMIsotopeModule": "dicomodel.modules.nm_isotope",
    "NMMultiFrameModule": "dicomodel.modules.nm_multi_frame",
    "NMMultiGatedAcquisitionModule": "dicomodel.modules.nm_multi_gated_acquisition",
    "NMPETPatientOrientationModule": "dicomodel.modules.nm_pet_patient_orientation",
    "NMPhaseModule": "dicomodel.modules.nm_phase",
    "NMReconstructionModule": "dicomodel.modules.nm_reconstruction",
    "NMTomoAcquisitionModule": "dicomodel.modules.nm_tomo_acquisition",
    "OcularRegionImagedModule": "dicomodel.modules.ocular_region_imaged",
    "OphthalmicAxialMeasurementsModule": "dicomodel.modules.ophthalmic_axial_measurements",
    "OphthalmicAxialMeasurementsSeriesModule": "dicomodel.modules.ophthalmic_axial_measurements_series",
    "OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisImageModule": "dicomodel.modules.ophthalmic_optical_coherence_tomography_b_scan_volume_analysis_image",
    "OphthalmicOpticalCoherenceTomographyEnFaceImageModule": "dicomodel.modules.ophthalmic_optical_coherence_tomography_en_face_image",
    "OphthalmicOpticalCoherenceTomographyEnFaceImageQualityRatingModule": "dicomodel.modules.ophthalmic_optical_coherence_tomography_en_face_image_quality_rating",
    "OphthalmicPatientClinicalInformationAndTestLensParametersModule": "dicomodel.modules.ophthalmic_patient_clinical_information_and_test_lens_parameters",
    "OphthalmicPhotographicParametersModule": "dicomodel.modules.ophthalmic_photographic_parameters",
    "OphthalmicPhotographyAcquisitionParametersModule": "dicomodel.modules.ophthalmic_photography_acquisition_parameters",
    "OphthalmicPhotographyImageModule": "dicomodel.modules.ophthalmic_photography_image",
    "OphthalmicPhotographySeriesModule": "dicomodel.modules.ophthalmic_photography_series",
    "OphthalmicThicknessMapModule": "dicomodel.modules.ophthalmic_thickness_map",
    "OphthalmicThicknessMapQualityRatingModule": "dicomodel.modules.ophthalmic_thickness_map_quality_rating",
    "OphthalmicThicknessMapSeriesModule": "dicomodel.modules.ophthalmic_thickness_map_series",
    "OphthalmicTomographyAcquisitionParametersModule": "dicomodel.modules.ophthalmic_tomography_acquisition_parameters",
    "OphthalmicTomographyBScanVolumeAnalysisSeriesModule": "dicomodel.modules.ophthalmic_tomography_b_scan_volume_analysis_series",
    "OphthalmicTomographyEnFaceSeriesModule": "dicomodel.modules.ophthalmic_tomography_en_face_series",
    "OphthalmicTomographyImageModule": "dicomodel.modules.ophthalmic_tomography_image",
    "OphthalmicTomographyParametersModule": "dicomodel.modules.ophthalmic_tomography_parameters",
    "OphthalmicTomographySeriesModule": "dicomodel.modules.ophthalmic_tomography_series",
    "OpticalPathModule": "dicomodel.modules.optical_path",
    "OpticalSurfaceScannerSeriesModule": "dicomodel.modules.optical_surface_scanner_series",
    "OverlayActivationModule": "dicomodel.modules.overlay_activation",
    "OverlayPlaneModule": "dicomodel.modules.overlay_plane",
    "PETImageModule": "dicomodel.modules.pet_image",
    "PETIsotopeModule": "dicomodel.modules.pet_isotope",
    "PETMultiGatedAcquisitionModule": "dicomodel.modules.pet_multi_gated_acquisition",
    "PETSeriesModule": "dicomodel.modules.pet_series",
    "PaletteColorLookupTableModule": "dicomodel.modules.palette_color_lookup_table",
    "ParametricMapImageModule": "dicomodel.modules.parametric_map_image",
    "ParametricMapSeriesModule": "dicomodel.modules.parametric_map_series",
    "PatientDemographicModule": "dicomodel.modules.patient_demographic",
    "PatientIdentificationModule": "dicomodel.modules.patient_identification",
    "PatientMedicalModule": "dicomodel.modules.patient_medical",
    "PatientModule": "dicomodel.modules.patient",
    "PatientOrientationModule": "dicomodel.modules.patient_orientation",
    "PatientPositioningModule": "dicomodel.modules.patient_positioning",
    "PatientProtocolContextModule": "dicomodel.modules.patient_protocol_context",
    "PatientRelationshipModule": "dicomodel.modules.patient_relationship",
    "PatientSpecificationModule": "dicomodel.modules.patient_specification",
    "PatientStudyModule": "dicomodel.modules.patient_study",
    "PerformedCTAcquisitionModule": "dicomodel.modules.performed_ct_acquisition",
    "PerformedCTReconstructionModule": "dicomodel.modules.performed_ct_reconstruction",
    "PerformedProcedureStepInformationModule": "dicomodel.modules.performed_procedure_step_information",
    "PerformedProcedureStepRelationshipModule": "dicomodel.modules.performed_procedure_step_relationship",
    "PerformedStorageModule": "dicomodel.modules.performed_storage",
    "PerformedXAAcquisitionModule": "dicomodel.modules.performed_xa_acquisition",
    "PerformedXAReconstructionModule": "dicomodel.modules.performed_xa_reconstruction",
    "PhotoacousticAcquisitionParametersModule": "dicomodel.modules.photoacoustic_acquisition_parameters",
    "PhotoacousticImageModule": "dicomodel.modules.photoacoustic_image",
    "PhotoacousticReconstructionModule": "dicomodel.modules.photoacoustic_reconstruction",
    "PhotoacousticTransducerModule": "dicomodel.modules.photoacoustic_transducer",
    "PointCloudModule": "dicomodel.modules.point_cloud",
    "PresentationAnimationModule": "dicomodel.modules.presentation_animation",
    "PresentationLUTModule": "dicomodel.modules.presentation_lut",
    "PresentationSeriesModule": "dicomodel.modules.presentation_series",
    "PresentationStateBlendingModule": "dicomodel.modules.presentation_state_blending",
    "PresentationStateIdentificationModule": "dicomodel.modules.presentation_state_identification",
    "PresentationStateMaskModule": "dicomodel.modules.presentation_state_mask",
    "PresentationStateRelationshipModule": "dicomodel.modules.presentation_state_relationship",
    "PresentationStateShutterModule": "dicomodel.modules.presentation_state_shutter",
    "PresentationViewDescriptionModule": "dicomodel.modules.presentation_view_description",
    "PrintJobModule": "dicomodel.modules.print_job",
    "PrinterConfigurationModule": "dicomodel.modules.printer_configuration",
    "PrinterModule": "dicomodel.modules.printer",
    "ProductCharacteristicsModule": "dicomodel.modules.product_characteristics",
    "ProtocolApprovalModule": "dicomodel.modules.protocol_approval",
    "ProtocolContextModule": "dicomodel.modules.protocol_context",
    "QAResultsModule": "dicomodel.modules.qa_results",
    "ROIContourModule": "dicomodel.modules.roi_contour",
    "RTBeamsDeliveryInstructionModule": "dicomodel.modules.rt_beams_delivery_instruction",
    "RTBeamsModule": "dicomodel.modules.rt_beams",
    "RTBeamsSessionRecordModule": "dicomodel.modules.rt_beams_session_record",
    "RTBrachyApplicationSetupDeliveryInstructionModule": "dicomodel.modules.rt_brachy_application_setup_delivery_instruction",
    "RTBrachyApplicationSetupsModule": "dicomodel.modules.rt_brachy_application_setups",
    "RTBrachySessionRecordModule": "dicomodel.modules.rt_brachy_session_record",
    "RTConventionalMachineVerificationModule": "dicomodel.modules.rt_conventional_machine_verification",
    "RTDVHModule": "dicomodel.modules.rt_dvh",
    "RTDeliveryDeviceCommonModule": "dicomodel.modules.rt_delivery_device_common",
    "RTDoseContributionModule": "dicomodel.modules.rt_dose_contribution",
    "RTDoseContributionRecordModule": "dicomodel.modules.rt_dose_contribution_record",
    "RTDoseModule": "dicomodel.modules.rt_dose",
    "RTEnhancedPrescriptionModule": "dicomodel.modules.rt_enhanced_prescription",
    "RTFractionSchemeModule": "dicomodel.modules.rt_fraction_scheme",
    "RTGeneralMachineVerificationModule": "dicomodel.modules.rt_general_machine_verification",
    "RTGeneralPlanModule": "dicomodel.modules.rt_general_plan",
    "RTGeneralTreatmentRecordModule": "dicomodel.modules.rt_general_treatment_record",
    "RTImageModule": "dicomodel.modules.rt_image",
    "RTIonBeamsModule": "dicomodel.modules.rt_ion_beams",
    "RTIonBeamsSessionRecordModule": "dicomodel.modules.rt_ion_beams_session_record",
    "RTIonMachineVerificationModule": "dicomodel.modules.rt_ion_machine_verification",
    "RTIonToleranceTablesModule": "dicomodel.modules.rt_ion_tolerance_tables",
    "RTPatientPositionAcquisitionDeviceModule": "dicomodel.modules.rt_patient_position_acquisition_device",
    "RTPatientPositionAcquisitionInstructionModule": "dicomodel.modules.rt_patient_position_acquisition_instruction",
    "RTPatientSetupModule": "dicomodel.modules.rt_patient_setup",
    "RTPhysicianIntentModule": "dicomodel.modules.rt_physician_intent",
    "RTPrescriptionModule": "dicomodel.modules.rt_prescription",
    "RTROIObservationsModule": "dicomodel.modules.rt_roi_observations",
    "RTRadiationCommonModule": "dicomodel.modules.rt_radiation_common",
    "RTRadiationRecordCommonModule": "dicomodel.modules.rt_radiation_record_common",
    "RTRadiationRecordSetModule": "dicomodel.modules.rt_radiation_record_set",
    "RTRadiationSalvageRecordModule": "dicomodel.modules.rt_radiation_salvage_record",
    "RTRadiationSetDeliveryInstructionModule": "dicomodel.modules.rt_radiation_set_delivery_instruction",
    "RTRadiationSetModule": "dicomodel.modules.rt_radiation_set",
    "RTSegmentAnnotationModule": "dicomodel.modules.rt_segment_annotation",
    "RTSeriesModule": "dicomodel.modules.rt_series",
    "RTToleranceTablesModule": "dicomodel.modules.rt_tolerance_tables",
    "RTTreatmentMachineRecordModule": "dicomodel.modules.rt_treatment_machine_record",
    "RTTreatmentPhaseIntentModule": "dicomodel.modules.rt_treatment_phase_intent",
    "RTTreatmentPreparationModule": "dicomodel.modules.rt_treatment_preparation",
    "RTTreatmentSummaryRecordModule": "dicomodel.modules.rt_treatment_summary_record",
    "RadiotherapyCommonInstanceModule": "dicomodel.modules.radiotherapy_common_instance",
    "RawDataModule": "dicomodel.modules.raw_data",
    "RealTimeAcquisitionModule": "dicomodel.modules.real_time_acquisition",
    "RealTimeBulkDataFlowModule": "dicomodel.modules.real_time_bulk_data_flow",
    "RealWorldValueMappingModule": "dicomodel.modules.real_world_value_mapping",
    "RealWorldValueMappingSeriesModule": "dicomodel.modules.real_world_value_mapping_series",
    "RenderDisplayModule": "dicomodel.modules.render_display",
    "RenderShadingModule": "dicomodel.modules.render_shading",
    "RequestedProcedureModule": "dicomodel.modules.requested_procedure",
    "RespiratorySynchronizationModule": "dicomodel.modules.respiratory_synchronization",
    "RoboticArmDeliveryDeviceModule": "dicomodel.modules.robotic_arm_delivery_device",
    "RoboticArmPathModule": "dicomodel.modules.robotic_arm_path",
    "SCEquipmentModule": "dicomodel.modules.sc_equipment",
    "SCImageModule": "dicomodel.modules.sc_image",
    "SCMultiFrameImageModule": "dicomodel.modules.sc_multi_frame_image",
    "SCMultiFrameVectorModule": "dicomodel.modules.sc_multi_frame_vector",
    "SOPCommonModule": "dicomodel.modules.sop_common",
    "SRDocumentContentModule": "dicomodel.modules.sr_document_content",
    "SRDocumentGeneralModule": "dicomodel.modules.sr_document_general",
    "SRDocumentSeriesModule": "dicomodel.modules.sr_document_series",
    "ScanProcedureModule": "dicomodel.modules.scan_procedure",
    "ScheduledProcedureStepModule": "dicomodel.modules.scheduled_procedure_step",
    "SegmentReferenceModule": "dicomodel.modules.segment_reference",
    "SegmentationImageModule": "dicomodel.modules.segmentation_image",
    "SegmentationSeriesModule": "dicomodel.modules.segmentation_series",
    "SlideCoordinatesModule": "dicomodel.modules.slide_coordinates",
    "SlideLabelModule": "dicomodel.modules.slide_label",
    "SoftcopyPresentationLUTModule": "dicomodel.modules.softcopy_presentation_lut",
    "SoftcopyVOILUTModule": "dicomodel.modules.softcopy_voi_lut",
    "SparseMultiFrameFunctionalGroupsModule": "dicomodel.modules.sparse_multi_frame_functional_groups",
    "SpatialFiducialsModule": "dicomodel.modules.spatial_fiducials",
    "SpatialFiducialsSeriesModule": "dicomodel.modules.spatial_fiducials_series",
    "SpatialRegistrationModule": "dicomodel.modules.spatial_registration",
    "SpatialRegistrationSeriesModule": "dicomodel.modules.spatial_registration_series",
    "SpatialTransformationModule": "dicomodel.modules.spatial_transformation",
    "SpecimenModule": "dicomodel.modules.specimen",
    "StereometricRelationshipModule": "dicomodel.modules.stereometric_relationship",
    "StereometricSeriesModule": "dicomodel.modules.stereometric_series",
    "StorageCommitmentModule": "dicomodel.modules.storage_commitment",
    "StructureSetModule": "dicomodel.modules.structure_set",
    "StructuredDisplayAnnotationModule": "dicomodel.modules.structured_display_annotation",
    "StructuredDisplayImageBoxModule": "dicomodel.modules.structured_display_image_box",
    "StructuredDisplayModule": "dicomodel.modules.structured_display",
    "SubjectiveRefractionMeasurementsModule": "dicomodel.modules.subjective_refraction_measurements",
    "SubjectiveRefractionMeasurementsSeriesModule": "dicomodel.modules.subjective_refraction_measurements_series",
    "SubstanceAdministrationLogModule": "dicomodel.modules.substance_administration_log",
    "SubstanceAdministrationModule": "dicomodel.modules.substance_administration",
    "SubstanceApprovalModule": "dicomodel.modules.substance_approval",
    "SupplementalPaletteColorLookupTableModule": "dicomodel.modules.supplemental_palette_color_lookup_table",
    "SurfaceMeshModule": "dicomodel.modules.surface_mesh",
    "SurfaceSegmentationModule": "dicomodel.modules.surface_segmentation",
    "SynchronizationModule": "dicomodel.modules.synchronization",
    "TargetLuminanceCharacteristicsModule": "dicomodel.modules.target_luminance_characteristics",
    "TimezoneModule": "dicomodel.modules.timezone",
    "TomotherapeuticBeamModule": "dicomodel.modules.tomotherapeutic_beam",
    "TomotherapeuticDeliveryDeviceModule": "dicomodel.modules.tomotherapeutic_delivery_device",
    "TractographyResultsModule": "dicomodel.modules.tractography_results",
    "TractographyResultsSeriesModule": "dicomodel.modules.tractography_results_series",
    "USImageModule": "dicomodel.modules.us_image",
    "USRegionCalibrationModule": "dicomodel.modules.us_region_calibration",
    "UVMappingModule": "dicomodel.modules.uv_mapping",
    "UltrasoundFrameOfReferenceModule": "dicomodel.modules.ultrasound_frame_of_reference",
    "UnifiedProcedureStepPerformedProcedureInformationModule": "dicomodel.modules.unified_procedure_step_performed_procedure_information",
    "UnifiedProcedureStepProgressInformationModule": "dicomodel.modules.unified_procedure_step_progress_information",
    "UnifiedProcedureStepRelationshipModule": "dicomodel.modules.unified_procedure_step_relationship",
    "UnifiedProcedureStepScheduledProcedureInformationModule": "dicomodel.modules.unified_procedure_step_scheduled_procedure_information",
    "VLImageModule": "dicomodel.modules.vl_image",
    "VLPhotographicAcquisitionModule": "dicomodel.modules.vl_photographic_acquisition",
    "VLPhotographicEquipmentModule": "dicomodel.modules.vl_photographic_equipment",
    "VLPhotographicGeolocationModule": "dicomodel.modules.vl_photographic_geolocation",
    "VOILUTModule": "dicomodel.modules.voi_lut",
    "VariableModalityLUTModule": "dicomodel.modules.variable_modality_lut",
    "VisitAdmissionModule": "dicomodel.modules.visit_admission",
    "VisitIdentificationModule": "dicomodel.modules.visit_identification",
    "VisitRelationshipModule": "dicomodel.modules.visit_relationship",
    "VisitStatusModule": "dicomodel.modules.visit_status",
    "VisualAcuityMeasurementsModule": "dicomodel.modules.visual_acuity_measurements",
    "VisualAcuityMeasurementsSeriesModule": "dicomodel.modules.visual_acuity_measurements_series",
    "VisualFieldStaticPerimetryMeasurementsSeriesModule": "dicomodel.modules.visual_field_static_perimetry_measurements_series",
    "VisualFieldStaticPerimetryTestMeasurementsModule": "dicomodel.modules.visual_field_static_perimetry_test_measurements",
    "VisualFieldStaticPerimetryTestParametersModule": "dicomodel.modules.visual_field_static_perimetry_test_parameters",
    "VisualFieldStaticPerimetryTestReliabilityModule": "dicomodel.modules.visual_field_static_perimetry_test_reliability",
    "VisualFieldStaticPerimetryTestResultsModule": "dicomodel.modules.visual_field_static_perimetry_test_results",
    "VolumeCroppingModule": "dicomodel.modules.volume_cropping",
    "VolumeRenderGeometryModule": "dicomodel.modules.volume_render_geometry",
    "VolumetricGraphicAnnotationModule": "dicomodel.modules.volumetric_graphic_annotation",
    "VolumetricPresentationStateIdentificationModule": "dicomodel.modules.volumetric_presentation_state_identification",
    "VolumetricPresentationStateRelationshipModule": "dicomodel.modules.volumetric_presentation_state_relationship",
    "WaveformAnnotationModule": "dicomodel.modules.waveform_annotation",
    "WaveformIdentificationModule": "dicomodel.modules.waveform_identification",
    "WaveformModule": "dicomodel.modules.waveform",
    "WholeSlideMicroscopyImageModule": "dicomodel.modules.whole_slide_microscopy_image",
    "WholeSlideMicroscopySeriesModule": "dicomodel.modules.whole_slide_microscopy_series",
    "WideFieldOphthalmicPhotography3DCoordinatesModule": "dicomodel.modules.wide_field_ophthalmic_photography_3d_coordinates",
    "WideFieldOphthalmicPhotographyQualityRatingModule": "dicomodel.modules.wide_field_ophthalmic_photography_quality_rating",
    "WideFieldOphthalmicPhotographyStereographicProjectionModule": "dicomodel.modules.wide_field_ophthalmic_photography_stereographic_projection",
    "XAPositionerModule": "dicomodel.modules.xa_positioner",
    "XAProtocolSeriesModule": "dicomodel.modules.xa_protocol_series",
    "XAXRFAcquisitionModule": "dicomodel.modules.xa_xrf_acquisition",
    "XAXRFMultiFramePresentationModule": "dicomodel.modules.xa_xrf_multi_frame_presentation",
    "XAXRFPresentationStateMaskModule": "dicomodel.modules.xa_xrf_presentation_state_mask",
    "XAXRFPresentationStatePresentationModule": "dicomodel.modules.xa_xrf_presentation_state_presentation",
    "XAXRFPresentationStateShutterModule": "dicomodel.modules.xa_xrf_presentation_state_shutter",
    "XAXRFSeriesModule": "dicomodel.modules.xa_xrf_series",
    "XRFPositionerModule": "dicomodel.modules.xrf_positioner",
    "XRay3DAngiographicAcquisitionModule": "dicomodel.modules.x_ray_3d_angiographic_acquisition",
    "XRay3DAngiographicImageContributingSourcesModule": "dicomodel.modules.x_ray_3d_angiographic_image_contributing_sources",
    "XRay3DCraniofacialAcquisitionModule": "dicomodel.modules.x_ray_3d_craniofacial_acquisition",
    "XRay3DCraniofacialImageContributingSourcesModule": "dicomodel.modules.x_ray_3d_craniofacial_image_contributing_sources",
    "XRay3DImageModule": "dicomodel.modules.x_ray_3d_image",
    "XRay3DReconstructionModule": "dicomodel.modules.x_ray_3d_reconstruction",
    "XRayAcquisitionDoseModule": "dicomodel.modules.x_ray_acquisition_dose",
    "XRayAcquisitionModule": "dicomodel.modules.x_ray_acquisition",
    "XRayCollimatorModule": "dicomodel.modules.x_ray_collimator",
    "XRayDetectorModule": "dicomodel.modules.x_ray_detector",
    "XRayFiltrationModule": "dicomodel.modules.x_ray_filtration",
    "XRayGenerationModule": "dicomodel.modules.x_ray_generation",
    "XRayGridModule": "dicomodel.modules.x_ray_grid",
    "XRayImageIntensifierModule": "dicomodel.modules.x_ray_image_intensifier",
    "XRayImageModule": "dicomodel.modules.x_ray_image",
    "XRayTableModule": "dicomodel.modules.x_ray_table",
    "XRayTomographyAcquisitionModule": "dicomodel.modules.x_ray_tomography_acquisition",
}

if TYPE_CHECKING:
    from dicomodel.modules.acquisition_context import (
        AcquisitionContextModule as AcquisitionContextModule,
    )
    from dicomodel.modules.advanced_blending_presentation_state import (
        AdvancedBlendingPresentationStateModule as AdvancedBlendingPresentationStateModule,
    )
    from dicomodel.modules.advanced_blending_presentation_state_display import (
        AdvancedBlendingPresentationStateDisplayModule as AdvancedBlendingPresentationStateDisplayModule,
    )
    from dicomodel.modules.approval import ApprovalModule as ApprovalModule
    from dicomodel.modules.autorefraction_measurements import (
        AutorefractionMeasurementsModule as AutorefractionMeasurementsModule,
    )
    from dicomodel.modules.autorefraction_measurements_series import (
        AutorefractionMeasurementsSeriesModule as AutorefractionMeasurementsSeriesModule,
    )
    from dicomodel.modules.basic_annotation_presentation import (
        BasicAnnotationPresentationModule as BasicAnnotationPresentationModule,
    )
    from dicomodel.modules.basic_film_box_presentation import (
        BasicFilmBoxPresentationModule as BasicFilmBoxPresentationModule,
    )
    from dicomodel.modules.basic_film_box_relationship import (
        BasicFilmBoxRelationshipModule as BasicFilmBoxRelationshipModule,
    )
    from dicomodel.modules.basic_film_session_presentation import (
        BasicFilmSessionPresentationModule as BasicFilmSessionPresentationModule,
    )
    from dicomodel.modules.basic_film_session_relationship import (
        BasicFilmSessionRelationshipModule as BasicFilmSessionRelationshipModule,
    )
    from dicomodel.modules.billing_and_material_management_code import (
        BillingAndMaterialManagementCodeModule as BillingAndMaterialManagementCodeModule,
    )
    from dicomodel.modules.bitmap_display_shutter import (
        BitmapDisplayShutterModule as BitmapDisplayShutterModule,
    )
    from dicomodel.modules.breast_tomosynthesis_acquisition import (
        BreastTomosynthesisAcquisitionModule as BreastTomosynthesisAcquisitionModule,
    )
    from dicomodel.modules.breast_tomosynthesis_contributing_sources import (
        BreastTomosynthesisContributingSourcesModule as BreastTomosynthesisContributingSourcesModule,
    )
    from dicomodel.modules.breast_view import BreastViewModule as BreastViewModule
    from dicomodel.modules.bulk_motion_synchronization import (
        BulkMotionSynchronizationModule as BulkMotionSynchronizationModule,
    )
    from dicomodel.modules.c_arm_photon_electron_beam import (
        CArmPhotonElectronBeamModule as CArmPhotonElectronBeamModule,
    )
    from dicomodel.modules.c_arm_photon_electron_delivery_device import (
        CArmPhotonElectronDeliveryDeviceModule as CArmPhotonElectronDeliveryDeviceModule,
    )
    from dicomodel.modules.calculated_dose_reference_record import (
        CalculatedDoseReferenceRecordModule as CalculatedDoseReferenceRecordModule,
    )
    from dicomodel.modules.cardiac_synchronization import (
        CardiacSynchronizationModule as CardiacSynchronizationModule,
    )
    from dicomodel.modules.cine import CineModule as CineModule
    from dicomodel.modules.clinical_trial_context import (
        ClinicalTrialContextModule as ClinicalTrialContextModule,
    )
    from dicomodel.modules.clinical_trial_series import (
        ClinicalTrialSeriesModule as ClinicalTrialSeriesModule,
    )
    from dicomodel.modules.clinical_trial_study import (
        ClinicalTrialStudyModule as ClinicalTrialStudyModule,
    )
    from dicomodel.modules.clinical_trial_subject import (
        ClinicalTrialSubjectModule as ClinicalTrialSubjectModule,
    )
    from dicomodel.modules.color_palette_definition import (
        ColorPaletteDefinitionModule as ColorPaletteDefinitionModule,
    )
    from dicomodel.modules.common_instance_reference import (
        CommonInstanceReferenceModule as CommonInstanceReferenceModule,
    )
    from dicomodel.modules.confocal_microscopy_image import (
        ConfocalMicroscopyImageModule as ConfocalMicroscopyImageModule,
    )
    from dicomodel.modules.confocal_microscopy_tiled_pyramidal_image import (
        ConfocalMicroscopyTiledPyramidalImageModule as ConfocalMicroscopyTiledPyramidalImageModule,
    )
    from dicomodel.modules.content_assessment_results import (
        ContentAssessmentResultsModule as ContentAssessmentResultsModule,
    )
    from dicomodel.modules.contrast_bolus import ContrastBolusModule as ContrastBolusModule
    from dicomodel.modules.corneal_topography_map_analysis import (
        CornealTopographyMapAnalysisModule as CornealTopographyMapAnalysisModule,
    )
    from dicomodel.modules.corneal_topography_map_image import (
        CornealTopographyMapImageModule as CornealTopographyMapImageModule,
    )
    from dicomodel.modules.corneal_topography_map_series import (
        CornealTopographyMapSeriesModule as CornealTopographyMapSeriesModule,
    )
    from dicomodel.modules.cr_image import CRImageModule as CRImageModule
    from dicomodel.modules.cr_series import CRSeriesModule as CRSeriesModule
    from dicomodel.modules.ct_image import CTImageModule as CTImageModule
    from dicomodel.modules.ct_protocol_series import (
        CTProtocolSeriesModule as CTProtocolSeriesModule,
    )
    from dicomodel.modules.ct_series import CTSeriesModule as CTSeriesModule
    from dicomodel.modules.current_frame_functional_groups import (
        CurrentFrameFunctionalGroupsModule as CurrentFrameFunctionalGroupsModule,
    )
    from dicomodel.modules.cutaneous_confocal_microscopy_image_acquisition_parameters import (
        CutaneousConfocalMicroscopyImageAcquisitionParametersModule as CutaneousConfocalMicroscopyImageAcquisitionParametersModule,
    )
    from dicomodel.modules.defined_storage import DefinedStorageModule as DefinedStorageModule
    from dicomodel.modules.deformable_spatial_registration import (
        DeformableSpatialRegistrationModule as DeformableSpatialRegistrationModule,
    )
    from dicomodel.modules.dermoscopic_image import DermoscopicImageModule as DermoscopicImageModule
    from dicomodel.modules.device import DeviceModule as DeviceModule
    from dicomodel.modules.directory_information import (
        DirectoryInformationModule as DirectoryInformationModule,
    )
    from dicomodel.modules.display_shutter import DisplayShutterModule as DisplayShutterModule
    from dicomodel.modules.display_system import DisplaySystemModule as DisplaySystemModule
    from dicomodel.modules.displayed_area import DisplayedAreaModule as DisplayedAreaModule
    from dicomodel.modules.double_floating_point_image_pixel import (
        DoubleFloatingPointImagePixelModule as DoubleFloatingPointImagePixelModule,
    )
    from dicomodel.modules.dx_anatomy_imaged import DXAnatomyImagedModule as DXAnatomyImagedModule
    from dicomodel.modules.dx_detector import DXDetectorModule as DXDetectorModule
    from dicomodel.modules.dx_image import DXImageModule as DXImageModule
    from dicomodel.modules.dx_positioning import DXPositioningModule as DXPositioningModule
    from dicomodel.modules.dx_series import DXSeriesModule as DXSeriesModule
    from dicomodel.modules.encapsulated_document import (
        EncapsulatedDocumentModule as EncapsulatedDocumentModule,
    )
    from dicomodel.modules.encapsulated_document_series import (
        EncapsulatedDocumentSeriesModule as EncapsulatedDocumentSeriesModule,
    )
    from dicomodel.modules.enhanced_contrast_bolus import (
        EnhancedContrastBolusModule as EnhancedContrastBolusModule,
    )
    from dicomodel.modules.enhanced_ct_image import EnhancedCTImageModule as EnhancedCTImageModule
    from dicomodel.modules.enhanced_general_equipment import (
        EnhancedGeneralEquipmentModule as EnhancedGeneralEquipmentModule,
    )
    from dicomodel.modules.enhanced_mammography_image import (
        EnhancedMammographyImageModule as EnhancedMammographyImageModule,
    )
    from dicomodel.modules.enhanced_mammography_series import (
        EnhancedMammographySeriesModule as EnhancedMammographySeriesModule,
    )
    from dicomodel.modules.enhanced_mr_image import EnhancedMRImageModule as EnhancedMRImageModule
    from dicomodel.modules.enhanced_multi_energy_ct_acquisition import (
        EnhancedMultiEnergyCTAcquisitionModule as EnhancedMultiEnergyCTAcquisitionModule,
    )
    from dicomodel.modules.enhanced_palette_color_lookup_table import (
        EnhancedPaletteColorLookupTableModule as EnhancedPaletteColorLookupTableModule,
    )
    from dicomodel.modules.enhanced_pet_acquisition import (
        EnhancedPETAcquisitionModule as EnhancedPETAcquisitionModule,
    )
    from dicomodel.modules.enhanced_pet_corrections import (
        EnhancedPETCorrectionsModule as EnhancedPETCorrectionsModule,
    )
    from dicomodel.modules.enhanced_pet_image import (
        EnhancedPETImageModule as EnhancedPETImageModule,
    )
    from dicomodel.modules.enhanced_pet_isotope import (
        EnhancedPETIsotopeModule as EnhancedPETIsotopeModule,
    )
    from dicomodel.modules.enhanced_pet_series import (
        EnhancedPETSeriesModule as EnhancedPETSeriesModule,
    )
    from dicomodel.modules.enhanced_rt_image import EnhancedRTImageModule as EnhancedRTImageModule
    from dicomodel.modules.enhanced_rt_image_device import (
        EnhancedRTImageDeviceModule as EnhancedRTImageDeviceModule,
    )
    from dicomodel.modules.enhanced_rt_series import (
        EnhancedRTSeriesModule as EnhancedRTSeriesModule,
    )
    from dicomodel.modules.enhanced_series import EnhancedSeriesModule as EnhancedSeriesModule
    from dicomodel.modules.enhanced_us_image import EnhancedUSImageModule as EnhancedUSImageModule
    from dicomodel.modules.enhanced_us_series import (
        EnhancedUSSeriesModule as EnhancedUSSeriesModule,
    )
    from dicomodel.modules.enhanced_xa_xrf_image import (
        EnhancedXAXRFImageModule as EnhancedXAXRFImageModule,
    )
    from dicomodel.modules.equipment_specification import (
        EquipmentSpecificationModule as EquipmentSpecificationModule,
    )
    from dicomodel.modules.excluded_intervals import (
        ExcludedIntervalsModule as ExcludedIntervalsModule,
    )
    from dicomodel.modules.file_set_identification import (
        FileSetIdentificationModule as FileSetIdentificationModule,
    )
    from dicomodel.modules.floating_point_image_pixel import (
        FloatingPointImagePixelModule as FloatingPointImagePixelModule,
    )
    from dicomodel.modules.frame_extraction import FrameExtractionModule as FrameExtractionModule
    from dicomodel.modules.frame_of_reference import (
        FrameOfReferenceModule as FrameOfReferenceModule,
    )
    from dicomodel.modules.frame_pointers import FramePointersModule as FramePointersModule
    from dicomodel.modules.general_acquisition import (
        GeneralAcquisitionModule as GeneralAcquisitionModule,
    )
    from dicomodel.modules.general_defined_acquisition import (
        GeneralDefinedAcquisitionModule as GeneralDefinedAcquisitionModule,
    )
    from dicomodel.modules.general_defined_reconstruction import (
        GeneralDefinedReconstructionModule as GeneralDefinedReconstructionModule,
    )
    from dicomodel.modules.general_equipment import GeneralEquipmentModule as GeneralEquipmentModule
    from dicomodel.modules.general_image import GeneralImageModule as GeneralImageModule
    from dicomodel.modules.general_ophthalmic_refractive_measurements import (
        GeneralOphthalmicRefractiveMeasurementsModule as GeneralOphthalmicRefractiveMeasurementsModule,
    )
    from dicomodel.modules.general_reference import GeneralReferenceModule as GeneralReferenceModule
    from dicomodel.modules.general_series import GeneralSeriesModule as GeneralSeriesModule
    from dicomodel.modules.general_study import GeneralStudyModule as GeneralStudyModule
    from dicomodel.modules.generic_implant_template_2d_drawings import (
        GenericImplantTemplate2DDrawingsModule as GenericImplantTemplate2DDrawingsModule,
    )
    from dicomodel.modules.generic_implant_template_3d_models import (
        GenericImplantTemplate3DModelsModule as GenericImplantTemplate3DModelsModule,
    )
    from dicomodel.modules.generic_implant_template_description import (
        GenericImplantTemplateDescriptionModule as GenericImplantTemplateDescriptionModule,
    )
    from dicomodel.modules.generic_implant_template_mating_features import (
        GenericImplantTemplateMatingFeaturesModule as GenericImplantTemplateMatingFeaturesModule,
    )
    from dicomodel.modules.generic_implant_template_planning_landmarks import (
        GenericImplantTemplatePlanningLandmarksModule as GenericImplantTemplatePlanningLandmarksModule,
    )
    from dicomodel.modules.graphic_annotation import (
        GraphicAnnotationModule as GraphicAnnotationModule,
    )
    from dicomodel.modules.graphic_group import GraphicGroupModule as GraphicGroupModule
    from dicomodel.modules.graphic_layer import GraphicLayerModule as GraphicLayerModule
    from dicomodel.modules.hanging_protocol_definition import (
        HangingProtocolDefinitionModule as HangingProtocolDefinitionModule,
    )
    from dicomodel.modules.hanging_protocol_display import (
        HangingProtocolDisplayModule as HangingProtocolDisplayModule,
    )
    from dicomodel.modules.hanging_protocol_environment import (
        HangingProtocolEnvironmentModule as HangingProtocolEnvironmentModule,
    )
    from dicomodel.modules.icc_profile import ICCProfileModule as ICCProfileModule
    from dicomodel.modules.image_acquisition_results import (
        ImageAcquisitionResultsModule as ImageAcquisitionResultsModule,
    )
    from dicomodel.modules.image_box_pixel_presentation import (
        ImageBoxPixelPresentationModule as ImageBoxPixelPresentationModule,
    )
    from dicomodel.modules.image_equipment_coordinate_relationship import (
        ImageEquipmentCoordinateRelationshipModule as ImageEquipmentCoordinateRelationshipModule,
    )
    from dicomodel.modules.image_histogram import ImageHistogramModule as ImageHistogramModule
    from dicomodel.modules.image_pixel import ImagePixelModule as ImagePixelModule
    from dicomodel.modules.image_plane import ImagePlaneModule as ImagePlaneModule
    from dicomodel.modules.imaging_service_request import (
        ImagingServiceRequestModule as ImagingServiceRequestModule,
    )
    from dicomodel.modules.implant_assembly_template import (
        ImplantAssemblyTemplateModule as ImplantAssemblyTemplateModule,
    )
    from dicomodel.modules.implant_template_group import (
        ImplantTemplateGroupModule as ImplantTemplateGroupModule,
    )
    from dicomodel.modules.instance_availability_notification import (
        InstanceAvailabilityNotificationModule as InstanceAvailabilityNotificationModule,
    )
    from dicomodel.modules.instructions import InstructionsModule as InstructionsModule
    from dicomodel.modules.intervention import InterventionModule as InterventionModule
    from dicomodel.modules.intra_oral_image import IntraOralImageModule as IntraOralImageModule
    from dicomodel.modules.intra_oral_series import IntraOralSeriesModule as IntraOralSeriesModule
    from dicomodel.modules.intraocular_lens_calculations import (
        IntraocularLensCalculationsModule as IntraocularLensCalculationsModule,
    )
    from dicomodel.modules.intraocular_lens_calculations_series import (
        IntraocularLensCalculationsSeriesModule as IntraocularLensCalculationsSeriesModule,
    )
    from dicomodel.modules.intravascular_image_acquisition_parameters import (
        IntravascularImageAcquisitionParametersModule as IntravascularImageAcquisitionParametersModule,
    )
    from dicomodel.modules.intravascular_oct_acquisition_parameters import (
        IntravascularOCTAcquisitionParametersModule as IntravascularOCTAcquisitionParametersModule,
    )
    from dicomodel.modules.intravascular_oct_image import (
        IntravascularOCTImageModule as IntravascularOCTImageModule,
    )
    from dicomodel.modules.intravascular_oct_processing_parameters import (
        IntravascularOCTProcessingParametersModule as IntravascularOCTProcessingParametersModule,
    )
    from dicomodel.modules.intravascular_oct_series import (
        IntravascularOCTSeriesModule as IntravascularOCTSeriesModule,
    )
    from dicomodel.modules.inventory import InventoryModule as InventoryModule
    from dicomodel.modules.inventory_creation import (
        InventoryCreationModule as InventoryCreationModule,
    )
    from dicomodel.modules.ivus_image import IVUSImageModule as IVUSImageModule
    from dicomodel.modules.keratometry_measurements import (
        KeratometryMeasurementsModule as KeratometryMeasurementsModule,
    )
    from dicomodel.modules.keratometry_measurements_series import (
        KeratometryMeasurementsSeriesModule as KeratometryMeasurementsSeriesModule,
    )
    from dicomodel.modules.key_object_document import (
        KeyObjectDocumentModule as KeyObjectDocumentModule,
    )
    from dicomodel.modules.key_object_document_series import (
        KeyObjectDocumentSeriesModule as KeyObjectDocumentSeriesModule,
    )
    from dicomodel.modules.lensometry_measurements import (
        LensometryMeasurementsModule as LensometryMeasurementsModule,
    )
    from dicomodel.modules.lensometry_measurements_series import (
        LensometryMeasurementsSeriesModule as LensometryMeasurementsSeriesModule,
    )
    from dicomodel.modules.mammography_image import MammographyImageModule as MammographyImageModule
    from dicomodel.modules.mammography_series import (
        MammographySeriesModule as MammographySeriesModule,
    )
    from dicomodel.modules.manufacturing_3d_model import (
        Manufacturing3DModelModule as Manufacturing3DModelModule,
    )
    from dicomodel.modules.mask import MaskModule as MaskModule
    from dicomodel.modules.measured_dose_reference_record import (
        MeasuredDoseReferenceRecordModule as MeasuredDoseReferenceRecordModule,
    )
    from dicomodel.modules.media_creation_management import (
        MediaCreationManagementModule as MediaCreationManagementModule,
    )
    from dicomodel.modules.microscope_slide_layer_tile_organization import (
        MicroscopeSlideLayerTileOrganizationModule as MicroscopeSlideLayerTileOrganizationModule,
    )
    from dicomodel.modules.microscopy_bulk_simple_annotations import (
        MicroscopyBulkSimpleAnnotationsModule as MicroscopyBulkSimpleAnnotationsModule,
    )
    from dicomodel.modules.microscopy_bulk_simple_annotations_series import (
        MicroscopyBulkSimpleAnnotationsSeriesModule as MicroscopyBulkSimpleAnnotationsSeriesModule,
    )
    from dicomodel.modules.modality_lut import ModalityLUTModule as ModalityLUTModule
    from dicomodel.modules.mpr_volumetric_presentation_state_display import (
        MPRVolumetricPresentationStateDisplayModule as MPRVolumetricPresentationStateDisplayModule,
    )
    from dicomodel.modules.mr_image import MRImageModule as MRImageModule
    from dicomodel.modules.mr_pulse_sequence import MRPulseSequenceModule as MRPulseSequenceModule
    from dicomodel.modules.mr_series import MRSeriesModule as MRSeriesModule
    from dicomodel.modules.mr_spectroscopy import MRSpectroscopyModule as MRSpectroscopyModule
    from dicomodel.modules.mr_spectroscopy_data import (
        MRSpectroscopyDataModule as MRSpectroscopyDataModule,
    )
    from dicomodel.modules.mr_spectroscopy_pulse_sequence import (
        MRSpectroscopyPulseSequenceModule as MRSpectroscopyPulseSequenceModule,
    )
    from dicomodel.modules.multi_energy_ct_image import (
        MultiEnergyCTImageModule as MultiEnergyCTImageModule,
    )
    from dicomodel.modules.multi_frame import MultiFrameModule as MultiFrameModule
    from dicomodel.modules.multi_frame_dimension import (
        MultiFrameDimensionModule as MultiFrameDimensionModule,
    )
    from dicomodel.modules.multi_frame_functional_groups import (
        MultiFrameFunctionalGroupsModule as MultiFrameFunctionalGroupsModule,
    )
    from dicomodel.modules.multi_frame_overlay import (
        MultiFrameOverlayModule as MultiFrameOverlayModule,
    )
    from dicomodel.modules.multi_planar_reconstruction_geometry import (
        MultiPlanarReconstructionGeometryModule as MultiPlanarReconstructionGeometryModule,
    )
    from dicomodel.modules.multi_resolution_pyramid import (
        MultiResolutionPyramidModule as MultiResolutionPyramidModule,
    )
    from dicomodel.modules.nm_detector import NMDetectorModule as NMDetectorModule
    from dicomodel.modules.nm_image import NMImageModule as NMImageModule
    from dicomodel.modules.nm_image_pixel import NMImagePixelModule as NMImagePixelModule
    from dicomodel.modules.nm_isotope import NMIsotopeModule as NMIsotopeModule
    from dicomodel.modules.nm_multi_frame import NMMultiFrameModule as NMMultiFrameModule
    from dicomodel.modules.nm_multi_gated_acquisition import (
        NMMultiGatedAcquisitionModule as NMMultiGatedAcquisitionModule,
    )
    from dicomodel.modules.nm_pet_patient_orientation import (
        NMPETPatientOrientationModule as NMPETPatientOrientationModule,
    )
    from dicomodel.modules.nm_phase import NMPhaseModule as NMPhaseModule
    from dicomodel.modules.nm_reconstruction import NMReconstructionModule as NMReconstructionModule
    from dicomodel.modules.nm_tomo_acquisition import (
        NMTomoAcquisitionModule as NMTomoAcquisitionModule,
    )
    from dicomodel.modules.ocular_region_imaged import (
        OcularRegionImagedModule as OcularRegionImagedModule,
    )
    from dicomodel.modules.ophthalmic_axial_measurements import (
        OphthalmicAxialMeasurementsModule as OphthalmicAxialMeasurementsModule,
    )
    from dicomodel.modules.ophthalmic_axial_measurements_series import (
        OphthalmicAxialMeasurementsSeriesModule as OphthalmicAxialMeasurementsSeriesModule,
    )
    from dicomodel.modules.ophthalmic_optical_coherence_tomography_b_scan_volume_analysis_image import (
        OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisImageModule as OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisImageModule,
    )
    from dicomodel.modules.ophthalmic_optical_coherence_tomography_en_face_image import (
        OphthalmicOpticalCoherenceTomographyEnFaceImageModule as OphthalmicOpticalCoherenceTomographyEnFaceImageModule,
    )
    from dicomodel.modules.ophthalmic_optical_coherence_tomography_en_face_image_quality_rating import (
        OphthalmicOpticalCoherenceTomographyEnFaceImageQualityRatingModule as OphthalmicOpticalCoherenceTomographyEnFaceImageQualityRatingModule,
    )
    from dicomodel.modules.ophthalmic_patient_clinical_information_and_test_lens_parameters import (
        OphthalmicPatientClinicalInformationAndTestLensParametersModule as OphthalmicPatientClinicalInformationAndTestLensParametersModule,
    )
    from dicomodel.modules.ophthalmic_photographic_parameters import (
        OphthalmicPhotographicParametersModule as OphthalmicPhotographicParametersModule,
    )
    from dicomodel.modules.ophthalmic_photography_acquisition_parameters import (
        OphthalmicPhotographyAcquisitionParametersModule as OphthalmicPhotographyAcquisitionParametersModule,
    )
    from dicomodel.modules.ophthalmic_photography_image import (
        OphthalmicPhotographyImageModule as OphthalmicPhotographyImageModule,
    )
    from dicomodel.modules.ophthalmic_photography_series import (
        OphthalmicPhotographySeriesModule as OphthalmicPhotographySeriesModule,
    )
    from dicomodel.modules.ophthalmic_thickness_map import (
        OphthalmicThicknessMapModule as OphthalmicThicknessMapModule,
    )
    from dicomodel.modules.ophthalmic_thickness_map_quality_rating import (
        OphthalmicThicknessMapQualityRatingModule as OphthalmicThicknessMapQualityRatingModule,
    )
    from dicomodel.modules.ophthalmic_thickness_map_series import (
        OphthalmicThicknessMapSeriesModule as OphthalmicThicknessMapSeriesModule,
    )
    from dicomodel.modules.ophthalmic_tomography_acquisition_parameters import (
        OphthalmicTomographyAcquisitionParametersModule as OphthalmicTomographyAcquisitionParametersModule,
    )
    from dicomodel.modules.ophthalmic_tomography_b_scan_volume_analysis_series import (
        OphthalmicTomographyBScanVolumeAnalysisSeriesModule as OphthalmicTomographyBScanVolumeAnalysisSeriesModule,
    )
    from dicomodel.modules.ophthalmic_tomography_en_face_series import (
        OphthalmicTomographyEnFaceSeriesModule as OphthalmicTomographyEnFaceSeriesModule,
    )
    from dicomodel.modules.ophthalmic_tomography_image import (
        OphthalmicTomographyImageModule as OphthalmicTomographyImageModule,
    )
    from dicomodel.modules.ophthalmic_tomography_parameters import (
        OphthalmicTomographyParametersModule as OphthalmicTomographyParametersModule,
    )
    from dicomodel.modules.ophthalmic_tomography_series import (
        OphthalmicTomographySeriesModule as OphthalmicTomographySeriesModule,
    )
    from dicomodel.modules.optical_path import OpticalPathModule as OpticalPathModule
    from dicomodel.modules.optical_surface_scanner_series import (
        OpticalSurfaceScannerSeriesModule as OpticalSurfaceScannerSeriesModule,
    )
    from dicomodel.modules.overlay_activation import (
        OverlayActivationModule as OverlayActivationModule,
    )
    from dicomodel.modules.overlay_plane import OverlayPlaneModule as OverlayPlaneModule
    from dicomodel.modules.palette_color_lookup_table import (
        PaletteColorLookupTableModule as PaletteColorLookupTableModule,
    )
    from dicomodel.modules.parametric_map_image import (
        ParametricMapImageModule as ParametricMapImageModule,
    )
    from dicomodel.modules.parametric_map_series import (
        ParametricMapSeriesModule as ParametricMapSeriesModule,
    )
    from dicomodel.modules.patient import PatientModule as PatientModule
    from dicomodel.modules.patient_demographic import (
        PatientDemographicModule as PatientDemographicModule,
    )
    from dicomodel.modules.patient_identification import (
        PatientIdentificationModule as PatientIdentificationModule,
    )
    from dicomodel.modules.patient_medical import PatientMedicalModule as PatientMedicalModule
    from dicomodel.modules.patient_orientation import (
        PatientOrientationModule as PatientOrientationModule,
    )
    from dicomodel.modules.patient_positioning import (
        PatientPositioningModule as PatientPositioningModule,
    )
    from dicomodel.modules.patient_protocol_context import (
        PatientProtocolContextModule as PatientProtocolContextModule,
    )
    from dicomodel.modules.patient_relationship import (
        PatientRelationshipModule as PatientRelationshipModule,
    )
    from dicomodel.modules.patient_specification import (
        PatientSpecificationModule as PatientSpecificationModule,
    )
    from dicomodel.modules.patient_study import PatientStudyModule as PatientStudyModule
    from dicomodel.modules.performed_ct_acquisition import (
        PerformedCTAcquisitionModule as PerformedCTAcquisitionModule,
    )
    from dicomodel.modules.performed_ct_reconstruction import (
        PerformedCTReconstructionModule as PerformedCTReconstructionModule,
    )
    from dicomodel.modules.performed_procedure_step_information import (
        PerformedProcedureStepInformationModule as PerformedProcedureStepInformationModule,
    )
    from dicomodel.modules.performed_procedure_step_relationship import (
        PerformedProcedureStepRelationshipModule as PerformedProcedureStepRelationshipModule,
    )
    from dicomodel.modules.performed_storage import PerformedStorageModule as PerformedStorageModule
    from dicomodel.modules.performed_xa_acquisition import (
        PerformedXAAcquisitionModule as PerformedXAAcquisitionModule,
    )
    from dicomodel.modules.performed_xa_reconstruction import (
        PerformedXAReconstructionModule as PerformedXAReconstructionModule,
    )
    from dicomodel.modules.pet_image import PETImageModule as PETImageModule
    from dicomodel.modules.pet_isotope import PETIsotopeModule as PETIsotopeModule
    from dicomodel.modules.pet_multi_gated_acquisition import (
        PETMultiGatedAcquisitionModule as PETMultiGatedAcquisitionModule,
    )
    from dicomodel.modules.pet_series import PETSeriesModule as PETSeriesModule
    from dicomodel.modules.photoacoustic_acquisition_parameters import (
        PhotoacousticAcquisitionParametersModule as PhotoacousticAcquisitionParametersModule,
    )
    from dicomodel.modules.photoacoustic_image import (
        PhotoacousticImageModule as PhotoacousticImageModule,
    )
    from dicomodel.modules.photoacoustic_reconstruction import (
        PhotoacousticReconstructionModule as PhotoacousticReconstructionModule,
    )
    from dicomodel.modules.photoacoustic_transducer import (
        PhotoacousticTransducerModule as PhotoacousticTransducerModule,
    )
    from dicomodel.modules.point_cloud import PointCloudModule as PointCloudModule
    from dicomodel.modules.presentation_animation import (
        PresentationAnimationModule as PresentationAnimationModule,
    )
    from dicomodel.modules.presentation_lut import PresentationLUTModule as PresentationLUTModule
    from dicomodel.modules.presentation_series import (
        PresentationSeriesModule as PresentationSeriesModule,
    )
    from dicomodel.modules.presentation_state_blending import (
        PresentationStateBlendingModule as PresentationStateBlendingModule,
    )
    from dicomodel.modules.presentation_state_identification import (
        PresentationStateIdentificationModule as PresentationStateIdentificationModule,
    )
    from dicomodel.modules.presentation_state_mask import (
        PresentationStateMaskModule as PresentationStateMaskModule,
    )
    from dicomodel.modules.presentation_state_relationship import (
        PresentationStateRelationshipModule as PresentationStateRelationshipModule,
    )
    from dicomodel.modules.presentation_state_shutter import (
        PresentationStateShutterModule as PresentationStateShutterModule,
    )
    from dicomodel.modules.presentation_view_description import (
        PresentationViewDescriptionModule as PresentationViewDescriptionModule,
    )
    from dicomodel.modules.print_job import PrintJobModule as PrintJobModule
    from dicomodel.modules.printer import PrinterModule as PrinterModule
    from dicomodel.modules.printer_configuration import (
        PrinterConfigurationModule as PrinterConfigurationModule,
    )
    from dicomodel.modules.product_characteristics import (
        ProductCharacteristicsModule as ProductCharacteristicsModule,
    )
    from dicomodel.modules.protocol_approval import ProtocolApprovalModule as ProtocolApprovalModule
    from dicomodel.modules.protocol_context import ProtocolContextModule as ProtocolContextModule
    from dicomodel.modules.qa_results import QAResultsModule as QAResultsModule
    from dicomodel.modules.radiotherapy_common_instance import (
        RadiotherapyCommonInstanceModule as RadiotherapyCommonInstanceModule,
    )
    from dicomodel.modules.raw_data import RawDataModule as RawDataModule
    from dicomodel.modules.real_time_acquisition import (
        RealTimeAcquisitionModule as RealTimeAcquisitionModule,
    )
    from dicomodel.modules.real_time_bulk_data_flow import (
        RealTimeBulkDataFlowModule as RealTimeBulkDataFlowModule,
    )
    from dicomodel.modules.real_world_value_mapping import (
        RealWorldValueMappingModule as RealWorldValueMappingModule,
    )
    from dicomodel.modules.real_world_value_mapping_series import (
        RealWorldValueMappingSeriesModule as RealWorldValueMappingSeriesModule,
    )
    from dicomodel.modules.render_display import RenderDisplayModule as RenderDisplayModule
    from dicomodel.modules.render_shading import RenderShadingModule as RenderShadingModule
    from dicomodel.modules.requested_procedure import (
        RequestedProcedureModule as RequestedProcedureModule,
    )
    from dicomodel.modules.respiratory_synchronization import (
        RespiratorySynchronizationModule as RespiratorySynchronizationModule,
    )
    from dicomodel.modules.robotic_arm_delivery_device import (
        RoboticArmDeliveryDeviceModule as RoboticArmDeliveryDeviceModule,
    )
    from dicomodel.modules.robotic_arm_path import RoboticArmPathModule as RoboticArmPathModule
    from dicomodel.modules.roi_contour import ROIContourModule as ROIContourModule
    from dicomodel.modules.rt_beams import RTBeamsModule as RTBeamsModule
    from dicomodel.modules.rt_beams_delivery_instruction import (
        RTBeamsDeliveryInstructionModule as RTBeamsDeliveryInstructionModule,
    )
    from dicomodel.modules.rt_beams_session_record import (
        RTBeamsSessionRecordModule as RTBeamsSessionRecordModule,
    )
    from dicomodel.modules.rt_brachy_application_setup_delivery_instruction import (
        RTBrachyApplicationSetupDeliveryInstructionModule as RTBrachyApplicationSetupDeliveryInstructionModule,
    )
    from dicomodel.modules.rt_brachy_application_setups import (
        RTBrachyApplicationSetupsModule as RTBrachyApplicationSetupsModule,
    )
    from dicomodel.modules.rt_brachy_session_record import (
        RTBrachySessionRecordModule as RTBrachySessionRecordModule,
    )
    from dicomodel.modules.rt_conventional_machine_verification import (
        RTConventionalMachineVerificationModule as RTConventionalMachineVerificationModule,
    )
    from dicomodel.modules.rt_delivery_device_common import (
        RTDeliveryDeviceCommonModule as RTDeliveryDeviceCommonModule,
    )
    from dicomodel.modules.rt_dose import RTDoseModule as RTDoseModule
    from dicomodel.modules.rt_dose_contribution import (
        RTDoseContributionModule as RTDoseContributionModule,
    )
    from dicomodel.modules.rt_dose_contribution_record import (
        RTDoseContributionRecordModule as RTDoseContributionRecordModule,
    )
    from dicomodel.modules.rt_dvh import RTDVHModule as RTDVHModule
    from dicomodel.modules.rt_enhanced_prescription import (
        RTEnhancedPrescriptionModule as RTEnhancedPrescriptionModule,
    )
    from dicomodel.modules.rt_fraction_scheme import (
        RTFractionSchemeModule as RTFractionSchemeModule,
    )
    from dicomodel.modules.rt_general_machine_verification import (
        RTGeneralMachineVerificationModule as RTGeneralMachineVerificationModule,
    )
    from dicomodel.modules.rt_general_plan import RTGeneralPlanModule as RTGeneralPlanModule
    from dicomodel.modules.rt_general_treatment_record import (
        RTGeneralTreatmentRecordModule as RTGeneralTreatmentRecordModule,
    )
    from dicomodel.modules.rt_image import RTImageModule as RTImageModule
    from dicomodel.modules.rt_ion_beams import RTIonBeamsModule as RTIonBeamsModule
    from dicomodel.modules.rt_ion_beams_session_record import (
        RTIonBeamsSessionRecordModule as RTIonBeamsSessionRecordModule,
    )
    from dicomodel.modules.rt_ion_machine_verification import (
        RTIonMachineVerificationModule as RTIonMachineVerificationModule,
    )
    from dicomodel.modules.rt_ion_tolerance_tables import (
        RTIonToleranceTablesModule as RTIonToleranceTablesModule,
    )
    from dicomodel.modules.rt_patient_position_acquisition_device import (
        RTPatientPositionAcquisitionDeviceModule as RTPatientPositionAcquisitionDeviceModule,
    )
    from dicomodel.modules.rt_patient_position_acquisition_instruction import (
        RTPatientPositionAcquisitionInstructionModule as RTPatientPositionAcquisitionInstructionModule,
    )
    from dicomodel.modules.rt_patient_setup import RTPatientSetupModule as RTPatientSetupModule
    from dicomodel.modules.rt_physician_intent import (
        RTPhysicianIntentModule as RTPhysicianIntentModule,
    )
    from dicomodel.modules.rt_prescription import RTPrescriptionModule as RTPrescriptionModule
    from dicomodel.modules.rt_radiation_common import (
        RTRadiationCommonModule as RTRadiationCommonModule,
    )
    from dicomodel.modules.rt_radiation_record_common import (
        RTRadiationRecordCommonModule as RTRadiationRecordCommonModule,
    )
    from dicomodel.modules.rt_radiation_record_set import (
        RTRadiationRecordSetModule as RTRadiationRecordSetModule,
    )
    from dicomodel.modules.rt_radiation_salvage_record import (
        RTRadiationSalvageRecordModule as RTRadiationSalvageRecordModule,
    )
    from dicomodel.modules.rt_radiation_set import RTRadiationSetModule as RTRadiationSetModule
    from dicomodel.modules.rt_radiation_set_delivery_instruction import (
        RTRadiationSetDeliveryInstructionModule as RTRadiationSetDeliveryInstructionModule,
    )
    from dicomodel.modules.rt_roi_observations import (
        RTROIObservationsModule as RTROIObservationsModule,
    )
    from dicomodel.modules.rt_segment_annotation import (
        RTSegmentAnnotationModule as RTSegmentAnnotationModule,
    )
    from dicomodel.modules.rt_series import RTSeriesModule as RTSeriesModule
    from dicomodel.modules.rt_tolerance_tables import (
        RTToleranceTablesModule as RTToleranceTablesModule,
    )
    from dicomodel.modules.rt_treatment_machine_record import (
        RTTreatmentMachineRecordModule as RTTreatmentMachineRecordModule,
    )
    from dicomodel.modules.rt_treatment_phase_intent import (
        RTTreatmentPhaseIntentModule as RTTreatmentPhaseIntentModule,
    )
    from dicomodel.modules.rt_treatment_preparation import (
        RTTreatmentPreparationModule as RTTreatmentPreparationModule,
    )
    from dicomodel.modules.rt_treatment_summary_record import (
        RTTreatmentSummaryRecordModule as RTTreatmentSummaryRecordModule,
    )
    from dicomodel.modules.sc_equipment import SCEquipmentModule as SCEquipmentModule
    from dicomodel.modules.sc_image import SCImageModule as SCImageModule
    from dicomodel.modules.sc_multi_frame_image import (
        SCMultiFrameImageModule as SCMultiFrameImageModule,
    )
    from dicomodel.modules.sc_multi_frame_vector import (
        SCMultiFrameVectorModule as SCMultiFrameVectorModule,
    )
    from dicomodel.modules.scan_procedure import ScanProcedureModule as ScanProcedureModule
    from dicomodel.modules.scheduled_procedure_step import (
        ScheduledProcedureStepModule as ScheduledProcedureStepModule,
    )
    from dicomodel.modules.segment_reference import SegmentReferenceModule as SegmentReferenceModule
    from dicomodel.modules.segmentation_image import (
        SegmentationImageModule as SegmentationImageModule,
    )
    from dicomodel.modules.segmentation_series import (
        SegmentationSeriesModule as SegmentationSeriesModule,
    )
    from dicomodel.modules.slide_coordinates import SlideCoordinatesModule as SlideCoordinatesModule
    from dicomodel.modules.slide_label import SlideLabelModule as SlideLabelModule
    from dicomodel.modules.softcopy_presentation_lut import (
        SoftcopyPresentationLUTModule as SoftcopyPresentationLUTModule,
    )
    from dicomodel.modules.softcopy_voi_lut import SoftcopyVOILUTModule as SoftcopyVOILUTModule
    from dicomodel.modules.sop_common import SOPCommonModule as SOPCommonModule
    from dicomodel.modules.sparse_multi_frame_functional_groups import (
        SparseMultiFrameFunctionalGroupsModule as SparseMultiFrameFunctionalGroupsModule,
    )
    from dicomodel.modules.spatial_fiducials import SpatialFiducialsModule as SpatialFiducialsModule
    from dicomodel.modules.spatial_fiducials_series import (
        SpatialFiducialsSeriesModule as SpatialFiducialsSeriesModule,
    )
    from dicomodel.modules.spatial_registration import (
        SpatialRegistrationModule as SpatialRegistrationModule,
    )
    from dicomodel.modules.spatial_registration_series import (
        SpatialRegistrationSeriesModule as SpatialRegistrationSeriesModule,
    )
    from dicomodel.modules.spatial_transformation import (
        SpatialTransformationModule as SpatialTransformationModule,
    )
    from dicomodel.modules.specimen import SpecimenModule as SpecimenModule
    from dicomodel.modules.sr_document_content import (
        SRDocumentContentModule as SRDocumentContentModule,
    )
    from dicomodel.modules.sr_document_general import (
        SRDocumentGeneralModule as SRDocumentGeneralModule,
    )
    from dicomodel.modules.sr_document_series import (
        SRDocumentSeriesModule as SRDocumentSeriesModule,
    )
    from dicomodel.modules.stereometric_relationship import (
        StereometricRelationshipModule as StereometricRelationshipModule,
    )
    from dicomodel.modules.stereometric_series import (
        StereometricSeriesModule as StereometricSeriesModule,
    )
    from dicomodel.modules.storage_commitment import (
        StorageCommitmentModule as StorageCommitmentModule,
    )
    from dicomodel.modules.structure_set import StructureSetModule as StructureSetModule
    from dicomodel.modules.structured_display import (
        StructuredDisplayModule as StructuredDisplayModule,
    )
    from dicomodel.modules.structured_display_annotation import (
        StructuredDisplayAnnotationModule as StructuredDisplayAnnotationModule,
    )
    from dicomodel.modules.structured_display_image_box import (
        StructuredDisplayImageBoxModule as StructuredDisplayImageBoxModule,
    )
    from dicomodel.modules.subjective_refraction_measurements import (
        SubjectiveRefractionMeasurementsModule as SubjectiveRefractionMeasurementsModule,
    )
    from dicomodel.modules.subjective_refraction_measurements_series import (
        SubjectiveRefractionMeasurementsSeriesModule as SubjectiveRefractionMeasurementsSeriesModule,
    )
    from dicomodel.modules.substance_administration import (
        SubstanceAdministrationModule as SubstanceAdministrationModule,
    )
    from dicomodel.modules.substance_administration_log import (
        SubstanceAdministrationLogModule as SubstanceAdministrationLogModule,
    )
    from dicomodel.modules.substance_approval import (
        SubstanceApprovalModule as SubstanceApprovalModule,
    )
    from dicomodel.modules.supplemental_palette_color_lookup_table import (
        SupplementalPaletteColorLookupTableModule as SupplementalPaletteColorLookupTableModule,
    )
    from dicomodel.modules.surface_mesh import SurfaceMeshModule as SurfaceMeshModule
    from dicomodel.modules.surface_segmentation import (
        SurfaceSegmentationModule as SurfaceSegmentationModule,
    )
    from dicomodel.modules.synchronization import SynchronizationModule as SynchronizationModule
    from dicomodel.modules.target_luminance_characteristics import (
        TargetLuminanceCharacteristicsModule as TargetLuminanceCharacteristicsModule,
    )
    from dicomodel.modules.timezone import TimezoneModule as TimezoneModule
    from dicomodel.modules.tomotherapeutic_beam import (
        TomotherapeuticBeamModule as TomotherapeuticBeamModule,
    )
    from dicomodel.modules.tomotherapeutic_delivery_device import (
        TomotherapeuticDeliveryDeviceModule as TomotherapeuticDeliveryDeviceModule,
    )
    from dicomodel.modules.tractography_results import (
        TractographyResultsModule as TractographyResultsModule,
    )
    from dicomodel.modules.tractography_results_series import (
        TractographyResultsSeriesModule as TractographyResultsSeriesModule,
    )
    from dicomodel.modules.ultrasound_frame_of_reference import (
        UltrasoundFrameOfReferenceModule as UltrasoundFrameOfReferenceModule,
    )
    from dicomodel.modules.unified_procedure_step_performed_procedure_information import (
        UnifiedProcedureStepPerformedProcedureInformationModule as UnifiedProcedureStepPerformedProcedureInformationModule,
    )
    from dicomodel.modules.unified_procedure_step_progress_information import (
        UnifiedProcedureStepProgressInformationModule as UnifiedProcedureStepProgressInformationModule,
    )
    from dicomodel.modules.unified_procedure_step_relationship import (
        UnifiedProcedureStepRelationshipModule as UnifiedProcedureStepRelationshipModule,
    )
    from dicomodel.modules.unified_procedure_step_scheduled_procedure_information import (
        UnifiedProcedureStepScheduledProcedureInformationModule as UnifiedProcedureStepScheduledProcedureInformationModule,
    )
    from dicomodel.modules.us_image import USImageModule as USImageModule
    from dicomodel.modules.us_region_calibration import (
        USRegionCalibrationModule as USRegionCalibrationModule,
    )
    from dicomodel.modules.uv_mapping import UVMappingModule as UVMappingModule
    from dicomodel.modules.variable_modality_lut import (
        VariableModalityLUTModule as VariableModalityLUTModule,
    )
    from dicomodel.modules.visit_admission import VisitAdmissionModule as VisitAdmissionModule
    from dicomodel.modules.visit_identification import (
        VisitIdentificationModule as VisitIdentificationModule,
    )
    from dicomodel.modules.visit_relationship import (
        VisitRelationshipModule as VisitRelationshipModule,
    )
    from dicomodel.modules.visit_status import VisitStatusModule as VisitStatusModule
    from dicomodel.modules.visual_acuity_measurements import (
        VisualAcuityMeasurementsModule as VisualAcuityMeasurementsModule,
    )
    from dicomodel.modules.visual_acuity_measurements_series import (
        VisualAcuityMeasurementsSeriesModule as VisualAcuityMeasurementsSeriesModule,
    )
    from dicomodel.modules.visual_field_static_perimetry_measurements_series import (
        VisualFieldStaticPerimetryMeasurementsSeriesModule as VisualFieldStaticPerimetryMeasurementsSeriesModule,
    )
    from dicomodel.modules.visual_field_static_perimetry_test_measurements import (
        VisualFieldStaticPerimetryTestMeasurementsModule as VisualFieldStaticPerimetryTestMeasurementsModule,
    )
    from dicomodel.modules.visual_field_static_perimetry_test_parameters import (
        VisualFieldStaticPerimetryTestParametersModule as VisualFieldStaticPerimetryTestParametersModule,
    )
    from dicomodel.modules.visual_field_static_perimetry_test_reliability import (
        VisualFieldStaticPerimetryTestReliabilityModule as VisualFieldStaticPerimetryTestReliabilityModule,
    )
    from dicomodel.modules.visual_field_static_perimetry_test_results import (
        VisualFieldStaticPerimetryTestResultsModule as VisualFieldStaticPerimetryTestResultsModule,
    )
    from dicomodel.modules.vl_image import VLImageModule as VLImageModule
    from dicomodel.modules.vl_photographic_acquisition import (
        VLPhotographicAcquisitionModule as VLPhotographicAcquisitionModule,
    )
    from dicomodel.modules.vl_photographic_equipment import (
        VLPhotographicEquipmentModule as VLPhotographicEquipmentModule,
    )
    from dicomodel.modules.vl_photographic_geolocation import (
        VLPhotographicGeolocationModule as VLPhotographicGeolocationModule,
    )
    from dicomodel.modules.voi_lut import VOILUTModule as VOILUTModule
    from dicomodel.modules.volume_cropping import VolumeCroppingModule as VolumeCroppingModule
    from dicomodel.modules.volume_render_geometry import (
        VolumeRenderGeometryModule as VolumeRenderGeometryModule,
    )
    from dicomodel.modules.volumetric_graphic_annotation import (
        VolumetricGraphicAnnotationModule as VolumetricGraphicAnnotationModule,
    )
    from dicomodel.modules.volumetric_presentation_state_identification import (
        VolumetricPresentationStateIdentificationModule as VolumetricPresentationStateIdentificationModule,
    )
    from dicomodel.modules.volumetric_presentation_state_relationship import (
        VolumetricPresentationStateRelationshipModule as VolumetricPresentationStateRelationshipModule,
    )
    from dicomodel.modules.waveform import WaveformModule as WaveformModule
    from dicomodel.modules.waveform_annotation import (
        WaveformAnnotationModule as WaveformAnnotationModule,
    )
    from dicomodel.modules.waveform_identification import (
        WaveformIdentificationModule as WaveformIdentificationModule,
    )
    from dicomodel.modules.whole_slide_microscopy_image import (
        WholeSlideMicroscopyImageModule as WholeSlideMicroscopyImageModule,
    )
    from dicomodel.modules.whole_slide_microscopy_series import (
        WholeSlideMicroscopySeriesModule as WholeSlideMicroscopySeriesModule,
    )
    from dicomodel.modules.wide_field_ophthalmic_photography_3d_coordinates import (
        WideFieldOphthalmicPhotography3DCoordinatesModule as WideFieldOphthalmicPhotography3DCoordinatesModule,
    )
    from dicomodel.modules.wide_field_ophthalmic_photography_quality_rating import (
        WideFieldOphthalmicPhotographyQualityRatingModule as WideFieldOphthalmicPhotographyQualityRatingModule,
    )
    from dicomodel.modules.wide_field_ophthalmic_photography_stereographic_projection import (
        WideFieldOphthalmicPhotographyStereographicProjectionModule as WideFieldOphthalmicPhotographyStereographicProjectionModule,
    )
    from dicomodel.modules.x_ray_3d_angiographic_acquisition import (
        XRay3DAngiographicAcquisitionModule as XRay3DAngiographicAcquisitionModule,
    )
    from dicomodel.modules.x_ray_3d_angiographic_image_contributing_sources import (
        XRay3DAngiographicImageContributingSourcesModule as XRay3DAngiographicImageContributingSourcesModule,
    )
    from dicomodel.modules.x_ray_3d_craniofacial_acquisition import (
        XRay3DCraniofacialAcquisitionModule as XRay3DCraniofacialAcquisitionModule,
    )
    from dicomodel.modules.x_ray_3d_craniofacial_image_contributing_sources import (
        XRay3DCraniofacialImageContributingSourcesModule as XRay3DCraniofacialImageContributingSourcesModule,
    )
    from dicomodel.modules.x_ray_3d_image import XRay3DImageModule as XRay3DImageModule
    from dicomodel.modules.x_ray_3d_reconstruction import (
        XRay3DReconstructionModule as XRay3DReconstructionModule,
    )
    from dicomodel.modules.x_ray_acquisition import XRayAcquisitionModule as XRayAcquisitionModule
    from dicomodel.modules.x_ray_acquisition_dose import (
        XRayAcquisitionDoseModule as XRayAcquisitionDoseModule,
    )
    from dicomodel.modules.x_ray_collimator import XRayCollimatorModule as XRayCollimatorModule
    from dicomodel.modules.x_ray_detector import XRayDetectorModule as XRayDetectorModule
    from dicomodel.modules.x_ray_filtration import XRayFiltrationModule as XRayFiltrationModule
    from dicomodel.modules.x_ray_generation import XRayGenerationModule as XRayGenerationModule
    from dicomodel.modules.x_ray_grid import XRayGridModule as XRayGridModule
    from dicomodel.modules.x_ray_image import XRayImageModule as XRayImageModule
    from dicomodel.modules.x_ray_image_intensifier import (
        XRayImageIntensifierModule as XRayImageIntensifierModule,
    )
    from dicomodel.modules.x_ray_table import XRayTableModule as XRayTableModule
    from dicomodel.modules.x_ray_tomography_acquisition import (
        XRayTomographyAcquisitionModule as XRayTomographyAcquisitionModule,
    )
    from dicomodel.modules.xa_positioner import XAPositionerModule as XAPositionerModule
    from dicomodel.modules.xa_protocol_series import (
        XAProtocolSeriesModule as XAProtocolSeriesModule,
    )
    from dicomodel.modules.xa_xrf_acquisition import (
        XAXRFAcquisitionModule as XAXRFAcquisitionModule,
    )
    from dicomodel.modules.xa_xrf_multi_frame_presentation import (
        XAXRFMultiFramePresentationModule as XAXRFMultiFramePresentationModule,
    )
    from dicomodel.modules.xa_xrf_presentation_state_mask import (
        XAXRFPresentationStateMaskModule as XAXRFPresentationStateMaskModule,
    )
    from dicomodel.modules.xa_xrf_presentation_state_presentation import (
        XAXRFPresentationStatePresentationModule as XAXRFPresentationStatePresentationModule,
    )
    from dicomodel.modules.xa_xrf_presentation_state_shutter import (
        XAXRFPresentationStateShutterModule as XAXRFPresentationStateShutterModule,
    )
    from dicomodel.modules.xa_xrf_series import XAXRFSeriesModule as XAXRFSeriesModule
    from dicomodel.modules.xrf_positioner import XRFPositionerModule as XRFPositionerModule

__all__ = [
    "AcquisitionContextModule",
    "AdvancedBlendingPresentationStateDisplayModule",
    "AdvancedBlendingPresentationStateModule",
    "ApprovalModule",
    "AutorefractionMeasurementsModule",
    "AutorefractionMeasurementsSeriesModule",
    "BasicAnnotationPresentationModule",
    "BasicFilmBoxPresentationModule",
    "BasicFilmBoxRelationshipModule",
    "BasicFilmSessionPresentationModule",
    "BasicFilmSessionRelationshipModule",
    "BillingAndMaterialManagementCodeModule",
    "BitmapDisplayShutterModule",
    "BreastTomosynthesisAcquisitionModule",
    "BreastTomosynthesisContributingSourcesModule",
    "BreastViewModule",
    "BulkMotionSynchronizationModule",
    "CArmPhotonElectronBeamModule",
    "CArmPhotonElectronDeliveryDeviceModule",
    "CRImageModule",
    "CRSeriesModule",
    "CTImageModule",
    "CTProtocolSeriesModule",
    "CTSeriesModule",
    "CalculatedDoseReferenceRecordModule",
    "CardiacSynchronizationModule",
    "CineModule",
    "ClinicalTrialContextModule",
    "ClinicalTrialSeriesModule",
    "ClinicalTrialStudyModule",
    "ClinicalTrialSubjectModule",
    "ColorPaletteDefinitionModule",
    "CommonInstanceReferenceModule",
    "ConfocalMicroscopyImageModule",
    "ConfocalMicroscopyTiledPyramidalImageModule",
    "ContentAssessmentResultsModule",
    "ContrastBolusModule",
    "CornealTopographyMapAnalysisModule",
    "CornealTopographyMapImageModule",
    "CornealTopographyMapSeriesModule",
    "CurrentFrameFunctionalGroupsModule",
    "CutaneousConfocalMicroscopyImageAcquisitionParametersModule",
    "DXAnatomyImagedModule",
    "DXDetectorModule",
    "DXImageModule",
    "DXPositioningModule",
    "DXSeriesModule",
    "DefinedStorageModule",
    "DeformableSpatialRegistrationModule",
    "DermoscopicImageModule",
    "DeviceModule",
    "DirectoryInformationModule",
    "DisplayShutterModule",
    "DisplaySystemModule",
    "DisplayedAreaModule",
    "DoubleFloatingPointImagePixelModule",
    "EncapsulatedDocumentModule",
    "EncapsulatedDocumentSeriesModule",
    "EnhancedCTImageModule",
    "EnhancedContrastBolusModule",
    "EnhancedGeneralEquipmentModule",
    "EnhancedMRImageModule",
    "EnhancedMammographyImageModule",
    "EnhancedMammographySeriesModule",
    "EnhancedMultiEnergyCTAcquisitionModule",
    "EnhancedPETAcquisitionModule",
    "EnhancedPETCorrectionsModule",
    "EnhancedPETImageModule",
    "EnhancedPETIsotopeModule",
    "EnhancedPETSeriesModule",
    "EnhancedPaletteColorLookupTableModule",
    "EnhancedRTImageDeviceModule",
    "EnhancedRTImageModule",
    "EnhancedRTSeriesModule",
    "EnhancedSeriesModule",
    "EnhancedUSImageModule",
    "EnhancedUSSeriesModule",
    "EnhancedXAXRFImageModule",
    "EquipmentSpecificationModule",
    "ExcludedIntervalsModule",
    "FileSetIdentificationModule",
    "FloatingPointImagePixelModule",
    "FrameExtractionModule",
    "FrameOfReferenceModule",
    "FramePointersModule",
    "GeneralAcquisitionModule",
    "GeneralDefinedAcquisitionModule",
    "GeneralDefinedReconstructionModule",
    "GeneralEquipmentModule",
    "GeneralImageModule",
    "GeneralOphthalmicRefractiveMeasurementsModule",
    "GeneralReferenceModule",
    "GeneralSeriesModule",
    "GeneralStudyModule",
    "GenericImplantTemplate2DDrawingsModule",
    "GenericImplantTemplate3DModelsModule",
    "GenericImplantTemplateDescriptionModule",
    "GenericImplantTemplateMatingFeaturesModule",
    "GenericImplantTemplatePlanningLandmarksModule",
    "GraphicAnnotationModule",
    "GraphicGroupModule",
    "GraphicLayerModule",
    "HangingProtocolDefinitionModule",
    "HangingProtocolDisplayModule",
    "HangingProtocolEnvironmentModule",
    "ICCProfileModule",
    "IVUSImageModule",
    "ImageAcquisitionResultsModule",
    "ImageBoxPixelPresentationModule",
    "ImageEquipmentCoordinateRelationshipModule",
    "ImageHistogramModule",
    "ImagePixelModule",
    "ImagePlaneModule",
    "ImagingServiceRequestModule",
    "ImplantAssemblyTemplateModule",
    "ImplantTemplateGroupModule",
    "InstanceAvailabilityNotificationModule",
    "InstructionsModule",
    "InterventionModule",
    "IntraOralImageModule",
    "IntraOralSeriesModule",
    "IntraocularLensCalculationsModule",
    "IntraocularLensCalculationsSeriesModule",
    "IntravascularImageAcquisitionParametersModule",
    "IntravascularOCTAcquisitionParametersModule",
    "IntravascularOCTImageModule",
    "IntravascularOCTProcessingParametersModule",
    "IntravascularOCTSeriesModule",
    "InventoryCreationModule",
    "InventoryModule",
    "KeratometryMeasurementsModule",
    "KeratometryMeasurementsSeriesModule",
    "KeyObjectDocumentModule",
    "KeyObjectDocumentSeriesModule",
    "LensometryMeasurementsModule",
    "LensometryMeasurementsSeriesModule",
    "MPRVolumetricPresentationStateDisplayModule",
    "MRImageModule",
    "MRPulseSequenceModule",
    "MRSeriesModule",
    "MRSpectroscopyDataModule",
    "MRSpectroscopyModule",
    "MRSpectroscopyPulseSequenceModule",
    "MammographyImageModule",
    "MammographySeriesModule",
    "Manufacturing3DModelModule",
    "MaskModule",
    "MeasuredDoseReferenceRecordModule",
    "MediaCreationManagementModule",
    "MicroscopeSlideLayerTileOrganizationModule",
    "MicroscopyBulkSimpleAnnotationsModule",
    "MicroscopyBulkSimpleAnnotationsSeriesModule",
    "ModalityLUTModule",
    "MultiEnergyCTImageModule",
    "MultiFrameDimensionModule",
    "MultiFrameFunctionalGroupsModule",
    "MultiFrameModule",
    "MultiFrameOverlayModule",
    "MultiPlanarReconstructionGeometryModule",
    "MultiResolutionPyramidModule",
    "NMDetectorModule",
    "NMImageModule",
    "NMImagePixelModule",
    "NMIsotopeModule",
    "NMMultiFrameModule",
    "NMMultiGatedAcquisitionModule",
    "NMPETPatientOrientationModule",
    "NMPhaseModule",
    "NMReconstructionModule",
    "NMTomoAcquisitionModule",
    "OcularRegionImagedModule",
    "OphthalmicAxialMeasurementsModule",
    "OphthalmicAxialMeasurementsSeriesModule",
    "OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisImageModule",
    "OphthalmicOpticalCoherenceTomographyEnFaceImageModule",
    "OphthalmicOpticalCoherenceTomographyEnFaceImageQualityRatingModule",
    "OphthalmicPatientClinicalInformationAndTestLensParametersModule",
    "OphthalmicPhotographicParametersModule",
    "OphthalmicPhotographyAcquisitionParametersModule",
    "OphthalmicPhotographyImageModule",
    "OphthalmicPhotographySeriesModule",
    "OphthalmicThicknessMapModule",
    "OphthalmicThicknessMapQualityRatingModule",
    "OphthalmicThicknessMapSeriesModule",
    "OphthalmicTomographyAcquisitionParametersModule",
    "OphthalmicTomographyBScanVolumeAnalysisSeriesModule",
    "OphthalmicTomographyEnFaceSeriesModule",
    "OphthalmicTomographyImageModule",
    "OphthalmicTomographyParametersModule",
    "OphthalmicTomographySeriesModule",
    "OpticalPathModule",
    "OpticalSurfaceScannerSeriesModule",
    "OverlayActivationModule",
    "OverlayPlaneModule",
    "PETImageModule",
    "PETIsotopeModule",
    "PETMultiGatedAcquisitionModule",
    "PETSeriesModule",
    "PaletteColorLookupTableModule",
    "ParametricMapImageModule",
    "ParametricMapSeriesModule",
    "PatientDemographicModule",
    "PatientIdentificationModule",
    "PatientMedicalModule",
    "PatientModule",
    "PatientOrientationModule",
    "PatientPositioningModule",
    "PatientProtocolContextModule",
    "PatientRelationshipModule",
    "PatientSpecificationModule",
    "PatientStudyModule",
    "PerformedCTAcquisitionModule",
    "PerformedCTReconstructionModule",
    "PerformedProcedureStepInformationModule",
    "PerformedProcedureStepRelationshipModule",
    "PerformedStorageModule",
    "PerformedXAAcquisitionModule",
    "PerformedXAReconstructionModule",
    "PhotoacousticAcquisitionParametersModule",
    "PhotoacousticImageModule",
    "PhotoacousticReconstructionModule",
    "PhotoacousticTransducerModule",
    "PointCloudModule",
    "PresentationAnimationModule",
    "PresentationLUTModule",
    "PresentationSeriesModule",
    "PresentationStateBlendingModule",
    "PresentationStateIdentificationModule",
    "PresentationStateMaskModule",
    "PresentationStateRelationshipModule",
    "PresentationStateShutterModule",
    "PresentationViewDescriptionModule",
    "PrintJobModule",
    "PrinterConfigurationModule",
    "PrinterModule",
    "ProductCharacteristicsModule",
    "ProtocolApprovalModule",
    "ProtocolContextModule",
    "QAResultsModule",
    "ROIContourModule",
    "RTBeamsDeliveryInstructionModule",
    "RTBeamsModule",
    "RTBeamsSessionRecordModule",
    "RTBrachyApplicationSetupDeliveryInstructionModule",
    "RTBrachyApplicationSetupsModule",
    "RTBrachySessionRecordModule",
    "RTConventionalMachineVerificationModule",
    "RTDVHModule",
    "RTDeliveryDeviceCommonModule",
    "RTDoseContributionModule",
    "RTDoseContributionRecordModule",
    "RTDoseModule",
    "RTEnhancedPrescriptionModule",
    "RTFractionSchemeModule",
    "RTGeneralMachineVerificationModule",
    "RTGeneralPlanModule",
    "RTGeneralTreatmentRecordModule",
    "RTImageModule",
    "RTIonBeamsModule",
    "RTIonBeamsSessionRecordModule",
    "RTIonMachineVerificationModule",
    "RTIonToleranceTablesModule",
    "RTPatientPositionAcquisitionDeviceModule",
    "RTPatientPositionAcquisitionInstructionModule",
    "RTPatientSetupModule",
    "RTPhysicianIntentModule",
    "RTPrescriptionModule",
    "RTROIObservationsModule",
    "RTRadiationCommonModule",
    "RTRadiationRecordCommonModule",
    "RTRadiationRecordSetModule",
    "RTRadiationSalvageRecordModule",
    "RTRadiationSetDeliveryInstructionModule",
    "RTRadiationSetModule",
    "RTSegmentAnnotationModule",
    "RTSeriesModule",
    "RTToleranceTablesModule",
    "RTTreatmentMachineRecordModule",
    "RTTreatmentPhaseIntentModule",
    "RTTreatmentPreparationModule",
    "RTTreatmentSummaryRecordModule",
    "RadiotherapyCommonInstanceModule",
    "RawDataModule",
    "RealTimeAcquisitionModule",
    "RealTimeBulkDataFlowModule",
    "RealWorldValueMappingModule",
    "RealWorldValueMappingSeriesModule",
    "RenderDisplayModule",
    "RenderShadingModule",
    "RequestedProcedureModule",
    "RespiratorySynchronizationModule",
    "RoboticArmDeliveryDeviceModule",
    "RoboticArmPathModule",
    "SCEquipmentModule",
    "SCImageModule",
    "SCMultiFrameImageModule",
    "SCMultiFrameVectorModule",
    "SOPCommonModule",
    "SRDocumentContentModule",
    "SRDocumentGeneralModule",
    "SRDocumentSeriesModule",
    "ScanProcedureModule",
    "ScheduledProcedureStepModule",
    "SegmentReferenceModule",
    "SegmentationImageModule",
    "SegmentationSeriesModule",
    "SlideCoordinatesModule",
    "SlideLabelModule",
    "SoftcopyPresentationLUTModule",
    "SoftcopyVOILUTModule",
    "SparseMultiFrameFunctionalGroupsModule",
    "SpatialFiducialsModule",
    "SpatialFiducialsSeriesModule",
    "SpatialRegistrationModule",
    "SpatialRegistrationSeriesModule",
    "SpatialTransformationModule",
    "SpecimenModule",
    "StereometricRelationshipModule",
    "StereometricSeriesModule",
    "StorageCommitmentModule",
    "StructureSetModule",
    "StructuredDisplayAnnotationModule",
    "StructuredDisplayImageBoxModule",
    "StructuredDisplayModule",
    "SubjectiveRefractionMeasurementsModule",
    "SubjectiveRefractionMeasurementsSeriesModule",
    "SubstanceAdministrationLogModule",
    "SubstanceAdministrationModule",
    "SubstanceApprovalModule",
    "SupplementalPaletteColorLookupTableModule",
    "SurfaceMeshModule",
    "SurfaceSegmentationModule",
    "SynchronizationModule",
    "TargetLuminanceCharacteristicsModule",
    "TimezoneModule",
    "TomotherapeuticBeamModule",
    "TomotherapeuticDeliveryDeviceModule",
    "TractographyResultsModule",
    "TractographyResultsSeriesModule",
    "USImageModule",
    "USRegionCalibrationModule",
    "UVMappingModule",
    "UltrasoundFrameOfReferenceModule",
    "UnifiedProcedureStepPerformedProcedureInformationModule",
    "UnifiedProcedureStepProgressInformationModule",
    "UnifiedProcedureStepRelationshipModule",
    "UnifiedProcedureStepScheduledProcedureInformationModule",
    "VLImageModule",
    "VLPhotographicAcquisitionModule",
    "VLPhotographicEquipmentModule",
    "VLPhotographicGeolocationModule",
    "VOILUTModule",
    "VariableModalityLUTModule",
    "VisitAdmissionModule",
    "VisitIdentificationModule",
    "VisitRelationshipModule",
    "VisitStatusModule",
    "VisualAcuityMeasurementsModule",
    "VisualAcuityMeasurementsSeriesModule",
    "VisualFieldStaticPerimetryMeasurementsSeriesModule",
    "VisualFieldStaticPerimetryTestMeasurementsModule",
    "VisualFieldStaticPerimetryTestParametersModule",
    "VisualFieldStaticPerimetryTestReliabilityModule",
    "VisualFieldStaticPerimetryTestResultsModule",
    "VolumeCroppingModule",
    "VolumeRenderGeometryModule",
    "VolumetricGraphicAnnotationModule",
    "VolumetricPresentationStateIdentificationModule",
    "VolumetricPresentationStateRelationshipModule",
    "WaveformAnnotationModule",
    "WaveformIdentificationModule",
    "WaveformModule",
    "WholeSlideMicroscopyImageModule",
    "WholeSlideMicroscopySeriesModule",
    "WideFieldOphthalmicPhotography3DCoordinatesModule",
    "WideFieldOphthalmicPhotographyQualityRatingModule",
    "WideFieldOphthalmicPhotographyStereographicProjectionModule",
    "XAPositionerModule",
    "XAProtocolSeriesModule",
    "XAXRFAcquisitionModule",
    "XAXRFMultiFramePresentationModule",
    "XAXRFPresentationStateMaskModule",
    "XAXRFPresentationStatePresentationModule",
    "XAXRFPresentationStateShutterModule",
    "XAXRFSeriesModule",
    "XRFPositionerModule",
    "XRay3DAngiographicAcquisitionModule",
    "XRay3DAngiographicImageContributingSourcesModule",
    "XRay3DCraniofacialAcquisitionModule",
    "XRay3DCraniofacialImageContributingSourcesModule",
    "XRay3DImageModule",
    "XRay3DReconstructionModule",
    "XRayAcquisitionDoseModule",
    "XRayAcquisitionModule",
    "XRayCollimatorModule",
    "XRayDetectorModule",
    "XRayFiltrationModule",
    "XRayGenerationModule",
    "XRayGridModule",
    "XRayImageIntensifierModule",
    "XRayImageModule",
    "XRayTableModule",
    "XRayTomographyAcquisitionModule",
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
