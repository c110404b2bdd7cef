"""Module and macro classes by their PS3.3 name (case-folded), for conditions that name a module or functional group; and the top-level tags of each class, to tell whether it stands in a data set without importing it.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

MODULES: dict[str, str] = {
    "acquisition context": "dicomodel.modules.acquisition_context:AcquisitionContextModule",
    "advanced blending presentation state": "dicomodel.modules.advanced_blending_presentation_state:AdvancedBlendingPresentationStateModule",
    "advanced blending presentation state display": "dicomodel.modules.advanced_blending_presentation_state_display:AdvancedBlendingPresentationStateDisplayModule",
    "approval": "dicomodel.modules.approval:ApprovalModule",
    "autorefraction measurements": "dicomodel.modules.autorefraction_measurements:AutorefractionMeasurementsModule",
    "autorefraction measurements series": "dicomodel.modules.autorefraction_measurements_series:AutorefractionMeasurementsSeriesModule",
    "basic annotation presentation": "dicomodel.modules.basic_annotation_presentation:BasicAnnotationPresentationModule",
    "basic film box presentation": "dicomodel.modules.basic_film_box_presentation:BasicFilmBoxPresentationModule",
    "basic film box relationship": "dicomodel.modules.basic_film_box_relationship:BasicFilmBoxRelationshipModule",
    "basic film session presentation": "dicomodel.modules.basic_film_session_presentation:BasicFilmSessionPresentationModule",
    "basic film session relationship": "dicomodel.modules.basic_film_session_relationship:BasicFilmSessionRelationshipModule",
    "billing and material management code": "dicomodel.modules.billing_and_material_management_code:BillingAndMaterialManagementCodeModule",
    "bitmap display shutter": "dicomodel.modules.bitmap_display_shutter:BitmapDisplayShutterModule",
    "breast tomosynthesis acquisition": "dicomodel.modules.breast_tomosynthesis_acquisition:BreastTomosynthesisAcquisitionModule",
    "breast tomosynthesis contributing sources": "dicomodel.modules.breast_tomosynthesis_contributing_sources:BreastTomosynthesisContributingSourcesModule",
    "breast view": "dicomodel.modules.breast_view:BreastViewModule",
    "bulk motion synchronization": "dicomodel.modules.bulk_motion_synchronization:BulkMotionSynchronizationModule",
    "c-arm photon-electron beam": "dicomodel.modules.c_arm_photon_electron_beam:CArmPhotonElectronBeamModule",
    "c-arm photon-electron delivery device": "dicomodel.modules.c_arm_photon_electron_delivery_device:CArmPhotonElectronDeliveryDeviceModule",
    "calculated dose reference record": "dicomodel.modules.calculated_dose_reference_record:CalculatedDoseReferenceRecordModule",
    "cardiac synchronization": "dicomodel.modules.cardiac_synchronization:CardiacSynchronizationModule",
    "cine": "dicomodel.modules.cine:CineModule",
    "clinical trial context": "dicomodel.modules.clinical_trial_context:ClinicalTrialContextModule",
    "clinical trial series": "dicomodel.modules.clinical_trial_series:ClinicalTrialSeriesModule",
    "clinical trial study": "dicomodel.modules.clinical_trial_study:ClinicalTrialStudyModule",
    "clinical trial subject": "dicomodel.modules.clinical_trial_subject:ClinicalTrialSubjectModule",
    "color palette definition": "dicomodel.modules.color_palette_definition:ColorPaletteDefinitionModule",
    "common instance reference": "dicomodel.modules.common_instance_reference:CommonInstanceReferenceModule",
    "confocal microscopy image": "dicomodel.modules.confocal_microscopy_image:ConfocalMicroscopyImageModule",
    "confocal microscopy tiled pyramidal image": "dicomodel.modules.confocal_microscopy_tiled_pyramidal_image:ConfocalMicroscopyTiledPyramidalImageModule",
    "content assessment results": "dicomodel.modules.content_assessment_results:ContentAssessmentResultsModule",
    "contrast/bolus": "dicomodel.modules.contrast_bolus:ContrastBolusModule",
    "corneal topography map analysis": "dicomodel.modules.corneal_topography_map_analysis:CornealTopographyMapAnalysisModule",
    "corneal topography map image": "dicomodel.modules.corneal_topography_map_image:CornealTopographyMapImageModule",
    "corneal topography map series": "dicomodel.modules.corneal_topography_map_series:CornealTopographyMapSeriesModule",
    "cr image": "dicomodel.modules.cr_image:CRImageModule",
    "cr series": "dicomodel.modules.cr_series:CRSeriesModule",
    "ct image": "dicomodel.modules.ct_image:CTImageModule",
    "ct protocol series": "dicomodel.modules.ct_protocol_series:CTProtocolSeriesModule",
    "ct series": "dicomodel.modules.ct_series:CTSeriesModule",
    "current frame functional groups": "dicomodel.modules.current_frame_functional_groups:CurrentFrameFunctionalGroupsModule",
    "cutaneous confocal microscopy image acquisition parameters": "dicomodel.modules.cutaneous_confocal_microscopy_image_acquisition_parameters:CutaneousConfocalMicroscopyImageAcquisitionParametersModule",
    "defined storage": "dicomodel.modules.defined_storage:DefinedStorageModule",
    "deformable spatial registration": "dicomodel.modules.deformable_spatial_registration:DeformableSpatialRegistrationModule",
    "dermoscopic image": "dicomodel.modules.dermoscopic_image:DermoscopicImageModule",
    "device": "dicomodel.modules.device:DeviceModule",
    "directory information": "dicomodel.modules.directory_information:DirectoryInformationModule",
    "display shutter": "dicomodel.modules.display_shutter:DisplayShutterModule",
    "display system": "dicomodel.modules.display_system:DisplaySystemModule",
    "displayed area": "dicomodel.modules.displayed_area:DisplayedAreaModule",
    "double floating point image pixel": "dicomodel.modules.double_floating_point_image_pixel:DoubleFloatingPointImagePixelModule",
    "dx anatomy imaged": "dicomodel.modules.dx_anatomy_imaged:DXAnatomyImagedModule",
    "dx detector": "dicomodel.modules.dx_detector:DXDetectorModule",
    "dx image": "dicomodel.modules.dx_image:DXImageModule",
    "dx positioning": "dicomodel.modules.dx_positioning:DXPositioningModule",
    "dx series": "dicomodel.modules.dx_series:DXSeriesModule",
    "encapsulated document": "dicomodel.modules.encapsulated_document:EncapsulatedDocumentModule",
    "encapsulated document series": "dicomodel.modules.encapsulated_document_series:EncapsulatedDocumentSeriesModule",
    "enhanced contrast/bolus": "dicomodel.modules.enhanced_contrast_bolus:EnhancedContrastBolusModule",
    "enhanced ct image": "dicomodel.modules.enhanced_ct_image:EnhancedCTImageModule",
    "enhanced general equipment": "dicomodel.modules.enhanced_general_equipment:EnhancedGeneralEquipmentModule",
    "enhanced mammography image": "dicomodel.modules.enhanced_mammography_image:EnhancedMammographyImageModule",
    "enhanced mammography series": "dicomodel.modules.enhanced_mammography_series:EnhancedMammographySeriesModule",
    "enhanced mr image": "dicomodel.modules.enhanced_mr_image:EnhancedMRImageModule",
    "enhanced multi-energy ct acquisition": "dicomodel.modules.enhanced_multi_energy_ct_acquisition:EnhancedMultiEnergyCTAcquisitionModule",
    "enhanced palette color lookup table": "dicomodel.modules.enhanced_palette_color_lookup_table:EnhancedPaletteColorLookupTableModule",
    "enhanced pet acquisition": "dicomodel.modules.enhanced_pet_acquisition:EnhancedPETAcquisitionModule",
    "enhanced pet corrections": "dicomodel.modules.enhanced_pet_corrections:EnhancedPETCorrectionsModule",
    "enhanced pet image": "dicomodel.modules.enhanced_pet_image:EnhancedPETImageModule",
    "enhanced pet isotope": "dicomodel.modules.enhanced_pet_isotope:EnhancedPETIsotopeModule",
    "enhanced pet series": "dicomodel.modules.enhanced_pet_series:EnhancedPETSeriesModule",
    "enhanced rt image": "dicomodel.modules.enhanced_rt_image:EnhancedRTImageModule",
    "enhanced rt image device": "dicomodel.modules.enhanced_rt_image_device:EnhancedRTImageDeviceModule",
    "enhanced rt series": "dicomodel.modules.enhanced_rt_series:EnhancedRTSeriesModule",
    "enhanced series": "dicomodel.modules.enhanced_series:EnhancedSeriesModule",
    "enhanced us image": "dicomodel.modules.enhanced_us_image:EnhancedUSImageModule",
    "enhanced us series": "dicomodel.modules.enhanced_us_series:EnhancedUSSeriesModule",
    "enhanced xa/xrf image": "dicomodel.modules.enhanced_xa_xrf_image:EnhancedXAXRFImageModule",
    "equipment specification": "dicomodel.modules.equipment_specification:EquipmentSpecificationModule",
    "excluded intervals": "dicomodel.modules.excluded_intervals:ExcludedIntervalsModule",
    "file-set identification": "dicomodel.modules.file_set_identification:FileSetIdentificationModule",
    "floating point image pixel": "dicomodel.modules.floating_point_image_pixel:FloatingPointImagePixelModule",
    "frame extraction": "dicomodel.modules.frame_extraction:FrameExtractionModule",
    "frame of reference": "dicomodel.modules.frame_of_reference:FrameOfReferenceModule",
    "frame pointers": "dicomodel.modules.frame_pointers:FramePointersModule",
    "general acquisition": "dicomodel.modules.general_acquisition:GeneralAcquisitionModule",
    "general defined acquisition": "dicomodel.modules.general_defined_acquisition:GeneralDefinedAcquisitionModule",
    "general defined reconstruction": "dicomodel.modules.general_defined_reconstruction:GeneralDefinedReconstructionModule",
    "general equipment": "dicomodel.modules.general_equipment:GeneralEquipmentModule",
    "general image": "dicomodel.modules.general_image:GeneralImageModule",
    "general ophthalmic refractive measurements": "dicomodel.modules.general_ophthalmic_refractive_measurements:GeneralOphthalmicRefractiveMeasurementsModule",
    "general reference": "dicomodel.modules.general_reference:GeneralReferenceModule",
    "general series": "dicomodel.modules.general_series:GeneralSeriesModule",
    "general study": "dicomodel.modules.general_study:GeneralStudyModule",
    "generic implant template 2d drawings": "dicomodel.modules.generic_implant_template_2d_drawings:GenericImplantTemplate2DDrawingsModule",
    "generic implant template 3d models": "dicomodel.modules.generic_implant_template_3d_models:GenericImplantTemplate3DModelsModule",
    "generic implant template description": "dicomodel.modules.generic_implant_template_description:GenericImplantTemplateDescriptionModule",
    "generic implant template mating features": "dicomodel.modules.generic_implant_template_mating_features:GenericImplantTemplateMatingFeaturesModule",
    "generic implant template planning landmarks": "dicomodel.modules.generic_implant_template_planning_landmarks:GenericImplantTemplatePlanningLandmarksModule",
    "graphic annotation": "dicomodel.modules.graphic_annotation:GraphicAnnotationModule",
    "graphic group": "dicomodel.modules.graphic_group:GraphicGroupModule",
    "graphic layer": "dicomodel.modules.graphic_layer:GraphicLayerModule",
    "hanging protocol definition": "dicomodel.modules.hanging_protocol_definition:HangingProtocolDefinitionModule",
    "hanging protocol display": "dicomodel.modules.hanging_protocol_display:HangingProtocolDisplayModule",
    "hanging protocol environment": "dicomodel.modules.hanging_protocol_environment:HangingProtocolEnvironmentModule",
    "icc profile": "dicomodel.modules.icc_profile:ICCProfileModule",
    "image - equipment coordinate relationship": "dicomodel.modules.image_equipment_coordinate_relationship:ImageEquipmentCoordinateRelationshipModule",
    "image acquisition results": "dicomodel.modules.image_acquisition_results:ImageAcquisitionResultsModule",
    "image box pixel presentation": "dicomodel.modules.image_box_pixel_presentation:ImageBoxPixelPresentationModule",
    "image histogram": "dicomodel.modules.image_histogram:ImageHistogramModule",
    "image pixel": "dicomodel.modules.image_pixel:ImagePixelModule",
    "image plane": "dicomodel.modules.image_plane:ImagePlaneModule",
    "imaging service request": "dicomodel.modules.imaging_service_request:ImagingServiceRequestModule",
    "implant assembly template": "dicomodel.modules.implant_assembly_template:ImplantAssemblyTemplateModule",
    "implant template group": "dicomodel.modules.implant_template_group:ImplantTemplateGroupModule",
    "instance availability notification": "dicomodel.modules.instance_availability_notification:InstanceAvailabilityNotificationModule",
    "instructions": "dicomodel.modules.instructions:InstructionsModule",
    "intervention": "dicomodel.modules.intervention:InterventionModule",
    "intra-oral image": "dicomodel.modules.intra_oral_image:IntraOralImageModule",
    "intra-oral series": "dicomodel.modules.intra_oral_series:IntraOralSeriesModule",
    "intraocular lens calculations": "dicomodel.modules.intraocular_lens_calculations:IntraocularLensCalculationsModule",
    "intraocular lens calculations series": "dicomodel.modules.intraocular_lens_calculations_series:IntraocularLensCalculationsSeriesModule",
    "intravascular image acquisition parameters": "dicomodel.modules.intravascular_image_acquisition_parameters:IntravascularImageAcquisitionParametersModule",
    "intravascular oct acquisition parameters": "dicomodel.modules.intravascular_oct_acquisition_parameters:IntravascularOCTAcquisitionParametersModule",
    "intravascular oct image": "dicomodel.modules.intravascular_oct_image:IntravascularOCTImageModule",
    "intravascular oct processing parameters": "dicomodel.modules.intravascular_oct_processing_parameters:IntravascularOCTProcessingParametersModule",
    "intravascular oct series": "dicomodel.modules.intravascular_oct_series:IntravascularOCTSeriesModule",
    "inventory": "dicomodel.modules.inventory:InventoryModule",
    "inventory creation": "dicomodel.modules.inventory_creation:InventoryCreationModule",
    "ivus image": "dicomodel.modules.ivus_image:IVUSImageModule",
    "keratometry measurements": "dicomodel.modules.keratometry_measurements:KeratometryMeasurementsModule",
    "keratometry measurements series": "dicomodel.modules.keratometry_measurements_series:KeratometryMeasurementsSeriesModule",
    "key object document": "dicomodel.modules.key_object_document:KeyObjectDocumentModule",
    "key object document series": "dicomodel.modules.key_object_document_series:KeyObjectDocumentSeriesModule",
    "lensometry measurements": "dicomodel.modules.lensometry_measurements:LensometryMeasurementsModule",
    "lensometry measurements series": "dicomodel.modules.lensometry_measurements_series:LensometryMeasurementsSeriesModule",
    "mammography image": "dicomodel.modules.mammography_image:MammographyImageModule",
    "mammography series": "dicomodel.modules.mammography_series:MammographySeriesModule",
    "manufacturing 3d model": "dicomodel.modules.manufacturing_3d_model:Manufacturing3DModelModule",
    "mask": "dicomodel.modules.mask:MaskModule",
    "measured dose reference record": "dicomodel.modules.measured_dose_reference_record:MeasuredDoseReferenceRecordModule",
    "media creation management": "dicomodel.modules.media_creation_management:MediaCreationManagementModule",
    "microscope slide layer tile organization": "dicomodel.modules.microscope_slide_layer_tile_organization:MicroscopeSlideLayerTileOrganizationModule",
    "microscopy bulk simple annotations": "dicomodel.modules.microscopy_bulk_simple_annotations:MicroscopyBulkSimpleAnnotationsModule",
    "microscopy bulk simple annotations series": "dicomodel.modules.microscopy_bulk_simple_annotations_series:MicroscopyBulkSimpleAnnotationsSeriesModule",
    "modality lut": "dicomodel.modules.modality_lut:ModalityLUTModule",
    "mpr volumetric presentation state display": "dicomodel.modules.mpr_volumetric_presentation_state_display:MPRVolumetricPresentationStateDisplayModule",
    "mr image": "dicomodel.modules.mr_image:MRImageModule",
    "mr pulse sequence": "dicomodel.modules.mr_pulse_sequence:MRPulseSequenceModule",
    "mr series": "dicomodel.modules.mr_series:MRSeriesModule",
    "mr spectroscopy": "dicomodel.modules.mr_spectroscopy:MRSpectroscopyModule",
    "mr spectroscopy data": "dicomodel.modules.mr_spectroscopy_data:MRSpectroscopyDataModule",
    "mr spectroscopy pulse sequence": "dicomodel.modules.mr_spectroscopy_pulse_sequence:MRSpectroscopyPulseSequenceModule",
    "multi-energy ct image": "dicomodel.modules.multi_energy_ct_image:MultiEnergyCTImageModule",
    "multi-frame": "dicomodel.modules.multi_frame:MultiFrameModule",
    "multi-frame dimension": "dicomodel.modules.multi_frame_dimension:MultiFrameDimensionModule",
    "multi-frame functional groups": "dicomodel.modules.multi_frame_functional_groups:MultiFrameFunctionalGroupsModule",
    "multi-frame overlay": "dicomodel.modules.multi_frame_overlay:MultiFrameOverlayModule",
    "multi-planar reconstruction geometry": "dicomodel.modules.multi_planar_reconstruction_geometry:MultiPlanarReconstructionGeometryModule",
    "multi-resolution pyramid": "dicomodel.modules.multi_resolution_pyramid:MultiResolutionPyramidModule",
    "nm detector": "dicomodel.modules.nm_detector:NMDetectorModule",
    "nm image": "dicomodel.modules.nm_image:NMImageModule",
    "nm image pixel": "dicomodel.modules.nm_image_pixel:NMImagePixelModule",
    "nm isotope": "dicomodel.modules.nm_isotope:NMIsotopeModule",
    "nm multi-frame": "dicomodel.modules.nm_multi_frame:NMMultiFrameModule",
    "nm multi-gated acquisition": "dicomodel.modules.nm_multi_gated_acquisition:NMMultiGatedAcquisitionModule",
    "nm phase": "dicomodel.modules.nm_phase:NMPhaseModule",
    "nm reconstruction": "dicomodel.modules.nm_reconstruction:NMReconstructionModule",
    "nm tomo acquisition": "dicomodel.modules.nm_tomo_acquisition:NMTomoAcquisitionModule",
    "nm/pet patient orientation": "dicomodel.modules.nm_pet_patient_orientation:NMPETPatientOrientationModule",
    "ocular region imaged": "dicomodel.modules.ocular_region_imaged:OcularRegionImagedModule",
    "ophthalmic axial measurements": "dicomodel.modules.ophthalmic_axial_measurements:OphthalmicAxialMeasurementsModule",
    "ophthalmic axial measurements series": "dicomodel.modules.ophthalmic_axial_measurements_series:OphthalmicAxialMeasurementsSeriesModule",
    "ophthalmic optical coherence tomography b-scan volume analysis image": "dicomodel.modules.ophthalmic_optical_coherence_tomography_b_scan_volume_analysis_image:OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisImageModule",
    "ophthalmic optical coherence tomography en face image": "dicomodel.modules.ophthalmic_optical_coherence_tomography_en_face_image:OphthalmicOpticalCoherenceTomographyEnFaceImageModule",
    "ophthalmic optical coherence tomography en face image quality rating": "dicomodel.modules.ophthalmic_optical_coherence_tomography_en_face_image_quality_rating:OphthalmicOpticalCoherenceTomographyEnFaceImageQualityRatingModule",
    "ophthalmic patient clinical information and test lens parameters": "dicomodel.modules.ophthalmic_patient_clinical_information_and_test_lens_parameters:OphthalmicPatientClinicalInformationAndTestLensParametersModule",
    "ophthalmic photographic parameters": "dicomodel.modules.ophthalmic_photographic_parameters:OphthalmicPhotographicParametersModule",
    "ophthalmic photography acquisition parameters": "dicomodel.modules.ophthalmic_photography_acquisition_parameters:OphthalmicPhotographyAcquisitionParametersModule",
    "ophthalmic photography image": "dicomodel.modules.ophthalmic_photography_image:OphthalmicPhotographyImageModule",
    "ophthalmic photography series": "dicomodel.modules.ophthalmic_photography_series:OphthalmicPhotographySeriesModule",
    "ophthalmic thickness map": "dicomodel.modules.ophthalmic_thickness_map:OphthalmicThicknessMapModule",
    "ophthalmic thickness map quality rating": "dicomodel.modules.ophthalmic_thickness_map_quality_rating:OphthalmicThicknessMapQualityRatingModule",
    "ophthalmic thickness map series": "dicomodel.modules.ophthalmic_thickness_map_series:OphthalmicThicknessMapSeriesModule",
    "ophthalmic tomography acquisition parameters": "dicomodel.modules.ophthalmic_tomography_acquisition_parameters:OphthalmicTomographyAcquisitionParametersModule",
    "ophthalmic tomography b-scan volume analysis series": "dicomodel.modules.ophthalmic_tomography_b_scan_volume_analysis_series:OphthalmicTomographyBScanVolumeAnalysisSeriesModule",
    "ophthalmic tomography en face series": "dicomodel.modules.ophthalmic_tomography_en_face_series:OphthalmicTomographyEnFaceSeriesModule",
    "ophthalmic tomography image": "dicomodel.modules.ophthalmic_tomography_image:OphthalmicTomographyImageModule",
    "ophthalmic tomography parameters": "dicomodel.modules.ophthalmic_tomography_parameters:OphthalmicTomographyParametersModule",
    "ophthalmic tomography series": "dicomodel.modules.ophthalmic_tomography_series:OphthalmicTomographySeriesModule",
    "optical path": "dicomodel.modules.optical_path:OpticalPathModule",
    "optical surface scanner series": "dicomodel.modules.optical_surface_scanner_series:OpticalSurfaceScannerSeriesModule",
    "overlay activation": "dicomodel.modules.overlay_activation:OverlayActivationModule",
    "overlay plane": "dicomodel.modules.overlay_plane:OverlayPlaneModule",
    "palette color lookup table": "dicomodel.modules.palette_color_lookup_table:PaletteColorLookupTableModule",
    "parametric map image": "dicomodel.modules.parametric_map_image:ParametricMapImageModule",
    "parametric map series": "dicomodel.modules.parametric_map_series:ParametricMapSeriesModule",
    "patient": "dicomodel.modules.patient:PatientModule",
    "patient demographic": "dicomodel.modules.patient_demographic:PatientDemographicModule",
    "patient identification": "dicomodel.modules.patient_identification:PatientIdentificationModule",
    "patient medical": "dicomodel.modules.patient_medical:PatientMedicalModule",
    "patient orientation": "dicomodel.modules.patient_orientation:PatientOrientationModule",
    "patient positioning": "dicomodel.modules.patient_positioning:PatientPositioningModule",
    "patient protocol context": "dicomodel.modules.patient_protocol_context:PatientProtocolContextModule",
    "patient relationship": "dicomodel.modules.patient_relationship:PatientRelationshipModule",
    "patient specification": "dicomodel.modules.patient_specification:PatientSpecificationModule",
    "patient study": "dicomodel.modules.patient_study:PatientStudyModule",
    "performed ct acquisition": "dicomodel.modules.performed_ct_acquisition:PerformedCTAcquisitionModule",
    "performed ct reconstruction": "dicomodel.modules.performed_ct_reconstruction:PerformedCTReconstructionModule",
    "performed procedure step information": "dicomodel.modules.performed_procedure_step_information:PerformedProcedureStepInformationModule",
    "performed procedure step relationship": "dicomodel.modules.performed_procedure_step_relationship:PerformedProcedureStepRelationshipModule",
    "performed storage": "dicomodel.modules.performed_storage:PerformedStorageModule",
    "performed xa acquisition": "dicomodel.modules.performed_xa_acquisition:PerformedXAAcquisitionModule",
    "performed xa reconstruction": "dicomodel.modules.performed_xa_reconstruction:PerformedXAReconstructionModule",
    "pet image": "dicomodel.modules.pet_image:PETImageModule",
    "pet isotope": "dicomodel.modules.pet_isotope:PETIsotopeModule",
    "pet multi-gated acquisition": "dicomodel.modules.pet_multi_gated_acquisition:PETMultiGatedAcquisitionModule",
    "pet series": "dicomodel.modules.pet_series:PETSeriesModule",
    "photoacoustic acquisition parameters": "dicomodel.modules.photoacoustic_acquisition_parameters:PhotoacousticAcquisitionParametersModule",
    "photoacoustic image": "dicomodel.modules.photoacoustic_image:PhotoacousticImageModule",
    "photoacoustic reconstruction": "dicomodel.modules.photoacoustic_reconstruction:PhotoacousticReconstructionModule",
    "photoacoustic transducer": "dicomodel.modules.photoacoustic_transducer:PhotoacousticTransducerModule",
    "point cloud": "dicomodel.modules.point_cloud:PointCloudModule",
    "presentation animation": "dicomodel.modules.presentation_animation:PresentationAnimationModule",
    "presentation lut": "dicomodel.modules.presentation_lut:PresentationLUTModule",
    "presentation series": "dicomodel.modules.presentation_series:PresentationSeriesModule",
    "presentation state blending": "dicomodel.modules.presentation_state_blending:PresentationStateBlendingModule",
    "presentation state identification": "dicomodel.modules.presentation_state_identification:PresentationStateIdentificationModule",
    "presentation state mask": "dicomodel.modules.presentation_state_mask:PresentationStateMaskModule",
    "presentation state relationship": "dicomodel.modules.presentation_state_relationship:PresentationStateRelationshipModule",
    "presentation state shutter": "dicomodel.modules.presentation_state_shutter:PresentationStateShutterModule",
    "presentation view description": "dicomodel.modules.presentation_view_description:PresentationViewDescriptionModule",
    "print job": "dicomodel.modules.print_job:PrintJobModule",
    "printer": "dicomodel.modules.printer:PrinterModule",
    "printer configuration": "dicomodel.modules.printer_configuration:PrinterConfigurationModule",
    "product characteristics": "dicomodel.modules.product_characteristics:ProductCharacteristicsModule",
    "protocol approval": "dicomodel.modules.protocol_approval:ProtocolApprovalModule",
    "protocol context": "dicomodel.modules.protocol_context:ProtocolContextModule",
    "qa results": "dicomodel.modules.qa_results:QAResultsModule",
    "radiotherapy common instance": "dicomodel.modules.radiotherapy_common_instance:RadiotherapyCommonInstanceModule",
    "raw data": "dicomodel.modules.raw_data:RawDataModule",
    "real world value mapping": "dicomodel.modules.real_world_value_mapping:RealWorldValueMappingModule",
    "real world value mapping series": "dicomodel.modules.real_world_value_mapping_series:RealWorldValueMappingSeriesModule",
    "real-time acquisition": "dicomodel.modules.real_time_acquisition:RealTimeAcquisitionModule",
    "real-time bulk data flow": "dicomodel.modules.real_time_bulk_data_flow:RealTimeBulkDataFlowModule",
    "render display": "dicomodel.modules.render_display:RenderDisplayModule",
    "render shading": "dicomodel.modules.render_shading:RenderShadingModule",
    "requested procedure": "dicomodel.modules.requested_procedure:RequestedProcedureModule",
    "respiratory synchronization": "dicomodel.modules.respiratory_synchronization:RespiratorySynchronizationModule",
    "robotic-arm delivery device": "dicomodel.modules.robotic_arm_delivery_device:RoboticArmDeliveryDeviceModule",
    "robotic-arm path": "dicomodel.modules.robotic_arm_path:RoboticArmPathModule",
    "roi contour": "dicomodel.modules.roi_contour:ROIContourModule",
    "rt beams": "dicomodel.modules.rt_beams:RTBeamsModule",
    "rt beams delivery instruction": "dicomodel.modules.rt_beams_delivery_instruction:RTBeamsDeliveryInstructionModule",
    "rt beams session record": "dicomodel.modules.rt_beams_session_record:RTBeamsSessionRecordModule",
    "rt brachy application setup delivery instruction": "dicomodel.modules.rt_brachy_application_setup_delivery_instruction:RTBrachyApplicationSetupDeliveryInstructionModule",
    "rt brachy application setups": "dicomodel.modules.rt_brachy_application_setups:RTBrachyApplicationSetupsModule",
    "rt brachy session record": "dicomodel.modules.rt_brachy_session_record:RTBrachySessionRecordModule",
    "rt conventional machine verification": "dicomodel.modules.rt_conventional_machine_verification:RTConventionalMachineVerificationModule",
    "rt delivery device common": "dicomodel.modules.rt_delivery_device_common:RTDeliveryDeviceCommonModule",
    "rt dose": "dicomodel.modules.rt_dose:RTDoseModule",
    "rt dose contribution": "dicomodel.modules.rt_dose_contribution:RTDoseContributionModule",
    "rt dose contribution record": "dicomodel.modules.rt_dose_contribution_record:RTDoseContributionRecordModule",
    "rt dvh": "dicomodel.modules.rt_dvh:RTDVHModule",
    "rt enhanced prescription": "dicomodel.modules.rt_enhanced_prescription:RTEnhancedPrescriptionModule",
    "rt fraction scheme": "dicomodel.modules.rt_fraction_scheme:RTFractionSchemeModule",
    "rt general machine verification": "dicomodel.modules.rt_general_machine_verification:RTGeneralMachineVerificationModule",
    "rt general plan": "dicomodel.modules.rt_general_plan:RTGeneralPlanModule",
    "rt general treatment record": "dicomodel.modules.rt_general_treatment_record:RTGeneralTreatmentRecordModule",
    "rt image": "dicomodel.modules.rt_image:RTImageModule",
    "rt ion beams": "dicomodel.modules.rt_ion_beams:RTIonBeamsModule",
    "rt ion beams session record": "dicomodel.modules.rt_ion_beams_session_record:RTIonBeamsSessionRecordModule",
    "rt ion machine verification": "dicomodel.modules.rt_ion_machine_verification:RTIonMachineVerificationModule",
    "rt ion tolerance tables": "dicomodel.modules.rt_ion_tolerance_tables:RTIonToleranceTablesModule",
    "rt patient position acquisition device": "dicomodel.modules.rt_patient_position_acquisition_device:RTPatientPositionAcquisitionDeviceModule",
    "rt patient position acquisition instruction": "dicomodel.modules.rt_patient_position_acquisition_instruction:RTPatientPositionAcquisitionInstructionModule",
    "rt patient setup": "dicomodel.modules.rt_patient_setup:RTPatientSetupModule",
    "rt physician intent": "dicomodel.modules.rt_physician_intent:RTPhysicianIntentModule",
    "rt prescription": "dicomodel.modules.rt_prescription:RTPrescriptionModule",
    "rt radiation common": "dicomodel.modules.rt_radiation_common:RTRadiationCommonModule",
    "rt radiation record common": "dicomodel.modules.rt_radiation_record_common:RTRadiationRecordCommonModule",
    "rt radiation record set": "dicomodel.modules.rt_radiation_record_set:RTRadiationRecordSetModule",
    "rt radiation salvage record": "dicomodel.modules.rt_radiation_salvage_record:RTRadiationSalvageRecordModule",
    "rt radiation set": "dicomodel.modules.rt_radiation_set:RTRadiationSetModule",
    "rt radiation set delivery instruction": "dicomodel.modules.rt_radiation_set_delivery_instruction:RTRadiationSetDeliveryInstructionModule",
    "rt roi observations": "dicomodel.modules.rt_roi_observations:RTROIObservationsModule",
    "rt segment annotation": "dicomodel.modules.rt_segment_annotation:RTSegmentAnnotationModule",
    "rt series": "dicomodel.modules.rt_series:RTSeriesModule",
    "rt tolerance tables": "dicomodel.modules.rt_tolerance_tables:RTToleranceTablesModule",
    "rt treatment machine record": "dicomodel.modules.rt_treatment_machine_record:RTTreatmentMachineRecordModule",
    "rt treatment phase intent": "dicomodel.modules.rt_treatment_phase_intent:RTTreatmentPhaseIntentModule",
    "rt treatment preparation": "dicomodel.modules.rt_treatment_preparation:RTTreatmentPreparationModule",
    "rt treatment summary record": "dicomodel.modules.rt_treatment_summary_record:RTTreatmentSummaryRecordModule",
    "sc equipment": "dicomodel.modules.sc_equipment:SCEquipmentModule",
    "sc image": "dicomodel.modules.sc_image:SCImageModule",
    "sc multi-frame image": "dicomodel.modules.sc_multi_frame_image:SCMultiFrameImageModule",
    "sc multi-frame vector": "dicomodel.modules.sc_multi_frame_vector:SCMultiFrameVectorModule",
    "scan procedure": "dicomodel.modules.scan_procedure:ScanProcedureModule",
    "scheduled procedure step": "dicomodel.modules.scheduled_procedure_step:ScheduledProcedureStepModule",
    "segment reference": "dicomodel.modules.segment_reference:SegmentReferenceModule",
    "segmentation image": "dicomodel.modules.segmentation_image:SegmentationImageModule",
    "segmentation series": "dicomodel.modules.segmentation_series:SegmentationSeriesModule",
    "slide coordinates": "dicomodel.modules.slide_coordinates:SlideCoordinatesModule",
    "slide label": "dicomodel.modules.slide_label:SlideLabelModule",
    "softcopy presentation lut": "dicomodel.modules.softcopy_presentation_lut:SoftcopyPresentationLUTModule",
    "softcopy voi lut": "dicomodel.modules.softcopy_voi_lut:SoftcopyVOILUTModule",
    "sop common": "dicomodel.modules.sop_common:SOPCommonModule",
    "sparse multi-frame functional groups": "dicomodel.modules.sparse_multi_frame_functional_groups:SparseMultiFrameFunctionalGroupsModule",
    "spatial fiducials": "dicomodel.modules.spatial_fiducials:SpatialFiducialsModule",
    "spatial fiducials series": "dicomodel.modules.spatial_fiducials_series:SpatialFiducialsSeriesModule",
    "spatial registration": "dicomodel.modules.spatial_registration:SpatialRegistrationModule",
    "spatial registration series": "dicomodel.modules.spatial_registration_series:SpatialRegistrationSeriesModule",
    "spatial transformation": "dicomodel.modules.spatial_transformation:SpatialTransformationModule",
    "specimen": "dicomodel.modules.specimen:SpecimenModule",
    "sr document content": "dicomodel.modules.sr_document_content:SRDocumentContentModule",
    "sr document general": "dicomodel.modules.sr_document_general:SRDocumentGeneralModule",
    "sr document series": "dicomodel.modules.sr_document_series:SRDocumentSeriesModule",
    "stereometric relationship": "dicomodel.modules.stereometric_relationship:StereometricRelationshipModule",
    "stereometric series": "dicomodel.modules.stereometric_series:StereometricSeriesModule",
    "storage commitment": "dicomodel.modules.storage_commitment:StorageCommitmentModule",
    "structure set": "dicomodel.modules.structure_set:StructureSetModule",
    "structured display": "dicomodel.modules.structured_display:StructuredDisplayModule",
    "structured display annotation": "dicomodel.modules.structured_display_annotation:StructuredDisplayAnnotationModule",
    "structured display image box": "dicomodel.modules.structured_display_image_box:StructuredDisplayImageBoxModule",
    "subjective refraction measurements": "dicomodel.modules.subjective_refraction_measurements:SubjectiveRefractionMeasurementsModule",
    "subjective refraction measurements series": "dicomodel.modules.subjective_refraction_measurements_series:SubjectiveRefractionMeasurementsSeriesModule",
    "substance administration": "dicomodel.modules.substance_administration:SubstanceAdministrationModule",
    "substance administration log": "dicomodel.modules.substance_administration_log:SubstanceAdministrationLogModule",
    "substance approval": "dicomodel.modules.substance_approval:SubstanceApprovalModule",
    "supplemental palette color lookup table": "dicomodel.modules.supplemental_palette_color_lookup_table:SupplementalPaletteColorLookupTableModule",
    "surface mesh": "dicomodel.modules.surface_mesh:SurfaceMeshModule",
    "surface segmentation": "dicomodel.modules.surface_segmentation:SurfaceSegmentationModule",
    "synchronization": "dicomodel.modules.synchronization:SynchronizationModule",
    "target luminance characteristics": "dicomodel.modules.target_luminance_characteristics:TargetLuminanceCharacteristicsModule",
    "timezone": "dicomodel.modules.timezone:TimezoneModule",
    "tomotherapeutic beam": "dicomodel.modules.tomotherapeutic_beam:TomotherapeuticBeamModule",
    "tomotherapeutic delivery device": "dicomodel.modules.tomotherapeutic_delivery_device:TomotherapeuticDeliveryDeviceModule",
    "tractography results": "dicomodel.modules.tractography_results:TractographyResultsModule",
    "tractography results series": "dicomodel.modules.tractography_results_series:TractographyResultsSeriesModule",
    "ultrasound frame of reference": "dicomodel.modules.ultrasound_frame_of_reference:UltrasoundFrameOfReferenceModule",
    "unified procedure step performed procedure information": "dicomodel.modules.unified_procedure_step_performed_procedure_information:UnifiedProcedureStepPerformedProcedureInformationModule",
    "unified procedure step progress information": "dicomodel.modules.unified_procedure_step_progress_information:UnifiedProcedureStepProgressInformationModule",
    "unified procedure step relationship": "dicomodel.modules.unified_procedure_step_relationship:UnifiedProcedureStepRelationshipModule",
    "unified procedure step scheduled procedure information": "dicomodel.modules.unified_procedure_step_scheduled_procedure_information:UnifiedProcedureStepScheduledProcedureInformationModule",
    "us image": "dicomodel.modules.us_image:USImageModule",
    "us region calibration": "dicomodel.modules.us_region_calibration:USRegionCalibrationModule",
    "uv mapping": "dicomodel.modules.uv_mapping:UVMappingModule",
    "variable modality lut": "dicomodel.modules.variable_modality_lut:VariableModalityLUTModule",
    "visit admission": "dicomodel.modules.visit_admission:VisitAdmissionModule",
    "visit identification": "dicomodel.modules.visit_identification:VisitIdentificationModule",
    "visit relationship": "dicomodel.modules.visit_relationship:VisitRelationshipModule",
    "visit status": "dicomodel.modules.visit_status:VisitStatusModule",
    "visual acuity measurements": "dicomodel.modules.visual_acuity_measurements:VisualAcuityMeasurementsModule",
    "visual acuity measurements series": "dicomodel.modules.visual_acuity_measurements_series:VisualAcuityMeasurementsSeriesModule",
    "visual field static perimetry measurements series": "dicomodel.modules.visual_field_static_perimetry_measurements_series:VisualFieldStaticPerimetryMeasurementsSeriesModule",
    "visual field static perimetry test measurements": "dicomodel.modules.visual_field_static_perimetry_test_measurements:VisualFieldStaticPerimetryTestMeasurementsModule",
    "visual field static perimetry test parameters": "dicomodel.modules.visual_field_static_perimetry_test_parameters:VisualFieldStaticPerimetryTestParametersModule",
    "visual field static perimetry test reliability": "dicomodel.modules.visual_field_static_perimetry_test_reliability:VisualFieldStaticPerimetryTestReliabilityModule",
    "visual field static perimetry test results": "dicomodel.modules.visual_field_static_perimetry_test_results:VisualFieldStaticPerimetryTestResultsModule",
    "vl image": "dicomodel.modules.vl_image:VLImageModule",
    "vl photographic acquisition": "dicomodel.modules.vl_photographic_acquisition:VLPhotographicAcquisitionModule",
    "vl photographic equipment": "dicomodel.modules.vl_photographic_equipment:VLPhotographicEquipmentModule",
    "vl photographic geolocation": "dicomodel.modules.vl_photographic_geolocation:VLPhotographicGeolocationModule",
    "voi lut": "dicomodel.modules.voi_lut:VOILUTModule",
    "volume cropping": "dicomodel.modules.volume_cropping:VolumeCroppingModule",
    "volume render geometry": "dicomodel.modules.volume_render_geometry:VolumeRenderGeometryModule",
    "volumetric graphic annotation": "dicomodel.modules.volumetric_graphic_annotation:VolumetricGraphicAnnotationModule",
    "volumetric presentation state identification": "dicomodel.modules.volumetric_presentation_state_identification:VolumetricPresentationStateIdentificationModule",
    "volumetric presentation state relationship": "dicomodel.modules.volumetric_presentation_state_relationship:VolumetricPresentationStateRelationshipModule",
    "waveform": "dicomodel.modules.waveform:WaveformModule",
    "waveform annotation": "dicomodel.modules.waveform_annotation:WaveformAnnotationModule",
    "waveform identification": "dicomodel.modules.waveform_identification:WaveformIdentificationModule",
    "whole slide microscopy image": "dicomodel.modules.whole_slide_microscopy_image:WholeSlideMicroscopyImageModule",
    "whole slide microscopy series": "dicomodel.modules.whole_slide_microscopy_series:WholeSlideMicroscopySeriesModule",
    "wide field ophthalmic photography 3d coordinates": "dicomodel.modules.wide_field_ophthalmic_photography_3d_coordinates:WideFieldOphthalmicPhotography3DCoordinatesModule",
    "wide field ophthalmic photography quality rating": "dicomodel.modules.wide_field_ophthalmic_photography_quality_rating:WideFieldOphthalmicPhotographyQualityRatingModule",
    "wide field ophthalmic photography stereographic projection": "dicomodel.modules.wide_field_ophthalmic_photography_stereographic_projection:WideFieldOphthalmicPhotographyStereographicProjectionModule",
    "x-ray 3d angiographic acquisition": "dicomodel.modules.x_ray_3d_angiographic_acquisition:XRay3DAngiographicAcquisitionModule",
    "x-ray 3d angiographic image contributing sources": "dicomodel.modules.x_ray_3d_angiographic_image_contributing_sources:XRay3DAngiographicImageContributingSourcesModule",
    "x-ray 3d craniofacial acquisition": "dicomodel.modules.x_ray_3d_craniofacial_acquisition:XRay3DCraniofacialAcquisitionModule",
    "x-ray 3d craniofacial image contributing sources": "dicomodel.modules.x_ray_3d_craniofacial_image_contributing_sources:XRay3DCraniofacialImageContributingSourcesModule",
    "x-ray 3d image": "dicomodel.modules.x_ray_3d_image:XRay3DImageModule",
    "x-ray 3d reconstruction": "dicomodel.modules.x_ray_3d_reconstruction:XRay3DReconstructionModule",
    "x-ray acquisition": "dicomodel.modules.x_ray_acquisition:XRayAcquisitionModule",
    "x-ray acquisition dose": "dicomodel.modules.x_ray_acquisition_dose:XRayAcquisitionDoseModule",
    "x-ray collimator": "dicomodel.modules.x_ray_collimator:XRayCollimatorModule",
    "x-ray detector": "dicomodel.modules.x_ray_detector:XRayDetectorModule",
    "x-ray filtration": "dicomodel.modules.x_ray_filtration:XRayFiltrationModule",
    "x-ray generation": "dicomodel.modules.x_ray_generation:XRayGenerationModule",
    "x-ray grid": "dicomodel.modules.x_ray_grid:XRayGridModule",
    "x-ray image": "dicomodel.modules.x_ray_image:XRayImageModule",
    "x-ray image intensifier": "dicomodel.modules.x_ray_image_intensifier:XRayImageIntensifierModule",
    "x-ray table": "dicomodel.modules.x_ray_table:XRayTableModule",
    "x-ray tomography acquisition": "dicomodel.modules.x_ray_tomography_acquisition:XRayTomographyAcquisitionModule",
    "xa positioner": "dicomodel.modules.xa_positioner:XAPositionerModule",
    "xa protocol series": "dicomodel.modules.xa_protocol_series:XAProtocolSeriesModule",
    "xa/xrf acquisition": "dicomodel.modules.xa_xrf_acquisition:XAXRFAcquisitionModule",
    "xa/xrf multi-frame presentation": "dicomodel.modules.xa_xrf_multi_frame_presentation:XAXRFMultiFramePresentationModule",
    "xa/xrf presentation state mask": "dicomodel.modules.xa_xrf_presentation_state_mask:XAXRFPresentationStateMaskModule",
    "xa/xrf presentation state presentation": "dicomodel.modules.xa_xrf_presentation_state_presentation:XAXRFPresentationStatePresentationModule",
    "xa/xrf presentation state shutter": "dicomodel.modules.xa_xrf_presentation_state_shutter:XAXRFPresentationStateShutterModule",
    "xa/xrf series": "dicomodel.modules.xa_xrf_series:XAXRFSeriesModule",
    "xrf positioner": "dicomodel.modules.xrf_positioner:XRFPositionerModule",
}

MACROS: dict[str, str] = {
    "3d rt cone-beam imaging geometry": "dicomodel.macros.m_3d_rt_cone_beam_imaging_geometry:ThreeDRTConeBeamImagingGeometryMacro",
    "3d spatial coordinates": "dicomodel.macros.m_3d_spatial_coordinates:ThreeDSpatialCoordinatesMacro",
    "access end points": "dicomodel.macros.access_end_points:AccessEndPointsMacro",
    "algorithm identification": "dicomodel.macros.algorithm_identification:AlgorithmIdentificationMacro",
    "assertion": "dicomodel.macros.assertion:AssertionMacro",
    "attribute value": "dicomodel.macros.attribute_value:AttributeValueMacro",
    "attribute value constraint": "dicomodel.macros.attribute_value_constraint:AttributeValueConstraintMacro",
    "basic code sequence": "dicomodel.macros.basic_code_sequence:BasicCodeSequenceMacro",
    "basic pixel spacing calibration": "dicomodel.macros.basic_pixel_spacing_calibration:BasicPixelSpacingCalibrationMacro",
    "beam limiting device position": "dicomodel.macros.beam_limiting_device_position:BeamLimitingDevicePositionMacro",
    "blocks definition": "dicomodel.macros.blocks_definition:BlocksDefinitionMacro",
    "boluses definition": "dicomodel.macros.boluses_definition:BolusesDefinitionMacro",
    "breast biopsy target": "dicomodel.macros.breast_biopsy_target:BreastBiopsyTargetMacro",
    "breast x-ray acquisition dose": "dicomodel.macros.breast_x_ray_acquisition_dose:BreastXRayAcquisitionDoseMacro",
    "breast x-ray detector": "dicomodel.macros.breast_x_ray_detector:BreastXRayDetectorMacro",
    "breast x-ray geometry": "dicomodel.macros.breast_x_ray_geometry:BreastXRayGeometryMacro",
    "breast x-ray isocenter reference system": "dicomodel.macros.breast_x_ray_isocenter_reference_system:BreastXRayIsocenterReferenceSystemMacro",
    "breast x-ray positioner": "dicomodel.macros.breast_x_ray_positioner:BreastXRayPositionerMacro",
    "calculated iol": "dicomodel.macros.calculated_iol:CalculatedIOLMacro",
    "calculated toric power": "dicomodel.macros.calculated_toric_power:CalculatedToricPowerMacro",
    "camera position functional group": "dicomodel.macros.camera_position_functional_group:CameraPositionFunctionalGroupMacro",
    "cardiac synchronization": "dicomodel.macros.cardiac_synchronization:CardiacSynchronizationMacro",
    "code": "dicomodel.macros.code:CodeMacro",
    "code sequence": "dicomodel.macros.code_sequence:CodeSequenceMacro",
    "common ct/mr and photoacoustic image description": "dicomodel.macros.common_ct_mr_and_photoacoustic_image_description:CommonCTMRAndPhotoacousticImageDescriptionMacro",
    "compensators definition": "dicomodel.macros.compensators_definition:CompensatorsDefinitionMacro",
    "composite object reference": "dicomodel.macros.composite_object_reference:CompositeObjectReferenceMacro",
    "conceptual volume": "dicomodel.macros.conceptual_volume:ConceptualVolumeMacro",
    "conceptual volume segmentation reference and combination": "dicomodel.macros.conceptual_volume_segmentation_reference_and_combination:ConceptualVolumeSegmentationReferenceAndCombinationMacro",
    "confocal microscopy image frame type": "dicomodel.macros.confocal_microscopy_image_frame_type:ConfocalMicroscopyImageFrameTypeMacro",
    "container": "dicomodel.macros.container:ContainerMacro",
    "content creator": "dicomodel.macros.content_creator:ContentCreatorMacro",
    "content identification": "dicomodel.macros.content_identification:ContentIdentificationMacro",
    "content item": "dicomodel.macros.content_item:ContentItemMacro",
    "content item with modifiers": "dicomodel.macros.content_item_with_modifiers:ContentItemWithModifiersMacro",
    "contrast/bolus usage": "dicomodel.macros.contrast_bolus_usage:ContrastBolusUsageMacro",
    "contributing image sources": "dicomodel.macros.contributing_image_sources:ContributingImageSourcesMacro",
    "cornea measurement": "dicomodel.macros.cornea_measurement:CorneaMeasurementMacro",
    "ct acquisition details": "dicomodel.macros.ct_acquisition_details:CTAcquisitionDetailsMacro",
    "ct acquisition type": "dicomodel.macros.ct_acquisition_type:CTAcquisitionTypeMacro",
    "ct additional x-ray source": "dicomodel.macros.ct_additional_x_ray_source:CTAdditionalXRaySourceMacro",
    "ct exposure": "dicomodel.macros.ct_exposure:CTExposureMacro",
    "ct geometry": "dicomodel.macros.ct_geometry:CTGeometryMacro",
    "ct image frame type": "dicomodel.macros.ct_image_frame_type:CTImageFrameTypeMacro",
    "ct pixel value transformation": "dicomodel.macros.ct_pixel_value_transformation:CTPixelValueTransformationMacro",
    "ct position": "dicomodel.macros.ct_position:CTPositionMacro",
    "ct reconstruction": "dicomodel.macros.ct_reconstruction:CTReconstructionMacro",
    "ct table dynamics": "dicomodel.macros.ct_table_dynamics:CTTableDynamicsMacro",
    "ct x-ray details": "dicomodel.macros.ct_x_ray_details:CTXRayDetailsMacro",
    "cylinder sequence": "dicomodel.macros.cylinder_sequence:CylinderSequenceMacro",
    "derivation image": "dicomodel.macros.derivation_image:DerivationImageMacro",
    "device identification": "dicomodel.macros.device_identification:DeviceIdentificationMacro",
    "device model": "dicomodel.macros.device_model:DeviceModelMacro",
    "device motion control": "dicomodel.macros.device_motion_control:DeviceMotionControlMacro",
    "digital signatures": "dicomodel.macros.digital_signatures:DigitalSignaturesMacro",
    "digital x-ray detector": "dicomodel.macros.digital_x_ray_detector:DigitalXRayDetectorMacro",
    "display qa result context": "dicomodel.macros.display_qa_result_context:DisplayQAResultContextMacro",
    "display shutter": "dicomodel.macros.display_shutter:DisplayShutterMacro",
    "document content": "dicomodel.macros.document_content:DocumentContentMacro",
    "document relationship": "dicomodel.macros.document_relationship:DocumentRelationshipMacro",
    "dosimetric objective": "dicomodel.macros.dosimetric_objective:DosimetricObjectiveMacro",
    "encrypted attributes data set": "dicomodel.macros.encrypted_attributes_data_set:EncryptedAttributesDataSetMacro",
    "enhanced code sequence": "dicomodel.macros.enhanced_code_sequence:EnhancedCodeSequenceMacro",
    "enhanced content identification": "dicomodel.macros.enhanced_content_identification:EnhancedContentIdentificationMacro",
    "entity labeling": "dicomodel.macros.entity_labeling:EntityLabelingMacro",
    "entity long labeling": "dicomodel.macros.entity_long_labeling:EntityLongLabelingMacro",
    "exposure index": "dicomodel.macros.exposure_index:ExposureIndexMacro",
    "extended content identification": "dicomodel.macros.extended_content_identification:ExtendedContentIdentificationMacro",
    "extended selector attribute": "dicomodel.macros.extended_selector_attribute:ExtendedSelectorAttributeMacro",
    "external beam control point general": "dicomodel.macros.external_beam_control_point_general:ExternalBeamControlPointGeneralMacro",
    "externally-sourced data set identification": "dicomodel.macros.externally_sourced_data_set_identification:ExternallySourcedDataSetIdentificationMacro",
    "fill style sequence": "dicomodel.macros.fill_style_sequence:FillStyleSequenceMacro",
    "frame anatomy": "dicomodel.macros.frame_anatomy:FrameAnatomyMacro",
    "frame content": "dicomodel.macros.frame_content:FrameContentMacro",
    "frame display shutter": "dicomodel.macros.frame_display_shutter:FrameDisplayShutterMacro",
    "frame pixel shift": "dicomodel.macros.frame_pixel_shift:FramePixelShiftMacro",
    "frame usefulness functional group": "dicomodel.macros.frame_usefulness_functional_group:FrameUsefulnessFunctionalGroupMacro",
    "frame voi lut": "dicomodel.macros.frame_voi_lut:FrameVOILUTMacro",
    "frame voi lut with lut": "dicomodel.macros.frame_voi_lut_with_lut:FrameVOILUTWithLUTMacro",
    "functional mr": "dicomodel.macros.functional_mr:FunctionalMRMacro",
    "general accessories definition": "dicomodel.macros.general_accessories_definition:GeneralAccessoriesDefinitionMacro",
    "general anatomy mandatory": "dicomodel.macros.general_anatomy_mandatory:GeneralAnatomyMandatoryMacro",
    "general anatomy optional": "dicomodel.macros.general_anatomy_optional:GeneralAnatomyOptionalMacro",
    "general anatomy required": "dicomodel.macros.general_anatomy_required:GeneralAnatomyRequiredMacro",
    "general contributing sources": "dicomodel.macros.general_contributing_sources:GeneralContributingSourcesMacro",
    "general procedure protocol reference": "dicomodel.macros.general_procedure_protocol_reference:GeneralProcedureProtocolReferenceMacro",
    "hanging protocol selector attribute context": "dicomodel.macros.hanging_protocol_selector_attribute_context:HangingProtocolSelectorAttributeContextMacro",
    "hanging protocol selector attribute value": "dicomodel.macros.hanging_protocol_selector_attribute_value:HangingProtocolSelectorAttributeValueMacro",
    "hierarchical evidence reference": "dicomodel.macros.hierarchical_evidence_reference:HierarchicalEvidenceReferenceMacro",
    "hierarchical series reference": "dicomodel.macros.hierarchical_series_reference:HierarchicalSeriesReferenceMacro",
    "hierarchical sop instance reference": "dicomodel.macros.hierarchical_sop_instance_reference:HierarchicalSOPInstanceReferenceMacro",
    "hl7v2 hierarchic designator": "dicomodel.macros.hl7v2_hierarchic_designator:HL7v2HierarchicDesignatorMacro",
    "identified person or device": "dicomodel.macros.identified_person_or_device:IdentifiedPersonOrDeviceMacro",
    "identity pixel value transformation": "dicomodel.macros.identity_pixel_value_transformation:IdentityPixelValueTransformationMacro",
    "image data type": "dicomodel.macros.image_data_type:ImageDataTypeMacro",
    "image frame conversion source": "dicomodel.macros.image_frame_conversion_source:ImageFrameConversionSourceMacro",
    "image pixel": "dicomodel.macros.image_pixel:ImagePixelMacro",
    "image pixel description": "dicomodel.macros.image_pixel_description:ImagePixelDescriptionMacro",
    "image reference": "dicomodel.macros.image_reference:ImageReferenceMacro",
    "image sop instance reference": "dicomodel.macros.image_sop_instance_reference:ImageSOPInstanceReferenceMacro",
    "interlock": "dicomodel.macros.interlock:InterlockMacro",
    "intraocular lens calculations": "dicomodel.macros.intraocular_lens_calculations:IntraocularLensCalculationsMacro",
    "intravascular frame content": "dicomodel.macros.intravascular_frame_content:IntravascularFrameContentMacro",
    "intravascular oct frame content": "dicomodel.macros.intravascular_oct_frame_content:IntravascularOCTFrameContentMacro",
    "intravascular oct frame type": "dicomodel.macros.intravascular_oct_frame_type:IntravascularOCTFrameTypeMacro",
    "inventory reference": "dicomodel.macros.inventory_reference:InventoryReferenceMacro",
    "iol ophthalmic axial length": "dicomodel.macros.iol_ophthalmic_axial_length:IOLOphthalmicAxialLengthMacro",
    "irradiation event identification": "dicomodel.macros.irradiation_event_identification:IrradiationEventIdentificationMacro",
    "issuer of patient id": "dicomodel.macros.issuer_of_patient_id:IssuerOfPatientIDMacro",
    "keratometric measurements": "dicomodel.macros.keratometric_measurements:KeratometricMeasurementsMacro",
    "keratometry": "dicomodel.macros.keratometry:KeratometryMacro",
    "kv radiation image acquisition parameters": "dicomodel.macros.kv_radiation_image_acquisition_parameters:KVRadiationImageAcquisitionParametersMacro",
    "lensometry measurements": "dicomodel.macros.lensometry_measurements:LensometryMeasurementsMacro",
    "line style sequence": "dicomodel.macros.line_style_sequence:LineStyleSequenceMacro",
    "luminance result": "dicomodel.macros.luminance_result:LuminanceResultMacro",
    "luminance uniformity result": "dicomodel.macros.luminance_uniformity_result:LuminanceUniformityResultMacro",
    "mandatory view and slice progression direction": "dicomodel.macros.mandatory_view_and_slice_progression_direction:MandatoryViewAndSliceProgressionDirectionMacro",
    "matrix-based rt imaging geometry": "dicomodel.macros.matrix_based_rt_imaging_geometry:MatrixBasedRTImagingGeometryMacro",
    "modality lut": "dicomodel.macros.modality_lut:ModalityLUTMacro",
    "mr arterial spin labeling": "dicomodel.macros.mr_arterial_spin_labeling:MRArterialSpinLabelingMacro",
    "mr averages": "dicomodel.macros.mr_averages:MRAveragesMacro",
    "mr diffusion": "dicomodel.macros.mr_diffusion:MRDiffusionMacro",
    "mr echo": "dicomodel.macros.mr_echo:MREchoMacro",
    "mr fov/geometry": "dicomodel.macros.mr_fov_geometry:MRFOVGeometryMacro",
    "mr image and spectroscopy instance": "dicomodel.macros.mr_image_and_spectroscopy_instance:MRImageAndSpectroscopyInstanceMacro",
    "mr image description": "dicomodel.macros.mr_image_description:MRImageDescriptionMacro",
    "mr image frame type": "dicomodel.macros.mr_image_frame_type:MRImageFrameTypeMacro",
    "mr imaging modifier": "dicomodel.macros.mr_imaging_modifier:MRImagingModifierMacro",
    "mr metabolite map": "dicomodel.macros.mr_metabolite_map:MRMetaboliteMapMacro",
    "mr modifier": "dicomodel.macros.mr_modifier:MRModifierMacro",
    "mr receive coil": "dicomodel.macros.mr_receive_coil:MRReceiveCoilMacro",
    "mr spatial saturation": "dicomodel.macros.mr_spatial_saturation:MRSpatialSaturationMacro",
    "mr spectroscopy description": "dicomodel.macros.mr_spectroscopy_description:MRSpectroscopyDescriptionMacro",
    "mr spectroscopy fov/geometry": "dicomodel.macros.mr_spectroscopy_fov_geometry:MRSpectroscopyFOVGeometryMacro",
    "mr spectroscopy frame type": "dicomodel.macros.mr_spectroscopy_frame_type:MRSpectroscopyFrameTypeMacro",
    "mr timing and related parameters": "dicomodel.macros.mr_timing_and_related_parameters:MRTimingAndRelatedParametersMacro",
    "mr transmit coil": "dicomodel.macros.mr_transmit_coil:MRTransmitCoilMacro",
    "mr velocity encoding": "dicomodel.macros.mr_velocity_encoding:MRVelocityEncodingMacro",
    "multi-energy ct characteristics": "dicomodel.macros.multi_energy_ct_characteristics:MultiEnergyCTCharacteristicsMacro",
    "multi-energy ct path": "dicomodel.macros.multi_energy_ct_path:MultiEnergyCTPathMacro",
    "multi-energy ct processing": "dicomodel.macros.multi_energy_ct_processing:MultiEnergyCTProcessingMacro",
    "multi-energy ct x-ray detector": "dicomodel.macros.multi_energy_ct_x_ray_detector:MultiEnergyCTXRayDetectorMacro",
    "multi-energy ct x-ray source": "dicomodel.macros.multi_energy_ct_x_ray_source:MultiEnergyCTXRaySourceMacro",
    "multiple site general anatomy optional": "dicomodel.macros.multiple_site_general_anatomy_optional:MultipleSiteGeneralAnatomyOptionalMacro",
    "mv radiation image acquisition parameters": "dicomodel.macros.mv_radiation_image_acquisition_parameters:MVRadiationImageAcquisitionParametersMacro",
    "numeric measurement": "dicomodel.macros.numeric_measurement:NumericMeasurementMacro",
    "numeric value": "dicomodel.macros.numeric_value:NumericValueMacro",
    "ophthalmic acquisition parameters": "dicomodel.macros.ophthalmic_acquisition_parameters:OphthalmicAcquisitionParametersMacro",
    "ophthalmic axial length quality metric": "dicomodel.macros.ophthalmic_axial_length_quality_metric:OphthalmicAxialLengthQualityMetricMacro",
    "ophthalmic axial length segmental measurements": "dicomodel.macros.ophthalmic_axial_length_segmental_measurements:OphthalmicAxialLengthSegmentalMeasurementsMacro",
    "ophthalmic axial measurements": "dicomodel.macros.ophthalmic_axial_measurements:OphthalmicAxialMeasurementsMacro",
    "ophthalmic axial measurements quality image sop instance reference": "dicomodel.macros.ophthalmic_axial_measurements_quality_image_sop_instance_reference:OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceMacro",
    "ophthalmic axial measurements related information": "dicomodel.macros.ophthalmic_axial_measurements_related_information:OphthalmicAxialMeasurementsRelatedInformationMacro",
    "ophthalmic axial measurements selected": "dicomodel.macros.ophthalmic_axial_measurements_selected:OphthalmicAxialMeasurementsSelectedMacro",
    "ophthalmic frame location": "dicomodel.macros.ophthalmic_frame_location:OphthalmicFrameLocationMacro",
    "ophthalmic patient clinical information and test lens parameters": "dicomodel.macros.ophthalmic_patient_clinical_information_and_test_lens_parameters:OphthalmicPatientClinicalInformationAndTestLensParametersMacro",
    "ophthalmic visual field global index": "dicomodel.macros.ophthalmic_visual_field_global_index:OphthalmicVisualFieldGlobalIndexMacro",
    "optical path identification": "dicomodel.macros.optical_path_identification:OpticalPathIdentificationMacro",
    "optional view and slice progression direction": "dicomodel.macros.optional_view_and_slice_progression_direction:OptionalViewAndSliceProgressionDirectionMacro",
    "original attributes": "dicomodel.macros.original_attributes:OriginalAttributesMacro",
    "outline definition": "dicomodel.macros.outline_definition:OutlineDefinitionMacro",
    "palette color lookup table": "dicomodel.macros.palette_color_lookup_table:PaletteColorLookupTableMacro",
    "parameterized rt imaging geometry": "dicomodel.macros.parameterized_rt_imaging_geometry:ParameterizedRTImagingGeometryMacro",
    "parametric map frame type": "dicomodel.macros.parametric_map_frame_type:ParametricMapFrameTypeMacro",
    "patient group": "dicomodel.macros.patient_group:PatientGroupMacro",
    "patient orientation": "dicomodel.macros.patient_orientation:PatientOrientationMacro",
    "patient orientation and equipment relationship": "dicomodel.macros.patient_orientation_and_equipment_relationship:PatientOrientationAndEquipmentRelationshipMacro",
    "patient orientation in frame": "dicomodel.macros.patient_orientation_in_frame:PatientOrientationInFrameMacro",
    "patient physiological state": "dicomodel.macros.patient_physiological_state:PatientPhysiologicalStateMacro",
    "patient position acquisition device": "dicomodel.macros.patient_position_acquisition_device:PatientPositionAcquisitionDeviceMacro",
    "patient support identification": "dicomodel.macros.patient_support_identification:PatientSupportIdentificationMacro",
    "patient support position": "dicomodel.macros.patient_support_position:PatientSupportPositionMacro",
    "patient to equipment relationship": "dicomodel.macros.patient_to_equipment_relationship:PatientToEquipmentRelationshipMacro",
    "performed procedure step summary": "dicomodel.macros.performed_procedure_step_summary:PerformedProcedureStepSummaryMacro",
    "person identification": "dicomodel.macros.person_identification:PersonIdentificationMacro",
    "pet detector motion details": "dicomodel.macros.pet_detector_motion_details:PETDetectorMotionDetailsMacro",
    "pet frame acquisition": "dicomodel.macros.pet_frame_acquisition:PETFrameAcquisitionMacro",
    "pet frame correction factors": "dicomodel.macros.pet_frame_correction_factors:PETFrameCorrectionFactorsMacro",
    "pet frame type": "dicomodel.macros.pet_frame_type:PETFrameTypeMacro",
    "pet position": "dicomodel.macros.pet_position:PETPositionMacro",
    "pet reconstruction": "dicomodel.macros.pet_reconstruction:PETReconstructionMacro",
    "pet table dynamics": "dicomodel.macros.pet_table_dynamics:PETTableDynamicsMacro",
    "photoacoustic excitation characteristics": "dicomodel.macros.photoacoustic_excitation_characteristics:PhotoacousticExcitationCharacteristicsMacro",
    "photoacoustic image data type": "dicomodel.macros.photoacoustic_image_data_type:PhotoacousticImageDataTypeMacro",
    "photoacoustic image frame type": "dicomodel.macros.photoacoustic_image_frame_type:PhotoacousticImageFrameTypeMacro",
    "photoacoustic reconstruction algorithm": "dicomodel.macros.photoacoustic_reconstruction_algorithm:PhotoacousticReconstructionAlgorithmMacro",
    "pixel intensity relationship lut": "dicomodel.macros.pixel_intensity_relationship_lut:PixelIntensityRelationshipLUTMacro",
    "pixel measures": "dicomodel.macros.pixel_measures:PixelMeasuresMacro",
    "pixel value transformation": "dicomodel.macros.pixel_value_transformation:PixelValueTransformationMacro",
    "plane orientation (patient)": "dicomodel.macros.plane_orientation_patient:PlaneOrientationPatientMacro",
    "plane orientation (volume)": "dicomodel.macros.plane_orientation_volume:PlaneOrientationVolumeMacro",
    "plane position (patient)": "dicomodel.macros.plane_position_patient:PlanePositionPatientMacro",
    "plane position (slide)": "dicomodel.macros.plane_position_slide:PlanePositionSlideMacro",
    "plane position (volume)": "dicomodel.macros.plane_position_volume:PlanePositionVolumeMacro",
    "planning landmark line": "dicomodel.macros.planning_landmark_line:PlanningLandmarkLineMacro",
    "planning landmark plane": "dicomodel.macros.planning_landmark_plane:PlanningLandmarkPlaneMacro",
    "planning landmark point": "dicomodel.macros.planning_landmark_point:PlanningLandmarkPointMacro",
    "points": "dicomodel.macros.points:PointsMacro",
    "presentation state relationship": "dicomodel.macros.presentation_state_relationship:PresentationStateRelationshipMacro",
    "primary anatomic structure": "dicomodel.macros.primary_anatomic_structure:PrimaryAnatomicStructureMacro",
    "prism sequence": "dicomodel.macros.prism_sequence:PrismSequenceMacro",
    "protocol element identification": "dicomodel.macros.protocol_element_identification:ProtocolElementIdentificationMacro",
    "radiation fraction pattern": "dicomodel.macros.radiation_fraction_pattern:RadiationFractionPatternMacro",
    "radiation generation mode": "dicomodel.macros.radiation_generation_mode:RadiationGenerationModeMacro",
    "radiobiological dose effect description": "dicomodel.macros.radiobiological_dose_effect_description:RadiobiologicalDoseEffectDescriptionMacro",
    "radiopharmaceutical usage": "dicomodel.macros.radiopharmaceutical_usage:RadiopharmaceuticalUsageMacro",
    "real world value mapping": "dicomodel.macros.real_world_value_mapping:RealWorldValueMappingMacro",
    "real world value mapping item": "dicomodel.macros.real_world_value_mapping_item:RealWorldValueMappingItemMacro",
    "reference location": "dicomodel.macros.reference_location:ReferenceLocationMacro",
    "referenced image": "dicomodel.macros.referenced_image:ReferencedImageMacro",
    "referenced instances and access": "dicomodel.macros.referenced_instances_and_access:ReferencedInstancesAndAccessMacro",
    "referenced request": "dicomodel.macros.referenced_request:ReferencedRequestMacro",
    "related information entities": "dicomodel.macros.related_information_entities:RelatedInformationEntitiesMacro",
    "request attributes": "dicomodel.macros.request_attributes:RequestAttributesMacro",
    "respiratory synchronization": "dicomodel.macros.respiratory_synchronization:RespiratorySynchronizationMacro",
    "rt accessory device identification": "dicomodel.macros.rt_accessory_device_identification:RTAccessoryDeviceIdentificationMacro",
    "rt accessory holders definition": "dicomodel.macros.rt_accessory_holders_definition:RTAccessoryHoldersDefinitionMacro",
    "rt beam limiting device definition": "dicomodel.macros.rt_beam_limiting_device_definition:RTBeamLimitingDeviceDefinitionMacro",
    "rt beam limiting device opening": "dicomodel.macros.rt_beam_limiting_device_opening:RTBeamLimitingDeviceOpeningMacro",
    "rt beam limiting device opening definition": "dicomodel.macros.rt_beam_limiting_device_opening_definition:RTBeamLimitingDeviceOpeningDefinitionMacro",
    "rt beam limiting device opening sequence": "dicomodel.macros.rt_beam_limiting_device_opening_sequence:RTBeamLimitingDeviceOpeningSequenceMacro",
    "rt beam limiting devices definition": "dicomodel.macros.rt_beam_limiting_devices_definition:RTBeamLimitingDevicesDefinitionMacro",
    "rt control point general": "dicomodel.macros.rt_control_point_general:RTControlPointGeneralMacro",
    "rt equipment mapping and plan reference": "dicomodel.macros.rt_equipment_mapping_and_plan_reference:RTEquipmentMappingAndPlanReferenceMacro",
    "rt image frame context": "dicomodel.macros.rt_image_frame_context:RTImageFrameContextMacro",
    "rt image frame general content": "dicomodel.macros.rt_image_frame_general_content:RTImageFrameGeneralContentMacro",
    "rt image frame imaging device position": "dicomodel.macros.rt_image_frame_imaging_device_position:RTImageFrameImagingDevicePositionMacro",
    "rt image frame radiation acquisition parameters": "dicomodel.macros.rt_image_frame_radiation_acquisition_parameters:RTImageFrameRadiationAcquisitionParametersMacro",
    "rt imaging aperture": "dicomodel.macros.rt_imaging_aperture:RTImagingApertureMacro",
    "rt patient position": "dicomodel.macros.rt_patient_position:RTPatientPositionMacro",
    "rt patient position scope": "dicomodel.macros.rt_patient_position_scope:RTPatientPositionScopeMacro",
    "rt patient position scope with legacy support": "dicomodel.macros.rt_patient_position_scope_with_legacy_support:RTPatientPositionScopeWithLegacySupportMacro",
    "rt patient support devices": "dicomodel.macros.rt_patient_support_devices:RTPatientSupportDevicesMacro",
    "rt patient treatment preparation": "dicomodel.macros.rt_patient_treatment_preparation:RTPatientTreatmentPreparationMacro",
    "rt projection imaging request geometry": "dicomodel.macros.rt_projection_imaging_request_geometry:RTProjectionImagingRequestGeometryMacro",
    "rt radiation common base": "dicomodel.macros.rt_radiation_common_base:RTRadiationCommonBaseMacro",
    "rt tolerance set": "dicomodel.macros.rt_tolerance_set:RTToleranceSetMacro",
    "rt treatment phase": "dicomodel.macros.rt_treatment_phase:RTTreatmentPhaseMacro",
    "rt treatment phase interval": "dicomodel.macros.rt_treatment_phase_interval:RTTreatmentPhaseIntervalMacro",
    "rt treatment position": "dicomodel.macros.rt_treatment_position:RTTreatmentPositionMacro",
    "scope of inventory": "dicomodel.macros.scope_of_inventory:ScopeOfInventoryMacro",
    "screen specifications": "dicomodel.macros.screen_specifications:ScreenSpecificationsMacro",
    "segment description": "dicomodel.macros.segment_description:SegmentDescriptionMacro",
    "segmentation": "dicomodel.macros.segmentation:SegmentationMacro",
    "selector attribute": "dicomodel.macros.selector_attribute:SelectorAttributeMacro",
    "series and instance reference": "dicomodel.macros.series_and_instance_reference:SeriesAndInstanceReferenceMacro",
    "sop instance reference": "dicomodel.macros.sop_instance_reference:SOPInstanceReferenceMacro",
    "spatial coordinates": "dicomodel.macros.spatial_coordinates:SpatialCoordinatesMacro",
    "specimen": "dicomodel.macros.specimen:SpecimenMacro",
    "specimen reference": "dicomodel.macros.specimen_reference:SpecimenReferenceMacro",
    "storage": "dicomodel.macros.storage:StorageMacro",
    "stored file access": "dicomodel.macros.stored_file_access:StoredFileAccessMacro",
    "stored value color range": "dicomodel.macros.stored_value_color_range:StoredValueColorRangeMacro",
    "subjective refraction measurements": "dicomodel.macros.subjective_refraction_measurements:SubjectiveRefractionMeasurementsMacro",
    "surface mesh primitives": "dicomodel.macros.surface_mesh_primitives:SurfaceMeshPrimitivesMacro",
    "table content item": "dicomodel.macros.table_content_item:TableContentItemMacro",
    "table summary statistics": "dicomodel.macros.table_summary_statistics:TableSummaryStatisticsMacro",
    "temporal coordinates": "dicomodel.macros.temporal_coordinates:TemporalCoordinatesMacro",
    "temporal position": "dicomodel.macros.temporal_position:TemporalPositionMacro",
    "text style sequence": "dicomodel.macros.text_style_sequence:TextStyleSequenceMacro",
    "threshold sequence": "dicomodel.macros.threshold_sequence:ThresholdSequenceMacro",
    "time of frame functional group": "dicomodel.macros.time_of_frame_functional_group:TimeOfFrameFunctionalGroupMacro",
    "treatment device identification": "dicomodel.macros.treatment_device_identification:TreatmentDeviceIdentificationMacro",
    "udi": "dicomodel.macros.udi:UDIMacro",
    "unassigned per-frame converted attributes": "dicomodel.macros.unassigned_per_frame_converted_attributes:UnassignedPerFrameConvertedAttributesMacro",
    "unassigned shared converted attributes": "dicomodel.macros.unassigned_shared_converted_attributes:UnassignedSharedConvertedAttributesMacro",
    "us image description": "dicomodel.macros.us_image_description:USImageDescriptionMacro",
    "vectors": "dicomodel.macros.vectors:VectorsMacro",
    "visual acuity measurements": "dicomodel.macros.visual_acuity_measurements:VisualAcuityMeasurementsMacro",
    "visual evaluation result": "dicomodel.macros.visual_evaluation_result:VisualEvaluationResultMacro",
    "voi lut": "dicomodel.macros.voi_lut:VOILUTMacro",
    "waveform filter characteristics": "dicomodel.macros.waveform_filter_characteristics:WaveformFilterCharacteristicsMacro",
    "waveform filter lookup table": "dicomodel.macros.waveform_filter_lookup_table:WaveformFilterLookupTableMacro",
    "waveform reference": "dicomodel.macros.waveform_reference:WaveformReferenceMacro",
    "wedge positions": "dicomodel.macros.wedge_positions:WedgePositionsMacro",
    "wedges definition": "dicomodel.macros.wedges_definition:WedgesDefinitionMacro",
    "whole slide microscopy image frame type": "dicomodel.macros.whole_slide_microscopy_image_frame_type:WholeSlideMicroscopyImageFrameTypeMacro",
    "x-ray 3d frame type": "dicomodel.macros.x_ray_3d_frame_type:XRay3DFrameTypeMacro",
    "x-ray 3d general per projection acquisition": "dicomodel.macros.x_ray_3d_general_per_projection_acquisition:XRay3DGeneralPerProjectionAcquisitionMacro",
    "x-ray 3d general positioner movement": "dicomodel.macros.x_ray_3d_general_positioner_movement:XRay3DGeneralPositionerMovementMacro",
    "x-ray 3d general shared acquisition": "dicomodel.macros.x_ray_3d_general_shared_acquisition:XRay3DGeneralSharedAcquisitionMacro",
    "x-ray calibration device usage": "dicomodel.macros.x_ray_calibration_device_usage:XRayCalibrationDeviceUsageMacro",
    "x-ray collimator": "dicomodel.macros.x_ray_collimator:XRayCollimatorMacro",
    "x-ray collimator dimensions": "dicomodel.macros.x_ray_collimator_dimensions:XRayCollimatorDimensionsMacro",
    "x-ray exposure control sensing regions": "dicomodel.macros.x_ray_exposure_control_sensing_regions:XRayExposureControlSensingRegionsMacro",
    "x-ray field of view": "dicomodel.macros.x_ray_field_of_view:XRayFieldOfViewMacro",
    "x-ray filter": "dicomodel.macros.x_ray_filter:XRayFilterMacro",
    "x-ray filtration": "dicomodel.macros.x_ray_filtration:XRayFiltrationMacro",
    "x-ray frame acquisition": "dicomodel.macros.x_ray_frame_acquisition:XRayFrameAcquisitionMacro",
    "x-ray frame characteristics": "dicomodel.macros.x_ray_frame_characteristics:XRayFrameCharacteristicsMacro",
    "x-ray frame detector parameters": "dicomodel.macros.x_ray_frame_detector_parameters:XRayFrameDetectorParametersMacro",
    "x-ray frame pixel data properties": "dicomodel.macros.x_ray_frame_pixel_data_properties:XRayFramePixelDataPropertiesMacro",
    "x-ray geometry": "dicomodel.macros.x_ray_geometry:XRayGeometryMacro",
    "x-ray grid": "dicomodel.macros.x_ray_grid:XRayGridMacro",
    "x-ray grid description": "dicomodel.macros.x_ray_grid_description:XRayGridDescriptionMacro",
    "x-ray isocenter reference system": "dicomodel.macros.x_ray_isocenter_reference_system:XRayIsocenterReferenceSystemMacro",
    "x-ray object thickness": "dicomodel.macros.x_ray_object_thickness:XRayObjectThicknessMacro",
    "x-ray positioner": "dicomodel.macros.x_ray_positioner:XRayPositionerMacro",
    "x-ray projection pixel calibration": "dicomodel.macros.x_ray_projection_pixel_calibration:XRayProjectionPixelCalibrationMacro",
    "x-ray table position": "dicomodel.macros.x_ray_table_position:XRayTablePositionMacro",
}

TAGS: dict[str, frozenset[int]] = {
    "dicomodel.macros.access_end_points:AccessEndPointsMacro": frozenset(
        {0x00080054, 0x00080407, 0x00081190}
    ),
    "dicomodel.macros.algorithm_identification:AlgorithmIdentificationMacro": frozenset(
        {0x00240202, 0x0066002F, 0x00660030, 0x00660031, 0x00660032, 0x00660036}
    ),
    "dicomodel.macros.assertion:AssertionMacro": frozenset(
        {
            0x00380100,
            0x00440101,
            0x00440102,
            0x00440103,
            0x00440104,
            0x00440105,
            0x00440106,
            0x00440107,
        }
    ),
    "dicomodel.macros.attribute_value:AttributeValueMacro": frozenset(
        {
            0x0072005E,
            0x0072005F,
            0x00720060,
            0x00720061,
            0x00720062,
            0x00720063,
            0x00720064,
            0x00720065,
            0x00720066,
            0x00720067,
            0x00720068,
            0x00720069,
            0x0072006A,
            0x0072006B,
            0x0072006C,
            0x0072006D,
            0x0072006E,
            0x0072006F,
            0x00720070,
            0x00720071,
            0x00720072,
            0x00720073,
            0x00720074,
            0x00720075,
            0x00720076,
            0x00720078,
            0x0072007A,
            0x0072007C,
            0x0072007E,
            0x0072007F,
            0x00720080,
            0x00720081,
            0x00720082,
            0x00720083,
        }
    ),
    "dicomodel.macros.attribute_value_constraint:AttributeValueConstraintMacro": frozenset(
        {
            0x004008EA,
            0x00720026,
            0x00720028,
            0x00720050,
            0x00720052,
            0x00720054,
            0x00720056,
            0x00741057,
            0x00820018,
            0x00820019,
            0x00820032,
            0x00820033,
            0x00820034,
            0x00820035,
            0x00820036,
            0x00820037,
        }
    ),
    "dicomodel.macros.basic_code_sequence:BasicCodeSequenceMacro": frozenset(
        {0x00080100, 0x00080102, 0x00080103, 0x00080104, 0x00080119, 0x00080120}
    ),
    "dicomodel.macros.basic_pixel_spacing_calibration:BasicPixelSpacingCalibrationMacro": frozenset(
        {0x00280030, 0x00280A02, 0x00280A04}
    ),
    "dicomodel.macros.beam_limiting_device_position:BeamLimitingDevicePositionMacro": frozenset(
        {0x300A011A}
    ),
    "dicomodel.macros.blocks_definition:BlocksDefinitionMacro": frozenset({0x300A00F0, 0x300A066A}),
    "dicomodel.macros.boluses_definition:BolusesDefinitionMacro": frozenset(
        {0x300A0673, 0x300A0674}
    ),
    "dicomodel.macros.breast_biopsy_target:BreastBiopsyTargetMacro": frozenset({0x00182041}),
    "dicomodel.macros.breast_x_ray_acquisition_dose:BreastXRayAcquisitionDoseMacro": frozenset(
        {0x00189542}
    ),
    "dicomodel.macros.breast_x_ray_detector:BreastXRayDetectorMacro": frozenset({0x00189541}),
    "dicomodel.macros.breast_x_ray_geometry:BreastXRayGeometryMacro": frozenset({0x00189476}),
    "dicomodel.macros.breast_x_ray_isocenter_reference_system:BreastXRayIsocenterReferenceSystemMacro": frozenset(
        {0x00189462}
    ),
    "dicomodel.macros.breast_x_ray_positioner:BreastXRayPositionerMacro": frozenset({0x00189405}),
    "dicomodel.macros.calculated_iol:CalculatedIOLMacro": frozenset(
        {
            0x00221046,
            0x0022104A,
            0x0022104B,
            0x00221090,
            0x00221092,
            0x00221093,
            0x00221095,
            0x00221121,
            0x00221122,
            0x0022112A,
        }
    ),
    "dicomodel.macros.calculated_toric_power:CalculatedToricPowerMacro": frozenset(
        {0x00220009, 0x00460146, 0x00460147}
    ),
    "dicomodel.macros.camera_position_functional_group:CameraPositionFunctionalGroupMacro": frozenset(
        {0x0034000B}
    ),
    "dicomodel.macros.cardiac_synchronization:CardiacSynchronizationMacro": frozenset({0x00189118}),
    "dicomodel.macros.code:CodeMacro": frozenset({0x0040A168}),
    "dicomodel.macros.code_sequence:CodeSequenceMacro": frozenset(
        {
            0x00080100,
            0x00080102,
            0x00080103,
            0x00080104,
            0x00080105,
            0x00080106,
            0x00080107,
            0x0008010B,
            0x0008010D,
            0x0008010F,
            0x00080117,
            0x00080118,
            0x00080119,
            0x00080120,
            0x00080121,
            0x00080122,
        }
    ),
    "dicomodel.macros.common_ct_mr_and_photoacoustic_image_description:CommonCTMRAndPhotoacousticImageDescriptionMacro": frozenset(
        {0x00089205, 0x00089206, 0x00089207}
    ),
    "dicomodel.macros.compensators_definition:CompensatorsDefinitionMacro": frozenset(
        {0x300A00E0, 0x300A0662}
    ),
    "dicomodel.macros.composite_object_reference:CompositeObjectReferenceMacro": frozenset(
        {0x00081199}
    ),
    "dicomodel.macros.conceptual_volume:ConceptualVolumeMacro": frozenset(
        {0x30100006, 0x30100007, 0x3010000A, 0x30100014}
    ),
    "dicomodel.macros.conceptual_volume_segmentation_reference_and_combination:ConceptualVolumeSegmentationReferenceAndCombinationMacro": frozenset(
        {
            0x30100006,
            0x30100007,
            0x30100008,
            0x3010000A,
            0x3010000C,
            0x3010000E,
            0x3010000F,
            0x30100010,
            0x30100011,
            0x30100014,
        }
    ),
    "dicomodel.macros.confocal_microscopy_image_frame_type:ConfocalMicroscopyImageFrameTypeMacro": frozenset(
        {0x00480116}
    ),
    "dicomodel.macros.container:ContainerMacro": frozenset({0x0040A050, 0x0040A504}),
    "dicomodel.macros.content_creator:ContentCreatorMacro": frozenset({0x00700084, 0x00700086}),
    "dicomodel.macros.content_identification:ContentIdentificationMacro": frozenset(
        {0x00200013, 0x0040A043, 0x00700080, 0x00700081, 0x00700084, 0x00700086, 0x00700087}
    ),
    "dicomodel.macros.content_item:ContentItemMacro": frozenset(
        {
            0x00081199,
            0x004008EA,
            0x0040A032,
            0x0040A033,
            0x0040A040,
            0x0040A043,
            0x0040A120,
            0x0040A121,
            0x0040A122,
            0x0040A123,
            0x0040A124,
            0x0040A160,
            0x0040A161,
            0x0040A162,
            0x0040A163,
            0x0040A168,
            0x0040A30A,
        }
    ),
    "dicomodel.macros.content_item_with_modifiers:ContentItemWithModifiersMacro": frozenset(
        {
            0x00081199,
            0x00400441,
            0x004008EA,
            0x0040A032,
            0x0040A033,
            0x0040A040,
            0x0040A043,
            0x0040A120,
            0x0040A121,
            0x0040A122,
            0x0040A123,
            0x0040A124,
            0x0040A160,
            0x0040A161,
            0x0040A162,
            0x0040A163,
            0x0040A168,
            0x0040A30A,
        }
    ),
    "dicomodel.macros.contrast_bolus_usage:ContrastBolusUsageMacro": frozenset({0x00189341}),
    "dicomodel.macros.contributing_image_sources:ContributingImageSourcesMacro": frozenset(
        {0x00280010, 0x00280011, 0x00280101, 0x00282110, 0x00282112, 0x00282114}
    ),
    "dicomodel.macros.cornea_measurement:CorneaMeasurementMacro": frozenset(
        {0x00221033, 0x00460112, 0x00460113, 0x00460116, 0x00460117, 0x00460118}
    ),
    "dicomodel.macros.ct_acquisition_details:CTAcquisitionDetailsMacro": frozenset({0x00189304}),
    "dicomodel.macros.ct_acquisition_type:CTAcquisitionTypeMacro": frozenset({0x00189301}),
    "dicomodel.macros.ct_additional_x_ray_source:CTAdditionalXRaySourceMacro": frozenset(
        {0x00189360}
    ),
    "dicomodel.macros.ct_exposure:CTExposureMacro": frozenset({0x00189321}),
    "dicomodel.macros.ct_geometry:CTGeometryMacro": frozenset({0x00189312}),
    "dicomodel.macros.ct_image_frame_type:CTImageFrameTypeMacro": frozenset({0x00189329}),
    "dicomodel.macros.ct_pixel_value_transformation:CTPixelValueTransformationMacro": frozenset(
        {0x00289145}
    ),
    "dicomodel.macros.ct_position:CTPositionMacro": frozenset({0x00189326}),
    "dicomodel.macros.ct_reconstruction:CTReconstructionMacro": frozenset({0x00189314}),
    "dicomodel.macros.ct_table_dynamics:CTTableDynamicsMacro": frozenset({0x00189308}),
    "dicomodel.macros.ct_x_ray_details:CTXRayDetailsMacro": frozenset({0x00189325}),
    "dicomodel.macros.cylinder_sequence:CylinderSequenceMacro": frozenset({0x00460018}),
    "dicomodel.macros.derivation_image:DerivationImageMacro": frozenset({0x00089124}),
    "dicomodel.macros.device_identification:DeviceIdentificationMacro": frozenset(
        {
            0x00181000,
            0x0018100A,
            0x00181020,
            0x00181204,
            0x00181205,
            0x00500021,
            0x3010001B,
            0x3010001C,
            0x3010001D,
            0x3010002D,
            0x3010002E,
            0x30100043,
        }
    ),
    "dicomodel.macros.device_model:DeviceModelMacro": frozenset(
        {0x00080070, 0x00081090, 0x3010001A}
    ),
    "dicomodel.macros.device_motion_control:DeviceMotionControlMacro": frozenset({0x300A0450}),
    "dicomodel.macros.digital_signatures:DigitalSignaturesMacro": frozenset(
        {0x4FFE0001, 0xFFFAFFFA}
    ),
    "dicomodel.macros.digital_x_ray_detector:DigitalXRayDetectorMacro": frozenset(
        {
            0x00181411,
            0x00181412,
            0x00181413,
            0x00186000,
            0x00187000,
            0x00187001,
            0x00187004,
            0x00187005,
            0x00187006,
            0x00187008,
            0x0018700A,
            0x0018700C,
            0x0018700E,
            0x00187010,
            0x00187011,
            0x00187012,
            0x0018701A,
            0x00187020,
            0x00187022,
            0x00187024,
            0x00187026,
            0x00187028,
            0x0018702A,
            0x0018702B,
        }
    ),
    "dicomodel.macros.display_qa_result_context:DisplayQAResultContextMacro": frozenset(
        {0x00287012, 0x00404035, 0x00404050, 0x00404051}
    ),
    "dicomodel.macros.display_shutter:DisplayShutterMacro": frozenset(
        {
            0x00181600,
            0x00181602,
            0x00181604,
            0x00181606,
            0x00181608,
            0x00181610,
            0x00181612,
            0x00181620,
            0x00181622,
            0x00181624,
        }
    ),
    "dicomodel.macros.document_content:DocumentContentMacro": frozenset(
        {
            0x00081199,
            0x0040A040,
            0x0040A043,
            0x0040A050,
            0x0040A120,
            0x0040A121,
            0x0040A122,
            0x0040A123,
            0x0040A124,
            0x0040A130,
            0x0040A132,
            0x0040A138,
            0x0040A13A,
            0x0040A160,
            0x0040A168,
            0x0040A300,
            0x0040A301,
            0x0040A504,
            0x0040A801,
            0x00480301,
            0x00700022,
            0x00700023,
            0x0070031A,
            0x30060024,
        }
    ),
    "dicomodel.macros.document_relationship:DocumentRelationshipMacro": frozenset(
        {0x0040A032, 0x0040A171, 0x0040A730}
    ),
    "dicomodel.macros.dosimetric_objective:DosimetricObjectiveMacro": frozenset(
        {0x30100007, 0x3010006D, 0x3010006E, 0x30100070, 0x30100073, 0x30100075}
    ),
    "dicomodel.macros.encrypted_attributes_data_set:EncryptedAttributesDataSetMacro": frozenset(
        {0x04000550}
    ),
    "dicomodel.macros.enhanced_code_sequence:EnhancedCodeSequenceMacro": frozenset(
        {
            0x00080105,
            0x00080106,
            0x00080107,
            0x0008010B,
            0x0008010D,
            0x0008010F,
            0x00080117,
            0x00080118,
            0x00080122,
        }
    ),
    "dicomodel.macros.enhanced_content_identification:EnhancedContentIdentificationMacro": frozenset(
        {0x00700081, 0x00700084, 0x00700086, 0x30100033}
    ),
    "dicomodel.macros.entity_labeling:EntityLabelingMacro": frozenset(
        {0x30100035, 0x30100036, 0x30100037}
    ),
    "dicomodel.macros.entity_long_labeling:EntityLongLabelingMacro": frozenset(
        {0x30100037, 0x30100038}
    ),
    "dicomodel.macros.exposure_index:ExposureIndexMacro": frozenset(
        {0x00181411, 0x00181412, 0x00181413}
    ),
    "dicomodel.macros.extended_content_identification:ExtendedContentIdentificationMacro": frozenset(
        {0x00700081, 0x00700084, 0x00700086, 0x30100034}
    ),
    "dicomodel.macros.extended_selector_attribute:ExtendedSelectorAttributeMacro": frozenset(
        {
            0x00720026,
            0x00720028,
            0x00720050,
            0x00720052,
            0x00720054,
            0x00720056,
            0x00741057,
            0x00820018,
            0x00820019,
        }
    ),
    "dicomodel.macros.external_beam_control_point_general:ExternalBeamControlPointGeneralMacro": frozenset(
        {
            0x300A0600,
            0x300A060B,
            0x300A063C,
            0x300A063D,
            0x300A063E,
            0x300A0689,
            0x300A073A,
            0x300A073B,
        }
    ),
    "dicomodel.macros.externally_sourced_data_set_identification:ExternallySourcedDataSetIdentificationMacro": frozenset(
        {0x00240306, 0x00240307, 0x00240308, 0x00240309}
    ),
    "dicomodel.macros.fill_style_sequence:FillStyleSequenceMacro": frozenset({0x00700233}),
    "dicomodel.macros.frame_anatomy:FrameAnatomyMacro": frozenset({0x00209071}),
    "dicomodel.macros.frame_content:FrameContentMacro": frozenset({0x00209111}),
    "dicomodel.macros.frame_display_shutter:FrameDisplayShutterMacro": frozenset({0x00189472}),
    "dicomodel.macros.frame_pixel_shift:FramePixelShiftMacro": frozenset({0x00289415}),
    "dicomodel.macros.frame_usefulness_functional_group:FrameUsefulnessFunctionalGroupMacro": frozenset(
        {0x00340009}
    ),
    "dicomodel.macros.frame_voi_lut:FrameVOILUTMacro": frozenset({0x00289132}),
    "dicomodel.macros.frame_voi_lut_with_lut:FrameVOILUTWithLUTMacro": frozenset({0x00289132}),
    "dicomodel.macros.functional_mr:FunctionalMRMacro": frozenset({0x00189621}),
    "dicomodel.macros.general_accessories_definition:GeneralAccessoriesDefinitionMacro": frozenset(
        {0x300A0671, 0x300A0672}
    ),
    "dicomodel.macros.general_anatomy_mandatory:GeneralAnatomyMandatoryMacro": frozenset(
        {0x00082218, 0x00082228}
    ),
    "dicomodel.macros.general_anatomy_optional:GeneralAnatomyOptionalMacro": frozenset(
        {0x00082218, 0x00082228}
    ),
    "dicomodel.macros.general_anatomy_required:GeneralAnatomyRequiredMacro": frozenset(
        {0x00082218, 0x00082228}
    ),
    "dicomodel.macros.general_contributing_sources:GeneralContributingSourcesMacro": frozenset(
        {
            0x0008002A,
            0x00080070,
            0x00081010,
            0x00081070,
            0x00081072,
            0x00081090,
            0x00181000,
            0x00181020,
            0x00181030,
            0x00181204,
            0x00181205,
            0x00189423,
            0x00209529,
            0x00400260,
        }
    ),
    "dicomodel.macros.general_procedure_protocol_reference:GeneralProcedureProtocolReferenceMacro": frozenset(
        {0x0018990C, 0x0018990D}
    ),
    "dicomodel.macros.hanging_protocol_selector_attribute_context:HangingProtocolSelectorAttributeContextMacro": frozenset(
        {0x00209167, 0x00209238, 0x00720052, 0x00720054, 0x00720056}
    ),
    "dicomodel.macros.hanging_protocol_selector_attribute_value:HangingProtocolSelectorAttributeValueMacro": frozenset(
        {
            0x00720060,
            0x00720062,
            0x00720064,
            0x00720066,
            0x00720068,
            0x0072006A,
            0x0072006C,
            0x0072006E,
            0x00720070,
            0x00720072,
            0x00720074,
            0x00720076,
            0x00720078,
            0x0072007A,
            0x0072007C,
            0x0072007E,
            0x0072007F,
            0x00720080,
        }
    ),
    "dicomodel.macros.hierarchical_evidence_reference:HierarchicalEvidenceReferenceMacro": frozenset(
        {0x0008113A, 0x00089092, 0x00089121, 0x00089154, 0x00089237}
    ),
    "dicomodel.macros.hierarchical_series_reference:HierarchicalSeriesReferenceMacro": frozenset(
        {0x00080054, 0x00081190, 0x00081199, 0x0020000E, 0x0040E011, 0x00880130, 0x00880140}
    ),
    "dicomodel.macros.hierarchical_sop_instance_reference:HierarchicalSOPInstanceReferenceMacro": frozenset(
        {0x00081115, 0x0020000D}
    ),
    "dicomodel.macros.hl7v2_hierarchic_designator:HL7v2HierarchicDesignatorMacro": frozenset(
        {0x00400031, 0x00400032, 0x00400033}
    ),
    "dicomodel.macros.identified_person_or_device:IdentifiedPersonOrDeviceMacro": frozenset(
        {
            0x00080055,
            0x00080070,
            0x00080080,
            0x00080082,
            0x00081010,
            0x00081040,
            0x00081041,
            0x00081090,
            0x00181000,
            0x00181002,
            0x00181020,
            0x00181204,
            0x00181205,
            0x00401101,
            0x0040A084,
            0x0040A123,
            0x0044010A,
        }
    ),
    "dicomodel.macros.identity_pixel_value_transformation:IdentityPixelValueTransformationMacro": frozenset(
        {0x00289145}
    ),
    "dicomodel.macros.image_data_type:ImageDataTypeMacro": frozenset({0x00189807}),
    "dicomodel.macros.image_frame_conversion_source:ImageFrameConversionSourceMacro": frozenset(
        {0x00209172}
    ),
    "dicomodel.macros.image_pixel:ImagePixelMacro": frozenset(
        {
            0x00280002,
            0x00280004,
            0x00280006,
            0x00280010,
            0x00280011,
            0x00280034,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280106,
            0x00280107,
            0x00281101,
            0x00281102,
            0x00281103,
            0x00281201,
            0x00281202,
            0x00281203,
            0x00282000,
            0x00282002,
            0x7FE00010,
        }
    ),
    "dicomodel.macros.image_pixel_description:ImagePixelDescriptionMacro": frozenset(
        {
            0x00280002,
            0x00280004,
            0x00280006,
            0x00280010,
            0x00280011,
            0x00280034,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280106,
            0x00280107,
            0x00281101,
            0x00281102,
            0x00281103,
            0x00281201,
            0x00281202,
            0x00281203,
            0x00282000,
            0x00282002,
        }
    ),
    "dicomodel.macros.image_reference:ImageReferenceMacro": frozenset({0x00081199}),
    "dicomodel.macros.image_sop_instance_reference:ImageSOPInstanceReferenceMacro": frozenset(
        {0x00081150, 0x00081155, 0x00081160, 0x0062000B}
    ),
    "dicomodel.macros.interlock:InterlockMacro": frozenset(
        {0x300A0741, 0x300A0742, 0x300A0743, 0x300A0744, 0x300A0745, 0x300A0746, 0x300A0783}
    ),
    "dicomodel.macros.intraocular_lens_calculations:IntraocularLensCalculationsMacro": frozenset(
        {
            0x0022001B,
            0x00221012,
            0x00221028,
            0x00221029,
            0x00221033,
            0x00221037,
            0x00221039,
            0x00221040,
            0x00221045,
            0x00221046,
            0x0022104A,
            0x0022104B,
            0x00221090,
            0x00221092,
            0x00221093,
            0x00221095,
            0x00221096,
            0x00221103,
            0x00221121,
            0x00221122,
            0x00221127,
            0x00221128,
            0x0022112A,
            0x00460047,
            0x00460074,
            0x00460080,
            0x00460110,
        }
    ),
    "dicomodel.macros.intravascular_frame_content:IntravascularFrameContentMacro": frozenset(
        {0x00520027}
    ),
    "dicomodel.macros.intravascular_oct_frame_content:IntravascularOCTFrameContentMacro": frozenset(
        {0x00520029}
    ),
    "dicomodel.macros.intravascular_oct_frame_type:IntravascularOCTFrameTypeMacro": frozenset(
        {0x00520025}
    ),
    "dicomodel.macros.inventory_reference:InventoryReferenceMacro": frozenset(
        {
            0x00080409,
            0x0008040A,
            0x0008040B,
            0x0008040C,
            0x0008040D,
            0x0008040E,
            0x00080420,
            0x00080422,
            0x00081150,
            0x00081155,
            0x00282112,
            0x04000015,
            0x04000404,
        }
    ),
    "dicomodel.macros.iol_ophthalmic_axial_length:IOLOphthalmicAxialLengthMacro": frozenset(
        {0x00221012}
    ),
    "dicomodel.macros.irradiation_event_identification:IrradiationEventIdentificationMacro": frozenset(
        {0x00189477}
    ),
    "dicomodel.macros.issuer_of_patient_id:IssuerOfPatientIDMacro": frozenset(
        {0x00100021, 0x00100024}
    ),
    "dicomodel.macros.keratometric_measurements:KeratometricMeasurementsMacro": frozenset(
        {0x00460074, 0x00460080}
    ),
    "dicomodel.macros.keratometry:KeratometryMacro": frozenset(
        {0x00221033, 0x00221096, 0x00460074, 0x00460080}
    ),
    "dicomodel.macros.kv_radiation_image_acquisition_parameters:KVRadiationImageAcquisitionParametersMacro": frozenset(
        {0x00180060, 0x00181154, 0x0018115A, 0x00188150, 0x00188151, 0x00189556, 0x30020133}
    ),
    "dicomodel.macros.lensometry_measurements:LensometryMeasurementsMacro": frozenset(
        {
            0x00460018,
            0x00460028,
            0x00460038,
            0x00460040,
            0x00460042,
            0x00460100,
            0x00460101,
            0x00460146,
        }
    ),
    "dicomodel.macros.line_style_sequence:LineStyleSequenceMacro": frozenset({0x00700232}),
    "dicomodel.macros.luminance_result:LuminanceResultMacro": frozenset(
        {0x0028701B, 0x0028701C, 0x00287025, 0x20100160}
    ),
    "dicomodel.macros.luminance_uniformity_result:LuminanceUniformityResultMacro": frozenset(
        {0x00287017, 0x0028701B, 0x0028701C, 0x00287021, 0x00287025, 0x0028702D, 0x20100160}
    ),
    "dicomodel.macros.m_3d_rt_cone_beam_imaging_geometry:ThreeDRTConeBeamImagingGeometryMacro": frozenset(
        {0x00189913, 0x3002012B, 0x3002012C, 0x3002012E, 0x3002012F}
    ),
    "dicomodel.macros.m_3d_spatial_coordinates:ThreeDSpatialCoordinatesMacro": frozenset(
        {0x00700022, 0x00700023, 0x0070031A, 0x30060024}
    ),
    "dicomodel.macros.mandatory_view_and_slice_progression_direction:MandatoryViewAndSliceProgressionDirectionMacro": frozenset(
        {0x00540220, 0x00540500}
    ),
    "dicomodel.macros.matrix_based_rt_imaging_geometry:MatrixBasedRTImagingGeometryMacro": frozenset(
        {0x3002010D, 0x3002010E}
    ),
    "dicomodel.macros.modality_lut:ModalityLUTMacro": frozenset(
        {0x00281052, 0x00281053, 0x00281054, 0x00283000}
    ),
    "dicomodel.macros.mr_arterial_spin_labeling:MRArterialSpinLabelingMacro": frozenset(
        {0x00189251}
    ),
    "dicomodel.macros.mr_averages:MRAveragesMacro": frozenset({0x00189119}),
    "dicomodel.macros.mr_diffusion:MRDiffusionMacro": frozenset({0x00189117}),
    "dicomodel.macros.mr_echo:MREchoMacro": frozenset({0x00189114}),
    "dicomodel.macros.mr_fov_geometry:MRFOVGeometryMacro": frozenset({0x00189125}),
    "dicomodel.macros.mr_image_and_spectroscopy_instance:MRImageAndSpectroscopyInstanceMacro": frozenset(
        {
            0x0008002A,
            0x0008113A,
            0x00089092,
            0x00089121,
            0x00089154,
            0x00089237,
            0x00180087,
            0x00181320,
            0x00189004,
            0x00189064,
            0x00189073,
            0x00189100,
            0x00189174,
            0x00189175,
            0x00200012,
            0x00204000,
            0x300A012C,
        }
    ),
    "dicomodel.macros.mr_image_description:MRImageDescriptionMacro": frozenset(
        {0x00089208, 0x00089209, 0x00189622}
    ),
    "dicomodel.macros.mr_image_frame_type:MRImageFrameTypeMacro": frozenset({0x00189226}),
    "dicomodel.macros.mr_imaging_modifier:MRImagingModifierMacro": frozenset({0x00189006}),
    "dicomodel.macros.mr_metabolite_map:MRMetaboliteMapMacro": frozenset({0x00189152}),
    "dicomodel.macros.mr_modifier:MRModifierMacro": frozenset({0x00189115}),
    "dicomodel.macros.mr_receive_coil:MRReceiveCoilMacro": frozenset({0x00189042}),
    "dicomodel.macros.mr_spatial_saturation:MRSpatialSaturationMacro": frozenset({0x00189107}),
    "dicomodel.macros.mr_spectroscopy_description:MRSpectroscopyDescriptionMacro": frozenset(
        {0x00089206, 0x00089207, 0x00089208, 0x00089209}
    ),
    "dicomodel.macros.mr_spectroscopy_fov_geometry:MRSpectroscopyFOVGeometryMacro": frozenset(
        {0x00189103}
    ),
    "dicomodel.macros.mr_spectroscopy_frame_type:MRSpectroscopyFrameTypeMacro": frozenset(
        {0x00189227}
    ),
    "dicomodel.macros.mr_timing_and_related_parameters:MRTimingAndRelatedParametersMacro": frozenset(
        {0x00189112}
    ),
    "dicomodel.macros.mr_transmit_coil:MRTransmitCoilMacro": frozenset({0x00189049}),
    "dicomodel.macros.mr_velocity_encoding:MRVelocityEncodingMacro": frozenset({0x00189197}),
    "dicomodel.macros.multi_energy_ct_characteristics:MultiEnergyCTCharacteristicsMacro": frozenset(
        {0x00189364}
    ),
    "dicomodel.macros.multi_energy_ct_path:MultiEnergyCTPathMacro": frozenset({0x00189379}),
    "dicomodel.macros.multi_energy_ct_processing:MultiEnergyCTProcessingMacro": frozenset(
        {0x00189363}
    ),
    "dicomodel.macros.multi_energy_ct_x_ray_detector:MultiEnergyCTXRayDetectorMacro": frozenset(
        {0x0018936F}
    ),
    "dicomodel.macros.multi_energy_ct_x_ray_source:MultiEnergyCTXRaySourceMacro": frozenset(
        {0x00189365}
    ),
    "dicomodel.macros.multiple_site_general_anatomy_optional:MultipleSiteGeneralAnatomyOptionalMacro": frozenset(
        {0x00082218, 0x00082228}
    ),
    "dicomodel.macros.mv_radiation_image_acquisition_parameters:MVRadiationImageAcquisitionParametersMacro": frozenset(
        {0x30020133, 0x30020134, 0x300A063D, 0x300A063E, 0x300A0658, 0x300A067B}
    ),
    "dicomodel.macros.numeric_measurement:NumericMeasurementMacro": frozenset(
        {0x0040A300, 0x0040A301}
    ),
    "dicomodel.macros.numeric_value:NumericValueMacro": frozenset(
        {0x004008EA, 0x0040A043, 0x0040A30A}
    ),
    "dicomodel.macros.ophthalmic_acquisition_parameters:OphthalmicAcquisitionParametersMacro": frozenset(
        {0x0022000A, 0x0022000B, 0x0022000D, 0x0022000E, 0x0022001B, 0x00220058}
    ),
    "dicomodel.macros.ophthalmic_axial_length_quality_metric:OphthalmicAxialLengthQualityMetricMacro": frozenset(
        {0x004008EA, 0x0040A043, 0x0040A30A}
    ),
    "dicomodel.macros.ophthalmic_axial_length_segmental_measurements:OphthalmicAxialLengthSegmentalMeasurementsMacro": frozenset(
        {0x00221019, 0x00221101, 0x00221140, 0x00221220, 0x00221225}
    ),
    "dicomodel.macros.ophthalmic_axial_measurements:OphthalmicAxialMeasurementsMacro": frozenset(
        {
            0x0022000D,
            0x0022000E,
            0x00220058,
            0x00221024,
            0x00221025,
            0x00221050,
            0x00221065,
            0x00221066,
        }
    ),
    "dicomodel.macros.ophthalmic_axial_measurements_quality_image_sop_instance_reference:OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceMacro": frozenset(
        {0x00081150, 0x00081155, 0x00081160}
    ),
    "dicomodel.macros.ophthalmic_axial_measurements_related_information:OphthalmicAxialMeasurementsRelatedInformationMacro": frozenset(
        {0x00221220, 0x00221225}
    ),
    "dicomodel.macros.ophthalmic_axial_measurements_selected:OphthalmicAxialMeasurementsSelectedMacro": frozenset(
        {0x00221230, 0x00221255}
    ),
    "dicomodel.macros.ophthalmic_frame_location:OphthalmicFrameLocationMacro": frozenset(
        {0x00220031}
    ),
    "dicomodel.macros.ophthalmic_patient_clinical_information_and_test_lens_parameters:OphthalmicPatientClinicalInformationAndTestLensParametersMacro": frozenset(
        {0x0022000B, 0x0022000D, 0x00240110, 0x00240112, 0x00460044}
    ),
    "dicomodel.macros.ophthalmic_visual_field_global_index:OphthalmicVisualFieldGlobalIndexMacro": frozenset(
        {0x00240325, 0x00240338, 0x00240344}
    ),
    "dicomodel.macros.optical_path_identification:OpticalPathIdentificationMacro": frozenset(
        {0x00480207}
    ),
    "dicomodel.macros.optional_view_and_slice_progression_direction:OptionalViewAndSliceProgressionDirectionMacro": frozenset(
        {0x00540220, 0x00540500}
    ),
    "dicomodel.macros.original_attributes:OriginalAttributesMacro": frozenset({0x04000561}),
    "dicomodel.macros.outline_definition:OutlineDefinitionMacro": frozenset(
        {
            0x00181630,
            0x00181631,
            0x00181632,
            0x00181633,
            0x00181634,
            0x00181635,
            0x00181636,
            0x00181637,
            0x00181638,
        }
    ),
    "dicomodel.macros.palette_color_lookup_table:PaletteColorLookupTableMacro": frozenset(
        {
            0x00281101,
            0x00281102,
            0x00281103,
            0x00281199,
            0x00281201,
            0x00281202,
            0x00281203,
            0x00281221,
            0x00281222,
            0x00281223,
        }
    ),
    "dicomodel.macros.parameterized_rt_imaging_geometry:ParameterizedRTImagingGeometryMacro": frozenset(
        {0x3002010D, 0x3002010E}
    ),
    "dicomodel.macros.parametric_map_frame_type:ParametricMapFrameTypeMacro": frozenset(
        {0x00409092}
    ),
    "dicomodel.macros.patient_group:PatientGroupMacro": frozenset({0x00100026, 0x00100027}),
    "dicomodel.macros.patient_orientation:PatientOrientationMacro": frozenset(
        {0x00540410, 0x00540414}
    ),
    "dicomodel.macros.patient_orientation_and_equipment_relationship:PatientOrientationAndEquipmentRelationshipMacro": frozenset(
        {0x00540410, 0x30100030}
    ),
    "dicomodel.macros.patient_orientation_in_frame:PatientOrientationInFrameMacro": frozenset(
        {0x00209450}
    ),
    "dicomodel.macros.patient_physiological_state:PatientPhysiologicalStateMacro": frozenset(
        {0x00189771}
    ),
    "dicomodel.macros.patient_position_acquisition_device:PatientPositionAcquisitionDeviceMacro": frozenset(
        {0x30020116, 0x30020117}
    ),
    "dicomodel.macros.patient_support_identification:PatientSupportIdentificationMacro": frozenset(
        {0x300A0350, 0x300A0352, 0x300A0354}
    ),
    "dicomodel.macros.patient_support_position:PatientSupportPositionMacro": frozenset(
        {0x300A065C, 0x300A065D}
    ),
    "dicomodel.macros.patient_to_equipment_relationship:PatientToEquipmentRelationshipMacro": frozenset(
        {0x00289520, 0x300600C8, 0x300600C9, 0x300600CB}
    ),
    "dicomodel.macros.performed_procedure_step_summary:PerformedProcedureStepSummaryMacro": frozenset(
        {
            0x00400244,
            0x00400245,
            0x00400250,
            0x00400251,
            0x00400253,
            0x00400254,
            0x00400260,
            0x00400280,
        }
    ),
    "dicomodel.macros.person_identification:PersonIdentificationMacro": frozenset(
        {
            0x00080080,
            0x00080081,
            0x00080082,
            0x00081040,
            0x00081041,
            0x00401101,
            0x00401102,
            0x00401103,
            0x00401104,
        }
    ),
    "dicomodel.macros.pet_detector_motion_details:PETDetectorMotionDetailsMacro": frozenset(
        {0x00189733}
    ),
    "dicomodel.macros.pet_frame_acquisition:PETFrameAcquisitionMacro": frozenset({0x00189732}),
    "dicomodel.macros.pet_frame_correction_factors:PETFrameCorrectionFactorsMacro": frozenset(
        {0x00189736}
    ),
    "dicomodel.macros.pet_frame_type:PETFrameTypeMacro": frozenset({0x00189751}),
    "dicomodel.macros.pet_position:PETPositionMacro": frozenset({0x00189735}),
    "dicomodel.macros.pet_reconstruction:PETReconstructionMacro": frozenset({0x00189749}),
    "dicomodel.macros.pet_table_dynamics:PETTableDynamicsMacro": frozenset({0x00189734}),
    "dicomodel.macros.photoacoustic_excitation_characteristics:PhotoacousticExcitationCharacteristicsMacro": frozenset(
        {0x00189821}
    ),
    "dicomodel.macros.photoacoustic_image_data_type:PhotoacousticImageDataTypeMacro": frozenset(
        {0x00189807}
    ),
    "dicomodel.macros.photoacoustic_image_frame_type:PhotoacousticImageFrameTypeMacro": frozenset(
        {0x00189835}
    ),
    "dicomodel.macros.photoacoustic_reconstruction_algorithm:PhotoacousticReconstructionAlgorithmMacro": frozenset(
        {0x0018993D}
    ),
    "dicomodel.macros.pixel_intensity_relationship_lut:PixelIntensityRelationshipLUTMacro": frozenset(
        {0x00289422}
    ),
    "dicomodel.macros.pixel_measures:PixelMeasuresMacro": frozenset({0x00289110}),
    "dicomodel.macros.pixel_value_transformation:PixelValueTransformationMacro": frozenset(
        {0x00289145}
    ),
    "dicomodel.macros.plane_orientation_patient:PlaneOrientationPatientMacro": frozenset(
        {0x00209116}
    ),
    "dicomodel.macros.plane_orientation_volume:PlaneOrientationVolumeMacro": frozenset(
        {0x0020930F}
    ),
    "dicomodel.macros.plane_position_patient:PlanePositionPatientMacro": frozenset({0x00209113}),
    "dicomodel.macros.plane_position_slide:PlanePositionSlideMacro": frozenset({0x0048021A}),
    "dicomodel.macros.plane_position_volume:PlanePositionVolumeMacro": frozenset({0x0020930E}),
    "dicomodel.macros.planning_landmark_line:PlanningLandmarkLineMacro": frozenset(
        {0x006865A0, 0x006865D0}
    ),
    "dicomodel.macros.planning_landmark_plane:PlanningLandmarkPlaneMacro": frozenset(
        {0x006865E0, 0x00686610, 0x00686620}
    ),
    "dicomodel.macros.planning_landmark_point:PlanningLandmarkPointMacro": frozenset(
        {0x00686550, 0x00686590}
    ),
    "dicomodel.macros.points:PointsMacro": frozenset(
        {
            0x00660015,
            0x00660016,
            0x00660017,
            0x00660018,
            0x00660019,
            0x0066001A,
            0x0066001B,
            0x0066001C,
        }
    ),
    "dicomodel.macros.presentation_state_relationship:PresentationStateRelationshipMacro": frozenset(
        {0x00081115}
    ),
    "dicomodel.macros.primary_anatomic_structure:PrimaryAnatomicStructureMacro": frozenset(
        {0x00082228}
    ),
    "dicomodel.macros.prism_sequence:PrismSequenceMacro": frozenset({0x00460028}),
    "dicomodel.macros.protocol_element_identification:ProtocolElementIdentificationMacro": frozenset(
        {0x00189921, 0x00189922, 0x00189923, 0x00189924}
    ),
    "dicomodel.macros.radiation_fraction_pattern:RadiationFractionPatternMacro": frozenset(
        {0x30100079}
    ),
    "dicomodel.macros.radiation_generation_mode:RadiationGenerationModeMacro": frozenset(
        {0x300A067B, 0x300A0685}
    ),
    "dicomodel.macros.radiobiological_dose_effect_description:RadiobiologicalDoseEffectDescriptionMacro": frozenset(
        {0x30100002, 0x30100003, 0x30100005}
    ),
    "dicomodel.macros.radiopharmaceutical_usage:RadiopharmaceuticalUsageMacro": frozenset(
        {0x00189737}
    ),
    "dicomodel.macros.real_world_value_mapping:RealWorldValueMappingMacro": frozenset({0x00409096}),
    "dicomodel.macros.real_world_value_mapping_item:RealWorldValueMappingItemMacro": frozenset(
        {
            0x00283003,
            0x004008EA,
            0x00409210,
            0x00409211,
            0x00409212,
            0x00409213,
            0x00409214,
            0x00409216,
            0x00409220,
            0x00409224,
            0x00409225,
        }
    ),
    "dicomodel.macros.reference_location:ReferenceLocationMacro": frozenset(
        {0x00189900, 0x00189901, 0x00189902, 0x00189903, 0x00189904, 0x00189905}
    ),
    "dicomodel.macros.referenced_image:ReferencedImageMacro": frozenset({0x00081140}),
    "dicomodel.macros.referenced_instances_and_access:ReferencedInstancesAndAccessMacro": frozenset(
        {
            0x00081199,
            0x0020000D,
            0x0020000E,
            0x0040E020,
            0x0040E021,
            0x0040E022,
            0x0040E023,
            0x0040E024,
            0x0040E025,
        }
    ),
    "dicomodel.macros.referenced_request:ReferencedRequestMacro": frozenset(
        {
            0x00080050,
            0x00080051,
            0x00081110,
            0x0020000D,
            0x00321060,
            0x00321064,
            0x00400026,
            0x00400027,
            0x00401001,
            0x00401002,
            0x0040100A,
            0x00402016,
            0x00402017,
        }
    ),
    "dicomodel.macros.related_information_entities:RelatedInformationEntitiesMacro": frozenset(
        {0x00081110, 0x0040A170}
    ),
    "dicomodel.macros.request_attributes:RequestAttributesMacro": frozenset(
        {
            0x00080050,
            0x00080051,
            0x00081110,
            0x0020000D,
            0x00321060,
            0x00321064,
            0x00400007,
            0x00400008,
            0x00400009,
            0x00401001,
            0x00401002,
            0x0040100A,
        }
    ),
    "dicomodel.macros.respiratory_synchronization:RespiratorySynchronizationMacro": frozenset(
        {0x00209253}
    ),
    "dicomodel.macros.rt_accessory_device_identification:RTAccessoryDeviceIdentificationMacro": frozenset(
        {
            0x00080070,
            0x00081090,
            0x00181000,
            0x0018100A,
            0x00181020,
            0x00181204,
            0x00181205,
            0x00500021,
            0x300A060E,
            0x300A0611,
            0x300A0613,
            0x300A0615,
            0x3010001A,
            0x3010001B,
            0x3010001C,
            0x3010001D,
            0x3010002D,
            0x3010002E,
            0x30100043,
        }
    ),
    "dicomodel.macros.rt_accessory_holders_definition:RTAccessoryHoldersDefinitionMacro": frozenset(
        {0x300A0614, 0x300A0670}
    ),
    "dicomodel.macros.rt_beam_limiting_device_definition:RTBeamLimitingDeviceDefinitionMacro": frozenset(
        {
            0x00080070,
            0x00081090,
            0x00181000,
            0x0018100A,
            0x00181020,
            0x00181204,
            0x00181205,
            0x00500021,
            0x300A0602,
            0x300A060E,
            0x300A0611,
            0x300A0613,
            0x300A0615,
            0x300A0642,
            0x300A0643,
            0x300A0645,
            0x300A0646,
            0x300A0647,
            0x3010001A,
            0x3010001B,
            0x3010001C,
            0x3010001D,
            0x3010002D,
            0x3010002E,
            0x30100039,
            0x30100043,
        }
    ),
    "dicomodel.macros.rt_beam_limiting_device_opening:RTBeamLimitingDeviceOpeningMacro": frozenset(
        {0x300A0656, 0x300A0657}
    ),
    "dicomodel.macros.rt_beam_limiting_device_opening_definition:RTBeamLimitingDeviceOpeningDefinitionMacro": frozenset(
        {0x300A0607, 0x300A064A, 0x300A064B, 0x300A064C}
    ),
    "dicomodel.macros.rt_beam_limiting_device_opening_sequence:RTBeamLimitingDeviceOpeningSequenceMacro": frozenset(
        {0x300A0656}
    ),
    "dicomodel.macros.rt_beam_limiting_devices_definition:RTBeamLimitingDevicesDefinitionMacro": frozenset(
        {0x300A0641, 0x300A064D}
    ),
    "dicomodel.macros.rt_control_point_general:RTControlPointGeneralMacro": frozenset(
        {0x300A0600, 0x300A060B, 0x300A063C, 0x300A073A, 0x300A073B}
    ),
    "dicomodel.macros.rt_equipment_mapping_and_plan_reference:RTEquipmentMappingAndPlanReferenceMacro": frozenset(
        {0x300A012C, 0x300A0675, 0x300A079F, 0x300A07A0, 0x300A07A1, 0x300C0002}
    ),
    "dicomodel.macros.rt_image_frame_context:RTImageFrameContextMacro": frozenset({0x30020103}),
    "dicomodel.macros.rt_image_frame_general_content:RTImageFrameGeneralContentMacro": frozenset(
        {0x30020102}
    ),
    "dicomodel.macros.rt_image_frame_imaging_device_position:RTImageFrameImagingDevicePositionMacro": frozenset(
        {0x30020109}
    ),
    "dicomodel.macros.rt_image_frame_radiation_acquisition_parameters:RTImageFrameRadiationAcquisitionParametersMacro": frozenset(
        {0x3002010C}
    ),
    "dicomodel.macros.rt_imaging_aperture:RTImagingApertureMacro": frozenset(
        {0x30020114, 0x30020115, 0x3002012D, 0x300A073B}
    ),
    "dicomodel.macros.rt_patient_position:RTPatientPositionMacro": frozenset(
        {0x00540410, 0x300A0798, 0x300A0799, 0x30100030}
    ),
    "dicomodel.macros.rt_patient_position_scope:RTPatientPositionScopeMacro": frozenset(
        {0x300A0630, 0x300A0702}
    ),
    "dicomodel.macros.rt_patient_position_scope_with_legacy_support:RTPatientPositionScopeWithLegacySupportMacro": frozenset(
        {0x300A0630, 0x300A0702, 0x300C0002}
    ),
    "dicomodel.macros.rt_patient_support_devices:RTPatientSupportDevicesMacro": frozenset(
        {0x300A0686, 0x300A0687}
    ),
    "dicomodel.macros.rt_patient_treatment_preparation:RTPatientTreatmentPreparationMacro": frozenset(
        {0x300A078C, 0x300A078D, 0x300A0790, 0x300A0792}
    ),
    "dicomodel.macros.rt_projection_imaging_request_geometry:RTProjectionImagingRequestGeometryMacro": frozenset(
        {0x30020111, 0x30020112, 0x30020113}
    ),
    "dicomodel.macros.rt_radiation_common_base:RTRadiationCommonBaseMacro": frozenset(
        {
            0x00081156,
            0x00540410,
            0x300A0629,
            0x300A0635,
            0x300A0638,
            0x300A0639,
            0x300A063F,
            0x30100030,
            0x30100080,
        }
    ),
    "dicomodel.macros.rt_tolerance_set:RTToleranceSetMacro": frozenset(
        {0x300A062A, 0x300A062B, 0x300A065C, 0x300A0660}
    ),
    "dicomodel.macros.rt_treatment_phase:RTTreatmentPhaseMacro": frozenset(
        {0x30100035, 0x30100036, 0x30100037, 0x3010003A, 0x3010003B, 0x3010004C, 0x3010004D}
    ),
    "dicomodel.macros.rt_treatment_phase_interval:RTTreatmentPhaseIntervalMacro": frozenset(
        {0x3010004E}
    ),
    "dicomodel.macros.rt_treatment_position:RTTreatmentPositionMacro": frozenset(
        {0x00540410, 0x300A063F, 0x30100030}
    ),
    "dicomodel.macros.scope_of_inventory:ScopeOfInventoryMacro": frozenset({0x00080400}),
    "dicomodel.macros.screen_specifications:ScreenSpecificationsMacro": frozenset(
        {0x00720104, 0x00720106, 0x00720108, 0x0072010A, 0x0072010C, 0x0072010E}
    ),
    "dicomodel.macros.segment_description:SegmentDescriptionMacro": frozenset(
        {
            0x00081156,
            0x00082218,
            0x00082228,
            0x00620003,
            0x00620004,
            0x00620005,
            0x00620006,
            0x00620008,
            0x0062000F,
            0x00620020,
            0x00620021,
            0x00700084,
            0x00700086,
        }
    ),
    "dicomodel.macros.segmentation:SegmentationMacro": frozenset({0x0062000A}),
    "dicomodel.macros.selector_attribute:SelectorAttributeMacro": frozenset(
        {0x00720026, 0x00720028, 0x00720052, 0x00720054, 0x00720056, 0x00741057}
    ),
    "dicomodel.macros.series_and_instance_reference:SeriesAndInstanceReferenceMacro": frozenset(
        {0x00081115}
    ),
    "dicomodel.macros.sop_instance_reference:SOPInstanceReferenceMacro": frozenset(
        {0x00081150, 0x00081155}
    ),
    "dicomodel.macros.spatial_coordinates:SpatialCoordinatesMacro": frozenset(
        {0x00480301, 0x00700022, 0x00700023, 0x0070031A}
    ),
    "dicomodel.macros.specimen:SpecimenMacro": frozenset(
        {0x00400512, 0x00400513, 0x00400515, 0x00400518, 0x0040051A, 0x00400520, 0x00400560}
    ),
    "dicomodel.macros.specimen_reference:SpecimenReferenceMacro": frozenset({0x00480110}),
    "dicomodel.macros.storage:StorageMacro": frozenset(
        {0x00081150, 0x00404071, 0x00404072, 0x00404074}
    ),
    "dicomodel.macros.stored_file_access:StoredFileAccessMacro": frozenset(
        {
            0x00080409,
            0x0008040A,
            0x0008040B,
            0x0008040C,
            0x0008040D,
            0x0008040E,
            0x00282112,
            0x04000015,
            0x04000404,
        }
    ),
    "dicomodel.macros.stored_value_color_range:StoredValueColorRangeMacro": frozenset({0x00281230}),
    "dicomodel.macros.subjective_refraction_measurements:SubjectiveRefractionMeasurementsMacro": frozenset(
        {0x0022000F, 0x00460018, 0x00460028, 0x00460100, 0x00460101, 0x00460102, 0x00460146}
    ),
    "dicomodel.macros.surface_mesh_primitives:SurfaceMeshPrimitivesMacro": frozenset(
        {0x00660026, 0x00660027, 0x00660028, 0x00660034, 0x00660041, 0x00660042, 0x00660043}
    ),
    "dicomodel.macros.table_content_item:TableContentItemMacro": frozenset({0x0040A801}),
    "dicomodel.macros.table_summary_statistics:TableSummaryStatisticsMacro": frozenset(
        {0x004008EA, 0x0040A043, 0x0040A161, 0x0040A195}
    ),
    "dicomodel.macros.temporal_coordinates:TemporalCoordinatesMacro": frozenset(
        {0x0040A130, 0x0040A132, 0x0040A138, 0x0040A13A}
    ),
    "dicomodel.macros.temporal_position:TemporalPositionMacro": frozenset({0x00209310}),
    "dicomodel.macros.text_style_sequence:TextStyleSequenceMacro": frozenset({0x00700231}),
    "dicomodel.macros.threshold_sequence:ThresholdSequenceMacro": frozenset({0x00701B11}),
    "dicomodel.macros.time_of_frame_functional_group:TimeOfFrameFunctionalGroupMacro": frozenset(
        {0x0034000D}
    ),
    "dicomodel.macros.treatment_device_identification:TreatmentDeviceIdentificationMacro": frozenset(
        {
            0x00080070,
            0x00080080,
            0x00080081,
            0x00081040,
            0x00081090,
            0x00181000,
            0x0018100A,
            0x0018100B,
            0x00181020,
            0x00181204,
            0x00181205,
            0x00500021,
            0x3010001A,
            0x3010001B,
            0x3010001C,
            0x3010001D,
            0x3010002D,
            0x3010002E,
            0x30100043,
        }
    ),
    "dicomodel.macros.udi:UDIMacro": frozenset({0x00181009, 0x00500020}),
    "dicomodel.macros.unassigned_per_frame_converted_attributes:UnassignedPerFrameConvertedAttributesMacro": frozenset(
        {0x00209171}
    ),
    "dicomodel.macros.unassigned_shared_converted_attributes:UnassignedSharedConvertedAttributesMacro": frozenset(
        {0x00209170}
    ),
    "dicomodel.macros.us_image_description:USImageDescriptionMacro": frozenset({0x00189806}),
    "dicomodel.macros.vectors:VectorsMacro": frozenset(
        {0x0066001E, 0x0066001F, 0x00660020, 0x00660021}
    ),
    "dicomodel.macros.visual_acuity_measurements:VisualAcuityMeasurementsMacro": frozenset(
        {0x00460135, 0x00460137}
    ),
    "dicomodel.macros.visual_evaluation_result:VisualEvaluationResultMacro": frozenset(
        {0x00287028, 0x0028702E}
    ),
    "dicomodel.macros.voi_lut:VOILUTMacro": frozenset(
        {0x00281050, 0x00281051, 0x00281055, 0x00281056, 0x00283010}
    ),
    "dicomodel.macros.waveform_filter_characteristics:WaveformFilterCharacteristicsMacro": frozenset(
        {
            0x003A0220,
            0x003A0221,
            0x003A0222,
            0x003A0223,
            0x003A0322,
            0x003A0323,
            0x003A0326,
            0x003A0329,
            0x003A032A,
        }
    ),
    "dicomodel.macros.waveform_filter_lookup_table:WaveformFilterLookupTableMacro": frozenset(
        {0x003A032B, 0x003A032C, 0x003A032D, 0x003A032E}
    ),
    "dicomodel.macros.waveform_reference:WaveformReferenceMacro": frozenset({0x00081199}),
    "dicomodel.macros.wedge_positions:WedgePositionsMacro": frozenset({0x300A0116, 0x300A0655}),
    "dicomodel.macros.wedges_definition:WedgesDefinitionMacro": frozenset({0x300A00D0, 0x300A0651}),
    "dicomodel.macros.whole_slide_microscopy_image_frame_type:WholeSlideMicroscopyImageFrameTypeMacro": frozenset(
        {0x00400710}
    ),
    "dicomodel.macros.x_ray_3d_frame_type:XRay3DFrameTypeMacro": frozenset({0x00189504}),
    "dicomodel.macros.x_ray_3d_general_per_projection_acquisition:XRay3DGeneralPerProjectionAcquisitionMacro": frozenset(
        {
            0x00180060,
            0x00181700,
            0x00181702,
            0x00181704,
            0x00181706,
            0x00181708,
            0x00181710,
            0x00181712,
            0x00181720,
            0x00189220,
            0x00189330,
        }
    ),
    "dicomodel.macros.x_ray_3d_general_positioner_movement:XRay3DGeneralPositionerMovementMacro": frozenset(
        {
            0x00189508,
            0x00189509,
            0x00189510,
            0x00189511,
            0x00189514,
            0x00189515,
            0x00189518,
            0x00189519,
        }
    ),
    "dicomodel.macros.x_ray_3d_general_shared_acquisition:XRay3DGeneralSharedAcquisitionMacro": frozenset(
        {
            0x00082112,
            0x00180010,
            0x00180012,
            0x00180060,
            0x00181006,
            0x00181166,
            0x00187030,
            0x00187032,
            0x00187034,
            0x00187040,
            0x00187041,
            0x00187042,
            0x00187044,
            0x00187046,
            0x00187048,
            0x0018704C,
            0x00189328,
            0x00189330,
            0x00189332,
            0x00189461,
            0x00189516,
            0x00189517,
        }
    ),
    "dicomodel.macros.x_ray_calibration_device_usage:XRayCalibrationDeviceUsageMacro": frozenset(
        {0x00189455}
    ),
    "dicomodel.macros.x_ray_collimator:XRayCollimatorMacro": frozenset({0x00189407}),
    "dicomodel.macros.x_ray_collimator_dimensions:XRayCollimatorDimensionsMacro": frozenset(
        {0x00181702, 0x00181704, 0x00181706, 0x00181708, 0x00181710, 0x00181712, 0x00181720}
    ),
    "dicomodel.macros.x_ray_exposure_control_sensing_regions:XRayExposureControlSensingRegionsMacro": frozenset(
        {0x00189434}
    ),
    "dicomodel.macros.x_ray_field_of_view:XRayFieldOfViewMacro": frozenset({0x00189432}),
    "dicomodel.macros.x_ray_filter:XRayFilterMacro": frozenset({0x00189556}),
    "dicomodel.macros.x_ray_filtration:XRayFiltrationMacro": frozenset(
        {0x00181160, 0x00187050, 0x00187052, 0x00187054, 0x00187056, 0x00187058}
    ),
    "dicomodel.macros.x_ray_frame_acquisition:XRayFrameAcquisitionMacro": frozenset({0x00189417}),
    "dicomodel.macros.x_ray_frame_characteristics:XRayFrameCharacteristicsMacro": frozenset(
        {0x00189412}
    ),
    "dicomodel.macros.x_ray_frame_detector_parameters:XRayFrameDetectorParametersMacro": frozenset(
        {0x00189451}
    ),
    "dicomodel.macros.x_ray_frame_pixel_data_properties:XRayFramePixelDataPropertiesMacro": frozenset(
        {0x00289443}
    ),
    "dicomodel.macros.x_ray_geometry:XRayGeometryMacro": frozenset({0x00189476}),
    "dicomodel.macros.x_ray_grid:XRayGridMacro": frozenset(
        {
            0x00181006,
            0x00187040,
            0x00187041,
            0x00187042,
            0x00187044,
            0x00187046,
            0x00187048,
            0x0018704C,
            0x00189555,
        }
    ),
    "dicomodel.macros.x_ray_grid_description:XRayGridDescriptionMacro": frozenset(
        {
            0x00181006,
            0x00187040,
            0x00187041,
            0x00187042,
            0x00187044,
            0x00187046,
            0x00187048,
            0x0018704C,
        }
    ),
    "dicomodel.macros.x_ray_isocenter_reference_system:XRayIsocenterReferenceSystemMacro": frozenset(
        {0x00189462}
    ),
    "dicomodel.macros.x_ray_object_thickness:XRayObjectThicknessMacro": frozenset({0x00189456}),
    "dicomodel.macros.x_ray_positioner:XRayPositionerMacro": frozenset({0x00189405}),
    "dicomodel.macros.x_ray_projection_pixel_calibration:XRayProjectionPixelCalibrationMacro": frozenset(
        {0x00189401}
    ),
    "dicomodel.macros.x_ray_table_position:XRayTablePositionMacro": frozenset({0x00189406}),
    "dicomodel.modules.acquisition_context:AcquisitionContextModule": frozenset(
        {0x00400555, 0x00400556}
    ),
    "dicomodel.modules.advanced_blending_presentation_state:AdvancedBlendingPresentationStateModule": frozenset(
        {0x00701B01}
    ),
    "dicomodel.modules.advanced_blending_presentation_state_display:AdvancedBlendingPresentationStateDisplayModule": frozenset(
        {0x00089205, 0x00701B04}
    ),
    "dicomodel.modules.approval:ApprovalModule": frozenset(
        {0x300E0002, 0x300E0004, 0x300E0005, 0x300E0008}
    ),
    "dicomodel.modules.autorefraction_measurements:AutorefractionMeasurementsModule": frozenset(
        {0x00460050, 0x00460052, 0x00460060, 0x00460062}
    ),
    "dicomodel.modules.autorefraction_measurements_series:AutorefractionMeasurementsSeriesModule": frozenset(
        {0x00080060, 0x00081111}
    ),
    "dicomodel.modules.basic_annotation_presentation:BasicAnnotationPresentationModule": frozenset(
        {0x20300010, 0x20300020}
    ),
    "dicomodel.modules.basic_film_box_presentation:BasicFilmBoxPresentationModule": frozenset(
        {
            0x00282000,
            0x20100010,
            0x20100030,
            0x20100040,
            0x20100050,
            0x20100060,
            0x20100080,
            0x20100100,
            0x20100110,
            0x20100120,
            0x20100130,
            0x20100140,
            0x20100150,
            0x2010015E,
            0x20100160,
            0x20200050,
        }
    ),
    "dicomodel.modules.basic_film_box_relationship:BasicFilmBoxRelationshipModule": frozenset(
        {0x20100500, 0x20100510, 0x20100520, 0x20500500}
    ),
    "dicomodel.modules.basic_film_session_presentation:BasicFilmSessionPresentationModule": frozenset(
        {0x20000010, 0x20000020, 0x20000030, 0x20000040, 0x20000050, 0x20000060, 0x21000160}
    ),
    "dicomodel.modules.basic_film_session_relationship:BasicFilmSessionRelationshipModule": frozenset(
        {0x20000500, 0x213000A0}
    ),
    "dicomodel.modules.billing_and_material_management_code:BillingAndMaterialManagementCodeModule": frozenset(
        {0x00400320, 0x00400321, 0x00400324}
    ),
    "dicomodel.modules.bitmap_display_shutter:BitmapDisplayShutterModule": frozenset(
        {0x00181600, 0x00181622, 0x00181623, 0x00181624}
    ),
    "dicomodel.modules.breast_tomosynthesis_acquisition:BreastTomosynthesisAcquisitionModule": frozenset(
        {0x00189507}
    ),
    "dicomodel.modules.breast_tomosynthesis_contributing_sources:BreastTomosynthesisContributingSourcesModule": frozenset(
        {0x00189506}
    ),
    "dicomodel.modules.breast_view:BreastViewModule": frozenset(
        {0x00080008, 0x00281300, 0x00281350, 0x00281352, 0x00540220}
    ),
    "dicomodel.modules.bulk_motion_synchronization:BulkMotionSynchronizationModule": frozenset(
        {0x00189172, 0x00189173}
    ),
    "dicomodel.modules.c_arm_photon_electron_beam:CArmPhotonElectronBeamModule": frozenset(
        {0x300A0604, 0x300A062F}
    ),
    "dicomodel.modules.c_arm_photon_electron_delivery_device:CArmPhotonElectronDeliveryDeviceModule": frozenset(
        {
            0x300A00D0,
            0x300A00E0,
            0x300A00F0,
            0x300A0614,
            0x300A0640,
            0x300A0641,
            0x300A064D,
            0x300A0651,
            0x300A0662,
            0x300A066A,
            0x300A0670,
            0x300A0671,
            0x300A0672,
            0x300A0673,
            0x300A0674,
            0x300A067B,
            0x300A0685,
        }
    ),
    "dicomodel.modules.calculated_dose_reference_record:CalculatedDoseReferenceRecordModule": frozenset(
        {0x30080070}
    ),
    "dicomodel.modules.cardiac_synchronization:CardiacSynchronizationModule": frozenset(
        {
            0x00181064,
            0x00181081,
            0x00181082,
            0x00181083,
            0x00181084,
            0x00181086,
            0x00189037,
            0x00189070,
            0x00189085,
            0x00189169,
        }
    ),
    "dicomodel.modules.cine:CineModule": frozenset(
        {
            0x00082142,
            0x00082143,
            0x00082144,
            0x00180040,
            0x00180072,
            0x00181063,
            0x00181065,
            0x00181066,
            0x00181067,
            0x00181242,
            0x00181244,
            0x003A0300,
        }
    ),
    "dicomodel.modules.clinical_trial_context:ClinicalTrialContextModule": frozenset(
        {
            0x00120010,
            0x00120020,
            0x00120021,
            0x00120030,
            0x00120031,
            0x00120060,
            0x00120081,
            0x00120082,
            0x00120086,
            0x00120087,
        }
    ),
    "dicomodel.modules.clinical_trial_series:ClinicalTrialSeriesModule": frozenset(
        {0x00120060, 0x00120071, 0x00120072, 0x00120073}
    ),
    "dicomodel.modules.clinical_trial_study:ClinicalTrialStudyModule": frozenset(
        {0x00120050, 0x00120051, 0x00120052, 0x00120053, 0x00120054, 0x00120055, 0x00120083}
    ),
    "dicomodel.modules.clinical_trial_subject:ClinicalTrialSubjectModule": frozenset(
        {
            0x00120010,
            0x00120020,
            0x00120021,
            0x00120022,
            0x00120023,
            0x00120030,
            0x00120031,
            0x00120032,
            0x00120040,
            0x00120041,
            0x00120042,
            0x00120043,
            0x00120081,
            0x00120082,
        }
    ),
    "dicomodel.modules.color_palette_definition:ColorPaletteDefinitionModule": frozenset(
        {0x00200013, 0x0040A043, 0x00700080, 0x00700081, 0x00700084, 0x00700086, 0x00700087}
    ),
    "dicomodel.modules.common_instance_reference:CommonInstanceReferenceModule": frozenset(
        {0x00081115, 0x00081200}
    ),
    "dicomodel.modules.confocal_microscopy_image:ConfocalMicroscopyImageModule": frozenset(
        {
            0x00080008,
            0x00280002,
            0x00280004,
            0x00280006,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00282110,
            0x00480114,
            0x00480115,
        }
    ),
    "dicomodel.modules.confocal_microscopy_tiled_pyramidal_image:ConfocalMicroscopyTiledPyramidalImageModule": frozenset(
        {0x00089206, 0x00480001, 0x00480002, 0x00480003}
    ),
    "dicomodel.modules.content_assessment_results:ContentAssessmentResultsModule": frozenset(
        {
            0x00380101,
            0x00820001,
            0x00820003,
            0x00820004,
            0x00820006,
            0x00820007,
            0x00820016,
            0x00820017,
            0x00820021,
            0x00820023,
        }
    ),
    "dicomodel.modules.contrast_bolus:ContrastBolusModule": frozenset(
        {
            0x00180010,
            0x00180012,
            0x00180014,
            0x00181040,
            0x00181041,
            0x00181042,
            0x00181043,
            0x00181044,
            0x00181046,
            0x00181047,
            0x00181048,
            0x00181049,
        }
    ),
    "dicomodel.modules.corneal_topography_map_analysis:CornealTopographyMapAnalysisModule": frozenset(
        {
            0x00082112,
            0x00221415,
            0x00460074,
            0x00460080,
            0x00460201,
            0x00460202,
            0x00460203,
            0x00460204,
            0x00460205,
            0x00460207,
            0x00460208,
            0x00460210,
            0x00460211,
            0x00460215,
            0x00460218,
            0x00460220,
            0x00460224,
            0x00460227,
            0x00460230,
            0x00460232,
            0x00460234,
            0x00460236,
            0x00460238,
            0x00460242,
            0x00460244,
        }
    ),
    "dicomodel.modules.corneal_topography_map_image:CornealTopographyMapImageModule": frozenset(
        {
            0x00080008,
            0x00080023,
            0x0008002A,
            0x00080033,
            0x00082218,
            0x00082228,
            0x00200013,
            0x00200062,
            0x00280002,
            0x00280004,
            0x00280030,
            0x00280034,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280301,
            0x00280302,
            0x00280A02,
            0x00280A04,
            0x00282110,
            0x00282112,
            0x00282114,
            0x00409096,
        }
    ),
    "dicomodel.modules.corneal_topography_map_series:CornealTopographyMapSeriesModule": frozenset(
        {0x00080060, 0x00081111, 0x00180015}
    ),
    "dicomodel.modules.cr_image:CRImageModule": frozenset(
        {
            0x00082218,
            0x00082228,
            0x00180060,
            0x00181004,
            0x00181110,
            0x00181111,
            0x00181150,
            0x00181151,
            0x00181152,
            0x00181153,
            0x00181164,
            0x00181170,
            0x00181400,
            0x00181401,
            0x00181402,
            0x00181403,
            0x00181404,
            0x00181405,
            0x00181411,
            0x00181412,
            0x00181413,
            0x00186000,
            0x00280004,
            0x00280030,
            0x00280A02,
            0x00280A04,
        }
    ),
    "dicomodel.modules.cr_series:CRSeriesModule": frozenset(
        {0x00180015, 0x00181160, 0x00181180, 0x00181190, 0x00181260, 0x00181261, 0x00185101}
    ),
    "dicomodel.modules.ct_image:CTImageModule": frozenset(
        {
            0x00080008,
            0x00082218,
            0x00082228,
            0x00180022,
            0x00180060,
            0x00180090,
            0x00181100,
            0x00181110,
            0x00181111,
            0x00181120,
            0x00181130,
            0x00181140,
            0x00181150,
            0x00181151,
            0x00181152,
            0x00181153,
            0x0018115E,
            0x00181160,
            0x00181170,
            0x00181190,
            0x00181210,
            0x00181271,
            0x00181272,
            0x00187050,
            0x00189305,
            0x00189306,
            0x00189307,
            0x00189309,
            0x00189310,
            0x00189311,
            0x00189313,
            0x00189318,
            0x00189323,
            0x00189345,
            0x00189346,
            0x00189351,
            0x00189352,
            0x00189353,
            0x00189360,
            0x00189361,
            0x00200012,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00281052,
            0x00281053,
            0x00281054,
            0x00540220,
            0x00540500,
            0x300A012C,
            0x300A0675,
            0x300A079F,
            0x300A07A0,
            0x300A07A1,
            0x300C0002,
        }
    ),
    "dicomodel.modules.ct_protocol_series:CTProtocolSeriesModule": frozenset({0x00080060}),
    "dicomodel.modules.ct_series:CTSeriesModule": frozenset({0x00080060, 0x00081111}),
    "dicomodel.modules.current_frame_functional_groups:CurrentFrameFunctionalGroupsModule": frozenset(
        {0x00060001}
    ),
    "dicomodel.modules.cutaneous_confocal_microscopy_image_acquisition_parameters:CutaneousConfocalMicroscopyImageAcquisitionParametersModule": frozenset(
        {0x00161005, 0x00181147, 0x00181149, 0x00480117, 0x00620020, 0x00620021}
    ),
    "dicomodel.modules.defined_storage:DefinedStorageModule": frozenset({0x00189935}),
    "dicomodel.modules.deformable_spatial_registration:DeformableSpatialRegistrationModule": frozenset(
        {
            0x00080023,
            0x00080033,
            0x00200013,
            0x0040A043,
            0x00640002,
            0x00700080,
            0x00700081,
            0x00700084,
            0x00700086,
            0x00700087,
        }
    ),
    "dicomodel.modules.dermoscopic_image:DermoscopicImageModule": frozenset(
        {
            0x00161001,
            0x00161002,
            0x00161003,
            0x00161004,
            0x00161005,
            0x00280302,
            0x00281350,
            0x00281351,
            0x00620020,
            0x00620021,
        }
    ),
    "dicomodel.modules.device:DeviceModule": frozenset({0x00500010}),
    "dicomodel.modules.directory_information:DirectoryInformationModule": frozenset(
        {0x00041200, 0x00041202, 0x00041212, 0x00041220}
    ),
    "dicomodel.modules.display_shutter:DisplayShutterModule": frozenset(
        {
            0x00181600,
            0x00181602,
            0x00181604,
            0x00181606,
            0x00181608,
            0x00181610,
            0x00181612,
            0x00181620,
            0x00181622,
            0x00181624,
        }
    ),
    "dicomodel.modules.display_system:DisplaySystemModule": frozenset(
        {
            0x00080070,
            0x00080080,
            0x00080081,
            0x00081010,
            0x00081040,
            0x00081041,
            0x00081090,
            0x00181000,
            0x00181204,
            0x00181205,
            0x00287000,
            0x00287001,
            0x00287023,
        }
    ),
    "dicomodel.modules.displayed_area:DisplayedAreaModule": frozenset({0x0070005A}),
    "dicomodel.modules.double_floating_point_image_pixel:DoubleFloatingPointImagePixelModule": frozenset(
        {
            0x00280002,
            0x00280004,
            0x00280010,
            0x00280011,
            0x00280034,
            0x00280100,
            0x00280123,
            0x00280125,
            0x7FE00009,
        }
    ),
    "dicomodel.modules.dx_anatomy_imaged:DXAnatomyImagedModule": frozenset(
        {0x00082218, 0x00082228, 0x00200062}
    ),
    "dicomodel.modules.dx_detector:DXDetectorModule": frozenset(
        {
            0x00181004,
            0x00181007,
            0x00181147,
            0x00181149,
            0x00181164,
            0x00181411,
            0x00181412,
            0x00181413,
            0x00186000,
            0x00187000,
            0x00187001,
            0x00187004,
            0x00187005,
            0x00187006,
            0x00187008,
            0x0018700A,
            0x0018700C,
            0x0018700E,
            0x00187010,
            0x00187011,
            0x00187012,
            0x00187014,
            0x00187016,
            0x0018701A,
            0x00187020,
            0x00187022,
            0x00187024,
            0x00187026,
            0x00187028,
            0x0018702A,
            0x0018702B,
            0x00187030,
            0x00187032,
            0x00187034,
            0x00280030,
            0x00280A02,
            0x00280A04,
        }
    ),
    "dicomodel.modules.dx_image:DXImageModule": frozenset(
        {
            0x00080008,
            0x00082111,
            0x00181400,
            0x00181401,
            0x00200020,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280301,
            0x00281040,
            0x00281041,
            0x00281050,
            0x00281051,
            0x00281052,
            0x00281053,
            0x00281054,
            0x00281055,
            0x00282110,
            0x00282112,
            0x00283010,
            0x00500004,
            0x20500020,
        }
    ),
    "dicomodel.modules.dx_positioning:DXPositioningModule": frozenset(
        {
            0x00181110,
            0x00181111,
            0x00181114,
            0x00181138,
            0x0018113A,
            0x001811A0,
            0x001811A2,
            0x001811A3,
            0x001811A4,
            0x001811A5,
            0x00181450,
            0x00181508,
            0x00181510,
            0x00181511,
            0x00181530,
            0x00181531,
            0x00185100,
            0x00185101,
            0x00185104,
            0x00540220,
            0x00540410,
            0x00540414,
        }
    ),
    "dicomodel.modules.dx_series:DXSeriesModule": frozenset({0x00080060, 0x00080068, 0x00081111}),
    "dicomodel.modules.encapsulated_document:EncapsulatedDocumentModule": frozenset(
        {
            0x00080023,
            0x0008002A,
            0x00080033,
            0x00081140,
            0x0008114A,
            0x00200013,
            0x00200062,
            0x00280301,
            0x00280302,
            0x0040A040,
            0x0040A043,
            0x0040A050,
            0x0040A360,
            0x0040A493,
            0x0040A504,
            0x0040A525,
            0x0040A730,
            0x0040E001,
            0x0040E008,
            0x00420010,
            0x00420011,
            0x00420012,
            0x00420013,
            0x00420014,
            0x00420015,
        }
    ),
    "dicomodel.modules.encapsulated_document_series:EncapsulatedDocumentSeriesModule": frozenset(
        {
            0x00080021,
            0x00080031,
            0x00080060,
            0x0008103E,
            0x0008103F,
            0x00081111,
            0x00181030,
            0x0020000E,
            0x00200011,
            0x00400244,
            0x00400245,
            0x00400250,
            0x00400251,
            0x00400253,
            0x00400254,
            0x00400260,
            0x00400275,
            0x00400280,
            0x300A0700,
        }
    ),
    "dicomodel.modules.enhanced_contrast_bolus:EnhancedContrastBolusModule": frozenset(
        {0x00180012}
    ),
    "dicomodel.modules.enhanced_ct_image:EnhancedCTImageModule": frozenset(
        {
            0x00080008,
            0x0008002A,
            0x0008113A,
            0x00089092,
            0x00089121,
            0x00089154,
            0x00089205,
            0x00089206,
            0x00089207,
            0x00089237,
            0x00189004,
            0x00189073,
            0x00189361,
            0x00200012,
            0x00204000,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280301,
            0x00280302,
            0x00282110,
            0x00282112,
            0x00282114,
            0x00540220,
            0x00540500,
            0x00880200,
            0x20500020,
            0x300A012C,
            0x300A0675,
            0x300A079F,
            0x300A07A0,
            0x300A07A1,
            0x300C0002,
        }
    ),
    "dicomodel.modules.enhanced_general_equipment:EnhancedGeneralEquipmentModule": frozenset(
        {0x00080070, 0x00081090, 0x00181000, 0x00181020}
    ),
    "dicomodel.modules.enhanced_mammography_image:EnhancedMammographyImageModule": frozenset(
        {
            0x0008002A,
            0x00180060,
            0x00181190,
            0x00181191,
            0x001811A0,
            0x001811A2,
            0x001811A3,
            0x001811A4,
            0x001811A5,
            0x00181411,
            0x00181412,
            0x00181413,
            0x00181500,
            0x00181508,
            0x00186000,
            0x00187000,
            0x00187001,
            0x00187004,
            0x00187005,
            0x00187006,
            0x00187008,
            0x0018700A,
            0x0018700C,
            0x0018700E,
            0x00187010,
            0x00187011,
            0x00187012,
            0x0018701A,
            0x00187020,
            0x00187022,
            0x00187024,
            0x00187026,
            0x00187028,
            0x0018702A,
            0x0018702B,
            0x00187060,
            0x00187062,
            0x00189004,
            0x00189073,
            0x00189328,
            0x00189330,
            0x00189332,
            0x00200020,
            0x00204000,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280300,
            0x00280301,
            0x00282110,
            0x00282112,
            0x00282114,
            0x00400316,
            0x00408302,
            0x00408303,
            0x00540202,
            0x00880200,
            0x20500020,
        }
    ),
    "dicomodel.modules.enhanced_mammography_series:EnhancedMammographySeriesModule": frozenset(
        {0x00080060, 0x00081111, 0x00400275}
    ),
    "dicomodel.modules.enhanced_mr_image:EnhancedMRImageModule": frozenset(
        {
            0x00080008,
            0x0008002A,
            0x0008113A,
            0x00089092,
            0x00089121,
            0x00089154,
            0x00089205,
            0x00089206,
            0x00089207,
            0x00089208,
            0x00089209,
            0x00089237,
            0x00180087,
            0x00181320,
            0x00189004,
            0x00189064,
            0x00189073,
            0x00189100,
            0x00189174,
            0x00189175,
            0x00189622,
            0x00200012,
            0x00204000,
            0x00280002,
            0x00280004,
            0x00280006,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280301,
            0x00280302,
            0x00282110,
            0x00282112,
            0x00282114,
            0x00540220,
            0x00540500,
            0x00880200,
            0x20500020,
            0x300A012C,
            0x300A0675,
            0x300A079F,
            0x300A07A0,
            0x300A07A1,
            0x300C0002,
        }
    ),
    "dicomodel.modules.enhanced_multi_energy_ct_acquisition:EnhancedMultiEnergyCTAcquisitionModule": frozenset(
        {0x00189365, 0x0018936F, 0x00189379}
    ),
    "dicomodel.modules.enhanced_palette_color_lookup_table:EnhancedPaletteColorLookupTableModule": frozenset(
        {0x00281401, 0x00281404, 0x0028140B, 0x0028140C, 0x00282000, 0x00282002}
    ),
    "dicomodel.modules.enhanced_pet_acquisition:EnhancedPETAcquisitionModule": frozenset(
        {
            0x00180071,
            0x00180073,
            0x00181134,
            0x00181181,
            0x00189715,
            0x00189716,
            0x00189717,
            0x00189718,
            0x00189719,
            0x00189720,
            0x00189721,
            0x00189722,
            0x00189723,
            0x00189724,
            0x00189725,
            0x00189726,
            0x00189727,
            0x00189755,
            0x00540013,
            0x00540202,
            0x00540220,
            0x00540500,
            0x00540501,
            0x00541210,
            0x300A012C,
        }
    ),
    "dicomodel.modules.enhanced_pet_corrections:EnhancedPETCorrectionsModule": frozenset(
        {
            0x00189701,
            0x00189738,
            0x00189758,
            0x00189759,
            0x00189760,
            0x00189761,
            0x00189762,
            0x00189763,
            0x00189764,
            0x00189765,
            0x00189766,
            0x00189767,
            0x00189768,
            0x00189770,
            0x00541002,
            0x00541100,
            0x00541105,
        }
    ),
    "dicomodel.modules.enhanced_pet_image:EnhancedPETImageModule": frozenset(
        {
            0x00080008,
            0x0008002A,
            0x0008113A,
            0x00089092,
            0x00089121,
            0x00089154,
            0x00089205,
            0x00089206,
            0x00089207,
            0x00089237,
            0x00189004,
            0x00189073,
            0x00200012,
            0x00204000,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280301,
            0x00280302,
            0x00282110,
            0x00282112,
            0x00282114,
            0x00880200,
            0x20500020,
            0x300A012C,
            0x300A0675,
            0x300A079F,
            0x300A07A0,
            0x300A07A1,
            0x300C0002,
        }
    ),
    "dicomodel.modules.enhanced_pet_isotope:EnhancedPETIsotopeModule": frozenset({0x00540016}),
    "dicomodel.modules.enhanced_pet_series:EnhancedPETSeriesModule": frozenset(
        {0x00080060, 0x00081111, 0x00081250}
    ),
    "dicomodel.modules.enhanced_rt_image:EnhancedRTImageModule": frozenset(
        {
            0x00080008,
            0x00188150,
            0x00540410,
            0x30020106,
            0x30020107,
            0x300A063F,
            0x300A0658,
            0x300A0700,
            0x30100030,
            0x30100037,
            0x30100038,
        }
    ),
    "dicomodel.modules.enhanced_rt_image_device:EnhancedRTImageDeviceModule": frozenset(
        {
            0x30020105,
            0x30020116,
            0x30020117,
            0x300A0641,
            0x300A064D,
            0x300A0659,
            0x300A0671,
            0x300A0672,
            0x300A0675,
            0x300A0686,
            0x300A0687,
            0x300A0688,
        }
    ),
    "dicomodel.modules.enhanced_rt_series:EnhancedRTSeriesModule": frozenset(
        {0x00080021, 0x00080031, 0x00080060, 0x00081111, 0x00200011, 0x300A0700}
    ),
    "dicomodel.modules.enhanced_series:EnhancedSeriesModule": frozenset({0x00081111, 0x00200011}),
    "dicomodel.modules.enhanced_us_image:EnhancedUSImageModule": frozenset(
        {
            0x00080008,
            0x0008002A,
            0x00081140,
            0x0008114A,
            0x00082112,
            0x00082122,
            0x00082124,
            0x00082133,
            0x00082218,
            0x00082228,
            0x00089121,
            0x00185010,
            0x00185011,
            0x00185020,
            0x00185022,
            0x00185024,
            0x00185026,
            0x00185027,
            0x00185050,
            0x00189073,
            0x00189801,
            0x00189809,
            0x0018980C,
            0x0018980D,
            0x0018980E,
            0x0018980F,
            0x00209311,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280301,
            0x00280302,
            0x00281052,
            0x00281053,
            0x00282110,
            0x00282112,
            0x00282114,
            0x0040000A,
            0x00540220,
            0x00540500,
            0x00880200,
            0x20500020,
        }
    ),
    "dicomodel.modules.enhanced_us_series:EnhancedUSSeriesModule": frozenset(
        {0x00080060, 0x00081111, 0x00400260, 0x00400261}
    ),
    "dicomodel.modules.enhanced_xa_xrf_image:EnhancedXAXRFImageModule": frozenset(
        {
            0x00080008,
            0x0008002A,
            0x0008114A,
            0x00089092,
            0x00089154,
            0x00089410,
            0x00109431,
            0x00180022,
            0x00189004,
            0x00189410,
            0x00189423,
            0x00189424,
            0x00189457,
            0x0018990C,
            0x0018990D,
            0x00200012,
            0x00204000,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280300,
            0x00280301,
            0x00280302,
            0x00282110,
            0x00282112,
            0x00282114,
            0x00540410,
            0x00540414,
            0x00880200,
            0x20500020,
        }
    ),
    "dicomodel.modules.equipment_specification:EquipmentSpecificationModule": frozenset(
        {0x00080221, 0x00189912}
    ),
    "dicomodel.modules.excluded_intervals:ExcludedIntervalsModule": frozenset({0x00189803}),
    "dicomodel.modules.file_set_identification:FileSetIdentificationModule": frozenset(
        {0x00041130, 0x00041141, 0x00041142}
    ),
    "dicomodel.modules.floating_point_image_pixel:FloatingPointImagePixelModule": frozenset(
        {
            0x00280002,
            0x00280004,
            0x00280010,
            0x00280011,
            0x00280034,
            0x00280100,
            0x00280122,
            0x00280124,
            0x7FE00008,
        }
    ),
    "dicomodel.modules.frame_extraction:FrameExtractionModule": frozenset({0x00081164}),
    "dicomodel.modules.frame_of_reference:FrameOfReferenceModule": frozenset(
        {0x00200052, 0x00201040}
    ),
    "dicomodel.modules.frame_pointers:FramePointersModule": frozenset(
        {0x00286010, 0x00286020, 0x00286022, 0x00286023}
    ),
    "dicomodel.modules.general_acquisition:GeneralAcquisitionModule": frozenset(
        {
            0x00080017,
            0x00080022,
            0x0008002A,
            0x00080032,
            0x00083010,
            0x00189073,
            0x00200012,
            0x00201002,
        }
    ),
    "dicomodel.modules.general_defined_acquisition:GeneralDefinedAcquisitionModule": frozenset(
        {0x0018991F}
    ),
    "dicomodel.modules.general_defined_reconstruction:GeneralDefinedReconstructionModule": frozenset(
        {0x00189933}
    ),
    "dicomodel.modules.general_equipment:GeneralEquipmentModule": frozenset(
        {
            0x00080070,
            0x00080080,
            0x00080081,
            0x00081010,
            0x00081040,
            0x00081041,
            0x00081090,
            0x00181000,
            0x00181002,
            0x00181008,
            0x0018100A,
            0x0018100B,
            0x00181020,
            0x00181050,
            0x00181200,
            0x00181201,
            0x00181204,
            0x00181205,
            0x00280120,
        }
    ),
    "dicomodel.modules.general_image:GeneralImageModule": frozenset(
        {
            0x00080008,
            0x00080023,
            0x00080033,
            0x00082218,
            0x00082228,
            0x00200013,
            0x00200020,
            0x00200062,
            0x00204000,
            0x00280300,
            0x00280301,
            0x00280302,
            0x00282110,
            0x00282112,
            0x00282114,
            0x00409096,
            0x00880200,
            0x20500020,
        }
    ),
    "dicomodel.modules.general_ophthalmic_refractive_measurements:GeneralOphthalmicRefractiveMeasurementsModule": frozenset(
        {0x00080023, 0x00080033, 0x00200013, 0x00204000, 0x00240113, 0x00460145}
    ),
    "dicomodel.modules.general_reference:GeneralReferenceModule": frozenset(
        {0x00081140, 0x0008114A, 0x00082111, 0x00082112, 0x00089215, 0x00420013}
    ),
    "dicomodel.modules.general_series:GeneralSeriesModule": frozenset(
        {
            0x00080021,
            0x00080031,
            0x00080060,
            0x0008103E,
            0x0008103F,
            0x00081050,
            0x00081052,
            0x00081070,
            0x00081072,
            0x00081111,
            0x00081250,
            0x00102210,
            0x00180015,
            0x00181030,
            0x00185100,
            0x0020000E,
            0x00200011,
            0x00200060,
            0x00280108,
            0x00280109,
            0x00400244,
            0x00400245,
            0x00400250,
            0x00400251,
            0x00400253,
            0x00400254,
            0x00400260,
            0x00400275,
            0x00400280,
            0x300A0700,
        }
    ),
    "dicomodel.modules.general_study:GeneralStudyModule": frozenset(
        {
            0x00080020,
            0x00080030,
            0x00080050,
            0x00080051,
            0x00080090,
            0x00080096,
            0x0008009C,
            0x0008009D,
            0x00081030,
            0x00081032,
            0x00081048,
            0x00081049,
            0x00081060,
            0x00081062,
            0x00081110,
            0x0020000D,
            0x00200010,
            0x00321033,
            0x00321034,
            0x00401012,
        }
    ),
    "dicomodel.modules.generic_implant_template_2d_drawings:GenericImplantTemplate2DDrawingsModule": frozenset(
        {0x006862C0}
    ),
    "dicomodel.modules.generic_implant_template_3d_models:GenericImplantTemplate3DModelsModule": frozenset(
        {0x00686350, 0x00686360, 0x00686390}
    ),
    "dicomodel.modules.generic_implant_template_description:GenericImplantTemplateDescriptionModule": frozenset(
        {
            0x00080070,
            0x00200052,
            0x00221095,
            0x00221097,
            0x00686210,
            0x00686221,
            0x00686222,
            0x00686223,
            0x00686224,
            0x00686225,
            0x00686226,
            0x00686230,
            0x00686260,
            0x00686265,
            0x006862A0,
            0x006862A5,
            0x006863A0,
            0x006863A4,
            0x006863A8,
            0x006863AC,
        }
    ),
    "dicomodel.modules.generic_implant_template_mating_features:GenericImplantTemplateMatingFeaturesModule": frozenset(
        {0x006863B0}
    ),
    "dicomodel.modules.generic_implant_template_planning_landmarks:GenericImplantTemplatePlanningLandmarksModule": frozenset(
        {0x00686500, 0x00686510, 0x00686520}
    ),
    "dicomodel.modules.graphic_annotation:GraphicAnnotationModule": frozenset({0x00700001}),
    "dicomodel.modules.graphic_group:GraphicGroupModule": frozenset({0x00700234}),
    "dicomodel.modules.graphic_layer:GraphicLayerModule": frozenset({0x00700060}),
    "dicomodel.modules.hanging_protocol_definition:HangingProtocolDefinitionModule": frozenset(
        {
            0x00720002,
            0x00720004,
            0x00720006,
            0x00720008,
            0x0072000A,
            0x0072000C,
            0x0072000E,
            0x00720010,
            0x00720012,
            0x00720014,
            0x00720020,
        }
    ),
    "dicomodel.modules.hanging_protocol_display:HangingProtocolDisplayModule": frozenset(
        {0x00720200, 0x00720208, 0x00720210, 0x00720214}
    ),
    "dicomodel.modules.hanging_protocol_environment:HangingProtocolEnvironmentModule": frozenset(
        {0x00720100, 0x00720102}
    ),
    "dicomodel.modules.icc_profile:ICCProfileModule": frozenset({0x00282000, 0x00282002}),
    "dicomodel.modules.image_acquisition_results:ImageAcquisitionResultsModule": frozenset(
        {0x00080060, 0x00200010, 0x00400260, 0x00400340}
    ),
    "dicomodel.modules.image_box_pixel_presentation:ImageBoxPixelPresentationModule": frozenset(
        {
            0x20100060,
            0x20100080,
            0x20100150,
            0x20200010,
            0x20200020,
            0x20200030,
            0x20200040,
            0x20200110,
            0x20200111,
            0x213000C0,
        }
    ),
    "dicomodel.modules.image_equipment_coordinate_relationship:ImageEquipmentCoordinateRelationshipModule": frozenset(
        {0x00289520, 0x00289537}
    ),
    "dicomodel.modules.image_histogram:ImageHistogramModule": frozenset({0x00603000}),
    "dicomodel.modules.image_pixel:ImagePixelModule": frozenset(
        {
            0x00280002,
            0x00280004,
            0x00280006,
            0x00280010,
            0x00280011,
            0x00280034,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280106,
            0x00280107,
            0x00280121,
            0x00281101,
            0x00281102,
            0x00281103,
            0x00281201,
            0x00281202,
            0x00281203,
            0x00282000,
            0x00282002,
            0x00287FE0,
            0x7FE00001,
            0x7FE00002,
            0x7FE00010,
        }
    ),
    "dicomodel.modules.image_plane:ImagePlaneModule": frozenset(
        {0x00180050, 0x00180088, 0x00200032, 0x00200037, 0x00201041, 0x00280030}
    ),
    "dicomodel.modules.imaging_service_request:ImagingServiceRequestModule": frozenset(
        {
            0x00080050,
            0x00080051,
            0x00080090,
            0x00080096,
            0x00321031,
            0x00321032,
            0x00321033,
            0x00321034,
            0x00321066,
            0x00321067,
            0x00380010,
            0x00380014,
            0x00400026,
            0x00400027,
            0x00402004,
            0x00402005,
            0x00402008,
            0x00402009,
            0x00402010,
            0x00402011,
            0x00402016,
            0x00402017,
            0x00402400,
        }
    ),
    "dicomodel.modules.implant_assembly_template:ImplantAssemblyTemplateModule": frozenset(
        {
            0x00420011,
            0x00420012,
            0x00686226,
            0x00760001,
            0x00760003,
            0x00760006,
            0x00760008,
            0x0076000A,
            0x0076000C,
            0x0076000E,
            0x00760010,
            0x00760020,
            0x00760030,
            0x00760032,
            0x00760060,
        }
    ),
    "dicomodel.modules.implant_template_group:ImplantTemplateGroupModule": frozenset(
        {
            0x00686226,
            0x00780001,
            0x00780010,
            0x00780020,
            0x00780024,
            0x00780026,
            0x00780028,
            0x0078002A,
            0x007800B0,
        }
    ),
    "dicomodel.modules.instance_availability_notification:InstanceAvailabilityNotificationModule": frozenset(
        {0x00081111, 0x00081115, 0x0020000D}
    ),
    "dicomodel.modules.instructions:InstructionsModule": frozenset({0x00189914}),
    "dicomodel.modules.intervention:InterventionModule": frozenset({0x00180036}),
    "dicomodel.modules.intra_oral_image:IntraOralImageModule": frozenset(
        {0x00082218, 0x00082228, 0x00181508, 0x00200062}
    ),
    "dicomodel.modules.intra_oral_series:IntraOralSeriesModule": frozenset({0x00080060}),
    "dicomodel.modules.intraocular_lens_calculations:IntraocularLensCalculationsModule": frozenset(
        {0x00221300, 0x00221310}
    ),
    "dicomodel.modules.intraocular_lens_calculations_series:IntraocularLensCalculationsSeriesModule": frozenset(
        {0x00080060, 0x00081111}
    ),
    "dicomodel.modules.intravascular_image_acquisition_parameters:IntravascularImageAcquisitionParametersModule": frozenset(
        {0x00183100, 0x00183101, 0x00183103, 0x00183104, 0x00520013, 0x00520016, 0x00520031}
    ),
    "dicomodel.modules.intravascular_oct_acquisition_parameters:IntravascularOCTAcquisitionParametersModule": frozenset(
        {
            0x00520002,
            0x00520003,
            0x00520004,
            0x00520006,
            0x00520007,
            0x00520008,
            0x00520009,
            0x00520011,
            0x00520012,
        }
    ),
    "dicomodel.modules.intravascular_oct_image:IntravascularOCTImageModule": frozenset(
        {
            0x00080008,
            0x0008002A,
            0x0008114A,
            0x00082144,
            0x00089205,
            0x00089206,
            0x00189073,
            0x00200012,
            0x00204000,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280301,
            0x00280302,
            0x00280304,
            0x00282110,
            0x00282112,
            0x00282114,
            0x00520039,
            0x20500020,
        }
    ),
    "dicomodel.modules.intravascular_oct_processing_parameters:IntravascularOCTProcessingParametersModule": frozenset(
        {0x00281040, 0x00520014, 0x00520026, 0x00520034, 0x0052003A}
    ),
    "dicomodel.modules.intravascular_oct_series:IntravascularOCTSeriesModule": frozenset(
        {0x00080060, 0x00080068, 0x00081111, 0x00200011}
    ),
    "dicomodel.modules.inventory:InventoryModule": frozenset(
        {
            0x00080023,
            0x00080033,
            0x00080400,
            0x00080401,
            0x00080402,
            0x00080403,
            0x00080420,
            0x00080421,
            0x00080422,
            0x00080423,
            0x00080426,
            0x00080427,
            0x00080428,
            0x00081195,
        }
    ),
    "dicomodel.modules.inventory_creation:InventoryCreationModule": frozenset(
        {
            0x00080054,
            0x00080400,
            0x00080401,
            0x00080403,
            0x00080407,
            0x00080409,
            0x0008040A,
            0x0008040B,
            0x0008040C,
            0x0008040D,
            0x0008040E,
            0x00080414,
            0x00080415,
            0x00080416,
            0x00080417,
            0x00080418,
            0x00080428,
            0x00081150,
            0x00081155,
            0x00081190,
            0x00081195,
            0x00282112,
            0x04000015,
            0x04000404,
        }
    ),
    "dicomodel.modules.ivus_image:IVUSImageModule": frozenset(
        {0x00183100, 0x00183101, 0x00183102, 0x00183103, 0x00183104}
    ),
    "dicomodel.modules.keratometry_measurements:KeratometryMeasurementsModule": frozenset(
        {0x00460070, 0x00460071}
    ),
    "dicomodel.modules.keratometry_measurements_series:KeratometryMeasurementsSeriesModule": frozenset(
        {0x00080060, 0x00081111}
    ),
    "dicomodel.modules.key_object_document:KeyObjectDocumentModule": frozenset(
        {0x00080023, 0x00080033, 0x00200013, 0x0040A370, 0x0040A375, 0x0040A525}
    ),
    "dicomodel.modules.key_object_document_series:KeyObjectDocumentSeriesModule": frozenset(
        {
            0x00080021,
            0x00080031,
            0x00080060,
            0x0008103E,
            0x0008103F,
            0x00081111,
            0x00181030,
            0x0020000E,
            0x00200011,
            0x300A0700,
        }
    ),
    "dicomodel.modules.lensometry_measurements:LensometryMeasurementsModule": frozenset(
        {0x00460012, 0x00460014, 0x00460015, 0x00460016}
    ),
    "dicomodel.modules.lensometry_measurements_series:LensometryMeasurementsSeriesModule": frozenset(
        {0x00080060, 0x00081111}
    ),
    "dicomodel.modules.mammography_image:MammographyImageModule": frozenset(
        {
            0x00080008,
            0x00082218,
            0x00082228,
            0x00181110,
            0x00181111,
            0x00181508,
            0x00181510,
            0x00181511,
            0x00182041,
            0x00189559,
            0x00200062,
            0x00281300,
            0x00281350,
            0x00281351,
            0x00281352,
            0x00400318,
            0x00540220,
        }
    ),
    "dicomodel.modules.mammography_series:MammographySeriesModule": frozenset(
        {0x00080060, 0x00400275}
    ),
    "dicomodel.modules.manufacturing_3d_model:Manufacturing3DModelModule": frozenset(
        {
            0x00221612,
            0x004008EA,
            0x0062000D,
            0x0066000C,
            0x00687001,
            0x00687002,
            0x00687003,
            0x00687004,
            0x00700081,
            0x00880200,
        }
    ),
    "dicomodel.modules.mask:MaskModule": frozenset({0x00281090, 0x00286100}),
    "dicomodel.modules.measured_dose_reference_record:MeasuredDoseReferenceRecordModule": frozenset(
        {0x30080010}
    ),
    "dicomodel.modules.media_creation_management:MediaCreationManagementModule": frozenset(
        {
            0x00081198,
            0x00081199,
            0x00880130,
            0x00880140,
            0x20000010,
            0x21000020,
            0x21000030,
            0x22000001,
            0x22000002,
            0x22000003,
            0x22000004,
            0x22000005,
            0x22000006,
            0x22000007,
            0x22000008,
            0x22000009,
            0x2200000A,
            0x2200000B,
            0x2200000D,
            0x2200000F,
            0x22000020,
        }
    ),
    "dicomodel.modules.microscope_slide_layer_tile_organization:MicroscopeSlideLayerTileOrganizationModule": frozenset(
        {0x00480006, 0x00480007, 0x00480008, 0x00480102, 0x00480303}
    ),
    "dicomodel.modules.microscopy_bulk_simple_annotations:MicroscopyBulkSimpleAnnotationsModule": frozenset(
        {
            0x00080023,
            0x00080033,
            0x00081140,
            0x00200013,
            0x0040A043,
            0x00480301,
            0x006A0001,
            0x006A0002,
            0x00700080,
            0x00700081,
            0x00700084,
            0x00700086,
            0x00700087,
        }
    ),
    "dicomodel.modules.microscopy_bulk_simple_annotations_series:MicroscopyBulkSimpleAnnotationsSeriesModule": frozenset(
        {0x00080060, 0x00081111, 0x00200011}
    ),
    "dicomodel.modules.modality_lut:ModalityLUTModule": frozenset(
        {0x00281052, 0x00281053, 0x00281054, 0x00283000}
    ),
    "dicomodel.modules.mpr_volumetric_presentation_state_display:MPRVolumetricPresentationStateDisplayModule": frozenset(
        {0x00089205, 0x00282000, 0x00282002, 0x00701801, 0x00701805, 0x20500020}
    ),
    "dicomodel.modules.mr_image:MRImageModule": frozenset(
        {
            0x00080008,
            0x00082218,
            0x00082228,
            0x00180020,
            0x00180021,
            0x00180022,
            0x00180023,
            0x00180024,
            0x00180025,
            0x00180080,
            0x00180081,
            0x00180082,
            0x00180083,
            0x00180084,
            0x00180085,
            0x00180086,
            0x00180087,
            0x00180089,
            0x00180091,
            0x00180093,
            0x00180094,
            0x00180095,
            0x00181060,
            0x00181062,
            0x00181080,
            0x00181081,
            0x00181082,
            0x00181083,
            0x00181084,
            0x00181085,
            0x00181086,
            0x00181088,
            0x00181090,
            0x00181094,
            0x00181100,
            0x00181250,
            0x00181251,
            0x00181310,
            0x00181312,
            0x00181314,
            0x00181315,
            0x00181316,
            0x00181318,
            0x00181320,
            0x00200100,
            0x00200105,
            0x00200110,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00540220,
            0x00540500,
            0x300A012C,
            0x300A0675,
            0x300A079F,
            0x300A07A0,
            0x300A07A1,
            0x300C0002,
        }
    ),
    "dicomodel.modules.mr_pulse_sequence:MRPulseSequenceModule": frozenset(
        {
            0x00180023,
            0x00189005,
            0x00189008,
            0x00189011,
            0x00189012,
            0x00189014,
            0x00189015,
            0x00189017,
            0x00189018,
            0x00189024,
            0x00189025,
            0x00189029,
            0x00189032,
            0x00189033,
            0x00189034,
            0x00189092,
            0x00189093,
            0x00189094,
            0x00189250,
        }
    ),
    "dicomodel.modules.mr_series:MRSeriesModule": frozenset({0x00080060, 0x00081111}),
    "dicomodel.modules.mr_spectroscopy:MRSpectroscopyModule": frozenset(
        {
            0x00080008,
            0x0008002A,
            0x0008113A,
            0x0008114A,
            0x00089092,
            0x00089121,
            0x00089154,
            0x00089206,
            0x00089207,
            0x00089208,
            0x00089209,
            0x00089237,
            0x00180087,
            0x00181320,
            0x00189004,
            0x00189052,
            0x00189053,
            0x00189054,
            0x00189059,
            0x00189060,
            0x00189061,
            0x00189062,
            0x00189063,
            0x00189064,
            0x00189065,
            0x00189066,
            0x00189067,
            0x00189073,
            0x00189098,
            0x00189100,
            0x00189101,
            0x00189126,
            0x00189174,
            0x00189175,
            0x00189198,
            0x00189199,
            0x00189297,
            0x00200012,
            0x00204000,
            0x300A012C,
        }
    ),
    "dicomodel.modules.mr_spectroscopy_data:MRSpectroscopyDataModule": frozenset(
        {
            0x00280010,
            0x00280011,
            0x00289001,
            0x00289002,
            0x00289003,
            0x00289108,
            0x00289235,
            0x56000010,
            0x56000020,
        }
    ),
    "dicomodel.modules.mr_spectroscopy_pulse_sequence:MRSpectroscopyPulseSequenceModule": frozenset(
        {
            0x00189005,
            0x00189008,
            0x00189011,
            0x00189012,
            0x00189017,
            0x00189018,
            0x00189025,
            0x00189032,
            0x00189033,
            0x00189034,
            0x00189093,
            0x00189094,
            0x00189200,
            0x00189298,
        }
    ),
    "dicomodel.modules.multi_energy_ct_image:MultiEnergyCTImageModule": frozenset(
        {0x00189362, 0x00189363, 0x00189364}
    ),
    "dicomodel.modules.multi_frame:MultiFrameModule": frozenset(
        {0x00220028, 0x00280008, 0x00280009, 0x7FE00003}
    ),
    "dicomodel.modules.multi_frame_dimension:MultiFrameDimensionModule": frozenset(
        {0x00209221, 0x00209222, 0x00209311}
    ),
    "dicomodel.modules.multi_frame_functional_groups:MultiFrameFunctionalGroupsModule": frozenset(
        {
            0x00080023,
            0x00080033,
            0x00200013,
            0x00200242,
            0x00209161,
            0x00209162,
            0x00209163,
            0x00209228,
            0x00220028,
            0x00280008,
            0x00286010,
            0x52009229,
            0x52009230,
            0x7FE00003,
        }
    ),
    "dicomodel.modules.multi_frame_overlay:MultiFrameOverlayModule": frozenset(
        {0x60000015, 0x60000051}
    ),
    "dicomodel.modules.multi_planar_reconstruction_geometry:MultiPlanarReconstructionGeometryModule": frozenset(
        {
            0x00701501,
            0x00701502,
            0x00701503,
            0x00701505,
            0x00701507,
            0x00701508,
            0x00701511,
            0x00701512,
        }
    ),
    "dicomodel.modules.multi_resolution_pyramid:MultiResolutionPyramidModule": frozenset(
        {0x00080019, 0x00081088, 0x00200027}
    ),
    "dicomodel.modules.nm_detector:NMDetectorModule": frozenset({0x00540022}),
    "dicomodel.modules.nm_image:NMImageModule": frozenset(
        {
            0x00080008,
            0x00082218,
            0x00082228,
            0x00180070,
            0x00180071,
            0x00181061,
            0x00181130,
            0x00181131,
            0x00181242,
            0x00181243,
            0x00181300,
            0x00181301,
            0x00181302,
            0x00185020,
            0x00280051,
            0x00282110,
            0x00409096,
            0x00540400,
            0x00540501,
        }
    ),
    "dicomodel.modules.nm_image_pixel:NMImagePixelModule": frozenset(
        {0x00280002, 0x00280004, 0x00280030, 0x00280100, 0x00280101, 0x00280102}
    ),
    "dicomodel.modules.nm_isotope:NMIsotopeModule": frozenset({0x00180026, 0x00540012, 0x00540016}),
    "dicomodel.modules.nm_multi_frame:NMMultiFrameModule": frozenset(
        {
            0x00280009,
            0x00540010,
            0x00540011,
            0x00540020,
            0x00540021,
            0x00540030,
            0x00540031,
            0x00540050,
            0x00540051,
            0x00540060,
            0x00540061,
            0x00540070,
            0x00540071,
            0x00540080,
            0x00540081,
            0x00540090,
            0x00540100,
        }
    ),
    "dicomodel.modules.nm_multi_gated_acquisition:NMMultiGatedAcquisitionModule": frozenset(
        {0x00181080, 0x00181085, 0x00181086, 0x00181088, 0x00540062}
    ),
    "dicomodel.modules.nm_pet_patient_orientation:NMPETPatientOrientationModule": frozenset(
        {0x00540410, 0x00540414}
    ),
    "dicomodel.modules.nm_phase:NMPhaseModule": frozenset({0x00540032}),
    "dicomodel.modules.nm_reconstruction:NMReconstructionModule": frozenset(
        {0x00180050, 0x00180088, 0x00181100, 0x00181210, 0x00201041, 0x00540500}
    ),
    "dicomodel.modules.nm_tomo_acquisition:NMTomoAcquisitionModule": frozenset(
        {0x00540052, 0x00540202}
    ),
    "dicomodel.modules.ocular_region_imaged:OcularRegionImagedModule": frozenset(
        {0x00082218, 0x00082228, 0x00200062, 0x0022001D, 0x00221624, 0x00221626}
    ),
    "dicomodel.modules.ophthalmic_axial_measurements:OphthalmicAxialMeasurementsModule": frozenset(
        {0x00221007, 0x00221008, 0x00221009, 0x00221044, 0x00221125}
    ),
    "dicomodel.modules.ophthalmic_axial_measurements_series:OphthalmicAxialMeasurementsSeriesModule": frozenset(
        {0x00080060, 0x00081111}
    ),
    "dicomodel.modules.ophthalmic_optical_coherence_tomography_b_scan_volume_analysis_image:OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisImageModule": frozenset(
        {
            0x00080008,
            0x00080023,
            0x00080033,
            0x00200013,
            0x00204000,
            0x00209162,
            0x00209163,
            0x00209228,
            0x00221423,
            0x00221640,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280301,
            0x00280302,
            0x00282110,
            0x00282112,
            0x00282114,
            0x20500020,
        }
    ),
    "dicomodel.modules.ophthalmic_optical_coherence_tomography_en_face_image:OphthalmicOpticalCoherenceTomographyEnFaceImageModule": frozenset(
        {
            0x00080008,
            0x00080023,
            0x00080033,
            0x00082112,
            0x00200013,
            0x00221019,
            0x00221515,
            0x00221517,
            0x00221612,
            0x00221615,
            0x00221616,
            0x00221620,
            0x00280002,
            0x00280004,
            0x00280030,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280301,
            0x00280302,
            0x00281050,
            0x00281051,
            0x00282110,
            0x00282112,
            0x00282114,
            0x00500004,
            0x20500020,
        }
    ),
    "dicomodel.modules.ophthalmic_optical_coherence_tomography_en_face_image_quality_rating:OphthalmicOpticalCoherenceTomographyEnFaceImageQualityRatingModule": frozenset(
        {0x00221628}
    ),
    "dicomodel.modules.ophthalmic_patient_clinical_information_and_test_lens_parameters:OphthalmicPatientClinicalInformationAndTestLensParametersModule": frozenset(
        {0x00240114, 0x00240115}
    ),
    "dicomodel.modules.ophthalmic_photographic_parameters:OphthalmicPhotographicParametersModule": frozenset(
        {
            0x00187004,
            0x00220001,
            0x00220002,
            0x00220003,
            0x00220004,
            0x00220015,
            0x00220016,
            0x00220017,
            0x00220018,
            0x00220019,
            0x0022001A,
            0x0022001E,
        }
    ),
    "dicomodel.modules.ophthalmic_photography_acquisition_parameters:OphthalmicPhotographyAcquisitionParametersModule": frozenset(
        {
            0x00220005,
            0x00220006,
            0x0022000A,
            0x0022000B,
            0x0022000C,
            0x0022000D,
            0x0022000E,
            0x0022001B,
            0x00220058,
        }
    ),
    "dicomodel.modules.ophthalmic_photography_image:OphthalmicPhotographyImageModule": frozenset(
        {
            0x00080008,
            0x00080023,
            0x0008002A,
            0x00080033,
            0x00082112,
            0x00200013,
            0x00280002,
            0x00280003,
            0x00280004,
            0x00280006,
            0x00280030,
            0x00280103,
            0x00280301,
            0x00280302,
            0x00282110,
            0x00282112,
            0x00282114,
            0x00500004,
            0x20500020,
        }
    ),
    "dicomodel.modules.ophthalmic_photography_series:OphthalmicPhotographySeriesModule": frozenset(
        {0x00080060}
    ),
    "dicomodel.modules.ophthalmic_thickness_map:OphthalmicThicknessMapModule": frozenset(
        {
            0x00080008,
            0x00080023,
            0x0008002A,
            0x00080033,
            0x0008114A,
            0x00082112,
            0x00082218,
            0x00082228,
            0x00089205,
            0x00200013,
            0x00200062,
            0x0022001D,
            0x00221415,
            0x00221420,
            0x00221423,
            0x00221436,
            0x00221443,
            0x00221445,
            0x00221450,
            0x00221463,
            0x00221465,
            0x00221472,
            0x00280002,
            0x00280004,
            0x00280030,
            0x00280034,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280301,
            0x00280302,
            0x00280304,
            0x00282110,
            0x00282112,
            0x00282114,
            0x00409096,
        }
    ),
    "dicomodel.modules.ophthalmic_thickness_map_quality_rating:OphthalmicThicknessMapQualityRatingModule": frozenset(
        {0x00221470}
    ),
    "dicomodel.modules.ophthalmic_thickness_map_series:OphthalmicThicknessMapSeriesModule": frozenset(
        {0x00080060, 0x00081111}
    ),
    "dicomodel.modules.ophthalmic_tomography_acquisition_parameters:OphthalmicTomographyAcquisitionParametersModule": frozenset(
        {
            0x0022000A,
            0x0022000B,
            0x0022000C,
            0x0022000D,
            0x0022000E,
            0x0022001B,
            0x00220030,
            0x00220058,
        }
    ),
    "dicomodel.modules.ophthalmic_tomography_b_scan_volume_analysis_series:OphthalmicTomographyBScanVolumeAnalysisSeriesModule": frozenset(
        {0x00080060, 0x00081111, 0x00200011}
    ),
    "dicomodel.modules.ophthalmic_tomography_en_face_series:OphthalmicTomographyEnFaceSeriesModule": frozenset(
        {0x00080060, 0x00081111, 0x00200011}
    ),
    "dicomodel.modules.ophthalmic_tomography_image:OphthalmicTomographyImageModule": frozenset(
        {
            0x00080008,
            0x0008002A,
            0x00189073,
            0x00200012,
            0x00204000,
            0x00209162,
            0x00209163,
            0x00209228,
            0x00221622,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280301,
            0x00280302,
            0x00282110,
            0x00282112,
            0x00282114,
            0x20500020,
        }
    ),
    "dicomodel.modules.ophthalmic_tomography_parameters:OphthalmicTomographyParametersModule": frozenset(
        {
            0x00187004,
            0x00220015,
            0x00220017,
            0x00220035,
            0x00220036,
            0x00220037,
            0x00220038,
            0x00220048,
            0x00220049,
            0x00220055,
            0x00220056,
            0x00220057,
            0x00221618,
        }
    ),
    "dicomodel.modules.ophthalmic_tomography_series:OphthalmicTomographySeriesModule": frozenset(
        {0x00080060, 0x00081111, 0x00200011}
    ),
    "dicomodel.modules.optical_path:OpticalPathModule": frozenset({0x00480105, 0x00480302}),
    "dicomodel.modules.optical_surface_scanner_series:OpticalSurfaceScannerSeriesModule": frozenset(
        {0x00080060, 0x00081111, 0x00800013}
    ),
    "dicomodel.modules.overlay_activation:OverlayActivationModule": frozenset({0x60001001}),
    "dicomodel.modules.overlay_plane:OverlayPlaneModule": frozenset(
        {
            0x60000010,
            0x60000011,
            0x60000022,
            0x60000040,
            0x60000045,
            0x60000050,
            0x60000100,
            0x60000102,
            0x60001301,
            0x60001302,
            0x60001303,
            0x60001500,
            0x60003000,
        }
    ),
    "dicomodel.modules.palette_color_lookup_table:PaletteColorLookupTableModule": frozenset(
        {
            0x00281101,
            0x00281102,
            0x00281103,
            0x00281199,
            0x00281201,
            0x00281202,
            0x00281203,
            0x00281221,
            0x00281222,
            0x00281223,
        }
    ),
    "dicomodel.modules.parametric_map_image:ParametricMapImageModule": frozenset(
        {
            0x00080008,
            0x00089205,
            0x00189004,
            0x00200013,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280301,
            0x00280302,
            0x00281199,
            0x00282000,
            0x00282002,
            0x00282110,
            0x00282112,
            0x00282114,
            0x0040A043,
            0x00700080,
            0x00700081,
            0x00700084,
            0x00700086,
            0x00700087,
            0x20500020,
        }
    ),
    "dicomodel.modules.parametric_map_series:ParametricMapSeriesModule": frozenset(
        {0x00080060, 0x00081111, 0x00200011}
    ),
    "dicomodel.modules.patient:PatientModule": frozenset(
        {
            0x00081120,
            0x00100010,
            0x00100020,
            0x00100021,
            0x00100022,
            0x00100024,
            0x00100026,
            0x00100027,
            0x00100030,
            0x00100032,
            0x00100033,
            0x00100034,
            0x00100035,
            0x00100040,
            0x00100200,
            0x00100212,
            0x00100213,
            0x00100216,
            0x00100218,
            0x00100219,
            0x00100221,
            0x00101001,
            0x00101002,
            0x00101100,
            0x00102160,
            0x00102161,
            0x00102201,
            0x00102202,
            0x00102292,
            0x00102293,
            0x00102294,
            0x00102297,
            0x00102298,
            0x00102299,
            0x00104000,
            0x00120062,
            0x00120063,
            0x00120064,
        }
    ),
    "dicomodel.modules.patient_demographic:PatientDemographicModule": frozenset(
        {
            0x00100030,
            0x00100032,
            0x00100040,
            0x00100050,
            0x00100101,
            0x00100200,
            0x00100212,
            0x00100213,
            0x00100216,
            0x00100218,
            0x00100219,
            0x00100221,
            0x00101010,
            0x00101020,
            0x00101021,
            0x00101030,
            0x00101040,
            0x00101080,
            0x00101081,
            0x00102150,
            0x00102152,
            0x00102154,
            0x00102155,
            0x00102160,
            0x00102161,
            0x00102180,
            0x001021F0,
            0x00102201,
            0x00102202,
            0x00102292,
            0x00102293,
            0x00102294,
            0x00102297,
            0x00102298,
            0x00102299,
            0x00104000,
            0x00403001,
        }
    ),
    "dicomodel.modules.patient_identification:PatientIdentificationModule": frozenset(
        {
            0x00100010,
            0x00100020,
            0x00100021,
            0x00100022,
            0x00100024,
            0x00100026,
            0x00100027,
            0x00101001,
            0x00101002,
            0x00101005,
            0x00101060,
            0x00101100,
        }
    ),
    "dicomodel.modules.patient_medical:PatientMedicalModule": frozenset(
        {
            0x00101022,
            0x00101023,
            0x00101024,
            0x00102000,
            0x00102110,
            0x001021A0,
            0x001021B0,
            0x001021C0,
            0x001021D0,
            0x00102203,
            0x00380050,
            0x00380100,
            0x00380101,
            0x00380500,
            0x00380502,
        }
    ),
    "dicomodel.modules.patient_orientation:PatientOrientationModule": frozenset(
        {0x00540410, 0x00540414}
    ),
    "dicomodel.modules.patient_positioning:PatientPositioningModule": frozenset(
        {
            0x00082218,
            0x00082228,
            0x0018991B,
            0x0018991C,
            0x0018991D,
            0x0018991E,
            0x00189947,
            0x0020103F,
        }
    ),
    "dicomodel.modules.patient_protocol_context:PatientProtocolContextModule": frozenset(
        {0x0018990D}
    ),
    "dicomodel.modules.patient_relationship:PatientRelationshipModule": frozenset(
        {0x00081110, 0x00081125}
    ),
    "dicomodel.modules.patient_specification:PatientSpecificationModule": frozenset({0x00189911}),
    "dicomodel.modules.patient_study:PatientStudyModule": frozenset(
        {
            0x00081080,
            0x00081084,
            0x00101010,
            0x00101020,
            0x00101021,
            0x00101022,
            0x00101023,
            0x00101024,
            0x00101030,
            0x00102000,
            0x00102110,
            0x00102180,
            0x001021A0,
            0x001021B0,
            0x001021C0,
            0x001021D0,
            0x00102203,
            0x00321066,
            0x00321067,
            0x00380010,
            0x00380014,
            0x00380060,
            0x00380062,
            0x00380064,
            0x00380500,
        }
    ),
    "dicomodel.modules.performed_ct_acquisition:PerformedCTAcquisitionModule": frozenset(
        {0x00189920}
    ),
    "dicomodel.modules.performed_ct_reconstruction:PerformedCTReconstructionModule": frozenset(
        {0x00189934}
    ),
    "dicomodel.modules.performed_procedure_step_information:PerformedProcedureStepInformationModule": frozenset(
        {
            0x00081032,
            0x00400241,
            0x00400242,
            0x00400243,
            0x00400244,
            0x00400245,
            0x00400250,
            0x00400251,
            0x00400252,
            0x00400253,
            0x00400254,
            0x00400255,
            0x00400280,
            0x00400281,
            0x00401012,
        }
    ),
    "dicomodel.modules.performed_procedure_step_relationship:PerformedProcedureStepRelationshipModule": frozenset(
        {
            0x00081120,
            0x00100010,
            0x00100020,
            0x00100021,
            0x00100024,
            0x00100030,
            0x00100033,
            0x00100034,
            0x00100035,
            0x00100040,
            0x00380010,
            0x00380014,
            0x00380060,
            0x00380062,
            0x00380064,
            0x00400270,
        }
    ),
    "dicomodel.modules.performed_storage:PerformedStorageModule": frozenset({0x00189936}),
    "dicomodel.modules.performed_xa_acquisition:PerformedXAAcquisitionModule": frozenset(
        {0x00189920}
    ),
    "dicomodel.modules.performed_xa_reconstruction:PerformedXAReconstructionModule": frozenset(
        {0x00189934}
    ),
    "dicomodel.modules.pet_image:PETImageModule": frozenset(
        {
            0x00080008,
            0x00080022,
            0x00080032,
            0x00082218,
            0x00082228,
            0x00181060,
            0x00181062,
            0x00181063,
            0x00181081,
            0x00181082,
            0x00181083,
            0x00181084,
            0x00181242,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00281052,
            0x00281053,
            0x00282110,
            0x00540220,
            0x00540500,
            0x00541300,
            0x00541310,
            0x00541311,
            0x00541320,
            0x00541321,
            0x00541322,
            0x00541323,
            0x00541324,
            0x00541330,
            0x300A012C,
            0x300A0675,
            0x300A079F,
            0x300A07A0,
            0x300A07A1,
            0x300C0002,
        }
    ),
    "dicomodel.modules.pet_isotope:PETIsotopeModule": frozenset({0x00180026, 0x00540016}),
    "dicomodel.modules.pet_multi_gated_acquisition:PETMultiGatedAcquisitionModule": frozenset(
        {0x00181061, 0x00181064, 0x00181080, 0x00181085, 0x00181086, 0x00181088}
    ),
    "dicomodel.modules.pet_series:PETSeriesModule": frozenset(
        {
            0x00080021,
            0x00080031,
            0x00180071,
            0x00180073,
            0x00180074,
            0x00180075,
            0x00181100,
            0x00181120,
            0x00181121,
            0x00181147,
            0x00181149,
            0x00181180,
            0x00181181,
            0x00181210,
            0x00280051,
            0x00540013,
            0x00540061,
            0x00540071,
            0x00540081,
            0x00540101,
            0x00540202,
            0x00540501,
            0x00541000,
            0x00541001,
            0x00541002,
            0x00541004,
            0x00541006,
            0x00541100,
            0x00541101,
            0x00541102,
            0x00541103,
            0x00541104,
            0x00541105,
            0x00541200,
            0x00541201,
            0x00541202,
            0x00541203,
            0x00541210,
            0x00541220,
        }
    ),
    "dicomodel.modules.photoacoustic_acquisition_parameters:PhotoacousticAcquisitionParametersModule": frozenset(
        {0x00189825, 0x00189828, 0x00189829, 0x0018982A, 0x0018982B, 0x00220016}
    ),
    "dicomodel.modules.photoacoustic_image:PhotoacousticImageModule": frozenset(
        {
            0x00080008,
            0x0008002A,
            0x00089205,
            0x00089206,
            0x00089207,
            0x0018980C,
            0x00209311,
            0x00280002,
            0x00280004,
            0x00280006,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280301,
            0x00280302,
            0x00282110,
            0x00282112,
            0x00282114,
            0x00880200,
            0x20500020,
        }
    ),
    "dicomodel.modules.photoacoustic_reconstruction:PhotoacousticReconstructionModule": frozenset(
        {0x00189832}
    ),
    "dicomodel.modules.photoacoustic_transducer:PhotoacousticTransducerModule": frozenset(
        {0x0018980D, 0x0018982C, 0x00189831}
    ),
    "dicomodel.modules.point_cloud:PointCloudModule": frozenset(
        {0x00660011, 0x00800006, 0x00800007}
    ),
    "dicomodel.modules.presentation_animation:PresentationAnimationModule": frozenset(
        {0x00701A01, 0x00701A03, 0x00701A04, 0x00701A05, 0x00701A06}
    ),
    "dicomodel.modules.presentation_lut:PresentationLUTModule": frozenset({0x20500010, 0x20500020}),
    "dicomodel.modules.presentation_series:PresentationSeriesModule": frozenset({0x00080060}),
    "dicomodel.modules.presentation_state_blending:PresentationStateBlendingModule": frozenset(
        {0x00700402, 0x00700403, 0x00700404}
    ),
    "dicomodel.modules.presentation_state_identification:PresentationStateIdentificationModule": frozenset(
        {
            0x00200013,
            0x0040A043,
            0x00700080,
            0x00700081,
            0x00700082,
            0x00700083,
            0x00700084,
            0x00700086,
            0x00700087,
        }
    ),
    "dicomodel.modules.presentation_state_mask:PresentationStateMaskModule": frozenset(
        {0x00281090, 0x00286100}
    ),
    "dicomodel.modules.presentation_state_relationship:PresentationStateRelationshipModule": frozenset(
        {0x00081115}
    ),
    "dicomodel.modules.presentation_state_shutter:PresentationStateShutterModule": frozenset(
        {0x00181622, 0x00181624}
    ),
    "dicomodel.modules.presentation_view_description:PresentationViewDescriptionModule": frozenset(
        {0x00082218, 0x00082228, 0x00200062, 0x00540220}
    ),
    "dicomodel.modules.print_job:PrintJobModule": frozenset(
        {0x20000020, 0x21000020, 0x21000030, 0x21000040, 0x21000050, 0x21000070, 0x21100030}
    ),
    "dicomodel.modules.printer:PrinterModule": frozenset(
        {
            0x00080070,
            0x00081090,
            0x00181000,
            0x00181020,
            0x00181200,
            0x00181201,
            0x00181204,
            0x00181205,
            0x21100010,
            0x21100020,
            0x21100030,
        }
    ),
    "dicomodel.modules.printer_configuration:PrinterConfigurationModule": frozenset({0x2000001E}),
    "dicomodel.modules.product_characteristics:ProductCharacteristicsModule": frozenset(
        {
            0x00080070,
            0x00380100,
            0x00440001,
            0x00440007,
            0x00440008,
            0x00440009,
            0x0044000A,
            0x0044000B,
            0x00440013,
        }
    ),
    "dicomodel.modules.protocol_approval:ProtocolApprovalModule": frozenset(
        {0x00440100, 0x00440109}
    ),
    "dicomodel.modules.protocol_context:ProtocolContextModule": frozenset(
        {
            0x00080012,
            0x00080013,
            0x00080220,
            0x00181030,
            0x00189906,
            0x00189907,
            0x00189908,
            0x00189909,
            0x0018990A,
            0x0018990B,
            0x0018990E,
            0x0018990F,
            0x00189910,
            0x0040A07C,
            0x00700084,
            0x00700086,
        }
    ),
    "dicomodel.modules.qa_results:QAResultsModule": frozenset({0x0028700F}),
    "dicomodel.modules.radiotherapy_common_instance:RadiotherapyCommonInstanceModule": frozenset(
        {0x00080012, 0x00080013, 0x00080023, 0x00080033, 0x30100019, 0x30100044}
    ),
    "dicomodel.modules.raw_data:RawDataModule": frozenset(
        {
            0x00080023,
            0x0008002A,
            0x00080033,
            0x0008114A,
            0x00089123,
            0x00200013,
            0x00200062,
            0x0040A043,
            0x00700080,
            0x00700081,
        }
    ),
    "dicomodel.modules.real_time_acquisition:RealTimeAcquisitionModule": frozenset(
        {0x00220028, 0x52009229}
    ),
    "dicomodel.modules.real_time_bulk_data_flow:RealTimeBulkDataFlowModule": frozenset(
        {0x0034000A}
    ),
    "dicomodel.modules.real_world_value_mapping:RealWorldValueMappingModule": frozenset(
        {
            0x00080023,
            0x00080033,
            0x00200013,
            0x00409094,
            0x0040A043,
            0x00700080,
            0x00700081,
            0x00700084,
            0x00700086,
            0x00700087,
        }
    ),
    "dicomodel.modules.real_world_value_mapping_series:RealWorldValueMappingSeriesModule": frozenset(
        {0x00080060}
    ),
    "dicomodel.modules.render_display:RenderDisplayModule": frozenset(
        {0x00089205, 0x00282000, 0x00282002, 0x00701805, 0x00701A08}
    ),
    "dicomodel.modules.render_shading:RenderShadingModule": frozenset(
        {0x00701701, 0x00701702, 0x00701703, 0x00701704, 0x00701705, 0x00701706}
    ),
    "dicomodel.modules.requested_procedure:RequestedProcedureModule": frozenset(
        {
            0x00080020,
            0x00080030,
            0x00081110,
            0x0020000D,
            0x00321060,
            0x00321064,
            0x00321065,
            0x00401001,
            0x00401002,
            0x00401003,
            0x00401004,
            0x00401005,
            0x00401008,
            0x00401009,
            0x0040100A,
            0x00401010,
            0x00401011,
            0x00401400,
        }
    ),
    "dicomodel.modules.respiratory_synchronization:RespiratorySynchronizationModule": frozenset(
        {0x00189170, 0x00189171, 0x00209250, 0x00209256}
    ),
    "dicomodel.modules.robotic_arm_delivery_device:RoboticArmDeliveryDeviceModule": frozenset(
        {0x300A0614, 0x300A0641, 0x300A064D, 0x300A0670, 0x300A067B, 0x300A0685}
    ),
    "dicomodel.modules.robotic_arm_path:RoboticArmPathModule": frozenset(
        {0x300A0604, 0x30100091, 0x30100097}
    ),
    "dicomodel.modules.roi_contour:ROIContourModule": frozenset({0x30060039}),
    "dicomodel.modules.rt_beams:RTBeamsModule": frozenset({0x300A00B0}),
    "dicomodel.modules.rt_beams_delivery_instruction:RTBeamsDeliveryInstructionModule": frozenset(
        {0x00741020, 0x300C0002, 0x300C0111}
    ),
    "dicomodel.modules.rt_beams_session_record:RTBeamsSessionRecordModule": frozenset(
        {0x30080020, 0x300A0078, 0x300A00B3, 0x300C0022}
    ),
    "dicomodel.modules.rt_brachy_application_setup_delivery_instruction:RTBrachyApplicationSetupDeliveryInstructionModule": frozenset(
        {0x00741401, 0x00741404, 0x0074140E, 0x30080022, 0x300C0002, 0x300C0022}
    ),
    "dicomodel.modules.rt_brachy_application_setups:RTBrachyApplicationSetupsModule": frozenset(
        {0x300A0200, 0x300A0202, 0x300A0206, 0x300A0210, 0x300A0230}
    ),
    "dicomodel.modules.rt_brachy_session_record:RTBrachySessionRecordModule": frozenset(
        {0x30080100, 0x30080110, 0x300A0078, 0x300A0200, 0x300A0202, 0x300C0022}
    ),
    "dicomodel.modules.rt_conventional_machine_verification:RTConventionalMachineVerificationModule": frozenset(
        {0x00741044}
    ),
    "dicomodel.modules.rt_delivery_device_common:RTDeliveryDeviceCommonModule": frozenset(
        {
            0x300A063A,
            0x300A0658,
            0x300A0659,
            0x300A0675,
            0x300A0676,
            0x300A0677,
            0x300A0686,
            0x300A0687,
            0x300A0688,
        }
    ),
    "dicomodel.modules.rt_dose:RTDoseModule": frozenset(
        {
            0x00080023,
            0x00080033,
            0x0008114A,
            0x00089215,
            0x00200013,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00700404,
            0x30040002,
            0x30040004,
            0x30040005,
            0x30040006,
            0x30040008,
            0x3004000A,
            0x3004000C,
            0x3004000E,
            0x30040014,
            0x30080030,
            0x300C0002,
            0x300C0116,
            0x30100038,
        }
    ),
    "dicomodel.modules.rt_dose_contribution:RTDoseContributionModule": frozenset(
        {0x300A0617, 0x300A0618}
    ),
    "dicomodel.modules.rt_dose_contribution_record:RTDoseContributionRecordModule": frozenset(
        {0x300A0617, 0x300A0618}
    ),
    "dicomodel.modules.rt_dvh:RTDVHModule": frozenset(
        {0x30040040, 0x30040042, 0x30040050, 0x300C0060}
    ),
    "dicomodel.modules.rt_enhanced_prescription:RTEnhancedPrescriptionModule": frozenset(
        {0x3010006B, 0x3010006C}
    ),
    "dicomodel.modules.rt_fraction_scheme:RTFractionSchemeModule": frozenset({0x300A0070}),
    "dicomodel.modules.rt_general_machine_verification:RTGeneralMachineVerificationModule": frozenset(
        {
            0x00100020,
            0x00100021,
            0x00100024,
            0x00741042,
            0x00741048,
            0x0074104A,
            0x3008002C,
            0x300C0002,
            0x300C0022,
        }
    ),
    "dicomodel.modules.rt_general_plan:RTGeneralPlanModule": frozenset(
        {
            0x00200013,
            0x0070030B,
            0x300A0002,
            0x300A0003,
            0x300A0004,
            0x300A0006,
            0x300A0007,
            0x300A0009,
            0x300A000A,
            0x300A000C,
            0x300C0002,
            0x300C0060,
            0x300C0080,
            0x30100077,
            0x30100078,
        }
    ),
    "dicomodel.modules.rt_general_treatment_record:RTGeneralTreatmentRecordModule": frozenset(
        {0x00200013, 0x30080030, 0x30080250, 0x30080251, 0x300C0002}
    ),
    "dicomodel.modules.rt_image:RTImageModule": frozenset(
        {
            0x00080008,
            0x00080064,
            0x00181150,
            0x00185100,
            0x00189328,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00281040,
            0x00281041,
            0x30020002,
            0x30020003,
            0x30020004,
            0x3002000A,
            0x3002000C,
            0x3002000D,
            0x3002000E,
            0x30020010,
            0x30020011,
            0x30020012,
            0x30020020,
            0x30020022,
            0x30020024,
            0x30020026,
            0x30020028,
            0x30020029,
            0x30020030,
            0x30020032,
            0x30020040,
            0x300800A1,
            0x300800A3,
            0x300A00B3,
            0x300A011E,
            0x300A0120,
            0x300A0122,
            0x300A0124,
            0x300A0125,
            0x300A0128,
            0x300A0129,
            0x300A012A,
            0x300A012C,
            0x300A0140,
            0x300A0144,
            0x300A014A,
            0x300C0002,
            0x300C0006,
            0x300C0008,
            0x300C0009,
            0x300C0022,
        }
    ),
    "dicomodel.modules.rt_ion_beams:RTIonBeamsModule": frozenset({0x300A03A2}),
    "dicomodel.modules.rt_ion_beams_session_record:RTIonBeamsSessionRecordModule": frozenset(
        {0x30080021, 0x300A0078, 0x300A00B3, 0x300C0022}
    ),
    "dicomodel.modules.rt_ion_machine_verification:RTIonMachineVerificationModule": frozenset(
        {0x00741046}
    ),
    "dicomodel.modules.rt_ion_tolerance_tables:RTIonToleranceTablesModule": frozenset({0x300A03A0}),
    "dicomodel.modules.rt_patient_position_acquisition_device:RTPatientPositionAcquisitionDeviceModule": frozenset(
        {
            0x30020116,
            0x30020117,
            0x300A0614,
            0x300A0641,
            0x300A064D,
            0x300A0670,
            0x300A0671,
            0x300A0672,
            0x300A0675,
            0x300A0686,
            0x300A0687,
        }
    ),
    "dicomodel.modules.rt_patient_position_acquisition_instruction:RTPatientPositionAcquisitionInstructionModule": frozenset(
        {0x30020118, 0x30100037, 0x30100038}
    ),
    "dicomodel.modules.rt_patient_setup:RTPatientSetupModule": frozenset({0x300A0180}),
    "dicomodel.modules.rt_physician_intent:RTPhysicianIntentModule": frozenset(
        {0x00700081, 0x00700084, 0x00700086, 0x30100034, 0x30100045, 0x30100057}
    ),
    "dicomodel.modules.rt_prescription:RTPrescriptionModule": frozenset({0x300A000E, 0x300A0010}),
    "dicomodel.modules.rt_radiation_common:RTRadiationCommonModule": frozenset(
        {
            0x00081156,
            0x00540410,
            0x00700081,
            0x00700084,
            0x00700086,
            0x300A0629,
            0x300A062E,
            0x300A0635,
            0x300A0638,
            0x300A0639,
            0x300A063F,
            0x30100030,
            0x30100033,
            0x30100080,
        }
    ),
    "dicomodel.modules.rt_radiation_record_common:RTRadiationRecordCommonModule": frozenset(
        {
            0x00081156,
            0x00540410,
            0x00700081,
            0x00700084,
            0x00700086,
            0x300A0629,
            0x300A0631,
            0x300A0635,
            0x300A0638,
            0x300A0639,
            0x300A063F,
            0x300A0700,
            0x300A0701,
            0x300A0708,
            0x300A0709,
            0x300A0714,
            0x300A0715,
            0x300A0716,
            0x300A0730,
            0x300A0731,
            0x300A073F,
            0x300A0740,
            0x300A0780,
            0x30100030,
            0x30100034,
            0x30100080,
        }
    ),
    "dicomodel.modules.rt_radiation_record_set:RTRadiationRecordSetModule": frozenset(
        {
            0x00700081,
            0x00700084,
            0x00700086,
            0x300A0700,
            0x300A0702,
            0x300A0703,
            0x300A0704,
            0x300A0705,
            0x300A0706,
            0x300A0707,
            0x30100034,
        }
    ),
    "dicomodel.modules.rt_radiation_salvage_record:RTRadiationSalvageRecordModule": frozenset(
        {0x300A0604, 0x300A067B, 0x300A0685, 0x300A0722, 0x300A0723}
    ),
    "dicomodel.modules.rt_radiation_set:RTRadiationSetModule": frozenset(
        {
            0x00081156,
            0x00700081,
            0x00700084,
            0x00700086,
            0x300A060A,
            0x300A0616,
            0x300A0636,
            0x300A0637,
            0x300A063B,
            0x30100033,
            0x30100079,
        }
    ),
    "dicomodel.modules.rt_radiation_set_delivery_instruction:RTRadiationSetDeliveryInstructionModule": frozenset(
        {0x300A063A, 0x300A0702, 0x300A0704, 0x300A0705, 0x300A0787, 0x300A0797, 0x300A079E}
    ),
    "dicomodel.modules.rt_roi_observations:RTROIObservationsModule": frozenset({0x30060080}),
    "dicomodel.modules.rt_segment_annotation:RTSegmentAnnotationModule": frozenset(
        {0x00700081, 0x00700084, 0x00700086, 0x3010002A, 0x30100034}
    ),
    "dicomodel.modules.rt_series:RTSeriesModule": frozenset(
        {
            0x00080021,
            0x00080031,
            0x00080060,
            0x0008103E,
            0x0008103F,
            0x00081070,
            0x00081072,
            0x00081111,
            0x0020000E,
            0x00200011,
            0x00400244,
            0x00400245,
            0x00400250,
            0x00400251,
            0x00400253,
            0x00400254,
            0x00400260,
            0x00400275,
            0x00400280,
            0x300A0700,
        }
    ),
    "dicomodel.modules.rt_tolerance_tables:RTToleranceTablesModule": frozenset({0x300A0040}),
    "dicomodel.modules.rt_treatment_machine_record:RTTreatmentMachineRecordModule": frozenset(
        {0x300A0206}
    ),
    "dicomodel.modules.rt_treatment_phase_intent:RTTreatmentPhaseIntentModule": frozenset(
        {0x3010004B, 0x3010004E}
    ),
    "dicomodel.modules.rt_treatment_preparation:RTTreatmentPreparationModule": frozenset(
        {
            0x300A0784,
            0x300A078A,
            0x300A078C,
            0x300A078D,
            0x300A0790,
            0x300A0792,
            0x30100037,
            0x30100038,
        }
    ),
    "dicomodel.modules.rt_treatment_summary_record:RTTreatmentSummaryRecordModule": frozenset(
        {0x30080050, 0x30080054, 0x30080056, 0x300800E0, 0x30080200, 0x30080202, 0x30080220}
    ),
    "dicomodel.modules.sc_equipment:SCEquipmentModule": frozenset(
        {
            0x00080060,
            0x00080064,
            0x00181010,
            0x00181016,
            0x00181018,
            0x00181019,
            0x00181022,
            0x00181023,
        }
    ),
    "dicomodel.modules.sc_image:SCImageModule": frozenset(
        {
            0x00181012,
            0x00181014,
            0x00182010,
            0x00280030,
            0x00280A02,
            0x00280A04,
            0x0040E008,
            0x00540220,
            0x00540500,
        }
    ),
    "dicomodel.modules.sc_multi_frame_image:SCMultiFrameImageModule": frozenset(
        {
            0x00182010,
            0x00182020,
            0x00182030,
            0x00280009,
            0x00280030,
            0x00280301,
            0x00280302,
            0x00280A02,
            0x00280A04,
            0x00281052,
            0x00281053,
            0x00281054,
            0x2010015E,
            0x20100160,
            0x20500020,
        }
    ),
    "dicomodel.modules.sc_multi_frame_vector:SCMultiFrameVectorModule": frozenset(
        {0x00181065, 0x00182001, 0x00182002, 0x00182003, 0x00182004, 0x00182005, 0x00182006}
    ),
    "dicomodel.modules.scan_procedure:ScanProcedureModule": frozenset(
        {
            0x0008002A,
            0x00200012,
            0x00200013,
            0x00800001,
            0x00800002,
            0x00800003,
            0x00800004,
            0x00800005,
        }
    ),
    "dicomodel.modules.scheduled_procedure_step:ScheduledProcedureStepModule": frozenset(
        {0x00400100, 0x00400500, 0x22000005}
    ),
    "dicomodel.modules.segment_reference:SegmentReferenceModule": frozenset(
        {0x00700404, 0x30100021}
    ),
    "dicomodel.modules.segmentation_image:SegmentationImageModule": frozenset(
        {
            0x00080008,
            0x00200013,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00282110,
            0x00282112,
            0x00282114,
            0x0040A043,
            0x00620001,
            0x00620002,
            0x0062000E,
            0x00620010,
            0x00620013,
            0x00700080,
            0x00700081,
            0x00700084,
            0x00700086,
            0x00700087,
        }
    ),
    "dicomodel.modules.segmentation_series:SegmentationSeriesModule": frozenset(
        {0x00080060, 0x00081111, 0x00200011}
    ),
    "dicomodel.modules.slide_coordinates:SlideCoordinatesModule": frozenset({0x0040071A}),
    "dicomodel.modules.slide_label:SlideLabelModule": frozenset({0x22000002, 0x22000005}),
    "dicomodel.modules.softcopy_presentation_lut:SoftcopyPresentationLUTModule": frozenset(
        {0x20500010, 0x20500020}
    ),
    "dicomodel.modules.softcopy_voi_lut:SoftcopyVOILUTModule": frozenset({0x00283110}),
    "dicomodel.modules.sop_common:SOPCommonModule": frozenset(
        {
            0x00080005,
            0x00080012,
            0x00080013,
            0x00080014,
            0x00080015,
            0x00080016,
            0x00080018,
            0x0008001A,
            0x0008001B,
            0x0008001C,
            0x00080053,
            0x00080110,
            0x00080123,
            0x00080124,
            0x00080201,
            0x00080300,
            0x00189004,
            0x0018990C,
            0x0018990D,
            0x0018A001,
            0x00200013,
            0x00209172,
            0x00280303,
            0x0040A390,
            0x01000410,
            0x01000420,
            0x01000424,
            0x01000426,
            0x04000500,
            0x04000561,
            0x04000600,
            0x22000005,
            0x4FFE0001,
            0xFFFAFFFA,
        }
    ),
    "dicomodel.modules.sparse_multi_frame_functional_groups:SparseMultiFrameFunctionalGroupsModule": frozenset(
        {
            0x00080023,
            0x00080033,
            0x00200013,
            0x00200242,
            0x00209161,
            0x00209162,
            0x00209163,
            0x00209228,
            0x00220028,
            0x00280008,
            0x00286010,
            0x30020101,
            0x52009229,
        }
    ),
    "dicomodel.modules.spatial_fiducials:SpatialFiducialsModule": frozenset(
        {
            0x00080023,
            0x00080033,
            0x00200013,
            0x0040A043,
            0x00700080,
            0x00700081,
            0x00700084,
            0x00700086,
            0x00700087,
            0x0070031C,
        }
    ),
    "dicomodel.modules.spatial_fiducials_series:SpatialFiducialsSeriesModule": frozenset(
        {0x00080060}
    ),
    "dicomodel.modules.spatial_registration:SpatialRegistrationModule": frozenset(
        {
            0x00080023,
            0x00080033,
            0x00200013,
            0x0040A043,
            0x00700080,
            0x00700081,
            0x00700084,
            0x00700086,
            0x00700087,
            0x00700308,
        }
    ),
    "dicomodel.modules.spatial_registration_series:SpatialRegistrationSeriesModule": frozenset(
        {0x00080060}
    ),
    "dicomodel.modules.spatial_transformation:SpatialTransformationModule": frozenset(
        {0x00700041, 0x00700042}
    ),
    "dicomodel.modules.specimen:SpecimenModule": frozenset(
        {0x00400512, 0x00400513, 0x00400515, 0x00400518, 0x0040051A, 0x00400520, 0x00400560}
    ),
    "dicomodel.modules.sr_document_content:SRDocumentContentModule": frozenset(
        {
            0x00081199,
            0x0040A032,
            0x0040A040,
            0x0040A043,
            0x0040A050,
            0x0040A120,
            0x0040A121,
            0x0040A122,
            0x0040A123,
            0x0040A124,
            0x0040A130,
            0x0040A132,
            0x0040A138,
            0x0040A13A,
            0x0040A160,
            0x0040A168,
            0x0040A171,
            0x0040A300,
            0x0040A301,
            0x0040A504,
            0x0040A730,
            0x0040A801,
            0x00480301,
            0x00700022,
            0x00700023,
            0x0070031A,
            0x30060024,
        }
    ),
    "dicomodel.modules.sr_document_general:SRDocumentGeneralModule": frozenset(
        {
            0x00080023,
            0x00080033,
            0x0008114A,
            0x00200013,
            0x0040A073,
            0x0040A078,
            0x0040A07A,
            0x0040A07C,
            0x0040A360,
            0x0040A370,
            0x0040A372,
            0x0040A375,
            0x0040A385,
            0x0040A491,
            0x0040A492,
            0x0040A493,
            0x0040A496,
            0x0040A525,
        }
    ),
    "dicomodel.modules.sr_document_series:SRDocumentSeriesModule": frozenset(
        {
            0x00080021,
            0x00080031,
            0x00080060,
            0x0008103E,
            0x0008103F,
            0x00081111,
            0x00181030,
            0x0020000E,
            0x00200011,
            0x300A0700,
        }
    ),
    "dicomodel.modules.stereometric_relationship:StereometricRelationshipModule": frozenset(
        {0x00220020}
    ),
    "dicomodel.modules.stereometric_series:StereometricSeriesModule": frozenset({0x00080060}),
    "dicomodel.modules.storage_commitment:StorageCommitmentModule": frozenset(
        {0x00080054, 0x00081195, 0x00081198, 0x00081199, 0x00880130, 0x00880140}
    ),
    "dicomodel.modules.structure_set:StructureSetModule": frozenset(
        {
            0x00200013,
            0x30060002,
            0x30060004,
            0x30060006,
            0x30060008,
            0x30060009,
            0x30060010,
            0x30060018,
            0x30060020,
            0x3006004C,
        }
    ),
    "dicomodel.modules.structured_display:StructuredDisplayModule": frozenset(
        {
            0x00200013,
            0x0040A043,
            0x00700080,
            0x00700081,
            0x00700082,
            0x00700083,
            0x00700084,
            0x00700086,
            0x00700087,
            0x00720002,
            0x00720008,
            0x00720100,
            0x00720102,
            0x00720420,
            0x00720421,
            0x00880200,
        }
    ),
    "dicomodel.modules.structured_display_annotation:StructuredDisplayAnnotationModule": frozenset(
        {0x00720424}
    ),
    "dicomodel.modules.structured_display_image_box:StructuredDisplayImageBoxModule": frozenset(
        {0x00720422, 0x00720430}
    ),
    "dicomodel.modules.subjective_refraction_measurements:SubjectiveRefractionMeasurementsModule": frozenset(
        {0x00460060, 0x00460062, 0x00460063, 0x00460064, 0x00460097, 0x00460098}
    ),
    "dicomodel.modules.subjective_refraction_measurements_series:SubjectiveRefractionMeasurementsSeriesModule": frozenset(
        {0x00080060, 0x00081111}
    ),
    "dicomodel.modules.substance_administration:SubstanceAdministrationModule": frozenset(
        {0x00540302}
    ),
    "dicomodel.modules.substance_administration_log:SubstanceAdministrationLogModule": frozenset(
        {
            0x00081072,
            0x00100010,
            0x00100020,
            0x00100021,
            0x00100024,
            0x00380010,
            0x00380014,
            0x00440001,
            0x00440008,
            0x00440009,
            0x00440010,
            0x00440011,
            0x00440012,
            0x00440019,
            0x00540302,
        }
    ),
    "dicomodel.modules.substance_approval:SubstanceApprovalModule": frozenset(
        {0x00440002, 0x00440003, 0x00440004}
    ),
    "dicomodel.modules.supplemental_palette_color_lookup_table:SupplementalPaletteColorLookupTableModule": frozenset(
        {0x00281101, 0x00281102, 0x00281103, 0x00281201, 0x00281202, 0x00281203}
    ),
    "dicomodel.modules.surface_mesh:SurfaceMeshModule": frozenset({0x00660001, 0x00660002}),
    "dicomodel.modules.surface_segmentation:SurfaceSegmentationModule": frozenset(
        {
            0x00080023,
            0x00080033,
            0x00200013,
            0x0040A043,
            0x00620002,
            0x00700080,
            0x00700081,
            0x00700084,
            0x00700086,
            0x00700087,
        }
    ),
    "dicomodel.modules.synchronization:SynchronizationModule": frozenset(
        {
            0x00181061,
            0x0018106A,
            0x0018106C,
            0x00181800,
            0x00181801,
            0x00181802,
            0x00181803,
            0x00200200,
        }
    ),
    "dicomodel.modules.target_luminance_characteristics:TargetLuminanceCharacteristicsModule": frozenset(
        {0x00287008}
    ),
    "dicomodel.modules.timezone:TimezoneModule": frozenset({0x00080201}),
    "dicomodel.modules.tomotherapeutic_beam:TomotherapeuticBeamModule": frozenset(
        {0x00189305, 0x00189309, 0x300A0604, 0x30100098}
    ),
    "dicomodel.modules.tomotherapeutic_delivery_device:TomotherapeuticDeliveryDeviceModule": frozenset(
        {0x300A0640, 0x300A0641, 0x300A064D, 0x300A067B, 0x300A0685}
    ),
    "dicomodel.modules.tractography_results:TractographyResultsModule": frozenset(
        {
            0x00080023,
            0x00080033,
            0x0008114A,
            0x00200013,
            0x0040A043,
            0x00660101,
            0x00700080,
            0x00700081,
            0x00700084,
            0x00700086,
            0x00700087,
        }
    ),
    "dicomodel.modules.tractography_results_series:TractographyResultsSeriesModule": frozenset(
        {0x00080060, 0x00081111, 0x00200011}
    ),
    "dicomodel.modules.ultrasound_frame_of_reference:UltrasoundFrameOfReferenceModule": frozenset(
        {
            0x00209307,
            0x00209308,
            0x00209309,
            0x0020930A,
            0x0020930B,
            0x0020930C,
            0x00209312,
            0x00209313,
        }
    ),
    "dicomodel.modules.unified_procedure_step_performed_procedure_information:UnifiedProcedureStepPerformedProcedureInformationModule": frozenset(
        {0x00741216}
    ),
    "dicomodel.modules.unified_procedure_step_progress_information:UnifiedProcedureStepProgressInformationModule": frozenset(
        {0x00741000, 0x00741002}
    ),
    "dicomodel.modules.unified_procedure_step_relationship:UnifiedProcedureStepRelationshipModule": frozenset(
        {
            0x00081080,
            0x00081084,
            0x00100010,
            0x00100020,
            0x00100021,
            0x00100022,
            0x00100024,
            0x00100030,
            0x00100033,
            0x00100034,
            0x00100035,
            0x00100040,
            0x00101002,
            0x00101100,
            0x00321066,
            0x00321067,
            0x00380010,
            0x00380014,
            0x0040A370,
            0x00741224,
        }
    ),
    "dicomodel.modules.unified_procedure_step_scheduled_procedure_information:UnifiedProcedureStepScheduledProcedureInformationModule": frozenset(
        {
            0x0020000D,
            0x00400400,
            0x00404005,
            0x00404008,
            0x00404010,
            0x00404011,
            0x00404018,
            0x00404021,
            0x00404025,
            0x00404026,
            0x00404027,
            0x00404034,
            0x00404041,
            0x00404070,
            0x00741200,
            0x00741202,
            0x00741204,
            0x00741210,
            0x300A0700,
        }
    ),
    "dicomodel.modules.us_image:USImageModule": frozenset(
        {
            0x00080008,
            0x0008002A,
            0x00082120,
            0x00082122,
            0x00082124,
            0x00082127,
            0x00082128,
            0x00082129,
            0x0008212A,
            0x00082130,
            0x00082132,
            0x00082218,
            0x00082228,
            0x00181060,
            0x00181062,
            0x00181080,
            0x00181081,
            0x00181082,
            0x00181088,
            0x00183100,
            0x00183101,
            0x00183102,
            0x00183103,
            0x00183104,
            0x00183105,
            0x00185000,
            0x00185010,
            0x00185011,
            0x00185012,
            0x00185020,
            0x00185022,
            0x00185024,
            0x00185026,
            0x00185027,
            0x00185028,
            0x00185029,
            0x00185050,
            0x00186031,
            0x00186060,
            0x00280002,
            0x00280004,
            0x00280006,
            0x00280009,
            0x00280014,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00282110,
            0x0040000A,
            0x00540220,
            0x00540500,
            0x60000045,
        }
    ),
    "dicomodel.modules.us_region_calibration:USRegionCalibrationModule": frozenset({0x00186011}),
    "dicomodel.modules.uv_mapping:UVMappingModule": frozenset({0x00800008}),
    "dicomodel.modules.variable_modality_lut:VariableModalityLUTModule": frozenset({0x00283001}),
    "dicomodel.modules.visit_admission:VisitAdmissionModule": frozenset(
        {
            0x00080090,
            0x00080092,
            0x00080094,
            0x00080096,
            0x0008009C,
            0x0008009D,
            0x00081080,
            0x00081084,
            0x00380016,
            0x00380020,
            0x00380021,
        }
    ),
    "dicomodel.modules.visit_identification:VisitIdentificationModule": frozenset(
        {
            0x00080080,
            0x00080081,
            0x00080082,
            0x00081040,
            0x00081041,
            0x00321066,
            0x00321067,
            0x00380010,
            0x00380014,
            0x00380060,
            0x00380062,
            0x00380064,
        }
    ),
    "dicomodel.modules.visit_relationship:VisitRelationshipModule": frozenset(
        {0x00081110, 0x00081120}
    ),
    "dicomodel.modules.visit_status:VisitStatusModule": frozenset(
        {0x00380008, 0x00380300, 0x00380400, 0x00384000}
    ),
    "dicomodel.modules.visual_acuity_measurements:VisualAcuityMeasurementsModule": frozenset(
        {
            0x00460092,
            0x00460094,
            0x00460095,
            0x00460121,
            0x00460122,
            0x00460123,
            0x00460124,
            0x00460125,
            0x00460139,
        }
    ),
    "dicomodel.modules.visual_acuity_measurements_series:VisualAcuityMeasurementsSeriesModule": frozenset(
        {0x00080060, 0x00081111}
    ),
    "dicomodel.modules.visual_field_static_perimetry_measurements_series:VisualFieldStaticPerimetryMeasurementsSeriesModule": frozenset(
        {
            0x00080060,
            0x00081111,
            0x00400244,
            0x00400245,
            0x00400250,
            0x00400251,
            0x00400253,
            0x00400254,
            0x00400260,
            0x00400275,
            0x00400280,
        }
    ),
    "dicomodel.modules.visual_field_static_perimetry_test_measurements:VisualFieldStaticPerimetryTestMeasurementsModule": frozenset(
        {
            0x00240037,
            0x00240038,
            0x00240057,
            0x00240058,
            0x00240065,
            0x00240067,
            0x00240086,
            0x00240087,
            0x00240088,
            0x00240089,
            0x00240105,
            0x00240106,
            0x00240107,
            0x00240108,
            0x00240113,
            0x00240117,
            0x00240118,
            0x00240120,
            0x00240122,
        }
    ),
    "dicomodel.modules.visual_field_static_perimetry_test_parameters:VisualFieldStaticPerimetryTestParametersModule": frozenset(
        {
            0x00240010,
            0x00240011,
            0x00240012,
            0x00240016,
            0x00240018,
            0x00240020,
            0x00240021,
            0x00240024,
            0x00240025,
            0x00240028,
        }
    ),
    "dicomodel.modules.visual_field_static_perimetry_test_reliability:VisualFieldStaticPerimetryTestReliabilityModule": frozenset(
        {0x00240032, 0x00240034, 0x00240042, 0x00240044, 0x00240069, 0x00240317}
    ),
    "dicomodel.modules.visual_field_static_perimetry_test_results:VisualFieldStaticPerimetryTestResultsModule": frozenset(
        {
            0x00240063,
            0x00240064,
            0x00240070,
            0x00240074,
            0x00240075,
            0x00240076,
            0x00240077,
            0x00240078,
            0x00240079,
            0x00240080,
            0x00240081,
            0x00240320,
        }
    ),
    "dicomodel.modules.vl_image:VLImageModule": frozenset(
        {
            0x00080008,
            0x00080033,
            0x00081140,
            0x00082218,
            0x00082228,
            0x00181164,
            0x00200062,
            0x0022001A,
            0x00280002,
            0x00280004,
            0x00280006,
            0x00280030,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00281050,
            0x00281051,
            0x00282110,
        }
    ),
    "dicomodel.modules.vl_photographic_acquisition:VLPhotographicAcquisitionModule": frozenset(
        {
            0x00160001,
            0x00160002,
            0x00160003,
            0x00160004,
            0x00160005,
            0x00160006,
            0x00160007,
            0x00160008,
            0x00160009,
            0x0016000A,
            0x0016000B,
            0x0016000C,
            0x0016000D,
            0x0016000E,
            0x0016000F,
            0x00160010,
            0x00160011,
            0x00160012,
            0x00160013,
            0x00160014,
            0x00160015,
            0x00160016,
            0x00160017,
            0x00160018,
            0x00160019,
            0x0016001A,
            0x0016001B,
            0x0016001C,
            0x0016001D,
            0x0016001E,
            0x0016001F,
            0x00160020,
            0x00160021,
            0x00160022,
            0x00160023,
            0x00160024,
            0x00160025,
            0x00160026,
            0x00160027,
            0x00160028,
            0x00160029,
            0x0016002A,
            0x0016002B,
            0x00160030,
            0x00160031,
            0x00160032,
            0x00160033,
            0x00160034,
            0x00160035,
            0x00160036,
            0x00160037,
            0x00160038,
            0x00160039,
            0x0016003A,
            0x0016003B,
            0x00160041,
            0x00160042,
            0x00160043,
            0x00160044,
            0x00160045,
            0x00160046,
            0x00160047,
            0x00160048,
            0x00160049,
            0x0016004A,
            0x0016004B,
            0x0016004C,
            0x00160061,
            0x00160062,
        }
    ),
    "dicomodel.modules.vl_photographic_equipment:VLPhotographicEquipmentModule": frozenset(
        {0x0016004D, 0x0016004E, 0x0016004F, 0x00160050, 0x00160051}
    ),
    "dicomodel.modules.vl_photographic_geolocation:VLPhotographicGeolocationModule": frozenset(
        {
            0x00160070,
            0x00160071,
            0x00160072,
            0x00160073,
            0x00160074,
            0x00160075,
            0x00160076,
            0x00160077,
            0x00160078,
            0x00160079,
            0x0016007A,
            0x0016007B,
            0x0016007C,
            0x0016007D,
            0x0016007E,
            0x0016007F,
            0x00160080,
            0x00160081,
            0x00160082,
            0x00160083,
            0x00160084,
            0x00160085,
            0x00160086,
            0x00160087,
            0x00160088,
            0x00160089,
            0x0016008A,
            0x0016008B,
            0x0016008C,
            0x0016008D,
            0x0016008E,
        }
    ),
    "dicomodel.modules.voi_lut:VOILUTModule": frozenset(
        {0x00281050, 0x00281051, 0x00281055, 0x00281056, 0x00283010}
    ),
    "dicomodel.modules.volume_cropping:VolumeCroppingModule": frozenset({0x00701301}),
    "dicomodel.modules.volume_render_geometry:VolumeRenderGeometryModule": frozenset(
        {0x0070120D, 0x00701602, 0x00701603, 0x00701604, 0x00701605, 0x00701606, 0x00701607}
    ),
    "dicomodel.modules.volumetric_graphic_annotation:VolumetricGraphicAnnotationModule": frozenset(
        {0x00701901, 0x00701905}
    ),
    "dicomodel.modules.volumetric_presentation_state_identification:VolumetricPresentationStateIdentificationModule": frozenset(
        {
            0x00200013,
            0x0040A043,
            0x00700080,
            0x00700081,
            0x00700082,
            0x00700083,
            0x00700084,
            0x00700086,
            0x00700087,
            0x00701101,
            0x00701102,
            0x00701103,
            0x00701104,
        }
    ),
    "dicomodel.modules.volumetric_presentation_state_relationship:VolumetricPresentationStateRelationshipModule": frozenset(
        {0x00701201, 0x0070120A, 0x0070120B, 0x0070120C}
    ),
    "dicomodel.modules.waveform:WaveformModule": frozenset(
        {0x003A0230, 0x003A0231, 0x003A0240, 0x54000100}
    ),
    "dicomodel.modules.waveform_annotation:WaveformAnnotationModule": frozenset({0x0040B020}),
    "dicomodel.modules.waveform_identification:WaveformIdentificationModule": frozenset(
        {0x00080023, 0x0008002A, 0x00080033, 0x0008114A, 0x00200013}
    ),
    "dicomodel.modules.whole_slide_microscopy_image:WholeSlideMicroscopyImageModule": frozenset(
        {
            0x00080008,
            0x0008002A,
            0x00089206,
            0x00181210,
            0x00181400,
            0x00189073,
            0x00280002,
            0x00280004,
            0x00280006,
            0x00280008,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00280301,
            0x00281052,
            0x00281053,
            0x00282110,
            0x00282112,
            0x00282114,
            0x00480001,
            0x00480002,
            0x00480003,
            0x00480010,
            0x00480011,
            0x00480012,
            0x00480013,
            0x00480014,
            0x00480015,
            0x20500020,
        }
    ),
    "dicomodel.modules.whole_slide_microscopy_series:WholeSlideMicroscopySeriesModule": frozenset(
        {0x00080060, 0x00081111}
    ),
    "dicomodel.modules.wide_field_ophthalmic_photography_3d_coordinates:WideFieldOphthalmicPhotography3DCoordinatesModule": frozenset(
        {
            0x00082218,
            0x00082228,
            0x00221019,
            0x00221512,
            0x00221513,
            0x00221515,
            0x00221517,
            0x00221518,
        }
    ),
    "dicomodel.modules.wide_field_ophthalmic_photography_quality_rating:WideFieldOphthalmicPhotographyQualityRatingModule": frozenset(
        {0x00221525}
    ),
    "dicomodel.modules.wide_field_ophthalmic_photography_stereographic_projection:WideFieldOphthalmicPhotographyStereographicProjectionModule": frozenset(
        {
            0x00082218,
            0x00082228,
            0x00221019,
            0x00221513,
            0x00221515,
            0x00221517,
            0x00221528,
            0x00221529,
        }
    ),
    "dicomodel.modules.x_ray_3d_angiographic_acquisition:XRay3DAngiographicAcquisitionModule": frozenset(
        {0x00189507}
    ),
    "dicomodel.modules.x_ray_3d_angiographic_image_contributing_sources:XRay3DAngiographicImageContributingSourcesModule": frozenset(
        {0x00189506}
    ),
    "dicomodel.modules.x_ray_3d_craniofacial_acquisition:XRay3DCraniofacialAcquisitionModule": frozenset(
        {0x00189507}
    ),
    "dicomodel.modules.x_ray_3d_craniofacial_image_contributing_sources:XRay3DCraniofacialImageContributingSourcesModule": frozenset(
        {0x00189506}
    ),
    "dicomodel.modules.x_ray_3d_image:XRay3DImageModule": frozenset(
        {
            0x00080008,
            0x00083011,
            0x00089092,
            0x00089205,
            0x00089206,
            0x00089207,
            0x00189004,
            0x0018990C,
            0x0018990D,
            0x00204000,
            0x00280002,
            0x00280004,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280300,
            0x00280301,
            0x00280302,
            0x00282110,
            0x00282112,
            0x00282114,
            0x00880200,
            0x20500020,
        }
    ),
    "dicomodel.modules.x_ray_3d_reconstruction:XRay3DReconstructionModule": frozenset({0x00189530}),
    "dicomodel.modules.x_ray_acquisition:XRayAcquisitionModule": frozenset(
        {
            0x00180060,
            0x00181147,
            0x00181149,
            0x00181150,
            0x00181151,
            0x00181152,
            0x00181153,
            0x00181154,
            0x00181155,
            0x0018115A,
            0x0018115E,
            0x00181161,
            0x00181162,
            0x00181164,
            0x00181166,
            0x00181190,
            0x00188150,
            0x00188151,
            0x00280030,
            0x00280A02,
            0x00280A04,
        }
    ),
    "dicomodel.modules.x_ray_acquisition_dose:XRayAcquisitionDoseModule": frozenset(
        {
            0x00180060,
            0x00181110,
            0x00181111,
            0x00181150,
            0x00181151,
            0x00181152,
            0x00181153,
            0x00181156,
            0x0018115E,
            0x00181160,
            0x00181191,
            0x001811A0,
            0x00181405,
            0x00181411,
            0x00181412,
            0x00181413,
            0x00187050,
            0x00187052,
            0x00187054,
            0x00187056,
            0x00187058,
            0x00188150,
            0x00188151,
            0x00400302,
            0x00400303,
            0x00400306,
            0x00400310,
            0x00400312,
            0x00400314,
            0x00400316,
            0x00400318,
            0x00408302,
            0x00408303,
        }
    ),
    "dicomodel.modules.x_ray_collimator:XRayCollimatorModule": frozenset(
        {
            0x00181700,
            0x00181702,
            0x00181704,
            0x00181706,
            0x00181708,
            0x00181710,
            0x00181712,
            0x00181720,
        }
    ),
    "dicomodel.modules.x_ray_detector:XRayDetectorModule": frozenset(
        {
            0x00181411,
            0x00181412,
            0x00181413,
            0x00186000,
            0x00187000,
            0x00187001,
            0x00187004,
            0x00187005,
            0x00187006,
            0x00187008,
            0x0018700A,
            0x0018700C,
            0x0018700E,
            0x00187010,
            0x00187011,
            0x00187012,
            0x0018701A,
            0x00187020,
            0x00187022,
            0x00187024,
            0x00187026,
            0x00187028,
            0x0018702A,
            0x0018702B,
            0x00189429,
            0x00189430,
        }
    ),
    "dicomodel.modules.x_ray_filtration:XRayFiltrationModule": frozenset(
        {0x00181160, 0x00187050, 0x00187052, 0x00187054, 0x00187056, 0x00187058}
    ),
    "dicomodel.modules.x_ray_generation:XRayGenerationModule": frozenset(
        {
            0x00180060,
            0x00181005,
            0x00181150,
            0x00181151,
            0x00181152,
            0x00181153,
            0x00181156,
            0x00181190,
            0x00181191,
            0x00187060,
            0x00187062,
            0x00187064,
            0x00187065,
            0x00188150,
            0x00188151,
        }
    ),
    "dicomodel.modules.x_ray_grid:XRayGridModule": frozenset(
        {
            0x00181006,
            0x00181166,
            0x00187040,
            0x00187041,
            0x00187042,
            0x00187044,
            0x00187046,
            0x00187048,
            0x0018704C,
        }
    ),
    "dicomodel.modules.x_ray_image:XRayImageModule": frozenset(
        {
            0x00080008,
            0x00081140,
            0x00082111,
            0x00082218,
            0x00082228,
            0x00180022,
            0x00181400,
            0x00182002,
            0x0018990C,
            0x0018990D,
            0x00280002,
            0x00280004,
            0x00280009,
            0x0028000A,
            0x00280100,
            0x00280101,
            0x00280102,
            0x00280103,
            0x00281040,
            0x00282110,
            0x00286040,
            0x00500004,
        }
    ),
    "dicomodel.modules.x_ray_image_intensifier:XRayImageIntensifierModule": frozenset(
        {0x00181162, 0x00189427, 0x00189428}
    ),
    "dicomodel.modules.x_ray_table:XRayTableModule": frozenset(
        {0x00181134, 0x00181135, 0x00181136, 0x00181137, 0x00181138}
    ),
    "dicomodel.modules.x_ray_tomography_acquisition:XRayTomographyAcquisitionModule": frozenset(
        {0x00181460, 0x00181470, 0x00181480, 0x00181490, 0x00181491, 0x00181495}
    ),
    "dicomodel.modules.xa_positioner:XAPositionerModule": frozenset(
        {
            0x00181110,
            0x00181111,
            0x00181114,
            0x00181500,
            0x00181510,
            0x00181511,
            0x00181520,
            0x00181521,
            0x00181530,
            0x00181531,
        }
    ),
    "dicomodel.modules.xa_protocol_series:XAProtocolSeriesModule": frozenset({0x00080060}),
    "dicomodel.modules.xa_xrf_acquisition:XAXRFAcquisitionModule": frozenset(
        {
            0x00180060,
            0x00181154,
            0x00181155,
            0x00181156,
            0x0018115A,
            0x00181190,
            0x00181191,
            0x00181508,
            0x00189073,
            0x00189328,
            0x00189330,
            0x00189332,
            0x00189420,
            0x00189426,
            0x00189473,
            0x00189474,
        }
    ),
    "dicomodel.modules.xa_xrf_multi_frame_presentation:XAXRFMultiFramePresentationModule": frozenset(
        {0x00089458, 0x00181244}
    ),
    "dicomodel.modules.xa_xrf_presentation_state_mask:XAXRFPresentationStateMaskModule": frozenset(
        {0x00286100}
    ),
    "dicomodel.modules.xa_xrf_presentation_state_presentation:XAXRFPresentationStatePresentationModule": frozenset(
        {0x00289505}
    ),
    "dicomodel.modules.xa_xrf_presentation_state_shutter:XAXRFPresentationStateShutterModule": frozenset(
        {0x00189472}
    ),
    "dicomodel.modules.xa_xrf_series:XAXRFSeriesModule": frozenset(
        {0x00080060, 0x00081111, 0x00200011}
    ),
    "dicomodel.modules.xrf_positioner:XRFPositionerModule": frozenset(
        {0x00181110, 0x00181111, 0x00181114, 0x00181450}
    ),
}
