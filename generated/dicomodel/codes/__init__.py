"""Coded concepts of DICOM PS3.16: one module per context group and per coding scheme.

``codes.cid4410`` or ``codes.TopicalTreatment`` (the CID keyword; retired groups
and groups without keyword by number only), ``codes.SCT`` or ``codes.scheme_sct``.
Each module loads on first use. Every member is a ``dicomodel.coding.Code``
named by its PS3.16 concept keyword; names that two codes of one module would
share get ``_<code value>`` (``Axial_24422004``).

CID keywords shared by two groups name neither (use the number):
CalculationMethod (CID 3745, CID 6140).

Generated from DICOM 2024c; do not edit.
"""

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dicomodel.codes import cid2 as AnatomicModifier
    from dicomodel.codes import cid2 as cid2
    from dicomodel.codes import cid4 as AnatomicRegion
    from dicomodel.codes import cid4 as cid4
    from dicomodel.codes import cid5 as TransducerApproach
    from dicomodel.codes import cid5 as cid5
    from dicomodel.codes import cid6 as TransducerOrientation
    from dicomodel.codes import cid6 as cid6
    from dicomodel.codes import cid7 as UltrasoundBeamPath
    from dicomodel.codes import cid7 as cid7
    from dicomodel.codes import cid8 as AngiographicInterventionalDevice
    from dicomodel.codes import cid8 as cid8
    from dicomodel.codes import cid9 as ImageGuidedTherapeuticProcedure
    from dicomodel.codes import cid9 as cid9
    from dicomodel.codes import cid10 as InterventionalDrug
    from dicomodel.codes import cid10 as cid10
    from dicomodel.codes import cid11 as AdministrationRoute
    from dicomodel.codes import cid11 as cid11
    from dicomodel.codes import cid12 as ImagingContrastAgent
    from dicomodel.codes import cid12 as cid12
    from dicomodel.codes import cid13 as ImagingContrastAgentIngredient
    from dicomodel.codes import cid13 as cid13
    from dicomodel.codes import cid18 as RadiopharmaceuticalIsotope
    from dicomodel.codes import cid18 as cid18
    from dicomodel.codes import cid19 as PatientOrientation
    from dicomodel.codes import cid19 as cid19
    from dicomodel.codes import cid20 as PatientOrientationModifier
    from dicomodel.codes import cid20 as cid20
    from dicomodel.codes import cid21 as PatientEquipmentRelationship
    from dicomodel.codes import cid21 as cid21
    from dicomodel.codes import cid23 as CranioCaudadAngulation
    from dicomodel.codes import cid23 as cid23
    from dicomodel.codes import cid25 as Radiopharmaceutical
    from dicomodel.codes import cid25 as cid25
    from dicomodel.codes import cid26 as NuclearMedicineProjection
    from dicomodel.codes import cid26 as cid26
    from dicomodel.codes import cid27 as BasicCardiacView
    from dicomodel.codes import cid27 as cid27
    from dicomodel.codes import cid29 as AcquisitionModality
    from dicomodel.codes import cid29 as cid29
    from dicomodel.codes import cid30 as DICOMDevice
    from dicomodel.codes import cid30 as cid30
    from dicomodel.codes import cid31 as AbstractPrior
    from dicomodel.codes import cid31 as cid31
    from dicomodel.codes import cid32 as NonAcquisitionModality
    from dicomodel.codes import cid32 as cid32
    from dicomodel.codes import cid33 as Modality
    from dicomodel.codes import cid33 as cid33
    from dicomodel.codes import cid42 as NumericValueQualifier
    from dicomodel.codes import cid42 as cid42
    from dicomodel.codes import cid43 as NumericValueFailureQualifier
    from dicomodel.codes import cid43 as cid43
    from dicomodel.codes import cid44 as NumericValueUnknownQualifier
    from dicomodel.codes import cid44 as cid44
    from dicomodel.codes import cid50 as InstanceAvailabilityStatus
    from dicomodel.codes import cid50 as cid50
    from dicomodel.codes import cid60 as ImagingAgentAdministrationAdverseEvent
    from dicomodel.codes import cid60 as cid60
    from dicomodel.codes import cid61 as cid61
    from dicomodel.codes import cid62 as ImagingAgentAdministrationPhaseType
    from dicomodel.codes import cid62 as cid62
    from dicomodel.codes import cid63 as ImagingAgentAdministrationMode
    from dicomodel.codes import cid63 as cid63
    from dicomodel.codes import cid64 as ImagingAgentAdministrationPatientState
    from dicomodel.codes import cid64 as cid64
    from dicomodel.codes import cid65 as ImagingAgentAdministrationPremedication
    from dicomodel.codes import cid65 as cid65
    from dicomodel.codes import cid66 as ImagingAgentAdministrationMedication
    from dicomodel.codes import cid66 as cid66
    from dicomodel.codes import cid67 as ImagingAgentAdministrationCompletionStatus
    from dicomodel.codes import cid67 as cid67
    from dicomodel.codes import cid68 as ImagingAgentAdministrationPharmaceuticalPresentationUnit
    from dicomodel.codes import cid68 as cid68
    from dicomodel.codes import cid69 as ImagingAgentAdministrationConsumable
    from dicomodel.codes import cid69 as cid69
    from dicomodel.codes import cid70 as Flush
    from dicomodel.codes import cid70 as cid70
    from dicomodel.codes import cid71 as ImagingAgentAdministrationInjectorEventType
    from dicomodel.codes import cid71 as cid71
    from dicomodel.codes import cid72 as ImagingAgentAdministrationStepType
    from dicomodel.codes import cid72 as cid72
    from dicomodel.codes import cid73 as BolusShapingCurve
    from dicomodel.codes import cid73 as cid73
    from dicomodel.codes import cid74 as ImagingAgentAdministrationConsumableCatheterType
    from dicomodel.codes import cid74 as cid74
    from dicomodel.codes import cid75 as LowHighOrEqual
    from dicomodel.codes import cid75 as cid75
    from dicomodel.codes import cid76 as PremedicationType
    from dicomodel.codes import cid76 as cid76
    from dicomodel.codes import cid82 as cid82
    from dicomodel.codes import cid83 as RealWorldValueMappingUnit
    from dicomodel.codes import cid83 as cid83
    from dicomodel.codes import cid84 as PETUnit
    from dicomodel.codes import cid84 as cid84
    from dicomodel.codes import cid85 as SUVUnit
    from dicomodel.codes import cid85 as cid85
    from dicomodel.codes import cid91 as FunctionalConditionPresentDuringAcquisition
    from dicomodel.codes import cid91 as cid91
    from dicomodel.codes import cid92 as JointPositionDuringAcquisition
    from dicomodel.codes import cid92 as cid92
    from dicomodel.codes import cid93 as JointPositioningMethod
    from dicomodel.codes import cid93 as cid93
    from dicomodel.codes import cid94 as PhysicalForceAppliedDuringAcquisition
    from dicomodel.codes import cid94 as cid94
    from dicomodel.codes import cid100 as QuantitativeDiagnosticImagingProcedure
    from dicomodel.codes import cid100 as cid100
    from dicomodel.codes import cid101 as cid101
    from dicomodel.codes import cid102 as cid102
    from dicomodel.codes import cid103 as cid103
    from dicomodel.codes import cid104 as cid104
    from dicomodel.codes import cid105 as cid105
    from dicomodel.codes import cid106 as cid106
    from dicomodel.codes import cid107 as cid107
    from dicomodel.codes import cid210 as QualitativeEvaluationModifierType
    from dicomodel.codes import cid210 as cid210
    from dicomodel.codes import cid211 as QualitativeEvaluationModifierValue
    from dicomodel.codes import cid211 as cid211
    from dicomodel.codes import cid212 as GenericAnatomicLocationModifier
    from dicomodel.codes import cid212 as cid212
    from dicomodel.codes import cid217 as VisualExplanation
    from dicomodel.codes import cid217 as cid217
    from dicomodel.codes import cid218 as QuantitativeImageFeature
    from dicomodel.codes import cid218 as cid218
    from dicomodel.codes import cid219 as GeometryGraphicalRepresentation
    from dicomodel.codes import cid219 as cid219
    from dicomodel.codes import cid220 as SignificanceLevel
    from dicomodel.codes import cid220 as cid220
    from dicomodel.codes import cid221 as MeasurementRangeConcept
    from dicomodel.codes import cid221 as cid221
    from dicomodel.codes import cid222 as Normality
    from dicomodel.codes import cid222 as cid222
    from dicomodel.codes import cid223 as NormalRangeValue
    from dicomodel.codes import cid223 as cid223
    from dicomodel.codes import cid224 as SelectionMethod
    from dicomodel.codes import cid224 as cid224
    from dicomodel.codes import cid225 as MeasurementUncertaintyConcept
    from dicomodel.codes import cid225 as cid225
    from dicomodel.codes import cid226 as PopulationStatisticalDescriptor
    from dicomodel.codes import cid226 as cid226
    from dicomodel.codes import cid227 as SampleStatisticalDescriptor
    from dicomodel.codes import cid227 as cid227
    from dicomodel.codes import cid228 as EquationOrTable
    from dicomodel.codes import cid228 as cid228
    from dicomodel.codes import cid230 as YesNo
    from dicomodel.codes import cid230 as cid230
    from dicomodel.codes import cid231 as YesNoOnly
    from dicomodel.codes import cid231 as cid231
    from dicomodel.codes import cid240 as PresentAbsent
    from dicomodel.codes import cid240 as cid240
    from dicomodel.codes import cid241 as PresentAbsentOnly
    from dicomodel.codes import cid241 as cid241
    from dicomodel.codes import cid242 as NormalAbnormal
    from dicomodel.codes import cid242 as cid242
    from dicomodel.codes import cid244 as Laterality
    from dicomodel.codes import cid244 as cid244
    from dicomodel.codes import cid245 as LateralityWithMedian
    from dicomodel.codes import cid245 as cid245
    from dicomodel.codes import cid246 as RelativeLaterality
    from dicomodel.codes import cid246 as cid246
    from dicomodel.codes import cid247 as LateralityLeftRightOnly
    from dicomodel.codes import cid247 as cid247
    from dicomodel.codes import cid250 as PositiveNegative
    from dicomodel.codes import cid250 as cid250
    from dicomodel.codes import cid251 as ComplicationSeverity
    from dicomodel.codes import cid251 as cid251
    from dicomodel.codes import cid252 as SMLSizeDescriptor
    from dicomodel.codes import cid252 as cid252
    from dicomodel.codes import cid270 as ObserverType
    from dicomodel.codes import cid270 as cid270
    from dicomodel.codes import cid271 as ObservationSubjectClass
    from dicomodel.codes import cid271 as cid271
    from dicomodel.codes import cid272 as SpecificObservationSubjectClass
    from dicomodel.codes import cid272 as cid272
    from dicomodel.codes import cid280 as LongitudinalTemporalEventType
    from dicomodel.codes import cid280 as cid280
    from dicomodel.codes import cid300 as MultienergyRelevantMaterial
    from dicomodel.codes import cid300 as cid300
    from dicomodel.codes import cid301 as MultienergyMaterialUnit
    from dicomodel.codes import cid301 as cid301
    from dicomodel.codes import cid400 as AuditEventID
    from dicomodel.codes import cid400 as cid400
    from dicomodel.codes import cid401 as AuditEventTypeCode
    from dicomodel.codes import cid401 as cid401
    from dicomodel.codes import cid402 as AuditActiveParticipantRoleIDCode
    from dicomodel.codes import cid402 as cid402
    from dicomodel.codes import cid403 as SecurityAlertTypeCode
    from dicomodel.codes import cid403 as cid403
    from dicomodel.codes import cid404 as AuditParticipantObjectIDTypeCode
    from dicomodel.codes import cid404 as cid404
    from dicomodel.codes import cid405 as MediaTypeCode
    from dicomodel.codes import cid405 as cid405
    from dicomodel.codes import cid501 as VolumetricViewDescription
    from dicomodel.codes import cid501 as cid501
    from dicomodel.codes import cid502 as VolumetricViewModifier
    from dicomodel.codes import cid502 as cid502
    from dicomodel.codes import cid601 as BiosafetyLevel
    from dicomodel.codes import cid601 as cid601
    from dicomodel.codes import cid602 as BiosafetyControlReason
    from dicomodel.codes import cid602 as cid602
    from dicomodel.codes import cid603 as AnimalRoomType
    from dicomodel.codes import cid603 as cid603
    from dicomodel.codes import cid604 as DeviceReuse
    from dicomodel.codes import cid604 as cid604
    from dicomodel.codes import cid605 as AnimalBeddingMaterial
    from dicomodel.codes import cid605 as cid605
    from dicomodel.codes import cid606 as AnimalShelterType
    from dicomodel.codes import cid606 as cid606
    from dicomodel.codes import cid607 as AnimalFeedType
    from dicomodel.codes import cid607 as cid607
    from dicomodel.codes import cid608 as AnimalFeedSource
    from dicomodel.codes import cid608 as cid608
    from dicomodel.codes import cid609 as AnimalFeedingMethod
    from dicomodel.codes import cid609 as cid609
    from dicomodel.codes import cid610 as WaterType
    from dicomodel.codes import cid610 as cid610
    from dicomodel.codes import cid611 as AnesthesiaCategoryCodeTypeForSmallAnimalAnesthesia
    from dicomodel.codes import cid611 as cid611
    from dicomodel.codes import cid612 as AnesthesiaCategoryCodeTypeFromAnesthesiaQualityInitiative
    from dicomodel.codes import cid612 as cid612
    from dicomodel.codes import cid613 as AnesthesiaInductionCodeTypeForSmallAnimalAnesthesia
    from dicomodel.codes import cid613 as cid613
    from dicomodel.codes import cid614 as AnesthesiaInductionCodeTypeFromAnesthesiaQualityInitiative
    from dicomodel.codes import cid614 as cid614
    from dicomodel.codes import cid615 as AnesthesiaMaintenanceCodeTypeForSmallAnimalAnesthesia
    from dicomodel.codes import cid615 as cid615
    from dicomodel.codes import (
        cid616 as AnesthesiaMaintenanceCodeTypeFromAnesthesiaQualityInitiative,
    )
    from dicomodel.codes import cid616 as cid616
    from dicomodel.codes import cid617 as AirwayManagementMethodCodeTypeForSmallAnimalAnesthesia
    from dicomodel.codes import cid617 as cid617
    from dicomodel.codes import (
        cid618 as AirwayManagementMethodCodeTypeFromAnesthesiaQualityInitiative,
    )
    from dicomodel.codes import cid618 as cid618
    from dicomodel.codes import cid619 as AirwayManagementSubMethodCodeTypeForSmallAnimalAnesthesia
    from dicomodel.codes import cid619 as cid619
    from dicomodel.codes import (
        cid620 as AirwayManagementSubMethodCodeTypeFromAnesthesiaQualityInitiative,
    )
    from dicomodel.codes import cid620 as cid620
    from dicomodel.codes import cid621 as MedicationTypeForSmallAnimalAnesthesia
    from dicomodel.codes import cid621 as cid621
    from dicomodel.codes import cid622 as MedicationTypeCodeTypeFromAnesthesiaQualityInitiative
    from dicomodel.codes import cid622 as cid622
    from dicomodel.codes import cid623 as MedicationForSmallAnimalAnesthesia
    from dicomodel.codes import cid623 as cid623
    from dicomodel.codes import cid624 as InhalationalAnesthesiaAgentForSmallAnimalAnesthesia
    from dicomodel.codes import cid624 as cid624
    from dicomodel.codes import cid625 as InjectableAnesthesiaAgentForSmallAnimalAnesthesia
    from dicomodel.codes import cid625 as cid625
    from dicomodel.codes import cid626 as PremedicationAgentForSmallAnimalAnesthesia
    from dicomodel.codes import cid626 as cid626
    from dicomodel.codes import cid627 as NeuromuscularBlockingAgentForSmallAnimalAnesthesia
    from dicomodel.codes import cid627 as cid627
    from dicomodel.codes import cid628 as AncillaryMedicationsForSmallAnimalAnesthesia
    from dicomodel.codes import cid628 as cid628
    from dicomodel.codes import cid629 as CarrierGasesForSmallAnimalAnesthesia
    from dicomodel.codes import cid629 as cid629
    from dicomodel.codes import cid630 as LocalAnestheticsForSmallAnimalAnesthesia
    from dicomodel.codes import cid630 as cid630
    from dicomodel.codes import cid631 as ProcedurePhaseRequiringAnesthesia
    from dicomodel.codes import cid631 as cid631
    from dicomodel.codes import cid632 as SurgicalProcedurePhaseRequiringAnesthesia
    from dicomodel.codes import cid632 as cid632
    from dicomodel.codes import cid633 as cid633
    from dicomodel.codes import cid634 as AnimalHandlingPhase
    from dicomodel.codes import cid634 as cid634
    from dicomodel.codes import cid635 as HeatingMethod
    from dicomodel.codes import cid635 as cid635
    from dicomodel.codes import (
        cid636 as TemperatureSensorDeviceComponentTypeForSmallAnimalProcedure,
    )
    from dicomodel.codes import cid636 as cid636
    from dicomodel.codes import cid637 as ExogenousSubstanceType
    from dicomodel.codes import cid637 as cid637
    from dicomodel.codes import cid638 as ExogenousSubstance
    from dicomodel.codes import cid638 as cid638
    from dicomodel.codes import cid639 as TumorGraftHistologicType
    from dicomodel.codes import cid639 as cid639
    from dicomodel.codes import cid640 as Fibril
    from dicomodel.codes import cid640 as cid640
    from dicomodel.codes import cid641 as Virus
    from dicomodel.codes import cid641 as cid641
    from dicomodel.codes import cid642 as Cytokine
    from dicomodel.codes import cid642 as cid642
    from dicomodel.codes import cid643 as Toxin
    from dicomodel.codes import cid643 as cid643
    from dicomodel.codes import cid644 as ExogenousSubstanceAdministrationSite
    from dicomodel.codes import cid644 as cid644
    from dicomodel.codes import cid645 as ExogenousSubstanceOriginTissue
    from dicomodel.codes import cid645 as cid645
    from dicomodel.codes import cid646 as PreclinicalSmallAnimalImagingProcedure
    from dicomodel.codes import cid646 as cid646
    from dicomodel.codes import cid647 as PositionReferenceIndicatorForFrameOfReference
    from dicomodel.codes import cid647 as cid647
    from dicomodel.codes import cid701 as ContentAssessmentType
    from dicomodel.codes import cid701 as cid701
    from dicomodel.codes import cid702 as RTContentAssessmentType
    from dicomodel.codes import cid702 as cid702
    from dicomodel.codes import cid703 as AssessmentBasis
    from dicomodel.codes import cid703 as cid703
    from dicomodel.codes import cid800 as ProtocolAssertion
    from dicomodel.codes import cid800 as cid800
    from dicomodel.codes import cid1000 as CTTransversePlaneReferenceBasis
    from dicomodel.codes import cid1000 as cid1000
    from dicomodel.codes import cid1001 as AnatomicalReferenceBasis
    from dicomodel.codes import cid1001 as cid1001
    from dicomodel.codes import cid1002 as AnatomicalReferenceBasisHead
    from dicomodel.codes import cid1002 as cid1002
    from dicomodel.codes import cid1003 as AnatomicalReferenceBasisSpine
    from dicomodel.codes import cid1003 as cid1003
    from dicomodel.codes import cid1004 as AnatomicalReferenceBasisChest
    from dicomodel.codes import cid1004 as cid1004
    from dicomodel.codes import cid1005 as AnatomicalReferenceBasisAbdomenPelvis
    from dicomodel.codes import cid1005 as cid1005
    from dicomodel.codes import cid1006 as AnatomicalReferenceBasisExtremity
    from dicomodel.codes import cid1006 as cid1006
    from dicomodel.codes import cid1010 as ReferenceGeometryPlane
    from dicomodel.codes import cid1010 as cid1010
    from dicomodel.codes import cid1011 as ReferenceGeometryPoint
    from dicomodel.codes import cid1011 as cid1011
    from dicomodel.codes import cid1015 as PatientAlignmentMethod
    from dicomodel.codes import cid1015 as cid1015
    from dicomodel.codes import cid1200 as ContraindicationsForCTImaging
    from dicomodel.codes import cid1200 as cid1200
    from dicomodel.codes import cid1201 as ContraindicationsForXAImaging
    from dicomodel.codes import cid1201 as cid1201
    from dicomodel.codes import cid3000 as AudioChannelSource
    from dicomodel.codes import cid3000 as cid3000
    from dicomodel.codes import cid3001 as ECGLead
    from dicomodel.codes import cid3001 as cid3001
    from dicomodel.codes import cid3003 as HemodynamicWaveformSource
    from dicomodel.codes import cid3003 as cid3003
    from dicomodel.codes import cid3004 as ArterialPulseWaveform
    from dicomodel.codes import cid3004 as cid3004
    from dicomodel.codes import cid3005 as RespirationWaveform
    from dicomodel.codes import cid3005 as cid3005
    from dicomodel.codes import cid3010 as CardiovascularAnatomicStructure
    from dicomodel.codes import cid3010 as cid3010
    from dicomodel.codes import cid3011 as ElectrophysiologyAnatomicLocation
    from dicomodel.codes import cid3011 as cid3011
    from dicomodel.codes import cid3014 as CoronaryArterySegment
    from dicomodel.codes import cid3014 as cid3014
    from dicomodel.codes import cid3015 as CoronaryArtery
    from dicomodel.codes import cid3015 as cid3015
    from dicomodel.codes import cid3016 as MajorCoronaryArtery
    from dicomodel.codes import cid3016 as cid3016
    from dicomodel.codes import cid3019 as CardiovascularAnatomicStructureModifier
    from dicomodel.codes import cid3019 as cid3019
    from dicomodel.codes import cid3020 as AssessmentFromCADRADS
    from dicomodel.codes import cid3020 as cid3020
    from dicomodel.codes import cid3021 as CADRADSStenosisAssessmentModifier
    from dicomodel.codes import cid3021 as cid3021
    from dicomodel.codes import cid3022 as CADRADSAssessmentModifier
    from dicomodel.codes import cid3022 as cid3022
    from dicomodel.codes import cid3030 as EEGLead
    from dicomodel.codes import cid3030 as cid3030
    from dicomodel.codes import cid3031 as LeadLocationNearOrInMuscle
    from dicomodel.codes import cid3031 as cid3031
    from dicomodel.codes import cid3032 as LeadLocationNearPeripheralNerve
    from dicomodel.codes import cid3032 as cid3032
    from dicomodel.codes import cid3033 as EOGLead
    from dicomodel.codes import cid3033 as cid3033
    from dicomodel.codes import cid3034 as BodyPositionChannel
    from dicomodel.codes import cid3034 as cid3034
    from dicomodel.codes import cid3035 as EEGAnnotationNeurophysiologicEnumeration
    from dicomodel.codes import cid3035 as cid3035
    from dicomodel.codes import cid3036 as EMGAnnotationNeurophysiologicalEnumeration
    from dicomodel.codes import cid3036 as cid3036
    from dicomodel.codes import cid3037 as EOGAnnotationNeurophysiologicalEnumeration
    from dicomodel.codes import cid3037 as cid3037
    from dicomodel.codes import cid3038 as PatternEvent
    from dicomodel.codes import cid3038 as cid3038
    from dicomodel.codes import cid3039 as DeviceRelatedAndEnvironmentRelatedEvent
    from dicomodel.codes import cid3039 as cid3039
    from dicomodel.codes import cid3040 as EEGAnnotationNeurologicalMonitoringMeasurement
    from dicomodel.codes import cid3040 as cid3040
    from dicomodel.codes import cid3041 as NeurophysiologicStimulationMode
    from dicomodel.codes import cid3041 as cid3041
    from dicomodel.codes import cid3042 as AnalogWaveformFilter
    from dicomodel.codes import cid3042 as cid3042
    from dicomodel.codes import cid3043 as DigitalWaveformFilter
    from dicomodel.codes import cid3043 as cid3043
    from dicomodel.codes import cid3044 as WaveformFilterLookupTableInputFrequencyUnit
    from dicomodel.codes import cid3044 as cid3044
    from dicomodel.codes import cid3045 as WaveformFilterLookupTableOutputMagnitudeUnit
    from dicomodel.codes import cid3045 as cid3045
    from dicomodel.codes import cid3046 as SleepStage
    from dicomodel.codes import cid3046 as cid3046
    from dicomodel.codes import cid3047 as WaveformAnnotationClassification
    from dicomodel.codes import cid3047 as cid3047
    from dicomodel.codes import cid3048 as WaveformAnnotationsDocumentTitle
    from dicomodel.codes import cid3048 as cid3048
    from dicomodel.codes import cid3049 as EEGProcedure
    from dicomodel.codes import cid3049 as cid3049
    from dicomodel.codes import cid3050 as PatientConsciousness
    from dicomodel.codes import cid3050 as cid3050
    from dicomodel.codes import cid3082 as cid3082
    from dicomodel.codes import cid3083 as RadioactivityUnit
    from dicomodel.codes import cid3083 as cid3083
    from dicomodel.codes import cid3090 as TimeSynchronizationChannelType
    from dicomodel.codes import cid3090 as cid3090
    from dicomodel.codes import cid3101 as CardiacProceduralStateValue
    from dicomodel.codes import cid3101 as cid3101
    from dicomodel.codes import cid3102 as RestStressState
    from dicomodel.codes import cid3102 as cid3102
    from dicomodel.codes import cid3104 as CardiacSynchronizationTechnique
    from dicomodel.codes import cid3104 as cid3104
    from dicomodel.codes import cid3106 as PETCardiologyProtocol
    from dicomodel.codes import cid3106 as cid3106
    from dicomodel.codes import cid3107 as PETCardiologyRadiopharmaceutical
    from dicomodel.codes import cid3107 as cid3107
    from dicomodel.codes import cid3108 as NMPETProcedure
    from dicomodel.codes import cid3108 as cid3108
    from dicomodel.codes import cid3110 as NuclearCardiologyProtocol
    from dicomodel.codes import cid3110 as cid3110
    from dicomodel.codes import cid3111 as NuclearCardiologyRadiopharmaceutical
    from dicomodel.codes import cid3111 as cid3111
    from dicomodel.codes import cid3112 as AttenuationCorrection
    from dicomodel.codes import cid3112 as cid3112
    from dicomodel.codes import cid3113 as PerfusionDefectType
    from dicomodel.codes import cid3113 as cid3113
    from dicomodel.codes import cid3114 as StudyQuality
    from dicomodel.codes import cid3114 as cid3114
    from dicomodel.codes import cid3115 as StressImagingQualityIssue
    from dicomodel.codes import cid3115 as cid3115
    from dicomodel.codes import cid3116 as NMExtracardiacFinding
    from dicomodel.codes import cid3116 as cid3116
    from dicomodel.codes import cid3117 as AttenuationCorrectionMethod
    from dicomodel.codes import cid3117 as cid3117
    from dicomodel.codes import cid3118 as RiskLevel
    from dicomodel.codes import cid3118 as cid3118
    from dicomodel.codes import cid3119 as LVFunction
    from dicomodel.codes import cid3119 as cid3119
    from dicomodel.codes import cid3120 as PerfusionFinding
    from dicomodel.codes import cid3120 as cid3120
    from dicomodel.codes import cid3121 as PerfusionMorphology
    from dicomodel.codes import cid3121 as cid3121
    from dicomodel.codes import cid3122 as VentricularEnlargement
    from dicomodel.codes import cid3122 as cid3122
    from dicomodel.codes import cid3200 as StressTestProcedure
    from dicomodel.codes import cid3200 as cid3200
    from dicomodel.codes import cid3201 as IndicationsForStressTest
    from dicomodel.codes import cid3201 as cid3201
    from dicomodel.codes import cid3202 as ChestPain
    from dicomodel.codes import cid3202 as cid3202
    from dicomodel.codes import cid3203 as ExerciserDevice
    from dicomodel.codes import cid3203 as cid3203
    from dicomodel.codes import cid3204 as StressAgent
    from dicomodel.codes import cid3204 as cid3204
    from dicomodel.codes import cid3205 as IndicationsForPharmacologicalStressTest
    from dicomodel.codes import cid3205 as cid3205
    from dicomodel.codes import cid3206 as NoninvasiveCardiacImagingProcedure
    from dicomodel.codes import cid3206 as cid3206
    from dicomodel.codes import cid3207 as StressTestProcedurePhase
    from dicomodel.codes import cid3207 as cid3207
    from dicomodel.codes import cid3208 as ExerciseECGSummaryCode
    from dicomodel.codes import cid3208 as cid3208
    from dicomodel.codes import cid3209 as StressImagingSummaryCode
    from dicomodel.codes import cid3209 as cid3209
    from dicomodel.codes import cid3210 as ResponseSpeed
    from dicomodel.codes import cid3210 as cid3210
    from dicomodel.codes import cid3211 as BPResponse
    from dicomodel.codes import cid3211 as cid3211
    from dicomodel.codes import cid3212 as TreadmillSpeed
    from dicomodel.codes import cid3212 as cid3212
    from dicomodel.codes import cid3213 as StressHemodynamicFinding
    from dicomodel.codes import cid3213 as cid3213
    from dicomodel.codes import cid3215 as PerfusionFindingMethod
    from dicomodel.codes import cid3215 as cid3215
    from dicomodel.codes import cid3217 as ComparisonFinding
    from dicomodel.codes import cid3217 as cid3217
    from dicomodel.codes import cid3220 as StressSymptom
    from dicomodel.codes import cid3220 as cid3220
    from dicomodel.codes import cid3221 as StressTestTerminationReason
    from dicomodel.codes import cid3221 as cid3221
    from dicomodel.codes import cid3227 as QTcMeasurement
    from dicomodel.codes import cid3227 as cid3227
    from dicomodel.codes import cid3228 as ECGTimingMeasurement
    from dicomodel.codes import cid3228 as cid3228
    from dicomodel.codes import cid3229 as ECGAxisMeasurement
    from dicomodel.codes import cid3229 as cid3229
    from dicomodel.codes import cid3230 as ECGFinding
    from dicomodel.codes import cid3230 as cid3230
    from dicomodel.codes import cid3231 as STSegmentFinding
    from dicomodel.codes import cid3231 as cid3231
    from dicomodel.codes import cid3232 as STSegmentLocation
    from dicomodel.codes import cid3232 as cid3232
    from dicomodel.codes import cid3233 as STSegmentMorphology
    from dicomodel.codes import cid3233 as cid3233
    from dicomodel.codes import cid3234 as EctopicBeatMorphology
    from dicomodel.codes import cid3234 as cid3234
    from dicomodel.codes import cid3235 as PerfusionComparisonFinding
    from dicomodel.codes import cid3235 as cid3235
    from dicomodel.codes import cid3236 as ToleranceComparisonFinding
    from dicomodel.codes import cid3236 as cid3236
    from dicomodel.codes import cid3237 as WallMotionComparisonFinding
    from dicomodel.codes import cid3237 as cid3237
    from dicomodel.codes import cid3238 as StressScoringScale
    from dicomodel.codes import cid3238 as cid3238
    from dicomodel.codes import cid3239 as PerceivedExertionScale
    from dicomodel.codes import cid3239 as cid3239
    from dicomodel.codes import cid3240 as ElectrophysiologyMeasurementFunctionAndTechnique
    from dicomodel.codes import cid3240 as cid3240
    from dicomodel.codes import cid3241 as HemodynamicMeasurementTechnique
    from dicomodel.codes import cid3241 as cid3241
    from dicomodel.codes import cid3250 as CatheterizationProcedurePhase
    from dicomodel.codes import cid3250 as cid3250
    from dicomodel.codes import cid3254 as ElectrophysiologyProcedurePhase
    from dicomodel.codes import cid3254 as cid3254
    from dicomodel.codes import cid3261 as StressProtocol
    from dicomodel.codes import cid3261 as cid3261
    from dicomodel.codes import cid3262 as ECGPatientStateValue
    from dicomodel.codes import cid3262 as cid3262
    from dicomodel.codes import cid3263 as ElectrodePlacementValue
    from dicomodel.codes import cid3263 as cid3263
    from dicomodel.codes import cid3264 as cid3264
    from dicomodel.codes import cid3271 as HemodynamicPhysiologicalChallenge
    from dicomodel.codes import cid3271 as cid3271
    from dicomodel.codes import cid3335 as ECGAnnotation
    from dicomodel.codes import cid3335 as cid3335
    from dicomodel.codes import cid3337 as HemodynamicAnnotation
    from dicomodel.codes import cid3337 as cid3337
    from dicomodel.codes import cid3339 as ElectrophysiologyAnnotation
    from dicomodel.codes import cid3339 as cid3339
    from dicomodel.codes import cid3400 as ProcedureLogTitle
    from dicomodel.codes import cid3400 as cid3400
    from dicomodel.codes import cid3401 as LogNoteType
    from dicomodel.codes import cid3401 as cid3401
    from dicomodel.codes import cid3402 as PatientStatusAndEvent
    from dicomodel.codes import cid3402 as cid3402
    from dicomodel.codes import cid3403 as PercutaneousEntry
    from dicomodel.codes import cid3403 as cid3403
    from dicomodel.codes import cid3404 as StaffAction
    from dicomodel.codes import cid3404 as cid3404
    from dicomodel.codes import cid3405 as ProcedureActionValue
    from dicomodel.codes import cid3405 as cid3405
    from dicomodel.codes import cid3406 as NonCoronaryTranscatheterIntervention
    from dicomodel.codes import cid3406 as cid3406
    from dicomodel.codes import cid3407 as ObjectReferencePurpose
    from dicomodel.codes import cid3407 as cid3407
    from dicomodel.codes import cid3408 as ConsumableAction
    from dicomodel.codes import cid3408 as cid3408
    from dicomodel.codes import cid3409 as DrugContrastAdministration
    from dicomodel.codes import cid3409 as cid3409
    from dicomodel.codes import cid3410 as DrugContrastNumericParameter
    from dicomodel.codes import cid3410 as cid3410
    from dicomodel.codes import cid3411 as IntracoronaryDevice
    from dicomodel.codes import cid3411 as cid3411
    from dicomodel.codes import cid3412 as InterventionActionStatus
    from dicomodel.codes import cid3412 as cid3412
    from dicomodel.codes import cid3413 as AdverseOutcome
    from dicomodel.codes import cid3413 as cid3413
    from dicomodel.codes import cid3414 as ProcedureUrgency
    from dicomodel.codes import cid3414 as cid3414
    from dicomodel.codes import cid3415 as CardiacRhythm
    from dicomodel.codes import cid3415 as cid3415
    from dicomodel.codes import cid3416 as RespirationRhythm
    from dicomodel.codes import cid3416 as cid3416
    from dicomodel.codes import cid3418 as LesionRisk
    from dicomodel.codes import cid3418 as cid3418
    from dicomodel.codes import cid3419 as FindingTitle
    from dicomodel.codes import cid3419 as cid3419
    from dicomodel.codes import cid3421 as ProcedureAction
    from dicomodel.codes import cid3421 as cid3421
    from dicomodel.codes import cid3422 as DeviceUseAction
    from dicomodel.codes import cid3422 as cid3422
    from dicomodel.codes import cid3423 as NumericDeviceCharacteristic
    from dicomodel.codes import cid3423 as cid3423
    from dicomodel.codes import cid3425 as InterventionParameter
    from dicomodel.codes import cid3425 as cid3425
    from dicomodel.codes import cid3426 as ConsumablesParameter
    from dicomodel.codes import cid3426 as cid3426
    from dicomodel.codes import cid3427 as EquipmentEvent
    from dicomodel.codes import cid3427 as cid3427
    from dicomodel.codes import cid3428 as CardiovascularImagingProcedure
    from dicomodel.codes import cid3428 as cid3428
    from dicomodel.codes import cid3429 as CatheterizationDevice
    from dicomodel.codes import cid3429 as cid3429
    from dicomodel.codes import cid3430 as DateTimeQualifier
    from dicomodel.codes import cid3430 as cid3430
    from dicomodel.codes import cid3440 as PeripheralPulseLocation
    from dicomodel.codes import cid3440 as cid3440
    from dicomodel.codes import cid3441 as PatientAssessment
    from dicomodel.codes import cid3441 as cid3441
    from dicomodel.codes import cid3442 as PeripheralPulseMethod
    from dicomodel.codes import cid3442 as cid3442
    from dicomodel.codes import cid3446 as SkinCondition
    from dicomodel.codes import cid3446 as cid3446
    from dicomodel.codes import cid3448 as AirwayAssessment
    from dicomodel.codes import cid3448 as cid3448
    from dicomodel.codes import cid3451 as CalibrationObject
    from dicomodel.codes import cid3451 as cid3451
    from dicomodel.codes import cid3452 as CalibrationMethod
    from dicomodel.codes import cid3452 as cid3452
    from dicomodel.codes import cid3453 as CardiacVolumeMethod
    from dicomodel.codes import cid3453 as cid3453
    from dicomodel.codes import cid3455 as IndexMethod
    from dicomodel.codes import cid3455 as cid3455
    from dicomodel.codes import cid3456 as SubsegmentMethod
    from dicomodel.codes import cid3456 as cid3456
    from dicomodel.codes import cid3458 as ContourRealignment
    from dicomodel.codes import cid3458 as cid3458
    from dicomodel.codes import cid3460 as CircumferentialExtent
    from dicomodel.codes import cid3460 as cid3460
    from dicomodel.codes import cid3461 as RegionalExtent
    from dicomodel.codes import cid3461 as cid3461
    from dicomodel.codes import cid3462 as ChamberIdentification
    from dicomodel.codes import cid3462 as cid3462
    from dicomodel.codes import cid3463 as VentricleIdentification
    from dicomodel.codes import cid3463 as cid3463
    from dicomodel.codes import cid3465 as QAReferenceMethod
    from dicomodel.codes import cid3465 as cid3465
    from dicomodel.codes import cid3466 as PlaneIdentification
    from dicomodel.codes import cid3466 as cid3466
    from dicomodel.codes import cid3467 as EjectionFraction
    from dicomodel.codes import cid3467 as cid3467
    from dicomodel.codes import cid3468 as EDVolume
    from dicomodel.codes import cid3468 as cid3468
    from dicomodel.codes import cid3469 as ESVolume
    from dicomodel.codes import cid3469 as cid3469
    from dicomodel.codes import cid3470 as VesselLumenCrossSectionalAreaCalculationMethod
    from dicomodel.codes import cid3470 as cid3470
    from dicomodel.codes import cid3471 as EstimatedVolume
    from dicomodel.codes import cid3471 as cid3471
    from dicomodel.codes import cid3472 as CardiacContractionPhase
    from dicomodel.codes import cid3472 as cid3472
    from dicomodel.codes import cid3480 as IVUSProcedurePhase
    from dicomodel.codes import cid3480 as cid3480
    from dicomodel.codes import cid3481 as IVUSDistanceMeasurement
    from dicomodel.codes import cid3481 as cid3481
    from dicomodel.codes import cid3482 as IVUSAreaMeasurement
    from dicomodel.codes import cid3482 as cid3482
    from dicomodel.codes import cid3483 as IVUSLongitudinalMeasurement
    from dicomodel.codes import cid3483 as cid3483
    from dicomodel.codes import cid3484 as IVUSIndexRatio
    from dicomodel.codes import cid3484 as cid3484
    from dicomodel.codes import cid3485 as IVUSVolumeMeasurement
    from dicomodel.codes import cid3485 as cid3485
    from dicomodel.codes import cid3486 as VascularMeasurementSite
    from dicomodel.codes import cid3486 as cid3486
    from dicomodel.codes import cid3487 as IntravascularVolumetricRegion
    from dicomodel.codes import cid3487 as cid3487
    from dicomodel.codes import cid3488 as MinMaxMean
    from dicomodel.codes import cid3488 as cid3488
    from dicomodel.codes import cid3489 as CalciumDistribution
    from dicomodel.codes import cid3489 as cid3489
    from dicomodel.codes import cid3491 as IVUSLesionMorphology
    from dicomodel.codes import cid3491 as cid3491
    from dicomodel.codes import cid3492 as VascularDissectionClassification
    from dicomodel.codes import cid3492 as cid3492
    from dicomodel.codes import cid3493 as IVUSRelativeStenosisSeverity
    from dicomodel.codes import cid3493 as cid3493
    from dicomodel.codes import cid3494 as IVUSNonMorphologicalFinding
    from dicomodel.codes import cid3494 as cid3494
    from dicomodel.codes import cid3495 as IVUSPlaqueComposition
    from dicomodel.codes import cid3495 as cid3495
    from dicomodel.codes import cid3496 as IVUSFiducialPoint
    from dicomodel.codes import cid3496 as cid3496
    from dicomodel.codes import cid3497 as IVUSArterialMorphology
    from dicomodel.codes import cid3497 as cid3497
    from dicomodel.codes import cid3500 as PressureUnit
    from dicomodel.codes import cid3500 as cid3500
    from dicomodel.codes import cid3502 as HemodynamicResistanceUnit
    from dicomodel.codes import cid3502 as cid3502
    from dicomodel.codes import cid3503 as IndexedHemodynamicResistanceUnit
    from dicomodel.codes import cid3503 as cid3503
    from dicomodel.codes import cid3510 as CatheterSizeUnit
    from dicomodel.codes import cid3510 as cid3510
    from dicomodel.codes import cid3515 as SpecimenCollection
    from dicomodel.codes import cid3515 as cid3515
    from dicomodel.codes import cid3520 as BloodSourceType
    from dicomodel.codes import cid3520 as cid3520
    from dicomodel.codes import cid3524 as BloodGasPressure
    from dicomodel.codes import cid3524 as cid3524
    from dicomodel.codes import cid3525 as BloodGasContent
    from dicomodel.codes import cid3525 as cid3525
    from dicomodel.codes import cid3526 as BloodGasSaturation
    from dicomodel.codes import cid3526 as cid3526
    from dicomodel.codes import cid3527 as BloodBaseExcess
    from dicomodel.codes import cid3527 as cid3527
    from dicomodel.codes import cid3528 as BloodpH
    from dicomodel.codes import cid3528 as cid3528
    from dicomodel.codes import cid3529 as ArterialVenousContent
    from dicomodel.codes import cid3529 as cid3529
    from dicomodel.codes import cid3530 as OxygenAdministrationAction
    from dicomodel.codes import cid3530 as cid3530
    from dicomodel.codes import cid3531 as OxygenAdministration
    from dicomodel.codes import cid3531 as cid3531
    from dicomodel.codes import cid3550 as CirculatorySupportAction
    from dicomodel.codes import cid3550 as cid3550
    from dicomodel.codes import cid3551 as VentilationAction
    from dicomodel.codes import cid3551 as cid3551
    from dicomodel.codes import cid3552 as PacingAction
    from dicomodel.codes import cid3552 as cid3552
    from dicomodel.codes import cid3553 as CirculatorySupport
    from dicomodel.codes import cid3553 as cid3553
    from dicomodel.codes import cid3554 as Ventilation
    from dicomodel.codes import cid3554 as cid3554
    from dicomodel.codes import cid3555 as Pacing
    from dicomodel.codes import cid3555 as cid3555
    from dicomodel.codes import cid3560 as BloodPressureMethod
    from dicomodel.codes import cid3560 as cid3560
    from dicomodel.codes import cid3600 as RelativeTime
    from dicomodel.codes import cid3600 as cid3600
    from dicomodel.codes import cid3602 as HemodynamicPatientState
    from dicomodel.codes import cid3602 as cid3602
    from dicomodel.codes import cid3604 as ArterialLesionLocation
    from dicomodel.codes import cid3604 as cid3604
    from dicomodel.codes import cid3606 as ArterialSourceLocation
    from dicomodel.codes import cid3606 as cid3606
    from dicomodel.codes import cid3607 as VenousSourceLocation
    from dicomodel.codes import cid3607 as cid3607
    from dicomodel.codes import cid3608 as AtrialSourceLocation
    from dicomodel.codes import cid3608 as cid3608
    from dicomodel.codes import cid3609 as VentricularSourceLocation
    from dicomodel.codes import cid3609 as cid3609
    from dicomodel.codes import cid3610 as GradientSourceLocation
    from dicomodel.codes import cid3610 as cid3610
    from dicomodel.codes import cid3611 as PressureMeasurement
    from dicomodel.codes import cid3611 as cid3611
    from dicomodel.codes import cid3612 as BloodVelocityMeasurement
    from dicomodel.codes import cid3612 as cid3612
    from dicomodel.codes import cid3613 as HemodynamicTimeMeasurement
    from dicomodel.codes import cid3613 as cid3613
    from dicomodel.codes import cid3614 as NonmitralValveArea
    from dicomodel.codes import cid3614 as cid3614
    from dicomodel.codes import cid3615 as ValveArea
    from dicomodel.codes import cid3615 as cid3615
    from dicomodel.codes import cid3616 as HemodynamicPeriodMeasurement
    from dicomodel.codes import cid3616 as cid3616
    from dicomodel.codes import cid3617 as ValveFlow
    from dicomodel.codes import cid3617 as cid3617
    from dicomodel.codes import cid3618 as HemodynamicFlow
    from dicomodel.codes import cid3618 as cid3618
    from dicomodel.codes import cid3619 as HemodynamicResistanceMeasurement
    from dicomodel.codes import cid3619 as cid3619
    from dicomodel.codes import cid3620 as HemodynamicRatio
    from dicomodel.codes import cid3620 as cid3620
    from dicomodel.codes import cid3621 as FractionalFlowReserve
    from dicomodel.codes import cid3621 as cid3621
    from dicomodel.codes import cid3627 as MeasurementType
    from dicomodel.codes import cid3627 as cid3627
    from dicomodel.codes import cid3628 as CardiacOutputMethod
    from dicomodel.codes import cid3628 as cid3628
    from dicomodel.codes import cid3629 as ProcedureIntent
    from dicomodel.codes import cid3629 as cid3629
    from dicomodel.codes import cid3630 as CardiovascularAnatomicLocation
    from dicomodel.codes import cid3630 as cid3630
    from dicomodel.codes import cid3640 as Hypertension
    from dicomodel.codes import cid3640 as cid3640
    from dicomodel.codes import cid3641 as HemodynamicAssessment
    from dicomodel.codes import cid3641 as cid3641
    from dicomodel.codes import cid3642 as DegreeFinding
    from dicomodel.codes import cid3642 as cid3642
    from dicomodel.codes import cid3651 as HemodynamicMeasurementPhase
    from dicomodel.codes import cid3651 as cid3651
    from dicomodel.codes import cid3663 as BodySurfaceAreaEquation
    from dicomodel.codes import cid3663 as cid3663
    from dicomodel.codes import cid3664 as OxygenConsumptionEquationTable
    from dicomodel.codes import cid3664 as cid3664
    from dicomodel.codes import cid3666 as P50Equation
    from dicomodel.codes import cid3666 as cid3666
    from dicomodel.codes import cid3667 as FraminghamScore
    from dicomodel.codes import cid3667 as cid3667
    from dicomodel.codes import cid3668 as FraminghamTable
    from dicomodel.codes import cid3668 as cid3668
    from dicomodel.codes import cid3670 as ECGProcedureType
    from dicomodel.codes import cid3670 as cid3670
    from dicomodel.codes import cid3671 as ReasonForECGStudy
    from dicomodel.codes import cid3671 as cid3671
    from dicomodel.codes import cid3672 as cid3672
    from dicomodel.codes import cid3673 as cid3673
    from dicomodel.codes import cid3675 as cid3675
    from dicomodel.codes import cid3676 as LeadMeasurementTechnique
    from dicomodel.codes import cid3676 as cid3676
    from dicomodel.codes import cid3677 as SummaryCodesECG
    from dicomodel.codes import cid3677 as cid3677
    from dicomodel.codes import cid3678 as QTCorrectionAlgorithm
    from dicomodel.codes import cid3678 as cid3678
    from dicomodel.codes import cid3679 as cid3679
    from dicomodel.codes import cid3680 as ECGLeadNoiseDescription
    from dicomodel.codes import cid3680 as cid3680
    from dicomodel.codes import cid3681 as cid3681
    from dicomodel.codes import cid3682 as cid3682
    from dicomodel.codes import cid3683 as cid3683
    from dicomodel.codes import cid3684 as cid3684
    from dicomodel.codes import cid3685 as cid3685
    from dicomodel.codes import cid3686 as cid3686
    from dicomodel.codes import cid3687 as ElectrophysiologyWaveformDuration
    from dicomodel.codes import cid3687 as cid3687
    from dicomodel.codes import cid3688 as ElectrophysiologyWaveformVoltage
    from dicomodel.codes import cid3688 as cid3688
    from dicomodel.codes import cid3689 as ECGGlobalWaveformDuration
    from dicomodel.codes import cid3689 as cid3689
    from dicomodel.codes import cid3690 as ECGControlNumericVariable
    from dicomodel.codes import cid3690 as cid3690
    from dicomodel.codes import cid3691 as ECGControlTextVariable
    from dicomodel.codes import cid3691 as cid3691
    from dicomodel.codes import cid3692 as cid3692
    from dicomodel.codes import cid3700 as CathDiagnosis
    from dicomodel.codes import cid3700 as cid3700
    from dicomodel.codes import cid3701 as CardiacValveTract
    from dicomodel.codes import cid3701 as cid3701
    from dicomodel.codes import cid3703 as WallMotion
    from dicomodel.codes import cid3703 as cid3703
    from dicomodel.codes import cid3704 as MyocardiumWallMorphologyFinding
    from dicomodel.codes import cid3704 as cid3704
    from dicomodel.codes import cid3705 as ChamberSize
    from dicomodel.codes import cid3705 as cid3705
    from dicomodel.codes import cid3706 as OverallContractility
    from dicomodel.codes import cid3706 as cid3706
    from dicomodel.codes import cid3707 as VSDDescription
    from dicomodel.codes import cid3707 as cid3707
    from dicomodel.codes import cid3709 as AorticRootDescription
    from dicomodel.codes import cid3709 as cid3709
    from dicomodel.codes import cid3710 as CoronaryDominance
    from dicomodel.codes import cid3710 as cid3710
    from dicomodel.codes import cid3711 as ValvularAbnormality
    from dicomodel.codes import cid3711 as cid3711
    from dicomodel.codes import cid3712 as VesselDescriptor
    from dicomodel.codes import cid3712 as cid3712
    from dicomodel.codes import cid3713 as TIMIFlowCharacteristic
    from dicomodel.codes import cid3713 as cid3713
    from dicomodel.codes import cid3714 as Thrombus
    from dicomodel.codes import cid3714 as cid3714
    from dicomodel.codes import cid3715 as LesionMargin
    from dicomodel.codes import cid3715 as cid3715
    from dicomodel.codes import cid3716 as Severity
    from dicomodel.codes import cid3716 as cid3716
    from dicomodel.codes import cid3717 as LeftVentricleMyocardialWall17SegmentModel
    from dicomodel.codes import cid3717 as cid3717
    from dicomodel.codes import cid3718 as MyocardialWallSegmentsInProjection
    from dicomodel.codes import cid3718 as cid3718
    from dicomodel.codes import cid3719 as CanadianClinicalClassification
    from dicomodel.codes import cid3719 as cid3719
    from dicomodel.codes import cid3720 as cid3720
    from dicomodel.codes import cid3721 as CardiovascularSurgery
    from dicomodel.codes import cid3721 as cid3721
    from dicomodel.codes import cid3722 as DiabeticTherapy
    from dicomodel.codes import cid3722 as cid3722
    from dicomodel.codes import cid3723 as MIType
    from dicomodel.codes import cid3723 as cid3723
    from dicomodel.codes import cid3724 as SmokingHistory
    from dicomodel.codes import cid3724 as cid3724
    from dicomodel.codes import cid3726 as CoronaryInterventionIndication
    from dicomodel.codes import cid3726 as cid3726
    from dicomodel.codes import cid3727 as CatheterizationIndication
    from dicomodel.codes import cid3727 as cid3727
    from dicomodel.codes import cid3728 as CathFinding
    from dicomodel.codes import cid3728 as cid3728
    from dicomodel.codes import cid3729 as AdmissionStatus
    from dicomodel.codes import cid3729 as cid3729
    from dicomodel.codes import cid3730 as InsurancePayor
    from dicomodel.codes import cid3730 as cid3730
    from dicomodel.codes import cid3733 as PrimaryCauseOfDeath
    from dicomodel.codes import cid3733 as cid3733
    from dicomodel.codes import cid3735 as AcuteCoronarySyndromeTimePeriod
    from dicomodel.codes import cid3735 as cid3735
    from dicomodel.codes import cid3736 as NYHAClassification
    from dicomodel.codes import cid3736 as cid3736
    from dicomodel.codes import cid3737 as IschemiaNoninvasiveTest
    from dicomodel.codes import cid3737 as cid3737
    from dicomodel.codes import cid3738 as PreCathAnginaType
    from dicomodel.codes import cid3738 as cid3738
    from dicomodel.codes import cid3739 as CathProcedureType
    from dicomodel.codes import cid3739 as cid3739
    from dicomodel.codes import cid3740 as ThrombolyticAdministration
    from dicomodel.codes import cid3740 as cid3740
    from dicomodel.codes import cid3741 as LabVisitMedicationAdministration
    from dicomodel.codes import cid3741 as cid3741
    from dicomodel.codes import cid3742 as PCIMedicationAdministration
    from dicomodel.codes import cid3742 as cid3742
    from dicomodel.codes import cid3743 as ClopidogrelTiclopidineAdministration
    from dicomodel.codes import cid3743 as cid3743
    from dicomodel.codes import cid3744 as EFTestingMethod
    from dicomodel.codes import cid3744 as cid3744
    from dicomodel.codes import cid3745 as cid3745
    from dicomodel.codes import cid3746 as PercutaneousEntrySite
    from dicomodel.codes import cid3746 as cid3746
    from dicomodel.codes import cid3747 as PercutaneousClosure
    from dicomodel.codes import cid3747 as cid3747
    from dicomodel.codes import cid3748 as AngiographicEFTestingMethod
    from dicomodel.codes import cid3748 as cid3748
    from dicomodel.codes import cid3749 as PCIProcedureResult
    from dicomodel.codes import cid3749 as cid3749
    from dicomodel.codes import cid3750 as PreviouslyDilatedLesion
    from dicomodel.codes import cid3750 as cid3750
    from dicomodel.codes import cid3752 as GuidewireCrossing
    from dicomodel.codes import cid3752 as cid3752
    from dicomodel.codes import cid3754 as VascularComplication
    from dicomodel.codes import cid3754 as cid3754
    from dicomodel.codes import cid3755 as CathComplication
    from dicomodel.codes import cid3755 as cid3755
    from dicomodel.codes import cid3756 as CardiacPatientRiskFactor
    from dicomodel.codes import cid3756 as cid3756
    from dicomodel.codes import cid3757 as CardiacDiagnosticProcedure
    from dicomodel.codes import cid3757 as cid3757
    from dicomodel.codes import cid3758 as CardiovascularFamilyHistory
    from dicomodel.codes import cid3758 as cid3758
    from dicomodel.codes import cid3760 as HypertensionTherapy
    from dicomodel.codes import cid3760 as cid3760
    from dicomodel.codes import cid3761 as AntilipemicAgent
    from dicomodel.codes import cid3761 as cid3761
    from dicomodel.codes import cid3762 as AntiarrhythmicAgent
    from dicomodel.codes import cid3762 as cid3762
    from dicomodel.codes import cid3764 as MyocardialInfarctionTherapy
    from dicomodel.codes import cid3764 as cid3764
    from dicomodel.codes import cid3769 as ConcernType
    from dicomodel.codes import cid3769 as cid3769
    from dicomodel.codes import cid3770 as ProblemStatus
    from dicomodel.codes import cid3770 as cid3770
    from dicomodel.codes import cid3772 as HealthStatus
    from dicomodel.codes import cid3772 as cid3772
    from dicomodel.codes import cid3773 as UseStatus
    from dicomodel.codes import cid3773 as cid3773
    from dicomodel.codes import cid3774 as SocialHistory
    from dicomodel.codes import cid3774 as cid3774
    from dicomodel.codes import cid3777 as ImplantedDevice
    from dicomodel.codes import cid3777 as cid3777
    from dicomodel.codes import cid3778 as Stage
    from dicomodel.codes import cid3778 as cid3778
    from dicomodel.codes import cid3780 as cid3780
    from dicomodel.codes import cid3781 as LeftVentricleMyocardialWall18SegmentModel
    from dicomodel.codes import cid3781 as cid3781
    from dicomodel.codes import cid3782 as LeftVentricleBasalWall6Segments
    from dicomodel.codes import cid3782 as cid3782
    from dicomodel.codes import cid3783 as LeftVentricleMidlevelWall6Segments
    from dicomodel.codes import cid3783 as cid3783
    from dicomodel.codes import cid3784 as LeftVentricleApicalWall4Segments
    from dicomodel.codes import cid3784 as cid3784
    from dicomodel.codes import cid3785 as LeftVentricleApicalWall6Segments
    from dicomodel.codes import cid3785 as cid3785
    from dicomodel.codes import cid3802 as PlaqueStructure
    from dicomodel.codes import cid3802 as cid3802
    from dicomodel.codes import cid3804 as StenosisMeasurementMethod
    from dicomodel.codes import cid3804 as cid3804
    from dicomodel.codes import cid3805 as StenosisType
    from dicomodel.codes import cid3805 as cid3805
    from dicomodel.codes import cid3806 as StenosisShape
    from dicomodel.codes import cid3806 as cid3806
    from dicomodel.codes import cid3807 as VolumeMeasurementMethod
    from dicomodel.codes import cid3807 as cid3807
    from dicomodel.codes import cid3808 as AneurysmType
    from dicomodel.codes import cid3808 as cid3808
    from dicomodel.codes import cid3809 as AssociatedCondition
    from dicomodel.codes import cid3809 as cid3809
    from dicomodel.codes import cid3810 as VascularMorphology
    from dicomodel.codes import cid3810 as cid3810
    from dicomodel.codes import cid3813 as StentFinding
    from dicomodel.codes import cid3813 as cid3813
    from dicomodel.codes import cid3814 as StentComposition
    from dicomodel.codes import cid3814 as cid3814
    from dicomodel.codes import cid3815 as SourceOfVascularFinding
    from dicomodel.codes import cid3815 as cid3815
    from dicomodel.codes import cid3817 as VascularSclerosisType
    from dicomodel.codes import cid3817 as cid3817
    from dicomodel.codes import cid3820 as NoninvasiveVascularProcedure
    from dicomodel.codes import cid3820 as cid3820
    from dicomodel.codes import cid3821 as PapillaryMuscleIncludedExcluded
    from dicomodel.codes import cid3821 as cid3821
    from dicomodel.codes import cid3823 as RespiratoryStatus
    from dicomodel.codes import cid3823 as cid3823
    from dicomodel.codes import cid3826 as HeartRhythm
    from dicomodel.codes import cid3826 as cid3826
    from dicomodel.codes import cid3827 as VesselSegment
    from dicomodel.codes import cid3827 as cid3827
    from dicomodel.codes import cid3829 as PulmonaryArtery
    from dicomodel.codes import cid3829 as cid3829
    from dicomodel.codes import cid3831 as StenosisLength
    from dicomodel.codes import cid3831 as cid3831
    from dicomodel.codes import cid3832 as StenosisGrade
    from dicomodel.codes import cid3832 as cid3832
    from dicomodel.codes import cid3833 as CardiacEjectionFraction
    from dicomodel.codes import cid3833 as cid3833
    from dicomodel.codes import cid3835 as CardiacVolumeMeasurement
    from dicomodel.codes import cid3835 as cid3835
    from dicomodel.codes import cid3836 as TimeBasedPerfusionMeasurement
    from dicomodel.codes import cid3836 as cid3836
    from dicomodel.codes import cid3837 as FiducialFeature
    from dicomodel.codes import cid3837 as cid3837
    from dicomodel.codes import cid3838 as DiameterDerivation
    from dicomodel.codes import cid3838 as cid3838
    from dicomodel.codes import cid3839 as CoronaryVein
    from dicomodel.codes import cid3839 as cid3839
    from dicomodel.codes import cid3840 as PulmonaryVein
    from dicomodel.codes import cid3840 as cid3840
    from dicomodel.codes import cid3843 as MyocardialSubsegment
    from dicomodel.codes import cid3843 as cid3843
    from dicomodel.codes import cid3850 as ContrastBolusSubstance
    from dicomodel.codes import cid3850 as cid3850
    from dicomodel.codes import cid4005 as PartialViewSectionForMammography
    from dicomodel.codes import cid4005 as cid4005
    from dicomodel.codes import cid4009 as DXAnatomyImaged
    from dicomodel.codes import cid4009 as cid4009
    from dicomodel.codes import cid4010 as DXView
    from dicomodel.codes import cid4010 as cid4010
    from dicomodel.codes import cid4011 as DXViewModifier
    from dicomodel.codes import cid4011 as cid4011
    from dicomodel.codes import cid4012 as ProjectionEponymousName
    from dicomodel.codes import cid4012 as cid4012
    from dicomodel.codes import cid4013 as AnatomicRegionForMammography
    from dicomodel.codes import cid4013 as cid4013
    from dicomodel.codes import cid4014 as ViewForMammography
    from dicomodel.codes import cid4014 as cid4014
    from dicomodel.codes import cid4015 as ViewModifierForMammography
    from dicomodel.codes import cid4015 as cid4015
    from dicomodel.codes import cid4016 as AnatomicRegionForIntraoralRadiography
    from dicomodel.codes import cid4016 as cid4016
    from dicomodel.codes import cid4017 as AnatomicRegionModifierForIntraoralRadiography
    from dicomodel.codes import cid4017 as cid4017
    from dicomodel.codes import (
        cid4018 as PrimaryAnatomicStructureForIntraoralRadiographyPermanentDentitionDesignationOfTeeth,
    )
    from dicomodel.codes import cid4018 as cid4018
    from dicomodel.codes import (
        cid4019 as PrimaryAnatomicStructureForIntraoralRadiographyDeciduousDentitionDesignationOfTeeth,
    )
    from dicomodel.codes import cid4019 as cid4019
    from dicomodel.codes import cid4020 as PETRadionuclide
    from dicomodel.codes import cid4020 as cid4020
    from dicomodel.codes import cid4021 as PETRadiopharmaceutical
    from dicomodel.codes import cid4021 as cid4021
    from dicomodel.codes import (
        cid4025 as PrimaryAnatomicStructureForIntraoralRadiographySupernumeraryDentitionDesignationOfTeeth,
    )
    from dicomodel.codes import cid4025 as cid4025
    from dicomodel.codes import (
        cid4026 as PrimaryAnatomicStructureForIntraoralAndCraniofacialRadiographyTeeth,
    )
    from dicomodel.codes import cid4026 as cid4026
    from dicomodel.codes import cid4028 as CraniofacialAnatomicRegion
    from dicomodel.codes import cid4028 as cid4028
    from dicomodel.codes import cid4029 as DermatologyAnatomicSite
    from dicomodel.codes import cid4029 as cid4029
    from dicomodel.codes import cid4030 as CTMRandPETAnatomyImaged
    from dicomodel.codes import cid4030 as cid4030
    from dicomodel.codes import cid4031 as CommonAnatomicRegion
    from dicomodel.codes import cid4031 as cid4031
    from dicomodel.codes import cid4032 as MRSpectroscopyMetabolite
    from dicomodel.codes import cid4032 as cid4032
    from dicomodel.codes import cid4033 as MRProtonSpectroscopyMetabolite
    from dicomodel.codes import cid4033 as cid4033
    from dicomodel.codes import cid4040 as EndoscopyAnatomicRegion
    from dicomodel.codes import cid4040 as cid4040
    from dicomodel.codes import cid4042 as XAXRFAnatomyImaged
    from dicomodel.codes import cid4042 as cid4042
    from dicomodel.codes import cid4050 as DrugOrContrastAgentCharacteristic
    from dicomodel.codes import cid4050 as cid4050
    from dicomodel.codes import cid4051 as GeneralDevice
    from dicomodel.codes import cid4051 as cid4051
    from dicomodel.codes import cid4052 as PhantomDevice
    from dicomodel.codes import cid4052 as cid4052
    from dicomodel.codes import cid4100 as T1MeasurementMethod
    from dicomodel.codes import cid4100 as cid4100
    from dicomodel.codes import cid4101 as TracerKineticModel
    from dicomodel.codes import cid4101 as cid4101
    from dicomodel.codes import cid4102 as PerfusionMeasurementMethod
    from dicomodel.codes import cid4102 as cid4102
    from dicomodel.codes import cid4103 as ArterialInputFunctionMeasurementMethod
    from dicomodel.codes import cid4103 as cid4103
    from dicomodel.codes import cid4104 as BolusArrivalTimeDerivationMethod
    from dicomodel.codes import cid4104 as cid4104
    from dicomodel.codes import cid4105 as PerfusionAnalysisMethod
    from dicomodel.codes import cid4105 as cid4105
    from dicomodel.codes import cid4106 as QuantitativeMethodUsedForPerfusionAndTracerKineticModel
    from dicomodel.codes import cid4106 as cid4106
    from dicomodel.codes import cid4107 as TracerKineticModelParameter
    from dicomodel.codes import cid4107 as cid4107
    from dicomodel.codes import cid4108 as PerfusionModelParameter
    from dicomodel.codes import cid4108 as cid4108
    from dicomodel.codes import cid4109 as ModelIndependentDynamicContrastAnalysisParameter
    from dicomodel.codes import cid4109 as cid4109
    from dicomodel.codes import cid4110 as TracerKineticModelingCovariate
    from dicomodel.codes import cid4110 as cid4110
    from dicomodel.codes import cid4111 as ContrastCharacteristic
    from dicomodel.codes import cid4111 as cid4111
    from dicomodel.codes import cid4200 as OphthalmicImagingAgent
    from dicomodel.codes import cid4200 as cid4200
    from dicomodel.codes import cid4201 as PatientEyeMovementCommand
    from dicomodel.codes import cid4201 as cid4201
    from dicomodel.codes import cid4202 as OphthalmicPhotographyAcquisitionDevice
    from dicomodel.codes import cid4202 as cid4202
    from dicomodel.codes import cid4203 as OphthalmicPhotographyIllumination
    from dicomodel.codes import cid4203 as cid4203
    from dicomodel.codes import cid4204 as OphthalmicFilter
    from dicomodel.codes import cid4204 as cid4204
    from dicomodel.codes import cid4205 as OphthalmicLens
    from dicomodel.codes import cid4205 as cid4205
    from dicomodel.codes import cid4206 as OphthalmicChannelDescription
    from dicomodel.codes import cid4206 as cid4206
    from dicomodel.codes import cid4207 as OphthalmicImagePosition
    from dicomodel.codes import cid4207 as cid4207
    from dicomodel.codes import cid4208 as MydriaticAgent
    from dicomodel.codes import cid4208 as cid4208
    from dicomodel.codes import cid4209 as OphthalmicAnatomicStructureImaged
    from dicomodel.codes import cid4209 as cid4209
    from dicomodel.codes import cid4210 as OphthalmicTomographyAcquisitionDevice
    from dicomodel.codes import cid4210 as cid4210
    from dicomodel.codes import cid4211 as OphthalmicOCTAnatomicStructureImaged
    from dicomodel.codes import cid4211 as cid4211
    from dicomodel.codes import cid4214 as OphthalmicHorizontalDirection
    from dicomodel.codes import cid4214 as cid4214
    from dicomodel.codes import cid4215 as OphthalmicVerticalDirection
    from dicomodel.codes import cid4215 as cid4215
    from dicomodel.codes import cid4216 as OphthalmicVisualAcuityType
    from dicomodel.codes import cid4216 as cid4216
    from dicomodel.codes import cid4220 as VisualFixationQualityDuringAcquisition
    from dicomodel.codes import cid4220 as cid4220
    from dicomodel.codes import cid4221 as VisualFixationQualityProblem
    from dicomodel.codes import cid4221 as cid4221
    from dicomodel.codes import cid4222 as OphthalmicMacularGridProblem
    from dicomodel.codes import cid4222 as cid4222
    from dicomodel.codes import cid4230 as OphthalmicUltrasoundAxialMeasurementsType
    from dicomodel.codes import cid4230 as cid4230
    from dicomodel.codes import cid4231 as LensStatus
    from dicomodel.codes import cid4231 as cid4231
    from dicomodel.codes import cid4232 as VitreousStatus
    from dicomodel.codes import cid4232 as cid4232
    from dicomodel.codes import cid4233 as OphthalmicAxialLengthMeasurementsSegmentName
    from dicomodel.codes import cid4233 as cid4233
    from dicomodel.codes import cid4234 as RefractiveSurgeryType
    from dicomodel.codes import cid4234 as cid4234
    from dicomodel.codes import cid4235 as KeratometryDescriptor
    from dicomodel.codes import cid4235 as cid4235
    from dicomodel.codes import cid4236 as IOLCalculationFormula
    from dicomodel.codes import cid4236 as cid4236
    from dicomodel.codes import cid4237 as LensConstantType
    from dicomodel.codes import cid4237 as cid4237
    from dicomodel.codes import cid4238 as RefractiveErrorType
    from dicomodel.codes import cid4238 as cid4238
    from dicomodel.codes import cid4239 as AnteriorChamberDepthDefinition
    from dicomodel.codes import cid4239 as cid4239
    from dicomodel.codes import cid4240 as OphthalmicMeasurementorCalculationDataSource
    from dicomodel.codes import cid4240 as cid4240
    from dicomodel.codes import cid4241 as OphthalmicAxialLengthSelectionMethod
    from dicomodel.codes import cid4241 as cid4241
    from dicomodel.codes import cid4242 as CorneaMeasurementMethodDescriptor
    from dicomodel.codes import cid4242 as cid4242
    from dicomodel.codes import cid4243 as OphthalmicQualityMetricType
    from dicomodel.codes import cid4243 as cid4243
    from dicomodel.codes import cid4244 as OphthalmicAgentConcentrationUnit
    from dicomodel.codes import cid4244 as cid4244
    from dicomodel.codes import cid4245 as WideFieldOphthalmicPhotographyTransformationMethod
    from dicomodel.codes import cid4245 as cid4245
    from dicomodel.codes import cid4250 as VisualFieldStaticPerimetryTestPattern
    from dicomodel.codes import cid4250 as cid4250
    from dicomodel.codes import cid4251 as VisualFieldStaticPerimetryTestStrategy
    from dicomodel.codes import cid4251 as cid4251
    from dicomodel.codes import cid4252 as VisualFieldStaticPerimetryScreeningTestMode
    from dicomodel.codes import cid4252 as cid4252
    from dicomodel.codes import cid4253 as VisualFieldStaticPerimetryFixationStrategy
    from dicomodel.codes import cid4253 as cid4253
    from dicomodel.codes import cid4254 as VisualFieldStaticPerimetryTestAnalysisResult
    from dicomodel.codes import cid4254 as cid4254
    from dicomodel.codes import cid4255 as VisualFieldIlluminationColor
    from dicomodel.codes import cid4255 as cid4255
    from dicomodel.codes import cid4256 as VisualFieldProcedureModifier
    from dicomodel.codes import cid4256 as cid4256
    from dicomodel.codes import cid4257 as VisualFieldGlobalIndexName
    from dicomodel.codes import cid4257 as cid4257
    from dicomodel.codes import cid4260 as OphthalmicMappingUnitForRealWorldValueMapping
    from dicomodel.codes import cid4260 as cid4260
    from dicomodel.codes import cid4261 as OphthalmicMappingAcquisitionMethod
    from dicomodel.codes import cid4261 as cid4261
    from dicomodel.codes import cid4262 as RetinalThicknessDefinition
    from dicomodel.codes import cid4262 as cid4262
    from dicomodel.codes import cid4263 as OphthalmicThicknessMapValueType
    from dicomodel.codes import cid4263 as cid4263
    from dicomodel.codes import cid4264 as OphthalmicMapPurposeOfReference
    from dicomodel.codes import cid4264 as cid4264
    from dicomodel.codes import cid4265 as OphthalmicThicknessDeviationCategory
    from dicomodel.codes import cid4265 as cid4265
    from dicomodel.codes import cid4266 as OphthalmicAnatomicStructureReferencePoint
    from dicomodel.codes import cid4266 as cid4266
    from dicomodel.codes import cid4267 as CornealTopographyMappingUnitForRealWorldValueMapping
    from dicomodel.codes import cid4267 as cid4267
    from dicomodel.codes import cid4268 as CornealTopographyMapValueType
    from dicomodel.codes import cid4268 as cid4268
    from dicomodel.codes import cid4270 as OCTAProcessingAlgorithmFamily
    from dicomodel.codes import cid4270 as cid4270
    from dicomodel.codes import cid4271 as EnFaceImageType
    from dicomodel.codes import cid4271 as cid4271
    from dicomodel.codes import cid4272 as OptScanPatternType
    from dicomodel.codes import cid4272 as cid4272
    from dicomodel.codes import cid4273 as RetinalSegmentationSurface
    from dicomodel.codes import cid4273 as cid4273
    from dicomodel.codes import cid4401 as FitzpatrickSkinType
    from dicomodel.codes import cid4401 as cid4401
    from dicomodel.codes import cid4402 as HistoryOfMalignantMelanoma
    from dicomodel.codes import cid4402 as cid4402
    from dicomodel.codes import cid4403 as HistoryOfMelanomaInSitu
    from dicomodel.codes import cid4403 as cid4403
    from dicomodel.codes import cid4404 as HistoryOfNonMelanomaSkinCancer
    from dicomodel.codes import cid4404 as cid4404
    from dicomodel.codes import cid4405 as SkinDisorder
    from dicomodel.codes import cid4405 as cid4405
    from dicomodel.codes import cid4406 as PatientReportedLesionCharacteristic
    from dicomodel.codes import cid4406 as cid4406
    from dicomodel.codes import cid4407 as LesionPalpationFinding
    from dicomodel.codes import cid4407 as cid4407
    from dicomodel.codes import cid4408 as LesionVisualFinding
    from dicomodel.codes import cid4408 as cid4408
    from dicomodel.codes import cid4409 as SkinProcedure
    from dicomodel.codes import cid4409 as cid4409
    from dicomodel.codes import cid4410 as TopicalTreatment
    from dicomodel.codes import cid4410 as cid4410
    from dicomodel.codes import cid4411 as LesionColor
    from dicomodel.codes import cid4411 as cid4411
    from dicomodel.codes import cid4412 as SpecimenStainForConfocalMicroscopy
    from dicomodel.codes import cid4412 as cid4412
    from dicomodel.codes import cid5000 as cid5000
    from dicomodel.codes import cid5001 as cid5001
    from dicomodel.codes import cid5002 as cid5002
    from dicomodel.codes import cid6000 as OverallBreastComposition
    from dicomodel.codes import cid6000 as cid6000
    from dicomodel.codes import cid6001 as OverallBreastCompositionFromBIRADS
    from dicomodel.codes import cid6001 as cid6001
    from dicomodel.codes import cid6002 as ChangeSinceLastMammogramOrPriorSurgery
    from dicomodel.codes import cid6002 as cid6002
    from dicomodel.codes import cid6003 as ChangeSinceLastMammogramOrPriorSurgeryFromBIRADS
    from dicomodel.codes import cid6003 as cid6003
    from dicomodel.codes import cid6004 as MammographyShapeCharacteristic
    from dicomodel.codes import cid6004 as cid6004
    from dicomodel.codes import cid6005 as ShapeCharacteristicFromBIRADS
    from dicomodel.codes import cid6005 as cid6005
    from dicomodel.codes import cid6006 as MammographyMarginCharacteristic
    from dicomodel.codes import cid6006 as cid6006
    from dicomodel.codes import cid6007 as MarginCharacteristicFromBIRADS
    from dicomodel.codes import cid6007 as cid6007
    from dicomodel.codes import cid6008 as DensityModifier
    from dicomodel.codes import cid6008 as cid6008
    from dicomodel.codes import cid6009 as DensityModifierFromBIRADS
    from dicomodel.codes import cid6009 as cid6009
    from dicomodel.codes import cid6010 as MammographyCalcificationType
    from dicomodel.codes import cid6010 as cid6010
    from dicomodel.codes import cid6011 as CalcificationTypeFromBIRADS
    from dicomodel.codes import cid6011 as cid6011
    from dicomodel.codes import cid6012 as CalcificationDistributionModifier
    from dicomodel.codes import cid6012 as cid6012
    from dicomodel.codes import cid6013 as CalcificationDistributionModifierFromBIRADS
    from dicomodel.codes import cid6013 as cid6013
    from dicomodel.codes import cid6014 as MammographySingleImageFinding
    from dicomodel.codes import cid6014 as cid6014
    from dicomodel.codes import cid6015 as SingleImageFindingFromBIRADS
    from dicomodel.codes import cid6015 as cid6015
    from dicomodel.codes import cid6016 as MammographyCompositeFeature
    from dicomodel.codes import cid6016 as cid6016
    from dicomodel.codes import cid6017 as CompositeFeatureFromBIRADS
    from dicomodel.codes import cid6017 as cid6017
    from dicomodel.codes import cid6018 as ClockfaceLocationOrRegion
    from dicomodel.codes import cid6018 as cid6018
    from dicomodel.codes import cid6019 as ClockfaceLocationOrRegionFromBIRADS
    from dicomodel.codes import cid6019 as cid6019
    from dicomodel.codes import cid6020 as QuadrantLocation
    from dicomodel.codes import cid6020 as cid6020
    from dicomodel.codes import cid6021 as QuadrantLocationFromBIRADS
    from dicomodel.codes import cid6021 as cid6021
    from dicomodel.codes import cid6022 as Side
    from dicomodel.codes import cid6022 as cid6022
    from dicomodel.codes import cid6023 as SideFromBIRADS
    from dicomodel.codes import cid6023 as cid6023
    from dicomodel.codes import cid6024 as Depth
    from dicomodel.codes import cid6024 as cid6024
    from dicomodel.codes import cid6025 as DepthFromBIRADS
    from dicomodel.codes import cid6025 as cid6025
    from dicomodel.codes import cid6026 as MammographyAssessment
    from dicomodel.codes import cid6026 as cid6026
    from dicomodel.codes import cid6027 as AssessmentFromBIRADS
    from dicomodel.codes import cid6027 as cid6027
    from dicomodel.codes import cid6028 as MammographyRecommendedFollowup
    from dicomodel.codes import cid6028 as cid6028
    from dicomodel.codes import cid6029 as RecommendedFollowupFromBIRADS
    from dicomodel.codes import cid6029 as cid6029
    from dicomodel.codes import cid6030 as MammographyPathologyCode
    from dicomodel.codes import cid6030 as cid6030
    from dicomodel.codes import cid6031 as BenignPathologyCodeFromBIRADS
    from dicomodel.codes import cid6031 as cid6031
    from dicomodel.codes import cid6032 as HighRiskLesionPathologyCodeFromBIRADS
    from dicomodel.codes import cid6032 as cid6032
    from dicomodel.codes import cid6033 as MalignantPathologyCodeFromBIRADS
    from dicomodel.codes import cid6033 as cid6033
    from dicomodel.codes import cid6034 as CADOutputIntendedUse
    from dicomodel.codes import cid6034 as cid6034
    from dicomodel.codes import cid6035 as CompositeFeatureRelation
    from dicomodel.codes import cid6035 as cid6035
    from dicomodel.codes import cid6036 as FeatureScope
    from dicomodel.codes import cid6036 as cid6036
    from dicomodel.codes import cid6037 as MammographyQuantitativeTemporalDifferenceType
    from dicomodel.codes import cid6037 as cid6037
    from dicomodel.codes import cid6038 as MammographyQualitativeTemporalDifferenceType
    from dicomodel.codes import cid6038 as cid6038
    from dicomodel.codes import cid6039 as NippleCharacteristic
    from dicomodel.codes import cid6039 as cid6039
    from dicomodel.codes import cid6040 as NonLesionObjectType
    from dicomodel.codes import cid6040 as cid6040
    from dicomodel.codes import cid6041 as MammographyImageQualityFinding
    from dicomodel.codes import cid6041 as cid6041
    from dicomodel.codes import cid6042 as ResultStatus
    from dicomodel.codes import cid6042 as cid6042
    from dicomodel.codes import cid6043 as MammographyCADAnalysisType
    from dicomodel.codes import cid6043 as cid6043
    from dicomodel.codes import cid6044 as ImageQualityAssessmentType
    from dicomodel.codes import cid6044 as cid6044
    from dicomodel.codes import cid6045 as MammographyQualityControlStandardType
    from dicomodel.codes import cid6045 as cid6045
    from dicomodel.codes import cid6046 as FollowupIntervalUnit
    from dicomodel.codes import cid6046 as cid6046
    from dicomodel.codes import cid6047 as CADProcessingAndFindingSummary
    from dicomodel.codes import cid6047 as cid6047
    from dicomodel.codes import cid6048 as CADOperatingPointAxisLabel
    from dicomodel.codes import cid6048 as cid6048
    from dicomodel.codes import cid6050 as BreastProcedureReported
    from dicomodel.codes import cid6050 as cid6050
    from dicomodel.codes import cid6051 as BreastProcedureReason
    from dicomodel.codes import cid6051 as cid6051
    from dicomodel.codes import cid6052 as BreastImagingReportSectionTitle
    from dicomodel.codes import cid6052 as cid6052
    from dicomodel.codes import cid6053 as BreastImagingReportElement
    from dicomodel.codes import cid6053 as cid6053
    from dicomodel.codes import cid6054 as BreastImagingFinding
    from dicomodel.codes import cid6054 as cid6054
    from dicomodel.codes import cid6055 as BreastClinicalFindingOrIndicatedProblem
    from dicomodel.codes import cid6055 as cid6055
    from dicomodel.codes import cid6056 as AssociatedFindingForBreast
    from dicomodel.codes import cid6056 as cid6056
    from dicomodel.codes import cid6057 as DuctographyFindingForBreast
    from dicomodel.codes import cid6057 as cid6057
    from dicomodel.codes import cid6058 as ProcedureModifiersForBreast
    from dicomodel.codes import cid6058 as cid6058
    from dicomodel.codes import cid6059 as BreastImplantType
    from dicomodel.codes import cid6059 as cid6059
    from dicomodel.codes import cid6060 as BreastBiopsyTechnique
    from dicomodel.codes import cid6060 as cid6060
    from dicomodel.codes import cid6061 as BreastImagingProcedureModifier
    from dicomodel.codes import cid6061 as cid6061
    from dicomodel.codes import cid6062 as InterventionalProcedureComplication
    from dicomodel.codes import cid6062 as cid6062
    from dicomodel.codes import cid6063 as InterventionalProcedureResult
    from dicomodel.codes import cid6063 as cid6063
    from dicomodel.codes import cid6064 as UltrasoundFindingForBreast
    from dicomodel.codes import cid6064 as cid6064
    from dicomodel.codes import cid6065 as InstrumentApproach
    from dicomodel.codes import cid6065 as cid6065
    from dicomodel.codes import cid6066 as TargetConfirmation
    from dicomodel.codes import cid6066 as cid6066
    from dicomodel.codes import cid6067 as FluidColor
    from dicomodel.codes import cid6067 as cid6067
    from dicomodel.codes import cid6068 as TumorStagesFromAJCC
    from dicomodel.codes import cid6068 as cid6068
    from dicomodel.codes import cid6069 as NottinghamCombinedHistologicGrade
    from dicomodel.codes import cid6069 as cid6069
    from dicomodel.codes import cid6070 as BloomRichardsonHistologicGrade
    from dicomodel.codes import cid6070 as cid6070
    from dicomodel.codes import cid6071 as HistologicGradingMethod
    from dicomodel.codes import cid6071 as cid6071
    from dicomodel.codes import cid6072 as BreastImplantFinding
    from dicomodel.codes import cid6072 as cid6072
    from dicomodel.codes import cid6080 as GynecologicalHormone
    from dicomodel.codes import cid6080 as cid6080
    from dicomodel.codes import cid6081 as BreastCancerRiskFactor
    from dicomodel.codes import cid6081 as cid6081
    from dicomodel.codes import cid6082 as GynecologicalProcedure
    from dicomodel.codes import cid6082 as cid6082
    from dicomodel.codes import cid6083 as ProceduresForBreast
    from dicomodel.codes import cid6083 as cid6083
    from dicomodel.codes import cid6084 as MammoplastyProcedure
    from dicomodel.codes import cid6084 as cid6084
    from dicomodel.codes import cid6085 as TherapiesForBreast
    from dicomodel.codes import cid6085 as cid6085
    from dicomodel.codes import cid6086 as MenopausalPhase
    from dicomodel.codes import cid6086 as cid6086
    from dicomodel.codes import cid6087 as GeneralRiskFactor
    from dicomodel.codes import cid6087 as cid6087
    from dicomodel.codes import cid6088 as OBGYNMaternalRiskFactor
    from dicomodel.codes import cid6088 as cid6088
    from dicomodel.codes import cid6089 as Substance
    from dicomodel.codes import cid6089 as cid6089
    from dicomodel.codes import cid6090 as RelativeUsageExposureAmount
    from dicomodel.codes import cid6090 as cid6090
    from dicomodel.codes import cid6091 as RelativeFrequencyOfEventValue
    from dicomodel.codes import cid6091 as cid6091
    from dicomodel.codes import cid6092 as UsageExposureQualitativeConcept
    from dicomodel.codes import cid6092 as cid6092
    from dicomodel.codes import cid6093 as UsageExposureAmountQualitativeConcept
    from dicomodel.codes import cid6093 as cid6093
    from dicomodel.codes import cid6094 as UsageExposureFrequencyQualitativeConcept
    from dicomodel.codes import cid6094 as cid6094
    from dicomodel.codes import cid6095 as ProcedureNumericProperty
    from dicomodel.codes import cid6095 as cid6095
    from dicomodel.codes import cid6096 as PregnancyStatus
    from dicomodel.codes import cid6096 as cid6096
    from dicomodel.codes import cid6097 as SideOfFamily
    from dicomodel.codes import cid6097 as cid6097
    from dicomodel.codes import cid6098 as ClinicalCourseOfDisease
    from dicomodel.codes import cid6098 as cid6098
    from dicomodel.codes import cid6099 as RacialGroup
    from dicomodel.codes import cid6099 as cid6099
    from dicomodel.codes import cid6100 as ChestComponentCategory
    from dicomodel.codes import cid6100 as cid6100
    from dicomodel.codes import cid6101 as ChestFindingOrFeature
    from dicomodel.codes import cid6101 as cid6101
    from dicomodel.codes import cid6102 as ChestFindingOrFeatureModifier
    from dicomodel.codes import cid6102 as cid6102
    from dicomodel.codes import cid6103 as AbnormalLinesFindingOrFeature
    from dicomodel.codes import cid6103 as cid6103
    from dicomodel.codes import cid6104 as AbnormalOpacityFindingOrFeature
    from dicomodel.codes import cid6104 as cid6104
    from dicomodel.codes import cid6105 as AbnormalLucencyFindingOrFeature
    from dicomodel.codes import cid6105 as cid6105
    from dicomodel.codes import cid6106 as AbnormalTextureFindingOrFeature
    from dicomodel.codes import cid6106 as cid6106
    from dicomodel.codes import cid6107 as WidthDescriptor
    from dicomodel.codes import cid6107 as cid6107
    from dicomodel.codes import cid6108 as ChestAnatomicStructureAbnormalDistribution
    from dicomodel.codes import cid6108 as cid6108
    from dicomodel.codes import cid6109 as RadiographicAnatomyFindingOrFeature
    from dicomodel.codes import cid6109 as cid6109
    from dicomodel.codes import cid6110 as LungAnatomyFindingOrFeature
    from dicomodel.codes import cid6110 as cid6110
    from dicomodel.codes import cid6111 as BronchovascularAnatomyFindingOrFeature
    from dicomodel.codes import cid6111 as cid6111
    from dicomodel.codes import cid6112 as PleuraAnatomyFindingOrFeature
    from dicomodel.codes import cid6112 as cid6112
    from dicomodel.codes import cid6113 as MediastinumAnatomyFindingOrFeature
    from dicomodel.codes import cid6113 as cid6113
    from dicomodel.codes import cid6114 as OsseousAnatomyFindingOrFeature
    from dicomodel.codes import cid6114 as cid6114
    from dicomodel.codes import cid6115 as OsseousAnatomyModifier
    from dicomodel.codes import cid6115 as cid6115
    from dicomodel.codes import cid6116 as MuscularAnatomy
    from dicomodel.codes import cid6116 as cid6116
    from dicomodel.codes import cid6117 as VascularAnatomy
    from dicomodel.codes import cid6117 as cid6117
    from dicomodel.codes import cid6118 as SizeDescriptor
    from dicomodel.codes import cid6118 as cid6118
    from dicomodel.codes import cid6119 as ChestBorderShape
    from dicomodel.codes import cid6119 as cid6119
    from dicomodel.codes import cid6120 as ChestBorderDefinition
    from dicomodel.codes import cid6120 as cid6120
    from dicomodel.codes import cid6121 as ChestOrientationDescriptor
    from dicomodel.codes import cid6121 as cid6121
    from dicomodel.codes import cid6122 as ChestContentDescriptor
    from dicomodel.codes import cid6122 as cid6122
    from dicomodel.codes import cid6123 as ChestOpacityDescriptor
    from dicomodel.codes import cid6123 as cid6123
    from dicomodel.codes import cid6124 as LocationInChest
    from dicomodel.codes import cid6124 as cid6124
    from dicomodel.codes import cid6125 as GeneralChestLocation
    from dicomodel.codes import cid6125 as cid6125
    from dicomodel.codes import cid6126 as LocationInLung
    from dicomodel.codes import cid6126 as cid6126
    from dicomodel.codes import cid6127 as SegmentLocationInLung
    from dicomodel.codes import cid6127 as cid6127
    from dicomodel.codes import cid6128 as ChestDistributionDescriptor
    from dicomodel.codes import cid6128 as cid6128
    from dicomodel.codes import cid6129 as ChestSiteInvolvement
    from dicomodel.codes import cid6129 as cid6129
    from dicomodel.codes import cid6130 as SeverityDescriptor
    from dicomodel.codes import cid6130 as cid6130
    from dicomodel.codes import cid6131 as ChestTextureDescriptor
    from dicomodel.codes import cid6131 as cid6131
    from dicomodel.codes import cid6132 as ChestCalcificationDescriptor
    from dicomodel.codes import cid6132 as cid6132
    from dicomodel.codes import cid6133 as ChestQuantitativeTemporalDifferenceType
    from dicomodel.codes import cid6133 as cid6133
    from dicomodel.codes import cid6134 as ChestQualitativeTemporalDifferenceType
    from dicomodel.codes import cid6134 as cid6134
    from dicomodel.codes import cid6135 as ImageQualityFinding
    from dicomodel.codes import cid6135 as cid6135
    from dicomodel.codes import cid6136 as ChestTypesOfQualityControlStandard
    from dicomodel.codes import cid6136 as cid6136
    from dicomodel.codes import cid6137 as CADAnalysisType
    from dicomodel.codes import cid6137 as cid6137
    from dicomodel.codes import cid6138 as ChestNonLesionObjectType
    from dicomodel.codes import cid6138 as cid6138
    from dicomodel.codes import cid6139 as NonLesionModifier
    from dicomodel.codes import cid6139 as cid6139
    from dicomodel.codes import cid6140 as cid6140
    from dicomodel.codes import cid6141 as AttenuationCoefficientMeasurement
    from dicomodel.codes import cid6141 as cid6141
    from dicomodel.codes import cid6142 as CalculatedValue
    from dicomodel.codes import cid6142 as cid6142
    from dicomodel.codes import cid6143 as LesionResponse
    from dicomodel.codes import cid6143 as cid6143
    from dicomodel.codes import cid6144 as RECISTDefinedLesionResponse
    from dicomodel.codes import cid6144 as cid6144
    from dicomodel.codes import cid6145 as BaselineCategory
    from dicomodel.codes import cid6145 as cid6145
    from dicomodel.codes import cid6146 as TimePointType
    from dicomodel.codes import cid6146 as cid6146
    from dicomodel.codes import cid6147 as ResponseCriteria
    from dicomodel.codes import cid6147 as cid6147
    from dicomodel.codes import cid6148 as MediastinumFindingOrFeature
    from dicomodel.codes import cid6148 as cid6148
    from dicomodel.codes import cid6149 as MediastinumAnatomy
    from dicomodel.codes import cid6149 as cid6149
    from dicomodel.codes import cid6151 as BackgroundEchotexture
    from dicomodel.codes import cid6151 as cid6151
    from dicomodel.codes import cid6152 as Orientation
    from dicomodel.codes import cid6152 as cid6152
    from dicomodel.codes import cid6153 as LesionBoundary
    from dicomodel.codes import cid6153 as cid6153
    from dicomodel.codes import cid6154 as EchoPattern
    from dicomodel.codes import cid6154 as cid6154
    from dicomodel.codes import cid6155 as PosteriorAcousticFeature
    from dicomodel.codes import cid6155 as cid6155
    from dicomodel.codes import cid6157 as Vascularity
    from dicomodel.codes import cid6157 as cid6157
    from dicomodel.codes import cid6158 as CorrelationToOtherFinding
    from dicomodel.codes import cid6158 as cid6158
    from dicomodel.codes import cid6159 as MalignancyType
    from dicomodel.codes import cid6159 as cid6159
    from dicomodel.codes import cid6160 as BreastPrimaryTumorAssessmentFromAJCC
    from dicomodel.codes import cid6160 as cid6160
    from dicomodel.codes import cid6161 as PathologicalRegionalLymphNodeAssessmentForBreast
    from dicomodel.codes import cid6161 as cid6161
    from dicomodel.codes import cid6162 as AssessmentOfMetastasisForBreast
    from dicomodel.codes import cid6162 as cid6162
    from dicomodel.codes import cid6163 as MenstrualCyclePhase
    from dicomodel.codes import cid6163 as cid6163
    from dicomodel.codes import cid6164 as TimeInterval
    from dicomodel.codes import cid6164 as cid6164
    from dicomodel.codes import cid6165 as BreastLinearMeasurement
    from dicomodel.codes import cid6165 as cid6165
    from dicomodel.codes import cid6166 as CADGeometrySecondaryGraphicalRepresentation
    from dicomodel.codes import cid6166 as cid6166
    from dicomodel.codes import cid6170 as LobeOfLung
    from dicomodel.codes import cid6170 as cid6170
    from dicomodel.codes import cid6171 as ZoneOfLung
    from dicomodel.codes import cid6171 as cid6171
    from dicomodel.codes import cid6200 as ColonOverallAssessment
    from dicomodel.codes import cid6200 as cid6200
    from dicomodel.codes import cid6201 as ColonFindingOrFeature
    from dicomodel.codes import cid6201 as cid6201
    from dicomodel.codes import cid6202 as ColonFindingOrFeatureModifier
    from dicomodel.codes import cid6202 as cid6202
    from dicomodel.codes import cid6203 as ColonNonLesionObjectType
    from dicomodel.codes import cid6203 as cid6203
    from dicomodel.codes import cid6204 as AnatomicNoncolonFinding
    from dicomodel.codes import cid6204 as cid6204
    from dicomodel.codes import cid6205 as ClockfaceLocationForColon
    from dicomodel.codes import cid6205 as cid6205
    from dicomodel.codes import cid6206 as RecumbentPatientOrientationForColon
    from dicomodel.codes import cid6206 as cid6206
    from dicomodel.codes import cid6207 as ColonQuantitativeTemporalDifferenceType
    from dicomodel.codes import cid6207 as cid6207
    from dicomodel.codes import cid6208 as ColonTypesOfQualityControlStandard
    from dicomodel.codes import cid6208 as cid6208
    from dicomodel.codes import cid6209 as ColonMorphologyDescriptor
    from dicomodel.codes import cid6209 as cid6209
    from dicomodel.codes import cid6210 as LocationInIntestinalTract
    from dicomodel.codes import cid6210 as cid6210
    from dicomodel.codes import cid6211 as ColonCADMaterialDescription
    from dicomodel.codes import cid6211 as cid6211
    from dicomodel.codes import cid6212 as CalculatedValueForColonFinding
    from dicomodel.codes import cid6212 as cid6212
    from dicomodel.codes import cid6300 as ProstateAnatomy
    from dicomodel.codes import cid6300 as cid6300
    from dicomodel.codes import cid6301 as ProstateSectorAnatomyFromPIRADSv2
    from dicomodel.codes import cid6301 as cid6301
    from dicomodel.codes import (
        cid6302 as ProstateSectorAnatomyFromEuropeanConcensus16SectorMinimalModel,
    )
    from dicomodel.codes import cid6302 as cid6302
    from dicomodel.codes import (
        cid6303 as ProstateSectorAnatomyFromEuropeanConcensus27SectorOptimalModel,
    )
    from dicomodel.codes import cid6303 as cid6303
    from dicomodel.codes import cid6304 as ProstateSectorAnatomyFromPIRADSv21
    from dicomodel.codes import cid6304 as cid6304
    from dicomodel.codes import cid6310 as ProstateReportingSystem
    from dicomodel.codes import cid6310 as cid6310
    from dicomodel.codes import cid6311 as MRSignalIntensity
    from dicomodel.codes import cid6311 as cid6311
    from dicomodel.codes import cid6312 as CrossSectionalScanPlaneOrientation
    from dicomodel.codes import cid6312 as cid6312
    from dicomodel.codes import cid6313 as HistoryOfProstateDisease
    from dicomodel.codes import cid6313 as cid6313
    from dicomodel.codes import cid6314 as ProstateMRIStudyQualityFinding
    from dicomodel.codes import cid6314 as cid6314
    from dicomodel.codes import cid6315 as ProstateMRISeriesQualityFinding
    from dicomodel.codes import cid6315 as cid6315
    from dicomodel.codes import cid6316 as MRImagingArtifact
    from dicomodel.codes import cid6316 as cid6316
    from dicomodel.codes import cid6317 as ProstateDCEMRIQualityFinding
    from dicomodel.codes import cid6317 as cid6317
    from dicomodel.codes import cid6318 as ProstateDWIMRIQualityFinding
    from dicomodel.codes import cid6318 as cid6318
    from dicomodel.codes import cid6319 as AbdominalInterventionType
    from dicomodel.codes import cid6319 as cid6319
    from dicomodel.codes import cid6320 as AbdominopelvicIntervention
    from dicomodel.codes import cid6320 as cid6320
    from dicomodel.codes import cid6321 as ProstateCancerDiagnosticProcedure
    from dicomodel.codes import cid6321 as cid6321
    from dicomodel.codes import cid6322 as ProstateCancerFamilyHistory
    from dicomodel.codes import cid6322 as cid6322
    from dicomodel.codes import cid6323 as ProstateCancerTherapy
    from dicomodel.codes import cid6323 as cid6323
    from dicomodel.codes import cid6324 as ProstateMRIAssessment
    from dicomodel.codes import cid6324 as cid6324
    from dicomodel.codes import cid6325 as OverallAssessmentFromPIRADS
    from dicomodel.codes import cid6325 as cid6325
    from dicomodel.codes import cid6326 as ImageQualityControlStandard
    from dicomodel.codes import cid6326 as cid6326
    from dicomodel.codes import cid6327 as ProstateImagingIndication
    from dicomodel.codes import cid6327 as cid6327
    from dicomodel.codes import cid6328 as PIRADSv2LesionAssessmentCategory
    from dicomodel.codes import cid6328 as cid6328
    from dicomodel.codes import cid6329 as PIRADSv2T2WIPZLesionAssessmentCategory
    from dicomodel.codes import cid6329 as cid6329
    from dicomodel.codes import cid6330 as PIRADSv2T2WITZLesionAssessmentCategory
    from dicomodel.codes import cid6330 as cid6330
    from dicomodel.codes import cid6331 as PIRADSv2DWILesionAssessmentCategory
    from dicomodel.codes import cid6331 as cid6331
    from dicomodel.codes import cid6332 as PIRADSv2DCELesionAssessmentCategory
    from dicomodel.codes import cid6332 as cid6332
    from dicomodel.codes import cid6333 as cid6333
    from dicomodel.codes import cid6333 as mpMRIAssessmentType
    from dicomodel.codes import cid6334 as cid6334
    from dicomodel.codes import cid6334 as mpMRIAssessmentTypeFromPIRADS
    from dicomodel.codes import cid6335 as cid6335
    from dicomodel.codes import cid6335 as mpMRIAssessmentValue
    from dicomodel.codes import cid6336 as MRIAbnormality
    from dicomodel.codes import cid6336 as cid6336
    from dicomodel.codes import cid6337 as cid6337
    from dicomodel.codes import cid6337 as mpMRIProstateAbnormalityFromPIRADS
    from dicomodel.codes import cid6338 as cid6338
    from dicomodel.codes import cid6338 as mpMRIBenignProstateAbnormalityFromPIRADS
    from dicomodel.codes import cid6339 as MRIShapeCharacteristic
    from dicomodel.codes import cid6339 as cid6339
    from dicomodel.codes import cid6340 as ProstateMRIShapeCharacteristicFromPIRADS
    from dicomodel.codes import cid6340 as cid6340
    from dicomodel.codes import cid6341 as MRIMarginCharacteristic
    from dicomodel.codes import cid6341 as cid6341
    from dicomodel.codes import cid6342 as ProstateMRIMarginCharacteristicFromPIRADS
    from dicomodel.codes import cid6342 as cid6342
    from dicomodel.codes import cid6343 as MRISignalCharacteristic
    from dicomodel.codes import cid6343 as cid6343
    from dicomodel.codes import cid6344 as ProstateMRISignalCharacteristicFromPIRADS
    from dicomodel.codes import cid6344 as cid6344
    from dicomodel.codes import cid6345 as MRIEnhancementPattern
    from dicomodel.codes import cid6345 as cid6345
    from dicomodel.codes import cid6346 as ProstateMRIEnhancementPatternFromPIRADS
    from dicomodel.codes import cid6346 as cid6346
    from dicomodel.codes import cid6347 as ProstateMRIExtraprostaticFinding
    from dicomodel.codes import cid6347 as cid6347
    from dicomodel.codes import cid6348 as ProstateMRIAssessmentOfExtraprostaticAnatomicSite
    from dicomodel.codes import cid6348 as cid6348
    from dicomodel.codes import cid6349 as MRCoilType
    from dicomodel.codes import cid6349 as cid6349
    from dicomodel.codes import cid6350 as EndorectalCoilFillSubstance
    from dicomodel.codes import cid6350 as cid6350
    from dicomodel.codes import cid6351 as ProstateRelationalMeasurement
    from dicomodel.codes import cid6351 as cid6351
    from dicomodel.codes import cid6352 as ProstateCancerDiagnosticBloodLabMeasurement
    from dicomodel.codes import cid6352 as cid6352
    from dicomodel.codes import cid6353 as ProstateImagingTypesOfQualityControlStandard
    from dicomodel.codes import cid6353 as cid6353
    from dicomodel.codes import cid6401 as NonLesionObjectTypePhysicalObject
    from dicomodel.codes import cid6401 as cid6401
    from dicomodel.codes import cid6402 as NonLesionObjectTypeSubstance
    from dicomodel.codes import cid6402 as cid6402
    from dicomodel.codes import cid6403 as NonLesionObjectTypeTissue
    from dicomodel.codes import cid6403 as cid6403
    from dicomodel.codes import cid6404 as ChestNonLesionObjectTypePhysicalObject
    from dicomodel.codes import cid6404 as cid6404
    from dicomodel.codes import cid6405 as ChestNonLesionObjectTypeTissue
    from dicomodel.codes import cid6405 as cid6405
    from dicomodel.codes import cid7000 as DiagnosticImagingReportDocumentTitle
    from dicomodel.codes import cid7000 as cid7000
    from dicomodel.codes import cid7001 as DiagnosticImagingReportHeading
    from dicomodel.codes import cid7001 as cid7001
    from dicomodel.codes import cid7002 as DiagnosticImagingReportElement
    from dicomodel.codes import cid7002 as cid7002
    from dicomodel.codes import cid7003 as DiagnosticImagingReportPurposeOfReference
    from dicomodel.codes import cid7003 as cid7003
    from dicomodel.codes import cid7004 as WaveformPurposeOfReference
    from dicomodel.codes import cid7004 as cid7004
    from dicomodel.codes import cid7005 as ContributingEquipmentPurposeOfReference
    from dicomodel.codes import cid7005 as cid7005
    from dicomodel.codes import cid7006 as SRDocumentPurposeOfReference
    from dicomodel.codes import cid7006 as cid7006
    from dicomodel.codes import cid7007 as cid7007
    from dicomodel.codes import cid7008 as MediaImport
    from dicomodel.codes import cid7008 as cid7008
    from dicomodel.codes import cid7009 as PurposeOfReferenceToPredecessorReport
    from dicomodel.codes import cid7009 as cid7009
    from dicomodel.codes import cid7010 as KeyObjectSelectionDocumentTitle
    from dicomodel.codes import cid7010 as cid7010
    from dicomodel.codes import cid7011 as RejectedForQualityReason
    from dicomodel.codes import cid7011 as cid7011
    from dicomodel.codes import cid7012 as BestInSet
    from dicomodel.codes import cid7012 as cid7012
    from dicomodel.codes import cid7013 as NonImageSourceInstancePurposeOfReference
    from dicomodel.codes import cid7013 as cid7013
    from dicomodel.codes import cid7014 as ExportAdditionalInformationDocumentTitle
    from dicomodel.codes import cid7014 as cid7014
    from dicomodel.codes import cid7015 as ExportDelayReason
    from dicomodel.codes import cid7015 as cid7015
    from dicomodel.codes import cid7016 as LevelOfDifficulty
    from dicomodel.codes import cid7016 as cid7016
    from dicomodel.codes import cid7017 as CategoryOfTeachingMaterialImaging
    from dicomodel.codes import cid7017 as cid7017
    from dicomodel.codes import cid7018 as MiscellaneousDocumentTitle
    from dicomodel.codes import cid7018 as cid7018
    from dicomodel.codes import cid7019 as SegmentationNonImageSourcePurposeOfReference
    from dicomodel.codes import cid7019 as cid7019
    from dicomodel.codes import cid7020 as cid7020
    from dicomodel.codes import cid7021 as MeasurementReportDocumentTitle
    from dicomodel.codes import cid7021 as cid7021
    from dicomodel.codes import cid7022 as RadiotherapyPurposeOfReference
    from dicomodel.codes import cid7022 as cid7022
    from dicomodel.codes import cid7023 as RTProcessOutput
    from dicomodel.codes import cid7023 as cid7023
    from dicomodel.codes import cid7024 as RTProcessInput
    from dicomodel.codes import cid7024 as cid7024
    from dicomodel.codes import cid7025 as RTProcessInputUsed
    from dicomodel.codes import cid7025 as cid7025
    from dicomodel.codes import cid7026 as RadiotherapeuticDoseMeasurementDevice
    from dicomodel.codes import cid7026 as cid7026
    from dicomodel.codes import cid7027 as SegmentedRadiotherapeuticDoseMeasurementDevice
    from dicomodel.codes import cid7027 as cid7027
    from dicomodel.codes import cid7030 as InstitutionalDepartmentUnitService
    from dicomodel.codes import cid7030 as cid7030
    from dicomodel.codes import cid7031 as ReasonForRemovalFromOperationalUse
    from dicomodel.codes import cid7031 as cid7031
    from dicomodel.codes import cid7035 as ActionableFindingClassification
    from dicomodel.codes import cid7035 as cid7035
    from dicomodel.codes import cid7036 as ImageQualityAssessment
    from dicomodel.codes import cid7036 as cid7036
    from dicomodel.codes import cid7039 as PediatricSizeCategory
    from dicomodel.codes import cid7039 as cid7039
    from dicomodel.codes import cid7040 as BroselowLutenPediatricSizeCategory
    from dicomodel.codes import cid7040 as cid7040
    from dicomodel.codes import cid7041 as CalciumScoringPatientSizeCategory
    from dicomodel.codes import cid7041 as cid7041
    from dicomodel.codes import cid7042 as CMDCTECCCalciumScoringPatientSizeCategory
    from dicomodel.codes import cid7042 as cid7042
    from dicomodel.codes import cid7050 as DeidentificationMethod
    from dicomodel.codes import cid7050 as cid7050
    from dicomodel.codes import cid7060 as EncapsulatedDocumentSourcePurposeOfReference
    from dicomodel.codes import cid7060 as cid7060
    from dicomodel.codes import cid7061 as ModelDocumentTitle
    from dicomodel.codes import cid7061 as cid7061
    from dicomodel.codes import cid7062 as PurposeOfReferenceToPredecessor3DModel
    from dicomodel.codes import cid7062 as cid7062
    from dicomodel.codes import cid7063 as ModelScaleUnit
    from dicomodel.codes import cid7063 as cid7063
    from dicomodel.codes import cid7064 as ModelUsage
    from dicomodel.codes import cid7064 as cid7064
    from dicomodel.codes import cid7070 as RealTimeVideoRenditionTitle
    from dicomodel.codes import cid7070 as cid7070
    from dicomodel.codes import cid7100 as RCSRegistrationMethodType
    from dicomodel.codes import cid7100 as cid7100
    from dicomodel.codes import cid7101 as BrainAtlasFiducial
    from dicomodel.codes import cid7101 as cid7101
    from dicomodel.codes import cid7110 as FiducialCategory
    from dicomodel.codes import cid7110 as cid7110
    from dicomodel.codes import cid7111 as Fiducial
    from dicomodel.codes import cid7111 as cid7111
    from dicomodel.codes import cid7112 as RadiotherapyFiducial
    from dicomodel.codes import cid7112 as cid7112
    from dicomodel.codes import cid7140 as BrainStructureForVolumetricMeasurement
    from dicomodel.codes import cid7140 as cid7140
    from dicomodel.codes import cid7150 as SegmentationPropertyCategory
    from dicomodel.codes import cid7150 as cid7150
    from dicomodel.codes import cid7151 as SegmentationPropertyType
    from dicomodel.codes import cid7151 as cid7151
    from dicomodel.codes import cid7152 as CardiacStructureSegmentationType
    from dicomodel.codes import cid7152 as cid7152
    from dicomodel.codes import cid7153 as CNSSegmentationType
    from dicomodel.codes import cid7153 as cid7153
    from dicomodel.codes import cid7154 as AbdominalSegmentationType
    from dicomodel.codes import cid7154 as cid7154
    from dicomodel.codes import cid7155 as ThoracicSegmentationType
    from dicomodel.codes import cid7155 as cid7155
    from dicomodel.codes import cid7156 as VascularSegmentationType
    from dicomodel.codes import cid7156 as cid7156
    from dicomodel.codes import cid7157 as DeviceSegmentationType
    from dicomodel.codes import cid7157 as cid7157
    from dicomodel.codes import cid7158 as ArtifactSegmentationType
    from dicomodel.codes import cid7158 as cid7158
    from dicomodel.codes import cid7159 as LesionSegmentationType
    from dicomodel.codes import cid7159 as cid7159
    from dicomodel.codes import cid7160 as PelvicOrganSegmentationType
    from dicomodel.codes import cid7160 as cid7160
    from dicomodel.codes import cid7161 as PhysiologySegmentationType
    from dicomodel.codes import cid7161 as cid7161
    from dicomodel.codes import cid7162 as SurfaceProcessingAlgorithmFamily
    from dicomodel.codes import cid7162 as cid7162
    from dicomodel.codes import cid7165 as AbstractSegmentationType
    from dicomodel.codes import cid7165 as cid7165
    from dicomodel.codes import cid7166 as CommonTissueSegmentationType
    from dicomodel.codes import cid7166 as cid7166
    from dicomodel.codes import cid7167 as PeripheralNervousSystemSegmentationType
    from dicomodel.codes import cid7167 as cid7167
    from dicomodel.codes import cid7168 as BrainLesionSegmentationTypeWithNecrosis
    from dicomodel.codes import cid7168 as cid7168
    from dicomodel.codes import cid7169 as BrainLesionSegmentationTypeWithoutNecrosis
    from dicomodel.codes import cid7169 as cid7169
    from dicomodel.codes import cid7170 as CouinaudLiverSegment
    from dicomodel.codes import cid7170 as cid7170
    from dicomodel.codes import cid7171 as LiverSegmentationType
    from dicomodel.codes import cid7171 as cid7171
    from dicomodel.codes import cid7180 as AbstractMultiDimensionalImageModelComponentSemantic
    from dicomodel.codes import cid7180 as cid7180
    from dicomodel.codes import cid7181 as AbstractMultiDimensionalImageModelComponentUnit
    from dicomodel.codes import cid7181 as cid7181
    from dicomodel.codes import cid7182 as AbstractMultiDimensionalImageModelDimensionSemantic
    from dicomodel.codes import cid7182 as cid7182
    from dicomodel.codes import cid7183 as AbstractMultiDimensionalImageModelDimensionUnit
    from dicomodel.codes import cid7183 as cid7183
    from dicomodel.codes import cid7184 as AbstractMultiDimensionalImageModelAxisDirection
    from dicomodel.codes import cid7184 as cid7184
    from dicomodel.codes import cid7185 as AbstractMultiDimensionalImageModelAxisOrientation
    from dicomodel.codes import cid7185 as cid7185
    from dicomodel.codes import (
        cid7186 as AbstractMultiDimensionalImageModelQualitativeDimensionSampleSemantic,
    )
    from dicomodel.codes import cid7186 as cid7186
    from dicomodel.codes import cid7191 as TissueSegmentationPropertyType
    from dicomodel.codes import cid7191 as cid7191
    from dicomodel.codes import cid7192 as AnatomicalStructureSegmentationPropertyType
    from dicomodel.codes import cid7192 as cid7192
    from dicomodel.codes import cid7193 as PhysicalObjectSegmentationPropertyType
    from dicomodel.codes import cid7193 as cid7193
    from dicomodel.codes import cid7194 as MorphologicallyAbnormalStructureSegmentationPropertyType
    from dicomodel.codes import cid7194 as cid7194
    from dicomodel.codes import cid7195 as FunctionSegmentationPropertyType
    from dicomodel.codes import cid7195 as cid7195
    from dicomodel.codes import cid7196 as SpatialAndRelationalConceptSegmentationPropertyType
    from dicomodel.codes import cid7196 as cid7196
    from dicomodel.codes import cid7197 as BodySubstanceSegmentationPropertyType
    from dicomodel.codes import cid7197 as cid7197
    from dicomodel.codes import cid7198 as SubstanceSegmentationPropertyType
    from dicomodel.codes import cid7198 as cid7198
    from dicomodel.codes import cid7199 as AnatomicallyLocalizedLesionSegmentationType
    from dicomodel.codes import cid7199 as cid7199
    from dicomodel.codes import cid7201 as ReferencedImagePurposeOfReference
    from dicomodel.codes import cid7201 as cid7201
    from dicomodel.codes import cid7202 as SourceImagePurposeOfReference
    from dicomodel.codes import cid7202 as cid7202
    from dicomodel.codes import cid7203 as ImageDerivation
    from dicomodel.codes import cid7203 as cid7203
    from dicomodel.codes import cid7205 as PurposeOfReferenceToAlternateRepresentation
    from dicomodel.codes import cid7205 as cid7205
    from dicomodel.codes import cid7210 as RelatedSeriesPurposeOfReference
    from dicomodel.codes import cid7210 as cid7210
    from dicomodel.codes import cid7215 as SpectroscopyPurposeOfReference
    from dicomodel.codes import cid7215 as cid7215
    from dicomodel.codes import cid7220 as RTDoseDerivation
    from dicomodel.codes import cid7220 as cid7220
    from dicomodel.codes import cid7221 as RTDosePurposeOfReference
    from dicomodel.codes import cid7221 as cid7221
    from dicomodel.codes import cid7222 as ParametricMapDerivationImagePurposeOfReference
    from dicomodel.codes import cid7222 as cid7222
    from dicomodel.codes import cid7230 as AutomationOfMeasurement
    from dicomodel.codes import cid7230 as cid7230
    from dicomodel.codes import cid7250 as MultiFrameSubsetType
    from dicomodel.codes import cid7250 as cid7250
    from dicomodel.codes import cid7260 as DiffusionAcquisitionValueType
    from dicomodel.codes import cid7260 as cid7260
    from dicomodel.codes import cid7261 as DiffusionModelValueType
    from dicomodel.codes import cid7261 as cid7261
    from dicomodel.codes import cid7262 as DiffusionTractographyAlgorithmFamily
    from dicomodel.codes import cid7262 as cid7262
    from dicomodel.codes import cid7263 as DiffusionTractographyMeasurementType
    from dicomodel.codes import cid7263 as cid7263
    from dicomodel.codes import cid7270 as MRDiffusionComponentSemantic
    from dicomodel.codes import cid7270 as cid7270
    from dicomodel.codes import cid7271 as MRDiffusionAnisotropyIndex
    from dicomodel.codes import cid7271 as cid7271
    from dicomodel.codes import cid7272 as MRDiffusionModelParameter
    from dicomodel.codes import cid7272 as cid7272
    from dicomodel.codes import cid7273 as MRDiffusionModel
    from dicomodel.codes import cid7273 as cid7273
    from dicomodel.codes import cid7274 as MRDiffusionModelFittingMethod
    from dicomodel.codes import cid7274 as cid7274
    from dicomodel.codes import cid7275 as MRDiffusionModelSpecificMethod
    from dicomodel.codes import cid7275 as cid7275
    from dicomodel.codes import cid7276 as MRDiffusionModelInput
    from dicomodel.codes import cid7276 as cid7276
    from dicomodel.codes import cid7277 as DiffusionRateAreaOverTimeUnit
    from dicomodel.codes import cid7277 as cid7277
    from dicomodel.codes import cid7300 as ImplantMaterial
    from dicomodel.codes import cid7300 as cid7300
    from dicomodel.codes import cid7301 as InterventionType
    from dicomodel.codes import cid7301 as cid7301
    from dicomodel.codes import cid7302 as ImplantTemplateViewOrientation
    from dicomodel.codes import cid7302 as cid7302
    from dicomodel.codes import cid7303 as ImplantTemplateModifiedViewOrientation
    from dicomodel.codes import cid7303 as cid7303
    from dicomodel.codes import cid7304 as ImplantTargetAnatomy
    from dicomodel.codes import cid7304 as cid7304
    from dicomodel.codes import cid7305 as ImplantPlanningLandmark
    from dicomodel.codes import cid7305 as cid7305
    from dicomodel.codes import cid7306 as HumanHipImplantPlanningLandmark
    from dicomodel.codes import cid7306 as cid7306
    from dicomodel.codes import cid7307 as ImplantComponentType
    from dicomodel.codes import cid7307 as cid7307
    from dicomodel.codes import cid7308 as HumanHipImplantComponentType
    from dicomodel.codes import cid7308 as cid7308
    from dicomodel.codes import cid7309 as HumanTraumaImplantComponentType
    from dicomodel.codes import cid7309 as cid7309
    from dicomodel.codes import cid7310 as ImplantFixationMethod
    from dicomodel.codes import cid7310 as cid7310
    from dicomodel.codes import cid7320 as PlanningMethod
    from dicomodel.codes import cid7320 as cid7320
    from dicomodel.codes import cid7445 as DeviceParticipatingRole
    from dicomodel.codes import cid7445 as cid7445
    from dicomodel.codes import cid7449 as ReaderSpecialty
    from dicomodel.codes import cid7449 as cid7449
    from dicomodel.codes import cid7450 as PersonRole
    from dicomodel.codes import cid7450 as cid7450
    from dicomodel.codes import cid7451 as FamilyMember
    from dicomodel.codes import cid7451 as cid7451
    from dicomodel.codes import cid7452 as OrganizationalRole
    from dicomodel.codes import cid7452 as cid7452
    from dicomodel.codes import cid7453 as PerformingRole
    from dicomodel.codes import cid7453 as cid7453
    from dicomodel.codes import cid7454 as AnimalTaxonomicRankValue
    from dicomodel.codes import cid7454 as cid7454
    from dicomodel.codes import cid7455 as Sex
    from dicomodel.codes import cid7455 as cid7455
    from dicomodel.codes import cid7456 as AgeUnit
    from dicomodel.codes import cid7456 as cid7456
    from dicomodel.codes import cid7457 as SexMaleFemaleOrBoth
    from dicomodel.codes import cid7457 as cid7457
    from dicomodel.codes import cid7460 as LinearMeasurementUnit
    from dicomodel.codes import cid7460 as cid7460
    from dicomodel.codes import cid7461 as AreaMeasurementUnit
    from dicomodel.codes import cid7461 as cid7461
    from dicomodel.codes import cid7462 as VolumeMeasurementUnit
    from dicomodel.codes import cid7462 as cid7462
    from dicomodel.codes import cid7464 as GeneralRegionOfInterestMeasurementModifier
    from dicomodel.codes import cid7464 as cid7464
    from dicomodel.codes import cid7465 as MeasurementDerivedFromMultipleROIMeasurements
    from dicomodel.codes import cid7465 as cid7465
    from dicomodel.codes import cid7466 as PETRegionOfInterestMeasurement
    from dicomodel.codes import cid7466 as cid7466
    from dicomodel.codes import cid7467 as GrayLevelCooccurrenceMatrixMeasurement
    from dicomodel.codes import cid7467 as cid7467
    from dicomodel.codes import cid7468 as TextureMeasurement
    from dicomodel.codes import cid7468 as cid7468
    from dicomodel.codes import cid7469 as GenericIntensityAndSizeMeasurement
    from dicomodel.codes import cid7469 as cid7469
    from dicomodel.codes import cid7470 as LinearMeasurement
    from dicomodel.codes import cid7470 as cid7470
    from dicomodel.codes import cid7471 as AreaMeasurement
    from dicomodel.codes import cid7471 as cid7471
    from dicomodel.codes import cid7472 as VolumeMeasurement
    from dicomodel.codes import cid7472 as cid7472
    from dicomodel.codes import cid7473 as GeneralAreaCalculationMethod
    from dicomodel.codes import cid7473 as cid7473
    from dicomodel.codes import cid7474 as GeneralVolumeCalculationMethod
    from dicomodel.codes import cid7474 as cid7474
    from dicomodel.codes import cid7475 as GrayLevelRunLengthBasedFeature
    from dicomodel.codes import cid7475 as cid7475
    from dicomodel.codes import cid7476 as GrayLevelSizeZoneBasedFeature
    from dicomodel.codes import cid7476 as cid7476
    from dicomodel.codes import cid7477 as GlobalShapeDescriptor
    from dicomodel.codes import cid7477 as cid7477
    from dicomodel.codes import cid7478 as IntensityHistogramFeature
    from dicomodel.codes import cid7478 as cid7478
    from dicomodel.codes import cid7479 as GreyLevelDistanceZoneBasedFeature
    from dicomodel.codes import cid7479 as cid7479
    from dicomodel.codes import cid7481 as BreedRegistry
    from dicomodel.codes import cid7481 as cid7481
    from dicomodel.codes import cid7482 as DXAnatomyImagedForAnimal
    from dicomodel.codes import cid7482 as cid7482
    from dicomodel.codes import cid7483 as CommonAnatomicRegionsForAnimal
    from dicomodel.codes import cid7483 as cid7483
    from dicomodel.codes import cid7484 as DXViewForAnimal
    from dicomodel.codes import cid7484 as cid7484
    from dicomodel.codes import cid7486 as MixedBreed
    from dicomodel.codes import cid7486 as cid7486
    from dicomodel.codes import cid7490 as ResearchAnimalSourceRegistry
    from dicomodel.codes import cid7490 as cid7490
    from dicomodel.codes import cid7500 as NeighbourhoodGreyToneDifferenceBasedFeature
    from dicomodel.codes import cid7500 as cid7500
    from dicomodel.codes import cid7501 as NeighbouringGreyLevelDependenceBasedFeature
    from dicomodel.codes import cid7501 as cid7501
    from dicomodel.codes import cid7550 as AngleMeasurement
    from dicomodel.codes import cid7550 as cid7550
    from dicomodel.codes import (
        cid7551 as GenericPurposeOfReferenceToImagesAndCoordinatesInMeasurement,
    )
    from dicomodel.codes import cid7551 as cid7551
    from dicomodel.codes import cid7552 as GenericPurposeOfReferenceToImagesInMeasurement
    from dicomodel.codes import cid7552 as cid7552
    from dicomodel.codes import cid7553 as GenericPurposeOfReferenceToCoordinatesInMeasurement
    from dicomodel.codes import cid7553 as cid7553
    from dicomodel.codes import cid7600 as LymphNodeAnatomicSite
    from dicomodel.codes import cid7600 as cid7600
    from dicomodel.codes import cid7601 as HeadAndNeckCancerAnatomicSite
    from dicomodel.codes import cid7601 as cid7601
    from dicomodel.codes import cid7602 as VertebralAnatomicStructure
    from dicomodel.codes import cid7602 as cid7602
    from dicomodel.codes import cid7603 as Vertebra
    from dicomodel.codes import cid7603 as cid7603
    from dicomodel.codes import cid7604 as IntervertebralDisc
    from dicomodel.codes import cid7604 as cid7604
    from dicomodel.codes import cid7701 as FiberTractInBrainstem
    from dicomodel.codes import cid7701 as cid7701
    from dicomodel.codes import cid7702 as ProjectionAndThalamicFiber
    from dicomodel.codes import cid7702 as cid7702
    from dicomodel.codes import cid7703 as AssociationFiber
    from dicomodel.codes import cid7703 as cid7703
    from dicomodel.codes import cid7704 as LimbicSystemTract
    from dicomodel.codes import cid7704 as cid7704
    from dicomodel.codes import cid7705 as CommissuralFiber
    from dicomodel.codes import cid7705 as cid7705
    from dicomodel.codes import cid7706 as CranialNerve
    from dicomodel.codes import cid7706 as cid7706
    from dicomodel.codes import cid7707 as SpinalCordFiber
    from dicomodel.codes import cid7707 as cid7707
    from dicomodel.codes import cid7710 as TractographyAnatomicSite
    from dicomodel.codes import cid7710 as cid7710
    from dicomodel.codes import cid8101 as ContainerType
    from dicomodel.codes import cid8101 as cid8101
    from dicomodel.codes import cid8102 as ContainerComponentType
    from dicomodel.codes import cid8102 as cid8102
    from dicomodel.codes import cid8103 as AnatomicPathologySpecimenType
    from dicomodel.codes import cid8103 as cid8103
    from dicomodel.codes import cid8104 as BreastTissueSpecimenType
    from dicomodel.codes import cid8104 as cid8104
    from dicomodel.codes import cid8109 as SpecimenCollectionProcedure
    from dicomodel.codes import cid8109 as cid8109
    from dicomodel.codes import cid8110 as SpecimenSamplingProcedure
    from dicomodel.codes import cid8110 as cid8110
    from dicomodel.codes import cid8111 as SpecimenPreparationProcedure
    from dicomodel.codes import cid8111 as cid8111
    from dicomodel.codes import cid8112 as SpecimenStain
    from dicomodel.codes import cid8112 as cid8112
    from dicomodel.codes import cid8113 as SpecimenPreparationStep
    from dicomodel.codes import cid8113 as cid8113
    from dicomodel.codes import cid8114 as SpecimenFixative
    from dicomodel.codes import cid8114 as cid8114
    from dicomodel.codes import cid8115 as SpecimenEmbeddingMedia
    from dicomodel.codes import cid8115 as cid8115
    from dicomodel.codes import (
        cid8120 as WholeSlideMicroscopyImageReferencedImagePurposeOfReference,
    )
    from dicomodel.codes import cid8120 as cid8120
    from dicomodel.codes import cid8121 as MicroscopyLensType
    from dicomodel.codes import cid8121 as cid8121
    from dicomodel.codes import cid8122 as MicroscopyIlluminatorAndSensorColor
    from dicomodel.codes import cid8122 as cid8122
    from dicomodel.codes import cid8123 as MicroscopyIlluminationMethod
    from dicomodel.codes import cid8123 as cid8123
    from dicomodel.codes import cid8124 as MicroscopyFilter
    from dicomodel.codes import cid8124 as cid8124
    from dicomodel.codes import cid8125 as MicroscopyIlluminatorType
    from dicomodel.codes import cid8125 as cid8125
    from dicomodel.codes import cid8130 as StainingProtocol
    from dicomodel.codes import cid8130 as cid8130
    from dicomodel.codes import cid8131 as PathologyImagingProtocol
    from dicomodel.codes import cid8131 as cid8131
    from dicomodel.codes import cid8132 as MagnificationSelection
    from dicomodel.codes import cid8132 as cid8132
    from dicomodel.codes import cid8133 as TissueSelection
    from dicomodel.codes import cid8133 as cid8133
    from dicomodel.codes import cid8134 as AnatomicStructure
    from dicomodel.codes import cid8134 as cid8134
    from dicomodel.codes import cid8135 as MicroscopyAnnotationPropertyType
    from dicomodel.codes import cid8135 as cid8135
    from dicomodel.codes import cid8136 as MicroscopyMeasurementType
    from dicomodel.codes import cid8136 as cid8136
    from dicomodel.codes import cid8201 as SurfaceScanAcquisitionType
    from dicomodel.codes import cid8201 as cid8201
    from dicomodel.codes import cid8202 as SurfaceScanModeType
    from dicomodel.codes import cid8202 as cid8202
    from dicomodel.codes import cid8203 as SurfaceScanRegistrationMethodType
    from dicomodel.codes import cid8203 as cid8203
    from dicomodel.codes import cid8300 as VisualEvaluationMethod
    from dicomodel.codes import cid8300 as cid8300
    from dicomodel.codes import cid8301 as TestPatternCode
    from dicomodel.codes import cid8301 as cid8301
    from dicomodel.codes import cid8302 as MeasurementPatternCode
    from dicomodel.codes import cid8302 as cid8302
    from dicomodel.codes import cid8303 as DisplayDeviceType
    from dicomodel.codes import cid8303 as cid8303
    from dicomodel.codes import cid9000 as PhysicalQuantityDescriptor
    from dicomodel.codes import cid9000 as cid9000
    from dicomodel.codes import cid9231 as WorkitemDefinition
    from dicomodel.codes import cid9231 as cid9231
    from dicomodel.codes import cid9232 as cid9232
    from dicomodel.codes import cid9233 as RequestedReportType
    from dicomodel.codes import cid9233 as cid9233
    from dicomodel.codes import cid9241 as RadiotherapyGeneralWorkitemDefinition
    from dicomodel.codes import cid9241 as cid9241
    from dicomodel.codes import cid9242 as RadiotherapyAcquisitionWorkitemDefinition
    from dicomodel.codes import cid9242 as cid9242
    from dicomodel.codes import cid9243 as RadiotherapyRegistrationWorkitemDefinition
    from dicomodel.codes import cid9243 as cid9243
    from dicomodel.codes import cid9250 as ScheduledProcessingParameterConceptCodesForRTTreatment
    from dicomodel.codes import cid9250 as cid9250
    from dicomodel.codes import cid9260 as RadiotherapyAcquisitionWorkItemSubtasks
    from dicomodel.codes import cid9260 as cid9260
    from dicomodel.codes import cid9261 as PatientPositionAcquisitionRadiationSourceLocations
    from dicomodel.codes import cid9261 as cid9261
    from dicomodel.codes import cid9262 as EnergyDerivationTypes
    from dicomodel.codes import cid9262 as cid9262
    from dicomodel.codes import cid9263 as KVImagingAcquisitionTechniques
    from dicomodel.codes import cid9263 as cid9263
    from dicomodel.codes import cid9264 as MVImagingAcquisitionTechniques
    from dicomodel.codes import cid9264 as cid9264
    from dicomodel.codes import cid9265 as PatientPositionAcquisitionProjectionTechniques
    from dicomodel.codes import cid9265 as cid9265
    from dicomodel.codes import cid9266 as PatientPositionAcquisitionCTTechniques
    from dicomodel.codes import cid9266 as cid9266
    from dicomodel.codes import cid9267 as PatientPositioningRelatedObjectPurposes
    from dicomodel.codes import cid9267 as cid9267
    from dicomodel.codes import cid9268 as PatientPositionAcquisitionDevices
    from dicomodel.codes import cid9268 as cid9268
    from dicomodel.codes import cid9269 as RTRadiationMetersetUnits
    from dicomodel.codes import cid9269 as cid9269
    from dicomodel.codes import cid9270 as AcquisitionInitiationTypes
    from dicomodel.codes import cid9270 as cid9270
    from dicomodel.codes import cid9271 as RTImagePatientPositionAcquisitionDevices
    from dicomodel.codes import cid9271 as cid9271
    from dicomodel.codes import cid9272 as RTROIImageAcquisitionContext
    from dicomodel.codes import cid9272 as cid9272
    from dicomodel.codes import cid9273 as PatientPositionAcquisitionMRTechniques
    from dicomodel.codes import cid9273 as cid9273
    from dicomodel.codes import cid9300 as ProcedureDiscontinuationReason
    from dicomodel.codes import cid9300 as cid9300
    from dicomodel.codes import cid9301 as ModalityPPSDiscontinuationReason
    from dicomodel.codes import cid9301 as cid9301
    from dicomodel.codes import cid9302 as MediaImportPPSDiscontinuationReason
    from dicomodel.codes import cid9302 as cid9302
    from dicomodel.codes import cid9303 as InterpretationRequestDiscontinuationReason
    from dicomodel.codes import cid9303 as cid9303
    from dicomodel.codes import cid9401 as IEC61217DevicePositionParameter
    from dicomodel.codes import cid9401 as cid9401
    from dicomodel.codes import cid9402 as IEC61217GantryPositionParameter
    from dicomodel.codes import cid9402 as cid9402
    from dicomodel.codes import cid9403 as IEC61217PatientSupportPositionParameter
    from dicomodel.codes import cid9403 as cid9403
    from dicomodel.codes import cid9500 as DosimetricObjectiveType
    from dicomodel.codes import cid9500 as cid9500
    from dicomodel.codes import cid9501 as PrescriptionAnatomyCategory
    from dicomodel.codes import cid9501 as cid9501
    from dicomodel.codes import cid9502 as RTSegmentAnnotationCategory
    from dicomodel.codes import cid9502 as cid9502
    from dicomodel.codes import cid9503 as RadiotherapyTherapeuticRoleCategory
    from dicomodel.codes import cid9503 as cid9503
    from dicomodel.codes import cid9504 as RTGeometricInformation
    from dicomodel.codes import cid9504 as cid9504
    from dicomodel.codes import cid9505 as FixationOrPositioningDevice
    from dicomodel.codes import cid9505 as cid9505
    from dicomodel.codes import cid9506 as BrachytherapyDevice
    from dicomodel.codes import cid9506 as cid9506
    from dicomodel.codes import cid9507 as ExternalBodyModel
    from dicomodel.codes import cid9507 as cid9507
    from dicomodel.codes import cid9508 as NonspecificVolume
    from dicomodel.codes import cid9508 as cid9508
    from dicomodel.codes import cid9509 as PurposeOfReferenceForRTPhysicianIntentInput
    from dicomodel.codes import cid9509 as cid9509
    from dicomodel.codes import cid9510 as PurposeOfReferenceForRTTreatmentPlanningInput
    from dicomodel.codes import cid9510 as cid9510
    from dicomodel.codes import cid9511 as GeneralExternalRadiotherapyProcedureTechnique
    from dicomodel.codes import cid9511 as cid9511
    from dicomodel.codes import cid9512 as TomotherapeuticRadiotherapyProcedureTechnique
    from dicomodel.codes import cid9512 as cid9512
    from dicomodel.codes import cid9513 as FixationDevice
    from dicomodel.codes import cid9513 as cid9513
    from dicomodel.codes import cid9514 as AnatomicalStructureForRadiotherapy
    from dicomodel.codes import cid9514 as cid9514
    from dicomodel.codes import cid9515 as RTPatientSupportDevice
    from dicomodel.codes import cid9515 as cid9515
    from dicomodel.codes import cid9516 as RadiotherapyBolusDeviceType
    from dicomodel.codes import cid9516 as cid9516
    from dicomodel.codes import cid9517 as RadiotherapyBlockDeviceType
    from dicomodel.codes import cid9517 as cid9517
    from dicomodel.codes import cid9518 as RadiotherapyAccessoryNoslotHolderDeviceType
    from dicomodel.codes import cid9518 as cid9518
    from dicomodel.codes import cid9519 as RadiotherapyAccessorySlotHolderDeviceType
    from dicomodel.codes import cid9519 as cid9519
    from dicomodel.codes import cid9520 as SegmentedRTAccessoryDevice
    from dicomodel.codes import cid9520 as cid9520
    from dicomodel.codes import cid9521 as RadiotherapyTreatmentEnergyUnit
    from dicomodel.codes import cid9521 as cid9521
    from dicomodel.codes import cid9522 as MultisourceRadiotherapyProcedureTechnique
    from dicomodel.codes import cid9522 as cid9522
    from dicomodel.codes import cid9523 as RoboticRadiotherapyProcedureTechnique
    from dicomodel.codes import cid9523 as cid9523
    from dicomodel.codes import cid9524 as RadiotherapyProcedureTechnique
    from dicomodel.codes import cid9524 as cid9524
    from dicomodel.codes import cid9525 as RadiationTherapyParticle
    from dicomodel.codes import cid9525 as cid9525
    from dicomodel.codes import cid9526 as IonTherapyParticle
    from dicomodel.codes import cid9526 as cid9526
    from dicomodel.codes import cid9527 as TeletherapyIsotope
    from dicomodel.codes import cid9527 as cid9527
    from dicomodel.codes import cid9528 as BrachytherapyIsotope
    from dicomodel.codes import cid9528 as cid9528
    from dicomodel.codes import cid9529 as SingleDoseDosimetricObjective
    from dicomodel.codes import cid9529 as cid9529
    from dicomodel.codes import cid9530 as PercentageAndDoseDosimetricObjective
    from dicomodel.codes import cid9530 as cid9530
    from dicomodel.codes import cid9531 as VolumeAndDoseDosimetricObjective
    from dicomodel.codes import cid9531 as cid9531
    from dicomodel.codes import cid9532 as NoParameterDosimetricObjective
    from dicomodel.codes import cid9532 as cid9532
    from dicomodel.codes import cid9533 as DeliveryTimeStructure
    from dicomodel.codes import cid9533 as cid9533
    from dicomodel.codes import cid9534 as RadiotherapyTarget
    from dicomodel.codes import cid9534 as cid9534
    from dicomodel.codes import cid9535 as RadiotherapyDoseCalculationRole
    from dicomodel.codes import cid9535 as cid9535
    from dicomodel.codes import cid9536 as RadiotherapyPrescribingAndSegmentingPersonRole
    from dicomodel.codes import cid9536 as cid9536
    from dicomodel.codes import cid9537 as EffectiveDoseCalculationMethodCategory
    from dicomodel.codes import cid9537 as cid9537
    from dicomodel.codes import cid9538 as RadiationTransportBasedEffectiveDoseMethodModifier
    from dicomodel.codes import cid9538 as cid9538
    from dicomodel.codes import cid9539 as FractionationBasedEffectiveDoseMethodModifier
    from dicomodel.codes import cid9539 as cid9539
    from dicomodel.codes import cid9540 as MovableBeamLimitingDeviceType
    from dicomodel.codes import cid9540 as cid9540
    from dicomodel.codes import cid9541 as BeamLimitingDeviceType
    from dicomodel.codes import cid9541 as cid9541
    from dicomodel.codes import cid9542 as CompensatorDeviceType
    from dicomodel.codes import cid9542 as cid9542
    from dicomodel.codes import cid9543 as RadiotherapyTreatmentMachineMode
    from dicomodel.codes import cid9543 as cid9543
    from dicomodel.codes import cid9544 as RadiotherapyDistanceReferenceLocation
    from dicomodel.codes import cid9544 as cid9544
    from dicomodel.codes import cid9545 as FixedBeamLimitingDeviceType
    from dicomodel.codes import cid9545 as cid9545
    from dicomodel.codes import cid9546 as RadiotherapyWedgeType
    from dicomodel.codes import cid9546 as cid9546
    from dicomodel.codes import cid9547 as RTBeamLimitingDeviceOrientationLabel
    from dicomodel.codes import cid9547 as cid9547
    from dicomodel.codes import cid9548 as GeneralAccessoryDeviceType
    from dicomodel.codes import cid9548 as cid9548
    from dicomodel.codes import cid9549 as RadiationGenerationModeType
    from dicomodel.codes import cid9549 as cid9549
    from dicomodel.codes import cid9550 as CArmPhotonElectronDeliveryRateUnit
    from dicomodel.codes import cid9550 as cid9550
    from dicomodel.codes import cid9551 as TreatmentDeliveryDeviceType
    from dicomodel.codes import cid9551 as cid9551
    from dicomodel.codes import cid9552 as CArmPhotonElectronDosimeterUnit
    from dicomodel.codes import cid9552 as cid9552
    from dicomodel.codes import cid9553 as TreatmentPoint
    from dicomodel.codes import cid9553 as cid9553
    from dicomodel.codes import cid9554 as EquipmentReferencePoint
    from dicomodel.codes import cid9554 as cid9554
    from dicomodel.codes import cid9555 as RadiotherapyTreatmentPlanningPersonRole
    from dicomodel.codes import cid9555 as cid9555
    from dicomodel.codes import cid9556 as RadiotherapyRoboticNodeSet
    from dicomodel.codes import cid9556 as cid9556
    from dicomodel.codes import cid9557 as TomotherapeuticDosimeterUnit
    from dicomodel.codes import cid9557 as cid9557
    from dicomodel.codes import cid9558 as TomotherapeuticDoseRateUnit
    from dicomodel.codes import cid9558 as cid9558
    from dicomodel.codes import cid9559 as RoboticDeliveryDeviceDosimeterUnit
    from dicomodel.codes import cid9559 as cid9559
    from dicomodel.codes import cid9560 as RoboticDeliveryDeviceDoseRateUnit
    from dicomodel.codes import cid9560 as cid9560
    from dicomodel.codes import cid9561 as TreatmentTerminationReason
    from dicomodel.codes import cid9561 as cid9561
    from dicomodel.codes import cid9562 as RadiotherapyTreatmentDeliveryPersonRole
    from dicomodel.codes import cid9562 as cid9562
    from dicomodel.codes import cid9563 as RadiotherapyInterlockResolution
    from dicomodel.codes import cid9563 as cid9563
    from dicomodel.codes import cid9564 as TreatmentSessionConfirmationAssertion
    from dicomodel.codes import cid9564 as cid9564
    from dicomodel.codes import cid9565 as TreatmentToleranceViolationCause
    from dicomodel.codes import cid9565 as cid9565
    from dicomodel.codes import cid9566 as ClinicalToleranceViolationType
    from dicomodel.codes import cid9566 as cid9566
    from dicomodel.codes import cid9567 as MachineToleranceViolationType
    from dicomodel.codes import cid9567 as cid9567
    from dicomodel.codes import cid9568 as RadiotherapyTreatmentInterlock
    from dicomodel.codes import cid9568 as cid9568
    from dicomodel.codes import cid9569 as IsocentricPatientSupportPositionParameter
    from dicomodel.codes import cid9569 as cid9569
    from dicomodel.codes import cid9570 as RTOverriddenTreatmentParameter
    from dicomodel.codes import cid9570 as cid9570
    from dicomodel.codes import cid9571 as PatientTreatmentPreparationMethod
    from dicomodel.codes import cid9571 as cid9571
    from dicomodel.codes import cid9572 as PatientShieldingDevice
    from dicomodel.codes import cid9572 as cid9572
    from dicomodel.codes import cid9573 as PatientTreatmentPreparationDevice
    from dicomodel.codes import cid9573 as cid9573
    from dicomodel.codes import cid9574 as PatientPositionDisplacementReferencePoint
    from dicomodel.codes import cid9574 as cid9574
    from dicomodel.codes import cid9575 as PatientAlignmentDevice
    from dicomodel.codes import cid9575 as cid9575
    from dicomodel.codes import cid9576 as ReasonsForRTRadiationTreatmentOmission
    from dicomodel.codes import cid9576 as cid9576
    from dicomodel.codes import cid9577 as PatientTreatmentPreparationProcedure
    from dicomodel.codes import cid9577 as cid9577
    from dicomodel.codes import cid9578 as MotionManagementSetupDevice
    from dicomodel.codes import cid9578 as cid9578
    from dicomodel.codes import cid9579 as RTSegmentMaterial
    from dicomodel.codes import cid9579 as cid9579
    from dicomodel.codes import cid9580 as RTSegmentationPropertyCategory
    from dicomodel.codes import cid9580 as cid9580
    from dicomodel.codes import cid9581 as RadiotherapyRegistrationMark
    from dicomodel.codes import cid9581 as cid9581
    from dicomodel.codes import cid9582 as RadiotherapyDoseRegion
    from dicomodel.codes import cid9582 as cid9582
    from dicomodel.codes import cid9583 as RTPlanRadiotherapyProcedureTechnique
    from dicomodel.codes import cid9583 as cid9583
    from dicomodel.codes import cid10000 as ScopeOfAccumulation
    from dicomodel.codes import cid10000 as cid10000
    from dicomodel.codes import cid10001 as UIDType
    from dicomodel.codes import cid10001 as cid10001
    from dicomodel.codes import cid10002 as IrradiationEventType
    from dicomodel.codes import cid10002 as cid10002
    from dicomodel.codes import cid10003 as EquipmentPlaneIdentification
    from dicomodel.codes import cid10003 as cid10003
    from dicomodel.codes import cid10004 as FluoroMode
    from dicomodel.codes import cid10004 as cid10004
    from dicomodel.codes import cid10005 as XRayRadiationDoseProcedureTypeReported
    from dicomodel.codes import cid10005 as cid10005
    from dicomodel.codes import cid10006 as XRayFilterMaterial
    from dicomodel.codes import cid10006 as cid10006
    from dicomodel.codes import cid10007 as XRayFilterType
    from dicomodel.codes import cid10007 as cid10007
    from dicomodel.codes import cid10008 as DoseRelatedDistanceMeasurement
    from dicomodel.codes import cid10008 as cid10008
    from dicomodel.codes import cid10009 as MeasuredCalculated
    from dicomodel.codes import cid10009 as cid10009
    from dicomodel.codes import cid10010 as DoseMeasurementDevice
    from dicomodel.codes import cid10010 as cid10010
    from dicomodel.codes import cid10011 as EffectiveDoseEvaluationMethod
    from dicomodel.codes import cid10011 as cid10011
    from dicomodel.codes import cid10013 as CTAcquisitionType
    from dicomodel.codes import cid10013 as cid10013
    from dicomodel.codes import cid10014 as ContrastImagingTechnique
    from dicomodel.codes import cid10014 as cid10014
    from dicomodel.codes import cid10015 as CTDoseReferenceAuthority
    from dicomodel.codes import cid10015 as cid10015
    from dicomodel.codes import cid10016 as AnodeTargetMaterial
    from dicomodel.codes import cid10016 as cid10016
    from dicomodel.codes import cid10017 as XRayGrid
    from dicomodel.codes import cid10017 as cid10017
    from dicomodel.codes import cid10020 as SourceOfProjectionXRayDoseInformation
    from dicomodel.codes import cid10020 as cid10020
    from dicomodel.codes import cid10021 as SourceOfCTDoseInformation
    from dicomodel.codes import cid10021 as cid10021
    from dicomodel.codes import cid10022 as LabelType
    from dicomodel.codes import cid10022 as cid10022
    from dicomodel.codes import cid10023 as SizeSpecificDoseEstimationMethodForCT
    from dicomodel.codes import cid10023 as cid10023
    from dicomodel.codes import cid10024 as WaterEquivalentDiameterMethod
    from dicomodel.codes import cid10024 as cid10024
    from dicomodel.codes import cid10025 as RadiationDoseReferencePoint
    from dicomodel.codes import cid10025 as cid10025
    from dicomodel.codes import cid10030 as DetectorType
    from dicomodel.codes import cid10030 as cid10030
    from dicomodel.codes import cid10031 as CRDRMechanicalConfiguration
    from dicomodel.codes import cid10031 as cid10031
    from dicomodel.codes import cid10032 as ProjectionXRayAcquisitionDeviceType
    from dicomodel.codes import cid10032 as cid10032
    from dicomodel.codes import cid10033 as CTReconstructionAlgorithm
    from dicomodel.codes import cid10033 as cid10033
    from dicomodel.codes import cid10034 as ReasonForRepeatingAcquisition
    from dicomodel.codes import cid10034 as cid10034
    from dicomodel.codes import cid10040 as RadiopharmaceuticalOrganDoseReferenceAuthority
    from dicomodel.codes import cid10040 as cid10040
    from dicomodel.codes import cid10041 as SourceOfRadioisotopeActivityInformation
    from dicomodel.codes import cid10041 as cid10041
    from dicomodel.codes import cid10043 as IntravenousExtravasationSymptom
    from dicomodel.codes import cid10043 as cid10043
    from dicomodel.codes import cid10044 as RadiosensitiveOrgan
    from dicomodel.codes import cid10044 as cid10044
    from dicomodel.codes import cid10045 as RadiopharmaceuticalPatientState
    from dicomodel.codes import cid10045 as cid10045
    from dicomodel.codes import cid10046 as GFRMeasurement
    from dicomodel.codes import cid10046 as cid10046
    from dicomodel.codes import cid10047 as GFRMeasurementMethod
    from dicomodel.codes import cid10047 as cid10047
    from dicomodel.codes import cid10050 as SummaryRadiationExposureQuantity
    from dicomodel.codes import cid10050 as cid10050
    from dicomodel.codes import cid10060 as OrganForRadiationDoseEstimate
    from dicomodel.codes import cid10060 as cid10060
    from dicomodel.codes import cid10061 as AbsorbedRadiationDoseType
    from dicomodel.codes import cid10061 as cid10061
    from dicomodel.codes import cid10062 as EquivalentRadiationDoseType
    from dicomodel.codes import cid10062 as cid10062
    from dicomodel.codes import cid10063 as RadiationDoseEstimateDistributionRepresentation
    from dicomodel.codes import cid10063 as cid10063
    from dicomodel.codes import cid10064 as PatientModelType
    from dicomodel.codes import cid10064 as cid10064
    from dicomodel.codes import cid10065 as RadiationTransportModelType
    from dicomodel.codes import cid10065 as cid10065
    from dicomodel.codes import cid10066 as AttenuatorCategory
    from dicomodel.codes import cid10066 as cid10066
    from dicomodel.codes import cid10067 as RadiationAttenuatorMaterial
    from dicomodel.codes import cid10067 as cid10067
    from dicomodel.codes import cid10068 as EstimateMethodType
    from dicomodel.codes import cid10068 as cid10068
    from dicomodel.codes import cid10069 as RadiationDoseEstimateParameter
    from dicomodel.codes import cid10069 as cid10069
    from dicomodel.codes import cid10070 as RadiationDoseType
    from dicomodel.codes import cid10070 as cid10070
    from dicomodel.codes import cid10071 as RadiationDoseUnit
    from dicomodel.codes import cid10071 as cid10071
    from dicomodel.codes import cid10072 as ReportedValueType
    from dicomodel.codes import cid10072 as cid10072
    from dicomodel.codes import cid10073 as ValueTiming
    from dicomodel.codes import cid10073 as cid10073
    from dicomodel.codes import cid10074 as RDSRFrameOfReferenceOrigin
    from dicomodel.codes import cid10074 as cid10074
    from dicomodel.codes import cid11001 as PhotoacousticIlluminationMethod
    from dicomodel.codes import cid11001 as cid11001
    from dicomodel.codes import cid11002 as AcousticCouplingMedium
    from dicomodel.codes import cid11002 as cid11002
    from dicomodel.codes import cid11003 as UltrasoundTransducerTechnology
    from dicomodel.codes import cid11003 as cid11003
    from dicomodel.codes import cid11004 as SpeedOfSoundCorrectionMechanisms
    from dicomodel.codes import cid11004 as cid11004
    from dicomodel.codes import cid11005 as PhotoacousticReconstructionAlgorithmFamily
    from dicomodel.codes import cid11005 as cid11005
    from dicomodel.codes import cid11006 as PhotoacousticImagedProperty
    from dicomodel.codes import cid11006 as cid11006
    from dicomodel.codes import cid12001 as UltrasoundProtocolType
    from dicomodel.codes import cid12001 as cid12001
    from dicomodel.codes import cid12002 as UltrasoundProtocolStageType
    from dicomodel.codes import cid12002 as cid12002
    from dicomodel.codes import cid12003 as OBGYNDate
    from dicomodel.codes import cid12003 as cid12003
    from dicomodel.codes import cid12004 as FetalBiometryRatio
    from dicomodel.codes import cid12004 as cid12004
    from dicomodel.codes import cid12005 as FetalBiometryMeasurement
    from dicomodel.codes import cid12005 as cid12005
    from dicomodel.codes import cid12006 as FetalLongBonesBiometryMeasurement
    from dicomodel.codes import cid12006 as cid12006
    from dicomodel.codes import cid12007 as FetalCraniumMeasurement
    from dicomodel.codes import cid12007 as cid12007
    from dicomodel.codes import cid12008 as OBGYNAmnioticSacMeasurement
    from dicomodel.codes import cid12008 as cid12008
    from dicomodel.codes import cid12009 as EarlyGestationBiometryMeasurement
    from dicomodel.codes import cid12009 as cid12009
    from dicomodel.codes import cid12011 as UltrasoundPelvisAndUterusMeasurement
    from dicomodel.codes import cid12011 as cid12011
    from dicomodel.codes import cid12012 as OBEquationTable
    from dicomodel.codes import cid12012 as cid12012
    from dicomodel.codes import cid12013 as GestationalAgeEquationTable
    from dicomodel.codes import cid12013 as cid12013
    from dicomodel.codes import cid12014 as OBFetalBodyWeightEquationTable
    from dicomodel.codes import cid12014 as cid12014
    from dicomodel.codes import cid12015 as FetalGrowthEquationTable
    from dicomodel.codes import cid12015 as cid12015
    from dicomodel.codes import cid12016 as EstimatedFetalWeightPercentileEquationTable
    from dicomodel.codes import cid12016 as cid12016
    from dicomodel.codes import cid12017 as GrowthDistributionRank
    from dicomodel.codes import cid12017 as cid12017
    from dicomodel.codes import cid12018 as OBGYNSummary
    from dicomodel.codes import cid12018 as cid12018
    from dicomodel.codes import cid12019 as OBGYNFetusSummary
    from dicomodel.codes import cid12019 as cid12019
    from dicomodel.codes import cid12020 as FetalBiometryAnatomicSite
    from dicomodel.codes import cid12020 as cid12020
    from dicomodel.codes import cid12021 as FetalLongBoneAnatomicSite
    from dicomodel.codes import cid12021 as cid12021
    from dicomodel.codes import cid12022 as FetalCraniumAnatomicSite
    from dicomodel.codes import cid12022 as cid12022
    from dicomodel.codes import cid12023 as PelvisAndUterusAnatomicSite
    from dicomodel.codes import cid12023 as cid12023
    from dicomodel.codes import cid12024 as OBGYNUltrasoundReportDocumentTitle
    from dicomodel.codes import cid12024 as cid12024
    from dicomodel.codes import cid12025 as OBGYNUltrasoundBeamPath
    from dicomodel.codes import cid12025 as cid12025
    from dicomodel.codes import cid12030 as UltrasoundContrastBolusAgent
    from dicomodel.codes import cid12030 as cid12030
    from dicomodel.codes import cid12031 as ProtocolIntervalEvent
    from dicomodel.codes import cid12031 as cid12031
    from dicomodel.codes import cid12032 as TransducerScanPattern
    from dicomodel.codes import cid12032 as cid12032
    from dicomodel.codes import cid12033 as UltrasoundTransducerGeometry
    from dicomodel.codes import cid12033 as cid12033
    from dicomodel.codes import cid12034 as UltrasoundTransducerBeamSteering
    from dicomodel.codes import cid12034 as cid12034
    from dicomodel.codes import cid12035 as UltrasoundTransducerApplication
    from dicomodel.codes import cid12035 as cid12035
    from dicomodel.codes import cid12100 as VascularUltrasoundReportDocumentTitle
    from dicomodel.codes import cid12100 as cid12100
    from dicomodel.codes import cid12101 as VascularSummary
    from dicomodel.codes import cid12101 as cid12101
    from dicomodel.codes import cid12102 as TemporalPeriodRelatingToProcedureOrTherapy
    from dicomodel.codes import cid12102 as cid12102
    from dicomodel.codes import cid12103 as VascularUltrasoundAnatomicLocation
    from dicomodel.codes import cid12103 as cid12103
    from dicomodel.codes import cid12104 as ExtracranialArtery
    from dicomodel.codes import cid12104 as cid12104
    from dicomodel.codes import cid12105 as IntracranialCerebralVessel
    from dicomodel.codes import cid12105 as cid12105
    from dicomodel.codes import cid12106 as IntracranialCerebralVesselUnilateral
    from dicomodel.codes import cid12106 as cid12106
    from dicomodel.codes import cid12107 as UpperExtremityArtery
    from dicomodel.codes import cid12107 as cid12107
    from dicomodel.codes import cid12108 as UpperExtremityVein
    from dicomodel.codes import cid12108 as cid12108
    from dicomodel.codes import cid12109 as LowerExtremityArtery
    from dicomodel.codes import cid12109 as cid12109
    from dicomodel.codes import cid12110 as LowerExtremityVein
    from dicomodel.codes import cid12110 as cid12110
    from dicomodel.codes import cid12111 as AbdominopelvicArteryPaired
    from dicomodel.codes import cid12111 as cid12111
    from dicomodel.codes import cid12112 as AbdominopelvicArteryUnpaired
    from dicomodel.codes import cid12112 as cid12112
    from dicomodel.codes import cid12113 as AbdominopelvicVeinPaired
    from dicomodel.codes import cid12113 as cid12113
    from dicomodel.codes import cid12114 as AbdominopelvicVeinUnpaired
    from dicomodel.codes import cid12114 as cid12114
    from dicomodel.codes import cid12115 as RenalVessel
    from dicomodel.codes import cid12115 as cid12115
    from dicomodel.codes import cid12116 as VesselSegmentModifier
    from dicomodel.codes import cid12116 as cid12116
    from dicomodel.codes import cid12117 as VesselBranchModifier
    from dicomodel.codes import cid12117 as cid12117
    from dicomodel.codes import cid12118 as MeasurementOrientation
    from dicomodel.codes import cid12118 as cid12118
    from dicomodel.codes import cid12119 as VascularUltrasoundProperty
    from dicomodel.codes import cid12119 as cid12119
    from dicomodel.codes import cid12120 as UltrasoundBloodVelocityMeasurement
    from dicomodel.codes import cid12120 as cid12120
    from dicomodel.codes import cid12121 as VascularIndexRatio
    from dicomodel.codes import cid12121 as cid12121
    from dicomodel.codes import cid12122 as OtherVascularProperty
    from dicomodel.codes import cid12122 as cid12122
    from dicomodel.codes import cid12123 as CarotidRatio
    from dicomodel.codes import cid12123 as cid12123
    from dicomodel.codes import cid12124 as RenalRatio
    from dicomodel.codes import cid12124 as cid12124
    from dicomodel.codes import cid12125 as AbdominopelvicVessel
    from dicomodel.codes import cid12125 as cid12125
    from dicomodel.codes import cid12130 as OrganPartNonLateralized
    from dicomodel.codes import cid12130 as cid12130
    from dicomodel.codes import cid12131 as OrganPartLateralized
    from dicomodel.codes import cid12131 as cid12131
    from dicomodel.codes import cid12140 as PelvicVasculatureAnatomicalLocation
    from dicomodel.codes import cid12140 as cid12140
    from dicomodel.codes import cid12141 as FetalVasculatureAnatomicalLocation
    from dicomodel.codes import cid12141 as cid12141
    from dicomodel.codes import cid12200 as EchocardiographyLeftVentricleMeasurement
    from dicomodel.codes import cid12200 as cid12200
    from dicomodel.codes import cid12201 as LeftVentricleLinearMeasurement
    from dicomodel.codes import cid12201 as cid12201
    from dicomodel.codes import cid12202 as LeftVentricleVolumeMeasurement
    from dicomodel.codes import cid12202 as cid12202
    from dicomodel.codes import cid12203 as LeftVentricleOtherMeasurement
    from dicomodel.codes import cid12203 as cid12203
    from dicomodel.codes import cid12204 as EchocardiographyRightVentricleMeasurement
    from dicomodel.codes import cid12204 as cid12204
    from dicomodel.codes import cid12205 as EchocardiographyLeftAtriumMeasurement
    from dicomodel.codes import cid12205 as cid12205
    from dicomodel.codes import cid12206 as EchocardiographyRightAtriumMeasurement
    from dicomodel.codes import cid12206 as cid12206
    from dicomodel.codes import cid12207 as EchocardiographyMitralValveMeasurement
    from dicomodel.codes import cid12207 as cid12207
    from dicomodel.codes import cid12208 as EchocardiographyTricuspidValveMeasurement
    from dicomodel.codes import cid12208 as cid12208
    from dicomodel.codes import cid12209 as EchocardiographyPulmonicValveMeasurement
    from dicomodel.codes import cid12209 as cid12209
    from dicomodel.codes import cid12210 as EchocardiographyPulmonaryArteryMeasurement
    from dicomodel.codes import cid12210 as cid12210
    from dicomodel.codes import cid12211 as EchocardiographyAorticValveMeasurement
    from dicomodel.codes import cid12211 as cid12211
    from dicomodel.codes import cid12212 as EchocardiographyAortaMeasurement
    from dicomodel.codes import cid12212 as cid12212
    from dicomodel.codes import cid12214 as EchocardiographyPulmonaryVeinMeasurement
    from dicomodel.codes import cid12214 as cid12214
    from dicomodel.codes import cid12215 as EchocardiographyVenaCavaMeasurement
    from dicomodel.codes import cid12215 as cid12215
    from dicomodel.codes import cid12216 as EchocardiographyHepaticVeinMeasurement
    from dicomodel.codes import cid12216 as cid12216
    from dicomodel.codes import cid12217 as EchocardiographyCardiacShuntMeasurement
    from dicomodel.codes import cid12217 as cid12217
    from dicomodel.codes import cid12218 as EchocardiographyCongenitalAnomalyMeasurement
    from dicomodel.codes import cid12218 as cid12218
    from dicomodel.codes import cid12219 as PulmonaryVeinModifier
    from dicomodel.codes import cid12219 as cid12219
    from dicomodel.codes import cid12220 as EchocardiographyCommonMeasurement
    from dicomodel.codes import cid12220 as cid12220
    from dicomodel.codes import cid12221 as FlowDirection
    from dicomodel.codes import cid12221 as cid12221
    from dicomodel.codes import cid12222 as OrificeFlowProperty
    from dicomodel.codes import cid12222 as cid12222
    from dicomodel.codes import cid12223 as EchocardiographyStrokeVolumeOrigin
    from dicomodel.codes import cid12223 as cid12223
    from dicomodel.codes import cid12224 as UltrasoundImageMode
    from dicomodel.codes import cid12224 as cid12224
    from dicomodel.codes import cid12226 as EchocardiographyImageView
    from dicomodel.codes import cid12226 as cid12226
    from dicomodel.codes import cid12227 as EchocardiographyMeasurementMethod
    from dicomodel.codes import cid12227 as cid12227
    from dicomodel.codes import cid12228 as EchocardiographyVolumeMethod
    from dicomodel.codes import cid12228 as cid12228
    from dicomodel.codes import cid12229 as EchocardiographyAreaMethod
    from dicomodel.codes import cid12229 as cid12229
    from dicomodel.codes import cid12230 as GradientMethod
    from dicomodel.codes import cid12230 as cid12230
    from dicomodel.codes import cid12231 as VolumeFlowMethod
    from dicomodel.codes import cid12231 as cid12231
    from dicomodel.codes import cid12232 as MyocardiumMassMethod
    from dicomodel.codes import cid12232 as cid12232
    from dicomodel.codes import cid12233 as CardiacPhase
    from dicomodel.codes import cid12233 as cid12233
    from dicomodel.codes import cid12234 as RespirationState
    from dicomodel.codes import cid12234 as cid12234
    from dicomodel.codes import cid12235 as MitralValveAnatomicSite
    from dicomodel.codes import cid12235 as cid12235
    from dicomodel.codes import cid12236 as EchocardiographyAnatomicSite
    from dicomodel.codes import cid12236 as cid12236
    from dicomodel.codes import cid12237 as EchocardiographyAnatomicSiteModifier
    from dicomodel.codes import cid12237 as cid12237
    from dicomodel.codes import cid12238 as WallMotionScoringScheme
    from dicomodel.codes import cid12238 as cid12238
    from dicomodel.codes import cid12239 as CardiacOutputProperty
    from dicomodel.codes import cid12239 as cid12239
    from dicomodel.codes import cid12240 as LeftVentricleAreaMeasurement
    from dicomodel.codes import cid12240 as cid12240
    from dicomodel.codes import cid12241 as TricuspidValveFindingSite
    from dicomodel.codes import cid12241 as cid12241
    from dicomodel.codes import cid12242 as AorticValveFindingSite
    from dicomodel.codes import cid12242 as cid12242
    from dicomodel.codes import cid12243 as LeftVentricleFindingSite
    from dicomodel.codes import cid12243 as cid12243
    from dicomodel.codes import cid12244 as CongenitalFindingSite
    from dicomodel.codes import cid12244 as cid12244
    from dicomodel.codes import cid12245 as CardiacUltrasoundReportTitle
    from dicomodel.codes import cid12245 as cid12245
    from dicomodel.codes import cid12246 as CardiacUltrasoundIndicationForStudy
    from dicomodel.codes import cid12246 as cid12246
    from dicomodel.codes import cid12247 as PediatricFetalAndCongenitalCardiacSurgicalIntervention
    from dicomodel.codes import cid12247 as cid12247
    from dicomodel.codes import cid12248 as CardiacUltrasoundSummaryCode
    from dicomodel.codes import cid12248 as cid12248
    from dicomodel.codes import cid12249 as CardiacUltrasoundFetalSummaryCode
    from dicomodel.codes import cid12249 as cid12249
    from dicomodel.codes import cid12250 as CardiacUltrasoundCommonLinearMeasurement
    from dicomodel.codes import cid12250 as cid12250
    from dicomodel.codes import cid12251 as CardiacUltrasoundLinearValveMeasurement
    from dicomodel.codes import cid12251 as cid12251
    from dicomodel.codes import cid12252 as CardiacUltrasoundCardiacFunction
    from dicomodel.codes import cid12252 as cid12252
    from dicomodel.codes import cid12253 as CardiacUltrasoundAreaMeasurement
    from dicomodel.codes import cid12253 as cid12253
    from dicomodel.codes import cid12254 as CardiacUltrasoundHemodynamicMeasurement
    from dicomodel.codes import cid12254 as cid12254
    from dicomodel.codes import cid12255 as CardiacUltrasoundMyocardiumMeasurement
    from dicomodel.codes import cid12255 as cid12255
    from dicomodel.codes import cid12257 as CardiacUltrasoundLeftVentricleMeasurement
    from dicomodel.codes import cid12257 as cid12257
    from dicomodel.codes import cid12258 as CardiacUltrasoundRightVentricleMeasurement
    from dicomodel.codes import cid12258 as cid12258
    from dicomodel.codes import cid12259 as CardiacUltrasoundVentriclesMeasurement
    from dicomodel.codes import cid12259 as cid12259
    from dicomodel.codes import cid12260 as CardiacUltrasoundPulmonaryArteryMeasurement
    from dicomodel.codes import cid12260 as cid12260
    from dicomodel.codes import cid12261 as CardiacUltrasoundPulmonaryVein
    from dicomodel.codes import cid12261 as cid12261
    from dicomodel.codes import cid12262 as CardiacUltrasoundPulmonaryValveMeasurement
    from dicomodel.codes import cid12262 as cid12262
    from dicomodel.codes import cid12263 as CardiacUltrasoundVenousReturnPulmonaryMeasurement
    from dicomodel.codes import cid12263 as cid12263
    from dicomodel.codes import cid12264 as CardiacUltrasoundVenousReturnSystemicMeasurement
    from dicomodel.codes import cid12264 as cid12264
    from dicomodel.codes import cid12265 as CardiacUltrasoundAtriaAndAtrialSeptumMeasurement
    from dicomodel.codes import cid12265 as cid12265
    from dicomodel.codes import cid12266 as CardiacUltrasoundMitralValveMeasurement
    from dicomodel.codes import cid12266 as cid12266
    from dicomodel.codes import cid12267 as CardiacUltrasoundTricuspidValveMeasurement
    from dicomodel.codes import cid12267 as cid12267
    from dicomodel.codes import cid12268 as CardiacUltrasoundAtrioventricularValveseasurement
    from dicomodel.codes import cid12268 as cid12268
    from dicomodel.codes import cid12269 as CardiacUltrasoundInterventricularSeptumMeasurement
    from dicomodel.codes import cid12269 as cid12269
    from dicomodel.codes import cid12270 as CardiacUltrasoundAorticValveMeasurement
    from dicomodel.codes import cid12270 as cid12270
    from dicomodel.codes import cid12271 as CardiacUltrasoundOutflowTractMeasurement
    from dicomodel.codes import cid12271 as cid12271
    from dicomodel.codes import (
        cid12272 as CardiacUltrasoundSemilunarValveAnnulateAndSinusMeasurement,
    )
    from dicomodel.codes import cid12272 as cid12272
    from dicomodel.codes import cid12273 as CardiacUltrasoundAorticSinotubularJunctionMeasurement
    from dicomodel.codes import cid12273 as cid12273
    from dicomodel.codes import cid12274 as CardiacUltrasoundAortaMeasurement
    from dicomodel.codes import cid12274 as cid12274
    from dicomodel.codes import cid12275 as CardiacUltrasoundCoronaryArteryMeasurement
    from dicomodel.codes import cid12275 as cid12275
    from dicomodel.codes import cid12276 as CardiacUltrasoundAortoPulmonaryConnectionMeasurement
    from dicomodel.codes import cid12276 as cid12276
    from dicomodel.codes import cid12277 as CardiacUltrasoundPericardiumAndPleuraMeasurement
    from dicomodel.codes import cid12277 as cid12277
    from dicomodel.codes import cid12279 as CardiacUltrasoundFetalGeneralMeasurement
    from dicomodel.codes import cid12279 as cid12279
    from dicomodel.codes import cid12280 as CardiacUltrasoundTargetSite
    from dicomodel.codes import cid12280 as cid12280
    from dicomodel.codes import cid12281 as CardiacUltrasoundTargetSiteModifier
    from dicomodel.codes import cid12281 as cid12281
    from dicomodel.codes import cid12282 as CardiacUltrasoundVenousReturnSystemicFindingSite
    from dicomodel.codes import cid12282 as cid12282
    from dicomodel.codes import cid12283 as CardiacUltrasoundVenousReturnPulmonaryFindingSite
    from dicomodel.codes import cid12283 as cid12283
    from dicomodel.codes import cid12284 as CardiacUltrasoundAtriaAndAtrialSeptumFindingSite
    from dicomodel.codes import cid12284 as cid12284
    from dicomodel.codes import cid12285 as CardiacUltrasoundAtrioventricularValveFindingSite
    from dicomodel.codes import cid12285 as cid12285
    from dicomodel.codes import cid12286 as CardiacUltrasoundInterventricularSeptumFindingSite
    from dicomodel.codes import cid12286 as cid12286
    from dicomodel.codes import cid12287 as CardiacUltrasoundVentricleFindingSite
    from dicomodel.codes import cid12287 as cid12287
    from dicomodel.codes import cid12288 as CardiacUltrasoundOutflowTractFindingSite
    from dicomodel.codes import cid12288 as cid12288
    from dicomodel.codes import (
        cid12289 as CardiacUltrasoundSemilunarValveAnnulusAndSinusFindingSite,
    )
    from dicomodel.codes import cid12289 as cid12289
    from dicomodel.codes import cid12290 as CardiacUltrasoundPulmonaryArteryFindingSite
    from dicomodel.codes import cid12290 as cid12290
    from dicomodel.codes import cid12291 as CardiacUltrasoundAortaFindingSite
    from dicomodel.codes import cid12291 as cid12291
    from dicomodel.codes import cid12292 as CardiacUltrasoundCoronaryArteryFindingSite
    from dicomodel.codes import cid12292 as cid12292
    from dicomodel.codes import cid12293 as CardiacUltrasoundAortopulmonaryConnectionFindingSite
    from dicomodel.codes import cid12293 as cid12293
    from dicomodel.codes import cid12294 as CardiacUltrasoundPericardiumAndPleuraFindingSite
    from dicomodel.codes import cid12294 as cid12294
    from dicomodel.codes import cid12300 as CoreEchoMeasurement
    from dicomodel.codes import cid12300 as cid12300
    from dicomodel.codes import cid12301 as MeasurementSelectionReason
    from dicomodel.codes import cid12301 as cid12301
    from dicomodel.codes import cid12302 as EchoFindingObservationType
    from dicomodel.codes import cid12302 as cid12302
    from dicomodel.codes import cid12303 as EchoMeasurementType
    from dicomodel.codes import cid12303 as cid12303
    from dicomodel.codes import cid12304 as EchoMeasuredProperty
    from dicomodel.codes import cid12304 as cid12304
    from dicomodel.codes import cid12305 as BasicEchoAnatomicSite
    from dicomodel.codes import cid12305 as cid12305
    from dicomodel.codes import cid12306 as EchoFlowDirection
    from dicomodel.codes import cid12306 as cid12306
    from dicomodel.codes import cid12307 as CardiacPhaseAndTimePoint
    from dicomodel.codes import cid12307 as cid12307
    from dicomodel.codes import cid12308 as UltrasoundShearWaveMeasurement
    from dicomodel.codes import cid12308 as cid12308
    from dicomodel.codes import cid12309 as CoreEchoStrainMeasurement
    from dicomodel.codes import cid12309 as cid12309
    from dicomodel.codes import cid12310 as MyocardialStrainMethod
    from dicomodel.codes import cid12310 as cid12310
    from dicomodel.codes import cid12311 as EchoMeasuredStrainProperty
    from dicomodel.codes import cid12311 as cid12311
    from dicomodel.codes import cid12320 as GeneralUltrasoundReportDocumentTitle
    from dicomodel.codes import cid12320 as cid12320
    from dicomodel.codes import cid12321 as ElastographySite
    from dicomodel.codes import cid12321 as cid12321
    from dicomodel.codes import cid12322 as ElastographyMeasurementSite
    from dicomodel.codes import cid12322 as cid12322
    from dicomodel.codes import cid12323 as UltrasoundRelevantPatientCondition
    from dicomodel.codes import cid12323 as cid12323
    from dicomodel.codes import cid12324 as ShearWaveDetectionMethod
    from dicomodel.codes import cid12324 as cid12324
    from dicomodel.codes import cid12325 as LiverUltrasoundStudyIndication
    from dicomodel.codes import cid12325 as cid12325
    from dicomodel.codes import groups as groups
    from dicomodel.codes import scheme_99sdm as V99SDM
    from dicomodel.codes import scheme_99sdm as scheme_99sdm
    from dicomodel.codes import scheme_acr as ACR
    from dicomodel.codes import scheme_acr as scheme_acr
    from dicomodel.codes import scheme_actcode as ActCode
    from dicomodel.codes import scheme_actcode as scheme_actcode
    from dicomodel.codes import scheme_actpriority as ActPriority
    from dicomodel.codes import scheme_actpriority as scheme_actpriority
    from dicomodel.codes import scheme_administrativegender as AdministrativeGender
    from dicomodel.codes import scheme_administrativegender as scheme_administrativegender
    from dicomodel.codes import scheme_astm_sigpurpose as ASTM_sigpurpose
    from dicomodel.codes import scheme_astm_sigpurpose as scheme_astm_sigpurpose
    from dicomodel.codes import scheme_bari as BARI
    from dicomodel.codes import scheme_bari as scheme_bari
    from dicomodel.codes import scheme_bi as BI
    from dicomodel.codes import scheme_bi as scheme_bi
    from dicomodel.codes import scheme_c4 as C4
    from dicomodel.codes import scheme_c4 as scheme_c4
    from dicomodel.codes import scheme_c5 as C5
    from dicomodel.codes import scheme_c5 as scheme_c5
    from dicomodel.codes import scheme_cadsr as caDSR
    from dicomodel.codes import scheme_cadsr as scheme_cadsr
    from dicomodel.codes import scheme_cd2 as CD2
    from dicomodel.codes import scheme_cd2 as scheme_cd2
    from dicomodel.codes import scheme_confidentiality as Confidentiality
    from dicomodel.codes import scheme_confidentiality as scheme_confidentiality
    from dicomodel.codes import scheme_ctv3 as CTV3
    from dicomodel.codes import scheme_ctv3 as scheme_ctv3
    from dicomodel.codes import scheme_dc as DC
    from dicomodel.codes import scheme_dc as scheme_dc
    from dicomodel.codes import scheme_dcm as DCM
    from dicomodel.codes import scheme_dcm as scheme_dcm
    from dicomodel.codes import scheme_dcmuid as DCMUID
    from dicomodel.codes import scheme_dcmuid as scheme_dcmuid
    from dicomodel.codes import scheme_fma as FMA
    from dicomodel.codes import scheme_fma as scheme_fma
    from dicomodel.codes import scheme_hpc as HPC
    from dicomodel.codes import scheme_hpc as scheme_hpc
    from dicomodel.codes import scheme_i9 as I9
    from dicomodel.codes import scheme_i9 as scheme_i9
    from dicomodel.codes import scheme_i9c as I9C
    from dicomodel.codes import scheme_i9c as scheme_i9c
    from dicomodel.codes import scheme_i10 as I10
    from dicomodel.codes import scheme_i10 as scheme_i10
    from dicomodel.codes import scheme_i10c as I10C
    from dicomodel.codes import scheme_i10c as scheme_i10c
    from dicomodel.codes import scheme_i10p as I10P
    from dicomodel.codes import scheme_i10p as scheme_i10p
    from dicomodel.codes import scheme_i11 as I11
    from dicomodel.codes import scheme_i11 as scheme_i11
    from dicomodel.codes import scheme_ibsi as IBSI
    from dicomodel.codes import scheme_ibsi as scheme_ibsi
    from dicomodel.codes import scheme_icdo3 as ICDO3
    from dicomodel.codes import scheme_icdo3 as scheme_icdo3
    from dicomodel.codes import scheme_ietf4646 as IETF4646
    from dicomodel.codes import scheme_ietf4646 as scheme_ietf4646
    from dicomodel.codes import scheme_iso639_1 as ISO639_1
    from dicomodel.codes import scheme_iso639_1 as scheme_iso639_1
    from dicomodel.codes import scheme_iso639_2 as ISO639_2
    from dicomodel.codes import scheme_iso639_2 as scheme_iso639_2
    from dicomodel.codes import scheme_iso3166_1 as ISO3166_1
    from dicomodel.codes import scheme_iso3166_1 as scheme_iso3166_1
    from dicomodel.codes import scheme_iso5218_1 as ISO5218_1
    from dicomodel.codes import scheme_iso5218_1 as scheme_iso5218_1
    from dicomodel.codes import scheme_iso_oid as ISO_OID
    from dicomodel.codes import scheme_iso_oid as scheme_iso_oid
    from dicomodel.codes import scheme_itis_tsn as ITIS_TSN
    from dicomodel.codes import scheme_itis_tsn as scheme_itis_tsn
    from dicomodel.codes import scheme_ln as LN
    from dicomodel.codes import scheme_ln as scheme_ln
    from dicomodel.codes import scheme_ma as MA
    from dicomodel.codes import scheme_ma as scheme_ma
    from dicomodel.codes import scheme_mayoasrg as MAYOASRG
    from dicomodel.codes import scheme_mayoasrg as scheme_mayoasrg
    from dicomodel.codes import scheme_mdc as MDC
    from dicomodel.codes import scheme_mdc as scheme_mdc
    from dicomodel.codes import scheme_mdns as MDNS
    from dicomodel.codes import scheme_mdns as scheme_mdns
    from dicomodel.codes import scheme_mediatype as mediaType
    from dicomodel.codes import scheme_mediatype as scheme_mediatype
    from dicomodel.codes import scheme_mgi as MGI
    from dicomodel.codes import scheme_mgi as scheme_mgi
    from dicomodel.codes import scheme_msh as MSH
    from dicomodel.codes import scheme_msh as scheme_msh
    from dicomodel.codes import scheme_nbd as NBD
    from dicomodel.codes import scheme_nbd as scheme_nbd
    from dicomodel.codes import scheme_nbg as NBG
    from dicomodel.codes import scheme_nbg as scheme_nbg
    from dicomodel.codes import scheme_ncdr as NCDR
    from dicomodel.codes import scheme_ncdr as scheme_ncdr
    from dicomodel.codes import scheme_ncit as NCIt
    from dicomodel.codes import scheme_ncit as scheme_ncit
    from dicomodel.codes import scheme_ndc as NDC
    from dicomodel.codes import scheme_ndc as scheme_ndc
    from dicomodel.codes import scheme_neu as NEU
    from dicomodel.codes import scheme_neu as scheme_neu
    from dicomodel.codes import scheme_nicip as NICIP
    from dicomodel.codes import scheme_nicip as scheme_nicip
    from dicomodel.codes import scheme_npi as NPI
    from dicomodel.codes import scheme_npi as scheme_npi
    from dicomodel.codes import scheme_nullflavor as NullFlavor
    from dicomodel.codes import scheme_nullflavor as scheme_nullflavor
    from dicomodel.codes import scheme_nyumccg as NYUMCCG
    from dicomodel.codes import scheme_nyumccg as scheme_nyumccg
    from dicomodel.codes import scheme_observationinterpretation as ObservationInterpretation
    from dicomodel.codes import scheme_observationinterpretation as scheme_observationinterpretation
    from dicomodel.codes import scheme_participationtype as ParticipationType
    from dicomodel.codes import scheme_participationtype as scheme_participationtype
    from dicomodel.codes import scheme_pathlex as PATHLEX
    from dicomodel.codes import scheme_pathlex as scheme_pathlex
    from dicomodel.codes import scheme_pos as POS
    from dicomodel.codes import scheme_pos as scheme_pos
    from dicomodel.codes import scheme_pubchem_cid as PUBCHEM_CID
    from dicomodel.codes import scheme_pubchem_cid as scheme_pubchem_cid
    from dicomodel.codes import scheme_radelement as RADELEMENT
    from dicomodel.codes import scheme_radelement as scheme_radelement
    from dicomodel.codes import scheme_radlex as RADLEX
    from dicomodel.codes import scheme_radlex as scheme_radlex
    from dicomodel.codes import scheme_rfc3066 as RFC3066
    from dicomodel.codes import scheme_rfc3066 as scheme_rfc3066
    from dicomodel.codes import scheme_rfc5646 as RFC5646
    from dicomodel.codes import scheme_rfc5646 as scheme_rfc5646
    from dicomodel.codes import scheme_rfc_3881 as RFC_3881
    from dicomodel.codes import scheme_rfc_3881 as scheme_rfc_3881
    from dicomodel.codes import scheme_ro as RO
    from dicomodel.codes import scheme_ro as scheme_ro
    from dicomodel.codes import scheme_rrid as RRID
    from dicomodel.codes import scheme_rrid as scheme_rrid
    from dicomodel.codes import scheme_rxnorm as RXNORM
    from dicomodel.codes import scheme_rxnorm as scheme_rxnorm
    from dicomodel.codes import scheme_scpecg as SCPECG
    from dicomodel.codes import scheme_scpecg as scheme_scpecg
    from dicomodel.codes import scheme_sct as SCT
    from dicomodel.codes import scheme_sct as scheme_sct
    from dicomodel.codes import scheme_snm3 as SNM3
    from dicomodel.codes import scheme_snm3 as scheme_snm3
    from dicomodel.codes import scheme_srt as SRT
    from dicomodel.codes import scheme_srt as scheme_srt
    from dicomodel.codes import scheme_uberon as UBERON
    from dicomodel.codes import scheme_uberon as scheme_uberon
    from dicomodel.codes import scheme_ucum as UCUM
    from dicomodel.codes import scheme_ucum as scheme_ucum
    from dicomodel.codes import scheme_umls as UMLS
    from dicomodel.codes import scheme_umls as scheme_umls
    from dicomodel.codes import scheme_uns as UNS
    from dicomodel.codes import scheme_uns as scheme_uns
    from dicomodel.codes import scheme_upc as UPC
    from dicomodel.codes import scheme_upc as scheme_upc

# Listed, so that checkers take every name (a CID number, keyword or scheme) as public.
__all__ = [
    "ACR",
    "ASTM_sigpurpose",
    "AbdominalInterventionType",
    "AbdominalSegmentationType",
    "AbdominopelvicArteryPaired",
    "AbdominopelvicArteryUnpaired",
    "AbdominopelvicIntervention",
    "AbdominopelvicVeinPaired",
    "AbdominopelvicVeinUnpaired",
    "AbdominopelvicVessel",
    "AbnormalLinesFindingOrFeature",
    "AbnormalLucencyFindingOrFeature",
    "AbnormalOpacityFindingOrFeature",
    "AbnormalTextureFindingOrFeature",
    "AbsorbedRadiationDoseType",
    "AbstractMultiDimensionalImageModelAxisDirection",
    "AbstractMultiDimensionalImageModelAxisOrientation",
    "AbstractMultiDimensionalImageModelComponentSemantic",
    "AbstractMultiDimensionalImageModelComponentUnit",
    "AbstractMultiDimensionalImageModelDimensionSemantic",
    "AbstractMultiDimensionalImageModelDimensionUnit",
    "AbstractMultiDimensionalImageModelQualitativeDimensionSampleSemantic",
    "AbstractPrior",
    "AbstractSegmentationType",
    "AcousticCouplingMedium",
    "AcquisitionInitiationTypes",
    "AcquisitionModality",
    "ActCode",
    "ActPriority",
    "ActionableFindingClassification",
    "AcuteCoronarySyndromeTimePeriod",
    "AdministrationRoute",
    "AdministrativeGender",
    "AdmissionStatus",
    "AdverseOutcome",
    "AgeUnit",
    "AirwayAssessment",
    "AirwayManagementMethodCodeTypeForSmallAnimalAnesthesia",
    "AirwayManagementMethodCodeTypeFromAnesthesiaQualityInitiative",
    "AirwayManagementSubMethodCodeTypeForSmallAnimalAnesthesia",
    "AirwayManagementSubMethodCodeTypeFromAnesthesiaQualityInitiative",
    "AnalogWaveformFilter",
    "AnatomicModifier",
    "AnatomicNoncolonFinding",
    "AnatomicPathologySpecimenType",
    "AnatomicRegion",
    "AnatomicRegionForIntraoralRadiography",
    "AnatomicRegionForMammography",
    "AnatomicRegionModifierForIntraoralRadiography",
    "AnatomicStructure",
    "AnatomicalReferenceBasis",
    "AnatomicalReferenceBasisAbdomenPelvis",
    "AnatomicalReferenceBasisChest",
    "AnatomicalReferenceBasisExtremity",
    "AnatomicalReferenceBasisHead",
    "AnatomicalReferenceBasisSpine",
    "AnatomicalStructureForRadiotherapy",
    "AnatomicalStructureSegmentationPropertyType",
    "AnatomicallyLocalizedLesionSegmentationType",
    "AncillaryMedicationsForSmallAnimalAnesthesia",
    "AnesthesiaCategoryCodeTypeForSmallAnimalAnesthesia",
    "AnesthesiaCategoryCodeTypeFromAnesthesiaQualityInitiative",
    "AnesthesiaInductionCodeTypeForSmallAnimalAnesthesia",
    "AnesthesiaInductionCodeTypeFromAnesthesiaQualityInitiative",
    "AnesthesiaMaintenanceCodeTypeForSmallAnimalAnesthesia",
    "AnesthesiaMaintenanceCodeTypeFromAnesthesiaQualityInitiative",
    "AneurysmType",
    "AngiographicEFTestingMethod",
    "AngiographicInterventionalDevice",
    "AngleMeasurement",
    "AnimalBeddingMaterial",
    "AnimalFeedSource",
    "AnimalFeedType",
    "AnimalFeedingMethod",
    "AnimalHandlingPhase",
    "AnimalRoomType",
    "AnimalShelterType",
    "AnimalTaxonomicRankValue",
    "AnodeTargetMaterial",
    "AnteriorChamberDepthDefinition",
    "AntiarrhythmicAgent",
    "AntilipemicAgent",
    "AorticRootDescription",
    "AorticValveFindingSite",
    "AreaMeasurement",
    "AreaMeasurementUnit",
    "ArterialInputFunctionMeasurementMethod",
    "ArterialLesionLocation",
    "ArterialPulseWaveform",
    "ArterialSourceLocation",
    "ArterialVenousContent",
    "ArtifactSegmentationType",
    "AssessmentBasis",
    "AssessmentFromBIRADS",
    "AssessmentFromCADRADS",
    "AssessmentOfMetastasisForBreast",
    "AssociatedCondition",
    "AssociatedFindingForBreast",
    "AssociationFiber",
    "AtrialSourceLocation",
    "AttenuationCoefficientMeasurement",
    "AttenuationCorrection",
    "AttenuationCorrectionMethod",
    "AttenuatorCategory",
    "AudioChannelSource",
    "AuditActiveParticipantRoleIDCode",
    "AuditEventID",
    "AuditEventTypeCode",
    "AuditParticipantObjectIDTypeCode",
    "AutomationOfMeasurement",
    "BARI",
    "BI",
    "BPResponse",
    "BackgroundEchotexture",
    "BaselineCategory",
    "BasicCardiacView",
    "BasicEchoAnatomicSite",
    "BeamLimitingDeviceType",
    "BenignPathologyCodeFromBIRADS",
    "BestInSet",
    "BiosafetyControlReason",
    "BiosafetyLevel",
    "BloodBaseExcess",
    "BloodGasContent",
    "BloodGasPressure",
    "BloodGasSaturation",
    "BloodPressureMethod",
    "BloodSourceType",
    "BloodVelocityMeasurement",
    "BloodpH",
    "BloomRichardsonHistologicGrade",
    "BodyPositionChannel",
    "BodySubstanceSegmentationPropertyType",
    "BodySurfaceAreaEquation",
    "BolusArrivalTimeDerivationMethod",
    "BolusShapingCurve",
    "BrachytherapyDevice",
    "BrachytherapyIsotope",
    "BrainAtlasFiducial",
    "BrainLesionSegmentationTypeWithNecrosis",
    "BrainLesionSegmentationTypeWithoutNecrosis",
    "BrainStructureForVolumetricMeasurement",
    "BreastBiopsyTechnique",
    "BreastCancerRiskFactor",
    "BreastClinicalFindingOrIndicatedProblem",
    "BreastImagingFinding",
    "BreastImagingProcedureModifier",
    "BreastImagingReportElement",
    "BreastImagingReportSectionTitle",
    "BreastImplantFinding",
    "BreastImplantType",
    "BreastLinearMeasurement",
    "BreastPrimaryTumorAssessmentFromAJCC",
    "BreastProcedureReason",
    "BreastProcedureReported",
    "BreastTissueSpecimenType",
    "BreedRegistry",
    "BronchovascularAnatomyFindingOrFeature",
    "BroselowLutenPediatricSizeCategory",
    "C4",
    "C5",
    "CADAnalysisType",
    "CADGeometrySecondaryGraphicalRepresentation",
    "CADOperatingPointAxisLabel",
    "CADOutputIntendedUse",
    "CADProcessingAndFindingSummary",
    "CADRADSAssessmentModifier",
    "CADRADSStenosisAssessmentModifier",
    "CArmPhotonElectronDeliveryRateUnit",
    "CArmPhotonElectronDosimeterUnit",
    "CD2",
    "CMDCTECCCalciumScoringPatientSizeCategory",
    "CNSSegmentationType",
    "CRDRMechanicalConfiguration",
    "CTAcquisitionType",
    "CTDoseReferenceAuthority",
    "CTMRandPETAnatomyImaged",
    "CTReconstructionAlgorithm",
    "CTTransversePlaneReferenceBasis",
    "CTV3",
    "CalcificationDistributionModifier",
    "CalcificationDistributionModifierFromBIRADS",
    "CalcificationTypeFromBIRADS",
    "CalciumDistribution",
    "CalciumScoringPatientSizeCategory",
    "CalculatedValue",
    "CalculatedValueForColonFinding",
    "CalibrationMethod",
    "CalibrationObject",
    "CanadianClinicalClassification",
    "CardiacContractionPhase",
    "CardiacDiagnosticProcedure",
    "CardiacEjectionFraction",
    "CardiacOutputMethod",
    "CardiacOutputProperty",
    "CardiacPatientRiskFactor",
    "CardiacPhase",
    "CardiacPhaseAndTimePoint",
    "CardiacProceduralStateValue",
    "CardiacRhythm",
    "CardiacStructureSegmentationType",
    "CardiacSynchronizationTechnique",
    "CardiacUltrasoundAortaFindingSite",
    "CardiacUltrasoundAortaMeasurement",
    "CardiacUltrasoundAorticSinotubularJunctionMeasurement",
    "CardiacUltrasoundAorticValveMeasurement",
    "CardiacUltrasoundAortoPulmonaryConnectionMeasurement",
    "CardiacUltrasoundAortopulmonaryConnectionFindingSite",
    "CardiacUltrasoundAreaMeasurement",
    "CardiacUltrasoundAtriaAndAtrialSeptumFindingSite",
    "CardiacUltrasoundAtriaAndAtrialSeptumMeasurement",
    "CardiacUltrasoundAtrioventricularValveFindingSite",
    "CardiacUltrasoundAtrioventricularValveseasurement",
    "CardiacUltrasoundCardiacFunction",
    "CardiacUltrasoundCommonLinearMeasurement",
    "CardiacUltrasoundCoronaryArteryFindingSite",
    "CardiacUltrasoundCoronaryArteryMeasurement",
    "CardiacUltrasoundFetalGeneralMeasurement",
    "CardiacUltrasoundFetalSummaryCode",
    "CardiacUltrasoundHemodynamicMeasurement",
    "CardiacUltrasoundIndicationForStudy",
    "CardiacUltrasoundInterventricularSeptumFindingSite",
    "CardiacUltrasoundInterventricularSeptumMeasurement",
    "CardiacUltrasoundLeftVentricleMeasurement",
    "CardiacUltrasoundLinearValveMeasurement",
    "CardiacUltrasoundMitralValveMeasurement",
    "CardiacUltrasoundMyocardiumMeasurement",
    "CardiacUltrasoundOutflowTractFindingSite",
    "CardiacUltrasoundOutflowTractMeasurement",
    "CardiacUltrasoundPericardiumAndPleuraFindingSite",
    "CardiacUltrasoundPericardiumAndPleuraMeasurement",
    "CardiacUltrasoundPulmonaryArteryFindingSite",
    "CardiacUltrasoundPulmonaryArteryMeasurement",
    "CardiacUltrasoundPulmonaryValveMeasurement",
    "CardiacUltrasoundPulmonaryVein",
    "CardiacUltrasoundReportTitle",
    "CardiacUltrasoundRightVentricleMeasurement",
    "CardiacUltrasoundSemilunarValveAnnulateAndSinusMeasurement",
    "CardiacUltrasoundSemilunarValveAnnulusAndSinusFindingSite",
    "CardiacUltrasoundSummaryCode",
    "CardiacUltrasoundTargetSite",
    "CardiacUltrasoundTargetSiteModifier",
    "CardiacUltrasoundTricuspidValveMeasurement",
    "CardiacUltrasoundVenousReturnPulmonaryFindingSite",
    "CardiacUltrasoundVenousReturnPulmonaryMeasurement",
    "CardiacUltrasoundVenousReturnSystemicFindingSite",
    "CardiacUltrasoundVenousReturnSystemicMeasurement",
    "CardiacUltrasoundVentricleFindingSite",
    "CardiacUltrasoundVentriclesMeasurement",
    "CardiacValveTract",
    "CardiacVolumeMeasurement",
    "CardiacVolumeMethod",
    "CardiovascularAnatomicLocation",
    "CardiovascularAnatomicStructure",
    "CardiovascularAnatomicStructureModifier",
    "CardiovascularFamilyHistory",
    "CardiovascularImagingProcedure",
    "CardiovascularSurgery",
    "CarotidRatio",
    "CarrierGasesForSmallAnimalAnesthesia",
    "CategoryOfTeachingMaterialImaging",
    "CathComplication",
    "CathDiagnosis",
    "CathFinding",
    "CathProcedureType",
    "CatheterSizeUnit",
    "CatheterizationDevice",
    "CatheterizationIndication",
    "CatheterizationProcedurePhase",
    "ChamberIdentification",
    "ChamberSize",
    "ChangeSinceLastMammogramOrPriorSurgery",
    "ChangeSinceLastMammogramOrPriorSurgeryFromBIRADS",
    "ChestAnatomicStructureAbnormalDistribution",
    "ChestBorderDefinition",
    "ChestBorderShape",
    "ChestCalcificationDescriptor",
    "ChestComponentCategory",
    "ChestContentDescriptor",
    "ChestDistributionDescriptor",
    "ChestFindingOrFeature",
    "ChestFindingOrFeatureModifier",
    "ChestNonLesionObjectType",
    "ChestNonLesionObjectTypePhysicalObject",
    "ChestNonLesionObjectTypeTissue",
    "ChestOpacityDescriptor",
    "ChestOrientationDescriptor",
    "ChestPain",
    "ChestQualitativeTemporalDifferenceType",
    "ChestQuantitativeTemporalDifferenceType",
    "ChestSiteInvolvement",
    "ChestTextureDescriptor",
    "ChestTypesOfQualityControlStandard",
    "CirculatorySupport",
    "CirculatorySupportAction",
    "CircumferentialExtent",
    "ClinicalCourseOfDisease",
    "ClinicalToleranceViolationType",
    "ClockfaceLocationForColon",
    "ClockfaceLocationOrRegion",
    "ClockfaceLocationOrRegionFromBIRADS",
    "ClopidogrelTiclopidineAdministration",
    "ColonCADMaterialDescription",
    "ColonFindingOrFeature",
    "ColonFindingOrFeatureModifier",
    "ColonMorphologyDescriptor",
    "ColonNonLesionObjectType",
    "ColonOverallAssessment",
    "ColonQuantitativeTemporalDifferenceType",
    "ColonTypesOfQualityControlStandard",
    "CommissuralFiber",
    "CommonAnatomicRegion",
    "CommonAnatomicRegionsForAnimal",
    "CommonTissueSegmentationType",
    "ComparisonFinding",
    "CompensatorDeviceType",
    "ComplicationSeverity",
    "CompositeFeatureFromBIRADS",
    "CompositeFeatureRelation",
    "ConcernType",
    "Confidentiality",
    "CongenitalFindingSite",
    "ConsumableAction",
    "ConsumablesParameter",
    "ContainerComponentType",
    "ContainerType",
    "ContentAssessmentType",
    "ContourRealignment",
    "ContraindicationsForCTImaging",
    "ContraindicationsForXAImaging",
    "ContrastBolusSubstance",
    "ContrastCharacteristic",
    "ContrastImagingTechnique",
    "ContributingEquipmentPurposeOfReference",
    "CoreEchoMeasurement",
    "CoreEchoStrainMeasurement",
    "CorneaMeasurementMethodDescriptor",
    "CornealTopographyMapValueType",
    "CornealTopographyMappingUnitForRealWorldValueMapping",
    "CoronaryArtery",
    "CoronaryArterySegment",
    "CoronaryDominance",
    "CoronaryInterventionIndication",
    "CoronaryVein",
    "CorrelationToOtherFinding",
    "CouinaudLiverSegment",
    "CranialNerve",
    "CranioCaudadAngulation",
    "CraniofacialAnatomicRegion",
    "CrossSectionalScanPlaneOrientation",
    "Cytokine",
    "DC",
    "DCM",
    "DCMUID",
    "DICOMDevice",
    "DXAnatomyImaged",
    "DXAnatomyImagedForAnimal",
    "DXView",
    "DXViewForAnimal",
    "DXViewModifier",
    "DateTimeQualifier",
    "DegreeFinding",
    "DeidentificationMethod",
    "DeliveryTimeStructure",
    "DensityModifier",
    "DensityModifierFromBIRADS",
    "Depth",
    "DepthFromBIRADS",
    "DermatologyAnatomicSite",
    "DetectorType",
    "DeviceParticipatingRole",
    "DeviceRelatedAndEnvironmentRelatedEvent",
    "DeviceReuse",
    "DeviceSegmentationType",
    "DeviceUseAction",
    "DiabeticTherapy",
    "DiagnosticImagingReportDocumentTitle",
    "DiagnosticImagingReportElement",
    "DiagnosticImagingReportHeading",
    "DiagnosticImagingReportPurposeOfReference",
    "DiameterDerivation",
    "DiffusionAcquisitionValueType",
    "DiffusionModelValueType",
    "DiffusionRateAreaOverTimeUnit",
    "DiffusionTractographyAlgorithmFamily",
    "DiffusionTractographyMeasurementType",
    "DigitalWaveformFilter",
    "DisplayDeviceType",
    "DoseMeasurementDevice",
    "DoseRelatedDistanceMeasurement",
    "DosimetricObjectiveType",
    "DrugContrastAdministration",
    "DrugContrastNumericParameter",
    "DrugOrContrastAgentCharacteristic",
    "DuctographyFindingForBreast",
    "ECGAnnotation",
    "ECGAxisMeasurement",
    "ECGControlNumericVariable",
    "ECGControlTextVariable",
    "ECGFinding",
    "ECGGlobalWaveformDuration",
    "ECGLead",
    "ECGLeadNoiseDescription",
    "ECGPatientStateValue",
    "ECGProcedureType",
    "ECGTimingMeasurement",
    "EDVolume",
    "EEGAnnotationNeurologicalMonitoringMeasurement",
    "EEGAnnotationNeurophysiologicEnumeration",
    "EEGLead",
    "EEGProcedure",
    "EFTestingMethod",
    "EMGAnnotationNeurophysiologicalEnumeration",
    "EOGAnnotationNeurophysiologicalEnumeration",
    "EOGLead",
    "ESVolume",
    "EarlyGestationBiometryMeasurement",
    "EchoFindingObservationType",
    "EchoFlowDirection",
    "EchoMeasuredProperty",
    "EchoMeasuredStrainProperty",
    "EchoMeasurementType",
    "EchoPattern",
    "EchocardiographyAnatomicSite",
    "EchocardiographyAnatomicSiteModifier",
    "EchocardiographyAortaMeasurement",
    "EchocardiographyAorticValveMeasurement",
    "EchocardiographyAreaMethod",
    "EchocardiographyCardiacShuntMeasurement",
    "EchocardiographyCommonMeasurement",
    "EchocardiographyCongenitalAnomalyMeasurement",
    "EchocardiographyHepaticVeinMeasurement",
    "EchocardiographyImageView",
    "EchocardiographyLeftAtriumMeasurement",
    "EchocardiographyLeftVentricleMeasurement",
    "EchocardiographyMeasurementMethod",
    "EchocardiographyMitralValveMeasurement",
    "EchocardiographyPulmonaryArteryMeasurement",
    "EchocardiographyPulmonaryVeinMeasurement",
    "EchocardiographyPulmonicValveMeasurement",
    "EchocardiographyRightAtriumMeasurement",
    "EchocardiographyRightVentricleMeasurement",
    "EchocardiographyStrokeVolumeOrigin",
    "EchocardiographyTricuspidValveMeasurement",
    "EchocardiographyVenaCavaMeasurement",
    "EchocardiographyVolumeMethod",
    "EctopicBeatMorphology",
    "EffectiveDoseCalculationMethodCategory",
    "EffectiveDoseEvaluationMethod",
    "EjectionFraction",
    "ElastographyMeasurementSite",
    "ElastographySite",
    "ElectrodePlacementValue",
    "ElectrophysiologyAnatomicLocation",
    "ElectrophysiologyAnnotation",
    "ElectrophysiologyMeasurementFunctionAndTechnique",
    "ElectrophysiologyProcedurePhase",
    "ElectrophysiologyWaveformDuration",
    "ElectrophysiologyWaveformVoltage",
    "EnFaceImageType",
    "EncapsulatedDocumentSourcePurposeOfReference",
    "EndorectalCoilFillSubstance",
    "EndoscopyAnatomicRegion",
    "EnergyDerivationTypes",
    "EquationOrTable",
    "EquipmentEvent",
    "EquipmentPlaneIdentification",
    "EquipmentReferencePoint",
    "EquivalentRadiationDoseType",
    "EstimateMethodType",
    "EstimatedFetalWeightPercentileEquationTable",
    "EstimatedVolume",
    "ExerciseECGSummaryCode",
    "ExerciserDevice",
    "ExogenousSubstance",
    "ExogenousSubstanceAdministrationSite",
    "ExogenousSubstanceOriginTissue",
    "ExogenousSubstanceType",
    "ExportAdditionalInformationDocumentTitle",
    "ExportDelayReason",
    "ExternalBodyModel",
    "ExtracranialArtery",
    "FMA",
    "FamilyMember",
    "FeatureScope",
    "FetalBiometryAnatomicSite",
    "FetalBiometryMeasurement",
    "FetalBiometryRatio",
    "FetalCraniumAnatomicSite",
    "FetalCraniumMeasurement",
    "FetalGrowthEquationTable",
    "FetalLongBoneAnatomicSite",
    "FetalLongBonesBiometryMeasurement",
    "FetalVasculatureAnatomicalLocation",
    "FiberTractInBrainstem",
    "Fibril",
    "Fiducial",
    "FiducialCategory",
    "FiducialFeature",
    "FindingTitle",
    "FitzpatrickSkinType",
    "FixationDevice",
    "FixationOrPositioningDevice",
    "FixedBeamLimitingDeviceType",
    "FlowDirection",
    "FluidColor",
    "FluoroMode",
    "Flush",
    "FollowupIntervalUnit",
    "FractionalFlowReserve",
    "FractionationBasedEffectiveDoseMethodModifier",
    "FraminghamScore",
    "FraminghamTable",
    "FunctionSegmentationPropertyType",
    "FunctionalConditionPresentDuringAcquisition",
    "GFRMeasurement",
    "GFRMeasurementMethod",
    "GeneralAccessoryDeviceType",
    "GeneralAreaCalculationMethod",
    "GeneralChestLocation",
    "GeneralDevice",
    "GeneralExternalRadiotherapyProcedureTechnique",
    "GeneralRegionOfInterestMeasurementModifier",
    "GeneralRiskFactor",
    "GeneralUltrasoundReportDocumentTitle",
    "GeneralVolumeCalculationMethod",
    "GenericAnatomicLocationModifier",
    "GenericIntensityAndSizeMeasurement",
    "GenericPurposeOfReferenceToCoordinatesInMeasurement",
    "GenericPurposeOfReferenceToImagesAndCoordinatesInMeasurement",
    "GenericPurposeOfReferenceToImagesInMeasurement",
    "GeometryGraphicalRepresentation",
    "GestationalAgeEquationTable",
    "GlobalShapeDescriptor",
    "GradientMethod",
    "GradientSourceLocation",
    "GrayLevelCooccurrenceMatrixMeasurement",
    "GrayLevelRunLengthBasedFeature",
    "GrayLevelSizeZoneBasedFeature",
    "GreyLevelDistanceZoneBasedFeature",
    "GrowthDistributionRank",
    "GuidewireCrossing",
    "GynecologicalHormone",
    "GynecologicalProcedure",
    "HPC",
    "HeadAndNeckCancerAnatomicSite",
    "HealthStatus",
    "HeartRhythm",
    "HeatingMethod",
    "HemodynamicAnnotation",
    "HemodynamicAssessment",
    "HemodynamicFlow",
    "HemodynamicMeasurementPhase",
    "HemodynamicMeasurementTechnique",
    "HemodynamicPatientState",
    "HemodynamicPeriodMeasurement",
    "HemodynamicPhysiologicalChallenge",
    "HemodynamicRatio",
    "HemodynamicResistanceMeasurement",
    "HemodynamicResistanceUnit",
    "HemodynamicTimeMeasurement",
    "HemodynamicWaveformSource",
    "HighRiskLesionPathologyCodeFromBIRADS",
    "HistologicGradingMethod",
    "HistoryOfMalignantMelanoma",
    "HistoryOfMelanomaInSitu",
    "HistoryOfNonMelanomaSkinCancer",
    "HistoryOfProstateDisease",
    "HumanHipImplantComponentType",
    "HumanHipImplantPlanningLandmark",
    "HumanTraumaImplantComponentType",
    "Hypertension",
    "HypertensionTherapy",
    "I10",
    "I10C",
    "I10P",
    "I11",
    "I9",
    "I9C",
    "IBSI",
    "ICDO3",
    "IEC61217DevicePositionParameter",
    "IEC61217GantryPositionParameter",
    "IEC61217PatientSupportPositionParameter",
    "IETF4646",
    "IOLCalculationFormula",
    "ISO3166_1",
    "ISO5218_1",
    "ISO639_1",
    "ISO639_2",
    "ISO_OID",
    "ITIS_TSN",
    "IVUSAreaMeasurement",
    "IVUSArterialMorphology",
    "IVUSDistanceMeasurement",
    "IVUSFiducialPoint",
    "IVUSIndexRatio",
    "IVUSLesionMorphology",
    "IVUSLongitudinalMeasurement",
    "IVUSNonMorphologicalFinding",
    "IVUSPlaqueComposition",
    "IVUSProcedurePhase",
    "IVUSRelativeStenosisSeverity",
    "IVUSVolumeMeasurement",
    "ImageDerivation",
    "ImageGuidedTherapeuticProcedure",
    "ImageQualityAssessment",
    "ImageQualityAssessmentType",
    "ImageQualityControlStandard",
    "ImageQualityFinding",
    "ImagingAgentAdministrationAdverseEvent",
    "ImagingAgentAdministrationCompletionStatus",
    "ImagingAgentAdministrationConsumable",
    "ImagingAgentAdministrationConsumableCatheterType",
    "ImagingAgentAdministrationInjectorEventType",
    "ImagingAgentAdministrationMedication",
    "ImagingAgentAdministrationMode",
    "ImagingAgentAdministrationPatientState",
    "ImagingAgentAdministrationPharmaceuticalPresentationUnit",
    "ImagingAgentAdministrationPhaseType",
    "ImagingAgentAdministrationPremedication",
    "ImagingAgentAdministrationStepType",
    "ImagingContrastAgent",
    "ImagingContrastAgentIngredient",
    "ImplantComponentType",
    "ImplantFixationMethod",
    "ImplantMaterial",
    "ImplantPlanningLandmark",
    "ImplantTargetAnatomy",
    "ImplantTemplateModifiedViewOrientation",
    "ImplantTemplateViewOrientation",
    "ImplantedDevice",
    "IndexMethod",
    "IndexedHemodynamicResistanceUnit",
    "IndicationsForPharmacologicalStressTest",
    "IndicationsForStressTest",
    "InhalationalAnesthesiaAgentForSmallAnimalAnesthesia",
    "InjectableAnesthesiaAgentForSmallAnimalAnesthesia",
    "InstanceAvailabilityStatus",
    "InstitutionalDepartmentUnitService",
    "InstrumentApproach",
    "InsurancePayor",
    "IntensityHistogramFeature",
    "InterpretationRequestDiscontinuationReason",
    "InterventionActionStatus",
    "InterventionParameter",
    "InterventionType",
    "InterventionalDrug",
    "InterventionalProcedureComplication",
    "InterventionalProcedureResult",
    "IntervertebralDisc",
    "IntracoronaryDevice",
    "IntracranialCerebralVessel",
    "IntracranialCerebralVesselUnilateral",
    "IntravascularVolumetricRegion",
    "IntravenousExtravasationSymptom",
    "IonTherapyParticle",
    "IrradiationEventType",
    "IschemiaNoninvasiveTest",
    "IsocentricPatientSupportPositionParameter",
    "JointPositionDuringAcquisition",
    "JointPositioningMethod",
    "KVImagingAcquisitionTechniques",
    "KeratometryDescriptor",
    "KeyObjectSelectionDocumentTitle",
    "LN",
    "LVFunction",
    "LabVisitMedicationAdministration",
    "LabelType",
    "Laterality",
    "LateralityLeftRightOnly",
    "LateralityWithMedian",
    "LeadLocationNearOrInMuscle",
    "LeadLocationNearPeripheralNerve",
    "LeadMeasurementTechnique",
    "LeftVentricleApicalWall4Segments",
    "LeftVentricleApicalWall6Segments",
    "LeftVentricleAreaMeasurement",
    "LeftVentricleBasalWall6Segments",
    "LeftVentricleFindingSite",
    "LeftVentricleLinearMeasurement",
    "LeftVentricleMidlevelWall6Segments",
    "LeftVentricleMyocardialWall17SegmentModel",
    "LeftVentricleMyocardialWall18SegmentModel",
    "LeftVentricleOtherMeasurement",
    "LeftVentricleVolumeMeasurement",
    "LensConstantType",
    "LensStatus",
    "LesionBoundary",
    "LesionColor",
    "LesionMargin",
    "LesionPalpationFinding",
    "LesionResponse",
    "LesionRisk",
    "LesionSegmentationType",
    "LesionVisualFinding",
    "LevelOfDifficulty",
    "LimbicSystemTract",
    "LinearMeasurement",
    "LinearMeasurementUnit",
    "LiverSegmentationType",
    "LiverUltrasoundStudyIndication",
    "LobeOfLung",
    "LocalAnestheticsForSmallAnimalAnesthesia",
    "LocationInChest",
    "LocationInIntestinalTract",
    "LocationInLung",
    "LogNoteType",
    "LongitudinalTemporalEventType",
    "LowHighOrEqual",
    "LowerExtremityArtery",
    "LowerExtremityVein",
    "LungAnatomyFindingOrFeature",
    "LymphNodeAnatomicSite",
    "MA",
    "MAYOASRG",
    "MDC",
    "MDNS",
    "MGI",
    "MIType",
    "MRCoilType",
    "MRDiffusionAnisotropyIndex",
    "MRDiffusionComponentSemantic",
    "MRDiffusionModel",
    "MRDiffusionModelFittingMethod",
    "MRDiffusionModelInput",
    "MRDiffusionModelParameter",
    "MRDiffusionModelSpecificMethod",
    "MRIAbnormality",
    "MRIEnhancementPattern",
    "MRIMarginCharacteristic",
    "MRIShapeCharacteristic",
    "MRISignalCharacteristic",
    "MRImagingArtifact",
    "MRProtonSpectroscopyMetabolite",
    "MRSignalIntensity",
    "MRSpectroscopyMetabolite",
    "MSH",
    "MVImagingAcquisitionTechniques",
    "MachineToleranceViolationType",
    "MagnificationSelection",
    "MajorCoronaryArtery",
    "MalignancyType",
    "MalignantPathologyCodeFromBIRADS",
    "MammographyAssessment",
    "MammographyCADAnalysisType",
    "MammographyCalcificationType",
    "MammographyCompositeFeature",
    "MammographyImageQualityFinding",
    "MammographyMarginCharacteristic",
    "MammographyPathologyCode",
    "MammographyQualitativeTemporalDifferenceType",
    "MammographyQualityControlStandardType",
    "MammographyQuantitativeTemporalDifferenceType",
    "MammographyRecommendedFollowup",
    "MammographyShapeCharacteristic",
    "MammographySingleImageFinding",
    "MammoplastyProcedure",
    "MarginCharacteristicFromBIRADS",
    "MeasuredCalculated",
    "MeasurementDerivedFromMultipleROIMeasurements",
    "MeasurementOrientation",
    "MeasurementPatternCode",
    "MeasurementRangeConcept",
    "MeasurementReportDocumentTitle",
    "MeasurementSelectionReason",
    "MeasurementType",
    "MeasurementUncertaintyConcept",
    "MediaImport",
    "MediaImportPPSDiscontinuationReason",
    "MediaTypeCode",
    "MediastinumAnatomy",
    "MediastinumAnatomyFindingOrFeature",
    "MediastinumFindingOrFeature",
    "MedicationForSmallAnimalAnesthesia",
    "MedicationTypeCodeTypeFromAnesthesiaQualityInitiative",
    "MedicationTypeForSmallAnimalAnesthesia",
    "MenopausalPhase",
    "MenstrualCyclePhase",
    "MicroscopyAnnotationPropertyType",
    "MicroscopyFilter",
    "MicroscopyIlluminationMethod",
    "MicroscopyIlluminatorAndSensorColor",
    "MicroscopyIlluminatorType",
    "MicroscopyLensType",
    "MicroscopyMeasurementType",
    "MinMaxMean",
    "MiscellaneousDocumentTitle",
    "MitralValveAnatomicSite",
    "MixedBreed",
    "Modality",
    "ModalityPPSDiscontinuationReason",
    "ModelDocumentTitle",
    "ModelIndependentDynamicContrastAnalysisParameter",
    "ModelScaleUnit",
    "ModelUsage",
    "MorphologicallyAbnormalStructureSegmentationPropertyType",
    "MotionManagementSetupDevice",
    "MovableBeamLimitingDeviceType",
    "MultiFrameSubsetType",
    "MultienergyMaterialUnit",
    "MultienergyRelevantMaterial",
    "MultisourceRadiotherapyProcedureTechnique",
    "MuscularAnatomy",
    "MydriaticAgent",
    "MyocardialInfarctionTherapy",
    "MyocardialStrainMethod",
    "MyocardialSubsegment",
    "MyocardialWallSegmentsInProjection",
    "MyocardiumMassMethod",
    "MyocardiumWallMorphologyFinding",
    "NBD",
    "NBG",
    "NCDR",
    "NCIt",
    "NDC",
    "NEU",
    "NICIP",
    "NMExtracardiacFinding",
    "NMPETProcedure",
    "NPI",
    "NYHAClassification",
    "NYUMCCG",
    "NeighbourhoodGreyToneDifferenceBasedFeature",
    "NeighbouringGreyLevelDependenceBasedFeature",
    "NeuromuscularBlockingAgentForSmallAnimalAnesthesia",
    "NeurophysiologicStimulationMode",
    "NippleCharacteristic",
    "NoParameterDosimetricObjective",
    "NonAcquisitionModality",
    "NonCoronaryTranscatheterIntervention",
    "NonImageSourceInstancePurposeOfReference",
    "NonLesionModifier",
    "NonLesionObjectType",
    "NonLesionObjectTypePhysicalObject",
    "NonLesionObjectTypeSubstance",
    "NonLesionObjectTypeTissue",
    "NoninvasiveCardiacImagingProcedure",
    "NoninvasiveVascularProcedure",
    "NonmitralValveArea",
    "NonspecificVolume",
    "NormalAbnormal",
    "NormalRangeValue",
    "Normality",
    "NottinghamCombinedHistologicGrade",
    "NuclearCardiologyProtocol",
    "NuclearCardiologyRadiopharmaceutical",
    "NuclearMedicineProjection",
    "NullFlavor",
    "NumericDeviceCharacteristic",
    "NumericValueFailureQualifier",
    "NumericValueQualifier",
    "NumericValueUnknownQualifier",
    "OBEquationTable",
    "OBFetalBodyWeightEquationTable",
    "OBGYNAmnioticSacMeasurement",
    "OBGYNDate",
    "OBGYNFetusSummary",
    "OBGYNMaternalRiskFactor",
    "OBGYNSummary",
    "OBGYNUltrasoundBeamPath",
    "OBGYNUltrasoundReportDocumentTitle",
    "OCTAProcessingAlgorithmFamily",
    "ObjectReferencePurpose",
    "ObservationInterpretation",
    "ObservationSubjectClass",
    "ObserverType",
    "OphthalmicAgentConcentrationUnit",
    "OphthalmicAnatomicStructureImaged",
    "OphthalmicAnatomicStructureReferencePoint",
    "OphthalmicAxialLengthMeasurementsSegmentName",
    "OphthalmicAxialLengthSelectionMethod",
    "OphthalmicChannelDescription",
    "OphthalmicFilter",
    "OphthalmicHorizontalDirection",
    "OphthalmicImagePosition",
    "OphthalmicImagingAgent",
    "OphthalmicLens",
    "OphthalmicMacularGridProblem",
    "OphthalmicMapPurposeOfReference",
    "OphthalmicMappingAcquisitionMethod",
    "OphthalmicMappingUnitForRealWorldValueMapping",
    "OphthalmicMeasurementorCalculationDataSource",
    "OphthalmicOCTAnatomicStructureImaged",
    "OphthalmicPhotographyAcquisitionDevice",
    "OphthalmicPhotographyIllumination",
    "OphthalmicQualityMetricType",
    "OphthalmicThicknessDeviationCategory",
    "OphthalmicThicknessMapValueType",
    "OphthalmicTomographyAcquisitionDevice",
    "OphthalmicUltrasoundAxialMeasurementsType",
    "OphthalmicVerticalDirection",
    "OphthalmicVisualAcuityType",
    "OptScanPatternType",
    "OrganForRadiationDoseEstimate",
    "OrganPartLateralized",
    "OrganPartNonLateralized",
    "OrganizationalRole",
    "Orientation",
    "OrificeFlowProperty",
    "OsseousAnatomyFindingOrFeature",
    "OsseousAnatomyModifier",
    "OtherVascularProperty",
    "OverallAssessmentFromPIRADS",
    "OverallBreastComposition",
    "OverallBreastCompositionFromBIRADS",
    "OverallContractility",
    "OxygenAdministration",
    "OxygenAdministrationAction",
    "OxygenConsumptionEquationTable",
    "P50Equation",
    "PATHLEX",
    "PCIMedicationAdministration",
    "PCIProcedureResult",
    "PETCardiologyProtocol",
    "PETCardiologyRadiopharmaceutical",
    "PETRadionuclide",
    "PETRadiopharmaceutical",
    "PETRegionOfInterestMeasurement",
    "PETUnit",
    "PIRADSv2DCELesionAssessmentCategory",
    "PIRADSv2DWILesionAssessmentCategory",
    "PIRADSv2LesionAssessmentCategory",
    "PIRADSv2T2WIPZLesionAssessmentCategory",
    "PIRADSv2T2WITZLesionAssessmentCategory",
    "POS",
    "PUBCHEM_CID",
    "Pacing",
    "PacingAction",
    "PapillaryMuscleIncludedExcluded",
    "ParametricMapDerivationImagePurposeOfReference",
    "PartialViewSectionForMammography",
    "ParticipationType",
    "PathologicalRegionalLymphNodeAssessmentForBreast",
    "PathologyImagingProtocol",
    "PatientAlignmentDevice",
    "PatientAlignmentMethod",
    "PatientAssessment",
    "PatientConsciousness",
    "PatientEquipmentRelationship",
    "PatientEyeMovementCommand",
    "PatientModelType",
    "PatientOrientation",
    "PatientOrientationModifier",
    "PatientPositionAcquisitionCTTechniques",
    "PatientPositionAcquisitionDevices",
    "PatientPositionAcquisitionMRTechniques",
    "PatientPositionAcquisitionProjectionTechniques",
    "PatientPositionAcquisitionRadiationSourceLocations",
    "PatientPositionDisplacementReferencePoint",
    "PatientPositioningRelatedObjectPurposes",
    "PatientReportedLesionCharacteristic",
    "PatientShieldingDevice",
    "PatientStatusAndEvent",
    "PatientTreatmentPreparationDevice",
    "PatientTreatmentPreparationMethod",
    "PatientTreatmentPreparationProcedure",
    "PatternEvent",
    "PediatricFetalAndCongenitalCardiacSurgicalIntervention",
    "PediatricSizeCategory",
    "PelvicOrganSegmentationType",
    "PelvicVasculatureAnatomicalLocation",
    "PelvisAndUterusAnatomicSite",
    "PerceivedExertionScale",
    "PercentageAndDoseDosimetricObjective",
    "PercutaneousClosure",
    "PercutaneousEntry",
    "PercutaneousEntrySite",
    "PerformingRole",
    "PerfusionAnalysisMethod",
    "PerfusionComparisonFinding",
    "PerfusionDefectType",
    "PerfusionFinding",
    "PerfusionFindingMethod",
    "PerfusionMeasurementMethod",
    "PerfusionModelParameter",
    "PerfusionMorphology",
    "PeripheralNervousSystemSegmentationType",
    "PeripheralPulseLocation",
    "PeripheralPulseMethod",
    "PersonRole",
    "PhantomDevice",
    "PhotoacousticIlluminationMethod",
    "PhotoacousticImagedProperty",
    "PhotoacousticReconstructionAlgorithmFamily",
    "PhysicalForceAppliedDuringAcquisition",
    "PhysicalObjectSegmentationPropertyType",
    "PhysicalQuantityDescriptor",
    "PhysiologySegmentationType",
    "PlaneIdentification",
    "PlanningMethod",
    "PlaqueStructure",
    "PleuraAnatomyFindingOrFeature",
    "PopulationStatisticalDescriptor",
    "PositionReferenceIndicatorForFrameOfReference",
    "PositiveNegative",
    "PosteriorAcousticFeature",
    "PreCathAnginaType",
    "PreclinicalSmallAnimalImagingProcedure",
    "PregnancyStatus",
    "PremedicationAgentForSmallAnimalAnesthesia",
    "PremedicationType",
    "PrescriptionAnatomyCategory",
    "PresentAbsent",
    "PresentAbsentOnly",
    "PressureMeasurement",
    "PressureUnit",
    "PreviouslyDilatedLesion",
    "PrimaryAnatomicStructureForIntraoralAndCraniofacialRadiographyTeeth",
    "PrimaryAnatomicStructureForIntraoralRadiographyDeciduousDentitionDesignationOfTeeth",
    "PrimaryAnatomicStructureForIntraoralRadiographyPermanentDentitionDesignationOfTeeth",
    "PrimaryAnatomicStructureForIntraoralRadiographySupernumeraryDentitionDesignationOfTeeth",
    "PrimaryCauseOfDeath",
    "ProblemStatus",
    "ProcedureAction",
    "ProcedureActionValue",
    "ProcedureDiscontinuationReason",
    "ProcedureIntent",
    "ProcedureLogTitle",
    "ProcedureModifiersForBreast",
    "ProcedureNumericProperty",
    "ProcedurePhaseRequiringAnesthesia",
    "ProcedureUrgency",
    "ProceduresForBreast",
    "ProjectionAndThalamicFiber",
    "ProjectionEponymousName",
    "ProjectionXRayAcquisitionDeviceType",
    "ProstateAnatomy",
    "ProstateCancerDiagnosticBloodLabMeasurement",
    "ProstateCancerDiagnosticProcedure",
    "ProstateCancerFamilyHistory",
    "ProstateCancerTherapy",
    "ProstateDCEMRIQualityFinding",
    "ProstateDWIMRIQualityFinding",
    "ProstateImagingIndication",
    "ProstateImagingTypesOfQualityControlStandard",
    "ProstateMRIAssessment",
    "ProstateMRIAssessmentOfExtraprostaticAnatomicSite",
    "ProstateMRIEnhancementPatternFromPIRADS",
    "ProstateMRIExtraprostaticFinding",
    "ProstateMRIMarginCharacteristicFromPIRADS",
    "ProstateMRISeriesQualityFinding",
    "ProstateMRIShapeCharacteristicFromPIRADS",
    "ProstateMRISignalCharacteristicFromPIRADS",
    "ProstateMRIStudyQualityFinding",
    "ProstateRelationalMeasurement",
    "ProstateReportingSystem",
    "ProstateSectorAnatomyFromEuropeanConcensus16SectorMinimalModel",
    "ProstateSectorAnatomyFromEuropeanConcensus27SectorOptimalModel",
    "ProstateSectorAnatomyFromPIRADSv2",
    "ProstateSectorAnatomyFromPIRADSv21",
    "ProtocolAssertion",
    "ProtocolIntervalEvent",
    "PulmonaryArtery",
    "PulmonaryVein",
    "PulmonaryVeinModifier",
    "PurposeOfReferenceForRTPhysicianIntentInput",
    "PurposeOfReferenceForRTTreatmentPlanningInput",
    "PurposeOfReferenceToAlternateRepresentation",
    "PurposeOfReferenceToPredecessor3DModel",
    "PurposeOfReferenceToPredecessorReport",
    "QAReferenceMethod",
    "QTCorrectionAlgorithm",
    "QTcMeasurement",
    "QuadrantLocation",
    "QuadrantLocationFromBIRADS",
    "QualitativeEvaluationModifierType",
    "QualitativeEvaluationModifierValue",
    "QuantitativeDiagnosticImagingProcedure",
    "QuantitativeImageFeature",
    "QuantitativeMethodUsedForPerfusionAndTracerKineticModel",
    "RADELEMENT",
    "RADLEX",
    "RCSRegistrationMethodType",
    "RDSRFrameOfReferenceOrigin",
    "RECISTDefinedLesionResponse",
    "RFC3066",
    "RFC5646",
    "RFC_3881",
    "RO",
    "RRID",
    "RTBeamLimitingDeviceOrientationLabel",
    "RTContentAssessmentType",
    "RTDoseDerivation",
    "RTDosePurposeOfReference",
    "RTGeometricInformation",
    "RTImagePatientPositionAcquisitionDevices",
    "RTOverriddenTreatmentParameter",
    "RTPatientSupportDevice",
    "RTPlanRadiotherapyProcedureTechnique",
    "RTProcessInput",
    "RTProcessInputUsed",
    "RTProcessOutput",
    "RTROIImageAcquisitionContext",
    "RTRadiationMetersetUnits",
    "RTSegmentAnnotationCategory",
    "RTSegmentMaterial",
    "RTSegmentationPropertyCategory",
    "RXNORM",
    "RacialGroup",
    "RadiationAttenuatorMaterial",
    "RadiationDoseEstimateDistributionRepresentation",
    "RadiationDoseEstimateParameter",
    "RadiationDoseReferencePoint",
    "RadiationDoseType",
    "RadiationDoseUnit",
    "RadiationGenerationModeType",
    "RadiationTherapyParticle",
    "RadiationTransportBasedEffectiveDoseMethodModifier",
    "RadiationTransportModelType",
    "RadioactivityUnit",
    "RadiographicAnatomyFindingOrFeature",
    "Radiopharmaceutical",
    "RadiopharmaceuticalIsotope",
    "RadiopharmaceuticalOrganDoseReferenceAuthority",
    "RadiopharmaceuticalPatientState",
    "RadiosensitiveOrgan",
    "RadiotherapeuticDoseMeasurementDevice",
    "RadiotherapyAccessoryNoslotHolderDeviceType",
    "RadiotherapyAccessorySlotHolderDeviceType",
    "RadiotherapyAcquisitionWorkItemSubtasks",
    "RadiotherapyAcquisitionWorkitemDefinition",
    "RadiotherapyBlockDeviceType",
    "RadiotherapyBolusDeviceType",
    "RadiotherapyDistanceReferenceLocation",
    "RadiotherapyDoseCalculationRole",
    "RadiotherapyDoseRegion",
    "RadiotherapyFiducial",
    "RadiotherapyGeneralWorkitemDefinition",
    "RadiotherapyInterlockResolution",
    "RadiotherapyPrescribingAndSegmentingPersonRole",
    "RadiotherapyProcedureTechnique",
    "RadiotherapyPurposeOfReference",
    "RadiotherapyRegistrationMark",
    "RadiotherapyRegistrationWorkitemDefinition",
    "RadiotherapyRoboticNodeSet",
    "RadiotherapyTarget",
    "RadiotherapyTherapeuticRoleCategory",
    "RadiotherapyTreatmentDeliveryPersonRole",
    "RadiotherapyTreatmentEnergyUnit",
    "RadiotherapyTreatmentInterlock",
    "RadiotherapyTreatmentMachineMode",
    "RadiotherapyTreatmentPlanningPersonRole",
    "RadiotherapyWedgeType",
    "ReaderSpecialty",
    "RealTimeVideoRenditionTitle",
    "RealWorldValueMappingUnit",
    "ReasonForECGStudy",
    "ReasonForRemovalFromOperationalUse",
    "ReasonForRepeatingAcquisition",
    "ReasonsForRTRadiationTreatmentOmission",
    "RecommendedFollowupFromBIRADS",
    "RecumbentPatientOrientationForColon",
    "ReferenceGeometryPlane",
    "ReferenceGeometryPoint",
    "ReferencedImagePurposeOfReference",
    "RefractiveErrorType",
    "RefractiveSurgeryType",
    "RegionalExtent",
    "RejectedForQualityReason",
    "RelatedSeriesPurposeOfReference",
    "RelativeFrequencyOfEventValue",
    "RelativeLaterality",
    "RelativeTime",
    "RelativeUsageExposureAmount",
    "RenalRatio",
    "RenalVessel",
    "ReportedValueType",
    "RequestedReportType",
    "ResearchAnimalSourceRegistry",
    "RespirationRhythm",
    "RespirationState",
    "RespirationWaveform",
    "RespiratoryStatus",
    "ResponseCriteria",
    "ResponseSpeed",
    "RestStressState",
    "ResultStatus",
    "RetinalSegmentationSurface",
    "RetinalThicknessDefinition",
    "RiskLevel",
    "RoboticDeliveryDeviceDoseRateUnit",
    "RoboticDeliveryDeviceDosimeterUnit",
    "RoboticRadiotherapyProcedureTechnique",
    "SCPECG",
    "SCT",
    "SMLSizeDescriptor",
    "SNM3",
    "SRDocumentPurposeOfReference",
    "SRT",
    "STSegmentFinding",
    "STSegmentLocation",
    "STSegmentMorphology",
    "SUVUnit",
    "SampleStatisticalDescriptor",
    "ScheduledProcessingParameterConceptCodesForRTTreatment",
    "ScopeOfAccumulation",
    "SecurityAlertTypeCode",
    "SegmentLocationInLung",
    "SegmentationNonImageSourcePurposeOfReference",
    "SegmentationPropertyCategory",
    "SegmentationPropertyType",
    "SegmentedRTAccessoryDevice",
    "SegmentedRadiotherapeuticDoseMeasurementDevice",
    "SelectionMethod",
    "Severity",
    "SeverityDescriptor",
    "Sex",
    "SexMaleFemaleOrBoth",
    "ShapeCharacteristicFromBIRADS",
    "ShearWaveDetectionMethod",
    "Side",
    "SideFromBIRADS",
    "SideOfFamily",
    "SignificanceLevel",
    "SingleDoseDosimetricObjective",
    "SingleImageFindingFromBIRADS",
    "SizeDescriptor",
    "SizeSpecificDoseEstimationMethodForCT",
    "SkinCondition",
    "SkinDisorder",
    "SkinProcedure",
    "SleepStage",
    "SmokingHistory",
    "SocialHistory",
    "SourceImagePurposeOfReference",
    "SourceOfCTDoseInformation",
    "SourceOfProjectionXRayDoseInformation",
    "SourceOfRadioisotopeActivityInformation",
    "SourceOfVascularFinding",
    "SpatialAndRelationalConceptSegmentationPropertyType",
    "SpecificObservationSubjectClass",
    "SpecimenCollection",
    "SpecimenCollectionProcedure",
    "SpecimenEmbeddingMedia",
    "SpecimenFixative",
    "SpecimenPreparationProcedure",
    "SpecimenPreparationStep",
    "SpecimenSamplingProcedure",
    "SpecimenStain",
    "SpecimenStainForConfocalMicroscopy",
    "SpectroscopyPurposeOfReference",
    "SpeedOfSoundCorrectionMechanisms",
    "SpinalCordFiber",
    "StaffAction",
    "Stage",
    "StainingProtocol",
    "StenosisGrade",
    "StenosisLength",
    "StenosisMeasurementMethod",
    "StenosisShape",
    "StenosisType",
    "StentComposition",
    "StentFinding",
    "StressAgent",
    "StressHemodynamicFinding",
    "StressImagingQualityIssue",
    "StressImagingSummaryCode",
    "StressProtocol",
    "StressScoringScale",
    "StressSymptom",
    "StressTestProcedure",
    "StressTestProcedurePhase",
    "StressTestTerminationReason",
    "StudyQuality",
    "SubsegmentMethod",
    "Substance",
    "SubstanceSegmentationPropertyType",
    "SummaryCodesECG",
    "SummaryRadiationExposureQuantity",
    "SurfaceProcessingAlgorithmFamily",
    "SurfaceScanAcquisitionType",
    "SurfaceScanModeType",
    "SurfaceScanRegistrationMethodType",
    "SurgicalProcedurePhaseRequiringAnesthesia",
    "T1MeasurementMethod",
    "TIMIFlowCharacteristic",
    "TargetConfirmation",
    "TeletherapyIsotope",
    "TemperatureSensorDeviceComponentTypeForSmallAnimalProcedure",
    "TemporalPeriodRelatingToProcedureOrTherapy",
    "TestPatternCode",
    "TextureMeasurement",
    "TherapiesForBreast",
    "ThoracicSegmentationType",
    "ThrombolyticAdministration",
    "Thrombus",
    "TimeBasedPerfusionMeasurement",
    "TimeInterval",
    "TimePointType",
    "TimeSynchronizationChannelType",
    "TissueSegmentationPropertyType",
    "TissueSelection",
    "ToleranceComparisonFinding",
    "TomotherapeuticDoseRateUnit",
    "TomotherapeuticDosimeterUnit",
    "TomotherapeuticRadiotherapyProcedureTechnique",
    "TopicalTreatment",
    "Toxin",
    "TracerKineticModel",
    "TracerKineticModelParameter",
    "TracerKineticModelingCovariate",
    "TractographyAnatomicSite",
    "TransducerApproach",
    "TransducerOrientation",
    "TransducerScanPattern",
    "TreadmillSpeed",
    "TreatmentDeliveryDeviceType",
    "TreatmentPoint",
    "TreatmentSessionConfirmationAssertion",
    "TreatmentTerminationReason",
    "TreatmentToleranceViolationCause",
    "TricuspidValveFindingSite",
    "TumorGraftHistologicType",
    "TumorStagesFromAJCC",
    "UBERON",
    "UCUM",
    "UIDType",
    "UMLS",
    "UNS",
    "UPC",
    "UltrasoundBeamPath",
    "UltrasoundBloodVelocityMeasurement",
    "UltrasoundContrastBolusAgent",
    "UltrasoundFindingForBreast",
    "UltrasoundImageMode",
    "UltrasoundPelvisAndUterusMeasurement",
    "UltrasoundProtocolStageType",
    "UltrasoundProtocolType",
    "UltrasoundRelevantPatientCondition",
    "UltrasoundShearWaveMeasurement",
    "UltrasoundTransducerApplication",
    "UltrasoundTransducerBeamSteering",
    "UltrasoundTransducerGeometry",
    "UltrasoundTransducerTechnology",
    "UpperExtremityArtery",
    "UpperExtremityVein",
    "UsageExposureAmountQualitativeConcept",
    "UsageExposureFrequencyQualitativeConcept",
    "UsageExposureQualitativeConcept",
    "UseStatus",
    "V99SDM",
    "VSDDescription",
    "ValueTiming",
    "ValveArea",
    "ValveFlow",
    "ValvularAbnormality",
    "VascularAnatomy",
    "VascularComplication",
    "VascularDissectionClassification",
    "VascularIndexRatio",
    "VascularMeasurementSite",
    "VascularMorphology",
    "VascularSclerosisType",
    "VascularSegmentationType",
    "VascularSummary",
    "VascularUltrasoundAnatomicLocation",
    "VascularUltrasoundProperty",
    "VascularUltrasoundReportDocumentTitle",
    "Vascularity",
    "VenousSourceLocation",
    "Ventilation",
    "VentilationAction",
    "VentricleIdentification",
    "VentricularEnlargement",
    "VentricularSourceLocation",
    "Vertebra",
    "VertebralAnatomicStructure",
    "VesselBranchModifier",
    "VesselDescriptor",
    "VesselLumenCrossSectionalAreaCalculationMethod",
    "VesselSegment",
    "VesselSegmentModifier",
    "ViewForMammography",
    "ViewModifierForMammography",
    "Virus",
    "VisualEvaluationMethod",
    "VisualExplanation",
    "VisualFieldGlobalIndexName",
    "VisualFieldIlluminationColor",
    "VisualFieldProcedureModifier",
    "VisualFieldStaticPerimetryFixationStrategy",
    "VisualFieldStaticPerimetryScreeningTestMode",
    "VisualFieldStaticPerimetryTestAnalysisResult",
    "VisualFieldStaticPerimetryTestPattern",
    "VisualFieldStaticPerimetryTestStrategy",
    "VisualFixationQualityDuringAcquisition",
    "VisualFixationQualityProblem",
    "VitreousStatus",
    "VolumeAndDoseDosimetricObjective",
    "VolumeFlowMethod",
    "VolumeMeasurement",
    "VolumeMeasurementMethod",
    "VolumeMeasurementUnit",
    "VolumetricViewDescription",
    "VolumetricViewModifier",
    "WallMotion",
    "WallMotionComparisonFinding",
    "WallMotionScoringScheme",
    "WaterEquivalentDiameterMethod",
    "WaterType",
    "WaveformAnnotationClassification",
    "WaveformAnnotationsDocumentTitle",
    "WaveformFilterLookupTableInputFrequencyUnit",
    "WaveformFilterLookupTableOutputMagnitudeUnit",
    "WaveformPurposeOfReference",
    "WholeSlideMicroscopyImageReferencedImagePurposeOfReference",
    "WideFieldOphthalmicPhotographyTransformationMethod",
    "WidthDescriptor",
    "WorkitemDefinition",
    "XAXRFAnatomyImaged",
    "XRayFilterMaterial",
    "XRayFilterType",
    "XRayGrid",
    "XRayRadiationDoseProcedureTypeReported",
    "YesNo",
    "YesNoOnly",
    "ZoneOfLung",
    "caDSR",
    "cid10",
    "cid100",
    "cid1000",
    "cid10000",
    "cid10001",
    "cid10002",
    "cid10003",
    "cid10004",
    "cid10005",
    "cid10006",
    "cid10007",
    "cid10008",
    "cid10009",
    "cid1001",
    "cid10010",
    "cid10011",
    "cid10013",
    "cid10014",
    "cid10015",
    "cid10016",
    "cid10017",
    "cid1002",
    "cid10020",
    "cid10021",
    "cid10022",
    "cid10023",
    "cid10024",
    "cid10025",
    "cid1003",
    "cid10030",
    "cid10031",
    "cid10032",
    "cid10033",
    "cid10034",
    "cid1004",
    "cid10040",
    "cid10041",
    "cid10043",
    "cid10044",
    "cid10045",
    "cid10046",
    "cid10047",
    "cid1005",
    "cid10050",
    "cid1006",
    "cid10060",
    "cid10061",
    "cid10062",
    "cid10063",
    "cid10064",
    "cid10065",
    "cid10066",
    "cid10067",
    "cid10068",
    "cid10069",
    "cid10070",
    "cid10071",
    "cid10072",
    "cid10073",
    "cid10074",
    "cid101",
    "cid1010",
    "cid1011",
    "cid1015",
    "cid102",
    "cid103",
    "cid104",
    "cid105",
    "cid106",
    "cid107",
    "cid11",
    "cid11001",
    "cid11002",
    "cid11003",
    "cid11004",
    "cid11005",
    "cid11006",
    "cid12",
    "cid1200",
    "cid12001",
    "cid12002",
    "cid12003",
    "cid12004",
    "cid12005",
    "cid12006",
    "cid12007",
    "cid12008",
    "cid12009",
    "cid1201",
    "cid12011",
    "cid12012",
    "cid12013",
    "cid12014",
    "cid12015",
    "cid12016",
    "cid12017",
    "cid12018",
    "cid12019",
    "cid12020",
    "cid12021",
    "cid12022",
    "cid12023",
    "cid12024",
    "cid12025",
    "cid12030",
    "cid12031",
    "cid12032",
    "cid12033",
    "cid12034",
    "cid12035",
    "cid12100",
    "cid12101",
    "cid12102",
    "cid12103",
    "cid12104",
    "cid12105",
    "cid12106",
    "cid12107",
    "cid12108",
    "cid12109",
    "cid12110",
    "cid12111",
    "cid12112",
    "cid12113",
    "cid12114",
    "cid12115",
    "cid12116",
    "cid12117",
    "cid12118",
    "cid12119",
    "cid12120",
    "cid12121",
    "cid12122",
    "cid12123",
    "cid12124",
    "cid12125",
    "cid12130",
    "cid12131",
    "cid12140",
    "cid12141",
    "cid12200",
    "cid12201",
    "cid12202",
    "cid12203",
    "cid12204",
    "cid12205",
    "cid12206",
    "cid12207",
    "cid12208",
    "cid12209",
    "cid12210",
    "cid12211",
    "cid12212",
    "cid12214",
    "cid12215",
    "cid12216",
    "cid12217",
    "cid12218",
    "cid12219",
    "cid12220",
    "cid12221",
    "cid12222",
    "cid12223",
    "cid12224",
    "cid12226",
    "cid12227",
    "cid12228",
    "cid12229",
    "cid12230",
    "cid12231",
    "cid12232",
    "cid12233",
    "cid12234",
    "cid12235",
    "cid12236",
    "cid12237",
    "cid12238",
    "cid12239",
    "cid12240",
    "cid12241",
    "cid12242",
    "cid12243",
    "cid12244",
    "cid12245",
    "cid12246",
    "cid12247",
    "cid12248",
    "cid12249",
    "cid12250",
    "cid12251",
    "cid12252",
    "cid12253",
    "cid12254",
    "cid12255",
    "cid12257",
    "cid12258",
    "cid12259",
    "cid12260",
    "cid12261",
    "cid12262",
    "cid12263",
    "cid12264",
    "cid12265",
    "cid12266",
    "cid12267",
    "cid12268",
    "cid12269",
    "cid12270",
    "cid12271",
    "cid12272",
    "cid12273",
    "cid12274",
    "cid12275",
    "cid12276",
    "cid12277",
    "cid12279",
    "cid12280",
    "cid12281",
    "cid12282",
    "cid12283",
    "cid12284",
    "cid12285",
    "cid12286",
    "cid12287",
    "cid12288",
    "cid12289",
    "cid12290",
    "cid12291",
    "cid12292",
    "cid12293",
    "cid12294",
    "cid12300",
    "cid12301",
    "cid12302",
    "cid12303",
    "cid12304",
    "cid12305",
    "cid12306",
    "cid12307",
    "cid12308",
    "cid12309",
    "cid12310",
    "cid12311",
    "cid12320",
    "cid12321",
    "cid12322",
    "cid12323",
    "cid12324",
    "cid12325",
    "cid13",
    "cid18",
    "cid19",
    "cid2",
    "cid20",
    "cid21",
    "cid210",
    "cid211",
    "cid212",
    "cid217",
    "cid218",
    "cid219",
    "cid220",
    "cid221",
    "cid222",
    "cid223",
    "cid224",
    "cid225",
    "cid226",
    "cid227",
    "cid228",
    "cid23",
    "cid230",
    "cid231",
    "cid240",
    "cid241",
    "cid242",
    "cid244",
    "cid245",
    "cid246",
    "cid247",
    "cid25",
    "cid250",
    "cid251",
    "cid252",
    "cid26",
    "cid27",
    "cid270",
    "cid271",
    "cid272",
    "cid280",
    "cid29",
    "cid30",
    "cid300",
    "cid3000",
    "cid3001",
    "cid3003",
    "cid3004",
    "cid3005",
    "cid301",
    "cid3010",
    "cid3011",
    "cid3014",
    "cid3015",
    "cid3016",
    "cid3019",
    "cid3020",
    "cid3021",
    "cid3022",
    "cid3030",
    "cid3031",
    "cid3032",
    "cid3033",
    "cid3034",
    "cid3035",
    "cid3036",
    "cid3037",
    "cid3038",
    "cid3039",
    "cid3040",
    "cid3041",
    "cid3042",
    "cid3043",
    "cid3044",
    "cid3045",
    "cid3046",
    "cid3047",
    "cid3048",
    "cid3049",
    "cid3050",
    "cid3082",
    "cid3083",
    "cid3090",
    "cid31",
    "cid3101",
    "cid3102",
    "cid3104",
    "cid3106",
    "cid3107",
    "cid3108",
    "cid3110",
    "cid3111",
    "cid3112",
    "cid3113",
    "cid3114",
    "cid3115",
    "cid3116",
    "cid3117",
    "cid3118",
    "cid3119",
    "cid3120",
    "cid3121",
    "cid3122",
    "cid32",
    "cid3200",
    "cid3201",
    "cid3202",
    "cid3203",
    "cid3204",
    "cid3205",
    "cid3206",
    "cid3207",
    "cid3208",
    "cid3209",
    "cid3210",
    "cid3211",
    "cid3212",
    "cid3213",
    "cid3215",
    "cid3217",
    "cid3220",
    "cid3221",
    "cid3227",
    "cid3228",
    "cid3229",
    "cid3230",
    "cid3231",
    "cid3232",
    "cid3233",
    "cid3234",
    "cid3235",
    "cid3236",
    "cid3237",
    "cid3238",
    "cid3239",
    "cid3240",
    "cid3241",
    "cid3250",
    "cid3254",
    "cid3261",
    "cid3262",
    "cid3263",
    "cid3264",
    "cid3271",
    "cid33",
    "cid3335",
    "cid3337",
    "cid3339",
    "cid3400",
    "cid3401",
    "cid3402",
    "cid3403",
    "cid3404",
    "cid3405",
    "cid3406",
    "cid3407",
    "cid3408",
    "cid3409",
    "cid3410",
    "cid3411",
    "cid3412",
    "cid3413",
    "cid3414",
    "cid3415",
    "cid3416",
    "cid3418",
    "cid3419",
    "cid3421",
    "cid3422",
    "cid3423",
    "cid3425",
    "cid3426",
    "cid3427",
    "cid3428",
    "cid3429",
    "cid3430",
    "cid3440",
    "cid3441",
    "cid3442",
    "cid3446",
    "cid3448",
    "cid3451",
    "cid3452",
    "cid3453",
    "cid3455",
    "cid3456",
    "cid3458",
    "cid3460",
    "cid3461",
    "cid3462",
    "cid3463",
    "cid3465",
    "cid3466",
    "cid3467",
    "cid3468",
    "cid3469",
    "cid3470",
    "cid3471",
    "cid3472",
    "cid3480",
    "cid3481",
    "cid3482",
    "cid3483",
    "cid3484",
    "cid3485",
    "cid3486",
    "cid3487",
    "cid3488",
    "cid3489",
    "cid3491",
    "cid3492",
    "cid3493",
    "cid3494",
    "cid3495",
    "cid3496",
    "cid3497",
    "cid3500",
    "cid3502",
    "cid3503",
    "cid3510",
    "cid3515",
    "cid3520",
    "cid3524",
    "cid3525",
    "cid3526",
    "cid3527",
    "cid3528",
    "cid3529",
    "cid3530",
    "cid3531",
    "cid3550",
    "cid3551",
    "cid3552",
    "cid3553",
    "cid3554",
    "cid3555",
    "cid3560",
    "cid3600",
    "cid3602",
    "cid3604",
    "cid3606",
    "cid3607",
    "cid3608",
    "cid3609",
    "cid3610",
    "cid3611",
    "cid3612",
    "cid3613",
    "cid3614",
    "cid3615",
    "cid3616",
    "cid3617",
    "cid3618",
    "cid3619",
    "cid3620",
    "cid3621",
    "cid3627",
    "cid3628",
    "cid3629",
    "cid3630",
    "cid3640",
    "cid3641",
    "cid3642",
    "cid3651",
    "cid3663",
    "cid3664",
    "cid3666",
    "cid3667",
    "cid3668",
    "cid3670",
    "cid3671",
    "cid3672",
    "cid3673",
    "cid3675",
    "cid3676",
    "cid3677",
    "cid3678",
    "cid3679",
    "cid3680",
    "cid3681",
    "cid3682",
    "cid3683",
    "cid3684",
    "cid3685",
    "cid3686",
    "cid3687",
    "cid3688",
    "cid3689",
    "cid3690",
    "cid3691",
    "cid3692",
    "cid3700",
    "cid3701",
    "cid3703",
    "cid3704",
    "cid3705",
    "cid3706",
    "cid3707",
    "cid3709",
    "cid3710",
    "cid3711",
    "cid3712",
    "cid3713",
    "cid3714",
    "cid3715",
    "cid3716",
    "cid3717",
    "cid3718",
    "cid3719",
    "cid3720",
    "cid3721",
    "cid3722",
    "cid3723",
    "cid3724",
    "cid3726",
    "cid3727",
    "cid3728",
    "cid3729",
    "cid3730",
    "cid3733",
    "cid3735",
    "cid3736",
    "cid3737",
    "cid3738",
    "cid3739",
    "cid3740",
    "cid3741",
    "cid3742",
    "cid3743",
    "cid3744",
    "cid3745",
    "cid3746",
    "cid3747",
    "cid3748",
    "cid3749",
    "cid3750",
    "cid3752",
    "cid3754",
    "cid3755",
    "cid3756",
    "cid3757",
    "cid3758",
    "cid3760",
    "cid3761",
    "cid3762",
    "cid3764",
    "cid3769",
    "cid3770",
    "cid3772",
    "cid3773",
    "cid3774",
    "cid3777",
    "cid3778",
    "cid3780",
    "cid3781",
    "cid3782",
    "cid3783",
    "cid3784",
    "cid3785",
    "cid3802",
    "cid3804",
    "cid3805",
    "cid3806",
    "cid3807",
    "cid3808",
    "cid3809",
    "cid3810",
    "cid3813",
    "cid3814",
    "cid3815",
    "cid3817",
    "cid3820",
    "cid3821",
    "cid3823",
    "cid3826",
    "cid3827",
    "cid3829",
    "cid3831",
    "cid3832",
    "cid3833",
    "cid3835",
    "cid3836",
    "cid3837",
    "cid3838",
    "cid3839",
    "cid3840",
    "cid3843",
    "cid3850",
    "cid4",
    "cid400",
    "cid4005",
    "cid4009",
    "cid401",
    "cid4010",
    "cid4011",
    "cid4012",
    "cid4013",
    "cid4014",
    "cid4015",
    "cid4016",
    "cid4017",
    "cid4018",
    "cid4019",
    "cid402",
    "cid4020",
    "cid4021",
    "cid4025",
    "cid4026",
    "cid4028",
    "cid4029",
    "cid403",
    "cid4030",
    "cid4031",
    "cid4032",
    "cid4033",
    "cid404",
    "cid4040",
    "cid4042",
    "cid405",
    "cid4050",
    "cid4051",
    "cid4052",
    "cid4100",
    "cid4101",
    "cid4102",
    "cid4103",
    "cid4104",
    "cid4105",
    "cid4106",
    "cid4107",
    "cid4108",
    "cid4109",
    "cid4110",
    "cid4111",
    "cid42",
    "cid4200",
    "cid4201",
    "cid4202",
    "cid4203",
    "cid4204",
    "cid4205",
    "cid4206",
    "cid4207",
    "cid4208",
    "cid4209",
    "cid4210",
    "cid4211",
    "cid4214",
    "cid4215",
    "cid4216",
    "cid4220",
    "cid4221",
    "cid4222",
    "cid4230",
    "cid4231",
    "cid4232",
    "cid4233",
    "cid4234",
    "cid4235",
    "cid4236",
    "cid4237",
    "cid4238",
    "cid4239",
    "cid4240",
    "cid4241",
    "cid4242",
    "cid4243",
    "cid4244",
    "cid4245",
    "cid4250",
    "cid4251",
    "cid4252",
    "cid4253",
    "cid4254",
    "cid4255",
    "cid4256",
    "cid4257",
    "cid4260",
    "cid4261",
    "cid4262",
    "cid4263",
    "cid4264",
    "cid4265",
    "cid4266",
    "cid4267",
    "cid4268",
    "cid4270",
    "cid4271",
    "cid4272",
    "cid4273",
    "cid43",
    "cid44",
    "cid4401",
    "cid4402",
    "cid4403",
    "cid4404",
    "cid4405",
    "cid4406",
    "cid4407",
    "cid4408",
    "cid4409",
    "cid4410",
    "cid4411",
    "cid4412",
    "cid5",
    "cid50",
    "cid5000",
    "cid5001",
    "cid5002",
    "cid501",
    "cid502",
    "cid6",
    "cid60",
    "cid6000",
    "cid6001",
    "cid6002",
    "cid6003",
    "cid6004",
    "cid6005",
    "cid6006",
    "cid6007",
    "cid6008",
    "cid6009",
    "cid601",
    "cid6010",
    "cid6011",
    "cid6012",
    "cid6013",
    "cid6014",
    "cid6015",
    "cid6016",
    "cid6017",
    "cid6018",
    "cid6019",
    "cid602",
    "cid6020",
    "cid6021",
    "cid6022",
    "cid6023",
    "cid6024",
    "cid6025",
    "cid6026",
    "cid6027",
    "cid6028",
    "cid6029",
    "cid603",
    "cid6030",
    "cid6031",
    "cid6032",
    "cid6033",
    "cid6034",
    "cid6035",
    "cid6036",
    "cid6037",
    "cid6038",
    "cid6039",
    "cid604",
    "cid6040",
    "cid6041",
    "cid6042",
    "cid6043",
    "cid6044",
    "cid6045",
    "cid6046",
    "cid6047",
    "cid6048",
    "cid605",
    "cid6050",
    "cid6051",
    "cid6052",
    "cid6053",
    "cid6054",
    "cid6055",
    "cid6056",
    "cid6057",
    "cid6058",
    "cid6059",
    "cid606",
    "cid6060",
    "cid6061",
    "cid6062",
    "cid6063",
    "cid6064",
    "cid6065",
    "cid6066",
    "cid6067",
    "cid6068",
    "cid6069",
    "cid607",
    "cid6070",
    "cid6071",
    "cid6072",
    "cid608",
    "cid6080",
    "cid6081",
    "cid6082",
    "cid6083",
    "cid6084",
    "cid6085",
    "cid6086",
    "cid6087",
    "cid6088",
    "cid6089",
    "cid609",
    "cid6090",
    "cid6091",
    "cid6092",
    "cid6093",
    "cid6094",
    "cid6095",
    "cid6096",
    "cid6097",
    "cid6098",
    "cid6099",
    "cid61",
    "cid610",
    "cid6100",
    "cid6101",
    "cid6102",
    "cid6103",
    "cid6104",
    "cid6105",
    "cid6106",
    "cid6107",
    "cid6108",
    "cid6109",
    "cid611",
    "cid6110",
    "cid6111",
    "cid6112",
    "cid6113",
    "cid6114",
    "cid6115",
    "cid6116",
    "cid6117",
    "cid6118",
    "cid6119",
    "cid612",
    "cid6120",
    "cid6121",
    "cid6122",
    "cid6123",
    "cid6124",
    "cid6125",
    "cid6126",
    "cid6127",
    "cid6128",
    "cid6129",
    "cid613",
    "cid6130",
    "cid6131",
    "cid6132",
    "cid6133",
    "cid6134",
    "cid6135",
    "cid6136",
    "cid6137",
    "cid6138",
    "cid6139",
    "cid614",
    "cid6140",
    "cid6141",
    "cid6142",
    "cid6143",
    "cid6144",
    "cid6145",
    "cid6146",
    "cid6147",
    "cid6148",
    "cid6149",
    "cid615",
    "cid6151",
    "cid6152",
    "cid6153",
    "cid6154",
    "cid6155",
    "cid6157",
    "cid6158",
    "cid6159",
    "cid616",
    "cid6160",
    "cid6161",
    "cid6162",
    "cid6163",
    "cid6164",
    "cid6165",
    "cid6166",
    "cid617",
    "cid6170",
    "cid6171",
    "cid618",
    "cid619",
    "cid62",
    "cid620",
    "cid6200",
    "cid6201",
    "cid6202",
    "cid6203",
    "cid6204",
    "cid6205",
    "cid6206",
    "cid6207",
    "cid6208",
    "cid6209",
    "cid621",
    "cid6210",
    "cid6211",
    "cid6212",
    "cid622",
    "cid623",
    "cid624",
    "cid625",
    "cid626",
    "cid627",
    "cid628",
    "cid629",
    "cid63",
    "cid630",
    "cid6300",
    "cid6301",
    "cid6302",
    "cid6303",
    "cid6304",
    "cid631",
    "cid6310",
    "cid6311",
    "cid6312",
    "cid6313",
    "cid6314",
    "cid6315",
    "cid6316",
    "cid6317",
    "cid6318",
    "cid6319",
    "cid632",
    "cid6320",
    "cid6321",
    "cid6322",
    "cid6323",
    "cid6324",
    "cid6325",
    "cid6326",
    "cid6327",
    "cid6328",
    "cid6329",
    "cid633",
    "cid6330",
    "cid6331",
    "cid6332",
    "cid6333",
    "cid6334",
    "cid6335",
    "cid6336",
    "cid6337",
    "cid6338",
    "cid6339",
    "cid634",
    "cid6340",
    "cid6341",
    "cid6342",
    "cid6343",
    "cid6344",
    "cid6345",
    "cid6346",
    "cid6347",
    "cid6348",
    "cid6349",
    "cid635",
    "cid6350",
    "cid6351",
    "cid6352",
    "cid6353",
    "cid636",
    "cid637",
    "cid638",
    "cid639",
    "cid64",
    "cid640",
    "cid6401",
    "cid6402",
    "cid6403",
    "cid6404",
    "cid6405",
    "cid641",
    "cid642",
    "cid643",
    "cid644",
    "cid645",
    "cid646",
    "cid647",
    "cid65",
    "cid66",
    "cid67",
    "cid68",
    "cid69",
    "cid7",
    "cid70",
    "cid7000",
    "cid7001",
    "cid7002",
    "cid7003",
    "cid7004",
    "cid7005",
    "cid7006",
    "cid7007",
    "cid7008",
    "cid7009",
    "cid701",
    "cid7010",
    "cid7011",
    "cid7012",
    "cid7013",
    "cid7014",
    "cid7015",
    "cid7016",
    "cid7017",
    "cid7018",
    "cid7019",
    "cid702",
    "cid7020",
    "cid7021",
    "cid7022",
    "cid7023",
    "cid7024",
    "cid7025",
    "cid7026",
    "cid7027",
    "cid703",
    "cid7030",
    "cid7031",
    "cid7035",
    "cid7036",
    "cid7039",
    "cid7040",
    "cid7041",
    "cid7042",
    "cid7050",
    "cid7060",
    "cid7061",
    "cid7062",
    "cid7063",
    "cid7064",
    "cid7070",
    "cid71",
    "cid7100",
    "cid7101",
    "cid7110",
    "cid7111",
    "cid7112",
    "cid7140",
    "cid7150",
    "cid7151",
    "cid7152",
    "cid7153",
    "cid7154",
    "cid7155",
    "cid7156",
    "cid7157",
    "cid7158",
    "cid7159",
    "cid7160",
    "cid7161",
    "cid7162",
    "cid7165",
    "cid7166",
    "cid7167",
    "cid7168",
    "cid7169",
    "cid7170",
    "cid7171",
    "cid7180",
    "cid7181",
    "cid7182",
    "cid7183",
    "cid7184",
    "cid7185",
    "cid7186",
    "cid7191",
    "cid7192",
    "cid7193",
    "cid7194",
    "cid7195",
    "cid7196",
    "cid7197",
    "cid7198",
    "cid7199",
    "cid72",
    "cid7201",
    "cid7202",
    "cid7203",
    "cid7205",
    "cid7210",
    "cid7215",
    "cid7220",
    "cid7221",
    "cid7222",
    "cid7230",
    "cid7250",
    "cid7260",
    "cid7261",
    "cid7262",
    "cid7263",
    "cid7270",
    "cid7271",
    "cid7272",
    "cid7273",
    "cid7274",
    "cid7275",
    "cid7276",
    "cid7277",
    "cid73",
    "cid7300",
    "cid7301",
    "cid7302",
    "cid7303",
    "cid7304",
    "cid7305",
    "cid7306",
    "cid7307",
    "cid7308",
    "cid7309",
    "cid7310",
    "cid7320",
    "cid74",
    "cid7445",
    "cid7449",
    "cid7450",
    "cid7451",
    "cid7452",
    "cid7453",
    "cid7454",
    "cid7455",
    "cid7456",
    "cid7457",
    "cid7460",
    "cid7461",
    "cid7462",
    "cid7464",
    "cid7465",
    "cid7466",
    "cid7467",
    "cid7468",
    "cid7469",
    "cid7470",
    "cid7471",
    "cid7472",
    "cid7473",
    "cid7474",
    "cid7475",
    "cid7476",
    "cid7477",
    "cid7478",
    "cid7479",
    "cid7481",
    "cid7482",
    "cid7483",
    "cid7484",
    "cid7486",
    "cid7490",
    "cid75",
    "cid7500",
    "cid7501",
    "cid7550",
    "cid7551",
    "cid7552",
    "cid7553",
    "cid76",
    "cid7600",
    "cid7601",
    "cid7602",
    "cid7603",
    "cid7604",
    "cid7701",
    "cid7702",
    "cid7703",
    "cid7704",
    "cid7705",
    "cid7706",
    "cid7707",
    "cid7710",
    "cid8",
    "cid800",
    "cid8101",
    "cid8102",
    "cid8103",
    "cid8104",
    "cid8109",
    "cid8110",
    "cid8111",
    "cid8112",
    "cid8113",
    "cid8114",
    "cid8115",
    "cid8120",
    "cid8121",
    "cid8122",
    "cid8123",
    "cid8124",
    "cid8125",
    "cid8130",
    "cid8131",
    "cid8132",
    "cid8133",
    "cid8134",
    "cid8135",
    "cid8136",
    "cid82",
    "cid8201",
    "cid8202",
    "cid8203",
    "cid83",
    "cid8300",
    "cid8301",
    "cid8302",
    "cid8303",
    "cid84",
    "cid85",
    "cid9",
    "cid9000",
    "cid91",
    "cid92",
    "cid9231",
    "cid9232",
    "cid9233",
    "cid9241",
    "cid9242",
    "cid9243",
    "cid9250",
    "cid9260",
    "cid9261",
    "cid9262",
    "cid9263",
    "cid9264",
    "cid9265",
    "cid9266",
    "cid9267",
    "cid9268",
    "cid9269",
    "cid9270",
    "cid9271",
    "cid9272",
    "cid9273",
    "cid93",
    "cid9300",
    "cid9301",
    "cid9302",
    "cid9303",
    "cid94",
    "cid9401",
    "cid9402",
    "cid9403",
    "cid9500",
    "cid9501",
    "cid9502",
    "cid9503",
    "cid9504",
    "cid9505",
    "cid9506",
    "cid9507",
    "cid9508",
    "cid9509",
    "cid9510",
    "cid9511",
    "cid9512",
    "cid9513",
    "cid9514",
    "cid9515",
    "cid9516",
    "cid9517",
    "cid9518",
    "cid9519",
    "cid9520",
    "cid9521",
    "cid9522",
    "cid9523",
    "cid9524",
    "cid9525",
    "cid9526",
    "cid9527",
    "cid9528",
    "cid9529",
    "cid9530",
    "cid9531",
    "cid9532",
    "cid9533",
    "cid9534",
    "cid9535",
    "cid9536",
    "cid9537",
    "cid9538",
    "cid9539",
    "cid9540",
    "cid9541",
    "cid9542",
    "cid9543",
    "cid9544",
    "cid9545",
    "cid9546",
    "cid9547",
    "cid9548",
    "cid9549",
    "cid9550",
    "cid9551",
    "cid9552",
    "cid9553",
    "cid9554",
    "cid9555",
    "cid9556",
    "cid9557",
    "cid9558",
    "cid9559",
    "cid9560",
    "cid9561",
    "cid9562",
    "cid9563",
    "cid9564",
    "cid9565",
    "cid9566",
    "cid9567",
    "cid9568",
    "cid9569",
    "cid9570",
    "cid9571",
    "cid9572",
    "cid9573",
    "cid9574",
    "cid9575",
    "cid9576",
    "cid9577",
    "cid9578",
    "cid9579",
    "cid9580",
    "cid9581",
    "cid9582",
    "cid9583",
    "groups",
    "mediaType",
    "mpMRIAssessmentType",
    "mpMRIAssessmentTypeFromPIRADS",
    "mpMRIAssessmentValue",
    "mpMRIBenignProstateAbnormalityFromPIRADS",
    "mpMRIProstateAbnormalityFromPIRADS",
    "scheme_99sdm",
    "scheme_acr",
    "scheme_actcode",
    "scheme_actpriority",
    "scheme_administrativegender",
    "scheme_astm_sigpurpose",
    "scheme_bari",
    "scheme_bi",
    "scheme_c4",
    "scheme_c5",
    "scheme_cadsr",
    "scheme_cd2",
    "scheme_confidentiality",
    "scheme_ctv3",
    "scheme_dc",
    "scheme_dcm",
    "scheme_dcmuid",
    "scheme_fma",
    "scheme_hpc",
    "scheme_i10",
    "scheme_i10c",
    "scheme_i10p",
    "scheme_i11",
    "scheme_i9",
    "scheme_i9c",
    "scheme_ibsi",
    "scheme_icdo3",
    "scheme_ietf4646",
    "scheme_iso3166_1",
    "scheme_iso5218_1",
    "scheme_iso639_1",
    "scheme_iso639_2",
    "scheme_iso_oid",
    "scheme_itis_tsn",
    "scheme_ln",
    "scheme_ma",
    "scheme_mayoasrg",
    "scheme_mdc",
    "scheme_mdns",
    "scheme_mediatype",
    "scheme_mgi",
    "scheme_msh",
    "scheme_nbd",
    "scheme_nbg",
    "scheme_ncdr",
    "scheme_ncit",
    "scheme_ndc",
    "scheme_neu",
    "scheme_nicip",
    "scheme_npi",
    "scheme_nullflavor",
    "scheme_nyumccg",
    "scheme_observationinterpretation",
    "scheme_participationtype",
    "scheme_pathlex",
    "scheme_pos",
    "scheme_pubchem_cid",
    "scheme_radelement",
    "scheme_radlex",
    "scheme_rfc3066",
    "scheme_rfc5646",
    "scheme_rfc_3881",
    "scheme_ro",
    "scheme_rrid",
    "scheme_rxnorm",
    "scheme_scpecg",
    "scheme_sct",
    "scheme_snm3",
    "scheme_srt",
    "scheme_uberon",
    "scheme_ucum",
    "scheme_umls",
    "scheme_uns",
    "scheme_upc",
]

_MODULES: dict[str, str] = {
    "ACR": "scheme_acr",
    "ASTM_sigpurpose": "scheme_astm_sigpurpose",
    "AbdominalInterventionType": "cid6319",
    "AbdominalSegmentationType": "cid7154",
    "AbdominopelvicArteryPaired": "cid12111",
    "AbdominopelvicArteryUnpaired": "cid12112",
    "AbdominopelvicIntervention": "cid6320",
    "AbdominopelvicVeinPaired": "cid12113",
    "AbdominopelvicVeinUnpaired": "cid12114",
    "AbdominopelvicVessel": "cid12125",
    "AbnormalLinesFindingOrFeature": "cid6103",
    "AbnormalLucencyFindingOrFeature": "cid6105",
    "AbnormalOpacityFindingOrFeature": "cid6104",
    "AbnormalTextureFindingOrFeature": "cid6106",
    "AbsorbedRadiationDoseType": "cid10061",
    "AbstractMultiDimensionalImageModelAxisDirection": "cid7184",
    "AbstractMultiDimensionalImageModelAxisOrientation": "cid7185",
    "AbstractMultiDimensionalImageModelComponentSemantic": "cid7180",
    "AbstractMultiDimensionalImageModelComponentUnit": "cid7181",
    "AbstractMultiDimensionalImageModelDimensionSemantic": "cid7182",
    "AbstractMultiDimensionalImageModelDimensionUnit": "cid7183",
    "AbstractMultiDimensionalImageModelQualitativeDimensionSampleSemantic": "cid7186",
    "AbstractPrior": "cid31",
    "AbstractSegmentationType": "cid7165",
    "AcousticCouplingMedium": "cid11002",
    "AcquisitionInitiationTypes": "cid9270",
    "AcquisitionModality": "cid29",
    "ActCode": "scheme_actcode",
    "ActPriority": "scheme_actpriority",
    "ActionableFindingClassification": "cid7035",
    "AcuteCoronarySyndromeTimePeriod": "cid3735",
    "AdministrationRoute": "cid11",
    "AdministrativeGender": "scheme_administrativegender",
    "AdmissionStatus": "cid3729",
    "AdverseOutcome": "cid3413",
    "AgeUnit": "cid7456",
    "AirwayAssessment": "cid3448",
    "AirwayManagementMethodCodeTypeForSmallAnimalAnesthesia": "cid617",
    "AirwayManagementMethodCodeTypeFromAnesthesiaQualityInitiative": "cid618",
    "AirwayManagementSubMethodCodeTypeForSmallAnimalAnesthesia": "cid619",
    "AirwayManagementSubMethodCodeTypeFromAnesthesiaQualityInitiative": "cid620",
    "AnalogWaveformFilter": "cid3042",
    "AnatomicModifier": "cid2",
    "AnatomicNoncolonFinding": "cid6204",
    "AnatomicPathologySpecimenType": "cid8103",
    "AnatomicRegion": "cid4",
    "AnatomicRegionForIntraoralRadiography": "cid4016",
    "AnatomicRegionForMammography": "cid4013",
    "AnatomicRegionModifierForIntraoralRadiography": "cid4017",
    "AnatomicStructure": "cid8134",
    "AnatomicalReferenceBasis": "cid1001",
    "AnatomicalReferenceBasisAbdomenPelvis": "cid1005",
    "AnatomicalReferenceBasisChest": "cid1004",
    "AnatomicalReferenceBasisExtremity": "cid1006",
    "AnatomicalReferenceBasisHead": "cid1002",
    "AnatomicalReferenceBasisSpine": "cid1003",
    "AnatomicalStructureForRadiotherapy": "cid9514",
    "AnatomicalStructureSegmentationPropertyType": "cid7192",
    "AnatomicallyLocalizedLesionSegmentationType": "cid7199",
    "AncillaryMedicationsForSmallAnimalAnesthesia": "cid628",
    "AnesthesiaCategoryCodeTypeForSmallAnimalAnesthesia": "cid611",
    "AnesthesiaCategoryCodeTypeFromAnesthesiaQualityInitiative": "cid612",
    "AnesthesiaInductionCodeTypeForSmallAnimalAnesthesia": "cid613",
    "AnesthesiaInductionCodeTypeFromAnesthesiaQualityInitiative": "cid614",
    "AnesthesiaMaintenanceCodeTypeForSmallAnimalAnesthesia": "cid615",
    "AnesthesiaMaintenanceCodeTypeFromAnesthesiaQualityInitiative": "cid616",
    "AneurysmType": "cid3808",
    "AngiographicEFTestingMethod": "cid3748",
    "AngiographicInterventionalDevice": "cid8",
    "AngleMeasurement": "cid7550",
    "AnimalBeddingMaterial": "cid605",
    "AnimalFeedSource": "cid608",
    "AnimalFeedType": "cid607",
    "AnimalFeedingMethod": "cid609",
    "AnimalHandlingPhase": "cid634",
    "AnimalRoomType": "cid603",
    "AnimalShelterType": "cid606",
    "AnimalTaxonomicRankValue": "cid7454",
    "AnodeTargetMaterial": "cid10016",
    "AnteriorChamberDepthDefinition": "cid4239",
    "AntiarrhythmicAgent": "cid3762",
    "AntilipemicAgent": "cid3761",
    "AorticRootDescription": "cid3709",
    "AorticValveFindingSite": "cid12242",
    "AreaMeasurement": "cid7471",
    "AreaMeasurementUnit": "cid7461",
    "ArterialInputFunctionMeasurementMethod": "cid4103",
    "ArterialLesionLocation": "cid3604",
    "ArterialPulseWaveform": "cid3004",
    "ArterialSourceLocation": "cid3606",
    "ArterialVenousContent": "cid3529",
    "ArtifactSegmentationType": "cid7158",
    "AssessmentBasis": "cid703",
    "AssessmentFromBIRADS": "cid6027",
    "AssessmentFromCADRADS": "cid3020",
    "AssessmentOfMetastasisForBreast": "cid6162",
    "AssociatedCondition": "cid3809",
    "AssociatedFindingForBreast": "cid6056",
    "AssociationFiber": "cid7703",
    "AtrialSourceLocation": "cid3608",
    "AttenuationCoefficientMeasurement": "cid6141",
    "AttenuationCorrection": "cid3112",
    "AttenuationCorrectionMethod": "cid3117",
    "AttenuatorCategory": "cid10066",
    "AudioChannelSource": "cid3000",
    "AuditActiveParticipantRoleIDCode": "cid402",
    "AuditEventID": "cid400",
    "AuditEventTypeCode": "cid401",
    "AuditParticipantObjectIDTypeCode": "cid404",
    "AutomationOfMeasurement": "cid7230",
    "BARI": "scheme_bari",
    "BI": "scheme_bi",
    "BPResponse": "cid3211",
    "BackgroundEchotexture": "cid6151",
    "BaselineCategory": "cid6145",
    "BasicCardiacView": "cid27",
    "BasicEchoAnatomicSite": "cid12305",
    "BeamLimitingDeviceType": "cid9541",
    "BenignPathologyCodeFromBIRADS": "cid6031",
    "BestInSet": "cid7012",
    "BiosafetyControlReason": "cid602",
    "BiosafetyLevel": "cid601",
    "BloodBaseExcess": "cid3527",
    "BloodGasContent": "cid3525",
    "BloodGasPressure": "cid3524",
    "BloodGasSaturation": "cid3526",
    "BloodPressureMethod": "cid3560",
    "BloodSourceType": "cid3520",
    "BloodVelocityMeasurement": "cid3612",
    "BloodpH": "cid3528",
    "BloomRichardsonHistologicGrade": "cid6070",
    "BodyPositionChannel": "cid3034",
    "BodySubstanceSegmentationPropertyType": "cid7197",
    "BodySurfaceAreaEquation": "cid3663",
    "BolusArrivalTimeDerivationMethod": "cid4104",
    "BolusShapingCurve": "cid73",
    "BrachytherapyDevice": "cid9506",
    "BrachytherapyIsotope": "cid9528",
    "BrainAtlasFiducial": "cid7101",
    "BrainLesionSegmentationTypeWithNecrosis": "cid7168",
    "BrainLesionSegmentationTypeWithoutNecrosis": "cid7169",
    "BrainStructureForVolumetricMeasurement": "cid7140",
    "BreastBiopsyTechnique": "cid6060",
    "BreastCancerRiskFactor": "cid6081",
    "BreastClinicalFindingOrIndicatedProblem": "cid6055",
    "BreastImagingFinding": "cid6054",
    "BreastImagingProcedureModifier": "cid6061",
    "BreastImagingReportElement": "cid6053",
    "BreastImagingReportSectionTitle": "cid6052",
    "BreastImplantFinding": "cid6072",
    "BreastImplantType": "cid6059",
    "BreastLinearMeasurement": "cid6165",
    "BreastPrimaryTumorAssessmentFromAJCC": "cid6160",
    "BreastProcedureReason": "cid6051",
    "BreastProcedureReported": "cid6050",
    "BreastTissueSpecimenType": "cid8104",
    "BreedRegistry": "cid7481",
    "BronchovascularAnatomyFindingOrFeature": "cid6111",
    "BroselowLutenPediatricSizeCategory": "cid7040",
    "C4": "scheme_c4",
    "C5": "scheme_c5",
    "CADAnalysisType": "cid6137",
    "CADGeometrySecondaryGraphicalRepresentation": "cid6166",
    "CADOperatingPointAxisLabel": "cid6048",
    "CADOutputIntendedUse": "cid6034",
    "CADProcessingAndFindingSummary": "cid6047",
    "CADRADSAssessmentModifier": "cid3022",
    "CADRADSStenosisAssessmentModifier": "cid3021",
    "CArmPhotonElectronDeliveryRateUnit": "cid9550",
    "CArmPhotonElectronDosimeterUnit": "cid9552",
    "CD2": "scheme_cd2",
    "CMDCTECCCalciumScoringPatientSizeCategory": "cid7042",
    "CNSSegmentationType": "cid7153",
    "CRDRMechanicalConfiguration": "cid10031",
    "CTAcquisitionType": "cid10013",
    "CTDoseReferenceAuthority": "cid10015",
    "CTMRandPETAnatomyImaged": "cid4030",
    "CTReconstructionAlgorithm": "cid10033",
    "CTTransversePlaneReferenceBasis": "cid1000",
    "CTV3": "scheme_ctv3",
    "CalcificationDistributionModifier": "cid6012",
    "CalcificationDistributionModifierFromBIRADS": "cid6013",
    "CalcificationTypeFromBIRADS": "cid6011",
    "CalciumDistribution": "cid3489",
    "CalciumScoringPatientSizeCategory": "cid7041",
    "CalculatedValue": "cid6142",
    "CalculatedValueForColonFinding": "cid6212",
    "CalibrationMethod": "cid3452",
    "CalibrationObject": "cid3451",
    "CanadianClinicalClassification": "cid3719",
    "CardiacContractionPhase": "cid3472",
    "CardiacDiagnosticProcedure": "cid3757",
    "CardiacEjectionFraction": "cid3833",
    "CardiacOutputMethod": "cid3628",
    "CardiacOutputProperty": "cid12239",
    "CardiacPatientRiskFactor": "cid3756",
    "CardiacPhase": "cid12233",
    "CardiacPhaseAndTimePoint": "cid12307",
    "CardiacProceduralStateValue": "cid3101",
    "CardiacRhythm": "cid3415",
    "CardiacStructureSegmentationType": "cid7152",
    "CardiacSynchronizationTechnique": "cid3104",
    "CardiacUltrasoundAortaFindingSite": "cid12291",
    "CardiacUltrasoundAortaMeasurement": "cid12274",
    "CardiacUltrasoundAorticSinotubularJunctionMeasurement": "cid12273",
    "CardiacUltrasoundAorticValveMeasurement": "cid12270",
    "CardiacUltrasoundAortoPulmonaryConnectionMeasurement": "cid12276",
    "CardiacUltrasoundAortopulmonaryConnectionFindingSite": "cid12293",
    "CardiacUltrasoundAreaMeasurement": "cid12253",
    "CardiacUltrasoundAtriaAndAtrialSeptumFindingSite": "cid12284",
    "CardiacUltrasoundAtriaAndAtrialSeptumMeasurement": "cid12265",
    "CardiacUltrasoundAtrioventricularValveFindingSite": "cid12285",
    "CardiacUltrasoundAtrioventricularValveseasurement": "cid12268",
    "CardiacUltrasoundCardiacFunction": "cid12252",
    "CardiacUltrasoundCommonLinearMeasurement": "cid12250",
    "CardiacUltrasoundCoronaryArteryFindingSite": "cid12292",
    "CardiacUltrasoundCoronaryArteryMeasurement": "cid12275",
    "CardiacUltrasoundFetalGeneralMeasurement": "cid12279",
    "CardiacUltrasoundFetalSummaryCode": "cid12249",
    "CardiacUltrasoundHemodynamicMeasurement": "cid12254",
    "CardiacUltrasoundIndicationForStudy": "cid12246",
    "CardiacUltrasoundInterventricularSeptumFindingSite": "cid12286",
    "CardiacUltrasoundInterventricularSeptumMeasurement": "cid12269",
    "CardiacUltrasoundLeftVentricleMeasurement": "cid12257",
    "CardiacUltrasoundLinearValveMeasurement": "cid12251",
    "CardiacUltrasoundMitralValveMeasurement": "cid12266",
    "CardiacUltrasoundMyocardiumMeasurement": "cid12255",
    "CardiacUltrasoundOutflowTractFindingSite": "cid12288",
    "CardiacUltrasoundOutflowTractMeasurement": "cid12271",
    "CardiacUltrasoundPericardiumAndPleuraFindingSite": "cid12294",
    "CardiacUltrasoundPericardiumAndPleuraMeasurement": "cid12277",
    "CardiacUltrasoundPulmonaryArteryFindingSite": "cid12290",
    "CardiacUltrasoundPulmonaryArteryMeasurement": "cid12260",
    "CardiacUltrasoundPulmonaryValveMeasurement": "cid12262",
    "CardiacUltrasoundPulmonaryVein": "cid12261",
    "CardiacUltrasoundReportTitle": "cid12245",
    "CardiacUltrasoundRightVentricleMeasurement": "cid12258",
    "CardiacUltrasoundSemilunarValveAnnulateAndSinusMeasurement": "cid12272",
    "CardiacUltrasoundSemilunarValveAnnulusAndSinusFindingSite": "cid12289",
    "CardiacUltrasoundSummaryCode": "cid12248",
    "CardiacUltrasoundTargetSite": "cid12280",
    "CardiacUltrasoundTargetSiteModifier": "cid12281",
    "CardiacUltrasoundTricuspidValveMeasurement": "cid12267",
    "CardiacUltrasoundVenousReturnPulmonaryFindingSite": "cid12283",
    "CardiacUltrasoundVenousReturnPulmonaryMeasurement": "cid12263",
    "CardiacUltrasoundVenousReturnSystemicFindingSite": "cid12282",
    "CardiacUltrasoundVenousReturnSystemicMeasurement": "cid12264",
    "CardiacUltrasoundVentricleFindingSite": "cid12287",
    "CardiacUltrasoundVentriclesMeasurement": "cid12259",
    "CardiacValveTract": "cid3701",
    "CardiacVolumeMeasurement": "cid3835",
    "CardiacVolumeMethod": "cid3453",
    "CardiovascularAnatomicLocation": "cid3630",
    "CardiovascularAnatomicStructure": "cid3010",
    "CardiovascularAnatomicStructureModifier": "cid3019",
    "CardiovascularFamilyHistory": "cid3758",
    "CardiovascularImagingProcedure": "cid3428",
    "CardiovascularSurgery": "cid3721",
    "CarotidRatio": "cid12123",
    "CarrierGasesForSmallAnimalAnesthesia": "cid629",
    "CategoryOfTeachingMaterialImaging": "cid7017",
    "CathComplication": "cid3755",
    "CathDiagnosis": "cid3700",
    "CathFinding": "cid3728",
    "CathProcedureType": "cid3739",
    "CatheterSizeUnit": "cid3510",
    "CatheterizationDevice": "cid3429",
    "CatheterizationIndication": "cid3727",
    "CatheterizationProcedurePhase": "cid3250",
    "ChamberIdentification": "cid3462",
    "ChamberSize": "cid3705",
    "ChangeSinceLastMammogramOrPriorSurgery": "cid6002",
    "ChangeSinceLastMammogramOrPriorSurgeryFromBIRADS": "cid6003",
    "ChestAnatomicStructureAbnormalDistribution": "cid6108",
    "ChestBorderDefinition": "cid6120",
    "ChestBorderShape": "cid6119",
    "ChestCalcificationDescriptor": "cid6132",
    "ChestComponentCategory": "cid6100",
    "ChestContentDescriptor": "cid6122",
    "ChestDistributionDescriptor": "cid6128",
    "ChestFindingOrFeature": "cid6101",
    "ChestFindingOrFeatureModifier": "cid6102",
    "ChestNonLesionObjectType": "cid6138",
    "ChestNonLesionObjectTypePhysicalObject": "cid6404",
    "ChestNonLesionObjectTypeTissue": "cid6405",
    "ChestOpacityDescriptor": "cid6123",
    "ChestOrientationDescriptor": "cid6121",
    "ChestPain": "cid3202",
    "ChestQualitativeTemporalDifferenceType": "cid6134",
    "ChestQuantitativeTemporalDifferenceType": "cid6133",
    "ChestSiteInvolvement": "cid6129",
    "ChestTextureDescriptor": "cid6131",
    "ChestTypesOfQualityControlStandard": "cid6136",
    "CirculatorySupport": "cid3553",
    "CirculatorySupportAction": "cid3550",
    "CircumferentialExtent": "cid3460",
    "ClinicalCourseOfDisease": "cid6098",
    "ClinicalToleranceViolationType": "cid9566",
    "ClockfaceLocationForColon": "cid6205",
    "ClockfaceLocationOrRegion": "cid6018",
    "ClockfaceLocationOrRegionFromBIRADS": "cid6019",
    "ClopidogrelTiclopidineAdministration": "cid3743",
    "ColonCADMaterialDescription": "cid6211",
    "ColonFindingOrFeature": "cid6201",
    "ColonFindingOrFeatureModifier": "cid6202",
    "ColonMorphologyDescriptor": "cid6209",
    "ColonNonLesionObjectType": "cid6203",
    "ColonOverallAssessment": "cid6200",
    "ColonQuantitativeTemporalDifferenceType": "cid6207",
    "ColonTypesOfQualityControlStandard": "cid6208",
    "CommissuralFiber": "cid7705",
    "CommonAnatomicRegion": "cid4031",
    "CommonAnatomicRegionsForAnimal": "cid7483",
    "CommonTissueSegmentationType": "cid7166",
    "ComparisonFinding": "cid3217",
    "CompensatorDeviceType": "cid9542",
    "ComplicationSeverity": "cid251",
    "CompositeFeatureFromBIRADS": "cid6017",
    "CompositeFeatureRelation": "cid6035",
    "ConcernType": "cid3769",
    "Confidentiality": "scheme_confidentiality",
    "CongenitalFindingSite": "cid12244",
    "ConsumableAction": "cid3408",
    "ConsumablesParameter": "cid3426",
    "ContainerComponentType": "cid8102",
    "ContainerType": "cid8101",
    "ContentAssessmentType": "cid701",
    "ContourRealignment": "cid3458",
    "ContraindicationsForCTImaging": "cid1200",
    "ContraindicationsForXAImaging": "cid1201",
    "ContrastBolusSubstance": "cid3850",
    "ContrastCharacteristic": "cid4111",
    "ContrastImagingTechnique": "cid10014",
    "ContributingEquipmentPurposeOfReference": "cid7005",
    "CoreEchoMeasurement": "cid12300",
    "CoreEchoStrainMeasurement": "cid12309",
    "CorneaMeasurementMethodDescriptor": "cid4242",
    "CornealTopographyMapValueType": "cid4268",
    "CornealTopographyMappingUnitForRealWorldValueMapping": "cid4267",
    "CoronaryArtery": "cid3015",
    "CoronaryArterySegment": "cid3014",
    "CoronaryDominance": "cid3710",
    "CoronaryInterventionIndication": "cid3726",
    "CoronaryVein": "cid3839",
    "CorrelationToOtherFinding": "cid6158",
    "CouinaudLiverSegment": "cid7170",
    "CranialNerve": "cid7706",
    "CranioCaudadAngulation": "cid23",
    "CraniofacialAnatomicRegion": "cid4028",
    "CrossSectionalScanPlaneOrientation": "cid6312",
    "Cytokine": "cid642",
    "DC": "scheme_dc",
    "DCM": "scheme_dcm",
    "DCMUID": "scheme_dcmuid",
    "DICOMDevice": "cid30",
    "DXAnatomyImaged": "cid4009",
    "DXAnatomyImagedForAnimal": "cid7482",
    "DXView": "cid4010",
    "DXViewForAnimal": "cid7484",
    "DXViewModifier": "cid4011",
    "DateTimeQualifier": "cid3430",
    "DegreeFinding": "cid3642",
    "DeidentificationMethod": "cid7050",
    "DeliveryTimeStructure": "cid9533",
    "DensityModifier": "cid6008",
    "DensityModifierFromBIRADS": "cid6009",
    "Depth": "cid6024",
    "DepthFromBIRADS": "cid6025",
    "DermatologyAnatomicSite": "cid4029",
    "DetectorType": "cid10030",
    "DeviceParticipatingRole": "cid7445",
    "DeviceRelatedAndEnvironmentRelatedEvent": "cid3039",
    "DeviceReuse": "cid604",
    "DeviceSegmentationType": "cid7157",
    "DeviceUseAction": "cid3422",
    "DiabeticTherapy": "cid3722",
    "DiagnosticImagingReportDocumentTitle": "cid7000",
    "DiagnosticImagingReportElement": "cid7002",
    "DiagnosticImagingReportHeading": "cid7001",
    "DiagnosticImagingReportPurposeOfReference": "cid7003",
    "DiameterDerivation": "cid3838",
    "DiffusionAcquisitionValueType": "cid7260",
    "DiffusionModelValueType": "cid7261",
    "DiffusionRateAreaOverTimeUnit": "cid7277",
    "DiffusionTractographyAlgorithmFamily": "cid7262",
    "DiffusionTractographyMeasurementType": "cid7263",
    "DigitalWaveformFilter": "cid3043",
    "DisplayDeviceType": "cid8303",
    "DoseMeasurementDevice": "cid10010",
    "DoseRelatedDistanceMeasurement": "cid10008",
    "DosimetricObjectiveType": "cid9500",
    "DrugContrastAdministration": "cid3409",
    "DrugContrastNumericParameter": "cid3410",
    "DrugOrContrastAgentCharacteristic": "cid4050",
    "DuctographyFindingForBreast": "cid6057",
    "ECGAnnotation": "cid3335",
    "ECGAxisMeasurement": "cid3229",
    "ECGControlNumericVariable": "cid3690",
    "ECGControlTextVariable": "cid3691",
    "ECGFinding": "cid3230",
    "ECGGlobalWaveformDuration": "cid3689",
    "ECGLead": "cid3001",
    "ECGLeadNoiseDescription": "cid3680",
    "ECGPatientStateValue": "cid3262",
    "ECGProcedureType": "cid3670",
    "ECGTimingMeasurement": "cid3228",
    "EDVolume": "cid3468",
    "EEGAnnotationNeurologicalMonitoringMeasurement": "cid3040",
    "EEGAnnotationNeurophysiologicEnumeration": "cid3035",
    "EEGLead": "cid3030",
    "EEGProcedure": "cid3049",
    "EFTestingMethod": "cid3744",
    "EMGAnnotationNeurophysiologicalEnumeration": "cid3036",
    "EOGAnnotationNeurophysiologicalEnumeration": "cid3037",
    "EOGLead": "cid3033",
    "ESVolume": "cid3469",
    "EarlyGestationBiometryMeasurement": "cid12009",
    "EchoFindingObservationType": "cid12302",
    "EchoFlowDirection": "cid12306",
    "EchoMeasuredProperty": "cid12304",
    "EchoMeasuredStrainProperty": "cid12311",
    "EchoMeasurementType": "cid12303",
    "EchoPattern": "cid6154",
    "EchocardiographyAnatomicSite": "cid12236",
    "EchocardiographyAnatomicSiteModifier": "cid12237",
    "EchocardiographyAortaMeasurement": "cid12212",
    "EchocardiographyAorticValveMeasurement": "cid12211",
    "EchocardiographyAreaMethod": "cid12229",
    "EchocardiographyCardiacShuntMeasurement": "cid12217",
    "EchocardiographyCommonMeasurement": "cid12220",
    "EchocardiographyCongenitalAnomalyMeasurement": "cid12218",
    "EchocardiographyHepaticVeinMeasurement": "cid12216",
    "EchocardiographyImageView": "cid12226",
    "EchocardiographyLeftAtriumMeasurement": "cid12205",
    "EchocardiographyLeftVentricleMeasurement": "cid12200",
    "EchocardiographyMeasurementMethod": "cid12227",
    "EchocardiographyMitralValveMeasurement": "cid12207",
    "EchocardiographyPulmonaryArteryMeasurement": "cid12210",
    "EchocardiographyPulmonaryVeinMeasurement": "cid12214",
    "EchocardiographyPulmonicValveMeasurement": "cid12209",
    "EchocardiographyRightAtriumMeasurement": "cid12206",
    "EchocardiographyRightVentricleMeasurement": "cid12204",
    "EchocardiographyStrokeVolumeOrigin": "cid12223",
    "EchocardiographyTricuspidValveMeasurement": "cid12208",
    "EchocardiographyVenaCavaMeasurement": "cid12215",
    "EchocardiographyVolumeMethod": "cid12228",
    "EctopicBeatMorphology": "cid3234",
    "EffectiveDoseCalculationMethodCategory": "cid9537",
    "EffectiveDoseEvaluationMethod": "cid10011",
    "EjectionFraction": "cid3467",
    "ElastographyMeasurementSite": "cid12322",
    "ElastographySite": "cid12321",
    "ElectrodePlacementValue": "cid3263",
    "ElectrophysiologyAnatomicLocation": "cid3011",
    "ElectrophysiologyAnnotation": "cid3339",
    "ElectrophysiologyMeasurementFunctionAndTechnique": "cid3240",
    "ElectrophysiologyProcedurePhase": "cid3254",
    "ElectrophysiologyWaveformDuration": "cid3687",
    "ElectrophysiologyWaveformVoltage": "cid3688",
    "EnFaceImageType": "cid4271",
    "EncapsulatedDocumentSourcePurposeOfReference": "cid7060",
    "EndorectalCoilFillSubstance": "cid6350",
    "EndoscopyAnatomicRegion": "cid4040",
    "EnergyDerivationTypes": "cid9262",
    "EquationOrTable": "cid228",
    "EquipmentEvent": "cid3427",
    "EquipmentPlaneIdentification": "cid10003",
    "EquipmentReferencePoint": "cid9554",
    "EquivalentRadiationDoseType": "cid10062",
    "EstimateMethodType": "cid10068",
    "EstimatedFetalWeightPercentileEquationTable": "cid12016",
    "EstimatedVolume": "cid3471",
    "ExerciseECGSummaryCode": "cid3208",
    "ExerciserDevice": "cid3203",
    "ExogenousSubstance": "cid638",
    "ExogenousSubstanceAdministrationSite": "cid644",
    "ExogenousSubstanceOriginTissue": "cid645",
    "ExogenousSubstanceType": "cid637",
    "ExportAdditionalInformationDocumentTitle": "cid7014",
    "ExportDelayReason": "cid7015",
    "ExternalBodyModel": "cid9507",
    "ExtracranialArtery": "cid12104",
    "FMA": "scheme_fma",
    "FamilyMember": "cid7451",
    "FeatureScope": "cid6036",
    "FetalBiometryAnatomicSite": "cid12020",
    "FetalBiometryMeasurement": "cid12005",
    "FetalBiometryRatio": "cid12004",
    "FetalCraniumAnatomicSite": "cid12022",
    "FetalCraniumMeasurement": "cid12007",
    "FetalGrowthEquationTable": "cid12015",
    "FetalLongBoneAnatomicSite": "cid12021",
    "FetalLongBonesBiometryMeasurement": "cid12006",
    "FetalVasculatureAnatomicalLocation": "cid12141",
    "FiberTractInBrainstem": "cid7701",
    "Fibril": "cid640",
    "Fiducial": "cid7111",
    "FiducialCategory": "cid7110",
    "FiducialFeature": "cid3837",
    "FindingTitle": "cid3419",
    "FitzpatrickSkinType": "cid4401",
    "FixationDevice": "cid9513",
    "FixationOrPositioningDevice": "cid9505",
    "FixedBeamLimitingDeviceType": "cid9545",
    "FlowDirection": "cid12221",
    "FluidColor": "cid6067",
    "FluoroMode": "cid10004",
    "Flush": "cid70",
    "FollowupIntervalUnit": "cid6046",
    "FractionalFlowReserve": "cid3621",
    "FractionationBasedEffectiveDoseMethodModifier": "cid9539",
    "FraminghamScore": "cid3667",
    "FraminghamTable": "cid3668",
    "FunctionSegmentationPropertyType": "cid7195",
    "FunctionalConditionPresentDuringAcquisition": "cid91",
    "GFRMeasurement": "cid10046",
    "GFRMeasurementMethod": "cid10047",
    "GeneralAccessoryDeviceType": "cid9548",
    "GeneralAreaCalculationMethod": "cid7473",
    "GeneralChestLocation": "cid6125",
    "GeneralDevice": "cid4051",
    "GeneralExternalRadiotherapyProcedureTechnique": "cid9511",
    "GeneralRegionOfInterestMeasurementModifier": "cid7464",
    "GeneralRiskFactor": "cid6087",
    "GeneralUltrasoundReportDocumentTitle": "cid12320",
    "GeneralVolumeCalculationMethod": "cid7474",
    "GenericAnatomicLocationModifier": "cid212",
    "GenericIntensityAndSizeMeasurement": "cid7469",
    "GenericPurposeOfReferenceToCoordinatesInMeasurement": "cid7553",
    "GenericPurposeOfReferenceToImagesAndCoordinatesInMeasurement": "cid7551",
    "GenericPurposeOfReferenceToImagesInMeasurement": "cid7552",
    "GeometryGraphicalRepresentation": "cid219",
    "GestationalAgeEquationTable": "cid12013",
    "GlobalShapeDescriptor": "cid7477",
    "GradientMethod": "cid12230",
    "GradientSourceLocation": "cid3610",
    "GrayLevelCooccurrenceMatrixMeasurement": "cid7467",
    "GrayLevelRunLengthBasedFeature": "cid7475",
    "GrayLevelSizeZoneBasedFeature": "cid7476",
    "GreyLevelDistanceZoneBasedFeature": "cid7479",
    "GrowthDistributionRank": "cid12017",
    "GuidewireCrossing": "cid3752",
    "GynecologicalHormone": "cid6080",
    "GynecologicalProcedure": "cid6082",
    "HPC": "scheme_hpc",
    "HeadAndNeckCancerAnatomicSite": "cid7601",
    "HealthStatus": "cid3772",
    "HeartRhythm": "cid3826",
    "HeatingMethod": "cid635",
    "HemodynamicAnnotation": "cid3337",
    "HemodynamicAssessment": "cid3641",
    "HemodynamicFlow": "cid3618",
    "HemodynamicMeasurementPhase": "cid3651",
    "HemodynamicMeasurementTechnique": "cid3241",
    "HemodynamicPatientState": "cid3602",
    "HemodynamicPeriodMeasurement": "cid3616",
    "HemodynamicPhysiologicalChallenge": "cid3271",
    "HemodynamicRatio": "cid3620",
    "HemodynamicResistanceMeasurement": "cid3619",
    "HemodynamicResistanceUnit": "cid3502",
    "HemodynamicTimeMeasurement": "cid3613",
    "HemodynamicWaveformSource": "cid3003",
    "HighRiskLesionPathologyCodeFromBIRADS": "cid6032",
    "HistologicGradingMethod": "cid6071",
    "HistoryOfMalignantMelanoma": "cid4402",
    "HistoryOfMelanomaInSitu": "cid4403",
    "HistoryOfNonMelanomaSkinCancer": "cid4404",
    "HistoryOfProstateDisease": "cid6313",
    "HumanHipImplantComponentType": "cid7308",
    "HumanHipImplantPlanningLandmark": "cid7306",
    "HumanTraumaImplantComponentType": "cid7309",
    "Hypertension": "cid3640",
    "HypertensionTherapy": "cid3760",
    "I10": "scheme_i10",
    "I10C": "scheme_i10c",
    "I10P": "scheme_i10p",
    "I11": "scheme_i11",
    "I9": "scheme_i9",
    "I9C": "scheme_i9c",
    "IBSI": "scheme_ibsi",
    "ICDO3": "scheme_icdo3",
    "IEC61217DevicePositionParameter": "cid9401",
    "IEC61217GantryPositionParameter": "cid9402",
    "IEC61217PatientSupportPositionParameter": "cid9403",
    "IETF4646": "scheme_ietf4646",
    "IOLCalculationFormula": "cid4236",
    "ISO3166_1": "scheme_iso3166_1",
    "ISO5218_1": "scheme_iso5218_1",
    "ISO639_1": "scheme_iso639_1",
    "ISO639_2": "scheme_iso639_2",
    "ISO_OID": "scheme_iso_oid",
    "ITIS_TSN": "scheme_itis_tsn",
    "IVUSAreaMeasurement": "cid3482",
    "IVUSArterialMorphology": "cid3497",
    "IVUSDistanceMeasurement": "cid3481",
    "IVUSFiducialPoint": "cid3496",
    "IVUSIndexRatio": "cid3484",
    "IVUSLesionMorphology": "cid3491",
    "IVUSLongitudinalMeasurement": "cid3483",
    "IVUSNonMorphologicalFinding": "cid3494",
    "IVUSPlaqueComposition": "cid3495",
    "IVUSProcedurePhase": "cid3480",
    "IVUSRelativeStenosisSeverity": "cid3493",
    "IVUSVolumeMeasurement": "cid3485",
    "ImageDerivation": "cid7203",
    "ImageGuidedTherapeuticProcedure": "cid9",
    "ImageQualityAssessment": "cid7036",
    "ImageQualityAssessmentType": "cid6044",
    "ImageQualityControlStandard": "cid6326",
    "ImageQualityFinding": "cid6135",
    "ImagingAgentAdministrationAdverseEvent": "cid60",
    "ImagingAgentAdministrationCompletionStatus": "cid67",
    "ImagingAgentAdministrationConsumable": "cid69",
    "ImagingAgentAdministrationConsumableCatheterType": "cid74",
    "ImagingAgentAdministrationInjectorEventType": "cid71",
    "ImagingAgentAdministrationMedication": "cid66",
    "ImagingAgentAdministrationMode": "cid63",
    "ImagingAgentAdministrationPatientState": "cid64",
    "ImagingAgentAdministrationPharmaceuticalPresentationUnit": "cid68",
    "ImagingAgentAdministrationPhaseType": "cid62",
    "ImagingAgentAdministrationPremedication": "cid65",
    "ImagingAgentAdministrationStepType": "cid72",
    "ImagingContrastAgent": "cid12",
    "ImagingContrastAgentIngredient": "cid13",
    "ImplantComponentType": "cid7307",
    "ImplantFixationMethod": "cid7310",
    "ImplantMaterial": "cid7300",
    "ImplantPlanningLandmark": "cid7305",
    "ImplantTargetAnatomy": "cid7304",
    "ImplantTemplateModifiedViewOrientation": "cid7303",
    "ImplantTemplateViewOrientation": "cid7302",
    "ImplantedDevice": "cid3777",
    "IndexMethod": "cid3455",
    "IndexedHemodynamicResistanceUnit": "cid3503",
    "IndicationsForPharmacologicalStressTest": "cid3205",
    "IndicationsForStressTest": "cid3201",
    "InhalationalAnesthesiaAgentForSmallAnimalAnesthesia": "cid624",
    "InjectableAnesthesiaAgentForSmallAnimalAnesthesia": "cid625",
    "InstanceAvailabilityStatus": "cid50",
    "InstitutionalDepartmentUnitService": "cid7030",
    "InstrumentApproach": "cid6065",
    "InsurancePayor": "cid3730",
    "IntensityHistogramFeature": "cid7478",
    "InterpretationRequestDiscontinuationReason": "cid9303",
    "InterventionActionStatus": "cid3412",
    "InterventionParameter": "cid3425",
    "InterventionType": "cid7301",
    "InterventionalDrug": "cid10",
    "InterventionalProcedureComplication": "cid6062",
    "InterventionalProcedureResult": "cid6063",
    "IntervertebralDisc": "cid7604",
    "IntracoronaryDevice": "cid3411",
    "IntracranialCerebralVessel": "cid12105",
    "IntracranialCerebralVesselUnilateral": "cid12106",
    "IntravascularVolumetricRegion": "cid3487",
    "IntravenousExtravasationSymptom": "cid10043",
    "IonTherapyParticle": "cid9526",
    "IrradiationEventType": "cid10002",
    "IschemiaNoninvasiveTest": "cid3737",
    "IsocentricPatientSupportPositionParameter": "cid9569",
    "JointPositionDuringAcquisition": "cid92",
    "JointPositioningMethod": "cid93",
    "KVImagingAcquisitionTechniques": "cid9263",
    "KeratometryDescriptor": "cid4235",
    "KeyObjectSelectionDocumentTitle": "cid7010",
    "LN": "scheme_ln",
    "LVFunction": "cid3119",
    "LabVisitMedicationAdministration": "cid3741",
    "LabelType": "cid10022",
    "Laterality": "cid244",
    "LateralityLeftRightOnly": "cid247",
    "LateralityWithMedian": "cid245",
    "LeadLocationNearOrInMuscle": "cid3031",
    "LeadLocationNearPeripheralNerve": "cid3032",
    "LeadMeasurementTechnique": "cid3676",
    "LeftVentricleApicalWall4Segments": "cid3784",
    "LeftVentricleApicalWall6Segments": "cid3785",
    "LeftVentricleAreaMeasurement": "cid12240",
    "LeftVentricleBasalWall6Segments": "cid3782",
    "LeftVentricleFindingSite": "cid12243",
    "LeftVentricleLinearMeasurement": "cid12201",
    "LeftVentricleMidlevelWall6Segments": "cid3783",
    "LeftVentricleMyocardialWall17SegmentModel": "cid3717",
    "LeftVentricleMyocardialWall18SegmentModel": "cid3781",
    "LeftVentricleOtherMeasurement": "cid12203",
    "LeftVentricleVolumeMeasurement": "cid12202",
    "LensConstantType": "cid4237",
    "LensStatus": "cid4231",
    "LesionBoundary": "cid6153",
    "LesionColor": "cid4411",
    "LesionMargin": "cid3715",
    "LesionPalpationFinding": "cid4407",
    "LesionResponse": "cid6143",
    "LesionRisk": "cid3418",
    "LesionSegmentationType": "cid7159",
    "LesionVisualFinding": "cid4408",
    "LevelOfDifficulty": "cid7016",
    "LimbicSystemTract": "cid7704",
    "LinearMeasurement": "cid7470",
    "LinearMeasurementUnit": "cid7460",
    "LiverSegmentationType": "cid7171",
    "LiverUltrasoundStudyIndication": "cid12325",
    "LobeOfLung": "cid6170",
    "LocalAnestheticsForSmallAnimalAnesthesia": "cid630",
    "LocationInChest": "cid6124",
    "LocationInIntestinalTract": "cid6210",
    "LocationInLung": "cid6126",
    "LogNoteType": "cid3401",
    "LongitudinalTemporalEventType": "cid280",
    "LowHighOrEqual": "cid75",
    "LowerExtremityArtery": "cid12109",
    "LowerExtremityVein": "cid12110",
    "LungAnatomyFindingOrFeature": "cid6110",
    "LymphNodeAnatomicSite": "cid7600",
    "MA": "scheme_ma",
    "MAYOASRG": "scheme_mayoasrg",
    "MDC": "scheme_mdc",
    "MDNS": "scheme_mdns",
    "MGI": "scheme_mgi",
    "MIType": "cid3723",
    "MRCoilType": "cid6349",
    "MRDiffusionAnisotropyIndex": "cid7271",
    "MRDiffusionComponentSemantic": "cid7270",
    "MRDiffusionModel": "cid7273",
    "MRDiffusionModelFittingMethod": "cid7274",
    "MRDiffusionModelInput": "cid7276",
    "MRDiffusionModelParameter": "cid7272",
    "MRDiffusionModelSpecificMethod": "cid7275",
    "MRIAbnormality": "cid6336",
    "MRIEnhancementPattern": "cid6345",
    "MRIMarginCharacteristic": "cid6341",
    "MRIShapeCharacteristic": "cid6339",
    "MRISignalCharacteristic": "cid6343",
    "MRImagingArtifact": "cid6316",
    "MRProtonSpectroscopyMetabolite": "cid4033",
    "MRSignalIntensity": "cid6311",
    "MRSpectroscopyMetabolite": "cid4032",
    "MSH": "scheme_msh",
    "MVImagingAcquisitionTechniques": "cid9264",
    "MachineToleranceViolationType": "cid9567",
    "MagnificationSelection": "cid8132",
    "MajorCoronaryArtery": "cid3016",
    "MalignancyType": "cid6159",
    "MalignantPathologyCodeFromBIRADS": "cid6033",
    "MammographyAssessment": "cid6026",
    "MammographyCADAnalysisType": "cid6043",
    "MammographyCalcificationType": "cid6010",
    "MammographyCompositeFeature": "cid6016",
    "MammographyImageQualityFinding": "cid6041",
    "MammographyMarginCharacteristic": "cid6006",
    "MammographyPathologyCode": "cid6030",
    "MammographyQualitativeTemporalDifferenceType": "cid6038",
    "MammographyQualityControlStandardType": "cid6045",
    "MammographyQuantitativeTemporalDifferenceType": "cid6037",
    "MammographyRecommendedFollowup": "cid6028",
    "MammographyShapeCharacteristic": "cid6004",
    "MammographySingleImageFinding": "cid6014",
    "MammoplastyProcedure": "cid6084",
    "MarginCharacteristicFromBIRADS": "cid6007",
    "MeasuredCalculated": "cid10009",
    "MeasurementDerivedFromMultipleROIMeasurements": "cid7465",
    "MeasurementOrientation": "cid12118",
    "MeasurementPatternCode": "cid8302",
    "MeasurementRangeConcept": "cid221",
    "MeasurementReportDocumentTitle": "cid7021",
    "MeasurementSelectionReason": "cid12301",
    "MeasurementType": "cid3627",
    "MeasurementUncertaintyConcept": "cid225",
    "MediaImport": "cid7008",
    "MediaImportPPSDiscontinuationReason": "cid9302",
    "MediaTypeCode": "cid405",
    "MediastinumAnatomy": "cid6149",
    "MediastinumAnatomyFindingOrFeature": "cid6113",
    "MediastinumFindingOrFeature": "cid6148",
    "MedicationForSmallAnimalAnesthesia": "cid623",
    "MedicationTypeCodeTypeFromAnesthesiaQualityInitiative": "cid622",
    "MedicationTypeForSmallAnimalAnesthesia": "cid621",
    "MenopausalPhase": "cid6086",
    "MenstrualCyclePhase": "cid6163",
    "MicroscopyAnnotationPropertyType": "cid8135",
    "MicroscopyFilter": "cid8124",
    "MicroscopyIlluminationMethod": "cid8123",
    "MicroscopyIlluminatorAndSensorColor": "cid8122",
    "MicroscopyIlluminatorType": "cid8125",
    "MicroscopyLensType": "cid8121",
    "MicroscopyMeasurementType": "cid8136",
    "MinMaxMean": "cid3488",
    "MiscellaneousDocumentTitle": "cid7018",
    "MitralValveAnatomicSite": "cid12235",
    "MixedBreed": "cid7486",
    "Modality": "cid33",
    "ModalityPPSDiscontinuationReason": "cid9301",
    "ModelDocumentTitle": "cid7061",
    "ModelIndependentDynamicContrastAnalysisParameter": "cid4109",
    "ModelScaleUnit": "cid7063",
    "ModelUsage": "cid7064",
    "MorphologicallyAbnormalStructureSegmentationPropertyType": "cid7194",
    "MotionManagementSetupDevice": "cid9578",
    "MovableBeamLimitingDeviceType": "cid9540",
    "MultiFrameSubsetType": "cid7250",
    "MultienergyMaterialUnit": "cid301",
    "MultienergyRelevantMaterial": "cid300",
    "MultisourceRadiotherapyProcedureTechnique": "cid9522",
    "MuscularAnatomy": "cid6116",
    "MydriaticAgent": "cid4208",
    "MyocardialInfarctionTherapy": "cid3764",
    "MyocardialStrainMethod": "cid12310",
    "MyocardialSubsegment": "cid3843",
    "MyocardialWallSegmentsInProjection": "cid3718",
    "MyocardiumMassMethod": "cid12232",
    "MyocardiumWallMorphologyFinding": "cid3704",
    "NBD": "scheme_nbd",
    "NBG": "scheme_nbg",
    "NCDR": "scheme_ncdr",
    "NCIt": "scheme_ncit",
    "NDC": "scheme_ndc",
    "NEU": "scheme_neu",
    "NICIP": "scheme_nicip",
    "NMExtracardiacFinding": "cid3116",
    "NMPETProcedure": "cid3108",
    "NPI": "scheme_npi",
    "NYHAClassification": "cid3736",
    "NYUMCCG": "scheme_nyumccg",
    "NeighbourhoodGreyToneDifferenceBasedFeature": "cid7500",
    "NeighbouringGreyLevelDependenceBasedFeature": "cid7501",
    "NeuromuscularBlockingAgentForSmallAnimalAnesthesia": "cid627",
    "NeurophysiologicStimulationMode": "cid3041",
    "NippleCharacteristic": "cid6039",
    "NoParameterDosimetricObjective": "cid9532",
    "NonAcquisitionModality": "cid32",
    "NonCoronaryTranscatheterIntervention": "cid3406",
    "NonImageSourceInstancePurposeOfReference": "cid7013",
    "NonLesionModifier": "cid6139",
    "NonLesionObjectType": "cid6040",
    "NonLesionObjectTypePhysicalObject": "cid6401",
    "NonLesionObjectTypeSubstance": "cid6402",
    "NonLesionObjectTypeTissue": "cid6403",
    "NoninvasiveCardiacImagingProcedure": "cid3206",
    "NoninvasiveVascularProcedure": "cid3820",
    "NonmitralValveArea": "cid3614",
    "NonspecificVolume": "cid9508",
    "NormalAbnormal": "cid242",
    "NormalRangeValue": "cid223",
    "Normality": "cid222",
    "NottinghamCombinedHistologicGrade": "cid6069",
    "NuclearCardiologyProtocol": "cid3110",
    "NuclearCardiologyRadiopharmaceutical": "cid3111",
    "NuclearMedicineProjection": "cid26",
    "NullFlavor": "scheme_nullflavor",
    "NumericDeviceCharacteristic": "cid3423",
    "NumericValueFailureQualifier": "cid43",
    "NumericValueQualifier": "cid42",
    "NumericValueUnknownQualifier": "cid44",
    "OBEquationTable": "cid12012",
    "OBFetalBodyWeightEquationTable": "cid12014",
    "OBGYNAmnioticSacMeasurement": "cid12008",
    "OBGYNDate": "cid12003",
    "OBGYNFetusSummary": "cid12019",
    "OBGYNMaternalRiskFactor": "cid6088",
    "OBGYNSummary": "cid12018",
    "OBGYNUltrasoundBeamPath": "cid12025",
    "OBGYNUltrasoundReportDocumentTitle": "cid12024",
    "OCTAProcessingAlgorithmFamily": "cid4270",
    "ObjectReferencePurpose": "cid3407",
    "ObservationInterpretation": "scheme_observationinterpretation",
    "ObservationSubjectClass": "cid271",
    "ObserverType": "cid270",
    "OphthalmicAgentConcentrationUnit": "cid4244",
    "OphthalmicAnatomicStructureImaged": "cid4209",
    "OphthalmicAnatomicStructureReferencePoint": "cid4266",
    "OphthalmicAxialLengthMeasurementsSegmentName": "cid4233",
    "OphthalmicAxialLengthSelectionMethod": "cid4241",
    "OphthalmicChannelDescription": "cid4206",
    "OphthalmicFilter": "cid4204",
    "OphthalmicHorizontalDirection": "cid4214",
    "OphthalmicImagePosition": "cid4207",
    "OphthalmicImagingAgent": "cid4200",
    "OphthalmicLens": "cid4205",
    "OphthalmicMacularGridProblem": "cid4222",
    "OphthalmicMapPurposeOfReference": "cid4264",
    "OphthalmicMappingAcquisitionMethod": "cid4261",
    "OphthalmicMappingUnitForRealWorldValueMapping": "cid4260",
    "OphthalmicMeasurementorCalculationDataSource": "cid4240",
    "OphthalmicOCTAnatomicStructureImaged": "cid4211",
    "OphthalmicPhotographyAcquisitionDevice": "cid4202",
    "OphthalmicPhotographyIllumination": "cid4203",
    "OphthalmicQualityMetricType": "cid4243",
    "OphthalmicThicknessDeviationCategory": "cid4265",
    "OphthalmicThicknessMapValueType": "cid4263",
    "OphthalmicTomographyAcquisitionDevice": "cid4210",
    "OphthalmicUltrasoundAxialMeasurementsType": "cid4230",
    "OphthalmicVerticalDirection": "cid4215",
    "OphthalmicVisualAcuityType": "cid4216",
    "OptScanPatternType": "cid4272",
    "OrganForRadiationDoseEstimate": "cid10060",
    "OrganPartLateralized": "cid12131",
    "OrganPartNonLateralized": "cid12130",
    "OrganizationalRole": "cid7452",
    "Orientation": "cid6152",
    "OrificeFlowProperty": "cid12222",
    "OsseousAnatomyFindingOrFeature": "cid6114",
    "OsseousAnatomyModifier": "cid6115",
    "OtherVascularProperty": "cid12122",
    "OverallAssessmentFromPIRADS": "cid6325",
    "OverallBreastComposition": "cid6000",
    "OverallBreastCompositionFromBIRADS": "cid6001",
    "OverallContractility": "cid3706",
    "OxygenAdministration": "cid3531",
    "OxygenAdministrationAction": "cid3530",
    "OxygenConsumptionEquationTable": "cid3664",
    "P50Equation": "cid3666",
    "PATHLEX": "scheme_pathlex",
    "PCIMedicationAdministration": "cid3742",
    "PCIProcedureResult": "cid3749",
    "PETCardiologyProtocol": "cid3106",
    "PETCardiologyRadiopharmaceutical": "cid3107",
    "PETRadionuclide": "cid4020",
    "PETRadiopharmaceutical": "cid4021",
    "PETRegionOfInterestMeasurement": "cid7466",
    "PETUnit": "cid84",
    "PIRADSv2DCELesionAssessmentCategory": "cid6332",
    "PIRADSv2DWILesionAssessmentCategory": "cid6331",
    "PIRADSv2LesionAssessmentCategory": "cid6328",
    "PIRADSv2T2WIPZLesionAssessmentCategory": "cid6329",
    "PIRADSv2T2WITZLesionAssessmentCategory": "cid6330",
    "POS": "scheme_pos",
    "PUBCHEM_CID": "scheme_pubchem_cid",
    "Pacing": "cid3555",
    "PacingAction": "cid3552",
    "PapillaryMuscleIncludedExcluded": "cid3821",
    "ParametricMapDerivationImagePurposeOfReference": "cid7222",
    "PartialViewSectionForMammography": "cid4005",
    "ParticipationType": "scheme_participationtype",
    "PathologicalRegionalLymphNodeAssessmentForBreast": "cid6161",
    "PathologyImagingProtocol": "cid8131",
    "PatientAlignmentDevice": "cid9575",
    "PatientAlignmentMethod": "cid1015",
    "PatientAssessment": "cid3441",
    "PatientConsciousness": "cid3050",
    "PatientEquipmentRelationship": "cid21",
    "PatientEyeMovementCommand": "cid4201",
    "PatientModelType": "cid10064",
    "PatientOrientation": "cid19",
    "PatientOrientationModifier": "cid20",
    "PatientPositionAcquisitionCTTechniques": "cid9266",
    "PatientPositionAcquisitionDevices": "cid9268",
    "PatientPositionAcquisitionMRTechniques": "cid9273",
    "PatientPositionAcquisitionProjectionTechniques": "cid9265",
    "PatientPositionAcquisitionRadiationSourceLocations": "cid9261",
    "PatientPositionDisplacementReferencePoint": "cid9574",
    "PatientPositioningRelatedObjectPurposes": "cid9267",
    "PatientReportedLesionCharacteristic": "cid4406",
    "PatientShieldingDevice": "cid9572",
    "PatientStatusAndEvent": "cid3402",
    "PatientTreatmentPreparationDevice": "cid9573",
    "PatientTreatmentPreparationMethod": "cid9571",
    "PatientTreatmentPreparationProcedure": "cid9577",
    "PatternEvent": "cid3038",
    "PediatricFetalAndCongenitalCardiacSurgicalIntervention": "cid12247",
    "PediatricSizeCategory": "cid7039",
    "PelvicOrganSegmentationType": "cid7160",
    "PelvicVasculatureAnatomicalLocation": "cid12140",
    "PelvisAndUterusAnatomicSite": "cid12023",
    "PerceivedExertionScale": "cid3239",
    "PercentageAndDoseDosimetricObjective": "cid9530",
    "PercutaneousClosure": "cid3747",
    "PercutaneousEntry": "cid3403",
    "PercutaneousEntrySite": "cid3746",
    "PerformingRole": "cid7453",
    "PerfusionAnalysisMethod": "cid4105",
    "PerfusionComparisonFinding": "cid3235",
    "PerfusionDefectType": "cid3113",
    "PerfusionFinding": "cid3120",
    "PerfusionFindingMethod": "cid3215",
    "PerfusionMeasurementMethod": "cid4102",
    "PerfusionModelParameter": "cid4108",
    "PerfusionMorphology": "cid3121",
    "PeripheralNervousSystemSegmentationType": "cid7167",
    "PeripheralPulseLocation": "cid3440",
    "PeripheralPulseMethod": "cid3442",
    "PersonRole": "cid7450",
    "PhantomDevice": "cid4052",
    "PhotoacousticIlluminationMethod": "cid11001",
    "PhotoacousticImagedProperty": "cid11006",
    "PhotoacousticReconstructionAlgorithmFamily": "cid11005",
    "PhysicalForceAppliedDuringAcquisition": "cid94",
    "PhysicalObjectSegmentationPropertyType": "cid7193",
    "PhysicalQuantityDescriptor": "cid9000",
    "PhysiologySegmentationType": "cid7161",
    "PlaneIdentification": "cid3466",
    "PlanningMethod": "cid7320",
    "PlaqueStructure": "cid3802",
    "PleuraAnatomyFindingOrFeature": "cid6112",
    "PopulationStatisticalDescriptor": "cid226",
    "PositionReferenceIndicatorForFrameOfReference": "cid647",
    "PositiveNegative": "cid250",
    "PosteriorAcousticFeature": "cid6155",
    "PreCathAnginaType": "cid3738",
    "PreclinicalSmallAnimalImagingProcedure": "cid646",
    "PregnancyStatus": "cid6096",
    "PremedicationAgentForSmallAnimalAnesthesia": "cid626",
    "PremedicationType": "cid76",
    "PrescriptionAnatomyCategory": "cid9501",
    "PresentAbsent": "cid240",
    "PresentAbsentOnly": "cid241",
    "PressureMeasurement": "cid3611",
    "PressureUnit": "cid3500",
    "PreviouslyDilatedLesion": "cid3750",
    "PrimaryAnatomicStructureForIntraoralAndCraniofacialRadiographyTeeth": "cid4026",
    "PrimaryAnatomicStructureForIntraoralRadiographyDeciduousDentitionDesignationOfTeeth": "cid4019",
    "PrimaryAnatomicStructureForIntraoralRadiographyPermanentDentitionDesignationOfTeeth": "cid4018",
    "PrimaryAnatomicStructureForIntraoralRadiographySupernumeraryDentitionDesignationOfTeeth": "cid4025",
    "PrimaryCauseOfDeath": "cid3733",
    "ProblemStatus": "cid3770",
    "ProcedureAction": "cid3421",
    "ProcedureActionValue": "cid3405",
    "ProcedureDiscontinuationReason": "cid9300",
    "ProcedureIntent": "cid3629",
    "ProcedureLogTitle": "cid3400",
    "ProcedureModifiersForBreast": "cid6058",
    "ProcedureNumericProperty": "cid6095",
    "ProcedurePhaseRequiringAnesthesia": "cid631",
    "ProcedureUrgency": "cid3414",
    "ProceduresForBreast": "cid6083",
    "ProjectionAndThalamicFiber": "cid7702",
    "ProjectionEponymousName": "cid4012",
    "ProjectionXRayAcquisitionDeviceType": "cid10032",
    "ProstateAnatomy": "cid6300",
    "ProstateCancerDiagnosticBloodLabMeasurement": "cid6352",
    "ProstateCancerDiagnosticProcedure": "cid6321",
    "ProstateCancerFamilyHistory": "cid6322",
    "ProstateCancerTherapy": "cid6323",
    "ProstateDCEMRIQualityFinding": "cid6317",
    "ProstateDWIMRIQualityFinding": "cid6318",
    "ProstateImagingIndication": "cid6327",
    "ProstateImagingTypesOfQualityControlStandard": "cid6353",
    "ProstateMRIAssessment": "cid6324",
    "ProstateMRIAssessmentOfExtraprostaticAnatomicSite": "cid6348",
    "ProstateMRIEnhancementPatternFromPIRADS": "cid6346",
    "ProstateMRIExtraprostaticFinding": "cid6347",
    "ProstateMRIMarginCharacteristicFromPIRADS": "cid6342",
    "ProstateMRISeriesQualityFinding": "cid6315",
    "ProstateMRIShapeCharacteristicFromPIRADS": "cid6340",
    "ProstateMRISignalCharacteristicFromPIRADS": "cid6344",
    "ProstateMRIStudyQualityFinding": "cid6314",
    "ProstateRelationalMeasurement": "cid6351",
    "ProstateReportingSystem": "cid6310",
    "ProstateSectorAnatomyFromEuropeanConcensus16SectorMinimalModel": "cid6302",
    "ProstateSectorAnatomyFromEuropeanConcensus27SectorOptimalModel": "cid6303",
    "ProstateSectorAnatomyFromPIRADSv2": "cid6301",
    "ProstateSectorAnatomyFromPIRADSv21": "cid6304",
    "ProtocolAssertion": "cid800",
    "ProtocolIntervalEvent": "cid12031",
    "PulmonaryArtery": "cid3829",
    "PulmonaryVein": "cid3840",
    "PulmonaryVeinModifier": "cid12219",
    "PurposeOfReferenceForRTPhysicianIntentInput": "cid9509",
    "PurposeOfReferenceForRTTreatmentPlanningInput": "cid9510",
    "PurposeOfReferenceToAlternateRepresentation": "cid7205",
    "PurposeOfReferenceToPredecessor3DModel": "cid7062",
    "PurposeOfReferenceToPredecessorReport": "cid7009",
    "QAReferenceMethod": "cid3465",
    "QTCorrectionAlgorithm": "cid3678",
    "QTcMeasurement": "cid3227",
    "QuadrantLocation": "cid6020",
    "QuadrantLocationFromBIRADS": "cid6021",
    "QualitativeEvaluationModifierType": "cid210",
    "QualitativeEvaluationModifierValue": "cid211",
    "QuantitativeDiagnosticImagingProcedure": "cid100",
    "QuantitativeImageFeature": "cid218",
    "QuantitativeMethodUsedForPerfusionAndTracerKineticModel": "cid4106",
    "RADELEMENT": "scheme_radelement",
    "RADLEX": "scheme_radlex",
    "RCSRegistrationMethodType": "cid7100",
    "RDSRFrameOfReferenceOrigin": "cid10074",
    "RECISTDefinedLesionResponse": "cid6144",
    "RFC3066": "scheme_rfc3066",
    "RFC5646": "scheme_rfc5646",
    "RFC_3881": "scheme_rfc_3881",
    "RO": "scheme_ro",
    "RRID": "scheme_rrid",
    "RTBeamLimitingDeviceOrientationLabel": "cid9547",
    "RTContentAssessmentType": "cid702",
    "RTDoseDerivation": "cid7220",
    "RTDosePurposeOfReference": "cid7221",
    "RTGeometricInformation": "cid9504",
    "RTImagePatientPositionAcquisitionDevices": "cid9271",
    "RTOverriddenTreatmentParameter": "cid9570",
    "RTPatientSupportDevice": "cid9515",
    "RTPlanRadiotherapyProcedureTechnique": "cid9583",
    "RTProcessInput": "cid7024",
    "RTProcessInputUsed": "cid7025",
    "RTProcessOutput": "cid7023",
    "RTROIImageAcquisitionContext": "cid9272",
    "RTRadiationMetersetUnits": "cid9269",
    "RTSegmentAnnotationCategory": "cid9502",
    "RTSegmentMaterial": "cid9579",
    "RTSegmentationPropertyCategory": "cid9580",
    "RXNORM": "scheme_rxnorm",
    "RacialGroup": "cid6099",
    "RadiationAttenuatorMaterial": "cid10067",
    "RadiationDoseEstimateDistributionRepresentation": "cid10063",
    "RadiationDoseEstimateParameter": "cid10069",
    "RadiationDoseReferencePoint": "cid10025",
    "RadiationDoseType": "cid10070",
    "RadiationDoseUnit": "cid10071",
    "RadiationGenerationModeType": "cid9549",
    "RadiationTherapyParticle": "cid9525",
    "RadiationTransportBasedEffectiveDoseMethodModifier": "cid9538",
    "RadiationTransportModelType": "cid10065",
    "RadioactivityUnit": "cid3083",
    "RadiographicAnatomyFindingOrFeature": "cid6109",
    "Radiopharmaceutical": "cid25",
    "RadiopharmaceuticalIsotope": "cid18",
    "RadiopharmaceuticalOrganDoseReferenceAuthority": "cid10040",
    "RadiopharmaceuticalPatientState": "cid10045",
    "RadiosensitiveOrgan": "cid10044",
    "RadiotherapeuticDoseMeasurementDevice": "cid7026",
    "RadiotherapyAccessoryNoslotHolderDeviceType": "cid9518",
    "RadiotherapyAccessorySlotHolderDeviceType": "cid9519",
    "RadiotherapyAcquisitionWorkItemSubtasks": "cid9260",
    "RadiotherapyAcquisitionWorkitemDefinition": "cid9242",
    "RadiotherapyBlockDeviceType": "cid9517",
    "RadiotherapyBolusDeviceType": "cid9516",
    "RadiotherapyDistanceReferenceLocation": "cid9544",
    "RadiotherapyDoseCalculationRole": "cid9535",
    "RadiotherapyDoseRegion": "cid9582",
    "RadiotherapyFiducial": "cid7112",
    "RadiotherapyGeneralWorkitemDefinition": "cid9241",
    "RadiotherapyInterlockResolution": "cid9563",
    "RadiotherapyPrescribingAndSegmentingPersonRole": "cid9536",
    "RadiotherapyProcedureTechnique": "cid9524",
    "RadiotherapyPurposeOfReference": "cid7022",
    "RadiotherapyRegistrationMark": "cid9581",
    "RadiotherapyRegistrationWorkitemDefinition": "cid9243",
    "RadiotherapyRoboticNodeSet": "cid9556",
    "RadiotherapyTarget": "cid9534",
    "RadiotherapyTherapeuticRoleCategory": "cid9503",
    "RadiotherapyTreatmentDeliveryPersonRole": "cid9562",
    "RadiotherapyTreatmentEnergyUnit": "cid9521",
    "RadiotherapyTreatmentInterlock": "cid9568",
    "RadiotherapyTreatmentMachineMode": "cid9543",
    "RadiotherapyTreatmentPlanningPersonRole": "cid9555",
    "RadiotherapyWedgeType": "cid9546",
    "ReaderSpecialty": "cid7449",
    "RealTimeVideoRenditionTitle": "cid7070",
    "RealWorldValueMappingUnit": "cid83",
    "ReasonForECGStudy": "cid3671",
    "ReasonForRemovalFromOperationalUse": "cid7031",
    "ReasonForRepeatingAcquisition": "cid10034",
    "ReasonsForRTRadiationTreatmentOmission": "cid9576",
    "RecommendedFollowupFromBIRADS": "cid6029",
    "RecumbentPatientOrientationForColon": "cid6206",
    "ReferenceGeometryPlane": "cid1010",
    "ReferenceGeometryPoint": "cid1011",
    "ReferencedImagePurposeOfReference": "cid7201",
    "RefractiveErrorType": "cid4238",
    "RefractiveSurgeryType": "cid4234",
    "RegionalExtent": "cid3461",
    "RejectedForQualityReason": "cid7011",
    "RelatedSeriesPurposeOfReference": "cid7210",
    "RelativeFrequencyOfEventValue": "cid6091",
    "RelativeLaterality": "cid246",
    "RelativeTime": "cid3600",
    "RelativeUsageExposureAmount": "cid6090",
    "RenalRatio": "cid12124",
    "RenalVessel": "cid12115",
    "ReportedValueType": "cid10072",
    "RequestedReportType": "cid9233",
    "ResearchAnimalSourceRegistry": "cid7490",
    "RespirationRhythm": "cid3416",
    "RespirationState": "cid12234",
    "RespirationWaveform": "cid3005",
    "RespiratoryStatus": "cid3823",
    "ResponseCriteria": "cid6147",
    "ResponseSpeed": "cid3210",
    "RestStressState": "cid3102",
    "ResultStatus": "cid6042",
    "RetinalSegmentationSurface": "cid4273",
    "RetinalThicknessDefinition": "cid4262",
    "RiskLevel": "cid3118",
    "RoboticDeliveryDeviceDoseRateUnit": "cid9560",
    "RoboticDeliveryDeviceDosimeterUnit": "cid9559",
    "RoboticRadiotherapyProcedureTechnique": "cid9523",
    "SCPECG": "scheme_scpecg",
    "SCT": "scheme_sct",
    "SMLSizeDescriptor": "cid252",
    "SNM3": "scheme_snm3",
    "SRDocumentPurposeOfReference": "cid7006",
    "SRT": "scheme_srt",
    "STSegmentFinding": "cid3231",
    "STSegmentLocation": "cid3232",
    "STSegmentMorphology": "cid3233",
    "SUVUnit": "cid85",
    "SampleStatisticalDescriptor": "cid227",
    "ScheduledProcessingParameterConceptCodesForRTTreatment": "cid9250",
    "ScopeOfAccumulation": "cid10000",
    "SecurityAlertTypeCode": "cid403",
    "SegmentLocationInLung": "cid6127",
    "SegmentationNonImageSourcePurposeOfReference": "cid7019",
    "SegmentationPropertyCategory": "cid7150",
    "SegmentationPropertyType": "cid7151",
    "SegmentedRTAccessoryDevice": "cid9520",
    "SegmentedRadiotherapeuticDoseMeasurementDevice": "cid7027",
    "SelectionMethod": "cid224",
    "Severity": "cid3716",
    "SeverityDescriptor": "cid6130",
    "Sex": "cid7455",
    "SexMaleFemaleOrBoth": "cid7457",
    "ShapeCharacteristicFromBIRADS": "cid6005",
    "ShearWaveDetectionMethod": "cid12324",
    "Side": "cid6022",
    "SideFromBIRADS": "cid6023",
    "SideOfFamily": "cid6097",
    "SignificanceLevel": "cid220",
    "SingleDoseDosimetricObjective": "cid9529",
    "SingleImageFindingFromBIRADS": "cid6015",
    "SizeDescriptor": "cid6118",
    "SizeSpecificDoseEstimationMethodForCT": "cid10023",
    "SkinCondition": "cid3446",
    "SkinDisorder": "cid4405",
    "SkinProcedure": "cid4409",
    "SleepStage": "cid3046",
    "SmokingHistory": "cid3724",
    "SocialHistory": "cid3774",
    "SourceImagePurposeOfReference": "cid7202",
    "SourceOfCTDoseInformation": "cid10021",
    "SourceOfProjectionXRayDoseInformation": "cid10020",
    "SourceOfRadioisotopeActivityInformation": "cid10041",
    "SourceOfVascularFinding": "cid3815",
    "SpatialAndRelationalConceptSegmentationPropertyType": "cid7196",
    "SpecificObservationSubjectClass": "cid272",
    "SpecimenCollection": "cid3515",
    "SpecimenCollectionProcedure": "cid8109",
    "SpecimenEmbeddingMedia": "cid8115",
    "SpecimenFixative": "cid8114",
    "SpecimenPreparationProcedure": "cid8111",
    "SpecimenPreparationStep": "cid8113",
    "SpecimenSamplingProcedure": "cid8110",
    "SpecimenStain": "cid8112",
    "SpecimenStainForConfocalMicroscopy": "cid4412",
    "SpectroscopyPurposeOfReference": "cid7215",
    "SpeedOfSoundCorrectionMechanisms": "cid11004",
    "SpinalCordFiber": "cid7707",
    "StaffAction": "cid3404",
    "Stage": "cid3778",
    "StainingProtocol": "cid8130",
    "StenosisGrade": "cid3832",
    "StenosisLength": "cid3831",
    "StenosisMeasurementMethod": "cid3804",
    "StenosisShape": "cid3806",
    "StenosisType": "cid3805",
    "StentComposition": "cid3814",
    "StentFinding": "cid3813",
    "StressAgent": "cid3204",
    "StressHemodynamicFinding": "cid3213",
    "StressImagingQualityIssue": "cid3115",
    "StressImagingSummaryCode": "cid3209",
    "StressProtocol": "cid3261",
    "StressScoringScale": "cid3238",
    "StressSymptom": "cid3220",
    "StressTestProcedure": "cid3200",
    "StressTestProcedurePhase": "cid3207",
    "StressTestTerminationReason": "cid3221",
    "StudyQuality": "cid3114",
    "SubsegmentMethod": "cid3456",
    "Substance": "cid6089",
    "SubstanceSegmentationPropertyType": "cid7198",
    "SummaryCodesECG": "cid3677",
    "SummaryRadiationExposureQuantity": "cid10050",
    "SurfaceProcessingAlgorithmFamily": "cid7162",
    "SurfaceScanAcquisitionType": "cid8201",
    "SurfaceScanModeType": "cid8202",
    "SurfaceScanRegistrationMethodType": "cid8203",
    "SurgicalProcedurePhaseRequiringAnesthesia": "cid632",
    "T1MeasurementMethod": "cid4100",
    "TIMIFlowCharacteristic": "cid3713",
    "TargetConfirmation": "cid6066",
    "TeletherapyIsotope": "cid9527",
    "TemperatureSensorDeviceComponentTypeForSmallAnimalProcedure": "cid636",
    "TemporalPeriodRelatingToProcedureOrTherapy": "cid12102",
    "TestPatternCode": "cid8301",
    "TextureMeasurement": "cid7468",
    "TherapiesForBreast": "cid6085",
    "ThoracicSegmentationType": "cid7155",
    "ThrombolyticAdministration": "cid3740",
    "Thrombus": "cid3714",
    "TimeBasedPerfusionMeasurement": "cid3836",
    "TimeInterval": "cid6164",
    "TimePointType": "cid6146",
    "TimeSynchronizationChannelType": "cid3090",
    "TissueSegmentationPropertyType": "cid7191",
    "TissueSelection": "cid8133",
    "ToleranceComparisonFinding": "cid3236",
    "TomotherapeuticDoseRateUnit": "cid9558",
    "TomotherapeuticDosimeterUnit": "cid9557",
    "TomotherapeuticRadiotherapyProcedureTechnique": "cid9512",
    "TopicalTreatment": "cid4410",
    "Toxin": "cid643",
    "TracerKineticModel": "cid4101",
    "TracerKineticModelParameter": "cid4107",
    "TracerKineticModelingCovariate": "cid4110",
    "TractographyAnatomicSite": "cid7710",
    "TransducerApproach": "cid5",
    "TransducerOrientation": "cid6",
    "TransducerScanPattern": "cid12032",
    "TreadmillSpeed": "cid3212",
    "TreatmentDeliveryDeviceType": "cid9551",
    "TreatmentPoint": "cid9553",
    "TreatmentSessionConfirmationAssertion": "cid9564",
    "TreatmentTerminationReason": "cid9561",
    "TreatmentToleranceViolationCause": "cid9565",
    "TricuspidValveFindingSite": "cid12241",
    "TumorGraftHistologicType": "cid639",
    "TumorStagesFromAJCC": "cid6068",
    "UBERON": "scheme_uberon",
    "UCUM": "scheme_ucum",
    "UIDType": "cid10001",
    "UMLS": "scheme_umls",
    "UNS": "scheme_uns",
    "UPC": "scheme_upc",
    "UltrasoundBeamPath": "cid7",
    "UltrasoundBloodVelocityMeasurement": "cid12120",
    "UltrasoundContrastBolusAgent": "cid12030",
    "UltrasoundFindingForBreast": "cid6064",
    "UltrasoundImageMode": "cid12224",
    "UltrasoundPelvisAndUterusMeasurement": "cid12011",
    "UltrasoundProtocolStageType": "cid12002",
    "UltrasoundProtocolType": "cid12001",
    "UltrasoundRelevantPatientCondition": "cid12323",
    "UltrasoundShearWaveMeasurement": "cid12308",
    "UltrasoundTransducerApplication": "cid12035",
    "UltrasoundTransducerBeamSteering": "cid12034",
    "UltrasoundTransducerGeometry": "cid12033",
    "UltrasoundTransducerTechnology": "cid11003",
    "UpperExtremityArtery": "cid12107",
    "UpperExtremityVein": "cid12108",
    "UsageExposureAmountQualitativeConcept": "cid6093",
    "UsageExposureFrequencyQualitativeConcept": "cid6094",
    "UsageExposureQualitativeConcept": "cid6092",
    "UseStatus": "cid3773",
    "V99SDM": "scheme_99sdm",
    "VSDDescription": "cid3707",
    "ValueTiming": "cid10073",
    "ValveArea": "cid3615",
    "ValveFlow": "cid3617",
    "ValvularAbnormality": "cid3711",
    "VascularAnatomy": "cid6117",
    "VascularComplication": "cid3754",
    "VascularDissectionClassification": "cid3492",
    "VascularIndexRatio": "cid12121",
    "VascularMeasurementSite": "cid3486",
    "VascularMorphology": "cid3810",
    "VascularSclerosisType": "cid3817",
    "VascularSegmentationType": "cid7156",
    "VascularSummary": "cid12101",
    "VascularUltrasoundAnatomicLocation": "cid12103",
    "VascularUltrasoundProperty": "cid12119",
    "VascularUltrasoundReportDocumentTitle": "cid12100",
    "Vascularity": "cid6157",
    "VenousSourceLocation": "cid3607",
    "Ventilation": "cid3554",
    "VentilationAction": "cid3551",
    "VentricleIdentification": "cid3463",
    "VentricularEnlargement": "cid3122",
    "VentricularSourceLocation": "cid3609",
    "Vertebra": "cid7603",
    "VertebralAnatomicStructure": "cid7602",
    "VesselBranchModifier": "cid12117",
    "VesselDescriptor": "cid3712",
    "VesselLumenCrossSectionalAreaCalculationMethod": "cid3470",
    "VesselSegment": "cid3827",
    "VesselSegmentModifier": "cid12116",
    "ViewForMammography": "cid4014",
    "ViewModifierForMammography": "cid4015",
    "Virus": "cid641",
    "VisualEvaluationMethod": "cid8300",
    "VisualExplanation": "cid217",
    "VisualFieldGlobalIndexName": "cid4257",
    "VisualFieldIlluminationColor": "cid4255",
    "VisualFieldProcedureModifier": "cid4256",
    "VisualFieldStaticPerimetryFixationStrategy": "cid4253",
    "VisualFieldStaticPerimetryScreeningTestMode": "cid4252",
    "VisualFieldStaticPerimetryTestAnalysisResult": "cid4254",
    "VisualFieldStaticPerimetryTestPattern": "cid4250",
    "VisualFieldStaticPerimetryTestStrategy": "cid4251",
    "VisualFixationQualityDuringAcquisition": "cid4220",
    "VisualFixationQualityProblem": "cid4221",
    "VitreousStatus": "cid4232",
    "VolumeAndDoseDosimetricObjective": "cid9531",
    "VolumeFlowMethod": "cid12231",
    "VolumeMeasurement": "cid7472",
    "VolumeMeasurementMethod": "cid3807",
    "VolumeMeasurementUnit": "cid7462",
    "VolumetricViewDescription": "cid501",
    "VolumetricViewModifier": "cid502",
    "WallMotion": "cid3703",
    "WallMotionComparisonFinding": "cid3237",
    "WallMotionScoringScheme": "cid12238",
    "WaterEquivalentDiameterMethod": "cid10024",
    "WaterType": "cid610",
    "WaveformAnnotationClassification": "cid3047",
    "WaveformAnnotationsDocumentTitle": "cid3048",
    "WaveformFilterLookupTableInputFrequencyUnit": "cid3044",
    "WaveformFilterLookupTableOutputMagnitudeUnit": "cid3045",
    "WaveformPurposeOfReference": "cid7004",
    "WholeSlideMicroscopyImageReferencedImagePurposeOfReference": "cid8120",
    "WideFieldOphthalmicPhotographyTransformationMethod": "cid4245",
    "WidthDescriptor": "cid6107",
    "WorkitemDefinition": "cid9231",
    "XAXRFAnatomyImaged": "cid4042",
    "XRayFilterMaterial": "cid10006",
    "XRayFilterType": "cid10007",
    "XRayGrid": "cid10017",
    "XRayRadiationDoseProcedureTypeReported": "cid10005",
    "YesNo": "cid230",
    "YesNoOnly": "cid231",
    "ZoneOfLung": "cid6171",
    "caDSR": "scheme_cadsr",
    "cid10": "cid10",
    "cid100": "cid100",
    "cid1000": "cid1000",
    "cid10000": "cid10000",
    "cid10001": "cid10001",
    "cid10002": "cid10002",
    "cid10003": "cid10003",
    "cid10004": "cid10004",
    "cid10005": "cid10005",
    "cid10006": "cid10006",
    "cid10007": "cid10007",
    "cid10008": "cid10008",
    "cid10009": "cid10009",
    "cid1001": "cid1001",
    "cid10010": "cid10010",
    "cid10011": "cid10011",
    "cid10013": "cid10013",
    "cid10014": "cid10014",
    "cid10015": "cid10015",
    "cid10016": "cid10016",
    "cid10017": "cid10017",
    "cid1002": "cid1002",
    "cid10020": "cid10020",
    "cid10021": "cid10021",
    "cid10022": "cid10022",
    "cid10023": "cid10023",
    "cid10024": "cid10024",
    "cid10025": "cid10025",
    "cid1003": "cid1003",
    "cid10030": "cid10030",
    "cid10031": "cid10031",
    "cid10032": "cid10032",
    "cid10033": "cid10033",
    "cid10034": "cid10034",
    "cid1004": "cid1004",
    "cid10040": "cid10040",
    "cid10041": "cid10041",
    "cid10043": "cid10043",
    "cid10044": "cid10044",
    "cid10045": "cid10045",
    "cid10046": "cid10046",
    "cid10047": "cid10047",
    "cid1005": "cid1005",
    "cid10050": "cid10050",
    "cid1006": "cid1006",
    "cid10060": "cid10060",
    "cid10061": "cid10061",
    "cid10062": "cid10062",
    "cid10063": "cid10063",
    "cid10064": "cid10064",
    "cid10065": "cid10065",
    "cid10066": "cid10066",
    "cid10067": "cid10067",
    "cid10068": "cid10068",
    "cid10069": "cid10069",
    "cid10070": "cid10070",
    "cid10071": "cid10071",
    "cid10072": "cid10072",
    "cid10073": "cid10073",
    "cid10074": "cid10074",
    "cid101": "cid101",
    "cid1010": "cid1010",
    "cid1011": "cid1011",
    "cid1015": "cid1015",
    "cid102": "cid102",
    "cid103": "cid103",
    "cid104": "cid104",
    "cid105": "cid105",
    "cid106": "cid106",
    "cid107": "cid107",
    "cid11": "cid11",
    "cid11001": "cid11001",
    "cid11002": "cid11002",
    "cid11003": "cid11003",
    "cid11004": "cid11004",
    "cid11005": "cid11005",
    "cid11006": "cid11006",
    "cid12": "cid12",
    "cid1200": "cid1200",
    "cid12001": "cid12001",
    "cid12002": "cid12002",
    "cid12003": "cid12003",
    "cid12004": "cid12004",
    "cid12005": "cid12005",
    "cid12006": "cid12006",
    "cid12007": "cid12007",
    "cid12008": "cid12008",
    "cid12009": "cid12009",
    "cid1201": "cid1201",
    "cid12011": "cid12011",
    "cid12012": "cid12012",
    "cid12013": "cid12013",
    "cid12014": "cid12014",
    "cid12015": "cid12015",
    "cid12016": "cid12016",
    "cid12017": "cid12017",
    "cid12018": "cid12018",
    "cid12019": "cid12019",
    "cid12020": "cid12020",
    "cid12021": "cid12021",
    "cid12022": "cid12022",
    "cid12023": "cid12023",
    "cid12024": "cid12024",
    "cid12025": "cid12025",
    "cid12030": "cid12030",
    "cid12031": "cid12031",
    "cid12032": "cid12032",
    "cid12033": "cid12033",
    "cid12034": "cid12034",
    "cid12035": "cid12035",
    "cid12100": "cid12100",
    "cid12101": "cid12101",
    "cid12102": "cid12102",
    "cid12103": "cid12103",
    "cid12104": "cid12104",
    "cid12105": "cid12105",
    "cid12106": "cid12106",
    "cid12107": "cid12107",
    "cid12108": "cid12108",
    "cid12109": "cid12109",
    "cid12110": "cid12110",
    "cid12111": "cid12111",
    "cid12112": "cid12112",
    "cid12113": "cid12113",
    "cid12114": "cid12114",
    "cid12115": "cid12115",
    "cid12116": "cid12116",
    "cid12117": "cid12117",
    "cid12118": "cid12118",
    "cid12119": "cid12119",
    "cid12120": "cid12120",
    "cid12121": "cid12121",
    "cid12122": "cid12122",
    "cid12123": "cid12123",
    "cid12124": "cid12124",
    "cid12125": "cid12125",
    "cid12130": "cid12130",
    "cid12131": "cid12131",
    "cid12140": "cid12140",
    "cid12141": "cid12141",
    "cid12200": "cid12200",
    "cid12201": "cid12201",
    "cid12202": "cid12202",
    "cid12203": "cid12203",
    "cid12204": "cid12204",
    "cid12205": "cid12205",
    "cid12206": "cid12206",
    "cid12207": "cid12207",
    "cid12208": "cid12208",
    "cid12209": "cid12209",
    "cid12210": "cid12210",
    "cid12211": "cid12211",
    "cid12212": "cid12212",
    "cid12214": "cid12214",
    "cid12215": "cid12215",
    "cid12216": "cid12216",
    "cid12217": "cid12217",
    "cid12218": "cid12218",
    "cid12219": "cid12219",
    "cid12220": "cid12220",
    "cid12221": "cid12221",
    "cid12222": "cid12222",
    "cid12223": "cid12223",
    "cid12224": "cid12224",
    "cid12226": "cid12226",
    "cid12227": "cid12227",
    "cid12228": "cid12228",
    "cid12229": "cid12229",
    "cid12230": "cid12230",
    "cid12231": "cid12231",
    "cid12232": "cid12232",
    "cid12233": "cid12233",
    "cid12234": "cid12234",
    "cid12235": "cid12235",
    "cid12236": "cid12236",
    "cid12237": "cid12237",
    "cid12238": "cid12238",
    "cid12239": "cid12239",
    "cid12240": "cid12240",
    "cid12241": "cid12241",
    "cid12242": "cid12242",
    "cid12243": "cid12243",
    "cid12244": "cid12244",
    "cid12245": "cid12245",
    "cid12246": "cid12246",
    "cid12247": "cid12247",
    "cid12248": "cid12248",
    "cid12249": "cid12249",
    "cid12250": "cid12250",
    "cid12251": "cid12251",
    "cid12252": "cid12252",
    "cid12253": "cid12253",
    "cid12254": "cid12254",
    "cid12255": "cid12255",
    "cid12257": "cid12257",
    "cid12258": "cid12258",
    "cid12259": "cid12259",
    "cid12260": "cid12260",
    "cid12261": "cid12261",
    "cid12262": "cid12262",
    "cid12263": "cid12263",
    "cid12264": "cid12264",
    "cid12265": "cid12265",
    "cid12266": "cid12266",
    "cid12267": "cid12267",
    "cid12268": "cid12268",
    "cid12269": "cid12269",
    "cid12270": "cid12270",
    "cid12271": "cid12271",
    "cid12272": "cid12272",
    "cid12273": "cid12273",
    "cid12274": "cid12274",
    "cid12275": "cid12275",
    "cid12276": "cid12276",
    "cid12277": "cid12277",
    "cid12279": "cid12279",
    "cid12280": "cid12280",
    "cid12281": "cid12281",
    "cid12282": "cid12282",
    "cid12283": "cid12283",
    "cid12284": "cid12284",
    "cid12285": "cid12285",
    "cid12286": "cid12286",
    "cid12287": "cid12287",
    "cid12288": "cid12288",
    "cid12289": "cid12289",
    "cid12290": "cid12290",
    "cid12291": "cid12291",
    "cid12292": "cid12292",
    "cid12293": "cid12293",
    "cid12294": "cid12294",
    "cid12300": "cid12300",
    "cid12301": "cid12301",
    "cid12302": "cid12302",
    "cid12303": "cid12303",
    "cid12304": "cid12304",
    "cid12305": "cid12305",
    "cid12306": "cid12306",
    "cid12307": "cid12307",
    "cid12308": "cid12308",
    "cid12309": "cid12309",
    "cid12310": "cid12310",
    "cid12311": "cid12311",
    "cid12320": "cid12320",
    "cid12321": "cid12321",
    "cid12322": "cid12322",
    "cid12323": "cid12323",
    "cid12324": "cid12324",
    "cid12325": "cid12325",
    "cid13": "cid13",
    "cid18": "cid18",
    "cid19": "cid19",
    "cid2": "cid2",
    "cid20": "cid20",
    "cid21": "cid21",
    "cid210": "cid210",
    "cid211": "cid211",
    "cid212": "cid212",
    "cid217": "cid217",
    "cid218": "cid218",
    "cid219": "cid219",
    "cid220": "cid220",
    "cid221": "cid221",
    "cid222": "cid222",
    "cid223": "cid223",
    "cid224": "cid224",
    "cid225": "cid225",
    "cid226": "cid226",
    "cid227": "cid227",
    "cid228": "cid228",
    "cid23": "cid23",
    "cid230": "cid230",
    "cid231": "cid231",
    "cid240": "cid240",
    "cid241": "cid241",
    "cid242": "cid242",
    "cid244": "cid244",
    "cid245": "cid245",
    "cid246": "cid246",
    "cid247": "cid247",
    "cid25": "cid25",
    "cid250": "cid250",
    "cid251": "cid251",
    "cid252": "cid252",
    "cid26": "cid26",
    "cid27": "cid27",
    "cid270": "cid270",
    "cid271": "cid271",
    "cid272": "cid272",
    "cid280": "cid280",
    "cid29": "cid29",
    "cid30": "cid30",
    "cid300": "cid300",
    "cid3000": "cid3000",
    "cid3001": "cid3001",
    "cid3003": "cid3003",
    "cid3004": "cid3004",
    "cid3005": "cid3005",
    "cid301": "cid301",
    "cid3010": "cid3010",
    "cid3011": "cid3011",
    "cid3014": "cid3014",
    "cid3015": "cid3015",
    "cid3016": "cid3016",
    "cid3019": "cid3019",
    "cid3020": "cid3020",
    "cid3021": "cid3021",
    "cid3022": "cid3022",
    "cid3030": "cid3030",
    "cid3031": "cid3031",
    "cid3032": "cid3032",
    "cid3033": "cid3033",
    "cid3034": "cid3034",
    "cid3035": "cid3035",
    "cid3036": "cid3036",
    "cid3037": "cid3037",
    "cid3038": "cid3038",
    "cid3039": "cid3039",
    "cid3040": "cid3040",
    "cid3041": "cid3041",
    "cid3042": "cid3042",
    "cid3043": "cid3043",
    "cid3044": "cid3044",
    "cid3045": "cid3045",
    "cid3046": "cid3046",
    "cid3047": "cid3047",
    "cid3048": "cid3048",
    "cid3049": "cid3049",
    "cid3050": "cid3050",
    "cid3082": "cid3082",
    "cid3083": "cid3083",
    "cid3090": "cid3090",
    "cid31": "cid31",
    "cid3101": "cid3101",
    "cid3102": "cid3102",
    "cid3104": "cid3104",
    "cid3106": "cid3106",
    "cid3107": "cid3107",
    "cid3108": "cid3108",
    "cid3110": "cid3110",
    "cid3111": "cid3111",
    "cid3112": "cid3112",
    "cid3113": "cid3113",
    "cid3114": "cid3114",
    "cid3115": "cid3115",
    "cid3116": "cid3116",
    "cid3117": "cid3117",
    "cid3118": "cid3118",
    "cid3119": "cid3119",
    "cid3120": "cid3120",
    "cid3121": "cid3121",
    "cid3122": "cid3122",
    "cid32": "cid32",
    "cid3200": "cid3200",
    "cid3201": "cid3201",
    "cid3202": "cid3202",
    "cid3203": "cid3203",
    "cid3204": "cid3204",
    "cid3205": "cid3205",
    "cid3206": "cid3206",
    "cid3207": "cid3207",
    "cid3208": "cid3208",
    "cid3209": "cid3209",
    "cid3210": "cid3210",
    "cid3211": "cid3211",
    "cid3212": "cid3212",
    "cid3213": "cid3213",
    "cid3215": "cid3215",
    "cid3217": "cid3217",
    "cid3220": "cid3220",
    "cid3221": "cid3221",
    "cid3227": "cid3227",
    "cid3228": "cid3228",
    "cid3229": "cid3229",
    "cid3230": "cid3230",
    "cid3231": "cid3231",
    "cid3232": "cid3232",
    "cid3233": "cid3233",
    "cid3234": "cid3234",
    "cid3235": "cid3235",
    "cid3236": "cid3236",
    "cid3237": "cid3237",
    "cid3238": "cid3238",
    "cid3239": "cid3239",
    "cid3240": "cid3240",
    "cid3241": "cid3241",
    "cid3250": "cid3250",
    "cid3254": "cid3254",
    "cid3261": "cid3261",
    "cid3262": "cid3262",
    "cid3263": "cid3263",
    "cid3264": "cid3264",
    "cid3271": "cid3271",
    "cid33": "cid33",
    "cid3335": "cid3335",
    "cid3337": "cid3337",
    "cid3339": "cid3339",
    "cid3400": "cid3400",
    "cid3401": "cid3401",
    "cid3402": "cid3402",
    "cid3403": "cid3403",
    "cid3404": "cid3404",
    "cid3405": "cid3405",
    "cid3406": "cid3406",
    "cid3407": "cid3407",
    "cid3408": "cid3408",
    "cid3409": "cid3409",
    "cid3410": "cid3410",
    "cid3411": "cid3411",
    "cid3412": "cid3412",
    "cid3413": "cid3413",
    "cid3414": "cid3414",
    "cid3415": "cid3415",
    "cid3416": "cid3416",
    "cid3418": "cid3418",
    "cid3419": "cid3419",
    "cid3421": "cid3421",
    "cid3422": "cid3422",
    "cid3423": "cid3423",
    "cid3425": "cid3425",
    "cid3426": "cid3426",
    "cid3427": "cid3427",
    "cid3428": "cid3428",
    "cid3429": "cid3429",
    "cid3430": "cid3430",
    "cid3440": "cid3440",
    "cid3441": "cid3441",
    "cid3442": "cid3442",
    "cid3446": "cid3446",
    "cid3448": "cid3448",
    "cid3451": "cid3451",
    "cid3452": "cid3452",
    "cid3453": "cid3453",
    "cid3455": "cid3455",
    "cid3456": "cid3456",
    "cid3458": "cid3458",
    "cid3460": "cid3460",
    "cid3461": "cid3461",
    "cid3462": "cid3462",
    "cid3463": "cid3463",
    "cid3465": "cid3465",
    "cid3466": "cid3466",
    "cid3467": "cid3467",
    "cid3468": "cid3468",
    "cid3469": "cid3469",
    "cid3470": "cid3470",
    "cid3471": "cid3471",
    "cid3472": "cid3472",
    "cid3480": "cid3480",
    "cid3481": "cid3481",
    "cid3482": "cid3482",
    "cid3483": "cid3483",
    "cid3484": "cid3484",
    "cid3485": "cid3485",
    "cid3486": "cid3486",
    "cid3487": "cid3487",
    "cid3488": "cid3488",
    "cid3489": "cid3489",
    "cid3491": "cid3491",
    "cid3492": "cid3492",
    "cid3493": "cid3493",
    "cid3494": "cid3494",
    "cid3495": "cid3495",
    "cid3496": "cid3496",
    "cid3497": "cid3497",
    "cid3500": "cid3500",
    "cid3502": "cid3502",
    "cid3503": "cid3503",
    "cid3510": "cid3510",
    "cid3515": "cid3515",
    "cid3520": "cid3520",
    "cid3524": "cid3524",
    "cid3525": "cid3525",
    "cid3526": "cid3526",
    "cid3527": "cid3527",
    "cid3528": "cid3528",
    "cid3529": "cid3529",
    "cid3530": "cid3530",
    "cid3531": "cid3531",
    "cid3550": "cid3550",
    "cid3551": "cid3551",
    "cid3552": "cid3552",
    "cid3553": "cid3553",
    "cid3554": "cid3554",
    "cid3555": "cid3555",
    "cid3560": "cid3560",
    "cid3600": "cid3600",
    "cid3602": "cid3602",
    "cid3604": "cid3604",
    "cid3606": "cid3606",
    "cid3607": "cid3607",
    "cid3608": "cid3608",
    "cid3609": "cid3609",
    "cid3610": "cid3610",
    "cid3611": "cid3611",
    "cid3612": "cid3612",
    "cid3613": "cid3613",
    "cid3614": "cid3614",
    "cid3615": "cid3615",
    "cid3616": "cid3616",
    "cid3617": "cid3617",
    "cid3618": "cid3618",
    "cid3619": "cid3619",
    "cid3620": "cid3620",
    "cid3621": "cid3621",
    "cid3627": "cid3627",
    "cid3628": "cid3628",
    "cid3629": "cid3629",
    "cid3630": "cid3630",
    "cid3640": "cid3640",
    "cid3641": "cid3641",
    "cid3642": "cid3642",
    "cid3651": "cid3651",
    "cid3663": "cid3663",
    "cid3664": "cid3664",
    "cid3666": "cid3666",
    "cid3667": "cid3667",
    "cid3668": "cid3668",
    "cid3670": "cid3670",
    "cid3671": "cid3671",
    "cid3672": "cid3672",
    "cid3673": "cid3673",
    "cid3675": "cid3675",
    "cid3676": "cid3676",
    "cid3677": "cid3677",
    "cid3678": "cid3678",
    "cid3679": "cid3679",
    "cid3680": "cid3680",
    "cid3681": "cid3681",
    "cid3682": "cid3682",
    "cid3683": "cid3683",
    "cid3684": "cid3684",
    "cid3685": "cid3685",
    "cid3686": "cid3686",
    "cid3687": "cid3687",
    "cid3688": "cid3688",
    "cid3689": "cid3689",
    "cid3690": "cid3690",
    "cid3691": "cid3691",
    "cid3692": "cid3692",
    "cid3700": "cid3700",
    "cid3701": "cid3701",
    "cid3703": "cid3703",
    "cid3704": "cid3704",
    "cid3705": "cid3705",
    "cid3706": "cid3706",
    "cid3707": "cid3707",
    "cid3709": "cid3709",
    "cid3710": "cid3710",
    "cid3711": "cid3711",
    "cid3712": "cid3712",
    "cid3713": "cid3713",
    "cid3714": "cid3714",
    "cid3715": "cid3715",
    "cid3716": "cid3716",
    "cid3717": "cid3717",
    "cid3718": "cid3718",
    "cid3719": "cid3719",
    "cid3720": "cid3720",
    "cid3721": "cid3721",
    "cid3722": "cid3722",
    "cid3723": "cid3723",
    "cid3724": "cid3724",
    "cid3726": "cid3726",
    "cid3727": "cid3727",
    "cid3728": "cid3728",
    "cid3729": "cid3729",
    "cid3730": "cid3730",
    "cid3733": "cid3733",
    "cid3735": "cid3735",
    "cid3736": "cid3736",
    "cid3737": "cid3737",
    "cid3738": "cid3738",
    "cid3739": "cid3739",
    "cid3740": "cid3740",
    "cid3741": "cid3741",
    "cid3742": "cid3742",
    "cid3743": "cid3743",
    "cid3744": "cid3744",
    "cid3745": "cid3745",
    "cid3746": "cid3746",
    "cid3747": "cid3747",
    "cid3748": "cid3748",
    "cid3749": "cid3749",
    "cid3750": "cid3750",
    "cid3752": "cid3752",
    "cid3754": "cid3754",
    "cid3755": "cid3755",
    "cid3756": "cid3756",
    "cid3757": "cid3757",
    "cid3758": "cid3758",
    "cid3760": "cid3760",
    "cid3761": "cid3761",
    "cid3762": "cid3762",
    "cid3764": "cid3764",
    "cid3769": "cid3769",
    "cid3770": "cid3770",
    "cid3772": "cid3772",
    "cid3773": "cid3773",
    "cid3774": "cid3774",
    "cid3777": "cid3777",
    "cid3778": "cid3778",
    "cid3780": "cid3780",
    "cid3781": "cid3781",
    "cid3782": "cid3782",
    "cid3783": "cid3783",
    "cid3784": "cid3784",
    "cid3785": "cid3785",
    "cid3802": "cid3802",
    "cid3804": "cid3804",
    "cid3805": "cid3805",
    "cid3806": "cid3806",
    "cid3807": "cid3807",
    "cid3808": "cid3808",
    "cid3809": "cid3809",
    "cid3810": "cid3810",
    "cid3813": "cid3813",
    "cid3814": "cid3814",
    "cid3815": "cid3815",
    "cid3817": "cid3817",
    "cid3820": "cid3820",
    "cid3821": "cid3821",
    "cid3823": "cid3823",
    "cid3826": "cid3826",
    "cid3827": "cid3827",
    "cid3829": "cid3829",
    "cid3831": "cid3831",
    "cid3832": "cid3832",
    "cid3833": "cid3833",
    "cid3835": "cid3835",
    "cid3836": "cid3836",
    "cid3837": "cid3837",
    "cid3838": "cid3838",
    "cid3839": "cid3839",
    "cid3840": "cid3840",
    "cid3843": "cid3843",
    "cid3850": "cid3850",
    "cid4": "cid4",
    "cid400": "cid400",
    "cid4005": "cid4005",
    "cid4009": "cid4009",
    "cid401": "cid401",
    "cid4010": "cid4010",
    "cid4011": "cid4011",
    "cid4012": "cid4012",
    "cid4013": "cid4013",
    "cid4014": "cid4014",
    "cid4015": "cid4015",
    "cid4016": "cid4016",
    "cid4017": "cid4017",
    "cid4018": "cid4018",
    "cid4019": "cid4019",
    "cid402": "cid402",
    "cid4020": "cid4020",
    "cid4021": "cid4021",
    "cid4025": "cid4025",
    "cid4026": "cid4026",
    "cid4028": "cid4028",
    "cid4029": "cid4029",
    "cid403": "cid403",
    "cid4030": "cid4030",
    "cid4031": "cid4031",
    "cid4032": "cid4032",
    "cid4033": "cid4033",
    "cid404": "cid404",
    "cid4040": "cid4040",
    "cid4042": "cid4042",
    "cid405": "cid405",
    "cid4050": "cid4050",
    "cid4051": "cid4051",
    "cid4052": "cid4052",
    "cid4100": "cid4100",
    "cid4101": "cid4101",
    "cid4102": "cid4102",
    "cid4103": "cid4103",
    "cid4104": "cid4104",
    "cid4105": "cid4105",
    "cid4106": "cid4106",
    "cid4107": "cid4107",
    "cid4108": "cid4108",
    "cid4109": "cid4109",
    "cid4110": "cid4110",
    "cid4111": "cid4111",
    "cid42": "cid42",
    "cid4200": "cid4200",
    "cid4201": "cid4201",
    "cid4202": "cid4202",
    "cid4203": "cid4203",
    "cid4204": "cid4204",
    "cid4205": "cid4205",
    "cid4206": "cid4206",
    "cid4207": "cid4207",
    "cid4208": "cid4208",
    "cid4209": "cid4209",
    "cid4210": "cid4210",
    "cid4211": "cid4211",
    "cid4214": "cid4214",
    "cid4215": "cid4215",
    "cid4216": "cid4216",
    "cid4220": "cid4220",
    "cid4221": "cid4221",
    "cid4222": "cid4222",
    "cid4230": "cid4230",
    "cid4231": "cid4231",
    "cid4232": "cid4232",
    "cid4233": "cid4233",
    "cid4234": "cid4234",
    "cid4235": "cid4235",
    "cid4236": "cid4236",
    "cid4237": "cid4237",
    "cid4238": "cid4238",
    "cid4239": "cid4239",
    "cid4240": "cid4240",
    "cid4241": "cid4241",
    "cid4242": "cid4242",
    "cid4243": "cid4243",
    "cid4244": "cid4244",
    "cid4245": "cid4245",
    "cid4250": "cid4250",
    "cid4251": "cid4251",
    "cid4252": "cid4252",
    "cid4253": "cid4253",
    "cid4254": "cid4254",
    "cid4255": "cid4255",
    "cid4256": "cid4256",
    "cid4257": "cid4257",
    "cid4260": "cid4260",
    "cid4261": "cid4261",
    "cid4262": "cid4262",
    "cid4263": "cid4263",
    "cid4264": "cid4264",
    "cid4265": "cid4265",
    "cid4266": "cid4266",
    "cid4267": "cid4267",
    "cid4268": "cid4268",
    "cid4270": "cid4270",
    "cid4271": "cid4271",
    "cid4272": "cid4272",
    "cid4273": "cid4273",
    "cid43": "cid43",
    "cid44": "cid44",
    "cid4401": "cid4401",
    "cid4402": "cid4402",
    "cid4403": "cid4403",
    "cid4404": "cid4404",
    "cid4405": "cid4405",
    "cid4406": "cid4406",
    "cid4407": "cid4407",
    "cid4408": "cid4408",
    "cid4409": "cid4409",
    "cid4410": "cid4410",
    "cid4411": "cid4411",
    "cid4412": "cid4412",
    "cid5": "cid5",
    "cid50": "cid50",
    "cid5000": "cid5000",
    "cid5001": "cid5001",
    "cid5002": "cid5002",
    "cid501": "cid501",
    "cid502": "cid502",
    "cid6": "cid6",
    "cid60": "cid60",
    "cid6000": "cid6000",
    "cid6001": "cid6001",
    "cid6002": "cid6002",
    "cid6003": "cid6003",
    "cid6004": "cid6004",
    "cid6005": "cid6005",
    "cid6006": "cid6006",
    "cid6007": "cid6007",
    "cid6008": "cid6008",
    "cid6009": "cid6009",
    "cid601": "cid601",
    "cid6010": "cid6010",
    "cid6011": "cid6011",
    "cid6012": "cid6012",
    "cid6013": "cid6013",
    "cid6014": "cid6014",
    "cid6015": "cid6015",
    "cid6016": "cid6016",
    "cid6017": "cid6017",
    "cid6018": "cid6018",
    "cid6019": "cid6019",
    "cid602": "cid602",
    "cid6020": "cid6020",
    "cid6021": "cid6021",
    "cid6022": "cid6022",
    "cid6023": "cid6023",
    "cid6024": "cid6024",
    "cid6025": "cid6025",
    "cid6026": "cid6026",
    "cid6027": "cid6027",
    "cid6028": "cid6028",
    "cid6029": "cid6029",
    "cid603": "cid603",
    "cid6030": "cid6030",
    "cid6031": "cid6031",
    "cid6032": "cid6032",
    "cid6033": "cid6033",
    "cid6034": "cid6034",
    "cid6035": "cid6035",
    "cid6036": "cid6036",
    "cid6037": "cid6037",
    "cid6038": "cid6038",
    "cid6039": "cid6039",
    "cid604": "cid604",
    "cid6040": "cid6040",
    "cid6041": "cid6041",
    "cid6042": "cid6042",
    "cid6043": "cid6043",
    "cid6044": "cid6044",
    "cid6045": "cid6045",
    "cid6046": "cid6046",
    "cid6047": "cid6047",
    "cid6048": "cid6048",
    "cid605": "cid605",
    "cid6050": "cid6050",
    "cid6051": "cid6051",
    "cid6052": "cid6052",
    "cid6053": "cid6053",
    "cid6054": "cid6054",
    "cid6055": "cid6055",
    "cid6056": "cid6056",
    "cid6057": "cid6057",
    "cid6058": "cid6058",
    "cid6059": "cid6059",
    "cid606": "cid606",
    "cid6060": "cid6060",
    "cid6061": "cid6061",
    "cid6062": "cid6062",
    "cid6063": "cid6063",
    "cid6064": "cid6064",
    "cid6065": "cid6065",
    "cid6066": "cid6066",
    "cid6067": "cid6067",
    "cid6068": "cid6068",
    "cid6069": "cid6069",
    "cid607": "cid607",
    "cid6070": "cid6070",
    "cid6071": "cid6071",
    "cid6072": "cid6072",
    "cid608": "cid608",
    "cid6080": "cid6080",
    "cid6081": "cid6081",
    "cid6082": "cid6082",
    "cid6083": "cid6083",
    "cid6084": "cid6084",
    "cid6085": "cid6085",
    "cid6086": "cid6086",
    "cid6087": "cid6087",
    "cid6088": "cid6088",
    "cid6089": "cid6089",
    "cid609": "cid609",
    "cid6090": "cid6090",
    "cid6091": "cid6091",
    "cid6092": "cid6092",
    "cid6093": "cid6093",
    "cid6094": "cid6094",
    "cid6095": "cid6095",
    "cid6096": "cid6096",
    "cid6097": "cid6097",
    "cid6098": "cid6098",
    "cid6099": "cid6099",
    "cid61": "cid61",
    "cid610": "cid610",
    "cid6100": "cid6100",
    "cid6101": "cid6101",
    "cid6102": "cid6102",
    "cid6103": "cid6103",
    "cid6104": "cid6104",
    "cid6105": "cid6105",
    "cid6106": "cid6106",
    "cid6107": "cid6107",
    "cid6108": "cid6108",
    "cid6109": "cid6109",
    "cid611": "cid611",
    "cid6110": "cid6110",
    "cid6111": "cid6111",
    "cid6112": "cid6112",
    "cid6113": "cid6113",
    "cid6114": "cid6114",
    "cid6115": "cid6115",
    "cid6116": "cid6116",
    "cid6117": "cid6117",
    "cid6118": "cid6118",
    "cid6119": "cid6119",
    "cid612": "cid612",
    "cid6120": "cid6120",
    "cid6121": "cid6121",
    "cid6122": "cid6122",
    "cid6123": "cid6123",
    "cid6124": "cid6124",
    "cid6125": "cid6125",
    "cid6126": "cid6126",
    "cid6127": "cid6127",
    "cid6128": "cid6128",
    "cid6129": "cid6129",
    "cid613": "cid613",
    "cid6130": "cid6130",
    "cid6131": "cid6131",
    "cid6132": "cid6132",
    "cid6133": "cid6133",
    "cid6134": "cid6134",
    "cid6135": "cid6135",
    "cid6136": "cid6136",
    "cid6137": "cid6137",
    "cid6138": "cid6138",
    "cid6139": "cid6139",
    "cid614": "cid614",
    "cid6140": "cid6140",
    "cid6141": "cid6141",
    "cid6142": "cid6142",
    "cid6143": "cid6143",
    "cid6144": "cid6144",
    "cid6145": "cid6145",
    "cid6146": "cid6146",
    "cid6147": "cid6147",
    "cid6148": "cid6148",
    "cid6149": "cid6149",
    "cid615": "cid615",
    "cid6151": "cid6151",
    "cid6152": "cid6152",
    "cid6153": "cid6153",
    "cid6154": "cid6154",
    "cid6155": "cid6155",
    "cid6157": "cid6157",
    "cid6158": "cid6158",
    "cid6159": "cid6159",
    "cid616": "cid616",
    "cid6160": "cid6160",
    "cid6161": "cid6161",
    "cid6162": "cid6162",
    "cid6163": "cid6163",
    "cid6164": "cid6164",
    "cid6165": "cid6165",
    "cid6166": "cid6166",
    "cid617": "cid617",
    "cid6170": "cid6170",
    "cid6171": "cid6171",
    "cid618": "cid618",
    "cid619": "cid619",
    "cid62": "cid62",
    "cid620": "cid620",
    "cid6200": "cid6200",
    "cid6201": "cid6201",
    "cid6202": "cid6202",
    "cid6203": "cid6203",
    "cid6204": "cid6204",
    "cid6205": "cid6205",
    "cid6206": "cid6206",
    "cid6207": "cid6207",
    "cid6208": "cid6208",
    "cid6209": "cid6209",
    "cid621": "cid621",
    "cid6210": "cid6210",
    "cid6211": "cid6211",
    "cid6212": "cid6212",
    "cid622": "cid622",
    "cid623": "cid623",
    "cid624": "cid624",
    "cid625": "cid625",
    "cid626": "cid626",
    "cid627": "cid627",
    "cid628": "cid628",
    "cid629": "cid629",
    "cid63": "cid63",
    "cid630": "cid630",
    "cid6300": "cid6300",
    "cid6301": "cid6301",
    "cid6302": "cid6302",
    "cid6303": "cid6303",
    "cid6304": "cid6304",
    "cid631": "cid631",
    "cid6310": "cid6310",
    "cid6311": "cid6311",
    "cid6312": "cid6312",
    "cid6313": "cid6313",
    "cid6314": "cid6314",
    "cid6315": "cid6315",
    "cid6316": "cid6316",
    "cid6317": "cid6317",
    "cid6318": "cid6318",
    "cid6319": "cid6319",
    "cid632": "cid632",
    "cid6320": "cid6320",
    "cid6321": "cid6321",
    "cid6322": "cid6322",
    "cid6323": "cid6323",
    "cid6324": "cid6324",
    "cid6325": "cid6325",
    "cid6326": "cid6326",
    "cid6327": "cid6327",
    "cid6328": "cid6328",
    "cid6329": "cid6329",
    "cid633": "cid633",
    "cid6330": "cid6330",
    "cid6331": "cid6331",
    "cid6332": "cid6332",
    "cid6333": "cid6333",
    "cid6334": "cid6334",
    "cid6335": "cid6335",
    "cid6336": "cid6336",
    "cid6337": "cid6337",
    "cid6338": "cid6338",
    "cid6339": "cid6339",
    "cid634": "cid634",
    "cid6340": "cid6340",
    "cid6341": "cid6341",
    "cid6342": "cid6342",
    "cid6343": "cid6343",
    "cid6344": "cid6344",
    "cid6345": "cid6345",
    "cid6346": "cid6346",
    "cid6347": "cid6347",
    "cid6348": "cid6348",
    "cid6349": "cid6349",
    "cid635": "cid635",
    "cid6350": "cid6350",
    "cid6351": "cid6351",
    "cid6352": "cid6352",
    "cid6353": "cid6353",
    "cid636": "cid636",
    "cid637": "cid637",
    "cid638": "cid638",
    "cid639": "cid639",
    "cid64": "cid64",
    "cid640": "cid640",
    "cid6401": "cid6401",
    "cid6402": "cid6402",
    "cid6403": "cid6403",
    "cid6404": "cid6404",
    "cid6405": "cid6405",
    "cid641": "cid641",
    "cid642": "cid642",
    "cid643": "cid643",
    "cid644": "cid644",
    "cid645": "cid645",
    "cid646": "cid646",
    "cid647": "cid647",
    "cid65": "cid65",
    "cid66": "cid66",
    "cid67": "cid67",
    "cid68": "cid68",
    "cid69": "cid69",
    "cid7": "cid7",
    "cid70": "cid70",
    "cid7000": "cid7000",
    "cid7001": "cid7001",
    "cid7002": "cid7002",
    "cid7003": "cid7003",
    "cid7004": "cid7004",
    "cid7005": "cid7005",
    "cid7006": "cid7006",
    "cid7007": "cid7007",
    "cid7008": "cid7008",
    "cid7009": "cid7009",
    "cid701": "cid701",
    "cid7010": "cid7010",
    "cid7011": "cid7011",
    "cid7012": "cid7012",
    "cid7013": "cid7013",
    "cid7014": "cid7014",
    "cid7015": "cid7015",
    "cid7016": "cid7016",
    "cid7017": "cid7017",
    "cid7018": "cid7018",
    "cid7019": "cid7019",
    "cid702": "cid702",
    "cid7020": "cid7020",
    "cid7021": "cid7021",
    "cid7022": "cid7022",
    "cid7023": "cid7023",
    "cid7024": "cid7024",
    "cid7025": "cid7025",
    "cid7026": "cid7026",
    "cid7027": "cid7027",
    "cid703": "cid703",
    "cid7030": "cid7030",
    "cid7031": "cid7031",
    "cid7035": "cid7035",
    "cid7036": "cid7036",
    "cid7039": "cid7039",
    "cid7040": "cid7040",
    "cid7041": "cid7041",
    "cid7042": "cid7042",
    "cid7050": "cid7050",
    "cid7060": "cid7060",
    "cid7061": "cid7061",
    "cid7062": "cid7062",
    "cid7063": "cid7063",
    "cid7064": "cid7064",
    "cid7070": "cid7070",
    "cid71": "cid71",
    "cid7100": "cid7100",
    "cid7101": "cid7101",
    "cid7110": "cid7110",
    "cid7111": "cid7111",
    "cid7112": "cid7112",
    "cid7140": "cid7140",
    "cid7150": "cid7150",
    "cid7151": "cid7151",
    "cid7152": "cid7152",
    "cid7153": "cid7153",
    "cid7154": "cid7154",
    "cid7155": "cid7155",
    "cid7156": "cid7156",
    "cid7157": "cid7157",
    "cid7158": "cid7158",
    "cid7159": "cid7159",
    "cid7160": "cid7160",
    "cid7161": "cid7161",
    "cid7162": "cid7162",
    "cid7165": "cid7165",
    "cid7166": "cid7166",
    "cid7167": "cid7167",
    "cid7168": "cid7168",
    "cid7169": "cid7169",
    "cid7170": "cid7170",
    "cid7171": "cid7171",
    "cid7180": "cid7180",
    "cid7181": "cid7181",
    "cid7182": "cid7182",
    "cid7183": "cid7183",
    "cid7184": "cid7184",
    "cid7185": "cid7185",
    "cid7186": "cid7186",
    "cid7191": "cid7191",
    "cid7192": "cid7192",
    "cid7193": "cid7193",
    "cid7194": "cid7194",
    "cid7195": "cid7195",
    "cid7196": "cid7196",
    "cid7197": "cid7197",
    "cid7198": "cid7198",
    "cid7199": "cid7199",
    "cid72": "cid72",
    "cid7201": "cid7201",
    "cid7202": "cid7202",
    "cid7203": "cid7203",
    "cid7205": "cid7205",
    "cid7210": "cid7210",
    "cid7215": "cid7215",
    "cid7220": "cid7220",
    "cid7221": "cid7221",
    "cid7222": "cid7222",
    "cid7230": "cid7230",
    "cid7250": "cid7250",
    "cid7260": "cid7260",
    "cid7261": "cid7261",
    "cid7262": "cid7262",
    "cid7263": "cid7263",
    "cid7270": "cid7270",
    "cid7271": "cid7271",
    "cid7272": "cid7272",
    "cid7273": "cid7273",
    "cid7274": "cid7274",
    "cid7275": "cid7275",
    "cid7276": "cid7276",
    "cid7277": "cid7277",
    "cid73": "cid73",
    "cid7300": "cid7300",
    "cid7301": "cid7301",
    "cid7302": "cid7302",
    "cid7303": "cid7303",
    "cid7304": "cid7304",
    "cid7305": "cid7305",
    "cid7306": "cid7306",
    "cid7307": "cid7307",
    "cid7308": "cid7308",
    "cid7309": "cid7309",
    "cid7310": "cid7310",
    "cid7320": "cid7320",
    "cid74": "cid74",
    "cid7445": "cid7445",
    "cid7449": "cid7449",
    "cid7450": "cid7450",
    "cid7451": "cid7451",
    "cid7452": "cid7452",
    "cid7453": "cid7453",
    "cid7454": "cid7454",
    "cid7455": "cid7455",
    "cid7456": "cid7456",
    "cid7457": "cid7457",
    "cid7460": "cid7460",
    "cid7461": "cid7461",
    "cid7462": "cid7462",
    "cid7464": "cid7464",
    "cid7465": "cid7465",
    "cid7466": "cid7466",
    "cid7467": "cid7467",
    "cid7468": "cid7468",
    "cid7469": "cid7469",
    "cid7470": "cid7470",
    "cid7471": "cid7471",
    "cid7472": "cid7472",
    "cid7473": "cid7473",
    "cid7474": "cid7474",
    "cid7475": "cid7475",
    "cid7476": "cid7476",
    "cid7477": "cid7477",
    "cid7478": "cid7478",
    "cid7479": "cid7479",
    "cid7481": "cid7481",
    "cid7482": "cid7482",
    "cid7483": "cid7483",
    "cid7484": "cid7484",
    "cid7486": "cid7486",
    "cid7490": "cid7490",
    "cid75": "cid75",
    "cid7500": "cid7500",
    "cid7501": "cid7501",
    "cid7550": "cid7550",
    "cid7551": "cid7551",
    "cid7552": "cid7552",
    "cid7553": "cid7553",
    "cid76": "cid76",
    "cid7600": "cid7600",
    "cid7601": "cid7601",
    "cid7602": "cid7602",
    "cid7603": "cid7603",
    "cid7604": "cid7604",
    "cid7701": "cid7701",
    "cid7702": "cid7702",
    "cid7703": "cid7703",
    "cid7704": "cid7704",
    "cid7705": "cid7705",
    "cid7706": "cid7706",
    "cid7707": "cid7707",
    "cid7710": "cid7710",
    "cid8": "cid8",
    "cid800": "cid800",
    "cid8101": "cid8101",
    "cid8102": "cid8102",
    "cid8103": "cid8103",
    "cid8104": "cid8104",
    "cid8109": "cid8109",
    "cid8110": "cid8110",
    "cid8111": "cid8111",
    "cid8112": "cid8112",
    "cid8113": "cid8113",
    "cid8114": "cid8114",
    "cid8115": "cid8115",
    "cid8120": "cid8120",
    "cid8121": "cid8121",
    "cid8122": "cid8122",
    "cid8123": "cid8123",
    "cid8124": "cid8124",
    "cid8125": "cid8125",
    "cid8130": "cid8130",
    "cid8131": "cid8131",
    "cid8132": "cid8132",
    "cid8133": "cid8133",
    "cid8134": "cid8134",
    "cid8135": "cid8135",
    "cid8136": "cid8136",
    "cid82": "cid82",
    "cid8201": "cid8201",
    "cid8202": "cid8202",
    "cid8203": "cid8203",
    "cid83": "cid83",
    "cid8300": "cid8300",
    "cid8301": "cid8301",
    "cid8302": "cid8302",
    "cid8303": "cid8303",
    "cid84": "cid84",
    "cid85": "cid85",
    "cid9": "cid9",
    "cid9000": "cid9000",
    "cid91": "cid91",
    "cid92": "cid92",
    "cid9231": "cid9231",
    "cid9232": "cid9232",
    "cid9233": "cid9233",
    "cid9241": "cid9241",
    "cid9242": "cid9242",
    "cid9243": "cid9243",
    "cid9250": "cid9250",
    "cid9260": "cid9260",
    "cid9261": "cid9261",
    "cid9262": "cid9262",
    "cid9263": "cid9263",
    "cid9264": "cid9264",
    "cid9265": "cid9265",
    "cid9266": "cid9266",
    "cid9267": "cid9267",
    "cid9268": "cid9268",
    "cid9269": "cid9269",
    "cid9270": "cid9270",
    "cid9271": "cid9271",
    "cid9272": "cid9272",
    "cid9273": "cid9273",
    "cid93": "cid93",
    "cid9300": "cid9300",
    "cid9301": "cid9301",
    "cid9302": "cid9302",
    "cid9303": "cid9303",
    "cid94": "cid94",
    "cid9401": "cid9401",
    "cid9402": "cid9402",
    "cid9403": "cid9403",
    "cid9500": "cid9500",
    "cid9501": "cid9501",
    "cid9502": "cid9502",
    "cid9503": "cid9503",
    "cid9504": "cid9504",
    "cid9505": "cid9505",
    "cid9506": "cid9506",
    "cid9507": "cid9507",
    "cid9508": "cid9508",
    "cid9509": "cid9509",
    "cid9510": "cid9510",
    "cid9511": "cid9511",
    "cid9512": "cid9512",
    "cid9513": "cid9513",
    "cid9514": "cid9514",
    "cid9515": "cid9515",
    "cid9516": "cid9516",
    "cid9517": "cid9517",
    "cid9518": "cid9518",
    "cid9519": "cid9519",
    "cid9520": "cid9520",
    "cid9521": "cid9521",
    "cid9522": "cid9522",
    "cid9523": "cid9523",
    "cid9524": "cid9524",
    "cid9525": "cid9525",
    "cid9526": "cid9526",
    "cid9527": "cid9527",
    "cid9528": "cid9528",
    "cid9529": "cid9529",
    "cid9530": "cid9530",
    "cid9531": "cid9531",
    "cid9532": "cid9532",
    "cid9533": "cid9533",
    "cid9534": "cid9534",
    "cid9535": "cid9535",
    "cid9536": "cid9536",
    "cid9537": "cid9537",
    "cid9538": "cid9538",
    "cid9539": "cid9539",
    "cid9540": "cid9540",
    "cid9541": "cid9541",
    "cid9542": "cid9542",
    "cid9543": "cid9543",
    "cid9544": "cid9544",
    "cid9545": "cid9545",
    "cid9546": "cid9546",
    "cid9547": "cid9547",
    "cid9548": "cid9548",
    "cid9549": "cid9549",
    "cid9550": "cid9550",
    "cid9551": "cid9551",
    "cid9552": "cid9552",
    "cid9553": "cid9553",
    "cid9554": "cid9554",
    "cid9555": "cid9555",
    "cid9556": "cid9556",
    "cid9557": "cid9557",
    "cid9558": "cid9558",
    "cid9559": "cid9559",
    "cid9560": "cid9560",
    "cid9561": "cid9561",
    "cid9562": "cid9562",
    "cid9563": "cid9563",
    "cid9564": "cid9564",
    "cid9565": "cid9565",
    "cid9566": "cid9566",
    "cid9567": "cid9567",
    "cid9568": "cid9568",
    "cid9569": "cid9569",
    "cid9570": "cid9570",
    "cid9571": "cid9571",
    "cid9572": "cid9572",
    "cid9573": "cid9573",
    "cid9574": "cid9574",
    "cid9575": "cid9575",
    "cid9576": "cid9576",
    "cid9577": "cid9577",
    "cid9578": "cid9578",
    "cid9579": "cid9579",
    "cid9580": "cid9580",
    "cid9581": "cid9581",
    "cid9582": "cid9582",
    "cid9583": "cid9583",
    "groups": "groups",
    "mediaType": "scheme_mediatype",
    "mpMRIAssessmentType": "cid6333",
    "mpMRIAssessmentTypeFromPIRADS": "cid6334",
    "mpMRIAssessmentValue": "cid6335",
    "mpMRIBenignProstateAbnormalityFromPIRADS": "cid6338",
    "mpMRIProstateAbnormalityFromPIRADS": "cid6337",
    "scheme_99sdm": "scheme_99sdm",
    "scheme_acr": "scheme_acr",
    "scheme_actcode": "scheme_actcode",
    "scheme_actpriority": "scheme_actpriority",
    "scheme_administrativegender": "scheme_administrativegender",
    "scheme_astm_sigpurpose": "scheme_astm_sigpurpose",
    "scheme_bari": "scheme_bari",
    "scheme_bi": "scheme_bi",
    "scheme_c4": "scheme_c4",
    "scheme_c5": "scheme_c5",
    "scheme_cadsr": "scheme_cadsr",
    "scheme_cd2": "scheme_cd2",
    "scheme_confidentiality": "scheme_confidentiality",
    "scheme_ctv3": "scheme_ctv3",
    "scheme_dc": "scheme_dc",
    "scheme_dcm": "scheme_dcm",
    "scheme_dcmuid": "scheme_dcmuid",
    "scheme_fma": "scheme_fma",
    "scheme_hpc": "scheme_hpc",
    "scheme_i10": "scheme_i10",
    "scheme_i10c": "scheme_i10c",
    "scheme_i10p": "scheme_i10p",
    "scheme_i11": "scheme_i11",
    "scheme_i9": "scheme_i9",
    "scheme_i9c": "scheme_i9c",
    "scheme_ibsi": "scheme_ibsi",
    "scheme_icdo3": "scheme_icdo3",
    "scheme_ietf4646": "scheme_ietf4646",
    "scheme_iso3166_1": "scheme_iso3166_1",
    "scheme_iso5218_1": "scheme_iso5218_1",
    "scheme_iso639_1": "scheme_iso639_1",
    "scheme_iso639_2": "scheme_iso639_2",
    "scheme_iso_oid": "scheme_iso_oid",
    "scheme_itis_tsn": "scheme_itis_tsn",
    "scheme_ln": "scheme_ln",
    "scheme_ma": "scheme_ma",
    "scheme_mayoasrg": "scheme_mayoasrg",
    "scheme_mdc": "scheme_mdc",
    "scheme_mdns": "scheme_mdns",
    "scheme_mediatype": "scheme_mediatype",
    "scheme_mgi": "scheme_mgi",
    "scheme_msh": "scheme_msh",
    "scheme_nbd": "scheme_nbd",
    "scheme_nbg": "scheme_nbg",
    "scheme_ncdr": "scheme_ncdr",
    "scheme_ncit": "scheme_ncit",
    "scheme_ndc": "scheme_ndc",
    "scheme_neu": "scheme_neu",
    "scheme_nicip": "scheme_nicip",
    "scheme_npi": "scheme_npi",
    "scheme_nullflavor": "scheme_nullflavor",
    "scheme_nyumccg": "scheme_nyumccg",
    "scheme_observationinterpretation": "scheme_observationinterpretation",
    "scheme_participationtype": "scheme_participationtype",
    "scheme_pathlex": "scheme_pathlex",
    "scheme_pos": "scheme_pos",
    "scheme_pubchem_cid": "scheme_pubchem_cid",
    "scheme_radelement": "scheme_radelement",
    "scheme_radlex": "scheme_radlex",
    "scheme_rfc3066": "scheme_rfc3066",
    "scheme_rfc5646": "scheme_rfc5646",
    "scheme_rfc_3881": "scheme_rfc_3881",
    "scheme_ro": "scheme_ro",
    "scheme_rrid": "scheme_rrid",
    "scheme_rxnorm": "scheme_rxnorm",
    "scheme_scpecg": "scheme_scpecg",
    "scheme_sct": "scheme_sct",
    "scheme_snm3": "scheme_snm3",
    "scheme_srt": "scheme_srt",
    "scheme_uberon": "scheme_uberon",
    "scheme_ucum": "scheme_ucum",
    "scheme_umls": "scheme_umls",
    "scheme_uns": "scheme_uns",
    "scheme_upc": "scheme_upc",
    "_99SDM": "scheme_99sdm",  # earlier builds' spelling, at run time only
}


def __getattr__(name: str) -> ModuleType:
    module_name = _MODULES.get(name)
    if module_name is None:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    module = importlib.import_module(f"{__name__}.{module_name}")
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(_MODULES)
