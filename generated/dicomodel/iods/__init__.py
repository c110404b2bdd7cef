"""IOD models, one module per IOD; loaded on first use.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE: dict[str, str] = {
    "AcquisitionContextSR": "dicomodel.iods.acquisition_context_sr",
    "AdvancedBlendingPresentationState": "dicomodel.iods.advanced_blending_presentation_state",
    "AmbulatoryECG": "dicomodel.iods.ambulatory_ecg",
    "ArterialPulseWaveform": "dicomodel.iods.arterial_pulse_waveform",
    "AutorefractionMeasurements": "dicomodel.iods.autorefraction_measurements",
    "BasicAnnotationBox": "dicomodel.iods.basic_annotation_box",
    "BasicCardiacElectrophysiologyWaveform": "dicomodel.iods.basic_cardiac_electrophysiology_waveform",
    "BasicDirectory": "dicomodel.iods.basic_directory",
    "BasicFilmBox": "dicomodel.iods.basic_film_box",
    "BasicFilmSession": "dicomodel.iods.basic_film_session",
    "BasicImageBox": "dicomodel.iods.basic_image_box",
    "BasicStructuredDisplay": "dicomodel.iods.basic_structured_display",
    "BasicTextSR": "dicomodel.iods.basic_text_sr",
    "BasicVoiceAudioWaveform": "dicomodel.iods.basic_voice_audio_waveform",
    "BlendingSoftcopyPresentationState": "dicomodel.iods.blending_softcopy_presentation_state",
    "BodyPositionWaveform": "dicomodel.iods.body_position_waveform",
    "BreastProjectionXRayImage": "dicomodel.iods.breast_projection_x_ray_image",
    "BreastProjectionXRayImageFunctionalGroupsItem": "dicomodel.iods.breast_projection_x_ray_image",
    "BreastTomosynthesisImage": "dicomodel.iods.breast_tomosynthesis_image",
    "BreastTomosynthesisImageFunctionalGroupsItem": "dicomodel.iods.breast_tomosynthesis_image",
    "CArmPhotonElectronRadiation": "dicomodel.iods.c_arm_photon_electron_radiation",
    "CArmPhotonElectronRadiationRecord": "dicomodel.iods.c_arm_photon_electron_radiation_record",
    "CTDefinedProcedureProtocol": "dicomodel.iods.ct_defined_procedure_protocol",
    "CTImage": "dicomodel.iods.ct_image",
    "CTPerformedProcedureProtocol": "dicomodel.iods.ct_performed_procedure_protocol",
    "ChestCADSR": "dicomodel.iods.chest_cad_sr",
    "ColonCADSR": "dicomodel.iods.colon_cad_sr",
    "ColorPalette": "dicomodel.iods.color_palette",
    "ColorSoftcopyPresentationState": "dicomodel.iods.color_softcopy_presentation_state",
    "Comprehensive3DSR": "dicomodel.iods.comprehensive_3d_sr",
    "ComprehensiveSR": "dicomodel.iods.comprehensive_sr",
    "ComputedRadiographyImage": "dicomodel.iods.computed_radiography_image",
    "ConfocalMicroscopyImage": "dicomodel.iods.confocal_microscopy_image",
    "ConfocalMicroscopyImageFunctionalGroupsItem": "dicomodel.iods.confocal_microscopy_image",
    "ConfocalMicroscopyTiledPyramidalImage": "dicomodel.iods.confocal_microscopy_tiled_pyramidal_image",
    "ConfocalMicroscopyTiledPyramidalImageFunctionalGroupsItem": "dicomodel.iods.confocal_microscopy_tiled_pyramidal_image",
    "ContentAssessmentResults": "dicomodel.iods.content_assessment_results",
    "CornealTopographyMap": "dicomodel.iods.corneal_topography_map",
    "DeformableSpatialRegistration": "dicomodel.iods.deformable_spatial_registration",
    "DermoscopicPhotographyImage": "dicomodel.iods.dermoscopic_photography_image",
    "DigitalIntraOralXRayImage": "dicomodel.iods.digital_intra_oral_x_ray_image",
    "DigitalMammographyXRayImage": "dicomodel.iods.digital_mammography_x_ray_image",
    "DigitalXRayImage": "dicomodel.iods.digital_x_ray_image",
    "DisplaySystem": "dicomodel.iods.display_system",
    "Electromyogram": "dicomodel.iods.electromyogram",
    "Electrooculogram": "dicomodel.iods.electrooculogram",
    "EncapsulatedCDA": "dicomodel.iods.encapsulated_cda",
    "EncapsulatedMTL": "dicomodel.iods.encapsulated_mtl",
    "EncapsulatedOBJ": "dicomodel.iods.encapsulated_obj",
    "EncapsulatedPDF": "dicomodel.iods.encapsulated_pdf",
    "EncapsulatedSTL": "dicomodel.iods.encapsulated_stl",
    "EnhancedCTImage": "dicomodel.iods.enhanced_ct_image",
    "EnhancedCTImageFunctionalGroupsItem": "dicomodel.iods.enhanced_ct_image",
    "EnhancedContinuousRTImage": "dicomodel.iods.enhanced_continuous_rt_image",
    "EnhancedContinuousRTImageFunctionalGroupsItem": "dicomodel.iods.enhanced_continuous_rt_image",
    "EnhancedMRColorImage": "dicomodel.iods.enhanced_mr_color_image",
    "EnhancedMRColorImageFunctionalGroupsItem": "dicomodel.iods.enhanced_mr_color_image",
    "EnhancedMRImage": "dicomodel.iods.enhanced_mr_image",
    "EnhancedMRImageFunctionalGroupsItem": "dicomodel.iods.enhanced_mr_image",
    "EnhancedPETImage": "dicomodel.iods.enhanced_pet_image",
    "EnhancedPETImageFunctionalGroupsItem": "dicomodel.iods.enhanced_pet_image",
    "EnhancedRTImage": "dicomodel.iods.enhanced_rt_image",
    "EnhancedRTImageFunctionalGroupsItem": "dicomodel.iods.enhanced_rt_image",
    "EnhancedSR": "dicomodel.iods.enhanced_sr",
    "EnhancedUSVolume": "dicomodel.iods.enhanced_us_volume",
    "EnhancedUSVolumeFunctionalGroupsItem": "dicomodel.iods.enhanced_us_volume",
    "EnhancedXAImage": "dicomodel.iods.enhanced_xa_image",
    "EnhancedXAImageFunctionalGroupsItem": "dicomodel.iods.enhanced_xa_image",
    "EnhancedXRFImage": "dicomodel.iods.enhanced_xrf_image",
    "EnhancedXRFImageFunctionalGroupsItem": "dicomodel.iods.enhanced_xrf_image",
    "EnhancedXRayRadiationDoseSR": "dicomodel.iods.enhanced_x_ray_radiation_dose_sr",
    "ExtensibleSR": "dicomodel.iods.extensible_sr",
    "General32BitECG": "dicomodel.iods.general_32_bit_ecg",
    "GeneralAudioWaveform": "dicomodel.iods.general_audio_waveform",
    "GeneralECG": "dicomodel.iods.general_ecg",
    "GenericImplantTemplate": "dicomodel.iods.generic_implant_template",
    "GrayscaleSoftcopyPresentationState": "dicomodel.iods.grayscale_softcopy_presentation_state",
    "HangingProtocol": "dicomodel.iods.hanging_protocol",
    "HemodynamicWaveform": "dicomodel.iods.hemodynamic_waveform",
    "ImplantAssemblyTemplate": "dicomodel.iods.implant_assembly_template",
    "ImplantTemplateGroup": "dicomodel.iods.implant_template_group",
    "ImplantationPlanSRDocument": "dicomodel.iods.implantation_plan_sr_document",
    "InstanceAvailabilityNotification": "dicomodel.iods.instance_availability_notification",
    "IntraocularLensCalculations": "dicomodel.iods.intraocular_lens_calculations",
    "IntravascularOpticalCoherenceTomographyImage": "dicomodel.iods.intravascular_optical_coherence_tomography_image",
    "IntravascularOpticalCoherenceTomographyImageFunctionalGroupsItem": "dicomodel.iods.intravascular_optical_coherence_tomography_image",
    "Inventory": "dicomodel.iods.inventory",
    "InventoryCreation": "dicomodel.iods.inventory_creation",
    "KeratometryMeasurements": "dicomodel.iods.keratometry_measurements",
    "KeyObjectSelectionDocument": "dicomodel.iods.key_object_selection_document",
    "LegacyConvertedEnhancedCTImage": "dicomodel.iods.legacy_converted_enhanced_ct_image",
    "LegacyConvertedEnhancedCTImageFunctionalGroupsItem": "dicomodel.iods.legacy_converted_enhanced_ct_image",
    "LegacyConvertedEnhancedMRImage": "dicomodel.iods.legacy_converted_enhanced_mr_image",
    "LegacyConvertedEnhancedMRImageFunctionalGroupsItem": "dicomodel.iods.legacy_converted_enhanced_mr_image",
    "LegacyConvertedEnhancedPETImage": "dicomodel.iods.legacy_converted_enhanced_pet_image",
    "LegacyConvertedEnhancedPETImageFunctionalGroupsItem": "dicomodel.iods.legacy_converted_enhanced_pet_image",
    "LensometryMeasurements": "dicomodel.iods.lensometry_measurements",
    "MRImage": "dicomodel.iods.mr_image",
    "MRSpectroscopy": "dicomodel.iods.mr_spectroscopy",
    "MRSpectroscopyFunctionalGroupsItem": "dicomodel.iods.mr_spectroscopy",
    "MacularGridThicknessAndVolumeReport": "dicomodel.iods.macular_grid_thickness_and_volume_report",
    "MammographyCADSR": "dicomodel.iods.mammography_cad_sr",
    "MediaCreationManagement": "dicomodel.iods.media_creation_management",
    "MicroscopyBulkSimpleAnnotations": "dicomodel.iods.microscopy_bulk_simple_annotations",
    "ModalityPerformedProcedureStep": "dicomodel.iods.modality_performed_procedure_step",
    "MultiChannelRespiratoryWaveform": "dicomodel.iods.multi_channel_respiratory_waveform",
    "MultiFrameGrayscaleByteSecondaryCaptureImage": "dicomodel.iods.multi_frame_grayscale_byte_secondary_capture_image",
    "MultiFrameGrayscaleByteSecondaryCaptureImageFunctionalGroupsItem": "dicomodel.iods.multi_frame_grayscale_byte_secondary_capture_image",
    "MultiFrameGrayscaleWordSecondaryCaptureImage": "dicomodel.iods.multi_frame_grayscale_word_secondary_capture_image",
    "MultiFrameGrayscaleWordSecondaryCaptureImageFunctionalGroupsItem": "dicomodel.iods.multi_frame_grayscale_word_secondary_capture_image",
    "MultiFrameSingleBitSecondaryCaptureImage": "dicomodel.iods.multi_frame_single_bit_secondary_capture_image",
    "MultiFrameTrueColorSecondaryCaptureImage": "dicomodel.iods.multi_frame_true_color_secondary_capture_image",
    "MultiFrameTrueColorSecondaryCaptureImageFunctionalGroupsItem": "dicomodel.iods.multi_frame_true_color_secondary_capture_image",
    "NuclearMedicineImage": "dicomodel.iods.nuclear_medicine_image",
    "OphthalmicAxialMeasurements": "dicomodel.iods.ophthalmic_axial_measurements",
    "OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysis": "dicomodel.iods.ophthalmic_optical_coherence_tomography_b_scan_volume_analysis",
    "OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisFunctionalGroupsItem": "dicomodel.iods.ophthalmic_optical_coherence_tomography_b_scan_volume_analysis",
    "OphthalmicOpticalCoherenceTomographyEnFaceImage": "dicomodel.iods.ophthalmic_optical_coherence_tomography_en_face_image",
    "OphthalmicPhotography16BitImage": "dicomodel.iods.ophthalmic_photography_16_bit_image",
    "OphthalmicPhotography8BitImage": "dicomodel.iods.ophthalmic_photography_8_bit_image",
    "OphthalmicThicknessMap": "dicomodel.iods.ophthalmic_thickness_map",
    "OphthalmicTomographyImage": "dicomodel.iods.ophthalmic_tomography_image",
    "OphthalmicTomographyImageFunctionalGroupsItem": "dicomodel.iods.ophthalmic_tomography_image",
    "OphthalmicVisualFieldStaticPerimetryMeasurements": "dicomodel.iods.ophthalmic_visual_field_static_perimetry_measurements",
    "ParametricMap": "dicomodel.iods.parametric_map",
    "ParametricMapFunctionalGroupsItem": "dicomodel.iods.parametric_map",
    "PatientRadiationDoseSR": "dicomodel.iods.patient_radiation_dose_sr",
    "PerformedImagingAgentAdministrationSR": "dicomodel.iods.performed_imaging_agent_administration_sr",
    "PhotoacousticImage": "dicomodel.iods.photoacoustic_image",
    "PhotoacousticImageFunctionalGroupsItem": "dicomodel.iods.photoacoustic_image",
    "PlanarMPRVolumetricPresentationState": "dicomodel.iods.planar_mpr_volumetric_presentation_state",
    "PlannedImagingAgentAdministrationSR": "dicomodel.iods.planned_imaging_agent_administration_sr",
    "PositronEmissionTomographyImage": "dicomodel.iods.positron_emission_tomography_image",
    "PresentationLUT": "dicomodel.iods.presentation_lut",
    "PrintJob": "dicomodel.iods.print_job",
    "Printer": "dicomodel.iods.printer",
    "PrinterConfiguration": "dicomodel.iods.printer_configuration",
    "ProcedureLog": "dicomodel.iods.procedure_log",
    "ProtocolApproval": "dicomodel.iods.protocol_approval",
    "PseudoColorSoftcopyPresentationState": "dicomodel.iods.pseudo_color_softcopy_presentation_state",
    "RTBeamsDeliveryInstruction": "dicomodel.iods.rt_beams_delivery_instruction",
    "RTBeamsTreatmentRecord": "dicomodel.iods.rt_beams_treatment_record",
    "RTBrachyApplicationSetupDeliveryInstruction": "dicomodel.iods.rt_brachy_application_setup_delivery_instruction",
    "RTBrachyTreatmentRecord": "dicomodel.iods.rt_brachy_treatment_record",
    "RTConventionalMachineVerification": "dicomodel.iods.rt_conventional_machine_verification",
    "RTDose": "dicomodel.iods.rt_dose",
    "RTImage": "dicomodel.iods.rt_image",
    "RTIonBeamsTreatmentRecord": "dicomodel.iods.rt_ion_beams_treatment_record",
    "RTIonMachineVerification": "dicomodel.iods.rt_ion_machine_verification",
    "RTIonPlan": "dicomodel.iods.rt_ion_plan",
    "RTPatientPositionAcquisitionInstruction": "dicomodel.iods.rt_patient_position_acquisition_instruction",
    "RTPhysicianIntent": "dicomodel.iods.rt_physician_intent",
    "RTPlan": "dicomodel.iods.rt_plan",
    "RTRadiationRecordSet": "dicomodel.iods.rt_radiation_record_set",
    "RTRadiationSalvageRecord": "dicomodel.iods.rt_radiation_salvage_record",
    "RTRadiationSet": "dicomodel.iods.rt_radiation_set",
    "RTRadiationSetDeliveryInstruction": "dicomodel.iods.rt_radiation_set_delivery_instruction",
    "RTSegmentAnnotation": "dicomodel.iods.rt_segment_annotation",
    "RTStructureSet": "dicomodel.iods.rt_structure_set",
    "RTTreatmentPreparation": "dicomodel.iods.rt_treatment_preparation",
    "RTTreatmentSummaryRecord": "dicomodel.iods.rt_treatment_summary_record",
    "RadiopharmaceuticalRadiationDoseSR": "dicomodel.iods.radiopharmaceutical_radiation_dose_sr",
    "RawData": "dicomodel.iods.raw_data",
    "RealTimeAudioWaveform": "dicomodel.iods.real_time_audio_waveform",
    "RealTimeAudioWaveformFunctionalGroupsItem": "dicomodel.iods.real_time_audio_waveform",
    "RealTimeVideoEndoscopicImage": "dicomodel.iods.real_time_video_endoscopic_image",
    "RealTimeVideoEndoscopicImageFunctionalGroupsItem": "dicomodel.iods.real_time_video_endoscopic_image",
    "RealTimeVideoPhotographicImage": "dicomodel.iods.real_time_video_photographic_image",
    "RealTimeVideoPhotographicImageFunctionalGroupsItem": "dicomodel.iods.real_time_video_photographic_image",
    "RealWorldValueMapping": "dicomodel.iods.real_world_value_mapping",
    "RenditionSelectionDocument": "dicomodel.iods.rendition_selection_document",
    "RespiratoryWaveform": "dicomodel.iods.respiratory_waveform",
    "RoboticArmRadiation": "dicomodel.iods.robotic_arm_radiation",
    "RoboticArmRadiationRecord": "dicomodel.iods.robotic_arm_radiation_record",
    "RoutineScalpElectroencephalogram": "dicomodel.iods.routine_scalp_electroencephalogram",
    "SecondaryCaptureImage": "dicomodel.iods.secondary_capture_image",
    "Segmentation": "dicomodel.iods.segmentation",
    "SegmentationFunctionalGroupsItem": "dicomodel.iods.segmentation",
    "SimplifiedAdultEchoSR": "dicomodel.iods.simplified_adult_echo_sr",
    "SleepElectroencephalogram": "dicomodel.iods.sleep_electroencephalogram",
    "SpatialFiducials": "dicomodel.iods.spatial_fiducials",
    "SpatialRegistration": "dicomodel.iods.spatial_registration",
    "SpectaclePrescriptionReport": "dicomodel.iods.spectacle_prescription_report",
    "StereometricRelationship": "dicomodel.iods.stereometric_relationship",
    "StorageCommitment": "dicomodel.iods.storage_commitment",
    "SubjectiveRefractionMeasurements": "dicomodel.iods.subjective_refraction_measurements",
    "SurfaceScanMesh": "dicomodel.iods.surface_scan_mesh",
    "SurfaceScanPointCloud": "dicomodel.iods.surface_scan_point_cloud",
    "SurfaceSegmentation": "dicomodel.iods.surface_segmentation",
    "TomotherapeuticRadiation": "dicomodel.iods.tomotherapeutic_radiation",
    "TomotherapeuticRadiationRecord": "dicomodel.iods.tomotherapeutic_radiation_record",
    "TractographyResults": "dicomodel.iods.tractography_results",
    "TwelveLeadECG": "dicomodel.iods.m_12_lead_ecg",
    "UltrasoundImage": "dicomodel.iods.ultrasound_image",
    "UltrasoundMultiFrameImage": "dicomodel.iods.ultrasound_multi_frame_image",
    "UnifiedProcedureStep": "dicomodel.iods.unified_procedure_step",
    "VLEndoscopicImage": "dicomodel.iods.vl_endoscopic_image",
    "VLMicroscopicImage": "dicomodel.iods.vl_microscopic_image",
    "VLPhotographicImage": "dicomodel.iods.vl_photographic_image",
    "VLSlideCoordinatesMicroscopicImage": "dicomodel.iods.vl_slide_coordinates_microscopic_image",
    "VLWholeSlideMicroscopyImage": "dicomodel.iods.vl_whole_slide_microscopy_image",
    "VLWholeSlideMicroscopyImageFunctionalGroupsItem": "dicomodel.iods.vl_whole_slide_microscopy_image",
    "VariableModalityLUTSoftcopyPresentationState": "dicomodel.iods.variable_modality_lut_softcopy_presentation_state",
    "VideoEndoscopicImage": "dicomodel.iods.video_endoscopic_image",
    "VideoMicroscopicImage": "dicomodel.iods.video_microscopic_image",
    "VideoPhotographicImage": "dicomodel.iods.video_photographic_image",
    "VisualAcuityMeasurements": "dicomodel.iods.visual_acuity_measurements",
    "VolumeRenderingVolumetricPresentationState": "dicomodel.iods.volume_rendering_volumetric_presentation_state",
    "WaveformAnnotationSR": "dicomodel.iods.waveform_annotation_sr",
    "WideFieldOphthalmicPhotography3DCoordinatesImage": "dicomodel.iods.wide_field_ophthalmic_photography_3d_coordinates_image",
    "WideFieldOphthalmicPhotographyStereographicProjectionImage": "dicomodel.iods.wide_field_ophthalmic_photography_stereographic_projection_image",
    "XADefinedProcedureProtocol": "dicomodel.iods.xa_defined_procedure_protocol",
    "XAPerformedProcedureProtocol": "dicomodel.iods.xa_performed_procedure_protocol",
    "XAXRFGrayscaleSoftcopyPresentationState": "dicomodel.iods.xa_xrf_grayscale_softcopy_presentation_state",
    "XRay3DAngiographicImage": "dicomodel.iods.x_ray_3d_angiographic_image",
    "XRay3DAngiographicImageFunctionalGroupsItem": "dicomodel.iods.x_ray_3d_angiographic_image",
    "XRay3DCraniofacialImage": "dicomodel.iods.x_ray_3d_craniofacial_image",
    "XRay3DCraniofacialImageFunctionalGroupsItem": "dicomodel.iods.x_ray_3d_craniofacial_image",
    "XRayAngiographicImage": "dicomodel.iods.x_ray_angiographic_image",
    "XRayRadiationDoseSR": "dicomodel.iods.x_ray_radiation_dose_sr",
    "XRayRadiofluoroscopicImage": "dicomodel.iods.x_ray_radiofluoroscopic_image",
}

if TYPE_CHECKING:
    from dicomodel.iods.acquisition_context_sr import AcquisitionContextSR as AcquisitionContextSR
    from dicomodel.iods.advanced_blending_presentation_state import (
        AdvancedBlendingPresentationState as AdvancedBlendingPresentationState,
    )
    from dicomodel.iods.ambulatory_ecg import AmbulatoryECG as AmbulatoryECG
    from dicomodel.iods.arterial_pulse_waveform import (
        ArterialPulseWaveform as ArterialPulseWaveform,
    )
    from dicomodel.iods.autorefraction_measurements import (
        AutorefractionMeasurements as AutorefractionMeasurements,
    )
    from dicomodel.iods.basic_annotation_box import BasicAnnotationBox as BasicAnnotationBox
    from dicomodel.iods.basic_cardiac_electrophysiology_waveform import (
        BasicCardiacElectrophysiologyWaveform as BasicCardiacElectrophysiologyWaveform,
    )
    from dicomodel.iods.basic_directory import BasicDirectory as BasicDirectory
    from dicomodel.iods.basic_film_box import BasicFilmBox as BasicFilmBox
    from dicomodel.iods.basic_film_session import BasicFilmSession as BasicFilmSession
    from dicomodel.iods.basic_image_box import BasicImageBox as BasicImageBox
    from dicomodel.iods.basic_structured_display import (
        BasicStructuredDisplay as BasicStructuredDisplay,
    )
    from dicomodel.iods.basic_text_sr import BasicTextSR as BasicTextSR
    from dicomodel.iods.basic_voice_audio_waveform import (
        BasicVoiceAudioWaveform as BasicVoiceAudioWaveform,
    )
    from dicomodel.iods.blending_softcopy_presentation_state import (
        BlendingSoftcopyPresentationState as BlendingSoftcopyPresentationState,
    )
    from dicomodel.iods.body_position_waveform import BodyPositionWaveform as BodyPositionWaveform
    from dicomodel.iods.breast_projection_x_ray_image import (
        BreastProjectionXRayImage as BreastProjectionXRayImage,
    )
    from dicomodel.iods.breast_projection_x_ray_image import (
        BreastProjectionXRayImageFunctionalGroupsItem as BreastProjectionXRayImageFunctionalGroupsItem,
    )
    from dicomodel.iods.breast_tomosynthesis_image import (
        BreastTomosynthesisImage as BreastTomosynthesisImage,
    )
    from dicomodel.iods.breast_tomosynthesis_image import (
        BreastTomosynthesisImageFunctionalGroupsItem as BreastTomosynthesisImageFunctionalGroupsItem,
    )
    from dicomodel.iods.c_arm_photon_electron_radiation import (
        CArmPhotonElectronRadiation as CArmPhotonElectronRadiation,
    )
    from dicomodel.iods.c_arm_photon_electron_radiation_record import (
        CArmPhotonElectronRadiationRecord as CArmPhotonElectronRadiationRecord,
    )
    from dicomodel.iods.chest_cad_sr import ChestCADSR as ChestCADSR
    from dicomodel.iods.colon_cad_sr import ColonCADSR as ColonCADSR
    from dicomodel.iods.color_palette import ColorPalette as ColorPalette
    from dicomodel.iods.color_softcopy_presentation_state import (
        ColorSoftcopyPresentationState as ColorSoftcopyPresentationState,
    )
    from dicomodel.iods.comprehensive_3d_sr import Comprehensive3DSR as Comprehensive3DSR
    from dicomodel.iods.comprehensive_sr import ComprehensiveSR as ComprehensiveSR
    from dicomodel.iods.computed_radiography_image import (
        ComputedRadiographyImage as ComputedRadiographyImage,
    )
    from dicomodel.iods.confocal_microscopy_image import (
        ConfocalMicroscopyImage as ConfocalMicroscopyImage,
    )
    from dicomodel.iods.confocal_microscopy_image import (
        ConfocalMicroscopyImageFunctionalGroupsItem as ConfocalMicroscopyImageFunctionalGroupsItem,
    )
    from dicomodel.iods.confocal_microscopy_tiled_pyramidal_image import (
        ConfocalMicroscopyTiledPyramidalImage as ConfocalMicroscopyTiledPyramidalImage,
    )
    from dicomodel.iods.confocal_microscopy_tiled_pyramidal_image import (
        ConfocalMicroscopyTiledPyramidalImageFunctionalGroupsItem as ConfocalMicroscopyTiledPyramidalImageFunctionalGroupsItem,
    )
    from dicomodel.iods.content_assessment_results import (
        ContentAssessmentResults as ContentAssessmentResults,
    )
    from dicomodel.iods.corneal_topography_map import CornealTopographyMap as CornealTopographyMap
    from dicomodel.iods.ct_defined_procedure_protocol import (
        CTDefinedProcedureProtocol as CTDefinedProcedureProtocol,
    )
    from dicomodel.iods.ct_image import CTImage as CTImage
    from dicomodel.iods.ct_performed_procedure_protocol import (
        CTPerformedProcedureProtocol as CTPerformedProcedureProtocol,
    )
    from dicomodel.iods.deformable_spatial_registration import (
        DeformableSpatialRegistration as DeformableSpatialRegistration,
    )
    from dicomodel.iods.dermoscopic_photography_image import (
        DermoscopicPhotographyImage as DermoscopicPhotographyImage,
    )
    from dicomodel.iods.digital_intra_oral_x_ray_image import (
        DigitalIntraOralXRayImage as DigitalIntraOralXRayImage,
    )
    from dicomodel.iods.digital_mammography_x_ray_image import (
        DigitalMammographyXRayImage as DigitalMammographyXRayImage,
    )
    from dicomodel.iods.digital_x_ray_image import DigitalXRayImage as DigitalXRayImage
    from dicomodel.iods.display_system import DisplaySystem as DisplaySystem
    from dicomodel.iods.electromyogram import Electromyogram as Electromyogram
    from dicomodel.iods.electrooculogram import Electrooculogram as Electrooculogram
    from dicomodel.iods.encapsulated_cda import EncapsulatedCDA as EncapsulatedCDA
    from dicomodel.iods.encapsulated_mtl import EncapsulatedMTL as EncapsulatedMTL
    from dicomodel.iods.encapsulated_obj import EncapsulatedOBJ as EncapsulatedOBJ
    from dicomodel.iods.encapsulated_pdf import EncapsulatedPDF as EncapsulatedPDF
    from dicomodel.iods.encapsulated_stl import EncapsulatedSTL as EncapsulatedSTL
    from dicomodel.iods.enhanced_continuous_rt_image import (
        EnhancedContinuousRTImage as EnhancedContinuousRTImage,
    )
    from dicomodel.iods.enhanced_continuous_rt_image import (
        EnhancedContinuousRTImageFunctionalGroupsItem as EnhancedContinuousRTImageFunctionalGroupsItem,
    )
    from dicomodel.iods.enhanced_ct_image import EnhancedCTImage as EnhancedCTImage
    from dicomodel.iods.enhanced_ct_image import (
        EnhancedCTImageFunctionalGroupsItem as EnhancedCTImageFunctionalGroupsItem,
    )
    from dicomodel.iods.enhanced_mr_color_image import EnhancedMRColorImage as EnhancedMRColorImage
    from dicomodel.iods.enhanced_mr_color_image import (
        EnhancedMRColorImageFunctionalGroupsItem as EnhancedMRColorImageFunctionalGroupsItem,
    )
    from dicomodel.iods.enhanced_mr_image import EnhancedMRImage as EnhancedMRImage
    from dicomodel.iods.enhanced_mr_image import (
        EnhancedMRImageFunctionalGroupsItem as EnhancedMRImageFunctionalGroupsItem,
    )
    from dicomodel.iods.enhanced_pet_image import EnhancedPETImage as EnhancedPETImage
    from dicomodel.iods.enhanced_pet_image import (
        EnhancedPETImageFunctionalGroupsItem as EnhancedPETImageFunctionalGroupsItem,
    )
    from dicomodel.iods.enhanced_rt_image import EnhancedRTImage as EnhancedRTImage
    from dicomodel.iods.enhanced_rt_image import (
        EnhancedRTImageFunctionalGroupsItem as EnhancedRTImageFunctionalGroupsItem,
    )
    from dicomodel.iods.enhanced_sr import EnhancedSR as EnhancedSR
    from dicomodel.iods.enhanced_us_volume import EnhancedUSVolume as EnhancedUSVolume
    from dicomodel.iods.enhanced_us_volume import (
        EnhancedUSVolumeFunctionalGroupsItem as EnhancedUSVolumeFunctionalGroupsItem,
    )
    from dicomodel.iods.enhanced_x_ray_radiation_dose_sr import (
        EnhancedXRayRadiationDoseSR as EnhancedXRayRadiationDoseSR,
    )
    from dicomodel.iods.enhanced_xa_image import EnhancedXAImage as EnhancedXAImage
    from dicomodel.iods.enhanced_xa_image import (
        EnhancedXAImageFunctionalGroupsItem as EnhancedXAImageFunctionalGroupsItem,
    )
    from dicomodel.iods.enhanced_xrf_image import EnhancedXRFImage as EnhancedXRFImage
    from dicomodel.iods.enhanced_xrf_image import (
        EnhancedXRFImageFunctionalGroupsItem as EnhancedXRFImageFunctionalGroupsItem,
    )
    from dicomodel.iods.extensible_sr import ExtensibleSR as ExtensibleSR
    from dicomodel.iods.general_32_bit_ecg import General32BitECG as General32BitECG
    from dicomodel.iods.general_audio_waveform import GeneralAudioWaveform as GeneralAudioWaveform
    from dicomodel.iods.general_ecg import GeneralECG as GeneralECG
    from dicomodel.iods.generic_implant_template import (
        GenericImplantTemplate as GenericImplantTemplate,
    )
    from dicomodel.iods.grayscale_softcopy_presentation_state import (
        GrayscaleSoftcopyPresentationState as GrayscaleSoftcopyPresentationState,
    )
    from dicomodel.iods.hanging_protocol import HangingProtocol as HangingProtocol
    from dicomodel.iods.hemodynamic_waveform import HemodynamicWaveform as HemodynamicWaveform
    from dicomodel.iods.implant_assembly_template import (
        ImplantAssemblyTemplate as ImplantAssemblyTemplate,
    )
    from dicomodel.iods.implant_template_group import ImplantTemplateGroup as ImplantTemplateGroup
    from dicomodel.iods.implantation_plan_sr_document import (
        ImplantationPlanSRDocument as ImplantationPlanSRDocument,
    )
    from dicomodel.iods.instance_availability_notification import (
        InstanceAvailabilityNotification as InstanceAvailabilityNotification,
    )
    from dicomodel.iods.intraocular_lens_calculations import (
        IntraocularLensCalculations as IntraocularLensCalculations,
    )
    from dicomodel.iods.intravascular_optical_coherence_tomography_image import (
        IntravascularOpticalCoherenceTomographyImage as IntravascularOpticalCoherenceTomographyImage,
    )
    from dicomodel.iods.intravascular_optical_coherence_tomography_image import (
        IntravascularOpticalCoherenceTomographyImageFunctionalGroupsItem as IntravascularOpticalCoherenceTomographyImageFunctionalGroupsItem,
    )
    from dicomodel.iods.inventory import Inventory as Inventory
    from dicomodel.iods.inventory_creation import InventoryCreation as InventoryCreation
    from dicomodel.iods.keratometry_measurements import (
        KeratometryMeasurements as KeratometryMeasurements,
    )
    from dicomodel.iods.key_object_selection_document import (
        KeyObjectSelectionDocument as KeyObjectSelectionDocument,
    )
    from dicomodel.iods.legacy_converted_enhanced_ct_image import (
        LegacyConvertedEnhancedCTImage as LegacyConvertedEnhancedCTImage,
    )
    from dicomodel.iods.legacy_converted_enhanced_ct_image import (
        LegacyConvertedEnhancedCTImageFunctionalGroupsItem as LegacyConvertedEnhancedCTImageFunctionalGroupsItem,
    )
    from dicomodel.iods.legacy_converted_enhanced_mr_image import (
        LegacyConvertedEnhancedMRImage as LegacyConvertedEnhancedMRImage,
    )
    from dicomodel.iods.legacy_converted_enhanced_mr_image import (
        LegacyConvertedEnhancedMRImageFunctionalGroupsItem as LegacyConvertedEnhancedMRImageFunctionalGroupsItem,
    )
    from dicomodel.iods.legacy_converted_enhanced_pet_image import (
        LegacyConvertedEnhancedPETImage as LegacyConvertedEnhancedPETImage,
    )
    from dicomodel.iods.legacy_converted_enhanced_pet_image import (
        LegacyConvertedEnhancedPETImageFunctionalGroupsItem as LegacyConvertedEnhancedPETImageFunctionalGroupsItem,
    )
    from dicomodel.iods.lensometry_measurements import (
        LensometryMeasurements as LensometryMeasurements,
    )
    from dicomodel.iods.m_12_lead_ecg import TwelveLeadECG as TwelveLeadECG
    from dicomodel.iods.macular_grid_thickness_and_volume_report import (
        MacularGridThicknessAndVolumeReport as MacularGridThicknessAndVolumeReport,
    )
    from dicomodel.iods.mammography_cad_sr import MammographyCADSR as MammographyCADSR
    from dicomodel.iods.media_creation_management import (
        MediaCreationManagement as MediaCreationManagement,
    )
    from dicomodel.iods.microscopy_bulk_simple_annotations import (
        MicroscopyBulkSimpleAnnotations as MicroscopyBulkSimpleAnnotations,
    )
    from dicomodel.iods.modality_performed_procedure_step import (
        ModalityPerformedProcedureStep as ModalityPerformedProcedureStep,
    )
    from dicomodel.iods.mr_image import MRImage as MRImage
    from dicomodel.iods.mr_spectroscopy import MRSpectroscopy as MRSpectroscopy
    from dicomodel.iods.mr_spectroscopy import (
        MRSpectroscopyFunctionalGroupsItem as MRSpectroscopyFunctionalGroupsItem,
    )
    from dicomodel.iods.multi_channel_respiratory_waveform import (
        MultiChannelRespiratoryWaveform as MultiChannelRespiratoryWaveform,
    )
    from dicomodel.iods.multi_frame_grayscale_byte_secondary_capture_image import (
        MultiFrameGrayscaleByteSecondaryCaptureImage as MultiFrameGrayscaleByteSecondaryCaptureImage,
    )
    from dicomodel.iods.multi_frame_grayscale_byte_secondary_capture_image import (
        MultiFrameGrayscaleByteSecondaryCaptureImageFunctionalGroupsItem as MultiFrameGrayscaleByteSecondaryCaptureImageFunctionalGroupsItem,
    )
    from dicomodel.iods.multi_frame_grayscale_word_secondary_capture_image import (
        MultiFrameGrayscaleWordSecondaryCaptureImage as MultiFrameGrayscaleWordSecondaryCaptureImage,
    )
    from dicomodel.iods.multi_frame_grayscale_word_secondary_capture_image import (
        MultiFrameGrayscaleWordSecondaryCaptureImageFunctionalGroupsItem as MultiFrameGrayscaleWordSecondaryCaptureImageFunctionalGroupsItem,
    )
    from dicomodel.iods.multi_frame_single_bit_secondary_capture_image import (
        MultiFrameSingleBitSecondaryCaptureImage as MultiFrameSingleBitSecondaryCaptureImage,
    )
    from dicomodel.iods.multi_frame_true_color_secondary_capture_image import (
        MultiFrameTrueColorSecondaryCaptureImage as MultiFrameTrueColorSecondaryCaptureImage,
    )
    from dicomodel.iods.multi_frame_true_color_secondary_capture_image import (
        MultiFrameTrueColorSecondaryCaptureImageFunctionalGroupsItem as MultiFrameTrueColorSecondaryCaptureImageFunctionalGroupsItem,
    )
    from dicomodel.iods.nuclear_medicine_image import NuclearMedicineImage as NuclearMedicineImage
    from dicomodel.iods.ophthalmic_axial_measurements import (
        OphthalmicAxialMeasurements as OphthalmicAxialMeasurements,
    )
    from dicomodel.iods.ophthalmic_optical_coherence_tomography_b_scan_volume_analysis import (
        OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysis as OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysis,
    )
    from dicomodel.iods.ophthalmic_optical_coherence_tomography_b_scan_volume_analysis import (
        OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisFunctionalGroupsItem as OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisFunctionalGroupsItem,
    )
    from dicomodel.iods.ophthalmic_optical_coherence_tomography_en_face_image import (
        OphthalmicOpticalCoherenceTomographyEnFaceImage as OphthalmicOpticalCoherenceTomographyEnFaceImage,
    )
    from dicomodel.iods.ophthalmic_photography_8_bit_image import (
        OphthalmicPhotography8BitImage as OphthalmicPhotography8BitImage,
    )
    from dicomodel.iods.ophthalmic_photography_16_bit_image import (
        OphthalmicPhotography16BitImage as OphthalmicPhotography16BitImage,
    )
    from dicomodel.iods.ophthalmic_thickness_map import (
        OphthalmicThicknessMap as OphthalmicThicknessMap,
    )
    from dicomodel.iods.ophthalmic_tomography_image import (
        OphthalmicTomographyImage as OphthalmicTomographyImage,
    )
    from dicomodel.iods.ophthalmic_tomography_image import (
        OphthalmicTomographyImageFunctionalGroupsItem as OphthalmicTomographyImageFunctionalGroupsItem,
    )
    from dicomodel.iods.ophthalmic_visual_field_static_perimetry_measurements import (
        OphthalmicVisualFieldStaticPerimetryMeasurements as OphthalmicVisualFieldStaticPerimetryMeasurements,
    )
    from dicomodel.iods.parametric_map import ParametricMap as ParametricMap
    from dicomodel.iods.parametric_map import (
        ParametricMapFunctionalGroupsItem as ParametricMapFunctionalGroupsItem,
    )
    from dicomodel.iods.patient_radiation_dose_sr import (
        PatientRadiationDoseSR as PatientRadiationDoseSR,
    )
    from dicomodel.iods.performed_imaging_agent_administration_sr import (
        PerformedImagingAgentAdministrationSR as PerformedImagingAgentAdministrationSR,
    )
    from dicomodel.iods.photoacoustic_image import PhotoacousticImage as PhotoacousticImage
    from dicomodel.iods.photoacoustic_image import (
        PhotoacousticImageFunctionalGroupsItem as PhotoacousticImageFunctionalGroupsItem,
    )
    from dicomodel.iods.planar_mpr_volumetric_presentation_state import (
        PlanarMPRVolumetricPresentationState as PlanarMPRVolumetricPresentationState,
    )
    from dicomodel.iods.planned_imaging_agent_administration_sr import (
        PlannedImagingAgentAdministrationSR as PlannedImagingAgentAdministrationSR,
    )
    from dicomodel.iods.positron_emission_tomography_image import (
        PositronEmissionTomographyImage as PositronEmissionTomographyImage,
    )
    from dicomodel.iods.presentation_lut import PresentationLUT as PresentationLUT
    from dicomodel.iods.print_job import PrintJob as PrintJob
    from dicomodel.iods.printer import Printer as Printer
    from dicomodel.iods.printer_configuration import PrinterConfiguration as PrinterConfiguration
    from dicomodel.iods.procedure_log import ProcedureLog as ProcedureLog
    from dicomodel.iods.protocol_approval import ProtocolApproval as ProtocolApproval
    from dicomodel.iods.pseudo_color_softcopy_presentation_state import (
        PseudoColorSoftcopyPresentationState as PseudoColorSoftcopyPresentationState,
    )
    from dicomodel.iods.radiopharmaceutical_radiation_dose_sr import (
        RadiopharmaceuticalRadiationDoseSR as RadiopharmaceuticalRadiationDoseSR,
    )
    from dicomodel.iods.raw_data import RawData as RawData
    from dicomodel.iods.real_time_audio_waveform import (
        RealTimeAudioWaveform as RealTimeAudioWaveform,
    )
    from dicomodel.iods.real_time_audio_waveform import (
        RealTimeAudioWaveformFunctionalGroupsItem as RealTimeAudioWaveformFunctionalGroupsItem,
    )
    from dicomodel.iods.real_time_video_endoscopic_image import (
        RealTimeVideoEndoscopicImage as RealTimeVideoEndoscopicImage,
    )
    from dicomodel.iods.real_time_video_endoscopic_image import (
        RealTimeVideoEndoscopicImageFunctionalGroupsItem as RealTimeVideoEndoscopicImageFunctionalGroupsItem,
    )
    from dicomodel.iods.real_time_video_photographic_image import (
        RealTimeVideoPhotographicImage as RealTimeVideoPhotographicImage,
    )
    from dicomodel.iods.real_time_video_photographic_image import (
        RealTimeVideoPhotographicImageFunctionalGroupsItem as RealTimeVideoPhotographicImageFunctionalGroupsItem,
    )
    from dicomodel.iods.real_world_value_mapping import (
        RealWorldValueMapping as RealWorldValueMapping,
    )
    from dicomodel.iods.rendition_selection_document import (
        RenditionSelectionDocument as RenditionSelectionDocument,
    )
    from dicomodel.iods.respiratory_waveform import RespiratoryWaveform as RespiratoryWaveform
    from dicomodel.iods.robotic_arm_radiation import RoboticArmRadiation as RoboticArmRadiation
    from dicomodel.iods.robotic_arm_radiation_record import (
        RoboticArmRadiationRecord as RoboticArmRadiationRecord,
    )
    from dicomodel.iods.routine_scalp_electroencephalogram import (
        RoutineScalpElectroencephalogram as RoutineScalpElectroencephalogram,
    )
    from dicomodel.iods.rt_beams_delivery_instruction import (
        RTBeamsDeliveryInstruction as RTBeamsDeliveryInstruction,
    )
    from dicomodel.iods.rt_beams_treatment_record import (
        RTBeamsTreatmentRecord as RTBeamsTreatmentRecord,
    )
    from dicomodel.iods.rt_brachy_application_setup_delivery_instruction import (
        RTBrachyApplicationSetupDeliveryInstruction as RTBrachyApplicationSetupDeliveryInstruction,
    )
    from dicomodel.iods.rt_brachy_treatment_record import (
        RTBrachyTreatmentRecord as RTBrachyTreatmentRecord,
    )
    from dicomodel.iods.rt_conventional_machine_verification import (
        RTConventionalMachineVerification as RTConventionalMachineVerification,
    )
    from dicomodel.iods.rt_dose import RTDose as RTDose
    from dicomodel.iods.rt_image import RTImage as RTImage
    from dicomodel.iods.rt_ion_beams_treatment_record import (
        RTIonBeamsTreatmentRecord as RTIonBeamsTreatmentRecord,
    )
    from dicomodel.iods.rt_ion_machine_verification import (
        RTIonMachineVerification as RTIonMachineVerification,
    )
    from dicomodel.iods.rt_ion_plan import RTIonPlan as RTIonPlan
    from dicomodel.iods.rt_patient_position_acquisition_instruction import (
        RTPatientPositionAcquisitionInstruction as RTPatientPositionAcquisitionInstruction,
    )
    from dicomodel.iods.rt_physician_intent import RTPhysicianIntent as RTPhysicianIntent
    from dicomodel.iods.rt_plan import RTPlan as RTPlan
    from dicomodel.iods.rt_radiation_record_set import RTRadiationRecordSet as RTRadiationRecordSet
    from dicomodel.iods.rt_radiation_salvage_record import (
        RTRadiationSalvageRecord as RTRadiationSalvageRecord,
    )
    from dicomodel.iods.rt_radiation_set import RTRadiationSet as RTRadiationSet
    from dicomodel.iods.rt_radiation_set_delivery_instruction import (
        RTRadiationSetDeliveryInstruction as RTRadiationSetDeliveryInstruction,
    )
    from dicomodel.iods.rt_segment_annotation import RTSegmentAnnotation as RTSegmentAnnotation
    from dicomodel.iods.rt_structure_set import RTStructureSet as RTStructureSet
    from dicomodel.iods.rt_treatment_preparation import (
        RTTreatmentPreparation as RTTreatmentPreparation,
    )
    from dicomodel.iods.rt_treatment_summary_record import (
        RTTreatmentSummaryRecord as RTTreatmentSummaryRecord,
    )
    from dicomodel.iods.secondary_capture_image import (
        SecondaryCaptureImage as SecondaryCaptureImage,
    )
    from dicomodel.iods.segmentation import Segmentation as Segmentation
    from dicomodel.iods.segmentation import (
        SegmentationFunctionalGroupsItem as SegmentationFunctionalGroupsItem,
    )
    from dicomodel.iods.simplified_adult_echo_sr import (
        SimplifiedAdultEchoSR as SimplifiedAdultEchoSR,
    )
    from dicomodel.iods.sleep_electroencephalogram import (
        SleepElectroencephalogram as SleepElectroencephalogram,
    )
    from dicomodel.iods.spatial_fiducials import SpatialFiducials as SpatialFiducials
    from dicomodel.iods.spatial_registration import SpatialRegistration as SpatialRegistration
    from dicomodel.iods.spectacle_prescription_report import (
        SpectaclePrescriptionReport as SpectaclePrescriptionReport,
    )
    from dicomodel.iods.stereometric_relationship import (
        StereometricRelationship as StereometricRelationship,
    )
    from dicomodel.iods.storage_commitment import StorageCommitment as StorageCommitment
    from dicomodel.iods.subjective_refraction_measurements import (
        SubjectiveRefractionMeasurements as SubjectiveRefractionMeasurements,
    )
    from dicomodel.iods.surface_scan_mesh import SurfaceScanMesh as SurfaceScanMesh
    from dicomodel.iods.surface_scan_point_cloud import (
        SurfaceScanPointCloud as SurfaceScanPointCloud,
    )
    from dicomodel.iods.surface_segmentation import SurfaceSegmentation as SurfaceSegmentation
    from dicomodel.iods.tomotherapeutic_radiation import (
        TomotherapeuticRadiation as TomotherapeuticRadiation,
    )
    from dicomodel.iods.tomotherapeutic_radiation_record import (
        TomotherapeuticRadiationRecord as TomotherapeuticRadiationRecord,
    )
    from dicomodel.iods.tractography_results import TractographyResults as TractographyResults
    from dicomodel.iods.ultrasound_image import UltrasoundImage as UltrasoundImage
    from dicomodel.iods.ultrasound_multi_frame_image import (
        UltrasoundMultiFrameImage as UltrasoundMultiFrameImage,
    )
    from dicomodel.iods.unified_procedure_step import UnifiedProcedureStep as UnifiedProcedureStep
    from dicomodel.iods.variable_modality_lut_softcopy_presentation_state import (
        VariableModalityLUTSoftcopyPresentationState as VariableModalityLUTSoftcopyPresentationState,
    )
    from dicomodel.iods.video_endoscopic_image import VideoEndoscopicImage as VideoEndoscopicImage
    from dicomodel.iods.video_microscopic_image import (
        VideoMicroscopicImage as VideoMicroscopicImage,
    )
    from dicomodel.iods.video_photographic_image import (
        VideoPhotographicImage as VideoPhotographicImage,
    )
    from dicomodel.iods.visual_acuity_measurements import (
        VisualAcuityMeasurements as VisualAcuityMeasurements,
    )
    from dicomodel.iods.vl_endoscopic_image import VLEndoscopicImage as VLEndoscopicImage
    from dicomodel.iods.vl_microscopic_image import VLMicroscopicImage as VLMicroscopicImage
    from dicomodel.iods.vl_photographic_image import VLPhotographicImage as VLPhotographicImage
    from dicomodel.iods.vl_slide_coordinates_microscopic_image import (
        VLSlideCoordinatesMicroscopicImage as VLSlideCoordinatesMicroscopicImage,
    )
    from dicomodel.iods.vl_whole_slide_microscopy_image import (
        VLWholeSlideMicroscopyImage as VLWholeSlideMicroscopyImage,
    )
    from dicomodel.iods.vl_whole_slide_microscopy_image import (
        VLWholeSlideMicroscopyImageFunctionalGroupsItem as VLWholeSlideMicroscopyImageFunctionalGroupsItem,
    )
    from dicomodel.iods.volume_rendering_volumetric_presentation_state import (
        VolumeRenderingVolumetricPresentationState as VolumeRenderingVolumetricPresentationState,
    )
    from dicomodel.iods.waveform_annotation_sr import WaveformAnnotationSR as WaveformAnnotationSR
    from dicomodel.iods.wide_field_ophthalmic_photography_3d_coordinates_image import (
        WideFieldOphthalmicPhotography3DCoordinatesImage as WideFieldOphthalmicPhotography3DCoordinatesImage,
    )
    from dicomodel.iods.wide_field_ophthalmic_photography_stereographic_projection_image import (
        WideFieldOphthalmicPhotographyStereographicProjectionImage as WideFieldOphthalmicPhotographyStereographicProjectionImage,
    )
    from dicomodel.iods.x_ray_3d_angiographic_image import (
        XRay3DAngiographicImage as XRay3DAngiographicImage,
    )
    from dicomodel.iods.x_ray_3d_angiographic_image import (
        XRay3DAngiographicImageFunctionalGroupsItem as XRay3DAngiographicImageFunctionalGroupsItem,
    )
    from dicomodel.iods.x_ray_3d_craniofacial_image import (
        XRay3DCraniofacialImage as XRay3DCraniofacialImage,
    )
    from dicomodel.iods.x_ray_3d_craniofacial_image import (
        XRay3DCraniofacialImageFunctionalGroupsItem as XRay3DCraniofacialImageFunctionalGroupsItem,
    )
    from dicomodel.iods.x_ray_angiographic_image import (
        XRayAngiographicImage as XRayAngiographicImage,
    )
    from dicomodel.iods.x_ray_radiation_dose_sr import XRayRadiationDoseSR as XRayRadiationDoseSR
    from dicomodel.iods.x_ray_radiofluoroscopic_image import (
        XRayRadiofluoroscopicImage as XRayRadiofluoroscopicImage,
    )
    from dicomodel.iods.xa_defined_procedure_protocol import (
        XADefinedProcedureProtocol as XADefinedProcedureProtocol,
    )
    from dicomodel.iods.xa_performed_procedure_protocol import (
        XAPerformedProcedureProtocol as XAPerformedProcedureProtocol,
    )
    from dicomodel.iods.xa_xrf_grayscale_softcopy_presentation_state import (
        XAXRFGrayscaleSoftcopyPresentationState as XAXRFGrayscaleSoftcopyPresentationState,
    )
    from dicomodel.model import DicomModel

__all__ = [
    "AcquisitionContextSR",
    "AdvancedBlendingPresentationState",
    "AmbulatoryECG",
    "ArterialPulseWaveform",
    "AutorefractionMeasurements",
    "BasicAnnotationBox",
    "BasicCardiacElectrophysiologyWaveform",
    "BasicDirectory",
    "BasicFilmBox",
    "BasicFilmSession",
    "BasicImageBox",
    "BasicStructuredDisplay",
    "BasicTextSR",
    "BasicVoiceAudioWaveform",
    "BlendingSoftcopyPresentationState",
    "BodyPositionWaveform",
    "BreastProjectionXRayImage",
    "BreastProjectionXRayImageFunctionalGroupsItem",
    "BreastTomosynthesisImage",
    "BreastTomosynthesisImageFunctionalGroupsItem",
    "CArmPhotonElectronRadiation",
    "CArmPhotonElectronRadiationRecord",
    "CTDefinedProcedureProtocol",
    "CTImage",
    "CTPerformedProcedureProtocol",
    "ChestCADSR",
    "ColonCADSR",
    "ColorPalette",
    "ColorSoftcopyPresentationState",
    "Comprehensive3DSR",
    "ComprehensiveSR",
    "ComputedRadiographyImage",
    "ConfocalMicroscopyImage",
    "ConfocalMicroscopyImageFunctionalGroupsItem",
    "ConfocalMicroscopyTiledPyramidalImage",
    "ConfocalMicroscopyTiledPyramidalImageFunctionalGroupsItem",
    "ContentAssessmentResults",
    "CornealTopographyMap",
    "DeformableSpatialRegistration",
    "DermoscopicPhotographyImage",
    "DigitalIntraOralXRayImage",
    "DigitalMammographyXRayImage",
    "DigitalXRayImage",
    "DisplaySystem",
    "Electromyogram",
    "Electrooculogram",
    "EncapsulatedCDA",
    "EncapsulatedMTL",
    "EncapsulatedOBJ",
    "EncapsulatedPDF",
    "EncapsulatedSTL",
    "EnhancedCTImage",
    "EnhancedCTImageFunctionalGroupsItem",
    "EnhancedContinuousRTImage",
    "EnhancedContinuousRTImageFunctionalGroupsItem",
    "EnhancedMRColorImage",
    "EnhancedMRColorImageFunctionalGroupsItem",
    "EnhancedMRImage",
    "EnhancedMRImageFunctionalGroupsItem",
    "EnhancedPETImage",
    "EnhancedPETImageFunctionalGroupsItem",
    "EnhancedRTImage",
    "EnhancedRTImageFunctionalGroupsItem",
    "EnhancedSR",
    "EnhancedUSVolume",
    "EnhancedUSVolumeFunctionalGroupsItem",
    "EnhancedXAImage",
    "EnhancedXAImageFunctionalGroupsItem",
    "EnhancedXRFImage",
    "EnhancedXRFImageFunctionalGroupsItem",
    "EnhancedXRayRadiationDoseSR",
    "ExtensibleSR",
    "General32BitECG",
    "GeneralAudioWaveform",
    "GeneralECG",
    "GenericImplantTemplate",
    "GrayscaleSoftcopyPresentationState",
    "HangingProtocol",
    "HemodynamicWaveform",
    "ImplantAssemblyTemplate",
    "ImplantTemplateGroup",
    "ImplantationPlanSRDocument",
    "InstanceAvailabilityNotification",
    "IntraocularLensCalculations",
    "IntravascularOpticalCoherenceTomographyImage",
    "IntravascularOpticalCoherenceTomographyImageFunctionalGroupsItem",
    "Inventory",
    "InventoryCreation",
    "KeratometryMeasurements",
    "KeyObjectSelectionDocument",
    "LegacyConvertedEnhancedCTImage",
    "LegacyConvertedEnhancedCTImageFunctionalGroupsItem",
    "LegacyConvertedEnhancedMRImage",
    "LegacyConvertedEnhancedMRImageFunctionalGroupsItem",
    "LegacyConvertedEnhancedPETImage",
    "LegacyConvertedEnhancedPETImageFunctionalGroupsItem",
    "LensometryMeasurements",
    "MRImage",
    "MRSpectroscopy",
    "MRSpectroscopyFunctionalGroupsItem",
    "MacularGridThicknessAndVolumeReport",
    "MammographyCADSR",
    "MediaCreationManagement",
    "MicroscopyBulkSimpleAnnotations",
    "ModalityPerformedProcedureStep",
    "MultiChannelRespiratoryWaveform",
    "MultiFrameGrayscaleByteSecondaryCaptureImage",
    "MultiFrameGrayscaleByteSecondaryCaptureImageFunctionalGroupsItem",
    "MultiFrameGrayscaleWordSecondaryCaptureImage",
    "MultiFrameGrayscaleWordSecondaryCaptureImageFunctionalGroupsItem",
    "MultiFrameSingleBitSecondaryCaptureImage",
    "MultiFrameTrueColorSecondaryCaptureImage",
    "MultiFrameTrueColorSecondaryCaptureImageFunctionalGroupsItem",
    "NuclearMedicineImage",
    "OphthalmicAxialMeasurements",
    "OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysis",
    "OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisFunctionalGroupsItem",
    "OphthalmicOpticalCoherenceTomographyEnFaceImage",
    "OphthalmicPhotography16BitImage",
    "OphthalmicPhotography8BitImage",
    "OphthalmicThicknessMap",
    "OphthalmicTomographyImage",
    "OphthalmicTomographyImageFunctionalGroupsItem",
    "OphthalmicVisualFieldStaticPerimetryMeasurements",
    "ParametricMap",
    "ParametricMapFunctionalGroupsItem",
    "PatientRadiationDoseSR",
    "PerformedImagingAgentAdministrationSR",
    "PhotoacousticImage",
    "PhotoacousticImageFunctionalGroupsItem",
    "PlanarMPRVolumetricPresentationState",
    "PlannedImagingAgentAdministrationSR",
    "PositronEmissionTomographyImage",
    "PresentationLUT",
    "PrintJob",
    "Printer",
    "PrinterConfiguration",
    "ProcedureLog",
    "ProtocolApproval",
    "PseudoColorSoftcopyPresentationState",
    "RTBeamsDeliveryInstruction",
    "RTBeamsTreatmentRecord",
    "RTBrachyApplicationSetupDeliveryInstruction",
    "RTBrachyTreatmentRecord",
    "RTConventionalMachineVerification",
    "RTDose",
    "RTImage",
    "RTIonBeamsTreatmentRecord",
    "RTIonMachineVerification",
    "RTIonPlan",
    "RTPatientPositionAcquisitionInstruction",
    "RTPhysicianIntent",
    "RTPlan",
    "RTRadiationRecordSet",
    "RTRadiationSalvageRecord",
    "RTRadiationSet",
    "RTRadiationSetDeliveryInstruction",
    "RTSegmentAnnotation",
    "RTStructureSet",
    "RTTreatmentPreparation",
    "RTTreatmentSummaryRecord",
    "RadiopharmaceuticalRadiationDoseSR",
    "RawData",
    "RealTimeAudioWaveform",
    "RealTimeAudioWaveformFunctionalGroupsItem",
    "RealTimeVideoEndoscopicImage",
    "RealTimeVideoEndoscopicImageFunctionalGroupsItem",
    "RealTimeVideoPhotographicImage",
    "RealTimeVideoPhotographicImageFunctionalGroupsItem",
    "RealWorldValueMapping",
    "RenditionSelectionDocument",
    "RespiratoryWaveform",
    "RoboticArmRadiation",
    "RoboticArmRadiationRecord",
    "RoutineScalpElectroencephalogram",
    "SecondaryCaptureImage",
    "Segmentation",
    "SegmentationFunctionalGroupsItem",
    "SimplifiedAdultEchoSR",
    "SleepElectroencephalogram",
    "SpatialFiducials",
    "SpatialRegistration",
    "SpectaclePrescriptionReport",
    "StereometricRelationship",
    "StorageCommitment",
    "SubjectiveRefractionMeasurements",
    "SurfaceScanMesh",
    "SurfaceScanPointCloud",
    "SurfaceSegmentation",
    "TomotherapeuticRadiation",
    "TomotherapeuticRadiationRecord",
    "TractographyResults",
    "TwelveLeadECG",
    "UltrasoundImage",
    "UltrasoundMultiFrameImage",
    "UnifiedProcedureStep",
    "VLEndoscopicImage",
    "VLMicroscopicImage",
    "VLPhotographicImage",
    "VLSlideCoordinatesMicroscopicImage",
    "VLWholeSlideMicroscopyImage",
    "VLWholeSlideMicroscopyImageFunctionalGroupsItem",
    "VariableModalityLUTSoftcopyPresentationState",
    "VideoEndoscopicImage",
    "VideoMicroscopicImage",
    "VideoPhotographicImage",
    "VisualAcuityMeasurements",
    "VolumeRenderingVolumetricPresentationState",
    "WaveformAnnotationSR",
    "WideFieldOphthalmicPhotography3DCoordinatesImage",
    "WideFieldOphthalmicPhotographyStereographicProjectionImage",
    "XADefinedProcedureProtocol",
    "XAPerformedProcedureProtocol",
    "XAXRFGrayscaleSoftcopyPresentationState",
    "XRay3DAngiographicImage",
    "XRay3DAngiographicImageFunctionalGroupsItem",
    "XRay3DCraniofacialImage",
    "XRay3DCraniofacialImageFunctionalGroupsItem",
    "XRayAngiographicImage",
    "XRayRadiationDoseSR",
    "XRayRadiofluoroscopicImage",
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


_SOP_CLASSES: dict[str, str] = {
    "1.2.840.10008.1.3.10": "BasicDirectory",
    "1.2.840.10008.5.1.4.1.1.1": "ComputedRadiographyImage",
    "1.2.840.10008.5.1.4.1.1.1.1": "DigitalXRayImage",
    "1.2.840.10008.5.1.4.1.1.1.1.1": "DigitalXRayImage",
    "1.2.840.10008.5.1.4.1.1.1.2": "DigitalMammographyXRayImage",
    "1.2.840.10008.5.1.4.1.1.1.2.1": "DigitalMammographyXRayImage",
    "1.2.840.10008.5.1.4.1.1.1.3": "DigitalIntraOralXRayImage",
    "1.2.840.10008.5.1.4.1.1.1.3.1": "DigitalIntraOralXRayImage",
    "1.2.840.10008.5.1.4.1.1.104.1": "EncapsulatedPDF",
    "1.2.840.10008.5.1.4.1.1.104.2": "EncapsulatedCDA",
    "1.2.840.10008.5.1.4.1.1.104.3": "EncapsulatedSTL",
    "1.2.840.10008.5.1.4.1.1.104.4": "EncapsulatedOBJ",
    "1.2.840.10008.5.1.4.1.1.104.5": "EncapsulatedMTL",
    "1.2.840.10008.5.1.4.1.1.11.1": "GrayscaleSoftcopyPresentationState",
    "1.2.840.10008.5.1.4.1.1.11.10": "VolumeRenderingVolumetricPresentationState",
    "1.2.840.10008.5.1.4.1.1.11.11": "VolumeRenderingVolumetricPresentationState",
    "1.2.840.10008.5.1.4.1.1.11.12": "VariableModalityLUTSoftcopyPresentationState",
    "1.2.840.10008.5.1.4.1.1.11.2": "ColorSoftcopyPresentationState",
    "1.2.840.10008.5.1.4.1.1.11.3": "PseudoColorSoftcopyPresentationState",
    "1.2.840.10008.5.1.4.1.1.11.4": "BlendingSoftcopyPresentationState",
    "1.2.840.10008.5.1.4.1.1.11.5": "XAXRFGrayscaleSoftcopyPresentationState",
    "1.2.840.10008.5.1.4.1.1.11.6": "PlanarMPRVolumetricPresentationState",
    "1.2.840.10008.5.1.4.1.1.11.7": "PlanarMPRVolumetricPresentationState",
    "1.2.840.10008.5.1.4.1.1.11.8": "AdvancedBlendingPresentationState",
    "1.2.840.10008.5.1.4.1.1.11.9": "VolumeRenderingVolumetricPresentationState",
    "1.2.840.10008.5.1.4.1.1.12.1": "XRayAngiographicImage",
    "1.2.840.10008.5.1.4.1.1.12.1.1": "EnhancedXAImage",
    "1.2.840.10008.5.1.4.1.1.12.2": "XRayRadiofluoroscopicImage",
    "1.2.840.10008.5.1.4.1.1.12.2.1": "EnhancedXRFImage",
    "1.2.840.10008.5.1.4.1.1.128": "PositronEmissionTomographyImage",
    "1.2.840.10008.5.1.4.1.1.128.1": "LegacyConvertedEnhancedPETImage",
    "1.2.840.10008.5.1.4.1.1.13.1.1": "XRay3DAngiographicImage",
    "1.2.840.10008.5.1.4.1.1.13.1.2": "XRay3DCraniofacialImage",
    "1.2.840.10008.5.1.4.1.1.13.1.3": "BreastTomosynthesisImage",
    "1.2.840.10008.5.1.4.1.1.13.1.4": "BreastProjectionXRayImage",
    "1.2.840.10008.5.1.4.1.1.13.1.5": "BreastProjectionXRayImage",
    "1.2.840.10008.5.1.4.1.1.130": "EnhancedPETImage",
    "1.2.840.10008.5.1.4.1.1.131": "BasicStructuredDisplay",
    "1.2.840.10008.5.1.4.1.1.14.1": "IntravascularOpticalCoherenceTomographyImage",
    "1.2.840.10008.5.1.4.1.1.14.2": "IntravascularOpticalCoherenceTomographyImage",
    "1.2.840.10008.5.1.4.1.1.2": "CTImage",
    "1.2.840.10008.5.1.4.1.1.2.1": "EnhancedCTImage",
    "1.2.840.10008.5.1.4.1.1.2.2": "LegacyConvertedEnhancedCTImage",
    "1.2.840.10008.5.1.4.1.1.20": "NuclearMedicineImage",
    "1.2.840.10008.5.1.4.1.1.200.1": "CTDefinedProcedureProtocol",
    "1.2.840.10008.5.1.4.1.1.200.2": "CTPerformedProcedureProtocol",
    "1.2.840.10008.5.1.4.1.1.200.3": "ProtocolApproval",
    "1.2.840.10008.5.1.4.1.1.200.7": "XADefinedProcedureProtocol",
    "1.2.840.10008.5.1.4.1.1.200.8": "XAPerformedProcedureProtocol",
    "1.2.840.10008.5.1.4.1.1.201.1": "Inventory",
    "1.2.840.10008.5.1.4.1.1.201.5": "InventoryCreation",
    "1.2.840.10008.5.1.4.1.1.3": "UltrasoundMultiFrameImage",
    "1.2.840.10008.5.1.4.1.1.3.1": "UltrasoundMultiFrameImage",
    "1.2.840.10008.5.1.4.1.1.30": "ParametricMap",
    "1.2.840.10008.5.1.4.1.1.4": "MRImage",
    "1.2.840.10008.5.1.4.1.1.4.1": "EnhancedMRImage",
    "1.2.840.10008.5.1.4.1.1.4.2": "MRSpectroscopy",
    "1.2.840.10008.5.1.4.1.1.4.3": "EnhancedMRColorImage",
    "1.2.840.10008.5.1.4.1.1.4.4": "LegacyConvertedEnhancedMRImage",
    "1.2.840.10008.5.1.4.1.1.481.1": "RTImage",
    "1.2.840.10008.5.1.4.1.1.481.10": "RTPhysicianIntent",
    "1.2.840.10008.5.1.4.1.1.481.11": "RTSegmentAnnotation",
    "1.2.840.10008.5.1.4.1.1.481.12": "RTRadiationSet",
    "1.2.840.10008.5.1.4.1.1.481.13": "CArmPhotonElectronRadiation",
    "1.2.840.10008.5.1.4.1.1.481.14": "TomotherapeuticRadiation",
    "1.2.840.10008.5.1.4.1.1.481.15": "RoboticArmRadiation",
    "1.2.840.10008.5.1.4.1.1.481.16": "RTRadiationRecordSet",
    "1.2.840.10008.5.1.4.1.1.481.17": "RTRadiationSalvageRecord",
    "1.2.840.10008.5.1.4.1.1.481.18": "TomotherapeuticRadiationRecord",
    "1.2.840.10008.5.1.4.1.1.481.19": "CArmPhotonElectronRadiationRecord",
    "1.2.840.10008.5.1.4.1.1.481.2": "RTDose",
    "1.2.840.10008.5.1.4.1.1.481.20": "RoboticArmRadiationRecord",
    "1.2.840.10008.5.1.4.1.1.481.21": "RTRadiationSetDeliveryInstruction",
    "1.2.840.10008.5.1.4.1.1.481.22": "RTTreatmentPreparation",
    "1.2.840.10008.5.1.4.1.1.481.23": "EnhancedRTImage",
    "1.2.840.10008.5.1.4.1.1.481.24": "EnhancedContinuousRTImage",
    "1.2.840.10008.5.1.4.1.1.481.25": "RTPatientPositionAcquisitionInstruction",
    "1.2.840.10008.5.1.4.1.1.481.3": "RTStructureSet",
    "1.2.840.10008.5.1.4.1.1.481.4": "RTBeamsTreatmentRecord",
    "1.2.840.10008.5.1.4.1.1.481.5": "RTPlan",
    "1.2.840.10008.5.1.4.1.1.481.6": "RTBrachyTreatmentRecord",
    "1.2.840.10008.5.1.4.1.1.481.7": "RTTreatmentSummaryRecord",
    "1.2.840.10008.5.1.4.1.1.481.8": "RTIonPlan",
    "1.2.840.10008.5.1.4.1.1.481.9": "RTIonBeamsTreatmentRecord",
    "1.2.840.10008.5.1.4.1.1.5": "NuclearMedicineImage",
    "1.2.840.10008.5.1.4.1.1.6": "UltrasoundImage",
    "1.2.840.10008.5.1.4.1.1.6.1": "UltrasoundImage",
    "1.2.840.10008.5.1.4.1.1.6.2": "EnhancedUSVolume",
    "1.2.840.10008.5.1.4.1.1.6.3": "PhotoacousticImage",
    "1.2.840.10008.5.1.4.1.1.66": "RawData",
    "1.2.840.10008.5.1.4.1.1.66.1": "SpatialRegistration",
    "1.2.840.10008.5.1.4.1.1.66.2": "SpatialFiducials",
    "1.2.840.10008.5.1.4.1.1.66.3": "DeformableSpatialRegistration",
    "1.2.840.10008.5.1.4.1.1.66.4": "Segmentation",
    "1.2.840.10008.5.1.4.1.1.66.5": "SurfaceSegmentation",
    "1.2.840.10008.5.1.4.1.1.66.6": "TractographyResults",
    "1.2.840.10008.5.1.4.1.1.66.7": "Segmentation",
    "1.2.840.10008.5.1.4.1.1.67": "RealWorldValueMapping",
    "1.2.840.10008.5.1.4.1.1.68.1": "SurfaceScanMesh",
    "1.2.840.10008.5.1.4.1.1.68.2": "SurfaceScanPointCloud",
    "1.2.840.10008.5.1.4.1.1.7": "SecondaryCaptureImage",
    "1.2.840.10008.5.1.4.1.1.7.1": "MultiFrameSingleBitSecondaryCaptureImage",
    "1.2.840.10008.5.1.4.1.1.7.2": "MultiFrameGrayscaleByteSecondaryCaptureImage",
    "1.2.840.10008.5.1.4.1.1.7.3": "MultiFrameGrayscaleWordSecondaryCaptureImage",
    "1.2.840.10008.5.1.4.1.1.7.4": "MultiFrameTrueColorSecondaryCaptureImage",
    "1.2.840.10008.5.1.4.1.1.77.1.1": "VLEndoscopicImage",
    "1.2.840.10008.5.1.4.1.1.77.1.1.1": "VideoEndoscopicImage",
    "1.2.840.10008.5.1.4.1.1.77.1.2": "VLMicroscopicImage",
    "1.2.840.10008.5.1.4.1.1.77.1.2.1": "VideoMicroscopicImage",
    "1.2.840.10008.5.1.4.1.1.77.1.3": "VLSlideCoordinatesMicroscopicImage",
    "1.2.840.10008.5.1.4.1.1.77.1.4": "VLPhotographicImage",
    "1.2.840.10008.5.1.4.1.1.77.1.4.1": "VideoPhotographicImage",
    "1.2.840.10008.5.1.4.1.1.77.1.5.1": "OphthalmicPhotography8BitImage",
    "1.2.840.10008.5.1.4.1.1.77.1.5.2": "OphthalmicPhotography16BitImage",
    "1.2.840.10008.5.1.4.1.1.77.1.5.3": "StereometricRelationship",
    "1.2.840.10008.5.1.4.1.1.77.1.5.4": "OphthalmicTomographyImage",
    "1.2.840.10008.5.1.4.1.1.77.1.5.5": "WideFieldOphthalmicPhotographyStereographicProjectionImage",
    "1.2.840.10008.5.1.4.1.1.77.1.5.6": "WideFieldOphthalmicPhotography3DCoordinatesImage",
    "1.2.840.10008.5.1.4.1.1.77.1.5.7": "OphthalmicOpticalCoherenceTomographyEnFaceImage",
    "1.2.840.10008.5.1.4.1.1.77.1.5.8": "OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysis",
    "1.2.840.10008.5.1.4.1.1.77.1.6": "VLWholeSlideMicroscopyImage",
    "1.2.840.10008.5.1.4.1.1.77.1.7": "DermoscopicPhotographyImage",
    "1.2.840.10008.5.1.4.1.1.77.1.8": "ConfocalMicroscopyImage",
    "1.2.840.10008.5.1.4.1.1.77.1.9": "ConfocalMicroscopyTiledPyramidalImage",
    "1.2.840.10008.5.1.4.1.1.78.1": "LensometryMeasurements",
    "1.2.840.10008.5.1.4.1.1.78.2": "AutorefractionMeasurements",
    "1.2.840.10008.5.1.4.1.1.78.3": "KeratometryMeasurements",
    "1.2.840.10008.5.1.4.1.1.78.4": "SubjectiveRefractionMeasurements",
    "1.2.840.10008.5.1.4.1.1.78.5": "VisualAcuityMeasurements",
    "1.2.840.10008.5.1.4.1.1.78.6": "SpectaclePrescriptionReport",
    "1.2.840.10008.5.1.4.1.1.78.7": "OphthalmicAxialMeasurements",
    "1.2.840.10008.5.1.4.1.1.78.8": "IntraocularLensCalculations",
    "1.2.840.10008.5.1.4.1.1.79.1": "MacularGridThicknessAndVolumeReport",
    "1.2.840.10008.5.1.4.1.1.80.1": "OphthalmicVisualFieldStaticPerimetryMeasurements",
    "1.2.840.10008.5.1.4.1.1.81.1": "OphthalmicThicknessMap",
    "1.2.840.10008.5.1.4.1.1.82.1": "CornealTopographyMap",
    "1.2.840.10008.5.1.4.1.1.88.11": "BasicTextSR",
    "1.2.840.10008.5.1.4.1.1.88.22": "EnhancedSR",
    "1.2.840.10008.5.1.4.1.1.88.33": "ComprehensiveSR",
    "1.2.840.10008.5.1.4.1.1.88.34": "Comprehensive3DSR",
    "1.2.840.10008.5.1.4.1.1.88.35": "ExtensibleSR",
    "1.2.840.10008.5.1.4.1.1.88.40": "ProcedureLog",
    "1.2.840.10008.5.1.4.1.1.88.50": "MammographyCADSR",
    "1.2.840.10008.5.1.4.1.1.88.59": "KeyObjectSelectionDocument",
    "1.2.840.10008.5.1.4.1.1.88.65": "ChestCADSR",
    "1.2.840.10008.5.1.4.1.1.88.67": "XRayRadiationDoseSR",
    "1.2.840.10008.5.1.4.1.1.88.68": "RadiopharmaceuticalRadiationDoseSR",
    "1.2.840.10008.5.1.4.1.1.88.69": "ColonCADSR",
    "1.2.840.10008.5.1.4.1.1.88.70": "ImplantationPlanSRDocument",
    "1.2.840.10008.5.1.4.1.1.88.71": "AcquisitionContextSR",
    "1.2.840.10008.5.1.4.1.1.88.72": "SimplifiedAdultEchoSR",
    "1.2.840.10008.5.1.4.1.1.88.73": "PatientRadiationDoseSR",
    "1.2.840.10008.5.1.4.1.1.88.74": "PlannedImagingAgentAdministrationSR",
    "1.2.840.10008.5.1.4.1.1.88.75": "PerformedImagingAgentAdministrationSR",
    "1.2.840.10008.5.1.4.1.1.88.76": "EnhancedXRayRadiationDoseSR",
    "1.2.840.10008.5.1.4.1.1.88.77": "WaveformAnnotationSR",
    "1.2.840.10008.5.1.4.1.1.9.1.1": "TwelveLeadECG",
    "1.2.840.10008.5.1.4.1.1.9.1.2": "GeneralECG",
    "1.2.840.10008.5.1.4.1.1.9.1.3": "AmbulatoryECG",
    "1.2.840.10008.5.1.4.1.1.9.1.4": "General32BitECG",
    "1.2.840.10008.5.1.4.1.1.9.2.1": "HemodynamicWaveform",
    "1.2.840.10008.5.1.4.1.1.9.3.1": "BasicCardiacElectrophysiologyWaveform",
    "1.2.840.10008.5.1.4.1.1.9.4.1": "BasicVoiceAudioWaveform",
    "1.2.840.10008.5.1.4.1.1.9.4.2": "GeneralAudioWaveform",
    "1.2.840.10008.5.1.4.1.1.9.5.1": "ArterialPulseWaveform",
    "1.2.840.10008.5.1.4.1.1.9.6.1": "RespiratoryWaveform",
    "1.2.840.10008.5.1.4.1.1.9.6.2": "MultiChannelRespiratoryWaveform",
    "1.2.840.10008.5.1.4.1.1.9.7.1": "RoutineScalpElectroencephalogram",
    "1.2.840.10008.5.1.4.1.1.9.7.2": "Electromyogram",
    "1.2.840.10008.5.1.4.1.1.9.7.3": "Electrooculogram",
    "1.2.840.10008.5.1.4.1.1.9.7.4": "SleepElectroencephalogram",
    "1.2.840.10008.5.1.4.1.1.9.8.1": "BodyPositionWaveform",
    "1.2.840.10008.5.1.4.1.1.90.1": "ContentAssessmentResults",
    "1.2.840.10008.5.1.4.1.1.91.1": "MicroscopyBulkSimpleAnnotations",
    "1.2.840.10008.5.1.4.34.10": "RTBrachyApplicationSetupDeliveryInstruction",
    "1.2.840.10008.5.1.4.34.7": "RTBeamsDeliveryInstruction",
    "1.2.840.10008.5.1.4.38.1": "HangingProtocol",
    "1.2.840.10008.5.1.4.39.1": "ColorPalette",
    "1.2.840.10008.5.1.4.43.1": "GenericImplantTemplate",
    "1.2.840.10008.5.1.4.44.1": "ImplantAssemblyTemplate",
    "1.2.840.10008.5.1.4.45.1": "ImplantTemplateGroup",
}


def for_sop_class(uid: str) -> type[DicomModel]:
    """The IOD model that defines the SOP class ``uid`` (PS3.4 Table B.5-1 and others)."""
    name = _SOP_CLASSES.get(str(uid))
    if name is None:
        raise KeyError(f"no IOD model for SOP class {uid!r}")
    model: type[DicomModel] = __getattr__(name)
    return model
