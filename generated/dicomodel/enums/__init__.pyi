"""Enumerated Values (closed) and Defined Terms (open) as enums; loaded on first use.

Stub for checkers: the classes of every module of this package, in one file (each module's own stub re-exports them).

Generated from DICOM 2024c; do not edit."""

from enum import StrEnum
from typing import Literal, TypeAlias

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

class AbsoluteDosimetricObjectiveFlag(StrEnum):
    """Enumerated Values of Absolute Dosimetric Objective Flag (3010,0073) in Dosimetric Objective Macro Attributes (C.36.2.1.4-1)."""

    YES = "YES"
    "Objective must be met."
    NO = "NO"
    "Objective should be met but may be compromised."

AbsoluteDosimetricObjectiveFlagValue: TypeAlias = (
    AbsoluteDosimetricObjectiveFlag | Literal["YES", "NO"]
)

class AcousticCouplingMediumFlag(StrEnum):
    """Enumerated Values of Acoustic Coupling Medium Flag (0018,9829) in Photoacoustic Acquisition Parameters Module Attributes (C.8.34.2-1)."""

    YES = "YES"
    NO = "NO"

AcousticCouplingMediumFlagValue: TypeAlias = AcousticCouplingMediumFlag | Literal["YES", "NO"]

class AcquiredSubtractionMaskFlag(StrEnum):
    """Enumerated Values of Acquired Subtraction Mask Flag (0018,11B2) in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    YES = "YES"
    NO = "NO"

AcquiredSubtractionMaskFlagValue: TypeAlias = AcquiredSubtractionMaskFlag | Literal["YES", "NO"]

class AcquisitionContrastTerm(StrEnum):
    """Defined Terms of Acquisition Contrast (0008,9209) in MR Image Description Macro Attributes (C.8-84)."""

    DIFFUSION = "DIFFUSION"
    "Diffusion weighted contrast."
    FLOW_ENCODED = "FLOW_ENCODED"
    "Flow Encoded contrast."
    FLUID_ATTENUATED = "FLUID_ATTENUATED"
    "Fluid Attenuated T2 weighted contrast."
    PERFUSION = "PERFUSION"
    "Perfusion weighted contrast."
    PROTON_DENSITY = "PROTON_DENSITY"
    "Proton Density weighted contrast."
    STIR = "STIR"
    "Short Tau Inversion Recovery."
    TAGGING = "TAGGING"
    "Superposition of thin saturation bands onto image."
    T1 = "T1"
    "T1 weighted contrast."
    T2 = "T2"
    "T2 weighted contrast."
    T2_STAR = "T2_STAR"
    "T2* weighted contrast."
    TOF = "TOF"
    "Time Of Flight weighted contrast."
    UNKNOWN = "UNKNOWN"
    "Value should be UNKNOWN if acquisition contrasts were combined resulting in an unknown contrast. Also this value should be used when the contrast is not known."
    MIXED = "MIXED"
    "Used only as a value in Acquisition Contrast (0008,9209) Attribute in the Enhanced MR Image Module Attribute Description if frames within the image SOP Instance contain different values for the Acquisition Contrast Attribute in the MR Frame Type Functional Group."

class AcquisitionContrastTermMRSpectroscopyFrameType(StrEnum):
    """Defined Terms of Acquisition Contrast (0008,9209) in MR Spectroscopy Frame Type Macro Attributes (C.8-104)."""

    PROTON_DENSITY = "PROTON_DENSITY"
    "Proton Density weighted contrast."
    T1 = "T1"
    "T1 weighted contrast."
    T2 = "T2"
    "T2 weighted contrast."
    UNKNOWN = "UNKNOWN"
    "Value should be UNKNOWN if acquisition contrasts were combined resulting in an unknown contrast. Also this value should be used when the contrast is not known."
    MIXED = "MIXED"
    "Used only as a value in Acquisition Contrast (0008,9209) Attribute in the MR Spectroscopy Module if frames within the SOP Instance contain different values for the Acquisition Contrast Attribute in the MR Spectroscopy Frame Type Functional Group."

class AcquisitionMethodTerm(StrEnum):
    """Defined Terms of Acquisition Method (3002,012A) in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    PROJECTION = "PROJECTION"
    "Projection radiography"
    CT = "CT"
    "Computed Tomography"

class AcquisitionMotionTerm(StrEnum):
    """Defined Terms of Acquisition Motion (0018,9930) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

    SINGLE = "SINGLE"
    "Scan progresses in a single pass from Acquisition Start Location to Acquisition End Location."
    SHUTTLE = "SHUTTLE"
    "Scan progresses from Acquisition Start Location to Acquisition End Location, then reverses direction and scans back to Acquisition Start Location."
    NO_MOTION = "NO_MOTION"
    "All slices are acquired simultaneously."
    NOT_IMPORTANT = "NOT_IMPORTANT"
    "Scan either direction is acceptable."

class AcquisitionSignalTypeTerm(StrEnum):
    """Defined Terms of Acquisition Signal Type (3002,0129) in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    KV = "KV"
    "kilovolt X-Ray"
    MV = "MV"
    "Megavolt X-Ray"

class AcquisitionStartConditionTerm(StrEnum):
    """Defined Terms of Acquisition Start Condition (0018,0073) in PET Series Module Attributes (C.8-60)."""

    DENS = "DENS"
    "density (counts/sec)"
    RDD = "RDD"
    "relative density difference (change in counts/sec)"
    MANU = "MANU"
    "manual"
    TIME = "TIME"
    "time"
    AUTO = "AUTO"
    "automatic, when ready"
    TRIG = "TRIG"
    "physiological trigger"

class AcquisitionStartConditionTermEnhancedPETAcquisition(StrEnum):
    """Defined Terms of Acquisition Start Condition (0018,0073) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

    DENS = "DENS"
    "preset count density (counts/sec) was reached"
    RDD = "RDD"
    "preset relative count density difference (change in counts/sec) was reached"
    MANU = "MANU"
    "acquisition was started manually"
    AUTO = "AUTO"
    "start automatically, when ready"
    CARD_TRIG = "CARD_TRIG"
    "preset number of cardiac triggers was reached"
    RESP_TRIG = "RESP_TRIG"
    "preset number of respiratory triggers was reached"

class AcquisitionTerminationConditionTerm(StrEnum):
    """Defined Terms of Acquisition Termination Condition (0018,0071) in NM Image Module Attributes (C.8-9)."""

    CNTS = "CNTS"
    "counts"
    DENS = "DENS"
    "density"
    MANU = "MANU"
    "manual"
    OVFL = "OVFL"
    "data overflow"
    TIME = "TIME"
    "time"
    TRIG = "TRIG"
    "physiological trigger"

class AcquisitionTerminationConditionTermPETSeries(StrEnum):
    """Defined Terms of Acquisition Termination Condition (0018,0071) in PET Series Module Attributes (C.8-60)."""

    CNTS = "CNTS"
    "counts"
    DENS = "DENS"
    "density (counts/sec)"
    RDD = "RDD"
    "relative density difference (change in counts/sec)"
    MANU = "MANU"
    "manual"
    OVFL = "OVFL"
    "data overflow"
    TIME = "TIME"
    "time"
    TRIG = "TRIG"
    "physiological trigger"

class AcquisitionTerminationConditionTermEnhancedPETAcquisition(StrEnum):
    """Defined Terms of Acquisition Termination Condition (0018,0071) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

    CNTS = "CNTS"
    "preset counts was reached"
    DENS = "DENS"
    "preset count density (counts/sec) was reached"
    RDD = "RDD"
    "preset relative count density difference (change in counts/sec) was reached"
    MANU = "MANU"
    "acquisition was terminated manually"
    OVFL = "OVFL"
    "data overflow occurred"
    TIME = "TIME"
    "preset time limit was reached"
    CARD_TRIG = "CARD_TRIG"
    "preset number of cardiac triggers was reached"
    RESP_TRIG = "RESP_TRIG"
    "preset number of respiratory triggers was reached"

class AcquisitionTimeSynchronized(StrEnum):
    """Enumerated Values of Acquisition Time Synchronized (0018,1800) in Synchronization Module Attributes (C.7-7)."""

    Y = "Y"
    N = "N"

AcquisitionTimeSynchronizedValue: TypeAlias = AcquisitionTimeSynchronized | Literal["Y", "N"]

class AcquisitionTypeTerm(StrEnum):
    """Defined Terms of Acquisition Type (0018,9302) in CT Acquisition Type Macro Attributes (C.8-118)."""

    SEQUENCED = "SEQUENCED"
    "identifies that the acquisition was performed by acquiring single or multi detector data while rotating the source about the gantry while the table is not moving; additional slices may be acquired by incrementing the table position and again rotating the source about the gantry while the table is not moving"
    SPIRAL = "SPIRAL"
    "identifies that the acquisition was performed by acquiring data while rotating the source about the gantry while continuously moving the table"
    CONSTANT_ANGLE = "CONSTANT_ANGLE"
    "identifies that the acquisition was performed by holding the source at a constant angle and moving the table to obtain a projection image (e.g., a localizer image)"
    STATIONARY = "STATIONARY"
    "identifies that the acquisition was performed by holding the table at a constant position and performing one or more acquisitions over time at the same location"
    FREE = "FREE"
    "identifies that the acquisition was performed while rotating the source about the gantry while the table movement is under direct control of a human operator or under the control of an analysis application (e.g., fluoroscopic image)"

class AlgorithmTypeTerm(StrEnum):
    """Defined Terms of Algorithm Type (0018,9527) in X-Ray 3D Reconstruction Module Attributes (C.8.21.4-1)."""

    FILTER_BACK_PROJ = "FILTER_BACK_PROJ"
    ITERATIVE = "ITERATIVE"

class AliasedDataType(StrEnum):
    """Enumerated Values of Aliased Data Type (0018,980B) in Image Data Type Macro Attributes (C.7.6.16.2.24-1)."""

    YES = "YES"
    "data are aliased values"
    NO = "NO"
    "data are not aliased values"

AliasedDataTypeValue: TypeAlias = AliasedDataType | Literal["YES", "NO"]

class AllowLossyCompression(StrEnum):
    """Enumerated Values of Allow Lossy Compression (2200,000F) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"

AllowLossyCompressionValue: TypeAlias = AllowLossyCompression | Literal["YES", "NO"]

class AllowMediaSplitting(StrEnum):
    """Enumerated Values of Allow Media Splitting (2200,0007) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"

AllowMediaSplittingValue: TypeAlias = AllowMediaSplitting | Literal["YES", "NO"]

class AlphaLUTTransferFunction(StrEnum):
    """Enumerated Values of Alpha LUT Transfer Function (0028,1410) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    NONE = "NONE"
    IDENTITY = "IDENTITY"
    TABLE = "TABLE"

AlphaLUTTransferFunctionValue: TypeAlias = (
    AlphaLUTTransferFunction | Literal["NONE", "IDENTITY", "TABLE"]
)

class AlternateBeamDoseType(StrEnum):
    """Enumerated Values of Alternate Beam Dose Type (300A,0092) in RT Fraction Scheme Module Attributes (C.8-49)."""

    PHYSICAL = "PHYSICAL"
    EFFECTIVE = "EFFECTIVE"

AlternateBeamDoseTypeValue: TypeAlias = AlternateBeamDoseType | Literal["PHYSICAL", "EFFECTIVE"]

class AmbientLightValueSource(StrEnum):
    """Enumerated Values of Ambient Light Value Source (0028,7025) in Luminance Uniformity Result Macro Attributes (C.32.3.3-1)."""

    DEFAULT = "DEFAULT"
    "a configured default value was used."
    MEASURED = "MEASURED"
    "the value was measured at the time of the other measurements."
    PROVIDED = "PROVIDED"
    "the value was provided by an external source."

AmbientLightValueSourceValue: TypeAlias = (
    AmbientLightValueSource | Literal["DEFAULT", "MEASURED", "PROVIDED"]
)

class AnatomicalOrientationType(StrEnum):
    """Enumerated Values of Anatomical Orientation Type (0010,2210) in Scheduled Procedure Step Module Attributes (C.4-10)."""

    BIPED = "BIPED"
    QUADRUPED = "QUADRUPED"

AnatomicalOrientationTypeValue: TypeAlias = (
    AnatomicalOrientationType | Literal["BIPED", "QUADRUPED"]
)

class AnchorPointAnnotationUnits(StrEnum):
    """Enumerated Values of Anchor Point Annotation Units (0070,0004) in Graphic Annotation Module Attributes (C.10-5)."""

    PIXEL = "PIXEL"
    "Image relative position specified with sub-pixel resolution such that the origin, which is at the Top Left Hand Corner (TLHC) of the TLHC pixel is 0.0\\0.0, the Bottom Right Hand Corner (BRHC) of the TLHC pixel is 1.0\\1.0, and the BRHC of the BRHC pixel is Columns\\Rows (see Figure C.10.5-1). The values must be within the range 0\\0 to Columns\\Rows."
    DISPLAY = "DISPLAY"
    "Fraction of Specified Displayed Area where 0.0\\0.0 is the TLHC and 1.0\\1.0 is the BRHC. The values must be within the range 0.0 to 1.0."
    MATRIX = "MATRIX"
    "Image relative position specified with sub-pixel resolution such that the origin, which is at the Top Left Hand Corner (TLHC) of the TLHC pixel of the Total Pixel Matrix, is 0.0\\0.0, the Bottom Right Hand Corner (BRHC) of the TLHC pixel is 1.0\\1.0, and the BRHC of the BRHC pixel of the Total Pixel Matrix is Total Pixel Matrix Columns\\Total Pixel Matrix Rows (see Section C.8.12.4.1.3 and Figure C.10.5-1b). The values must be within the range 0.0\\0.0 to Total Pixel Matrix Columns\\Total Pixel Matrix Rows. MATRIX may be used only if the instance referenced by Referenced Image Sequence (0008,1140) is tiled (i.e., contains Total Pixel Matrix Columns (0048,0006) and Total Pixel Matrix Rows (0048,0007))."

AnchorPointAnnotationUnitsValue: TypeAlias = (
    AnchorPointAnnotationUnits | Literal["PIXEL", "DISPLAY", "MATRIX"]
)

class AnchorPointVisibility(StrEnum):
    """Enumerated Values of Anchor Point Visibility (0070,0015) in Graphic Annotation Module Attributes (C.10-5)."""

    Y = "Y"
    "yes"
    N = "N"
    "no"

AnchorPointVisibilityValue: TypeAlias = AnchorPointVisibility | Literal["Y", "N"]

class AngioFlag(StrEnum):
    """Enumerated Values of Angio Flag (0018,0025) in MR Image Module Attributes (C.8-4)."""

    Y = "Y"
    "Image is Angio"
    N = "N"
    "Image is not Angio"

AngioFlagValue: TypeAlias = AngioFlag | Literal["Y", "N"]

class AnnotationAppliesToAllOpticalPaths(StrEnum):
    """Enumerated Values of Annotation Applies to All Optical Paths (006A,000D) in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

    YES = "YES"
    "the Annotations apply to all optical paths"
    NO = "NO"
    "the Annotations apply only to the specified optical path(s)"

AnnotationAppliesToAllOpticalPathsValue: TypeAlias = (
    AnnotationAppliesToAllOpticalPaths | Literal["YES", "NO"]
)

class AnnotationAppliesToAllZPlanes(StrEnum):
    """Enumerated Values of Annotation Applies to All Z Planes (006A,000F) in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

    YES = "YES"
    "the Annotations apply to the full thickness"
    NO = "NO"
    "the Annotations apply only to the specified Z plane"

AnnotationAppliesToAllZPlanesValue: TypeAlias = AnnotationAppliesToAllZPlanes | Literal["YES", "NO"]

class AnnotationClipping(StrEnum):
    """Enumerated Values of Annotation Clipping (0070,1907) in Volumetric Graphic Annotation Module Attributes (C.11.28-1)."""

    YES = "YES"
    NO = "NO"

AnnotationClippingValue: TypeAlias = AnnotationClipping | Literal["YES", "NO"]

class AnnotationCoordinateType(StrEnum):
    """Enumerated Values of Annotation Coordinate Type (006A,0001) in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

    V2D = "2D"
    "relative to individual frame or total image matrix"
    V3D = "3D"
    "relative to a Cartesian coordinate system defined by a Frame of Reference"

AnnotationCoordinateTypeValue: TypeAlias = AnnotationCoordinateType | Literal["2D", "3D"]

class AnnotationGroupGenerationType(StrEnum):
    """Enumerated Values of Annotation Group Generation Type (006A,0007) in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

    AUTOMATIC = "AUTOMATIC"
    "generated by algorithm without human user assistance"
    SEMIAUTOMATIC = "SEMIAUTOMATIC"
    "generated by algorithm with human user assistance"
    MANUAL = "MANUAL"
    "generated by human user"

AnnotationGroupGenerationTypeValue: TypeAlias = (
    AnnotationGroupGenerationType | Literal["AUTOMATIC", "SEMIAUTOMATIC", "MANUAL"]
)

class AnodeTargetMaterialTerm(StrEnum):
    """Defined Terms of Anode Target Material (0018,1191) in X-Ray Acquisition Dose Module Attributes (C.8-33)."""

    TUNGSTEN = "TUNGSTEN"
    MOLYBDENUM = "MOLYBDENUM"
    RHODIUM = "RHODIUM"

class ApplicableSafetyStandardAgencyTerm(StrEnum):
    """Defined Terms of Applicable Safety Standard Agency (0018,9174) in MR Image and Spectroscopy Instance Macro Attributes (C.8-83)."""

    IEC = "IEC"
    FDA = "FDA"
    MHW = "MHW"

class ApplicationSetupCheck(StrEnum):
    """Enumerated Values of Application Setup Check (3008,0116) in RT Brachy Session Record Module Attributes (C.8-58)."""

    PASSED = "PASSED"
    "Passed check"
    FAILED = "FAILED"
    "Failed check"
    UNKNOWN = "UNKNOWN"
    "Unknown status"

ApplicationSetupCheckValue: TypeAlias = (
    ApplicationSetupCheck | Literal["PASSED", "FAILED", "UNKNOWN"]
)

class ApplicationSetupTypeTerm(StrEnum):
    """Defined Terms of Application Setup Type (300A,0232) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    FLETCHER_SUIT = "FLETCHER_SUIT"
    DELCLOS = "DELCLOS"
    BLOEDORN = "BLOEDORN"
    JOSLIN_FLYNN = "JOSLIN_FLYNN"
    CHANDIGARH = "CHANDIGARH"
    MANCHESTER = "MANCHESTER"
    HENSCHKE = "HENSCHKE"
    NASOPHARYNGEAL = "NASOPHARYNGEAL"
    OESOPHAGEAL = "OESOPHAGEAL"
    ENDOBRONCHIAL = "ENDOBRONCHIAL"
    SYED_NEBLETT = "SYED_NEBLETT"
    ENDORECTAL = "ENDORECTAL"
    PERINEAL = "PERINEAL"

class ApplicatorApertureShapeTerm(StrEnum):
    """Defined Terms of Applicator Aperture Shape (300A,0432) in RT Image Module Attributes (C.8-38)."""

    SYM_SQUARE = "SYM_SQUARE"
    "A square-shaped aperture symmetrical to the central axis."
    SYM_RECTANGLE = "SYM_RECTANGLE"
    "A rectangular-shaped aperture symmetrical to the central axis."
    SYM_CIRCULAR = "SYM_CIRCULAR"
    "A circular-shaped aperture symmetrical to the central axis."

class ApplicatorTypeTerm(StrEnum):
    """Defined Terms of Applicator Type (300A,0109) in RT Image Module Attributes (C.8-38)."""

    ELECTRON_SQUARE = "ELECTRON_SQUARE"
    "square electron applicator"
    ELECTRON_RECT = "ELECTRON_RECT"
    "rectangular electron applicator"
    ELECTRON_CIRC = "ELECTRON_CIRC"
    "circular electron applicator"
    ELECTRON_SHORT = "ELECTRON_SHORT"
    "short electron applicator"
    ELECTRON_OPEN = "ELECTRON_OPEN"
    "open (dummy) electron applicator"
    PHOTON_SQUARE = "PHOTON_SQUARE"
    "square photon applicator"
    PHOTON_RECT = "PHOTON_RECT"
    "rectangular photon applicator"
    PHOTON_CIRC = "PHOTON_CIRC"
    "circular photon applicator"
    INTRAOPERATIVE = "INTRAOPERATIVE"
    "intraoperative (custom) applicator"
    STEREOTACTIC = "STEREOTACTIC"
    "stereotactic applicator (deprecated)"

class ApplicatorTypeTermRTIonBeams(StrEnum):
    """Defined Terms of Applicator Type (300A,0109) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    ION_SQUARE = "ION_SQUARE"
    "square ion applicator"
    ION_RECT = "ION_RECT"
    "rectangular ion applicator"
    ION_CIRC = "ION_CIRC"
    "circular ion applicator"
    ION_SHORT = "ION_SHORT"
    "short ion applicator"
    ION_OPEN = "ION_OPEN"
    "open (dummy) ion applicator"
    INTRAOPERATIVE = "INTRAOPERATIVE"
    "intraoperative (custom) applicator"
    STEREOTACTIC = "STEREOTACTIC"
    "stereotactic applicator"

class ApplicatorType(StrEnum):
    """Enumerated Values of Applicator Type (300A,0109) in RT General Machine Verification Module Attributes (C.31-1)."""

    ELECTRON_SQUARE = "ELECTRON_SQUARE"
    "square electron applicator"
    ELECTRON_RECT = "ELECTRON_RECT"
    "rectangular electron applicator"
    ELECTRON_CIRC = "ELECTRON_CIRC"
    "circular electron applicator"
    ELECTRON_SHORT = "ELECTRON_SHORT"
    "short electron applicator"
    ELECTRON_OPEN = "ELECTRON_OPEN"
    "open (dummy) electron applicator"
    INTRAOPERATIVE = "INTRAOPERATIVE"
    "intraoperative (custom) applicator"
    STEREOTACTIC = "STEREOTACTIC"
    "stereotactic applicator"

ApplicatorTypeValue: TypeAlias = (
    ApplicatorType
    | Literal[
        "ELECTRON_SQUARE",
        "ELECTRON_RECT",
        "ELECTRON_CIRC",
        "ELECTRON_SHORT",
        "ELECTRON_OPEN",
        "INTRAOPERATIVE",
        "STEREOTACTIC",
    ]
)

class AppliedMaskSubtractionFlag(StrEnum):
    """Enumerated Values of Applied Mask Subtraction Flag (0018,11C0) in Performed XA Reconstruction Module Attributes (C.34.18-1)."""

    YES = "YES"
    NO = "NO"

AppliedMaskSubtractionFlagValue: TypeAlias = AppliedMaskSubtractionFlag | Literal["YES", "NO"]

class ApprovalStatus(StrEnum):
    """Enumerated Values of Approval Status (300E,0002) in Approval Module Attributes (C.8-52)."""

    APPROVED = "APPROVED"
    "Reviewer recorded that object met an implied criterion"
    UNAPPROVED = "UNAPPROVED"
    "No review of object has been recorded"
    REJECTED = "REJECTED"
    "Reviewer recorded that object failed to meet an implied criterion"

ApprovalStatusValue: TypeAlias = ApprovalStatus | Literal["APPROVED", "UNAPPROVED", "REJECTED"]

class ArchiveRequested(StrEnum):
    """Enumerated Values of Archive Requested (0040,A494) in Image Acquisition Results Module Attributes (C.4-15)."""

    NO = "NO"
    YES = "YES"

ArchiveRequestedValue: TypeAlias = ArchiveRequested | Literal["NO", "YES"]

class ArterialSpinLabelingContrast(StrEnum):
    """Enumerated Values of Arterial Spin Labeling Contrast (0018,9250) in MR Pulse Sequence Module Attributes (C.8-87)."""

    CONTINUOUS = "CONTINUOUS"
    "a single long low powered RF pulse"
    PSEUDOCONTINUOUS = "PSEUDOCONTINUOUS"
    "multiple short low powered RF pulses"
    PULSED = "PULSED"
    "a single short high powered RF pulse"

ArterialSpinLabelingContrastValue: TypeAlias = (
    ArterialSpinLabelingContrast | Literal["CONTINUOUS", "PSEUDOCONTINUOUS", "PULSED"]
)

class ASLBolusCutoffFlag(StrEnum):
    """Enumerated Values of ASL Bolus Cut-off Flag (0018,925C) in MR Arterial Spin Labeling Macro Attributes (C.8-100b)."""

    YES = "YES"
    NO = "NO"

ASLBolusCutoffFlagValue: TypeAlias = ASLBolusCutoffFlag | Literal["YES", "NO"]

class ASLContext(StrEnum):
    """Enumerated Values of ASL Context (0018,9257) in MR Arterial Spin Labeling Macro Attributes (C.8-100b)."""

    LABEL = "LABEL"
    CONTROL = "CONTROL"
    M_ZERO_SCAN = "M_ZERO_SCAN"

ASLContextValue: TypeAlias = ASLContext | Literal["LABEL", "CONTROL", "M_ZERO_SCAN"]

class ASLCrusherFlag(StrEnum):
    """Enumerated Values of ASL Crusher Flag (0018,9259) in MR Arterial Spin Labeling Macro Attributes (C.8-100b)."""

    YES = "YES"
    NO = "NO"

ASLCrusherFlagValue: TypeAlias = ASLCrusherFlag | Literal["YES", "NO"]

class AssessmentSummary(StrEnum):
    """Enumerated Values of Assessment Summary (0082,0001) in Content Assessment Results Module Attributes (C.33.1-1)."""

    PASSED = "PASSED"
    "The assessment has passed. E.g., no observation of major or moderate concern was made."
    INCONCLUSIVE = "INCONCLUSIVE"
    "The object(s) have not definitively passed or failed. E.g., observations of moderate concern were made."
    FAILED = "FAILED"
    "The object(s) have failed the assessment. E.g., observations of major concern were made."

AssessmentSummaryValue: TypeAlias = AssessmentSummary | Literal["PASSED", "INCONCLUSIVE", "FAILED"]

class AttenuationCorrected(StrEnum):
    """Enumerated Values of Attenuation Corrected (0018,9759) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"

AttenuationCorrectedValue: TypeAlias = AttenuationCorrected | Literal["YES", "NO"]

class AttenuationCorrectionSourceTerm(StrEnum):
    """Defined Terms of Attenuation Correction Source (0018,9738) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    CT = "CT"
    MR = "MR"
    POSITRON_SOURCE = "POSITRON SOURCE"
    SINGLE_PHOTON = "SINGLE PHOTON"
    CALCULATED = "CALCULATED"
    "Emission data is used to calculate the correction map."

class AttenuationCorrectionTemporalRelationshipTerm(StrEnum):
    """Defined Terms of Attenuation Correction Temporal Relationship (0018,9770) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    CONCURRENT = "CONCURRENT"
    "The attenuation correction source image is acquired at approximately the same time and with the patient in the same body position as the PET image; for example, as acquired on a hybrid scanner"
    SEPARATE = "SEPARATE"
    "The attenuation correction source image is acquired at a different time, on a different system, or the patient has been moved significantly enough to cause soft tissue movement; for example, an attenuation correction source image acquired on a separate CT scanner, so that the patient must move from one bed to another"
    SIMULTANEOUS = "SIMULTANEOUS"
    "The attenuation correction source image is acquired at the same time and with the patient in the same body position as the PET image"

class AutoKVPSelectionTypeTerm(StrEnum):
    """Defined Terms of Auto KVP Selection Type (0018,9944) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

    NONE = "NONE"
    "Value is not selected automatically."
    CNR_BASED = "CNR_BASED"
    "Value is selected based on Contrast to Noise Ratio."
    DIAMETER_BASED = "DIAMETER_BASED"
    "Value is selected based on patient diameter."

class AutosequenceFlag(StrEnum):
    """Enumerated Values of Autosequence Flag (0074,1025) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    YES = "YES"
    "The current beam shall be automatically treated following the preceding beam as defined by the Beam Order Index (0074,1324)."
    NO = "NO"
    "The current beam shall not be auto-sequenced."

AutosequenceFlagValue: TypeAlias = AutosequenceFlag | Literal["YES", "NO"]

class BackgroundColorTerm(StrEnum):
    """Defined Terms of Background Color (0046,0092) in Visual Acuity Measurements Module Attributes (C.8.25.12-1)."""

    RED = "RED"
    GREEN = "GREEN"
    WHITE = "WHITE"
    REDGREENSPLIT = "REDGREENSPLIT"

class BarcodeSymbologyTerm(StrEnum):
    """Defined Terms of Barcode Symbology (2200,0006) in Media Creation Management Module Attributes (C.22.1-1)."""

    CODE128 = "CODE128"
    "ISO/IEC 15417:2000 Information technology - Automatic identification and data capture techniques - Bar code symbology specification - Code128"
    CODE39 = "CODE39"
    "ISO/IEC 16388:1999 Information technology - Automatic identification and data capture techniques - Bar code symbology specifications - Code 39"
    INTER_2_5 = "INTER_2_5"
    "ISO/IEC 16390:1999 Information technology - Automatic identification and data capture techniques - Bar code symbology specifications - Interleaved 2 of 5 (also known as USS ITF 2/5, I-2/5, ITF 2of5)"
    HIBC = "HIBC"
    "ANSI/HIBC 1-1996 Health Industry Bar Code (HIBC) Provider Applications Standard"

class BaselineCorrectionTerm(StrEnum):
    """Defined Terms of Baseline Correction (0018,9067) in MR Spectroscopy Module Attributes (C.8-102)."""

    LINEAR_TILT = "LINEAR_TILT"
    LOCAL_LINEAR_FIT = "LOCAL_LINEAR_FIT"
    POLYNOMIAL_FIT = "POLYNOMIAL_FIT"
    SINC_DECONVOLUTN = "SINC_DECONVOLUTN"
    TIME_DOMAIN_FIT = "TIME_DOMAIN_FIT"
    SPLINE = "SPLINE"
    NONE = "NONE"

class BeamDoseMeaning(StrEnum):
    """Enumerated Values of Beam Dose Meaning (300A,008B) in RT Fraction Scheme Module Attributes (C.8-49)."""

    BEAM_LEVEL = "BEAM_LEVEL"
    "Beam Dose value is individually calculated for this Beam"
    FRACTION_LEVEL = "FRACTION_LEVEL"
    "Dose is calculated on the Fraction level, and the value of Beam Dose (300A,0084) is assigned to the Beam to carry a nominally distributed dose only."

BeamDoseMeaningValue: TypeAlias = BeamDoseMeaning | Literal["BEAM_LEVEL", "FRACTION_LEVEL"]

class BeamDoseType(StrEnum):
    """Enumerated Values of Beam Dose Type (300A,0090) in RT Fraction Scheme Module Attributes (C.8-49)."""

    PHYSICAL = "PHYSICAL"
    EFFECTIVE = "EFFECTIVE"

BeamDoseTypeValue: TypeAlias = BeamDoseType | Literal["PHYSICAL", "EFFECTIVE"]

class BeamHoldTransition(StrEnum):
    """Enumerated Values of Beam Hold Transition (300C,0126) in RT Beams Session Record Module Attributes (C.8-57)."""

    HOLD = "HOLD"
    "Beam held."
    RESTART = "RESTART"
    "Beam restarted."

BeamHoldTransitionValue: TypeAlias = BeamHoldTransition | Literal["HOLD", "RESTART"]

class BeamHoldTransitionTriggerSource(StrEnum):
    """Enumerated Values of Beam Hold Transition Trigger Source (300C,0129) in RT Beams Session Record Module Attributes (C.8-57)."""

    USER = "USER"
    "Transition was triggered manually by the user."
    DEVICE = "DEVICE"
    "Transition was triggered automatically by the gating device itself."

BeamHoldTransitionTriggerSourceValue: TypeAlias = (
    BeamHoldTransitionTriggerSource | Literal["USER", "DEVICE"]
)

class BeamLimitingDeviceRotationDirection(StrEnum):
    """Enumerated Values of Beam Limiting Device Rotation Direction (300A,0121) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    "clockwise"
    CC = "CC"
    "counter-clockwise"
    NONE = "NONE"
    "no rotation"

BeamLimitingDeviceRotationDirectionValue: TypeAlias = (
    BeamLimitingDeviceRotationDirection | Literal["CW", "CC", "NONE"]
)

class BeamModifierCoordinatesPresenceFlag(StrEnum):
    """Enumerated Values of Beam Modifier Coordinates Presence Flag (3002,0105) in Enhanced RT Image Device Module Attributes (C.36.26-1)."""

    YES = "YES"
    "Beam Modifiers containing such coordinates are present."
    NO = "NO"
    "Beam Modifiers containing such coordinates are not present."

BeamModifierCoordinatesPresenceFlagValue: TypeAlias = (
    BeamModifierCoordinatesPresenceFlag | Literal["YES", "NO"]
)

class BeamStopperPosition(StrEnum):
    """Enumerated Values of Beam Stopper Position (3008,0230) in RT Beams Session Record Module Attributes (C.8-57)."""

    EXTENDED = "EXTENDED"
    "Beam Stopper extended"
    RETRACTED = "RETRACTED"
    "Beam Stopper retracted"
    UNKNOWN = "UNKNOWN"
    "Position unknown"

BeamStopperPositionValue: TypeAlias = (
    BeamStopperPosition | Literal["EXTENDED", "RETRACTED", "UNKNOWN"]
)

class BeamTaskType(StrEnum):
    """Enumerated Values of Beam Task Type (0074,1022) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    VERIFY = "VERIFY"
    "Verification of the patient position"
    TREAT = "TREAT"
    "Beam treatment only"
    VERIFY_AND_TREAT = "VERIFY_AND_TREAT"
    "Patient position verification and treatment"

BeamTaskTypeValue: TypeAlias = BeamTaskType | Literal["VERIFY", "TREAT", "VERIFY_AND_TREAT"]

class BeamType(StrEnum):
    """Enumerated Values of Beam Type (300A,00C4) in RT Beams Module Attributes (C.8-50)."""

    STATIC = "STATIC"
    "All Control Point Sequence (300A,0111) Attributes remain unchanged between consecutive pairs of control points with changing Cumulative Meterset Weight (300A,0134)."
    DYNAMIC = "DYNAMIC"
    "One or more Control Point Sequence (300A,0111) Attributes change between one or more consecutive pairs of control points with changing Cumulative Meterset Weight (300A,0134)."

BeamTypeValue: TypeAlias = BeamType | Literal["STATIC", "DYNAMIC"]

class BeatRejectionFlag(StrEnum):
    """Enumerated Values of Beat Rejection Flag (0018,1080) in MR Image Module Attributes (C.8-4)."""

    Y = "Y"
    "yes"
    N = "N"
    "no"

BeatRejectionFlagValue: TypeAlias = BeatRejectionFlag | Literal["Y", "N"]

class BlendingLUT1TransferFunction(StrEnum):
    """Enumerated Values of Blending LUT 1 Transfer Function (0028,1405) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    CONSTANT = "CONSTANT"
    ALPHA_1 = "ALPHA_1"
    ALPHA_2 = "ALPHA_2"
    TABLE = "TABLE"

BlendingLUT1TransferFunctionValue: TypeAlias = (
    BlendingLUT1TransferFunction | Literal["CONSTANT", "ALPHA_1", "ALPHA_2", "TABLE"]
)

class BlendingLUT2TransferFunction(StrEnum):
    """Enumerated Values of Blending LUT 2 Transfer Function (0028,140D) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    CONSTANT = "CONSTANT"
    ONE_MINUS = "ONE_MINUS"
    ALPHA_1 = "ALPHA_1"
    ALPHA_2 = "ALPHA_2"
    TABLE = "TABLE"

BlendingLUT2TransferFunctionValue: TypeAlias = (
    BlendingLUT2TransferFunction | Literal["CONSTANT", "ONE_MINUS", "ALPHA_1", "ALPHA_2", "TABLE"]
)

class BlendingMode(StrEnum):
    """Enumerated Values of Blending Mode (0070,1B06) in Advanced Blending Presentation State Display Module Attributes (C.11.34.1-1)."""

    EQUAL = "EQUAL"
    FOREGROUND = "FOREGROUND"

BlendingModeValue: TypeAlias = BlendingMode | Literal["EQUAL", "FOREGROUND"]

class BlendingOperationTypeTerm(StrEnum):
    """Defined Terms of Blending Operation Type (0072,0500) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    COLOR = "COLOR"
    "apply a pseudo-color to the superimposed image while blending"

class BlendingPosition(StrEnum):
    """Enumerated Values of Blending Position (0070,0405) in Presentation State Blending Module Attributes (C.11.14-1)."""

    SUPERIMPOSED = "SUPERIMPOSED"
    UNDERLYING = "UNDERLYING"

BlendingPositionValue: TypeAlias = BlendingPosition | Literal["SUPERIMPOSED", "UNDERLYING"]

class BlindSpotLocalized(StrEnum):
    """Enumerated Values of Blind Spot Localized (0024,0106) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"

BlindSpotLocalizedValue: TypeAlias = BlindSpotLocalized | Literal["YES", "NO"]

class BlockDivergence(StrEnum):
    """Enumerated Values of Block Divergence (300A,00FA) in Blocks Definition Macro Attributes (C.36.2.2.13-1)."""

    PRESENT = "PRESENT"
    "Block edges are shaped for beam divergence."
    ABSENT = "ABSENT"
    "Block edges are not shaped for beam divergence."

BlockDivergenceValue: TypeAlias = BlockDivergence | Literal["PRESENT", "ABSENT"]

class BlockIdentifyingInformationStatus(StrEnum):
    """Enumerated Values of Block Identifying Information Status (0008,0303) in SOP Common Module Attributes (C.12-1)."""

    SAFE = "SAFE"
    "no Data Elements within the block contain identifying information"
    UNSAFE = "UNSAFE"
    "all Data Elements within the block may contain identifying information"
    MIXED = "MIXED"
    "some Data Elements within the block may contain identifying information"

BlockIdentifyingInformationStatusValue: TypeAlias = (
    BlockIdentifyingInformationStatus | Literal["SAFE", "UNSAFE", "MIXED"]
)

class BlockMountingPosition(StrEnum):
    """Enumerated Values of Block Mounting Position (300A,00FB) in RT Image Module Attributes (C.8-38)."""

    PATIENT_SIDE = "PATIENT_SIDE"
    "the block is mounted on the side of the Block Tray that is towards the patient."
    SOURCE_SIDE = "SOURCE_SIDE"
    "the block is mounted on the side of the Block Tray that is towards the radiation source."

BlockMountingPositionValue: TypeAlias = (
    BlockMountingPosition | Literal["PATIENT_SIDE", "SOURCE_SIDE"]
)

class BlockOrientation(StrEnum):
    """Enumerated Values of Block Orientation (300A,066C) in Blocks Definition Macro Attributes (C.36.2.2.13-1)."""

    PATIENT_SIDE = "PATIENT_SIDE"
    "The block extends from its base towards the patient."
    SOURCE_SIDE = "SOURCE_SIDE"
    "The block extends from its base towards the Radiation Source."

BlockOrientationValue: TypeAlias = BlockOrientation | Literal["PATIENT_SIDE", "SOURCE_SIDE"]

class BlockType(StrEnum):
    """Enumerated Values of Block Type (300A,00F8) in RT Image Module Attributes (C.8-38)."""

    SHIELDING = "SHIELDING"
    "blocking material is inside contour"
    APERTURE = "APERTURE"
    "blocking material is outside contour"

BlockTypeValue: TypeAlias = BlockType | Literal["SHIELDING", "APERTURE"]

class BloodSignalNulling(StrEnum):
    """Enumerated Values of Blood Signal Nulling (0018,9022) in MR Imaging Modifier Macro Attributes (C.8-93)."""

    YES = "YES"
    NO = "NO"

BloodSignalNullingValue: TypeAlias = BloodSignalNulling | Literal["YES", "NO"]

class BodyPartExaminedTerm(StrEnum):
    """Defined Terms of Body Part Examined (0018,0015) in General Series Module Attributes (C.7-5a)."""

    ABDOMEN = "ABDOMEN"
    "Abdomen"
    ABDOMENPELVIS = "ABDOMENPELVIS"
    "Abdomen and Pelvis"
    ABDOMINALAORTA = "ABDOMINALAORTA"
    "Abdominal aorta"
    ACJOINT = "ACJOINT"
    "Acromioclavicular joint"
    ADRENAL = "ADRENAL"
    "Adrenal gland"
    AMNIOTICFLUID = "AMNIOTICFLUID"
    "Amniotic fluid"
    ANKLE = "ANKLE"
    "Ankle joint"
    ANTECUBITALV = "ANTECUBITALV"
    "Antecubital vein"
    ANTCARDIACV = "ANTCARDIACV"
    "Anterior cardiac vein"
    ACA = "ACA"
    "Anterior cerebral artery"
    ANTCOMMA = "ANTCOMMA"
    "Anterior communicating artery"
    ANTSPINALA = "ANTSPINALA"
    "Anterior spinal artery"
    ANTTIBIALA = "ANTTIBIALA"
    "Anterior tibial artery"
    ANUSRECTUMSIGMD = "ANUSRECTUMSIGMD"
    "Anus, rectum and sigmoid colon"
    AORTA = "AORTA"
    "Aorta"
    AORTICARCH = "AORTICARCH"
    "Aortic arch"
    APPENDIX = "APPENDIX"
    "Appendix"
    ARTERY = "ARTERY"
    "Artery"
    ASCAORTA = "ASCAORTA"
    "Ascending aorta"
    ASCENDINGCOLON = "ASCENDINGCOLON"
    "Ascending colon"
    AXILLA = "AXILLA"
    "Axilla"
    AXILLARYA = "AXILLARYA"
    "Axillary Artery"
    AXILLARYV = "AXILLARYV"
    "Axillary vein"
    AZYGOSVEIN = "AZYGOSVEIN"
    "Azygos vein"
    BACK = "BACK"
    "Back"
    BASILARA = "BASILARA"
    "Basilar artery"
    BILEDUCT = "BILEDUCT"
    "Bile duct"
    BILIARYTRACT = "BILIARYTRACT"
    "Biliary tract"
    BLADDER = "BLADDER"
    "Bladder"
    BLADDERURETHRA = "BLADDERURETHRA"
    "Bladder and urethra"
    BRACHIALA = "BRACHIALA"
    "Brachial artery"
    BRACHIALV = "BRACHIALV"
    "Brachial vein"
    BRAIN = "BRAIN"
    "Brain"
    BREAST = "BREAST"
    "Breast"
    BRONCHUS = "BRONCHUS"
    "Bronchus"
    BUTTOCK = "BUTTOCK"
    "Buttock"
    CALCANEUS = "CALCANEUS"
    "Calcaneus"
    CALF = "CALF"
    "Calf of leg"
    CAROTID = "CAROTID"
    "Carotid Artery"
    BULB = "BULB"
    "Carotid bulb"
    CELIACA = "CELIACA"
    "Celiac artery"
    CEPHALICV = "CEPHALICV"
    "Cephalic vein"
    CEREBELLUM = "CEREBELLUM"
    "Cerebellum"
    CEREBRALA = "CEREBRALA"
    "Cerebral artery"
    CEREBHEMISPHERE = "CEREBHEMISPHERE"
    "Cerebral hemisphere"
    CSPINE = "CSPINE"
    "Cervical spine"
    CTSPINE = "CTSPINE"
    "Cervico-thoracic spine"
    CERVIX = "CERVIX"
    "Cervix"
    CHEEK = "CHEEK"
    "Cheek"
    CHEST = "CHEST"
    "Chest"
    CHESTABDPELVIS = "CHESTABDPELVIS"
    "Chest, Abdomen and Pelvis"
    CHESTABDOMEN = "CHESTABDOMEN"
    "Chest and Abdomen"
    CHOROIDPLEXUS = "CHOROIDPLEXUS"
    "Choroid plexus"
    CIRCLEOFWILLIS = "CIRCLEOFWILLIS"
    "Circle of Willis"
    CLAVICLE = "CLAVICLE"
    "Clavicle"
    COCCYX = "COCCYX"
    "Coccyx"
    COLON = "COLON"
    "Colon"
    COMMONBILEDUCT = "COMMONBILEDUCT"
    "Common bile duct"
    CCA = "CCA"
    "Common carotid artery"
    CFA = "CFA"
    "Common femoral artery"
    CFV = "CFV"
    "Common femoral vein"
    COMILIACA = "COMILIACA"
    "Common iliac artery"
    COMILIACV = "COMILIACV"
    "Common iliac vein"
    CORNEA = "CORNEA"
    "Cornea"
    CORONARYARTERY = "CORONARYARTERY"
    "Coronary artery"
    CORONARYSINUS = "CORONARYSINUS"
    "Coronary sinus"
    DESCAORTA = "DESCAORTA"
    "Descending aorta"
    DESCENDINGCOLON = "DESCENDINGCOLON"
    "Descending colon"
    DUODENUM = "DUODENUM"
    "Duodenum"
    EAR = "EAR"
    "Ear"
    ELBOW = "ELBOW"
    "Elbow joint"
    ENDOARTERIAL = "ENDOARTERIAL"
    "Endo-arterial"
    ENDOCARDIAC = "ENDOCARDIAC"
    "Endo-cardiac"
    ENDOESOPHAGEAL = "ENDOESOPHAGEAL"
    "Endo-esophageal"
    ENDOMETRIUM = "ENDOMETRIUM"
    "Endometrium"
    ENDONASAL = "ENDONASAL"
    "Endo-nasal"
    ENDONASOPHARYNYX = "ENDONASOPHARYNYX"
    "Endo-nasopharyngeal"
    ENDORECTAL = "ENDORECTAL"
    "Endo-rectal"
    ENDORENAL = "ENDORENAL"
    "Endo-renal"
    ENDOURETERIC = "ENDOURETERIC"
    "Endo-ureteric"
    ENDOURETHRAL = "ENDOURETHRAL"
    "Endo-urethral"
    ENDOVAGINAL = "ENDOVAGINAL"
    "Endo-vaginal"
    ENDOVASCULAR = "ENDOVASCULAR"
    "Endo-vascular"
    ENDOVENOUS = "ENDOVENOUS"
    "Endo-venous"
    ENDOVESICAL = "ENDOVESICAL"
    "Endo-vesical"
    WHOLEBODY = "WHOLEBODY"
    "Entire body"
    EPIDIDYMIS = "EPIDIDYMIS"
    "Epididymis"
    EPIGASTRIC = "EPIGASTRIC"
    "Epigastric region"
    ESOPHAGUS = "ESOPHAGUS"
    "Esophagus"
    EAC = "EAC"
    "External auditory canal"
    ECA = "ECA"
    "External carotid artery"
    EXTILIACA = "EXTILIACA"
    "External iliac artery"
    EXTILIACV = "EXTILIACV"
    "External iliac vein"
    EXTJUGV = "EXTJUGV"
    "External jugular vein"
    EXTREMITY = "EXTREMITY"
    "Extremity"
    EYE = "EYE"
    "Eye"
    EYELID = "EYELID"
    "Eyelid"
    FACE = "FACE"
    "Face"
    FACIALA = "FACIALA"
    "Facial artery"
    FEMORALA = "FEMORALA"
    "Femoral artery"
    FEMORALV = "FEMORALV"
    "Femoral vein"
    FEMUR = "FEMUR"
    "Femur"
    FETALARM = "FETALARM"
    "Fetal arm"
    FETALDIGIT = "FETALDIGIT"
    "Fetal digit"
    FETALHEART = "FETALHEART"
    "Fetal heart"
    FETALLEG = "FETALLEG"
    "Fetal leg"
    FETALPOLE = "FETALPOLE"
    "Fetal pole"
    FIBULA = "FIBULA"
    "Fibula"
    FINGER = "FINGER"
    "Finger"
    FLANK = "FLANK"
    "Flank"
    FONTANEL = "FONTANEL"
    "Fontanel of skull"
    FOOT = "FOOT"
    "Foot"
    FOREARM = "FOREARM"
    "Forearm"
    V4THVENTRICLE = "4THVENTRICLE"
    "Fourth ventricle"
    GALLBLADDER = "GALLBLADDER"
    "Gallbladder"
    GASTRICV = "GASTRICV"
    "Gastric vein"
    GENICULARA = "GENICULARA"
    "Genicular artery"
    GESTSAC = "GESTSAC"
    "Gestational sac"
    GLUTEAL = "GLUTEAL"
    "Gluteal region"
    GSV = "GSV"
    "Great saphenous vein"
    HAND = "HAND"
    "Hand"
    HEAD = "HEAD"
    "Head"
    HEADNECK = "HEADNECK"
    "Head and Neck"
    HEART = "HEART"
    "Heart"
    HEPATICA = "HEPATICA"
    "Hepatic artery"
    HEPATICV = "HEPATICV"
    "Hepatic vein"
    HIP = "HIP"
    "Hip joint"
    HUMERUS = "HUMERUS"
    "Humerus"
    HYPOGASTRIC = "HYPOGASTRIC"
    "Hypogastric region"
    HYPOPHARYNX = "HYPOPHARYNX"
    "Hypopharynx"
    ILEUM = "ILEUM"
    "Ileum"
    ILIACA = "ILIACA"
    "Iliac artery"
    ILIACV = "ILIACV"
    "Iliac vein"
    ILIUM = "ILIUM"
    "Ilium"
    INFMESA = "INFMESA"
    "Inferior mesenteric artery"
    INFVENACAVA = "INFVENACAVA"
    "Inferior vena cava"
    INGUINAL = "INGUINAL"
    "Inguinal region"
    INNOMINATEA = "INNOMINATEA"
    "Innominate artery"
    INNOMINATEV = "INNOMINATEV"
    "Innominate vein"
    IAC = "IAC"
    "Internal Auditory Canal"
    ICA = "ICA"
    "Internal carotid artery"
    INTILIACA = "INTILIACA"
    "Internal iliac artery"
    INTJUGULARV = "INTJUGULARV"
    "Internal jugular vein"
    INTMAMMARYA = "INTMAMMARYA"
    "Internal mammary artery"
    INTRACRANIAL = "INTRACRANIAL"
    "Intracranial"
    JAW = "JAW"
    "Jaw region"
    JEJUNUM = "JEJUNUM"
    "Jejunum"
    JOINT = "JOINT"
    "Joint"
    KIDNEY = "KIDNEY"
    "Kidney"
    KNEE = "KNEE"
    "Knee"
    LACRIMALA = "LACRIMALA"
    "Lacrimal artery"
    LARGEINTESTINE = "LARGEINTESTINE"
    "Large intestine"
    LARYNX = "LARYNX"
    "Larynx"
    LATVENTRICLE = "LATVENTRICLE"
    "Lateral Ventricle"
    LATRIUM = "LATRIUM"
    "Left atrium"
    LFEMORALA = "LFEMORALA"
    "Left femoral artery"
    LHEPATICV = "LHEPATICV"
    "Left hepatic vein"
    LHYPOCHONDRIAC = "LHYPOCHONDRIAC"
    "Left hypochondriac region"
    LINGUINAL = "LINGUINAL"
    "Left inguinal region"
    LLQ = "LLQ"
    "Left lower quadrant of abdomen"
    LLUMBAR = "LLUMBAR"
    "Left lumbar region"
    LPORTALV = "LPORTALV"
    "Left portal vein"
    LPULMONARYA = "LPULMONARYA"
    "Left pulmonary artery"
    LUQ = "LUQ"
    "Left upper quadrant of abdomen"
    LVENTRICLE = "LVENTRICLE"
    "Left ventricle"
    LINGUALA = "LINGUALA"
    "Lingual artery"
    LIVER = "LIVER"
    "Liver"
    LOWERLEG = "LOWERLEG"
    "Lower leg"
    LOWERLIMB = "LOWERLIMB"
    "Lower limb"
    LUMBARA = "LUMBARA"
    "Lumbar artery"
    LUMBAR = "LUMBAR"
    "Lumbar region"
    LSPINE = "LSPINE"
    "Lumbar spine"
    LSSPINE = "LSSPINE"
    "Lumbo-sacral spine"
    LUMEN = "LUMEN"
    "Lumen of blood vessel"
    LUNG = "LUNG"
    "Lung"
    MANDIBLE = "MANDIBLE"
    "Mandible"
    MASTOID = "MASTOID"
    "Mastoid bone"
    MAXILLA = "MAXILLA"
    "Maxilla"
    MEDIASTINUM = "MEDIASTINUM"
    "Mediastinum"
    MESENTRICA = "MESENTRICA"
    "Mesenteric artery"
    MESENTRICV = "MESENTRICV"
    "Mesenteric vein"
    MCA = "MCA"
    "Middle cerebral artery"
    MIDHEPATICV = "MIDHEPATICV"
    "Middle hepatic vein"
    MORISONSPOUCH = "MORISONSPOUCH"
    "Morisons pouch"
    MOUTH = "MOUTH"
    "Mouth"
    NASOPHARYNX = "NASOPHARYNX"
    "Nasopharynx"
    NECK = "NECK"
    "Neck"
    NECKCHESTABDPELV = "NECKCHESTABDPELV"
    "Neck, Chest, Abdomen and Pelvis"
    NECKCHESTABDOMEN = "NECKCHESTABDOMEN"
    "Neck, Chest and Abdomen"
    NECKCHEST = "NECKCHEST"
    "Neck and Chest"
    NOSE = "NOSE"
    "Nose"
    OCCPITALA = "OCCPITALA"
    "Occipital artery"
    OCCIPTALV = "OCCIPTALV"
    "Occipital vein"
    OPHTHALMICA = "OPHTHALMICA"
    "Ophthalmic artery"
    OPTICCANAL = "OPTICCANAL"
    "Optic canal"
    ORBIT = "ORBIT"
    "Orbital structure"
    OVARY = "OVARY"
    "Ovary"
    PANCREAS = "PANCREAS"
    "Pancreas"
    PANCREATICDUCT = "PANCREATICDUCT"
    "Pancreatic duct"
    PANCBILEDUCT = "PANCBILEDUCT"
    "Pancreatic duct and bile duct systems"
    PARASTERNAL = "PARASTERNAL"
    "Parasternal"
    PARATHYROID = "PARATHYROID"
    "Parathyroid"
    PAROTID = "PAROTID"
    "Parotid gland"
    PATELLA = "PATELLA"
    "Patella"
    PELVIS = "PELVIS"
    "Pelvis"
    PELVISLOWEXTREMT = "PELVISLOWEXTREMT"
    "Pelvis and lower extremities"
    PENILEA = "PENILEA"
    "Penile artery"
    PENIS = "PENIS"
    "Penis"
    PERINEUM = "PERINEUM"
    "Perineum"
    PERONEALA = "PERONEALA"
    "Peroneal artery"
    PHANTOM = "PHANTOM"
    "Phantom"
    PHARYNX = "PHARYNX"
    "Pharynx"
    PHARYNXLARYNX = "PHARYNXLARYNX"
    "Pharynx and larynx"
    PLACENTA = "PLACENTA"
    "Placenta"
    POPLITEALA = "POPLITEALA"
    "Popliteal artery"
    POPLITEALFOSSA = "POPLITEALFOSSA"
    "Popliteal fossa"
    POPLITEALV = "POPLITEALV"
    "Popliteal vein"
    PORTALV = "PORTALV"
    "Portal vein"
    PCA = "PCA"
    "Posterior cerebral artery"
    POSCOMMA = "POSCOMMA"
    "Posterior communicating artery"
    POSTIBIALA = "POSTIBIALA"
    "Posterior tibial artery"
    PROFFEMA = "PROFFEMA"
    "Profunda femoris artery"
    PROFFEMV = "PROFFEMV"
    "Profunda femoris vein"
    PROSTATE = "PROSTATE"
    "Prostate"
    PULMONARYA = "PULMONARYA"
    "Pulmonary artery"
    PULMONARYV = "PULMONARYV"
    "Pulmonary vein"
    RADIALA = "RADIALA"
    "Radial artery"
    RADIUS = "RADIUS"
    "Radius"
    RADIUSULNA = "RADIUSULNA"
    "Radius and ulna"
    CULDESAC = "CULDESAC"
    "Rectouterine pouch"
    RECTUM = "RECTUM"
    "Rectum"
    RENALA = "RENALA"
    "Renal artery"
    RENALV = "RENALV"
    "Renal vein"
    RETROPERITONEUM = "RETROPERITONEUM"
    "Retroperitoneum"
    RIB = "RIB"
    "Rib"
    RATRIUM = "RATRIUM"
    "Right atrium"
    RFEMORALA = "RFEMORALA"
    "Right femoral artery"
    RHEPATICV = "RHEPATICV"
    "Right hepatic vein"
    RHYPOCHONDRIAC = "RHYPOCHONDRIAC"
    "Right hypochondriac region"
    RINGUINAL = "RINGUINAL"
    "Right inguinal region"
    RLQ = "RLQ"
    "Right lower quadrant of abdomen"
    RLUMBAR = "RLUMBAR"
    "Right lumbar region"
    RPORTALV = "RPORTALV"
    "Right portal vein"
    RPULMONARYA = "RPULMONARYA"
    "Right pulmonary artery"
    RUQ = "RUQ"
    "Right upper quadrant of abdomen"
    RVENTRICLE = "RVENTRICLE"
    "Right ventricle"
    SIJOINT = "SIJOINT"
    "Sacroiliac joint"
    SSPINE = "SSPINE"
    "Sacrum"
    SFJ = "SFJ"
    "Saphenofemoral junction"
    SAPHENOUSV = "SAPHENOUSV"
    "Saphenous vein"
    SCALP = "SCALP"
    "Scalp"
    SCAPULA = "SCAPULA"
    "Scapula"
    SCLERA = "SCLERA"
    "Sclera"
    SCROTUM = "SCROTUM"
    "Scrotum"
    SELLA = "SELLA"
    "Sella turcica"
    SEMVESICLE = "SEMVESICLE"
    "Seminal vesicle"
    SESAMOID = "SESAMOID"
    "Sesamoid bones of foot"
    SHOULDER = "SHOULDER"
    "Shoulder"
    SIGMOID = "SIGMOID"
    "Sigmoid colon"
    SKULL = "SKULL"
    "Skull"
    SMALLINTESTINE = "SMALLINTESTINE"
    "Small intestine"
    SPINALCORD = "SPINALCORD"
    "Spinal cord"
    SPINE = "SPINE"
    "Spine"
    SPLEEN = "SPLEEN"
    "Spleen"
    SPLENICA = "SPLENICA"
    "Splenic artery"
    SPLENICV = "SPLENICV"
    "Splenic vein"
    SCJOINT = "SCJOINT"
    "Sternoclavicular joint"
    STERNUM = "STERNUM"
    "Sternum"
    STOMACH = "STOMACH"
    "Stomach"
    SUBCLAVIANA = "SUBCLAVIANA"
    "Subclavian artery"
    SUBCLAVIANV = "SUBCLAVIANV"
    "Subclavian vein"
    SUBCOSTAL = "SUBCOSTAL"
    "Subcostal"
    SUBMANDIBULAR = "SUBMANDIBULAR"
    "Submandibular gland"
    SFA = "SFA"
    "Superficial femoral artery"
    SFV = "SFV"
    "Superficial femoral vein"
    LSUPPULMONARYV = "LSUPPULMONARYV"
    "Superior left pulmonary vein"
    SMA = "SMA"
    "Superior mesenteric artery"
    RSUPPULMONARYV = "RSUPPULMONARYV"
    "Superior right pulmonary vein"
    SUPTHYROIDA = "SUPTHYROIDA"
    "Superior thyroid artery"
    SVC = "SVC"
    "Superior vena cava"
    SUPRACLAVICULAR = "SUPRACLAVICULAR"
    "Supraclavicular region of neck"
    SUPRAPUBIC = "SUPRAPUBIC"
    "Suprapubic region"
    TMJ = "TMJ"
    "Temporomandibular joint"
    TESTIS = "TESTIS"
    "Testis"
    THALAMUS = "THALAMUS"
    "Thalamus"
    THIGH = "THIGH"
    "Thigh"
    V3RDVENTRICLE = "3RDVENTRICLE"
    "Third ventricle"
    THORACICAORTA = "THORACICAORTA"
    "Thoracic aorta"
    TSPINE = "TSPINE"
    "Thoracic spine"
    TLSPINE = "TLSPINE"
    "Thoraco-lumbar spine"
    THORAX = "THORAX"
    "Thorax"
    THUMB = "THUMB"
    "Thumb"
    THYMUS = "THYMUS"
    "Thymus"
    THYROID = "THYROID"
    "Thyroid"
    TIBIA = "TIBIA"
    "Tibia"
    TIBIAFIBULA = "TIBIAFIBULA"
    "Tibia and fibula"
    TOE = "TOE"
    "Toe"
    TONGUE = "TONGUE"
    "Tongue"
    TRACHEA = "TRACHEA"
    "Trachea"
    TRACHEABRONCHUS = "TRACHEABRONCHUS"
    "Trachea and bronchus"
    TRANSVERSECOLON = "TRANSVERSECOLON"
    "Transverse colon"
    ULNA = "ULNA"
    "Ulna"
    ULNARA = "ULNARA"
    "Ulnar artery"
    UMBILICALA = "UMBILICALA"
    "Umbilical artery"
    UMBILICAL = "UMBILICAL"
    "Umbilical region"
    UMBILICALV = "UMBILICALV"
    "Umbilical vein"
    UPPERARM = "UPPERARM"
    "Upper arm"
    UPPERLIMB = "UPPERLIMB"
    "Upper limb"
    UPRURINARYTRACT = "UPRURINARYTRACT"
    "Upper urinary tract"
    URETER = "URETER"
    "Ureter"
    URETHRA = "URETHRA"
    "Urethra"
    UTERUS = "UTERUS"
    "Uterus"
    VAGINA = "VAGINA"
    "Vagina"
    VEIN = "VEIN"
    "Vein"
    VERTEBRALA = "VERTEBRALA"
    "Vertebral artery"
    VULVA = "VULVA"
    "Vulva"
    WRIST = "WRIST"
    "Wrist joint"
    ZYGOMA = "ZYGOMA"
    "Zygoma"

class BodyPartExamined(StrEnum):
    """Enumerated Values of Body Part Examined (0018,0015) in Corneal Topography Map Series Module Attributes (C.8.30.1-1)."""

    EYE = "EYE"

BodyPartExaminedValue: TypeAlias = BodyPartExamined | Literal["EYE"]

class Bold(StrEnum):
    """Enumerated Values of Bold (0070,0249) in Text Style Sequence Macro Attributes (C.10-5a)."""

    Y = "Y"
    "yes"
    N = "N"
    "no"

BoldValue: TypeAlias = Bold | Literal["Y", "N"]

class BorderDensityTerm(StrEnum):
    """Defined Terms of Border Density (2010,0100) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    BLACK = "BLACK"
    WHITE = "WHITE"

class BoundingBoxAnnotationUnits(StrEnum):
    """Enumerated Values of Bounding Box Annotation Units (0070,0003) in Graphic Annotation Module Attributes (C.10-5)."""

    PIXEL = "PIXEL"
    "Image relative position specified with sub-pixel resolution such that the origin, which is at the Top Left Hand Corner (TLHC) of the TLHC pixel is 0.0\\0.0, the Bottom Right Hand Corner (BRHC) of the TLHC pixel is 1.0\\1.0, and the BRHC of the BRHC pixel is Columns\\Rows (see Figure C.10.5-1). The values must be within the range 0\\0 to Columns\\Rows."
    DISPLAY = "DISPLAY"
    "Fraction of Specified Displayed Area where 0.0\\0.0 is the TLHC and 1.0\\1.0 is the BRHC. The values must be within the range 0.0 to 1.0."
    MATRIX = "MATRIX"
    "Image relative position specified with sub-pixel resolution such that the origin, which is at the Top Left Hand Corner (TLHC) of the TLHC pixel of the Total Pixel Matrix, is 0.0\\0.0, the Bottom Right Hand Corner (BRHC) of the TLHC pixel is 1.0\\1.0, and the BRHC of the BRHC pixel of the Total Pixel Matrix is Total Pixel Matrix Columns\\Total Pixel Matrix Rows (see Section C.8.12.4.1.3 and Figure C.10.5-1b). The values must be within the range 0.0\\0.0 to Total Pixel Matrix Columns\\Total Pixel Matrix Rows. MATRIX may be used only if the instance referenced by Referenced Image Sequence (0008,1140) is tiled (i.e., contains Total Pixel Matrix Columns (0048,0006) and Total Pixel Matrix Rows (0048,0007))."

BoundingBoxAnnotationUnitsValue: TypeAlias = (
    BoundingBoxAnnotationUnits | Literal["PIXEL", "DISPLAY", "MATRIX"]
)

class BoundingBoxTextHorizontalJustification(StrEnum):
    """Enumerated Values of Bounding Box Text Horizontal Justification (0070,0012) in Graphic Annotation Module Attributes (C.10-5)."""

    LEFT = "LEFT"
    "closest to left edge"
    RIGHT = "RIGHT"
    "closest to right edge"
    CENTER = "CENTER"
    "centered"

BoundingBoxTextHorizontalJustificationValue: TypeAlias = (
    BoundingBoxTextHorizontalJustification | Literal["LEFT", "RIGHT", "CENTER"]
)

class BrachyAccessoryDeviceTypeTerm(StrEnum):
    """Defined Terms of Brachy Accessory Device Type (300A,0264) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    SHIELD = "SHIELD"
    DILATATION = "DILATATION"
    MOLD = "MOLD"
    PLAQUE = "PLAQUE"
    FLAB = "FLAB"

class BrachyTreatmentTechnique(StrEnum):
    """Enumerated Values of Brachy Treatment Technique (300A,0200) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    INTRALUMENARY = "INTRALUMENARY"
    INTRACAVITARY = "INTRACAVITARY"
    INTERSTITIAL = "INTERSTITIAL"
    CONTACT = "CONTACT"
    INTRAVASCULAR = "INTRAVASCULAR"
    PERMANENT = "PERMANENT"

BrachyTreatmentTechniqueValue: TypeAlias = (
    BrachyTreatmentTechnique
    | Literal[
        "INTRALUMENARY", "INTRACAVITARY", "INTERSTITIAL", "CONTACT", "INTRAVASCULAR", "PERMANENT"
    ]
)

class BrachyTreatmentTypeTerm(StrEnum):
    """Defined Terms of Brachy Treatment Type (300A,0202) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    MANUAL = "MANUAL"
    "manually positioned"
    HDR = "HDR"
    "High dose rate"
    MDR = "MDR"
    "Medium dose rate"
    LDR = "LDR"
    "Low dose rate"
    PDR = "PDR"
    "Pulsed dose rate"

class BreastImplantPresent(StrEnum):
    """Enumerated Values of Breast Implant Present (0028,1300) in Mammography Image Module Attributes (C.8-74)."""

    YES = "YES"
    NO = "NO"

BreastImplantPresentValue: TypeAlias = BreastImplantPresent | Literal["YES", "NO"]

class BulkMotionCompensationTechniqueTerm(StrEnum):
    """Defined Terms of Bulk Motion Compensation Technique (0018,9172) in Bulk Motion Synchronization Module Attributes (C.7.6.18-3)."""

    NONE = "NONE"
    REALTIME = "REALTIME"
    "image acquisition shorter than motion cycle"
    GATING = "GATING"
    "prospective gating"
    TRACKING = "TRACKING"
    "prospective through and/or in-plane motion tracking"
    RETROSPECTIVE = "RETROSPECTIVE"
    "retrospective gating"
    CORRECTION = "CORRECTION"
    "retrospective image correction"

class BulkMotionSignalSourceTerm(StrEnum):
    """Defined Terms of Bulk Motion Signal Source (0018,9173) in Bulk Motion Synchronization Module Attributes (C.7.6.18-3)."""

    JOINT = "JOINT"
    "joint motion detection"
    NAVIGATOR = "NAVIGATOR"
    "MR navigator and organ edge detection"
    MR_PHASE = "MR_PHASE"
    "phase (of center k-space line)"

class BurnedInAnnotation(StrEnum):
    """Enumerated Values of Burned In Annotation (0028,0301) in General Image Module Attributes (C.7-9)."""

    YES = "YES"
    NO = "NO"

BurnedInAnnotationValue: TypeAlias = BurnedInAnnotation | Literal["YES", "NO"]

class BurnedInAnnotationEnhancedMRImage(StrEnum):
    """Enumerated Values of Burned In Annotation (0028,0301) in Enhanced MR Image Module Attributes (C.8-79)."""

    NO = "NO"

BurnedInAnnotationEnhancedMRImageValue: TypeAlias = (
    BurnedInAnnotationEnhancedMRImage | Literal["NO"]
)

class CArmPositionerTabletopRelationship(StrEnum):
    """Enumerated Values of C-arm Positioner Tabletop Relationship (0018,9474) in XA/XRF Acquisition Module Attributes (C.8.19.3-1)."""

    YES = "YES"
    NO = "NO"

CArmPositionerTabletopRelationshipValue: TypeAlias = (
    CArmPositionerTabletopRelationship | Literal["YES", "NO"]
)

class CalculationCommentTypeTerm(StrEnum):
    """Defined Terms of Calculation Comment Type (0022,112B) in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    INFORMATIVE = "INFORMATIVE"
    WARNING = "WARNING"

class CalibrationImage(StrEnum):
    """Enumerated Values of Calibration Image (0050,0004) in X-Ray Calibration Device Usage Macro Attributes (C.8.19.6-6)."""

    YES = "YES"
    NO = "NO"

CalibrationImageValue: TypeAlias = CalibrationImage | Literal["YES", "NO"]

class CardiacBeatRejectionTechniqueTerm(StrEnum):
    """Defined Terms of Cardiac Beat Rejection Technique (0018,9169) in Cardiac Synchronization Module Attributes (C.7.6.18-1)."""

    NONE = "NONE"
    RR_INTERVAL = "RR_INTERVAL"
    "rejection based on deviation from average RR interval"
    QRS_LOOP = "QRS_LOOP"
    "rejection based on deviation from regular QRS loop"
    PVC = "PVC"
    "rejection based on PVC criteria"

class CardiacCyclePositionTerm(StrEnum):
    """Defined Terms of Cardiac Cycle Position (0018,9236) in Frame Content Macro Attributes (C.7.6.16-3)."""

    END_SYSTOLE = "END_SYSTOLE"
    END_DIASTOLE = "END_DIASTOLE"
    UNDETERMINED = "UNDETERMINED"

class CardiacFramingTypeTerm(StrEnum):
    """Defined Terms of Cardiac Framing Type (0018,1064) in Cardiac Synchronization Module Attributes (C.7.6.18-1)."""

    FORW = "FORW"
    "time forward from trigger"
    BACK = "BACK"
    "time back before trigger"
    PCNT = "PCNT"
    "percentage of R-R forward from trigger"

class CardiacSignalSourceTerm(StrEnum):
    """Defined Terms of Cardiac Signal Source (0018,9085) in Cardiac Synchronization Module Attributes (C.7.6.18-1)."""

    ECG = "ECG"
    "electrocardiogram"
    VCG = "VCG"
    "vector cardiogram"
    PP = "PP"
    "peripheral pulse"
    MR = "MR"
    "magnetic resonance, i.e., M-mode or cardiac navigator"

class CardiacSignalSourceTermPerformedCTAcquisition(StrEnum):
    """Defined Terms of Cardiac Signal Source (0018,9085) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

    ECG = "ECG"
    "Electrocardiogram."
    VCG = "VCG"
    "Vector cardiogram."
    PP = "PP"
    "Peripheral pulse."

class CardiacSynchronizationTechnique(StrEnum):
    """Enumerated Values of Cardiac Synchronization Technique (0018,9037) in Cardiac Synchronization Module Attributes (C.7.6.18-1)."""

    NONE = "NONE"
    REALTIME = "REALTIME"
    "total time for the acquisition is shorter than cardiac cycle, no gating is applied"
    PROSPECTIVE = "PROSPECTIVE"
    "certain thresholds have been set for a gating window that defines the acceptance of measurement data during the acquisition"
    RETROSPECTIVE = "RETROSPECTIVE"
    "certain thresholds have been set for a gating window that defines the acceptance of measurement data after the acquisition"
    PACED = "PACED"
    "there is a constant RR interval (e.g., Pacemaker), which makes thresholding not required"

CardiacSynchronizationTechniqueValue: TypeAlias = (
    CardiacSynchronizationTechnique
    | Literal["NONE", "REALTIME", "PROSPECTIVE", "RETROSPECTIVE", "PACED"]
)

class CassetteOrientation(StrEnum):
    """Enumerated Values of Cassette Orientation (0018,1402) in CR Image Module Attributes (C.8-2)."""

    LANDSCAPE = "LANDSCAPE"
    PORTRAIT = "PORTRAIT"

CassetteOrientationValue: TypeAlias = CassetteOrientation | Literal["LANDSCAPE", "PORTRAIT"]

class CassetteSizeTerm(StrEnum):
    """Defined Terms of Cassette Size (0018,1403) in CR Image Module Attributes (C.8-2)."""

    V18CMX24CM = "18CMX24CM"
    V8INX10IN = "8INX10IN"
    V24CMX30CM = "24CMX30CM"
    V10INX12IN = "10INX12IN"
    V30CMX35CM = "30CMX35CM"
    V30CMX40CM = "30CMX40CM"
    V11INX14IN = "11INX14IN"
    V35CMX35CM = "35CMX35CM"
    V14INX14IN = "14INX14IN"
    V35CMX43CM = "35CMX43CM"
    V14INX17IN = "14INX17IN"

class CatchTrialsDataFlag(StrEnum):
    """Enumerated Values of Catch Trials Data Flag (0024,0055) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"

CatchTrialsDataFlagValue: TypeAlias = CatchTrialsDataFlag | Literal["YES", "NO"]

class CatheterDirectionOfRotation(StrEnum):
    """Enumerated Values of Catheter Direction of Rotation (0052,0031) in Intravascular Image Acquisition Parameters Module Attributes (C.8.27.5-1)."""

    CW = "CW"
    "clockwise"
    CC = "CC"
    "counter-clockwise"

CatheterDirectionOfRotationValue: TypeAlias = CatheterDirectionOfRotation | Literal["CW", "CC"]

class CertificateTypeTerm(StrEnum):
    """Defined Terms of Certificate Type (0400,0110) in Digital Signatures Macro Attributes (C.12-6)."""

    X509_1993_SIG = "X509_1993_SIG"

class CertifiedTimestampTypeTerm(StrEnum):
    """Defined Terms of Certified Timestamp Type (0400,0305) in Digital Signatures Macro Attributes (C.12-6)."""

    CMS_TSP = "CMS_TSP"
    "Internet X.509 Public Key Infrastructure Time Stamp Protocol"

class ChannelMode(StrEnum):
    """Enumerated Values of Channel Mode (003A,0302) in Cine Module Attributes (C.7-13)."""

    MONO = "MONO"
    "1 signal"
    STEREO = "STEREO"
    "2 simultaneously acquired (left and right) signals"

ChannelModeValue: TypeAlias = ChannelMode | Literal["MONO", "STEREO"]

class CodingSchemeRegistryTerm(StrEnum):
    """Defined Terms of Coding Scheme Registry (0008,0112) in SOP Common Module Attributes (C.12-1)."""

    HL7 = "HL7"

class CodingSchemeURLTypeTerm(StrEnum):
    """Defined Terms of Coding Scheme URL Type (0008,010A) in SOP Common Module Attributes (C.12-1)."""

    DOC = "DOC"
    "The resource is human-readable information describing the coding scheme."
    OWL = "OWL"
    "The resource contains an OWL file that contains a representation of the coding scheme."
    CSV = "CSV"
    "The resource contains a comma separated value text file that contains a representation of the coding scheme."
    FHIR = "FHIR"
    "The resource is a FHIR CodingScheme, e.g., as would be referred to in the Coding.system element of a FHIR Coding resource."

class CollimatorTypeTerm(StrEnum):
    """Defined Terms of Collimator Type (0018,1181) in NM Detector Module Attributes (C.8-11)."""

    PARA = "PARA"
    "Parallel (default)"
    PINH = "PINH"
    "Pinhole"
    FANB = "FANB"
    "Fan-beam"
    CONE = "CONE"
    "Cone-beam"
    SLNT = "SLNT"
    "Slant hole"
    ASTG = "ASTG"
    "Astigmatic"
    DIVG = "DIVG"
    "Diverging"
    NONE = "NONE"
    "No collimator"
    UNKN = "UNKN"
    "Unknown"

class CollimatorTypeTermPETSeries(StrEnum):
    """Defined Terms of Collimator Type (0018,1181) in PET Series Module Attributes (C.8-60)."""

    NONE = "NONE"
    "no collimator"
    RING = "RING"
    "transverse septa"

class ColorSpaceTerm(StrEnum):
    """Defined Terms of Color Space (0028,2002) in Image Pixel Macro Attributes (C.7-11b)."""

    SRGB = "SRGB"
    "ICC Profile (0028,2000) defines sRGB color space [IEC 61966-2.1]"
    ADOBERGB = "ADOBERGB"
    "ICC Profile (0028,2000) defines Adobe RGB color space [Adobe RGB]"
    ROMMRGB = "ROMMRGB"
    "ICC Profile (0028,2000) defines ROMM RGB color space [ISO 22028-2]"

class CompensatorDivergence(StrEnum):
    """Enumerated Values of Compensator Divergence (300A,02E0) in Compensators Definition Macro Attributes (C.36.2.2.12-1)."""

    PRESENT = "PRESENT"
    "The compensator is shaped according to the beam geometrical divergence."
    ABSENT = "ABSENT"
    "The compensator is not shaped according to the beam geometrical divergence."

CompensatorDivergenceValue: TypeAlias = CompensatorDivergence | Literal["PRESENT", "ABSENT"]

class CompensatorMapOrientation(StrEnum):
    """Enumerated Values of Compensator Map Orientation (300A,0663) in Compensators Definition Macro Attributes (C.36.2.2.12-1)."""

    PATIENT_SIDE = "PATIENT_SIDE"
    "The compensator surface shape is directed towards the patient."
    SOURCE_SIDE = "SOURCE_SIDE"
    "The compensator surface shape is directed towards the Radiation Source."
    DOUBLE_SIDED = "DOUBLE_SIDED"
    "The compensator has two compensator surface shapes which are directed towards the patient and source respectively."

CompensatorMapOrientationValue: TypeAlias = (
    CompensatorMapOrientation | Literal["PATIENT_SIDE", "SOURCE_SIDE", "DOUBLE_SIDED"]
)

class CompensatorMountingPosition(StrEnum):
    """Enumerated Values of Compensator Mounting Position (300A,02E1) in RT Beams Module Attributes (C.8-50)."""

    PATIENT_SIDE = "PATIENT_SIDE"
    "the compensator is mounted on the side of the Compensator Tray that is towards the patient."
    SOURCE_SIDE = "SOURCE_SIDE"
    "the compensator is mounted on the side of the Compensator Tray that is towards the radiation source."
    DOUBLE_SIDED = "DOUBLE_SIDED"
    "the compensator has a shaped (i.e., non-flat) surface on both sides of the Compensator Tray."

CompensatorMountingPositionValue: TypeAlias = (
    CompensatorMountingPosition | Literal["PATIENT_SIDE", "SOURCE_SIDE", "DOUBLE_SIDED"]
)

class CompensatorTypeTerm(StrEnum):
    """Defined Terms of Compensator Type (300A,00EE) in RT Beams Module Attributes (C.8-50)."""

    STANDARD = "STANDARD"
    "physical (static) compensator"
    DYNAMIC = "DYNAMIC"
    "moving Beam Limiting Device (collimator) simulating physical compensator"

class CompletionFlag(StrEnum):
    """Enumerated Values of Completion Flag (0040,A491) in SR Document General Module Attributes (C.17-2)."""

    PARTIAL = "PARTIAL"
    "Partial content."
    COMPLETE = "COMPLETE"
    "Complete content."

CompletionFlagValue: TypeAlias = CompletionFlag | Literal["PARTIAL", "COMPLETE"]

class ComplexImageComponentTerm(StrEnum):
    """Defined Terms of Complex Image Component (0008,9208) in MR Image Description Macro Attributes (C.8-84)."""

    MAGNITUDE = "MAGNITUDE"
    "The magnitude component of the complex image data."
    PHASE = "PHASE"
    "The phase component of the complex image data."
    REAL = "REAL"
    "The real component of the complex image data."
    IMAGINARY = "IMAGINARY"
    "The imaginary component of the complex image data."
    MIXED = "MIXED"
    "Used only as a value in Complex Image Component (0008,9208) in the Enhanced MR Image Module if frames within the image SOP Instance contain different values for the Complex Image Component Attribute in the MR Frame Type Functional Group."

class ComplexImageComponentTermMRSpectroscopyFrameType(StrEnum):
    """Defined Terms of Complex Image Component (0008,9208) in MR Spectroscopy Frame Type Macro Attributes (C.8-104)."""

    MAGNITUDE = "MAGNITUDE"
    "The magnitude component of the complex spectroscopy data."
    PHASE = "PHASE"
    "The phase component of the complex spectroscopy data."
    REAL = "REAL"
    "The real component of the complex spectroscopy data."
    IMAGINARY = "IMAGINARY"
    "The imaginary component of the complex spectroscopy data."
    COMPLEX = "COMPLEX"
    "The real and imaginary components of the complex spectroscopy data."
    MIXED = "MIXED"
    "Used only as a value in Complex Image Component (0008,9208) in the MR Spectroscopy Module if frames within the image SOP Instance contain different values for the Complex Image Component Attribute in the MR Spectroscopy Frame Type Functional Group."

class ComponentType(StrEnum):
    """Enumerated Values of Component Type (0070,1802) in MPR Volumetric Presentation State Display Module Attributes (C.11.27-1)."""

    ONE_TO_RGBA = "ONE_TO_RGBA"
    TWO_TO_RGBA = "TWO_TO_RGBA"

ComponentTypeValue: TypeAlias = ComponentType | Literal["ONE_TO_RGBA", "TWO_TO_RGBA"]

class CompoundGraphicTypeTerm(StrEnum):
    """Defined Terms of Compound Graphic Type (0070,0294) in Graphic Annotation Module Attributes (C.10-5)."""

    MULTILINE = "MULTILINE"
    INFINITELINE = "INFINITELINE"
    CUTLINE = "CUTLINE"
    RANGELINE = "RANGELINE"
    RULER = "RULER"
    AXIS = "AXIS"
    CROSSHAIR = "CROSSHAIR"
    ARROW = "ARROW"
    RECTANGLE = "RECTANGLE"
    ELLIPSE = "ELLIPSE"

class CompoundGraphicUnits(StrEnum):
    """Enumerated Values of Compound Graphic Units (0070,0282) in Graphic Annotation Module Attributes (C.10-5)."""

    PIXEL = "PIXEL"
    "When an Attribute value specifies a location, it shall be an image relative position specified with sub-pixel resolution such that the origin at the Top Left Hand Corner (TLHC) of the TLHC pixel is 0.0\\0.0, the Bottom Right Hand Corner (BRHC) of the TLHC pixel is 1.0\\1.0, and the BRHC of the BRHC pixel is Columns\\Rows (see Figure C.10.5-1). The values must be within the range 0\\0 to Columns\\Rows. When an Attribute value specifies a distance the distance shall be in pixels."
    DISPLAY = "DISPLAY"
    "When an Attribute value specifies a location, it shall be a fraction of Specified Displayed Area where 0.0\\0.0 is the TLHC and 1.0\\1.0 is the BRHC. The values must be within the range 0.0 to 1.0. When an Attribute value specifies a distance the distance shall be in fraction of Specified Displayed Area."

CompoundGraphicUnitsValue: TypeAlias = CompoundGraphicUnits | Literal["PIXEL", "DISPLAY"]

class ConceptualVolumeBlockingConstraint(StrEnum):
    """Enumerated Values of Conceptual Volume Blocking Constraint (3010,0068) in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    NONE = "NONE"
    "No constraint."
    UPSTREAM = "UPSTREAM"
    "The optimization is constrained to minimize primary radiation from the source passing through the current Conceptual Volume. The Conceptual Volume is upstream of the target."
    DOWNSTREAM = "DOWNSTREAM"
    "The optimization is constrained to minimize primary radiation from the source passing through the current Conceptual Volume. The Conceptual Volume is downstream of the target."
    TOTAL = "TOTAL"
    "The optimization is constrained to minimize primary radiation passing through the current Conceptual Volume."

ConceptualVolumeBlockingConstraintValue: TypeAlias = (
    ConceptualVolumeBlockingConstraint | Literal["NONE", "UPSTREAM", "DOWNSTREAM", "TOTAL"]
)

class ConceptualVolumeCombinationFlag(StrEnum):
    """Enumerated Values of Conceptual Volume Combination Flag (3010,000E) in Conceptual Volume Segmentation Reference And Combination Macro Attributes (10.34-1)."""

    YES = "YES"
    NO = "NO"

ConceptualVolumeCombinationFlagValue: TypeAlias = (
    ConceptualVolumeCombinationFlag | Literal["YES", "NO"]
)

class ConceptualVolumeSegmentationDefinedFlag(StrEnum):
    """Enumerated Values of Conceptual Volume Segmentation Defined Flag (3010,0010) in Conceptual Volume Segmentation Reference And Combination Macro Attributes (10.34-1)."""

    YES = "YES"
    NO = "NO"

ConceptualVolumeSegmentationDefinedFlagValue: TypeAlias = (
    ConceptualVolumeSegmentationDefinedFlag | Literal["YES", "NO"]
)

class ConfigurationInformationTerm(StrEnum):
    """Defined Terms of Configuration Information (2010,0150) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    CS000_CS999 = "CS000-CS999"
    "Implementation specific curve type."

class ConfocalMode(StrEnum):
    """Enumerated Values of Confocal Mode (0048,0114) in Confocal Microscopy Image Module Attributes (C.8.35.1-1)."""

    REFLECTANCE = "REFLECTANCE"
    FLUORESCENCE = "FLUORESCENCE"

ConfocalModeValue: TypeAlias = ConfocalMode | Literal["REFLECTANCE", "FLUORESCENCE"]

class ConsentForDistributionFlag(StrEnum):
    """Enumerated Values of Consent for Distribution Flag (0012,0085) in Clinical Trial Study Module Attributes (C.7-4b)."""

    NO = "NO"
    YES = "YES"
    WITHDRAWN = "WITHDRAWN"

ConsentForDistributionFlagValue: TypeAlias = (
    ConsentForDistributionFlag | Literal["NO", "YES", "WITHDRAWN"]
)

class ConstantVolumeFlag(StrEnum):
    """Enumerated Values of Constant Volume Flag (0018,9333) in CT Acquisition Type Macro Attributes (C.8-118)."""

    YES = "YES"
    NO = "NO"

ConstantVolumeFlagValue: TypeAlias = ConstantVolumeFlag | Literal["YES", "NO"]

class ConstraintType(StrEnum):
    """Enumerated Values of Constraint Type (0082,0032) in Attribute Value Constraint Macro Attributes (10.25-1)."""

    RANGE_INCL = "RANGE_INCL"
    RANGE_EXCL = "RANGE_EXCL"
    GREATER_OR_EQUAL = "GREATER_OR_EQUAL"
    LESS_OR_EQUAL = "LESS_OR_EQUAL"
    GREATER_THAN = "GREATER_THAN"
    LESS_THAN = "LESS_THAN"
    EQUAL = "EQUAL"
    MEMBER_OF = "MEMBER_OF"
    NOT_MEMBER_OF = "NOT_MEMBER_OF"
    MEMBER_OF_CID = "MEMBER_OF_CID"
    UNCONSTRAINED = "UNCONSTRAINED"

ConstraintTypeValue: TypeAlias = (
    ConstraintType
    | Literal[
        "RANGE_INCL",
        "RANGE_EXCL",
        "GREATER_OR_EQUAL",
        "LESS_OR_EQUAL",
        "GREATER_THAN",
        "LESS_THAN",
        "EQUAL",
        "MEMBER_OF",
        "NOT_MEMBER_OF",
        "MEMBER_OF_CID",
        "UNCONSTRAINED",
    ]
)

class ConstraintViolationSignificance(StrEnum):
    """Enumerated Values of Constraint Violation Significance (0082,0036) in Attribute Value Constraint Macro Attributes (10.25-1)."""

    FAILURE = "FAILURE"
    WARNING = "WARNING"
    INFORMATIVE = "INFORMATIVE"

ConstraintViolationSignificanceValue: TypeAlias = (
    ConstraintViolationSignificance | Literal["FAILURE", "WARNING", "INFORMATIVE"]
)

class ContactMethod(StrEnum):
    """Enumerated Values of Contact Method (0016,1003) in Dermoscopic Image Module Attributes (C.8.12.13-1)."""

    CONTACT = "CONTACT"
    NON_CONTACT = "NON_CONTACT"

ContactMethodValue: TypeAlias = ContactMethod | Literal["CONTACT", "NON_CONTACT"]

class ContainerComponentMaterialTerm(StrEnum):
    """Defined Terms of Container Component Material (0050,001A) in Specimen Macro Attributes (C.7.6.22-2)."""

    GLASS = "GLASS"
    PLASTIC = "PLASTIC"
    METAL = "METAL"

class ContainerFileTypeTerm(StrEnum):
    """Defined Terms of Container File Type (0008,040A) in Stored File Access Macro Attributes (C.38.2-2)."""

    ZIP = "ZIP"
    "see Section P.1.2.1"
    TAR = "TAR"
    "see Section P.1.2.2"
    GZIP = "GZIP"
    "see Section P.1.2.3"
    TARGZIP = "TARGZIP"
    "see Section P.1.2.4"
    BLOB = "BLOB"
    "see Section P.1.2.5"
    DICM = "DICM"
    "Single SOP Instance in DICOM File Format (see Chapter 7 in PS3.10), not in a container"

class ContentQualification(StrEnum):
    """Enumerated Values of Content Qualification (0018,9004) in MR Image and Spectroscopy Instance Macro Attributes (C.8-83)."""

    PRODUCT = "PRODUCT"
    RESEARCH = "RESEARCH"
    SERVICE = "SERVICE"

ContentQualificationValue: TypeAlias = (
    ContentQualification | Literal["PRODUCT", "RESEARCH", "SERVICE"]
)

class ContextGroupExtensionFlag(StrEnum):
    """Enumerated Values of Context Group Extension Flag (0008,010B) in Enhanced Code Sequence Macro Attributes (8.8-1b)."""

    Y = "Y"
    N = "N"

ContextGroupExtensionFlagValue: TypeAlias = ContextGroupExtensionFlag | Literal["Y", "N"]

class ContinuityOfContent(StrEnum):
    """Enumerated Values of Continuity of Content (0040,A050) in Document Content Macro Attributes (C.17-5)."""

    SEPARATE = "SEPARATE"
    CONTINUOUS = "CONTINUOUS"

ContinuityOfContentValue: TypeAlias = ContinuityOfContent | Literal["SEPARATE", "CONTINUOUS"]

class ContourGeometricType(StrEnum):
    """Enumerated Values of Contour Geometric Type (3006,0042) in ROI Contour Module Attributes (C.8-42)."""

    POINT = "POINT"
    "single point"
    OPEN_PLANAR = "OPEN_PLANAR"
    "open contour containing coplanar points"
    OPEN_NONPLANAR = "OPEN_NONPLANAR"
    "open contour containing non-coplanar points"
    CLOSED_PLANAR = "CLOSED_PLANAR"
    "closed contour (polygon) containing coplanar points"
    CLOSEDPLANAR_XOR = "CLOSEDPLANAR_XOR"
    "closed contour (polygon) containing coplanar points of an inner or outer contour combined using an XOR operator"

ContourGeometricTypeValue: TypeAlias = (
    ContourGeometricType
    | Literal["POINT", "OPEN_PLANAR", "OPEN_NONPLANAR", "CLOSED_PLANAR", "CLOSEDPLANAR_XOR"]
)

class ContrastBolusAgentAdministered(StrEnum):
    """Enumerated Values of Contrast/Bolus Agent Administered (0018,9342) in Contrast/Bolus Usage Macro Attributes (C.7.16-13)."""

    YES = "YES"
    NO = "NO"

ContrastBolusAgentAdministeredValue: TypeAlias = (
    ContrastBolusAgentAdministered | Literal["YES", "NO"]
)

class ContrastBolusAgentDetected(StrEnum):
    """Enumerated Values of Contrast/Bolus Agent Detected (0018,9343) in Contrast/Bolus Usage Macro Attributes (C.7.16-13)."""

    YES = "YES"
    NO = "NO"

ContrastBolusAgentDetectedValue: TypeAlias = ContrastBolusAgentDetected | Literal["YES", "NO"]

class ContrastBolusAgentPhaseTerm(StrEnum):
    """Defined Terms of Contrast/Bolus Agent Phase (0018,9344) in Contrast/Bolus Usage Macro Attributes (C.7.16-13)."""

    PRE_CONTRAST = "PRE_CONTRAST"
    POST_CONTRAST = "POST_CONTRAST"
    IMMEDIATE = "IMMEDIATE"
    DYNAMIC = "DYNAMIC"
    STEADY_STATE = "STEADY_STATE"
    DELAYED = "DELAYED"
    ARTERIAL = "ARTERIAL"
    CAPILLARY = "CAPILLARY"
    VENOUS = "VENOUS"
    PORTAL_VENOUS = "PORTAL_VENOUS"

class ContrastBolusAutoInjectionTriggerFlag(StrEnum):
    """Enumerated Values of Contrast/Bolus Auto Injection Trigger Flag (0018,11B6) in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    YES = "YES"
    NO = "NO"

ContrastBolusAutoInjectionTriggerFlagValue: TypeAlias = (
    ContrastBolusAutoInjectionTriggerFlag | Literal["YES", "NO"]
)

class ContrastBolusIngredientTerm(StrEnum):
    """Defined Terms of Contrast/Bolus Ingredient (0018,1048) in Contrast/Bolus Module Attributes (C.7-12)."""

    IODINE = "IODINE"
    GADOLINIUM = "GADOLINIUM"
    CARBON_DIOXIDE = "CARBON DIOXIDE"
    BARIUM = "BARIUM"

class ContrastBolusIngredientOpaque(StrEnum):
    """Enumerated Values of Contrast/Bolus Ingredient Opaque (0018,9425) in Enhanced Contrast/Bolus Module Attributes (C.7-12b)."""

    YES = "YES"
    NO = "NO"

ContrastBolusIngredientOpaqueValue: TypeAlias = ContrastBolusIngredientOpaque | Literal["YES", "NO"]

class ConversionTypeTerm(StrEnum):
    """Defined Terms of Conversion Type (0008,0064) in SC Equipment Module Attributes (C.8-24)."""

    DV = "DV"
    "Digitized Video"
    DI = "DI"
    "Digital Interface"
    DF = "DF"
    "Digitized Film"
    WSD = "WSD"
    "Workstation"
    SD = "SD"
    "Scanned Document"
    SI = "SI"
    "Scanned Image"
    DRW = "DRW"
    "Drawing"
    SYN = "SYN"
    "Synthetic Image"

class ConversionTypeTermRTImage(StrEnum):
    """Defined Terms of Conversion Type (0008,0064) in RT Image Module Attributes (C.8-38)."""

    DV = "DV"
    "Digitized Video"
    DI = "DI"
    "Digital Interface"
    DF = "DF"
    "Digitized Film"
    WSD = "WSD"
    "Workstation"

class ConvolutionKernelGroupTerm(StrEnum):
    """Defined Terms of Convolution Kernel Group (0018,9316) in CT Reconstruction Macro Attributes (C.8-123)."""

    BRAIN = "BRAIN"
    SOFT_TISSUE = "SOFT_TISSUE"
    LUNG = "LUNG"
    BONE = "BONE"
    CONSTANT_ANGLE = "CONSTANT_ANGLE"

class CornealPointEstimated(StrEnum):
    """Enumerated Values of Corneal Point Estimated (0046,0248) in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

    Y = "Y"
    "Yes"
    N = "N"
    "No"

CornealPointEstimatedValue: TypeAlias = CornealPointEstimated | Literal["Y", "N"]

class CornealTopographyMapQualityEvaluation(StrEnum):
    """Enumerated Values of Corneal Topography Map Quality Evaluation (0046,0242) in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

    ACCEPTABLE = "ACCEPTABLE"
    MARGINAL = "MARGINAL"
    NOT_ACCEPTABLE = "NOT_ACCEPTABLE"

CornealTopographyMapQualityEvaluationValue: TypeAlias = (
    CornealTopographyMapQualityEvaluation | Literal["ACCEPTABLE", "MARGINAL", "NOT_ACCEPTABLE"]
)

class CornealTopographySurface(StrEnum):
    """Enumerated Values of Corneal Topography Surface (0046,0201) in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

    A = "A"
    "Anterior"
    P = "P"
    "Posterior"

CornealTopographySurfaceValue: TypeAlias = CornealTopographySurface | Literal["A", "P"]

class CorrectedLocalizedDeviationFromNormalCalculated(StrEnum):
    """Enumerated Values of Corrected Localized Deviation From Normal Calculated (0024,0078) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"

CorrectedLocalizedDeviationFromNormalCalculatedValue: TypeAlias = (
    CorrectedLocalizedDeviationFromNormalCalculated | Literal["YES", "NO"]
)

class CorrectedLocalizedDeviationFromNormalProbabilityCalculated(StrEnum):
    """Enumerated Values of Corrected Localized Deviation From Normal Probability Calculated (0024,0080) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"

CorrectedLocalizedDeviationFromNormalProbabilityCalculatedValue: TypeAlias = (
    CorrectedLocalizedDeviationFromNormalProbabilityCalculated | Literal["YES", "NO"]
)

class CountLossNormalizationCorrected(StrEnum):
    """Enumerated Values of Count Loss Normalization Corrected (0018,9764) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"

CountLossNormalizationCorrectedValue: TypeAlias = (
    CountLossNormalizationCorrected | Literal["YES", "NO"]
)

class CountsSource(StrEnum):
    """Enumerated Values of Counts Source (0054,1002) in PET Series Module Attributes (C.8-60)."""

    EMISSION = "EMISSION"
    TRANSMISSION = "TRANSMISSION"

CountsSourceValue: TypeAlias = CountsSource | Literal["EMISSION", "TRANSMISSION"]

class CoverageOfKSpaceTerm(StrEnum):
    """Defined Terms of Coverage of k-Space (0018,9094) in MR Pulse Sequence Module Attributes (C.8-87)."""

    FULL = "FULL"
    CYLINDRICAL = "CYLINDRICAL"
    ELLIPSOIDAL = "ELLIPSOIDAL"
    WEIGHTED = "WEIGHTED"

class Crop(StrEnum):
    """Enumerated Values of Crop (0070,1204) in Volumetric Presentation State Relationship Module Attributes (C.11.23-1)."""

    YES = "YES"
    NO = "NO"

CropValue: TypeAlias = Crop | Literal["YES", "NO"]

class CurrentTreatmentStatus(StrEnum):
    """Enumerated Values of Current Treatment Status (3008,0200) in RT Treatment Summary Record Module Attributes (C.8-59)."""

    NOT_STARTED = "NOT_STARTED"
    ON_TREATMENT = "ON_TREATMENT"
    ON_BREAK = "ON_BREAK"
    SUSPENDED = "SUSPENDED"
    STOPPED = "STOPPED"
    COMPLETED = "COMPLETED"

CurrentTreatmentStatusValue: TypeAlias = (
    CurrentTreatmentStatus
    | Literal["NOT_STARTED", "ON_TREATMENT", "ON_BREAK", "SUSPENDED", "STOPPED", "COMPLETED"]
)

class DataPathAssignment(StrEnum):
    """Enumerated Values of Data Path Assignment (0028,1402) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    PRIMARY_PVALUES = "PRIMARY_PVALUES"
    PRIMARY_SINGLE = "PRIMARY_SINGLE"
    SECONDARY_SINGLE = "SECONDARY_SINGLE"
    SECONDARY_HIGH = "SECONDARY_HIGH"
    SECONDARY_LOW = "SECONDARY_LOW"

DataPathAssignmentValue: TypeAlias = (
    DataPathAssignment
    | Literal[
        "PRIMARY_PVALUES", "PRIMARY_SINGLE", "SECONDARY_SINGLE", "SECONDARY_HIGH", "SECONDARY_LOW"
    ]
)

class DataPathID(StrEnum):
    """Enumerated Values of Data Path ID (0028,140E) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    PRIMARY = "PRIMARY"
    SECONDARY = "SECONDARY"

DataPathIDValue: TypeAlias = DataPathID | Literal["PRIMARY", "SECONDARY"]

class DataRepresentation(StrEnum):
    """Enumerated Values of Data Representation (0028,9108) in MR Spectroscopy Data Module Attributes (C.8-106)."""

    COMPLEX = "COMPLEX"
    "Data is complex pair"
    REAL = "REAL"
    "Data contains only real component"
    IMAGINARY = "IMAGINARY"
    "Data contains only imaginary component"
    MAGNITUDE = "MAGNITUDE"
    "Magnitude data"

DataRepresentationValue: TypeAlias = (
    DataRepresentation | Literal["COMPLEX", "REAL", "IMAGINARY", "MAGNITUDE"]
)

class DataTypeTerm(StrEnum):
    """Defined Terms of Data Type (0018,9808) in Image Data Type Macro Attributes (C.7.6.16.2.24-1)."""

    TISSUE_INTENSITY = "TISSUE_INTENSITY"
    "Tissue intensity typically displayed as grayscale (e.g., B-mode)."
    TISSUE_VELOCITY = "TISSUE_VELOCITY"
    "Velocity (Doppler shifts) of tissue."
    FLOW_VELOCITY = "FLOW_VELOCITY"
    "Velocity (Doppler shifts) of blood flow."
    FLOW_POWER = "FLOW_POWER"
    "Power contained in the Doppler signal."
    DIRECTION_POWER = "DIRECTION_POWER"
    "Directional power contained in the Doppler signal."
    FLOW_VARIANCE = "FLOW_VARIANCE"
    "Statistical variance of blood velocity relative to mean."
    ELASTICITY = "ELASTICITY"
    "Scalar value related to the elastic properties of the tissue."
    PERFUSION = "PERFUSION"
    "Scalar value related to the volume of blood perfusing into tissue."
    SOUND_SPEED = "SOUND_SPEED"
    "Speed of sound in tissue."
    ATTENUATION = "ATTENUATION"
    "Reduction in strength of ultrasound signal as the wave traverses through the medium."

class DeadTimeCorrected(StrEnum):
    """Enumerated Values of Dead Time Corrected (0018,9761) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"

DeadTimeCorrectedValue: TypeAlias = DeadTimeCorrected | Literal["YES", "NO"]

class DecayCorrected(StrEnum):
    """Enumerated Values of Decay Corrected (0018,9758) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"

DecayCorrectedValue: TypeAlias = DecayCorrected | Literal["YES", "NO"]

class DecayCorrectionTerm(StrEnum):
    """Defined Terms of Decay Correction (0054,1102) in PET Series Module Attributes (C.8-60)."""

    NONE = "NONE"
    "no decay correction"
    START = "START"
    "acquisition start time"
    ADMIN = "ADMIN"
    "radiopharmaceutical administration time"

class DecimateCropResult(StrEnum):
    """Enumerated Values of Decimate/Crop Result (2020,00A2) in Printer Configuration Module Attributes (C.13-13)."""

    DECIMATE = "DECIMATE"
    "image will be decimated to fit."
    CROP = "CROP"
    "image will be cropped to fit."
    FAIL = "FAIL"
    "N-SET of the Image Box will fail."
    DEF_DECIMATE = "DEF DECIMATE"
    "image will be decimated to fit."
    DEF_CROP = "DEF CROP"
    "image will be cropped to fit."
    DEF_FAIL = "DEF FAIL"
    "N-SET of the Image Box will fail."

DecimateCropResultValue: TypeAlias = (
    DecimateCropResult | Literal["DECIMATE", "CROP", "FAIL", "DEF DECIMATE", "DEF CROP", "DEF FAIL"]
)

class DecompositionMethodTerm(StrEnum):
    """Defined Terms of Decomposition Method (0018,937E) in Multi-energy CT Processing Macro Attributes (C.8.15.3.13-1)."""

    PROJECTION_BASED = "PROJECTION_BASED"
    "The acquired projection data was fully decomposed into basis projection data (i.e. sinograms)."
    IMAGE_BASED = "IMAGE_BASED"
    "The acquired projection data was fully reconstructed into images before being decomposed into basis image data."
    HYBRID = "HYBRID"
    "The acquired projection data was reconstructed using knowledge in both projection and image space to produce basis image data. Decomposition and image reconstruction may be performed in a one-step approach."

class Decoupling(StrEnum):
    """Enumerated Values of De-coupling (0018,9059) in MR Spectroscopy Module Attributes (C.8-102)."""

    YES = "YES"
    NO = "NO"

DecouplingValue: TypeAlias = Decoupling | Literal["YES", "NO"]

class DecouplingMethodTerm(StrEnum):
    """Defined Terms of De-coupling Method (0018,9062) in MR Spectroscopy Module Attributes (C.8-102)."""

    MLEV = "MLEV"
    WALTZ = "WALTZ"
    NARROWBAND = "NARROWBAND"

class DegreeOfFreedomType(StrEnum):
    """Enumerated Values of Degree of Freedom Type (0068,6420) in Generic Implant Template Mating Features Module Attributes (C.29.1.4-1)."""

    TRANSLATION = "TRANSLATION"
    ROTATION = "ROTATION"

DegreeOfFreedomTypeValue: TypeAlias = DegreeOfFreedomType | Literal["TRANSLATION", "ROTATION"]

class DeidentificationAction(StrEnum):
    """Enumerated Values of Deidentification Action (0008,0307) in SOP Common Module Attributes (C.12-1)."""

    D = "D"
    "replace with a non-zero length value that may be a dummy value and consistent with the VR"
    Z = "Z"
    "replace with a zero length value, or a non-zero length value that may be a dummy value and consistent with the VR"
    X = "X"
    "remove"
    U = "U"
    "replace with a non-zero length UID that is internally consistent within a set of Instance"

DeidentificationActionValue: TypeAlias = DeidentificationAction | Literal["D", "Z", "X", "U"]

class DeliveredReferenceDoseDefinitionTerm(StrEnum):
    """Defined Terms of Delivered Reference Dose Definition (300A,0511) in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    HIGHEST = "HIGHEST"
    MAXIMUM = "MAXIMUM"
    CENTER = "CENTER"

class DepthValueAveragingFlag(StrEnum):
    """Enumerated Values of Depth Value Averaging Flag (300A,0093) in RT Beams Module Attributes (C.8-50)."""

    YES = "YES"
    "The values represent average values from the current Verification Control Point to the next"
    NO = "NO"
    "The values refer to a single location"

DepthValueAveragingFlagValue: TypeAlias = DepthValueAveragingFlag | Literal["YES", "NO"]

class DetectorActiveShape(StrEnum):
    """Enumerated Values of Detector Active Shape (0018,7024) in Digital X-Ray Detector Macro Attributes (C.8-71b)."""

    RECTANGLE = "RECTANGLE"
    ROUND = "ROUND"
    HEXAGONAL = "HEXAGONAL"

DetectorActiveShapeValue: TypeAlias = (
    DetectorActiveShape | Literal["RECTANGLE", "ROUND", "HEXAGONAL"]
)

class DetectorConditionsNominalFlag(StrEnum):
    """Enumerated Values of Detector Conditions Nominal Flag (0018,7000) in Digital X-Ray Detector Macro Attributes (C.8-71b)."""

    YES = "YES"
    NO = "NO"

DetectorConditionsNominalFlagValue: TypeAlias = DetectorConditionsNominalFlag | Literal["YES", "NO"]

class DetectorConfigurationTerm(StrEnum):
    """Defined Terms of Detector Configuration (0018,7005) in Digital X-Ray Detector Macro Attributes (C.8-71b)."""

    AREA = "AREA"
    "single or tiled detector"
    SLOT = "SLOT"
    "scanned slot, slit or spot"

class DetectorGeometryTerm(StrEnum):
    """Defined Terms of Detector Geometry (0018,9725) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

    CYLINDRICAL_RING = "CYLINDRICAL_RING"
    CYL_RING_PARTIAL = "CYL_RING_PARTIAL"
    MULTIPLE_PLANAR = "MULTIPLE_PLANAR"
    MUL_PLAN_PARTIAL = "MUL_PLAN_PARTIAL"

class DetectorNormalizationCorrection(StrEnum):
    """Enumerated Values of Detector Normalization Correction (0018,9768) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"

DetectorNormalizationCorrectionValue: TypeAlias = (
    DetectorNormalizationCorrection | Literal["YES", "NO"]
)

class DetectorPositioningType(StrEnum):
    """Enumerated Values of Detector Positioning Type (3002,012F) in 3D RT Cone-Beam Imaging Geometry Macro Attributes (C.36.2.4.5-1)."""

    CENTERED = "CENTERED"
    "Full fan, detector is centered, resulting in a normal field of view."
    SHIFTED = "SHIFTED"
    "Half fan, detector is laterally shifted by half of the detector size to increase the field of view."

DetectorPositioningTypeValue: TypeAlias = DetectorPositioningType | Literal["CENTERED", "SHIFTED"]

class DetectorTypeTerm(StrEnum):
    """Defined Terms of Detector Type (0018,7004) in Digital X-Ray Detector Macro Attributes (C.8-71b)."""

    DIRECT = "DIRECT"
    "X-Ray photoconductor"
    SCINTILLATOR = "SCINTILLATOR"
    "Phosphor used"
    STORAGE = "STORAGE"
    "Storage phosphor"
    FILM = "FILM"
    "Scanned film/screen"

class DetectorTypeTermOphthalmicPhotographicParameters(StrEnum):
    """Defined Terms of Detector Type (0018,7004) in Ophthalmic Photographic Parameters Module Attributes (C.8.17.3-1)."""

    CCD = "CCD"
    "Charge Coupled Devices"
    CMOS = "CMOS"
    "Complementary Metal Oxide Semiconductor"

class DetectorTypeTermOphthalmicTomographyParameters(StrEnum):
    """Defined Terms of Detector Type (0018,7004) in Ophthalmic Tomography Parameters Module Attributes (C.8.17.9-1)."""

    CCD = "CCD"
    "Charge Coupled Device"
    CMOS = "CMOS"
    "Complementary Metal Oxide Semiconductor"
    PHOTO = "PHOTO"
    "Photodetector"
    INT = "INT"
    "Interferometer"

class DetectorTypeTermBreastTomosynthesisContributingSources(StrEnum):
    """Defined Terms of Detector Type (0018,7004) in Breast Tomosynthesis Contributing Sources Module Attributes (C.8.21.2.3-1)."""

    DIRECT = "DIRECT"
    "X-Ray photoconductor"
    SCINTILLATOR = "SCINTILLATOR"
    "Phosphor used"
    STORAGE = "STORAGE"
    "Storage phosphor"

class DeviceAlternateIdentifierTypeTerm(StrEnum):
    """Defined Terms of Device Alternate Identifier Type (3010,001C) in Device Identification Macro Attributes (10.36-1)."""

    BARCODE = "BARCODE"
    RFID = "RFID"

class DeviceDiameterUnitsTerm(StrEnum):
    """Defined Terms of Device Diameter Units (0050,0017) in Device Module Attributes (C.7-18)."""

    FR = "FR"
    "French"
    GA = "GA"
    "Gauge"
    IN = "IN"
    "Inch"
    MM = "MM"
    "Millimeter"

class DeviceMotionExecutionMode(StrEnum):
    """Enumerated Values of Device Motion Execution Mode (300A,0451) in Device Motion Control Macro Attributes (10-28)."""

    CONTINUOUS = "CONTINUOUS"
    "The device must be moved while the operator is activating one or more switches on the machine during the whole period of movement to prevent any uncontrolled movement."
    TRIGGERED = "TRIGGERED"
    "The device can be moved automatically to the desired position, triggered by a one-time command of the operator, without the need to constantly activate any switch."
    AUTOMATIC = "AUTOMATIC"
    "The device movement can be initiated and performed automatically by the device to the desired position."

DeviceMotionExecutionModeValue: TypeAlias = (
    DeviceMotionExecutionMode | Literal["CONTINUOUS", "TRIGGERED", "AUTOMATIC"]
)

class DeviceMotionObservationMode(StrEnum):
    """Enumerated Values of Device Motion Observation Mode (300A,0452) in Device Motion Control Macro Attributes (10-28)."""

    INROOM = "INROOM"
    "The movement of the device is only allowed when the operator is present in the treatment room."
    REMOTE = "REMOTE"
    "The device can be moved by a command of the operator not being present in the treatment room, that is, from a device outside the treatment room."

DeviceMotionObservationModeValue: TypeAlias = (
    DeviceMotionObservationMode | Literal["INROOM", "REMOTE"]
)

class DiffusionAnisotropyTypeTerm(StrEnum):
    """Defined Terms of Diffusion Anisotropy Type (0018,9147) in MR Diffusion Macro Attributes (C.8-96)."""

    FRACTIONAL = "FRACTIONAL"
    RELATIVE = "RELATIVE"
    VOLUME_RATIO = "VOLUME_RATIO"

class DiffusionDirectionalityTerm(StrEnum):
    """Defined Terms of Diffusion Directionality (0018,9075) in MR Diffusion Macro Attributes (C.8-96)."""

    DIRECTIONAL = "DIRECTIONAL"
    BMATRIX = "BMATRIX"
    ISOTROPIC = "ISOTROPIC"
    NONE = "NONE"
    "To be used when Frame Type (0008,9007) value 4 equals DIFFUSION_ANISO or Diffusion b-value (0018,9087) is 0 (zero)."

class DigitizingDeviceTransportDirection(StrEnum):
    """Enumerated Values of Digitizing Device Transport Direction (0018,2020) in SC Multi-frame Image Module Attributes (C.8-25b)."""

    ROW = "ROW"
    COLUMN = "COLUMN"

DigitizingDeviceTransportDirectionValue: TypeAlias = (
    DigitizingDeviceTransportDirection | Literal["ROW", "COLUMN"]
)

class DimensionOrganizationTypeTerm(StrEnum):
    """Defined Terms of Dimension Organization Type (0020,9311) in Multi-frame Dimension Module Attributes (C.7.6.17-1)."""

    V3D = "3D"
    "Spatial Multi-frame image of equally spaced parallel planes (3D volume set)"
    V3D_TEMPORAL = "3D_TEMPORAL"
    "Temporal loop of equally spaced parallel-plane 3D volume sets."
    TILED_FULL = "TILED_FULL"
    "Tiled image in which each frame represents a single tile and the positions of the tiles are implicitly defined as per Section C.7.6.17.3."
    TILED_SPARSE = "TILED_SPARSE"
    "Tiled image in which each frame represents a single tile and the positions of tiles are explicitly defined by per-frame Functional Group Macro entries."

class DimensionOrganizationType(StrEnum):
    """Enumerated Values of Dimension Organization Type (0020,9311) in Enhanced US Image Module Attributes (C.8.24.3-1)."""

    V3D = "3D"
    V3D_TEMPORAL = "3D_TEMPORAL"

DimensionOrganizationTypeValue: TypeAlias = DimensionOrganizationType | Literal["3D", "3D_TEMPORAL"]

class DimensionOrganizationTypeTermPhotoacousticImage(StrEnum):
    """Defined Terms of Dimension Organization Type (0020,9311) in Photoacoustic Image Module Attributes (C.8.34.1-1)."""

    V3D = "3D"
    "Spatial Multi-frame image of equally spaced parallel planes (3D volume set)."
    V3D_TEMPORAL = "3D_TEMPORAL"
    "Temporal loop of equally spaced parallel-plane 3D volume sets."

class DirectoryRecordType(StrEnum):
    """Enumerated Values of Directory Record Type (0004,1430) in Directory Information Module Attributes (F.3-3)."""

    PATIENT = "PATIENT"
    STUDY = "STUDY"
    SERIES = "SERIES"
    IMAGE = "IMAGE"
    RADIOTHERAPY = "RADIOTHERAPY"
    RT_DOSE = "RT DOSE"
    RT_STRUCTURE_SET = "RT STRUCTURE SET"
    RT_PLAN = "RT PLAN"
    PLAN = "PLAN"
    RT_TREAT_RECORD = "RT TREAT RECORD"
    PRESENTATION = "PRESENTATION"
    WAVEFORM = "WAVEFORM"
    SR_DOCUMENT = "SR DOCUMENT"
    KEY_OBJECT_DOC = "KEY OBJECT DOC"
    SPECTROSCOPY = "SPECTROSCOPY"
    RAW_DATA = "RAW DATA"
    REGISTRATION = "REGISTRATION"
    FIDUCIAL = "FIDUCIAL"
    HANGING_PROTOCOL = "HANGING PROTOCOL"
    ENCAP_DOC = "ENCAP DOC"
    VALUE_MAP = "VALUE MAP"
    STEREOMETRIC = "STEREOMETRIC"
    PALETTE = "PALETTE"
    IMPLANT = "IMPLANT"
    IMPLANT_GROUP = "IMPLANT GROUP"
    IMPLANT_ASSY = "IMPLANT ASSY"
    MEASUREMENT = "MEASUREMENT"
    SURFACE = "SURFACE"
    SURFACE_SCAN = "SURFACE SCAN"
    TRACT = "TRACT"
    ASSESSMENT = "ASSESSMENT"
    ANNOTATION = "ANNOTATION"
    INVENTORY = "INVENTORY"
    PRIVATE = "PRIVATE"
    "Privately defined record hierarchy position. Type shall be defined by Private Record UID (0004,1432)."

DirectoryRecordTypeValue: TypeAlias = (
    DirectoryRecordType
    | Literal[
        "PATIENT",
        "STUDY",
        "SERIES",
        "IMAGE",
        "RADIOTHERAPY",
        "RT DOSE",
        "RT STRUCTURE SET",
        "RT PLAN",
        "PLAN",
        "RT TREAT RECORD",
        "PRESENTATION",
        "WAVEFORM",
        "SR DOCUMENT",
        "KEY OBJECT DOC",
        "SPECTROSCOPY",
        "RAW DATA",
        "REGISTRATION",
        "FIDUCIAL",
        "HANGING PROTOCOL",
        "ENCAP DOC",
        "VALUE MAP",
        "STEREOMETRIC",
        "PALETTE",
        "IMPLANT",
        "IMPLANT GROUP",
        "IMPLANT ASSY",
        "MEASUREMENT",
        "SURFACE",
        "SURFACE SCAN",
        "TRACT",
        "ASSESSMENT",
        "ANNOTATION",
        "INVENTORY",
        "PRIVATE",
    ]
)

class DisplayFunctionType(StrEnum):
    """Enumerated Values of Display Function Type (0028,7019) in Target Luminance Characteristics Module Attributes (C.32.2-1)."""

    GSDF = "GSDF"
    "Grayscale Display Function; see PS3.14."
    CIELAB = "CIELAB"
    "See CIE 1976 (L*,a*,b*) and CIELab Color Space by Gernot Huffman 1948."
    GAMMA = "GAMMA"
    "Luminance has a power law response curve."
    LINEAR = "LINEAR"
    "Luminance has a linear response curve."
    LOG10 = "LOG10"
    "Luminance has a logarithmic response curve"
    SRGB = "SRGB"
    'See "A Standard Default Color Space for the Internet - sRGB" - http://www.w3.org/Graphics/Color/sRGB.'
    USER_DEFINED = "USER_DEFINED"
    "Points of the luminance curve are defined by the user."

DisplayFunctionTypeValue: TypeAlias = (
    DisplayFunctionType
    | Literal["GSDF", "CIELAB", "GAMMA", "LINEAR", "LOG10", "SRGB", "USER_DEFINED"]
)

class DisplaySetHorizontalJustification(StrEnum):
    """Enumerated Values of Display Set Horizontal Justification (0072,0717) in Structured Display Image Box Module Attributes (C.11.17-1)."""

    LEFT = "LEFT"
    CENTER = "CENTER"
    RIGHT = "RIGHT"

DisplaySetHorizontalJustificationValue: TypeAlias = (
    DisplaySetHorizontalJustification | Literal["LEFT", "CENTER", "RIGHT"]
)

class DisplaySetVerticalJustification(StrEnum):
    """Enumerated Values of Display Set Vertical Justification (0072,0718) in Structured Display Image Box Module Attributes (C.11.17-1)."""

    TOP = "TOP"
    CENTER = "CENTER"
    BOTTOM = "BOTTOM"

DisplaySetVerticalJustificationValue: TypeAlias = (
    DisplaySetVerticalJustification | Literal["TOP", "CENTER", "BOTTOM"]
)

class DisplayShadingFlag(StrEnum):
    """Enumerated Values of Display Shading Flag (003A,0246) in Waveform Module Attributes (C.10-9)."""

    NONE = "NONE"
    "no shading"
    BASELINE = "BASELINE"
    "shading between the waveform and the channel display baseline (sample value 0 equivalent location)"
    ABSOLUTE = "ABSOLUTE"
    "shading between the waveform and the channel real world actual value 0 (i.e., taking into account the Channel Baseline (003A,0213) value)"
    DIFFERENCE = "DIFFERENCE"
    "shading between the waveform and a second waveform in the Presentation Group at the same Channel Position that also has Display Shading Flag (003A,0246) value DIFFERENCE."

DisplayShadingFlagValue: TypeAlias = (
    DisplayShadingFlag | Literal["NONE", "BASELINE", "ABSOLUTE", "DIFFERENCE"]
)

class DistributionTypeTerm(StrEnum):
    """Defined Terms of Distribution Type (0012,0084) in Clinical Trial Study Module Attributes (C.7-4b)."""

    NAMED_PROTOCOL = "NAMED_PROTOCOL"
    RESTRICTED_REUSE = "RESTRICTED_REUSE"
    PUBLIC_RELEASE = "PUBLIC_RELEASE"

class DoseCalibrationConditionsVerifiedFlag(StrEnum):
    """Enumerated Values of Dose Calibration Conditions Verified Flag (300C,0123) in RT Fraction Scheme Module Attributes (C.8-49)."""

    YES = "YES"
    NO = "NO"

DoseCalibrationConditionsVerifiedFlagValue: TypeAlias = (
    DoseCalibrationConditionsVerifiedFlag | Literal["YES", "NO"]
)

class DoseReferenceStructureTypeTerm(StrEnum):
    """Defined Terms of Dose Reference Structure Type (300A,0014) in RT Prescription Module Attributes (C.8-46)."""

    POINT = "POINT"
    "dose reference point specified as ROI"
    VOLUME = "VOLUME"
    "dose reference volume specified as ROI"
    COORDINATES = "COORDINATES"
    "point specified by Dose Reference Point Coordinates (300A,0018)"
    SITE = "SITE"
    "dose reference clinical site"

class DoseReferenceTypeTerm(StrEnum):
    """Defined Terms of Dose Reference Type (300A,0020) in RT Prescription Module Attributes (C.8-46)."""

    TARGET = "TARGET"
    "treatment target (corresponding to GTV, PTV, or CTV in [ICRU Report 50])"
    ORGAN_AT_RISK = "ORGAN_AT_RISK"
    "Organ at Risk (as defined in [ICRU Report 50])"

class DoseSummationTypeTerm(StrEnum):
    """Defined Terms of Dose Summation Type (3004,000A) in RT Dose Module Attributes (C.8-39)."""

    PLAN = "PLAN"
    "dose calculated for entire delivery of all fraction groups of RT Plan"
    MULTI_PLAN = "MULTI_PLAN"
    "dose calculated for entire delivery of 2 or more RT Plans"
    PLAN_OVERVIEW = "PLAN_OVERVIEW"
    "dose calculated with respect to plan overview parameters"
    FRACTION = "FRACTION"
    "dose calculated for entire delivery of a single Fraction Group within RT Plan"
    BEAM = "BEAM"
    "dose calculated for entire delivery of one or more Beams within RT Plan"
    BRACHY = "BRACHY"
    "dose calculated for entire delivery of one or more Brachy Application Setups within RT Plan"
    FRACTION_SESSION = "FRACTION_SESSION"
    'dose calculated for a single session ("fraction") of a single Fraction Group within RT Plan'
    BEAM_SESSION = "BEAM_SESSION"
    'dose calculated for a single session ("fraction") of one or more Beams within RT Plan'
    BRACHY_SESSION = "BRACHY_SESSION"
    'dose calculated for a single session ("fraction") of one or more Brachy Application Setups within RT Plan'
    CONTROL_POINT = "CONTROL_POINT"
    "dose calculated for one or more Control Points within a Beam for a single fraction"
    RECORD = "RECORD"
    "dose calculated for RT Beams Treatment Record"

class DoseTypeTerm(StrEnum):
    """Defined Terms of Dose Type (3004,0004) in RT Dose Module Attributes (C.8-39)."""

    PHYSICAL = "PHYSICAL"
    "physical dose"
    EFFECTIVE = "EFFECTIVE"
    "physical dose after correction for biological effect using user-defined modeling technique"
    ERROR = "ERROR"
    "difference between desired and planned dose"

class DoseUnits(StrEnum):
    """Enumerated Values of Dose Units (3004,0002) in RT Dose Module Attributes (C.8-39)."""

    GY = "GY"
    "Gray"
    RELATIVE = "RELATIVE"
    "dose relative to implicit reference value"

DoseUnitsValue: TypeAlias = DoseUnits | Literal["GY", "RELATIVE"]

class DoseValueInterpretation(StrEnum):
    """Enumerated Values of Dose Value Interpretation (300A,068B) in RT Prescription Module Attributes (C.8-46)."""

    NOMINAL = "NOMINAL"
    ACTUAL = "ACTUAL"

DoseValueInterpretationValue: TypeAlias = DoseValueInterpretation | Literal["NOMINAL", "ACTUAL"]

class DosimetricObjectiveEvaluationScope(StrEnum):
    """Enumerated Values of Dosimetric Objective Evaluation Scope (3010,0063) in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    CURRENT = "CURRENT"
    "The Dosimetric Objective applies to the referencing prescriptions."
    LIFETIME = "LIFETIME"
    "The Dosimetric Objective applies to the referencing prescriptions and accumulated lifetime dose."

DosimetricObjectiveEvaluationScopeValue: TypeAlias = (
    DosimetricObjectiveEvaluationScope | Literal["CURRENT", "LIFETIME"]
)

class DosimetricObjectivePurpose(StrEnum):
    """Enumerated Values of Dosimetric Objective Purpose (3010,0075) in Dosimetric Objective Macro Attributes (C.36.2.1.4-1)."""

    OPTIMIZATION = "OPTIMIZATION"
    "Used as an input to the optimization process."
    EVALUATION = "EVALUATION"
    "Used as a tool for evaluation."
    BOTH = "BOTH"
    "Used as both an input to the optimization process and for evaluation."

DosimetricObjectivePurposeValue: TypeAlias = (
    DosimetricObjectivePurpose | Literal["OPTIMIZATION", "EVALUATION", "BOTH"]
)

class DoubleExposureFlag(StrEnum):
    """Enumerated Values of Double Exposure Flag (0074,1034) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    SINGLE = "SINGLE"
    "single exposure"
    DOUBLE = "DOUBLE"
    "double exposure"

DoubleExposureFlagValue: TypeAlias = DoubleExposureFlag | Literal["SINGLE", "DOUBLE"]

class DoubleExposureOrderingTerm(StrEnum):
    """Defined Terms of Double Exposure Ordering (0074,1036) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    OPEN_FIRST = "OPEN_FIRST"
    "Open field first"
    OPEN_SECOND = "OPEN_SECOND"
    "Open field second"

class DVHType(StrEnum):
    """Enumerated Values of DVH Type (3004,0001) in RT DVH Module Attributes (C.8-40)."""

    DIFFERENTIAL = "DIFFERENTIAL"
    "differential dose-volume histogram"
    CUMULATIVE = "CUMULATIVE"
    "cumulative dose-volume histogram"
    NATURAL = "NATURAL"
    "natural dose volume histogram"

DVHTypeValue: TypeAlias = DVHType | Literal["DIFFERENTIAL", "CUMULATIVE", "NATURAL"]

class DVHVolumeUnitsTerm(StrEnum):
    """Defined Terms of DVH Volume Units (3004,0054) in RT DVH Module Attributes (C.8-40)."""

    CM3 = "CM3"
    "cubic centimeters"
    PERCENT = "PERCENT"
    "percent"
    PER_U = "PER_U"
    "volume per u with u(dose)=dose-3/2. See Section C.8.8.4.3."

class DVHROIContributionType(StrEnum):
    """Enumerated Values of DVH ROI Contribution Type (3004,0062) in RT DVH Module Attributes (C.8-40)."""

    INCLUDED = "INCLUDED"
    EXCLUDED = "EXCLUDED"

DVHROIContributionTypeValue: TypeAlias = DVHROIContributionType | Literal["INCLUDED", "EXCLUDED"]

class EchoPlanarPulseSequence(StrEnum):
    """Enumerated Values of Echo Planar Pulse Sequence (0018,9018) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"

EchoPlanarPulseSequenceValue: TypeAlias = EchoPlanarPulseSequence | Literal["YES", "NO"]

class EchoPulseSequence(StrEnum):
    """Enumerated Values of Echo Pulse Sequence (0018,9008) in MR Pulse Sequence Module Attributes (C.8-87)."""

    SPIN = "SPIN"
    GRADIENT = "GRADIENT"
    BOTH = "BOTH"

EchoPulseSequenceValue: TypeAlias = EchoPulseSequence | Literal["SPIN", "GRADIENT", "BOTH"]

class EmptyImageDensityTerm(StrEnum):
    """Defined Terms of Empty Image Density (2010,0110) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    BLACK = "BLACK"
    WHITE = "WHITE"

class EndingRespiratoryPhase(StrEnum):
    """Enumerated Values of Ending Respiratory Phase (0020,9249) in Respiratory Synchronization Macro Attributes (C.7.6.16-18)."""

    INSPIRATION = "INSPIRATION"
    MAXIMUM = "MAXIMUM"
    EXPIRATION = "EXPIRATION"
    MINIMUM = "MINIMUM"

EndingRespiratoryPhaseValue: TypeAlias = (
    EndingRespiratoryPhase | Literal["INSPIRATION", "MAXIMUM", "EXPIRATION", "MINIMUM"]
)

class EnhancedRTBeamLimitingDeviceDefinitionFlag(StrEnum):
    """Enumerated Values of Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) in RT Image Module Attributes (C.8-38)."""

    YES = "YES"
    NO = "NO"

EnhancedRTBeamLimitingDeviceDefinitionFlagValue: TypeAlias = (
    EnhancedRTBeamLimitingDeviceDefinitionFlag | Literal["YES", "NO"]
)

class EntranceDoseDerivation(StrEnum):
    """Enumerated Values of Entrance Dose Derivation (0040,8303) in Breast X-Ray Acquisition Dose Macro Attributes (C.8.31.5-1)."""

    IAK = "IAK"
    "Represents air kerma at the entrance surface, no backscatter included, no air kerma to tissue dose conversion applied."
    ESAK = "ESAK"
    "Represents air kerma at the entrance surface, with backscatter included, no air kerma to tissue dose conversion applied."
    ESDBS = "ESDBS"
    "Represents absorbed dose in tissue at the entrance surface, with backscatter included."
    ESDNOBS = "ESDNOBS"
    "Represents absorbed dose in tissue at the entrance surface, without backscatter included."

EntranceDoseDerivationValue: TypeAlias = (
    EntranceDoseDerivation | Literal["IAK", "ESAK", "ESDBS", "ESDNOBS"]
)

class EquipmentCoordinateSystemIdentificationTerm(StrEnum):
    """Defined Terms of Equipment Coordinate System Identification (0028,9537) in Image - Equipment Coordinate Relationship Module Attributes (C.7.6.21-1)."""

    ISOCENTER = "ISOCENTER"

class EquipmentModalityTerm(StrEnum):
    """Defined Terms of Equipment Modality (0008,0221) in Equipment Specification Module Attributes (C.34.6-1)."""

    ANN = "ANN"
    "Annotation"
    AR = "AR"
    "Autorefraction"
    ASMT = "ASMT"
    "Content Assessment Results"
    AU = "AU"
    "Audio"
    BDUS = "BDUS"
    "Bone Densitometry (ultrasound)"
    BI = "BI"
    "Biomagnetic imaging"
    BMD = "BMD"
    "Bone Densitometry (X-Ray)"
    CFM = "CFM"
    "Confocal Microscopy"
    CR = "CR"
    "Computed Radiography"
    CT = "CT"
    "Computed Tomography"
    CTPROTOCOL = "CTPROTOCOL"
    "CT Protocol (Performed)"
    DMS = "DMS"
    "Dermoscopy"
    DG = "DG"
    "Diaphanography"
    DOC = "DOC"
    "Document"
    DX = "DX"
    "Digital Radiography"
    ECG = "ECG"
    "Electrocardiography"
    EEG = "EEG"
    "Electroencephalography"
    EMG = "EMG"
    "Electromyography"
    EOG = "EOG"
    "Electrooculography"
    EPS = "EPS"
    "Cardiac Electrophysiology"
    ES = "ES"
    "Endoscopy"
    FID = "FID"
    "Fiducials"
    GM = "GM"
    "General Microscopy"
    HC = "HC"
    "Hard Copy"
    HD = "HD"
    "Hemodynamic Waveform"
    IO = "IO"
    "Intra-Oral Radiography"
    IOL = "IOL"
    "Intraocular Lens Data"
    IVOCT = "IVOCT"
    "Intravascular Optical Coherence Tomography"
    IVUS = "IVUS"
    "Intravascular Ultrasound"
    KER = "KER"
    "Keratometry"
    KO = "KO"
    "Key Object Selection"
    LEN = "LEN"
    "Lensometry"
    LS = "LS"
    "Laser surface scan"
    MG = "MG"
    "Mammography"
    MR = "MR"
    "Magnetic Resonance"
    M3D = "M3D"
    "Model for 3D Manufacturing"
    NM = "NM"
    "Nuclear Medicine"
    OAM = "OAM"
    "Ophthalmic Axial Measurements"
    OCT = "OCT"
    "Optical Coherence Tomography (non-Ophthalmic)"
    OP = "OP"
    "Ophthalmic Photography"
    OPM = "OPM"
    "Ophthalmic Mapping"
    OPT = "OPT"
    "Ophthalmic Tomography"
    OPTBSV = "OPTBSV"
    "Ophthalmic Tomography B-scan Volume Analysis"
    OPTENF = "OPTENF"
    "Ophthalmic Tomography En Face"
    OPV = "OPV"
    "Ophthalmic Visual Field"
    OSS = "OSS"
    "Optical Surface Scan"
    OT = "OT"
    "Other"
    PA = "PA"
    "Photoacoustic"
    PLAN = "PLAN"
    'Plan The term "PLAN" denotes Series describing planned activities. It is not be confused with radiotherapy treatment plans.'
    POS = "POS"
    "Position Sensor"
    PR = "PR"
    "Presentation State"
    PT = "PT"
    "Positron emission tomography (PET)"
    PX = "PX"
    "Panoramic X-Ray"
    REG = "REG"
    "Registration"
    RESP = "RESP"
    "Respiratory Waveform"
    RF = "RF"
    "Radio Fluoroscopy"
    RG = "RG"
    "Radiographic imaging (conventional film/screen)"
    RTDOSE = "RTDOSE"
    "Radiotherapy Dose"
    RTIMAGE = "RTIMAGE"
    "Radiotherapy Image"
    RTINTENT = "RTINTENT"
    "Radiotherapy Intent"
    RTPLAN = "RTPLAN"
    "Radiotherapy Plan"
    RTRAD = "RTRAD"
    "RT Radiation"
    RTRECORD = "RTRECORD"
    "RT Treatment Record"
    RTSEGANN = "RTSEGANN"
    "Radiotherapy Segment Annotation"
    RTSTRUCT = "RTSTRUCT"
    "Radiotherapy Structure Set"
    RWV = "RWV"
    "Real World Value Map"
    SEG = "SEG"
    "Segmentation"
    SM = "SM"
    "Slide Microscopy"
    SMR = "SMR"
    "Stereometric Relationship"
    SR = "SR"
    "SR Document"
    SRF = "SRF"
    "Subjective Refraction"
    STAIN = "STAIN"
    "Automated Slide Stainer"
    TEXTUREMAP = "TEXTUREMAP"
    "Texture Map"
    TG = "TG"
    "Thermography"
    US = "US"
    "Ultrasound"
    VA = "VA"
    "Visual Acuity"
    XA = "XA"
    "X-Ray Angiography"
    XAPROTOCOL = "XAPROTOCOL"
    "XA Protocol (Performed)"
    XC = "XC"
    "External-camera Photography"
    AS = "AS"
    "Angioscopy"
    CD = "CD"
    "Color flow Doppler"
    CF = "CF"
    "Cinefluorography"
    CP = "CP"
    "Culposcopy"
    CS = "CS"
    "Cystoscopy"
    DD = "DD"
    "Duplex Doppler"
    DF = "DF"
    "Digital fluoroscopy"
    DM = "DM"
    "Digital microscopy"
    DS = "DS"
    "Digital Subtraction Angiography"
    EC = "EC"
    "Echocardiography"
    FA = "FA"
    "Fluorescein angiography"
    FS = "FS"
    "Fundoscopy"
    LP = "LP"
    "Laparoscopy"
    MA = "MA"
    "Magnetic resonance angiography"
    MS = "MS"
    "Magnetic resonance spectroscopy"
    OPR = "OPR"
    "Ophthalmic Refraction"
    ST = "ST"
    "Single-photon emission computed tomography (SPECT)"
    VF = "VF"
    "Videofluorography"

class ExcessiveFalseNegatives(StrEnum):
    """Enumerated Values of Excessive False Negatives (0024,0052) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"

ExcessiveFalseNegativesValue: TypeAlias = ExcessiveFalseNegatives | Literal["YES", "NO"]

class ExcessiveFalseNegativesDataFlag(StrEnum):
    """Enumerated Values of Excessive False Negatives Data Flag (0024,0051) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"

ExcessiveFalseNegativesDataFlagValue: TypeAlias = (
    ExcessiveFalseNegativesDataFlag | Literal["YES", "NO"]
)

class ExcessiveFalsePositives(StrEnum):
    """Enumerated Values of Excessive False Positives (0024,0062) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"

ExcessiveFalsePositivesValue: TypeAlias = ExcessiveFalsePositives | Literal["YES", "NO"]

class ExcessiveFalsePositivesDataFlag(StrEnum):
    """Enumerated Values of Excessive False Positives Data Flag (0024,0061) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"

ExcessiveFalsePositivesDataFlagValue: TypeAlias = (
    ExcessiveFalsePositivesDataFlag | Literal["YES", "NO"]
)

class ExcessiveFixationLosses(StrEnum):
    """Enumerated Values of Excessive Fixation Losses (0024,0040) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"

ExcessiveFixationLossesValue: TypeAlias = ExcessiveFixationLosses | Literal["YES", "NO"]

class ExcessiveFixationLossesDataFlag(StrEnum):
    """Enumerated Values of Excessive Fixation Losses Data Flag (0024,0039) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"

ExcessiveFixationLossesDataFlagValue: TypeAlias = (
    ExcessiveFixationLossesDataFlag | Literal["YES", "NO"]
)

class ExclusiveComponentTypeTerm(StrEnum):
    """Defined Terms of Exclusive Component Type (0076,0036) in Implant Assembly Template Module Attributes (C.29.2-1)."""

    YES = "YES"
    NO = "NO"

class ExecutionStatus(StrEnum):
    """Enumerated Values of Execution Status (2100,0020) in Print Job Module Attributes (C.13-8)."""

    PENDING = "PENDING"
    PRINTING = "PRINTING"
    DONE = "DONE"
    FAILURE = "FAILURE"

ExecutionStatusValue: TypeAlias = (
    ExecutionStatus | Literal["PENDING", "PRINTING", "DONE", "FAILURE"]
)

class ExecutionStatusMediaCreationManagement(StrEnum):
    """Enumerated Values of Execution Status (2100,0020) in Media Creation Management Module Attributes (C.22.1-1)."""

    IDLE = "IDLE"
    "The SCP has created the media creation management Instance, but it has not been yet scheduled."
    PENDING = "PENDING"
    "This media creation management Instance is still scheduled for processing"
    CREATING = "CREATING"
    "This media creation management Instance is being processed"
    DONE = "DONE"
    "This media creation management Instance has been successfully processed"
    FAILURE = "FAILURE"
    "This media creation management Instance failed to be processed"

ExecutionStatusMediaCreationManagementValue: TypeAlias = (
    ExecutionStatusMediaCreationManagement
    | Literal["IDLE", "PENDING", "CREATING", "DONE", "FAILURE"]
)

class ExecutionStatusInfoTerm(StrEnum):
    """Defined Terms of Execution Status Info (2100,0030) in Print Job Module Attributes (C.13-8)."""

    NORMAL = "NORMAL"
    INVALID_PAGE_DES = "INVALID PAGE DES"
    "The specified page layout cannot be printed or other page description errors have been detected."
    INSUFFIC_MEMORY = "INSUFFIC MEMORY"
    "There is not enough memory available to complete this job."
    BAD_RECEIVE_MGZ = "BAD RECEIVE MGZ"
    "There is a problem with the film receive magazine. Films from the printer cannot be transported into the magazine."
    BAD_SUPPLY_MGZ = "BAD SUPPLY MGZ"
    "There is a problem with a film supply magazine. Films from this magazine cannot be transported into the printer."
    CALIBRATING = "CALIBRATING"
    "Printer is performing self calibration, it is expected to be available for normal operation shortly."
    CALIBRATION_ERR = "CALIBRATION ERR"
    "An error in the printer calibration has been detected, quality of processed films may not be optimal."
    CHECK_CHEMISTRY = "CHECK CHEMISTRY"
    "A problem with the processor chemicals has been detected, quality of processed films may not be optimal."
    CHECK_SORTER = "CHECK SORTER"
    "There is an error in the film sorter."
    CHEMICALS_EMPTY = "CHEMICALS EMPTY"
    "There are no processing chemicals in the processor, films will not be printed and processed until the processor is back to normal."
    CHEMICALS_LOW = "CHEMICALS LOW"
    "The chemical level in the processor is low, if not corrected, it will probably shut down soon."
    COVER_OPEN = "COVER OPEN"
    "One or more printer or processor covers, drawers, doors are open."
    ELEC_CONFIG_ERR = "ELEC CONFIG ERR"
    "Printer configured improperly for this job."
    ELEC_DOWN = "ELEC DOWN"
    "Printer is not operating due to some unspecified electrical hardware problem."
    ELEC_SW_ERROR = "ELEC SW ERROR"
    "Printer not operating for some unspecified software error."
    EMPTY_8X10 = "EMPTY 8X10"
    "The 8x10 inch film supply magazine is empty."
    EMPTY_8X10_BLUE = "EMPTY 8X10 BLUE"
    "The 8x10 inch blue film supply magazine is empty."
    EMPTY_8X10_CLR = "EMPTY 8X10 CLR"
    "The 8x10 inch clear film supply magazine is empty."
    EMPTY_8X10_PAPR = "EMPTY 8X10 PAPR"
    "The 8x10 inch paper supply magazine is empty."
    EMPTY_10X12 = "EMPTY 10X12"
    "The 10x12 inch film supply magazine is empty."
    EMPTY_10X12_BLUE = "EMPTY 10X12 BLUE"
    "The 10x12 inch blue film supply magazine is empty."
    EMPTY_10X12_CLR = "EMPTY 10X12 CLR"
    "The 10x12 inch clear film supply magazine is empty."
    EMPTY_10X12_PAPR = "EMPTY 10X12 PAPR"
    "The 10x12 inch paper supply magazine is empty."
    EMPTY_10X14 = "EMPTY 10X14"
    "The 10x14 inch film supply magazine is empty."
    EMPTY_10X14_BLUE = "EMPTY 10X14 BLUE"
    "The 10x14 inch blue film supply magazine is empty."
    EMPTY_10X14_CLR = "EMPTY 10X14 CLR"
    "The 10x14 inch clear film supply magazine is empty."
    EMPTY_10X14_PAPR = "EMPTY 10X14 PAPR"
    "The 10x14 inch paper supply magazine is empty."
    EMPTY_11X14 = "EMPTY 11X14"
    "The 11x14 inch film supply magazine is empty."
    EMPTY_11X14_BLUE = "EMPTY 11X14 BLUE"
    "The 11x14 inch blue film supply magazine is empty."
    EMPTY_11X14_CLR = "EMPTY 11X14 CLR"
    "The 11x14 inch clear film supply magazine is empty."
    EMPTY_11X14_PAPR = "EMPTY 11X14 PAPR"
    "The 11x14 inch paper supply magazine is empty."
    EMPTY_14X14 = "EMPTY 14X14"
    "The 14x14 inch film supply magazine is empty."
    EMPTY_14X14_BLUE = "EMPTY 14X14 BLUE"
    "The 14x14 inch blue film supply magazine is empty."
    EMPTY_14X14_CLR = "EMPTY 14X14 CLR"
    "The 14x14 inch clear film supply magazine is empty."
    EMPTY_14X14_PAPR = "EMPTY 14X14 PAPR"
    "The 14x14 inch paper supply magazine is empty."
    EMPTY_14X17 = "EMPTY 14X17"
    "The 14x17 inch film supply magazine is empty."
    EMPTY_14X17_BLUE = "EMPTY 14X17 BLUE"
    "The 14x17 inch blue film supply magazine is empty."
    EMPTY_14X17_CLR = "EMPTY 14X17 CLR"
    "The 14x17 inch clear film supply magazine is empty."
    EMPTY_14X17_PAPR = "EMPTY 14X17 PAPR"
    "The 14x17 inch paper supply magazine is empty."
    EMPTY_24X24 = "EMPTY 24X24"
    "The 24x24 cm film supply magazine is empty."
    EMPTY_24X24_BLUE = "EMPTY 24X24 BLUE"
    "The 24x24 cm blue film supply magazine is empty."
    EMPTY_24X24_CLR = "EMPTY 24X24 CLR"
    "The 24x24 cm clear film supply magazine is empty."
    EMPTY_24X24_PAPR = "EMPTY 24X24 PAPR"
    "The 24x24 cm paper supply magazine is empty."
    EMPTY_24X30 = "EMPTY 24X30"
    "The 24x30 cm film supply magazine is empty."
    EMPTY_24X30_BLUE = "EMPTY 24X30 BLUE"
    "The 24x30 cm blue film supply magazine is empty."
    EMPTY_24X30_CLR = "EMPTY 24X30 CLR"
    "The 24x30 cm clear film supply magazine is empty."
    EMPTY_24X30_PAPR = "EMPTY 24X30 PAPR"
    "The 24x30 cm paper supply magazine is empty."
    EMPTY_A4_PAPR = "EMPTY A4 PAPR"
    "The A4 paper supply magazine is empty."
    EMPTY_A4_TRANS = "EMPTY A4 TRANS"
    "The A4 transparency supply magazine is empty."
    EXPOSURE_FAILURE = "EXPOSURE FAILURE"
    "The exposure device has failed due to some unspecified reason."
    FILM_JAM = "FILM JAM"
    "A film transport error has occurred and a film is jammed in the printer or processor."
    FILM_TRANSP_ERR = "FILM TRANSP ERR"
    "There is a malfunction with the film transport, there may or may not be a film jam."
    FINISHER_EMPTY = "FINISHER EMPTY"
    "The finisher is empty."
    FINISHER_ERROR = "FINISHER ERROR"
    "The finisher is not operating due to some unspecified reason."
    FINISHER_LOW = "FINISHER LOW"
    "The finisher is low on supplies."
    LOW_8X10 = "LOW 8X10"
    "The 8x10 inch film supply magazine is low."
    LOW_8X10_BLUE = "LOW 8X10 BLUE"
    "The 8x10 inch blue film supply magazine is low."
    LOW_8X10_CLR = "LOW 8X10 CLR"
    "The 8x10 inch clear film supply magazine is low."
    LOW_8X10_PAPR = "LOW 8X10 PAPR"
    "The 8x10 inch paper supply magazine is low."
    LOW_10X12 = "LOW 10X12"
    "The 10x12 inch film supply magazine is low."
    LOW_10X12_BLUE = "LOW 10X12 BLUE"
    "The 10x12 inch blue film supply magazine is low."
    LOW_10X12_CLR = "LOW 10X12 CLR"
    "The 10x12 inch clear film supply magazine is low."
    LOW_10X12_PAPR = "LOW 10X12 PAPR"
    "The 10x12 inch paper supply magazine is low."
    LOW_10X14 = "LOW 10X14"
    "The 10x14 inch film supply magazine is low."
    LOW_10X14_BLUE = "LOW 10X14 BLUE"
    "The 10x14 inch blue film supply magazine is low."
    LOW_10X14_CLR = "LOW 10X14 CLR"
    "The 10x14 inch clear film supply magazine is low."
    LOW_10X14_PAPR = "LOW 10X14 PAPR"
    "The 10x14 inch paper supply magazine is low."
    LOW_11X14 = "LOW 11X14"
    "The 11x14 inch film supply magazine is low."
    LOW_11X14_BLUE = "LOW 11X14 BLUE"
    "The 11x14 inch blue film supply magazine is low."
    LOW_11X14_CLR = "LOW 11X14 CLR"
    "The 11x14 inch clear film supply magazine is low."
    LOW_11X14_PAPR = "LOW 11X14 PAPR"
    "The 11x14 inch paper supply magazine is low."
    LOW_14X14 = "LOW 14X14"
    "The 14x14 inch film supply magazine is low."
    LOW_14X14_BLUE = "LOW 14X14 BLUE"
    "The 14x14 inch blue film supply magazine is low."
    LOW_14X14_CLR = "LOW 14X14 CLR"
    "The 14x14 inch clear film supply magazine is low."
    LOW_14X14_PAPR = "LOW 14X14 PAPR"
    "The 14x14 inch paper supply magazine is low."
    LOW_14X17 = "LOW 14X17"
    "The 14x17 inch film supply magazine is low."
    LOW_14X17_BLUE = "LOW 14X17 BLUE"
    "The 14x17 inch blue film supply magazine is low."
    LOW_14X17_CLR = "LOW 14X17 CLR"
    "The 14x17 inch clear film supply magazine is low."
    LOW_14X17_PAPR = "LOW 14X17 PAPR"
    "The 14x17 inch paper supply magazine is low."
    LOW_24X24 = "LOW 24X24"
    "The 24x24 cm film supply magazine is low."
    LOW_24X24_BLUE = "LOW 24X24 BLUE"
    "The 24x24 cm blue film supply magazine is low."
    LOW_24X24_CLR = "LOW 24X24 CLR"
    "The 24x24 cm clear film supply magazine is low."
    LOW_24X24_PAPR = "LOW 24X24 PAPR"
    "The 24x24 cm paper supply magazine is low."
    LOW_24X30 = "LOW 24X30"
    "The 24x30 cm film supply magazine is low."
    LOW_24X30_BLUE = "LOW 24X30 BLUE"
    "The 24x30 cm blue film supply magazine is low."
    LOW_24X30_CLR = "LOW 24X30 CLR"
    "The 24x30 cm clear film supply magazine is low."
    LOW_24X30_PAPR = "LOW 24X30 PAPR"
    "The 24x30 cm paper supply magazine is low."
    LOW_A4_PAPR = "LOW A4 PAPR"
    "The A4 paper supply magazine is low."
    LOW_A4_TRANS = "LOW A4 TRANS"
    "The A4 transparency supply magazine is low."
    NO_RECEIVE_MGZ = "NO RECEIVE MGZ"
    "The film receive magazine not available."
    NO_RIBBON = "NO RIBBON"
    "The ribbon cartridge needs to be replaced."
    NO_SUPPLY_MGZ = "NO SUPPLY MGZ"
    "The film supply magazine specified for this job is not available."
    CHECK_PRINTER = "CHECK PRINTER"
    "The printer is not ready at this time, operator intervention is required to make the printer available."
    CHECK_PROC = "CHECK PROC"
    "The processor is not ready at this time, operator intervention is required to make the printer available."
    PRINTER_DOWN = "PRINTER DOWN"
    "The printer is not operating due to some unspecified reason."
    PRINTER_BUSY = "PRINTER BUSY"
    "Printer is not available at this time, but should become ready without user intervention. This is to handle non-initialization instances."
    PRINT_BUFF_FULL = "PRINT BUFF FULL"
    "The Printer 's buffer capacity is full. The printer is unable to accept new images in this state. The printer will correct this without user intervention. The SCU should retry later."
    PRINTER_INIT = "PRINTER INIT"
    "The printer is not ready at this time, it is expected to become available without intervention. For example, it may be in a normal warm-up state."
    PRINTER_OFFLINE = "PRINTER OFFLINE"
    "The printer has been disabled by an operator or service person."
    PROC_DOWN = "PROC DOWN"
    "The processor is not operating due to some unspecified reason."
    PROC_INIT = "PROC INIT"
    "The processor is not ready at this time, it is expected to become available without intervention. For example, it may be in a normal warm-up state."
    PROC_OVERFLOW_FL = "PROC OVERFLOW FL"
    "Processor chemicals are approaching the overflow full mark."
    PROC_OVERFLOW_HI = "PROC OVERFLOW HI"
    "Processor chemicals have reached the overflow full mark."
    QUEUED = "QUEUED"
    "Print Job in Queue."
    RECEIVER_FULL = "RECEIVER FULL"
    "The Film receive magazine is full."
    REQ_MED_NOT_INST = "REQ MED NOT INST"
    "The requested film, paper, or other media supply magazine is installed in the printer, but may be available with operator intervention."
    REQ_MED_NOT_AVAI = "REQ MED NOT AVAI"
    "The requested film, paper, or other media requested is not available on this printer."
    RIBBON_ERROR = "RIBBON ERROR"
    "There is an unspecified problem with the print ribbon."
    SUPPLY_EMPTY = "SUPPLY EMPTY"
    "The printer is out of film."
    SUPPLY_LOW = "SUPPLY LOW"
    "The film supply is low."
    UNKNOWN = "UNKNOWN"
    "There is an unspecified problem."

class ExecutionStatusInfoTermMediaCreationManagement(StrEnum):
    """Defined Terms of Execution Status Info (2100,0030) in Media Creation Management Module Attributes (C.22.1-1)."""

    NORMAL = "NORMAL"
    CHECK_MCD_OP = "CHECK_MCD_OP"
    "The media creation request could not be accomplished since the device is not ready at this time and needs to be checked by an operator (e.g., covers/doors opened or device jammed)"
    CHECK_MCD_SRV = "CHECK_MCD_SRV"
    "The media creation request could not be accomplished since the device is not ready at this time and needs to be checked by a vendor service engineer (e.g., internal component failure)"
    DIR_PROC_ERR = "DIR_PROC_ERR"
    "The DICOMDIR building process failed for some unspecified reason (e.g., mandatory Attributes or values missing)"
    DUPL_REF_INST = "DUPL_REF_INST"
    "Duplicated Instances in the Referenced SOP Sequence (0008,1199)"
    INST_AP_CONFLICT = "INST_AP_CONFLICT"
    "One or more of the elements in the Referenced SOP Sequence (0008,1199) are in conflict (e.g., the SOP Class specified is not consistent with the requested Application Profile)"
    INST_OVERSIZED = "INST_OVERSIZED"
    "A single Instance size exceeds the actual media capacity"
    INSUFFIC_MEMORY = "INSUFFIC_MEMORY"
    "There is not enough memory available to complete this request"
    MCD_BUSY = "MCD_BUSY"
    "Media creation device is not available at this time, but should become ready without user intervention (e.g the media creation device's buffer capacity is full); the SCU should retry later"
    MCD_FAILURE = "MCD_FAILURE"
    "Media creation device fails to operate; this may depend on permanent or transient hardware failures (e.g robot arm broken, DVD writer failed) or because it has been disabled by an operator"
    NO_INSTANCE = "NO_INSTANCE"
    "One or more of the SOP Instances in the Referenced SOP Sequence (0008,1199) are not available"
    NOT_SUPPORTED = "NOT_SUPPORTED"
    "One or more of the Application Profiles, and/or SOP Classes, referenced in the Referenced SOP Sequence (0008,1199) are not supported by the SCP"
    OUT_OF_SUPPLIES = "OUT_OF_SUPPLIES"
    "No more supplies (e.g., blank media, labeling ink) are available for the media creation device; operator intervention is required to replenish the supply"
    PROC_FAILURE = "PROC_FAILURE"
    "A general processing failure was encountered"
    QUEUED = "QUEUED"
    "This Media Creation Management Instance is still in queue"
    SET_OVERSIZED = "SET_OVERSIZED"
    "The file-set size exceeds the actual media capacity, and the device is not capable of splitting across multiple pieces of media"
    UNKNOWN = "UNKNOWN"
    "There is an unspecified problem"

class ExposureControlModeTerm(StrEnum):
    """Defined Terms of Exposure Control Mode (0018,7060) in X-Ray Generation Module Attributes (C.8-34)."""

    MANUAL = "MANUAL"
    AUTOMATIC = "AUTOMATIC"

class ExposureControlModeTermEnhancedMammographyImage(StrEnum):
    """Defined Terms of Exposure Control Mode (0018,7060) in Enhanced Mammography Image Module Attributes (C.8.31-1)."""

    AUTOMATIC = "AUTOMATIC"
    MANUAL = "MANUAL"

class ExposureControlSensingRegionShape(StrEnum):
    """Enumerated Values of Exposure Control Sensing Region Shape (0018,9435) in X-Ray Exposure Control Sensing Regions Macro Attributes (C.8.19.6-3)."""

    RECTANGULAR = "RECTANGULAR"
    CIRCULAR = "CIRCULAR"
    POLYGONAL = "POLYGONAL"

ExposureControlSensingRegionShapeValue: TypeAlias = (
    ExposureControlSensingRegionShape | Literal["RECTANGULAR", "CIRCULAR", "POLYGONAL"]
)

class ExposureStatusTerm(StrEnum):
    """Defined Terms of Exposure Status (0018,7064) in X-Ray Generation Module Attributes (C.8-34)."""

    NORMAL = "NORMAL"
    ABORTED = "ABORTED"

class ExtendedDepthOfField(StrEnum):
    """Enumerated Values of Extended Depth of Field (0048,0012) in Whole Slide Microscopy Image Module Attributes (C.8.12.4-1)."""

    YES = "YES"
    NO = "NO"

ExtendedDepthOfFieldValue: TypeAlias = ExtendedDepthOfField | Literal["YES", "NO"]

class FalseNegativesEstimateFlag(StrEnum):
    """Enumerated Values of False Negatives Estimate Flag (0024,0045) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"

FalseNegativesEstimateFlagValue: TypeAlias = FalseNegativesEstimateFlag | Literal["YES", "NO"]

class FalsePositivesEstimateFlag(StrEnum):
    """Enumerated Values of False Positives Estimate Flag (0024,0053) in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    YES = "YES"
    NO = "NO"

FalsePositivesEstimateFlagValue: TypeAlias = FalsePositivesEstimateFlag | Literal["YES", "NO"]

class FieldOfViewHorizontalFlip(StrEnum):
    """Enumerated Values of Field of View Horizontal Flip (0018,7034) in X-Ray Field of View Macro Attributes (C.8.19.6-2)."""

    NO = "NO"
    YES = "YES"

FieldOfViewHorizontalFlipValue: TypeAlias = FieldOfViewHorizontalFlip | Literal["NO", "YES"]

class FieldOfViewHorizontalFlipDXDetector(StrEnum):
    """Enumerated Values of Field of View Horizontal Flip (0018,7034) in DX Detector Module Attributes (C.8-71)."""

    YES = "YES"
    NO = "NO"

FieldOfViewHorizontalFlipDXDetectorValue: TypeAlias = (
    FieldOfViewHorizontalFlipDXDetector | Literal["YES", "NO"]
)

class FieldOfViewShape(StrEnum):
    """Enumerated Values of Field of View Shape (0018,1147) in X-Ray Field of View Macro Attributes (C.8.19.6-2)."""

    RECTANGLE = "RECTANGLE"
    ROUND = "ROUND"
    HEXAGONAL = "HEXAGONAL"

FieldOfViewShapeValue: TypeAlias = FieldOfViewShape | Literal["RECTANGLE", "ROUND", "HEXAGONAL"]

class FieldOfViewShapeTerm(StrEnum):
    """Defined Terms of Field of View Shape (0018,1147) in NM Detector Module Attributes (C.8-11)."""

    RECTANGLE = "RECTANGLE"
    ROUND = "ROUND"
    HEXAGONAL = "HEXAGONAL"

class FieldOfViewShapeTermXRayAcquisition(StrEnum):
    """Defined Terms of Field of View Shape (0018,1147) in X-Ray Acquisition Module Attributes (C.8-27)."""

    ROUND = "ROUND"
    RECTANGLE = "RECTANGLE"

class FieldOfViewShapeTermPETSeries(StrEnum):
    """Defined Terms of Field of View Shape (0018,1147) in PET Series Module Attributes (C.8-60)."""

    CYLINDRICAL_RING = "CYLINDRICAL RING"
    HEXAGONAL = "HEXAGONAL"
    MULTIPLE_PLANAR = "MULTIPLE PLANAR"

class FieldOfViewShapeBreastTomosynthesisAcquisition(StrEnum):
    """Enumerated Values of Field of View Shape (0018,1147) in Breast Tomosynthesis Acquisition Module Attributes (C.8.21.3.4-1)."""

    RECTANGLE = "RECTANGLE"

FieldOfViewShapeBreastTomosynthesisAcquisitionValue: TypeAlias = (
    FieldOfViewShapeBreastTomosynthesisAcquisition | Literal["RECTANGLE"]
)

class FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters(StrEnum):
    """Defined Terms of Field of View Shape (0018,1147) in Cutaneous Confocal Microscopy Image Acquisition Parameters Module Attributes (C.8.35.3-1)."""

    RECTANGLE = "RECTANGLE"

class FillMode(StrEnum):
    """Enumerated Values of Fill Mode (0070,0257) in Fill Style Sequence Macro Attributes (C.10-5c)."""

    SOLID = "SOLID"
    STIPPELED = "STIPPELED"

FillModeValue: TypeAlias = FillMode | Literal["SOLID", "STIPPELED"]

class FilmDestinationTerm(StrEnum):
    """Defined Terms of Film Destination (2000,0040) in Basic Film Session Presentation Module Attributes (C.13-1)."""

    MAGAZINE = "MAGAZINE"
    "the exposed film is stored in film magazine"
    PROCESSOR = "PROCESSOR"
    "the exposed film is developed in film processor"
    BIN_i = "BIN_i"
    'the exposed film is deposited in a sorter bin where "I" represents the bin number. Film sorter BINs shall be numbered sequentially starting from 1 and no maximum is placed on the number of BINs. The encoding of the BIN number shall not contain leading zeros.'

class FilmOrientation(StrEnum):
    """Enumerated Values of Film Orientation (2010,0040) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    PORTRAIT = "PORTRAIT"
    "vertical film position"
    LANDSCAPE = "LANDSCAPE"
    "horizontal film position"

FilmOrientationValue: TypeAlias = FilmOrientation | Literal["PORTRAIT", "LANDSCAPE"]

class FilmSizeIDTerm(StrEnum):
    """Defined Terms of Film Size ID (2010,0050) in Billing and Material Management Code Module Attributes (C.4-17)."""

    V8INX10IN = "8INX10IN"
    V8_5INX11IN = "8_5INX11IN"
    V10INX12IN = "10INX12IN"
    V10INX14IN = "10INX14IN"
    V11INX14IN = "11INX14IN"
    V11INX17IN = "11INX17IN"
    V14INX14IN = "14INX14IN"
    V14INX17IN = "14INX17IN"
    V24CMX24CM = "24CMX24CM"
    V24CMX30CM = "24CMX30CM"
    A4 = "A4"
    A3 = "A3"

class FilterByAttributePresence(StrEnum):
    """Enumerated Values of Filter-by Attribute Presence (0072,0404) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    PRESENT = "PRESENT"
    "Include the image if the Attribute is present."
    NOT_PRESENT = "NOT_PRESENT"
    "Include the image if the Attribute is not present."

FilterByAttributePresenceValue: TypeAlias = (
    FilterByAttributePresence | Literal["PRESENT", "NOT_PRESENT"]
)

class FilterByCategoryTerm(StrEnum):
    """Defined Terms of Filter-by Category (0072,0402) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    IMAGE_PLANE = "IMAGE_PLANE"

class FilterByOperator(StrEnum):
    """Enumerated Values of Filter-by Operator (0072,0406) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    RANGE_INCL = "RANGE_INCL"
    "all values lie within the specified range, or are equal to the endpoints; applies only to numeric Selector Attribute (0072,0026) values; two values shall be present in the selector, the first of which is less than or equal to the second"
    RANGE_EXCL = "RANGE_EXCL"
    "all values lie outside the specified range, and are not equal to the endpoints; applies only to numeric Selector Attribute (0072,0026) values; two values shall be present in the selector, the first of which is less than or equal to the second"
    GREATER_OR_EQUAL = "GREATER_OR_EQUAL"
    "all values are greater than or equal to the value of the selector; applies only to numeric Selector Attribute (0072,0026)"
    LESS_OR_EQUAL = "LESS_OR_EQUAL"
    "all values are less than or equal to the value of the selector; applies only to numeric Selector Attribute (0072,0026)"
    GREATER_THAN = "GREATER_THAN"
    "all values are greater than the value of the selector; applies only to numeric Selector Attribute (0072,0026)"
    LESS_THAN = "LESS_THAN"
    "all values are less than the value of the selector; applies only to numeric Selector Attribute (0072,0026)"
    MEMBER_OF = "MEMBER_OF"
    'one of the values in the image is present in the values of the selector; if one value is present in each, this is an "equal to" operator'
    NOT_MEMBER_OF = "NOT_MEMBER_OF"
    'none of the values in the image is present in the values of the selector; if one value is present in each, this is a "not equal to" operator'

FilterByOperatorValue: TypeAlias = (
    FilterByOperator
    | Literal[
        "RANGE_INCL",
        "RANGE_EXCL",
        "GREATER_OR_EQUAL",
        "LESS_OR_EQUAL",
        "GREATER_THAN",
        "LESS_THAN",
        "MEMBER_OF",
        "NOT_MEMBER_OF",
    ]
)

class FilterTypeTerm(StrEnum):
    """Defined Terms of Filter Type (0018,1160) in X-Ray Filtration Macro Attributes (C.8-35a)."""

    STRIP = "STRIP"
    WEDGE = "WEDGE"
    BUTTERFLY = "BUTTERFLY"
    MULTIPLE = "MULTIPLE"
    FLAT = "FLAT"
    NONE = "NONE"

class FilterTypeTermCTXRayDetails(StrEnum):
    """Defined Terms of Filter Type (0018,1160) in CT X-Ray Details Macro Attributes (C.8-125)."""

    WEDGE = "WEDGE"
    BUTTERFLY = "BUTTERFLY"
    MULTIPLE = "MULTIPLE"
    FLAT = "FLAT"
    SHAPED = "SHAPED"
    NONE = "NONE"

class FilterTypeTermPerformedCTAcquisition(StrEnum):
    """Defined Terms of Filter Type (0018,1160) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

    NONE = "NONE"
    WEDGE = "WEDGE"
    BUTTERFLY = "BUTTERFLY"
    STRIP = "STRIP"
    MULTIPLE = "MULTIPLE"
    BOWTIE = "BOWTIE"

class FiniteVolume(StrEnum):
    """Enumerated Values of Finite Volume (0066,000E) in Surface Mesh Module Attributes (C.27-1)."""

    YES = "YES"
    "Contains a finite volume"
    NO = "NO"
    "Does not contain a finite volume"
    UNKNOWN = "UNKNOWN"
    "Might or might not contain a finite volume"

FiniteVolumeValue: TypeAlias = FiniteVolume | Literal["YES", "NO", "UNKNOWN"]

class FirstOrderPhaseCorrection(StrEnum):
    """Enumerated Values of First Order Phase Correction (0018,9198) in MR Spectroscopy Module Attributes (C.8-102)."""

    YES = "YES"
    NO = "NO"

FirstOrderPhaseCorrectionValue: TypeAlias = FirstOrderPhaseCorrection | Literal["YES", "NO"]

class FixationDeviceTypeTerm(StrEnum):
    """Defined Terms of Fixation Device Type (300A,0192) in RT Patient Setup Module Attributes (C.8-48)."""

    BITEBLOCK = "BITEBLOCK"
    HEADFRAME = "HEADFRAME"
    MASK = "MASK"
    MOLD = "MOLD"
    CAST = "CAST"
    HEADREST = "HEADREST"
    BREAST_BOARD = "BREAST_BOARD"
    BODY_FRAME = "BODY_FRAME"
    VACUUM_MOLD = "VACUUM_MOLD"
    WHOLE_BODY_POD = "WHOLE_BODY_POD"
    RECTAL_BALLOON = "RECTAL_BALLOON"

class FixationDeviceType(StrEnum):
    """Enumerated Values of Fixation Device Type (300A,0192) in RT General Machine Verification Module Attributes (C.31-1)."""

    BITEBLOCK = "BITEBLOCK"
    HEADFRAME = "HEADFRAME"
    MASK = "MASK"
    MOLD = "MOLD"
    CAST = "CAST"
    HEADREST = "HEADREST"
    BREAST_BOARD = "BREAST_BOARD"
    BODY_FRAME = "BODY_FRAME"
    VACUUM_MOLD = "VACUUM_MOLD"
    WHOLE_BODY_POD = "WHOLE_BODY_POD"
    RECTAL_BALLOON = "RECTAL_BALLOON"

FixationDeviceTypeValue: TypeAlias = (
    FixationDeviceType
    | Literal[
        "BITEBLOCK",
        "HEADFRAME",
        "MASK",
        "MOLD",
        "CAST",
        "HEADREST",
        "BREAST_BOARD",
        "BODY_FRAME",
        "VACUUM_MOLD",
        "WHOLE_BODY_POD",
        "RECTAL_BALLOON",
    ]
)

class FixationEye(StrEnum):
    """Enumerated Values of Fixation Eye (300A,0150) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    L = "L"
    "left eye"
    R = "R"
    "right eye"

FixationEyeValue: TypeAlias = FixationEye | Literal["L", "R"]

class FlowCompensationTerm(StrEnum):
    """Defined Terms of Flow Compensation (0018,9010) in MR Modifier Macro Attributes (C.8-92)."""

    ACCELERATION = "ACCELERATION"
    VELOCITY = "VELOCITY"
    OTHER = "OTHER"
    NONE = "NONE"

class FlowCompensationDirection(StrEnum):
    """Enumerated Values of Flow Compensation Direction (0018,9183) in MR Modifier Macro Attributes (C.8-92)."""

    PHASE = "PHASE"
    FREQUENCY = "FREQUENCY"
    SLICE_SELECT = "SLICE_SELECT"
    SLICE_AND_FREQ = "SLICE_AND_FREQ"
    SLICE_FREQ_PHASE = "SLICE_FREQ_PHASE"
    PHASE_AND_FREQ = "PHASE_AND_FREQ"
    SLICE_AND_PHASE = "SLICE_AND_PHASE"
    OTHER = "OTHER"

FlowCompensationDirectionValue: TypeAlias = (
    FlowCompensationDirection
    | Literal[
        "PHASE",
        "FREQUENCY",
        "SLICE_SELECT",
        "SLICE_AND_FREQ",
        "SLICE_FREQ_PHASE",
        "PHASE_AND_FREQ",
        "SLICE_AND_PHASE",
        "OTHER",
    ]
)

class FluenceDataSource(StrEnum):
    """Enumerated Values of Fluence Data Source (3002,0041) in RT Image Module Attributes (C.8-38)."""

    CALCULATED = "CALCULATED"
    "Calculated by a workstation"
    MEASURED = "MEASURED"
    "Measured by exposure to a film or detector."

FluenceDataSourceValue: TypeAlias = FluenceDataSource | Literal["CALCULATED", "MEASURED"]

class FluenceMode(StrEnum):
    """Enumerated Values of Fluence Mode (3002,0051) in RT Image Module Attributes (C.8-38)."""

    STANDARD = "STANDARD"
    "Uses standard fluence-shaping"
    NON_STANDARD = "NON_STANDARD"
    "Uses a non-standard fluence-shaping mode"

FluenceModeValue: TypeAlias = FluenceMode | Literal["STANDARD", "NON_STANDARD"]

class FluoroscopyFlag(StrEnum):
    """Enumerated Values of Fluoroscopy Flag (0018,9334) in CT Acquisition Type Macro Attributes (C.8-118)."""

    YES = "YES"
    NO = "NO"

FluoroscopyFlagValue: TypeAlias = FluoroscopyFlag | Literal["YES", "NO"]

class FluoroscopyLastImageHoldPersistenceFlag(StrEnum):
    """Enumerated Values of Fluoroscopy Last Image Hold Persistence Flag (0018,11B4) in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    YES = "YES"
    NO = "NO"

FluoroscopyLastImageHoldPersistenceFlagValue: TypeAlias = (
    FluoroscopyLastImageHoldPersistenceFlag | Literal["YES", "NO"]
)

class FluoroscopyPersistenceFlag(StrEnum):
    """Enumerated Values of Fluoroscopy Persistence Flag (0018,11B3) in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    YES = "YES"
    NO = "NO"

FluoroscopyPersistenceFlagValue: TypeAlias = FluoroscopyPersistenceFlag | Literal["YES", "NO"]

class FocusMethod(StrEnum):
    """Enumerated Values of Focus Method (0048,0011) in Whole Slide Microscopy Image Module Attributes (C.8.12.4-1)."""

    AUTO = "AUTO"
    "autofocus"
    MANUAL = "MANUAL"
    "includes any human adjustment or verification of autofocus"

FocusMethodValue: TypeAlias = FocusMethod | Literal["AUTO", "MANUAL"]

class FontNameTypeTerm(StrEnum):
    """Defined Terms of Font Name Type (0070,0228) in Text Style Sequence Macro Attributes (C.10-5a)."""

    ISO_32000 = "ISO_32000"

class FovealPointNormativeDataFlag(StrEnum):
    """Enumerated Values of Foveal Point Normative Data Flag (0024,0117) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"

FovealPointNormativeDataFlagValue: TypeAlias = FovealPointNormativeDataFlag | Literal["YES", "NO"]

class FovealSensitivityMeasured(StrEnum):
    """Enumerated Values of Foveal Sensitivity Measured (0024,0086) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"

FovealSensitivityMeasuredValue: TypeAlias = FovealSensitivityMeasured | Literal["YES", "NO"]

class FractionBasedRelationshipIntervalAnchor(StrEnum):
    """Enumerated Values of Fraction-Based Relationship Interval Anchor (3010,0083) in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    START = "START"
    "The interval is specified with respect to the start of the referenced prescription."
    END = "END"
    "The interval is specified with respect to the end of the referenced prescription."

FractionBasedRelationshipIntervalAnchorValue: TypeAlias = (
    FractionBasedRelationshipIntervalAnchor | Literal["START", "END"]
)

class FractionGroupType(StrEnum):
    """Enumerated Values of Fraction Group Type (3008,0224) in RT Treatment Summary Record Module Attributes (C.8-59)."""

    EXTERNAL_BEAM = "EXTERNAL_BEAM"
    BRACHY = "BRACHY"

FractionGroupTypeValue: TypeAlias = FractionGroupType | Literal["EXTERNAL_BEAM", "BRACHY"]

class FrameLaterality(StrEnum):
    """Enumerated Values of Frame Laterality (0020,9072) in Frame Anatomy Macro Attributes (C.7.6.16-9)."""

    R = "R"
    "right"
    L = "L"
    "left"
    U = "U"
    "unpaired"
    B = "B"
    "both left and right"

FrameLateralityValue: TypeAlias = FrameLaterality | Literal["R", "L", "U", "B"]

class FrameOfReferenceTransformationMatrixType(StrEnum):
    """Enumerated Values of Frame of Reference Transformation Matrix Type (0070,030C) in Spatial Registration Module Attributes (C.20.2-1)."""

    RIGID = "RIGID"
    RIGID_SCALE = "RIGID_SCALE"
    AFFINE = "AFFINE"

FrameOfReferenceTransformationMatrixTypeValue: TypeAlias = (
    FrameOfReferenceTransformationMatrixType | Literal["RIGID", "RIGID_SCALE", "AFFINE"]
)

class FrameOfReferenceTransformationMatrixTypeTerm(StrEnum):
    """Defined Terms of Frame of Reference Transformation Matrix Type (0070,030C) in Deformable Spatial Registration Module Attributes (C.20.3-1)."""

    RIGID = "RIGID"
    RIGID_SCALE = "RIGID_SCALE"
    AFFINE = "AFFINE"

class FrequencyCorrection(StrEnum):
    """Enumerated Values of Frequency Correction (0018,9101) in MR Spectroscopy Module Attributes (C.8-102)."""

    YES = "YES"
    NO = "NO"

FrequencyCorrectionValue: TypeAlias = FrequencyCorrection | Literal["YES", "NO"]

class FunctionalSettlingPhaseFramesPresent(StrEnum):
    """Enumerated Values of Functional Settling Phase Frames Present (0018,9622) in MR Image Description Macro Attributes (C.8-84)."""

    YES = "YES"
    NO = "NO"

FunctionalSettlingPhaseFramesPresentValue: TypeAlias = (
    FunctionalSettlingPhaseFramesPresent | Literal["YES", "NO"]
)

class GantryMotionCorrected(StrEnum):
    """Enumerated Values of Gantry Motion Corrected (0018,9762) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"

GantryMotionCorrectedValue: TypeAlias = GantryMotionCorrected | Literal["YES", "NO"]

class GantryPitchRotationDirection(StrEnum):
    """Enumerated Values of Gantry Pitch Rotation Direction (300A,014C) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    "clockwise"
    CC = "CC"
    "counter-clockwise"
    NONE = "NONE"
    "no rotation"

GantryPitchRotationDirectionValue: TypeAlias = (
    GantryPitchRotationDirection | Literal["CW", "CC", "NONE"]
)

class GantryRotationDirection(StrEnum):
    """Enumerated Values of Gantry Rotation Direction (300A,011F) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    "clockwise"
    CC = "CC"
    "counter-clockwise"
    NONE = "NONE"
    "no rotation"

GantryRotationDirectionValue: TypeAlias = GantryRotationDirection | Literal["CW", "CC", "NONE"]

class GeneralAccessoryTypeTerm(StrEnum):
    """Defined Terms of General Accessory Type (300A,0423) in RT Image Module Attributes (C.8-38)."""

    GRATICULE = "GRATICULE"
    "Accessory tray with a radio-opaque grid"
    IMAGE_DETECTOR = "IMAGE_DETECTOR"
    "Image acquisition device positioned in the beam line"
    RETICLE = "RETICLE"
    "Accessory tray with radio-transparent markers or grid"

class GeneralizedDefectCorrectedSensitivityDeviationFlag(StrEnum):
    """Enumerated Values of Generalized Defect Corrected Sensitivity Deviation Flag (0024,0102) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"

GeneralizedDefectCorrectedSensitivityDeviationFlagValue: TypeAlias = (
    GeneralizedDefectCorrectedSensitivityDeviationFlag | Literal["YES", "NO"]
)

class GeometricalProperties(StrEnum):
    """Enumerated Values of Geometrical Properties (0028,9444) in X-Ray Frame Pixel Data Properties Macro Attributes (C.8.19.6-4)."""

    UNIFORM = "UNIFORM"
    NON_UNIFORM = "NON_UNIFORM"

GeometricalPropertiesValue: TypeAlias = GeometricalProperties | Literal["UNIFORM", "NON_UNIFORM"]

class GeometryForDisplay(StrEnum):
    """Enumerated Values of Geometry for Display (0070,1B08) in Advanced Blending Presentation State Module Attributes (C.11.33-1)."""

    TRUE = "TRUE"
    FALSE = "FALSE"

GeometryForDisplayValue: TypeAlias = GeometryForDisplay | Literal["TRUE", "FALSE"]

class GeometryOfKSpaceTraversalTerm(StrEnum):
    """Defined Terms of Geometry of k-Space Traversal (0018,9032) in MR Pulse Sequence Module Attributes (C.8-87)."""

    RECTILINEAR = "RECTILINEAR"
    RADIAL = "RADIAL"
    SPIRAL = "SPIRAL"

class GlobalCrop(StrEnum):
    """Enumerated Values of Global Crop (0070,120B) in Volumetric Presentation State Relationship Module Attributes (C.11.23-1)."""

    YES = "YES"
    NO = "NO"

GlobalCropValue: TypeAlias = GlobalCrop | Literal["YES", "NO"]

class GlobalDeviationProbabilityNormalsFlag(StrEnum):
    """Enumerated Values of Global Deviation Probability Normals Flag (0024,0059) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"

GlobalDeviationProbabilityNormalsFlagValue: TypeAlias = (
    GlobalDeviationProbabilityNormalsFlag | Literal["YES", "NO"]
)

class GPSDestBearingRef(StrEnum):
    """Enumerated Values of GPS Dest Bearing Ref (0016,0087) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    T = "T"
    "true direction"
    M = "M"
    "magnetic direction"

GPSDestBearingRefValue: TypeAlias = GPSDestBearingRef | Literal["T", "M"]

class GPSDestDistanceRef(StrEnum):
    """Enumerated Values of GPS Dest Distance Ref (0016,0089) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    K = "K"
    "kilometers"
    M = "M"
    "miles"
    N = "N"
    "nautical miles"

GPSDestDistanceRefValue: TypeAlias = GPSDestDistanceRef | Literal["K", "M", "N"]

class GPSDestLatitudeRef(StrEnum):
    """Enumerated Values of GPS Dest Latitude Ref (0016,0083) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    N = "N"
    "north latitude"
    S = "S"
    "south latitude"

GPSDestLatitudeRefValue: TypeAlias = GPSDestLatitudeRef | Literal["N", "S"]

class GPSDestLongitudeRef(StrEnum):
    """Enumerated Values of GPS Dest Longitude Ref (0016,0085) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    E = "E"
    "east longitude"
    W = "W"
    "west longitude"

GPSDestLongitudeRefValue: TypeAlias = GPSDestLongitudeRef | Literal["E", "W"]

class GPSImgDirectionRef(StrEnum):
    """Enumerated Values of GPS Img Direction Ref (0016,0080) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    T = "T"
    "true direction"
    M = "M"
    "magnetic direction"

GPSImgDirectionRefValue: TypeAlias = GPSImgDirectionRef | Literal["T", "M"]

class GPSLatitudeRef(StrEnum):
    """Enumerated Values of GPS Latitude Ref (0016,0071) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    N = "N"
    "north latitude"
    S = "S"
    "south latitude"

GPSLatitudeRefValue: TypeAlias = GPSLatitudeRef | Literal["N", "S"]

class GPSLongitudeRef(StrEnum):
    """Enumerated Values of GPS Longitude Ref (0016,0073) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    E = "E"
    "east longitude"
    W = "W"
    "west longitude"

GPSLongitudeRefValue: TypeAlias = GPSLongitudeRef | Literal["E", "W"]

class GPSMeasureMode(StrEnum):
    """Enumerated Values of GPS Measure Mode (0016,007A) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    V2 = "2"
    "two-dimensional"
    V3 = "3"
    "three-dimensional"

GPSMeasureModeValue: TypeAlias = GPSMeasureMode | Literal["2", "3"]

class GPSSpeedRef(StrEnum):
    """Enumerated Values of GPS Speed Ref (0016,007C) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    K = "K"
    "kilometers per hour"
    M = "M"
    "miles per hour"
    N = "N"
    "knots"

GPSSpeedRefValue: TypeAlias = GPSSpeedRef | Literal["K", "M", "N"]

class GPSStatus(StrEnum):
    """Enumerated Values of GPS Status (0016,0079) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    A = "A"
    "measurement is in progress"
    V = "V"
    "measurement interrupted"

GPSStatusValue: TypeAlias = GPSStatus | Literal["A", "V"]

class GPSTrackRef(StrEnum):
    """Enumerated Values of GPS Track Ref (0016,007E) in VL Photographic Geolocation Module Attributes (C.8.12.12-1)."""

    T = "T"
    "true direction"
    M = "M"
    "magnetic direction"

GPSTrackRefValue: TypeAlias = GPSTrackRef | Literal["T", "M"]

class GradientOutputTypeTerm(StrEnum):
    """Defined Terms of Gradient Output Type (0018,9180) in MR Timing and Related Parameters Macro Attributes (C.8-89)."""

    DB_DT = "DB_DT"
    "in T/s"
    ELECTRIC_FIELD = "ELECTRIC_FIELD"
    "in V/m"
    PER_NERVE_STIM = "PER_NERVE_STIM"
    "percentage of peripheral nerve stimulation"

class GraphicAnnotationUnits(StrEnum):
    """Enumerated Values of Graphic Annotation Units (0070,0005) in Graphic Annotation Module Attributes (C.10-5)."""

    PIXEL = "PIXEL"
    "Image relative position specified with sub-pixel resolution such that the origin, which is at the Top Left Hand Corner (TLHC) of the TLHC pixel is 0.0\\0.0, the Bottom Right Hand Corner (BRHC) of the TLHC pixel is 1.0\\1.0, and the BRHC of the BRHC pixel is Columns\\Rows (see Figure C.10.5-1). The values must be within the range 0\\0 to Columns\\Rows."
    DISPLAY = "DISPLAY"
    "Fraction of Specified Displayed Area where 0.0\\0.0 is the TLHC and 1.0\\1.0 is the BRHC. The values must be within the range 0.0 to 1.0."
    MATRIX = "MATRIX"
    "Image relative position specified with sub-pixel resolution such that the origin, which is at the Top Left Hand Corner (TLHC) of the TLHC pixel of the Total Pixel Matrix, is 0.0\\0.0, the Bottom Right Hand Corner (BRHC) of the TLHC pixel is 1.0\\1.0, and the BRHC of the BRHC pixel of the Total Pixel Matrix is Total Pixel Matrix Columns\\Total Pixel Matrix Rows (see Section C.8.12.4.1.3 and Figure C.10.5-1b). The values must be within the range 0.0\\0.0 to Total Pixel Matrix Columns\\Total Pixel Matrix Rows. MATRIX may be used only if the instance referenced by Referenced Image Sequence (0008,1140) is tiled (i.e., contains Total Pixel Matrix Columns (0048,0006) and Total Pixel Matrix Rows (0048,0007))."

GraphicAnnotationUnitsValue: TypeAlias = (
    GraphicAnnotationUnits | Literal["PIXEL", "DISPLAY", "MATRIX"]
)

class GraphicFilled(StrEnum):
    """Enumerated Values of Graphic Filled (0070,0024) in Graphic Annotation Module Attributes (C.10-5)."""

    Y = "Y"
    "yes"
    N = "N"
    "no"

GraphicFilledValue: TypeAlias = GraphicFilled | Literal["Y", "N"]

class GraphicType(StrEnum):
    """Enumerated Values of Graphic Type (0070,0023) in Document Content Macro Attributes (C.17-5)."""

    POINT = "POINT"
    "a single pixel denoted by a single (column,row) pair"
    MULTIPOINT = "MULTIPOINT"
    "multiple pixels each denoted by an (column,row) pair"
    POLYLINE = "POLYLINE"
    "a series of connected line segments with ordered vertices denoted by (column,row) pairs; if the first and last vertices are the same it is a closed polygon"
    CIRCLE = "CIRCLE"
    "a circle defined by two (column,row) pairs. The first point is the central pixel. The second point is a pixel on the perimeter of the circle."
    ELLIPSE = "ELLIPSE"
    "an ellipse defined by four pixel (column,row) pairs, the first two points specifying the endpoints of the major axis and the second two points specifying the endpoints of the minor axis of an ellipse"

GraphicTypeValue: TypeAlias = (
    GraphicType | Literal["POINT", "MULTIPOINT", "POLYLINE", "CIRCLE", "ELLIPSE"]
)

class GraphicTypeDocumentContent(StrEnum):
    """Enumerated Values of Graphic Type (0070,0023) in Document Content Macro Attributes (C.17-5)."""

    POINT = "POINT"
    "a single location denoted by a single (x,y,z) triplet"
    MULTIPOINT = "MULTIPOINT"
    "multiple locations each denoted by an (x,y,z) triplet; the points need not be coplanar"
    POLYLINE = "POLYLINE"
    "a series of connected line segments with ordered vertices denoted by (x,y,z) triplets; the points need not be coplanar"
    POLYGON = "POLYGON"
    "a series of connected line segments with ordered vertices denoted by (x,y,z) triplets, where the first and last vertices shall be the same forming a polygon; the points shall be coplanar"
    ELLIPSE = "ELLIPSE"
    "an ellipse defined by four (x,y,z) triplets, the first two triplets specifying the endpoints of the major axis and the second two triplets specifying the endpoints of the minor axis"
    ELLIPSOID = "ELLIPSOID"
    'a three-dimensional geometric surface whose plane sections are either ellipses or circles and contains three intersecting orthogonal axes, "a", "b", and "c"; the ellipsoid is defined by six (x,y,z) triplets, the first and second triplets specifying the endpoints of axis "a", the third and fourth triplets specifying the endpoints of axis "b", and the fifth and sixth triplets specifying the endpoints of axis "c"'

GraphicTypeDocumentContentValue: TypeAlias = (
    GraphicTypeDocumentContent
    | Literal["POINT", "MULTIPOINT", "POLYLINE", "POLYGON", "ELLIPSE", "ELLIPSOID"]
)

class GraphicTypeGraphicAnnotation(StrEnum):
    """Enumerated Values of Graphic Type (0070,0023) in Graphic Annotation Module Attributes (C.10-5)."""

    POINT = "POINT"
    POLYLINE = "POLYLINE"
    INTERPOLATED = "INTERPOLATED"
    CIRCLE = "CIRCLE"
    ELLIPSE = "ELLIPSE"

GraphicTypeGraphicAnnotationValue: TypeAlias = (
    GraphicTypeGraphicAnnotation | Literal["POINT", "POLYLINE", "INTERPOLATED", "CIRCLE", "ELLIPSE"]
)

class GraphicTypeMicroscopyBulkSimpleAnnotations(StrEnum):
    """Enumerated Values of Graphic Type (0070,0023) in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

    POINT = "POINT"
    "a single location denoted by a single coordinate"
    POLYLINE = "POLYLINE"
    "a series of connected line segments with ordered vertices denoted by coordinates forming an open polyline; the points shall be coplanar"
    POLYGON = "POLYGON"
    "a series of connected line segments with ordered vertices denoted by coordinates, where the first and last vertices are not the same but are implicitly joined to form a closed polygon; the points shall be coplanar"
    ELLIPSE = "ELLIPSE"
    "an ellipse defined by four coordinates, the first two points specifying the endpoints of the major axis and the second two points specifying the endpoints of the minor axis of an ellipse; the points shall be coplanar"
    RECTANGLE = "RECTANGLE"
    "a rectangle defined by four coordinates, the first being the top left hand corner (when viewed from the top surface of the slide towards the bottom), then the top right hand corner, then the bottom right hand corner and finally the bottom left hand corner; the points shall be coplanar"

GraphicTypeMicroscopyBulkSimpleAnnotationsValue: TypeAlias = (
    GraphicTypeMicroscopyBulkSimpleAnnotations
    | Literal["POINT", "POLYLINE", "POLYGON", "ELLIPSE", "RECTANGLE"]
)

class HangingProtocolLevel(StrEnum):
    """Enumerated Values of Hanging Protocol Level (0072,0006) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    MANUFACTURER = "MANUFACTURER"
    SITE = "SITE"
    USER_GROUP = "USER_GROUP"
    SINGLE_USER = "SINGLE_USER"

HangingProtocolLevelValue: TypeAlias = (
    HangingProtocolLevel | Literal["MANUFACTURER", "SITE", "USER_GROUP", "SINGLE_USER"]
)

class HighDoseTechniqueTypeTerm(StrEnum):
    """Defined Terms of High-Dose Technique Type (300A,00C7) in RT Beams Module Attributes (C.8-50)."""

    TBI = "TBI"
    "Total Body Irradiation"
    HDR = "HDR"
    "High Dose Rate"

class HorizontalAlignment(StrEnum):
    """Enumerated Values of Horizontal Alignment (0070,0242) in Text Style Sequence Macro Attributes (C.10-5a)."""

    LEFT = "LEFT"
    CENTER = "CENTER"
    RIGHT = "RIGHT"

HorizontalAlignmentValue: TypeAlias = HorizontalAlignment | Literal["LEFT", "CENTER", "RIGHT"]

class HorizontalPrismBase(StrEnum):
    """Enumerated Values of Horizontal Prism Base (0046,0032) in Prism Sequence Macro Attributes (C.8.25.6.2-1)."""

    IN = "IN"
    OUT = "OUT"

HorizontalPrismBaseValue: TypeAlias = HorizontalPrismBase | Literal["IN", "OUT"]

class IlluminationTranslationFlag(StrEnum):
    """Enumerated Values of Illumination Translation Flag (0018,9828) in Photoacoustic Acquisition Parameters Module Attributes (C.8.34.2-1)."""

    YES = "YES"
    NO = "NO"

IlluminationTranslationFlagValue: TypeAlias = IlluminationTranslationFlag | Literal["YES", "NO"]

class ImageBoxLargeScrollType(StrEnum):
    """Enumerated Values of Image Box Large Scroll Type (0072,0316) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    PAGE = "PAGE"
    "In a TILED image box, replace all image slots with the next N x M images in the set."
    ROW_COLUMN = "ROW_COLUMN"
    "In a TILED image box, move each row or column of images to the next row or column, depending on Image Box Scroll Direction (0072,0310)."
    IMAGE = "IMAGE"
    "In a TILED image box, move each image to the next slot, either horizontally or vertically, depending on Image Box Scroll Direction (0072,0310)."

ImageBoxLargeScrollTypeValue: TypeAlias = (
    ImageBoxLargeScrollType | Literal["PAGE", "ROW_COLUMN", "IMAGE"]
)

class ImageBoxLayoutTypeTerm(StrEnum):
    """Defined Terms of Image Box Layout Type (0072,0304) in Structured Display Image Box Module Attributes (C.11.17-1)."""

    TILED = "TILED"
    "A scrollable array of rectangles, each containing a single frame of image pixel data."
    STACK = "STACK"
    "A single rectangle containing a steppable single frame, intended for user-controlled stepping through the image set, usually via continuous device interaction (e.g., mouse scrolling) or by single stepping (mouse or button click)."
    CINE = "CINE"
    "A single rectangle, intended for animation where the user controls are play sequence, rate of play, and direction."
    VOLUME_VIEW = "VOLUME_VIEW"
    "A single rectangle, intended for volumetric display."
    VOLUME_CINE = "VOLUME_CINE"
    "A single rectangle, intended for animation of a volumetric view."
    SINGLE = "SINGLE"
    "A single rectangle, intended for images and objects with no defined methods of interaction."

class ImageBoxLayoutTypeTermHangingProtocolDisplay(StrEnum):
    """Defined Terms of Image Box Layout Type (0072,0304) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    TILED = "TILED"
    "a scrollable array of rectangles, each containing a single frame of image pixel data."
    STACK = "STACK"
    "a single rectangle containing a steppable single frame, intended for user-controlled stepping through the image set, usually via continuous device interaction (e.g., mouse scrolling) or by single stepping (mouse or button click)."
    CINE = "CINE"
    "a single rectangle, intended for video type play back where the user controls are play sequence, rate of play, and direction."
    PROCESSED = "PROCESSED"
    "intended for interactive 3D visualizations that have custom interfaces."
    SINGLE = "SINGLE"
    "a single rectangle, intended for images and objects with no defined methods of interaction."

class ImageBoxScrollDirection(StrEnum):
    """Enumerated Values of Image Box Scroll Direction (0072,0310) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    VERTICAL = "VERTICAL"
    "scroll images by row"
    HORIZONTAL = "HORIZONTAL"
    "scroll images by column"

ImageBoxScrollDirectionValue: TypeAlias = (
    ImageBoxScrollDirection | Literal["VERTICAL", "HORIZONTAL"]
)

class ImageBoxSmallScrollType(StrEnum):
    """Enumerated Values of Image Box Small Scroll Type (0072,0312) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    PAGE = "PAGE"
    "In a TILED image box, replace all image slots with the next N x M images in the set."
    ROW_COLUMN = "ROW_COLUMN"
    "In a TILED image box, move each row or column of images to the next row or column, depending on Image Box Scroll Direction (0072,0310)."
    IMAGE = "IMAGE"
    "In a TILED image box, move each image to the next slot, either horizontally or vertically, depending on Image Box Scroll Direction (0072,0310)."

ImageBoxSmallScrollTypeValue: TypeAlias = (
    ImageBoxSmallScrollType | Literal["PAGE", "ROW_COLUMN", "IMAGE"]
)

class ImageDisplayFormat(StrEnum):
    """Enumerated Values of Image Display Format (2010,0010) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    STANDARD_C_R = "STANDARD\\C,R"
    "film contains equal size rectangular image boxes with R rows of image boxes and C columns of image boxes; C and R are integers"
    ROW_R1_R2_R3_etc = "ROW\\R1,R2,R3, etc."
    "film contains rows with equal size rectangular image boxes with R1 image boxes in the first row, R2 image boxes in second row, R3 image boxes in third row, etc.; R1, R2, R3, etc. are integers"
    COL_C1_C2_C3_etc = "COL\\C1,C2,C3, etc."
    "film contains columns with equal size rectangular image boxes with C1 image boxes in the first column, C2 image boxes in second column, C3 image boxes in third column, etc.; C1, C2, C3, etc. are integers"
    SLIDE = "SLIDE"
    "film contains 35mm slides; the number of slides for a particular film size is configuration dependent"
    SUPERSLIDE = "SUPERSLIDE"
    "film contains 40mm slides; the number of slides for a particular film size is configuration dependent"
    CUSTOM_i = "CUSTOM\\i"
    "film contains a customized ordering of rectangular image boxes; i identifies the image display format; the definition of the image display formats is defined in the Conformance Statement; i is an integer"

ImageDisplayFormatValue: TypeAlias = (
    ImageDisplayFormat
    | Literal[
        "STANDARD\\C,R",
        "ROW\\R1,R2,R3, etc.",
        "COL\\C1,C2,C3, etc.",
        "SLIDE",
        "SUPERSLIDE",
        "CUSTOM\\i",
    ]
)

class ImageHorizontalFlip(StrEnum):
    """Enumerated Values of Image Horizontal Flip (0070,0041) in Spatial Transformation Module Attributes (C.10-6)."""

    Y = "Y"
    "yes"
    N = "N"
    "no"

ImageHorizontalFlipValue: TypeAlias = ImageHorizontalFlip | Literal["Y", "N"]

class ImageLaterality(StrEnum):
    """Enumerated Values of Image Laterality (0020,0062) in General Image Module Attributes (C.7-9)."""

    R = "R"
    "right"
    L = "L"
    "left"
    U = "U"
    "unpaired"
    B = "B"
    "both left and right"

ImageLateralityValue: TypeAlias = ImageLaterality | Literal["R", "L", "U", "B"]

class ImageLateralityMammographyImage(StrEnum):
    """Enumerated Values of Image Laterality (0020,0062) in Mammography Image Module Attributes (C.8-74)."""

    R = "R"
    "right"
    L = "L"
    "left"
    B = "B"
    "both (e.g., cleavage)"

ImageLateralityMammographyImageValue: TypeAlias = (
    ImageLateralityMammographyImage | Literal["R", "L", "B"]
)

class ImageLateralityOphthalmicThicknessMap(StrEnum):
    """Enumerated Values of Image Laterality (0020,0062) in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

    R = "R"
    "right eye"
    L = "L"
    "left eye"

ImageLateralityOphthalmicThicknessMapValue: TypeAlias = (
    ImageLateralityOphthalmicThicknessMap | Literal["R", "L"]
)

class ImageSetSelectorCategory(StrEnum):
    """Enumerated Values of Image Set Selector Category (0072,0034) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    RELATIVE_TIME = "RELATIVE_TIME"
    ABSTRACT_PRIOR = "ABSTRACT_PRIOR"

ImageSetSelectorCategoryValue: TypeAlias = (
    ImageSetSelectorCategory | Literal["RELATIVE_TIME", "ABSTRACT_PRIOR"]
)

class ImageSetSelectorUsageFlag(StrEnum):
    """Enumerated Values of Image Set Selector Usage Flag (0072,0024) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    MATCH = "MATCH"
    "If the Attribute is not in the image object, consider the image to be a match anyway."
    NO_MATCH = "NO_MATCH"
    "If the Attribute is not in the image object, then do not consider the image to be a match."

ImageSetSelectorUsageFlagValue: TypeAlias = ImageSetSelectorUsageFlag | Literal["MATCH", "NO_MATCH"]

class ImagingApertureSpecificationType(StrEnum):
    """Enumerated Values of Imaging Aperture Specification Type (3002,0115) in RT Imaging Aperture Macro Attributes (C.36.2.4.4-1)."""

    OPEN = "OPEN"
    "The aperture is specified to be fully opened."
    BEAM = "BEAM"
    "The aperture is specified to be the aperture in an RT Control point of the RT Radiation SOP Instance referenced in the Referenced Baseline Parameters RT Radiation Instance Sequence (3002,011E)."
    RELATIVE_TO_BEAM = "RELATIVE_TO_BEAM"
    "The aperture is specified relative to the aperture in an RT Control point of the RT Radiation SOP Instance referenced in the Referenced Baseline Parameters RT Radiation Instance Sequence (3002,011E)."
    CUSTOM = "CUSTOM"
    "The aperture is fully specified by the provided parameter values."

ImagingApertureSpecificationTypeValue: TypeAlias = (
    ImagingApertureSpecificationType | Literal["OPEN", "BEAM", "RELATIVE_TO_BEAM", "CUSTOM"]
)

class ImagingSourceLocationSpecificationType(StrEnum):
    """Enumerated Values of Imaging Source Location Specification Type (3002,0111) in RT Projection Imaging Request Geometry Macro Attributes (C.36.2.4.1-1)."""

    ABSOLUTE_MATRIX = "ABSOLUTE_MATRIX"
    "Specified using absolute values represented by matrices describing the Imaging Source Coordinate System with respect to the Equipment Frame of Reference."
    ABSOLUTE_PARAMS = "ABSOLUTE_PARAMS"
    "Specified using absolute values for native parameters of a specific device."
    RELATIVE_PARAMS = "RELATIVE_PARAMS"
    "Specified using values for native parameters relative to the values referenced in Referenced Baseline Parameters RT Radiation Instance Sequence (3002,011E)."

ImagingSourceLocationSpecificationTypeValue: TypeAlias = (
    ImagingSourceLocationSpecificationType
    | Literal["ABSOLUTE_MATRIX", "ABSOLUTE_PARAMS", "RELATIVE_PARAMS"]
)

class ImpedanceMeasurementCurrentTypeTerm(StrEnum):
    """Defined Terms of Impedance Measurement Current Type (003A,0316) in Waveform Module Attributes (C.10-9)."""

    AC = "AC"
    DC = "DC"

class ImplantAssemblyTemplateType(StrEnum):
    """Enumerated Values of Implant Assembly Template Type (0076,000A) in Implant Assembly Template Module Attributes (C.29.2-1)."""

    ORIGINAL = "ORIGINAL"
    DERIVED = "DERIVED"

ImplantAssemblyTemplateTypeValue: TypeAlias = (
    ImplantAssemblyTemplateType | Literal["ORIGINAL", "DERIVED"]
)

class ImplantType(StrEnum):
    """Enumerated Values of Implant Type (0068,6223) in Generic Implant Template Description Module Attributes (C.29.1.1-1)."""

    ORIGINAL = "ORIGINAL"
    DERIVED = "DERIVED"

ImplantTypeValue: TypeAlias = ImplantType | Literal["ORIGINAL", "DERIVED"]

class InPlanePhaseEncodingDirection(StrEnum):
    """Enumerated Values of In-plane Phase Encoding Direction (0018,1312) in MR FOV/Geometry Macro Attributes (C.8-90)."""

    COLUMN = "COLUMN"
    ROW = "ROW"
    OTHER = "OTHER"

InPlanePhaseEncodingDirectionValue: TypeAlias = (
    InPlanePhaseEncodingDirection | Literal["COLUMN", "ROW", "OTHER"]
)

class InPlanePhaseEncodingDirectionMRImage(StrEnum):
    """Enumerated Values of In-plane Phase Encoding Direction (0018,1312) in MR Image Module Attributes (C.8-4)."""

    ROW = "ROW"
    "phase encoded in rows."
    COL = "COL"
    "phase encoded in columns."

InPlanePhaseEncodingDirectionMRImageValue: TypeAlias = (
    InPlanePhaseEncodingDirectionMRImage | Literal["ROW", "COL"]
)

class IncludeDisplayApplication(StrEnum):
    """Enumerated Values of Include Display Application (2200,0009) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"

IncludeDisplayApplicationValue: TypeAlias = IncludeDisplayApplication | Literal["YES", "NO"]

class IncludeNonDICOMObjectsTerm(StrEnum):
    """Defined Terms of Include Non-DICOM Objects (2200,0008) in Media Creation Management Module Attributes (C.22.1-1)."""

    NO = "NO"
    FOR_PHYSICIAN = "FOR_PHYSICIAN"
    FOR_PATIENT = "FOR_PATIENT"
    FOR_TEACHING = "FOR_TEACHING"
    FOR_RESEARCH = "FOR_RESEARCH"

class IncludesImagingSubject(StrEnum):
    """Enumerated Values of Includes Imaging Subject (0034,0008) in Frame Usefulness Functional Group Macro Attributes (C.7.6.16.2.27-1)."""

    YES = "YES"
    NO = "NO"

IncludesImagingSubjectValue: TypeAlias = IncludesImagingSubject | Literal["YES", "NO"]

class IncludesInformation(StrEnum):
    """Enumerated Values of Includes Information (0034,000C) in Frame Usefulness Functional Group Macro Attributes (C.7.6.16.2.27-1)."""

    YES = "YES"
    NO = "NO"

IncludesInformationValue: TypeAlias = IncludesInformation | Literal["YES", "NO"]

class IndexNormalsFlag(StrEnum):
    """Enumerated Values of Index Normals Flag (0024,0338) in Ophthalmic Visual Field Global Index Macro Attributes (C.8.26.3-2)."""

    YES = "YES"
    NO = "NO"

IndexNormalsFlagValue: TypeAlias = IndexNormalsFlag | Literal["YES", "NO"]

class InitialCineRunStateTerm(StrEnum):
    """Defined Terms of Initial Cine Run State (0018,0042) in Structured Display Image Box Module Attributes (C.11.17-1)."""

    STOPPED = "STOPPED"
    RUNNING = "RUNNING"

class InputReadinessState(StrEnum):
    """Enumerated Values of Input Readiness State (0040,4041) in Unified Procedure Step Scheduled Procedure Information Module Attributes (C.30.2-1)."""

    INCOMPLETE = "INCOMPLETE"
    "The Input Information Sequence is not yet complete and additional Instance references might be added."
    UNAVAILABLE = "UNAVAILABLE"
    "The Input Information Sequence is complete but one or more of the referenced Instances might not yet be available from the referenced source(s)."
    READY = "READY"
    "The Input Information Sequence is complete and the referenced Instances are available from the referenced sources."

InputReadinessStateValue: TypeAlias = (
    InputReadinessState | Literal["INCOMPLETE", "UNAVAILABLE", "READY"]
)

class InstanceAvailability(StrEnum):
    """Enumerated Values of Instance Availability (0008,0056) in Instance Availability Notification Module Attributes (C.4.23-1)."""

    ONLINE = "ONLINE"
    "The Instances are immediately available from the Retrieve AE Title (0008,0054), and if a C-MOVE were to be requested, it would succeed in a reasonably short time."
    NEARLINE = "NEARLINE"
    "The Instances need to be retrieved from relatively slow media such as optical disk or tape, and if a C-MOVE were to be requested from the Retrieve AE Title (0008,0054), it would succeed, but may take a considerable time."
    OFFLINE = "OFFLINE"
    "A manual intervention is needed before the Instances may be retrieved, and if a C-MOVE were to be requested from the Retrieve AE Title (0008,0054), it would fail (e.g., by timeout) without such manual intervention."
    UNAVAILABLE = "UNAVAILABLE"
    "The Instances cannot be retrieved from the Retrieve AE Title (0008,0054), and if a C-MOVE were to be requested, it would fail. SOP Instances that are unavailable from this AE may be available from other AEs, or may have an alternate representation that is available from this AE."

InstanceAvailabilityValue: TypeAlias = (
    InstanceAvailability | Literal["ONLINE", "NEARLINE", "OFFLINE", "UNAVAILABLE"]
)

class InstanceOriginStatus(StrEnum):
    """Enumerated Values of Instance Origin Status (0400,0600) in SOP Common Module Attributes (C.12-1)."""

    LOCAL = "LOCAL"
    "Acquired or created in the local entity."
    IMPORTED = "IMPORTED"
    "Imported from an external entity."

InstanceOriginStatusValue: TypeAlias = InstanceOriginStatus | Literal["LOCAL", "IMPORTED"]

class InstructionPerformedFlag(StrEnum):
    """Enumerated Values of Instruction Performed Flag (0018,9918) in Instructions Module Attributes (C.34.7-1)."""

    YES = "YES"
    NO = "NO"

InstructionPerformedFlagValue: TypeAlias = InstructionPerformedFlag | Literal["YES", "NO"]

class IntensifierActiveShape(StrEnum):
    """Enumerated Values of Intensifier Active Shape (0018,9427) in X-Ray Image Intensifier Module Attributes (C.8.19.4-1)."""

    RECTANGLE = "RECTANGLE"
    ROUND = "ROUND"
    HEXAGONAL = "HEXAGONAL"

IntensifierActiveShapeValue: TypeAlias = (
    IntensifierActiveShape | Literal["RECTANGLE", "ROUND", "HEXAGONAL"]
)

class InteroperabilityIndexTerm(StrEnum):
    """Defined Terms of Interoperability Index (0016,0061) in VL Photographic Acquisition Module Attributes (C.8.12.11-1)."""

    R98 = "R98"
    "Indicates a file conforming to R98 file specification of Recommended Exif Interoperability Rules (Exif R 98) or to DCF basic file stipulated by Design Rule for Camera File System."
    THM = "THM"
    "Indicates a file conforming to DCF thumbnail file stipulated by Design rule for Camera File System."
    R03 = "R03"
    "Indicates a file conforming to DCF Option File stipulated by Design rule for Camera File System."

class InterpolationTypeTerm(StrEnum):
    """Defined Terms of Interpolation Type (0052,0039) in Intravascular OCT Image Module Attributes (C.8.27.2-1)."""

    REPLICATE = "REPLICATE"
    BILINEAR = "BILINEAR"
    CUBIC = "CUBIC"

class InterventionStatus(StrEnum):
    """Enumerated Values of Intervention Status (0018,0038) in Intervention Module Attributes (C.7-19)."""

    PRE = "PRE"
    INTERMEDIATE = "INTERMEDIATE"
    POST = "POST"
    NONE = "NONE"

InterventionStatusValue: TypeAlias = (
    InterventionStatus | Literal["PRE", "INTERMEDIATE", "POST", "NONE"]
)

class InventoryCompletionStatus(StrEnum):
    """Enumerated Values of Inventory Completion Status (0008,0426) in Inventory Module Attributes (C.38.1-1)."""

    COMPLETE = "COMPLETE"
    "All Studies matching the Scope of Inventory are included in the Inventory SOP Instance and its subsidiary Incorporated Inventory SOP Instances"
    FAILURE = "FAILURE"
    "Production of the Inventory failed; some Studies matching the Scope of Inventory might not be included in the Inventory"
    CANCELED = "CANCELED"
    "Production of the Inventory was canceled; some Studies matching the Scope of Inventory might not be included in the Inventory"
    PARTIAL = "PARTIAL"
    "Production of the inventory is incomplete; some Studies matching the Scope of Inventory might not be included in the Inventory"

InventoryCompletionStatusValue: TypeAlias = (
    InventoryCompletionStatus | Literal["COMPLETE", "FAILURE", "CANCELED", "PARTIAL"]
)

class InventoryLevel(StrEnum):
    """Enumerated Values of Inventory Level (0008,0403) in Inventory Module Attributes (C.38.1-1)."""

    STUDY = "STUDY"
    "Study records only"
    SERIES = "SERIES"
    "Study and Series records only"
    INSTANCE = "INSTANCE"
    "Study, Series, and Instance records"

InventoryLevelValue: TypeAlias = InventoryLevel | Literal["STUDY", "SERIES", "INSTANCE"]

class InversionRecovery(StrEnum):
    """Enumerated Values of Inversion Recovery (0018,9009) in MR Modifier Macro Attributes (C.8-92)."""

    YES = "YES"
    NO = "NO"

InversionRecoveryValue: TypeAlias = InversionRecovery | Literal["YES", "NO"]

class Italic(StrEnum):
    """Enumerated Values of Italic (0070,0250) in Text Style Sequence Macro Attributes (C.10-5a)."""

    Y = "Y"
    "yes"
    N = "N"
    "no"

ItalicValue: TypeAlias = Italic | Literal["Y", "N"]

class IterativeReconstructionMethod(StrEnum):
    """Enumerated Values of Iterative Reconstruction Method (0018,9769) in PET Reconstruction Macro Attributes (C.8.22-17)."""

    YES = "YES"
    NO = "NO"

IterativeReconstructionMethodValue: TypeAlias = IterativeReconstructionMethod | Literal["YES", "NO"]

class IVUSAcquisitionTerm(StrEnum):
    """Defined Terms of IVUS Acquisition (0018,3100) in US Image Module Attributes (C.8-18)."""

    MOTOR_PULLBACK = "MOTOR_PULLBACK"
    MANUAL_PULLBACK = "MANUAL_PULLBACK"
    SELECTIVE = "SELECTIVE"
    GATED_PULLBACK = "GATED_PULLBACK"

class IVUSAcquisition(StrEnum):
    """Enumerated Values of IVUS Acquisition (0018,3100) in Intravascular Image Acquisition Parameters Module Attributes (C.8.27.5-1)."""

    MOTORIZED = "MOTORIZED"
    MANUAL = "MANUAL"
    SELECTIVE = "SELECTIVE"
    MEASURED = "MEASURED"

IVUSAcquisitionValue: TypeAlias = (
    IVUSAcquisition | Literal["MOTORIZED", "MANUAL", "SELECTIVE", "MEASURED"]
)

class KSpaceFilteringTerm(StrEnum):
    """Defined Terms of k-space Filtering (0018,9064) in MR Image and Spectroscopy Instance Macro Attributes (C.8-83)."""

    COSINE = "COSINE"
    COSINE_SQUARED = "COSINE_SQUARED"
    FERMI = "FERMI"
    GAUSSIAN = "GAUSSIAN"
    HAMMING = "HAMMING"
    HANNING = "HANNING"
    LORENTZIAN = "LORENTZIAN"
    LRNTZ_GSS_TRNSFM = "LRNTZ_GSS_TRNSFM"
    RIESZ = "RIESZ"
    TUKEY = "TUKEY"
    NONE = "NONE"

class LabelUsingInformationExtractedFromInstances(StrEnum):
    """Enumerated Values of Label Using Information Extracted From Instances (2200,0001) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"

LabelUsingInformationExtractedFromInstancesValue: TypeAlias = (
    LabelUsingInformationExtractedFromInstances | Literal["YES", "NO"]
)

class LateralSpreadingDeviceTypeTerm(StrEnum):
    """Defined Terms of Lateral Spreading Device Type (300A,0338) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    SCATTERER = "SCATTERER"
    "metal placed into the beam path to scatter charged particles laterally."
    MAGNET = "MAGNET"
    "nozzle configuration of magnet devices to expand beam laterally."

class Laterality(StrEnum):
    """Enumerated Values of Laterality (0020,0060) in General Series Module Attributes (C.7-5a)."""

    R = "R"
    "right"
    L = "L"
    "left"

LateralityValue: TypeAlias = Laterality | Literal["R", "L"]

class LateralityHangingProtocolDefinition(StrEnum):
    """Enumerated Values of Laterality (0020,0060) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    R = "R"
    "Right"
    L = "L"
    "Left"
    B = "B"
    "Both"
    U = "U"
    "Unpaired"

LateralityHangingProtocolDefinitionValue: TypeAlias = (
    LateralityHangingProtocolDefinition | Literal["R", "L", "B", "U"]
)

class LensSegmentType(StrEnum):
    """Enumerated Values of Lens Segment Type (0046,0038) in Lensometry Measurements Macro Attributes (C.8.25.8-2)."""

    PROGRESSIVE = "PROGRESSIVE"
    NONPROGRESSIVE = "NONPROGRESSIVE"

LensSegmentTypeValue: TypeAlias = LensSegmentType | Literal["PROGRESSIVE", "NONPROGRESSIVE"]

class LightSourcePolarization(StrEnum):
    """Enumerated Values of Light Source Polarization (0016,1001) in Dermoscopic Image Module Attributes (C.8.12.13-1)."""

    POLARIZED = "POLARIZED"
    NON_POLARIZED = "NON_POLARIZED"

LightSourcePolarizationValue: TypeAlias = (
    LightSourcePolarization | Literal["POLARIZED", "NON_POLARIZED"]
)

class LineDashingStyle(StrEnum):
    """Enumerated Values of Line Dashing Style (0070,0254) in Line Style Sequence Macro Attributes (C.10-5b)."""

    SOLID = "SOLID"
    DASHED = "DASHED"
    "Draws one part of the line with the Pattern On Color CIELab Value (0070,0251) and the other part with the Pattern Off Color CIELab Value (0070,0252)."

LineDashingStyleValue: TypeAlias = LineDashingStyle | Literal["SOLID", "DASHED"]

class LocalDeviationProbabilityNormalsFlag(StrEnum):
    """Enumerated Values of Local Deviation Probability Normals Flag (0024,0072) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"

LocalDeviationProbabilityNormalsFlagValue: TypeAlias = (
    LocalDeviationProbabilityNormalsFlag | Literal["YES", "NO"]
)

class LongitudinalTemporalEventTypeTerm(StrEnum):
    """Defined Terms of Longitudinal Temporal Event Type (0012,0053) in Clinical Trial Study Module Attributes (C.7-4b)."""

    ENROLLMENT = "ENROLLMENT"
    "Relative to enrollment of the subject in the research activity or clinical trial."
    BASELINE = "BASELINE"
    "Relative to the baseline imaging Study."

class LongitudinalTemporalInformationModified(StrEnum):
    """Enumerated Values of Longitudinal Temporal Information Modified (0028,0303) in SOP Common Module Attributes (C.12-1)."""

    UNMODIFIED = "UNMODIFIED"
    MODIFIED = "MODIFIED"
    REMOVED = "REMOVED"

LongitudinalTemporalInformationModifiedValue: TypeAlias = (
    LongitudinalTemporalInformationModified | Literal["UNMODIFIED", "MODIFIED", "REMOVED"]
)

class LossyImageCompression(StrEnum):
    """Enumerated Values of Lossy Image Compression (0028,2110) in Contributing Image Sources Macro Attributes (10-14)."""

    V00 = "00"
    "Image has not been subjected to lossy compression."
    V01 = "01"
    "Image has been subjected to lossy compression."

LossyImageCompressionValue: TypeAlias = LossyImageCompression | Literal["00", "01"]

class LUTFunctionTerm(StrEnum):
    """Defined Terms of LUT Function (0028,9474) in Pixel Intensity Relationship LUT Macro Attributes (C.7.6.16-14)."""

    TO_LOG = "TO_LOG"
    TO_LINEAR = "TO_LINEAR"

class LUTFunction(StrEnum):
    """Enumerated Values of LUT Function (0028,9474) in XA/XRF Presentation State Mask Module Attributes (C.11.19-1)."""

    TO_LOG = "TO_LOG"

LUTFunctionValue: TypeAlias = LUTFunction | Literal["TO_LOG"]

class MACAlgorithmTerm(StrEnum):
    """Defined Terms of MAC Algorithm (0400,0015) in Hierarchical Evidence Reference Macro Attributes (10.42-1)."""

    RIPEMD160 = "RIPEMD160"
    "[ISO/IEC 10118-3]"
    MD5 = "MD5"
    "[RFC1321] See also security considerations in [RFC6151]. The use of MD5 is no longer recommended."
    SHA1 = "SHA1"
    "[FIPS PUB 180-4]"
    SHA224 = "SHA224"
    "[FIPS PUB 180-4]"
    SHA256 = "SHA256"
    "[FIPS PUB 180-4]"
    SHA384 = "SHA384"
    "[FIPS PUB 180-4]"
    SHA512 = "SHA512"
    "[FIPS PUB 180-4]"
    SHA512_224 = "SHA512_224"
    "[FIPS PUB 180-4]"
    SHA512_256 = "SHA512_256"
    "[FIPS PUB 180-4]"
    SHA3_224 = "SHA3_224"
    "[FIPS PUB 202]"
    SHA3_256 = "SHA3_256"
    "[FIPS PUB 202]"
    SHA3_384 = "SHA3_384"
    "[FIPS PUB 202]"
    SHA3_512 = "SHA3_512"
    "[FIPS PUB 202]"

class MagnetizationTransfer(StrEnum):
    """Enumerated Values of Magnetization Transfer (0018,9020) in MR Imaging Modifier Macro Attributes (C.8-93)."""

    ON_RESONANCE = "ON_RESONANCE"
    OFF_RESONANCE = "OFF_RESONANCE"
    NONE = "NONE"

MagnetizationTransferValue: TypeAlias = (
    MagnetizationTransfer | Literal["ON_RESONANCE", "OFF_RESONANCE", "NONE"]
)

class MagnificationTypeTerm(StrEnum):
    """Defined Terms of Magnification Type (2010,0060) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    REPLICATE = "REPLICATE"
    BILINEAR = "BILINEAR"
    CUBIC = "CUBIC"
    NONE = "NONE"

class MandatoryComponentTypeTerm(StrEnum):
    """Defined Terms of Mandatory Component Type (0076,0038) in Implant Assembly Template Module Attributes (C.29.2-1)."""

    YES = "YES"
    NO = "NO"

class Manifold(StrEnum):
    """Enumerated Values of Manifold (0066,0010) in Surface Mesh Module Attributes (C.27-1)."""

    YES = "YES"
    "Manifold in every point"
    NO = "NO"
    "Does contain non-manifold points"
    UNKNOWN = "UNKNOWN"
    "Might or might not contain non-manifold points"

ManifoldValue: TypeAlias = Manifold | Literal["YES", "NO", "UNKNOWN"]

class MappingResourceTerm(StrEnum):
    """Defined Terms of Mapping Resource (0008,0105) in Enhanced Code Sequence Macro Attributes (8.8-1b)."""

    DCMR = "DCMR"
    "DICOM Content Mapping Resource"
    SDM = "SDM"
    "SNOMED DICOM Microglossary (Retired)"

class MaskOperationTerm(StrEnum):
    """Defined Terms of Mask Operation (0028,6101) in Mask Module Attributes (C.7-16)."""

    NONE = "NONE"
    "(No Subtraction) No mask subtraction operation is specified;"
    AVG_SUB = "AVG_SUB"
    "(Average Subtraction) The frames specified by the Mask Frame Numbers (0028,6110) are averaged together, shifted by the amount specified in the Mask Sub-pixel Shift (0028,6114), then subtracted from the contrast frames in the range specified in the Applicable Frame Range (0028,6102). Contrast Frame Averaging (0028,6112) number of frames starting with the current frame are averaged together before the subtraction. If the Applicable Frame Range is not present in this Sequence Item, the Applicable Frame Range is assumed to end at the last frame number of the image minus Contrast Frame Averaging (0028,6112) plus one;"
    TID = "TID"
    "(Time Interval Differencing) The mask for each frame within the Applicable Frame Range (0028,6102) is selected by subtracting TID Offset (0028,6120) from the respective frame number. If the Applicable Frame Range is not present in this Sequence Item, the Applicable Frame Range is assumed to be a range where TID offset subtracted from any frame number with the range results in a valid frame number within the Multi-frame image. A positive value for TID Offset (0028,6120) means that the mask frame numbers are lower than the subtracted frame numbers. A negative TID Offset means that the mask frame numbers are higher than the subtracted frame numbers."
    REV_TID = "REV_TID"
    "(Reversed Time Interval Differencing) The number of the mask frame for each contrast frame within the Applicable Frame Range (0028,6102) is calculated by subtracting TID Offset (0028,6120) from the first frame within the Applicable Frame Range, TID Offset (0028,6120) +2 from the second frame within the Applicable Frame Range, TID Offset (0028,6120) +4 from the third frame and so on. The Applicable Frame Range (0028,6102) shall be present. When multiple pairs of frame numbers are specified in the Applicable Frame Range Attribute, the beginning frame numbers (i.e., the first frame number in each pair) shall be in increasing order. Algorithm to calculate the Mask Frame Number: MFN = (FCFN - TID Offset) - (CFN - FCFN) Where: MFN = Mask Frame Number CFN = Contrast Frame Number FCFN = First Contrast Frame Number, the first frame number of the first pair in the Applicable Frame Range A positive value for TID Offset (0028,6120) means that the mask frame numbers are lower than the subtracted frame numbers. A negative TID Offset means that the mask frame numbers are higher than the subtracted frame numbers."

class MaskOperation(StrEnum):
    """Enumerated Values of Mask Operation (0028,6101) in Presentation State Mask Module Attributes (C.11.13-1)."""

    AVG_SUB = "AVG_SUB"
    TID = "TID"

MaskOperationValue: TypeAlias = MaskOperation | Literal["AVG_SUB", "TID"]

class MaskSelectionMode(StrEnum):
    """Enumerated Values of Mask Selection Mode (0028,9454) in Mask Module Attributes (C.7-16)."""

    SYSTEM = "SYSTEM"
    USER = "USER"

MaskSelectionModeValue: TypeAlias = MaskSelectionMode | Literal["SYSTEM", "USER"]

class MeasuredDoseTypeTerm(StrEnum):
    """Defined Terms of Measured Dose Type (3008,0014) in Measured Dose Reference Record Module Attributes (C.8-55)."""

    DIODE = "DIODE"
    "semiconductor diode"
    TLD = "TLD"
    "thermoluminescent dosimeter"
    ION_CHAMBER = "ION_CHAMBER"
    "ion chamber"
    GEL = "GEL"
    "dose sensitive gel"
    EPID = "EPID"
    "electronic portal imaging device"
    FILM = "FILM"
    "dose sensitive film"

class MeasurementEquipmentType(StrEnum):
    """Enumerated Values of Measurement Equipment Type (0028,7014) in Display QA Result Context Macro Attributes (C.32.3.1-1)."""

    BUILT_IN_FRONT = "BUILT_IN_FRONT"
    "The sensor is located on the front of the surface of a display device"
    BUILT_IN_BACK = "BUILT_IN_BACK"
    "The sensor is located inside the display device"
    NEAR_RANGE = "NEAR_RANGE"
    "The sensor is held at a close distance from the surface of the display device"
    TELESCOPIC = "TELESCOPIC"
    "The sensor is aimed toward the display device from a distance of about 1 meter"

MeasurementEquipmentTypeValue: TypeAlias = (
    MeasurementEquipmentType
    | Literal["BUILT_IN_FRONT", "BUILT_IN_BACK", "NEAR_RANGE", "TELESCOPIC"]
)

class MeasurementLaterality(StrEnum):
    """Enumerated Values of Measurement Laterality (0024,0113) in General Ophthalmic Refractive Measurements Module Attributes (C.8.25.7-1)."""

    R = "R"
    "right"
    L = "L"
    "left"
    B = "B"
    "both left and right together"

MeasurementLateralityValue: TypeAlias = MeasurementLaterality | Literal["R", "L", "B"]

class MediumTypeTerm(StrEnum):
    """Defined Terms of Medium Type (2000,0030) in Billing and Material Management Code Module Attributes (C.4-17)."""

    PAPER = "PAPER"
    CLEAR_FILM = "CLEAR FILM"
    BLUE_FILM = "BLUE FILM"
    MAMMO_CLEAR_FILM = "MAMMO CLEAR FILM"
    MAMMO_BLUE_FILM = "MAMMO BLUE FILM"

class MIMETypeOfEncapsulatedDocument(StrEnum):
    """Enumerated Values of MIME Type of Encapsulated Document (0042,0012) in Generic Implant Template Description Module Attributes (C.29.1.1-1)."""

    application_pdf = "application/pdf"

MIMETypeOfEncapsulatedDocumentValue: TypeAlias = (
    MIMETypeOfEncapsulatedDocument | Literal["application/pdf"]
)

class ModalityTerm(StrEnum):
    """Defined Terms of Modality (0008,0060) in Scheduled Procedure Step Module Attributes (C.4-10)."""

    ANN = "ANN"
    "Annotation"
    AR = "AR"
    "Autorefraction"
    ASMT = "ASMT"
    "Content Assessment Results"
    AU = "AU"
    "Audio"
    BDUS = "BDUS"
    "Bone Densitometry (ultrasound)"
    BI = "BI"
    "Biomagnetic imaging"
    BMD = "BMD"
    "Bone Densitometry (X-Ray)"
    CFM = "CFM"
    "Confocal Microscopy"
    CR = "CR"
    "Computed Radiography"
    CT = "CT"
    "Computed Tomography"
    CTPROTOCOL = "CTPROTOCOL"
    "CT Protocol (Performed)"
    DMS = "DMS"
    "Dermoscopy"
    DG = "DG"
    "Diaphanography"
    DOC = "DOC"
    "Document"
    DX = "DX"
    "Digital Radiography"
    ECG = "ECG"
    "Electrocardiography"
    EEG = "EEG"
    "Electroencephalography"
    EMG = "EMG"
    "Electromyography"
    EOG = "EOG"
    "Electrooculography"
    EPS = "EPS"
    "Cardiac Electrophysiology"
    ES = "ES"
    "Endoscopy"
    FID = "FID"
    "Fiducials"
    GM = "GM"
    "General Microscopy"
    HC = "HC"
    "Hard Copy"
    HD = "HD"
    "Hemodynamic Waveform"
    IO = "IO"
    "Intra-Oral Radiography"
    IOL = "IOL"
    "Intraocular Lens Data"
    IVOCT = "IVOCT"
    "Intravascular Optical Coherence Tomography"
    IVUS = "IVUS"
    "Intravascular Ultrasound"
    KER = "KER"
    "Keratometry"
    KO = "KO"
    "Key Object Selection"
    LEN = "LEN"
    "Lensometry"
    LS = "LS"
    "Laser surface scan"
    MG = "MG"
    "Mammography"
    MR = "MR"
    "Magnetic Resonance"
    M3D = "M3D"
    "Model for 3D Manufacturing"
    NM = "NM"
    "Nuclear Medicine"
    OAM = "OAM"
    "Ophthalmic Axial Measurements"
    OCT = "OCT"
    "Optical Coherence Tomography (non-Ophthalmic)"
    OP = "OP"
    "Ophthalmic Photography"
    OPM = "OPM"
    "Ophthalmic Mapping"
    OPT = "OPT"
    "Ophthalmic Tomography"
    OPTBSV = "OPTBSV"
    "Ophthalmic Tomography B-scan Volume Analysis"
    OPTENF = "OPTENF"
    "Ophthalmic Tomography En Face"
    OPV = "OPV"
    "Ophthalmic Visual Field"
    OSS = "OSS"
    "Optical Surface Scan"
    OT = "OT"
    "Other"
    PA = "PA"
    "Photoacoustic"
    PLAN = "PLAN"
    'Plan The term "PLAN" denotes Series describing planned activities. It is not be confused with radiotherapy treatment plans.'
    POS = "POS"
    "Position Sensor"
    PR = "PR"
    "Presentation State"
    PT = "PT"
    "Positron emission tomography (PET)"
    PX = "PX"
    "Panoramic X-Ray"
    REG = "REG"
    "Registration"
    RESP = "RESP"
    "Respiratory Waveform"
    RF = "RF"
    "Radio Fluoroscopy"
    RG = "RG"
    "Radiographic imaging (conventional film/screen)"
    RTDOSE = "RTDOSE"
    "Radiotherapy Dose"
    RTIMAGE = "RTIMAGE"
    "Radiotherapy Image"
    RTINTENT = "RTINTENT"
    "Radiotherapy Intent"
    RTPLAN = "RTPLAN"
    "Radiotherapy Plan"
    RTRAD = "RTRAD"
    "RT Radiation"
    RTRECORD = "RTRECORD"
    "RT Treatment Record"
    RTSEGANN = "RTSEGANN"
    "Radiotherapy Segment Annotation"
    RTSTRUCT = "RTSTRUCT"
    "Radiotherapy Structure Set"
    RWV = "RWV"
    "Real World Value Map"
    SEG = "SEG"
    "Segmentation"
    SM = "SM"
    "Slide Microscopy"
    SMR = "SMR"
    "Stereometric Relationship"
    SR = "SR"
    "SR Document"
    SRF = "SRF"
    "Subjective Refraction"
    STAIN = "STAIN"
    "Automated Slide Stainer"
    TEXTUREMAP = "TEXTUREMAP"
    "Texture Map"
    TG = "TG"
    "Thermography"
    US = "US"
    "Ultrasound"
    VA = "VA"
    "Visual Acuity"
    XA = "XA"
    "X-Ray Angiography"
    XAPROTOCOL = "XAPROTOCOL"
    "XA Protocol (Performed)"
    XC = "XC"
    "External-camera Photography"
    AS = "AS"
    "Angioscopy"
    CD = "CD"
    "Color flow Doppler"
    CF = "CF"
    "Cinefluorography"
    CP = "CP"
    "Culposcopy"
    CS = "CS"
    "Cystoscopy"
    DD = "DD"
    "Duplex Doppler"
    DF = "DF"
    "Digital fluoroscopy"
    DM = "DM"
    "Digital microscopy"
    DS = "DS"
    "Digital Subtraction Angiography"
    EC = "EC"
    "Echocardiography"
    FA = "FA"
    "Fluorescein angiography"
    FS = "FS"
    "Fundoscopy"
    LP = "LP"
    "Laparoscopy"
    MA = "MA"
    "Magnetic resonance angiography"
    MS = "MS"
    "Magnetic resonance spectroscopy"
    OPR = "OPR"
    "Ophthalmic Refraction"
    ST = "ST"
    "Single-photon emission computed tomography (SPECT)"
    VF = "VF"
    "Videofluorography"

class Modality(StrEnum):
    """Enumerated Values of Modality (0008,0060) in RT Series Module Attributes (C.8-37)."""

    RTIMAGE = "RTIMAGE"
    "RT Image"
    RTDOSE = "RTDOSE"
    "RT Dose"
    RTSTRUCT = "RTSTRUCT"
    "RT Structure Set"
    RTPLAN = "RTPLAN"
    "RT Plan"
    RTRECORD = "RTRECORD"
    "RT Treatment Record"

ModalityValue: TypeAlias = Modality | Literal["RTIMAGE", "RTDOSE", "RTSTRUCT", "RTPLAN", "RTRECORD"]

class ModalityDXSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in DX Series Module Attributes (C.8-68)."""

    DX = "DX"
    PX = "PX"
    IO = "IO"
    MG = "MG"

ModalityDXSeriesValue: TypeAlias = ModalityDXSeries | Literal["DX", "PX", "IO", "MG"]

class ModalityMammographySeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Mammography Series Module Attributes (C.8-73)."""

    MG = "MG"

ModalityMammographySeriesValue: TypeAlias = ModalityMammographySeries | Literal["MG"]

class ModalityIntraOralSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Intra-Oral Series Module Attributes (C.8-75)."""

    IO = "IO"

ModalityIntraOralSeriesValue: TypeAlias = ModalityIntraOralSeries | Literal["IO"]

class ModalityWholeSlideMicroscopySeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Whole Slide Microscopy Series Module Attributes (C.8.12.3-1)."""

    SM = "SM"

ModalityWholeSlideMicroscopySeriesValue: TypeAlias = (
    ModalityWholeSlideMicroscopySeries | Literal["SM"]
)

class ModalityMRSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in MR Series Module Attributes (C.8-101)."""

    MR = "MR"

ModalityMRSeriesValue: TypeAlias = ModalityMRSeries | Literal["MR"]

class ModalityCTSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in CT Series Module Attributes (C.8-113)."""

    CT = "CT"

ModalityCTSeriesValue: TypeAlias = ModalityCTSeries | Literal["CT"]

class ModalityOphthalmicPhotographySeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Photography Series Module Attributes (C.8.17.1-1)."""

    OP = "OP"

ModalityOphthalmicPhotographySeriesValue: TypeAlias = (
    ModalityOphthalmicPhotographySeries | Literal["OP"]
)

class ModalityOphthalmicTomographySeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Tomography Series Module Attributes (C.8.17.6-1)."""

    OPT = "OPT"

ModalityOphthalmicTomographySeriesValue: TypeAlias = (
    ModalityOphthalmicTomographySeries | Literal["OPT"]
)

class ModalityOphthalmicTomographyEnFaceSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Tomography En Face Series Module Attributes (C.8.17.17-1)."""

    OPTENF = "OPTENF"

ModalityOphthalmicTomographyEnFaceSeriesValue: TypeAlias = (
    ModalityOphthalmicTomographyEnFaceSeries | Literal["OPTENF"]
)

class ModalityOphthalmicTomographyBScanVolumeAnalysisSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Tomography B-scan Volume Analysis Series Module Attributes (C.8.17.18-1)."""

    OPTBSV = "OPTBSV"

ModalityOphthalmicTomographyBScanVolumeAnalysisSeriesValue: TypeAlias = (
    ModalityOphthalmicTomographyBScanVolumeAnalysisSeries | Literal["OPTBSV"]
)

class ModalityStereometricSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Stereometric Series Module Attributes (C.8.18.1-1)."""

    SMR = "SMR"

ModalityStereometricSeriesValue: TypeAlias = ModalityStereometricSeries | Literal["SMR"]

class ModalityXAXRFSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in XA/XRF Series Module Attributes (C.8.19.1-1)."""

    XA = "XA"
    RF = "RF"

ModalityXAXRFSeriesValue: TypeAlias = ModalityXAXRFSeries | Literal["XA", "RF"]

class ModalitySegmentationSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Segmentation Series Module Attributes (C.8.20-1)."""

    SEG = "SEG"

ModalitySegmentationSeriesValue: TypeAlias = ModalitySegmentationSeries | Literal["SEG"]

class ModalityEnhancedPETSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Enhanced PET Series Module Attributes (C.8.22-1)."""

    PT = "PT"

ModalityEnhancedPETSeriesValue: TypeAlias = ModalityEnhancedPETSeries | Literal["PT"]

class ModalityEnhancedUSSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Enhanced US Series Module Attributes (C.8.24.1-1)."""

    US = "US"
    IVUS = "IVUS"

ModalityEnhancedUSSeriesValue: TypeAlias = ModalityEnhancedUSSeries | Literal["US", "IVUS"]

class ModalityLensometryMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Lensometry Measurements Series Module Attributes (C.8.25.1-1)."""

    LEN = "LEN"

ModalityLensometryMeasurementsSeriesValue: TypeAlias = (
    ModalityLensometryMeasurementsSeries | Literal["LEN"]
)

class ModalityAutorefractionMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Autorefraction Measurements Series Module Attributes (C.8.25.2-1)."""

    AR = "AR"

ModalityAutorefractionMeasurementsSeriesValue: TypeAlias = (
    ModalityAutorefractionMeasurementsSeries | Literal["AR"]
)

class ModalityKeratometryMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Keratometry Measurements Series Module Attributes (C.8.25.3-1)."""

    KER = "KER"

ModalityKeratometryMeasurementsSeriesValue: TypeAlias = (
    ModalityKeratometryMeasurementsSeries | Literal["KER"]
)

class ModalitySubjectiveRefractionMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Subjective Refraction Measurements Series Module Attributes (C.8.25.4-1)."""

    SRF = "SRF"

ModalitySubjectiveRefractionMeasurementsSeriesValue: TypeAlias = (
    ModalitySubjectiveRefractionMeasurementsSeries | Literal["SRF"]
)

class ModalityVisualAcuityMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Visual Acuity Measurements Series Module Attributes (C.8.25.5-1)."""

    VA = "VA"

ModalityVisualAcuityMeasurementsSeriesValue: TypeAlias = (
    ModalityVisualAcuityMeasurementsSeries | Literal["VA"]
)

class ModalityOphthalmicAxialMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Axial Measurements Series Module Attributes (C.8.25.13-1)."""

    OAM = "OAM"

ModalityOphthalmicAxialMeasurementsSeriesValue: TypeAlias = (
    ModalityOphthalmicAxialMeasurementsSeries | Literal["OAM"]
)

class ModalityIntraocularLensCalculationsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Intraocular Lens Calculations Series Module Attributes (C.8.25.15-1)."""

    IOL = "IOL"

ModalityIntraocularLensCalculationsSeriesValue: TypeAlias = (
    ModalityIntraocularLensCalculationsSeries | Literal["IOL"]
)

class ModalityVisualFieldStaticPerimetryMeasurementsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Visual Field Static Perimetry Measurements Series Module Attributes (C.8.26.1-1)."""

    OPV = "OPV"

ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue: TypeAlias = (
    ModalityVisualFieldStaticPerimetryMeasurementsSeries | Literal["OPV"]
)

class ModalityIntravascularOCTSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Intravascular OCT Series Module Attributes (C.8.27.1-1)."""

    IVOCT = "IVOCT"

ModalityIntravascularOCTSeriesValue: TypeAlias = ModalityIntravascularOCTSeries | Literal["IVOCT"]

class ModalityOphthalmicThicknessMapSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Ophthalmic Thickness Map Series Module Attributes (C.8.28.1-1)."""

    OPM = "OPM"

ModalityOphthalmicThicknessMapSeriesValue: TypeAlias = (
    ModalityOphthalmicThicknessMapSeries | Literal["OPM"]
)

class ModalityOpticalSurfaceScannerSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Optical Surface Scanner Series Module Attributes (C.8.29-1)."""

    OSS = "OSS"

ModalityOpticalSurfaceScannerSeriesValue: TypeAlias = (
    ModalityOpticalSurfaceScannerSeries | Literal["OSS"]
)

class ModalityPresentationSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Presentation Series Module Attributes (C.11.9-1)."""

    PR = "PR"
    "Presentation State"

ModalityPresentationSeriesValue: TypeAlias = ModalityPresentationSeries | Literal["PR"]

class ModalitySRDocumentSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in SR Document Series Module Attributes (C.17-1)."""

    SR = "SR"
    "SR Document"

ModalitySRDocumentSeriesValue: TypeAlias = ModalitySRDocumentSeries | Literal["SR"]

class ModalityKeyObjectDocumentSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Key Object Document Series Module Attributes (C.17.6-1)."""

    KO = "KO"
    "Key Object Selection"

ModalityKeyObjectDocumentSeriesValue: TypeAlias = ModalityKeyObjectDocumentSeries | Literal["KO"]

class ModalitySpatialRegistrationSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Spatial Registration Series Module Attributes (C.20.1-1)."""

    REG = "REG"

ModalitySpatialRegistrationSeriesValue: TypeAlias = (
    ModalitySpatialRegistrationSeries | Literal["REG"]
)

class ModalitySpatialFiducialsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Spatial Fiducials Series Module Attributes (C.21.1-1)."""

    FID = "FID"

ModalitySpatialFiducialsSeriesValue: TypeAlias = ModalitySpatialFiducialsSeries | Literal["FID"]

class ModalityRealWorldValueMappingSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Real World Value Mapping Series Module Attributes (C.25.1-1)."""

    RWV = "RWV"

ModalityRealWorldValueMappingSeriesValue: TypeAlias = (
    ModalityRealWorldValueMappingSeries | Literal["RWV"]
)

class ModalityCTProtocolSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in CT Protocol Series Module Attributes (C.34.1-1)."""

    CTPROTOCOL = "CTPROTOCOL"

ModalityCTProtocolSeriesValue: TypeAlias = ModalityCTProtocolSeries | Literal["CTPROTOCOL"]

class ModalityXAProtocolSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in XA Protocol Series Module Attributes (C.34.16-1)."""

    XAPROTOCOL = "XAPROTOCOL"

ModalityXAProtocolSeriesValue: TypeAlias = ModalityXAProtocolSeries | Literal["XAPROTOCOL"]

class ModalityEnhancedRTSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Enhanced RT Series Module Attributes (C.36.3-1)."""

    RTINTENT = "RTINTENT"
    "Radiotherapy Intent"
    RTRAD = "RTRAD"
    "RT Radiation"
    RTSEGANN = "RTSEGANN"
    "Radiotherapy Segment Annotation"
    PLAN = "PLAN"
    'Plan The term "PLAN" denotes Series describing planned activities. It is not be confused with radiotherapy treatment plans.'

ModalityEnhancedRTSeriesValue: TypeAlias = (
    ModalityEnhancedRTSeries | Literal["RTINTENT", "RTRAD", "RTSEGANN", "PLAN"]
)

class ModalityMicroscopyBulkSimpleAnnotationsSeries(StrEnum):
    """Enumerated Values of Modality (0008,0060) in Microscopy Bulk Simple Annotations Series Module Attributes (C.37.1-1)."""

    ANN = "ANN"

ModalityMicroscopyBulkSimpleAnnotationsSeriesValue: TypeAlias = (
    ModalityMicroscopyBulkSimpleAnnotationsSeries | Literal["ANN"]
)

class ModelMirroring(StrEnum):
    """Enumerated Values of Model Mirroring (0068,7002) in Manufacturing 3D Model Module Attributes (C.35.1-1)."""

    YES = "YES"
    NO = "NO"

ModelMirroringValue: TypeAlias = ModelMirroring | Literal["YES", "NO"]

class ModelModification(StrEnum):
    """Enumerated Values of Model Modification (0068,7001) in Manufacturing 3D Model Module Attributes (C.35.1-1)."""

    YES = "YES"
    NO = "NO"

ModelModificationValue: TypeAlias = ModelModification | Literal["YES", "NO"]

class ModifiableConstraintFlag(StrEnum):
    """Enumerated Values of Modifiable Constraint Flag (0082,0038) in General Defined Acquisition Module Attributes (C.34.9-1)."""

    YES = "YES"
    "The constraint may be modified."
    NO = "NO"
    "The constraint may not be modified."

ModifiableConstraintFlagValue: TypeAlias = ModifiableConstraintFlag | Literal["YES", "NO"]

class ModulatedScanModeTypeTerm(StrEnum):
    """Defined Terms of Modulated Scan Mode Type (300A,0309) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    STATIONARY = "STATIONARY"
    "The Meterset is delivered while the beam spot is at the specified position. The beam is always turned off when the position changes."
    LEAPING = "LEAPING"
    "The Meterset is mainly delivered at the specified spot position, while some of the Meterset is delivered while the spot is moved from the prior spot position. This mode also supports turning off the beam between spot positions."
    LINEAR = "LINEAR"
    "The Meterset is delivered uniformly while the beam spot position changes. This mode also supports turning off the beam between line segments."

class MPRThicknessType(StrEnum):
    """Enumerated Values of MPR Thickness Type (0070,1502) in Multi-Planar Reconstruction Geometry Module Attributes (C.11.26-1)."""

    THIN = "THIN"
    "a rendering of nominally minimal but unspecified thickness"
    SLAB = "SLAB"
    "an orthographic rendering of a volume with a defined thickness"

MPRThicknessTypeValue: TypeAlias = MPRThicknessType | Literal["THIN", "SLAB"]

class MRAcquisitionType(StrEnum):
    """Enumerated Values of MR Acquisition Type (0018,0023) in MR Image Module Attributes (C.8-4)."""

    V2D = "2D"
    "frequency x phase"
    V3D = "3D"
    "frequency x phase x phase"

MRAcquisitionTypeValue: TypeAlias = MRAcquisitionType | Literal["2D", "3D"]

class MRAcquisitionTypeTerm(StrEnum):
    """Defined Terms of MR Acquisition Type (0018,0023) in MR Pulse Sequence Module Attributes (C.8-87)."""

    V1D = "1D"
    V2D = "2D"
    V3D = "3D"

class MRSpectroscopyAcquisitionTypeTerm(StrEnum):
    """Defined Terms of MR Spectroscopy Acquisition Type (0018,9200) in MR Spectroscopy Pulse Sequence Module Attributes (C.8-103)."""

    SINGLE_VOXEL = "SINGLE_VOXEL"
    ROW = "ROW"
    PLANE = "PLANE"
    VOLUME = "VOLUME"

class MultiCoilElementUsed(StrEnum):
    """Enumerated Values of Multi-Coil Element Used (0018,9048) in MR Receive Coil Macro Attributes (C.8-94)."""

    YES = "YES"
    NO = "NO"

MultiCoilElementUsedValue: TypeAlias = MultiCoilElementUsed | Literal["YES", "NO"]

class MultiPlanarExcitation(StrEnum):
    """Enumerated Values of Multi-planar Excitation (0018,9012) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"

MultiPlanarExcitationValue: TypeAlias = MultiPlanarExcitation | Literal["YES", "NO"]

class MultiPlanarReconstructionStyle(StrEnum):
    """Enumerated Values of Multi-Planar Reconstruction Style (0070,1501) in Multi-Planar Reconstruction Geometry Module Attributes (C.11.26-1)."""

    PLANAR = "PLANAR"
    "by a Euclidean plane"

MultiPlanarReconstructionStyleValue: TypeAlias = MultiPlanarReconstructionStyle | Literal["PLANAR"]

class MultienergyCTAcquisition(StrEnum):
    """Enumerated Values of Multi-energy CT Acquisition (0018,9361) in CT Image Module Attributes (C.8-3)."""

    YES = "YES"
    NO = "NO"

MultienergyCTAcquisitionValue: TypeAlias = MultienergyCTAcquisition | Literal["YES", "NO"]

class MultienergyDetectorTypeTerm(StrEnum):
    """Defined Terms of Multi-energy Detector Type (0018,9372) in Multi-energy CT X-Ray Detector Macro Attributes (C.8.2.2-3)."""

    INTEGRATING = "INTEGRATING"
    "physical detector integrates the full X-Ray spectrum."
    MULTILAYER = "MULTILAYER"
    "physical detector layers absorb different parts of the X-Ray spectrum"
    PHOTON_COUNTING = "PHOTON_COUNTING"
    "physical detector counts photons with energy discrimination capability"

class MultienergySourceTechniqueTerm(StrEnum):
    """Defined Terms of Multi-energy Source Technique (0018,9368) in Multi-energy CT X-Ray Source Macro Attributes (C.8.2.2-2)."""

    SWITCHING_SOURCE = "SWITCHING_SOURCE"
    "a physical X-Ray source (tube) uses beam mode switching"
    CONSTANT_SOURCE = "CONSTANT_SOURCE"
    "a physical X-Ray source (tube) uses a beam with constant characteristics"

class MultipleSpinEcho(StrEnum):
    """Enumerated Values of Multiple Spin Echo (0018,9011) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"

MultipleSpinEchoValue: TypeAlias = MultipleSpinEcho | Literal["YES", "NO"]

class NominalBeamEnergyUnitTerm(StrEnum):
    """Defined Terms of Nominal Beam Energy Unit (300A,0015) in RT Beams Session Record Module Attributes (C.8-57)."""

    MV = "MV"
    "Megavolt"
    MEV = "MEV"
    "Mega electron-Volt"

class NonUniformRadialSamplingCorrected(StrEnum):
    """Enumerated Values of Non-uniform Radial Sampling Corrected (0018,9766) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"

NonUniformRadialSamplingCorrectedValue: TypeAlias = (
    NonUniformRadialSamplingCorrected | Literal["YES", "NO"]
)

class ObservationSignificance(StrEnum):
    """Enumerated Values of Observation Significance (0082,0008) in Content Assessment Results Module Attributes (C.33.1-1)."""

    MAJOR = "MAJOR"
    "The observation represents a major concern. Further use of the assessed object(s) is not advised."
    MODERATE = "MODERATE"
    "The observation represents a moderate concern. Intervention by an authorized person is advised prior to any use of the assessed object(s)."
    MINOR = "MINOR"
    "The observation represents a minor concern, that does not inhibit further use of the assessed object(s)."
    CONSISTENT = "CONSISTENT"
    "The observation was consistent with the assessment criteria."

ObservationSignificanceValue: TypeAlias = (
    ObservationSignificance | Literal["MAJOR", "MODERATE", "MINOR", "CONSISTENT"]
)

class ObserverType(StrEnum):
    """Enumerated Values of Observer Type (0040,A084) in Assertion Macro Attributes (10.30-1)."""

    PSN = "PSN"
    "Person"
    DEV = "DEV"
    "Device"

ObserverTypeValue: TypeAlias = ObserverType | Literal["PSN", "DEV"]

class OCTAcquisitionDomainTerm(StrEnum):
    """Defined Terms of OCT Acquisition Domain (0052,0006) in Intravascular OCT Acquisition Parameters Module Attributes (C.8.27.3-1)."""

    TIME = "TIME"
    FREQUENCY = "FREQUENCY"
    SPECTRAL = "SPECTRAL"

class OCTZOffsetApplied(StrEnum):
    """Enumerated Values of OCT Z Offset Applied (0052,0026) in Intravascular OCT Processing Parameters Module Attributes (C.8.27.4-1)."""

    YES = "YES"
    NO = "NO"

OCTZOffsetAppliedValue: TypeAlias = OCTZOffsetApplied | Literal["YES", "NO"]

class OffsetDirection(StrEnum):
    """Enumerated Values of Offset Direction (0018,9905) in Reference Location Macro Attributes (10.27-1)."""

    SUPERIOR = "SUPERIOR"
    INFERIOR = "INFERIOR"
    ANTERIOR = "ANTERIOR"
    POSTERIOR = "POSTERIOR"
    LEFT = "LEFT"
    RIGHT = "RIGHT"
    PROXIMAL = "PROXIMAL"
    DISTAL = "DISTAL"
    MEDIAL = "MEDIAL"
    LATERAL = "LATERAL"

OffsetDirectionValue: TypeAlias = (
    OffsetDirection
    | Literal[
        "SUPERIOR",
        "INFERIOR",
        "ANTERIOR",
        "POSTERIOR",
        "LEFT",
        "RIGHT",
        "PROXIMAL",
        "DISTAL",
        "MEDIAL",
        "LATERAL",
    ]
)

class OperatingModeTerm(StrEnum):
    """Defined Terms of Operating Mode (0018,9178) in MR Timing and Related Parameters Macro Attributes (C.8-89)."""

    IEC_NORMAL = "IEC_NORMAL"
    "[IEC 60601-2-33] Clause 201.3.224"
    IEC_FIRST_LEVEL = "IEC_FIRST_LEVEL"
    "[IEC 60601-2-33] Clause 201.3.208"
    IEC_SECOND_LEVEL = "IEC_SECOND_LEVEL"
    "[IEC 60601-2-33] Clause 201.3.231"

class OperatingModeTypeTerm(StrEnum):
    """Defined Terms of Operating Mode Type (0018,9177) in MR Timing and Related Parameters Macro Attributes (C.8-89)."""

    STATIC_FIELD = "STATIC FIELD"
    RF = "RF"
    GRADIENT = "GRADIENT"

class OphthalmicAxialLengthMeasurementModified(StrEnum):
    """Enumerated Values of Ophthalmic Axial Length Measurement Modified (0022,1140) in Ophthalmic Axial Measurements Macro Attributes (C.8.25.14-2)."""

    YES = "YES"
    NO = "NO"

OphthalmicAxialLengthMeasurementModifiedValue: TypeAlias = (
    OphthalmicAxialLengthMeasurementModified | Literal["YES", "NO"]
)

class OphthalmicAxialLengthMeasurementsType(StrEnum):
    """Enumerated Values of Ophthalmic Axial Length Measurements Type (0022,1010) in Ophthalmic Axial Measurements Macro Attributes (C.8.25.14-2)."""

    TOTAL_LENGTH = "TOTAL LENGTH"
    "the total axial length was taken with one measurement"
    LENGTH_SUMMATION = "LENGTH SUMMATION"
    "the total axial length is a summation of segmental lengths"
    SEGMENTAL_LENGTH = "SEGMENTAL LENGTH"
    "the length of a segment of the axis"

OphthalmicAxialLengthMeasurementsTypeValue: TypeAlias = (
    OphthalmicAxialLengthMeasurementsType
    | Literal["TOTAL LENGTH", "LENGTH SUMMATION", "SEGMENTAL LENGTH"]
)

class OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected(StrEnum):
    """Enumerated Values of Ophthalmic Axial Length Measurements Type (0022,1010) in Ophthalmic Axial Measurements Selected Macro Attributes (C.8.25.14-5)."""

    TOTAL_LENGTH = "TOTAL LENGTH"
    "the total axial length was taken with one measurement"
    LENGTH_SUMMATION = "LENGTH SUMMATION"
    "the total axial length is a summation of segmental lengths"

OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue: TypeAlias = (
    OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected
    | Literal["TOTAL LENGTH", "LENGTH SUMMATION"]
)

class OphthalmicAxialLengthMethod(StrEnum):
    """Enumerated Values of Ophthalmic Axial Length Method (0022,1515) in Wide Field Ophthalmic Photography Stereographic Projection Module Attributes (C.8.17.11-1)."""

    MEASURED = "MEASURED"
    "Measured axial length."
    ESTIMATED = "ESTIMATED"
    "An estimated value based upon performing the examination (i.e., based upon surrogate markers of axial length)."
    POPULATION = "POPULATION"
    "A length that represents a population norm (i.e., not based upon a measured axial length or surrogate markers of axial length)."

OphthalmicAxialLengthMethodValue: TypeAlias = (
    OphthalmicAxialLengthMethod | Literal["MEASURED", "ESTIMATED", "POPULATION"]
)

class OphthalmicAxialMeasurementsDeviceTypeTerm(StrEnum):
    """Defined Terms of Ophthalmic Axial Measurements Device Type (0022,1009) in Ophthalmic Axial Measurements Module Attributes (C.8.25.14-1)."""

    ULTRASOUND = "ULTRASOUND"
    OPTICAL = "OPTICAL"

class OphthalmicImageOrientation(StrEnum):
    """Enumerated Values of Ophthalmic Image Orientation (0022,0039) in Ophthalmic Frame Location Macro Attributes (C.8.17.10-1)."""

    LINEAR = "LINEAR"
    NONLINEAR = "NONLINEAR"
    TRANSVERSE = "TRANSVERSE"

OphthalmicImageOrientationValue: TypeAlias = (
    OphthalmicImageOrientation | Literal["LINEAR", "NONLINEAR", "TRANSVERSE"]
)

class OphthalmicMappingDeviceTypeTerm(StrEnum):
    """Defined Terms of Ophthalmic Mapping Device Type (0022,1415) in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

    OCT = "OCT"
    "Optical coherence tomography"
    POLARIMETRY = "POLARIMETRY"
    "Scanning laser polarimetry"
    SLO_TOMO = "SLO_TOMO"
    "Scanning Laser Ophthalmoscopy Tomography"

class OphthalmicMappingDeviceTypeTermCornealTopographyMapAnalysis(StrEnum):
    """Defined Terms of Ophthalmic Mapping Device Type (0022,1415) in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

    REFLECTION = "REFLECTION"
    "Reflection topography (i.e., placido, grid, etc.)"
    SLIT_BASED = "SLIT_BASED"
    "Slit based elevation tomography"
    INTERFEROMETRY = "INTERFEROMETRY"
    "E.g., Optical coherence tomography"

class OphthalmicVolumetricPropertiesFlag(StrEnum):
    """Enumerated Values of Ophthalmic Volumetric Properties Flag (0022,1622) in Ophthalmic Tomography Image Module Attributes (C.8.17.7-1)."""

    YES = "YES"
    NO = "NO"

OphthalmicVolumetricPropertiesFlagValue: TypeAlias = (
    OphthalmicVolumetricPropertiesFlag | Literal["YES", "NO"]
)

class OptotypeTerm(StrEnum):
    """Defined Terms of Optotype (0046,0094) in Visual Acuity Measurements Module Attributes (C.8.25.12-1)."""

    LETTERS = "LETTERS"
    NUMBERS = "NUMBERS"
    PICTURES = "PICTURES"
    TUMBLING_E = "TUMBLING E"
    LANDOLT_C = "LANDOLT C"

class OptotypePresentation(StrEnum):
    """Enumerated Values of Optotype Presentation (0046,0095) in Visual Acuity Measurements Module Attributes (C.8.25.12-1)."""

    SINGLE = "SINGLE"
    MULTIPLE = "MULTIPLE"

OptotypePresentationValue: TypeAlias = OptotypePresentation | Literal["SINGLE", "MULTIPLE"]

class OrganExposedTerm(StrEnum):
    """Defined Terms of Organ Exposed (0040,0318) in X-Ray Acquisition Dose Module Attributes (C.8-33)."""

    BREAST = "BREAST"
    GONADS = "GONADS"
    BONE_MARROW = "BONE MARROW"
    FETUS = "FETUS"
    LENS = "LENS"

class OrganExposed(StrEnum):
    """Enumerated Values of Organ Exposed (0040,0318) in Mammography Image Module Attributes (C.8-74)."""

    BREAST = "BREAST"

OrganExposedValue: TypeAlias = OrganExposed | Literal["BREAST"]

class OutlineShapeType(StrEnum):
    """Enumerated Values of Outline Shape Type (0018,1630) in Outline Definition Macro Attributes (10.38-1)."""

    RECTANGULAR = "RECTANGULAR"
    CIRCULAR = "CIRCULAR"
    POLYGONAL = "POLYGONAL"

OutlineShapeTypeValue: TypeAlias = (
    OutlineShapeType | Literal["RECTANGULAR", "CIRCULAR", "POLYGONAL"]
)

class OverlaySubtypeTerm(StrEnum):
    """Defined Terms of Overlay Subtype (60xx,0045) in US Image Module Attributes (C.8-18)."""

    ACTIVE_2D_BMODE_IMAGE_AREA = "ACTIVE 2D/BMODE IMAGE AREA"
    "identification of the active area of a 2D/B-mode image"
    ACTIVE_VOLUME_FLOW_IMAGE_AREA = "ACTIVE VOLUME FLOW IMAGE AREA"
    "identification of the active area of volume flow in an image"

class OverlaySubtypeTermOverlayPlane(StrEnum):
    """Defined Terms of Overlay Subtype (60xx,0045) in Overlay Plane Module Attributes (C.9-2)."""

    USER = "USER"
    "User created graphic annotation (e.g., operator)"
    AUTOMATED = "AUTOMATED"
    "Machine or algorithm generated graphic annotation, such as output of a Computer Assisted Diagnosis algorithm"
    ACTIVE_IMAGE_AREA = "ACTIVE IMAGE AREA"
    "Identification of the active area of an image"

class OverlayType(StrEnum):
    """Enumerated Values of Overlay Type (60xx,0040) in Overlay Plane Module Attributes (C.9-2)."""

    G = "G"
    "Graphics"
    R = "R"
    "ROI"

OverlayTypeValue: TypeAlias = OverlayType | Literal["G", "R"]

class OversamplingPhase(StrEnum):
    """Enumerated Values of Oversampling Phase (0018,9029) in MR Pulse Sequence Module Attributes (C.8-87)."""

    V2D = "2D"
    "phase direction"
    V3D = "3D"
    "out of plane direction"
    V2D_3D = "2D_3D"
    "both"
    NONE = "NONE"

OversamplingPhaseValue: TypeAlias = OversamplingPhase | Literal["2D", "3D", "2D_3D", "NONE"]

class ParallelAcquisition(StrEnum):
    """Enumerated Values of Parallel Acquisition (0018,9077) in MR Modifier Macro Attributes (C.8-92)."""

    YES = "YES"
    NO = "NO"

ParallelAcquisitionValue: TypeAlias = ParallelAcquisition | Literal["YES", "NO"]

class ParallelAcquisitionTechniqueTerm(StrEnum):
    """Defined Terms of Parallel Acquisition Technique (0018,9078) in MR Modifier Macro Attributes (C.8-92)."""

    PILS = "PILS"
    SENSE = "SENSE"
    SMASH = "SMASH"
    OTHER = "OTHER"

class ParallelRTBeamDelimiterOpeningMode(StrEnum):
    """Enumerated Values of Parallel RT Beam Delimiter Opening Mode (300A,064E) in RT Beam Limiting Devices Definition Macro Attributes (C.36.2.2.8-1)."""

    BINARY = "BINARY"
    "leaf positions constrained to two states: open and closed"
    VARIABLE = "VARIABLE"
    "any leaf position may be specified"

ParallelRTBeamDelimiterOpeningModeValue: TypeAlias = (
    ParallelRTBeamDelimiterOpeningMode | Literal["BINARY", "VARIABLE"]
)

class PartialDataDisplayHandling(StrEnum):
    """Enumerated Values of Partial Data Display Handling (0072,0208) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    MAINTAIN_LAYOUT = "MAINTAIN_LAYOUT"
    "If one or more Image Sets is not available, maintain the layout with empty Image Boxes."
    ADAPT_LAYOUT = "ADAPT_LAYOUT"
    "If one or more Image Sets is not available, rearrange the layout at the discretion of the application."

PartialDataDisplayHandlingValue: TypeAlias = (
    PartialDataDisplayHandling | Literal["MAINTAIN_LAYOUT", "ADAPT_LAYOUT"]
)

class PartialFourier(StrEnum):
    """Enumerated Values of Partial Fourier (0018,9081) in MR Modifier Macro Attributes (C.8-92)."""

    YES = "YES"
    NO = "NO"

PartialFourierValue: TypeAlias = PartialFourier | Literal["YES", "NO"]

class PartialFourierDirection(StrEnum):
    """Enumerated Values of Partial Fourier Direction (0018,9036) in MR Modifier Macro Attributes (C.8-92)."""

    PHASE = "PHASE"
    FREQUENCY = "FREQUENCY"
    SLICE_SELECT = "SLICE_SELECT"
    COMBINATION = "COMBINATION"

PartialFourierDirectionValue: TypeAlias = (
    PartialFourierDirection | Literal["PHASE", "FREQUENCY", "SLICE_SELECT", "COMBINATION"]
)

class PartialView(StrEnum):
    """Enumerated Values of Partial View (0028,1350) in Mammography Image Module Attributes (C.8-74)."""

    YES = "YES"
    NO = "NO"

PartialViewValue: TypeAlias = PartialView | Literal["YES", "NO"]

class ParticipationTypeTerm(StrEnum):
    """Defined Terms of Participation Type (0040,A080) in SR Document General Module Attributes (C.17-2)."""

    SOURCE = "SOURCE"
    "Equipment that contributed to the content"
    ENT = "ENT"
    "Data enterer (e.g., transcriptionist)"
    ATTEST = "ATTEST"
    "Attestor"

class PatientAlternativeCalendar(StrEnum):
    """Enumerated Values of Patient's Alternative Calendar (0010,0035) in Performed Procedure Step Relationship Module Attributes (C.4-13)."""

    PROLEPTIC_GREGN = "PROLEPTIC GREGN"
    JULIAN = "JULIAN"
    PROLEPTIC_JULIAN = "PROLEPTIC JULIAN"
    EGYPTIAN_REGNAL = "EGYPTIAN REGNAL"
    HEBREW = "HEBREW"
    HIJRI = "HIJRI"

PatientAlternativeCalendarValue: TypeAlias = (
    PatientAlternativeCalendar
    | Literal["PROLEPTIC GREGN", "JULIAN", "PROLEPTIC JULIAN", "EGYPTIAN REGNAL", "HEBREW", "HIJRI"]
)

class PatientEyeMovementCommanded(StrEnum):
    """Enumerated Values of Patient Eye Movement Commanded (0022,0005) in Ophthalmic Photography Acquisition Parameters Module Attributes (C.8.17.4-1)."""

    YES = "YES"
    NO = "NO"

PatientEyeMovementCommandedValue: TypeAlias = PatientEyeMovementCommanded | Literal["YES", "NO"]

class PatientFrameOfReferenceSource(StrEnum):
    """Enumerated Values of Patient Frame of Reference Source (0020,930C) in Ultrasound Frame of Reference Module Attributes (C.8.24.2-1)."""

    TABLE = "TABLE"
    "A positioning device, such as a gantry, was used to generate these values."
    ESTIMATED = "ESTIMATED"
    "Estimated patient position / orientation (e.g., estimated by the user), or if reliable information is not available."
    REGISTRATION = "REGISTRATION"
    "Acquisition has been spatially registered to a prior image set."

PatientFrameOfReferenceSourceValue: TypeAlias = (
    PatientFrameOfReferenceSource | Literal["TABLE", "ESTIMATED", "REGISTRATION"]
)

class PatientIdentityRemoved(StrEnum):
    """Enumerated Values of Patient Identity Removed (0012,0062) in Patient Module Attributes (C.7-1)."""

    YES = "YES"
    NO = "NO"

PatientIdentityRemovedValue: TypeAlias = PatientIdentityRemoved | Literal["YES", "NO"]

class PatientMotionCorrected(StrEnum):
    """Enumerated Values of Patient Motion Corrected (0018,9763) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"

PatientMotionCorrectedValue: TypeAlias = PatientMotionCorrected | Literal["YES", "NO"]

class PatientPositionTerm(StrEnum):
    """Defined Terms of Patient Position (0018,5100) in Patient Group Macro Attributes (C.7.1.4-1)."""

    HFP = "HFP"
    "Head First-Prone"
    HFS = "HFS"
    "Head First-Supine"
    HFDR = "HFDR"
    "Head First-Decubitus Right"
    HFDL = "HFDL"
    "Head First-Decubitus Left"
    FFDR = "FFDR"
    "Feet First-Decubitus Right"
    FFDL = "FFDL"
    "Feet First-Decubitus Left"
    FFP = "FFP"
    "Feet First-Prone"
    FFS = "FFS"
    "Feet First-Supine"
    LFP = "LFP"
    "Left First-Prone"
    LFS = "LFS"
    "Left First-Supine"
    RFP = "RFP"
    "Right First-Prone"
    RFS = "RFS"
    "Right First-Supine"
    AFDR = "AFDR"
    "Anterior First-Decubitus Right"
    AFDL = "AFDL"
    "Anterior First-Decubitus Left"
    PFDR = "PFDR"
    "Posterior First-Decubitus Right"
    PFDL = "PFDL"
    "Posterior First-Decubitus Left"

class PatientPositionTermRTImage(StrEnum):
    """Defined Terms of Patient Position (0018,5100) in RT Image Module Attributes (C.8-38)."""

    HFP = "HFP"
    "Head First-Prone"
    HFS = "HFS"
    "Head First-Supine"
    HFDR = "HFDR"
    "Head First-Decubitus Right"
    HFDL = "HFDL"
    "Head First-Decubitus Left"
    FFDR = "FFDR"
    "Feet First-Decubitus Right"
    FFDL = "FFDL"
    "Feet First-Decubitus Left"
    FFP = "FFP"
    "Feet First-Prone"
    FFS = "FFS"
    "Feet First-Supine"
    LFP = "LFP"
    "Left First-Prone"
    LFS = "LFS"
    "Left First-Supine"
    RFP = "RFP"
    "Right First-Prone"
    RFS = "RFS"
    "Right First-Supine"
    AFDR = "AFDR"
    "Anterior First-Decubitus Right"
    AFDL = "AFDL"
    "Anterior First-Decubitus Left"
    PFDR = "PFDR"
    "Posterior First-Decubitus Right"
    PFDL = "PFDL"
    "Posterior First-Decubitus Left"
    SITTING = "SITTING"
    "In the sitting position, the patient's face is towards the front of the chair"

class PatientSex(StrEnum):
    """Enumerated Values of Patient's Sex (0010,0040) in Patient Demographic Module Attributes (C.2-3)."""

    M = "M"
    "male"
    F = "F"
    "female"
    O = "O"
    "other"

PatientSexValue: TypeAlias = PatientSex | Literal["M", "F", "O"]

class PatientSexNeutered(StrEnum):
    """Enumerated Values of Patient's Sex Neutered (0010,2203) in Patient Medical Module Attributes (C.2-4)."""

    ALTERED = "ALTERED"
    "Altered/Neutered"
    UNALTERED = "UNALTERED"
    "Unaltered/intact"

PatientSexNeuteredValue: TypeAlias = PatientSexNeutered | Literal["ALTERED", "UNALTERED"]

class PatientSupportPositionSpecificationMethod(StrEnum):
    """Enumerated Values of Patient Support Position Specification Method (300A,065C) in Patient to Equipment Relationship Macro Attributes (10.39-1)."""

    ABSENT = "ABSENT"
    "No parameters are specified."
    GLOBAL = "GLOBAL"
    "Parameters are specified using a globally known method, irrespective of the device in use."
    DEVICE_SPECIFIC = "DEVICE_SPECIFIC"
    "Parameters are specified using a device-specific method."

PatientSupportPositionSpecificationMethodValue: TypeAlias = (
    PatientSupportPositionSpecificationMethod | Literal["ABSENT", "GLOBAL", "DEVICE_SPECIFIC"]
)

class PatientSupportRotationDirection(StrEnum):
    """Enumerated Values of Patient Support Rotation Direction (300A,0123) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    "clockwise"
    CC = "CC"
    "counter-clockwise"
    NONE = "NONE"
    "no rotation"

PatientSupportRotationDirectionValue: TypeAlias = (
    PatientSupportRotationDirection | Literal["CW", "CC", "NONE"]
)

class PatientSupportTypeTerm(StrEnum):
    """Defined Terms of Patient Support Type (300A,0350) in Patient Support Identification Macro Attributes (C.8.8.28-1)."""

    TABLE = "TABLE"
    "Treatment delivery system table"
    CHAIR = "CHAIR"
    "Treatment delivery system chair"

class PerformedProcedureStepStatus(StrEnum):
    """Enumerated Values of Performed Procedure Step Status (0040,0252) in Performed Procedure Step Information Module Attributes (C.4-14)."""

    IN_PROGRESS = "IN PROGRESS"
    "Started but not complete"
    DISCONTINUED = "DISCONTINUED"
    "Canceled or unsuccessfully terminated"
    COMPLETED = "COMPLETED"
    "Successfully completed"

PerformedProcedureStepStatusValue: TypeAlias = (
    PerformedProcedureStepStatus | Literal["IN PROGRESS", "DISCONTINUED", "COMPLETED"]
)

class PerformedProtocolType(StrEnum):
    """Enumerated Values of Performed Protocol Type (0040,0261) in Enhanced US Series Module Attributes (C.8.24.1-1)."""

    STAGED = "STAGED"
    NON_STAGED = "NON_STAGED"

PerformedProtocolTypeValue: TypeAlias = PerformedProtocolType | Literal["STAGED", "NON_STAGED"]

class PhaseContrast(StrEnum):
    """Enumerated Values of Phase Contrast (0018,9014) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"

PhaseContrastValue: TypeAlias = PhaseContrast | Literal["YES", "NO"]

class PhaseDescription(StrEnum):
    """Enumerated Values of Phase Description (0054,0039) in NM Phase Module Attributes (C.8-14)."""

    FLOW = "FLOW"
    WASHOUT = "WASHOUT"
    UPTAKE = "UPTAKE"
    EMPTYING = "EMPTYING"
    EXCRETION = "EXCRETION"

PhaseDescriptionValue: TypeAlias = (
    PhaseDescription | Literal["FLOW", "WASHOUT", "UPTAKE", "EMPTYING", "EXCRETION"]
)

class PhotometricInterpretationTerm(StrEnum):
    """Defined Terms of Photometric Interpretation (0028,0004) in Image Pixel Macro Attributes (C.7-11b)."""

    MONOCHROME1 = "MONOCHROME1"
    "Pixel data represent a single monochrome image plane. The minimum sample value is intended to be displayed as white after any VOI gray scale transformations have been performed. See PS3.4. This value may be used only when Samples per Pixel (0028,0002) has a value of 1. May be used for pixel data in a Native (uncompressed) or Encapsulated (compressed) format; see Section 8.2 in PS3.5."
    MONOCHROME2 = "MONOCHROME2"
    "Pixel data represent a single monochrome image plane. The minimum sample value is intended to be displayed as black after any VOI gray scale transformations have been performed. See PS3.4. This value may be used only when Samples per Pixel (0028,0002) has a value of 1. May be used for pixel data in a Native (uncompressed) or Encapsulated (compressed) format; see Section 8.2 in PS3.5."
    PALETTE_COLOR = "PALETTE COLOR"
    "Pixel data describe a color image with a single sample per pixel (single image plane). The pixel value is used as an index into each of the Red, Blue, and Green Palette Color Lookup Tables (0028,1101-1103&1201-1203). This value may be used only when Samples per Pixel (0028,0002) has a value of 1. May be used for pixel data in a Native (uncompressed) or Encapsulated (compressed) format; see Section 8.2 in PS3.5. When the Photometric Interpretation is Palette Color; Red, Blue, and Green Palette Color Lookup Tables shall be present."
    RGB = "RGB"
    "Pixel data represent a color image described by red, green, and blue image planes. The minimum sample value for each color plane represents minimum intensity of the color. This value may be used only when Samples per Pixel (0028,0002) has a value of 3. Planar Configuration (0028,0006) may be 0 or 1. May be used for pixel data in a Native (uncompressed) or Encapsulated (compressed) format; see Section 8.2 in PS3.5."
    HSV = "HSV"
    "Retired."
    ARGB = "ARGB"
    "Retired."
    CMYK = "CMYK"
    "Retired."
    YBR_FULL = "YBR_FULL"
    "Pixel data represent a color image described by one luminance (Y) and two chrominance planes (CB and CR). This photometric interpretation may be used only when Samples per Pixel (0028,0002) has a value of 3. May be used for pixel data in a Native (uncompressed) or Encapsulated (compressed) format; see Section 8.2 in PS3.5. Planar Configuration (0028,0006) may be 0 or 1. This Photometric Interpretation is primarily used with RLE compressed bit streams, for which the Planar Configuration (0028,0006) may be 0 or 1; see Section 8.2.2 in PS3.5 and Section G.2 in PS3.5. When used in the US Image Module, the Planar Configuration (0028,0006) is required to be 1; see Section C.8.5.6.1.16 “Planar Configuration”. Black is represented by Y equal to zero. The absence of color is represented by both CB and CR values equal to half full scale. In the case where Bits Allocated (0028,0100) has value of 8 half full scale is 128. In the case where Bits Allocated (0028,0100) has a value of 8 then the following equations convert between RGB and YCBCR Photometric Interpretation. Y = + .2990R + .5870G + .1140B CB= - .1687R - .3313G + .5000B + 128 CR= + .5000R - .4187G - .0813B + 128 The above is based on CCIR Recommendation 601-2 dated 1990."
    YBR_FULL_422 = "YBR_FULL_422"
    "The same as YBR_FULL except that the CB and CR values are sampled horizontally at half the Y rate and as a result there are half as many CB and CR values as Y values. Planar Configuration (0028,0006) shall be 0. May be used for pixel data in a Native (uncompressed) or Encapsulated (compressed) format; see Section 8.2 in PS3.5. This Photometric Interpretation is primarily used with JPEG compressed bit streams, but is also occasionally used for pixel data in a Native (uncompressed) format. Though the chrominance channels are downsampled, there are still nominally three channels, hence Samples per Pixel (0028,0002) has a value of 3, not 2. I.e., for pixel data in a Native (uncompressed) format, the Value Length of Pixel Data (7FE0,0010) is not: Rows (0028,0010) * Columns (0028,0011) * Number of Frames (0028,0008) * Samples per Pixel (0028,0002) * (⌊(Bits Allocated (0028,0100)-1)/8⌋+1) padded to an even length, as it would otherwise be, but rather is: Rows (0028,0010) * Columns (0028,0011) * Number of Frames (0028,0008) * 2 * (⌊(Bits Allocated (0028,0100)-1)/8⌋+1) padded to an even length. When used to describe JPEG compressed bit streams, the chrominance sub-sampling in the JPEG bit stream may differ from this description. E.g., though many JPEG codecs produce only horizontally sub-sampled chrominance components (4:2:2), some sub-sample vertically as well (4:2:0). Though inaccurate, the use of YBR_FULL_422 to describe both has proven harmless. For a discussion of the sub-sampling notation, see [Poynton 2008]. Two Y values shall be stored followed by one CB and one CR value. The CB and CR values shall be sampled at the location of the first of the two Y values. For each Row of Pixels, the first CB and CR samples shall be at the location of the first Y sample. The next CB and CR samples shall be at the location of the third Y sample etc. This subsampling sited on the even luminance pixels is often referred to as cosited sampling. The cositing applies when describing pixel data in a Native (uncompressed) form. When used to describe compressed bit streams, the siting depends on the compression scheme. E.g., for JPEG according to JFIF [ISO/IEC 10918-5], the siting is midway between luminance samples, whereas for MPEG2 [ISO/IEC 13818-2], the sampling is cosited with the even luminance pixels. See also [Poynton 2008]."
    YBR_PARTIAL_422 = "YBR_PARTIAL_422"
    "Retired. See PS3.3-2017b."
    YBR_PARTIAL_420 = "YBR_PARTIAL_420"
    "Pixel data represent a color image described by one luminance (Y) and two chrominance planes (CB and CR). This photometric interpretation may be used only when Samples per Pixel (0028,0002) has a value of 3. The CB and CR values are sampled horizontally and vertically at half the Y rate and as a result there are four times less CB and CR values than Y values. Planar Configuration (0028,0006) shall be 0. Shall only be used for pixel data in an Encapsulated (compressed) format; see Section 8.2 in PS3.5. This Photometric Interpretation is primarily used with MPEG compressed bit streams. For a discussion of the sub-sampling notation and siting, see [Poynton 2008]. Luminance and chrominance values are represented as follows: black corresponds to Y = 16; Y is restricted to 220 levels (i.e., the maximum value is 235); CB and CR each has a minimum value of 16; CB and CR are restricted to 225 levels (i.e., the maximum value is 240); lack of color is represented by CB and CR equal to 128. In the case where Bits Allocated (0028,0100) has value of 8 then the following equations convert between RGB and YBR_PARTIAL_420 Photometric Interpretation Y = + .2568R + .5041G + .0979B + 16 CB= - .1482R - .2910G + .4392B + 128 CR= + .4392R - .3678G - .0714B + 128 The above is based on CCIR Recommendation 601-2 dated 1990. The CB and CR values shall be sampled at the location of the first of the two Y values. For the first Row of Pixels (etc.), the first CB and CR samples shall be at the location of the first Y sample. The next CB and CR samples shall be at the location of the third Y sample etc. The next Rows of Pixels containing CB and CR samples (at the same locations than for the first Row) will be the third etc."
    YBR_ICT = "YBR_ICT"
    "Irreversible Color Transformation: Pixel data represent a color image described by one luminance (Y) and two chrominance planes (CB and CR). This photometric interpretation may be used only when Samples per Pixel (0028,0002) has a value of 3. Planar Configuration (0028,0006) shall be 0. Shall only be used for pixel data in an Encapsulated (compressed) format; see Section 8.2 in PS3.5. This Photometric Interpretation is primarily used with JPEG 2000 compressed bit streams. Black is represented by Y equal to zero. The absence of color is represented by both CB and CR values equal to zero. Regardless of the value of Bits Allocated (0028,0100), the following equations convert between RGB and YCBCR Photometric Interpretation. Y = + .29900R + .58700G + .11400B CB= - .16875R - .33126G + .50000B CR= + .50000R - .41869G - .08131B The above is based on [ISO/IEC 15444-1] (JPEG 2000). In a JPEG 2000 bit stream, DC level shifting (used if the untransformed components are unsigned) is applied before forward color transformation, and the transformed components may be signed (unlike in JPEG ISO/IEC 10918-1). In JPEG 2000, spatial down-sampling of the chrominance components, if performed, is signaled in the JPEG 2000 bit stream."
    YBR_RCT = "YBR_RCT"
    "Reversible Color Transformation: Pixel data represent a color image described by one luminance (Y) and two chrominance planes (CB and CR). This photometric interpretation may be used only when Samples per Pixel (0028,0002) has a value of 3. Planar Configuration (0028,0006) shall be 0. Shall only be used for pixel data in an Encapsulated (compressed) format; see Section 8.2 in PS3.5. This Photometric Interpretation is primarily used with JPEG 2000 compressed bit streams. Black is represented by Y equal to zero. The absence of color is represented by both CB and CR values equal to zero. Regardless of the value of Bits Allocated (0028,0100), the following equations convert between RGB and YBR_RCT Photometric Interpretation. Y = ⌊(R + 2G +B) / 4⌋ (Note: ⌊…⌋ mean floor) CB= B - G CR= R - G The following equations convert between YBR_RCT and RGB Photometric Interpretation. G = Y - ⌊ (CR+ CB) / 4⌋ R = CR+ G B = CB+ G The above is based on [ISO/IEC 15444-1] (JPEG 2000). In a JPEG 2000 bit stream, DC level shifting (used if the untransformed components are unsigned) is applied before forward color transformation, and the transformed components may be signed (unlike in JPEG ISO/IEC 10918-1). This photometric interpretation is a reversible approximation to the YUV transformation used in PAL and SECAM."

class PhotometricInterpretation(StrEnum):
    """Enumerated Values of Photometric Interpretation (0028,0004) in Floating Point Image Pixel Module Attributes (C.7.6.24-1)."""

    MONOCHROME2 = "MONOCHROME2"

PhotometricInterpretationValue: TypeAlias = PhotometricInterpretation | Literal["MONOCHROME2"]

class PhotometricInterpretationCRImage(StrEnum):
    """Enumerated Values of Photometric Interpretation (0028,0004) in CR Image Module Attributes (C.8-2)."""

    MONOCHROME1 = "MONOCHROME1"
    MONOCHROME2 = "MONOCHROME2"

PhotometricInterpretationCRImageValue: TypeAlias = (
    PhotometricInterpretationCRImage | Literal["MONOCHROME1", "MONOCHROME2"]
)

class PhotometricInterpretationNMImagePixel(StrEnum):
    """Enumerated Values of Photometric Interpretation (0028,0004) in NM Image Pixel Module Attributes (C.8-6)."""

    MONOCHROME2 = "MONOCHROME2"
    PALETTE_COLOR = "PALETTE COLOR"

PhotometricInterpretationNMImagePixelValue: TypeAlias = (
    PhotometricInterpretationNMImagePixel | Literal["MONOCHROME2", "PALETTE COLOR"]
)

class PhotometricInterpretationTermUSImage(StrEnum):
    """Defined Terms of Photometric Interpretation (0028,0004) in US Image Module Attributes (C.8-18)."""

    MONOCHROME2 = "MONOCHROME2"
    PALETTE_COLOR = "PALETTE COLOR"
    RGB = "RGB"
    YBR_FULL = "YBR_FULL"
    YBR_FULL_422 = "YBR_FULL_422"
    YBR_RCT = "YBR_RCT"
    YBR_ICT = "YBR_ICT"
    YBR_PARTIAL_420 = "YBR_PARTIAL_420"

class PhotometricInterpretationVLImage(StrEnum):
    """Enumerated Values of Photometric Interpretation (0028,0004) in VL Image Module Attributes (C.8-77)."""

    MONOCHROME2 = "MONOCHROME2"
    RGB = "RGB"
    YBR_FULL_422 = "YBR_FULL_422"
    YBR_PARTIAL_420 = "YBR_PARTIAL_420"
    YBR_RCT = "YBR_RCT"
    YBR_ICT = "YBR_ICT"

PhotometricInterpretationVLImageValue: TypeAlias = (
    PhotometricInterpretationVLImage
    | Literal["MONOCHROME2", "RGB", "YBR_FULL_422", "YBR_PARTIAL_420", "YBR_RCT", "YBR_ICT"]
)

class PhotometricInterpretationWholeSlideMicroscopyImage(StrEnum):
    """Enumerated Values of Photometric Interpretation (0028,0004) in Whole Slide Microscopy Image Module Attributes (C.8.12.4-1)."""

    MONOCHROME2 = "MONOCHROME2"
    RGB = "RGB"
    YBR_FULL_422 = "YBR_FULL_422"
    YBR_ICT = "YBR_ICT"
    YBR_RCT = "YBR_RCT"

PhotometricInterpretationWholeSlideMicroscopyImageValue: TypeAlias = (
    PhotometricInterpretationWholeSlideMicroscopyImage
    | Literal["MONOCHROME2", "RGB", "YBR_FULL_422", "YBR_ICT", "YBR_RCT"]
)

class PhotometricInterpretationOphthalmicPhotographyImage(StrEnum):
    """Enumerated Values of Photometric Interpretation (0028,0004) in Ophthalmic Photography Image Module Attributes (C.8.17.2-1)."""

    MONOCHROME2 = "MONOCHROME2"
    RGB = "RGB"
    YBR_FULL_422 = "YBR_FULL_422"
    YBR_PARTIAL_420 = "YBR_PARTIAL_420"
    YBR_ICT = "YBR_ICT"
    YBR_RCT = "YBR_RCT"

PhotometricInterpretationOphthalmicPhotographyImageValue: TypeAlias = (
    PhotometricInterpretationOphthalmicPhotographyImage
    | Literal["MONOCHROME2", "RGB", "YBR_FULL_422", "YBR_PARTIAL_420", "YBR_ICT", "YBR_RCT"]
)

class PhotometricInterpretationCornealTopographyMapImage(StrEnum):
    """Enumerated Values of Photometric Interpretation (0028,0004) in Corneal Topography Map Image Module Attributes (C.8.30.2-1)."""

    PALETTE_COLOR = "PALETTE COLOR"

PhotometricInterpretationCornealTopographyMapImageValue: TypeAlias = (
    PhotometricInterpretationCornealTopographyMapImage | Literal["PALETTE COLOR"]
)

class PhotometricInterpretationImageBoxPixelPresentation(StrEnum):
    """Enumerated Values of Photometric Interpretation (0028,0004) in Image Box Pixel Presentation Module Attributes (C.13-5)."""

    RGB = "RGB"

PhotometricInterpretationImageBoxPixelPresentationValue: TypeAlias = (
    PhotometricInterpretationImageBoxPixelPresentation | Literal["RGB"]
)

class PixelIntensityRelationshipTerm(StrEnum):
    """Defined Terms of Pixel Intensity Relationship (0028,1040) in X-Ray Frame Pixel Data Properties Macro Attributes (C.8.19.6-4)."""

    LIN = "LIN"
    "Approximately proportional to X-Ray beam intensity."
    LOG = "LOG"
    'Non-linear "Log Function"; A Pixel Intensity Relationship LUT shall be included with the image to allow it to be mapped back to its proportional value to X-Ray beam intensity.'
    OTHER = "OTHER"
    "Not proportional to X-Ray beam intensity. If a TO_LINEAR Pixel Intensity Relationship LUT Item is supplied, scaling back to X-Ray beam intensity is possible."

class PixelIntensityRelationshipTermXRayImage(StrEnum):
    """Defined Terms of Pixel Intensity Relationship (0028,1040) in X-Ray Image Module Attributes (C.8-26)."""

    LIN = "LIN"
    "Approximately proportional to X-Ray beam intensity;"
    LOG = "LOG"
    'Non-linear "Log Function"; A Modality LUT shall be included with the image to allow it to be scaled back to its proportional value to X-Ray beam intensity;'
    DISP = "DISP"
    "Ready to be displayed; A Modality LUT may be included with the image to allow it to be scaled back to its proportional value to X-Ray beam intensity. The Attribute Acquisition Device Processing Description may be used to provide some indication on the pre-processing performed to create the ready to be displayed image."

class PixelIntensityRelationship(StrEnum):
    """Enumerated Values of Pixel Intensity Relationship (0028,1040) in DX Image Module Attributes (C.8-70)."""

    LIN = "LIN"
    "Linearly proportional to X-Ray beam intensity"
    LOG = "LOG"
    "Logarithmically proportional to X-Ray beam intensity"

PixelIntensityRelationshipValue: TypeAlias = PixelIntensityRelationship | Literal["LIN", "LOG"]

class PixelIntensityRelationshipTermIntravascularOCTProcessingParameters(StrEnum):
    """Defined Terms of Pixel Intensity Relationship (0028,1040) in Intravascular OCT Processing Parameters Module Attributes (C.8.27.4-1)."""

    LIN = "LIN"
    "Approximately proportional to A-line intensity."
    LOG = "LOG"
    'Non-linear "Log Function"; A Pixel Intensity Relationship LUT shall be included with the image to allow it to be scaled back to its proportional A-line intensity value.'

class PixelOriginInterpretation(StrEnum):
    """Enumerated Values of Pixel Origin Interpretation (0048,0301) in Document Content Macro Attributes (C.17-5)."""

    FRAME = "FRAME"
    "relative to individual frame"
    VOLUME = "VOLUME"
    "relative to Total Pixel Matrix"

PixelOriginInterpretationValue: TypeAlias = PixelOriginInterpretation | Literal["FRAME", "VOLUME"]

class PixelPresentation(StrEnum):
    """Enumerated Values of Pixel Presentation (0008,9205) in MR Image Frame Type Macro Attributes (C.8-88)."""

    COLOR = "COLOR"
    "Image is best displayed in color using Supplemental Palette Color LUTs, but can be displayed in grayscale if current display does not support color. See Section C.8.16.2.1.1.1."
    MONOCHROME = "MONOCHROME"
    "Image is intended to be displayed in grayscale only. No Supplemental Palette Color LUTs are supplied."
    MIXED = "MIXED"
    "Used only as a value in Pixel Presentation (0008,9205) in the Enhanced MR Image Module or Enhanced CT Image Module if frames within the image SOP Instance contain different values for the Pixel Presentation Attribute in the MR Image Frame Type Functional Group or CT Image Frame Type Functional Group."
    TRUE_COLOR = "TRUE_COLOR"
    "Image can be displayed in color only."

PixelPresentationValue: TypeAlias = (
    PixelPresentation | Literal["COLOR", "MONOCHROME", "MIXED", "TRUE_COLOR"]
)

class PixelPresentationIntravascularOCTImage(StrEnum):
    """Enumerated Values of Pixel Presentation (0008,9205) in Intravascular OCT Image Module Attributes (C.8.27.2-1)."""

    COLOR = "COLOR"
    "Image is intended to be displayed in color using Supplemental Palette Color LUTs, but can be displayed in grayscale if current display does not support color or with a user selected LUT. See Section C.8.16.2.1.1.1."
    COLOR_REF = "COLOR_REF"
    "Image is intended to be displayed in color using an externally defined Palette Color LUTs, but can be displayed in grayscale if current display does not support color, or with a user selected LUT. I.e., the encoded pixel values are still continuous grayscale values (and not arbitrarily order indices into a lookup table)."
    MONOCHROME = "MONOCHROME"
    "Image is intended to be displayed in grayscale only."

PixelPresentationIntravascularOCTImageValue: TypeAlias = (
    PixelPresentationIntravascularOCTImage | Literal["COLOR", "COLOR_REF", "MONOCHROME"]
)

class PixelPresentationOphthalmicThicknessMap(StrEnum):
    """Enumerated Values of Pixel Presentation (0008,9205) in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

    COLOR = "COLOR"
    "Use Supplemental Palette Color Lookup Table Module Attributes"
    COLOR_REF = "COLOR_REF"
    "Use Referenced Color Palette Instance UID (0028,0304)"

PixelPresentationOphthalmicThicknessMapValue: TypeAlias = (
    PixelPresentationOphthalmicThicknessMap | Literal["COLOR", "COLOR_REF"]
)

class PixelPresentationParametricMapImage(StrEnum):
    """Enumerated Values of Pixel Presentation (0008,9205) in Parametric Map Image Module Attributes (C.8.32-2)."""

    COLOR_RANGE = "COLOR_RANGE"
    "A Palette Color LUT is supplied or referenced. Image is best displayed using that Palette Color LUT, but can be displayed in grayscale if current display does not support color."
    MONOCHROME = "MONOCHROME"
    "No Palette Color LUT is supplied or referenced. Image is intended to be displayed in grayscale only."

PixelPresentationParametricMapImageValue: TypeAlias = (
    PixelPresentationParametricMapImage | Literal["COLOR_RANGE", "MONOCHROME"]
)

class PixelPresentationMPRVolumetricPresentationStateDisplay(StrEnum):
    """Enumerated Values of Pixel Presentation (0008,9205) in MPR Volumetric Presentation State Display Module Attributes (C.11.27-1)."""

    MONOCHROME = "MONOCHROME"
    "Output consists of P-Values"
    TRUE_COLOR = "TRUE_COLOR"
    "Output consists of PCS-Values"

PixelPresentationMPRVolumetricPresentationStateDisplayValue: TypeAlias = (
    PixelPresentationMPRVolumetricPresentationStateDisplay | Literal["MONOCHROME", "TRUE_COLOR"]
)

class PixelPresentationRenderDisplay(StrEnum):
    """Enumerated Values of Pixel Presentation (0008,9205) in Render Display Module Attributes (C.11.32-1)."""

    TRUE_COLOR = "TRUE_COLOR"
    "Output consists of PCS-Values."

PixelPresentationRenderDisplayValue: TypeAlias = (
    PixelPresentationRenderDisplay | Literal["TRUE_COLOR"]
)

class PixelSpacingCalibrationType(StrEnum):
    """Enumerated Values of Pixel Spacing Calibration Type (0028,0A02) in Basic Pixel Spacing Calibration Macro Attributes (10-10)."""

    GEOMETRY = "GEOMETRY"
    "The Pixel Spacing (0028,0030) values account for assumed or known geometric magnification effects and correspond to some unspecified depth within the Patient; the Pixel Spacing (0028,0030) values may thus be used for measurements of objects located close to the central ray and at the same depth."
    FIDUCIAL = "FIDUCIAL"
    "The Pixel Spacing (0028,0030) values have been calibrated by the operator or image processing software by measurement of an object (fiducial) that is visible in the pixel data and is of known size and is located close to the central ray; the Pixel Spacing (0028,0030) values may thus be used for measurements of objects located close to the central ray and located at the same depth within the Patient as the fiducial."

PixelSpacingCalibrationTypeValue: TypeAlias = (
    PixelSpacingCalibrationType | Literal["GEOMETRY", "FIDUCIAL"]
)

class PlanIntentTerm(StrEnum):
    """Defined Terms of Plan Intent (300A,000A) in RT General Plan Module Attributes (C.8-45)."""

    CURATIVE = "CURATIVE"
    "Curative therapy on patient"
    PALLIATIVE = "PALLIATIVE"
    "Palliative therapy on patient"
    PROPHYLACTIC = "PROPHYLACTIC"
    "Preventative therapy on patient"
    VERIFICATION = "VERIFICATION"
    "Verification of patient plan using phantom"
    MACHINE_QA = "MACHINE_QA"
    "Quality assurance of the delivery machine (independently of a specific patient)"
    RESEARCH = "RESEARCH"
    "Research project"
    SERVICE = "SERVICE"
    "Machine repair or maintenance operation"

class PlaneIdentificationTerm(StrEnum):
    """Defined Terms of Plane Identification (0018,9457) in Enhanced XA/XRF Image Module Table (C.8.19.2-1)."""

    MONOPLANE = "MONOPLANE"
    PLANE_A = "PLANE A"
    PLANE_B = "PLANE B"

class PlanesInAcquisition(StrEnum):
    """Enumerated Values of Planes in Acquisition (0018,9410) in Enhanced XA/XRF Image Module Table (C.8.19.2-1)."""

    SINGLE_PLANE = "SINGLE PLANE"
    "Image is a single plane acquisition"
    BIPLANE = "BIPLANE"
    "Image is part of a Bi-plane acquisition"
    UNDEFINED = "UNDEFINED"
    "Image is created by using data from one or two planes (e.g., reconstructed projection). Shall only be used when Image Type (0008,0008) Value 1 equals DERIVED."

PlanesInAcquisitionValue: TypeAlias = (
    PlanesInAcquisition | Literal["SINGLE PLANE", "BIPLANE", "UNDEFINED"]
)

class Polarity(StrEnum):
    """Enumerated Values of Polarity (2020,0020) in Image Box Pixel Presentation Module Attributes (C.13-5)."""

    NORMAL = "NORMAL"
    "pixels shall be printed as specified by Photometric Interpretation (0028,0004)"
    REVERSE = "REVERSE"
    "pixels shall be printed with the opposite polarity as specified by Photometric Interpretation (0028,0004)"

PolarityValue: TypeAlias = Polarity | Literal["NORMAL", "REVERSE"]

class PositionMeasuringDeviceUsed(StrEnum):
    """Enumerated Values of Position Measuring Device Used (0018,980C) in Enhanced US Image Module Attributes (C.8.24.3-1)."""

    RIGID = "RIGID"
    "The image was acquired with a position measuring device that rigidly connects the transducer to a frame of reference."
    TRACKED = "TRACKED"
    "The image was acquired using freehand motion of the transducer with an associated position measuring device (i.e., tracked freehand transducer)."
    FREEHAND = "FREEHAND"
    "The image was acquired using freehand motion of the transducer without a position measuring device."

PositionMeasuringDeviceUsedValue: TypeAlias = (
    PositionMeasuringDeviceUsed | Literal["RIGID", "TRACKED", "FREEHAND"]
)

class PositionerMotionTerm(StrEnum):
    """Defined Terms of Positioner Motion (0018,1500) in XA Positioner Module Attributes (C.8-30)."""

    DYNAMIC = "DYNAMIC"
    STATIC = "STATIC"

class PositionerMotionTermEnhancedMammographyImage(StrEnum):
    """Defined Terms of Positioner Motion (0018,1500) in Enhanced Mammography Image Module Attributes (C.8.31-1)."""

    STATIONARY = "STATIONARY"
    "No motion."
    ROTATION_STEP = "ROTATION_STEP"
    "Circular arc motion, stepped, acquire only while stationary."
    ROTATION_CONT = "ROTATION_CONT"
    "Circular arc motion, continuous during acquisition."
    TRANSLATION_STEP = "TRANSLATION_STEP"
    "Linear motion, stepped, acquire only while stationary."
    TRANSLATION_CONT = "TRANSLATION_CONT"
    "Linear motion, continuous during acquisition."
    COMPLEX_STEP = "COMPLEX_STEP"
    "Complex motion, stepped, acquire only while stationary."
    COMPLEX_CONT = "COMPLEX_CONT"
    "Complex motion, continuous during acquisition."

class PositionerPrimaryAngleDirection(StrEnum):
    """Enumerated Values of Positioner Primary Angle Direction (0018,9559) in Breast X-Ray Positioner Macro Attributes (C.8.31.2-1)."""

    CW = "CW"
    "Clockwise. Positioner Primary Angle movement is positive when movement is from vertical to the patient's right (with patient standing, facing the equipment)."
    CC = "CC"
    "Counter-clockwise. Positioner Primary Angle is positive when movement is from vertical to the patient's left (with patient standing, facing the equipment)."

PositionerPrimaryAngleDirectionValue: TypeAlias = (
    PositionerPrimaryAngleDirection | Literal["CW", "CC"]
)

class PositionerTypeTerm(StrEnum):
    """Defined Terms of Positioner Type (0018,1508) in DX Positioning Module Attributes (C.8-72)."""

    CARM = "CARM"
    COLUMN = "COLUMN"
    MAMMOGRAPHIC = "MAMMOGRAPHIC"
    PANORAMIC = "PANORAMIC"
    CEPHALOSTAT = "CEPHALOSTAT"
    RIGID = "RIGID"
    NONE = "NONE"

class PositionerType(StrEnum):
    """Enumerated Values of Positioner Type (0018,1508) in Mammography Image Module Attributes (C.8-74)."""

    MAMMOGRAPHIC = "MAMMOGRAPHIC"
    NONE = "NONE"

PositionerTypeValue: TypeAlias = PositionerType | Literal["MAMMOGRAPHIC", "NONE"]

class PositionerTypeIntraOralImage(StrEnum):
    """Enumerated Values of Positioner Type (0018,1508) in Intra-Oral Image Module Attributes (C.8-76)."""

    NONE = "NONE"
    CEPHALOSTAT = "CEPHALOSTAT"
    RIGID = "RIGID"

PositionerTypeIntraOralImageValue: TypeAlias = (
    PositionerTypeIntraOralImage | Literal["NONE", "CEPHALOSTAT", "RIGID"]
)

class PositionerTypeTermXAXRFAcquisition(StrEnum):
    """Defined Terms of Positioner Type (0018,1508) in XA/XRF Acquisition Module Attributes (C.8.19.3-1)."""

    CARM = "CARM"
    COLUMN = "COLUMN"

class PositionerTypeEnhancedMammographyImage(StrEnum):
    """Enumerated Values of Positioner Type (0018,1508) in Enhanced Mammography Image Module Attributes (C.8.31-1)."""

    MAMMOGRAPHIC = "MAMMOGRAPHIC"

PositionerTypeEnhancedMammographyImageValue: TypeAlias = (
    PositionerTypeEnhancedMammographyImage | Literal["MAMMOGRAPHIC"]
)

class PreSelectedForImplantation(StrEnum):
    """Enumerated Values of Pre-Selected for Implantation (0022,1049) in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    YES = "YES"
    NO = "NO"

PreSelectedForImplantationValue: TypeAlias = PreSelectedForImplantation | Literal["YES", "NO"]

class PreliminaryFlag(StrEnum):
    """Enumerated Values of Preliminary Flag (0040,A496) in SR Document General Module Attributes (C.17-2)."""

    PRELIMINARY = "PRELIMINARY"
    "This report precedes the final report and may contain limited information; it may be time sensitive, and it is not expected to contain all the reportable findings."
    FINAL = "FINAL"
    "This report is the definitive means of communicating the results of a procedure."

PreliminaryFlagValue: TypeAlias = PreliminaryFlag | Literal["PRELIMINARY", "FINAL"]

class PresentationAnimationStyle(StrEnum):
    """Enumerated Values of Presentation Animation Style (0070,1A01) in Presentation Animation Module Attributes (C.11.29-1)."""

    INPUT_SEQ = "INPUT_SEQ"
    PRESENTATION_SEQ = "PRESENTATION_SEQ"
    CROSSCURVE = "CROSSCURVE"
    FLYTHROUGH = "FLYTHROUGH"
    SWIVEL = "SWIVEL"

PresentationAnimationStyleValue: TypeAlias = (
    PresentationAnimationStyle
    | Literal["INPUT_SEQ", "PRESENTATION_SEQ", "CROSSCURVE", "FLYTHROUGH", "SWIVEL"]
)

class PresentationInputType(StrEnum):
    """Enumerated Values of Presentation Input Type (0070,1202) in Volumetric Presentation State Relationship Module Attributes (C.11.23-1)."""

    VOLUME = "VOLUME"

PresentationInputTypeValue: TypeAlias = PresentationInputType | Literal["VOLUME"]

class PresentationIntentType(StrEnum):
    """Enumerated Values of Presentation Intent Type (0008,0068) in DX Series Module Attributes (C.8-68)."""

    FOR_PRESENTATION = "FOR PRESENTATION"
    FOR_PROCESSING = "FOR PROCESSING"

PresentationIntentTypeValue: TypeAlias = (
    PresentationIntentType | Literal["FOR PRESENTATION", "FOR PROCESSING"]
)

class PresentationLUTShape(StrEnum):
    """Enumerated Values of Presentation LUT Shape (2050,0020) in General Image Module Attributes (C.7-9)."""

    IDENTITY = "IDENTITY"
    "output is in P-Values - shall be used if Photometric Interpretation (0028,0004) is MONOCHROME2 or any color photometric interpretation."
    INVERSE = "INVERSE"
    "output after inversion is in P-Values - shall be used if Photometric Interpretation (0028,0004) is MONOCHROME1."

PresentationLUTShapeValue: TypeAlias = PresentationLUTShape | Literal["IDENTITY", "INVERSE"]

class PresentationLUTShapeSCMultiFrameImage(StrEnum):
    """Enumerated Values of Presentation LUT Shape (2050,0020) in SC Multi-frame Image Module Attributes (C.8-25b)."""

    IDENTITY = "IDENTITY"
    "Output is in P-Values."

PresentationLUTShapeSCMultiFrameImageValue: TypeAlias = (
    PresentationLUTShapeSCMultiFrameImage | Literal["IDENTITY"]
)

class PresentationLUTShapePresentationLUT(StrEnum):
    """Enumerated Values of Presentation LUT Shape (2050,0020) in Presentation LUT Module Attributes (C.11-4)."""

    IDENTITY = "IDENTITY"
    "input to the Presentation LUT is in P-Values, no further translation is necessary"
    LIN_OD = "LIN OD"
    "input to Presentation LUT is in linear optical density over the range of Min Density (2010,0120) and Max Density (2010,1030)"

PresentationLUTShapePresentationLUTValue: TypeAlias = (
    PresentationLUTShapePresentationLUT | Literal["IDENTITY", "LIN OD"]
)

class PresentationSizeMode(StrEnum):
    """Enumerated Values of Presentation Size Mode (0070,0100) in Displayed Area Module Attributes (C.10-4)."""

    SCALE_TO_FIT = "SCALE TO FIT"
    TRUE_SIZE = "TRUE SIZE"
    MAGNIFY = "MAGNIFY"

PresentationSizeModeValue: TypeAlias = (
    PresentationSizeMode | Literal["SCALE TO FIT", "TRUE SIZE", "MAGNIFY"]
)

class PresentedVisualStimuliDataFlag(StrEnum):
    """Enumerated Values of Presented Visual Stimuli Data Flag (0024,0037) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"

PresentedVisualStimuliDataFlagValue: TypeAlias = (
    PresentedVisualStimuliDataFlag | Literal["YES", "NO"]
)

class PreserveCompositeInstancesAfterMediaCreation(StrEnum):
    """Enumerated Values of Preserve Composite Instances After Media Creation (2200,000A) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"

PreserveCompositeInstancesAfterMediaCreationValue: TypeAlias = (
    PreserveCompositeInstancesAfterMediaCreation | Literal["YES", "NO"]
)

class PrimaryDoseValueIndicator(StrEnum):
    """Enumerated Values of Primary Dose Value Indicator (300A,061B) in RT Dose Contribution Module Attributes (C.36.11-1)."""

    YES = "YES"
    NO = "NO"

PrimaryDoseValueIndicatorValue: TypeAlias = PrimaryDoseValueIndicator | Literal["YES", "NO"]

class PrimaryDosimeterUnit(StrEnum):
    """Enumerated Values of Primary Dosimeter Unit (300A,00B3) in RT Image Module Attributes (C.8-38)."""

    MU = "MU"
    "Monitor Unit"
    MINUTE = "MINUTE"
    "minute"

PrimaryDosimeterUnitValue: TypeAlias = PrimaryDosimeterUnit | Literal["MU", "MINUTE"]

class PrimaryDosimeterUnitRTIonBeams(StrEnum):
    """Enumerated Values of Primary Dosimeter Unit (300A,00B3) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    MU = "MU"
    "Monitor Unit"
    NP = "NP"
    "number of particles"

PrimaryDosimeterUnitRTIonBeamsValue: TypeAlias = (
    PrimaryDosimeterUnitRTIonBeams | Literal["MU", "NP"]
)

class PrimaryDosimeterUnitRTBeamsDeliveryInstruction(StrEnum):
    """Enumerated Values of Primary Dosimeter Unit (300A,00B3) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    MU = "MU"
    "Monitor Unit"
    MINUTE = "MINUTE"
    "minute"
    NP = "NP"
    "Number of Particles"

PrimaryDosimeterUnitRTBeamsDeliveryInstructionValue: TypeAlias = (
    PrimaryDosimeterUnitRTBeamsDeliveryInstruction | Literal["MU", "MINUTE", "NP"]
)

class PrintPriority(StrEnum):
    """Enumerated Values of Print Priority (2000,0020) in Basic Film Session Presentation Module Attributes (C.13-1)."""

    HIGH = "HIGH"
    MED = "MED"
    LOW = "LOW"

PrintPriorityValue: TypeAlias = PrintPriority | Literal["HIGH", "MED", "LOW"]

class PrinterStatus(StrEnum):
    """Enumerated Values of Printer Status (2110,0010) in Printer Module Attributes (C.13-9)."""

    NORMAL = "NORMAL"
    WARNING = "WARNING"
    FAILURE = "FAILURE"

PrinterStatusValue: TypeAlias = PrinterStatus | Literal["NORMAL", "WARNING", "FAILURE"]

class PrinterStatusInfoTerm(StrEnum):
    """Defined Terms of Printer Status Info (2110,0020) in Printer Module Attributes (C.13-9)."""

    NORMAL = "NORMAL"
    BAD_RECEIVE_MGZ = "BAD RECEIVE MGZ"
    "There is a problem with the film receive magazine. Films from the printer cannot be transported into the magazine."
    BAD_SUPPLY_MGZ = "BAD SUPPLY MGZ"
    "There is a problem with a film supply magazine. Films from this magazine cannot be transported into the printer."
    CALIBRATING = "CALIBRATING"
    "Printer is performing self calibration, it is expected to be available for normal operation shortly."
    CALIBRATION_ERR = "CALIBRATION ERR"
    "An error in the printer calibration has been detected, quality of processed films may not be optimal."
    CHECK_CHEMISTRY = "CHECK CHEMISTRY"
    "A problem with the processor chemicals has been detected, quality of processed films may not be optimal."
    CHECK_SORTER = "CHECK SORTER"
    "There is an error in the film sorter."
    CHEMICALS_EMPTY = "CHEMICALS EMPTY"
    "There are no processing chemicals in the processor, films will not be printed and processed until the processor is back to normal."
    CHEMICALS_LOW = "CHEMICALS LOW"
    "The chemical level in the processor is low, if not corrected, it will probably shut down soon."
    COVER_OPEN = "COVER OPEN"
    "One or more printer or processor covers, drawers, doors are open."
    ELEC_CONFIG_ERR = "ELEC CONFIG ERR"
    "Printer configured improperly for this job."
    ELEC_DOWN = "ELEC DOWN"
    "Printer is not operating due to some unspecified electrical hardware problem."
    ELEC_SW_ERROR = "ELEC SW ERROR"
    "Printer not operating for some unspecified software error."
    EMPTY_8X10 = "EMPTY 8X10"
    "The 8x10 inch film supply magazine is empty."
    EMPTY_8X10_BLUE = "EMPTY 8X10 BLUE"
    "The 8x10 inch blue film supply magazine is empty."
    EMPTY_8X10_CLR = "EMPTY 8X10 CLR"
    "The 8x10 inch clear film supply magazine is empty."
    EMPTY_8X10_PAPR = "EMPTY 8X10 PAPR"
    "The 8x10 inch paper supply magazine is empty."
    EMPTY_10X12 = "EMPTY 10X12"
    "The 10x12 inch film supply magazine is empty."
    EMPTY_10X12_BLUE = "EMPTY 10X12 BLUE"
    "The 10x12 inch blue film supply magazine is empty."
    EMPTY_10X12_CLR = "EMPTY 10X12 CLR"
    "The 10x12 inch clear film supply magazine is empty."
    EMPTY_10X12_PAPR = "EMPTY 10X12 PAPR"
    "The 10x12 inch paper supply magazine is empty."
    EMPTY_10X14 = "EMPTY 10X14"
    "The 10x14 inch film supply magazine is empty."
    EMPTY_10X14_BLUE = "EMPTY 10X14 BLUE"
    "The 10x14 inch blue film supply magazine is empty."
    EMPTY_10X14_CLR = "EMPTY 10X14 CLR"
    "The 10x14 inch clear film supply magazine is empty."
    EMPTY_10X14_PAPR = "EMPTY 10X14 PAPR"
    "The 10x14 inch paper supply magazine is empty."
    EMPTY_11X14 = "EMPTY 11X14"
    "The 11x14 inch film supply magazine is empty."
    EMPTY_11X14_BLUE = "EMPTY 11X14 BLUE"
    "The 11x14 inch blue film supply magazine is empty."
    EMPTY_11X14_CLR = "EMPTY 11X14 CLR"
    "The 11x14 inch clear film supply magazine is empty."
    EMPTY_11X14_PAPR = "EMPTY 11X14 PAPR"
    "The 11x14 inch paper supply magazine is empty."
    EMPTY_14X14 = "EMPTY 14X14"
    "The 14x14 inch film supply magazine is empty."
    EMPTY_14X14_BLUE = "EMPTY 14X14 BLUE"
    "The 14x14 inch blue film supply magazine is empty."
    EMPTY_14X14_CLR = "EMPTY 14X14 CLR"
    "The 14x14 inch clear film supply magazine is empty."
    EMPTY_14X14_PAPR = "EMPTY 14X14 PAPR"
    "The 14x14 inch paper supply magazine is empty."
    EMPTY_14X17 = "EMPTY 14X17"
    "The 14x17 inch film supply magazine is empty."
    EMPTY_14X17_BLUE = "EMPTY 14X17 BLUE"
    "The 14x17 inch blue film supply magazine is empty."
    EMPTY_14X17_CLR = "EMPTY 14X17 CLR"
    "The 14x17 inch clear film supply magazine is empty."
    EMPTY_14X17_PAPR = "EMPTY 14X17 PAPR"
    "The 14x17 inch paper supply magazine is empty."
    EMPTY_24X24 = "EMPTY 24X24"
    "The 24x24 cm film supply magazine is empty."
    EMPTY_24X24_BLUE = "EMPTY 24X24 BLUE"
    "The 24x24 cm blue film supply magazine is empty."
    EMPTY_24X24_CLR = "EMPTY 24X24 CLR"
    "The 24x24 cm clear film supply magazine is empty."
    EMPTY_24X24_PAPR = "EMPTY 24X24 PAPR"
    "The 24x24 cm paper supply magazine is empty."
    EMPTY_24X30 = "EMPTY 24X30"
    "The 24x30 cm film supply magazine is empty."
    EMPTY_24X30_BLUE = "EMPTY 24X30 BLUE"
    "The 24x30 cm blue film supply magazine is empty."
    EMPTY_24X30_CLR = "EMPTY 24X30 CLR"
    "The 24x30 cm clear film supply magazine is empty."
    EMPTY_24X30_PAPR = "EMPTY 24X30 PAPR"
    "The 24x30 cm paper supply magazine is empty."
    EMPTY_A4_PAPR = "EMPTY A4 PAPR"
    "The A4 paper supply magazine is empty."
    EMPTY_A4_TRANS = "EMPTY A4 TRANS"
    "The A4 transparency supply magazine is empty."
    EXPOSURE_FAILURE = "EXPOSURE FAILURE"
    "The exposure device has failed due to some unspecified reason."
    FILM_JAM = "FILM JAM"
    "A film transport error has occurred and a film is jammed in the printer or processor."
    FILM_TRANSP_ERR = "FILM TRANSP ERR"
    "There is a malfunction with the film transport, there may or may not be a film jam."
    FINISHER_EMPTY = "FINISHER EMPTY"
    "The finisher is empty."
    FINISHER_ERROR = "FINISHER ERROR"
    "The finisher is not operating due to some unspecified reason."
    FINISHER_LOW = "FINISHER LOW"
    "The finisher is low on supplies."
    LOW_8X10 = "LOW 8X10"
    "The 8x10 inch film supply magazine is low."
    LOW_8X10_BLUE = "LOW 8X10 BLUE"
    "The 8x10 inch blue film supply magazine is low."
    LOW_8X10_CLR = "LOW 8X10 CLR"
    "The 8x10 inch clear film supply magazine is low."
    LOW_8X10_PAPR = "LOW 8X10 PAPR"
    "The 8x10 inch paper supply magazine is low."
    LOW_10X12 = "LOW 10X12"
    "The 10x12 inch film supply magazine is low."
    LOW_10X12_BLUE = "LOW 10X12 BLUE"
    "The 10x12 inch blue film supply magazine is low."
    LOW_10X12_CLR = "LOW 10X12 CLR"
    "The 10x12 inch clear film supply magazine is low."
    LOW_10X12_PAPR = "LOW 10X12 PAPR"
    "The 10x12 inch paper supply magazine is low."
    LOW_10X14 = "LOW 10X14"
    "The 10x14 inch film supply magazine is low."
    LOW_10X14_BLUE = "LOW 10X14 BLUE"
    "The 10x14 inch blue film supply magazine is low."
    LOW_10X14_CLR = "LOW 10X14 CLR"
    "The 10x14 inch clear film supply magazine is low."
    LOW_10X14_PAPR = "LOW 10X14 PAPR"
    "The 10x14 inch paper supply magazine is low."
    LOW_11X14 = "LOW 11X14"
    "The 11x14 inch film supply magazine is low."
    LOW_11X14_BLUE = "LOW 11X14 BLUE"
    "The 11x14 inch blue film supply magazine is low."
    LOW_11X14_CLR = "LOW 11X14 CLR"
    "The 11x14 inch clear film supply magazine is low."
    LOW_11X14_PAPR = "LOW 11X14 PAPR"
    "The 11x14 inch paper supply magazine is low."
    LOW_14X14 = "LOW 14X14"
    "The 14x14 inch film supply magazine is low."
    LOW_14X14_BLUE = "LOW 14X14 BLUE"
    "The 14x14 inch blue film supply magazine is low."
    LOW_14X14_CLR = "LOW 14X14 CLR"
    "The 14x14 inch clear film supply magazine is low."
    LOW_14X14_PAPR = "LOW 14X14 PAPR"
    "The 14x14 inch paper supply magazine is low."
    LOW_14X17 = "LOW 14X17"
    "The 14x17 inch film supply magazine is low."
    LOW_14X17_BLUE = "LOW 14X17 BLUE"
    "The 14x17 inch blue film supply magazine is low."
    LOW_14X17_CLR = "LOW 14X17 CLR"
    "The 14x17 inch clear film supply magazine is low."
    LOW_14X17_PAPR = "LOW 14X17 PAPR"
    "The 14x17 inch paper supply magazine is low."
    LOW_24X24 = "LOW 24X24"
    "The 24x24 cm film supply magazine is low."
    LOW_24X24_BLUE = "LOW 24X24 BLUE"
    "The 24x24 cm blue film supply magazine is low."
    LOW_24X24_CLR = "LOW 24X24 CLR"
    "The 24x24 cm clear film supply magazine is low."
    LOW_24X24_PAPR = "LOW 24X24 PAPR"
    "The 24x24 cm paper supply magazine is low."
    LOW_24X30 = "LOW 24X30"
    "The 24x30 cm film supply magazine is low."
    LOW_24X30_BLUE = "LOW 24X30 BLUE"
    "The 24x30 cm blue film supply magazine is low."
    LOW_24X30_CLR = "LOW 24X30 CLR"
    "The 24x30 cm clear film supply magazine is low."
    LOW_24X30_PAPR = "LOW 24X30 PAPR"
    "The 24x30 cm paper supply magazine is low."
    LOW_A4_PAPR = "LOW A4 PAPR"
    "The A4 paper supply magazine is low."
    LOW_A4_TRANS = "LOW A4 TRANS"
    "The A4 transparency supply magazine is low."
    NO_RECEIVE_MGZ = "NO RECEIVE MGZ"
    "The film receive magazine not available."
    NO_RIBBON = "NO RIBBON"
    "The ribbon cartridge needs to be replaced."
    NO_SUPPLY_MGZ = "NO SUPPLY MGZ"
    "The film supply magazine specified for this job is not available."
    CHECK_PRINTER = "CHECK PRINTER"
    "The printer is not ready at this time, operator intervention is required to make the printer available."
    CHECK_PROC = "CHECK PROC"
    "The processor is not ready at this time, operator intervention is required to make the printer available."
    PRINTER_DOWN = "PRINTER DOWN"
    "The printer is not operating due to some unspecified reason."
    PRINTER_BUSY = "PRINTER BUSY"
    "Printer is not available at this time, but should become ready without user intervention. This is to handle non-initialization instances."
    PRINT_BUFF_FULL = "PRINT BUFF FULL"
    "The Printer 's buffer capacity is full. The printer is unable to accept new images in this state. The printer will correct this without user intervention. The SCU should retry later."
    PRINTER_INIT = "PRINTER INIT"
    "The printer is not ready at this time, it is expected to become available without intervention. For example, it may be in a normal warm-up state."
    PRINTER_OFFLINE = "PRINTER OFFLINE"
    "The printer has been disabled by an operator or service person."
    PROC_DOWN = "PROC DOWN"
    "The processor is not operating due to some unspecified reason."
    PROC_INIT = "PROC INIT"
    "The processor is not ready at this time, it is expected to become available without intervention. For example, it may be in a normal warm-up state."
    PROC_OVERFLOW_FL = "PROC OVERFLOW FL"
    "Processor chemicals are approaching the overflow full mark."
    PROC_OVERFLOW_HI = "PROC OVERFLOW HI"
    "Processor chemicals have reached the overflow full mark."
    QUEUED = "QUEUED"
    "Print Job in Queue."
    RECEIVER_FULL = "RECEIVER FULL"
    "The Film receive magazine is full."
    REQ_MED_NOT_INST = "REQ MED NOT INST"
    "The requested film, paper, or other media supply magazine is installed in the printer, but may be available with operator intervention."
    REQ_MED_NOT_AVAI = "REQ MED NOT AVAI"
    "The requested film, paper, or other media requested is not available on this printer."
    RIBBON_ERROR = "RIBBON ERROR"
    "There is an unspecified problem with the print ribbon."
    SUPPLY_EMPTY = "SUPPLY EMPTY"
    "The printer is out of film."
    SUPPLY_LOW = "SUPPLY LOW"
    "The film supply is low."
    UNKNOWN = "UNKNOWN"
    "There is an unspecified problem."

class ProcedureStepState(StrEnum):
    """Enumerated Values of Procedure Step State (0074,1000) in Unified Procedure Step Progress Information Module Attributes (C.30.1-1)."""

    SCHEDULED = "SCHEDULED"
    IN_PROGRESS = "IN PROGRESS"
    CANCELED = "CANCELED"
    COMPLETED = "COMPLETED"

ProcedureStepStateValue: TypeAlias = (
    ProcedureStepState | Literal["SCHEDULED", "IN PROGRESS", "CANCELED", "COMPLETED"]
)

class ProtocolDefinedPatientPositionTerm(StrEnum):
    """Defined Terms of Protocol Defined Patient Position (0018,9947) in Patient Positioning Module Attributes (C.34.8-1)."""

    HFP = "HFP"
    "Head First-Prone"
    HFS = "HFS"
    "Head First-Supine"
    HFDR = "HFDR"
    "Head First-Decubitus Right"
    HFDL = "HFDL"
    "Head First-Decubitus Left"
    FFDR = "FFDR"
    "Feet First-Decubitus Right"
    FFDL = "FFDL"
    "Feet First-Decubitus Left"
    FFP = "FFP"
    "Feet First-Prone"
    FFS = "FFS"
    "Feet First-Supine"
    LFP = "LFP"
    "Left First-Prone"
    LFS = "LFS"
    "Left First-Supine"
    RFP = "RFP"
    "Right First-Prone"
    RFS = "RFS"
    "Right First-Supine"
    AFDR = "AFDR"
    "Anterior First-Decubitus Right"
    AFDL = "AFDL"
    "Anterior First-Decubitus Left"
    PFDR = "PFDR"
    "Posterior First-Decubitus Right"
    PFDL = "PFDL"
    "Posterior First-Decubitus Left"

class PupilDilated(StrEnum):
    """Enumerated Values of Pupil Dilated (0022,000D) in Ophthalmic Acquisition Parameters Macro Attributes (C.8.17.8-2)."""

    YES = "YES"
    NO = "NO"

PupilDilatedValue: TypeAlias = PupilDilated | Literal["YES", "NO"]

class QuadratureReceiveCoil(StrEnum):
    """Enumerated Values of Quadrature Receive Coil (0018,9044) in MR Receive Coil Macro Attributes (C.8-94)."""

    YES = "YES"
    "quadrature or circularly polarized"
    NO = "NO"
    "linear"

QuadratureReceiveCoilValue: TypeAlias = QuadratureReceiveCoil | Literal["YES", "NO"]

class QualityControlImage(StrEnum):
    """Enumerated Values of Quality Control Image (0028,0300) in General Image Module Attributes (C.7-9)."""

    YES = "YES"
    "the image contains only quality control material"
    NO = "NO"
    "the image does not contain quality control material"
    BOTH = "BOTH"
    "the image contains both subject (patient) and quality control information"

QualityControlImageValue: TypeAlias = QualityControlImage | Literal["YES", "NO", "BOTH"]

class QualityControlImageEnhancedXAXRFImage(StrEnum):
    """Enumerated Values of Quality Control Image (0028,0300) in Enhanced XA/XRF Image Module Table (C.8.19.2-1)."""

    YES = "YES"
    NO = "NO"

QualityControlImageEnhancedXAXRFImageValue: TypeAlias = (
    QualityControlImageEnhancedXAXRFImage | Literal["YES", "NO"]
)

class QualityControlSubject(StrEnum):
    """Enumerated Values of Quality Control Subject (0010,0200) in Patient Demographic Module Attributes (C.2-3)."""

    YES = "YES"
    NO = "NO"

QualityControlSubjectValue: TypeAlias = QualityControlSubject | Literal["YES", "NO"]

class QueryRetrieveLevel(StrEnum):
    """Enumerated Values of Query/Retrieve Level (0008,0052) in Scope of Inventory Macro Attributes (C.38.2-1)."""

    STUDY = "STUDY"
    "Study level"
    SERIES = "SERIES"
    "Series level"
    IMAGE = "IMAGE"
    "SOP Instance level"

QueryRetrieveLevelValue: TypeAlias = QueryRetrieveLevel | Literal["STUDY", "SERIES", "IMAGE"]

class QueryRetrieveView(StrEnum):
    """Enumerated Values of Query/Retrieve View (0008,0053) in SOP Common Module Attributes (C.12-1)."""

    CLASSIC = "CLASSIC"
    ENHANCED = "ENHANCED"

QueryRetrieveViewValue: TypeAlias = QueryRetrieveView | Literal["CLASSIC", "ENHANCED"]

class RadiationMode(StrEnum):
    """Enumerated Values of Radiation Mode (0018,115A) in KV Radiation Image Acquisition Parameters Macro Attributes (C.36.2.4.6-1)."""

    CONTINUOUS = "CONTINUOUS"
    PULSED = "PULSED"

RadiationModeValue: TypeAlias = RadiationMode | Literal["CONTINUOUS", "PULSED"]

class RadiationModeTerm(StrEnum):
    """Defined Terms of Radiation Mode (0018,115A) in X-Ray Acquisition Module Attributes (C.8-27)."""

    CONTINUOUS = "CONTINUOUS"
    PULSED = "PULSED"

class RadiationSetting(StrEnum):
    """Enumerated Values of Radiation Setting (0018,1155) in X-Ray Acquisition Module Attributes (C.8-27)."""

    SC = "SC"
    "low dose exposure generally corresponding to fluoroscopic settings (e.g., preparation for diagnostic quality image acquisition)"
    GR = "GR"
    "high dose for diagnostic quality image acquisition (also called digital spot or cine)"

RadiationSettingValue: TypeAlias = RadiationSetting | Literal["SC", "GR"]

class RadiationTypeTerm(StrEnum):
    """Defined Terms of Radiation Type (300A,00C6) in RT Beams Module Attributes (C.8-50)."""

    PHOTON = "PHOTON"
    ELECTRON = "ELECTRON"
    NEUTRON = "NEUTRON"
    PROTON = "PROTON"

class RadiationTypeTermRTIonBeams(StrEnum):
    """Defined Terms of Radiation Type (300A,00C6) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    PHOTON = "PHOTON"
    PROTON = "PROTON"
    ION = "ION"

class RadiationType(StrEnum):
    """Enumerated Values of Radiation Type (300A,00C6) in RT General Machine Verification Module Attributes (C.31-1)."""

    PHOTON = "PHOTON"
    ELECTRON = "ELECTRON"
    NEUTRON = "NEUTRON"
    PROTON = "PROTON"
    ION = "ION"

RadiationTypeValue: TypeAlias = (
    RadiationType | Literal["PHOTON", "ELECTRON", "NEUTRON", "PROTON", "ION"]
)

class RadiobiologicalDoseEffectFlag(StrEnum):
    """Enumerated Values of Radiobiological Dose Effect Flag (3010,0002) in Dosimetric Objective Macro Attributes (C.36.2.1.4-1)."""

    YES = "YES"
    "Effective dose after correction for biological effect."
    NO = "NO"
    "Physical dose."

RadiobiologicalDoseEffectFlagValue: TypeAlias = RadiobiologicalDoseEffectFlag | Literal["YES", "NO"]

class RadiotherapyTreatmentType(StrEnum):
    """Enumerated Values of Radiotherapy Treatment Type (3010,0046) in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    TELETHERAPY = "TELETHERAPY"
    "Treatment in which the source of the radiation is at a distance from the body."
    BRACHYTHERAPY = "BRACHYTHERAPY"
    "Treatment in which the source of radiation is placed close to the surface of the body or within the body."

RadiotherapyTreatmentTypeValue: TypeAlias = (
    RadiotherapyTreatmentType | Literal["TELETHERAPY", "BRACHYTHERAPY"]
)

class RandomsCorrected(StrEnum):
    """Enumerated Values of Randoms Corrected (0018,9765) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"

RandomsCorrectedValue: TypeAlias = RandomsCorrected | Literal["YES", "NO"]

class RandomsCorrectionMethodTerm(StrEnum):
    """Defined Terms of Randoms Correction Method (0054,1100) in PET Series Module Attributes (C.8-60)."""

    NONE = "NONE"
    "no randoms correction"
    DLYD = "DLYD"
    "delayed event subtraction"
    SING = "SING"
    "singles estimation"

class RandomsCorrectionMethodTermEnhancedPETCorrections(StrEnum):
    """Defined Terms of Randoms Correction Method (0054,1100) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    DLYD = "DLYD"
    "delayed event subtraction"
    SING = "SING"
    "singles estimation"
    PDDL = "PDDL"
    "Processed Delays, which is a correction based on a processed (filtered) version of the data acquired from the delayed coincidence channel."

class RangeModulatorTypeTerm(StrEnum):
    """Defined Terms of Range Modulator Type (300A,0348) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    FIXED = "FIXED"
    "fixed modulation width and weights using ridge filter or constant speed wheel with constant beam current"
    WHL_FIXEDWEIGHTS = "WHL_FIXEDWEIGHTS"
    "selected wheel/track (Range Modulator ID) is spinning at constant speed. Modulation width is adjusted by switching constant beam current on and off at wheel steps indicated by Range Modulator Gating Values."
    WHL_MODWEIGHTS = "WHL_MODWEIGHTS"
    "selected wheel/track (Range Modulator ID) is spinning at constant speed. Weight per wheel step is adjusted by modulating beam current according to selected Beam Current Modulation ID (300A,034C)."

class RangeShifterTypeTerm(StrEnum):
    """Defined Terms of Range Shifter Type (300A,0320) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    ANALOG = "ANALOG"
    "Device is variable thickness and is composed of opposing sliding wedges, water column or similar mechanism."
    BINARY = "BINARY"
    "Device is composed of different thickness materials that can be moved in or out of the beam in various stepped combinations."

class ReasonForChannelOmissionTerm(StrEnum):
    """Defined Terms of Reason for Channel Omission (0074,140A) in RT Brachy Application Setup Delivery Instruction Module Attributes (C.8.8.30-1)."""

    ALREADY_TREATED = "ALREADY_TREATED"
    "The channel has been already delivered."
    OTHER = "OTHER"
    "This channel is not to be delivered for other reasons."

class ReasonForOmissionTerm(StrEnum):
    """Defined Terms of Reason for Omission (300C,0112) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    ALREADY_TREATED = "ALREADY_TREATED"
    "The beam has been already treated in an earlier treatment session"

class ReasonForTheAttributeModificationTerm(StrEnum):
    """Defined Terms of Reason for the Attribute Modification (0400,0565) in Original Attributes Macro Attributes (C.12.1.1.9-1)."""

    COERCE = "COERCE"
    "Replace, add or remove values of Attributes such as Patient Name, ID, Accession Number, for example, during import of media from an external institution, or reconciliation against a master patient index."
    CORRECT = "CORRECT"
    "Replace or remove incorrect values, or add correct values, such as Patient Name or ID, for example, when incorrect worklist item was chosen or operator input error."
    CONVERT = "CONVERT"
    "Replace, add, or remove values of Attributes during a conversion, for example, of private DICOM objects to a standard SOP Class."

class ReceiveCoilTypeTerm(StrEnum):
    """Defined Terms of Receive Coil Type (0018,9043) in MR Receive Coil Macro Attributes (C.8-94)."""

    BODY = "BODY"
    VOLUME = "VOLUME"
    "head, extremity, etc."
    SURFACE = "SURFACE"
    MULTICOIL = "MULTICOIL"

class RecognizableVisualFeatures(StrEnum):
    """Enumerated Values of Recognizable Visual Features (0028,0302) in General Image Module Attributes (C.7-9)."""

    YES = "YES"
    NO = "NO"

RecognizableVisualFeaturesValue: TypeAlias = RecognizableVisualFeatures | Literal["YES", "NO"]

class RecognizableVisualFeaturesIntravascularOCTImage(StrEnum):
    """Enumerated Values of Recognizable Visual Features (0028,0302) in Intravascular OCT Image Module Attributes (C.8.27.2-1)."""

    NO = "NO"

RecognizableVisualFeaturesIntravascularOCTImageValue: TypeAlias = (
    RecognizableVisualFeaturesIntravascularOCTImage | Literal["NO"]
)

class RecognizableVisualFeaturesCornealTopographyMapImage(StrEnum):
    """Enumerated Values of Recognizable Visual Features (0028,0302) in Corneal Topography Map Image Module Attributes (C.8.30.2-1)."""

    YES = "YES"

RecognizableVisualFeaturesCornealTopographyMapImageValue: TypeAlias = (
    RecognizableVisualFeaturesCornealTopographyMapImage | Literal["YES"]
)

class RecommendedViewingModeTerm(StrEnum):
    """Defined Terms of Recommended Viewing Mode (0028,1090) in Mask Module Attributes (C.7-16)."""

    SUB = "SUB"
    "For subtraction with mask images."
    NAT = "NAT"
    "Native viewing of image as encoded."

class RecommendedViewingMode(StrEnum):
    """Enumerated Values of Recommended Viewing Mode (0028,1090) in Presentation State Mask Module Attributes (C.11.13-1)."""

    SUB = "SUB"
    "for subtraction with mask images"

RecommendedViewingModeValue: TypeAlias = RecommendedViewingMode | Literal["SUB"]

class ReconstructionAlgorithmTerm(StrEnum):
    """Defined Terms of Reconstruction Algorithm (0018,9315) in CT Reconstruction Macro Attributes (C.8-123)."""

    FILTER_BACK_PROJ = "FILTER_BACK_PROJ"
    ITERATIVE = "ITERATIVE"

class ReconstructionAlgorithmTermPETReconstruction(StrEnum):
    """Defined Terms of Reconstruction Algorithm (0018,9315) in PET Reconstruction Macro Attributes (C.8.22-17)."""

    FILTER_BACK_PROJ = "FILTER_BACK_PROJ"
    REPROJECTION = "REPROJECTION"
    RAMLA = "RAMLA"
    MLEM = "MLEM"

class ReconstructionPipelineType(StrEnum):
    """Enumerated Values of Reconstruction Pipeline Type (0018,11BE) in Performed XA Reconstruction Module Attributes (C.34.18-1)."""

    V2D = "2D"
    V3D = "3D"

ReconstructionPipelineTypeValue: TypeAlias = ReconstructionPipelineType | Literal["2D", "3D"]

class ReconstructionTypeTerm(StrEnum):
    """Defined Terms of Reconstruction Type (0018,9756) in PET Reconstruction Macro Attributes (C.8.22-17)."""

    V2D = "2D"
    V3D = "3D"
    V3D_REBINNED = "3D_REBINNED"

class RectificationTypeTerm(StrEnum):
    """Defined Terms of Rectification Type (0018,1156) in X-Ray Acquisition Dose Module Attributes (C.8-33)."""

    SINGLE_PHASE = "SINGLE PHASE"
    THREE_PHASE = "THREE PHASE"
    CONST_POTENTIAL = "CONST POTENTIAL"

class RectilinearPhaseEncodeReorderingTerm(StrEnum):
    """Defined Terms of Rectilinear Phase Encode Reordering (0018,9034) in MR Pulse Sequence Module Attributes (C.8-87)."""

    LINEAR = "LINEAR"
    CENTRIC = "CENTRIC"
    SEGMENTED = "SEGMENTED"
    REVERSE_LINEAR = "REVERSE_LINEAR"
    REVERSE_CENTRIC = "REVERSE_CENTRIC"

class ReferenceDoseDefinitionTerm(StrEnum):
    """Defined Terms of Reference Dose Definition (300A,0512) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    HIGHEST = "HIGHEST"
    MAXIMUM = "MAXIMUM"
    CENTER = "CENTER"

class ReferenceDoseTypeTerm(StrEnum):
    """Defined Terms of Reference Dose Type (300A,061A) in RT Dose Contribution Module Attributes (C.36.11-1)."""

    PER_RADIATION = "PER_RADIATION"
    "Dose values are calculated individually for each referenced RT Radiation SOP Instance."
    NOMINAL = "NOMINAL"
    "Dose values are calculated on the Fraction level and assigned to individual RT Radiation SOP Instances without Instance-specific calculations."

class ReformattingOperationInitialViewDirectionTerm(StrEnum):
    """Defined Terms of Reformatting Operation Initial View Direction (0072,0516) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    SAGITTAL = "SAGITTAL"
    TRANSVERSE = "TRANSVERSE"
    CORONAL = "CORONAL"
    OBLIQUE = "OBLIQUE"

class ReformattingOperationTypeTerm(StrEnum):
    """Defined Terms of Reformatting Operation Type (0072,0510) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    MPR = "MPR"
    V3D_RENDERING = "3D_RENDERING"
    SLAB = "SLAB"

class RefractiveIndexApplied(StrEnum):
    """Enumerated Values of Refractive Index Applied (0052,003A) in Intravascular OCT Processing Parameters Module Attributes (C.8.27.4-1)."""

    YES = "YES"
    NO = "NO"

RefractiveIndexAppliedValue: TypeAlias = RefractiveIndexApplied | Literal["YES", "NO"]

class RefractiveProcedureOccurred(StrEnum):
    """Enumerated Values of Refractive Procedure Occurred (0022,1039) in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    YES = "YES"
    NO = "NO"

RefractiveProcedureOccurredValue: TypeAlias = RefractiveProcedureOccurred | Literal["YES", "NO"]

class RegisteredLocalizerUnits(StrEnum):
    """Enumerated Values of Registered Localizer Units (0022,1466) in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

    PIXEL = "PIXEL"
    "See Bounding Box Annotation Units (0070,0003) for definition."

RegisteredLocalizerUnitsValue: TypeAlias = RegisteredLocalizerUnits | Literal["PIXEL"]

class RelationshipType(StrEnum):
    """Enumerated Values of Relationship Type (0040,A010) in Document Relationship Macro Attributes (C.17-6)."""

    CONTAINS = "CONTAINS"
    HAS_PROPERTIES = "HAS PROPERTIES"
    HAS_OBS_CONTEXT = "HAS OBS CONTEXT"
    HAS_ACQ_CONTEXT = "HAS ACQ CONTEXT"
    INFERRED_FROM = "INFERRED FROM"
    SELECTED_FROM = "SELECTED FROM"
    HAS_CONCEPT_MOD = "HAS CONCEPT MOD"

RelationshipTypeValue: TypeAlias = (
    RelationshipType
    | Literal[
        "CONTAINS",
        "HAS PROPERTIES",
        "HAS OBS CONTEXT",
        "HAS ACQ CONTEXT",
        "INFERRED FROM",
        "SELECTED FROM",
        "HAS CONCEPT MOD",
    ]
)

class RelationshipTypeEncapsulatedDocument(StrEnum):
    """Enumerated Values of Relationship Type (0040,A010) in Encapsulated Document Module Attributes (C.24-2)."""

    CONTAINS = "CONTAINS"
    HAS_OBS_CONTEXT = "HAS OBS CONTEXT"
    HAS_ACQ_CONTEXT = "HAS ACQ CONTEXT"
    HAS_CONCEPT_MOD = "HAS CONCEPT MOD"

RelationshipTypeEncapsulatedDocumentValue: TypeAlias = (
    RelationshipTypeEncapsulatedDocument
    | Literal["CONTAINS", "HAS OBS CONTEXT", "HAS ACQ CONTEXT", "HAS CONCEPT MOD"]
)

class RelativeTimeUnits(StrEnum):
    """Enumerated Values of Relative Time Units (0072,003A) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    SECONDS = "SECONDS"
    MINUTES = "MINUTES"
    HOURS = "HOURS"
    DAYS = "DAYS"
    WEEKS = "WEEKS"
    MONTHS = "MONTHS"
    YEARS = "YEARS"

RelativeTimeUnitsValue: TypeAlias = (
    RelativeTimeUnits | Literal["SECONDS", "MINUTES", "HOURS", "DAYS", "WEEKS", "MONTHS", "YEARS"]
)

class RemovedFromOperationalUse(StrEnum):
    """Enumerated Values of Removed from Operational Use (0008,0405) in Inventory Module Attributes (C.38.1-1)."""

    Y = "Y"
    "Removed from use"
    N = "N"
    "Not removed from use"

RemovedFromOperationalUseValue: TypeAlias = RemovedFromOperationalUse | Literal["Y", "N"]

class RenderProjection(StrEnum):
    """Enumerated Values of Render Projection (0070,1602) in Camera Position Functional Group Macro Attributes (C.7.6.16.2.28-1)."""

    PERSPECTIVE = "PERSPECTIVE"

RenderProjectionValue: TypeAlias = RenderProjection | Literal["PERSPECTIVE"]

class RenderProjectionVolumeRenderGeometry(StrEnum):
    """Enumerated Values of Render Projection (0070,1602) in Volume Render Geometry Module Attributes (C.11.30-1)."""

    ORTHOGRAPHIC = "ORTHOGRAPHIC"
    PERSPECTIVE = "PERSPECTIVE"

RenderProjectionVolumeRenderGeometryValue: TypeAlias = (
    RenderProjectionVolumeRenderGeometry | Literal["ORTHOGRAPHIC", "PERSPECTIVE"]
)

class RenderingMethod(StrEnum):
    """Enumerated Values of Rendering Method (0070,120D) in Volumetric Presentation State Relationship Module Attributes (C.11.23-1)."""

    AVERAGE_IP = "AVERAGE_IP"
    "A method that projects the mean intensity of all interpolated samples that fall in the path of each ray traced from the viewpoint to the plane of projection."
    MAXIMUM_IP = "MAXIMUM_IP"
    "A method that projects the interpolated sample with maximum intensity that fall in the path of each ray traced from the viewpoint to the plane of projection."
    MINIMUM_IP = "MINIMUM_IP"
    "A method that projects the interpolated sample with minimum intensity that fall in the path of each ray traced from the viewpoint to the plane of projection."

RenderingMethodValue: TypeAlias = (
    RenderingMethod | Literal["AVERAGE_IP", "MAXIMUM_IP", "MINIMUM_IP"]
)

class RenderingMethodVolumeRenderGeometry(StrEnum):
    """Enumerated Values of Rendering Method (0070,120D) in Volume Render Geometry Module Attributes (C.11.30-1)."""

    MAXIMUM_IP = "MAXIMUM_IP"
    "A method that projects the interpolated sample with maximum intensity that falls in the path of each ray traced from the viewpoint to the plane of projection."
    MINIMUM_IP = "MINIMUM_IP"
    "A method that projects the interpolated sample with minimum intensity that falls in the path of each ray traced from the viewpoint to the plane of projection."
    VOLUME_RENDERED = "VOLUME_RENDERED"
    "A method where each XY pixel of the rendered view is determined by accumulating the set of non-transparent voxel samples along a ray."

RenderingMethodVolumeRenderGeometryValue: TypeAlias = (
    RenderingMethodVolumeRenderGeometry | Literal["MAXIMUM_IP", "MINIMUM_IP", "VOLUME_RENDERED"]
)

class ReportedValuesOrigin(StrEnum):
    """Enumerated Values of Reported Values Origin (3002,000A) in RT Image Module Attributes (C.8-38)."""

    OPERATOR = "OPERATOR"
    "manually entered by operator"
    PLAN = "PLAN"
    "planned parameter values"
    ACTUAL = "ACTUAL"
    "electronically recorded"

ReportedValuesOriginValue: TypeAlias = ReportedValuesOrigin | Literal["OPERATOR", "PLAN", "ACTUAL"]

class ReportingPriorityTerm(StrEnum):
    """Defined Terms of Reporting Priority (0040,1009) in Requested Procedure Module Attributes (C.4-11)."""

    HIGH = "HIGH"
    ROUTINE = "ROUTINE"
    MEDIUM = "MEDIUM"
    LOW = "LOW"

class ReprojectionMethodTerm(StrEnum):
    """Defined Terms of Reprojection Method (0054,1004) in PET Series Module Attributes (C.8-60)."""

    SUM = "SUM"
    MAX_PIXEL = "MAX PIXEL"

class RequestPriority(StrEnum):
    """Enumerated Values of Request Priority (2200,0020) in Media Creation Management Module Attributes (C.22.1-1)."""

    HIGH = "HIGH"
    MED = "MED"
    LOW = "LOW"

RequestPriorityValue: TypeAlias = RequestPriority | Literal["HIGH", "MED", "LOW"]

class RequestedDecimateCropBehavior(StrEnum):
    """Enumerated Values of Requested Decimate/Crop Behavior (2020,0040) in Image Box Pixel Presentation Module Attributes (C.13-5)."""

    DECIMATE = "DECIMATE"
    "A magnification factor <1 to be applied to the image."
    CROP = "CROP"
    "Some image rows and/or columns are to be deleted before printing. The specific algorithm for cropping shall be described in the SCP Conformance Statement."
    FAIL = "FAIL"
    "The SCP shall not crop or decimate"

RequestedDecimateCropBehaviorValue: TypeAlias = (
    RequestedDecimateCropBehavior | Literal["DECIMATE", "CROP", "FAIL"]
)

class RequestedImageSizeFlag(StrEnum):
    """Enumerated Values of Requested Image Size Flag (2020,00A0) in Printer Configuration Module Attributes (C.13-13)."""

    NO = "NO"
    "not supported"
    YES = "YES"
    "supported"

RequestedImageSizeFlagValue: TypeAlias = RequestedImageSizeFlag | Literal["NO", "YES"]

class RequestedProcedurePriorityTerm(StrEnum):
    """Defined Terms of Requested Procedure Priority (0040,1003) in Requested Procedure Module Attributes (C.4-11)."""

    STAT = "STAT"
    HIGH = "HIGH"
    ROUTINE = "ROUTINE"
    MEDIUM = "MEDIUM"
    LOW = "LOW"

class RequestedResolutionIDTerm(StrEnum):
    """Defined Terms of Requested Resolution ID (2020,0050) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    STANDARD = "STANDARD"
    "Approximately 4k x 5k printable pixels on a 14 x 17 inch film"
    HIGH = "HIGH"
    "Approximately twice the resolution of STANDARD."

class RescaleType(StrEnum):
    """Enumerated Values of Rescale Type (0028,1054) in Pixel Value Transformation Macro Attributes (C.7.6.16-10)."""

    US = "US"
    "Unspecified if Modality (0008,0060) equals MR or PT."

RescaleTypeValue: TypeAlias = RescaleType | Literal["US"]

class RescaleTypeTerm(StrEnum):
    """Defined Terms of Rescale Type (0028,1054) in CT Pixel Value Transformation Macro Attributes (C.8-126)."""

    OD = "OD"
    "The number in the LUT represents thousands of optical density. That is, a value of 2140 represents an optical density of 2.140."
    HU = "HU"
    "Hounsfield Units (CT)"
    US = "US"
    "Unspecified"
    MGML = "MGML"
    "mg/ml"
    Z_EFF = "Z_EFF"
    "Effective Atomic Number (i.e., Effective-Z)"
    ED = "ED"
    "Electron density in 1023 electrons/ml"
    EDW = "EDW"
    "Electron density normalized to water in units of N/Nw where N is number of electrons per unit volume, and Nw is number of electrons in the same unit of water at standard temperature and pressure."
    HU_MOD = "HU_MOD"
    "Modified Hounsfield Unit"
    PCT = "PCT"
    "Percentage (%)"

class RescaleTypeTermSCMultiFrameImage(StrEnum):
    """Defined Terms of Rescale Type (0028,1054) in SC Multi-frame Image Module Attributes (C.8-25b)."""

    US = "US"
    "Unspecified"

class RespiratoryCyclePositionTerm(StrEnum):
    """Defined Terms of Respiratory Cycle Position (0018,9214) in Frame Content Macro Attributes (C.7.6.16-3)."""

    START__RESPIR = "START _RESPIR"
    END_RESPIR = "END_RESPIR"
    UNDETERMINED = "UNDETERMINED"

class RespiratoryMotionCompensationTechniqueTerm(StrEnum):
    """Defined Terms of Respiratory Motion Compensation Technique (0018,9170) in Respiratory Synchronization Module Attributes (C.7.6.18-2)."""

    NONE = "NONE"
    BREATH_HOLD = "BREATH_HOLD"
    REALTIME = "REALTIME"
    "Image acquisition shorter than respiratory cycle"
    GATING = "GATING"
    "Prospective gating"
    TRACKING = "TRACKING"
    "Prospective through-plane or in-plane motion tracking"
    PHASE_ORDERING = "PHASE_ORDERING"
    "Prospective phase ordering"
    PHASE_RESCANNING = "PHASE_RESCANNING"
    "Prospective techniques, such as real-time averaging, diminishing variance and motion adaptive gating"
    RETROSPECTIVE = "RETROSPECTIVE"
    "Retrospective gating"
    CORRECTION = "CORRECTION"
    "Retrospective image correction"

class RespiratoryMotionCompensationTechniqueTermRTPatientSetup(StrEnum):
    """Defined Terms of Respiratory Motion Compensation Technique (0018,9170) in RT Patient Setup Module Attributes (C.8-48)."""

    NONE = "NONE"
    BREATH_HOLD = "BREATH_HOLD"
    REALTIME = "REALTIME"
    "image acquisition shorter than respiratory cycle"
    GATING = "GATING"
    "Prospective gating"
    TRACKING = "TRACKING"
    "prospective through-plane or in-plane motion tracking"
    PHASE_ORDERING = "PHASE_ORDERING"
    "prospective phase ordering"
    PHASE_RESCANNING = "PHASE_RESCANNING"
    "prospective techniques, such as real-time averaging, diminishing variance and motion adaptive gating"
    RETROSPECTIVE = "RETROSPECTIVE"
    "retrospective gating"
    CORRECTION = "CORRECTION"
    "retrospective image correction"
    UNKNOWN = "UNKNOWN"
    "technique not known"

class RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition(StrEnum):
    """Defined Terms of Respiratory Motion Compensation Technique (0018,9170) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

    NONE = "NONE"
    BREATH_HOLD = "BREATH_HOLD"
    REALTIME = "REALTIME"
    GATING = "GATING"
    TRACKING = "TRACKING"
    RETROSPECTIVE = "RETROSPECTIVE"
    CORRECTION = "CORRECTION"

class RespiratorySignalSourceTerm(StrEnum):
    """Defined Terms of Respiratory Signal Source (0018,9171) in Respiratory Synchronization Module Attributes (C.7.6.18-2)."""

    NONE = "NONE"
    BELT = "BELT"
    "includes various devices that detect or track expansion of the chest"
    NASAL_PROBE = "NASAL_PROBE"
    CO2_SENSOR = "CO2_SENSOR"
    NAVIGATOR = "NAVIGATOR"
    "MR navigator and organ edge detection"
    MR_PHASE = "MR_PHASE"
    "phase (of center k-space line)"
    ECG = "ECG"
    "baseline demodulation of the ECG"

class RespiratorySignalSourceTermRTPatientSetup(StrEnum):
    """Defined Terms of Respiratory Signal Source (0018,9171) in RT Patient Setup Module Attributes (C.8-48)."""

    NONE = "NONE"
    BELT = "BELT"
    NASAL_PROBE = "NASAL_PROBE"
    CO2_SENSOR = "CO2_SENSOR"
    NAVIGATOR = "NAVIGATOR"
    "MR navigator and organ edge detection"
    MR_PHASE = "MR_PHASE"
    "phase (of center k-space line)"
    ECG = "ECG"
    "baseline demodulation of the ECG"
    SPIROMETER = "SPIROMETER"
    "Signal derived from flow sensor"
    EXTERNAL_MARKER = "EXTERNAL_MARKER"
    "Signal determined from external motion surrogate"
    INTERNAL_MARKER = "INTERNAL_MARKER"
    "Signal determined from internal motion surrogate"
    IMAGE = "IMAGE"
    "Signal derived from an image"
    UNKNOWN = "UNKNOWN"
    "Signal source not known"

class RespiratorySignalSourceTermPerformedCTAcquisition(StrEnum):
    """Defined Terms of Respiratory Signal Source (0018,9171) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

    NONE = "NONE"
    BELT = "BELT"
    NASAL_PROBE = "NASAL_PROBE"
    CO2_SENSOR = "CO2_SENSOR"
    ECG = "ECG"

class RespiratoryTriggerTypeTerm(StrEnum):
    """Defined Terms of Respiratory Trigger Type (0020,9250) in Respiratory Synchronization Module Attributes (C.7.6.18-2)."""

    TIME = "TIME"
    AMPLITUDE = "AMPLITUDE"
    BOTH = "BOTH"

class ResponsiblePersonRoleTerm(StrEnum):
    """Defined Terms of Responsible Person Role (0010,2298) in Patient Demographic Module Attributes (C.2-3)."""

    OWNER = "OWNER"
    PARENT = "PARENT"
    CHILD = "CHILD"
    SPOUSE = "SPOUSE"
    SIBLING = "SIBLING"
    RELATIVE = "RELATIVE"
    GUARDIAN = "GUARDIAN"
    CUSTODIAN = "CUSTODIAN"
    AGENT = "AGENT"
    INVESTIGATOR = "INVESTIGATOR"
    VETERINARIAN = "VETERINARIAN"

class RetainInstances(StrEnum):
    """Enumerated Values of Retain Instances (0008,0415) in Inventory Creation Module Attributes (C.38.3-1)."""

    Y = "Y"
    "SOP Instances are to be retained"
    N = "N"
    "SOP Instances may be deleted"

RetainInstancesValue: TypeAlias = RetainInstances | Literal["Y", "N"]

class RetestStimulusSeen(StrEnum):
    """Enumerated Values of Retest Stimulus Seen (0024,0095) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"

RetestStimulusSeenValue: TypeAlias = RetestStimulusSeen | Literal["YES", "NO"]

class RGBLUTTransferFunction(StrEnum):
    """Enumerated Values of RGB LUT Transfer Function (0028,140F) in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    EQUAL_RGB = "EQUAL_RGB"
    "Output is R=G=B=input value"
    TABLE = "TABLE"
    "Output is RGB LUT values"

RGBLUTTransferFunctionValue: TypeAlias = RGBLUTTransferFunction | Literal["EQUAL_RGB", "TABLE"]

class ROIGenerationAlgorithmTerm(StrEnum):
    """Defined Terms of ROI Generation Algorithm (3006,0036) in Structure Set Module Attributes (C.8-41)."""

    AUTOMATIC = "AUTOMATIC"
    "calculated ROI"
    SEMIAUTOMATIC = "SEMIAUTOMATIC"
    "ROI calculated with user assistance"
    MANUAL = "MANUAL"
    "user-entered ROI"

class ROIPhysicalPropertyTerm(StrEnum):
    """Defined Terms of ROI Physical Property (3006,00B2) in RT ROI Observations Module Attributes (C.8-44)."""

    REL_MASS_DENSITY = "REL_MASS_DENSITY"
    "mass density relative to water"
    REL_ELEC_DENSITY = "REL_ELEC_DENSITY"
    "electron density relative to water"
    EFFECTIVE_Z = "EFFECTIVE_Z"
    "effective atomic number"
    EFF_Z_PER_A = "EFF_Z_PER_A"
    "ratio of effective atomic number to mass (AMU-1)"
    REL_STOP_RATIO = "REL_STOP_RATIO"
    "ratio of linear stopping power of material relative to linear stopping power of water"
    ELEM_FRACTION = "ELEM_FRACTION"
    "elemental composition of the material"
    MEAN_EXCI_ENERGY = "MEAN_EXCI_ENERGY"
    "Mean Excitation Energy of the material (eV)"

class RotationDirection(StrEnum):
    """Enumerated Values of Rotation Direction (0018,1140) in CT Acquisition Details Macro Attributes (C.8-119)."""

    CW = "CW"
    "clockwise"
    CC = "CC"
    "counter clockwise"

RotationDirectionValue: TypeAlias = RotationDirection | Literal["CW", "CC"]

class RTAccessoryHolderSlotExistenceFlag(StrEnum):
    """Enumerated Values of RT Accessory Holder Slot Existence Flag (300A,060F) in RT Accessory Holders Definition Macro Attributes (C.36.2.2.14-1)."""

    YES = "YES"
    "The RT Accessory Holder has one or more slots."
    NO = "NO"
    "The RT Accessory Holder has no slots."

RTAccessoryHolderSlotExistenceFlagValue: TypeAlias = (
    RTAccessoryHolderSlotExistenceFlag | Literal["YES", "NO"]
)

class RTBeamLimitingDeviceType(StrEnum):
    """Enumerated Values of RT Beam Limiting Device Type (300A,00B8) in Beam Limiting Device Position Macro Attributes (C.8.8.27-1)."""

    X = "X"
    "symmetric jaw pair in IEC X direction"
    Y = "Y"
    "symmetric jaw pair in IEC Y direction"
    ASYMX = "ASYMX"
    "asymmetric jaw pair in IEC X direction"
    ASYMY = "ASYMY"
    "asymmetric jaw pair in IEC Y direction"
    MLCX = "MLCX"
    "single layer multileaf collimator in IEC X direction"
    MLCY = "MLCY"
    "single layer multileaf collimator in IEC Y direction"

RTBeamLimitingDeviceTypeValue: TypeAlias = (
    RTBeamLimitingDeviceType | Literal["X", "Y", "ASYMX", "ASYMY", "MLCX", "MLCY"]
)

class RTImagePlane(StrEnum):
    """Enumerated Values of RT Image Plane (3002,000C) in RT Image Module Attributes (C.8-38)."""

    NORMAL = "NORMAL"
    "image plane normal to beam axis"
    NON_NORMAL = "NON_NORMAL"
    "image plane non-normal to beam axis"

RTImagePlaneValue: TypeAlias = RTImagePlane | Literal["NORMAL", "NON_NORMAL"]

class RTPlanGeometryTerm(StrEnum):
    """Defined Terms of RT Plan Geometry (300A,000C) in RT General Plan Module Attributes (C.8-45)."""

    PATIENT = "PATIENT"
    "RT Structure Set exists"
    TREATMENT_DEVICE = "TREATMENT_DEVICE"
    "RT Structure Set does not exist"

class RTPlanRelationshipTerm(StrEnum):
    """Defined Terms of RT Plan Relationship (300A,0055) in RT General Plan Module Attributes (C.8-45)."""

    PRIOR = "PRIOR"
    "plan delivered prior to current treatment"
    ALTERNATIVE = "ALTERNATIVE"
    "alternative plan prepared for current treatment"
    PREDECESSOR = "PREDECESSOR"
    "plan used in derivation of current plan"
    VERIFIED_PLAN = "VERIFIED_PLAN"
    "plan that is verified using the current plan. This value shall only be used if Plan Intent (300A,000A) is present and has a value of VERIFICATION"
    CONCURRENT = "CONCURRENT"
    "plan that forms part of a set of two or more RT Plan Instances representing a single conceptual 'plan', applied in parallel in one treatment phase"

class RTRadiationPhysicalAndGeometricContentDetailFlag(StrEnum):
    """Enumerated Values of RT Radiation Physical and Geometric Content Detail Flag (300A,0638) in RT Radiation Common Base Macro Attributes (C.36.2.1.6-1)."""

    FULL = "FULL"
    "The physical and geometric parameters of all devices are fully defined and dosimetric information is present. This level of detail is typically present after volumetric planning."
    IDENT_ONLY = "IDENT_ONLY"
    "The physical and geometric parameters of all devices may not be fully specified, but the devices can be identified. This level of detail is typically present after non-volumetric planning (e.g., 2D planning) or in records of delivered treatments."
    GEOMETRY_ONLY = "GEOMETRY_ONLY"
    "The geometric parameters of all devices are fully specified, but no dosimetric information is present. This level of detail is typically present after Virtual Simulation."

RTRadiationPhysicalAndGeometricContentDetailFlagValue: TypeAlias = (
    RTRadiationPhysicalAndGeometricContentDetailFlag
    | Literal["FULL", "IDENT_ONLY", "GEOMETRY_ONLY"]
)

class RTRadiationSetIntentTerm(StrEnum):
    """Defined Terms of RT Radiation Set Intent (300A,0637) in RT Radiation Set Module Attributes (C.36.10-1)."""

    TREATMENT = "TREATMENT"
    "This Instance is for performing or recording treatment delivery. This does not constitute an approval for treatment. All parameters necessary to guide the delivery of RT Radiations are included."
    PLAN_QA = "PLAN_QA"
    "This Instance is for validating or recording the patient-specific dose. For example, by delivering the RT Radiations to a phantom and comparing the calculated dose to the phantom with actual measurements made in the phantom."
    MACHINE_QA = "MACHINE_QA"
    "This Instance is for performing or recording system quality assurance and calibration (geometric, dosimetric or both) procedures of the delivery machine and is not patient-specific."
    RESEARCH = "RESEARCH"
    "This Instance is for performing or recording research and is not delivered to a patient."
    SERVICE = "SERVICE"
    "This Instance is for performing or recording diagnostics, calibration or machine assessment by a service technician."

class RTRadiationSetUsageTerm(StrEnum):
    """Defined Terms of RT Radiation Set Usage (300A,0707) in RT Radiation Record Set Module Attributes (C.36.20-1)."""

    TREATMENT = "TREATMENT"
    "This Instance is for performing or recording treatment delivery. This does not constitute an approval for treatment. All parameters necessary to guide the delivery of RT Radiations are included."
    PLAN_QA = "PLAN_QA"
    "This Instance is for validating or recording the patient-specific dose. For example, by delivering the RT Radiations to a phantom and comparing the calculated dose to the phantom with actual measurements made in the phantom."
    MACHINE_QA = "MACHINE_QA"
    "This Instance is for performing or recording system quality assurance and calibration (geometric, dosimetric or both) procedures of the delivery machine and is not patient-specific."
    RESEARCH = "RESEARCH"
    "This Instance is for performing or recording research and is not delivered to a patient."
    SERVICE = "SERVICE"
    "This Instance is for performing or recording diagnostics, calibration or machine assessment by a service technician."

class RTRadiationUsageTerm(StrEnum):
    """Defined Terms of RT Radiation Usage (300A,0701) in RT Radiation Record Common Module Attributes (C.36.22-1)."""

    TREATMENT = "TREATMENT"
    "This Instance is for performing or recording treatment delivery. This does not constitute an approval for treatment. All parameters necessary to guide the delivery of RT Radiations are included."
    PLAN_QA = "PLAN_QA"
    "This Instance is for validating or recording the patient-specific dose. For example, by delivering the RT Radiations to a phantom and comparing the calculated dose to the phantom with actual measurements made in the phantom."
    MACHINE_QA = "MACHINE_QA"
    "This Instance is for performing or recording system quality assurance and calibration (geometric, dosimetric or both) procedures of the delivery machine and is not patient-specific."
    RESEARCH = "RESEARCH"
    "This Instance is for performing or recording research and is not delivered to a patient."
    SERVICE = "SERVICE"
    "This Instance is for performing or recording diagnostics, calibration or machine assessment by a service technician."

class RTRecordFlag(StrEnum):
    """Enumerated Values of RT Record Flag (300A,0639) in RT Radiation Common Base Macro Attributes (C.36.2.1.6-1)."""

    YES = "YES"
    "Values in this Instance are a record of a delivered treatment, based on e.g., read-outs or measurements."
    NO = "NO"
    "Values in this Instance are a specification of a treatment to be delivered, e.g., by a treatment planning system."

RTRecordFlagValue: TypeAlias = RTRecordFlag | Literal["YES", "NO"]

class RTTreatmentFractionCompletionStatus(StrEnum):
    """Enumerated Values of RT Treatment Fraction Completion Status (300A,0706) in RT Radiation Record Set Module Attributes (C.36.20-1)."""

    COMPLETE = "COMPLETE"
    PARTIAL = "PARTIAL"

RTTreatmentFractionCompletionStatusValue: TypeAlias = (
    RTTreatmentFractionCompletionStatus | Literal["COMPLETE", "PARTIAL"]
)

class RTTreatmentIntentTypeTerm(StrEnum):
    """Defined Terms of RT Treatment Intent Type (3010,0059) in RT Physician Intent Module Attributes (C.36.5-1)."""

    CURATIVE = "CURATIVE"
    PALLIATIVE = "PALLIATIVE"
    PROPHYLACTIC = "PROPHYLACTIC"

class RTTreatmentPhaseIntentPresenceFlag(StrEnum):
    """Enumerated Values of RT Treatment Phase Intent Presence Flag (3010,0045) in RT Physician Intent Module Attributes (C.36.5-1)."""

    YES = "YES"
    NO = "NO"

RTTreatmentPhaseIntentPresenceFlagValue: TypeAlias = (
    RTTreatmentPhaseIntentPresenceFlag | Literal["YES", "NO"]
)

class RTTreatmentTerminationStatus(StrEnum):
    """Enumerated Values of RT Treatment Termination Status (300A,0714) in RT Radiation Record Common Module Attributes (C.36.22-1)."""

    NORMAL = "NORMAL"
    "The delivery of the fraction represented by the referenced RT Radiation IOD terminated as expected and the fraction has been correctly delivered."
    ABNORMAL = "ABNORMAL"
    "The delivery of the fraction represented by the referenced RT Radiation IOD did not terminate as expected and the fraction has been incorrectly delivered."

RTTreatmentTerminationStatusValue: TypeAlias = (
    RTTreatmentTerminationStatus | Literal["NORMAL", "ABNORMAL"]
)

class RTROIInterpretedTypeTerm(StrEnum):
    """Defined Terms of RT ROI Interpreted Type (3006,00A4) in RT ROI Observations Module Attributes (C.8-44)."""

    EXTERNAL = "EXTERNAL"
    "external patient contour"
    PTV = "PTV"
    "Planning Target Volume (as defined in [ICRU Report 50])"
    CTV = "CTV"
    "Clinical Target Volume (as defined in [ICRU Report 50])"
    GTV = "GTV"
    "Gross Tumor Volume (as defined in [ICRU Report 50])"
    TREATED_VOLUME = "TREATED_VOLUME"
    "Treated Volume (as defined in [ICRU Report 50])"
    IRRAD_VOLUME = "IRRAD_VOLUME"
    "Irradiated Volume (as defined in [ICRU Report 50])"
    OAR = "OAR"
    "Organ at Risk (as defined in [ICRU Report 50])"
    BOLUS = "BOLUS"
    "patient bolus to be used for external beam therapy"
    AVOIDANCE = "AVOIDANCE"
    "region in which dose is to be minimized"
    ORGAN = "ORGAN"
    "patient organ"
    MARKER = "MARKER"
    "patient marker or marker on a localizer"
    REGISTRATION = "REGISTRATION"
    "registration ROI"
    ISOCENTER = "ISOCENTER"
    "treatment isocenter to be used for external beam therapy"
    CONTRAST_AGENT = "CONTRAST_AGENT"
    "volume into which a contrast agent has been injected"
    CAVITY = "CAVITY"
    "patient anatomical cavity"
    BRACHY_CHANNEL = "BRACHY_CHANNEL"
    "brachytherapy channel"
    BRACHY_ACCESSORY = "BRACHY_ACCESSORY"
    "brachytherapy accessory device"
    BRACHY_SRC_APP = "BRACHY_SRC_APP"
    "brachytherapy source applicator"
    BRACHY_CHNL_SHLD = "BRACHY_CHNL_SHLD"
    "brachytherapy channel shield"
    SUPPORT = "SUPPORT"
    "external patient support device"
    FIXATION = "FIXATION"
    "external patient fixation or immobilization device"
    DOSE_REGION = "DOSE_REGION"
    "ROI to be used as a dose reference"
    CONTROL = "CONTROL"
    "ROI to be used in control of dose optimization and calculation"
    DOSE_MEASUREMENT = "DOSE_MEASUREMENT"
    "ROI representing a dose measurement device, such as a chamber or TLD"

class RTROIRelationshipTerm(StrEnum):
    """Defined Terms of RT ROI Relationship (3006,0033) in RT ROI Observations Module Attributes (C.8-44)."""

    SAME = "SAME"
    "ROIs represent the same entity"
    ENCLOSED = "ENCLOSED"
    "referenced ROI completely encloses referencing ROI"
    ENCLOSING = "ENCLOSING"
    "referencing ROI completely encloses referenced ROI"

class SaturationRecovery(StrEnum):
    """Enumerated Values of Saturation Recovery (0018,9024) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"

SaturationRecoveryValue: TypeAlias = SaturationRecovery | Literal["YES", "NO"]

class ScanArcType(StrEnum):
    """Enumerated Values of Scan Arc Type (3002,012E) in 3D RT Cone-Beam Imaging Geometry Macro Attributes (C.36.2.4.5-1)."""

    FULL_ARC = "FULL_ARC"
    "360 deg"
    HALF_ARC = "HALF_ARC"
    "180 deg"
    CUSTOM_ARC = "CUSTOM_ARC"
    "user defined scan range"

ScanArcTypeValue: TypeAlias = ScanArcType | Literal["FULL_ARC", "HALF_ARC", "CUSTOM_ARC"]

class ScanModeTerm(StrEnum):
    """Defined Terms of Scan Mode (300A,0308) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    NONE = "NONE"
    "No beam scanning is performed."
    UNIFORM = "UNIFORM"
    "Between control points, the beam is scanned to create a uniform lateral fluence distribution across the field."
    MODULATED = "MODULATED"
    "Between control points, the beam is scanned to create a modulated lateral fluence distribution across the field."
    MODULATED_SPEC = "MODULATED_SPEC"
    "Between control points, the beam is scanned to create a modulated lateral fluence distribution across the field. The specific scan mode is defined by Modulated Scan Mode Type (300A,0309)."

class ScanMode(StrEnum):
    """Enumerated Values of Scan Mode (300A,0308) in RT Ion Machine Verification Module Attributes (C.31-3)."""

    NONE = "NONE"
    "No beam scanning is performed"
    UNIFORM = "UNIFORM"
    "The beam is scanned between control points to create a uniform lateral fluence distribution across the field"
    MODULATED = "MODULATED"
    "The beam is scanned between control points to create a modulated lateral fluence distribution across the field"

ScanModeValue: TypeAlias = ScanMode | Literal["NONE", "UNIFORM", "MODULATED"]

class ScanProgressionDirection(StrEnum):
    """Enumerated Values of Scan Progression Direction (0054,0501) in NM Image Module Attributes (C.8-9)."""

    FEET_TO_HEAD = "FEET_TO_HEAD"
    "Slices closest to the patient's feet were acquired first."
    HEAD_TO_FEET = "HEAD_TO_FEET"
    "Slices closest to the patient's head were acquired first."

ScanProgressionDirectionValue: TypeAlias = (
    ScanProgressionDirection | Literal["FEET_TO_HEAD", "HEAD_TO_FEET"]
)

class ScanSpotReordered(StrEnum):
    """Enumerated Values of Scan Spot Reordered (300A,0393) in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    YES = "YES"
    "The delivery machine changed the spot order"
    NO = "NO"
    "The delivery machine delivered the spots in the order as planned"

ScanSpotReorderedValue: TypeAlias = ScanSpotReordered | Literal["YES", "NO"]

class ScanSpotReorderingAllowed(StrEnum):
    """Enumerated Values of Scan Spot Reordering Allowed (300A,0395) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    ALLOWED = "ALLOWED"
    "The delivery device may deliver the spots in any order"
    NOT_ALLOWED = "NOT ALLOWED"
    "The delivery device shall not change the order of the spots within the map and must deliver them in the prescribed order."

ScanSpotReorderingAllowedValue: TypeAlias = (
    ScanSpotReorderingAllowed | Literal["ALLOWED", "NOT ALLOWED"]
)

class ScatterCorrected(StrEnum):
    """Enumerated Values of Scatter Corrected (0018,9760) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"

ScatterCorrectedValue: TypeAlias = ScatterCorrected | Literal["YES", "NO"]

class ScheduledProcedureStepPriority(StrEnum):
    """Enumerated Values of Scheduled Procedure Step Priority (0074,1200) in Unified Procedure Step Scheduled Procedure Information Module Attributes (C.30.2-1)."""

    HIGH = "HIGH"
    "used to indicate an urgent or emergent work item, equivalent to a STAT request."
    MEDIUM = "MEDIUM"
    "used to indicate a work item that has a priority less than HIGH and higher than LOW. It can be used to further stratify work items."
    LOW = "LOW"
    "used to indicate a routine or non-urgent work item."

ScheduledProcedureStepPriorityValue: TypeAlias = (
    ScheduledProcedureStepPriority | Literal["HIGH", "MEDIUM", "LOW"]
)

class ScheduledProcedureStepStatusTerm(StrEnum):
    """Defined Terms of Scheduled Procedure Step Status (0040,0020) in Scheduled Procedure Step Module Attributes (C.4-10)."""

    SCHEDULED = "SCHEDULED"
    "Procedure Step scheduled"
    ARRIVED = "ARRIVED"
    "Patient is available for the Scheduled Procedure Step"
    READY = "READY"
    "all Patient and other necessary preparation for this step has been completed"
    STARTED = "STARTED"
    "at least one Performed Procedure Step has been created that references this Scheduled Procedure Step"
    DEPARTED = "DEPARTED"
    "Patient is no longer available for the Scheduled Procedure Step"

class ScreeningBaselineMeasured(StrEnum):
    """Enumerated Values of Screening Baseline Measured (0024,0120) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"

ScreeningBaselineMeasuredValue: TypeAlias = ScreeningBaselineMeasured | Literal["YES", "NO"]

class ScreeningBaselineType(StrEnum):
    """Enumerated Values of Screening Baseline Type (0024,0124) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    CENTRAL = "CENTRAL"
    PERIPHERAL = "PERIPHERAL"

ScreeningBaselineTypeValue: TypeAlias = ScreeningBaselineType | Literal["CENTRAL", "PERIPHERAL"]

class SegmentAlgorithmType(StrEnum):
    """Enumerated Values of Segment Algorithm Type (0062,0008) in Segment Description Macro Attributes (C.8.20-4)."""

    AUTOMATIC = "AUTOMATIC"
    "calculated segment"
    SEMIAUTOMATIC = "SEMIAUTOMATIC"
    "calculated segment with user assistance"
    MANUAL = "MANUAL"
    "user-entered segment"

SegmentAlgorithmTypeValue: TypeAlias = (
    SegmentAlgorithmType | Literal["AUTOMATIC", "SEMIAUTOMATIC", "MANUAL"]
)

class SegmentationFractionalType(StrEnum):
    """Enumerated Values of Segmentation Fractional Type (0062,0010) in Segmentation Image Module Attributes (C.8.20-2)."""

    PROBABILITY = "PROBABILITY"
    "Defines the probability, as a ratio of the pixel value to the Maximum Fractional Value, that the segmented property occupies the spatial area defined by the voxel."
    OCCUPANCY = "OCCUPANCY"
    "Defines the proportion of the pixel volume occupied by the segmented property as the ratio of the pixel value to the Maximum Fractional Value."

SegmentationFractionalTypeValue: TypeAlias = (
    SegmentationFractionalType | Literal["PROBABILITY", "OCCUPANCY"]
)

class SegmentationType(StrEnum):
    """Enumerated Values of Segmentation Type (0062,0001) in Segmentation Image Module Attributes (C.8.20-2)."""

    BINARY = "BINARY"
    FRACTIONAL = "FRACTIONAL"
    LABELMAP = "LABELMAP"

SegmentationTypeValue: TypeAlias = SegmentationType | Literal["BINARY", "FRACTIONAL", "LABELMAP"]

class SegmentedKSpaceTraversal(StrEnum):
    """Enumerated Values of Segmented k-Space Traversal (0018,9033) in MR Pulse Sequence Module Attributes (C.8-87)."""

    SINGLE = "SINGLE"
    "successive single echo coverage"
    PARTIAL = "PARTIAL"
    "segmented coverage"
    FULL = "FULL"
    "single shot full coverage"

SegmentedKSpaceTraversalValue: TypeAlias = (
    SegmentedKSpaceTraversal | Literal["SINGLE", "PARTIAL", "FULL"]
)

class SegmentsOverlap(StrEnum):
    """Enumerated Values of Segments Overlap (0062,0013) in Segmentation Image Module Attributes (C.8.20-2)."""

    YES = "YES"
    "Some Segments overlap"
    UNDEFINED = "UNDEFINED"
    "Some Segments might overlap"
    NO = "NO"
    "No Segments overlap"

SegmentsOverlapValue: TypeAlias = SegmentsOverlap | Literal["YES", "UNDEFINED", "NO"]

class SelectorAttributeVR(StrEnum):
    """Enumerated Values of Selector Attribute VR (0072,0050) in Document Content Macro Attributes (C.17-5)."""

    DS = "DS"
    DT = "DT"
    FD = "FD"
    FL = "FL"
    IS = "IS"
    SL = "SL"
    SQ = "SQ"
    SS = "SS"
    SV = "SV"
    UC = "UC"
    UL = "UL"
    US = "US"
    UV = "UV"

SelectorAttributeVRValue: TypeAlias = (
    SelectorAttributeVR
    | Literal["DS", "DT", "FD", "FL", "IS", "SL", "SQ", "SS", "SV", "UC", "UL", "US", "UV"]
)

class SensitivityCalibrated(StrEnum):
    """Enumerated Values of Sensitivity Calibrated (0018,9767) in Enhanced PET Corrections Module Attributes (C.8.22-19)."""

    YES = "YES"
    NO = "NO"

SensitivityCalibratedValue: TypeAlias = SensitivityCalibrated | Literal["YES", "NO"]

class SettlingPhaseFrame(StrEnum):
    """Enumerated Values of Settling Phase Frame (0018,9624) in Functional MR Macro Attributes (C.8-100c)."""

    YES = "YES"
    NO = "NO"

SettlingPhaseFrameValue: TypeAlias = SettlingPhaseFrame | Literal["YES", "NO"]

class SetupDeviceTypeTerm(StrEnum):
    """Defined Terms of Setup Device Type (300A,01B6) in RT Patient Setup Module Attributes (C.8-48)."""

    LASER_POINTER = "LASER_POINTER"
    DISTANCE_METER = "DISTANCE_METER"
    TABLE_HEIGHT = "TABLE_HEIGHT"
    MECHANICAL_PTR = "MECHANICAL_PTR"
    ARC = "ARC"

class SetupTechniqueTerm(StrEnum):
    """Defined Terms of Setup Technique (300A,01B0) in RT Patient Setup Module Attributes (C.8-48)."""

    ISOCENTRIC = "ISOCENTRIC"
    FIXED_SSD = "FIXED_SSD"
    TBI = "TBI"
    BREAST_BRIDGE = "BREAST_BRIDGE"
    SKIN_APPOSITION = "SKIN_APPOSITION"

class ShadingStyle(StrEnum):
    """Enumerated Values of Shading Style (0070,1701) in Render Shading Module Attributes (C.11.31-1)."""

    SINGLESIDED = "SINGLESIDED"
    'Only "front-facing" voxels are shaded.'
    DOUBLESIDED = "DOUBLESIDED"
    '"Front-facing" and "back-facing" voxels are shaded.'

ShadingStyleValue: TypeAlias = ShadingStyle | Literal["SINGLESIDED", "DOUBLESIDED"]

class ShadowStyle(StrEnum):
    """Enumerated Values of Shadow Style (0070,0244) in Text Style Sequence Macro Attributes (C.10-5a)."""

    NORMAL = "NORMAL"
    "the shadow is drawn on 1 side of the contour of the text object"
    OUTLINED = "OUTLINED"
    "the shadow is drawn around the contour of the text object"
    OFF = "OFF"
    "no shadow"

ShadowStyleValue: TypeAlias = ShadowStyle | Literal["NORMAL", "OUTLINED", "OFF"]

class ShapeTypeTerm(StrEnum):
    """Defined Terms of Shape Type (0070,0306) in Spatial Fiducials Module Attributes (C.21.2-1)."""

    POINT = "POINT"
    "a single point designating a single fiducial point. A point may be the epicenter of a more complex shape such as sphere."
    LINE = "LINE"
    "two points that specify a line or axis such as the inter-orbital line. The point locations have no significance other than identifying the line, i.e., they are not line segment end points."
    PLANE = "PLANE"
    "three points that identify a plane such as the laterality plane"
    SURFACE = "SURFACE"
    "three or more points (usually many) that reside on, or near, a region of a curved surface. The surface may be flat or curved, closed or open. The point order has no significance."
    RULER = "RULER"
    "two or more evenly spaced collinear points ordered sequentially along the line, such as a physical ruler placed in the imaging field."
    L_SHAPE = "L_SHAPE"
    "three points of two perpendicular line segments, AB and BC, having a common end point B. The order of the points is: ABC. May represent an L-shaped marker placed in the imaging field."
    T_SHAPE = "T_SHAPE"
    "three points of two perpendicular line segments AB and CD, such that C bisects AB. The order is ABD."
    SHAPE = "SHAPE"
    "two or more points that specify the shape of a well-known fiducial type. The term in the Fiducial Identifier Code Sequence (0070,0311) defines the shape and the order of the points that represent it. A shape is closed if the first and last point are the same, but not otherwise. Two different points are a line segment."

class ShieldingDeviceTypeTerm(StrEnum):
    """Defined Terms of Shielding Device Type (300A,01A2) in RT Patient Setup Module Attributes (C.8-48)."""

    GUM = "GUM"
    EYE = "EYE"
    GONAD = "GONAD"

class ShortTermFluctuationCalculated(StrEnum):
    """Enumerated Values of Short Term Fluctuation Calculated (0024,0074) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"

ShortTermFluctuationCalculatedValue: TypeAlias = (
    ShortTermFluctuationCalculated | Literal["YES", "NO"]
)

class ShortTermFluctuationProbabilityCalculated(StrEnum):
    """Enumerated Values of Short Term Fluctuation Probability Calculated (0024,0076) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"

ShortTermFluctuationProbabilityCalculatedValue: TypeAlias = (
    ShortTermFluctuationProbabilityCalculated | Literal["YES", "NO"]
)

class ShowAcquisitionTechniquesFlag(StrEnum):
    """Enumerated Values of Show Acquisition Techniques Flag (0072,0716) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    NO = "NO"

ShowAcquisitionTechniquesFlagValue: TypeAlias = ShowAcquisitionTechniquesFlag | Literal["YES", "NO"]

class ShowGraphicAnnotationFlag(StrEnum):
    """Enumerated Values of Show Graphic Annotation Flag (0072,0712) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    NO = "NO"

ShowGraphicAnnotationFlagValue: TypeAlias = ShowGraphicAnnotationFlag | Literal["YES", "NO"]

class ShowGrayscaleInverted(StrEnum):
    """Enumerated Values of Show Grayscale Inverted (0072,0706) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    "The maximum output value after the display pipeline has been applied shall be displayed with the minimum available luminance."
    NO = "NO"
    "The maximum output value after the display pipeline has been applied shall be displayed with the maximum available luminance."

ShowGrayscaleInvertedValue: TypeAlias = ShowGrayscaleInverted | Literal["YES", "NO"]

class ShowImageTrueSizeFlag(StrEnum):
    """Enumerated Values of Show Image True Size Flag (0072,0710) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    "Display images at True Size."
    NO = "NO"
    "The rendered size is not specified."

ShowImageTrueSizeFlagValue: TypeAlias = ShowImageTrueSizeFlag | Literal["YES", "NO"]

class ShowPatientDemographicsFlag(StrEnum):
    """Enumerated Values of Show Patient Demographics Flag (0072,0714) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    NO = "NO"

ShowPatientDemographicsFlagValue: TypeAlias = ShowPatientDemographicsFlag | Literal["YES", "NO"]

class ShowTickLabel(StrEnum):
    """Enumerated Values of Show Tick Label (0070,0278) in Graphic Annotation Module Attributes (C.10-5)."""

    Y = "Y"
    "Yes"
    N = "N"
    "No"

ShowTickLabelValue: TypeAlias = ShowTickLabel | Literal["Y", "N"]

class SignalDomainColumns(StrEnum):
    """Enumerated Values of Signal Domain Columns (0028,9003) in MR Spectroscopy Data Module Attributes (C.8-106)."""

    FREQUENCY = "FREQUENCY"
    TIME = "TIME"

SignalDomainColumnsValue: TypeAlias = SignalDomainColumns | Literal["FREQUENCY", "TIME"]

class SignalDomainRows(StrEnum):
    """Enumerated Values of Signal Domain Rows (0028,9235) in MR Spectroscopy Data Module Attributes (C.8-106)."""

    FREQUENCY = "FREQUENCY"
    TIME = "TIME"

SignalDomainRowsValue: TypeAlias = SignalDomainRows | Literal["FREQUENCY", "TIME"]

class SkipFrameRangeFlagTerm(StrEnum):
    """Defined Terms of Skip Frame Range Flag (0008,9460) in XA/XRF Multi-frame Presentation Module Attributes (C.8.19.7-1)."""

    DISPLAY = "DISPLAY"
    SKIP = "SKIP"

class SliceProgressionDirection(StrEnum):
    """Enumerated Values of Slice Progression Direction (0054,0500) in Mandatory View and Slice Progression Direction Macro Attributes (10-24)."""

    APEX_TO_BASE = "APEX_TO_BASE"
    BASE_TO_APEX = "BASE_TO_APEX"
    ANT_TO_INF = "ANT_TO_INF"
    "Anterior to Inferior"
    INF_TO_ANT = "INF_TO_ANT"
    "Inferior to Anterior"
    SEPTUM_TO_WALL = "SEPTUM_TO_WALL"
    "Septum to Lateral Wall"
    WALL_TO_SEPTUM = "WALL_TO_SEPTUM"
    "Lateral Wall to Septum"

SliceProgressionDirectionValue: TypeAlias = (
    SliceProgressionDirection
    | Literal[
        "APEX_TO_BASE",
        "BASE_TO_APEX",
        "ANT_TO_INF",
        "INF_TO_ANT",
        "SEPTUM_TO_WALL",
        "WALL_TO_SEPTUM",
    ]
)

class SliceProgressionDirectionNMReconstruction(StrEnum):
    """Enumerated Values of Slice Progression Direction (0054,0500) in NM Reconstruction Module Attributes (C.8-15)."""

    APEX_TO_BASE = "APEX_TO_BASE"
    BASE_TO_APEX = "BASE_TO_APEX"

SliceProgressionDirectionNMReconstructionValue: TypeAlias = (
    SliceProgressionDirectionNMReconstruction | Literal["APEX_TO_BASE", "BASE_TO_APEX"]
)

class SmokingStatus(StrEnum):
    """Enumerated Values of Smoking Status (0010,21A0) in Patient Medical Module Attributes (C.2-4)."""

    YES = "YES"
    NO = "NO"
    UNKNOWN = "UNKNOWN"

SmokingStatusValue: TypeAlias = SmokingStatus | Literal["YES", "NO", "UNKNOWN"]

class SOPInstanceStatus(StrEnum):
    """Enumerated Values of SOP Instance Status (0100,0410) in SOP Common Module Attributes (C.12-1)."""

    NS = "NS"
    "Not Specified; implies that this SOP Instance has no special storage status, and hence no special actions need be taken"
    OR = "OR"
    "Original; implies that this is the primary SOP Instance for the purpose of storage, but that it has not yet been authorized for diagnostic use"
    AO = "AO"
    "Authorized Original; implies that this is the primary SOP Instance for the purpose of storage, which has been authorized for diagnostic use"
    AC = "AC"
    "Authorized Copy; implies that this is a copy of an Authorized Original SOP Instance; any copies of an Authorized Original should be given the status of Authorized Copy"

SOPInstanceStatusValue: TypeAlias = SOPInstanceStatus | Literal["NS", "OR", "AO", "AC"]

class SortByCategoryTerm(StrEnum):
    """Defined Terms of Sort-by Category (0072,0602) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    ALONG_AXIS = "ALONG_AXIS"
    "for CT, MR, other cross-sectional image sets"
    BY_ACQ_TIME = "BY_ACQ_TIME"

class SortingDirection(StrEnum):
    """Enumerated Values of Sorting Direction (0072,0604) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    INCREASING = "INCREASING"
    DECREASING = "DECREASING"

SortingDirectionValue: TypeAlias = SortingDirection | Literal["INCREASING", "DECREASING"]

class SourceApplicatorTypeTerm(StrEnum):
    """Defined Terms of Source Applicator Type (300A,0292) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    FLEXIBLE = "FLEXIBLE"
    RIGID = "RIGID"

class SourceMovementTypeTerm(StrEnum):
    """Defined Terms of Source Movement Type (300A,0288) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    STEPWISE = "STEPWISE"
    FIXED = "FIXED"
    OSCILLATING = "OSCILLATING"
    UNIDIRECTIONAL = "UNIDIRECTIONAL"

class SourceStrengthUnits(StrEnum):
    """Enumerated Values of Source Strength Units (300A,0229) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    AIR_KERMA_RATE = "AIR_KERMA_RATE"
    "Air Kerma Rate if Source is Gamma emitting Isotope."
    DOSE_RATE_WATER = "DOSE_RATE_WATER"
    "Dose Rate in Water if Source is Beta emitting Isotope."

SourceStrengthUnitsValue: TypeAlias = (
    SourceStrengthUnits | Literal["AIR_KERMA_RATE", "DOSE_RATE_WATER"]
)

class SourceTypeTerm(StrEnum):
    """Defined Terms of Source Type (300A,0214) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    POINT = "POINT"
    LINE = "LINE"
    CYLINDER = "CYLINDER"
    SPHERE = "SPHERE"

class SpatialLocationsPreserved(StrEnum):
    """Enumerated Values of Spatial Locations Preserved (0028,135A) in Derivation Image Macro Attributes (C.7.6.16-7)."""

    YES = "YES"
    NO = "NO"
    REORIENTED_ONLY = "REORIENTED_ONLY"
    "A projection radiograph that has been flipped, and/or rotated by a multiple of 90 degrees"

SpatialLocationsPreservedValue: TypeAlias = (
    SpatialLocationsPreserved | Literal["YES", "NO", "REORIENTED_ONLY"]
)

class SpatialPresaturationTerm(StrEnum):
    """Defined Terms of Spatial Pre-saturation (0018,9027) in MR Modifier Macro Attributes (C.8-92)."""

    SLAB = "SLAB"
    NONE = "NONE"

class SpatialTransformOfDoseTerm(StrEnum):
    """Defined Terms of Spatial Transform of Dose (3004,0005) in RT Dose Module Attributes (C.8-39)."""

    NONE = "NONE"
    "No transformation. Calculated on the original image set"
    RIGID = "RIGID"
    "Only Rigid transform used (see definition in Section C.20.2.1.2)"
    NON_RIGID = "NON_RIGID"
    "Any other transform used"

class SpecificAbsorptionRateDefinitionTerm(StrEnum):
    """Defined Terms of Specific Absorption Rate Definition (0018,9179) in MR Timing and Related Parameters Macro Attributes (C.8-89)."""

    IEC_WHOLE_BODY = "IEC_WHOLE_BODY"
    "[IEC 60601-2-33] Clause 201.3.241"
    IEC_PARTIAL_BODY = "IEC_PARTIAL_BODY"
    "[IEC 60601-2-33] Clause 201.3.225"
    IEC_HEAD = "IEC_HEAD"
    "[IEC 60601-2-33] Clause 201.3.212"
    IEC_LOCAL = "IEC_LOCAL"
    "[IEC 60601-2-33] Clause 201.3.216"

class SpecificCharacterSetOfFileSetDescriptorFileTerm(StrEnum):
    """Defined Terms of Specific Character Set of File-set Descriptor File (0004,1142) in File-Set Identification Module Attributes (F.3-2)."""

    ISO_IR_100 = "ISO_IR 100"
    "ISO-IR 100"
    ISO_IR_101 = "ISO_IR 101"
    "ISO-IR 101"
    ISO_IR_109 = "ISO_IR 109"
    "ISO-IR 109"
    ISO_IR_110 = "ISO_IR 110"
    "ISO-IR 110"
    ISO_IR_144 = "ISO_IR 144"
    "ISO-IR 144"
    ISO_IR_127 = "ISO_IR 127"
    "ISO-IR 127"
    ISO_IR_126 = "ISO_IR 126"
    "ISO-IR 126"
    ISO_IR_138 = "ISO_IR 138"
    "ISO-IR 138"
    ISO_IR_148 = "ISO_IR 148"
    "ISO-IR 148"
    ISO_IR_203 = "ISO_IR 203"
    "ISO-IR 203"
    ISO_IR_13 = "ISO_IR 13"
    "ISO-IR 13"
    ISO_IR_166 = "ISO_IR 166"
    "ISO-IR 166"
    ISO_2022_IR_6 = "ISO 2022 IR 6"
    "ISO 2022"
    ISO_2022_IR_100 = "ISO 2022 IR 100"
    "ISO 2022"
    ISO_2022_IR_101 = "ISO 2022 IR 101"
    "ISO 2022"
    ISO_2022_IR_109 = "ISO 2022 IR 109"
    "ISO 2022"
    ISO_2022_IR_110 = "ISO 2022 IR 110"
    "ISO 2022"
    ISO_2022_IR_144 = "ISO 2022 IR 144"
    "ISO 2022"
    ISO_2022_IR_127 = "ISO 2022 IR 127"
    "ISO 2022"
    ISO_2022_IR_126 = "ISO 2022 IR 126"
    "ISO 2022"
    ISO_2022_IR_138 = "ISO 2022 IR 138"
    "ISO 2022"
    ISO_2022_IR_148 = "ISO 2022 IR 148"
    "ISO 2022"
    ISO_2022_IR_203 = "ISO 2022 IR 203"
    "ISO 2022"
    ISO_2022_IR_13 = "ISO 2022 IR 13"
    "ISO 2022"
    ISO_2022_IR_166 = "ISO 2022 IR 166"
    "ISO 2022"
    ISO_2022_IR_87 = "ISO 2022 IR 87"
    "ISO 2022"
    ISO_2022_IR_159 = "ISO 2022 IR 159"
    "ISO 2022"
    ISO_2022_IR_149 = "ISO 2022 IR 149"
    "ISO 2022"
    ISO_2022_IR_58 = "ISO 2022 IR 58"
    "ISO 2022"
    ISO_IR_192 = "ISO_IR 192"
    "[ISO IR 192]"
    GB18030 = "GB18030"
    "[GB 18030]"
    GBK = "GBK"
    "[GBK]"

class SpecimenLabelInImage(StrEnum):
    """Enumerated Values of Specimen Label in Image (0048,0010) in Whole Slide Microscopy Image Module Attributes (C.8.12.4-1)."""

    YES = "YES"
    NO = "NO"

SpecimenLabelInImageValue: TypeAlias = SpecimenLabelInImage | Literal["YES", "NO"]

class SpectrallySelectedExcitation(StrEnum):
    """Enumerated Values of Spectrally Selected Excitation (0018,9026) in MR Modifier Macro Attributes (C.8-92)."""

    WATER = "WATER"
    "water excitation"
    FAT = "FAT"
    "fat excitation"
    NONE = "NONE"

SpectrallySelectedExcitationValue: TypeAlias = (
    SpectrallySelectedExcitation | Literal["WATER", "FAT", "NONE"]
)

class SpectrallySelectedSuppressionTerm(StrEnum):
    """Defined Terms of Spectrally Selected Suppression (0018,9025) in MR Pulse Sequence Module Attributes (C.8-87)."""

    FAT = "FAT"
    WATER = "WATER"
    FAT_AND_WATER = "FAT_AND_WATER"
    SILICON_GEL = "SILICON_GEL"
    NONE = "NONE"

class SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence(StrEnum):
    """Defined Terms of Spectrally Selected Suppression (0018,9025) in MR Spectroscopy Pulse Sequence Module Attributes (C.8-103)."""

    WATER = "WATER"
    FAT = "FAT"
    FAT_AND_WATER = "FAT_AND_WATER"
    SILICON_GEL = "SILICON_GEL"
    NONE = "NONE"

class Spoiling(StrEnum):
    """Enumerated Values of Spoiling (0018,9016) in MR Modifier Macro Attributes (C.8-92)."""

    RF = "RF"
    "RF spoiled"
    GRADIENT = "GRADIENT"
    "gradient spoiled"
    RF_AND_GRADIENT = "RF_AND_GRADIENT"
    NONE = "NONE"

SpoilingValue: TypeAlias = Spoiling | Literal["RF", "GRADIENT", "RF_AND_GRADIENT", "NONE"]

class StartingMetersetValueKnownFlag(StrEnum):
    """Enumerated Values of Starting Meterset Value Known Flag (300A,0723) in RT Radiation Salvage Record Module Attributes (C.36.23-1)."""

    NO = "NO"
    "The Cumulative Meterset at the first recorded RT Control Point may have an estimated or arbitrary value."
    YES = "YES"
    "The Cumulative Meterset at the first recorded RT Control Point has the actual value at which the treatment was started or resumed."

StartingMetersetValueKnownFlagValue: TypeAlias = (
    StartingMetersetValueKnownFlag | Literal["NO", "YES"]
)

class StartingRespiratoryPhase(StrEnum):
    """Enumerated Values of Starting Respiratory Phase (0020,9247) in Respiratory Synchronization Macro Attributes (C.7.6.16-18)."""

    INSPIRATION = "INSPIRATION"
    MAXIMUM = "MAXIMUM"
    EXPIRATION = "EXPIRATION"
    MINIMUM = "MINIMUM"

StartingRespiratoryPhaseValue: TypeAlias = (
    StartingRespiratoryPhase | Literal["INSPIRATION", "MAXIMUM", "EXPIRATION", "MINIMUM"]
)

class SteadyStatePulseSequenceTerm(StrEnum):
    """Defined Terms of Steady State Pulse Sequence (0018,9017) in MR Pulse Sequence Module Attributes (C.8-87)."""

    FREE_PRECESSION = "FREE_PRECESSION"
    TRANSVERSE = "TRANSVERSE"
    TIME_REVERSED = "TIME_REVERSED"
    LONGITUDINAL = "LONGITUDINAL"
    NONE = "NONE"

class StereoPairsPresent(StrEnum):
    """Enumerated Values of Stereo Pairs Present (0022,0028) in Multi-frame Module Attributes (C.7-14)."""

    YES = "YES"
    NO = "NO"

StereoPairsPresentValue: TypeAlias = StereoPairsPresent | Literal["YES", "NO"]

class StimulusResults(StrEnum):
    """Enumerated Values of Stimulus Results (0024,0093) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    SEEN = "SEEN"
    "stimulus seen at a luminance value less than maximum"
    NOT_SEEN = "NOT SEEN"
    "stimulus not seen"
    SEEN_AT_MAX = "SEEN AT MAX"
    "stimulus seen at the maximum luminance possible for the instrument"

StimulusResultsValue: TypeAlias = StimulusResults | Literal["SEEN", "NOT SEEN", "SEEN AT MAX"]

class SubstanceAdministrationApproval(StrEnum):
    """Enumerated Values of Substance Administration Approval (0044,0002) in Substance Approval Module Attributes (C.26-2)."""

    APPROVED = "APPROVED"
    "Use of the substance for the patient is approved, with related notes (e.g., appropriate dose for age/weight) in Approval Status Further Description (0044,0003)"
    WARNING = "WARNING"
    "The substance may be used for the patient subject to warnings described in Approval Status Further Description (0044,0003)"
    CONTRA_INDICATED = "CONTRA_INDICATED"
    "The substance should not be used for the patient for the reasons described in Approval Status Further Description (0044,0003)"

SubstanceAdministrationApprovalValue: TypeAlias = (
    SubstanceAdministrationApproval | Literal["APPROVED", "WARNING", "CONTRA_INDICATED"]
)

class SurfaceProcessing(StrEnum):
    """Enumerated Values of Surface Processing (0066,0009) in Surface Mesh Module Attributes (C.27-1)."""

    YES = "YES"
    NO = "NO"

SurfaceProcessingValue: TypeAlias = SurfaceProcessing | Literal["YES", "NO"]

class SUVType(StrEnum):
    """Enumerated Values of SUV Type (0054,1006) in PET Series Module Attributes (C.8-60)."""

    BSA = "BSA"
    "body surface area"
    BW = "BW"
    "body weight"
    LBM = "LBM"
    "lean body mass by James method"
    LBMJAMES128 = "LBMJAMES128"
    "lean body mass by James method using a multiplier of 128 for males"
    LBMJANMA = "LBMJANMA"
    "lean body mass by Janmahasatian method"
    IBW = "IBW"
    "ideal body weight"

SUVTypeValue: TypeAlias = SUVType | Literal["BSA", "BW", "LBM", "LBMJAMES128", "LBMJANMA", "IBW"]

class SynchronizationTrigger(StrEnum):
    """Enumerated Values of Synchronization Trigger (0018,106A) in Synchronization Module Attributes (C.7-7)."""

    SOURCE = "SOURCE"
    "this equipment provides synchronization channel or trigger to other equipment"
    EXTERNAL = "EXTERNAL"
    "this equipment receives synchronization channel or trigger from other equipment"
    PASSTHRU = "PASSTHRU"
    "this equipment receives synchronization channel or trigger and forwards it"
    NO_TRIGGER = "NO TRIGGER"
    "data acquisition not synchronized by common channel or trigger"

SynchronizationTriggerValue: TypeAlias = (
    SynchronizationTrigger | Literal["SOURCE", "EXTERNAL", "PASSTHRU", "NO TRIGGER"]
)

class SyntheticData(StrEnum):
    """Enumerated Values of Synthetic Data (0008,001C) in SOP Common Module Attributes (C.12-1)."""

    YES = "YES"
    NO = "NO"

SyntheticDataValue: TypeAlias = SyntheticData | Literal["YES", "NO"]

class SystemStatusTerm(StrEnum):
    """Defined Terms of System Status (0028,7006) in Display System Module Attributes (C.32.1-1)."""

    NORMAL = "NORMAL"
    "Device performance is within specified limits"
    WARNING = "WARNING"
    "Device performance improvement/re-calibration is appropriate"
    ADJUST = "ADJUST"
    "Correction required; may be performed by trained staff"
    FAILURE = "FAILURE"
    "Service required"
    UNKNOWN = "UNKNOWN"
    "Unable to obtain status from the device"

class T2Preparation(StrEnum):
    """Enumerated Values of T2 Preparation (0018,9021) in MR Modifier Macro Attributes (C.8-92)."""

    YES = "YES"
    NO = "NO"

T2PreparationValue: TypeAlias = T2Preparation | Literal["YES", "NO"]

class TableMotionTerm(StrEnum):
    """Defined Terms of Table Motion (0018,1134) in X-Ray Table Module Attributes (C.8-29)."""

    STATIC = "STATIC"
    DYNAMIC = "DYNAMIC"

class TableMotion(StrEnum):
    """Enumerated Values of Table Motion (0018,1134) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

    STATIC = "STATIC"
    "Table is stationary during data acquisition."
    DYNAMIC = "DYNAMIC"
    "Table is moving during data acquisition."

TableMotionValue: TypeAlias = TableMotion | Literal["STATIC", "DYNAMIC"]

class TableTopEccentricRotationDirection(StrEnum):
    """Enumerated Values of Table Top Eccentric Rotation Direction (300A,0126) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    "clockwise"
    CC = "CC"
    "counter-clockwise"
    NONE = "NONE"
    "no rotation"

TableTopEccentricRotationDirectionValue: TypeAlias = (
    TableTopEccentricRotationDirection | Literal["CW", "CC", "NONE"]
)

class TableTopPitchRotationDirection(StrEnum):
    """Enumerated Values of Table Top Pitch Rotation Direction (300A,0142) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    "clockwise"
    CC = "CC"
    "counter-clockwise"
    NONE = "NONE"
    "no rotation"

TableTopPitchRotationDirectionValue: TypeAlias = (
    TableTopPitchRotationDirection | Literal["CW", "CC", "NONE"]
)

class TableTopRollRotationDirection(StrEnum):
    """Enumerated Values of Table Top Roll Rotation Direction (300A,0146) in RT Beams Module Attributes (C.8-50)."""

    CW = "CW"
    "clockwise"
    CC = "CC"
    "counter-clockwise"
    NONE = "NONE"
    "no rotation"

TableTopRollRotationDirectionValue: TypeAlias = (
    TableTopRollRotationDirection | Literal["CW", "CC", "NONE"]
)

class TableTypeTerm(StrEnum):
    """Defined Terms of Table Type (0018,113A) in DX Positioning Module Attributes (C.8-72)."""

    FIXED = "FIXED"
    TILTING = "TILTING"
    NONE = "NONE"

class TaggingTerm(StrEnum):
    """Defined Terms of Tagging (0018,9028) in MR Imaging Modifier Macro Attributes (C.8-93)."""

    GRID = "GRID"
    LINE = "LINE"
    NONE = "NONE"

class TemporalRangeType(StrEnum):
    """Enumerated Values of Temporal Range Type (0040,A130) in Document Content Macro Attributes (C.17-5)."""

    POINT = "POINT"
    "a single temporal point"
    MULTIPOINT = "MULTIPOINT"
    "multiple temporal points"
    SEGMENT = "SEGMENT"
    "a range between two temporal points"
    MULTISEGMENT = "MULTISEGMENT"
    "multiple segments, each denoted by two temporal points"
    BEGIN = "BEGIN"
    "a range beginning at one temporal point, and extending beyond the end of the acquired data"
    END = "END"
    "a range beginning before the start of the acquired data, and extending to (and including) the identified temporal point"

TemporalRangeTypeValue: TypeAlias = (
    TemporalRangeType | Literal["POINT", "MULTIPOINT", "SEGMENT", "MULTISEGMENT", "BEGIN", "END"]
)

class TemporalRelationshipIntervalAnchor(StrEnum):
    """Enumerated Values of Temporal Relationship Interval Anchor (3010,004F) in RT Treatment Phase Interval Macro Attributes (C.36.2.1.3-1)."""

    START = "START"
    "The interval is specified with respect to the start of the basis phase."
    END = "END"
    "The interval is specified with respect to the end of the basis phase."

TemporalRelationshipIntervalAnchorValue: TypeAlias = (
    TemporalRelationshipIntervalAnchor | Literal["START", "END"]
)

class TestImageValidation(StrEnum):
    """Enumerated Values of Test Image Validation (0028,702B) in Visual Evaluation Result Macro Attributes (C.32.3.2-1)."""

    MATCHED = "MATCHED"
    "the test image was determined to match"
    UNMATCHED = "UNMATCHED"
    "the test image was not determined to match"

TestImageValidationValue: TypeAlias = TestImageValidation | Literal["MATCHED", "UNMATCHED"]

class TestPointNormalsDataFlag(StrEnum):
    """Enumerated Values of Test Point Normals Data Flag (0024,0057) in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    YES = "YES"
    NO = "NO"

TestPointNormalsDataFlagValue: TypeAlias = TestPointNormalsDataFlag | Literal["YES", "NO"]

class TestResult(StrEnum):
    """Enumerated Values of Test Result (0028,7029) in Visual Evaluation Result Macro Attributes (C.32.3.2-1)."""

    PASS = "PASS"
    "Evaluated as acceptable"
    FAIL = "FAIL"
    "Evaluated as not acceptable"
    SKIP = "SKIP"
    "Not evaluated"

TestResultValue: TypeAlias = TestResult | Literal["PASS", "FAIL", "SKIP"]

class TickAlignment(StrEnum):
    """Enumerated Values of Tick Alignment (0070,0274) in Graphic Annotation Module Attributes (C.10-5)."""

    BOTTOM = "BOTTOM"
    CENTER = "CENTER"
    TOP = "TOP"

TickAlignmentValue: TypeAlias = TickAlignment | Literal["BOTTOM", "CENTER", "TOP"]

class TickLabelAlignment(StrEnum):
    """Enumerated Values of Tick Label Alignment (0070,0279) in Graphic Annotation Module Attributes (C.10-5)."""

    BOTTOM = "BOTTOM"
    TOP = "TOP"

TickLabelAlignmentValue: TypeAlias = TickLabelAlignment | Literal["BOTTOM", "TOP"]

class TimeDistributionProtocol(StrEnum):
    """Enumerated Values of Time Distribution Protocol (0018,1802) in Synchronization Module Attributes (C.7-7)."""

    NTP = "NTP"
    "Network Time Protocol"
    IRIG = "IRIG"
    "Inter Range Instrumentation Group"
    GPS = "GPS"
    "Global Positioning System"
    SNTP = "SNTP"
    "Simple Network Time Protocol"
    PTP = "PTP"
    "IEEE 1588 Precision Time Protocol"

TimeDistributionProtocolValue: TypeAlias = (
    TimeDistributionProtocol | Literal["NTP", "IRIG", "GPS", "SNTP", "PTP"]
)

class TimeOfFlightContrast(StrEnum):
    """Enumerated Values of Time of Flight Contrast (0018,9015) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"

TimeOfFlightContrastValue: TypeAlias = TimeOfFlightContrast | Literal["YES", "NO"]

class TimeOfFlightInformationUsed(StrEnum):
    """Enumerated Values of Time of Flight Information Used (0018,9755) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

    TRUE = "TRUE"
    FALSE = "FALSE"

TimeOfFlightInformationUsedValue: TypeAlias = TimeOfFlightInformationUsed | Literal["TRUE", "FALSE"]

class TimeSeriesBlending(StrEnum):
    """Enumerated Values of Time Series Blending (0070,1B07) in Advanced Blending Presentation State Module Attributes (C.11.33-1)."""

    TRUE = "TRUE"
    FALSE = "FALSE"

TimeSeriesBlendingValue: TypeAlias = TimeSeriesBlending | Literal["TRUE", "FALSE"]

class TissueLocation(StrEnum):
    """Enumerated Values of Tissue Location (0048,0115) in Confocal Microscopy Image Module Attributes (C.8.35.1-1)."""

    INVIVO = "INVIVO"
    EXVIVO = "EXVIVO"

TissueLocationValue: TypeAlias = TissueLocation | Literal["INVIVO", "EXVIVO"]

class TomoClassTerm(StrEnum):
    """Defined Terms of Tomo Class (0018,1491) in X-Ray Tomography Acquisition Module Attributes (C.8-32)."""

    MOTION = "MOTION"
    TOMOSYNTHESIS = "TOMOSYNTHESIS"

class TomoTypeTerm(StrEnum):
    """Defined Terms of Tomo Type (0018,1490) in X-Ray Tomography Acquisition Module Attributes (C.8-32)."""

    LINEAR = "LINEAR"
    SPIRAL = "SPIRAL"
    POLYCYCLOIDAL = "POLYCYCLOIDAL"
    CIRCULAR = "CIRCULAR"

class TransactionStatus(StrEnum):
    """Enumerated Values of Transaction Status (0008,0417) in Inventory Creation Module Attributes (C.38.3-1)."""

    PROCESSING = "PROCESSING"
    "Processing continuing"
    COMPLETE = "COMPLETE"
    "Processing complete with completed inventory"
    FAILURE = "FAILURE"
    "Processing failure"
    CANCELED = "CANCELED"
    "Processing canceled"
    PAUSED = "PAUSED"
    "Processing paused"

TransactionStatusValue: TypeAlias = (
    TransactionStatus | Literal["PROCESSING", "COMPLETE", "FAILURE", "CANCELED", "PAUSED"]
)

class TransducerTypeTerm(StrEnum):
    """Defined Terms of Transducer Type (0018,6031) in US Image Module Attributes (C.8-18)."""

    SECTOR_PHASED = "SECTOR_PHASED"
    SECTOR_MECH = "SECTOR_MECH"
    SECTOR_ANNULAR = "SECTOR_ANNULAR"
    LINEAR = "LINEAR"
    CURVED_LINEAR = "CURVED LINEAR"
    SINGLE_CRYSTAL = "SINGLE CRYSTAL"
    SPLIT_XTAL_CWD = "SPLIT XTAL CWD"
    IV_PHASED = "IV_PHASED"
    IV_ROT_XTAL = "IV_ROT XTAL"
    IV_ROT_MIRROR = "IV_ROT MIRROR"
    ENDOCAV_PA = "ENDOCAV_PA"
    ENDOCAV_MECH = "ENDOCAV_MECH"
    ENDOCAV_CLA = "ENDOCAV_CLA"
    ENDOCAV_AA = "ENDOCAV_AA"
    ENDOCAV_LINEAR = "ENDOCAV_LINEAR"
    VECTOR_PHASED = "VECTOR_PHASED"

class TransmitCoilTypeTerm(StrEnum):
    """Defined Terms of Transmit Coil Type (0018,9051) in MR Transmit Coil Macro Attributes (C.8-95)."""

    BODY = "BODY"
    VOLUME = "VOLUME"
    "head, extremity, etc."
    SURFACE = "SURFACE"

class TreatmentDeliveryContinuationFlag(StrEnum):
    """Enumerated Values of Treatment Delivery Continuation Flag (300A,0708) in RT Radiation Record Common Module Attributes (C.36.22-1)."""

    YES = "YES"
    "The record represents a continuation."
    NO = "NO"
    "The record represents a treatment delivery that was started at the first RT Control Point."

TreatmentDeliveryContinuationFlagValue: TypeAlias = (
    TreatmentDeliveryContinuationFlag | Literal["YES", "NO"]
)

class TreatmentDeliveryTypeTerm(StrEnum):
    """Defined Terms of Treatment Delivery Type (300A,00CE) in RT Beams Module Attributes (C.8-50)."""

    TREATMENT = "TREATMENT"
    "normal patient treatment"
    OPEN_PORTFILM = "OPEN_PORTFILM"
    "portal image acquisition with open field"
    TRMT_PORTFILM = "TRMT_PORTFILM"
    "portal image acquisition with treatment port"
    CONTINUATION = "CONTINUATION"
    "continuation of interrupted treatment"
    SETUP = "SETUP"
    "no treatment beam is applied for this RT Beam. To be used for specifying the gantry, couch, and other machine positions where X-Ray set-up images or measurements are to be taken"

class TreatmentDeliveryTypeTermRTBeamsSessionRecord(StrEnum):
    """Defined Terms of Treatment Delivery Type (300A,00CE) in RT Beams Session Record Module Attributes (C.8-57)."""

    TREATMENT = "TREATMENT"
    "Normal patient treatment"
    OPEN_PORTFILM = "OPEN_PORTFILM"
    "Portal image acquisition with open field"
    TRMT_PORTFILM = "TRMT_PORTFILM"
    "Portal image acquisition with treatment port"
    CONTINUATION = "CONTINUATION"
    "Continuation of interrupted treatment"
    SETUP = "SETUP"
    "No treatment beam is applied for this RT Beam. To be used for specifying the gantry, couch, and other machine positions where X-Ray set-up images or measurements are to be taken."
    VERIFICATION = "VERIFICATION"
    "Treatment used for Quality Assurance rather than patient treatment"

class TreatmentDeliveryTypeTermRTBrachySessionRecord(StrEnum):
    """Defined Terms of Treatment Delivery Type (300A,00CE) in RT Brachy Session Record Module Attributes (C.8-58)."""

    TREATMENT = "TREATMENT"
    "normal patient treatment"
    CONTINUATION = "CONTINUATION"
    "continuation of interrupted treatment"

class TreatmentDeliveryType(StrEnum):
    """Enumerated Values of Treatment Delivery Type (300A,00CE) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    TREATMENT = "TREATMENT"
    "normal patient treatment"
    CONTINUATION = "CONTINUATION"
    "continuation of interrupted treatment"

TreatmentDeliveryTypeValue: TypeAlias = TreatmentDeliveryType | Literal["TREATMENT", "CONTINUATION"]

class TreatmentRecordContentOrigin(StrEnum):
    """Enumerated Values of Treatment Record Content Origin (300A,0709) in RT Radiation Record Common Module Attributes (C.36.22-1)."""

    DEVICE = "DEVICE"
    "The content has been recorded by the treatment device which performed the treatment delivery."
    USER = "USER"
    "The content has been constructed based on user inputs."

TreatmentRecordContentOriginValue: TypeAlias = (
    TreatmentRecordContentOrigin | Literal["DEVICE", "USER"]
)

class TreatmentTerminationStatus(StrEnum):
    """Enumerated Values of Treatment Termination Status (3008,002A) in RT Beams Session Record Module Attributes (C.8-57)."""

    NORMAL = "NORMAL"
    "treatment terminated normally"
    OPERATOR = "OPERATOR"
    "operator terminated treatment"
    MACHINE = "MACHINE"
    "machine terminated treatment"
    UNKNOWN = "UNKNOWN"
    "status at termination unknown"

TreatmentTerminationStatusValue: TypeAlias = (
    TreatmentTerminationStatus | Literal["NORMAL", "OPERATOR", "MACHINE", "UNKNOWN"]
)

class TreatmentToleranceViolationCategoryTerm(StrEnum):
    """Defined Terms of Treatment Tolerance Violation Category (300A,0732) in RT Radiation Record Common Module Attributes (C.36.22-1)."""

    CLINICAL = "CLINICAL"
    "Delivery went out of clinically allowed tolerance."
    MACHINE = "MACHINE"
    "Delivery went out of machine tolerance."

class TreatmentVerificationStatus(StrEnum):
    """Enumerated Values of Treatment Verification Status (3008,002C) in RT Beams Session Record Module Attributes (C.8-57)."""

    VERIFIED = "VERIFIED"
    "treatment verified"
    VERIFIED_OVR = "VERIFIED_OVR"
    "treatment verified with at least one out-of-range value overridden"
    NOT_VERIFIED = "NOT_VERIFIED"
    "treatment verified manually"

TreatmentVerificationStatusValue: TypeAlias = (
    TreatmentVerificationStatus | Literal["VERIFIED", "VERIFIED_OVR", "NOT_VERIFIED"]
)

class TriggerSourceOrTypeTerm(StrEnum):
    """Defined Terms of Trigger Source or Type (0018,1061) in NM Image Module Attributes (C.8-9)."""

    EKG = "EKG"

class Trim(StrEnum):
    """Enumerated Values of Trim (2010,0140) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    YES = "YES"
    NO = "NO"

TrimValue: TypeAlias = Trim | Literal["YES", "NO"]

class TypeOfDetectorMotion(StrEnum):
    """Enumerated Values of Type of Detector Motion (0054,0202) in NM Tomo Acquisition Module Attributes (C.8-12)."""

    STEP_AND_SHOOT = "STEP AND SHOOT"
    "Interrupted motion, acquire only while stationary"
    CONTINUOUS = "CONTINUOUS"
    "Gantry motion and acquisition are simultaneous and continuous"
    ACQ_DURING_STEP = "ACQ DURING STEP"
    "Interrupted motion, acquisition is continuous"

TypeOfDetectorMotionValue: TypeAlias = (
    TypeOfDetectorMotion | Literal["STEP AND SHOOT", "CONTINUOUS", "ACQ DURING STEP"]
)

class TypeOfDetectorMotionTerm(StrEnum):
    """Defined Terms of Type of Detector Motion (0054,0202) in PET Series Module Attributes (C.8-60)."""

    NONE = "NONE"
    "stationary gantry"
    STEP_AND_SHOOT = "STEP AND SHOOT"
    "Interrupted motion, acquire only while stationary"
    CONTINUOUS = "CONTINUOUS"
    "Gantry motion and acquisition are simultaneous and continuous"
    WOBBLE = "WOBBLE"
    "wobble motion"
    CLAMSHELL = "CLAMSHELL"
    "clamshell motion"

class TypeOfDetectorMotionTermEnhancedPETAcquisition(StrEnum):
    """Defined Terms of Type of Detector Motion (0054,0202) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

    STATIONARY = "STATIONARY"
    "No motion"
    STEP_AND_SHOOT = "STEP AND SHOOT"
    "Interrupted motion, acquire only while detectors are stationary"
    CONTINUOUS = "CONTINUOUS"
    "Gantry motion and acquisition are simultaneous and continuous"
    WOBBLE = "WOBBLE"
    "wobble motion"
    CLAMSHELL = "CLAMSHELL"
    "clamshell motion"

class TypeOfDetectorMotionTermEnhancedMammographyImage(StrEnum):
    """Defined Terms of Type of Detector Motion (0054,0202) in Enhanced Mammography Image Module Attributes (C.8.31-1)."""

    STATIONARY = "STATIONARY"
    "No motion."
    ROTATION_STEP = "ROTATION_STEP"
    "Circular arc motion, stepped, acquire only while stationary."
    ROTATION_CONT = "ROTATION_CONT"
    "Circular arc motion, continuous during acquisition."
    TRANSLATION_STEP = "TRANSLATION_STEP"
    "Linear motion, stepped, acquire only while stationary."
    TRANSLATION_CONT = "TRANSLATION_CONT"
    "Linear motion, continuous during acquisition."
    COMPLEX_STEP = "COMPLEX_STEP"
    "Complex motion, stepped, acquire only while stationary."
    COMPLEX_CONT = "COMPLEX_CONT"
    "Complex motion, continuous during acquisition."

class TypeOfInstancesTerm(StrEnum):
    """Defined Terms of Type of Instances (0040,E020) in Referenced Instances and Access Macro Attributes (10-3b)."""

    DICOM = "DICOM"
    CDA = "CDA"

class TypeOfOpticalCorrection(StrEnum):
    """Enumerated Values of Type of Optical Correction (0022,1046) in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    SPHERICAL = "SPHERICAL"
    TORIC = "TORIC"

TypeOfOpticalCorrectionValue: TypeAlias = TypeOfOpticalCorrection | Literal["SPHERICAL", "TORIC"]

class TypeOfPatientIDTerm(StrEnum):
    """Defined Terms of Type of Patient ID (0010,0022) in Patient Identification Module Attributes (C.2-2)."""

    TEXT = "TEXT"
    RFID = "RFID"
    BARCODE = "BARCODE"

class TypeOfSynchronizationTerm(StrEnum):
    """Defined Terms of Type of Synchronization (0072,0434) in Structured Display Image Box Module Attributes (C.11.17-1)."""

    FRAME = "FRAME"
    POSITION = "POSITION"
    TIME = "TIME"
    PHASE = "PHASE"

class UltrasoundAcquisitionGeometryTerm(StrEnum):
    """Defined Terms of Ultrasound Acquisition Geometry (0020,9307) in Ultrasound Frame of Reference Module Attributes (C.8.24.2-1)."""

    APEX = "APEX"
    "there exists an apex of the scan lines from which the volume data was acquired."
    PATIENT = "PATIENT"
    "the ultrasound acquisition geometry is patient relative"

class Underlined(StrEnum):
    """Enumerated Values of Underlined (0070,0248) in Text Style Sequence Macro Attributes (C.10-5a)."""

    Y = "Y"
    "yes"
    N = "N"
    "no"

UnderlinedValue: TypeAlias = Underlined | Literal["Y", "N"]

class UnitsTerm(StrEnum):
    """Defined Terms of Units (0054,1001) in PET Series Module Attributes (C.8-60)."""

    CNTS = "CNTS"
    'counts ({counts}, UCUM, "Counts")'
    NONE = "NONE"
    'unitless (1, UCUM, "no units")'
    CM2 = "CM2"
    'centimeter**2 (cm2, UCUM, "Centimeter**2")'
    CM2ML = "CM2ML"
    'centimeter**2/milliliter (cm2/ml, UCUM, "Centimeter**2/milliliter")'
    PCNT = "PCNT"
    'percent (%, UCUM, "Percent")'
    CPS = "CPS"
    'counts/second ({counts}/s, UCUM, "Counts per second")'
    BQML = "BQML"
    'Becquerels/milliliter (Bq/ml, UCUM, "Becquerels/milliliter")'
    MGMINML = "MGMINML"
    'milligram/minute/milliliter (mg/min/ml, UCUM, "Milligrams/minute/milliliter")'
    UMOLMINML = "UMOLMINML"
    'micromole/minute/milliliter (umol/min/ml, UCUM, "Micromole/minute/milliliter")'
    MLMING = "MLMING"
    'milliliter/minute/gram (ml/min/g, UCUM, "Milliliter/minute/gram")'
    MLG = "MLG"
    'milliliter/gram (ml/g, UCUM, "Milliliter/gram")'
    V1CM = "1CM"
    '1/centimeter (/cm, UCUM, "/Centimeter")'
    UMOLML = "UMOLML"
    'micromole/milliliter (umol/ml, UCUM, "Micromole/milliliter")'
    PROPCNTS = "PROPCNTS"
    'proportional to counts ({propcounts}, UCUM, "Proportional to counts")'
    PROPCPS = "PROPCPS"
    'proportional to counts/sec ({propcounts}/s, UCUM, "Proportional to counts per second")'
    MLMINML = "MLMINML"
    'milliliter/minute/milliliter (ml/min/ml, UCUM, "Milliliter/minute/milliliter")'
    MLML = "MLML"
    'milliliter/milliliter (ml/ml, UCUM, "Milliliter/milliliter")'
    GML = "GML"
    'grams/milliliter (g/ml, UCUM, "Gram/milliliter")'
    STDDEV = "STDDEV"
    "standard deviations"

class UniversalEntityIDType(StrEnum):
    """Enumerated Values of Universal Entity ID Type (0040,0033) in Request Attributes Macro Attributes (10-9)."""

    DNS = "DNS"
    "An Internet dotted name. Either in ASCII or as integers"
    EUI64 = "EUI64"
    "An IEEE Extended Unique Identifier"
    ISO = "ISO"
    "An International Standards Organization Object Identifier"
    URI = "URI"
    "Uniform Resource Identifier"
    UUID = "UUID"
    "The DCE Universal Unique Identifier"
    X400 = "X400"
    "An X.400 MHS identifier"
    X500 = "X500"
    "An X.500 directory name"

UniversalEntityIDTypeValue: TypeAlias = (
    UniversalEntityIDType | Literal["DNS", "EUI64", "ISO", "URI", "UUID", "X400", "X500"]
)

class ValueType(StrEnum):
    """Enumerated Values of Value Type (0040,A040) in Content Item Macro Attributes (10-2)."""

    DATE = "DATE"
    TIME = "TIME"
    DATETIME = "DATETIME"
    PNAME = "PNAME"
    UIDREF = "UIDREF"
    TEXT = "TEXT"
    CODE = "CODE"
    NUMERIC = "NUMERIC"
    COMPOSITE = "COMPOSITE"
    IMAGE = "IMAGE"
    WAVEFORM = "WAVEFORM"

ValueTypeValue: TypeAlias = (
    ValueType
    | Literal[
        "DATE",
        "TIME",
        "DATETIME",
        "PNAME",
        "UIDREF",
        "TEXT",
        "CODE",
        "NUMERIC",
        "COMPOSITE",
        "IMAGE",
        "WAVEFORM",
    ]
)

class ValueTypeDocumentContent(StrEnum):
    """Enumerated Values of Value Type (0040,A040) in Document Content Macro Attributes (C.17-5)."""

    TEXT = "TEXT"
    NUM = "NUM"
    CODE = "CODE"
    DATE = "DATE"
    TIME = "TIME"
    DATETIME = "DATETIME"
    UIDREF = "UIDREF"
    PNAME = "PNAME"
    COMPOSITE = "COMPOSITE"
    IMAGE = "IMAGE"
    WAVEFORM = "WAVEFORM"
    SCOORD = "SCOORD"
    SCOORD3D = "SCOORD3D"
    TCOORD = "TCOORD"
    CONTAINER = "CONTAINER"
    TABLE = "TABLE"

ValueTypeDocumentContentValue: TypeAlias = (
    ValueTypeDocumentContent
    | Literal[
        "TEXT",
        "NUM",
        "CODE",
        "DATE",
        "TIME",
        "DATETIME",
        "UIDREF",
        "PNAME",
        "COMPOSITE",
        "IMAGE",
        "WAVEFORM",
        "SCOORD",
        "SCOORD3D",
        "TCOORD",
        "CONTAINER",
        "TABLE",
    ]
)

class ValueTypeEncapsulatedDocument(StrEnum):
    """Enumerated Values of Value Type (0040,A040) in Encapsulated Document Module Attributes (C.24-2)."""

    CONTAINER = "CONTAINER"

ValueTypeEncapsulatedDocumentValue: TypeAlias = ValueTypeEncapsulatedDocument | Literal["CONTAINER"]

class VariableFlipAngleFlag(StrEnum):
    """Enumerated Values of Variable Flip Angle Flag (0018,1315) in MR Image Module Attributes (C.8-4)."""

    Y = "Y"
    "yes"
    N = "N"
    "no"

VariableFlipAngleFlagValue: TypeAlias = VariableFlipAngleFlag | Literal["Y", "N"]

class VerificationFlag(StrEnum):
    """Enumerated Values of Verification Flag (0040,A493) in SR Document General Module Attributes (C.17-2)."""

    UNVERIFIED = "UNVERIFIED"
    "Not attested to."
    VERIFIED = "VERIFIED"
    "Attested to by a Verifying Observer Name (0040,A075) who is accountable for its content."

VerificationFlagValue: TypeAlias = VerificationFlag | Literal["UNVERIFIED", "VERIFIED"]

class VerificationImageTiming(StrEnum):
    """Enumerated Values of Verification Image Timing (0074,1032) in RT Beams Delivery Instruction Module Attributes (C.8.8.29-1)."""

    BEFORE_BEAM = "BEFORE_BEAM"
    DURING_BEAM = "DURING_BEAM"
    AFTER_BEAM = "AFTER_BEAM"

VerificationImageTimingValue: TypeAlias = (
    VerificationImageTiming | Literal["BEFORE_BEAM", "DURING_BEAM", "AFTER_BEAM"]
)

class VerticalAlignment(StrEnum):
    """Enumerated Values of Vertical Alignment (0070,0243) in Text Style Sequence Macro Attributes (C.10-5a)."""

    TOP = "TOP"
    CENTER = "CENTER"
    BOTTOM = "BOTTOM"

VerticalAlignmentValue: TypeAlias = VerticalAlignment | Literal["TOP", "CENTER", "BOTTOM"]

class VerticalPrismBase(StrEnum):
    """Enumerated Values of Vertical Prism Base (0046,0036) in Prism Sequence Macro Attributes (C.8.25.6.2-1)."""

    UP = "UP"
    DOWN = "DOWN"

VerticalPrismBaseValue: TypeAlias = VerticalPrismBase | Literal["UP", "DOWN"]

class ViewPositionTerm(StrEnum):
    """Defined Terms of View Position (0018,5101) in CR Series Module Attributes (C.8-1)."""

    AP = "AP"
    "Anterior/Posterior"
    PA = "PA"
    "Posterior/Anterior"
    LL = "LL"
    "Left Lateral"
    RL = "RL"
    "Right Lateral"
    RLD = "RLD"
    "Right Lateral Decubitus"
    LLD = "LLD"
    "Left Lateral Decubitus"
    RLO = "RLO"
    "Right Lateral Oblique"
    LLO = "LLO"
    "Left Lateral Oblique"

class ViewingDistanceType(StrEnum):
    """Enumerated Values of Viewing Distance Type (0046,0125) in Visual Acuity Measurements Module Attributes (C.8.25.12-1)."""

    DISTANCE = "DISTANCE"
    NEAR = "NEAR"
    INTERMEDIATE = "INTERMEDIATE"
    OTHER = "OTHER"

ViewingDistanceTypeValue: TypeAlias = (
    ViewingDistanceType | Literal["DISTANCE", "NEAR", "INTERMEDIATE", "OTHER"]
)

class VisitStatusIDTerm(StrEnum):
    """Defined Terms of Visit Status ID (0038,0008) in Visit Status Module Attributes (C.3-3)."""

    CREATED = "CREATED"
    "Created but not yet scheduled"
    SCHEDULED = "SCHEDULED"
    "Scheduled but not yet admitted"
    ADMITTED = "ADMITTED"
    "Patient admitted to institution"
    DISCHARGED = "DISCHARGED"
    "Patient Discharged"

class VisualFieldShapeTerm(StrEnum):
    """Defined Terms of Visual Field Shape (0024,0012) in Visual Field Static Perimetry Test Parameters Module Attributes (C.8.26.2-1)."""

    RECTANGLE = "RECTANGLE"
    CIRCLE = "CIRCLE"
    ELLIPSE = "ELLIPSE"

class VisualFieldTestNormalsFlag(StrEnum):
    """Enumerated Values of Visual Field Test Normals Flag (0024,0063) in Visual Field Static Perimetry Test Results Module Attributes (C.8.26.5-1)."""

    YES = "YES"
    NO = "NO"

VisualFieldTestNormalsFlagValue: TypeAlias = VisualFieldTestNormalsFlag | Literal["YES", "NO"]

class VOITypeTerm(StrEnum):
    """Defined Terms of VOI Type (0072,0702) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    LUNG = "LUNG"
    MEDIASTINUM = "MEDIASTINUM"
    ABDO_PELVIS = "ABDO_PELVIS"
    LIVER = "LIVER"
    SOFT_TISSUE = "SOFT_TISSUE"
    BONE = "BONE"
    BRAIN = "BRAIN"
    POST_FOSSA = "POST_FOSSA"

class VOILUTFunctionTerm(StrEnum):
    """Defined Terms of VOI LUT Function (0028,1056) in Frame VOI LUT Macro Attributes (C.7.6.16-11)."""

    LINEAR = "LINEAR"
    LINEAR_EXACT = "LINEAR_EXACT"
    SIGMOID = "SIGMOID"

class VolumeBasedCalculationTechniqueTerm(StrEnum):
    """Defined Terms of Volume Based Calculation Technique (0008,9207) in MR Image Frame Type Macro Attributes (C.8-88)."""

    MAX_IP = "MAX_IP"
    "Maximum Intensity Projection."
    MIN_IP = "MIN_IP"
    "Minimum Intensity Projection."
    VOLUME_RENDER = "VOLUME_RENDER"
    "Volume Rendering Projection Volume Rendering Image represents 3D voluminar information constructed from measured voxel intensities covering a 3D volume."
    SURFACE_RENDER = "SURFACE_RENDER"
    "Surface Rendering Projection Surface Rendering Image represents 3D surface information constructed from measured voxel intensities covering a 3D volume."
    MPR = "MPR"
    "Multi-Planar Reformat."
    CURVED_MPR = "CURVED_MPR"
    "Curved Multi-Planar Reformat."
    NONE = "NONE"
    "Pixels not derived geometrically."
    MIXED = "MIXED"
    "Used only as a value in Volume Based Calculation Technique (0008,9207) Attribute in the Enhanced MR Image Module or MR Spectroscopy Module if frames within the image SOP Instance contain different terms for the Volume Based Calculation Technique Attribute in MR Frame Type Functional Group or MR Spectroscopy Frame Type Functional Group."

class VolumeCroppingMethod(StrEnum):
    """Enumerated Values of Volume Cropping Method (0070,1302) in Volume Cropping Module Attributes (C.11.24-1)."""

    BOUNDING_BOX = "BOUNDING_BOX"
    OBLIQUE_PLANES = "OBLIQUE_PLANES"
    INCLUDE_SEG = "INCLUDE_SEG"
    EXCLUDE_SEG = "EXCLUDE_SEG"

VolumeCroppingMethodValue: TypeAlias = (
    VolumeCroppingMethod | Literal["BOUNDING_BOX", "OBLIQUE_PLANES", "INCLUDE_SEG", "EXCLUDE_SEG"]
)

class VolumeLocalizationTechniqueTerm(StrEnum):
    """Defined Terms of Volume Localization Technique (0018,9054) in MR Spectroscopy Module Attributes (C.8-102)."""

    ILOPS = "ILOPS"
    ISIS = "ISIS"
    PRIME = "PRIME"
    PRESS = "PRESS"
    SLIM = "SLIM"
    SLOOP = "SLOOP"
    STEAM = "STEAM"
    NONE = "NONE"

class VolumeToTransducerRelationship(StrEnum):
    """Enumerated Values of Volume to Transducer Relationship (0020,930B) in Ultrasound Frame of Reference Module Attributes (C.8.24.2-1)."""

    FIXED = "FIXED"
    "The transducer position and orientation relative to the volume is constant and specified by Volume to Transducer Mapping Matrix (0020,9309)."
    POSITION_VAR = "POSITION_VAR"
    "The transducer position relative to the volume varies during acquisition and the position specified by Volume to Transducer Mapping Matrix (0020,9309) is a nominal value. The transducer orientation relative to the volume is constant and specified by Volume to Transducer Mapping Matrix (0020,9309)."
    ORIENTATION_VAR = "ORIENTATION_VAR"
    "The transducer orientation relative to the volume varies during acquisition and the orientation specified by Volume to Transducer Mapping Matrix (0020,9309) is a nominal value. The transducer position relative to the volume is constant and specified by Volume to Transducer Mapping Matrix (0020,9309)."
    VARIABLE = "VARIABLE"
    "The transducer position and orientation relative to the volume varies during acquisition and the position and orientation specified by Volume to Transducer Mapping Matrix (0020,9309) are nominal."

VolumeToTransducerRelationshipValue: TypeAlias = (
    VolumeToTransducerRelationship | Literal["FIXED", "POSITION_VAR", "ORIENTATION_VAR", "VARIABLE"]
)

class VolumetricProperties(StrEnum):
    """Enumerated Values of Volumetric Properties (0008,9206) in MR Image Frame Type Macro Attributes (C.8-88)."""

    VOLUME = "VOLUME"
    "Image contains pixels that represent the volume specified for the image (Examples: Volume Based Calculation Technique (0008,9207) is NONE or MPR)."
    SAMPLED = "SAMPLED"
    "The specified frame or each frame within the image will not contain a representation of the average information in the slice direction because the frame was calculated by the non-linear re-sampling of a volume where each pixels of the resulting frame does not contain an average representation of the voxel represented by the frame's pixel. For example a projection (MAX_IP) frame uses the maximum value along a ray for each pixel rather than the average value of the represented voxel."
    DISTORTED = "DISTORTED"
    "Image contains significantly distorted information from what is specified by the image volume Attributes. For example this image should not be used in planning or for 3D volume. An example of this image type is a curved reformatted image (CURVED_MPR)."
    MIXED = "MIXED"
    "Used only as a value in Volumetric Properties (0008,9206) in the Enhanced MR Image Module Attribute Description or Enhanced CT Image Module if frames within the image SOP Instance contain different values for Volumetric Properties (0008,9206) in the MR Image Frame Type Functional Group or CT Frame Type Functional Group."

VolumetricPropertiesValue: TypeAlias = (
    VolumetricProperties | Literal["VOLUME", "SAMPLED", "DISTORTED", "MIXED"]
)

class VolumetricPropertiesWholeSlideMicroscopyImage(StrEnum):
    """Enumerated Values of Volumetric Properties (0008,9206) in Whole Slide Microscopy Image Module Attributes (C.8.12.4-1)."""

    VOLUME = "VOLUME"
    "pixels represent the volume specified for the image, and may be geometrically manipulated"

VolumetricPropertiesWholeSlideMicroscopyImageValue: TypeAlias = (
    VolumetricPropertiesWholeSlideMicroscopyImage | Literal["VOLUME"]
)

class VolumetricPropertiesIntravascularOCTImage(StrEnum):
    """Enumerated Values of Volumetric Properties (0008,9206) in Intravascular OCT Image Module Attributes (C.8.27.2-1)."""

    DISTORTED = "DISTORTED"
    "Frames do not represent the true geometry of the vessel."

VolumetricPropertiesIntravascularOCTImageValue: TypeAlias = (
    VolumetricPropertiesIntravascularOCTImage | Literal["DISTORTED"]
)

class WaterReferenceAcquisition(StrEnum):
    """Enumerated Values of Water Reference Acquisition (0018,9297) in MR Spectroscopy Module Attributes (C.8-102)."""

    WATER_REFERENCE = "WATER_REFERENCE"
    USED_DISCARDED = "USED_DISCARDED"
    REFERENCED = "REFERENCED"
    NONE = "NONE"

WaterReferenceAcquisitionValue: TypeAlias = (
    WaterReferenceAcquisition | Literal["WATER_REFERENCE", "USED_DISCARDED", "REFERENCED", "NONE"]
)

class WaterReferencedPhaseCorrection(StrEnum):
    """Enumerated Values of Water Referenced Phase Correction (0018,9199) in MR Spectroscopy Module Attributes (C.8-102)."""

    YES = "YES"
    NO = "NO"

WaterReferencedPhaseCorrectionValue: TypeAlias = (
    WaterReferencedPhaseCorrection | Literal["YES", "NO"]
)

class WaveformAmplifierType(StrEnum):
    """Enumerated Values of Waveform Amplifier Type (003A,0317) in Waveform Module Attributes (C.10-9)."""

    AC = "AC"
    DC = "DC"

WaveformAmplifierTypeValue: TypeAlias = WaveformAmplifierType | Literal["AC", "DC"]

class WaveformFilterType(StrEnum):
    """Enumerated Values of Waveform Filter Type (003A,0322) in Waveform Filter Characteristics Macro Attributes (C.10.12-1)."""

    ANALOG = "ANALOG"
    DIGITAL = "DIGITAL"

WaveformFilterTypeValue: TypeAlias = WaveformFilterType | Literal["ANALOG", "DIGITAL"]

class WaveformOriginality(StrEnum):
    """Enumerated Values of Waveform Originality (003A,0004) in Waveform Module Attributes (C.10-9)."""

    ORIGINAL = "ORIGINAL"
    DERIVED = "DERIVED"

WaveformOriginalityValue: TypeAlias = WaveformOriginality | Literal["ORIGINAL", "DERIVED"]

class WaveformSampleInterpretationTerm(StrEnum):
    """Defined Terms of Waveform Sample Interpretation (5400,1006) in Waveform Module Attributes (C.10-9)."""

    V8 = "8"
    "SB"
    V16 = "16"
    "SS"
    V32 = "32"
    "SL"
    V64 = "64"
    "SV"

class WedgePosition(StrEnum):
    """Enumerated Values of Wedge Position (300A,0118) in Wedge Positions Macro Attributes (C.36.2.2.11-1)."""

    IN = "IN"
    "The compensator surface shape is directed towards the patient."
    OUT = "OUT"
    "The wedge is in fully retracted position."
    PARTIAL = "PARTIAL"
    "The wedge is inserted only part of the way."

WedgePositionValue: TypeAlias = WedgePosition | Literal["IN", "OUT", "PARTIAL"]

class WedgePositionRTBeams(StrEnum):
    """Enumerated Values of Wedge Position (300A,0118) in RT Beams Module Attributes (C.8-50)."""

    IN = "IN"
    OUT = "OUT"

WedgePositionRTBeamsValue: TypeAlias = WedgePositionRTBeams | Literal["IN", "OUT"]

class WedgeTypeTerm(StrEnum):
    """Defined Terms of Wedge Type (300A,00D3) in RT Beams Module Attributes (C.8-50)."""

    STANDARD = "STANDARD"
    "standard (static) wedge"
    DYNAMIC = "DYNAMIC"
    "moving beam limiting device (collimator) jaw simulating wedge"
    MOTORIZED = "MOTORIZED"
    "single wedge that can be removed from beam remotely"

class WedgeTypeTermRTIonBeams(StrEnum):
    """Defined Terms of Wedge Type (300A,00D3) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    STANDARD = "STANDARD"
    "standard (static) wedge"
    MOTORIZED = "MOTORIZED"
    "single wedge that can be removed from beam remotely."
    PARTIAL_STANDARD = "PARTIAL_STANDARD"
    "wedge does not extend across the whole field and is operated manually."
    PARTIAL_MOTORIZ = "PARTIAL_MOTORIZ"
    "wedge does not extend across the whole field and can be removed from beam remotely."

class WhitePointFlag(StrEnum):
    """Enumerated Values of White Point Flag (0028,7021) in Luminance Uniformity Result Macro Attributes (C.32.3.3-1)."""

    YES = "YES"
    NO = "NO"

WhitePointFlagValue: TypeAlias = WhitePointFlag | Literal["YES", "NO"]

class XRayReceptorType(StrEnum):
    """Enumerated Values of X-Ray Receptor Type (0018,9420) in XA/XRF Acquisition Module Attributes (C.8.19.3-1)."""

    IMG_INTENSIFIER = "IMG_INTENSIFIER"
    DIGITAL_DETECTOR = "DIGITAL_DETECTOR"

XRayReceptorTypeValue: TypeAlias = XRayReceptorType | Literal["IMG_INTENSIFIER", "DIGITAL_DETECTOR"]

class XRayReceptorTypeXRay3DCraniofacialAcquisition(StrEnum):
    """Enumerated Values of X-Ray Receptor Type (0018,9420) in X-Ray 3D Craniofacial Acquisition Module Attributes (C.8.21.3.3-1)."""

    DIGITAL_DETECTOR = "DIGITAL_DETECTOR"

XRayReceptorTypeXRay3DCraniofacialAcquisitionValue: TypeAlias = (
    XRayReceptorTypeXRay3DCraniofacialAcquisition | Literal["DIGITAL_DETECTOR"]
)
