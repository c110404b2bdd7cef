"""Macro models, one module per PS3.3 macro table; loaded on first use.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE: dict[str, str] = {
    "AccessEndPointsMacro": "dicomodel.macros.accessendpoints",
    "AlgorithmIdentificationMacro": "dicomodel.macros.algorithmidentification",
    "AssertionMacro": "dicomodel.macros.assertion",
    "AttributeValueConstraintMacro": "dicomodel.macros.attributevalueconstraint",
    "AttributeValueMacro": "dicomodel.macros.attributevalue",
    "BasicCodeSequenceMacro": "dicomodel.macros.basiccodesequence",
    "BasicPixelSpacingCalibrationMacro": "dicomodel.macros.basicpixelspacingcalibration",
    "BeamLimitingDevicePositionMacro": "dicomodel.macros.beamlimitingdeviceposition",
    "BlocksDefinitionMacro": "dicomodel.macros.blocksdefinition",
    "BolusesDefinitionMacro": "dicomodel.macros.bolusesdefinition",
    "BreastBiopsyTargetMacro": "dicomodel.macros.breastbiopsytarget",
    "BreastXRayAcquisitionDoseMacro": "dicomodel.macros.breastxrayacquisitiondose",
    "BreastXRayDetectorMacro": "dicomodel.macros.breastxraydetector",
    "BreastXRayGeometryMacro": "dicomodel.macros.breastxraygeometry",
    "BreastXRayIsocenterReferenceSystemMacro": "dicomodel.macros.breastxrayisocenterreferencesystem",
    "BreastXRayPositionerMacro": "dicomodel.macros.breastxraypositioner",
    "CTAcquisitionDetailsMacro": "dicomodel.macros.ctacquisitiondetails",
    "CTAcquisitionTypeMacro": "dicomodel.macros.ctacquisitiontype",
    "CTAdditionalXRaySourceMacro": "dicomodel.macros.ctadditionalxraysource",
    "CTExposureMacro": "dicomodel.macros.ctexposure",
    "CTGeometryMacro": "dicomodel.macros.ctgeometry",
    "CTImageFrameTypeMacro": "dicomodel.macros.ctimageframetype",
    "CTPixelValueTransformationMacro": "dicomodel.macros.ctpixelvaluetransformation",
    "CTPositionMacro": "dicomodel.macros.ctposition",
    "CTReconstructionMacro": "dicomodel.macros.ctreconstruction",
    "CTTableDynamicsMacro": "dicomodel.macros.cttabledynamics",
    "CTXRayDetailsMacro": "dicomodel.macros.ctxraydetails",
    "CalculatedIOLMacro": "dicomodel.macros.calculatediol",
    "CalculatedToricPowerMacro": "dicomodel.macros.calculatedtoricpower",
    "CameraPositionFunctionalGroupMacro": "dicomodel.macros.camerapositionfunctionalgroup",
    "CardiacSynchronizationMacro": "dicomodel.macros.cardiacsynchronization",
    "CodeMacro": "dicomodel.macros.code",
    "CodeSequenceMacro": "dicomodel.macros.codesequence",
    "CommonCTMRAndPhotoacousticImageDescriptionMacro": "dicomodel.macros.commonctmrandphotoacousticimagedescription",
    "CompensatorsDefinitionMacro": "dicomodel.macros.compensatorsdefinition",
    "CompositeObjectReferenceMacro": "dicomodel.macros.compositeobjectreference",
    "ConceptualVolumeMacro": "dicomodel.macros.conceptualvolume",
    "ConceptualVolumeSegmentationReferenceAndCombinationMacro": "dicomodel.macros.conceptualvolumesegmentationreferenceandcombination",
    "ConfocalMicroscopyImageFrameTypeMacro": "dicomodel.macros.confocalmicroscopyimageframetype",
    "ContainerMacro": "dicomodel.macros.container",
    "ContentCreatorMacro": "dicomodel.macros.contentcreator",
    "ContentIdentificationMacro": "dicomodel.macros.contentidentification",
    "ContentItemMacro": "dicomodel.macros.contentitem",
    "ContentItemWithModifiersMacro": "dicomodel.macros.contentitemwithmodifiers",
    "ContrastBolusUsageMacro": "dicomodel.macros.contrastbolususage",
    "ContributingImageSourcesMacro": "dicomodel.macros.contributingimagesources",
    "CorneaMeasurementMacro": "dicomodel.macros.corneameasurement",
    "CylinderSequenceMacro": "dicomodel.macros.cylindersequence",
    "DerivationImageMacro": "dicomodel.macros.derivationimage",
    "DeviceIdentificationMacro": "dicomodel.macros.deviceidentification",
    "DeviceModelMacro": "dicomodel.macros.devicemodel",
    "DeviceMotionControlMacro": "dicomodel.macros.devicemotioncontrol",
    "DigitalSignaturesMacro": "dicomodel.macros.digitalsignatures",
    "DigitalXRayDetectorMacro": "dicomodel.macros.digitalxraydetector",
    "DisplayQAResultContextMacro": "dicomodel.macros.displayqaresultcontext",
    "DisplayShutterMacro": "dicomodel.macros.displayshutter",
    "DocumentContentMacro": "dicomodel.macros.documentcontent",
    "DocumentRelationshipMacro": "dicomodel.macros.documentrelationship",
    "DosimetricObjectiveMacro": "dicomodel.macros.dosimetricobjective",
    "EncryptedAttributesDataSetMacro": "dicomodel.macros.encryptedattributesdataset",
    "EnhancedCodeSequenceMacro": "dicomodel.macros.enhancedcodesequence",
    "EnhancedContentIdentificationMacro": "dicomodel.macros.enhancedcontentidentification",
    "EntityLabelingMacro": "dicomodel.macros.entitylabeling",
    "EntityLongLabelingMacro": "dicomodel.macros.entitylonglabeling",
    "ExposureIndexMacro": "dicomodel.macros.exposureindex",
    "ExtendedContentIdentificationMacro": "dicomodel.macros.extendedcontentidentification",
    "ExtendedSelectorAttributeMacro": "dicomodel.macros.extendedselectorattribute",
    "ExternalBeamControlPointGeneralMacro": "dicomodel.macros.externalbeamcontrolpointgeneral",
    "ExternallySourcedDataSetIdentificationMacro": "dicomodel.macros.externallysourceddatasetidentification",
    "FillStyleSequenceMacro": "dicomodel.macros.fillstylesequence",
    "FrameAnatomyMacro": "dicomodel.macros.frameanatomy",
    "FrameContentMacro": "dicomodel.macros.framecontent",
    "FrameDisplayShutterMacro": "dicomodel.macros.framedisplayshutter",
    "FramePixelShiftMacro": "dicomodel.macros.framepixelshift",
    "FrameUsefulnessFunctionalGroupMacro": "dicomodel.macros.frameusefulnessfunctionalgroup",
    "FrameVOILUTMacro": "dicomodel.macros.framevoilut",
    "FrameVOILUTWithLUTMacro": "dicomodel.macros.framevoilutwithlut",
    "FunctionalMRMacro": "dicomodel.macros.functionalmr",
    "GeneralAccessoriesDefinitionMacro": "dicomodel.macros.generalaccessoriesdefinition",
    "GeneralAnatomyMandatoryMacro": "dicomodel.macros.generalanatomymandatory",
    "GeneralAnatomyOptionalMacro": "dicomodel.macros.generalanatomyoptional",
    "GeneralAnatomyRequiredMacro": "dicomodel.macros.generalanatomyrequired",
    "GeneralContributingSourcesMacro": "dicomodel.macros.generalcontributingsources",
    "GeneralProcedureProtocolReferenceMacro": "dicomodel.macros.generalprocedureprotocolreference",
    "HL7v2HierarchicDesignatorMacro": "dicomodel.macros.hl7v2hierarchicdesignator",
    "HangingProtocolSelectorAttributeContextMacro": "dicomodel.macros.hangingprotocolselectorattributecontext",
    "HangingProtocolSelectorAttributeValueMacro": "dicomodel.macros.hangingprotocolselectorattributevalue",
    "HierarchicalEvidenceReferenceMacro": "dicomodel.macros.hierarchicalevidencereference",
    "HierarchicalSOPInstanceReferenceMacro": "dicomodel.macros.hierarchicalsopinstancereference",
    "HierarchicalSeriesReferenceMacro": "dicomodel.macros.hierarchicalseriesreference",
    "IOLOphthalmicAxialLengthMacro": "dicomodel.macros.iolophthalmicaxiallength",
    "IdentifiedPersonOrDeviceMacro": "dicomodel.macros.identifiedpersonordevice",
    "IdentityPixelValueTransformationMacro": "dicomodel.macros.identitypixelvaluetransformation",
    "ImageDataTypeMacro": "dicomodel.macros.imagedatatype",
    "ImageFrameConversionSourceMacro": "dicomodel.macros.imageframeconversionsource",
    "ImagePixelDescriptionMacro": "dicomodel.macros.imagepixeldescription",
    "ImagePixelMacro": "dicomodel.macros.imagepixel",
    "ImageReferenceMacro": "dicomodel.macros.imagereference",
    "ImageSOPInstanceReferenceMacro": "dicomodel.macros.imagesopinstancereference",
    "InterlockMacro": "dicomodel.macros.interlock",
    "IntraocularLensCalculationsMacro": "dicomodel.macros.intraocularlenscalculations",
    "IntravascularFrameContentMacro": "dicomodel.macros.intravascularframecontent",
    "IntravascularOCTFrameContentMacro": "dicomodel.macros.intravascularoctframecontent",
    "IntravascularOCTFrameTypeMacro": "dicomodel.macros.intravascularoctframetype",
    "InventoryReferenceMacro": "dicomodel.macros.inventoryreference",
    "IrradiationEventIdentificationMacro": "dicomodel.macros.irradiationeventidentification",
    "IssuerOfPatientIDMacro": "dicomodel.macros.issuerofpatientid",
    "KVRadiationImageAcquisitionParametersMacro": "dicomodel.macros.kvradiationimageacquisitionparameters",
    "KeratometricMeasurementsMacro": "dicomodel.macros.keratometricmeasurements",
    "KeratometryMacro": "dicomodel.macros.keratometry",
    "LensometryMeasurementsMacro": "dicomodel.macros.lensometrymeasurements",
    "LineStyleSequenceMacro": "dicomodel.macros.linestylesequence",
    "LuminanceResultMacro": "dicomodel.macros.luminanceresult",
    "LuminanceUniformityResultMacro": "dicomodel.macros.luminanceuniformityresult",
    "MRArterialSpinLabelingMacro": "dicomodel.macros.mrarterialspinlabeling",
    "MRAveragesMacro": "dicomodel.macros.mraverages",
    "MRDiffusionMacro": "dicomodel.macros.mrdiffusion",
    "MREchoMacro": "dicomodel.macros.mrecho",
    "MRFOVGeometryMacro": "dicomodel.macros.mrfovgeometry",
    "MRImageAndSpectroscopyInstanceMacro": "dicomodel.macros.mrimageandspectroscopyinstance",
    "MRImageDescriptionMacro": "dicomodel.macros.mrimagedescription",
    "MRImageFrameTypeMacro": "dicomodel.macros.mrimageframetype",
    "MRImagingModifierMacro": "dicomodel.macros.mrimagingmodifier",
    "MRMetaboliteMapMacro": "dicomodel.macros.mrmetabolitemap",
    "MRModifierMacro": "dicomodel.macros.mrmodifier",
    "MRReceiveCoilMacro": "dicomodel.macros.mrreceivecoil",
    "MRSpatialSaturationMacro": "dicomodel.macros.mrspatialsaturation",
    "MRSpectroscopyDescriptionMacro": "dicomodel.macros.mrspectroscopydescription",
    "MRSpectroscopyFOVGeometryMacro": "dicomodel.macros.mrspectroscopyfovgeometry",
    "MRSpectroscopyFrameTypeMacro": "dicomodel.macros.mrspectroscopyframetype",
    "MRTimingAndRelatedParametersMacro": "dicomodel.macros.mrtimingandrelatedparameters",
    "MRTransmitCoilMacro": "dicomodel.macros.mrtransmitcoil",
    "MRVelocityEncodingMacro": "dicomodel.macros.mrvelocityencoding",
    "MVRadiationImageAcquisitionParametersMacro": "dicomodel.macros.mvradiationimageacquisitionparameters",
    "MandatoryViewAndSliceProgressionDirectionMacro": "dicomodel.macros.mandatoryviewandsliceprogressiondirection",
    "MatrixBasedRTImagingGeometryMacro": "dicomodel.macros.matrixbasedrtimaginggeometry",
    "ModalityLUTMacro": "dicomodel.macros.modalitylut",
    "MultiEnergyCTCharacteristicsMacro": "dicomodel.macros.multienergyctcharacteristics",
    "MultiEnergyCTPathMacro": "dicomodel.macros.multienergyctpath",
    "MultiEnergyCTProcessingMacro": "dicomodel.macros.multienergyctprocessing",
    "MultiEnergyCTXRayDetectorMacro": "dicomodel.macros.multienergyctxraydetector",
    "MultiEnergyCTXRaySourceMacro": "dicomodel.macros.multienergyctxraysource",
    "MultipleSiteGeneralAnatomyOptionalMacro": "dicomodel.macros.multiplesitegeneralanatomyoptional",
    "NumericMeasurementMacro": "dicomodel.macros.numericmeasurement",
    "NumericValueMacro": "dicomodel.macros.numericvalue",
    "OphthalmicAcquisitionParametersMacro": "dicomodel.macros.ophthalmicacquisitionparameters",
    "OphthalmicAxialLengthQualityMetricMacro": "dicomodel.macros.ophthalmicaxiallengthqualitymetric",
    "OphthalmicAxialLengthSegmentalMeasurementsMacro": "dicomodel.macros.ophthalmicaxiallengthsegmentalmeasurements",
    "OphthalmicAxialMeasurementsMacro": "dicomodel.macros.ophthalmicaxialmeasurements",
    "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceMacro": "dicomodel.macros.ophthalmicaxialmeasurementsqualityimagesopinstancereference",
    "OphthalmicAxialMeasurementsRelatedInformationMacro": "dicomodel.macros.ophthalmicaxialmeasurementsrelatedinformation",
    "OphthalmicAxialMeasurementsSelectedMacro": "dicomodel.macros.ophthalmicaxialmeasurementsselected",
    "OphthalmicFrameLocationMacro": "dicomodel.macros.ophthalmicframelocation",
    "OphthalmicPatientClinicalInformationAndTestLensParametersMacro": "dicomodel.macros.ophthalmicpatientclinicalinformationandtestlensparameters",
    "OphthalmicVisualFieldGlobalIndexMacro": "dicomodel.macros.ophthalmicvisualfieldglobalindex",
    "OpticalPathIdentificationMacro": "dicomodel.macros.opticalpathidentification",
    "OptionalViewAndSliceProgressionDirectionMacro": "dicomodel.macros.optionalviewandsliceprogressiondirection",
    "OriginalAttributesMacro": "dicomodel.macros.originalattributes",
    "OutlineDefinitionMacro": "dicomodel.macros.outlinedefinition",
    "PETDetectorMotionDetailsMacro": "dicomodel.macros.petdetectormotiondetails",
    "PETFrameAcquisitionMacro": "dicomodel.macros.petframeacquisition",
    "PETFrameCorrectionFactorsMacro": "dicomodel.macros.petframecorrectionfactors",
    "PETFrameTypeMacro": "dicomodel.macros.petframetype",
    "PETPositionMacro": "dicomodel.macros.petposition",
    "PETReconstructionMacro": "dicomodel.macros.petreconstruction",
    "PETTableDynamicsMacro": "dicomodel.macros.pettabledynamics",
    "PaletteColorLookupTableMacro": "dicomodel.macros.palettecolorlookuptable",
    "ParameterizedRTImagingGeometryMacro": "dicomodel.macros.parameterizedrtimaginggeometry",
    "ParametricMapFrameTypeMacro": "dicomodel.macros.parametricmapframetype",
    "PatientGroupMacro": "dicomodel.macros.patientgroup",
    "PatientOrientationAndEquipmentRelationshipMacro": "dicomodel.macros.patientorientationandequipmentrelationship",
    "PatientOrientationInFrameMacro": "dicomodel.macros.patientorientationinframe",
    "PatientOrientationMacro": "dicomodel.macros.patientorientation",
    "PatientPhysiologicalStateMacro": "dicomodel.macros.patientphysiologicalstate",
    "PatientPositionAcquisitionDeviceMacro": "dicomodel.macros.patientpositionacquisitiondevice",
    "PatientSupportIdentificationMacro": "dicomodel.macros.patientsupportidentification",
    "PatientSupportPositionMacro": "dicomodel.macros.patientsupportposition",
    "PatientToEquipmentRelationshipMacro": "dicomodel.macros.patienttoequipmentrelationship",
    "PerformedProcedureStepSummaryMacro": "dicomodel.macros.performedprocedurestepsummary",
    "PersonIdentificationMacro": "dicomodel.macros.personidentification",
    "PhotoacousticExcitationCharacteristicsMacro": "dicomodel.macros.photoacousticexcitationcharacteristics",
    "PhotoacousticImageDataTypeMacro": "dicomodel.macros.photoacousticimagedatatype",
    "PhotoacousticImageFrameTypeMacro": "dicomodel.macros.photoacousticimageframetype",
    "PhotoacousticReconstructionAlgorithmMacro": "dicomodel.macros.photoacousticreconstructionalgorithm",
    "PixelIntensityRelationshipLUTMacro": "dicomodel.macros.pixelintensityrelationshiplut",
    "PixelMeasuresMacro": "dicomodel.macros.pixelmeasures",
    "PixelValueTransformationMacro": "dicomodel.macros.pixelvaluetransformation",
    "PlaneOrientationPatientMacro": "dicomodel.macros.planeorientationpatient",
    "PlaneOrientationVolumeMacro": "dicomodel.macros.planeorientationvolume",
    "PlanePositionPatientMacro": "dicomodel.macros.planepositionpatient",
    "PlanePositionSlideMacro": "dicomodel.macros.planepositionslide",
    "PlanePositionVolumeMacro": "dicomodel.macros.planepositionvolume",
    "PlanningLandmarkLineMacro": "dicomodel.macros.planninglandmarkline",
    "PlanningLandmarkPlaneMacro": "dicomodel.macros.planninglandmarkplane",
    "PlanningLandmarkPointMacro": "dicomodel.macros.planninglandmarkpoint",
    "PointsMacro": "dicomodel.macros.points",
    "PresentationStateRelationshipMacro": "dicomodel.macros.presentationstaterelationship",
    "PrimaryAnatomicStructureMacro": "dicomodel.macros.primaryanatomicstructure",
    "PrismSequenceMacro": "dicomodel.macros.prismsequence",
    "ProtocolElementIdentificationMacro": "dicomodel.macros.protocolelementidentification",
    "RTAccessoryDeviceIdentificationMacro": "dicomodel.macros.rtaccessorydeviceidentification",
    "RTAccessoryHoldersDefinitionMacro": "dicomodel.macros.rtaccessoryholdersdefinition",
    "RTBeamLimitingDeviceDefinitionMacro": "dicomodel.macros.rtbeamlimitingdevicedefinition",
    "RTBeamLimitingDeviceOpeningDefinitionMacro": "dicomodel.macros.rtbeamlimitingdeviceopeningdefinition",
    "RTBeamLimitingDeviceOpeningMacro": "dicomodel.macros.rtbeamlimitingdeviceopening",
    "RTBeamLimitingDeviceOpeningSequenceMacro": "dicomodel.macros.rtbeamlimitingdeviceopeningsequence",
    "RTBeamLimitingDevicesDefinitionMacro": "dicomodel.macros.rtbeamlimitingdevicesdefinition",
    "RTControlPointGeneralMacro": "dicomodel.macros.rtcontrolpointgeneral",
    "RTEquipmentMappingAndPlanReferenceMacro": "dicomodel.macros.rtequipmentmappingandplanreference",
    "RTImageFrameContextMacro": "dicomodel.macros.rtimageframecontext",
    "RTImageFrameGeneralContentMacro": "dicomodel.macros.rtimageframegeneralcontent",
    "RTImageFrameImagingDevicePositionMacro": "dicomodel.macros.rtimageframeimagingdeviceposition",
    "RTImageFrameRadiationAcquisitionParametersMacro": "dicomodel.macros.rtimageframeradiationacquisitionparameters",
    "RTImagingApertureMacro": "dicomodel.macros.rtimagingaperture",
    "RTPatientPositionMacro": "dicomodel.macros.rtpatientposition",
    "RTPatientPositionScopeMacro": "dicomodel.macros.rtpatientpositionscope",
    "RTPatientPositionScopeWithLegacySupportMacro": "dicomodel.macros.rtpatientpositionscopewithlegacysupport",
    "RTPatientSupportDevicesMacro": "dicomodel.macros.rtpatientsupportdevices",
    "RTPatientTreatmentPreparationMacro": "dicomodel.macros.rtpatienttreatmentpreparation",
    "RTProjectionImagingRequestGeometryMacro": "dicomodel.macros.rtprojectionimagingrequestgeometry",
    "RTRadiationCommonBaseMacro": "dicomodel.macros.rtradiationcommonbase",
    "RTToleranceSetMacro": "dicomodel.macros.rttoleranceset",
    "RTTreatmentPhaseIntervalMacro": "dicomodel.macros.rttreatmentphaseinterval",
    "RTTreatmentPhaseMacro": "dicomodel.macros.rttreatmentphase",
    "RTTreatmentPositionMacro": "dicomodel.macros.rttreatmentposition",
    "RadiationFractionPatternMacro": "dicomodel.macros.radiationfractionpattern",
    "RadiationGenerationModeMacro": "dicomodel.macros.radiationgenerationmode",
    "RadiobiologicalDoseEffectDescriptionMacro": "dicomodel.macros.radiobiologicaldoseeffectdescription",
    "RadiopharmaceuticalUsageMacro": "dicomodel.macros.radiopharmaceuticalusage",
    "RealWorldValueMappingItemMacro": "dicomodel.macros.realworldvaluemappingitem",
    "RealWorldValueMappingMacro": "dicomodel.macros.realworldvaluemapping",
    "ReferenceLocationMacro": "dicomodel.macros.referencelocation",
    "ReferencedImageMacro": "dicomodel.macros.referencedimage",
    "ReferencedInstancesAndAccessMacro": "dicomodel.macros.referencedinstancesandaccess",
    "ReferencedRequestMacro": "dicomodel.macros.referencedrequest",
    "RelatedInformationEntitiesMacro": "dicomodel.macros.relatedinformationentities",
    "RequestAttributesMacro": "dicomodel.macros.requestattributes",
    "RespiratorySynchronizationMacro": "dicomodel.macros.respiratorysynchronization",
    "SOPInstanceReferenceMacro": "dicomodel.macros.sopinstancereference",
    "ScopeOfInventoryMacro": "dicomodel.macros.scopeofinventory",
    "ScreenSpecificationsMacro": "dicomodel.macros.screenspecifications",
    "SegmentDescriptionMacro": "dicomodel.macros.segmentdescription",
    "SegmentationMacro": "dicomodel.macros.segmentation",
    "SelectorAttributeMacro": "dicomodel.macros.selectorattribute",
    "SeriesAndInstanceReferenceMacro": "dicomodel.macros.seriesandinstancereference",
    "SpatialCoordinatesMacro": "dicomodel.macros.spatialcoordinates",
    "SpecimenMacro": "dicomodel.macros.specimen",
    "SpecimenReferenceMacro": "dicomodel.macros.specimenreference",
    "StorageMacro": "dicomodel.macros.storage",
    "StoredFileAccessMacro": "dicomodel.macros.storedfileaccess",
    "StoredValueColorRangeMacro": "dicomodel.macros.storedvaluecolorrange",
    "SubjectiveRefractionMeasurementsMacro": "dicomodel.macros.subjectiverefractionmeasurements",
    "SurfaceMeshPrimitivesMacro": "dicomodel.macros.surfacemeshprimitives",
    "TableContentItemMacro": "dicomodel.macros.tablecontentitem",
    "TableSummaryStatisticsMacro": "dicomodel.macros.tablesummarystatistics",
    "TemporalCoordinatesMacro": "dicomodel.macros.temporalcoordinates",
    "TemporalPositionMacro": "dicomodel.macros.temporalposition",
    "TextStyleSequenceMacro": "dicomodel.macros.textstylesequence",
    "ThreeDRTConeBeamImagingGeometryMacro": "dicomodel.macros.threedrtconebeamimaginggeometry",
    "ThreeDSpatialCoordinatesMacro": "dicomodel.macros.threedspatialcoordinates",
    "ThresholdSequenceMacro": "dicomodel.macros.thresholdsequence",
    "TimeOfFrameFunctionalGroupMacro": "dicomodel.macros.timeofframefunctionalgroup",
    "TreatmentDeviceIdentificationMacro": "dicomodel.macros.treatmentdeviceidentification",
    "UDIMacro": "dicomodel.macros.udi",
    "USImageDescriptionMacro": "dicomodel.macros.usimagedescription",
    "UnassignedPerFrameConvertedAttributesMacro": "dicomodel.macros.unassignedperframeconvertedattributes",
    "UnassignedSharedConvertedAttributesMacro": "dicomodel.macros.unassignedsharedconvertedattributes",
    "VOILUTMacro": "dicomodel.macros.voilut",
    "VectorsMacro": "dicomodel.macros.vectors",
    "VisualAcuityMeasurementsMacro": "dicomodel.macros.visualacuitymeasurements",
    "VisualEvaluationResultMacro": "dicomodel.macros.visualevaluationresult",
    "WaveformFilterCharacteristicsMacro": "dicomodel.macros.waveformfiltercharacteristics",
    "WaveformFilterLookupTableMacro": "dicomodel.macros.waveformfilterlookuptable",
    "WaveformReferenceMacro": "dicomodel.macros.waveformreference",
    "WedgePositionsMacro": "dicomodel.macros.wedgepositions",
    "WedgesDefinitionMacro": "dicomodel.macros.wedgesdefinition",
    "WholeSlideMicroscopyImageFrameTypeMacro": "dicomodel.macros.wholeslidemicroscopyimageframetype",
    "XRay3DFrameTypeMacro": "dicomodel.macros.xray3dframetype",
    "XRay3DGeneralPerProjectionAcquisitionMacro": "dicomodel.macros.xray3dgeneralperprojectionacquisition",
    "XRay3DGeneralPositionerMovementMacro": "dicomodel.macros.xray3dgeneralpositionermovement",
    "XRay3DGeneralSharedAcquisitionMacro": "dicomodel.macros.xray3dgeneralsharedacquisition",
    "XRayCalibrationDeviceUsageMacro": "dicomodel.macros.xraycalibrationdeviceusage",
    "XRayCollimatorDimensionsMacro": "dicomodel.macros.xraycollimatordimensions",
    "XRayCollimatorMacro": "dicomodel.macros.xraycollimator",
    "XRayExposureControlSensingRegionsMacro": "dicomodel.macros.xrayexposurecontrolsensingregions",
    "XRayFieldOfViewMacro": "dicomodel.macros.xrayfieldofview",
    "XRayFilterMacro": "dicomodel.macros.xrayfilter",
    "XRayFiltrationMacro": "dicomodel.macros.xrayfiltration",
    "XRayFrameAcquisitionMacro": "dicomodel.macros.xrayframeacquisition",
    "XRayFrameCharacteristicsMacro": "dicomodel.macros.xrayframecharacteristics",
    "XRayFrameDetectorParametersMacro": "dicomodel.macros.xrayframedetectorparameters",
    "XRayFramePixelDataPropertiesMacro": "dicomodel.macros.xrayframepixeldataproperties",
    "XRayGeometryMacro": "dicomodel.macros.xraygeometry",
    "XRayGridDescriptionMacro": "dicomodel.macros.xraygriddescription",
    "XRayGridMacro": "dicomodel.macros.xraygrid",
    "XRayIsocenterReferenceSystemMacro": "dicomodel.macros.xrayisocenterreferencesystem",
    "XRayObjectThicknessMacro": "dicomodel.macros.xrayobjectthickness",
    "XRayPositionerMacro": "dicomodel.macros.xraypositioner",
    "XRayProjectionPixelCalibrationMacro": "dicomodel.macros.xrayprojectionpixelcalibration",
    "XRayTablePositionMacro": "dicomodel.macros.xraytableposition",
}

if TYPE_CHECKING:
    from dicomodel.macros.accessendpoints import AccessEndPointsMacro as AccessEndPointsMacro
    from dicomodel.macros.algorithmidentification import (
        AlgorithmIdentificationMacro as AlgorithmIdentificationMacro,
    )
    from dicomodel.macros.assertion import AssertionMacro as AssertionMacro
    from dicomodel.macros.attributevalue import AttributeValueMacro as AttributeValueMacro
    from dicomodel.macros.attributevalueconstraint import (
        AttributeValueConstraintMacro as AttributeValueConstraintMacro,
    )
    from dicomodel.macros.basiccodesequence import BasicCodeSequenceMacro as BasicCodeSequenceMacro
    from dicomodel.macros.basicpixelspacingcalibration import (
        BasicPixelSpacingCalibrationMacro as BasicPixelSpacingCalibrationMacro,
    )
    from dicomodel.macros.beamlimitingdeviceposition import (
        BeamLimitingDevicePositionMacro as BeamLimitingDevicePositionMacro,
    )
    from dicomodel.macros.blocksdefinition import BlocksDefinitionMacro as BlocksDefinitionMacro
    from dicomodel.macros.bolusesdefinition import BolusesDefinitionMacro as BolusesDefinitionMacro
    from dicomodel.macros.breastbiopsytarget import (
        BreastBiopsyTargetMacro as BreastBiopsyTargetMacro,
    )
    from dicomodel.macros.breastxrayacquisitiondose import (
        BreastXRayAcquisitionDoseMacro as BreastXRayAcquisitionDoseMacro,
    )
    from dicomodel.macros.breastxraydetector import (
        BreastXRayDetectorMacro as BreastXRayDetectorMacro,
    )
    from dicomodel.macros.breastxraygeometry import (
        BreastXRayGeometryMacro as BreastXRayGeometryMacro,
    )
    from dicomodel.macros.breastxrayisocenterreferencesystem import (
        BreastXRayIsocenterReferenceSystemMacro as BreastXRayIsocenterReferenceSystemMacro,
    )
    from dicomodel.macros.breastxraypositioner import (
        BreastXRayPositionerMacro as BreastXRayPositionerMacro,
    )
    from dicomodel.macros.calculatediol import CalculatedIOLMacro as CalculatedIOLMacro
    from dicomodel.macros.calculatedtoricpower import (
        CalculatedToricPowerMacro as CalculatedToricPowerMacro,
    )
    from dicomodel.macros.camerapositionfunctionalgroup import (
        CameraPositionFunctionalGroupMacro as CameraPositionFunctionalGroupMacro,
    )
    from dicomodel.macros.cardiacsynchronization import (
        CardiacSynchronizationMacro as CardiacSynchronizationMacro,
    )
    from dicomodel.macros.code import CodeMacro as CodeMacro
    from dicomodel.macros.codesequence import CodeSequenceMacro as CodeSequenceMacro
    from dicomodel.macros.commonctmrandphotoacousticimagedescription import (
        CommonCTMRAndPhotoacousticImageDescriptionMacro as CommonCTMRAndPhotoacousticImageDescriptionMacro,
    )
    from dicomodel.macros.compensatorsdefinition import (
        CompensatorsDefinitionMacro as CompensatorsDefinitionMacro,
    )
    from dicomodel.macros.compositeobjectreference import (
        CompositeObjectReferenceMacro as CompositeObjectReferenceMacro,
    )
    from dicomodel.macros.conceptualvolume import ConceptualVolumeMacro as ConceptualVolumeMacro
    from dicomodel.macros.conceptualvolumesegmentationreferenceandcombination import (
        ConceptualVolumeSegmentationReferenceAndCombinationMacro as ConceptualVolumeSegmentationReferenceAndCombinationMacro,
    )
    from dicomodel.macros.confocalmicroscopyimageframetype import (
        ConfocalMicroscopyImageFrameTypeMacro as ConfocalMicroscopyImageFrameTypeMacro,
    )
    from dicomodel.macros.container import ContainerMacro as ContainerMacro
    from dicomodel.macros.contentcreator import ContentCreatorMacro as ContentCreatorMacro
    from dicomodel.macros.contentidentification import (
        ContentIdentificationMacro as ContentIdentificationMacro,
    )
    from dicomodel.macros.contentitem import ContentItemMacro as ContentItemMacro
    from dicomodel.macros.contentitemwithmodifiers import (
        ContentItemWithModifiersMacro as ContentItemWithModifiersMacro,
    )
    from dicomodel.macros.contrastbolususage import (
        ContrastBolusUsageMacro as ContrastBolusUsageMacro,
    )
    from dicomodel.macros.contributingimagesources import (
        ContributingImageSourcesMacro as ContributingImageSourcesMacro,
    )
    from dicomodel.macros.corneameasurement import CorneaMeasurementMacro as CorneaMeasurementMacro
    from dicomodel.macros.ctacquisitiondetails import (
        CTAcquisitionDetailsMacro as CTAcquisitionDetailsMacro,
    )
    from dicomodel.macros.ctacquisitiontype import CTAcquisitionTypeMacro as CTAcquisitionTypeMacro
    from dicomodel.macros.ctadditionalxraysource import (
        CTAdditionalXRaySourceMacro as CTAdditionalXRaySourceMacro,
    )
    from dicomodel.macros.ctexposure import CTExposureMacro as CTExposureMacro
    from dicomodel.macros.ctgeometry import CTGeometryMacro as CTGeometryMacro
    from dicomodel.macros.ctimageframetype import CTImageFrameTypeMacro as CTImageFrameTypeMacro
    from dicomodel.macros.ctpixelvaluetransformation import (
        CTPixelValueTransformationMacro as CTPixelValueTransformationMacro,
    )
    from dicomodel.macros.ctposition import CTPositionMacro as CTPositionMacro
    from dicomodel.macros.ctreconstruction import CTReconstructionMacro as CTReconstructionMacro
    from dicomodel.macros.cttabledynamics import CTTableDynamicsMacro as CTTableDynamicsMacro
    from dicomodel.macros.ctxraydetails import CTXRayDetailsMacro as CTXRayDetailsMacro
    from dicomodel.macros.cylindersequence import CylinderSequenceMacro as CylinderSequenceMacro
    from dicomodel.macros.derivationimage import DerivationImageMacro as DerivationImageMacro
    from dicomodel.macros.deviceidentification import (
        DeviceIdentificationMacro as DeviceIdentificationMacro,
    )
    from dicomodel.macros.devicemodel import DeviceModelMacro as DeviceModelMacro
    from dicomodel.macros.devicemotioncontrol import (
        DeviceMotionControlMacro as DeviceMotionControlMacro,
    )
    from dicomodel.macros.digitalsignatures import DigitalSignaturesMacro as DigitalSignaturesMacro
    from dicomodel.macros.digitalxraydetector import (
        DigitalXRayDetectorMacro as DigitalXRayDetectorMacro,
    )
    from dicomodel.macros.displayqaresultcontext import (
        DisplayQAResultContextMacro as DisplayQAResultContextMacro,
    )
    from dicomodel.macros.displayshutter import DisplayShutterMacro as DisplayShutterMacro
    from dicomodel.macros.documentcontent import DocumentContentMacro as DocumentContentMacro
    from dicomodel.macros.documentrelationship import (
        DocumentRelationshipMacro as DocumentRelationshipMacro,
    )
    from dicomodel.macros.dosimetricobjective import (
        DosimetricObjectiveMacro as DosimetricObjectiveMacro,
    )
    from dicomodel.macros.encryptedattributesdataset import (
        EncryptedAttributesDataSetMacro as EncryptedAttributesDataSetMacro,
    )
    from dicomodel.macros.enhancedcodesequence import (
        EnhancedCodeSequenceMacro as EnhancedCodeSequenceMacro,
    )
    from dicomodel.macros.enhancedcontentidentification import (
        EnhancedContentIdentificationMacro as EnhancedContentIdentificationMacro,
    )
    from dicomodel.macros.entitylabeling import EntityLabelingMacro as EntityLabelingMacro
    from dicomodel.macros.entitylonglabeling import (
        EntityLongLabelingMacro as EntityLongLabelingMacro,
    )
    from dicomodel.macros.exposureindex import ExposureIndexMacro as ExposureIndexMacro
    from dicomodel.macros.extendedcontentidentification import (
        ExtendedContentIdentificationMacro as ExtendedContentIdentificationMacro,
    )
    from dicomodel.macros.extendedselectorattribute import (
        ExtendedSelectorAttributeMacro as ExtendedSelectorAttributeMacro,
    )
    from dicomodel.macros.externalbeamcontrolpointgeneral import (
        ExternalBeamControlPointGeneralMacro as ExternalBeamControlPointGeneralMacro,
    )
    from dicomodel.macros.externallysourceddatasetidentification import (
        ExternallySourcedDataSetIdentificationMacro as ExternallySourcedDataSetIdentificationMacro,
    )
    from dicomodel.macros.fillstylesequence import FillStyleSequenceMacro as FillStyleSequenceMacro
    from dicomodel.macros.frameanatomy import FrameAnatomyMacro as FrameAnatomyMacro
    from dicomodel.macros.framecontent import FrameContentMacro as FrameContentMacro
    from dicomodel.macros.framedisplayshutter import (
        FrameDisplayShutterMacro as FrameDisplayShutterMacro,
    )
    from dicomodel.macros.framepixelshift import FramePixelShiftMacro as FramePixelShiftMacro
    from dicomodel.macros.frameusefulnessfunctionalgroup import (
        FrameUsefulnessFunctionalGroupMacro as FrameUsefulnessFunctionalGroupMacro,
    )
    from dicomodel.macros.framevoilut import FrameVOILUTMacro as FrameVOILUTMacro
    from dicomodel.macros.framevoilutwithlut import (
        FrameVOILUTWithLUTMacro as FrameVOILUTWithLUTMacro,
    )
    from dicomodel.macros.functionalmr import FunctionalMRMacro as FunctionalMRMacro
    from dicomodel.macros.generalaccessoriesdefinition import (
        GeneralAccessoriesDefinitionMacro as GeneralAccessoriesDefinitionMacro,
    )
    from dicomodel.macros.generalanatomymandatory import (
        GeneralAnatomyMandatoryMacro as GeneralAnatomyMandatoryMacro,
    )
    from dicomodel.macros.generalanatomyoptional import (
        GeneralAnatomyOptionalMacro as GeneralAnatomyOptionalMacro,
    )
    from dicomodel.macros.generalanatomyrequired import (
        GeneralAnatomyRequiredMacro as GeneralAnatomyRequiredMacro,
    )
    from dicomodel.macros.generalcontributingsources import (
        GeneralContributingSourcesMacro as GeneralContributingSourcesMacro,
    )
    from dicomodel.macros.generalprocedureprotocolreference import (
        GeneralProcedureProtocolReferenceMacro as GeneralProcedureProtocolReferenceMacro,
    )
    from dicomodel.macros.hangingprotocolselectorattributecontext import (
        HangingProtocolSelectorAttributeContextMacro as HangingProtocolSelectorAttributeContextMacro,
    )
    from dicomodel.macros.hangingprotocolselectorattributevalue import (
        HangingProtocolSelectorAttributeValueMacro as HangingProtocolSelectorAttributeValueMacro,
    )
    from dicomodel.macros.hierarchicalevidencereference import (
        HierarchicalEvidenceReferenceMacro as HierarchicalEvidenceReferenceMacro,
    )
    from dicomodel.macros.hierarchicalseriesreference import (
        HierarchicalSeriesReferenceMacro as HierarchicalSeriesReferenceMacro,
    )
    from dicomodel.macros.hierarchicalsopinstancereference import (
        HierarchicalSOPInstanceReferenceMacro as HierarchicalSOPInstanceReferenceMacro,
    )
    from dicomodel.macros.hl7v2hierarchicdesignator import (
        HL7v2HierarchicDesignatorMacro as HL7v2HierarchicDesignatorMacro,
    )
    from dicomodel.macros.identifiedpersonordevice import (
        IdentifiedPersonOrDeviceMacro as IdentifiedPersonOrDeviceMacro,
    )
    from dicomodel.macros.identitypixelvaluetransformation import (
        IdentityPixelValueTransformationMacro as IdentityPixelValueTransformationMacro,
    )
    from dicomodel.macros.imagedatatype import ImageDataTypeMacro as ImageDataTypeMacro
    from dicomodel.macros.imageframeconversionsource import (
        ImageFrameConversionSourceMacro as ImageFrameConversionSourceMacro,
    )
    from dicomodel.macros.imagepixel import ImagePixelMacro as ImagePixelMacro
    from dicomodel.macros.imagepixeldescription import (
        ImagePixelDescriptionMacro as ImagePixelDescriptionMacro,
    )
    from dicomodel.macros.imagereference import ImageReferenceMacro as ImageReferenceMacro
    from dicomodel.macros.imagesopinstancereference import (
        ImageSOPInstanceReferenceMacro as ImageSOPInstanceReferenceMacro,
    )
    from dicomodel.macros.interlock import InterlockMacro as InterlockMacro
    from dicomodel.macros.intraocularlenscalculations import (
        IntraocularLensCalculationsMacro as IntraocularLensCalculationsMacro,
    )
    from dicomodel.macros.intravascularframecontent import (
        IntravascularFrameContentMacro as IntravascularFrameContentMacro,
    )
    from dicomodel.macros.intravascularoctframecontent import (
        IntravascularOCTFrameContentMacro as IntravascularOCTFrameContentMacro,
    )
    from dicomodel.macros.intravascularoctframetype import (
        IntravascularOCTFrameTypeMacro as IntravascularOCTFrameTypeMacro,
    )
    from dicomodel.macros.inventoryreference import (
        InventoryReferenceMacro as InventoryReferenceMacro,
    )
    from dicomodel.macros.iolophthalmicaxiallength import (
        IOLOphthalmicAxialLengthMacro as IOLOphthalmicAxialLengthMacro,
    )
    from dicomodel.macros.irradiationeventidentification import (
        IrradiationEventIdentificationMacro as IrradiationEventIdentificationMacro,
    )
    from dicomodel.macros.issuerofpatientid import IssuerOfPatientIDMacro as IssuerOfPatientIDMacro
    from dicomodel.macros.keratometricmeasurements import (
        KeratometricMeasurementsMacro as KeratometricMeasurementsMacro,
    )
    from dicomodel.macros.keratometry import KeratometryMacro as KeratometryMacro
    from dicomodel.macros.kvradiationimageacquisitionparameters import (
        KVRadiationImageAcquisitionParametersMacro as KVRadiationImageAcquisitionParametersMacro,
    )
    from dicomodel.macros.lensometrymeasurements import (
        LensometryMeasurementsMacro as LensometryMeasurementsMacro,
    )
    from dicomodel.macros.linestylesequence import LineStyleSequenceMacro as LineStyleSequenceMacro
    from dicomodel.macros.luminanceresult import LuminanceResultMacro as LuminanceResultMacro
    from dicomodel.macros.luminanceuniformityresult import (
        LuminanceUniformityResultMacro as LuminanceUniformityResultMacro,
    )
    from dicomodel.macros.mandatoryviewandsliceprogressiondirection import (
        MandatoryViewAndSliceProgressionDirectionMacro as MandatoryViewAndSliceProgressionDirectionMacro,
    )
    from dicomodel.macros.matrixbasedrtimaginggeometry import (
        MatrixBasedRTImagingGeometryMacro as MatrixBasedRTImagingGeometryMacro,
    )
    from dicomodel.macros.modalitylut import ModalityLUTMacro as ModalityLUTMacro
    from dicomodel.macros.mrarterialspinlabeling import (
        MRArterialSpinLabelingMacro as MRArterialSpinLabelingMacro,
    )
    from dicomodel.macros.mraverages import MRAveragesMacro as MRAveragesMacro
    from dicomodel.macros.mrdiffusion import MRDiffusionMacro as MRDiffusionMacro
    from dicomodel.macros.mrecho import MREchoMacro as MREchoMacro
    from dicomodel.macros.mrfovgeometry import MRFOVGeometryMacro as MRFOVGeometryMacro
    from dicomodel.macros.mrimageandspectroscopyinstance import (
        MRImageAndSpectroscopyInstanceMacro as MRImageAndSpectroscopyInstanceMacro,
    )
    from dicomodel.macros.mrimagedescription import (
        MRImageDescriptionMacro as MRImageDescriptionMacro,
    )
    from dicomodel.macros.mrimageframetype import MRImageFrameTypeMacro as MRImageFrameTypeMacro
    from dicomodel.macros.mrimagingmodifier import MRImagingModifierMacro as MRImagingModifierMacro
    from dicomodel.macros.mrmetabolitemap import MRMetaboliteMapMacro as MRMetaboliteMapMacro
    from dicomodel.macros.mrmodifier import MRModifierMacro as MRModifierMacro
    from dicomodel.macros.mrreceivecoil import MRReceiveCoilMacro as MRReceiveCoilMacro
    from dicomodel.macros.mrspatialsaturation import (
        MRSpatialSaturationMacro as MRSpatialSaturationMacro,
    )
    from dicomodel.macros.mrspectroscopydescription import (
        MRSpectroscopyDescriptionMacro as MRSpectroscopyDescriptionMacro,
    )
    from dicomodel.macros.mrspectroscopyfovgeometry import (
        MRSpectroscopyFOVGeometryMacro as MRSpectroscopyFOVGeometryMacro,
    )
    from dicomodel.macros.mrspectroscopyframetype import (
        MRSpectroscopyFrameTypeMacro as MRSpectroscopyFrameTypeMacro,
    )
    from dicomodel.macros.mrtimingandrelatedparameters import (
        MRTimingAndRelatedParametersMacro as MRTimingAndRelatedParametersMacro,
    )
    from dicomodel.macros.mrtransmitcoil import MRTransmitCoilMacro as MRTransmitCoilMacro
    from dicomodel.macros.mrvelocityencoding import (
        MRVelocityEncodingMacro as MRVelocityEncodingMacro,
    )
    from dicomodel.macros.multienergyctcharacteristics import (
        MultiEnergyCTCharacteristicsMacro as MultiEnergyCTCharacteristicsMacro,
    )
    from dicomodel.macros.multienergyctpath import MultiEnergyCTPathMacro as MultiEnergyCTPathMacro
    from dicomodel.macros.multienergyctprocessing import (
        MultiEnergyCTProcessingMacro as MultiEnergyCTProcessingMacro,
    )
    from dicomodel.macros.multienergyctxraydetector import (
        MultiEnergyCTXRayDetectorMacro as MultiEnergyCTXRayDetectorMacro,
    )
    from dicomodel.macros.multienergyctxraysource import (
        MultiEnergyCTXRaySourceMacro as MultiEnergyCTXRaySourceMacro,
    )
    from dicomodel.macros.multiplesitegeneralanatomyoptional import (
        MultipleSiteGeneralAnatomyOptionalMacro as MultipleSiteGeneralAnatomyOptionalMacro,
    )
    from dicomodel.macros.mvradiationimageacquisitionparameters import (
        MVRadiationImageAcquisitionParametersMacro as MVRadiationImageAcquisitionParametersMacro,
    )
    from dicomodel.macros.numericmeasurement import (
        NumericMeasurementMacro as NumericMeasurementMacro,
    )
    from dicomodel.macros.numericvalue import NumericValueMacro as NumericValueMacro
    from dicomodel.macros.ophthalmicacquisitionparameters import (
        OphthalmicAcquisitionParametersMacro as OphthalmicAcquisitionParametersMacro,
    )
    from dicomodel.macros.ophthalmicaxiallengthqualitymetric import (
        OphthalmicAxialLengthQualityMetricMacro as OphthalmicAxialLengthQualityMetricMacro,
    )
    from dicomodel.macros.ophthalmicaxiallengthsegmentalmeasurements import (
        OphthalmicAxialLengthSegmentalMeasurementsMacro as OphthalmicAxialLengthSegmentalMeasurementsMacro,
    )
    from dicomodel.macros.ophthalmicaxialmeasurements import (
        OphthalmicAxialMeasurementsMacro as OphthalmicAxialMeasurementsMacro,
    )
    from dicomodel.macros.ophthalmicaxialmeasurementsqualityimagesopinstancereference import (
        OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceMacro as OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceMacro,
    )
    from dicomodel.macros.ophthalmicaxialmeasurementsrelatedinformation import (
        OphthalmicAxialMeasurementsRelatedInformationMacro as OphthalmicAxialMeasurementsRelatedInformationMacro,
    )
    from dicomodel.macros.ophthalmicaxialmeasurementsselected import (
        OphthalmicAxialMeasurementsSelectedMacro as OphthalmicAxialMeasurementsSelectedMacro,
    )
    from dicomodel.macros.ophthalmicframelocation import (
        OphthalmicFrameLocationMacro as OphthalmicFrameLocationMacro,
    )
    from dicomodel.macros.ophthalmicpatientclinicalinformationandtestlensparameters import (
        OphthalmicPatientClinicalInformationAndTestLensParametersMacro as OphthalmicPatientClinicalInformationAndTestLensParametersMacro,
    )
    from dicomodel.macros.ophthalmicvisualfieldglobalindex import (
        OphthalmicVisualFieldGlobalIndexMacro as OphthalmicVisualFieldGlobalIndexMacro,
    )
    from dicomodel.macros.opticalpathidentification import (
        OpticalPathIdentificationMacro as OpticalPathIdentificationMacro,
    )
    from dicomodel.macros.optionalviewandsliceprogressiondirection import (
        OptionalViewAndSliceProgressionDirectionMacro as OptionalViewAndSliceProgressionDirectionMacro,
    )
    from dicomodel.macros.originalattributes import (
        OriginalAttributesMacro as OriginalAttributesMacro,
    )
    from dicomodel.macros.outlinedefinition import OutlineDefinitionMacro as OutlineDefinitionMacro
    from dicomodel.macros.palettecolorlookuptable import (
        PaletteColorLookupTableMacro as PaletteColorLookupTableMacro,
    )
    from dicomodel.macros.parameterizedrtimaginggeometry import (
        ParameterizedRTImagingGeometryMacro as ParameterizedRTImagingGeometryMacro,
    )
    from dicomodel.macros.parametricmapframetype import (
        ParametricMapFrameTypeMacro as ParametricMapFrameTypeMacro,
    )
    from dicomodel.macros.patientgroup import PatientGroupMacro as PatientGroupMacro
    from dicomodel.macros.patientorientation import (
        PatientOrientationMacro as PatientOrientationMacro,
    )
    from dicomodel.macros.patientorientationandequipmentrelationship import (
        PatientOrientationAndEquipmentRelationshipMacro as PatientOrientationAndEquipmentRelationshipMacro,
    )
    from dicomodel.macros.patientorientationinframe import (
        PatientOrientationInFrameMacro as PatientOrientationInFrameMacro,
    )
    from dicomodel.macros.patientphysiologicalstate import (
        PatientPhysiologicalStateMacro as PatientPhysiologicalStateMacro,
    )
    from dicomodel.macros.patientpositionacquisitiondevice import (
        PatientPositionAcquisitionDeviceMacro as PatientPositionAcquisitionDeviceMacro,
    )
    from dicomodel.macros.patientsupportidentification import (
        PatientSupportIdentificationMacro as PatientSupportIdentificationMacro,
    )
    from dicomodel.macros.patientsupportposition import (
        PatientSupportPositionMacro as PatientSupportPositionMacro,
    )
    from dicomodel.macros.patienttoequipmentrelationship import (
        PatientToEquipmentRelationshipMacro as PatientToEquipmentRelationshipMacro,
    )
    from dicomodel.macros.performedprocedurestepsummary import (
        PerformedProcedureStepSummaryMacro as PerformedProcedureStepSummaryMacro,
    )
    from dicomodel.macros.personidentification import (
        PersonIdentificationMacro as PersonIdentificationMacro,
    )
    from dicomodel.macros.petdetectormotiondetails import (
        PETDetectorMotionDetailsMacro as PETDetectorMotionDetailsMacro,
    )
    from dicomodel.macros.petframeacquisition import (
        PETFrameAcquisitionMacro as PETFrameAcquisitionMacro,
    )
    from dicomodel.macros.petframecorrectionfactors import (
        PETFrameCorrectionFactorsMacro as PETFrameCorrectionFactorsMacro,
    )
    from dicomodel.macros.petframetype import PETFrameTypeMacro as PETFrameTypeMacro
    from dicomodel.macros.petposition import PETPositionMacro as PETPositionMacro
    from dicomodel.macros.petreconstruction import PETReconstructionMacro as PETReconstructionMacro
    from dicomodel.macros.pettabledynamics import PETTableDynamicsMacro as PETTableDynamicsMacro
    from dicomodel.macros.photoacousticexcitationcharacteristics import (
        PhotoacousticExcitationCharacteristicsMacro as PhotoacousticExcitationCharacteristicsMacro,
    )
    from dicomodel.macros.photoacousticimagedatatype import (
        PhotoacousticImageDataTypeMacro as PhotoacousticImageDataTypeMacro,
    )
    from dicomodel.macros.photoacousticimageframetype import (
        PhotoacousticImageFrameTypeMacro as PhotoacousticImageFrameTypeMacro,
    )
    from dicomodel.macros.photoacousticreconstructionalgorithm import (
        PhotoacousticReconstructionAlgorithmMacro as PhotoacousticReconstructionAlgorithmMacro,
    )
    from dicomodel.macros.pixelintensityrelationshiplut import (
        PixelIntensityRelationshipLUTMacro as PixelIntensityRelationshipLUTMacro,
    )
    from dicomodel.macros.pixelmeasures import PixelMeasuresMacro as PixelMeasuresMacro
    from dicomodel.macros.pixelvaluetransformation import (
        PixelValueTransformationMacro as PixelValueTransformationMacro,
    )
    from dicomodel.macros.planeorientationpatient import (
        PlaneOrientationPatientMacro as PlaneOrientationPatientMacro,
    )
    from dicomodel.macros.planeorientationvolume import (
        PlaneOrientationVolumeMacro as PlaneOrientationVolumeMacro,
    )
    from dicomodel.macros.planepositionpatient import (
        PlanePositionPatientMacro as PlanePositionPatientMacro,
    )
    from dicomodel.macros.planepositionslide import (
        PlanePositionSlideMacro as PlanePositionSlideMacro,
    )
    from dicomodel.macros.planepositionvolume import (
        PlanePositionVolumeMacro as PlanePositionVolumeMacro,
    )
    from dicomodel.macros.planninglandmarkline import (
        PlanningLandmarkLineMacro as PlanningLandmarkLineMacro,
    )
    from dicomodel.macros.planninglandmarkplane import (
        PlanningLandmarkPlaneMacro as PlanningLandmarkPlaneMacro,
    )
    from dicomodel.macros.planninglandmarkpoint import (
        PlanningLandmarkPointMacro as PlanningLandmarkPointMacro,
    )
    from dicomodel.macros.points import PointsMacro as PointsMacro
    from dicomodel.macros.presentationstaterelationship import (
        PresentationStateRelationshipMacro as PresentationStateRelationshipMacro,
    )
    from dicomodel.macros.primaryanatomicstructure import (
        PrimaryAnatomicStructureMacro as PrimaryAnatomicStructureMacro,
    )
    from dicomodel.macros.prismsequence import PrismSequenceMacro as PrismSequenceMacro
    from dicomodel.macros.protocolelementidentification import (
        ProtocolElementIdentificationMacro as ProtocolElementIdentificationMacro,
    )
    from dicomodel.macros.radiationfractionpattern import (
        RadiationFractionPatternMacro as RadiationFractionPatternMacro,
    )
    from dicomodel.macros.radiationgenerationmode import (
        RadiationGenerationModeMacro as RadiationGenerationModeMacro,
    )
    from dicomodel.macros.radiobiologicaldoseeffectdescription import (
        RadiobiologicalDoseEffectDescriptionMacro as RadiobiologicalDoseEffectDescriptionMacro,
    )
    from dicomodel.macros.radiopharmaceuticalusage import (
        RadiopharmaceuticalUsageMacro as RadiopharmaceuticalUsageMacro,
    )
    from dicomodel.macros.realworldvaluemapping import (
        RealWorldValueMappingMacro as RealWorldValueMappingMacro,
    )
    from dicomodel.macros.realworldvaluemappingitem import (
        RealWorldValueMappingItemMacro as RealWorldValueMappingItemMacro,
    )
    from dicomodel.macros.referencedimage import ReferencedImageMacro as ReferencedImageMacro
    from dicomodel.macros.referencedinstancesandaccess import (
        ReferencedInstancesAndAccessMacro as ReferencedInstancesAndAccessMacro,
    )
    from dicomodel.macros.referencedrequest import ReferencedRequestMacro as ReferencedRequestMacro
    from dicomodel.macros.referencelocation import ReferenceLocationMacro as ReferenceLocationMacro
    from dicomodel.macros.relatedinformationentities import (
        RelatedInformationEntitiesMacro as RelatedInformationEntitiesMacro,
    )
    from dicomodel.macros.requestattributes import RequestAttributesMacro as RequestAttributesMacro
    from dicomodel.macros.respiratorysynchronization import (
        RespiratorySynchronizationMacro as RespiratorySynchronizationMacro,
    )
    from dicomodel.macros.rtaccessorydeviceidentification import (
        RTAccessoryDeviceIdentificationMacro as RTAccessoryDeviceIdentificationMacro,
    )
    from dicomodel.macros.rtaccessoryholdersdefinition import (
        RTAccessoryHoldersDefinitionMacro as RTAccessoryHoldersDefinitionMacro,
    )
    from dicomodel.macros.rtbeamlimitingdevicedefinition import (
        RTBeamLimitingDeviceDefinitionMacro as RTBeamLimitingDeviceDefinitionMacro,
    )
    from dicomodel.macros.rtbeamlimitingdeviceopening import (
        RTBeamLimitingDeviceOpeningMacro as RTBeamLimitingDeviceOpeningMacro,
    )
    from dicomodel.macros.rtbeamlimitingdeviceopeningdefinition import (
        RTBeamLimitingDeviceOpeningDefinitionMacro as RTBeamLimitingDeviceOpeningDefinitionMacro,
    )
    from dicomodel.macros.rtbeamlimitingdeviceopeningsequence import (
        RTBeamLimitingDeviceOpeningSequenceMacro as RTBeamLimitingDeviceOpeningSequenceMacro,
    )
    from dicomodel.macros.rtbeamlimitingdevicesdefinition import (
        RTBeamLimitingDevicesDefinitionMacro as RTBeamLimitingDevicesDefinitionMacro,
    )
    from dicomodel.macros.rtcontrolpointgeneral import (
        RTControlPointGeneralMacro as RTControlPointGeneralMacro,
    )
    from dicomodel.macros.rtequipmentmappingandplanreference import (
        RTEquipmentMappingAndPlanReferenceMacro as RTEquipmentMappingAndPlanReferenceMacro,
    )
    from dicomodel.macros.rtimageframecontext import (
        RTImageFrameContextMacro as RTImageFrameContextMacro,
    )
    from dicomodel.macros.rtimageframegeneralcontent import (
        RTImageFrameGeneralContentMacro as RTImageFrameGeneralContentMacro,
    )
    from dicomodel.macros.rtimageframeimagingdeviceposition import (
        RTImageFrameImagingDevicePositionMacro as RTImageFrameImagingDevicePositionMacro,
    )
    from dicomodel.macros.rtimageframeradiationacquisitionparameters import (
        RTImageFrameRadiationAcquisitionParametersMacro as RTImageFrameRadiationAcquisitionParametersMacro,
    )
    from dicomodel.macros.rtimagingaperture import RTImagingApertureMacro as RTImagingApertureMacro
    from dicomodel.macros.rtpatientposition import RTPatientPositionMacro as RTPatientPositionMacro
    from dicomodel.macros.rtpatientpositionscope import (
        RTPatientPositionScopeMacro as RTPatientPositionScopeMacro,
    )
    from dicomodel.macros.rtpatientpositionscopewithlegacysupport import (
        RTPatientPositionScopeWithLegacySupportMacro as RTPatientPositionScopeWithLegacySupportMacro,
    )
    from dicomodel.macros.rtpatientsupportdevices import (
        RTPatientSupportDevicesMacro as RTPatientSupportDevicesMacro,
    )
    from dicomodel.macros.rtpatienttreatmentpreparation import (
        RTPatientTreatmentPreparationMacro as RTPatientTreatmentPreparationMacro,
    )
    from dicomodel.macros.rtprojectionimagingrequestgeometry import (
        RTProjectionImagingRequestGeometryMacro as RTProjectionImagingRequestGeometryMacro,
    )
    from dicomodel.macros.rtradiationcommonbase import (
        RTRadiationCommonBaseMacro as RTRadiationCommonBaseMacro,
    )
    from dicomodel.macros.rttoleranceset import RTToleranceSetMacro as RTToleranceSetMacro
    from dicomodel.macros.rttreatmentphase import RTTreatmentPhaseMacro as RTTreatmentPhaseMacro
    from dicomodel.macros.rttreatmentphaseinterval import (
        RTTreatmentPhaseIntervalMacro as RTTreatmentPhaseIntervalMacro,
    )
    from dicomodel.macros.rttreatmentposition import (
        RTTreatmentPositionMacro as RTTreatmentPositionMacro,
    )
    from dicomodel.macros.scopeofinventory import ScopeOfInventoryMacro as ScopeOfInventoryMacro
    from dicomodel.macros.screenspecifications import (
        ScreenSpecificationsMacro as ScreenSpecificationsMacro,
    )
    from dicomodel.macros.segmentation import SegmentationMacro as SegmentationMacro
    from dicomodel.macros.segmentdescription import (
        SegmentDescriptionMacro as SegmentDescriptionMacro,
    )
    from dicomodel.macros.selectorattribute import SelectorAttributeMacro as SelectorAttributeMacro
    from dicomodel.macros.seriesandinstancereference import (
        SeriesAndInstanceReferenceMacro as SeriesAndInstanceReferenceMacro,
    )
    from dicomodel.macros.sopinstancereference import (
        SOPInstanceReferenceMacro as SOPInstanceReferenceMacro,
    )
    from dicomodel.macros.spatialcoordinates import (
        SpatialCoordinatesMacro as SpatialCoordinatesMacro,
    )
    from dicomodel.macros.specimen import SpecimenMacro as SpecimenMacro
    from dicomodel.macros.specimenreference import SpecimenReferenceMacro as SpecimenReferenceMacro
    from dicomodel.macros.storage import StorageMacro as StorageMacro
    from dicomodel.macros.storedfileaccess import StoredFileAccessMacro as StoredFileAccessMacro
    from dicomodel.macros.storedvaluecolorrange import (
        StoredValueColorRangeMacro as StoredValueColorRangeMacro,
    )
    from dicomodel.macros.subjectiverefractionmeasurements import (
        SubjectiveRefractionMeasurementsMacro as SubjectiveRefractionMeasurementsMacro,
    )
    from dicomodel.macros.surfacemeshprimitives import (
        SurfaceMeshPrimitivesMacro as SurfaceMeshPrimitivesMacro,
    )
    from dicomodel.macros.tablecontentitem import TableContentItemMacro as TableContentItemMacro
    from dicomodel.macros.tablesummarystatistics import (
        TableSummaryStatisticsMacro as TableSummaryStatisticsMacro,
    )
    from dicomodel.macros.temporalcoordinates import (
        TemporalCoordinatesMacro as TemporalCoordinatesMacro,
    )
    from dicomodel.macros.temporalposition import TemporalPositionMacro as TemporalPositionMacro
    from dicomodel.macros.textstylesequence import TextStyleSequenceMacro as TextStyleSequenceMacro
    from dicomodel.macros.threedrtconebeamimaginggeometry import (
        ThreeDRTConeBeamImagingGeometryMacro as ThreeDRTConeBeamImagingGeometryMacro,
    )
    from dicomodel.macros.threedspatialcoordinates import (
        ThreeDSpatialCoordinatesMacro as ThreeDSpatialCoordinatesMacro,
    )
    from dicomodel.macros.thresholdsequence import ThresholdSequenceMacro as ThresholdSequenceMacro
    from dicomodel.macros.timeofframefunctionalgroup import (
        TimeOfFrameFunctionalGroupMacro as TimeOfFrameFunctionalGroupMacro,
    )
    from dicomodel.macros.treatmentdeviceidentification import (
        TreatmentDeviceIdentificationMacro as TreatmentDeviceIdentificationMacro,
    )
    from dicomodel.macros.udi import UDIMacro as UDIMacro
    from dicomodel.macros.unassignedperframeconvertedattributes import (
        UnassignedPerFrameConvertedAttributesMacro as UnassignedPerFrameConvertedAttributesMacro,
    )
    from dicomodel.macros.unassignedsharedconvertedattributes import (
        UnassignedSharedConvertedAttributesMacro as UnassignedSharedConvertedAttributesMacro,
    )
    from dicomodel.macros.usimagedescription import (
        USImageDescriptionMacro as USImageDescriptionMacro,
    )
    from dicomodel.macros.vectors import VectorsMacro as VectorsMacro
    from dicomodel.macros.visualacuitymeasurements import (
        VisualAcuityMeasurementsMacro as VisualAcuityMeasurementsMacro,
    )
    from dicomodel.macros.visualevaluationresult import (
        VisualEvaluationResultMacro as VisualEvaluationResultMacro,
    )
    from dicomodel.macros.voilut import VOILUTMacro as VOILUTMacro
    from dicomodel.macros.waveformfiltercharacteristics import (
        WaveformFilterCharacteristicsMacro as WaveformFilterCharacteristicsMacro,
    )
    from dicomodel.macros.waveformfilterlookuptable import (
        WaveformFilterLookupTableMacro as WaveformFilterLookupTableMacro,
    )
    from dicomodel.macros.waveformreference import WaveformReferenceMacro as WaveformReferenceMacro
    from dicomodel.macros.wedgepositions import WedgePositionsMacro as WedgePositionsMacro
    from dicomodel.macros.wedgesdefinition import WedgesDefinitionMacro as WedgesDefinitionMacro
    from dicomodel.macros.wholeslidemicroscopyimageframetype import (
        WholeSlideMicroscopyImageFrameTypeMacro as WholeSlideMicroscopyImageFrameTypeMacro,
    )
    from dicomodel.macros.xray3dframetype import XRay3DFrameTypeMacro as XRay3DFrameTypeMacro
    from dicomodel.macros.xray3dgeneralperprojectionacquisition import (
        XRay3DGeneralPerProjectionAcquisitionMacro as XRay3DGeneralPerProjectionAcquisitionMacro,
    )
    from dicomodel.macros.xray3dgeneralpositionermovement import (
        XRay3DGeneralPositionerMovementMacro as XRay3DGeneralPositionerMovementMacro,
    )
    from dicomodel.macros.xray3dgeneralsharedacquisition import (
        XRay3DGeneralSharedAcquisitionMacro as XRay3DGeneralSharedAcquisitionMacro,
    )
    from dicomodel.macros.xraycalibrationdeviceusage import (
        XRayCalibrationDeviceUsageMacro as XRayCalibrationDeviceUsageMacro,
    )
    from dicomodel.macros.xraycollimator import XRayCollimatorMacro as XRayCollimatorMacro
    from dicomodel.macros.xraycollimatordimensions import (
        XRayCollimatorDimensionsMacro as XRayCollimatorDimensionsMacro,
    )
    from dicomodel.macros.xrayexposurecontrolsensingregions import (
        XRayExposureControlSensingRegionsMacro as XRayExposureControlSensingRegionsMacro,
    )
    from dicomodel.macros.xrayfieldofview import XRayFieldOfViewMacro as XRayFieldOfViewMacro
    from dicomodel.macros.xrayfilter import XRayFilterMacro as XRayFilterMacro
    from dicomodel.macros.xrayfiltration import XRayFiltrationMacro as XRayFiltrationMacro
    from dicomodel.macros.xrayframeacquisition import (
        XRayFrameAcquisitionMacro as XRayFrameAcquisitionMacro,
    )
    from dicomodel.macros.xrayframecharacteristics import (
        XRayFrameCharacteristicsMacro as XRayFrameCharacteristicsMacro,
    )
    from dicomodel.macros.xrayframedetectorparameters import (
        XRayFrameDetectorParametersMacro as XRayFrameDetectorParametersMacro,
    )
    from dicomodel.macros.xrayframepixeldataproperties import (
        XRayFramePixelDataPropertiesMacro as XRayFramePixelDataPropertiesMacro,
    )
    from dicomodel.macros.xraygeometry import XRayGeometryMacro as XRayGeometryMacro
    from dicomodel.macros.xraygrid import XRayGridMacro as XRayGridMacro
    from dicomodel.macros.xraygriddescription import (
        XRayGridDescriptionMacro as XRayGridDescriptionMacro,
    )
    from dicomodel.macros.xrayisocenterreferencesystem import (
        XRayIsocenterReferenceSystemMacro as XRayIsocenterReferenceSystemMacro,
    )
    from dicomodel.macros.xrayobjectthickness import (
        XRayObjectThicknessMacro as XRayObjectThicknessMacro,
    )
    from dicomodel.macros.xraypositioner import XRayPositionerMacro as XRayPositionerMacro
    from dicomodel.macros.xrayprojectionpixelcalibration import (
        XRayProjectionPixelCalibrationMacro as XRayProjectionPixelCalibrationMacro,
    )
    from dicomodel.macros.xraytableposition import XRayTablePositionMacro as XRayTablePositionMacro

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
