"""Module models, one module per PS3.3 module table; loaded on first use.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE: dict[str, str] = {
    "AcquisitionContextModule": "dicomodel.modules.acquisitioncontext",
    "AdvancedBlendingPresentationStateDisplayModule": "dicomodel.modules.advancedblendingpresentationstatedisplay",
    "AdvancedBlendingPresentationStateModule": "dicomodel.modules.advancedblendingpresentationstate",
    "ApprovalModule": "dicomodel.modules.approval",
    "AutorefractionMeasurementsModule": "dicomodel.modules.autorefractionmeasurements",
    "AutorefractionMeasurementsSeriesModule": "dicomodel.modules.autorefractionmeasurementsseries",
    "BasicAnnotationPresentationModule": "dicomodel.modules.basicannotationpresentation",
    "BasicFilmBoxPresentationModule": "dicomodel.modules.basicfilmboxpresentation",
    "BasicFilmBoxRelationshipModule": "dicomodel.modules.basicfilmboxrelationship",
    "BasicFilmSessionPresentationModule": "dicomodel.modules.basicfilmsessionpresentation",
    "BasicFilmSessionRelationshipModule": "dicomodel.modules.basicfilmsessionrelationship",
    "BillingAndMaterialManagementCodeModule": "dicomodel.modules.billingandmaterialmanagementcode",
    "BitmapDisplayShutterModule": "dicomodel.modules.bitmapdisplayshutter",
    "BreastTomosynthesisAcquisitionModule": "dicomodel.modules.breasttomosynthesisacquisition",
    "BreastTomosynthesisContributingSourcesModule": "dicomodel.modules.breasttomosynthesiscontributingsources",
    "BreastViewModule": "dicomodel.modules.breastview",
    "BulkMotionSynchronizationModule": "dicomodel.modules.bulkmotionsynchronization",
    "CArmPhotonElectronBeamModule": "dicomodel.modules.carmphotonelectronbeam",
    "CArmPhotonElectronDeliveryDeviceModule": "dicomodel.modules.carmphotonelectrondeliverydevice",
    "CRImageModule": "dicomodel.modules.crimage",
    "CRSeriesModule": "dicomodel.modules.crseries",
    "CTImageModule": "dicomodel.modules.ctimage",
    "CTProtocolSeriesModule": "dicomodel.modules.ctprotocolseries",
    "CTSeriesModule": "dicomodel.modules.ctseries",
    "CalculatedDoseReferenceRecordModule": "dicomodel.modules.calculateddosereferencerecord",
    "CardiacSynchronizationModule": "dicomodel.modules.cardiacsynchronization",
    "CineModule": "dicomodel.modules.cine",
    "ClinicalTrialContextModule": "dicomodel.modules.clinicaltrialcontext",
    "ClinicalTrialSeriesModule": "dicomodel.modules.clinicaltrialseries",
    "ClinicalTrialStudyModule": "dicomodel.modules.clinicaltrialstudy",
    "ClinicalTrialSubjectModule": "dicomodel.modules.clinicaltrialsubject",
    "ColorPaletteDefinitionModule": "dicomodel.modules.colorpalettedefinition",
    "CommonInstanceReferenceModule": "dicomodel.modules.commoninstancereference",
    "ConfocalMicroscopyImageModule": "dicomodel.modules.confocalmicroscopyimage",
    "ConfocalMicroscopyTiledPyramidalImageModule": "dicomodel.modules.confocalmicroscopytiledpyramidalimage",
    "ContentAssessmentResultsModule": "dicomodel.modules.contentassessmentresults",
    "ContrastBolusModule": "dicomodel.modules.contrastbolus",
    "CornealTopographyMapAnalysisModule": "dicomodel.modules.cornealtopographymapanalysis",
    "CornealTopographyMapImageModule": "dicomodel.modules.cornealtopographymapimage",
    "CornealTopographyMapSeriesModule": "dicomodel.modules.cornealtopographymapseries",
    "CurrentFrameFunctionalGroupsModule": "dicomodel.modules.currentframefunctionalgroups",
    "CutaneousConfocalMicroscopyImageAcquisitionParametersModule": "dicomodel.modules.cutaneousconfocalmicroscopyimageacquisitionparameters",
    "DXAnatomyImagedModule": "dicomodel.modules.dxanatomyimaged",
    "DXDetectorModule": "dicomodel.modules.dxdetector",
    "DXImageModule": "dicomodel.modules.dximage",
    "DXPositioningModule": "dicomodel.modules.dxpositioning",
    "DXSeriesModule": "dicomodel.modules.dxseries",
    "DefinedStorageModule": "dicomodel.modules.definedstorage",
    "DeformableSpatialRegistrationModule": "dicomodel.modules.deformablespatialregistration",
    "DermoscopicImageModule": "dicomodel.modules.dermoscopicimage",
    "DeviceModule": "dicomodel.modules.device",
    "DirectoryInformationModule": "dicomodel.modules.directoryinformation",
    "DisplayShutterModule": "dicomodel.modules.displayshutter",
    "DisplaySystemModule": "dicomodel.modules.displaysystem",
    "DisplayedAreaModule": "dicomodel.modules.displayedarea",
    "DoubleFloatingPointImagePixelModule": "dicomodel.modules.doublefloatingpointimagepixel",
    "EncapsulatedDocumentModule": "dicomodel.modules.encapsulateddocument",
    "EncapsulatedDocumentSeriesModule": "dicomodel.modules.encapsulateddocumentseries",
    "EnhancedCTImageModule": "dicomodel.modules.enhancedctimage",
    "EnhancedContrastBolusModule": "dicomodel.modules.enhancedcontrastbolus",
    "EnhancedGeneralEquipmentModule": "dicomodel.modules.enhancedgeneralequipment",
    "EnhancedMRImageModule": "dicomodel.modules.enhancedmrimage",
    "EnhancedMammographyImageModule": "dicomodel.modules.enhancedmammographyimage",
    "EnhancedMammographySeriesModule": "dicomodel.modules.enhancedmammographyseries",
    "EnhancedMultiEnergyCTAcquisitionModule": "dicomodel.modules.enhancedmultienergyctacquisition",
    "EnhancedPETAcquisitionModule": "dicomodel.modules.enhancedpetacquisition",
    "EnhancedPETCorrectionsModule": "dicomodel.modules.enhancedpetcorrections",
    "EnhancedPETImageModule": "dicomodel.modules.enhancedpetimage",
    "EnhancedPETIsotopeModule": "dicomodel.modules.enhancedpetisotope",
    "EnhancedPETSeriesModule": "dicomodel.modules.enhancedpetseries",
    "EnhancedPaletteColorLookupTableModule": "dicomodel.modules.enhancedpalettecolorlookuptable",
    "EnhancedRTImageDeviceModule": "dicomodel.modules.enhancedrtimagedevice",
    "EnhancedRTImageModule": "dicomodel.modules.enhancedrtimage",
    "EnhancedRTSeriesModule": "dicomodel.modules.enhancedrtseries",
    "EnhancedSeriesModule": "dicomodel.modules.enhancedseries",
    "EnhancedUSImageModule": "dicomodel.modules.enhancedusimage",
    "EnhancedUSSeriesModule": "dicomodel.modules.enhancedusseries",
    "EnhancedXAXRFImageModule": "dicomodel.modules.enhancedxaxrfimage",
    "EquipmentSpecificationModule": "dicomodel.modules.equipmentspecification",
    "ExcludedIntervalsModule": "dicomodel.modules.excludedintervals",
    "FileSetIdentificationModule": "dicomodel.modules.filesetidentification",
    "FloatingPointImagePixelModule": "dicomodel.modules.floatingpointimagepixel",
    "FrameExtractionModule": "dicomodel.modules.frameextraction",
    "FrameOfReferenceModule": "dicomodel.modules.frameofreference",
    "FramePointersModule": "dicomodel.modules.framepointers",
    "GeneralAcquisitionModule": "dicomodel.modules.generalacquisition",
    "GeneralDefinedAcquisitionModule": "dicomodel.modules.generaldefinedacquisition",
    "GeneralDefinedReconstructionModule": "dicomodel.modules.generaldefinedreconstruction",
    "GeneralEquipmentModule": "dicomodel.modules.generalequipment",
    "GeneralImageModule": "dicomodel.modules.generalimage",
    "GeneralOphthalmicRefractiveMeasurementsModule": "dicomodel.modules.generalophthalmicrefractivemeasurements",
    "GeneralReferenceModule": "dicomodel.modules.generalreference",
    "GeneralSeriesModule": "dicomodel.modules.generalseries",
    "GeneralStudyModule": "dicomodel.modules.generalstudy",
    "GenericImplantTemplate2DDrawingsModule": "dicomodel.modules.genericimplanttemplate2ddrawings",
    "GenericImplantTemplate3DModelsModule": "dicomodel.modules.genericimplanttemplate3dmodels",
    "GenericImplantTemplateDescriptionModule": "dicomodel.modules.genericimplanttemplatedescription",
    "GenericImplantTemplateMatingFeaturesModule": "dicomodel.modules.genericimplanttemplatematingfeatures",
    "GenericImplantTemplatePlanningLandmarksModule": "dicomodel.modules.genericimplanttemplateplanninglandmarks",
    "GraphicAnnotationModule": "dicomodel.modules.graphicannotation",
    "GraphicGroupModule": "dicomodel.modules.graphicgroup",
    "GraphicLayerModule": "dicomodel.modules.graphiclayer",
    "HangingProtocolDefinitionModule": "dicomodel.modules.hangingprotocoldefinition",
    "HangingProtocolDisplayModule": "dicomodel.modules.hangingprotocoldisplay",
    "HangingProtocolEnvironmentModule": "dicomodel.modules.hangingprotocolenvironment",
    "ICCProfileModule": "dicomodel.modules.iccprofile",
    "IVUSImageModule": "dicomodel.modules.ivusimage",
    "ImageAcquisitionResultsModule": "dicomodel.modules.imageacquisitionresults",
    "ImageBoxPixelPresentationModule": "dicomodel.modules.imageboxpixelpresentation",
    "ImageEquipmentCoordinateRelationshipModule": "dicomodel.modules.imageequipmentcoordinaterelationship",
    "ImageHistogramModule": "dicomodel.modules.imagehistogram",
    "ImagePixelModule": "dicomodel.modules.imagepixel",
    "ImagePlaneModule": "dicomodel.modules.imageplane",
    "ImagingServiceRequestModule": "dicomodel.modules.imagingservicerequest",
    "ImplantAssemblyTemplateModule": "dicomodel.modules.implantassemblytemplate",
    "ImplantTemplateGroupModule": "dicomodel.modules.implanttemplategroup",
    "InstanceAvailabilityNotificationModule": "dicomodel.modules.instanceavailabilitynotification",
    "InstructionsModule": "dicomodel.modules.instructions",
    "InterventionModule": "dicomodel.modules.intervention",
    "IntraOralImageModule": "dicomodel.modules.intraoralimage",
    "IntraOralSeriesModule": "dicomodel.modules.intraoralseries",
    "IntraocularLensCalculationsModule": "dicomodel.modules.intraocularlenscalculations",
    "IntraocularLensCalculationsSeriesModule": "dicomodel.modules.intraocularlenscalculationsseries",
    "IntravascularImageAcquisitionParametersModule": "dicomodel.modules.intravascularimageacquisitionparameters",
    "IntravascularOCTAcquisitionParametersModule": "dicomodel.modules.intravascularoctacquisitionparameters",
    "IntravascularOCTImageModule": "dicomodel.modules.intravascularoctimage",
    "IntravascularOCTProcessingParametersModule": "dicomodel.modules.intravascularoctprocessingparameters",
    "IntravascularOCTSeriesModule": "dicomodel.modules.intravascularoctseries",
    "InventoryCreationModule": "dicomodel.modules.inventorycreation",
    "InventoryModule": "dicomodel.modules.inventory",
    "KeratometryMeasurementsModule": "dicomodel.modules.keratometrymeasurements",
    "KeratometryMeasurementsSeriesModule": "dicomodel.modules.keratometrymeasurementsseries",
    "KeyObjectDocumentModule": "dicomodel.modules.keyobjectdocument",
    "KeyObjectDocumentSeriesModule": "dicomodel.modules.keyobjectdocumentseries",
    "LensometryMeasurementsModule": "dicomodel.modules.lensometrymeasurements",
    "LensometryMeasurementsSeriesModule": "dicomodel.modules.lensometrymeasurementsseries",
    "MPRVolumetricPresentationStateDisplayModule": "dicomodel.modules.mprvolumetricpresentationstatedisplay",
    "MRImageModule": "dicomodel.modules.mrimage",
    "MRPulseSequenceModule": "dicomodel.modules.mrpulsesequence",
    "MRSeriesModule": "dicomodel.modules.mrseries",
    "MRSpectroscopyDataModule": "dicomodel.modules.mrspectroscopydata",
    "MRSpectroscopyModule": "dicomodel.modules.mrspectroscopy",
    "MRSpectroscopyPulseSequenceModule": "dicomodel.modules.mrspectroscopypulsesequence",
    "MammographyImageModule": "dicomodel.modules.mammographyimage",
    "MammographySeriesModule": "dicomodel.modules.mammographyseries",
    "Manufacturing3DModelModule": "dicomodel.modules.manufacturing3dmodel",
    "MaskModule": "dicomodel.modules.mask",
    "MeasuredDoseReferenceRecordModule": "dicomodel.modules.measureddosereferencerecord",
    "MediaCreationManagementModule": "dicomodel.modules.mediacreationmanagement",
    "MicroscopeSlideLayerTileOrganizationModule": "dicomodel.modules.microscopeslidelayertileorganization",
    "MicroscopyBulkSimpleAnnotationsModule": "dicomodel.modules.microscopybulksimpleannotations",
    "MicroscopyBulkSimpleAnnotationsSeriesModule": "dicomodel.modules.microscopybulksimpleannotationsseries",
    "ModalityLUTModule": "dicomodel.modules.modalitylut",
    "MultiEnergyCTImageModule": "dicomodel.modules.multienergyctimage",
    "MultiFrameDimensionModule": "dicomodel.modules.multiframedimension",
    "MultiFrameFunctionalGroupsModule": "dicomodel.modules.multiframefunctionalgroups",
    "MultiFrameModule": "dicomodel.modules.multiframe",
    "MultiFrameOverlayModule": "dicomodel.modules.multiframeoverlay",
    "MultiPlanarReconstructionGeometryModule": "dicomodel.modules.multiplanarreconstructiongeometry",
    "MultiResolutionPyramidModule": "dicomodel.modules.multiresolutionpyramid",
    "NMDetectorModule": "dicomodel.modules.nmdetector",
    "NMImageModule": "dicomodel.modules.nmimage",
    "NMImagePixelModule": "dicomodel.modules.nmimagepixel",
    "NMIsotopeModule": "dicomodel.modules.nmisotope",
    "NMMultiFrameModule": "dicomodel.modules.nmmultiframe",
    "NMMultiGatedAcquisitionModule": "dicomodel.modules.nmmultigatedacquisition",
    "NMPETPatientOrientationModule": "dicomodel.modules.nmpetpatientorientation",
    "NMPhaseModule": "dicomodel.modules.nmphase",
    "NMReconstructionModule": "dicomodel.modules.nmreconstruction",
    "NMTomoAcquisitionModule": "dicomodel.modules.nmtomoacquisition",
    "OcularRegionImagedModule": "dicomodel.modules.ocularregionimaged",
    "OphthalmicAxialMeasurementsModule": "dicomodel.modules.ophthalmicaxialmeasurements",
    "OphthalmicAxialMeasurementsSeriesModule": "dicomodel.modules.ophthalmicaxialmeasurementsseries",
    "OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisImageModule": "dicomodel.modules.ophthalmicopticalcoherencetomographybscanvolumeanalysisimage",
    "OphthalmicOpticalCoherenceTomographyEnFaceImageModule": "dicomodel.modules.ophthalmicopticalcoherencetomographyenfaceimage",
    "OphthalmicOpticalCoherenceTomographyEnFaceImageQualityRatingModule": "dicomodel.modules.ophthalmicopticalcoherencetomographyenfaceimagequalityrating",
    "OphthalmicPatientClinicalInformationAndTestLensParametersModule": "dicomodel.modules.ophthalmicpatientclinicalinformationandtestlensparameters",
    "OphthalmicPhotographicParametersModule": "dicomodel.modules.ophthalmicphotographicparameters",
    "OphthalmicPhotographyAcquisitionParametersModule": "dicomodel.modules.ophthalmicphotographyacquisitionparameters",
    "OphthalmicPhotographyImageModule": "dicomodel.modules.ophthalmicphotographyimage",
    "OphthalmicPhotographySeriesModule": "dicomodel.modules.ophthalmicphotographyseries",
    "OphthalmicThicknessMapModule": "dicomodel.modules.ophthalmicthicknessmap",
    "OphthalmicThicknessMapQualityRatingModule": "dicomodel.modules.ophthalmicthicknessmapqualityrating",
    "OphthalmicThicknessMapSeriesModule": "dicomodel.modules.ophthalmicthicknessmapseries",
    "OphthalmicTomographyAcquisitionParametersModule": "dicomodel.modules.ophthalmictomographyacquisitionparameters",
    "OphthalmicTomographyBScanVolumeAnalysisSeriesModule": "dicomodel.modules.ophthalmictomographybscanvolumeanalysisseries",
    "OphthalmicTomographyEnFaceSeriesModule": "dicomodel.modules.ophthalmictomographyenfaceseries",
    "OphthalmicTomographyImageModule": "dicomodel.modules.ophthalmictomographyimage",
    "OphthalmicTomographyParametersModule": "dicomodel.modules.ophthalmictomographyparameters",
    "OphthalmicTomographySeriesModule": "dicomodel.modules.ophthalmictomographyseries",
    "OpticalPathModule": "dicomodel.modules.opticalpath",
    "OpticalSurfaceScannerSeriesModule": "dicomodel.modules.opticalsurfacescannerseries",
    "OverlayActivationModule": "dicomodel.modules.overlayactivation",
    "OverlayPlaneModule": "dicomodel.modules.overlayplane",
    "PETImageModule": "dicomodel.modules.petimage",
    "PETIsotopeModule": "dicomodel.modules.petisotope",
    "PETMultiGatedAcquisitionModule": "dicomodel.modules.petmultigatedacquisition",
    "PETSeriesModule": "dicomodel.modules.petseries",
    "PaletteColorLookupTableModule": "dicomodel.modules.palettecolorlookuptable",
    "ParametricMapImageModule": "dicomodel.modules.parametricmapimage",
    "ParametricMapSeriesModule": "dicomodel.modules.parametricmapseries",
    "PatientDemographicModule": "dicomodel.modules.patientdemographic",
    "PatientIdentificationModule": "dicomodel.modules.patientidentification",
    "PatientMedicalModule": "dicomodel.modules.patientmedical",
    "PatientModule": "dicomodel.modules.patient",
    "PatientOrientationModule": "dicomodel.modules.patientorientation",
    "PatientPositioningModule": "dicomodel.modules.patientpositioning",
    "PatientProtocolContextModule": "dicomodel.modules.patientprotocolcontext",
    "PatientRelationshipModule": "dicomodel.modules.patientrelationship",
    "PatientSpecificationModule": "dicomodel.modules.patientspecification",
    "PatientStudyModule": "dicomodel.modules.patientstudy",
    "PerformedCTAcquisitionModule": "dicomodel.modules.performedctacquisition",
    "PerformedCTReconstructionModule": "dicomodel.modules.performedctreconstruction",
    "PerformedProcedureStepInformationModule": "dicomodel.modules.performedprocedurestepinformation",
    "PerformedProcedureStepRelationshipModule": "dicomodel.modules.performedproceduresteprelationship",
    "PerformedStorageModule": "dicomodel.modules.performedstorage",
    "PerformedXAAcquisitionModule": "dicomodel.modules.performedxaacquisition",
    "PerformedXAReconstructionModule": "dicomodel.modules.performedxareconstruction",
    "PhotoacousticAcquisitionParametersModule": "dicomodel.modules.photoacousticacquisitionparameters",
    "PhotoacousticImageModule": "dicomodel.modules.photoacousticimage",
    "PhotoacousticReconstructionModule": "dicomodel.modules.photoacousticreconstruction",
    "PhotoacousticTransducerModule": "dicomodel.modules.photoacoustictransducer",
    "PointCloudModule": "dicomodel.modules.pointcloud",
    "PresentationAnimationModule": "dicomodel.modules.presentationanimation",
    "PresentationLUTModule": "dicomodel.modules.presentationlut",
    "PresentationSeriesModule": "dicomodel.modules.presentationseries",
    "PresentationStateBlendingModule": "dicomodel.modules.presentationstateblending",
    "PresentationStateIdentificationModule": "dicomodel.modules.presentationstateidentification",
    "PresentationStateMaskModule": "dicomodel.modules.presentationstatemask",
    "PresentationStateRelationshipModule": "dicomodel.modules.presentationstaterelationship",
    "PresentationStateShutterModule": "dicomodel.modules.presentationstateshutter",
    "PresentationViewDescriptionModule": "dicomodel.modules.presentationviewdescription",
    "PrintJobModule": "dicomodel.modules.printjob",
    "PrinterConfigurationModule": "dicomodel.modules.printerconfiguration",
    "PrinterModule": "dicomodel.modules.printer",
    "ProductCharacteristicsModule": "dicomodel.modules.productcharacteristics",
    "ProtocolApprovalModule": "dicomodel.modules.protocolapproval",
    "ProtocolContextModule": "dicomodel.modules.protocolcontext",
    "QAResultsModule": "dicomodel.modules.qaresults",
    "ROIContourModule": "dicomodel.modules.roicontour",
    "RTBeamsDeliveryInstructionModule": "dicomodel.modules.rtbeamsdeliveryinstruction",
    "RTBeamsModule": "dicomodel.modules.rtbeams",
    "RTBeamsSessionRecordModule": "dicomodel.modules.rtbeamssessionrecord",
    "RTBrachyApplicationSetupDeliveryInstructionModule": "dicomodel.modules.rtbrachyapplicationsetupdeliveryinstruction",
    "RTBrachyApplicationSetupsModule": "dicomodel.modules.rtbrachyapplicationsetups",
    "RTBrachySessionRecordModule": "dicomodel.modules.rtbrachysessionrecord",
    "RTConventionalMachineVerificationModule": "dicomodel.modules.rtconventionalmachineverification",
    "RTDVHModule": "dicomodel.modules.rtdvh",
    "RTDeliveryDeviceCommonModule": "dicomodel.modules.rtdeliverydevicecommon",
    "RTDoseContributionModule": "dicomodel.modules.rtdosecontribution",
    "RTDoseContributionRecordModule": "dicomodel.modules.rtdosecontributionrecord",
    "RTDoseModule": "dicomodel.modules.rtdose",
    "RTEnhancedPrescriptionModule": "dicomodel.modules.rtenhancedprescription",
    "RTFractionSchemeModule": "dicomodel.modules.rtfractionscheme",
    "RTGeneralMachineVerificationModule": "dicomodel.modules.rtgeneralmachineverification",
    "RTGeneralPlanModule": "dicomodel.modules.rtgeneralplan",
    "RTGeneralTreatmentRecordModule": "dicomodel.modules.rtgeneraltreatmentrecord",
    "RTImageModule": "dicomodel.modules.rtimage",
    "RTIonBeamsModule": "dicomodel.modules.rtionbeams",
    "RTIonBeamsSessionRecordModule": "dicomodel.modules.rtionbeamssessionrecord",
    "RTIonMachineVerificationModule": "dicomodel.modules.rtionmachineverification",
    "RTIonToleranceTablesModule": "dicomodel.modules.rtiontolerancetables",
    "RTPatientPositionAcquisitionDeviceModule": "dicomodel.modules.rtpatientpositionacquisitiondevice",
    "RTPatientPositionAcquisitionInstructionModule": "dicomodel.modules.rtpatientpositionacquisitioninstruction",
    "RTPatientSetupModule": "dicomodel.modules.rtpatientsetup",
    "RTPhysicianIntentModule": "dicomodel.modules.rtphysicianintent",
    "RTPrescriptionModule": "dicomodel.modules.rtprescription",
    "RTROIObservationsModule": "dicomodel.modules.rtroiobservations",
    "RTRadiationCommonModule": "dicomodel.modules.rtradiationcommon",
    "RTRadiationRecordCommonModule": "dicomodel.modules.rtradiationrecordcommon",
    "RTRadiationRecordSetModule": "dicomodel.modules.rtradiationrecordset",
    "RTRadiationSalvageRecordModule": "dicomodel.modules.rtradiationsalvagerecord",
    "RTRadiationSetDeliveryInstructionModule": "dicomodel.modules.rtradiationsetdeliveryinstruction",
    "RTRadiationSetModule": "dicomodel.modules.rtradiationset",
    "RTSegmentAnnotationModule": "dicomodel.modules.rtsegmentannotation",
    "RTSeriesModule": "dicomodel.modules.rtseries",
    "RTToleranceTablesModule": "dicomodel.modules.rttolerancetables",
    "RTTreatmentMachineRecordModule": "dicomodel.modules.rttreatmentmachinerecord",
    "RTTreatmentPhaseIntentModule": "dicomodel.modules.rttreatmentphaseintent",
    "RTTreatmentPreparationModule": "dicomodel.modules.rttreatmentpreparation",
    "RTTreatmentSummaryRecordModule": "dicomodel.modules.rttreatmentsummaryrecord",
    "RadiotherapyCommonInstanceModule": "dicomodel.modules.radiotherapycommoninstance",
    "RawDataModule": "dicomodel.modules.rawdata",
    "RealTimeAcquisitionModule": "dicomodel.modules.realtimeacquisition",
    "RealTimeBulkDataFlowModule": "dicomodel.modules.realtimebulkdataflow",
    "RealWorldValueMappingModule": "dicomodel.modules.realworldvaluemapping",
    "RealWorldValueMappingSeriesModule": "dicomodel.modules.realworldvaluemappingseries",
    "RenderDisplayModule": "dicomodel.modules.renderdisplay",
    "RenderShadingModule": "dicomodel.modules.rendershading",
    "RequestedProcedureModule": "dicomodel.modules.requestedprocedure",
    "RespiratorySynchronizationModule": "dicomodel.modules.respiratorysynchronization",
    "RoboticArmDeliveryDeviceModule": "dicomodel.modules.roboticarmdeliverydevice",
    "RoboticArmPathModule": "dicomodel.modules.roboticarmpath",
    "SCEquipmentModule": "dicomodel.modules.scequipment",
    "SCImageModule": "dicomodel.modules.scimage",
    "SCMultiFrameImageModule": "dicomodel.modules.scmultiframeimage",
    "SCMultiFrameVectorModule": "dicomodel.modules.scmultiframevector",
    "SOPCommonModule": "dicomodel.modules.sopcommon",
    "SRDocumentContentModule": "dicomodel.modules.srdocumentcontent",
    "SRDocumentGeneralModule": "dicomodel.modules.srdocumentgeneral",
    "SRDocumentSeriesModule": "dicomodel.modules.srdocumentseries",
    "ScanProcedureModule": "dicomodel.modules.scanprocedure",
    "ScheduledProcedureStepModule": "dicomodel.modules.scheduledprocedurestep",
    "SegmentReferenceModule": "dicomodel.modules.segmentreference",
    "SegmentationImageModule": "dicomodel.modules.segmentationimage",
    "SegmentationSeriesModule": "dicomodel.modules.segmentationseries",
    "SlideCoordinatesModule": "dicomodel.modules.slidecoordinates",
    "SlideLabelModule": "dicomodel.modules.slidelabel",
    "SoftcopyPresentationLUTModule": "dicomodel.modules.softcopypresentationlut",
    "SoftcopyVOILUTModule": "dicomodel.modules.softcopyvoilut",
    "SparseMultiFrameFunctionalGroupsModule": "dicomodel.modules.sparsemultiframefunctionalgroups",
    "SpatialFiducialsModule": "dicomodel.modules.spatialfiducials",
    "SpatialFiducialsSeriesModule": "dicomodel.modules.spatialfiducialsseries",
    "SpatialRegistrationModule": "dicomodel.modules.spatialregistration",
    "SpatialRegistrationSeriesModule": "dicomodel.modules.spatialregistrationseries",
    "SpatialTransformationModule": "dicomodel.modules.spatialtransformation",
    "SpecimenModule": "dicomodel.modules.specimen",
    "StereometricRelationshipModule": "dicomodel.modules.stereometricrelationship",
    "StereometricSeriesModule": "dicomodel.modules.stereometricseries",
    "StorageCommitmentModule": "dicomodel.modules.storagecommitment",
    "StructureSetModule": "dicomodel.modules.structureset",
    "StructuredDisplayAnnotationModule": "dicomodel.modules.structureddisplayannotation",
    "StructuredDisplayImageBoxModule": "dicomodel.modules.structureddisplayimagebox",
    "StructuredDisplayModule": "dicomodel.modules.structureddisplay",
    "SubjectiveRefractionMeasurementsModule": "dicomodel.modules.subjectiverefractionmeasurements",
    "SubjectiveRefractionMeasurementsSeriesModule": "dicomodel.modules.subjectiverefractionmeasurementsseries",
    "SubstanceAdministrationLogModule": "dicomodel.modules.substanceadministrationlog",
    "SubstanceAdministrationModule": "dicomodel.modules.substanceadministration",
    "SubstanceApprovalModule": "dicomodel.modules.substanceapproval",
    "SupplementalPaletteColorLookupTableModule": "dicomodel.modules.supplementalpalettecolorlookuptable",
    "SurfaceMeshModule": "dicomodel.modules.surfacemesh",
    "SurfaceSegmentationModule": "dicomodel.modules.surfacesegmentation",
    "SynchronizationModule": "dicomodel.modules.synchronization",
    "TargetLuminanceCharacteristicsModule": "dicomodel.modules.targetluminancecharacteristics",
    "TimezoneModule": "dicomodel.modules.timezone",
    "TomotherapeuticBeamModule": "dicomodel.modules.tomotherapeuticbeam",
    "TomotherapeuticDeliveryDeviceModule": "dicomodel.modules.tomotherapeuticdeliverydevice",
    "TractographyResultsModule": "dicomodel.modules.tractographyresults",
    "TractographyResultsSeriesModule": "dicomodel.modules.tractographyresultsseries",
    "USImageModule": "dicomodel.modules.usimage",
    "USRegionCalibrationModule": "dicomodel.modules.usregioncalibration",
    "UVMappingModule": "dicomodel.modules.uvmapping",
    "UltrasoundFrameOfReferenceModule": "dicomodel.modules.ultrasoundframeofreference",
    "UnifiedProcedureStepPerformedProcedureInformationModule": "dicomodel.modules.unifiedprocedurestepperformedprocedureinformation",
    "UnifiedProcedureStepProgressInformationModule": "dicomodel.modules.unifiedprocedurestepprogressinformation",
    "UnifiedProcedureStepRelationshipModule": "dicomodel.modules.unifiedproceduresteprelationship",
    "UnifiedProcedureStepScheduledProcedureInformationModule": "dicomodel.modules.unifiedprocedurestepscheduledprocedureinformation",
    "VLImageModule": "dicomodel.modules.vlimage",
    "VLPhotographicAcquisitionModule": "dicomodel.modules.vlphotographicacquisition",
    "VLPhotographicEquipmentModule": "dicomodel.modules.vlphotographicequipment",
    "VLPhotographicGeolocationModule": "dicomodel.modules.vlphotographicgeolocation",
    "VOILUTModule": "dicomodel.modules.voilut",
    "VariableModalityLUTModule": "dicomodel.modules.variablemodalitylut",
    "VisitAdmissionModule": "dicomodel.modules.visitadmission",
    "VisitIdentificationModule": "dicomodel.modules.visitidentification",
    "VisitRelationshipModule": "dicomodel.modules.visitrelationship",
    "VisitStatusModule": "dicomodel.modules.visitstatus",
    "VisualAcuityMeasurementsModule": "dicomodel.modules.visualacuitymeasurements",
    "VisualAcuityMeasurementsSeriesModule": "dicomodel.modules.visualacuitymeasurementsseries",
    "VisualFieldStaticPerimetryMeasurementsSeriesModule": "dicomodel.modules.visualfieldstaticperimetrymeasurementsseries",
    "VisualFieldStaticPerimetryTestMeasurementsModule": "dicomodel.modules.visualfieldstaticperimetrytestmeasurements",
    "VisualFieldStaticPerimetryTestParametersModule": "dicomodel.modules.visualfieldstaticperimetrytestparameters",
    "VisualFieldStaticPerimetryTestReliabilityModule": "dicomodel.modules.visualfieldstaticperimetrytestreliability",
    "VisualFieldStaticPerimetryTestResultsModule": "dicomodel.modules.visualfieldstaticperimetrytestresults",
    "VolumeCroppingModule": "dicomodel.modules.volumecropping",
    "VolumeRenderGeometryModule": "dicomodel.modules.volumerendergeometry",
    "VolumetricGraphicAnnotationModule": "dicomodel.modules.volumetricgraphicannotation",
    "VolumetricPresentationStateIdentificationModule": "dicomodel.modules.volumetricpresentationstateidentification",
    "VolumetricPresentationStateRelationshipModule": "dicomodel.modules.volumetricpresentationstaterelationship",
    "WaveformAnnotationModule": "dicomodel.modules.waveformannotation",
    "WaveformIdentificationModule": "dicomodel.modules.waveformidentification",
    "WaveformModule": "dicomodel.modules.waveform",
    "WholeSlideMicroscopyImageModule": "dicomodel.modules.wholeslidemicroscopyimage",
    "WholeSlideMicroscopySeriesModule": "dicomodel.modules.wholeslidemicroscopyseries",
    "WideFieldOphthalmicPhotography3DCoordinatesModule": "dicomodel.modules.widefieldophthalmicphotography3dcoordinates",
    "WideFieldOphthalmicPhotographyQualityRatingModule": "dicomodel.modules.widefieldophthalmicphotographyqualityrating",
    "WideFieldOphthalmicPhotographyStereographicProjectionModule": "dicomodel.modules.widefieldophthalmicphotographystereographicprojection",
    "XAPositionerModule": "dicomodel.modules.xapositioner",
    "XAProtocolSeriesModule": "dicomodel.modules.xaprotocolseries",
    "XAXRFAcquisitionModule": "dicomodel.modules.xaxrfacquisition",
    "XAXRFMultiFramePresentationModule": "dicomodel.modules.xaxrfmultiframepresentation",
    "XAXRFPresentationStateMaskModule": "dicomodel.modules.xaxrfpresentationstatemask",
    "XAXRFPresentationStatePresentationModule": "dicomodel.modules.xaxrfpresentationstatepresentation",
    "XAXRFPresentationStateShutterModule": "dicomodel.modules.xaxrfpresentationstateshutter",
    "XAXRFSeriesModule": "dicomodel.modules.xaxrfseries",
    "XRFPositionerModule": "dicomodel.modules.xrfpositioner",
    "XRay3DAngiographicAcquisitionModule": "dicomodel.modules.xray3dangiographicacquisition",
    "XRay3DAngiographicImageContributingSourcesModule": "dicomodel.modules.xray3dangiographicimagecontributingsources",
    "XRay3DCraniofacialAcquisitionModule": "dicomodel.modules.xray3dcraniofacialacquisition",
    "XRay3DCraniofacialImageContributingSourcesModule": "dicomodel.modules.xray3dcraniofacialimagecontributingsources",
    "XRay3DImageModule": "dicomodel.modules.xray3dimage",
    "XRay3DReconstructionModule": "dicomodel.modules.xray3dreconstruction",
    "XRayAcquisitionDoseModule": "dicomodel.modules.xrayacquisitiondose",
    "XRayAcquisitionModule": "dicomodel.modules.xrayacquisition",
    "XRayCollimatorModule": "dicomodel.modules.xraycollimator",
    "XRayDetectorModule": "dicomodel.modules.xraydetector",
    "XRayFiltrationModule": "dicomodel.modules.xrayfiltration",
    "XRayGenerationModule": "dicomodel.modules.xraygeneration",
    "XRayGridModule": "dicomodel.modules.xraygrid",
    "XRayImageIntensifierModule": "dicomodel.modules.xrayimageintensifier",
    "XRayImageModule": "dicomodel.modules.xrayimage",
    "XRayTableModule": "dicomodel.modules.xraytable",
    "XRayTomographyAcquisitionModule": "dicomodel.modules.xraytomographyacquisition",
}

if TYPE_CHECKING:
    from dicomodel.modules.acquisitioncontext import (
        AcquisitionContextModule as AcquisitionContextModule,
    )
    from dicomodel.modules.advancedblendingpresentationstate import (
        AdvancedBlendingPresentationStateModule as AdvancedBlendingPresentationStateModule,
    )
    from dicomodel.modules.advancedblendingpresentationstatedisplay import (
        AdvancedBlendingPresentationStateDisplayModule as AdvancedBlendingPresentationStateDisplayModule,
    )
    from dicomodel.modules.approval import ApprovalModule as ApprovalModule
    from dicomodel.modules.autorefractionmeasurements import (
        AutorefractionMeasurementsModule as AutorefractionMeasurementsModule,
    )
    from dicomodel.modules.autorefractionmeasurementsseries import (
        AutorefractionMeasurementsSeriesModule as AutorefractionMeasurementsSeriesModule,
    )
    from dicomodel.modules.basicannotationpresentation import (
        BasicAnnotationPresentationModule as BasicAnnotationPresentationModule,
    )
    from dicomodel.modules.basicfilmboxpresentation import (
        BasicFilmBoxPresentationModule as BasicFilmBoxPresentationModule,
    )
    from dicomodel.modules.basicfilmboxrelationship import (
        BasicFilmBoxRelationshipModule as BasicFilmBoxRelationshipModule,
    )
    from dicomodel.modules.basicfilmsessionpresentation import (
        BasicFilmSessionPresentationModule as BasicFilmSessionPresentationModule,
    )
    from dicomodel.modules.basicfilmsessionrelationship import (
        BasicFilmSessionRelationshipModule as BasicFilmSessionRelationshipModule,
    )
    from dicomodel.modules.billingandmaterialmanagementcode import (
        BillingAndMaterialManagementCodeModule as BillingAndMaterialManagementCodeModule,
    )
    from dicomodel.modules.bitmapdisplayshutter import (
        BitmapDisplayShutterModule as BitmapDisplayShutterModule,
    )
    from dicomodel.modules.breasttomosynthesisacquisition import (
        BreastTomosynthesisAcquisitionModule as BreastTomosynthesisAcquisitionModule,
    )
    from dicomodel.modules.breasttomosynthesiscontributingsources import (
        BreastTomosynthesisContributingSourcesModule as BreastTomosynthesisContributingSourcesModule,
    )
    from dicomodel.modules.breastview import BreastViewModule as BreastViewModule
    from dicomodel.modules.bulkmotionsynchronization import (
        BulkMotionSynchronizationModule as BulkMotionSynchronizationModule,
    )
    from dicomodel.modules.calculateddosereferencerecord import (
        CalculatedDoseReferenceRecordModule as CalculatedDoseReferenceRecordModule,
    )
    from dicomodel.modules.cardiacsynchronization import (
        CardiacSynchronizationModule as CardiacSynchronizationModule,
    )
    from dicomodel.modules.carmphotonelectronbeam import (
        CArmPhotonElectronBeamModule as CArmPhotonElectronBeamModule,
    )
    from dicomodel.modules.carmphotonelectrondeliverydevice import (
        CArmPhotonElectronDeliveryDeviceModule as CArmPhotonElectronDeliveryDeviceModule,
    )
    from dicomodel.modules.cine import CineModule as CineModule
    from dicomodel.modules.clinicaltrialcontext import (
        ClinicalTrialContextModule as ClinicalTrialContextModule,
    )
    from dicomodel.modules.clinicaltrialseries import (
        ClinicalTrialSeriesModule as ClinicalTrialSeriesModule,
    )
    from dicomodel.modules.clinicaltrialstudy import (
        ClinicalTrialStudyModule as ClinicalTrialStudyModule,
    )
    from dicomodel.modules.clinicaltrialsubject import (
        ClinicalTrialSubjectModule as ClinicalTrialSubjectModule,
    )
    from dicomodel.modules.colorpalettedefinition import (
        ColorPaletteDefinitionModule as ColorPaletteDefinitionModule,
    )
    from dicomodel.modules.commoninstancereference import (
        CommonInstanceReferenceModule as CommonInstanceReferenceModule,
    )
    from dicomodel.modules.confocalmicroscopyimage import (
        ConfocalMicroscopyImageModule as ConfocalMicroscopyImageModule,
    )
    from dicomodel.modules.confocalmicroscopytiledpyramidalimage import (
        ConfocalMicroscopyTiledPyramidalImageModule as ConfocalMicroscopyTiledPyramidalImageModule,
    )
    from dicomodel.modules.contentassessmentresults import (
        ContentAssessmentResultsModule as ContentAssessmentResultsModule,
    )
    from dicomodel.modules.contrastbolus import ContrastBolusModule as ContrastBolusModule
    from dicomodel.modules.cornealtopographymapanalysis import (
        CornealTopographyMapAnalysisModule as CornealTopographyMapAnalysisModule,
    )
    from dicomodel.modules.cornealtopographymapimage import (
        CornealTopographyMapImageModule as CornealTopographyMapImageModule,
    )
    from dicomodel.modules.cornealtopographymapseries import (
        CornealTopographyMapSeriesModule as CornealTopographyMapSeriesModule,
    )
    from dicomodel.modules.crimage import CRImageModule as CRImageModule
    from dicomodel.modules.crseries import CRSeriesModule as CRSeriesModule
    from dicomodel.modules.ctimage import CTImageModule as CTImageModule
    from dicomodel.modules.ctprotocolseries import CTProtocolSeriesModule as CTProtocolSeriesModule
    from dicomodel.modules.ctseries import CTSeriesModule as CTSeriesModule
    from dicomodel.modules.currentframefunctionalgroups import (
        CurrentFrameFunctionalGroupsModule as CurrentFrameFunctionalGroupsModule,
    )
    from dicomodel.modules.cutaneousconfocalmicroscopyimageacquisitionparameters import (
        CutaneousConfocalMicroscopyImageAcquisitionParametersModule as CutaneousConfocalMicroscopyImageAcquisitionParametersModule,
    )
    from dicomodel.modules.definedstorage import DefinedStorageModule as DefinedStorageModule
    from dicomodel.modules.deformablespatialregistration import (
        DeformableSpatialRegistrationModule as DeformableSpatialRegistrationModule,
    )
    from dicomodel.modules.dermoscopicimage import DermoscopicImageModule as DermoscopicImageModule
    from dicomodel.modules.device import DeviceModule as DeviceModule
    from dicomodel.modules.directoryinformation import (
        DirectoryInformationModule as DirectoryInformationModule,
    )
    from dicomodel.modules.displayedarea import DisplayedAreaModule as DisplayedAreaModule
    from dicomodel.modules.displayshutter import DisplayShutterModule as DisplayShutterModule
    from dicomodel.modules.displaysystem import DisplaySystemModule as DisplaySystemModule
    from dicomodel.modules.doublefloatingpointimagepixel import (
        DoubleFloatingPointImagePixelModule as DoubleFloatingPointImagePixelModule,
    )
    from dicomodel.modules.dxanatomyimaged import DXAnatomyImagedModule as DXAnatomyImagedModule
    from dicomodel.modules.dxdetector import DXDetectorModule as DXDetectorModule
    from dicomodel.modules.dximage import DXImageModule as DXImageModule
    from dicomodel.modules.dxpositioning import DXPositioningModule as DXPositioningModule
    from dicomodel.modules.dxseries import DXSeriesModule as DXSeriesModule
    from dicomodel.modules.encapsulateddocument import (
        EncapsulatedDocumentModule as EncapsulatedDocumentModule,
    )
    from dicomodel.modules.encapsulateddocumentseries import (
        EncapsulatedDocumentSeriesModule as EncapsulatedDocumentSeriesModule,
    )
    from dicomodel.modules.enhancedcontrastbolus import (
        EnhancedContrastBolusModule as EnhancedContrastBolusModule,
    )
    from dicomodel.modules.enhancedctimage import EnhancedCTImageModule as EnhancedCTImageModule
    from dicomodel.modules.enhancedgeneralequipment import (
        EnhancedGeneralEquipmentModule as EnhancedGeneralEquipmentModule,
    )
    from dicomodel.modules.enhancedmammographyimage import (
        EnhancedMammographyImageModule as EnhancedMammographyImageModule,
    )
    from dicomodel.modules.enhancedmammographyseries import (
        EnhancedMammographySeriesModule as EnhancedMammographySeriesModule,
    )
    from dicomodel.modules.enhancedmrimage import EnhancedMRImageModule as EnhancedMRImageModule
    from dicomodel.modules.enhancedmultienergyctacquisition import (
        EnhancedMultiEnergyCTAcquisitionModule as EnhancedMultiEnergyCTAcquisitionModule,
    )
    from dicomodel.modules.enhancedpalettecolorlookuptable import (
        EnhancedPaletteColorLookupTableModule as EnhancedPaletteColorLookupTableModule,
    )
    from dicomodel.modules.enhancedpetacquisition import (
        EnhancedPETAcquisitionModule as EnhancedPETAcquisitionModule,
    )
    from dicomodel.modules.enhancedpetcorrections import (
        EnhancedPETCorrectionsModule as EnhancedPETCorrectionsModule,
    )
    from dicomodel.modules.enhancedpetimage import EnhancedPETImageModule as EnhancedPETImageModule
    from dicomodel.modules.enhancedpetisotope import (
        EnhancedPETIsotopeModule as EnhancedPETIsotopeModule,
    )
    from dicomodel.modules.enhancedpetseries import (
        EnhancedPETSeriesModule as EnhancedPETSeriesModule,
    )
    from dicomodel.modules.enhancedrtimage import EnhancedRTImageModule as EnhancedRTImageModule
    from dicomodel.modules.enhancedrtimagedevice import (
        EnhancedRTImageDeviceModule as EnhancedRTImageDeviceModule,
    )
    from dicomodel.modules.enhancedrtseries import EnhancedRTSeriesModule as EnhancedRTSeriesModule
    from dicomodel.modules.enhancedseries import EnhancedSeriesModule as EnhancedSeriesModule
    from dicomodel.modules.enhancedusimage import EnhancedUSImageModule as EnhancedUSImageModule
    from dicomodel.modules.enhancedusseries import EnhancedUSSeriesModule as EnhancedUSSeriesModule
    from dicomodel.modules.enhancedxaxrfimage import (
        EnhancedXAXRFImageModule as EnhancedXAXRFImageModule,
    )
    from dicomodel.modules.equipmentspecification import (
        EquipmentSpecificationModule as EquipmentSpecificationModule,
    )
    from dicomodel.modules.excludedintervals import (
        ExcludedIntervalsModule as ExcludedIntervalsModule,
    )
    from dicomodel.modules.filesetidentification import (
        FileSetIdentificationModule as FileSetIdentificationModule,
    )
    from dicomodel.modules.floatingpointimagepixel import (
        FloatingPointImagePixelModule as FloatingPointImagePixelModule,
    )
    from dicomodel.modules.frameextraction import FrameExtractionModule as FrameExtractionModule
    from dicomodel.modules.frameofreference import FrameOfReferenceModule as FrameOfReferenceModule
    from dicomodel.modules.framepointers import FramePointersModule as FramePointersModule
    from dicomodel.modules.generalacquisition import (
        GeneralAcquisitionModule as GeneralAcquisitionModule,
    )
    from dicomodel.modules.generaldefinedacquisition import (
        GeneralDefinedAcquisitionModule as GeneralDefinedAcquisitionModule,
    )
    from dicomodel.modules.generaldefinedreconstruction import (
        GeneralDefinedReconstructionModule as GeneralDefinedReconstructionModule,
    )
    from dicomodel.modules.generalequipment import GeneralEquipmentModule as GeneralEquipmentModule
    from dicomodel.modules.generalimage import GeneralImageModule as GeneralImageModule
    from dicomodel.modules.generalophthalmicrefractivemeasurements import (
        GeneralOphthalmicRefractiveMeasurementsModule as GeneralOphthalmicRefractiveMeasurementsModule,
    )
    from dicomodel.modules.generalreference import GeneralReferenceModule as GeneralReferenceModule
    from dicomodel.modules.generalseries import GeneralSeriesModule as GeneralSeriesModule
    from dicomodel.modules.generalstudy import GeneralStudyModule as GeneralStudyModule
    from dicomodel.modules.genericimplanttemplate2ddrawings import (
        GenericImplantTemplate2DDrawingsModule as GenericImplantTemplate2DDrawingsModule,
    )
    from dicomodel.modules.genericimplanttemplate3dmodels import (
        GenericImplantTemplate3DModelsModule as GenericImplantTemplate3DModelsModule,
    )
    from dicomodel.modules.genericimplanttemplatedescription import (
        GenericImplantTemplateDescriptionModule as GenericImplantTemplateDescriptionModule,
    )
    from dicomodel.modules.genericimplanttemplatematingfeatures import (
        GenericImplantTemplateMatingFeaturesModule as GenericImplantTemplateMatingFeaturesModule,
    )
    from dicomodel.modules.genericimplanttemplateplanninglandmarks import (
        GenericImplantTemplatePlanningLandmarksModule as GenericImplantTemplatePlanningLandmarksModule,
    )
    from dicomodel.modules.graphicannotation import (
        GraphicAnnotationModule as GraphicAnnotationModule,
    )
    from dicomodel.modules.graphicgroup import GraphicGroupModule as GraphicGroupModule
    from dicomodel.modules.graphiclayer import GraphicLayerModule as GraphicLayerModule
    from dicomodel.modules.hangingprotocoldefinition import (
        HangingProtocolDefinitionModule as HangingProtocolDefinitionModule,
    )
    from dicomodel.modules.hangingprotocoldisplay import (
        HangingProtocolDisplayModule as HangingProtocolDisplayModule,
    )
    from dicomodel.modules.hangingprotocolenvironment import (
        HangingProtocolEnvironmentModule as HangingProtocolEnvironmentModule,
    )
    from dicomodel.modules.iccprofile import ICCProfileModule as ICCProfileModule
    from dicomodel.modules.imageacquisitionresults import (
        ImageAcquisitionResultsModule as ImageAcquisitionResultsModule,
    )
    from dicomodel.modules.imageboxpixelpresentation import (
        ImageBoxPixelPresentationModule as ImageBoxPixelPresentationModule,
    )
    from dicomodel.modules.imageequipmentcoordinaterelationship import (
        ImageEquipmentCoordinateRelationshipModule as ImageEquipmentCoordinateRelationshipModule,
    )
    from dicomodel.modules.imagehistogram import ImageHistogramModule as ImageHistogramModule
    from dicomodel.modules.imagepixel import ImagePixelModule as ImagePixelModule
    from dicomodel.modules.imageplane import ImagePlaneModule as ImagePlaneModule
    from dicomodel.modules.imagingservicerequest import (
        ImagingServiceRequestModule as ImagingServiceRequestModule,
    )
    from dicomodel.modules.implantassemblytemplate import (
        ImplantAssemblyTemplateModule as ImplantAssemblyTemplateModule,
    )
    from dicomodel.modules.implanttemplategroup import (
        ImplantTemplateGroupModule as ImplantTemplateGroupModule,
    )
    from dicomodel.modules.instanceavailabilitynotification import (
        InstanceAvailabilityNotificationModule as InstanceAvailabilityNotificationModule,
    )
    from dicomodel.modules.instructions import InstructionsModule as InstructionsModule
    from dicomodel.modules.intervention import InterventionModule as InterventionModule
    from dicomodel.modules.intraocularlenscalculations import (
        IntraocularLensCalculationsModule as IntraocularLensCalculationsModule,
    )
    from dicomodel.modules.intraocularlenscalculationsseries import (
        IntraocularLensCalculationsSeriesModule as IntraocularLensCalculationsSeriesModule,
    )
    from dicomodel.modules.intraoralimage import IntraOralImageModule as IntraOralImageModule
    from dicomodel.modules.intraoralseries import IntraOralSeriesModule as IntraOralSeriesModule
    from dicomodel.modules.intravascularimageacquisitionparameters import (
        IntravascularImageAcquisitionParametersModule as IntravascularImageAcquisitionParametersModule,
    )
    from dicomodel.modules.intravascularoctacquisitionparameters import (
        IntravascularOCTAcquisitionParametersModule as IntravascularOCTAcquisitionParametersModule,
    )
    from dicomodel.modules.intravascularoctimage import (
        IntravascularOCTImageModule as IntravascularOCTImageModule,
    )
    from dicomodel.modules.intravascularoctprocessingparameters import (
        IntravascularOCTProcessingParametersModule as IntravascularOCTProcessingParametersModule,
    )
    from dicomodel.modules.intravascularoctseries import (
        IntravascularOCTSeriesModule as IntravascularOCTSeriesModule,
    )
    from dicomodel.modules.inventory import InventoryModule as InventoryModule
    from dicomodel.modules.inventorycreation import (
        InventoryCreationModule as InventoryCreationModule,
    )
    from dicomodel.modules.ivusimage import IVUSImageModule as IVUSImageModule
    from dicomodel.modules.keratometrymeasurements import (
        KeratometryMeasurementsModule as KeratometryMeasurementsModule,
    )
    from dicomodel.modules.keratometrymeasurementsseries import (
        KeratometryMeasurementsSeriesModule as KeratometryMeasurementsSeriesModule,
    )
    from dicomodel.modules.keyobjectdocument import (
        KeyObjectDocumentModule as KeyObjectDocumentModule,
    )
    from dicomodel.modules.keyobjectdocumentseries import (
        KeyObjectDocumentSeriesModule as KeyObjectDocumentSeriesModule,
    )
    from dicomodel.modules.lensometrymeasurements import (
        LensometryMeasurementsModule as LensometryMeasurementsModule,
    )
    from dicomodel.modules.lensometrymeasurementsseries import (
        LensometryMeasurementsSeriesModule as LensometryMeasurementsSeriesModule,
    )
    from dicomodel.modules.mammographyimage import MammographyImageModule as MammographyImageModule
    from dicomodel.modules.mammographyseries import (
        MammographySeriesModule as MammographySeriesModule,
    )
    from dicomodel.modules.manufacturing3dmodel import (
        Manufacturing3DModelModule as Manufacturing3DModelModule,
    )
    from dicomodel.modules.mask import MaskModule as MaskModule
    from dicomodel.modules.measureddosereferencerecord import (
        MeasuredDoseReferenceRecordModule as MeasuredDoseReferenceRecordModule,
    )
    from dicomodel.modules.mediacreationmanagement import (
        MediaCreationManagementModule as MediaCreationManagementModule,
    )
    from dicomodel.modules.microscopeslidelayertileorganization import (
        MicroscopeSlideLayerTileOrganizationModule as MicroscopeSlideLayerTileOrganizationModule,
    )
    from dicomodel.modules.microscopybulksimpleannotations import (
        MicroscopyBulkSimpleAnnotationsModule as MicroscopyBulkSimpleAnnotationsModule,
    )
    from dicomodel.modules.microscopybulksimpleannotationsseries import (
        MicroscopyBulkSimpleAnnotationsSeriesModule as MicroscopyBulkSimpleAnnotationsSeriesModule,
    )
    from dicomodel.modules.modalitylut import ModalityLUTModule as ModalityLUTModule
    from dicomodel.modules.mprvolumetricpresentationstatedisplay import (
        MPRVolumetricPresentationStateDisplayModule as MPRVolumetricPresentationStateDisplayModule,
    )
    from dicomodel.modules.mrimage import MRImageModule as MRImageModule
    from dicomodel.modules.mrpulsesequence import MRPulseSequenceModule as MRPulseSequenceModule
    from dicomodel.modules.mrseries import MRSeriesModule as MRSeriesModule
    from dicomodel.modules.mrspectroscopy import MRSpectroscopyModule as MRSpectroscopyModule
    from dicomodel.modules.mrspectroscopydata import (
        MRSpectroscopyDataModule as MRSpectroscopyDataModule,
    )
    from dicomodel.modules.mrspectroscopypulsesequence import (
        MRSpectroscopyPulseSequenceModule as MRSpectroscopyPulseSequenceModule,
    )
    from dicomodel.modules.multienergyctimage import (
        MultiEnergyCTImageModule as MultiEnergyCTImageModule,
    )
    from dicomodel.modules.multiframe import MultiFrameModule as MultiFrameModule
    from dicomodel.modules.multiframedimension import (
        MultiFrameDimensionModule as MultiFrameDimensionModule,
    )
    from dicomodel.modules.multiframefunctionalgroups import (
        MultiFrameFunctionalGroupsModule as MultiFrameFunctionalGroupsModule,
    )
    from dicomodel.modules.multiframeoverlay import (
        MultiFrameOverlayModule as MultiFrameOverlayModule,
    )
    from dicomodel.modules.multiplanarreconstructiongeometry import (
        MultiPlanarReconstructionGeometryModule as MultiPlanarReconstructionGeometryModule,
    )
    from dicomodel.modules.multiresolutionpyramid import (
        MultiResolutionPyramidModule as MultiResolutionPyramidModule,
    )
    from dicomodel.modules.nmdetector import NMDetectorModule as NMDetectorModule
    from dicomodel.modules.nmimage import NMImageModule as NMImageModule
    from dicomodel.modules.nmimagepixel import NMImagePixelModule as NMImagePixelModule
    from dicomodel.modules.nmisotope import NMIsotopeModule as NMIsotopeModule
    from dicomodel.modules.nmmultiframe import NMMultiFrameModule as NMMultiFrameModule
    from dicomodel.modules.nmmultigatedacquisition import (
        NMMultiGatedAcquisitionModule as NMMultiGatedAcquisitionModule,
    )
    from dicomodel.modules.nmpetpatientorientation import (
        NMPETPatientOrientationModule as NMPETPatientOrientationModule,
    )
    from dicomodel.modules.nmphase import NMPhaseModule as NMPhaseModule
    from dicomodel.modules.nmreconstruction import NMReconstructionModule as NMReconstructionModule
    from dicomodel.modules.nmtomoacquisition import (
        NMTomoAcquisitionModule as NMTomoAcquisitionModule,
    )
    from dicomodel.modules.ocularregionimaged import (
        OcularRegionImagedModule as OcularRegionImagedModule,
    )
    from dicomodel.modules.ophthalmicaxialmeasurements import (
        OphthalmicAxialMeasurementsModule as OphthalmicAxialMeasurementsModule,
    )
    from dicomodel.modules.ophthalmicaxialmeasurementsseries import (
        OphthalmicAxialMeasurementsSeriesModule as OphthalmicAxialMeasurementsSeriesModule,
    )
    from dicomodel.modules.ophthalmicopticalcoherencetomographybscanvolumeanalysisimage import (
        OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisImageModule as OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisImageModule,
    )
    from dicomodel.modules.ophthalmicopticalcoherencetomographyenfaceimage import (
        OphthalmicOpticalCoherenceTomographyEnFaceImageModule as OphthalmicOpticalCoherenceTomographyEnFaceImageModule,
    )
    from dicomodel.modules.ophthalmicopticalcoherencetomographyenfaceimagequalityrating import (
        OphthalmicOpticalCoherenceTomographyEnFaceImageQualityRatingModule as OphthalmicOpticalCoherenceTomographyEnFaceImageQualityRatingModule,
    )
    from dicomodel.modules.ophthalmicpatientclinicalinformationandtestlensparameters import (
        OphthalmicPatientClinicalInformationAndTestLensParametersModule as OphthalmicPatientClinicalInformationAndTestLensParametersModule,
    )
    from dicomodel.modules.ophthalmicphotographicparameters import (
        OphthalmicPhotographicParametersModule as OphthalmicPhotographicParametersModule,
    )
    from dicomodel.modules.ophthalmicphotographyacquisitionparameters import (
        OphthalmicPhotographyAcquisitionParametersModule as OphthalmicPhotographyAcquisitionParametersModule,
    )
    from dicomodel.modules.ophthalmicphotographyimage import (
        OphthalmicPhotographyImageModule as OphthalmicPhotographyImageModule,
    )
    from dicomodel.modules.ophthalmicphotographyseries import (
        OphthalmicPhotographySeriesModule as OphthalmicPhotographySeriesModule,
    )
    from dicomodel.modules.ophthalmicthicknessmap import (
        OphthalmicThicknessMapModule as OphthalmicThicknessMapModule,
    )
    from dicomodel.modules.ophthalmicthicknessmapqualityrating import (
        OphthalmicThicknessMapQualityRatingModule as OphthalmicThicknessMapQualityRatingModule,
    )
    from dicomodel.modules.ophthalmicthicknessmapseries import (
        OphthalmicThicknessMapSeriesModule as OphthalmicThicknessMapSeriesModule,
    )
    from dicomodel.modules.ophthalmictomographyacquisitionparameters import (
        OphthalmicTomographyAcquisitionParametersModule as OphthalmicTomographyAcquisitionParametersModule,
    )
    from dicomodel.modules.ophthalmictomographybscanvolumeanalysisseries import (
        OphthalmicTomographyBScanVolumeAnalysisSeriesModule as OphthalmicTomographyBScanVolumeAnalysisSeriesModule,
    )
    from dicomodel.modules.ophthalmictomographyenfaceseries import (
        OphthalmicTomographyEnFaceSeriesModule as OphthalmicTomographyEnFaceSeriesModule,
    )
    from dicomodel.modules.ophthalmictomographyimage import (
        OphthalmicTomographyImageModule as OphthalmicTomographyImageModule,
    )
    from dicomodel.modules.ophthalmictomographyparameters import (
        OphthalmicTomographyParametersModule as OphthalmicTomographyParametersModule,
    )
    from dicomodel.modules.ophthalmictomographyseries import (
        OphthalmicTomographySeriesModule as OphthalmicTomographySeriesModule,
    )
    from dicomodel.modules.opticalpath import OpticalPathModule as OpticalPathModule
    from dicomodel.modules.opticalsurfacescannerseries import (
        OpticalSurfaceScannerSeriesModule as OpticalSurfaceScannerSeriesModule,
    )
    from dicomodel.modules.overlayactivation import (
        OverlayActivationModule as OverlayActivationModule,
    )
    from dicomodel.modules.overlayplane import OverlayPlaneModule as OverlayPlaneModule
    from dicomodel.modules.palettecolorlookuptable import (
        PaletteColorLookupTableModule as PaletteColorLookupTableModule,
    )
    from dicomodel.modules.parametricmapimage import (
        ParametricMapImageModule as ParametricMapImageModule,
    )
    from dicomodel.modules.parametricmapseries import (
        ParametricMapSeriesModule as ParametricMapSeriesModule,
    )
    from dicomodel.modules.patient import PatientModule as PatientModule
    from dicomodel.modules.patientdemographic import (
        PatientDemographicModule as PatientDemographicModule,
    )
    from dicomodel.modules.patientidentification import (
        PatientIdentificationModule as PatientIdentificationModule,
    )
    from dicomodel.modules.patientmedical import PatientMedicalModule as PatientMedicalModule
    from dicomodel.modules.patientorientation import (
        PatientOrientationModule as PatientOrientationModule,
    )
    from dicomodel.modules.patientpositioning import (
        PatientPositioningModule as PatientPositioningModule,
    )
    from dicomodel.modules.patientprotocolcontext import (
        PatientProtocolContextModule as PatientProtocolContextModule,
    )
    from dicomodel.modules.patientrelationship import (
        PatientRelationshipModule as PatientRelationshipModule,
    )
    from dicomodel.modules.patientspecification import (
        PatientSpecificationModule as PatientSpecificationModule,
    )
    from dicomodel.modules.patientstudy import PatientStudyModule as PatientStudyModule
    from dicomodel.modules.performedctacquisition import (
        PerformedCTAcquisitionModule as PerformedCTAcquisitionModule,
    )
    from dicomodel.modules.performedctreconstruction import (
        PerformedCTReconstructionModule as PerformedCTReconstructionModule,
    )
    from dicomodel.modules.performedprocedurestepinformation import (
        PerformedProcedureStepInformationModule as PerformedProcedureStepInformationModule,
    )
    from dicomodel.modules.performedproceduresteprelationship import (
        PerformedProcedureStepRelationshipModule as PerformedProcedureStepRelationshipModule,
    )
    from dicomodel.modules.performedstorage import PerformedStorageModule as PerformedStorageModule
    from dicomodel.modules.performedxaacquisition import (
        PerformedXAAcquisitionModule as PerformedXAAcquisitionModule,
    )
    from dicomodel.modules.performedxareconstruction import (
        PerformedXAReconstructionModule as PerformedXAReconstructionModule,
    )
    from dicomodel.modules.petimage import PETImageModule as PETImageModule
    from dicomodel.modules.petisotope import PETIsotopeModule as PETIsotopeModule
    from dicomodel.modules.petmultigatedacquisition import (
        PETMultiGatedAcquisitionModule as PETMultiGatedAcquisitionModule,
    )
    from dicomodel.modules.petseries import PETSeriesModule as PETSeriesModule
    from dicomodel.modules.photoacousticacquisitionparameters import (
        PhotoacousticAcquisitionParametersModule as PhotoacousticAcquisitionParametersModule,
    )
    from dicomodel.modules.photoacousticimage import (
        PhotoacousticImageModule as PhotoacousticImageModule,
    )
    from dicomodel.modules.photoacousticreconstruction import (
        PhotoacousticReconstructionModule as PhotoacousticReconstructionModule,
    )
    from dicomodel.modules.photoacoustictransducer import (
        PhotoacousticTransducerModule as PhotoacousticTransducerModule,
    )
    from dicomodel.modules.pointcloud import PointCloudModule as PointCloudModule
    from dicomodel.modules.presentationanimation import (
        PresentationAnimationModule as PresentationAnimationModule,
    )
    from dicomodel.modules.presentationlut import PresentationLUTModule as PresentationLUTModule
    from dicomodel.modules.presentationseries import (
        PresentationSeriesModule as PresentationSeriesModule,
    )
    from dicomodel.modules.presentationstateblending import (
        PresentationStateBlendingModule as PresentationStateBlendingModule,
    )
    from dicomodel.modules.presentationstateidentification import (
        PresentationStateIdentificationModule as PresentationStateIdentificationModule,
    )
    from dicomodel.modules.presentationstatemask import (
        PresentationStateMaskModule as PresentationStateMaskModule,
    )
    from dicomodel.modules.presentationstaterelationship import (
        PresentationStateRelationshipModule as PresentationStateRelationshipModule,
    )
    from dicomodel.modules.presentationstateshutter import (
        PresentationStateShutterModule as PresentationStateShutterModule,
    )
    from dicomodel.modules.presentationviewdescription import (
        PresentationViewDescriptionModule as PresentationViewDescriptionModule,
    )
    from dicomodel.modules.printer import PrinterModule as PrinterModule
    from dicomodel.modules.printerconfiguration import (
        PrinterConfigurationModule as PrinterConfigurationModule,
    )
    from dicomodel.modules.printjob import PrintJobModule as PrintJobModule
    from dicomodel.modules.productcharacteristics import (
        ProductCharacteristicsModule as ProductCharacteristicsModule,
    )
    from dicomodel.modules.protocolapproval import ProtocolApprovalModule as ProtocolApprovalModule
    from dicomodel.modules.protocolcontext import ProtocolContextModule as ProtocolContextModule
    from dicomodel.modules.qaresults import QAResultsModule as QAResultsModule
    from dicomodel.modules.radiotherapycommoninstance import (
        RadiotherapyCommonInstanceModule as RadiotherapyCommonInstanceModule,
    )
    from dicomodel.modules.rawdata import RawDataModule as RawDataModule
    from dicomodel.modules.realtimeacquisition import (
        RealTimeAcquisitionModule as RealTimeAcquisitionModule,
    )
    from dicomodel.modules.realtimebulkdataflow import (
        RealTimeBulkDataFlowModule as RealTimeBulkDataFlowModule,
    )
    from dicomodel.modules.realworldvaluemapping import (
        RealWorldValueMappingModule as RealWorldValueMappingModule,
    )
    from dicomodel.modules.realworldvaluemappingseries import (
        RealWorldValueMappingSeriesModule as RealWorldValueMappingSeriesModule,
    )
    from dicomodel.modules.renderdisplay import RenderDisplayModule as RenderDisplayModule
    from dicomodel.modules.rendershading import RenderShadingModule as RenderShadingModule
    from dicomodel.modules.requestedprocedure import (
        RequestedProcedureModule as RequestedProcedureModule,
    )
    from dicomodel.modules.respiratorysynchronization import (
        RespiratorySynchronizationModule as RespiratorySynchronizationModule,
    )
    from dicomodel.modules.roboticarmdeliverydevice import (
        RoboticArmDeliveryDeviceModule as RoboticArmDeliveryDeviceModule,
    )
    from dicomodel.modules.roboticarmpath import RoboticArmPathModule as RoboticArmPathModule
    from dicomodel.modules.roicontour import ROIContourModule as ROIContourModule
    from dicomodel.modules.rtbeams import RTBeamsModule as RTBeamsModule
    from dicomodel.modules.rtbeamsdeliveryinstruction import (
        RTBeamsDeliveryInstructionModule as RTBeamsDeliveryInstructionModule,
    )
    from dicomodel.modules.rtbeamssessionrecord import (
        RTBeamsSessionRecordModule as RTBeamsSessionRecordModule,
    )
    from dicomodel.modules.rtbrachyapplicationsetupdeliveryinstruction import (
        RTBrachyApplicationSetupDeliveryInstructionModule as RTBrachyApplicationSetupDeliveryInstructionModule,
    )
    from dicomodel.modules.rtbrachyapplicationsetups import (
        RTBrachyApplicationSetupsModule as RTBrachyApplicationSetupsModule,
    )
    from dicomodel.modules.rtbrachysessionrecord import (
        RTBrachySessionRecordModule as RTBrachySessionRecordModule,
    )
    from dicomodel.modules.rtconventionalmachineverification import (
        RTConventionalMachineVerificationModule as RTConventionalMachineVerificationModule,
    )
    from dicomodel.modules.rtdeliverydevicecommon import (
        RTDeliveryDeviceCommonModule as RTDeliveryDeviceCommonModule,
    )
    from dicomodel.modules.rtdose import RTDoseModule as RTDoseModule
    from dicomodel.modules.rtdosecontribution import (
        RTDoseContributionModule as RTDoseContributionModule,
    )
    from dicomodel.modules.rtdosecontributionrecord import (
        RTDoseContributionRecordModule as RTDoseContributionRecordModule,
    )
    from dicomodel.modules.rtdvh import RTDVHModule as RTDVHModule
    from dicomodel.modules.rtenhancedprescription import (
        RTEnhancedPrescriptionModule as RTEnhancedPrescriptionModule,
    )
    from dicomodel.modules.rtfractionscheme import RTFractionSchemeModule as RTFractionSchemeModule
    from dicomodel.modules.rtgeneralmachineverification import (
        RTGeneralMachineVerificationModule as RTGeneralMachineVerificationModule,
    )
    from dicomodel.modules.rtgeneralplan import RTGeneralPlanModule as RTGeneralPlanModule
    from dicomodel.modules.rtgeneraltreatmentrecord import (
        RTGeneralTreatmentRecordModule as RTGeneralTreatmentRecordModule,
    )
    from dicomodel.modules.rtimage import RTImageModule as RTImageModule
    from dicomodel.modules.rtionbeams import RTIonBeamsModule as RTIonBeamsModule
    from dicomodel.modules.rtionbeamssessionrecord import (
        RTIonBeamsSessionRecordModule as RTIonBeamsSessionRecordModule,
    )
    from dicomodel.modules.rtionmachineverification import (
        RTIonMachineVerificationModule as RTIonMachineVerificationModule,
    )
    from dicomodel.modules.rtiontolerancetables import (
        RTIonToleranceTablesModule as RTIonToleranceTablesModule,
    )
    from dicomodel.modules.rtpatientpositionacquisitiondevice import (
        RTPatientPositionAcquisitionDeviceModule as RTPatientPositionAcquisitionDeviceModule,
    )
    from dicomodel.modules.rtpatientpositionacquisitioninstruction import (
        RTPatientPositionAcquisitionInstructionModule as RTPatientPositionAcquisitionInstructionModule,
    )
    from dicomodel.modules.rtpatientsetup import RTPatientSetupModule as RTPatientSetupModule
    from dicomodel.modules.rtphysicianintent import (
        RTPhysicianIntentModule as RTPhysicianIntentModule,
    )
    from dicomodel.modules.rtprescription import RTPrescriptionModule as RTPrescriptionModule
    from dicomodel.modules.rtradiationcommon import (
        RTRadiationCommonModule as RTRadiationCommonModule,
    )
    from dicomodel.modules.rtradiationrecordcommon import (
        RTRadiationRecordCommonModule as RTRadiationRecordCommonModule,
    )
    from dicomodel.modules.rtradiationrecordset import (
        RTRadiationRecordSetModule as RTRadiationRecordSetModule,
    )
    from dicomodel.modules.rtradiationsalvagerecord import (
        RTRadiationSalvageRecordModule as RTRadiationSalvageRecordModule,
    )
    from dicomodel.modules.rtradiationset import RTRadiationSetModule as RTRadiationSetModule
    from dicomodel.modules.rtradiationsetdeliveryinstruction import (
        RTRadiationSetDeliveryInstructionModule as RTRadiationSetDeliveryInstructionModule,
    )
    from dicomodel.modules.rtroiobservations import (
        RTROIObservationsModule as RTROIObservationsModule,
    )
    from dicomodel.modules.rtsegmentannotation import (
        RTSegmentAnnotationModule as RTSegmentAnnotationModule,
    )
    from dicomodel.modules.rtseries import RTSeriesModule as RTSeriesModule
    from dicomodel.modules.rttolerancetables import (
        RTToleranceTablesModule as RTToleranceTablesModule,
    )
    from dicomodel.modules.rttreatmentmachinerecord import (
        RTTreatmentMachineRecordModule as RTTreatmentMachineRecordModule,
    )
    from dicomodel.modules.rttreatmentphaseintent import (
        RTTreatmentPhaseIntentModule as RTTreatmentPhaseIntentModule,
    )
    from dicomodel.modules.rttreatmentpreparation import (
        RTTreatmentPreparationModule as RTTreatmentPreparationModule,
    )
    from dicomodel.modules.rttreatmentsummaryrecord import (
        RTTreatmentSummaryRecordModule as RTTreatmentSummaryRecordModule,
    )
    from dicomodel.modules.scanprocedure import ScanProcedureModule as ScanProcedureModule
    from dicomodel.modules.scequipment import SCEquipmentModule as SCEquipmentModule
    from dicomodel.modules.scheduledprocedurestep import (
        ScheduledProcedureStepModule as ScheduledProcedureStepModule,
    )
    from dicomodel.modules.scimage import SCImageModule as SCImageModule
    from dicomodel.modules.scmultiframeimage import (
        SCMultiFrameImageModule as SCMultiFrameImageModule,
    )
    from dicomodel.modules.scmultiframevector import (
        SCMultiFrameVectorModule as SCMultiFrameVectorModule,
    )
    from dicomodel.modules.segmentationimage import (
        SegmentationImageModule as SegmentationImageModule,
    )
    from dicomodel.modules.segmentationseries import (
        SegmentationSeriesModule as SegmentationSeriesModule,
    )
    from dicomodel.modules.segmentreference import SegmentReferenceModule as SegmentReferenceModule
    from dicomodel.modules.slidecoordinates import SlideCoordinatesModule as SlideCoordinatesModule
    from dicomodel.modules.slidelabel import SlideLabelModule as SlideLabelModule
    from dicomodel.modules.softcopypresentationlut import (
        SoftcopyPresentationLUTModule as SoftcopyPresentationLUTModule,
    )
    from dicomodel.modules.softcopyvoilut import SoftcopyVOILUTModule as SoftcopyVOILUTModule
    from dicomodel.modules.sopcommon import SOPCommonModule as SOPCommonModule
    from dicomodel.modules.sparsemultiframefunctionalgroups import (
        SparseMultiFrameFunctionalGroupsModule as SparseMultiFrameFunctionalGroupsModule,
    )
    from dicomodel.modules.spatialfiducials import SpatialFiducialsModule as SpatialFiducialsModule
    from dicomodel.modules.spatialfiducialsseries import (
        SpatialFiducialsSeriesModule as SpatialFiducialsSeriesModule,
    )
    from dicomodel.modules.spatialregistration import (
        SpatialRegistrationModule as SpatialRegistrationModule,
    )
    from dicomodel.modules.spatialregistrationseries import (
        SpatialRegistrationSeriesModule as SpatialRegistrationSeriesModule,
    )
    from dicomodel.modules.spatialtransformation import (
        SpatialTransformationModule as SpatialTransformationModule,
    )
    from dicomodel.modules.specimen import SpecimenModule as SpecimenModule
    from dicomodel.modules.srdocumentcontent import (
        SRDocumentContentModule as SRDocumentContentModule,
    )
    from dicomodel.modules.srdocumentgeneral import (
        SRDocumentGeneralModule as SRDocumentGeneralModule,
    )
    from dicomodel.modules.srdocumentseries import SRDocumentSeriesModule as SRDocumentSeriesModule
    from dicomodel.modules.stereometricrelationship import (
        StereometricRelationshipModule as StereometricRelationshipModule,
    )
    from dicomodel.modules.stereometricseries import (
        StereometricSeriesModule as StereometricSeriesModule,
    )
    from dicomodel.modules.storagecommitment import (
        StorageCommitmentModule as StorageCommitmentModule,
    )
    from dicomodel.modules.structureddisplay import (
        StructuredDisplayModule as StructuredDisplayModule,
    )
    from dicomodel.modules.structureddisplayannotation import (
        StructuredDisplayAnnotationModule as StructuredDisplayAnnotationModule,
    )
    from dicomodel.modules.structureddisplayimagebox import (
        StructuredDisplayImageBoxModule as StructuredDisplayImageBoxModule,
    )
    from dicomodel.modules.structureset import StructureSetModule as StructureSetModule
    from dicomodel.modules.subjectiverefractionmeasurements import (
        SubjectiveRefractionMeasurementsModule as SubjectiveRefractionMeasurementsModule,
    )
    from dicomodel.modules.subjectiverefractionmeasurementsseries import (
        SubjectiveRefractionMeasurementsSeriesModule as SubjectiveRefractionMeasurementsSeriesModule,
    )
    from dicomodel.modules.substanceadministration import (
        SubstanceAdministrationModule as SubstanceAdministrationModule,
    )
    from dicomodel.modules.substanceadministrationlog import (
        SubstanceAdministrationLogModule as SubstanceAdministrationLogModule,
    )
    from dicomodel.modules.substanceapproval import (
        SubstanceApprovalModule as SubstanceApprovalModule,
    )
    from dicomodel.modules.supplementalpalettecolorlookuptable import (
        SupplementalPaletteColorLookupTableModule as SupplementalPaletteColorLookupTableModule,
    )
    from dicomodel.modules.surfacemesh import SurfaceMeshModule as SurfaceMeshModule
    from dicomodel.modules.surfacesegmentation import (
        SurfaceSegmentationModule as SurfaceSegmentationModule,
    )
    from dicomodel.modules.synchronization import SynchronizationModule as SynchronizationModule
    from dicomodel.modules.targetluminancecharacteristics import (
        TargetLuminanceCharacteristicsModule as TargetLuminanceCharacteristicsModule,
    )
    from dicomodel.modules.timezone import TimezoneModule as TimezoneModule
    from dicomodel.modules.tomotherapeuticbeam import (
        TomotherapeuticBeamModule as TomotherapeuticBeamModule,
    )
    from dicomodel.modules.tomotherapeuticdeliverydevice import (
        TomotherapeuticDeliveryDeviceModule as TomotherapeuticDeliveryDeviceModule,
    )
    from dicomodel.modules.tractographyresults import (
        TractographyResultsModule as TractographyResultsModule,
    )
    from dicomodel.modules.tractographyresultsseries import (
        TractographyResultsSeriesModule as TractographyResultsSeriesModule,
    )
    from dicomodel.modules.ultrasoundframeofreference import (
        UltrasoundFrameOfReferenceModule as UltrasoundFrameOfReferenceModule,
    )
    from dicomodel.modules.unifiedprocedurestepperformedprocedureinformation import (
        UnifiedProcedureStepPerformedProcedureInformationModule as UnifiedProcedureStepPerformedProcedureInformationModule,
    )
    from dicomodel.modules.unifiedprocedurestepprogressinformation import (
        UnifiedProcedureStepProgressInformationModule as UnifiedProcedureStepProgressInformationModule,
    )
    from dicomodel.modules.unifiedproceduresteprelationship import (
        UnifiedProcedureStepRelationshipModule as UnifiedProcedureStepRelationshipModule,
    )
    from dicomodel.modules.unifiedprocedurestepscheduledprocedureinformation import (
        UnifiedProcedureStepScheduledProcedureInformationModule as UnifiedProcedureStepScheduledProcedureInformationModule,
    )
    from dicomodel.modules.usimage import USImageModule as USImageModule
    from dicomodel.modules.usregioncalibration import (
        USRegionCalibrationModule as USRegionCalibrationModule,
    )
    from dicomodel.modules.uvmapping import UVMappingModule as UVMappingModule
    from dicomodel.modules.variablemodalitylut import (
        VariableModalityLUTModule as VariableModalityLUTModule,
    )
    from dicomodel.modules.visitadmission import VisitAdmissionModule as VisitAdmissionModule
    from dicomodel.modules.visitidentification import (
        VisitIdentificationModule as VisitIdentificationModule,
    )
    from dicomodel.modules.visitrelationship import (
        VisitRelationshipModule as VisitRelationshipModule,
    )
    from dicomodel.modules.visitstatus import VisitStatusModule as VisitStatusModule
    from dicomodel.modules.visualacuitymeasurements import (
        VisualAcuityMeasurementsModule as VisualAcuityMeasurementsModule,
    )
    from dicomodel.modules.visualacuitymeasurementsseries import (
        VisualAcuityMeasurementsSeriesModule as VisualAcuityMeasurementsSeriesModule,
    )
    from dicomodel.modules.visualfieldstaticperimetrymeasurementsseries import (
        VisualFieldStaticPerimetryMeasurementsSeriesModule as VisualFieldStaticPerimetryMeasurementsSeriesModule,
    )
    from dicomodel.modules.visualfieldstaticperimetrytestmeasurements import (
        VisualFieldStaticPerimetryTestMeasurementsModule as VisualFieldStaticPerimetryTestMeasurementsModule,
    )
    from dicomodel.modules.visualfieldstaticperimetrytestparameters import (
        VisualFieldStaticPerimetryTestParametersModule as VisualFieldStaticPerimetryTestParametersModule,
    )
    from dicomodel.modules.visualfieldstaticperimetrytestreliability import (
        VisualFieldStaticPerimetryTestReliabilityModule as VisualFieldStaticPerimetryTestReliabilityModule,
    )
    from dicomodel.modules.visualfieldstaticperimetrytestresults import (
        VisualFieldStaticPerimetryTestResultsModule as VisualFieldStaticPerimetryTestResultsModule,
    )
    from dicomodel.modules.vlimage import VLImageModule as VLImageModule
    from dicomodel.modules.vlphotographicacquisition import (
        VLPhotographicAcquisitionModule as VLPhotographicAcquisitionModule,
    )
    from dicomodel.modules.vlphotographicequipment import (
        VLPhotographicEquipmentModule as VLPhotographicEquipmentModule,
    )
    from dicomodel.modules.vlphotographicgeolocation import (
        VLPhotographicGeolocationModule as VLPhotographicGeolocationModule,
    )
    from dicomodel.modules.voilut import VOILUTModule as VOILUTModule
    from dicomodel.modules.volumecropping import VolumeCroppingModule as VolumeCroppingModule
    from dicomodel.modules.volumerendergeometry import (
        VolumeRenderGeometryModule as VolumeRenderGeometryModule,
    )
    from dicomodel.modules.volumetricgraphicannotation import (
        VolumetricGraphicAnnotationModule as VolumetricGraphicAnnotationModule,
    )
    from dicomodel.modules.volumetricpresentationstateidentification import (
        VolumetricPresentationStateIdentificationModule as VolumetricPresentationStateIdentificationModule,
    )
    from dicomodel.modules.volumetricpresentationstaterelationship import (
        VolumetricPresentationStateRelationshipModule as VolumetricPresentationStateRelationshipModule,
    )
    from dicomodel.modules.waveform import WaveformModule as WaveformModule
    from dicomodel.modules.waveformannotation import (
        WaveformAnnotationModule as WaveformAnnotationModule,
    )
    from dicomodel.modules.waveformidentification import (
        WaveformIdentificationModule as WaveformIdentificationModule,
    )
    from dicomodel.modules.wholeslidemicroscopyimage import (
        WholeSlideMicroscopyImageModule as WholeSlideMicroscopyImageModule,
    )
    from dicomodel.modules.wholeslidemicroscopyseries import (
        WholeSlideMicroscopySeriesModule as WholeSlideMicroscopySeriesModule,
    )
    from dicomodel.modules.widefieldophthalmicphotography3dcoordinates import (
        WideFieldOphthalmicPhotography3DCoordinatesModule as WideFieldOphthalmicPhotography3DCoordinatesModule,
    )
    from dicomodel.modules.widefieldophthalmicphotographyqualityrating import (
        WideFieldOphthalmicPhotographyQualityRatingModule as WideFieldOphthalmicPhotographyQualityRatingModule,
    )
    from dicomodel.modules.widefieldophthalmicphotographystereographicprojection import (
        WideFieldOphthalmicPhotographyStereographicProjectionModule as WideFieldOphthalmicPhotographyStereographicProjectionModule,
    )
    from dicomodel.modules.xapositioner import XAPositionerModule as XAPositionerModule
    from dicomodel.modules.xaprotocolseries import XAProtocolSeriesModule as XAProtocolSeriesModule
    from dicomodel.modules.xaxrfacquisition import XAXRFAcquisitionModule as XAXRFAcquisitionModule
    from dicomodel.modules.xaxrfmultiframepresentation import (
        XAXRFMultiFramePresentationModule as XAXRFMultiFramePresentationModule,
    )
    from dicomodel.modules.xaxrfpresentationstatemask import (
        XAXRFPresentationStateMaskModule as XAXRFPresentationStateMaskModule,
    )
    from dicomodel.modules.xaxrfpresentationstatepresentation import (
        XAXRFPresentationStatePresentationModule as XAXRFPresentationStatePresentationModule,
    )
    from dicomodel.modules.xaxrfpresentationstateshutter import (
        XAXRFPresentationStateShutterModule as XAXRFPresentationStateShutterModule,
    )
    from dicomodel.modules.xaxrfseries import XAXRFSeriesModule as XAXRFSeriesModule
    from dicomodel.modules.xray3dangiographicacquisition import (
        XRay3DAngiographicAcquisitionModule as XRay3DAngiographicAcquisitionModule,
    )
    from dicomodel.modules.xray3dangiographicimagecontributingsources import (
        XRay3DAngiographicImageContributingSourcesModule as XRay3DAngiographicImageContributingSourcesModule,
    )
    from dicomodel.modules.xray3dcraniofacialacquisition import (
        XRay3DCraniofacialAcquisitionModule as XRay3DCraniofacialAcquisitionModule,
    )
    from dicomodel.modules.xray3dcraniofacialimagecontributingsources import (
        XRay3DCraniofacialImageContributingSourcesModule as XRay3DCraniofacialImageContributingSourcesModule,
    )
    from dicomodel.modules.xray3dimage import XRay3DImageModule as XRay3DImageModule
    from dicomodel.modules.xray3dreconstruction import (
        XRay3DReconstructionModule as XRay3DReconstructionModule,
    )
    from dicomodel.modules.xrayacquisition import XRayAcquisitionModule as XRayAcquisitionModule
    from dicomodel.modules.xrayacquisitiondose import (
        XRayAcquisitionDoseModule as XRayAcquisitionDoseModule,
    )
    from dicomodel.modules.xraycollimator import XRayCollimatorModule as XRayCollimatorModule
    from dicomodel.modules.xraydetector import XRayDetectorModule as XRayDetectorModule
    from dicomodel.modules.xrayfiltration import XRayFiltrationModule as XRayFiltrationModule
    from dicomodel.modules.xraygeneration import XRayGenerationModule as XRayGenerationModule
    from dicomodel.modules.xraygrid import XRayGridModule as XRayGridModule
    from dicomodel.modules.xrayimage import XRayImageModule as XRayImageModule
    from dicomodel.modules.xrayimageintensifier import (
        XRayImageIntensifierModule as XRayImageIntensifierModule,
    )
    from dicomodel.modules.xraytable import XRayTableModule as XRayTableModule
    from dicomodel.modules.xraytomographyacquisition import (
        XRayTomographyAcquisitionModule as XRayTomographyAcquisitionModule,
    )
    from dicomodel.modules.xrfpositioner import XRFPositionerModule as XRFPositionerModule

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})
