"""Coding scheme DCM: DICOM Controlled Terminology.

3318 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "DCM"
NAME: Final[str] = "DICOM Controlled Terminology"
UID: Final[str | None] = "1.2.840.10008.2.16.4"
URI: Final[str | None] = "http://dicom.nema.org/resources/ontology/DCM"
RETIRED: Final[bool] = False

AAPM204APDimension: Final[Code] = Code("DCM", "113935", "AAPM 204 AP Dimension", (10023,))
"""AAPM 204 AP Dimension (DCM 113935)."""

AAPM204EffectiveDiameterEstimatedFromPatientAge: Final[Code] = Code(
    "DCM", "113937", "AAPM 204 Effective Diameter Estimated From Patient Age", (10023,)
)
"""AAPM 204 Effective Diameter Estimated From Patient Age (DCM 113937)."""

AAPM204LateralDimension: Final[Code] = Code("DCM", "113934", "AAPM 204 Lateral Dimension", (10023,))
"""AAPM 204 Lateral Dimension (DCM 113934)."""

AAPM204SumOfLateralAndAPDimension: Final[Code] = Code(
    "DCM", "113936", "AAPM 204 Sum of Lateral and AP Dimension", (10023,)
)
"""AAPM 204 Sum of Lateral and AP Dimension (DCM 113936)."""

ACDConstant: Final[Code] = Code("DCM", "111768", "ACD Constant", (4237,))
"""ACD Constant (DCM 111768)."""

ACRAccreditationPhantomCT: Final[Code] = Code(
    "DCM", "113682", "ACR Accreditation Phantom - CT", (4052,)
)
"""ACR Accreditation Phantom - CT (DCM 113682)."""

ACRAccreditationPhantomECT: Final[Code] = Code(
    "DCM", "113686", "ACR Accreditation Phantom - ECT", (4052,)
)
"""ACR Accreditation Phantom - ECT (DCM 113686)."""

ACRAccreditationPhantomECTPET: Final[Code] = Code(
    "DCM", "113688", "ACR Accreditation Phantom - ECT/PET", (4052,)
)
"""ACR Accreditation Phantom - ECT/PET (DCM 113688)."""

ACRAccreditationPhantomMR: Final[Code] = Code(
    "DCM", "113683", "ACR Accreditation Phantom - MR", (4052,)
)
"""ACR Accreditation Phantom - MR (DCM 113683)."""

ACRAccreditationPhantomMammography: Final[Code] = Code(
    "DCM", "113684", "ACR Accreditation Phantom - Mammography", (4052,)
)
"""ACR Accreditation Phantom - Mammography (DCM 113684)."""

ACRAccreditationPhantomPET: Final[Code] = Code(
    "DCM", "113687", "ACR Accreditation Phantom - PET", (4052,)
)
"""ACR Accreditation Phantom - PET (DCM 113687)."""

ACRAccreditationPhantomPETFaceplate: Final[Code] = Code(
    "DCM", "113689", "ACR Accreditation Phantom - PET Faceplate", (4052,)
)
"""ACR Accreditation Phantom - PET Faceplate (DCM 113689)."""

ACRAccreditationPhantomStereotacticBreastBiopsy: Final[Code] = Code(
    "DCM", "113685", "ACR Accreditation Phantom - Stereotactic Breast Biopsy", (4052,)
)
"""ACR Accreditation Phantom - Stereotactic Breast Biopsy (DCM 113685)."""

ACRGuidelinePerformanceOfAdultCTColonography: Final[Code] = Code(
    "DCM", "112248", "ACR Guideline, Performance of Adult CT Colonography", (6208,)
)
"""ACR Guideline, Performance of Adult CT Colonography (DCM 112248)."""

ACRPositionStatement: Final[Code] = Code("DCM", "112036", "ACR Position Statement", (6136, 6208))
"""ACR Position Statement (DCM 112036)."""

ACRStandardCTMedicalPhysicsPerformanceMonitoring: Final[Code] = Code(
    "DCM", "112249", "ACR Standard, CT medical physics performance monitoring", (6208,)
)
"""ACR Standard, CT medical physics performance monitoring (DCM 112249)."""

ADCHyperintense: Final[Code] = Code("DCM", "130595", "ADC Hyperintense", (6344,))
"""ADC Hyperintense (DCM 130595)."""

ADCHypointense: Final[Code] = Code("DCM", "130596", "ADC Hypointense", (6344,))
"""ADC Hypointense (DCM 130596)."""

AF10: Final[Code] = Code("DCM", "130713", "AF10", (3030,))
"""AF10 (DCM 130713)."""

AF9: Final[Code] = Code("DCM", "130712", "AF9", (3030,))
"""AF9 (DCM 130712)."""

AGN15099889Zr: Final[Code] = Code("DCM", "126729", "AGN-150998 ^89^Zr", (4021,))
"""AGN-150998 ^89^Zr (DCM 126729)."""

AIC: Final[Code] = Code("DCM", "126223", "AIC", (7180,))
"""AIC (DCM 126223)."""

AIFIgnored: Final[Code] = Code("DCM", "126360", "AIF Ignored", (4103,))
"""AIF Ignored (DCM 126360)."""

AIN76: Final[Code] = Code("DCM", "127272", "AIN76", (607,))
"""AIN76 (DCM 127272)."""

AIN93G: Final[Code] = Code("DCM", "127273", "AIN93G", (607,))
"""AIN93G (DCM 127273)."""

AIN93M: Final[Code] = Code("DCM", "127274", "AIN93M", (607,))
"""AIN93M (DCM 127274)."""

ANGPattern: Final[Code] = Code("DCM", "109902", "ANG Pattern", (8301,))
"""ANG Pattern (DCM 109902)."""

AP45_112300: Final[Code] = Code("DCM", "112300", "AP+45", (7303,))
"""AP+45 (DCM 112300)."""

AP45_112301: Final[Code] = Code("DCM", "112301", "AP-45", (7303,))
"""AP-45 (DCM 112301)."""

ARWave: Final[Code] = Code("DCM", "125323", "AR-wave", (12307,))
"""AR-wave (DCM 125323)."""

ATSMCu60: Final[Code] = Code("DCM", "126700", "ATSM Cu^60^", (4021,))
"""ATSM Cu^60^ (DCM 126700)."""

ATSMCu61: Final[Code] = Code("DCM", "126701", "ATSM Cu^61^", (4021,))
"""ATSM Cu^61^ (DCM 126701)."""

ATSMCu62: Final[Code] = Code("DCM", "126702", "ATSM Cu^62^", (4021,))
"""ATSM Cu^62^ (DCM 126702)."""

AWavePeakPressure: Final[Code] = Code("DCM", "109016", "A wave peak pressure", (3337, 3611))
"""A wave peak pressure (DCM 109016)."""

AWavePressureAverage: Final[Code] = Code("DCM", "109017", "A wave pressure, average", (3337,))
"""A wave pressure, average (DCM 109017)."""

AbdominalCompressionArch: Final[Code] = Code("DCM", "130655", "Abdominal Compression Arch", (9513,))
"""Abdominal Compression Arch (DCM 130655)."""

AbdominalCompressionBelt: Final[Code] = Code("DCM", "130654", "Abdominal Compression Belt", (9513,))
"""Abdominal Compression Belt (DCM 130654)."""

AbdominalImagingSpecialty: Final[Code] = Code(
    "DCM", "128006", "Abdominal Imaging Specialty", (7449,)
)
"""Abdominal Imaging Specialty (DCM 128006)."""

AbdominalRadiology: Final[Code] = Code("DCM", "128170", "Abdominal Radiology", (7030,))
"""Abdominal Radiology (DCM 128170)."""

AbdominalRespiratoryEffort: Final[Code] = Code(
    "DCM", "130432", "Abdominal Respiratory Effort", (3005,)
)
"""Abdominal Respiratory Effort (DCM 130432)."""

AbdominalRespiratoryInductance: Final[Code] = Code(
    "DCM", "130428", "Abdominal Respiratory Inductance", (3005,)
)
"""Abdominal Respiratory Inductance (DCM 130428)."""

AbdominalRespiratoryPVDF: Final[Code] = Code("DCM", "130430", "Abdominal Respiratory PVDF", (3005,))
"""Abdominal Respiratory PVDF (DCM 130430)."""

AblationOff: Final[Code] = Code("DCM", "109038", "Ablation off", (3339,))
"""Ablation off (DCM 109038)."""

AblationOn: Final[Code] = Code("DCM", "109039", "Ablation on", (3339,))
"""Ablation on (DCM 109039)."""

AbnormalCalcifications: Final[Code] = Code("DCM", "112063", "Abnormal calcifications", (6101,))
"""Abnormal calcifications (DCM 112063)."""

AbnormalDischarge: Final[Code] = Code("DCM", "111491", "Abnormal discharge", (6062,))
"""Abnormal discharge (DCM 111491)."""

AbnormalInterstitialPattern: Final[Code] = Code(
    "DCM", "112004", "Abnormal interstitial pattern", (6104, 6106)
)
"""Abnormal interstitial pattern (DCM 112004)."""

AbnormalLines1D: Final[Code] = Code("DCM", "112061", "Abnormal lines (1D)", (6101,))
"""Abnormal lines (1D) (DCM 112061)."""

AbnormalLucency: Final[Code] = Code("DCM", "112062", "Abnormal lucency", (6101,))
"""Abnormal lucency (DCM 112062)."""

AbnormalOpacity: Final[Code] = Code("DCM", "112033", "Abnormal opacity", (6101,))
"""Abnormal opacity (DCM 112033)."""

AbnormalTexture: Final[Code] = Code("DCM", "112064", "Abnormal texture", (6101,))
"""Abnormal texture (DCM 112064)."""

AbnormallyHighSensitivity: Final[Code] = Code(
    "DCM", "111849", "Abnormally high sensitivity", (4254,)
)
"""Abnormally high sensitivity (DCM 111849)."""

AbruptDuctTermination: Final[Code] = Code("DCM", "111427", "Abrupt duct termination", (6057,))
"""Abrupt duct termination (DCM 111427)."""

AbruptInterface: Final[Code] = Code("DCM", "111358", "Abrupt interface", (6153,))
"""Abrupt interface (DCM 111358)."""

AbsoluteOphthalmicThickness: Final[Code] = Code(
    "DCM", "111930", "Absolute ophthalmic thickness", (4263,)
)
"""Absolute ophthalmic thickness (DCM 111930)."""

AbsoluteRegionalBloodFlow: Final[Code] = Code(
    "DCM", "126390", "Absolute Regional Blood Flow", (4108,)
)
"""Absolute Regional Blood Flow (DCM 126390)."""

AbsoluteRegionalBloodVolume: Final[Code] = Code(
    "DCM", "126391", "Absolute Regional Blood Volume", (4108,)
)
"""Absolute Regional Blood Volume (DCM 126391)."""

AbsorbedDose: Final[Code] = Code("DCM", "128513", "Absorbed Dose", (10070,))
"""Absorbed Dose (DCM 128513)."""

AccessControlDecision: Final[Code] = Code("DCM", "110147", "Access Control Decision", (401, 403))
"""Access Control Decision (DCM 110147)."""

AccessoryClearanceInterlock: Final[Code] = Code(
    "DCM", "130742", "Accessory Clearance Interlock", (9568,)
)
"""Accessory Clearance Interlock (DCM 130742)."""

AccessoryTray: Final[Code] = Code("DCM", "130124", "Accessory Tray", (9518,))
"""Accessory Tray (DCM 130124)."""

AccumulatedAverageGlandularDose: Final[Code] = Code(
    "DCM", "111637", "Accumulated Average Glandular Dose (mammo)", (10050,)
)
"""Accumulated Average Glandular Dose (mammo) (DCM 111637)."""

AcetabularAngle: Final[Code] = Code("DCM", "121224", "Acetabular angle", (7550,))
"""Acetabular angle (DCM 121224)."""

AcetabularCenterOfRotation: Final[Code] = Code(
    "DCM", "112303", "Acetabular Center of Rotation", (7306,)
)
"""Acetabular Center of Rotation (DCM 112303)."""

AcetabularCupInsert: Final[Code] = Code("DCM", "112306", "Acetabular Cup Insert", (7308,))
"""Acetabular Cup Insert (DCM 112306)."""

AcetabularCupMonoblock: Final[Code] = Code("DCM", "112307", "Acetabular Cup Monoblock", (7308,))
"""Acetabular Cup Monoblock (DCM 112307)."""

AcetabularCupShell: Final[Code] = Code("DCM", "112305", "Acetabular Cup Shell", (7308,))
"""Acetabular Cup Shell (DCM 112305)."""

Acinar: Final[Code] = Code("DCM", "112146", "Acinar", (6123,))
"""Acinar (DCM 112146)."""

AcquiredVolume: Final[Code] = Code("DCM", "128160", "Acquired Volume", (1000,))
"""Acquired Volume (DCM 128160)."""

AcquisitionDoseAreaProductTotal: Final[Code] = Code(
    "DCM", "113727", "Acquisition Dose Area Product Total", (10050,)
)
"""Acquisition Dose Area Product Total (DCM 113727)."""

AcquisitionEquipment: Final[Code] = Code("DCM", "109101", "Acquisition Equipment", (7005,))
"""Acquisition Equipment (DCM 109101)."""

AcquisitionEquipmentAlignment: Final[Code] = Code(
    "DCM", "125023", "Acquisition Equipment Alignment", (7100,)
)
"""Acquisition Equipment Alignment (DCM 125023)."""

AcquisitionFramesCorrespondingToVolume: Final[Code] = Code(
    "DCM", "121346", "Acquisition frames corresponding to volume", (7201,)
)
"""Acquisition frames corresponding to volume (DCM 121346)."""

AcquisitionInitiationAfterEndOfRadiation: Final[Code] = Code(
    "DCM", "130794", "Acquisition Initiation after end of Radiation", (9270,)
)
"""Acquisition Initiation after end of Radiation (DCM 130794)."""

AcquisitionInitiationBeforeStartOfRadiation: Final[Code] = Code(
    "DCM", "130793", "Acquisition Initiation before start of Radiation", (9270,)
)
"""Acquisition Initiation before start of Radiation (DCM 130793)."""

AcquisitionInitiationByTriggeringParameter: Final[Code] = Code(
    "DCM", "130795", "Acquisition Initiation by triggering parameter", (9270,)
)
"""Acquisition Initiation by triggering parameter (DCM 130795)."""

AcquisitionInitiationNotDefined: Final[Code] = Code(
    "DCM", "130792", "Acquisition Initiation not defined", (9270,)
)
"""Acquisition Initiation not defined (DCM 130792)."""

AcquisitionNumber: Final[Code] = Code("DCM", "113608", "Acquisition Number", (10022,))
"""Acquisition Number (DCM 113608)."""

ActiveIngredientUndilutedConcentration: Final[Code] = Code(
    "DCM", "121380", "Active Ingredient Undiluted Concentration", (4050,)
)
"""Active Ingredient Undiluted Concentration (DCM 121380)."""

ActiveSurveillanceOfProstateCancer: Final[Code] = Code(
    "DCM", "130589", "Active surveillance of prostate cancer", (6327,)
)
"""Active surveillance of prostate cancer (DCM 130589)."""

AcuteUnilateralRenalBlockage: Final[Code] = Code(
    "DCM", "113560", "Acute unilateral renal blockage", (64, 10045)
)
"""Acute unilateral renal blockage (DCM 113560)."""

AdaptiveFiltering: Final[Code] = Code("DCM", "123102", "Adaptive Filtering", (7162,))
"""Adaptive Filtering (DCM 123102)."""

AddAddendumToReport: Final[Code] = Code("DCM", "128001", "Add Addendum to Report", (9231,))
"""Add Addendum to Report (DCM 128001)."""

AddendedReport: Final[Code] = Code("DCM", "121361", "Addended report", (7009,))
"""Addended report (DCM 121361)."""

AdditionalEvaluationRequestedFromAbnormalScreeningStudy: Final[Code] = Code(
    "DCM", "111419", "Additional evaluation requested from abnormal screening study", (6051,)
)
"""Additional evaluation requested from abnormal screening study (DCM 111419)."""

AdditionalEvaluationRequestedFromPriorStudy: Final[Code] = Code(
    "DCM", "111415", "Additional evaluation requested from prior study", (6051,)
)
"""Additional evaluation requested from prior study (DCM 111415)."""

AdditionalProjections: Final[Code] = Code("DCM", "111135", "Additional projections", (6029,))
"""Additional projections (DCM 111135)."""

AdditionalTeachingFileInformation: Final[Code] = Code(
    "DCM", "128712", "Additional Teaching File Information", (7018,)
)
"""Additional Teaching File Information (DCM 128712)."""

AdiabaticTissueHomogeneityATHModel: Final[Code] = Code(
    "DCM", "126346", "Adiabatic Tissue Homogeneity (ATH) Model", (4101,)
)
"""Adiabatic Tissue Homogeneity (ATH) Model (DCM 126346)."""

AdministeredActivity: Final[Code] = Code("DCM", "113507", "Administered activity", (10050,))
"""Administered activity (DCM 113507)."""

AdministratorOfRadiologyDepartment: Final[Code] = Code(
    "DCM", "128673", "Administrator of Radiology Department", (7452,)
)
"""Administrator of Radiology Department (DCM 128673)."""

AdultCongenitalCardiacUltrasoundReport: Final[Code] = Code(
    "DCM", "125197", "Adult Congenital Cardiac Ultrasound Report", (7000, 12245)
)
"""Adult Congenital Cardiac Ultrasound Report (DCM 125197)."""

AdultEchocardiographyProcedureReport: Final[Code] = Code(
    "DCM", "125200", "Adult Echocardiography Procedure Report", (7000,)
)
"""Adult Echocardiography Procedure Report (DCM 125200)."""

AdvancedLevel: Final[Code] = Code("DCM", "128727", "Advanced level", (7016,))
"""Advanced level (DCM 128727)."""

AdventitialDissection: Final[Code] = Code("DCM", "122397", "Adventitial Dissection", (3492,))
"""Adventitial Dissection (DCM 122397)."""

AerobicIndex: Final[Code] = Code("DCM", "122772", "Aerobic index", (3238,))
"""Aerobic index (DCM 122772)."""

AgatstonScoringMethod: Final[Code] = Code("DCM", "112055", "Agatston scoring method", (6140,))
"""Agatston scoring method (DCM 112055)."""

AgeCorrected: Final[Code] = Code("DCM", "111838", "Age corrected", (4252,))
"""Age corrected (DCM 111838)."""

AgreementWithPriorFindings: Final[Code] = Code(
    "DCM", "122775", "Agreement with prior findings", (3217,)
)
"""Agreement with prior findings (DCM 122775)."""

Air: Final[Code] = Code("DCM", "112143", "Air", (6122,))
"""Air (DCM 112143)."""

AirBronchiologram: Final[Code] = Code("DCM", "112070", "Air bronchiologram", (6105,))
"""Air bronchiologram (DCM 112070)."""

AirBronchogram: Final[Code] = Code("DCM", "112071", "Air bronchogram", (6105,))
"""Air bronchogram (DCM 112071)."""

AirCrescent: Final[Code] = Code("DCM", "112072", "Air crescent", (6105,))
"""Air crescent (DCM 112072)."""

AirDetected: Final[Code] = Code("DCM", "130175", "Air detected", (71,))
"""Air detected (DCM 130175)."""

AirFluidLevel: Final[Code] = Code("DCM", "112104", "Air-fluid level", (6103,))
"""Air-fluid level (DCM 112104)."""

AirSpace: Final[Code] = Code("DCM", "112147", "Air space", (6123,))
"""Air space (DCM 112147)."""

Airflow: Final[Code] = Code("DCM", "130421", "Airflow", (3005,))
"""Airflow (DCM 130421)."""

AirflowCPAP: Final[Code] = Code("DCM", "130420", "Airflow CPAP", (3005,))
"""Airflow CPAP (DCM 130420)."""

AirflowNasalProng: Final[Code] = Code("DCM", "130418", "Airflow Nasal Prong", (3005,))
"""Airflow Nasal Prong (DCM 130418)."""

AirflowPVDF: Final[Code] = Code("DCM", "130419", "Airflow PVDF", (3005,))
"""Airflow PVDF (DCM 130419)."""

AirflowThermistor: Final[Code] = Code("DCM", "130416", "Airflow Thermistor", (3005,))
"""Airflow Thermistor (DCM 130416)."""

AirflowThermocouple: Final[Code] = Code("DCM", "130417", "Airflow Thermocouple", (3005,))
"""Airflow Thermocouple (DCM 130417)."""

AirwayPartiallyObstructed: Final[Code] = Code(
    "DCM", "122282", "airway partially obstructed", (3448,)
)
"""airway partially obstructed (DCM 122282)."""

AirwaySeverelyObstructed: Final[Code] = Code("DCM", "122283", "airway severely obstructed", (3448,))
"""airway severely obstructed (DCM 122283)."""

AirwayUnobstructed: Final[Code] = Code("DCM", "122281", "airway unobstructed", (3448,))
"""airway unobstructed (DCM 122281)."""

AlgorithmicAttenuationCorrection: Final[Code] = Code(
    "DCM", "122726", "Algorithmic Attenuation Correction", (3112,)
)
"""Algorithmic Attenuation Correction (DCM 122726)."""

AllAlgorithmsSucceededWithFindings: Final[Code] = Code(
    "DCM", "111242", "All algorithms succeeded; with findings", (6047,)
)
"""All algorithms succeeded; with findings (DCM 111242)."""

AllAlgorithmsSucceededWithoutFindings: Final[Code] = Code(
    "DCM", "111241", "All algorithms succeeded; without findings", (6047,)
)
"""All algorithms succeeded; without findings (DCM 111241)."""

AllPlanes: Final[Code] = Code("DCM", "113890", "All Planes", (10003,))
"""All Planes (DCM 113890)."""

AlternatePhotometricInterpretationImage: Final[Code] = Code(
    "DCM", "121328", "Alternate Photometric Interpretation image", (7205,)
)
"""Alternate Photometric Interpretation image (DCM 121328)."""

AlternateSOPClassInstance: Final[Code] = Code(
    "DCM", "121326", "Alternate SOP Class instance", (7205,)
)
"""Alternate SOP Class instance (DCM 121326)."""

AmbientRoomEnvironment: Final[Code] = Code("DCM", "109112", "Ambient room environment", (3000,))
"""Ambient room environment (DCM 109112)."""

AmbiguousSex: Final[Code] = Code("DCM", "121104", "Ambiguous sex", (7455,))
"""Ambiguous sex (DCM 121104)."""

AmericaKennelClub: Final[Code] = Code("DCM", "109200", "America Kennel Club", (7481,))
"""America Kennel Club (DCM 109200)."""

AmericaPetRegistryInc: Final[Code] = Code("DCM", "109201", "America's Pet Registry Inc.", (7481,))
"""America's Pet Registry Inc. (DCM 109201)."""

AmericanCanineAssociation: Final[Code] = Code(
    "DCM", "109202", "American Canine Association", (7481,)
)
"""American Canine Association (DCM 109202)."""

AmericanPurebredRegistry: Final[Code] = Code("DCM", "109203", "American Purebred Registry", (7481,))
"""American Purebred Registry (DCM 109203)."""

AmericanRareBreedAssociation: Final[Code] = Code(
    "DCM", "109204", "American Rare Breed Association", (7481,)
)
"""American Rare Breed Association (DCM 109204)."""

AnalysisOrMeasurementsForCurrentProcedure: Final[Code] = Code(
    "DCM", "122073", "Analysis or measurements for current procedure", (3407, 7009)
)
"""Analysis or measurements for current procedure (DCM 122073)."""

AnalyticalAlgorithm: Final[Code] = Code("DCM", "128480", "Analytical Algorithm", (10068,))
"""Analytical Algorithm (DCM 128480)."""

AnatomicImage: Final[Code] = Code("DCM", "121338", "Anatomic image", (7201,))
"""Anatomic image (DCM 121338)."""

AnatomicNonColon: Final[Code] = Code("DCM", "112238", "Anatomic non-colon", (6201,))
"""Anatomic non-colon (DCM 112238)."""

AnatomicalAxisOfFemur: Final[Code] = Code("DCM", "112302", "Anatomical axis of femur", (7306,))
"""Anatomical axis of femur (DCM 112302)."""

AnatomyCoverageIncomplete: Final[Code] = Code(
    "DCM", "130576", "Anatomy coverage incomplete", (6315,)
)
"""Anatomy coverage incomplete (DCM 130576)."""

Anechoic: Final[Code] = Code("DCM", "111361", "Anechoic", (6154,))
"""Anechoic (DCM 111361)."""

AneurysmOnCitedVessel: Final[Code] = Code("DCM", "122101", "Aneurysm on cited vessel", (3019,))
"""Aneurysm on cited vessel (DCM 122101)."""

AnginalEquivalent: Final[Code] = Code("DCM", "122799", "Anginal Equivalent", (3202,))
"""Anginal Equivalent (DCM 122799)."""

AngioplastyBalloonDeflated: Final[Code] = Code(
    "DCM", "122304", "Angioplasty balloon deflated", (3412,)
)
"""Angioplasty balloon deflated (DCM 122304)."""

AngioplastyBalloonInflated: Final[Code] = Code(
    "DCM", "122303", "Angioplasty balloon inflated", (3412,)
)
"""Angioplasty balloon inflated (DCM 122303)."""

Angle: Final[Code] = Code("DCM", "110859", "Angle", (7182,))
"""Angle (DCM 110859)."""

AngularMargins: Final[Code] = Code("DCM", "111343", "Angular margins", (6007,))
"""Angular margins (DCM 111343)."""

AngularViewingEvaluation: Final[Code] = Code("DCM", "109709", "Angular viewing evaluation", (8300,))
"""Angular viewing evaluation (DCM 109709)."""

AnimalHousingRoom: Final[Code] = Code("DCM", "127370", "Animal housing room", (603,))
"""Animal housing room (DCM 127370)."""

AnimalRegistryUnlimited: Final[Code] = Code("DCM", "109205", "Animal Registry Unlimited", (7481,))
"""Animal Registry Unlimited (DCM 109205)."""

AnimalResearchFoundation: Final[Code] = Code("DCM", "109206", "Animal Research Foundation", (7481,))
"""Animal Research Foundation (DCM 109206)."""

AnomalousExponentParameter: Final[Code] = Code(
    "DCM", "113299", "Anomalous Exponent Parameter", (7272,)
)
"""Anomalous Exponent Parameter (DCM 113299)."""

AnteriorFirst: Final[Code] = Code("DCM", "126833", "anterior first", (21,))
"""anterior first (DCM 126833)."""

AnteriorInferiorAxis: Final[Code] = Code("DCM", "110864", "Anterior-Inferior Axis", (7184,))
"""Anterior-Inferior Axis (DCM 110864)."""

AnteriorJunctionLine: Final[Code] = Code("DCM", "112088", "Anterior junction line", (6112,))
"""Anterior junction line (DCM 112088)."""

AnteriorPosterior: Final[Code] = Code("DCM", "122675", "Anterior-Posterior", (3838, 12118))
"""Anterior-Posterior (DCM 122675)."""

AnteriorPosteriorAxis: Final[Code] = Code("DCM", "110862", "Anterior-Posterior Axis", (7184,))
"""Anterior-Posterior Axis (DCM 110862)."""

AnteriorSurfaceOfTheRPE: Final[Code] = Code("DCM", "128297", "Anterior surface of the RPE", (4273,))
"""Anterior surface of the RPE (DCM 128297)."""

AnteriorToInferior: Final[Code] = Code("DCM", "110874", "Anterior To Inferior", (7185,))
"""Anterior To Inferior (DCM 110874)."""

AnteriorToPosterior: Final[Code] = Code("DCM", "110870", "Anterior To Posterior", (7185,))
"""Anterior To Posterior (DCM 110870)."""

AnthropomorphicModel: Final[Code] = Code("DCM", "128404", "Anthropomorphic Model", (10064,))
"""Anthropomorphic Model (DCM 128404)."""

AntiB22089Zr: Final[Code] = Code("DCM", "126754", "Anti-B220 ^89^Zr", (4021,))
"""Anti-B220 ^89^Zr (DCM 126754)."""

AnyDecisionToBiopsyShouldBeBasedOnClinicalAssessment: Final[Code] = Code(
    "DCM", "111141", "Any decision to biopsy should be based on clinical assessment", (6029,)
)
"""Any decision to biopsy should be based on clinical assessment (DCM 111141)."""

AorticIntervention: Final[Code] = Code("DCM", "122054", "Aortic Intervention", (3406,))
"""Aortic Intervention (DCM 122054)."""

AorticKnob: Final[Code] = Code("DCM", "112102", "Aortic knob", (6117,))
"""Aortic knob (DCM 112102)."""

AorticValveClosure: Final[Code] = Code("DCM", "130701", "Aortic Valve Closure", (12307,))
"""Aortic Valve Closure (DCM 130701)."""

AorticValveOpening: Final[Code] = Code("DCM", "130702", "Aortic Valve Opening", (12307,))
"""Aortic Valve Opening (DCM 130702)."""

ApertureBlock: Final[Code] = Code("DCM", "130123", "Aperture Block", (9517,))
"""Aperture Block (DCM 130123)."""

ApexBaseAxis: Final[Code] = Code("DCM", "110863", "Apex-Base Axis", (7184,))
"""Apex-Base Axis (DCM 110863)."""

ApexToBase: Final[Code] = Code("DCM", "110872", "Apex To Base", (7185,))
"""Apex To Base (DCM 110872)."""

ApicalFourChamberRVFocused: Final[Code] = Code(
    "DCM", "130681", "Apical four chamber RV Focused", (12226,)
)
"""Apical four chamber RV Focused (DCM 130681)."""

ApicalFourChamberRVModified: Final[Code] = Code(
    "DCM", "130682", "Apical four chamber RV Modified", (12226,)
)
"""Apical four chamber RV Modified (DCM 130682)."""

ApparentDiffusionCoefficient: Final[Code] = Code(
    "DCM", "113041", "Apparent Diffusion Coefficient", (6311, 7263, 7272)
)
"""Apparent Diffusion Coefficient (DCM 113041)."""

ApparentKurtosisCoefficient: Final[Code] = Code(
    "DCM", "113206", "Apparent Kurtosis Coefficient", (7263,)
)
"""Apparent Kurtosis Coefficient (DCM 113206)."""

Application: Final[Code] = Code("DCM", "110150", "Application", (402,))
"""Application (DCM 110150)."""

ApplicationActivity: Final[Code] = Code("DCM", "110100", "Application Activity", (400,))
"""Application Activity (DCM 110100)."""

ApplicationLauncher: Final[Code] = Code("DCM", "110151", "Application Launcher", (402,))
"""Application Launcher (DCM 110151)."""

ApplicationStart: Final[Code] = Code("DCM", "110120", "Application Start", (401, 403))
"""Application Start (DCM 110120)."""

ApplicationStop: Final[Code] = Code("DCM", "110121", "Application Stop", (401, 403))
"""Application Stop (DCM 110121)."""

ApplicatorPresent: Final[Code] = Code("DCM", "130459", "Applicator Present", (9564,))
"""Applicator Present (DCM 130459)."""

AppropriateForTheDevice: Final[Code] = Code("DCM", "128606", "Appropriate for the device", (800,))
"""Appropriate for the device (DCM 128606)."""

AppropriateForTheIndications: Final[Code] = Code(
    "DCM", "128601", "Appropriate for the indications", (800,)
)
"""Appropriate for the indications (DCM 128601)."""

ApprovedForExperimentalUse: Final[Code] = Code(
    "DCM", "128611", "Approved for experimental use", (800,)
)
"""Approved for experimental use (DCM 128611)."""

ApprovedForUseAtTheInstitution: Final[Code] = Code(
    "DCM", "128603", "Approved for use at the institution", (800,)
)
"""Approved for use at the institution (DCM 128603)."""

ApprovedForUseInTheClinicalTrial: Final[Code] = Code(
    "DCM", "128604", "Approved for use in the clinical trial", (800,)
)
"""Approved for use in the clinical trial (DCM 128604)."""

ApprovedForUseOnPregnantPatients: Final[Code] = Code(
    "DCM", "128605", "Approved for use on pregnant patients", (800,)
)
"""Approved for use on pregnant patients (DCM 128605)."""

ApproximateSpatialLocation: Final[Code] = Code(
    "DCM", "121226", "Approximate spatial location", (7553,)
)
"""Approximate spatial location (DCM 121226)."""

ArcBeam: Final[Code] = Code("DCM", "130103", "Arc Beam", (9511,))
"""Arc Beam (DCM 130103)."""

ArchOfTheAzygosVein: Final[Code] = Code("DCM", "112103", "Arch of the Azygos vein", (6117,))
"""Arch of the Azygos vein (DCM 112103)."""

ArchitecturalDistortion: Final[Code] = Code("DCM", "112079", "Architectural distortion", (6108,))
"""Architectural distortion (DCM 112079)."""

Archive: Final[Code] = Code("DCM", "ARCHIVE", "Archive", (30,))
"""Archive (DCM ARCHIVE)."""

AreaBasedMethod: Final[Code] = Code("DCM", "122650", "Area Based Method", (3804, 3807))
"""Area Based Method (DCM 122650)."""

AreaByPressureHalfTime: Final[Code] = Code("DCM", "125210", "Area by Pressure Half-Time", (12229,))
"""Area by Pressure Half-Time (DCM 125210)."""

AreaLengthBiplane: Final[Code] = Code("DCM", "125204", "Area-Length Biplane", (12228,))
"""Area-Length Biplane (DCM 125204)."""

AreaLengthDodge: Final[Code] = Code("DCM", "122559", "Area Length Dodge", (3453,))
"""Area Length Dodge (DCM 122559)."""

AreaLengthKennedy: Final[Code] = Code("DCM", "122558", "Area Length Kennedy", (3453,))
"""Area Length Kennedy (DCM 122558)."""

AreaLengthSinglePlane: Final[Code] = Code("DCM", "125205", "Area-Length Single Plane", (12228,))
"""Area-Length Single Plane (DCM 125205)."""

AreaLengthWynne: Final[Code] = Code("DCM", "122560", "Area Length Wynne", (3453,))
"""Area Length Wynne (DCM 122560)."""

AreaOfAClosedNURBS: Final[Code] = Code("DCM", "122502", "Area of a closed NURBS", (7473,))
"""Area of a closed NURBS (DCM 122502)."""

AreaOfClosedIrregularPolygon: Final[Code] = Code(
    "DCM", "122501", "Area of closed irregular polygon", (7473,)
)
"""Area of closed irregular polygon (DCM 122501)."""

AreaOfVascularCalcification: Final[Code] = Code(
    "DCM", "112196", "Area of Vascular Calcification", (6142,)
)
"""Area of Vascular Calcification (DCM 112196)."""

ArithmeticAverageOfSSDEZ: Final[Code] = Code(
    "DCM", "113989", "Arithmetic Average of SSDE(z)", (10023,)
)
"""Arithmetic Average of SSDE(z) (DCM 113989)."""

ArmOfAngle: Final[Code] = Code("DCM", "121223", "Arm of angle", (7553,))
"""Arm of angle (DCM 121223)."""

ArterialConduitAngiography: Final[Code] = Code(
    "DCM", "122058", "Arterial conduit angiography", (3428,)
)
"""Arterial conduit angiography (DCM 122058)."""

ArterialPulseWaveform: Final[Code] = Code("DCM", "109116", "Arterial Pulse Waveform", (3004,))
"""Arterial Pulse Waveform (DCM 109116)."""

ArtifactsOtherThanGridOrDetectorArtifact: Final[Code] = Code(
    "DCM", "111215", "Artifact(s) other than grid or detector artifact", (6041, 6135, 7011)
)
"""Artifact(s) other than grid or detector artifact (DCM 111215)."""

ArtificialIntelligence: Final[Code] = Code("DCM", "123110", "Artificial Intelligence", (7162,))
"""Artificial Intelligence (DCM 123110)."""

AspenChipBedding: Final[Code] = Code("DCM", "127230", "Aspen chip bedding", (605,))
"""Aspen chip bedding (DCM 127230)."""

AspenShavingBedding: Final[Code] = Code("DCM", "127231", "Aspen shaving bedding", (605,))
"""Aspen shaving bedding (DCM 127231)."""

AssessChange: Final[Code] = Code("DCM", "130590", "Assess change", (6327,))
"""Assess change (DCM 130590)."""

AssessmentByComparison: Final[Code] = Code("DCM", "121375", "Assessment By Comparison", (703,))
"""Assessment By Comparison (DCM 121375)."""

AssessmentByRules: Final[Code] = Code("DCM", "121376", "Assessment By Rules", (703,))
"""Assessment By Rules (DCM 121376)."""

Assisting: Final[Code] = Code("DCM", "121099", "Assisting", (7453,))
"""Assisting (DCM 121099)."""

AsymmetricImplants: Final[Code] = Code("DCM", "111504", "Asymmetric implants", (6072,))
"""Asymmetric implants (DCM 111504)."""

AtLastAppointment: Final[Code] = Code("DCM", "109125", "At last appointment", (31,))
"""At last appointment (DCM 109125)."""

AtSurfaceOfPatient: Final[Code] = Code("DCM", "113964", "At Surface of Patient", (10025,))
"""At Surface of Patient (DCM 113964)."""

AtrialDiastolicFillingDWave: Final[Code] = Code(
    "DCM", "125322", "Atrial Diastolic Filling (D-wave)", (12307,)
)
"""Atrial Diastolic Filling (D-wave) (DCM 125322)."""

Attach: Final[Code] = Code("DCM", "110124", "Attach", (401, 403))
"""Attach (DCM 110124)."""

AttenuationCoefficient: Final[Code] = Code(
    "DCM", "112031", "Attenuation Coefficient", (6141, 7180, 10069)
)
"""Attenuation Coefficient (DCM 112031)."""

AuditLogUsed: Final[Code] = Code("DCM", "110101", "Audit Log Used", (400,))
"""Audit Log Used (DCM 110101)."""

AuditRecordingStarted: Final[Code] = Code("DCM", "110134", "Audit Recording Started", (401, 403))
"""Audit Recording Started (DCM 110134)."""

AuditRecordingStopped: Final[Code] = Code("DCM", "110133", "Audit Recording Stopped", (401, 403))
"""Audit Recording Stopped (DCM 110133)."""

AuthenticationDecision: Final[Code] = Code("DCM", "110143", "Authentication Decision", (401, 403))
"""Authentication Decision (DCM 110143)."""

AuthorizationDecision: Final[Code] = Code("DCM", "110144", "Authorization Decision", (401, 403))
"""Authorization Decision (DCM 110144)."""

AutoKeratometry: Final[Code] = Code("DCM", "111754", "Auto Keratometry", (4235,))
"""Auto Keratometry (DCM 111754)."""

AutomatedAdministration: Final[Code] = Code("DCM", "130173", "Automated Administration", (63,))
"""Automated Administration (DCM 130173)."""

AutomatedDataCollection: Final[Code] = Code(
    "DCM", "113856", "Automated Data Collection", (10020, 10021)
)
"""Automated Data Collection (DCM 113856)."""

AutomatedManualInjectPhase: Final[Code] = Code(
    "DCM", "130171", "Automated Manual Inject Phase", (62,)
)
"""Automated Manual Inject Phase (DCM 130171)."""

AutomatedOptical: Final[Code] = Code("DCM", "111843", "Automated Optical", (4253,))
"""Automated Optical (DCM 111843)."""

AutomatedSlideStainer: Final[Code] = Code("DCM", "STAIN", "Automated Slide Stainer", (30, 32))
"""Automated Slide Stainer (DCM STAIN)."""

AutomaticProgrammedAdministrationPhase: Final[Code] = Code(
    "DCM", "130168", "Automatic Programmed Administration Phase", (62,)
)
"""Automatic Programmed Administration Phase (DCM 130168)."""

AutomaticProgrammedDelayPhase: Final[Code] = Code(
    "DCM", "130169", "Automatic Programmed Delay Phase", (62,)
)
"""Automatic Programmed Delay Phase (DCM 130169)."""

AutomaticProgrammedWaitPhase: Final[Code] = Code(
    "DCM", "130263", "Automatic Programmed Wait Phase", (62,)
)
"""Automatic Programmed Wait Phase (DCM 130263)."""

AutomaticallyDetectedAIFROI: Final[Code] = Code(
    "DCM", "126363", "Automatically Detected AIF ROI", (4103,)
)
"""Automatically Detected AIF ROI (DCM 126363)."""

Autorefraction: Final[Code] = Code("DCM", "AR", "Autorefraction", (29,))
"""Autorefraction (DCM AR)."""

AutorefractionMeasurementsSOPInstance: Final[Code] = Code(
    "DCM", "111784", "Autorefraction Measurements SOP Instance", (4240,)
)
"""Autorefraction Measurements SOP Instance (DCM 111784)."""

AutorefractionVisualAcuity: Final[Code] = Code(
    "DCM", "111685", "Autorefraction Visual Acuity", (4216,)
)
"""Autorefraction Visual Acuity (DCM 111685)."""

AverageCalcificationDistanceInACalcificationCluster: Final[Code] = Code(
    "DCM", "112200", "Average calcification distance in a calcification cluster", (6142,)
)
"""Average calcification distance in a calcification cluster (DCM 112200)."""

AvoidanceVolume: Final[Code] = Code("DCM", "130058", "Avoidance Volume", (9535,))
"""Avoidance Volume (DCM 130058)."""

AxialDiffusivity: Final[Code] = Code("DCM", "113204", "Axial Diffusivity", (7263,))
"""Axial Diffusivity (DCM 113204)."""

AxialKurtosis: Final[Code] = Code("DCM", "113208", "Axial Kurtosis", (7263,))
"""Axial Kurtosis (DCM 113208)."""

AxialMeasurementsSOPInstance: Final[Code] = Code(
    "DCM", "111782", "Axial Measurements SOP Instance", (4240,)
)
"""Axial Measurements SOP Instance (DCM 111782)."""

AxillaryNodalMetastases: Final[Code] = Code("DCM", "111301", "Axillary nodal metastases", (6033,))
"""Axillary nodal metastases (DCM 111301)."""

AxillaryNodeHyperplasia: Final[Code] = Code("DCM", "111253", "Axillary node hyperplasia", (6031,))
"""Axillary node hyperplasia (DCM 111253)."""

AxillaryNodeWithCalcifications: Final[Code] = Code(
    "DCM", "111252", "Axillary node with calcifications", (6031,)
)
"""Axillary node with calcifications (DCM 111252)."""

AxillaryNodeWithLymphoma: Final[Code] = Code(
    "DCM", "111300", "Axillary node with lymphoma", (6033,)
)
"""Axillary node with lymphoma (DCM 111300)."""

AzygoesophagealRecessInterface: Final[Code] = Code(
    "DCM", "112090", "Azygoesophageal recess interface", (6148,)
)
"""Azygoesophageal recess interface (DCM 112090)."""

BIC: Final[Code] = Code("DCM", "126224", "BIC", (7180,))
"""BIC (DCM 126224)."""

BN01Pattern: Final[Code] = Code("DCM", "109904", "BN01 Pattern", (8301,))
"""BN01 Pattern (DCM 109904)."""

BN02Pattern: Final[Code] = Code("DCM", "109905", "BN02 Pattern", (8301,))
"""BN02 Pattern (DCM 109905)."""

BN03Pattern: Final[Code] = Code("DCM", "109906", "BN03 Pattern", (8301,))
"""BN03 Pattern (DCM 109906)."""

BN04Pattern: Final[Code] = Code("DCM", "109907", "BN04 Pattern", (8301,))
"""BN04 Pattern (DCM 109907)."""

BN05Pattern: Final[Code] = Code("DCM", "109908", "BN05 Pattern", (8301,))
"""BN05 Pattern (DCM 109908)."""

BN06Pattern: Final[Code] = Code("DCM", "109909", "BN06 Pattern", (8301,))
"""BN06 Pattern (DCM 109909)."""

BN07Pattern: Final[Code] = Code("DCM", "109910", "BN07 Pattern", (8301,))
"""BN07 Pattern (DCM 109910)."""

BN08Pattern: Final[Code] = Code("DCM", "109911", "BN08 Pattern", (8301,))
"""BN08 Pattern (DCM 109911)."""

BN09Pattern: Final[Code] = Code("DCM", "109912", "BN09 Pattern", (8301,))
"""BN09 Pattern (DCM 109912)."""

BN10Pattern: Final[Code] = Code("DCM", "109913", "BN10 Pattern", (8301,))
"""BN10 Pattern (DCM 109913)."""

BN11Pattern: Final[Code] = Code("DCM", "109914", "BN11 Pattern", (8301,))
"""BN11 Pattern (DCM 109914)."""

BN12Pattern: Final[Code] = Code("DCM", "109915", "BN12 Pattern", (8301,))
"""BN12 Pattern (DCM 109915)."""

BN13Pattern: Final[Code] = Code("DCM", "109916", "BN13 Pattern", (8301,))
"""BN13 Pattern (DCM 109916)."""

BN14Pattern: Final[Code] = Code("DCM", "109917", "BN14 Pattern", (8301,))
"""BN14 Pattern (DCM 109917)."""

BN15Pattern: Final[Code] = Code("DCM", "109918", "BN15 Pattern", (8301,))
"""BN15 Pattern (DCM 109918)."""

BN16Pattern: Final[Code] = Code("DCM", "109919", "BN16 Pattern", (8301,))
"""BN16 Pattern (DCM 109919)."""

BN17Pattern: Final[Code] = Code("DCM", "109920", "BN17 Pattern", (8301,))
"""BN17 Pattern (DCM 109920)."""

BN18Pattern: Final[Code] = Code("DCM", "109921", "BN18 Pattern", (8301,))
"""BN18 Pattern (DCM 109921)."""

BRCA1BreastCancerGene: Final[Code] = Code("DCM", "111556", "BRCA1 breast cancer gene", (6081,))
"""BRCA1 breast cancer gene (DCM 111556)."""

BRCA2BreastCancerGene: Final[Code] = Code("DCM", "111557", "BRCA2 breast cancer gene", (6081,))
"""BRCA2 breast cancer gene (DCM 111557)."""

BRCA3BreastCancerGene: Final[Code] = Code("DCM", "111558", "BRCA3 breast cancer gene", (6081,))
"""BRCA3 breast cancer gene (DCM 111558)."""

BREPRadiationTransportModel: Final[Code] = Code(
    "DCM", "128406", "BREP Radiation Transport Model", (10065,)
)
"""BREP Radiation Transport Model (DCM 128406)."""

BSA1Point219: Final[Code] = Code("DCM", "122572", "BSA^1.219", (3455,))
"""BSA^1.219 (DCM 122572)."""

BSAEquals0Point0004688WT0Point8168To0Point0154LogWT: Final[Code] = Code(
    "DCM", "122246", "BSA = 0.0004688*WT^(0.8168-0.0154*log(WT))", (3663,)
)
"""BSA = 0.0004688*WT^(0.8168-0.0154*log(WT)) (DCM 122246)."""

BSAEquals0Point003207WT0Point7285To0Point0188LogWTHT0Point3: Final[Code] = Code(
    "DCM", "122240", "BSA = 0.003207*WT^(0.7285-0.0188*log(WT))*HT^0.3", (3663,)
)
"""BSA = 0.003207*WT^(0.7285-0.0188*log(WT))*HT^0.3 (DCM 122240)."""

BSAEquals0Point007184WT0Point425HT0Point725: Final[Code] = Code(
    "DCM", "122241", "BSA = 0.007184*WT^0.425*HT^0.725", (3663,)
)
"""BSA = 0.007184*WT^0.425*HT^0.725 (DCM 122241)."""

BSAEquals0Point007358WT0Point425HT0Point725: Final[Code] = Code(
    "DCM", "122266", "BSA = 0.007358*WT^0.425*HT^0.725", (3663,)
)
"""BSA = 0.007358*WT^0.425*HT^0.725 (DCM 122266)."""

BSAEquals0Point008883WT0Point444HT0Point663: Final[Code] = Code(
    "DCM", "122268", "BSA = 0.008883*WT^0.444*HT^0.663", (3663,)
)
"""BSA = 0.008883*WT^0.444*HT^0.663 (DCM 122268)."""

BSAEquals0Point009568WT0Point473HT0Point655: Final[Code] = Code(
    "DCM", "122270", "BSA = 0.009568*WT^0.473*HT^0.655", (3663,)
)
"""BSA = 0.009568*WT^0.473*HT^0.655 (DCM 122270)."""

BSAEquals0Point010265WT0Point423HT0Point651: Final[Code] = Code(
    "DCM", "122267", "BSA = 0.010265*WT^0.423*HT^0.651", (3663,)
)
"""BSA = 0.010265*WT^0.423*HT^0.651 (DCM 122267)."""

BSAEquals0Point0235WT0Point51456Htcm0Point42246: Final[Code] = Code(
    "DCM", "122242", "BSA = 0.0235*WT^0.51456*HTcm^0.42246", (3663,)
)
"""BSA = 0.0235*WT^0.51456*HTcm^0.42246 (DCM 122242)."""

BSAEquals0Point024265WT0Point5378Htcm0Point3964: Final[Code] = Code(
    "DCM", "122243", "BSA = 0.024265*WT^0.5378*HTcm^0.3964", (3663,)
)
"""BSA = 0.024265*WT^0.5378*HTcm^0.3964 (DCM 122243)."""

BSAEquals0Point038189WT0Point423HT0Point362: Final[Code] = Code(
    "DCM", "122269", "BSA = 0.038189*WT^0.423*HT^0.362", (3663,)
)
"""BSA = 0.038189*WT^0.423*HT^0.362 (DCM 122269)."""

BSAEquals13210Point3433WT: Final[Code] = Code("DCM", "122245", "BSA = 1321+0.3433*WT", (3663,))
"""BSA = 1321+0.3433*WT (DCM 122245)."""

BSAEqualsHTWT360Point5: Final[Code] = Code("DCM", "122244", "BSA = (HT*WT/36)^0.5", (3663,))
"""BSA = (HT*WT/36)^0.5 (DCM 122244)."""

BackOfCorneaToFrontOfLens: Final[Code] = Code(
    "DCM", "111777", "Back Of Cornea To Front Of Lens", (4239,)
)
"""Back Of Cornea To Front Of Lens (DCM 111777)."""

Background: Final[Code] = Code("DCM", "125040", "Background", (7165, 7169, 12322))
"""Background (DCM 125040)."""

BackgroundForLesionToBackgroundSUVRatio: Final[Code] = Code(
    "DCM", "126040", "Background for Lesion to Background SUV Ratio", (7466,)
)
"""Background for Lesion to Background SUV Ratio (DCM 126040)."""

Backscatter: Final[Code] = Code("DCM", "128411", "Backscatter", (10069,))
"""Backscatter (DCM 128411)."""

BarrettDesignFactor: Final[Code] = Code("DCM", "111867", "Barrett Design Factor", (4237,))
"""Barrett Design Factor (DCM 111867)."""

BarrettLensFactor: Final[Code] = Code("DCM", "111866", "Barrett Lens Factor", (4237,))
"""Barrett Lens Factor (DCM 111866)."""

BarrettToric: Final[Code] = Code("DCM", "111862", "Barrett Toric", (4236,))
"""Barrett Toric (DCM 111862)."""

BarrettTrueK: Final[Code] = Code("DCM", "111863", "Barrett True-K", (4236,))
"""Barrett True-K (DCM 111863)."""

BarrettTrueKToric: Final[Code] = Code("DCM", "111864", "Barrett True-K Toric", (4236,))
"""Barrett True-K Toric (DCM 111864)."""

BarrettUniversalII: Final[Code] = Code("DCM", "111865", "Barrett Universal II", (4236,))
"""Barrett Universal II (DCM 111865)."""

BasalCellCarcinomaOfNipple: Final[Code] = Code(
    "DCM", "111307", "Basal cell carcinoma of nipple", (6033,)
)
"""Basal cell carcinoma of nipple (DCM 111307)."""

BaseToApex: Final[Code] = Code("DCM", "110873", "Base To Apex", (7185,))
"""Base To Apex (DCM 110873)."""

Baseline: Final[Code] = Code("DCM", "121079", "Baseline", (280, 7003))
"""Baseline (DCM 121079)."""

BasicApplicationConfidentialityProfile: Final[Code] = Code(
    "DCM", "113100", "Basic Application Confidentiality Profile", (7050,)
)
"""Basic Application Confidentiality Profile (DCM 113100)."""

BasicVoiceAudio: Final[Code] = Code("DCM", "AU", "Basic Voice Audio", (32,))
"""Basic Voice Audio (DCM AU)."""

BatWingDistribution: Final[Code] = Code("DCM", "112154", "Bat's wing distribution", (6128,))
"""Bat's wing distribution (DCM 112154)."""

BayesianProbability: Final[Code] = Code("DCM", "113270", "Bayesian-Probability", (7274,))
"""Bayesian-Probability (DCM 113270)."""

BazettQTCorrectionAlgorithm: Final[Code] = Code(
    "DCM", "122730", "Bazett QT Correction Algorithm", (3678,)
)
"""Bazett QT Correction Algorithm (DCM 122730)."""

BeadedSeptumSign: Final[Code] = Code("DCM", "112066", "Beaded septum sign", (6104,))
"""Beaded septum sign (DCM 112066)."""

BeamBlock: Final[Code] = Code("DCM", "128431", "Beam Block", (10066,))
"""Beam Block (DCM 128431)."""

BeamEnergyInterlock: Final[Code] = Code("DCM", "130831", "Beam Energy Interlock", (9568,))
"""Beam Energy Interlock (DCM 130831)."""

BeamTargetingToleranceViolation: Final[Code] = Code(
    "DCM", "130468", "Beam Targeting Tolerance Violation", (9566,)
)
"""Beam Targeting Tolerance Violation (DCM 130468)."""

BeatDetected_109018: Final[Code] = Code("DCM", "109018", "Beat detected (accepted)", (3337,))
"""Beat detected (accepted) (DCM 109018)."""

BeatDetected_109019: Final[Code] = Code("DCM", "109019", "Beat detected (rejected)", (3337,))
"""Beat detected (rejected) (DCM 109019)."""

BeginCirculatorySupport: Final[Code] = Code("DCM", "121157", "Begin Circulatory Support", (3550,))
"""Begin Circulatory Support (DCM 121157)."""

BeginOxygenAdministration: Final[Code] = Code(
    "DCM", "121161", "Begin oxygen administration", (3530,)
)
"""Begin oxygen administration (DCM 121161)."""

BeginPacing: Final[Code] = Code("DCM", "121166", "Begin Pacing", (3552,))
"""Begin Pacing (DCM 121166)."""

BeginTransferringDICOMInstances: Final[Code] = Code(
    "DCM", "110102", "Begin Transferring DICOM Instances", (400,)
)
"""Begin Transferring DICOM Instances (DCM 110102)."""

BeginVentilation: Final[Code] = Code("DCM", "121168", "Begin Ventilation", (3551,))
"""Begin Ventilation (DCM 121168)."""

BeginningOfTimePeriod: Final[Code] = Code("DCM", "130533", "Beginning of Time Period", (10073,))
"""Beginning of Time Period (DCM 130533)."""

BehaviorOfTheFindingSite: Final[Code] = Code(
    "DCM", "125312", "Behavior of the Finding Site", (12302,)
)
"""Behavior of the Finding Site (DCM 125312)."""

BenignCalcifications: Final[Code] = Code("DCM", "111256", "Benign Calcifications", (6031,))
"""Benign Calcifications (DCM 111256)."""

BenignCystWithBlood: Final[Code] = Code("DCM", "111255", "Benign cyst with blood", (6031,))
"""Benign cyst with blood (DCM 111255)."""

Benralizumab89Zr: Final[Code] = Code("DCM", "126722", "Benralizumab ^89^Zr", (4021,))
"""Benralizumab ^89^Zr (DCM 126722)."""

BesselFilter: Final[Code] = Code("DCM", "130763", "Bessel filter", (3042,))
"""Bessel filter (DCM 130763)."""

BestIllustrationOfFinding: Final[Code] = Code(
    "DCM", "121080", "Best illustration of finding", (7003,)
)
"""Best illustration of finding (DCM 121080)."""

BestInSet: Final[Code] = Code("DCM", "113013", "Best In Set", (7010,))
"""Best In Set (DCM 113013)."""

Bevacizumab89Zr: Final[Code] = Code("DCM", "126516", "Bevacizumab ^89^Zr", (4021,))
"""Bevacizumab ^89^Zr (DCM 126516)."""

BiExponentialIVIMDiffusionModel: Final[Code] = Code(
    "DCM", "113251", "Bi-exponential (IVIM) diffusion model", (7273,)
)
"""Bi-exponential (IVIM) diffusion model (DCM 113251)."""

BiPlaneAngiography: Final[Code] = Code("DCM", "122060", "Bi-plane Angiography", (3748,))
"""Bi-plane Angiography (DCM 122060)."""

BinarySegmentation: Final[Code] = Code("DCM", "110853", "Binary Segmentation", (7180,))
"""Binary Segmentation (DCM 110853)."""

BiomagneticImaging: Final[Code] = Code("DCM", "BI", "Biomagnetic Imaging", (29,))
"""Biomagnetic Imaging (DCM BI)."""

BiomedicalEngineering: Final[Code] = Code("DCM", "128171", "Biomedical Engineering", (7030,))
"""Biomedical Engineering (DCM 128171)."""

BiopsyLocalizer: Final[Code] = Code("DCM", "121312", "Biopsy localizer", (7201,))
"""Biopsy localizer (DCM 121312)."""

BiopsyShouldBeConsidered: Final[Code] = Code(
    "DCM", "111143", "Biopsy should be considered", (6029,)
)
"""Biopsy should be considered (DCM 111143)."""

BiopsyShouldBeStronglyConsidered: Final[Code] = Code(
    "DCM", "111148", "Biopsy should be strongly considered", (6029,)
)
"""Biopsy should be strongly considered (DCM 111148)."""

Bioptome: Final[Code] = Code("DCM", "122052", "Bioptome", (3429,))
"""Bioptome (DCM 122052)."""

BiplaneEllipse: Final[Code] = Code("DCM", "125211", "Biplane Ellipse", (12228,))
"""Biplane Ellipse (DCM 125211)."""

BiquadFilter: Final[Code] = Code("DCM", "130773", "Biquad filter", (3043,))
"""Biquad filter (DCM 130773)."""

Blinatumomab89Zr: Final[Code] = Code("DCM", "126727", "Blinatumomab ^89^Zr", (4021,))
"""Blinatumomab ^89^Zr (DCM 126727)."""

BlindEstimationOfAIF: Final[Code] = Code("DCM", "126364", "Blind Estimation of AIF", (4103,))
"""Blind Estimation of AIF (DCM 126364)."""

BlindSpotMonitoring: Final[Code] = Code("DCM", "111844", "Blind Spot Monitoring", (4253,))
"""Blind Spot Monitoring (DCM 111844)."""

BlockPresent: Final[Code] = Code("DCM", "130458", "Block Present", (9564,))
"""Block Present (DCM 130458)."""

BloodCarbonDioxideSaturation: Final[Code] = Code(
    "DCM", "122187", "Blood Carbon dioxide saturation", (3526,)
)
"""Blood Carbon dioxide saturation (DCM 122187)."""

BloodDeoxygenationLevel: Final[Code] = Code("DCM", "130823", "Blood Deoxygenation Level", (11006,))
"""Blood Deoxygenation Level (DCM 130823)."""

BloodOxygenContent: Final[Code] = Code("DCM", "122185", "Blood Oxygen content", (3525,))
"""Blood Oxygen content (DCM 122185)."""

BloodOxygenationLevel: Final[Code] = Code("DCM", "110819", "Blood Oxygenation Level", (7180, 11006))
"""Blood Oxygenation Level (DCM 110819)."""

BloodTingedColor: Final[Code] = Code("DCM", "111454", "Blood tinged color", (6067,))
"""Blood tinged color (DCM 111454)."""

BloodVelocityMean: Final[Code] = Code("DCM", "122205", "Blood velocity, mean", (3612,))
"""Blood velocity, mean (DCM 122205)."""

BloodVelocityMinimum: Final[Code] = Code("DCM", "122206", "Blood velocity, minimum", (3612,))
"""Blood velocity, minimum (DCM 122206)."""

BloodVelocityPeak: Final[Code] = Code("DCM", "122207", "Blood velocity, peak", (3612,))
"""Blood velocity, peak (DCM 122207)."""

BloodVesselVascularInvasion: Final[Code] = Code(
    "DCM", "111303", "Blood vessel (vascular) invasion", (6033,)
)
"""Blood vessel (vascular) invasion (DCM 111303)."""

BloomRichardsonGrade: Final[Code] = Code("DCM", "111502", "Bloom-Richardson Grade", (6071,))
"""Bloom-Richardson Grade (DCM 111502)."""

Boak: Final[Code] = Code("DCM", "122563", "Boak", (3453,))
"""Boak (DCM 122563)."""

BodeFilter: Final[Code] = Code("DCM", "130768", "Bode filter", (3042,))
"""Bode filter (DCM 130768)."""

BodyFrame: Final[Code] = Code("DCM", "130117", "Body Frame", (9513,))
"""Body Frame (DCM 130117)."""

BodyHabitusAttenuation: Final[Code] = Code("DCM", "122743", "Body habitus attenuation", (3115,))
"""Body habitus attenuation (DCM 122743)."""

BodyNodeSet: Final[Code] = Code("DCM", "130363", "Body Node Set", (9556,))
"""Body Node Set (DCM 130363)."""

Bolting: Final[Code] = Code("DCM", "112320", "Bolting", (7310,))
"""Bolting (DCM 112320)."""

BolusArrivalTime: Final[Code] = Code("DCM", "126371", "Bolus Arrival Time", (4109,))
"""Bolus Arrival Time (DCM 126371)."""

BolusPresent: Final[Code] = Code("DCM", "130456", "Bolus Present", (9564,))
"""Bolus Present (DCM 130456)."""

BoneAndSoftTissue: Final[Code] = Code("DCM", "130407", "Bone and soft tissue", (645,))
"""Bone and soft tissue (DCM 130407)."""

BoneMineralDensitometry: Final[Code] = Code("DCM", "BMD", "Bone Mineral Densitometry", (29,))
"""Bone Mineral Densitometry (DCM BMD)."""

BoothbyTable: Final[Code] = Code("DCM", "122255", "Boothby table", (3664,))
"""Boothby table (DCM 122255)."""

Bootstrap: Final[Code] = Code("DCM", "113217", "Bootstrap", (7262,))
"""Bootstrap (DCM 113217)."""

Borderline: Final[Code] = Code("DCM", "111848", "Borderline", (4254,))
"""Borderline (DCM 111848)."""

BorderlineAndGeneralReductionInSensitivity: Final[Code] = Code(
    "DCM", "111851", "Borderline and general reduction in sensitivity", (4254,)
)
"""Borderline and general reduction in sensitivity (DCM 111851)."""

BorgCR10Scale: Final[Code] = Code("DCM", "122735", "Borg CR10 Scale", (3239,))
"""Borg CR10 Scale (DCM 122735)."""

BorgRPEScale: Final[Code] = Code("DCM", "122734", "Borg RPE Scale", (3239,))
"""Borg RPE Scale (DCM 122734)."""

BoundaryPoint: Final[Code] = Code("DCM", "128141", "Boundary point", (219,))
"""Boundary point (DCM 128141)."""

BowtieFilter: Final[Code] = Code("DCM", "130354", "Bowtie Filter", (9548,))
"""Bowtie Filter (DCM 130354)."""

BrachytherapyChannel: Final[Code] = Code("DCM", "130080", "Brachytherapy channel", (9506,))
"""Brachytherapy channel (DCM 130080)."""

BrachytherapyChannelShield: Final[Code] = Code(
    "DCM", "130079", "Brachytherapy channel shield", (9506,)
)
"""Brachytherapy channel shield (DCM 130079)."""

BrachytherapyDevice: Final[Code] = Code("DCM", "130045", "Brachytherapy Device", (9580,))
"""Brachytherapy Device (DCM 130045)."""

BrachytherapySourceApplicator: Final[Code] = Code(
    "DCM", "130078", "Brachytherapy source applicator", (9506,)
)
"""Brachytherapy source applicator (DCM 130078)."""

BreakoutBoxConnected: Final[Code] = Code("DCM", "130891", "Breakout box connected", (3039,))
"""Breakout box connected (DCM 130891)."""

BreakoutBoxDisconnected: Final[Code] = Code("DCM", "130892", "Breakout box disconnected", (3039,))
"""Breakout box disconnected (DCM 130892)."""

BreastAttenuation: Final[Code] = Code("DCM", "122744", "Breast attenuation", (3115,))
"""Breast attenuation (DCM 122744)."""

BreastBoard: Final[Code] = Code("DCM", "130116", "Breast Board", (9513,))
"""Breast Board (DCM 130116)."""

BreastBridge: Final[Code] = Code("DCM", "130653", "Breast Bridge", (9513,))
"""Breast Bridge (DCM 130653)."""

BreastGeometry: Final[Code] = Code("DCM", "111100", "Breast geometry", (6014,))
"""Breast geometry (DCM 111100)."""

BreastImagingReport: Final[Code] = Code("DCM", "111400", "Breast Imaging Report", (7000,))
"""Breast Imaging Report (DCM 111400)."""

BreastImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128738", "Breast imaging subject matter", (7017,)
)
"""Breast imaging subject matter (DCM 128738)."""

BreastThickness: Final[Code] = Code("DCM", "128405", "Breast Thickness", (10069,))
"""Breast Thickness (DCM 128405)."""

BreastTissueDensity: Final[Code] = Code("DCM", "112191", "Breast tissue density", (6142,))
"""Breast tissue density (DCM 112191)."""

Brentuximab89Zr: Final[Code] = Code("DCM", "126735", "Brentuximab ^89^Zr", (4021,))
"""Brentuximab ^89^Zr (DCM 126735)."""

BrightRedColor: Final[Code] = Code("DCM", "111453", "Bright red color", (6067,))
"""Bright red color (DCM 111453)."""

BrightfieldIllumination: Final[Code] = Code("DCM", "111744", "Brightfield illumination", (8123,))
"""Brightfield illumination (DCM 111744)."""

Bronchovascular: Final[Code] = Code("DCM", "112052", "Bronchovascular", (6100,))
"""Bronchovascular (DCM 112052)."""

BulletMethod: Final[Code] = Code("DCM", "125228", "Bullet Method", (12228,))
"""Bullet Method (DCM 125228)."""

ButterflyDistribution: Final[Code] = Code("DCM", "112155", "Butterfly distribution", (6128,))
"""Butterfly distribution (DCM 112155)."""

ButterflyFilter: Final[Code] = Code("DCM", "113652", "Butterfly filter", (10007,))
"""Butterfly filter (DCM 113652)."""

ButterworthFilter: Final[Code] = Code("DCM", "130760", "Butterworth filter", (3042,))
"""Butterworth filter (DCM 130760)."""

C0InadequateStudyAwaitingPriorComparisons: Final[Code] = Code(
    "DCM", "112240", "C0 - Inadequate Study/Awaiting Prior Comparisons", (6200,)
)
"""C0 - Inadequate Study/Awaiting Prior Comparisons (DCM 112240)."""

C1NormalColonOrBenignLesion: Final[Code] = Code(
    "DCM", "112241", "C1 - Normal Colon or Benign Lesion", (6200,)
)
"""C1 - Normal Colon or Benign Lesion (DCM 112241)."""

C2IntermediatePolypOrIndeterminateFinding: Final[Code] = Code(
    "DCM", "112242", "C2 - Intermediate Polyp or Indeterminate Finding", (6200,)
)
"""C2 - Intermediate Polyp or Indeterminate Finding (DCM 112242)."""

C3PolypPossiblyAdvancedAdenoma: Final[Code] = Code(
    "DCM", "112243", "C3 - Polyp, Possibly Advanced Adenoma", (6200,)
)
"""C3 - Polyp, Possibly Advanced Adenoma (DCM 112243)."""

C4ColonicMassLikelyMalignant: Final[Code] = Code(
    "DCM", "112244", "C4 - Colonic Mass, Likely Malignant", (6200,)
)
"""C4 - Colonic Mass, Likely Malignant (DCM 112244)."""

CArmMount: Final[Code] = Code("DCM", "113955", "C-Arm Mount", (10031,))
"""C-Arm Mount (DCM 113955)."""

CCNippleNotCenteredOnImage: Final[Code] = Code(
    "DCM", "111203", "CC Nipple not centered on image", (6041,)
)
"""CC Nipple not centered on image (DCM 111203)."""

CCNotAllMedialTissueVisualized: Final[Code] = Code(
    "DCM", "111202", "CC Not all medial tissue visualized", (6041,)
)
"""CC Not all medial tissue visualized (DCM 111202)."""

CCPosteriorNippleLineDoesNotMeasureWithin1cmOfMLO: Final[Code] = Code(
    "DCM", "111204", "CC Posterior nipple line does not measure within 1 cm of MLO", (6041,)
)
"""CC Posterior nipple line does not measure within 1 cm of MLO (DCM 111204)."""

CD: Final[Code] = Code("DCM", "110032", "CD", (405,))
"""CD (DCM 110032)."""

CDImported: Final[Code] = Code("DCM", "110024", "CD Imported", (7008,))
"""CD Imported (DCM 110024)."""

CFXRegionInLAOProjection: Final[Code] = Code(
    "DCM", "122472", "CFX Region in LAO Projection", (3461,)
)
"""CFX Region in LAO Projection (DCM 122472)."""

CHARMED: Final[Code] = Code("DCM", "113234", "CHARMED", (7261,))
"""CHARMED (DCM 113234)."""

CICFilter: Final[Code] = Code("DCM", "130771", "CIC filter", (3043,))
"""CIC filter (DCM 130771)."""

CKDEPIFormulaEstimationOfGFR: Final[Code] = Code(
    "DCM", "113571", "CKD-EPI Formula estimation of GFR", (10047,)
)
"""CKD-EPI Formula estimation of GFR (DCM 113571)."""

CLR1404I124: Final[Code] = Code("DCM", "126715", "CLR1404 I^124^", (4021,))
"""CLR1404 I^124^ (DCM 126715)."""

CLR1404I131: Final[Code] = Code("DCM", "126716", "CLR1404 I^131^", (4021,))
"""CLR1404 I^131^ (DCM 126716)."""

CO2Respiration: Final[Code] = Code("DCM", "130443", "CO2 Respiration", (3005,))
"""CO2 Respiration (DCM 130443)."""

CO2Transcutaneous: Final[Code] = Code("DCM", "130434", "CO2 Transcutaneous", (3005,))
"""CO2 Transcutaneous (DCM 130434)."""

CO2TrendEndTidalMainStream: Final[Code] = Code(
    "DCM", "130436", "CO2 Trend End-tidal Main-stream", (3005,)
)
"""CO2 Trend End-tidal Main-stream (DCM 130436)."""

CO2TrendEndTidalSideStream: Final[Code] = Code(
    "DCM", "130438", "CO2 Trend End-tidal Side-stream", (3005,)
)
"""CO2 Trend End-tidal Side-stream (DCM 130438)."""

CO2TrendMainStream: Final[Code] = Code("DCM", "130441", "CO2 Trend Main-stream", (3005,))
"""CO2 Trend Main-stream (DCM 130441)."""

CO2TrendSideStream: Final[Code] = Code("DCM", "130442", "CO2 Trend Side-stream", (3005,))
"""CO2 Trend Side-stream (DCM 130442)."""

CO2WaveformEndTidalMainStream: Final[Code] = Code(
    "DCM", "130435", "CO2 Waveform End-tidal Main-stream", (3005,)
)
"""CO2 Waveform End-tidal Main-stream (DCM 130435)."""

CO2WaveformEndTidalSideStream: Final[Code] = Code(
    "DCM", "130437", "CO2 Waveform End-tidal Side-stream", (3005,)
)
"""CO2 Waveform End-tidal Side-stream (DCM 130437)."""

CO2WaveformMainStream: Final[Code] = Code("DCM", "130439", "CO2 Waveform Main-stream", (3005,))
"""CO2 Waveform Main-stream (DCM 130439)."""

CO2WaveformSideStream: Final[Code] = Code("DCM", "130440", "CO2 Waveform Side-stream", (3005,))
"""CO2 Waveform Side-stream (DCM 130440)."""

CRTDisplay: Final[Code] = Code("DCM", "109991", "CRT Display", (8303,))
"""CRT Display (DCM 109991)."""

CRTFrontProjectionSystem: Final[Code] = Code(
    "DCM", "109998", "CRT Front Projection System", (8303,)
)
"""CRT Front Projection System (DCM 109998)."""

CRTRearProjectionSystem: Final[Code] = Code("DCM", "109997", "CRT Rear Projection System", (8303,))
"""CRT Rear Projection System (DCM 109997)."""

CTBasedAttenuationCorrection: Final[Code] = Code(
    "DCM", "122728", "CT-based Attenuation Correction", (3112,)
)
"""CT-based Attenuation Correction (DCM 122728)."""

CTDoseLengthProductSubTotal: Final[Code] = Code(
    "DCM", "130745", "CT Dose Length Product Sub-Total", (10050,)
)
"""CT Dose Length Product Sub-Total (DCM 130745)."""

CTDoseLengthProductTotal: Final[Code] = Code(
    "DCM", "113813", "CT Dose Length Product Total", (10050,)
)
"""CT Dose Length Product Total (DCM 113813)."""

CTProtocol: Final[Code] = Code("DCM", "CTPROTOCOL", "CT Protocol", (32,))
"""CT Protocol (DCM CTPROTOCOL)."""

CTVNodal: Final[Code] = Code("DCM", "130049", "CTV Nodal", (9534,))
"""CTV Nodal (DCM 130049)."""

CTVPrimary: Final[Code] = Code("DCM", "130050", "CTV Primary", (9534,))
"""CTV Primary (DCM 130050)."""

CWavePressure: Final[Code] = Code("DCM", "122196", "C wave pressure", (3611,))
"""C wave pressure (DCM 122196)."""

CalcificationExtentAsPercentOfSurface: Final[Code] = Code(
    "DCM", "112018", "Calcification extent as percent of surface", (6142,)
)
"""Calcification extent as percent of surface (DCM 112018)."""

CalcificationExtentAsPercentOfVolume: Final[Code] = Code(
    "DCM", "112019", "Calcification extent as percent of volume", (6142,)
)
"""Calcification extent as percent of volume (DCM 112019)."""

CalcificationsOutsideOfAMass: Final[Code] = Code(
    "DCM", "111347", "Calcifications outside of a mass", (6013,)
)
"""Calcifications outside of a mass (DCM 111347)."""

CalcificationsSeenInTheCore: Final[Code] = Code(
    "DCM", "111446", "Calcifications seen in the core", (6066,)
)
"""Calcifications seen in the core (DCM 111446)."""

CalcificationsWithinAMass: Final[Code] = Code(
    "DCM", "111346", "Calcifications within a mass", (6013,)
)
"""Calcifications within a mass (DCM 111346)."""

CalcifiedImplant: Final[Code] = Code("DCM", "111505", "Calcified implant", (6072,))
"""Calcified implant (DCM 111505)."""

Calcium: Final[Code] = Code("DCM", "112145", "Calcium", (6122,))
"""Calcium (DCM 112145)."""

CalciumLength: Final[Code] = Code("DCM", "122341", "Calcium Length", (3483,))
"""Calcium Length (DCM 122341)."""

Calculated: Final[Code] = Code("DCM", "125315", "Calculated", (12303,))
"""Calculated (DCM 125315)."""

CalculationFailure: Final[Code] = Code("DCM", "114008", "Calculation failure", (43,))
"""Calculation failure (DCM 114008)."""

Calibration: Final[Code] = Code("DCM", "122505", "Calibration", (6061,))
"""Calibration (DCM 122505)."""

CalibrationObjectUsed: Final[Code] = Code("DCM", "122488", "Calibration Object Used", (3452,))
"""Calibration Object Used (DCM 122488)."""

CanadianBorderCollieAssociation: Final[Code] = Code(
    "DCM", "109207", "Canadian Border Collie Association", (7481,)
)
"""Canadian Border Collie Association (DCM 109207)."""

CanadianKennelClub: Final[Code] = Code("DCM", "109208", "Canadian Kennel Club", (7481,))
"""Canadian Kennel Club (DCM 109208)."""

CanadianLivestockRecordsAssociation: Final[Code] = Code(
    "DCM", "109209", "Canadian Livestock Records Association", (7481,)
)
"""Canadian Livestock Records Association (DCM 109209)."""

CancerElsewhere: Final[Code] = Code("DCM", "111480", "Cancer elsewhere", (6055,))
"""Cancer elsewhere (DCM 111480)."""

CanineFederationOfCanada: Final[Code] = Code(
    "DCM", "109210", "Canine Federation of Canada", (7481,)
)
"""Canine Federation of Canada (DCM 109210)."""

CarcinomaInChildren: Final[Code] = Code("DCM", "111304", "Carcinoma in children", (6033,))
"""Carcinoma in children (DCM 111304)."""

CarcinomaInEctopicBreast: Final[Code] = Code(
    "DCM", "111305", "Carcinoma in ectopic breast", (6033,)
)
"""Carcinoma in ectopic breast (DCM 111305)."""

CarcinomaInPregnancyAndLactation: Final[Code] = Code(
    "DCM", "111310", "Carcinoma in pregnancy and lactation", (6033,)
)
"""Carcinoma in pregnancy and lactation (DCM 111310)."""

CarcinomaWithEndocrineDifferentiation: Final[Code] = Code(
    "DCM", "111306", "Carcinoma with endocrine differentiation", (6033,)
)
"""Carcinoma with endocrine differentiation (DCM 111306)."""

CardiacElectrophysiology: Final[Code] = Code("DCM", "EPS", "Cardiac Electrophysiology", (29,))
"""Cardiac Electrophysiology (DCM EPS)."""

CardiacImagingSpecialty: Final[Code] = Code("DCM", "128007", "Cardiac Imaging Specialty", (7449,))
"""Cardiac Imaging Specialty (DCM 128007)."""

CardiacStressState: Final[Code] = Code("DCM", "109091", "Cardiac Stress State", (3102,))
"""Cardiac Stress State (DCM 109091)."""

Cardiosphere: Final[Code] = Code("DCM", "125901", "CARDIOsphere", (12030,))
"""CARDIOsphere (DCM 125901)."""

CardiovascularImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128730", "Cardiovascular imaging subject matter", (7017,)
)
"""Cardiovascular imaging subject matter (DCM 128730)."""

CardiovascularRadiology: Final[Code] = Code("DCM", "128172", "Cardiovascular Radiology", (7030,))
"""Cardiovascular Radiology (DCM 128172)."""

CarinaAngle: Final[Code] = Code("DCM", "112086", "Carina angle", (6111,))
"""Carina angle (DCM 112086)."""

CarrierGas: Final[Code] = Code("DCM", "127330", "Carrier gas", (621,))
"""Carrier gas (DCM 127330)."""

CarrierTemperatureSensor: Final[Code] = Code("DCM", "127240", "Carrier temperature sensor", (636,))
"""Carrier temperature sensor (DCM 127240)."""

CartilaginousAndOsseousChange: Final[Code] = Code(
    "DCM", "111309", "Cartilaginous and osseous change", (6033,)
)
"""Cartilaginous and osseous change (DCM 111309)."""

CaseSensitivity: Final[Code] = Code("DCM", "111088", "Case Sensitivity", (6048,))
"""Case Sensitivity (DCM 111088)."""

CaseSpecificity: Final[Code] = Code("DCM", "111090", "Case Specificity", (6048,))
"""Case Specificity (DCM 111090)."""

CassetteBasedProjectionRadiographySystem: Final[Code] = Code(
    "DCM", "113959", "Cassette-based Projection Radiography System", (10032,)
)
"""Cassette-based Projection Radiography System (DCM 113959)."""

Cast: Final[Code] = Code("DCM", "130114", "Cast", (9513,))
"""Cast (DCM 130114)."""

CathLabProcedureLog: Final[Code] = Code("DCM", "121120", "Cath Lab Procedure Log", (3400,))
"""Cath Lab Procedure Log (DCM 121120)."""

CatheterCurve: Final[Code] = Code("DCM", "122097", "Catheter Curve", (3423,))
"""Catheter Curve (DCM 122097)."""

Caudal10DegreeDistalCranioproximalOblique: Final[Code] = Code(
    "DCM", "123019", "Caudal 10 degree distal-cranioproximal oblique", (7484,)
)
"""Caudal 10 degree distal-cranioproximal oblique (DCM 123019)."""

CavityExtentAsPercentOfVolume: Final[Code] = Code(
    "DCM", "112017", "Cavity extent as percent of volume", (6142,)
)
"""Cavity extent as percent of volume (DCM 112017)."""

CavityRadiationShield: Final[Code] = Code("DCM", "130640", "Cavity radiation shield", (9572,))
"""Cavity radiation shield (DCM 130640)."""

Center: Final[Code] = Code("DCM", "111010", "Center", (219,))
"""Center (DCM 111010)."""

CenterOfGravity: Final[Code] = Code("DCM", "122475", "Center of Gravity", (3458,))
"""Center of Gravity (DCM 122475)."""

CenterOfMass: Final[Code] = Code("DCM", "128138", "Center of Mass", (219, 1011))
"""Center of Mass (DCM 128138)."""

Centerline: Final[Code] = Code("DCM", "130490", "Centerline", (219,))
"""Centerline (DCM 130490)."""

CentralBreathingPosition: Final[Code] = Code("DCM", "122612", "central breathing position", (3823,))
"""central breathing position (DCM 122612)."""

CentralLine: Final[Code] = Code("DCM", "112174", "Central line", (6404,))
"""Central line (DCM 112174)."""

Centrilobular: Final[Code] = Code("DCM", "112156", "Centrilobular", (6128,))
"""Centrilobular (DCM 112156)."""

CentrilobularStructures: Final[Code] = Code("DCM", "112087", "Centrilobular structures", (6111,))
"""Centrilobular structures (DCM 112087)."""

CertaintyOfFinding: Final[Code] = Code("DCM", "111012", "Certainty of Finding", (6048,))
"""Certainty of Finding (DCM 111012)."""

CessationOfExercise: Final[Code] = Code("DCM", "125237", "Cessation of exercise", (12031,))
"""Cessation of exercise (DCM 125237)."""

CessationOfStimulation: Final[Code] = Code("DCM", "125239", "Cessation of stimulation", (12031,))
"""Cessation of stimulation (DCM 125239)."""

Cetuximab89Zr: Final[Code] = Code("DCM", "126513", "Cetuximab ^89^Zr", (4021,))
"""Cetuximab ^89^Zr (DCM 126513)."""

Cg250FAb289Zr: Final[Code] = Code("DCM", "126517", "cG250-F(ab')(2) ^89^Zr", (4021,))
"""cG250-F(ab')(2) ^89^Zr (DCM 126517)."""

ChairOfProtocolCommittee: Final[Code] = Code(
    "DCM", "128671", "Chair of Protocol Committee", (7452,)
)
"""Chair of Protocol Committee (DCM 128671)."""

ChangMethod: Final[Code] = Code("DCM", "122721", "Chang method", (3117,))
"""Chang method (DCM 122721)."""

ChangeInPatientAnatomy: Final[Code] = Code("DCM", "130464", "Change in Patient Anatomy", (9565,))
"""Change in Patient Anatomy (DCM 130464)."""

ChangeOfProcedureForCorrectCharging: Final[Code] = Code(
    "DCM", "110509", "Change of procedure for correct charging", (9301, 9303)
)
"""Change of procedure for correct charging (DCM 110509)."""

ChannelObstruction: Final[Code] = Code("DCM", "110520", "Channel Obstruction", (9561,))
"""Channel Obstruction (DCM 110520)."""

ChebyshevFilter: Final[Code] = Code("DCM", "130761", "Chebyshev filter", (3042,))
"""Chebyshev filter (DCM 130761)."""

Checkerboard: Final[Code] = Code("DCM", "114216", "Checkerboard", (8202,))
"""Checkerboard (DCM 114216)."""

ChestTube: Final[Code] = Code("DCM", "112173", "Chest tube", (6203, 6404))
"""Chest tube (DCM 112173)."""

ChiSquare: Final[Code] = Code("DCM", "126221", "Chi-square", (7180,))
"""Chi-square (DCM 126221)."""

CholineC11: Final[Code] = Code("DCM", "126703", "Choline C^11^", (4021,))
"""Choline C^11^ (DCM 126703)."""

CholineCreatineRatio: Final[Code] = Code("DCM", "113081", "Choline/Creatine Ratio", (4033,))
"""Choline/Creatine Ratio (DCM 113081)."""

ChoriocapillarisStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128274", "Choriocapillaris structural reflectance map", (4271,)
)
"""Choriocapillaris structural reflectance map (DCM 128274)."""

ChoriocapillarisVasculatureFlow: Final[Code] = Code(
    "DCM", "128273", "Choriocapillaris vasculature flow", (4271,)
)
"""Choriocapillaris vasculature flow (DCM 128273)."""

ChoroidStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128276", "Choroid structural reflectance map", (4271,)
)
"""Choroid structural reflectance map (DCM 128276)."""

ChoroidVasculatureFlow: Final[Code] = Code("DCM", "128275", "Choroid vasculature flow", (4271,))
"""Choroid vasculature flow (DCM 128275)."""

ChromaticityEvaluation: Final[Code] = Code("DCM", "109705", "Chromaticity evaluation", (8300,))
"""Chromaticity evaluation (DCM 109705)."""

CineFilmDigitized: Final[Code] = Code("DCM", "110021", "Cine Film Digitized", (7008,))
"""Cine Film Digitized (DCM 110021)."""

CircleBScanPattern: Final[Code] = Code("DCM", "128284", "Circle B-scan pattern", (4272,))
"""Circle B-scan pattern (DCM 128284)."""

CircleRadialBScanPattern: Final[Code] = Code(
    "DCM", "128287", "Circle-radial B-scan pattern", (4272,)
)
"""Circle-radial B-scan pattern (DCM 128287)."""

CircleRasterBScanPattern: Final[Code] = Code(
    "DCM", "128286", "Circle-raster B-scan pattern", (4272,)
)
"""Circle-raster B-scan pattern (DCM 128286)."""

CircularMethod: Final[Code] = Code("DCM", "122473", "Circular method", (3470,))
"""Circular method (DCM 122473)."""

CircumferentialLagrangianStrain: Final[Code] = Code(
    "DCM", "130677", "Circumferential Lagrangian Strain", (12311,)
)
"""Circumferential Lagrangian Strain (DCM 130677)."""

CircumferentialLagrangianStrainRate: Final[Code] = Code(
    "DCM", "130678", "Circumferential Lagrangian Strain Rate", (12311,)
)
"""Circumferential Lagrangian Strain Rate (DCM 130678)."""

ClassActivation: Final[Code] = Code("DCM", "130402", "Class activation", (217,))
"""Class activation (DCM 130402)."""

CleanDescriptorsOption: Final[Code] = Code("DCM", "113105", "Clean Descriptors Option", (7050,))
"""Clean Descriptors Option (DCM 113105)."""

CleanGraphicsOption: Final[Code] = Code("DCM", "113103", "Clean Graphics Option", (7050,))
"""Clean Graphics Option (DCM 113103)."""

CleanPixelDataOption: Final[Code] = Code("DCM", "113101", "Clean Pixel Data Option", (7050,))
"""Clean Pixel Data Option (DCM 113101)."""

CleanRecognizableVisualFeaturesOption: Final[Code] = Code(
    "DCM", "113102", "Clean Recognizable Visual Features Option", (7050,)
)
"""Clean Recognizable Visual Features Option (DCM 113102)."""

CleanStructuredContentOption: Final[Code] = Code(
    "DCM", "113104", "Clean Structured Content Option", (7050,)
)
"""Clean Structured Content Option (DCM 113104)."""

ClearanceInterlock: Final[Code] = Code("DCM", "130739", "Clearance Interlock", (9568,))
"""Clearance Interlock (DCM 130739)."""

ClinicalEvaluation: Final[Code] = Code("DCM", "109710", "Clinical evaluation", (8300,))
"""Clinical evaluation (DCM 109710)."""

ClinicalFinding: Final[Code] = Code("DCM", "111402", "Clinical finding", (6051,))
"""Clinical finding (DCM 111402)."""

ClinicalTrialSubmissionInputUsed: Final[Code] = Code(
    "DCM", "128223", "Clinical Trial Submission Input Used", (7010,)
)
"""Clinical Trial Submission Input Used (DCM 128223)."""

ClusterAnalysis: Final[Code] = Code("DCM", "123107", "Cluster Analysis", (7162,))
"""Cluster Analysis (DCM 123107)."""

ClusteredMicrocysts: Final[Code] = Code("DCM", "111129", "Clustered microcysts", (6064,))
"""Clustered microcysts (DCM 111129)."""

CmabU3689Zr: Final[Code] = Code("DCM", "126746", "cMAb U36 ^89^Zr", (4021,))
"""cMAb U36 ^89^Zr (DCM 126746)."""

CoachingDevice: Final[Code] = Code("DCM", "130650", "Coaching Device", (9578,))
"""Coaching Device (DCM 130650)."""

Coalescent: Final[Code] = Code("DCM", "112157", "Coalescent", (6128,))
"""Coalescent (DCM 112157)."""

CockroftGaultFormulaEstimationOfGFR: Final[Code] = Code(
    "DCM", "113570", "Cockroft-Gault Formula estimation of GFR", (10047,)
)
"""Cockroft-Gault Formula estimation of GFR (DCM 113570)."""

CoilMarker: Final[Code] = Code("DCM", "129301", "Coil Marker", (7112,))
"""Coil Marker (DCM 129301)."""

CoilPlacementConcern: Final[Code] = Code("DCM", "130571", "Coil placement concern", (6314,))
"""Coil placement concern (DCM 130571)."""

CoilSelectionConcern: Final[Code] = Code("DCM", "130572", "Coil selection concern", (6314,))
"""Coil selection concern (DCM 130572)."""

Coin: Final[Code] = Code("DCM", "112178", "Coin", (6203, 6404))
"""Coin (DCM 112178)."""

CollectionOfPresentationStates: Final[Code] = Code(
    "DCM", "113022", "Collection of Presentation States", (7010,)
)
"""Collection of Presentation States (DCM 113022)."""

CollimationTooCloseToBreast: Final[Code] = Code(
    "DCM", "111195", "Collimation too close to breast", (6041,)
)
"""Collimation too close to breast (DCM 111195)."""

CollisionChecks: Final[Code] = Code("DCM", "130652", "Collision Checks", (9577,))
"""Collision Checks (DCM 130652)."""

CombinationImplant: Final[Code] = Code("DCM", "111484", "Combination implant", (6059,))
"""Combination implant (DCM 111484)."""

CombinedPosteriorEnhancementAndShadowing: Final[Code] = Code(
    "DCM", "111370", "Combined posterior enhancement and shadowing", (6155,)
)
"""Combined posterior enhancement and shadowing (DCM 111370)."""

CombinedStructuredLightThermalImager: Final[Code] = Code(
    "DCM", "130648", "Combined Structured Light/Thermal Imager", (9575,)
)
"""Combined Structured Light/Thermal Imager (DCM 130648)."""

Comment: Final[Code] = Code("DCM", "121106", "Comment", (12101,))
"""Comment (DCM 121106)."""

CompactFlash: Final[Code] = Code("DCM", "110034", "Compact Flash", (405,))
"""Compact Flash (DCM 110034)."""

ComparativeAverage10YearCHDRisk: Final[Code] = Code(
    "DCM", "122231", "Comparative Average10 Year CHD Risk", (3667,)
)
"""Comparative Average10 Year CHD Risk (DCM 122231)."""

ComparativeLow10YearCHDRisk: Final[Code] = Code(
    "DCM", "122232", "Comparative Low10 Year CHD Risk", (3667,)
)
"""Comparative Low10 Year CHD Risk (DCM 122232)."""

ComparisonToPreviousStudies: Final[Code] = Code(
    "DCM", "111424", "Comparison to previous studies", (6052, 6053)
)
"""Comparison to previous studies (DCM 111424)."""

CompleteAcquisitionContent: Final[Code] = Code(
    "DCM", "113034", "Complete Acquisition Content", (7010,)
)
"""Complete Acquisition Content (DCM 113034)."""

CompleteRenderingForPresentation: Final[Code] = Code(
    "DCM", "121332", "Complete Rendering for Presentation", (7006,)
)
"""Complete Rendering for Presentation (DCM 121332)."""

CompleteStudyContent: Final[Code] = Code("DCM", "113032", "Complete Study Content", (7010,))
"""Complete Study Content (DCM 113032)."""

CompletelyEncapsulated: Final[Code] = Code("DCM", "130594", "Completely encapsulated", (6342,))
"""Completely encapsulated (DCM 130594)."""

Complex: Final[Code] = Code("DCM", "111363", "Complex", (6154,))
"""Complex (DCM 111363)."""

ComplexCyst: Final[Code] = Code("DCM", "111460", "Complex cyst", (6064,))
"""Complex cyst (DCM 111460)."""

ComplicatedCyst: Final[Code] = Code("DCM", "111130", "Complicated cyst", (6064,))
"""Complicated cyst (DCM 111130)."""

ComponentModel: Final[Code] = Code("DCM", "129011", "Component Model", (7062,))
"""Component Model (DCM 129011)."""

ComposedFromPriorDoses: Final[Code] = Code("DCM", "121370", "Composed from prior doses", (7220,))
"""Composed from prior doses (DCM 121370)."""

ComposedFromPriorDosesAndCurrentPlan: Final[Code] = Code(
    "DCM", "121371", "Composed from prior doses and current plan", (7220,)
)
"""Composed from prior doses and current plan (DCM 121371)."""

ComposedWithRadiobiologicalEffects: Final[Code] = Code(
    "DCM", "121377", "Composed with radiobiological effects", (7220,)
)
"""Composed with radiobiological effects (DCM 121377)."""

ComposedWithWeightingForFractionsDelivered: Final[Code] = Code(
    "DCM", "121378", "Composed with weighting for fractions delivered", (7220,)
)
"""Composed with weighting for fractions delivered (DCM 121378)."""

ComputationServer: Final[Code] = Code("DCM", "COMP", "Computation Server", (30,))
"""Computation Server (DCM COMP)."""

ComputedFromImageAttributes: Final[Code] = Code(
    "DCM", "113867", "Computed From Image Attributes", (10020, 10021)
)
"""Computed From Image Attributes (DCM 113867)."""

ComputedRadiography: Final[Code] = Code("DCM", "CR", "Computed Radiography", (29,))
"""Computed Radiography (DCM CR)."""

ComputedTomography: Final[Code] = Code("DCM", "CT", "Computed Tomography", (29,))
"""Computed Tomography (DCM CT)."""

ComputerAidedDetection: Final[Code] = Code("DCM", "110004", "Computer Aided Detection", (9231,))
"""Computer Aided Detection (DCM 110004)."""

ComputerAidedDiagnosis: Final[Code] = Code("DCM", "110003", "Computer Aided Diagnosis", (9231,))
"""Computer Aided Diagnosis (DCM 110003)."""

ComputerAssistedDetectionDiagnosis: Final[Code] = Code(
    "DCM", "CAD", "Computer Assisted Detection/Diagnosis", (30,)
)
"""Computer Assisted Detection/Diagnosis (DCM CAD)."""

Concentration: Final[Code] = Code("DCM", "122093", "Concentration", (3410,))
"""Concentration (DCM 122093)."""

ConcentricCircleBScanPattern: Final[Code] = Code(
    "DCM", "128285", "Concentric circle B-scan pattern", (4272,)
)
"""Concentric circle B-scan pattern (DCM 128285)."""

Conclusion: Final[Code] = Code("DCM", "121077", "Conclusion", (6053, 7002))
"""Conclusion (DCM 121077)."""

Conepresent: Final[Code] = Code("DCM", "130457", "ConePresent", (9564,))
"""ConePresent (DCM 130457)."""

ConfiguredDefaultImagingEnergy: Final[Code] = Code(
    "DCM", "130807", "Configured Default Imaging Energy", (9262,)
)
"""Configured Default Imaging Energy (DCM 130807)."""

ConfiguredLowestImagingEnergy: Final[Code] = Code(
    "DCM", "130806", "Configured Lowest Imaging Energy", (9262,)
)
"""Configured Lowest Imaging Energy (DCM 130806)."""

ConfocalImaging: Final[Code] = Code("DCM", "114207", "Confocal imaging", (8201,))
"""Confocal imaging (DCM 114207)."""

ConfocalMicroscopy: Final[Code] = Code("DCM", "CFM", "Confocal Microscopy", (29,))
"""Confocal Microscopy (DCM CFM)."""

ConformalArcBeam: Final[Code] = Code("DCM", "130104", "Conformal Arc Beam", (9511,))
"""Conformal Arc Beam (DCM 130104)."""

ConformalityShell: Final[Code] = Code("DCM", "130062", "Conformality Shell", (9535,))
"""Conformality Shell (DCM 130062)."""

ConsistentWithLabelingOfTheDevice: Final[Code] = Code(
    "DCM", "128602", "Consistent with labeling of the device", (800,)
)
"""Consistent with labeling of the device (DCM 128602)."""

ConstantAngleAcquisition: Final[Code] = Code(
    "DCM", "113805", "Constant Angle Acquisition", (10013,)
)
"""Constant Angle Acquisition (DCM 113805)."""

ConsultationWith: Final[Code] = Code("DCM", "122044", "Consultation With", (3404,))
"""Consultation With (DCM 122044)."""

ConsumableReturnedToInventory: Final[Code] = Code(
    "DCM", "122077", "Consumable returned to inventory", (3408,)
)
"""Consumable returned to inventory (DCM 122077)."""

ConsumableTakenFromInventory: Final[Code] = Code(
    "DCM", "122076", "Consumable taken from inventory", (3408,)
)
"""Consumable taken from inventory (DCM 122076)."""

ConsumableUnusable: Final[Code] = Code("DCM", "122079", "Consumable unusable", (3408,))
"""Consumable unusable (DCM 122079)."""

ContentAssessmentResult: Final[Code] = Code("DCM", "ASMT", "Content Assessment Result", (32,))
"""Content Assessment Result (DCM ASMT)."""

ContinentalKennelClub: Final[Code] = Code("DCM", "109211", "Continental Kennel Club", (7481,))
"""Continental Kennel Club (DCM 109211)."""

ContinuityEquation: Final[Code] = Code("DCM", "125212", "Continuity Equation", (12229,))
"""Continuity Equation (DCM 125212)."""

ContinuityEquationByMeanVelocity: Final[Code] = Code(
    "DCM", "125213", "Continuity Equation by Mean Velocity", (12229,)
)
"""Continuity Equation by Mean Velocity (DCM 125213)."""

ContinuityEquationByPeakVelocity: Final[Code] = Code(
    "DCM", "125214", "Continuity Equation by Peak Velocity", (12229,)
)
"""Continuity Equation by Peak Velocity (DCM 125214)."""

ContinuityEquationByVelocityTimeIntegral: Final[Code] = Code(
    "DCM", "125215", "Continuity Equation by Velocity Time Integral", (12229,)
)
"""Continuity Equation by Velocity Time Integral (DCM 125215)."""

Continuous: Final[Code] = Code("DCM", "113630", "Continuous", (10004,))
"""Continuous (DCM 113630)."""

ContinuousPermanent: Final[Code] = Code("DCM", "130101", "Continuous Permanent", (9533,))
"""Continuous Permanent (DCM 130101)."""

ContinuousTemporary: Final[Code] = Code("DCM", "130100", "Continuous Temporary", (9533,))
"""Continuous Temporary (DCM 130100)."""

ContouringInputUsed: Final[Code] = Code("DCM", "128219", "Contouring Input Used", (7010,))
"""Contouring Input Used (DCM 128219)."""

ContrastAdministered: Final[Code] = Code("DCM", "122086", "Contrast administered", (3409,))
"""Contrast administered (DCM 122086)."""

ContrastAgentAngioMRSignalIntensity: Final[Code] = Code(
    "DCM", "110801", "Contrast Agent Angio MR Signal Intensity", (7180,)
)
"""Contrast Agent Angio MR Signal Intensity (DCM 110801)."""

ContrastBolusIngredientOpaque: Final[Code] = Code(
    "DCM", "121381", "Contrast/Bolus Ingredient Opaque", (4050,)
)
"""Contrast/Bolus Ingredient Opaque (DCM 121381)."""

ContrastEnd: Final[Code] = Code("DCM", "122085", "Contrast end", (3409,))
"""Contrast end (DCM 122085)."""

ContrastLongitudinalRelaxivity: Final[Code] = Code(
    "DCM", "126380", "Contrast Longitudinal Relaxivity", (4111,)
)
"""Contrast Longitudinal Relaxivity (DCM 126380)."""

ContrastReactionProphylacticAgent: Final[Code] = Code(
    "DCM", "130259", "Contrast Reaction Prophylactic Agent", (76,)
)
"""Contrast Reaction Prophylactic Agent (DCM 130259)."""

ContrastStart: Final[Code] = Code("DCM", "122084", "Contrast start", (3409,))
"""Contrast start (DCM 122084)."""

ControlledSSDSetupMethod: Final[Code] = Code(
    "DCM", "130631", "Controlled SSD Setup Method", (9571,)
)
"""Controlled SSD Setup Method (DCM 130631)."""

CooperLigamentChanges: Final[Code] = Code("DCM", "111111", "Cooper's ligament changes", (6015,))
"""Cooper's ligament changes (DCM 111111)."""

CoordinateAlignmentImageSeries: Final[Code] = Code(
    "DCM", "128187", "Coordinate Alignment Image Series", (7023,)
)
"""Coordinate Alignment Image Series (DCM 128187)."""

CopiedFromImageAttributes: Final[Code] = Code(
    "DCM", "113866", "Copied From Image Attributes", (10020, 10021)
)
"""Copied From Image Attributes (DCM 113866)."""

CornCobBedding: Final[Code] = Code("DCM", "127232", "Corn cob bedding", (605,))
"""Corn cob bedding (DCM 127232)."""

CornealAxialPowerMap: Final[Code] = Code("DCM", "111940", "Corneal axial power map", (4268,))
"""Corneal axial power map (DCM 111940)."""

CornealBirefringenceCompensation: Final[Code] = Code(
    "DCM", "111923", "Corneal birefringence compensation", (4261,)
)
"""Corneal birefringence compensation (DCM 111923)."""

CornealElevationMap: Final[Code] = Code("DCM", "111943", "Corneal elevation map", (4268,))
"""Corneal elevation map (DCM 111943)."""

CornealInstantaneousPowerMap: Final[Code] = Code(
    "DCM", "111941", "Corneal instantaneous power map", (4268,)
)
"""Corneal instantaneous power map (DCM 111941)."""

CornealRefractivePowerMap: Final[Code] = Code(
    "DCM", "111942", "Corneal refractive power map", (4268,)
)
"""Corneal refractive power map (DCM 111942)."""

CornealWavefrontMap: Final[Code] = Code("DCM", "111944", "Corneal wavefront map", (4268,))
"""Corneal wavefront map (DCM 111944)."""

CoronaRadiata: Final[Code] = Code("DCM", "112105", "Corona radiata", (6103,))
"""Corona radiata (DCM 112105)."""

CoronaryFlowReserve: Final[Code] = Code("DCM", "122217", "Coronary Flow reserve", (3620,))
"""Coronary Flow reserve (DCM 122217)."""

CoronaryLesionGreaterThanEquals50PercentStenosis: Final[Code] = Code(
    "DCM", "122171", "Coronary lesion > = 50% stenosis", (3726,)
)
"""Coronary lesion > = 50% stenosis (DCM 122171)."""

CorrectionFactor: Final[Code] = Code("DCM", "128452", "Correction Factor", (10069,))
"""Correction Factor (DCM 128452)."""

CorrelatesToMRIFindings: Final[Code] = Code("DCM", "111383", "Correlates to MRI findings", (6158,))
"""Correlates to MRI findings (DCM 111383)."""

CorrelatesToMammographyFindings: Final[Code] = Code(
    "DCM", "111382", "Correlates to mammography findings", (6158,)
)
"""Correlates to mammography findings (DCM 111382)."""

CorrelatesToOtherImagingFindings: Final[Code] = Code(
    "DCM", "111385", "Correlates to other imaging findings", (6158,)
)
"""Correlates to other imaging findings (DCM 111385)."""

CorrelatesToPhysicalExaminationFindings: Final[Code] = Code(
    "DCM", "111381", "Correlates to physical examination findings", (6158,)
)
"""Correlates to physical examination findings (DCM 111381)."""

CorrelatesToUltrasoundFindings: Final[Code] = Code(
    "DCM", "111384", "Correlates to ultrasound findings", (6158,)
)
"""Correlates to ultrasound findings (DCM 111384)."""

CreatineAndCholine: Final[Code] = Code("DCM", "113094", "Creatine and Choline", (4033,))
"""Creatine and Choline (DCM 113094)."""

CreatineCholineCitrateRatio: Final[Code] = Code(
    "DCM", "113096", "Creatine+Choline/Citrate Ratio", (4033,)
)
"""Creatine+Choline/Citrate Ratio (DCM 113096)."""

CrossBScanPattern: Final[Code] = Code("DCM", "128283", "Cross B-scan pattern", (4272,))
"""Cross B-scan pattern (DCM 128283)."""

CrossedGrid: Final[Code] = Code("DCM", "111645", "Crossed grid", (10017,))
"""Crossed grid (DCM 111645)."""

Crosstable: Final[Code] = Code("DCM", "111069", "Crosstable", (4011,))
"""Crosstable (DCM 111069)."""

CtdifreeairToEConversionViaMCComputation: Final[Code] = Code(
    "DCM", "113801", "CTDIfreeair to E conversion via MC computation", (10011,)
)
"""CTDIfreeair to E conversion via MC computation (DCM 113801)."""

CtdifreeairToEConversionViaMeasurement: Final[Code] = Code(
    "DCM", "113803", "CTDIfreeair to E conversion via measurement", (10011,)
)
"""CTDIfreeair to E conversion via measurement (DCM 113803)."""

Cu3689Zr: Final[Code] = Code("DCM", "126515", "cU36 ^89^Zr", (4021,))
"""cU36 ^89^Zr (DCM 126515)."""

CubeBScanPattern: Final[Code] = Code("DCM", "128279", "Cube B-scan pattern", (4272,))
"""Cube B-scan pattern (DCM 128279)."""

CubeMethod: Final[Code] = Code("DCM", "125206", "Cube Method", (12228,))
"""Cube Method (DCM 125206)."""

CurrentPregnancyKnownOrSuspectedMalformationsSyndromes: Final[Code] = Code(
    "DCM", "111573", "Current pregnancy, known or suspected malformations/syndromes", (6088,)
)
"""Current pregnancy, known or suspected malformations/syndromes (DCM 111573)."""

CurveFitParameter: Final[Code] = Code("DCM", "128453", "Curve Fit Parameter", (10069,))
"""Curve Fit Parameter (DCM 128453)."""

CurveFittedReference: Final[Code] = Code("DCM", "122489", "Curve Fitted Reference", (3465,))
"""Curve Fitted Reference (DCM 122489)."""

CurvedLinearUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "125253", "Curved linear ultrasound transducer geometry", (12033,)
)
"""Curved linear ultrasound transducer geometry (DCM 125253)."""

CurvedMultiplanarReformatting: Final[Code] = Code(
    "DCM", "113073", "Curved multiplanar reformatting", (7203,)
)
"""Curved multiplanar reformatting (DCM 113073)."""

CylinderMarker: Final[Code] = Code("DCM", "129303", "Cylinder Marker", (7112,))
"""Cylinder Marker (DCM 129303)."""

CystFill: Final[Code] = Code("DCM", "111430", "Cyst fill", (6057,))
"""Cyst fill (DCM 111430)."""

CytologicAnalysis: Final[Code] = Code("DCM", "111147", "Cytologic analysis", (6029,))
"""Cytologic analysis (DCM 111147)."""

DICOMInstancesAccessed: Final[Code] = Code("DCM", "110103", "DICOM Instances Accessed", (400,))
"""DICOM Instances Accessed (DCM 110103)."""

DICOMInstancesTransferred: Final[Code] = Code(
    "DCM", "110104", "DICOM Instances Transferred", (400,)
)
"""DICOM Instances Transferred (DCM 110104)."""

DICOMStudyDeleted: Final[Code] = Code("DCM", "110105", "DICOM Study Deleted", (400,))
"""DICOM Study Deleted (DCM 110105)."""

DINGeometryPattern: Final[Code] = Code("DCM", "109931", "DIN Geometry Pattern", (8301,))
"""DIN Geometry Pattern (DCM 109931)."""

DINGrayscalePattern: Final[Code] = Code("DCM", "109932", "DIN Grayscale Pattern", (8301,))
"""DIN Grayscale Pattern (DCM 109932)."""

DINResolutionPattern: Final[Code] = Code("DCM", "109933", "DIN Resolution Pattern", (8301,))
"""DIN Resolution Pattern (DCM 109933)."""

DKI: Final[Code] = Code("DCM", "113222", "DKI", (7260,))
"""DKI (DCM 113222)."""

DLPFrontProjectionSystem: Final[Code] = Code(
    "DCM", "109996", "DLP Front Projection System", (8303,)
)
"""DLP Front Projection System (DCM 109996)."""

DLPRearProjectionSystem: Final[Code] = Code("DCM", "109995", "DLP Rear Projection System", (8303,))
"""DLP Rear Projection System (DCM 109995)."""

DLPToEConversionViaMCComputation: Final[Code] = Code(
    "DCM", "113800", "DLP to E conversion via MC computation", (10011,)
)
"""DLP to E conversion via MC computation (DCM 113800)."""

DLPToEConversionViaMeasurement: Final[Code] = Code(
    "DCM", "113802", "DLP to E conversion via measurement", (10011,)
)
"""DLP to E conversion via measurement (DCM 113802)."""

DN3089Zr: Final[Code] = Code("DCM", "126747", "DN30 ^89^Zr", (4021,))
"""DN30 ^89^Zr (DCM 126747)."""

DOT: Final[Code] = Code("DCM", "113236", "DOT", (7261,))
"""DOT (DCM 113236)."""

DPA71311C: Final[Code] = Code("DCM", "126765", "DPA-713 ^11^C", (4021,))
"""DPA-713 ^11^C (DCM 126765)."""

DPA71418F: Final[Code] = Code("DCM", "126766", "DPA-714 ^18^F", (4021,))
"""DPA-714 ^18^F (DCM 126766)."""

DSI: Final[Code] = Code("DCM", "113224", "DSI", (7260, 7261))
"""DSI (DCM 113224)."""

DTI: Final[Code] = Code("DCM", "113223", "DTI", (7260,))
"""DTI (DCM 113223)."""

DVD: Final[Code] = Code("DCM", "110033", "DVD", (405,))
"""DVD (DCM 110033)."""

DVDImported: Final[Code] = Code("DCM", "110025", "DVD Imported", (7008,))
"""DVD Imported (DCM 110025)."""

DW: Final[Code] = Code("DCM", "126222", "D-W", (7180,))
"""D-W (DCM 126222)."""

DarkBrownColor: Final[Code] = Code("DCM", "111452", "Dark brown color", (6067,))
"""Dark brown color (DCM 111452)."""

DarkRedColor: Final[Code] = Code("DCM", "111451", "Dark red color", (6067,))
"""Dark red color (DCM 111451)."""

DarkfieldIllumination: Final[Code] = Code("DCM", "111745", "Darkfield illumination", (8123,))
"""Darkfield illumination (DCM 111745)."""

DataNotAccessibleFromStorage: Final[Code] = Code(
    "DCM", "130752", "Data Not Accessible from Storage", (7031,)
)
"""Data Not Accessible from Storage (DCM 130752)."""

DataRetentionPolicyExpired: Final[Code] = Code(
    "DCM", "113039", "Data Retention Policy Expired", (7010, 7031)
)
"""Data Retention Policy Expired (DCM 113039)."""

DateStickerIsMissing: Final[Code] = Code("DCM", "111193", "Date sticker is missing", (6041,))
"""Date sticker is missing (DCM 111193)."""

DatetimeEstimated: Final[Code] = Code("DCM", "121137", "DateTime Estimated", (3430,))
"""DateTime Estimated (DCM 121137)."""

DatetimeUnsynchronized: Final[Code] = Code("DCM", "121136", "DateTime Unsynchronized", (3430,))
"""DateTime Unsynchronized (DCM 121136)."""

DeIdentifyingEquipment: Final[Code] = Code("DCM", "109104", "De-identifying Equipment", (7005,))
"""De-identifying Equipment (DCM 109104)."""

DeathDuringCatheterization: Final[Code] = Code(
    "DCM", "122167", "Death During Catheterization", (3413,)
)
"""Death During Catheterization (DCM 122167)."""

DeepRetinaStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128270", "Deep retina structural reflectance map", (4271,)
)
"""Deep retina structural reflectance map (DCM 128270)."""

DeepRetinaVasculatureFlow: Final[Code] = Code(
    "DCM", "128269", "Deep retina vasculature flow", (4271,)
)
"""Deep retina vasculature flow (DCM 128269)."""

DeformableModels: Final[Code] = Code("DCM", "123111", "Deformable Models", (7162,))
"""Deformable Models (DCM 123111)."""

DeformedForRegistration: Final[Code] = Code("DCM", "125027", "Deformed for Registration", (7203,))
"""Deformed for Registration (DCM 125027)."""

DelayExportUntilClinicalInformationIsAvailable: Final[Code] = Code(
    "DCM", "128716", "Delay export until clinical information is available", (7015,)
)
"""Delay export until clinical information is available (DCM 128716)."""

DelayExportUntilConfirmationOfDiagnosisIsAvailable: Final[Code] = Code(
    "DCM", "128717", "Delay export until confirmation of diagnosis is available", (7015,)
)
"""Delay export until confirmation of diagnosis is available (DCM 128717)."""

DelayExportUntilExpertReviewIsAvailable: Final[Code] = Code(
    "DCM", "128722", "Delay export until expert review is available", (7015,)
)
"""Delay export until expert review is available (DCM 128722)."""

DelayExportUntilFinalReportIsAvailable: Final[Code] = Code(
    "DCM", "128715", "Delay export until final report is available", (7015,)
)
"""Delay export until final report is available (DCM 128715)."""

DelayExportUntilHistopathologyIsAvailable: Final[Code] = Code(
    "DCM", "128718", "Delay export until histopathology is available", (7015,)
)
"""Delay export until histopathology is available (DCM 128718)."""

DelayExportUntilOtherLaboratoryResultsAreAvailable: Final[Code] = Code(
    "DCM", "128719", "Delay export until other laboratory results are available", (7015,)
)
"""Delay export until other laboratory results are available (DCM 128719)."""

DelayExportUntilPatientDies: Final[Code] = Code(
    "DCM", "128721", "Delay export until patient dies", (7015,)
)
"""Delay export until patient dies (DCM 128721)."""

DelayExportUntilPatientIsDischarged: Final[Code] = Code(
    "DCM", "128720", "Delay export until patient is discharged", (7015,)
)
"""Delay export until patient is discharged (DCM 128720)."""

DelayedRedistributionState: Final[Code] = Code(
    "DCM", "109094", "Delayed Redistribution State", (3101,)
)
"""Delayed Redistribution State (DCM 109094)."""

DeliveryRateToleranceViolation: Final[Code] = Code(
    "DCM", "130470", "Delivery Rate Tolerance Violation", (9566,)
)
"""Delivery Rate Tolerance Violation (DCM 130470)."""

DensitometricMethod: Final[Code] = Code("DCM", "122474", "Densitometric method", (3470,))
"""Densitometric method (DCM 122474)."""

Density: Final[Code] = Code("DCM", "112118", "Density", (6104,))
"""Density (DCM 112118)."""

DepartmentSystemScheduler: Final[Code] = Code("DCM", "DSS", "Department System Scheduler", (30,))
"""Department System Scheduler (DCM DSS)."""

DependentOpacity: Final[Code] = Code("DCM", "112119", "Dependent opacity", (6104,))
"""Dependent opacity (DCM 112119)."""

DeprecatedProtocol: Final[Code] = Code("DCM", "128610", "Deprecated protocol", (800,))
"""Deprecated protocol (DCM 128610)."""

Derivation: Final[Code] = Code("DCM", "121401", "Derivation", (9000,))
"""Derivation (DCM 121401)."""

DerivedFromHumanReadableReports: Final[Code] = Code(
    "DCM", "113868", "Derived From Human-Readable Reports", (10020, 10021)
)
"""Derived From Human-Readable Reports (DCM 113868)."""

DerivedNonValveArea: Final[Code] = Code("DCM", "122160", "Derived Non-Valve Area", (3614,))
"""Derived Non-Valve Area (DCM 122160)."""

Dermoscopy: Final[Code] = Code("DCM", "DMS", "Dermoscopy", (29,))
"""Dermoscopy (DCM DMS)."""

DescriptionOfMaterial: Final[Code] = Code("DCM", "121145", "Description of Material", (3426,))
"""Description of Material (DCM 121145)."""

Designator: Final[Code] = Code("DCM", "129002", "Designator", (7453,))
"""Designator (DCM 129002)."""

DestinationMedia: Final[Code] = Code("DCM", "110154", "Destination Media", (402,))
"""Destination Media (DCM 110154)."""

DestinationRoleID: Final[Code] = Code("DCM", "110152", "Destination Role ID", (402,))
"""Destination Role ID (DCM 110152)."""

DestructionOfMicrobubbles: Final[Code] = Code(
    "DCM", "125235", "Destruction of microbubbles", (12031,)
)
"""Destruction of microbubbles (DCM 125235)."""

Detach: Final[Code] = Code("DCM", "110125", "Detach", (401, 403))
"""Detach (DCM 110125)."""

DetectorArtifacts: Final[Code] = Code("DCM", "111214", "Detector artifact(s)", (6041, 6135, 7011))
"""Detector artifact(s) (DCM 111214)."""

Deterministic: Final[Code] = Code("DCM", "113211", "Deterministic", (7262,))
"""Deterministic (DCM 113211)."""

Device: Final[Code] = Code("DCM", "121007", "Device", (270,))
"""Device (DCM 121007)."""

DeviceCrossedLesion: Final[Code] = Code("DCM", "122089", "Device crossed lesion", (3422,))
"""Device crossed lesion (DCM 122089)."""

DeviceDeployed: Final[Code] = Code("DCM", "122305", "Device deployed", (3412,))
"""Device deployed (DCM 122305)."""

DeviceLocalizer: Final[Code] = Code("DCM", "121341", "Device localizer", (7201,))
"""Device localizer (DCM 121341)."""

DeviceRelatedAndEnvironmentRelatedEvent: Final[Code] = Code(
    "DCM", "130864", "Device-related and Environment-related Event", (3047,)
)
"""Device-related and Environment-related Event (DCM 130864)."""

DeviceSubject: Final[Code] = Code("DCM", "121192", "Device Subject", (271,))
"""Device Subject (DCM 121192)."""

DfCD4589Zr: Final[Code] = Code("DCM", "126520", "Df-CD45 ^89^Zr", (4021,))
"""Df-CD45 ^89^Zr (DCM 126520)."""

DfFK23PEG489Zr: Final[Code] = Code("DCM", "126763", "Df-[FK](2)-3PEG(4) ^89^Zr", (4021,))
"""Df-[FK](2)-3PEG(4) ^89^Zr (DCM 126763)."""

DfFK289Zr: Final[Code] = Code("DCM", "126762", "Df-[FK](2) ^89^Zr", (4021,))
"""Df-[FK](2) ^89^Zr (DCM 126762)."""

DfFK89Zr: Final[Code] = Code("DCM", "126760", "Df-FK ^89^Zr", (4021,))
"""Df-FK ^89^Zr (DCM 126760)."""

DfFKPEG389Zr: Final[Code] = Code("DCM", "126761", "Df-FK-PEG(3) ^89^Zr", (4021,))
"""Df-FK-PEG(3) ^89^Zr (DCM 126761)."""

Dgn: Final[Code] = Code("DCM", "128407", "DgN", (10069,))
"""DgN (DCM 128407)."""

DiabeticFibrousMastopathy: Final[Code] = Code(
    "DCM", "111259", "Diabetic fibrous mastopathy", (6031,)
)
"""Diabetic fibrous mastopathy (DCM 111259)."""

DiagnosisInputUsed: Final[Code] = Code("DCM", "128218", "Diagnosis Input Used", (7010,))
"""Diagnosis Input Used (DCM 128218)."""

DiagnosticAdministration: Final[Code] = Code("DCM", "130249", "Diagnostic Administration", (72,))
"""Diagnostic Administration (DCM 130249)."""

DiagnosticSourceImages: Final[Code] = Code(
    "DCM", "128181", "Diagnostic Source Images", (7010, 9509, 9510)
)
"""Diagnostic Source Images (DCM 128181)."""

DiameterBasedMethod: Final[Code] = Code("DCM", "122651", "Diameter Based Method", (3804, 3807))
"""Diameter Based Method (DCM 122651)."""

DiamondDetector: Final[Code] = Code("DCM", "128708", "Diamond Detector", (7026, 7027))
"""Diamond Detector (DCM 128708)."""

Diaphanography: Final[Code] = Code("DCM", "DG", "Diaphanography", (29,))
"""Diaphanography (DCM DG)."""

DiaphragmaticAttenuation: Final[Code] = Code("DCM", "122745", "Diaphragmatic attenuation", (3115,))
"""Diaphragmatic attenuation (DCM 122745)."""

DiastolicBloodVelocityMean: Final[Code] = Code(
    "DCM", "122201", "Diastolic blood velocity, mean", (3612,)
)
"""Diastolic blood velocity, mean (DCM 122201)."""

DiastolicBloodVelocityPeak: Final[Code] = Code(
    "DCM", "122202", "Diastolic blood velocity, peak", (3612,)
)
"""Diastolic blood velocity, peak (DCM 122202)."""

DiastolicSystolicVelocityRatio: Final[Code] = Code(
    "DCM", "122218", "Diastolic/Systolic velocity ratio", (3620,)
)
"""Diastolic/Systolic velocity ratio (DCM 122218)."""

DifferentialInterferenceContrast: Final[Code] = Code(
    "DCM", "111748", "Differential interference contrast", (8123,)
)
"""Differential interference contrast (DCM 111748)."""

DifferentialSignal: Final[Code] = Code("DCM", "109006", "Differential signal", (3240,))
"""Differential signal (DCM 109006)."""

DifficultPhysicalClinicalExamination: Final[Code] = Code(
    "DCM", "111479", "Difficult physical/clinical examination", (6055,)
)
"""Difficult physical/clinical examination (DCM 111479)."""

DiffuseContrastEnhancement: Final[Code] = Code(
    "DCM", "130603", "Diffuse Contrast Enhancement", (6346,)
)
"""Diffuse Contrast Enhancement (DCM 130603)."""

DiffuseDirectIllumination: Final[Code] = Code(
    "DCM", "111625", "Diffuse direct illumination", (4203,)
)
"""Diffuse direct illumination (DCM 111625)."""

DiffuselyIncreasedVascularityInSurroundingTissue: Final[Code] = Code(
    "DCM", "111377", "Diffusely increased vascularity in surrounding tissue", (6157,)
)
"""Diffusely increased vascularity in surrounding tissue (DCM 111377)."""

DiffusionCoefficient: Final[Code] = Code("DCM", "113289", "Diffusion Coefficient", (7272,))
"""Diffusion Coefficient (DCM 113289)."""

DiffusionImageAnalysis: Final[Code] = Code("DCM", "129105", "Diffusion image analysis", (7203,))
"""Diffusion image analysis (DCM 129105)."""

DiffusionTractography: Final[Code] = Code("DCM", "129106", "Diffusion tractography", (7203,))
"""Diffusion tractography (DCM 129106)."""

DiffusionWeighted: Final[Code] = Code("DCM", "113043", "Diffusion weighted", (6311, 7270))
"""Diffusion weighted (DCM 113043)."""

DiffusionWeightedAcquisitionHighestBValueImage: Final[Code] = Code(
    "DCM", "130566", "Diffusion-weighted Acquisition Highest b-value image", (6311,)
)
"""Diffusion-weighted Acquisition Highest b-value image (DCM 130566)."""

DigitalRadiography: Final[Code] = Code("DCM", "DX", "Digital Radiography", (29,))
"""Digital Radiography (DCM DX)."""

DigitalTimecodeNOS: Final[Code] = Code("DCM", "109001", "Digital timecode (NOS)", (3090,))
"""Digital timecode (NOS) (DCM 109001)."""

Diode: Final[Code] = Code("DCM", "128704", "Diode", (7026, 7027))
"""Diode (DCM 128704)."""

DiodeArray: Final[Code] = Code("DCM", "128702", "Diode Array", (7026, 7027))
"""Diode Array (DCM 128702)."""

DirectDetector: Final[Code] = Code("DCM", "113948", "Direct Detector", (10030,))
"""Direct Detector (DCM 113948)."""

DirectlyMeasured: Final[Code] = Code("DCM", "125316", "Directly measured", (12227, 12303))
"""Directly measured (DCM 125316)."""

DisagreementWithPriorFindings: Final[Code] = Code(
    "DCM", "122776", "Disagreement with prior findings", (3217,)
)
"""Disagreement with prior findings (DCM 122776)."""

DisapprovedForAnyUse: Final[Code] = Code("DCM", "128609", "Disapproved for any use", (800,))
"""Disapproved for any use (DCM 128609)."""

DisapprovedForExperimentalUse: Final[Code] = Code(
    "DCM", "128612", "Disapproved for experimental use", (800,)
)
"""Disapproved for experimental use (DCM 128612)."""

DisapprovedForUseAtTheInstitution: Final[Code] = Code(
    "DCM", "128623", "Disapproved for use at the institution", (800,)
)
"""Disapproved for use at the institution (DCM 128623)."""

DisapprovedForUseInTheClinicalTrial: Final[Code] = Code(
    "DCM", "128624", "Disapproved for use in the clinical trial", (800,)
)
"""Disapproved for use in the clinical trial (DCM 128624)."""

DisapprovedForUseOnPregnantPatients: Final[Code] = Code(
    "DCM", "128617", "Disapproved for use on pregnant patients", (800,)
)
"""Disapproved for use on pregnant patients (DCM 128617)."""

DiscCentered: Final[Code] = Code("DCM", "111901", "Disc centered", (4207,))
"""Disc centered (DCM 111901)."""

DiscFovea: Final[Code] = Code("DCM", "111934", "Disc-Fovea", (4266,))
"""Disc-Fovea (DCM 111934)."""

DiscMaculaCentered: Final[Code] = Code("DCM", "111903", "Disc-macula centered", (4207,))
"""Disc-macula centered (DCM 111903)."""

DiscontinuedForUnspecifiedReason: Final[Code] = Code(
    "DCM", "110513", "Discontinued for unspecified reason", (9301, 9302, 9303, 9561)
)
"""Discontinued for unspecified reason (DCM 110513)."""

DiscontinuedProcedureStepRescheduled: Final[Code] = Code(
    "DCM", "110528", "Discontinued Procedure Step rescheduled", (9300,)
)
"""Discontinued Procedure Step rescheduled (DCM 110528)."""

DiscontinuedProcedureStepReschedulingRecommended: Final[Code] = Code(
    "DCM", "110529", "Discontinued Procedure Step rescheduling recommended", (9300,)
)
"""Discontinued Procedure Step rescheduling recommended (DCM 110529)."""

DissectionWithEntireSpecimenSubmission: Final[Code] = Code(
    "DCM", "111726", "Dissection with entire specimen submission", (8110,)
)
"""Dissection with entire specimen submission (DCM 111726)."""

DissectionWithRepresentativeSectionsSubmission: Final[Code] = Code(
    "DCM", "111727", "Dissection with representative sections submission", (8110,)
)
"""Dissection with representative sections submission (DCM 111727)."""

DistalCentralizer: Final[Code] = Code("DCM", "112325", "Distal Centralizer", (7308,))
"""Distal Centralizer (DCM 112325)."""

DistalReference: Final[Code] = Code("DCM", "122381", "Distal Reference", (3486,))
"""Distal Reference (DCM 122381)."""

DistalStentMargin: Final[Code] = Code("DCM", "122386", "Distal Stent Margin", (3487,))
"""Distal Stent Margin (DCM 122386)."""

Distance: Final[Code] = Code("DCM", "121206", "Distance", (7470, 10069))
"""Distance (DCM 121206)."""

DistanceCorrection: Final[Code] = Code("DCM", "128527", "Distance Correction", (10069,))
"""Distance Correction (DCM 128527)."""

DistanceFromAnus: Final[Code] = Code("DCM", "112233", "Distance from anus", (6212,))
"""Distance from anus (DCM 112233)."""

DistanceFromChestWall: Final[Code] = Code("DCM", "121244", "Distance from chest wall", (6165,))
"""Distance from chest wall (DCM 121244)."""

DistanceFromNeurovascularBundle: Final[Code] = Code(
    "DCM", "130557", "Distance from neurovascular bundle", (6351,)
)
"""Distance from neurovascular bundle (DCM 130557)."""

DistanceFromNipple: Final[Code] = Code("DCM", "121242", "Distance from nipple", (6165,))
"""Distance from nipple (DCM 121242)."""

DistanceFromSkin: Final[Code] = Code("DCM", "121243", "Distance from skin", (6165,))
"""Distance from skin (DCM 121243)."""

DistanceSourceToDetector: Final[Code] = Code(
    "DCM", "113750", "Distance Source to Detector", (10008,)
)
"""Distance Source to Detector (DCM 113750)."""

DistanceSourceToIsocenter: Final[Code] = Code(
    "DCM", "113748", "Distance Source to Isocenter", (10008,)
)
"""Distance Source to Isocenter (DCM 113748)."""

DistanceSourceToReferencePoint: Final[Code] = Code(
    "DCM", "113737", "Distance Source to Reference Point", (10008,)
)
"""Distance Source to Reference Point (DCM 113737)."""

DistanceSourceToTablePlane: Final[Code] = Code(
    "DCM", "113792", "Distance Source to Table Plane", (10008,)
)
"""Distance Source to Table Plane (DCM 113792)."""

DistinctlyDefined: Final[Code] = Code("DCM", "112138", "Distinctly defined", (6120,))
"""Distinctly defined (DCM 112138)."""

DistortedImplant: Final[Code] = Code("DCM", "111506", "Distorted implant", (6072,))
"""Distorted implant (DCM 111506)."""

DistortionArtifactInTheAreaOfInterest: Final[Code] = Code(
    "DCM", "130586", "Distortion artifact in the area of interest", (6318,)
)
"""Distortion artifact in the area of interest (DCM 130586)."""

DistributedDiffusionCoefficient: Final[Code] = Code(
    "DCM", "113298", "Distributed Diffusion Coefficient", (7272,)
)
"""Distributed Diffusion Coefficient (DCM 113298)."""

DivideByZero: Final[Code] = Code("DCM", "114003", "Divide by zero", (43,))
"""Divide by zero (DCM 114003)."""

DoctorCanceledProcedure: Final[Code] = Code(
    "DCM", "110500", "Doctor canceled procedure", (9301, 9303, 9561)
)
"""Doctor canceled procedure (DCM 110500)."""

Document: Final[Code] = Code("DCM", "DOC", "Document", (32,))
"""Document (DCM DOC)."""

DocumentDigitizerEquipment: Final[Code] = Code(
    "DCM", "DOCD", "Document Digitizer Equipment", (7005,)
)
"""Document Digitizer Equipment (DCM DOCD)."""

DogRegistryOfAmerica: Final[Code] = Code("DCM", "109212", "Dog Registry of America", (7481,))
"""Dog Registry of America (DCM 109212)."""

DoorInterlock: Final[Code] = Code("DCM", "130478", "Door Interlock", (9568,))
"""Door Interlock (DCM 130478)."""

DopplerAudio: Final[Code] = Code("DCM", "109113", "Doppler audio", (3000,))
"""Doppler audio (DCM 109113)."""

DopplerOCTA: Final[Code] = Code("DCM", "128256", "Doppler OCT-A", (4270,))
"""Doppler OCT-A (DCM 128256)."""

DopplerVolumeFlow: Final[Code] = Code("DCM", "125219", "Doppler Volume Flow", (12231,))
"""Doppler Volume Flow (DCM 125219)."""

DoseAreaProductTotal: Final[Code] = Code("DCM", "113722", "Dose Area Product Total", (10050,))
"""Dose Area Product Total (DCM 113722)."""

DoseCalculationBoundingVolume: Final[Code] = Code(
    "DCM", "130065", "Dose Calculation Bounding Volume", (9535,)
)
"""Dose Calculation Bounding Volume (DCM 130065)."""

DoseCalculationImageSeries: Final[Code] = Code(
    "DCM", "128186", "Dose Calculation Image Series", (7023, 9510)
)
"""Dose Calculation Image Series (DCM 128186)."""

DoseCalibrator: Final[Code] = Code("DCM", "113541", "Dose Calibrator", (10041,))
"""Dose Calibrator (DCM 113541)."""

DoseFrequency: Final[Code] = Code("DCM", "111578", "Dose frequency", (6092,))
"""Dose frequency (DCM 111578)."""

DoseFromPriorTreatment: Final[Code] = Code("DCM", "129212", "Dose from prior Treatment", (7022,))
"""Dose from prior Treatment (DCM 129212)."""

DoseGradient: Final[Code] = Code("DCM", "128488", "Dose Gradient", (10063,))
"""Dose Gradient (DCM 128488)."""

DoseImage: Final[Code] = Code("DCM", "121342", "Dose Image", (10063,))
"""Dose Image (DCM 121342)."""

DoseLimitInterlock: Final[Code] = Code("DCM", "130738", "Dose Limit Interlock", (9568,))
"""Dose Limit Interlock (DCM 130738)."""

DosePointCloud: Final[Code] = Code("DCM", "128496", "Dose Point Cloud", (10063,))
"""Dose Point Cloud (DCM 128496)."""

DoseRateToleranceViolation: Final[Code] = Code(
    "DCM", "130474", "Dose Rate Tolerance Violation", (9567,)
)
"""Dose Rate Tolerance Violation (DCM 130474)."""

DosimetricResult: Final[Code] = Code("DCM", "128190", "Dosimetric Result", (7023,))
"""Dosimetric Result (DCM 128190)."""

DoubleExposure: Final[Code] = Code("DCM", "113026", "Double exposure", (7011,))
"""Double exposure (DCM 113026)."""

DoubleMDerivedFilter: Final[Code] = Code("DCM", "130767", "Double-m-derived filter", (3042,))
"""Double-m-derived filter (DCM 130767)."""

DrugAdministered: Final[Code] = Code("DCM", "122083", "Drug administered", (3409,))
"""Drug administered (DCM 122083)."""

DrugEnd: Final[Code] = Code("DCM", "122082", "Drug end", (3409,))
"""Drug end (DCM 122082)."""

DrugStart: Final[Code] = Code("DCM", "122081", "Drug start", (3409,))
"""Drug start (DCM 122081)."""

DualSideIllumination: Final[Code] = Code("DCM", "130811", "Dual-side illumination", (11001,))
"""Dual-side illumination (DCM 130811)."""

DualSpeedOfSoundCorrection: Final[Code] = Code(
    "DCM", "130819", "Dual Speed of Sound Correction", (11004,)
)
"""Dual Speed of Sound Correction (DCM 130819)."""

DuctNarrowing: Final[Code] = Code("DCM", "111429", "Duct narrowing", (6057,))
"""Duct narrowing (DCM 111429)."""

DuctalAdenoma: Final[Code] = Code("DCM", "111258", "Ductal adenoma", (6031,))
"""Ductal adenoma (DCM 111258)."""

DuplicateOrder: Final[Code] = Code("DCM", "110510", "Duplicate order", (9301, 9302, 9303))
"""Duplicate order (DCM 110510)."""

DurationOfAdministration: Final[Code] = Code("DCM", "122095", "Duration of administration", (3410,))
"""Duration of administration (DCM 122095)."""

DurationOfTimePeriod: Final[Code] = Code("DCM", "130532", "Duration of Time Period", (10073,))
"""Duration of Time Period (DCM 130532)."""

DuringTransport: Final[Code] = Code("DCM", "127102", "During transport", (634,))
"""During transport (DCM 127102)."""

DuringVoiding: Final[Code] = Code("DCM", "109137", "During voiding", (91,))
"""During voiding (DCM 109137)."""

DynamicContrastEnhancedAcquisition: Final[Code] = Code(
    "DCM", "130567", "Dynamic Contrast-Enhanced Acquisition", (6311,)
)
"""Dynamic Contrast-Enhanced Acquisition (DCM 130567)."""

DynamicContrastEnhancedAcquisitionSubtractionImage: Final[Code] = Code(
    "DCM", "130568", "Dynamic Contrast-Enhanced Acquisition Subtraction image", (6311,)
)
"""Dynamic Contrast-Enhanced Acquisition Subtraction image (DCM 130568)."""

DynamicContrastMRMeasurementReport: Final[Code] = Code(
    "DCM", "126002", "Dynamic Contrast MR Measurement Report", (7021,)
)
"""Dynamic Contrast MR Measurement Report (DCM 126002)."""

DynamicLight: Final[Code] = Code("DCM", "111630", "Dynamic light", (4203,))
"""Dynamic light (DCM 111630)."""

DynamicWedge: Final[Code] = Code("DCM", "130348", "Dynamic Wedge", (9546,))
"""Dynamic Wedge (DCM 130348)."""

DyssynchronyIndex: Final[Code] = Code("DCM", "125325", "Dyssynchrony Index", (12304,))
"""Dyssynchrony Index (DCM 125325)."""

E4G1089Zr: Final[Code] = Code("DCM", "126519", "E4G10 ^89^Zr", (4021,))
"""E4G10 ^89^Zr (DCM 126519)."""

ECGBasedGatingSignalProcessed: Final[Code] = Code(
    "DCM", "109002", "ECG-based gating signal, processed", (3090,)
)
"""ECG-based gating signal, processed (DCM 109002)."""

ECST: Final[Code] = Code("DCM", "122656", "ECST", (3804,))
"""ECST (DCM 122656)."""

EEGAnnotation: Final[Code] = Code("DCM", "130861", "EEG Annotation", (3047,))
"""EEG Annotation (DCM 130861)."""

EEMCrossSectionalArea: Final[Code] = Code("DCM", "122333", "EEM Cross-Sectional Area", (3482,))
"""EEM Cross-Sectional Area (DCM 122333)."""

EEMDiameter: Final[Code] = Code("DCM", "122330", "EEM Diameter", (3481,))
"""EEM Diameter (DCM 122330)."""

EEMDiameterRatio: Final[Code] = Code("DCM", "122352", "EEM Diameter Ratio", (3484,))
"""EEM Diameter Ratio (DCM 122352)."""

EEMVolume: Final[Code] = Code("DCM", "122371", "EEM Volume", (3485,))
"""EEM Volume (DCM 122371)."""

EMGAnnotation: Final[Code] = Code("DCM", "130862", "EMG Annotation", (3047,))
"""EMG Annotation (DCM 130862)."""

EOGAnnotation: Final[Code] = Code("DCM", "130863", "EOG Annotation", (3047,))
"""EOG Annotation (DCM 130863)."""

ESUR2012ProstateMRIAcquisitionRequirements: Final[Code] = Code(
    "DCM", "130606", "ESUR 2012 prostate MRI acquisition requirements", (6353,)
)
"""ESUR 2012 prostate MRI acquisition requirements (DCM 130606)."""

EarlyContrastEnhancement: Final[Code] = Code("DCM", "130602", "Early Contrast Enhancement", (6346,))
"""Early Contrast Enhancement (DCM 130602)."""

EchogenicHalo: Final[Code] = Code("DCM", "111359", "Echogenic halo", (6153,))
"""Echogenic halo (DCM 111359)."""

Echogenicity: Final[Code] = Code("DCM", "110849", "Echogenicity", (7180,))
"""Echogenicity (DCM 110849)."""

Echovist: Final[Code] = Code("DCM", "125902", "Echovist", (12030,))
"""Echovist (DCM 125902)."""

Ecromeximab89Zr: Final[Code] = Code("DCM", "126732", "Ecromeximab ^89^Zr", (4021,))
"""Ecromeximab ^89^Zr (DCM 126732)."""

EdgeDetection: Final[Code] = Code("DCM", "123103", "Edge Detection", (7162,))
"""Edge Detection (DCM 123103)."""

EdgeEnhancement: Final[Code] = Code("DCM", "113086", "Edge enhancement", (7203,))
"""Edge enhancement (DCM 113086)."""

EditedModel: Final[Code] = Code("DCM", "129010", "Edited Model", (7062,))
"""Edited Model (DCM 129010)."""

EducationalIntent: Final[Code] = Code("DCM", "129012", "Educational Intent", (7064,))
"""Educational Intent (DCM 129012)."""

EffectiveAtomicNumber: Final[Code] = Code("DCM", "129320", "Effective Atomic Number", (301,))
"""Effective Atomic Number (DCM 129320)."""

EffectiveDose: Final[Code] = Code("DCM", "113839", "Effective Dose", (10050,))
"""Effective Dose (DCM 113839)."""

EffectiveOrificeArea: Final[Code] = Code("DCM", "125326", "Effective Orifice Area", (12304,))
"""Effective Orifice Area (DCM 125326)."""

Elasticity: Final[Code] = Code("DCM", "110830", "Elasticity", (7180, 11006, 12308))
"""Elasticity (DCM 110830)."""

ElectricalFailure: Final[Code] = Code("DCM", "111217", "Electrical failure", (6041, 6135, 7011))
"""Electrical failure (DCM 111217)."""

Electrocardiography: Final[Code] = Code("DCM", "ECG", "Electrocardiography", (29,))
"""Electrocardiography (DCM ECG)."""

Electroencephalography: Final[Code] = Code("DCM", "EEG", "Electroencephalography", (29,))
"""Electroencephalography (DCM EEG)."""

ElectromechanicalDelay: Final[Code] = Code("DCM", "125320", "Electromechanical Delay", (12307,))
"""Electromechanical Delay (DCM 125320)."""

Electromyography: Final[Code] = Code("DCM", "EMG", "Electromyography", (29,))
"""Electromyography (DCM EMG)."""

ElectronFixedAperture: Final[Code] = Code("DCM", "130343", "Electron Fixed Aperture", (9545,))
"""Electron Fixed Aperture (DCM 130343)."""

Electrooculography: Final[Code] = Code("DCM", "EOG", "Electrooculography", (29,))
"""Electrooculography (DCM EOG)."""

ElevationBasedCornealTomographer: Final[Code] = Code(
    "DCM", "111945", "Elevation-based corneal tomographer", (4210,)
)
"""Elevation-based corneal tomographer (DCM 111945)."""

Eligibility: Final[Code] = Code("DCM", "126075", "Eligibility", (6146,))
"""Eligibility (DCM 126075)."""

EligibilityReader: Final[Code] = Code("DCM", "129001", "Eligibility Reader", (7453,))
"""Eligibility Reader (DCM 129001)."""

EligibleForReimbursement: Final[Code] = Code("DCM", "128613", "Eligible for reimbursement", (800,))
"""Eligible for reimbursement (DCM 128613)."""

EligibleForReimbursementOnPerPatientBasis: Final[Code] = Code(
    "DCM", "128614", "Eligible for reimbursement on per patient basis", (800,)
)
"""Eligible for reimbursement on per patient basis (DCM 128614)."""

Elliptic: Final[Code] = Code("DCM", "112134", "Elliptic", (6119,))
"""Elliptic (DCM 112134)."""

EllipticFilter: Final[Code] = Code("DCM", "130762", "Elliptic filter", (3042,))
"""Elliptic filter (DCM 130762)."""

Email: Final[Code] = Code("DCM", "110031", "Email", (405,))
"""Email (DCM 110031)."""

EmbryonicKidney: Final[Code] = Code("DCM", "127801", "Embryonic kidney", (645,))
"""Embryonic kidney (DCM 127801)."""

EmergencyOverrideStarted: Final[Code] = Code(
    "DCM", "110127", "Emergency Override Started", (401, 403)
)
"""Emergency Override Started (DCM 110127)."""

EmergencyOverrideStopped: Final[Code] = Code(
    "DCM", "110138", "Emergency Override Stopped", (401, 403)
)
"""Emergency Override Stopped (DCM 110138)."""

EmpiricalAlgorithm: Final[Code] = Code("DCM", "128481", "Empirical Algorithm", (10068,))
"""Empirical Algorithm (DCM 128481)."""

EndCirculatorySupport: Final[Code] = Code("DCM", "121158", "End Circulatory Support", (3550,))
"""End Circulatory Support (DCM 121158)."""

EndOfExpiration: Final[Code] = Code("DCM", "109023", "End of expiration", (3337,))
"""End of expiration (DCM 109023)."""

EndOfInspiration: Final[Code] = Code("DCM", "109024", "End of inspiration", (3337,))
"""End of inspiration (DCM 109024)."""

EndOfSystole: Final[Code] = Code("DCM", "109070", "End of systole", (3337,))
"""End of systole (DCM 109070)."""

EndOfTimePeriod: Final[Code] = Code("DCM", "130534", "End of Time Period", (10073,))
"""End of Time Period (DCM 130534)."""

EndOxygenAdministration: Final[Code] = Code("DCM", "121162", "End oxygen administration", (3530,))
"""End oxygen administration (DCM 121162)."""

EndPacing: Final[Code] = Code("DCM", "121167", "End Pacing", (3552,))
"""End Pacing (DCM 121167)."""

EndProcedureAction: Final[Code] = Code("DCM", "121131", "End Procedure Action", (3421,))
"""End Procedure Action (DCM 121131)."""

EndVentilation: Final[Code] = Code("DCM", "121169", "End Ventilation", (3551,))
"""End Ventilation (DCM 121169)."""

EndocardialMethod: Final[Code] = Code("DCM", "130683", "Endocardial Method", (12310,))
"""Endocardial Method (DCM 130683)."""

EndocavitaryTransducer: Final[Code] = Code("DCM", "125266", "Endocavitary Transducer", (12035,))
"""Endocavitary Transducer (DCM 125266)."""

Endoleak: Final[Code] = Code("DCM", "122680", "endoleak", (3813,))
"""endoleak (DCM 122680)."""

EndorectalTransducer: Final[Code] = Code("DCM", "125264", "Endorectal Transducer", (12035,))
"""Endorectal Transducer (DCM 125264)."""

Endoscopy: Final[Code] = Code("DCM", "ES", "Endoscopy", (29,))
"""Endoscopy (DCM ES)."""

EndovaginalTransducer: Final[Code] = Code("DCM", "125263", "Endovaginal Transducer", (12035,))
"""Endovaginal Transducer (DCM 125263)."""

EnhancedMultiFrameConversionEquipment: Final[Code] = Code(
    "DCM", "109106", "Enhanced Multi-frame Conversion Equipment", (7005,)
)
"""Enhanced Multi-frame Conversion Equipment (DCM 109106)."""

EntireBodyTargetVolume: Final[Code] = Code("DCM", "130055", "Entire Body Target Volume", (9534,))
"""Entire Body Target Volume (DCM 130055)."""

EntirePullback: Final[Code] = Code("DCM", "122384", "Entire Pullback", (3487,))
"""Entire Pullback (DCM 122384)."""

EntranceExposureAtRP: Final[Code] = Code("DCM", "111636", "Entrance Exposure at RP", (10050,))
"""Entrance Exposure at RP (DCM 111636)."""

EpicardialMethod: Final[Code] = Code("DCM", "130684", "Epicardial Method", (12310,))
"""Epicardial Method (DCM 130684)."""

EpifluorescenceIllumination: Final[Code] = Code(
    "DCM", "111743", "Epifluorescence illumination", (8123,)
)
"""Epifluorescence illumination (DCM 111743)."""

Equation: Final[Code] = Code("DCM", "121420", "Equation", (228,))
"""Equation (DCM 121420)."""

EquationCitation: Final[Code] = Code("DCM", "121421", "Equation Citation", (228,))
"""Equation Citation (DCM 121421)."""

EquidistantMethod: Final[Code] = Code("DCM", "122574", "Equidistant method", (3456,))
"""Equidistant method (DCM 122574)."""

EquipmentBroughtToProcedureRoom: Final[Code] = Code(
    "DCM", "122047", "Equipment brought to procedure room", (3427,)
)
"""Equipment brought to procedure room (DCM 122047)."""

EquipmentChange: Final[Code] = Code("DCM", "110516", "Equipment change", (9301,))
"""Equipment change (DCM 110516)."""

EquipmentFailure: Final[Code] = Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501)."""

EquipmentOrigin: Final[Code] = Code("DCM", "130537", "Equipment Origin", (10074,))
"""Equipment Origin (DCM 130537)."""

EquipmentReady: Final[Code] = Code("DCM", "122048", "Equipment ready", (3427,))
"""Equipment ready (DCM 122048)."""

EquipmentRemoved: Final[Code] = Code("DCM", "122049", "Equipment removed", (3427,))
"""Equipment removed (DCM 122049)."""

Equivalent2GrayFractionsModel: Final[Code] = Code(
    "DCM", "130130", "Equivalent 2-Gray Fractions Model", (9539,)
)
"""Equivalent 2-Gray Fractions Model (DCM 130130)."""

EquivalentCDADocument: Final[Code] = Code("DCM", "121331", "Equivalent CDA Document", (7006,))
"""Equivalent CDA Document (DCM 121331)."""

EquivalentDose: Final[Code] = Code("DCM", "128512", "Equivalent Dose", (10070,))
"""Equivalent Dose (DCM 128512)."""

EquivalentKReading: Final[Code] = Code("DCM", "111756", "Equivalent K-reading", (4235,))
"""Equivalent K-reading (DCM 111756)."""

EquivalentMeaningOfConceptName: Final[Code] = Code(
    "DCM", "121050", "Equivalent Meaning of Concept Name", (9000,)
)
"""Equivalent Meaning of Concept Name (DCM 121050)."""

ErodedPlaque: Final[Code] = Code("DCM", "122390", "Eroded Plaque", (3491,))
"""Eroded Plaque (DCM 122390)."""

EsophagealPressure: Final[Code] = Code("DCM", "130425", "Esophageal Pressure", (3005,))
"""Esophageal Pressure (DCM 130425)."""

EstimatedFromWaterEquivalentDiameter: Final[Code] = Code(
    "DCM", "113988", "Estimated from Water Equivalent Diameter", (10023,)
)
"""Estimated from Water Equivalent Diameter (DCM 113988)."""

Euler: Final[Code] = Code("DCM", "113218", "Euler", (7262,))
"""Euler (DCM 113218)."""

EventButtonPressed: Final[Code] = Code("DCM", "130893", "Event button pressed", (3039,))
"""Event button pressed (DCM 130893)."""

EventButtonTest: Final[Code] = Code("DCM", "130894", "Event button test", (3039,))
"""Event button test (DCM 130894)."""

ExcellentImageQuality: Final[Code] = Code("DCM", "122740", "Excellent image quality", (3114,))
"""Excellent image quality (DCM 122740)."""

ExcursionDistance: Final[Code] = Code("DCM", "125327", "Excursion Distance", (12304,))
"""Excursion Distance (DCM 125327)."""

ExpectedADCMapIsMissing: Final[Code] = Code("DCM", "130585", "Expected ADC map is missing", (6318,))
"""Expected ADC map is missing (DCM 130585)."""

ExpectedBValueIsMissing: Final[Code] = Code("DCM", "130583", "Expected b-value is missing", (6318,))
"""Expected b-value is missing (DCM 130583)."""

Explantation: Final[Code] = Code("DCM", "111510", "Explantation", (6072,))
"""Explantation (DCM 111510)."""

Export: Final[Code] = Code("DCM", "110106", "Export", (400,))
"""Export (DCM 110106)."""

ExtendedPatientAnatomyModel: Final[Code] = Code(
    "DCM", "130068", "Extended Patient Anatomy Model", (9507,)
)
"""Extended Patient Anatomy Model (DCM 130068)."""

ExtendedRenderingForPresentation: Final[Code] = Code(
    "DCM", "121334", "Extended Rendering for Presentation", (7006,)
)
"""Extended Rendering for Presentation (DCM 121334)."""

ExtendedToftsModel: Final[Code] = Code("DCM", "126341", "Extended Tofts Model", (4101,))
"""Extended Tofts Model (DCM 126341)."""

ExternalBodyModel: Final[Code] = Code("DCM", "130047", "External Body Model", (9501, 9580))
"""External Body Model (DCM 130047)."""

ExternalCameraPhotography: Final[Code] = Code("DCM", "XC", "External-camera Photography", (29,))
"""External-camera Photography (DCM XC)."""

ExternalDataSource: Final[Code] = Code("DCM", "111781", "External Data Source", (4240,))
"""External Data Source (DCM 111781)."""

ExternalTransducer: Final[Code] = Code("DCM", "125261", "External Transducer", (12035,))
"""External Transducer (DCM 125261)."""

ExtractionOfIndividualSubjectFromGroup: Final[Code] = Code(
    "DCM", "113131", "Extraction of individual subject from group", (7203,)
)
"""Extraction of individual subject from group (DCM 113131)."""

Extravasation: Final[Code] = Code("DCM", "111428", "Extravasation", (6057,))
"""Extravasation (DCM 111428)."""

ExtravasationVisibleInImage: Final[Code] = Code(
    "DCM", "113568", "Extravasation visible in image", (10043,)
)
"""Extravasation visible in image (DCM 113568)."""

ExtremelySmall: Final[Code] = Code("DCM", "112131", "Extremely small", (6118,))
"""Extremely small (DCM 112131)."""

FACT: Final[Code] = Code("DCM", "113214", "FACT", (7262,))
"""FACT (DCM 113214)."""

FIRFilter: Final[Code] = Code("DCM", "130770", "FIR filter", (3043,))
"""FIR filter (DCM 130770)."""

FLB457C11: Final[Code] = Code("DCM", "126706", "FLB 457 C^11^", (4021,))
"""FLB 457 C^11^ (DCM 126706)."""

FWPByGACampbell1991: Final[Code] = Code("DCM", "128040", "FWP by GA, Campbell, 1991", (12016,))
"""FWP by GA, Campbell, 1991 (DCM 128040)."""

FWPByGAHadlock1991: Final[Code] = Code("DCM", "128041", "FWP by GA, Hadlock, 1991", (12016,))
"""FWP by GA, Hadlock, 1991 (DCM 128041)."""

Failed: Final[Code] = Code("DCM", "111224", "Failed", (6042,))
"""Failed (DCM 111224)."""

FallyprideC11: Final[Code] = Code("DCM", "126704", "Fallypride C^11^", (4021,))
"""Fallypride C^11^ (DCM 126704)."""

FallyprideF18: Final[Code] = Code("DCM", "126705", "Fallypride F^18^", (4021,))
"""Fallypride F^18^ (DCM 126705)."""

FalseLumen: Final[Code] = Code("DCM", "122361", "False Lumen", (3491,))
"""False Lumen (DCM 122361)."""

FalseMarkersPerCase: Final[Code] = Code("DCM", "111087", "False Markers per Case", (6048,))
"""False Markers per Case (DCM 111087)."""

FalseMarkersPerImage: Final[Code] = Code("DCM", "111086", "False Markers per Image", (6048,))
"""False Markers per Image (DCM 111086)."""

FalsePositiveDefectFinding: Final[Code] = Code(
    "DCM", "122748", "False Positive defect finding", (3113,)
)
"""False Positive defect finding (DCM 122748)."""

FamilyHistoryFetalMalformationSyndrome: Final[Code] = Code(
    "DCM", "111574", "Family history, fetal malformation/syndrome", (6088,)
)
"""Family history, fetal malformation/syndrome (DCM 111574)."""

FamilyHistoryOfProstateCancer: Final[Code] = Code(
    "DCM", "111562", "Family history of prostate cancer", (6081, 6322, 6327)
)
"""Family history of prostate cancer (DCM 111562)."""

FamilyHistoryUnknown: Final[Code] = Code("DCM", "111563", "Family history unknown", (6081,))
"""Family history unknown (DCM 111563)."""

FastDiffusionCoefficient: Final[Code] = Code("DCM", "113292", "Fast Diffusion Coefficient", (7272,))
"""Fast Diffusion Coefficient (DCM 113292)."""

FastDiffusionCoefficientFraction: Final[Code] = Code(
    "DCM", "113293", "Fast Diffusion Coefficient Fraction", (7272,)
)
"""Fast Diffusion Coefficient Fraction (DCM 113293)."""

FastMode: Final[Code] = Code("DCM", "114211", "Fast mode", (8202,))
"""Fast mode (DCM 114211)."""

FatFraction: Final[Code] = Code("DCM", "129100", "Fat fraction", (7180,))
"""Fat fraction (DCM 129100)."""

FeatureDetectedOnImagesFromMultipleModalities: Final[Code] = Code(
    "DCM", "111159", "Feature detected on images from multiple modalities", (6036,)
)
"""Feature detected on images from multiple modalities (DCM 111159)."""

FeatureDetectedOnMultipleImages: Final[Code] = Code(
    "DCM", "111158", "Feature detected on multiple images", (6036,)
)
"""Feature detected on multiple images (DCM 111158)."""

FeatureDetectedOnOnlyOneOfTheImages: Final[Code] = Code(
    "DCM", "111157", "Feature detected on only one of the images", (6036,)
)
"""Feature detected on only one of the images (DCM 111157)."""

FeatureDetectedOnTheOnlyImage: Final[Code] = Code(
    "DCM", "111156", "Feature detected on the only image", (6036,)
)
"""Feature detected on the only image (DCM 111156)."""

FederationOfInternationalCanines: Final[Code] = Code(
    "DCM", "109213", "Federation of International Canines", (7481,)
)
"""Federation of International Canines (DCM 109213)."""

Fellow: Final[Code] = Code("DCM", "121088", "Fellow", (7452,))
"""Fellow (DCM 121088)."""

Female: Final[Code] = Code("DCM", "F", "Female", (7455, 7457))
"""Female (DCM F)."""

FemaleChangedToMale: Final[Code] = Code("DCM", "FC", "Female changed to Male", (7455,))
"""Female changed to Male (DCM FC)."""

FemalePseudohermaphrodite: Final[Code] = Code("DCM", "FP", "Female Pseudohermaphrodite", (7455,))
"""Female Pseudohermaphrodite (DCM FP)."""

FemoralHeadBallComponent: Final[Code] = Code(
    "DCM", "112308", "Femoral Head Ball Component", (7308,)
)
"""Femoral Head Ball Component (DCM 112308)."""

FemoralHeadConeTaperComponent: Final[Code] = Code(
    "DCM", "112309", "Femoral Head Cone Taper Component", (7308,)
)
"""Femoral Head Cone Taper Component (DCM 112309)."""

FemoralHeadResurfacingComponent: Final[Code] = Code(
    "DCM", "112317", "Femoral Head Resurfacing Component", (7308,)
)
"""Femoral Head Resurfacing Component (DCM 112317)."""

FemoralStem: Final[Code] = Code("DCM", "112310", "Femoral Stem", (7308,))
"""Femoral Stem (DCM 112310)."""

FemoralStemComponent: Final[Code] = Code("DCM", "112313", "Femoral Stem Component", (7308,))
"""Femoral Stem Component (DCM 112313)."""

FemoralStemDistalComponent: Final[Code] = Code(
    "DCM", "112311", "Femoral Stem Distal Component", (7308,)
)
"""Femoral Stem Distal Component (DCM 112311)."""

FemoralStemProximalComponent: Final[Code] = Code(
    "DCM", "112312", "Femoral Stem Proximal Component", (7308,)
)
"""Femoral Stem Proximal Component (DCM 112312)."""

FemurHeadCenterOfRotation: Final[Code] = Code(
    "DCM", "112304", "Femur Head Center of Rotation", (7306,)
)
"""Femur Head Center of Rotation (DCM 112304)."""

FetalCardiacUltrasoundReport: Final[Code] = Code(
    "DCM", "125196", "Fetal Cardiac Ultrasound Report", (7000, 12245)
)
"""Fetal Cardiac Ultrasound Report (DCM 125196)."""

Fetus: Final[Code] = Code("DCM", "121026", "Fetus", (271,))
"""Fetus (DCM 121026)."""

FibroLipidicPlaque: Final[Code] = Code("DCM", "122394", "Fibro-Lipidic Plaque", (3495,))
"""Fibro-Lipidic Plaque (DCM 122394)."""

Fibroadenolipoma: Final[Code] = Code("DCM", "111264", "Fibroadenolipoma", (6031,))
"""Fibroadenolipoma (DCM 111264)."""

FibroadenomatoidHyperplasia: Final[Code] = Code(
    "DCM", "111263", "Fibroadenomatoid hyperplasia", (6031,)
)
"""Fibroadenomatoid hyperplasia (DCM 111263)."""

Fibrocalcific: Final[Code] = Code("DCM", "112163", "Fibrocalcific", (6132,))
"""Fibrocalcific (DCM 112163)."""

Fibronodular: Final[Code] = Code("DCM", "112148", "Fibronodular", (6123,))
"""Fibronodular (DCM 112148)."""

FiducialAlignment: Final[Code] = Code("DCM", "125022", "Fiducial Alignment", (7100, 8203))
"""Fiducial Alignment (DCM 125022)."""

FiducialMark: Final[Code] = Code("DCM", "112171", "Fiducial mark", (6203, 6404, 7110, 9581))
"""Fiducial mark (DCM 112171)."""

Field1ForJoslin3Field: Final[Code] = Code("DCM", "111621", "Field 1 for Joslin3 field", (4207,))
"""Field 1 for Joslin3 field (DCM 111621)."""

Field2ForJoslin3Field: Final[Code] = Code("DCM", "111622", "Field 2 for Joslin 3 field", (4207,))
"""Field 2 for Joslin 3 field (DCM 111622)."""

Field3ForJoslin3Field: Final[Code] = Code("DCM", "111623", "Field 3 for Joslin 3 field", (4207,))
"""Field 3 for Joslin 3 field (DCM 111623)."""

FieldMapMRSignalIntensity: Final[Code] = Code(
    "DCM", "110807", "Field Map MR Signal Intensity", (7180,)
)
"""Field Map MR Signal Intensity (DCM 110807)."""

FilmDigitizer: Final[Code] = Code("DCM", "FILMD", "Film Digitizer", (30, 7005))
"""Film Digitizer (DCM FILMD)."""

FilmHolder: Final[Code] = Code("DCM", "130352", "Film Holder", (9548,))
"""Film Holder (DCM 130352)."""

FilmScreenMammography: Final[Code] = Code("DCM", "111408", "Film Screen Mammography", (6050,))
"""Film Screen Mammography (DCM 111408)."""

Film_110010: Final[Code] = Code("DCM", "110010", "Film", (405,))
"""Film (DCM 110010)."""

Film_113951: Final[Code] = Code("DCM", "113951", "Film", (10030,))
"""Film (DCM 113951)."""

FilteredBackProjection: Final[Code] = Code("DCM", "113962", "Filtered Back Projection", (10033,))
"""Filtered Back Projection (DCM 113962)."""

FinalReport: Final[Code] = Code("DCM", "128005", "Final Report", (9233,))
"""Final Report (DCM 128005)."""

Finding: Final[Code] = Code("DCM", "121071", "Finding", (3419, 6053, 7002, 9000))
"""Finding (DCM 121071)."""

FinePleomorphicCalcification: Final[Code] = Code(
    "DCM", "111344", "Fine pleomorphic calcification", (6011,)
)
"""Fine pleomorphic calcification (DCM 111344)."""

FirmSkinLesion: Final[Code] = Code("DCM", "130485", "Firm skin lesion", (4407,))
"""Firm skin lesion (DCM 130485)."""

FirstPassLeakageProfileFPLPModel: Final[Code] = Code(
    "DCM", "126343", "First Pass Leakage Profile (FPLP) Model", (4101,)
)
"""First Pass Leakage Profile (FPLP) Model (DCM 126343)."""

FixationOrPositioningDevice: Final[Code] = Code(
    "DCM", "130044", "Fixation or Positioning Device", (9580,)
)
"""Fixation or Positioning Device (DCM 130044)."""

FixedBeamDirection: Final[Code] = Code("DCM", "125257", "Fixed beam direction", (12034,))
"""Fixed beam direction (DCM 125257)."""

FixedDp: Final[Code] = Code("DCM", "113267", "Fixed-Dp", (7274,))
"""Fixed-Dp (DCM 113267)."""

FixedDurationPauseEnded: Final[Code] = Code("DCM", "130155", "Fixed duration pause ended", (71,))
"""Fixed duration pause ended (DCM 130155)."""

FixedGrid: Final[Code] = Code("DCM", "111641", "Fixed grid", (10017,))
"""Fixed grid (DCM 111641)."""

FixedLaserSetupPoint: Final[Code] = Code("DCM", "130360", "Fixed Laser Setup Point", (9554,))
"""Fixed Laser Setup Point (DCM 130360)."""

FlashDoesnTIncludeCassetteScreenDetectorIdentification: Final[Code] = Code(
    "DCM", "111191", "Flash doesn't include cassette/screen/detector identification", (6041,)
)
"""Flash doesn't include cassette/screen/detector identification (DCM 111191)."""

FlashDoesnTIncludeDateOfExamination: Final[Code] = Code(
    "DCM", "111188", "Flash doesn't include date of examination", (6041,)
)
"""Flash doesn't include date of examination (DCM 111188)."""

FlashDoesnTIncludeFacilityNameAndLocation: Final[Code] = Code(
    "DCM", "111189", "Flash doesn't include facility name and location", (6041,)
)
"""Flash doesn't include facility name and location (DCM 111189)."""

FlashDoesnTIncludeMammographyUnitIdentification: Final[Code] = Code(
    "DCM", "111192", "Flash doesn't include mammography unit identification", (6041,)
)
"""Flash doesn't include mammography unit identification (DCM 111192)."""

FlashDoesnTIncludePatientNameAndAdditionalPatientId: Final[Code] = Code(
    "DCM", "111187", "Flash doesn't include patient name and additional patient id", (6041,)
)
"""Flash doesn't include patient name and additional patient id (DCM 111187)."""

FlashDoesnTIncludeTechnologistIdentification: Final[Code] = Code(
    "DCM", "111190", "Flash doesn't include technologist identification", (6041,)
)
"""Flash doesn't include technologist identification (DCM 111190)."""

FlashIsIllegibleDoesNotFitOrIsLopsided: Final[Code] = Code(
    "DCM", "111186", "Flash is illegible, does not fit, or is lopsided", (6041,)
)
"""Flash is illegible, does not fit, or is lopsided (DCM 111186)."""

FlashIsNotNearEdgeOfFilm: Final[Code] = Code(
    "DCM", "111185", "Flash is not near edge of film", (6041,)
)
"""Flash is not near edge of film (DCM 111185)."""

FlatFilter: Final[Code] = Code("DCM", "113653", "Flat filter", (10007,))
"""Flat filter (DCM 113653)."""

FlatteningFilterBeam: Final[Code] = Code("DCM", "130355", "Flattening Filter Beam", (9549,))
"""Flattening Filter Beam (DCM 130355)."""

FleischTable: Final[Code] = Code("DCM", "122254", "Fleisch table", (3664,))
"""Fleisch table (DCM 122254)."""

FleischnerLines: Final[Code] = Code("DCM", "112107", "Fleischner's line(s)", (6103,))
"""Fleischner's line(s) (DCM 112107)."""

Flocculent: Final[Code] = Code("DCM", "112164", "Flocculent", (6132,))
"""Flocculent (DCM 112164)."""

FlowImageForImageProcessing: Final[Code] = Code(
    "DCM", "128251", "Flow image for image processing", (7202,)
)
"""Flow image for image processing (DCM 128251)."""

FlowRateAboveAdjustmentLimit: Final[Code] = Code(
    "DCM", "130153", "Flow rate above adjustment limit", (71,)
)
"""Flow rate above adjustment limit (DCM 130153)."""

FlowRateAboveWarningLimit: Final[Code] = Code(
    "DCM", "130152", "Flow rate above warning limit", (71,)
)
"""Flow rate above warning limit (DCM 130152)."""

FlowVariance: Final[Code] = Code("DCM", "110829", "Flow Variance", (7180,))
"""Flow Variance (DCM 110829)."""

FlowVelocity: Final[Code] = Code("DCM", "110828", "Flow Velocity", (7180, 12120))
"""Flow Velocity (DCM 110828)."""

FlubatineF18: Final[Code] = Code("DCM", "126503", "Flubatine F^18^", (4021,))
"""Flubatine F^18^ (DCM 126503)."""

Fluffy: Final[Code] = Code("DCM", "112149", "Fluffy", (6123,))
"""Fluffy (DCM 112149)."""

FluidObtained: Final[Code] = Code("DCM", "111449", "Fluid obtained", (6066,))
"""Fluid obtained (DCM 111449)."""

FluoroDoseAreaProductTotal: Final[Code] = Code(
    "DCM", "113726", "Fluoro Dose Area Product Total", (10050,)
)
"""Fluoro Dose Area Product Total (DCM 113726)."""

FluoroscopyGuidedProjectionRadiographySystem: Final[Code] = Code(
    "DCM", "113957", "Fluoroscopy-Guided Projection Radiography System", (10032,)
)
"""Fluoroscopy-Guided Projection Radiography System (DCM 113957)."""

FluorotrioprideF18: Final[Code] = Code("DCM", "126707", "Fluorotriopride F^18^", (4021,))
"""Fluorotriopride F^18^ (DCM 126707)."""

FlurpiridazF18: Final[Code] = Code("DCM", "126718", "Flurpiridaz F^18^", (4021,))
"""Flurpiridaz F^18^ (DCM 126718)."""

FlushAdministration: Final[Code] = Code("DCM", "130251", "Flush Administration", (72,))
"""Flush Administration (DCM 130251)."""

FocalAbnormality: Final[Code] = Code("DCM", "Focal abnormality", "Focal abnormality", (6337,))
"""Focal abnormality (DCM Focal abnormality)."""

FocalContrastEnhancement: Final[Code] = Code("DCM", "130604", "Focal Contrast Enhancement", (6346,))
"""Focal Contrast Enhancement (DCM 130604)."""

FocusedGrid: Final[Code] = Code("DCM", "111642", "Focused grid", (10017,))
"""Focused grid (DCM 111642)."""

FollowUpAtShortInterval111Months: Final[Code] = Code(
    "DCM", "111142", "Follow-up at short interval (1-11 months)", (6029,)
)
"""Follow-up at short interval (1-11 months) (DCM 111142)."""

FollowUpAtShortIntervalFromPriorStudy: Final[Code] = Code(
    "DCM", "111416", "Follow-up at short interval from prior study", (6051,)
)
"""Follow-up at short interval from prior study (DCM 111416)."""

FollowUpPostBiopsyAsDirectedByClinician: Final[Code] = Code(
    "DCM", "111121", "Follow-up post biopsy as directed by clinician", (6028,)
)
"""Follow-up post biopsy as directed by clinician (DCM 111121)."""

FoodTreat: Final[Code] = Code("DCM", "127391", "Food treat", (609,))
"""Food treat (DCM 127391)."""

FootToHead: Final[Code] = Code("DCM", "110869", "Foot To Head", (7185,))
"""Foot To Head (DCM 110869)."""

ForAttenuationCorrection: Final[Code] = Code("DCM", "122403", "For Attenuation Correction", (7210,))
"""For Attenuation Correction (DCM 122403)."""

ForClinicalTrialExport: Final[Code] = Code("DCM", "128711", "For Clinical Trial Export", (7014,))
"""For Clinical Trial Export (DCM 128711)."""

ForClinicalTrialSubmission: Final[Code] = Code(
    "DCM", "128207", "For Clinical Trial Submission", (7010,)
)
"""For Clinical Trial Submission (DCM 128207)."""

ForConference: Final[Code] = Code("DCM", "113005", "For Conference", (7010,))
"""For Conference (DCM 113005)."""

ForDiagnosis: Final[Code] = Code("DCM", "128195", "For Diagnosis", (7010,))
"""For Diagnosis (DCM 128195)."""

ForLitigation: Final[Code] = Code("DCM", "113021", "For Litigation", (7010,))
"""For Litigation (DCM 113021)."""

ForMachineQualityAssurance: Final[Code] = Code(
    "DCM", "128205", "For Machine Quality Assurance", (7024,)
)
"""For Machine Quality Assurance (DCM 128205)."""

ForPatient: Final[Code] = Code("DCM", "113007", "For Patient", (7010,))
"""For Patient (DCM 113007)."""

ForPatientSetupVerification: Final[Code] = Code(
    "DCM", "128206", "For Patient Setup Verification", (7024,)
)
"""For Patient Setup Verification (DCM 128206)."""

ForPeerReview: Final[Code] = Code("DCM", "113008", "For Peer Review", (7010,))
"""For Peer Review (DCM 113008)."""

ForPhysicianReview: Final[Code] = Code("DCM", "128201", "For Physician Review", (7024,))
"""For Physician Review (DCM 128201)."""

ForPhysicistReview: Final[Code] = Code("DCM", "128202", "For Physicist Review", (7024,))
"""For Physicist Review (DCM 128202)."""

ForPlanComparison: Final[Code] = Code("DCM", "128199", "For Plan Comparison", (7010,))
"""For Plan Comparison (DCM 128199)."""

ForPlanQualityAssurance: Final[Code] = Code("DCM", "128204", "For Plan Quality Assurance", (7024,))
"""For Plan Quality Assurance (DCM 128204)."""

ForPrinting: Final[Code] = Code("DCM", "113018", "For Printing", (7010,))
"""For Printing (DCM 113018)."""

ForProcessingPredecessor: Final[Code] = Code("DCM", "121358", "For Processing predecessor", (7202,))
"""For Processing predecessor (DCM 121358)."""

ForPublicationExport: Final[Code] = Code("DCM", "128714", "For Publication Export", (7014,))
"""For Publication Export (DCM 128714)."""

ForRTPlanSummation: Final[Code] = Code("DCM", "128200", "For RT Plan Summation", (7024,))
"""For RT Plan Summation (DCM 128200)."""

ForRTPrescription: Final[Code] = Code("DCM", "128197", "For RT Prescription", (7024,))
"""For RT Prescription (DCM 128197)."""

ForRTTreatmentPlanning: Final[Code] = Code("DCM", "128198", "For RT Treatment Planning", (7024,))
"""For RT Treatment Planning (DCM 128198)."""

ForRTWorkflow: Final[Code] = Code("DCM", "128180", "For RT Workflow", (7024,))
"""For RT Workflow (DCM 128180)."""

ForReferringProvider: Final[Code] = Code("DCM", "113002", "For Referring Provider", (7010,))
"""For Referring Provider (DCM 113002)."""

ForReportAttachment: Final[Code] = Code("DCM", "113020", "For Report Attachment", (7010,))
"""For Report Attachment (DCM 113020)."""

ForResearch: Final[Code] = Code("DCM", "113009", "For Research", (7010,))
"""For Research (DCM 113009)."""

ForResearchCollectionExport: Final[Code] = Code(
    "DCM", "128713", "For Research Collection Export", (7014,)
)
"""For Research Collection Export (DCM 128713)."""

ForSegmentation: Final[Code] = Code("DCM", "128196", "For Segmentation", (7010,))
"""For Segmentation (DCM 128196)."""

ForSurgery: Final[Code] = Code("DCM", "113003", "For Surgery", (7010,))
"""For Surgery (DCM 113003)."""

ForTeaching: Final[Code] = Code("DCM", "113004", "For Teaching", (7010,))
"""For Teaching (DCM 113004)."""

ForTeachingFileExport: Final[Code] = Code("DCM", "128710", "For Teaching File Export", (7014,))
"""For Teaching File Export (DCM 128710)."""

ForTherapy: Final[Code] = Code("DCM", "113006", "For Therapy", (7010,))
"""For Therapy (DCM 113006)."""

ForTumorBoard: Final[Code] = Code("DCM", "128203", "For Tumor Board", (7010,))
"""For Tumor Board (DCM 128203)."""

ForTumorRegistry: Final[Code] = Code("DCM", "128208", "For Tumor Registry", (7010,))
"""For Tumor Registry (DCM 128208)."""

ForcedAirHeater: Final[Code] = Code("DCM", "127250", "Forced air heater", (635,))
"""Forced air heater (DCM 127250)."""

FovealSensitivityRelated: Final[Code] = Code("DCM", "111841", "Foveal sensitivity related", (4252,))
"""Foveal sensitivity related (DCM 111841)."""

Fp10: Final[Code] = Code("DCM", "130711", "Fp10", (3030,))
"""Fp10 (DCM 130711)."""

Fp9: Final[Code] = Code("DCM", "130710", "Fp9", (3030,))
"""Fp9 (DCM 130710)."""

FractalDimension: Final[Code] = Code("DCM", "126050", "Fractal Dimension", (7468,))
"""Fractal Dimension (DCM 126050)."""

FractionalAnisotropy: Final[Code] = Code("DCM", "110808", "Fractional Anisotropy", (7263, 7271))
"""Fractional Anisotropy (DCM 110808)."""

FractionalChange: Final[Code] = Code("DCM", "125314", "Fractional Change", (12303,))
"""Fractional Change (DCM 125314)."""

FractionalKurtosisAnisotropy: Final[Code] = Code(
    "DCM", "113209", "Fractional Kurtosis Anisotropy", (7263,)
)
"""Fractional Kurtosis Anisotropy (DCM 113209)."""

FractionalOccupancySegmentation: Final[Code] = Code(
    "DCM", "110855", "Fractional Occupancy Segmentation", (7180,)
)
"""Fractional Occupancy Segmentation (DCM 110855)."""

FractionalProbabilisticSegmentation: Final[Code] = Code(
    "DCM", "110854", "Fractional Probabilistic Segmentation", (7180,)
)
"""Fractional Probabilistic Segmentation (DCM 110854)."""

FractionationBasedOrTemporallyBasedMethods: Final[Code] = Code(
    "DCM", "130127", "Fractionation-based or temporally-based methods", (9537,)
)
"""Fractionation-based or temporally-based methods (DCM 130127)."""

FrameExtractingEquipment: Final[Code] = Code("DCM", "109105", "Frame Extracting Equipment", (7005,))
"""Frame Extracting Equipment (DCM 109105)."""

FrameOfReferenceIdentity: Final[Code] = Code(
    "DCM", "125021", "Frame of Reference Identity", (7100,)
)
"""Frame of Reference Identity (DCM 125021)."""

FraminghamQtcAlgorithm: Final[Code] = Code("DCM", "122733", "Framingham QTc Algorithm", (3678,))
"""Framingham QTc Algorithm (DCM 122733)."""

FreeAcquisition: Final[Code] = Code("DCM", "113807", "Free Acquisition", (10013,))
"""Free Acquisition (DCM 113807)."""

FreeSilicone: Final[Code] = Code("DCM", "111508", "Free silicone", (6072,))
"""Free silicone (DCM 111508)."""

Freehand: Final[Code] = Code("DCM", "114215", "Freehand", (8203,))
"""Freehand (DCM 114215)."""

Fresolimumab89Zr: Final[Code] = Code("DCM", "126748", "Fresolimumab ^89^Zr", (4021,))
"""Fresolimumab ^89^Zr (DCM 126748)."""

FridericiaQtcAlgorithm: Final[Code] = Code("DCM", "122732", "Fridericia QTc Algorithm", (3678,))
"""Fridericia QTc Algorithm (DCM 122732)."""

FrontOfCorneaToFrontOfLens: Final[Code] = Code(
    "DCM", "111776", "Front Of Cornea To Front Of Lens", (4239,)
)
"""Front Of Cornea To Front Of Lens (DCM 111776)."""

FullBernoulli: Final[Code] = Code("DCM", "125217", "Full Bernoulli", (12230,))
"""Full Bernoulli (DCM 125217)."""

FullCardiacCycle: Final[Code] = Code("DCM", "125324", "Full Cardiac Cycle", (12307,))
"""Full Cardiac Cycle (DCM 125324)."""

FullFidelityImage: Final[Code] = Code("DCM", "121327", "Full fidelity image", (7205,))
"""Full fidelity image (DCM 121327)."""

FunctionalImage: Final[Code] = Code("DCM", "121339", "Functional image", (7201,))
"""Functional image (DCM 121339)."""

GA20189Zr: Final[Code] = Code("DCM", "126731", "GA201 ^89^Zr", (4021,))
"""GA201 ^89^Zr (DCM 126731)."""

GDPattern: Final[Code] = Code("DCM", "109903", "GD Pattern", (8301,))
"""GD Pattern (DCM 109903)."""

GGraft: Final[Code] = Code("DCM", "130734", "G - Graft", (3022,))
"""G - Graft (DCM 130734)."""

GTVNodal: Final[Code] = Code("DCM", "130051", "GTV Nodal", (9534,))
"""GTV Nodal (DCM 130051)."""

GTVPrimary: Final[Code] = Code("DCM", "130052", "GTV Primary", (9534,))
"""GTV Primary (DCM 130052)."""

GammaCapillaryTransitTimeGCTTModel: Final[Code] = Code(
    "DCM", "126345", "Gamma Capillary Transit Time (GCTT) Model", (4101,)
)
"""Gamma Capillary Transit Time (GCTT) Model (DCM 126345)."""

GammaDistributionMode: Final[Code] = Code("DCM", "113297", "Gamma Distribution Mode", (7272,))
"""Gamma Distribution Mode (DCM 113297)."""

GammaDistributionModel: Final[Code] = Code("DCM", "113253", "Gamma distribution model", (7273,))
"""Gamma distribution model (DCM 113253)."""

GammaDistributionScaleParameter: Final[Code] = Code(
    "DCM", "113295", "Gamma Distribution Scale Parameter", (7272,)
)
"""Gamma Distribution Scale Parameter (DCM 113295)."""

GammaDistributionShapeParameter: Final[Code] = Code(
    "DCM", "113296", "Gamma Distribution Shape Parameter", (7272,)
)
"""Gamma Distribution Shape Parameter (DCM 113296)."""

GanglionCellComplexThickness: Final[Code] = Code(
    "DCM", "111926", "Ganglion cell complex thickness", (4262,)
)
"""Ganglion cell complex thickness (DCM 111926)."""

GastrointestinalImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128731", "Gastrointestinal imaging subject matter", (7017,)
)
"""Gastrointestinal imaging subject matter (DCM 128731)."""

GaussianBlur: Final[Code] = Code("DCM", "113088", "Gaussian blur", (7203,))
"""Gaussian blur (DCM 113088)."""

GaussianFilter: Final[Code] = Code("DCM", "130764", "Gaussian filter", (3042,))
"""Gaussian filter (DCM 130764)."""

GeneralMicroscopy: Final[Code] = Code("DCM", "GM", "General Microscopy", (29,))
"""General Microscopy (DCM GM)."""

GeneralReductionInSensitivity: Final[Code] = Code(
    "DCM", "111850", "General reduction in sensitivity", (4254,)
)
"""General reduction in sensitivity (DCM 111850)."""

Generic2DPlanning: Final[Code] = Code("DCM", "112340", "Generic 2D Planning", (7320,))
"""Generic 2D Planning (DCM 112340)."""

Generic3DPlanning: Final[Code] = Code("DCM", "112341", "Generic 3D Planning", (7320,))
"""Generic 3D Planning (DCM 112341)."""

GenericPlanningForHipReplacement: Final[Code] = Code(
    "DCM", "112342", "Generic Planning for Hip Replacement", (7320,)
)
"""Generic Planning for Hip Replacement (DCM 112342)."""

GenericPlanningForKneeReplacement: Final[Code] = Code(
    "DCM", "112343", "Generic Planning for Knee Replacement", (7320,)
)
"""Generic Planning for Knee Replacement (DCM 112343)."""

GenitourinaryImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128732", "Genitourinary imaging subject matter", (7017,)
)
"""Genitourinary imaging subject matter (DCM 128732)."""

GeometricCenterpoint: Final[Code] = Code("DCM", "128137", "Geometric Centerpoint", (219, 1011))
"""Geometric Centerpoint (DCM 128137)."""

GeometricIsocenter: Final[Code] = Code("DCM", "122486", "Geometric Isocenter", (3452,))
"""Geometric Isocenter (DCM 122486)."""

GeometricNonIsocenter: Final[Code] = Code("DCM", "122487", "Geometric Non-Isocenter", (3452,))
"""Geometric Non-Isocenter (DCM 122487)."""

GeometricRadiationTransportModel: Final[Code] = Code(
    "DCM", "128421", "Geometric Radiation Transport Model", (10065,)
)
"""Geometric Radiation Transport Model (DCM 128421)."""

GeometricalImageEvaluation: Final[Code] = Code(
    "DCM", "109708", "Geometrical image evaluation", (8300,)
)
"""Geometrical image evaluation (DCM 109708)."""

GlaucomaHemifieldTestAnalysis: Final[Code] = Code(
    "DCM", "111855", "Glaucoma Hemifield Test Analysis", (4257,)
)
"""Glaucoma Hemifield Test Analysis (DCM 111855)."""

GlembatumumabVedotin89Zr: Final[Code] = Code(
    "DCM", "126724", "Glembatumumab vedotin ^89^Zr", (4021,)
)
"""Glembatumumab vedotin ^89^Zr (DCM 126724)."""

Global: Final[Code] = Code("DCM", "113213", "Global", (7262,))
"""Global (DCM 113213)."""

GlomerularFiltrationRateBlackMDRD: Final[Code] = Code(
    "DCM", "113574", "Glomerular Filtration Rate black (MDRD)", (10047,)
)
"""Glomerular Filtration Rate black (MDRD) (DCM 113574)."""

GlomerularFiltrationRateCreatinineBasedFormulaSchwartz: Final[Code] = Code(
    "DCM", "113577", "Glomerular Filtration Rate Creatinine-based formula (Schwartz)", (10047,)
)
"""Glomerular Filtration Rate Creatinine-based formula (Schwartz) (DCM 113577)."""

GlomerularFiltrationRateCystatinBasedFormula: Final[Code] = Code(
    "DCM", "113576", "Glomerular Filtration Rate Cystatin-based formula", (10047,)
)
"""Glomerular Filtration Rate Cystatin-based formula (DCM 113576)."""

GlomerularFiltrationRateFemaleMDRD: Final[Code] = Code(
    "DCM", "113575", "Glomerular Filtration Rate female (MDRD)", (10047,)
)
"""Glomerular Filtration Rate female (MDRD) (DCM 113575)."""

GlomerularFiltrationRateMDRD: Final[Code] = Code(
    "DCM", "113572", "Glomerular Filtration Rate (MDRD)", (10047,)
)
"""Glomerular Filtration Rate (MDRD) (DCM 113572)."""

GlomerularFiltrationRateNonBlackMDRD: Final[Code] = Code(
    "DCM", "113573", "Glomerular Filtration Rate non-black (MDRD)", (10047,)
)
"""Glomerular Filtration Rate non-black (MDRD) (DCM 113573)."""

GlutamateAndGlutamine: Final[Code] = Code("DCM", "113080", "Glutamate and glutamine", (4033,))
"""Glutamate and glutamine (DCM 113080)."""

GlutamineC11: Final[Code] = Code("DCM", "126709", "Glutamine C^11^", (4021,))
"""Glutamine C^11^ (DCM 126709)."""

GlutamineC14: Final[Code] = Code("DCM", "126710", "Glutamine C^14^", (4021,))
"""Glutamine C^14^ (DCM 126710)."""

GlutamineF18: Final[Code] = Code("DCM", "126711", "Glutamine F^18^", (4021,))
"""Glutamine F^18^ (DCM 126711)."""

Glycolysis: Final[Code] = Code("DCM", "126034", "Glycolysis", (7466,))
"""Glycolysis (DCM 126034)."""

GoodImageQuality: Final[Code] = Code("DCM", "122741", "Good image quality", (3114,))
"""Good image quality (DCM 122741)."""

GradientPressureAverage: Final[Code] = Code("DCM", "122197", "Gradient pressure, average", (3611,))
"""Gradient pressure, average (DCM 122197)."""

GradientPressurePeak: Final[Code] = Code("DCM", "122198", "Gradient pressure, peak", (3611,))
"""Gradient pressure, peak (DCM 122198)."""

GradientWeightedClassActivation: Final[Code] = Code(
    "DCM", "130403", "Gradient-weighted class activation", (217,)
)
"""Gradient-weighted class activation (DCM 130403)."""

GraftToCitedSegmentDistalSection: Final[Code] = Code(
    "DCM", "122104", "Graft to cited segment, distal section", (3019,)
)
"""Graft to cited segment, distal section (DCM 122104)."""

GraftToCitedSegmentMidSection: Final[Code] = Code(
    "DCM", "122103", "Graft to cited segment, mid section", (3019,)
)
"""Graft to cited segment, mid section (DCM 122103)."""

GraftToCitedSegmentProximalSection: Final[Code] = Code(
    "DCM", "122102", "Graft to cited segment, proximal section", (3019,)
)
"""Graft to cited segment, proximal section (DCM 122102)."""

GranularPattern: Final[Code] = Code("DCM", "112128", "Granular pattern", (6106,))
"""Granular pattern (DCM 112128)."""

Graticule: Final[Code] = Code("DCM", "130349", "Graticule", (9548,))
"""Graticule (DCM 130349)."""

GrayscaleResolutionEvaluation: Final[Code] = Code(
    "DCM", "109702", "Grayscale resolution evaluation", (8300,)
)
"""Grayscale resolution evaluation (DCM 109702)."""

GreaterThan1YearAgo: Final[Code] = Code("DCM", "111398", "> 1 year ago", (6164,))
"""> 1 year ago (DCM 111398)."""

GridArtifacts: Final[Code] = Code("DCM", "111208", "Grid artifact(s)", (6041, 6135, 7011))
"""Grid artifact(s) (DCM 111208)."""

GridBScanPattern: Final[Code] = Code("DCM", "128288", "Grid B-scan pattern", (4272,))
"""Grid B-scan pattern (DCM 128288)."""

GroundGlassOpacity: Final[Code] = Code("DCM", "112120", "Ground glass opacity", (6104,))
"""Ground glass opacity (DCM 112120)."""

GroupOfFramesForDisplay: Final[Code] = Code("DCM", "113036", "Group of Frames for Display", (7010,))
"""Group of Frames for Display (DCM 113036)."""

GrowthPercentileRank: Final[Code] = Code("DCM", "125012", "Growth Percentile Rank", (12017,))
"""Growth Percentile Rank (DCM 125012)."""

GrowthZScore: Final[Code] = Code("DCM", "125013", "Growth Z-score", (12017,))
"""Growth Z-score (DCM 125013)."""

GuidewireCrossingLesionSuccessful: Final[Code] = Code(
    "DCM", "122302", "Guidewire crossing lesion successful", (3412, 3752)
)
"""Guidewire crossing lesion successful (DCM 122302)."""

GuidewireCrossingLesionUnsuccessful: Final[Code] = Code(
    "DCM", "122301", "Guidewire crossing lesion unsuccessful", (3412, 3752)
)
"""Guidewire crossing lesion unsuccessful (DCM 122301)."""

GynecologicCondition: Final[Code] = Code("DCM", "111567", "Gynecologic condition", (6088,))
"""Gynecologic condition (DCM 111567)."""

GynecologicSurgery: Final[Code] = Code("DCM", "111568", "Gynecologic surgery", (6088,))
"""Gynecologic surgery (DCM 111568)."""

HARDI: Final[Code] = Code("DCM", "113221", "HARDI", (7260,))
"""HARDI (DCM 113221)."""

HISBundleWave: Final[Code] = Code("DCM", "109040", "HIS bundle wave", (3339,))
"""HIS bundle wave (DCM 109040)."""

HabitualVisualAcuity: Final[Code] = Code("DCM", "111686", "Habitual Visual Acuity", (4216,))
"""Habitual Visual Acuity (DCM 111686)."""

Haigis: Final[Code] = Code("DCM", "111760", "Haigis", (4236,))
"""Haigis (DCM 111760)."""

HaigisA0: Final[Code] = Code("DCM", "111769", "Haigis a0", (4237,))
"""Haigis a0 (DCM 111769)."""

HaigisA1: Final[Code] = Code("DCM", "111770", "Haigis a1", (4237,))
"""Haigis a1 (DCM 111770)."""

HaigisA2: Final[Code] = Code("DCM", "111771", "Haigis a2", (4237,))
"""Haigis a2 (DCM 111771)."""

HaigisL: Final[Code] = Code("DCM", "111761", "Haigis-L", (4236,))
"""Haigis-L (DCM 111761)."""

HaigisLToric: Final[Code] = Code("DCM", "111861", "Haigis-L Toric", (4236,))
"""Haigis-L Toric (DCM 111861)."""

HaigisToric: Final[Code] = Code("DCM", "111860", "Haigis Toric", (4236,))
"""Haigis Toric (DCM 111860)."""

HalfValueLayer: Final[Code] = Code("DCM", "111634", "Half Value Layer", (10069,))
"""Half Value Layer (DCM 111634)."""

HaloSign: Final[Code] = Code("DCM", "112073", "Halo sign", (6105,))
"""Halo sign (DCM 112073)."""

HandGrips: Final[Code] = Code("DCM", "130854", "Hand Grips", (9513,))
"""Hand Grips (DCM 130854)."""

HardCopy: Final[Code] = Code("DCM", "HC", "Hard Copy", (32,))
"""Hard Copy (DCM HC)."""

HardCopyPrintServer: Final[Code] = Code("DCM", "PRINT", "Hard Copy Print Server", (30,))
"""Hard Copy Print Server (DCM PRINT)."""

HardWedge: Final[Code] = Code("DCM", "130346", "Hard Wedge", (9546,))
"""Hard Wedge (DCM 130346)."""

HardwareConfiguration: Final[Code] = Code("DCM", "110130", "Hardware Configuration", (401, 403))
"""Hardware Configuration (DCM 110130)."""

HeadAndNeckImagingSpecialty: Final[Code] = Code(
    "DCM", "128008", "Head and Neck Imaging Specialty", (7449,)
)
"""Head and Neck Imaging Specialty (DCM 128008)."""

HeadAndNeckMask: Final[Code] = Code("DCM", "130112", "Head and Neck Mask", (9513,))
"""Head and Neck Mask (DCM 130112)."""

HeadFixationBoard: Final[Code] = Code("DCM", "130656", "Head Fixation Board", (9513,))
"""Head Fixation Board (DCM 130656)."""

HeadFootAxis: Final[Code] = Code("DCM", "110861", "Head-Foot Axis", (7184,))
"""Head-Foot Axis (DCM 110861)."""

HeadMask: Final[Code] = Code("DCM", "130111", "Head Mask", (9513,))
"""Head Mask (DCM 130111)."""

HeadNodeSet: Final[Code] = Code("DCM", "130362", "Head Node Set", (9556,))
"""Head Node Set (DCM 130362)."""

HeadOfCardiology: Final[Code] = Code("DCM", "128675", "Head of Cardiology", (7452,))
"""Head of Cardiology (DCM 128675)."""

HeadOfRadiology: Final[Code] = Code("DCM", "128670", "Head of Radiology", (7452,))
"""Head of Radiology (DCM 128670)."""

HeadToFoot: Final[Code] = Code("DCM", "110868", "Head To Foot", (7185,))
"""Head To Foot (DCM 110868)."""

Headframe: Final[Code] = Code("DCM", "130110", "Headframe", (9513,))
"""Headframe (DCM 130110)."""

HeadframePresent: Final[Code] = Code("DCM", "130460", "Headframe Present", (9564,))
"""Headframe Present (DCM 130460)."""

HeartValveFlail: Final[Code] = Code("DCM", "127856", "Heart Valve Flail", (3711,))
"""Heart Valve Flail (DCM 127856)."""

HeatedImagingDevice: Final[Code] = Code("DCM", "127251", "Heated imaging device", (635,))
"""Heated imaging device (DCM 127251)."""

HeatedPatientSupport: Final[Code] = Code("DCM", "127252", "Heated patient support", (635,))
"""Heated patient support (DCM 127252)."""

HeatedWaterBlanket: Final[Code] = Code("DCM", "127253", "Heated water blanket", (635,))
"""Heated water blanket (DCM 127253)."""

HeelStop: Final[Code] = Code("DCM", "130853", "Heel Stop", (9513,))
"""Heel Stop (DCM 130853)."""

Height: Final[Code] = Code("DCM", "121207", "Height", (7470,))
"""Height (DCM 121207)."""

HelicalBeam: Final[Code] = Code("DCM", "130108", "Helical Beam", (9512,))
"""Helical Beam (DCM 130108)."""

HemisphericalUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "130809", "Hemispherical ultrasound transducer geometry", (12033,)
)
"""Hemispherical ultrasound transducer geometry (DCM 130809)."""

HemodynamicResistance: Final[Code] = Code("DCM", "110825", "Hemodynamic Resistance", (7180,))
"""Hemodynamic Resistance (DCM 110825)."""

HemodynamicResistanceIndex: Final[Code] = Code(
    "DCM", "122220", "Hemodynamic Resistance Index", (3620,)
)
"""Hemodynamic Resistance Index (DCM 122220)."""

HemodynamicWaveform: Final[Code] = Code("DCM", "HD", "Hemodynamic Waveform", (29,))
"""Hemodynamic Waveform (DCM HD)."""

HemostasisAchieved: Final[Code] = Code("DCM", "122033", "Hemostasis achieved", (3402,))
"""Hemostasis achieved (DCM 122033)."""

HemostasisNotAchievedActivelyBleeding: Final[Code] = Code(
    "DCM", "122035", "Hemostasis not achieved - actively bleeding", (3402,)
)
"""Hemostasis not achieved - actively bleeding (DCM 122035)."""

HemostasisNotAchievedOozing: Final[Code] = Code(
    "DCM", "122034", "Hemostasis not achieved - oozing", (3402,)
)
"""Hemostasis not achieved - oozing (DCM 122034)."""

Hermaphrodite: Final[Code] = Code("DCM", "H", "Hermaphrodite", (7455,))
"""Hermaphrodite (DCM H)."""

HerniatedImplant: Final[Code] = Code("DCM", "111509", "Herniated implant", (6072,))
"""Herniated implant (DCM 111509)."""

HeterogeneousEchotexture: Final[Code] = Code("DCM", "111353", "Heterogeneous echotexture", (6151,))
"""Heterogeneous echotexture (DCM 111353)."""

Hiatus: Final[Code] = Code("DCM", "112095", "Hiatus", (6148,))
"""Hiatus (DCM 112095)."""

High: Final[Code] = Code("DCM", "111575", "High", (6090,))
"""High (DCM 111575)."""

HighResolution: Final[Code] = Code("DCM", "114210", "High resolution", (8202,))
"""High resolution (DCM 114210)."""

HighThresholdEmptyTileSuppression: Final[Code] = Code(
    "DCM", "112720", "High threshold empty tile suppression", (8133,)
)
"""High threshold empty tile suppression (DCM 112720)."""

HighThyroidUptake: Final[Code] = Code("DCM", "113562", "High Thyroid Uptake", (64, 10045))
"""High Thyroid Uptake (DCM 113562)."""

HighlySuggestiveOfMalignancyTakeAppropriateAction: Final[Code] = Code(
    "DCM", "111149", "Highly suggestive of malignancy - take appropriate action", (6029,)
)
"""Highly suggestive of malignancy - take appropriate action (DCM 111149)."""

HisBundleElectrogram: Final[Code] = Code("DCM", "109007", "His bundle electrogram", (3240,))
"""His bundle electrogram (DCM 109007)."""

HistogramAnalysis: Final[Code] = Code("DCM", "123105", "Histogram Analysis", (7162,))
"""Histogram Analysis (DCM 123105)."""

HistologyUsingCoreBiopsy: Final[Code] = Code(
    "DCM", "111145", "Histology using core biopsy", (6029,)
)
"""Histology using core biopsy (DCM 111145)."""

HistoricalRTPrescription: Final[Code] = Code("DCM", "130135", "Historical RT Prescription", (9509,))
"""Historical RT Prescription (DCM 130135)."""

HistoryOfBenignBreastBiopsy: Final[Code] = Code(
    "DCM", "111420", "History of benign breast biopsy", (6051,)
)
"""History of benign breast biopsy (DCM 111420)."""

HistoryOfBreastAugmentationAsymptomatic: Final[Code] = Code(
    "DCM", "111417", "History of breast augmentation, asymptomatic", (6051,)
)
"""History of breast augmentation, asymptomatic (DCM 111417)."""

HistoryOfEndometrialCancer: Final[Code] = Code(
    "DCM", "111551", "History of endometrial cancer", (6081,)
)
"""History of endometrial cancer (DCM 111551)."""

HistoryOfHighRiskLesionOnPreviousBiopsy: Final[Code] = Code(
    "DCM", "111553", "History of high risk lesion on previous biopsy", (6081,)
)
"""History of high risk lesion on previous biopsy (DCM 111553)."""

HistoryOfMultipleFetuses: Final[Code] = Code(
    "DCM", "111572", "History of multiple fetuses", (6088,)
)
"""History of multiple fetuses (DCM 111572)."""

HistoryOfOvarianCancer: Final[Code] = Code("DCM", "111552", "History of ovarian cancer", (6081,))
"""History of ovarian cancer (DCM 111552)."""

HodgesQTCorrectionAlgorithm: Final[Code] = Code(
    "DCM", "122731", "Hodges QT Correction Algorithm", (3678,)
)
"""Hodges QT Correction Algorithm (DCM 122731)."""

HofferPacdConstant: Final[Code] = Code("DCM", "111772", "Hoffer pACD Constant", (4237,))
"""Hoffer pACD Constant (DCM 111772)."""

HofferQ: Final[Code] = Code("DCM", "111764", "Hoffer Q", (4236,))
"""Hoffer Q (DCM 111764)."""

Holladay1: Final[Code] = Code("DCM", "111762", "Holladay 1", (4236,))
"""Holladay 1 (DCM 111762)."""

Holladay2: Final[Code] = Code("DCM", "111763", "Holladay 2", (4236,))
"""Holladay 2 (DCM 111763)."""

HomogeneityFactor: Final[Code] = Code("DCM", "128455", "Homogeneity Factor", (10069,))
"""Homogeneity Factor (DCM 128455)."""

Homogeneous: Final[Code] = Code("DCM", "112160", "Homogeneous", (6131, 6344))
"""Homogeneous (DCM 112160)."""

HomogeneousFatEchotexture: Final[Code] = Code(
    "DCM", "111351", "Homogeneous fat echotexture", (6151,)
)
"""Homogeneous fat echotexture (DCM 111351)."""

HomogeneousFibroglandularEchotexture: Final[Code] = Code(
    "DCM", "111352", "Homogeneous fibroglandular echotexture", (6151,)
)
"""Homogeneous fibroglandular echotexture (DCM 111352)."""

HoneycombPattern: Final[Code] = Code("DCM", "112106", "Honeycomb pattern", (6103, 6106))
"""Honeycomb pattern (DCM 112106)."""

HumanAlphaSynucleinPreformedFibrils: Final[Code] = Code(
    "DCM", "127851", "Human alpha synuclein preformed fibrils", (640,)
)
"""Human alpha synuclein preformed fibrils (DCM 127851)."""

HumanTauPreformedFibrils: Final[Code] = Code("DCM", "127853", "Human Tau preformed fibrils", (640,))
"""Human Tau preformed fibrils (DCM 127853)."""

HyperAcute: Final[Code] = Code("DCM", "112159", "Hyper-acute", (6130,))
"""Hyper-acute (DCM 112159)."""

HyperFractionation: Final[Code] = Code("DCM", "130099", "Hyper-fractionation", (9533,))
"""Hyper-fractionation (DCM 130099)."""

Hyperechoic: Final[Code] = Code("DCM", "111362", "Hyperechoic", (6154,))
"""Hyperechoic (DCM 111362)."""

HyperemicRatio: Final[Code] = Code("DCM", "122219", "Hyperemic ratio", (3620,))
"""Hyperemic ratio (DCM 122219)."""

HyperventilationBegin: Final[Code] = Code("DCM", "130413", "Hyperventilation begin", (3038,))
"""Hyperventilation begin (DCM 130413)."""

HyperventilationEnd: Final[Code] = Code("DCM", "130414", "Hyperventilation end", (3038,))
"""Hyperventilation end (DCM 130414)."""

HypoFractionation: Final[Code] = Code("DCM", "130098", "Hypo-fractionation", (9533,))
"""Hypo-fractionation (DCM 130098)."""

Hypoechoic: Final[Code] = Code("DCM", "111364", "Hypoechoic", (6154,))
"""Hypoechoic (DCM 111364)."""

HzAngular: Final[Code] = Code("DCM", "130775", "Hz angular", (3044,))
"""Hz angular (DCM 130775)."""

HzNormalized: Final[Code] = Code("DCM", "130774", "Hz normalized", (3044,))
"""Hz normalized (DCM 130774)."""

IAUC: Final[Code] = Code("DCM", "126320", "IAUC", (4109,))
"""IAUC (DCM 126320)."""

IAUC180: Final[Code] = Code("DCM", "126323", "IAUC180", (4109,))
"""IAUC180 (DCM 126323)."""

IAUC180BN: Final[Code] = Code("DCM", "126327", "IAUC180BN", (4109,))
"""IAUC180BN (DCM 126327)."""

IAUC60: Final[Code] = Code("DCM", "126321", "IAUC60", (4109,))
"""IAUC60 (DCM 126321)."""

IAUC60BN: Final[Code] = Code("DCM", "126325", "IAUC60BN", (4109,))
"""IAUC60BN (DCM 126325)."""

IAUC90: Final[Code] = Code("DCM", "126322", "IAUC90", (4109,))
"""IAUC90 (DCM 126322)."""

IAUC90BN: Final[Code] = Code("DCM", "126326", "IAUC90BN", (4109,))
"""IAUC90BN (DCM 126326)."""

IAUCBN: Final[Code] = Code("DCM", "126324", "IAUCBN", (4109,))
"""IAUCBN (DCM 126324)."""

ICRPPub103: Final[Code] = Code("DCM", "113841", "ICRP Pub 103", (10015,))
"""ICRP Pub 103 (DCM 113841)."""

ICRPPub60: Final[Code] = Code("DCM", "113808", "ICRP Pub 60", (10015,))
"""ICRP Pub 60 (DCM 113808)."""

ICRPPublication106: Final[Code] = Code("DCM", "113523", "ICRP Publication 106", (10040,))
"""ICRP Publication 106 (DCM 113523)."""

ICRPPublication53: Final[Code] = Code("DCM", "113521", "ICRP Publication 53", (10040,))
"""ICRP Publication 53 (DCM 113521)."""

ICRPPublication80: Final[Code] = Code("DCM", "113522", "ICRP Publication 80", (10040,))
"""ICRP Publication 80 (DCM 113522)."""

IEC61217GantryContinuousPitchAngle: Final[Code] = Code(
    "DCM", "126810", "IEC61217 Gantry Continuous Pitch Angle", (9402,)
)
"""IEC61217 Gantry Continuous Pitch Angle (DCM 126810)."""

IEC61217GantryContinuousRollAngle: Final[Code] = Code(
    "DCM", "126809", "IEC61217 Gantry Continuous Roll Angle", (9402,)
)
"""IEC61217 Gantry Continuous Roll Angle (DCM 126809)."""

IEC61217GantryContinuousYawAngle: Final[Code] = Code(
    "DCM", "126811", "IEC61217 Gantry Continuous Yaw Angle", (9402,)
)
"""IEC61217 Gantry Continuous Yaw Angle (DCM 126811)."""

IEC61217PatientSupportContinuousYawAngle: Final[Code] = Code(
    "DCM", "126801", "IEC61217 Patient Support Continuous Yaw Angle", (9403,)
)
"""IEC61217 Patient Support Continuous Yaw Angle (DCM 126801)."""

IEC61217TableTopContinuousEccentricAngle: Final[Code] = Code(
    "DCM", "126805", "IEC61217 Table Top Continuous Eccentric Angle", (9403,)
)
"""IEC61217 Table Top Continuous Eccentric Angle (DCM 126805)."""

IEC61217TableTopContinuousPitchAngle: Final[Code] = Code(
    "DCM", "126802", "IEC61217 Table Top Continuous Pitch Angle", (9403,)
)
"""IEC61217 Table Top Continuous Pitch Angle (DCM 126802)."""

IEC61217TableTopContinuousRollAngle: Final[Code] = Code(
    "DCM", "126803", "IEC61217 Table Top Continuous Roll Angle", (9403,)
)
"""IEC61217 Table Top Continuous Roll Angle (DCM 126803)."""

IEC61217TableTopEccentricAxisDistance: Final[Code] = Code(
    "DCM", "126804", "IEC61217 Table Top Eccentric Axis Distance", (9403,)
)
"""IEC61217 Table Top Eccentric Axis Distance (DCM 126804)."""

IEC61217TableTopLateralPosition: Final[Code] = Code(
    "DCM", "126806", "IEC61217 Table Top Lateral Position", (9403,)
)
"""IEC61217 Table Top Lateral Position (DCM 126806)."""

IEC61217TableTopLongitudinalPosition: Final[Code] = Code(
    "DCM", "126807", "IEC61217 Table Top Longitudinal Position", (9403,)
)
"""IEC61217 Table Top Longitudinal Position (DCM 126807)."""

IEC61217TableTopVerticalPosition: Final[Code] = Code(
    "DCM", "126808", "IEC61217 Table Top Vertical Position", (9403,)
)
"""IEC61217 Table Top Vertical Position (DCM 126808)."""

IECBodyDosimetryPhantom: Final[Code] = Code("DCM", "113691", "IEC Body Dosimetry Phantom", (4052,))
"""IEC Body Dosimetry Phantom (DCM 113691)."""

IECHeadDosimetryPhantom: Final[Code] = Code("DCM", "113690", "IEC Head Dosimetry Phantom", (4052,))
"""IEC Head Dosimetry Phantom (DCM 113690)."""

IIRFilter: Final[Code] = Code("DCM", "130772", "IIR filter", (3043,))
"""IIR filter (DCM 130772)."""

ILCR: Final[Code] = Code("DCM", "126850", "ILCR", (7490,))
"""ILCR (DCM 126850)."""

IRIGBTimecode: Final[Code] = Code("DCM", "109003", "IRIG-B timecode", (3090,))
"""IRIG-B timecode (DCM 109003)."""

ITV: Final[Code] = Code("DCM", "130056", "ITV", (9534,))
"""ITV (DCM 130056)."""

IfAgeGreaterThan60YearsP50Equals29Point3: Final[Code] = Code(
    "DCM", "122261", "if (age > 60y) P50 = 29.3", (3666,)
)
"""if (age > 60y) P50 = 29.3 (DCM 122261)."""

IfAgeLesserThan18YearsP50Equals27Point2: Final[Code] = Code(
    "DCM", "122259", "if (age < 18y) P50 = 27.2", (3666,)
)
"""if (age < 18y) P50 = 27.2 (DCM 122259)."""

IfAgeLesserThan1DayP50Equals21Point6: Final[Code] = Code(
    "DCM", "122257", "if (age < 1day) P50 = 21.6", (3666,)
)
"""if (age < 1day) P50 = 21.6 (DCM 122257)."""

IfAgeLesserThan30DayP50Equals24Point6: Final[Code] = Code(
    "DCM", "122258", "if (age < 30day) P50 = 24.6", (3666,)
)
"""if (age < 30day) P50 = 24.6 (DCM 122258)."""

IfAgeLesserThan40YearsP50Equals27Point4: Final[Code] = Code(
    "DCM", "122260", "if (age < 40y) P50 = 27.4", (3666,)
)
"""if (age < 40y) P50 = 27.4 (DCM 122260)."""

IfPremAgeLesserThan3DaysP50Equals19Point9: Final[Code] = Code(
    "DCM", "122256", "if (prem age< 3days) P50 = 19.9", (3666,)
)
"""if (prem age< 3days) P50 = 19.9 (DCM 122256)."""

Igloo: Final[Code] = Code("DCM", "127220", "Igloo", (606,))
"""Igloo (DCM 127220)."""

IllustrationOfROI: Final[Code] = Code("DCM", "121200", "Illustration of ROI", (7003,))
"""Illustration of ROI (DCM 121200)."""

ImageAcquiredDuringTreatment: Final[Code] = Code(
    "DCM", "129203", "Image Acquired during Treatment", (7201,)
)
"""Image Acquired during Treatment (DCM 129203)."""

ImageArtifacts: Final[Code] = Code("DCM", "111207", "Image artifact(s)", (7011,))
"""Image artifact(s) (DCM 111207)."""

ImageCapture: Final[Code] = Code("DCM", "CAPTURE", "Image Capture", (30,))
"""Image Capture (DCM CAPTURE)."""

ImageContentAndFiducialBasedAlignment: Final[Code] = Code(
    "DCM", "125026", "Image Content and Fiducial Based Alignment", (7100,)
)
"""Image Content and Fiducial Based Alignment (DCM 125026)."""

ImageContentBasedAlignment: Final[Code] = Code(
    "DCM", "125024", "Image Content-based Alignment", (7100,)
)
"""Image Content-based Alignment (DCM 125024)."""

ImageDetectedMass: Final[Code] = Code("DCM", "111126", "Image detected mass", (6055,))
"""Image detected mass (DCM 111126)."""

ImageDetector: Final[Code] = Code("DCM", "130351", "Image Detector", (9548,))
"""Image Detector (DCM 130351)."""

ImageFrame: Final[Code] = Code("DCM", "130781", "Image frame", (272,))
"""Image frame (DCM 130781)."""

ImageProcessing: Final[Code] = Code("DCM", "110001", "Image Processing", (9231,))
"""Image Processing (DCM 110001)."""

ImageQuality: Final[Code] = Code("DCM", "111101", "Image quality", (6014, 6101, 6201))
"""Image quality (DCM 111101)."""

ImageQualityController: Final[Code] = Code("DCM", "129003", "Image Quality Controller", (7453,))
"""Image Quality Controller (DCM 129003)."""

ImageSpecificity: Final[Code] = Code("DCM", "111091", "Image Specificity", (6048,))
"""Image Specificity (DCM 111091)."""

ImageStitching: Final[Code] = Code("DCM", "113090", "Image stitching", (7203,))
"""Image stitching (DCM 113090)."""

ImageUsedAsReferenceImageForTreatment: Final[Code] = Code(
    "DCM", "129204", "Image used as Reference Image for Treatment", (7201,)
)
"""Image used as Reference Image for Treatment (DCM 129204)."""

ImageUsedForDoseCalculation: Final[Code] = Code(
    "DCM", "129202", "Image used for Dose Calculation", (7201,)
)
"""Image used for Dose Calculation (DCM 129202)."""

ImageUsedForTreatmentPlanning: Final[Code] = Code(
    "DCM", "129201", "Image used for Treatment Planning", (7201,)
)
"""Image used for Treatment Planning (DCM 129201)."""

ImagedContainerLabel: Final[Code] = Code("DCM", "121354", "Imaged container label", (8120,))
"""Imaged container label (DCM 121354)."""

ImagesRelatedToStandaloneObject: Final[Code] = Code(
    "DCM", "121316", "Images related to standalone object", (7201,)
)
"""Images related to standalone object (DCM 121316)."""

Imagify: Final[Code] = Code("DCM", "125903", "Imagify", (12030,))
"""Imagify (DCM 125903)."""

ImagingMeasurementReport: Final[Code] = Code("DCM", "126000", "Imaging Measurement Report", (7021,))
"""Imaging Measurement Report (DCM 126000)."""

ImagingProcedureRoom: Final[Code] = Code("DCM", "127372", "Imaging procedure room", (603,))
"""Imaging procedure room (DCM 127372)."""

ImplantFabrication: Final[Code] = Code("DCM", "129016", "Implant Fabrication", (7064,))
"""Implant Fabrication (DCM 129016)."""

Import: Final[Code] = Code("DCM", "110107", "Import", (400,))
"""Import (DCM 110107)."""

Impression: Final[Code] = Code("DCM", "121073", "Impression", (3419, 6053, 7002))
"""Impression (DCM 121073)."""

InDetectorPlane: Final[Code] = Code("DCM", "113941", "In Detector Plane", (10025,))
"""In Detector Plane (DCM 113941)."""

InHomeCage: Final[Code] = Code("DCM", "127101", "In home cage", (634,))
"""In home cage (DCM 127101)."""

InStentNeointima: Final[Code] = Code("DCM", "122357", "In-Stent Neointima", (3491,))
"""In-Stent Neointima (DCM 122357)."""

InStentNeointimalCrossSectionalArea: Final[Code] = Code(
    "DCM", "122335", "In-Stent Neointimal Cross-Sectional Area", (3482,)
)
"""In-Stent Neointimal Cross-Sectional Area (DCM 122335)."""

InStentNeointimalVolume: Final[Code] = Code("DCM", "122374", "In-Stent Neointimal Volume", (3485,))
"""In-Stent Neointimal Volume (DCM 122374)."""

InadequateCompression: Final[Code] = Code("DCM", "111196", "Inadequate compression", (6041,))
"""Inadequate compression (DCM 111196)."""

InadequateContrastEnhancement: Final[Code] = Code(
    "DCM", "130580", "Inadequate contrast enhancement", (6317,)
)
"""Inadequate contrast enhancement (DCM 130580)."""

InappropriateForTheDevice: Final[Code] = Code(
    "DCM", "128618", "Inappropriate for the device", (800,)
)
"""Inappropriate for the device (DCM 128618)."""

InappropriateForTheIndications: Final[Code] = Code(
    "DCM", "128621", "Inappropriate for the indications", (800,)
)
"""Inappropriate for the indications (DCM 128621)."""

InappropriateImageProcessing: Final[Code] = Code(
    "DCM", "111219", "Inappropriate image processing", (6041, 6135, 7011)
)
"""Inappropriate image processing (DCM 111219)."""

InappropriatePatientOrientation: Final[Code] = Code(
    "DCM", "130461", "Inappropriate Patient Orientation", (9565,)
)
"""Inappropriate Patient Orientation (DCM 130461)."""

InappropriatePatientPosition: Final[Code] = Code(
    "DCM", "130462", "Inappropriate Patient Position", (9565,)
)
"""Inappropriate Patient Position (DCM 130462)."""

IncompleteStudy: Final[Code] = Code("DCM", "130574", "Incomplete study", (6314,))
"""Incomplete study (DCM 130574)."""

InconsistentWithLabelingOfTheDevice: Final[Code] = Code(
    "DCM", "128622", "Inconsistent with labeling of the device", (800,)
)
"""Inconsistent with labeling of the device (DCM 128622)."""

IncorrectModalityWorklistEntry: Final[Code] = Code(
    "DCM", "113038", "Incorrect Modality Worklist Entry", (7010, 7031)
)
"""Incorrect Modality Worklist Entry (DCM 113038)."""

IncorrectProcedureOrdered: Final[Code] = Code(
    "DCM", "110502", "Incorrect procedure ordered", (9301, 9303)
)
"""Incorrect procedure ordered (DCM 110502)."""

IncorrectSideOrdered: Final[Code] = Code("DCM", "110512", "Incorrect side ordered", (9301,))
"""Incorrect side ordered (DCM 110512)."""

IncorrectWorklistEntrySelected: Final[Code] = Code(
    "DCM", "110514", "Incorrect worklist entry selected", (9301, 9302)
)
"""Incorrect worklist entry selected (DCM 110514)."""

IndependentRadiationShield: Final[Code] = Code(
    "DCM", "130641", "Independent radiation shield", (9572,)
)
"""Independent radiation shield (DCM 130641)."""

Indexed: Final[Code] = Code("DCM", "125313", "Indexed", (12303,))
"""Indexed (DCM 125313)."""

IndexedHemodynamicResistance: Final[Code] = Code(
    "DCM", "110826", "Indexed Hemodynamic Resistance", (7180,)
)
"""Indexed Hemodynamic Resistance (DCM 110826)."""

IndicatorMeanTransitTime: Final[Code] = Code(
    "DCM", "109071", "Indicator mean transit time", (3337, 3613, 12254)
)
"""Indicator mean transit time (DCM 109071)."""

IndirectDetector: Final[Code] = Code("DCM", "113949", "Indirect Detector", (10030,))
"""Indirect Detector (DCM 113949)."""

IndividualImpressionRecommendationAnalysis: Final[Code] = Code(
    "DCM", "111233", "Individual Impression/Recommendation Analysis", (6043,)
)
"""Individual Impression/Recommendation Analysis (DCM 111233)."""

IneligibleForReimbursement: Final[Code] = Code(
    "DCM", "128615", "Ineligible for reimbursement", (800,)
)
"""Ineligible for reimbursement (DCM 128615)."""

InferiorToAnterior: Final[Code] = Code("DCM", "110875", "Inferior To Anterior", (7185,))
"""Inferior To Anterior (DCM 110875)."""

InferolateralToSuperomedial: Final[Code] = Code(
    "DCM", "111432", "Inferolateral to superomedial", (6065,)
)
"""Inferolateral to superomedial (DCM 111432)."""

InferomedialToSuperolateral: Final[Code] = Code(
    "DCM", "111433", "Inferomedial to superolateral", (6065,)
)
"""Inferomedial to superolateral (DCM 111433)."""

Infiltrate: Final[Code] = Code("DCM", "112121", "Infiltrate", (6104,))
"""Infiltrate (DCM 112121)."""

InformationTechnology: Final[Code] = Code("DCM", "128173", "Information Technology", (7030,))
"""Information Technology (DCM 128173)."""

InfraredMarker: Final[Code] = Code("DCM", "130645", "Infrared Marker", (9575,))
"""Infrared Marker (DCM 130645)."""

InfraredReflectorMarker: Final[Code] = Code("DCM", "129309", "Infrared Reflector Marker", (7112,))
"""Infrared Reflector Marker (DCM 129309)."""

InfusateEnd: Final[Code] = Code("DCM", "122088", "Infusate end", (3409,))
"""Infusate end (DCM 122088)."""

InfusateStart: Final[Code] = Code("DCM", "122087", "Infusate start", (3409,))
"""Infusate start (DCM 122087)."""

InfusionSystem: Final[Code] = Code("DCM", "113542", "Infusion System", (10041,))
"""Infusion System (DCM 113542)."""

Inhomogeneous: Final[Code] = Code("DCM", "112161", "Inhomogeneous", (6131,))
"""Inhomogeneous (DCM 112161)."""

InnerLimitsOfFuzzyMargin: Final[Code] = Code(
    "DCM", "113662", "Inner limits of fuzzy margin", (6166,)
)
"""Inner limits of fuzzy margin (DCM 113662)."""

InsideOperationalLimitsOfTheDevice: Final[Code] = Code(
    "DCM", "128607", "Inside operational limits of the device", (800,)
)
"""Inside operational limits of the device (DCM 128607)."""

InstanceNumber: Final[Code] = Code("DCM", "113609", "Instance Number", (10022,))
"""Instance Number (DCM 113609)."""

InstancesImported: Final[Code] = Code("DCM", "110028", "Instances Imported", (7008,))
"""Instances Imported (DCM 110028)."""

InstitutionallyApprovedEstimates: Final[Code] = Code(
    "DCM", "113529", "Institutionally Approved Estimates", (10040,)
)
"""Institutionally Approved Estimates (DCM 113529)."""

InstitutionallyDefinedQualityControlStandard: Final[Code] = Code(
    "DCM",
    "111240",
    "Institutionally defined quality control standard",
    (6045, 6136, 6208, 6326, 6353),
)
"""Institutionally defined quality control standard (DCM 111240)."""

InsufficientImplantDisplacementIncorrect: Final[Code] = Code(
    "DCM", "111206", "Insufficient implant displacement incorrect", (6041,)
)
"""Insufficient implant displacement incorrect (DCM 111206)."""

InsufficientQualityForInterpretation: Final[Code] = Code(
    "DCM", "110531", "Insufficient quality for interpretation", (9303,)
)
"""Insufficient quality for interpretation (DCM 110531)."""

IntegratedProjectionRadiographySystem: Final[Code] = Code(
    "DCM", "113958", "Integrated Projection Radiography System", (10032,)
)
"""Integrated Projection Radiography System (DCM 113958)."""

IntegrationOfSumOfClosedAreasOnContiguousSlicesMethodForVolume: Final[Code] = Code(
    "DCM",
    "122503",
    "Integration of sum of closed areas on contiguous slices method for volume",
    (7474,),
)
"""Integration of sum of closed areas on contiguous slices method for volume (DCM 122503)."""

InterHemisphericPlane: Final[Code] = Code("DCM", "125030", "Inter-Hemispheric Plane", (7101,))
"""Inter-Hemispheric Plane (DCM 125030)."""

InterMarkerDistance: Final[Code] = Code("DCM", "121208", "Inter-Marker Distance", (3423,))
"""Inter-Marker Distance (DCM 121208)."""

Interface: Final[Code] = Code("DCM", "112082", "Interface", (6109, 7196))
"""Interface (DCM 112082)."""

InterferingTearsOrDrops: Final[Code] = Code("DCM", "111695", "Interfering Tears or Drops", (4222,))
"""Interfering Tears or Drops (DCM 111695)."""

InterferometricTransducer: Final[Code] = Code(
    "DCM", "130817", "Interferometric Transducer", (11003,)
)
"""Interferometric Transducer (DCM 130817)."""

Interferometry: Final[Code] = Code("DCM", "114202", "Interferometry", (8201,))
"""Interferometry (DCM 114202)."""

InterferometryBasedCornealTomographer: Final[Code] = Code(
    "DCM", "111947", "Interferometry-based corneal tomographer", (4210,)
)
"""Interferometry-based corneal tomographer (DCM 111947)."""

InterlockOverridden: Final[Code] = Code("DCM", "130454", "Interlock Overridden", (9563,))
"""Interlock Overridden (DCM 130454)."""

InterlockResolved: Final[Code] = Code("DCM", "130744", "Interlock Resolved", (9563,))
"""Interlock Resolved (DCM 130744)."""

IntermediateFamilyHistoryOfBreastCancer: Final[Code] = Code(
    "DCM", "111560", "Intermediate family history of breast cancer", (6081,)
)
"""Intermediate family history of breast cancer (DCM 111560)."""

IntermediateLevel: Final[Code] = Code("DCM", "128726", "Intermediate level", (7016,))
"""Intermediate level (DCM 128726)."""

InternationalProgressiveDogBreedersAlliance: Final[Code] = Code(
    "DCM", "109214", "International Progressive Dog Breeders' Alliance", (7481,)
)
"""International Progressive Dog Breeders' Alliance (DCM 109214)."""

InterpolatedLocalReference: Final[Code] = Code(
    "DCM", "122490", "Interpolated Local Reference", (3465,)
)
"""Interpolated Local Reference (DCM 122490)."""

Interpretation: Final[Code] = Code("DCM", "110005", "Interpretation", (9231,))
"""Interpretation (DCM 110005)."""

InterpretationRequiresSpecialistExpertise: Final[Code] = Code(
    "DCM", "110532", "Interpretation requires specialist expertise", (9303,)
)
"""Interpretation requires specialist expertise (DCM 110532)."""

InterquartileRangeOfPopulation: Final[Code] = Code(
    "DCM", "130614", "Interquartile Range of population", (226,)
)
"""Interquartile Range of population (DCM 130614)."""

InterquartileRangeToMedianRatioOfPopulation: Final[Code] = Code(
    "DCM", "130615", "Interquartile Range to Median ratio of population", (226,)
)
"""Interquartile Range to Median ratio of population (DCM 130615)."""

InterstitialIllumination: Final[Code] = Code("DCM", "130814", "Interstitial illumination", (11001,))
"""Interstitial illumination (DCM 130814)."""

InterventionPerformed: Final[Code] = Code("DCM", "122312", "Intervention performed", (3412,))
"""Intervention performed (DCM 122312)."""

InterventionalDevicePlaced: Final[Code] = Code(
    "DCM", "122311", "Interventional device placed", (3412,)
)
"""Interventional device placed (DCM 122311)."""

InterventionalDevicePlacementUnsuccessful: Final[Code] = Code(
    "DCM", "122310", "Interventional device placement unsuccessful", (3412,)
)
"""Interventional device placement unsuccessful (DCM 122310)."""

InterventionalDeviceWithdrawn: Final[Code] = Code(
    "DCM", "122313", "Interventional device withdrawn", (3412,)
)
"""Interventional device withdrawn (DCM 122313)."""

IntimalDissection: Final[Code] = Code("DCM", "122398", "Intimal Dissection", (3492,))
"""Intimal Dissection (DCM 122398)."""

IntraOralRadiography: Final[Code] = Code("DCM", "IO", "Intra-oral Radiography", (29,))
"""Intra-oral Radiography (DCM IO)."""

IntraStentDissection: Final[Code] = Code("DCM", "122388", "Intra-stent Dissection", (3492,))
"""Intra-stent Dissection (DCM 122388)."""

IntracysticLesion: Final[Code] = Code("DCM", "111461", "Intracystic lesion", (6064,))
"""Intracystic lesion (DCM 111461)."""

IntracysticPapillaryCarcinoma: Final[Code] = Code(
    "DCM", "111315", "Intracystic papillary carcinoma", (6033,)
)
"""Intracystic papillary carcinoma (DCM 111315)."""

IntraductalCarcinomaHighGrade: Final[Code] = Code(
    "DCM", "111341", "Intraductal carcinoma, high grade", (6033,)
)
"""Intraductal carcinoma, high grade (DCM 111341)."""

IntraductalCarcinomaLowGrade: Final[Code] = Code(
    "DCM", "111313", "Intraductal carcinoma, low grade", (6033,)
)
"""Intraductal carcinoma, low grade (DCM 111313)."""

IntraductalComedocarcinomaWithNecrosis: Final[Code] = Code(
    "DCM", "111312", "Intraductal comedocarcinoma with necrosis", (6033,)
)
"""Intraductal comedocarcinoma with necrosis (DCM 111312)."""

IntralobularLines: Final[Code] = Code("DCM", "112108", "Intralobular lines", (6103,))
"""Intralobular lines (DCM 112108)."""

IntraluminalFillingDefect: Final[Code] = Code(
    "DCM", "111425", "Intraluminal filling defect", (6057,)
)
"""Intraluminal filling defect (DCM 111425)."""

IntraocularLensCalculation: Final[Code] = Code("DCM", "IOL", "Intraocular Lens Calculation", (32,))
"""Intraocular Lens Calculation (DCM IOL)."""

IntraoperativeFixedAperture: Final[Code] = Code(
    "DCM", "130345", "Intraoperative Fixed Aperture", (9545,)
)
"""Intraoperative Fixed Aperture (DCM 130345)."""

IntraoperativeTransducer: Final[Code] = Code("DCM", "125267", "Intraoperative Transducer", (12035,))
"""Intraoperative Transducer (DCM 125267)."""

IntravascularOpticalCoherenceTomography: Final[Code] = Code(
    "DCM", "IVOCT", "Intravascular Optical Coherence Tomography", (29,)
)
"""Intravascular Optical Coherence Tomography (DCM IVOCT)."""

IntravascularTransducer: Final[Code] = Code("DCM", "125265", "Intravascular Transducer", (12035,))
"""Intravascular Transducer (DCM 125265)."""

IntravascularUltrasound: Final[Code] = Code("DCM", "IVUS", "Intravascular Ultrasound", (29,))
"""Intravascular Ultrasound (DCM IVUS)."""

InvasiveAndInSituCarcinoma: Final[Code] = Code(
    "DCM", "111316", "Invasive and in-situ carcinoma", (6033,)
)
"""Invasive and in-situ carcinoma (DCM 111316)."""

InvasiveBreastCarcinoma: Final[Code] = Code("DCM", "111389", "Invasive breast carcinoma", (6159,))
"""Invasive breast carcinoma (DCM 111389)."""

InvestigationalNewDrug: Final[Code] = Code("DCM", "113530", "Investigational New Drug", (10040,))
"""Investigational New Drug (DCM 113530)."""

IodinatedI125DPA713: Final[Code] = Code("DCM", "126764", "Iodinated I^125^ DPA-713", (25,))
"""Iodinated I^125^ DPA-713 (DCM 126764)."""

IonChamber: Final[Code] = Code("DCM", "128707", "Ion Chamber", (7026, 7027))
"""Ion Chamber (DCM 128707)."""

IonChamberArray: Final[Code] = Code("DCM", "128703", "Ion Chamber Array", (7026, 7027))
"""Ion Chamber Array (DCM 128703)."""

IrradiatingDevice: Final[Code] = Code("DCM", "113859", "Irradiating Device", (7445,))
"""Irradiating Device (DCM 113859)."""

IrradiationAdministering: Final[Code] = Code("DCM", "113851", "Irradiation Administering", (7453,))
"""Irradiation Administering (DCM 113851)."""

IrradiationAuthorizing: Final[Code] = Code("DCM", "113850", "Irradiation Authorizing", (7453,))
"""Irradiation Authorizing (DCM 113850)."""

IrradiationEvent: Final[Code] = Code("DCM", "113852", "Irradiation Event", (10000,))
"""Irradiation Event (DCM 113852)."""

IrradiationEventUID: Final[Code] = Code("DCM", "113769", "Irradiation Event UID", (10001,))
"""Irradiation Event UID (DCM 113769)."""

IsocenterOrigin: Final[Code] = Code("DCM", "130539", "Isocenter Origin", (10074,))
"""Isocenter Origin (DCM 130539)."""

IsocentricPatientSupportContinuousPitchAngle: Final[Code] = Code(
    "DCM", "126812", "Isocentric Patient Support Continuous Pitch Angle", (9569,)
)
"""Isocentric Patient Support Continuous Pitch Angle (DCM 126812)."""

IsocentricPatientSupportContinuousRollAngle: Final[Code] = Code(
    "DCM", "126813", "Isocentric Patient Support Continuous Roll Angle", (9569,)
)
"""Isocentric Patient Support Continuous Roll Angle (DCM 126813)."""

IsocentricPatientSupportContinuousYawAngle: Final[Code] = Code(
    "DCM", "126814", "Isocentric Patient Support Continuous Yaw Angle", (9569,)
)
"""Isocentric Patient Support Continuous Yaw Angle (DCM 126814)."""

IsocentricPatientSupportLateralPosition: Final[Code] = Code(
    "DCM", "126815", "Isocentric Patient Support Lateral Position", (9569,)
)
"""Isocentric Patient Support Lateral Position (DCM 126815)."""

IsocentricPatientSupportLongitudinalPosition: Final[Code] = Code(
    "DCM", "126816", "Isocentric Patient Support Longitudinal Position", (9569,)
)
"""Isocentric Patient Support Longitudinal Position (DCM 126816)."""

IsocentricPatientSupportVerticalPosition: Final[Code] = Code(
    "DCM", "126817", "Isocentric Patient Support Vertical Position", (9569,)
)
"""Isocentric Patient Support Vertical Position (DCM 126817)."""

IsocentricSetupMethod: Final[Code] = Code("DCM", "130630", "Isocentric Setup Method", (9571,))
"""Isocentric Setup Method (DCM 130630)."""

IsocentricTreatmentLocationPoint: Final[Code] = Code(
    "DCM", "130073", "Isocentric Treatment Location Point", (9504, 9553)
)
"""Isocentric Treatment Location Point (DCM 130073)."""

Isodose: Final[Code] = Code("DCM", "128484", "Isodose", (10063,))
"""Isodose (DCM 128484)."""

IsodoseVolume: Final[Code] = Code("DCM", "130747", "Isodose Volume", (9582,))
"""Isodose Volume (DCM 130747)."""

Isoechoic: Final[Code] = Code("DCM", "111365", "Isoechoic", (6154,))
"""Isoechoic (DCM 111365)."""

IterativeClosestPoint: Final[Code] = Code("DCM", "114213", "Iterative Closest Point", (8203,))
"""Iterative Closest Point (DCM 114213)."""

IterativeReconstruction: Final[Code] = Code("DCM", "113963", "Iterative Reconstruction", (10033,))
"""Iterative Reconstruction (DCM 113963)."""

J59189Zr: Final[Code] = Code("DCM", "126514", "J591 ^89^Zr", (4021,))
"""J591 ^89^Zr (DCM 126514)."""

JawPair: Final[Code] = Code("DCM", "130330", "Jaw Pair", (9540,))
"""Jaw Pair (DCM 130330)."""

JawPositionToleranceViolation: Final[Code] = Code(
    "DCM", "130471", "Jaw Position Tolerance Violation", (9567,)
)
"""Jaw Position Tolerance Violation (DCM 130471)."""

JuvenilePapillomatosis: Final[Code] = Code("DCM", "111277", "Juvenile papillomatosis", (6031,))
"""Juvenile papillomatosis (DCM 111277)."""

KTypeFilter: Final[Code] = Code("DCM", "130765", "K-type filter", (3042,))
"""K-type filter (DCM 130765)."""

KeepVeinOpenEnded: Final[Code] = Code("DCM", "130162", "Keep vein open ended", (71,))
"""Keep vein open ended (DCM 130162)."""

KeepVeinOpenStarted: Final[Code] = Code("DCM", "130161", "Keep vein open started", (71,))
"""Keep vein open started (DCM 130161)."""

Kep: Final[Code] = Code("DCM", "126313", "kep", (4107,))
"""kep (DCM 126313)."""

Keratometry: Final[Code] = Code("DCM", "KER", "Keratometry", (29,))
"""Keratometry (DCM KER)."""

KeratometryMeasurementsSOPInstance: Final[Code] = Code(
    "DCM", "111757", "Keratometry Measurements SOP Instance", (4240,)
)
"""Keratometry Measurements SOP Instance (DCM 111757)."""

KerleyALine: Final[Code] = Code("DCM", "112109", "Kerley A line", (6103,))
"""Kerley A line (DCM 112109)."""

KerleyBLine: Final[Code] = Code("DCM", "112110", "Kerley B line", (6103,))
"""Kerley B line (DCM 112110)."""

KerleyCLines: Final[Code] = Code("DCM", "112111", "Kerley C lines", (6103,))
"""Kerley C lines (DCM 112111)."""

KeyObjectSelection: Final[Code] = Code("DCM", "KO", "Key Object Selection", (32,))
"""Key Object Selection (DCM KO)."""

KidneyStent: Final[Code] = Code("DCM", "112175", "Kidney stent", (6203, 6404))
"""Kidney stent (DCM 112175)."""

KnownBiopsyProvenMalignancy: Final[Code] = Code(
    "DCM", "111125", "Known biopsy proven malignancy", (6051,)
)
"""Known biopsy proven malignancy (DCM 111125)."""

KnownBiopsyProvenMalignancyTakeAppropriateAction: Final[Code] = Code(
    "DCM", "111122", "Known biopsy proven malignancy - take appropriate action", (6029,)
)
"""Known biopsy proven malignancy - take appropriate action (DCM 111122)."""

Ktrans: Final[Code] = Code("DCM", "126312", "Ktrans", (4107,))
"""Ktrans (DCM 126312)."""

Kurtosis: Final[Code] = Code("DCM", "126052", "Kurtosis", (7464,))
"""Kurtosis (DCM 126052)."""

KurtosisDiffusionCoefficient: Final[Code] = Code(
    "DCM", "113294", "Kurtosis Diffusion Coefficient", (7272,)
)
"""Kurtosis Diffusion Coefficient (DCM 113294)."""

KurtosisDiffusionModel: Final[Code] = Code("DCM", "113252", "Kurtosis diffusion model", (7273,))
"""Kurtosis diffusion model (DCM 113252)."""

LADRegionInLAOProjection: Final[Code] = Code(
    "DCM", "122470", "LAD Region in LAO Projection", (3461,)
)
"""LAD Region in LAO Projection (DCM 122470)."""

LADRegionInRAOProjection: Final[Code] = Code(
    "DCM", "122464", "LAD Region in RAO Projection", (3460,)
)
"""LAD Region in RAO Projection (DCM 122464)."""

LDLCholesterolScoreSheetForMen: Final[Code] = Code(
    "DCM", "122233", "LDL Cholesterol Score Sheet for Men", (3668,)
)
"""LDL Cholesterol Score Sheet for Men (DCM 122233)."""

LDLCholesterolScoreSheetForWomen: Final[Code] = Code(
    "DCM", "122234", "LDL Cholesterol Score Sheet for Women", (3668,)
)
"""LDL Cholesterol Score Sheet for Women (DCM 122234)."""

LSDI: Final[Code] = Code("DCM", "113225", "LSDI", (7260,))
"""LSDI (DCM 113225)."""

LVEndSystolicGLS2CHEndocardial: Final[Code] = Code(
    "DCM", "130688", "LV End-systolic GLS 2CH (Endocardial)", (12309,)
)
"""LV End-systolic GLS 2CH (Endocardial) (DCM 130688)."""

LVEndSystolicGLS4CHEndocardial: Final[Code] = Code(
    "DCM", "130687", "LV End-systolic GLS 4CH (Endocardial)", (12309,)
)
"""LV End-systolic GLS 4CH (Endocardial) (DCM 130687)."""

LVEndSystolicGLSALAXEndocardial: Final[Code] = Code(
    "DCM", "130689", "LV End-systolic GLS ALAX (Endocardial)", (12309,)
)
"""LV End-systolic GLS ALAX (Endocardial) (DCM 130689)."""

LVEndSystolicGLSMultiviewMeanEndocardial: Final[Code] = Code(
    "DCM", "130686", "LV End-systolic GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV End-systolic GLS Multiview Mean (Endocardial) (DCM 130686)."""

LVEndSystolicMechanicalDispersion: Final[Code] = Code(
    "DCM", "130698", "LV End-systolic Mechanical Dispersion", (12309,)
)
"""LV End-systolic Mechanical Dispersion (DCM 130698)."""

LVPeakGLS2CHEndocardial: Final[Code] = Code(
    "DCM", "130696", "LV Peak GLS 2CH (Endocardial)", (12309,)
)
"""LV Peak GLS 2CH (Endocardial) (DCM 130696)."""

LVPeakGLS4CHEndocardial: Final[Code] = Code(
    "DCM", "130695", "LV Peak GLS 4CH (Endocardial)", (12309,)
)
"""LV Peak GLS 4CH (Endocardial) (DCM 130695)."""

LVPeakGLSALAXEndocardial: Final[Code] = Code(
    "DCM", "130697", "LV Peak GLS ALAX (Endocardial)", (12309,)
)
"""LV Peak GLS ALAX (Endocardial) (DCM 130697)."""

LVPeakGLSMultiviewMeanEndocardial: Final[Code] = Code(
    "DCM", "130694", "LV Peak GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV Peak GLS Multiview Mean (Endocardial) (DCM 130694)."""

LVPeakSystolicGLS2CHEndocardial: Final[Code] = Code(
    "DCM", "130692", "LV Peak Systolic GLS 2CH (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS 2CH (Endocardial) (DCM 130692)."""

LVPeakSystolicGLS4CHEndocardial: Final[Code] = Code(
    "DCM", "130691", "LV Peak Systolic GLS 4CH (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS 4CH (Endocardial) (DCM 130691)."""

LVPeakSystolicGLSALAXEndocardial: Final[Code] = Code(
    "DCM", "130693", "LV Peak Systolic GLS ALAX (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS ALAX (Endocardial) (DCM 130693)."""

LVPeakSystolicGLSMultiviewMeanEndocardial: Final[Code] = Code(
    "DCM", "130690", "LV Peak Systolic GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS Multiview Mean (Endocardial) (DCM 130690)."""

LWHMethodForVolumeOfEllipsoid: Final[Code] = Code(
    "DCM", "126029", "LWH method for volume of ellipsoid", (7474,)
)
"""LWH method for volume of ellipsoid (DCM 126029)."""

LactationalChange: Final[Code] = Code("DCM", "111279", "Lactational change", (6031,))
"""Lactational change (DCM 111279)."""

LargeDuctPapilloma: Final[Code] = Code("DCM", "111281", "Large duct papilloma", (6031,))
"""Large duct papilloma (DCM 111281)."""

LargeGreaterThan38Point0cmLateralThickness: Final[Code] = Code(
    "DCM", "113603", "Large: > 38.0 cm lateral thickness", (7042,)
)
"""Large: > 38.0 cm lateral thickness (DCM 113603)."""

LaserCrossHairs: Final[Code] = Code("DCM", "128151", "Laser Cross-hairs", (1015, 9575))
"""Laser Cross-hairs (DCM 128151)."""

LaserScan: Final[Code] = Code("DCM", "LS", "Laser Scan", (29, 9575))
"""Laser Scan (DCM LS)."""

LaserScanning: Final[Code] = Code("DCM", "114203", "Laser scanning", (8201,))
"""Laser scanning (DCM 114203)."""

LaserScanning3DCAMModel: Final[Code] = Code("DCM", "129021", "Laser Scanning 3D CAM model", (7061,))
"""Laser Scanning 3D CAM model (DCM 129021)."""

LateChildBearingAfter30: Final[Code] = Code(
    "DCM", "111555", "Late child bearing (after 30)", (6081,)
)
"""Late child bearing (after 30) (DCM 111555)."""

LateContrastEnhancement: Final[Code] = Code("DCM", "122664", "Late Contrast Enhancement", (6346,))
"""Late Contrast Enhancement (DCM 122664)."""

LeadRadiologicTechnologist: Final[Code] = Code(
    "DCM", "128674", "Lead Radiologic Technologist", (7452, 9536)
)
"""Lead Radiologic Technologist (DCM 128674)."""

LeafPairs: Final[Code] = Code("DCM", "130331", "Leaf Pairs", (9540,))
"""Leaf Pairs (DCM 130331)."""

LeastMeanSquareLMSDeconvolution: Final[Code] = Code(
    "DCM", "126310", "Least Mean Square (LMS) deconvolution", (4105,)
)
"""Least Mean Square (LMS) deconvolution (DCM 126310)."""

LeastSquaresFitOfMultipleSamples: Final[Code] = Code(
    "DCM", "113261", "Least squares fit of multiple samples", (7274,)
)
"""Least squares fit of multiple samples (DCM 113261)."""

LeftAtrialEDVolume: Final[Code] = Code("DCM", "122407", "Left Atrial ED Volume", (3468,))
"""Left Atrial ED Volume (DCM 122407)."""

LeftAtrialESVolume: Final[Code] = Code("DCM", "122408", "Left Atrial ES Volume", (3469,))
"""Left Atrial ES Volume (DCM 122408)."""

LeftAtrialEjectionFractionByAngiography: Final[Code] = Code(
    "DCM", "122406", "Left Atrial Ejection Fraction by Angiography", (3467,)
)
"""Left Atrial Ejection Fraction by Angiography (DCM 122406)."""

LeftFirst: Final[Code] = Code("DCM", "126830", "left first", (21,))
"""left first (DCM 126830)."""

LeftHemisphereMostAnterior: Final[Code] = Code(
    "DCM", "125035", "Left Hemisphere Most Anterior", (7101,)
)
"""Left Hemisphere Most Anterior (DCM 125035)."""

LeftHemisphereMostInferior: Final[Code] = Code(
    "DCM", "125038", "Left Hemisphere Most Inferior", (7101,)
)
"""Left Hemisphere Most Inferior (DCM 125038)."""

LeftHemisphereMostPosterior: Final[Code] = Code(
    "DCM", "125036", "Left Hemisphere Most Posterior", (7101,)
)
"""Left Hemisphere Most Posterior (DCM 125036)."""

LeftHemisphereMostSuperior: Final[Code] = Code(
    "DCM", "125037", "Left Hemisphere Most Superior", (7101,)
)
"""Left Hemisphere Most Superior (DCM 125037)."""

LeftRightAxis: Final[Code] = Code("DCM", "110860", "Left-Right Axis", (7184,))
"""Left-Right Axis (DCM 110860)."""

LeftToRight: Final[Code] = Code("DCM", "110867", "Left To Right", (7185,))
"""Left To Right (DCM 110867)."""

LeftVentricleApicalAnterolateralSegment: Final[Code] = Code(
    "DCM", "130623", "left ventricle apical anterolateral segment", (3785, 12305)
)
"""left ventricle apical anterolateral segment (DCM 130623)."""

LeftVentricleApicalAnteroseptalSegment: Final[Code] = Code(
    "DCM", "130620", "left ventricle apical anteroseptal segment", (3785, 12305)
)
"""left ventricle apical anteroseptal segment (DCM 130620)."""

LeftVentricleApicalInferolateralSegment: Final[Code] = Code(
    "DCM", "130622", "left ventricle apical inferolateral segment", (3785, 12305)
)
"""left ventricle apical inferolateral segment (DCM 130622)."""

LeftVentricleApicalInferoseptalSegment: Final[Code] = Code(
    "DCM", "130621", "left ventricle apical inferoseptal segment", (3785, 12305)
)
"""left ventricle apical inferoseptal segment (DCM 130621)."""

LeftVentricleMassByAreaLength: Final[Code] = Code(
    "DCM", "125270", "Left Ventricle Mass by Area Length", (12232,)
)
"""Left Ventricle Mass by Area Length (DCM 125270)."""

LeftVentricleMassByAreaLengthAdjustedByHeight: Final[Code] = Code(
    "DCM", "125273", "Left Ventricle Mass by Area Length - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by Area Length - adjusted by Height (DCM 125273)."""

LeftVentricleMassByMMode: Final[Code] = Code(
    "DCM", "125221", "Left Ventricle Mass by M-mode", (12232,)
)
"""Left Ventricle Mass by M-mode (DCM 125221)."""

LeftVentricleMassByMModeAdjustedByHeight: Final[Code] = Code(
    "DCM", "125271", "Left Ventricle Mass by M-mode - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by M-mode - adjusted by Height (DCM 125271)."""

LeftVentricleMassByTruncatedEllipse: Final[Code] = Code(
    "DCM", "125222", "Left Ventricle Mass by Truncated Ellipse", (12232,)
)
"""Left Ventricle Mass by Truncated Ellipse (DCM 125222)."""

LeftVentricleMassByTruncatedEllipseAdjustedByHeight: Final[Code] = Code(
    "DCM", "125272", "Left Ventricle Mass by Truncated Ellipse - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by Truncated Ellipse - adjusted by Height (DCM 125272)."""

LeftVentricularEjectionTime: Final[Code] = Code(
    "DCM", "122211", "Left Ventricular ejection time", (3613,)
)
"""Left Ventricular ejection time (DCM 122211)."""

LeftVentricularFillingTime: Final[Code] = Code(
    "DCM", "122212", "Left Ventricular filling time", (3613,)
)
"""Left Ventricular filling time (DCM 122212)."""

Lensometry: Final[Code] = Code("DCM", "LEN", "Lensometry", (29,))
"""Lensometry (DCM LEN)."""

LesionCapsularContactLength: Final[Code] = Code(
    "DCM", "130558", "Lesion capsular contact length", (6351,)
)
"""Lesion capsular contact length (DCM 130558)."""

LesionCentered: Final[Code] = Code("DCM", "111902", "Lesion centered", (4207,))
"""Lesion centered (DCM 111902)."""

LesionCompletelyRemoved: Final[Code] = Code("DCM", "111447", "Lesion completely removed", (6066,))
"""Lesion completely removed (DCM 111447)."""

LesionPartiallyRemoved: Final[Code] = Code("DCM", "111448", "Lesion partially removed", (6066,))
"""Lesion partially removed (DCM 111448)."""

LesionSensitivity: Final[Code] = Code("DCM", "111089", "Lesion Sensitivity", (6048,))
"""Lesion Sensitivity (DCM 111089)."""

LesionToBackgroundSUVRatio: Final[Code] = Code(
    "DCM", "126039", "Lesion to Background SUV Ratio", (7466,)
)
"""Lesion to Background SUV Ratio (DCM 126039)."""

LesserThan3MonthsAgo: Final[Code] = Code("DCM", "111396", "< 3 months ago", (6164,))
"""< 3 months ago (DCM 111396)."""

LeukemicInfiltration: Final[Code] = Code("DCM", "111318", "Leukemic infiltration", (6033,))
"""Leukemic infiltration (DCM 111318)."""

LevenbergMarquardt: Final[Code] = Code("DCM", "113265", "Levenberg-Marquardt", (7274,))
"""Levenberg-Marquardt (DCM 113265)."""

Levovist: Final[Code] = Code("DCM", "125904", "Levovist", (12030,))
"""Levovist (DCM 125904)."""

LightBrownColor: Final[Code] = Code("DCM", "111450", "Light brown color", (6067,))
"""Light brown color (DCM 111450)."""

Line: Final[Code] = Code("DCM", "112083", "Line", (6109, 7196))
"""Line (DCM 112083)."""

LineBScanPattern: Final[Code] = Code("DCM", "128281", "Line B-scan pattern", (4272,))
"""Line B-scan pattern (DCM 128281)."""

LineNoiseArtifact: Final[Code] = Code("DCM", "130886", "Line noise artifact", (3035,))
"""Line noise artifact (DCM 130886)."""

LineScanPattern: Final[Code] = Code("DCM", "125240", "Line scan pattern", (12032,))
"""Line scan pattern (DCM 125240)."""

LineSegmentLength: Final[Code] = Code("DCM", "121227", "Line segment length", (7470,))
"""Line segment length (DCM 121227)."""

Linear: Final[Code] = Code("DCM", "112150", "Linear", (6123, 6340))
"""Linear (DCM 112150)."""

LinearCurve: Final[Code] = Code("DCM", "130253", "Linear Curve", (73,))
"""Linear Curve (DCM 130253)."""

LinearDisplacement: Final[Code] = Code("DCM", "110856", "Linear Displacement", (7182,))
"""Linear Displacement (DCM 110856)."""

LinearQuadraticLinearModel: Final[Code] = Code(
    "DCM", "130133", "Linear-Quadratic-Linear Model", (9539,)
)
"""Linear-Quadratic-Linear Model (DCM 130133)."""

LinearQuadraticModel: Final[Code] = Code("DCM", "130131", "Linear-Quadratic Model", (9539,))
"""Linear-Quadratic Model (DCM 130131)."""

LinearQuadraticModelForLowDoseRateBrachytherapy: Final[Code] = Code(
    "DCM", "130134", "Linear-Quadratic Model for Low-Dose Rate Brachytherapy", (9539,)
)
"""Linear-Quadratic Model for Low-Dose Rate Brachytherapy (DCM 130134)."""

LinearQuadraticModelWithTimeFactor: Final[Code] = Code(
    "DCM", "130132", "Linear-Quadratic Model with Time Factor", (9539,)
)
"""Linear-Quadratic Model with Time Factor (DCM 130132)."""

LinearSpiculation: Final[Code] = Code("DCM", "113665", "Linear spiculation", (6166,))
"""Linear spiculation (DCM 113665)."""

LinearUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "125252", "Linear ultrasound transducer geometry", (12033,)
)
"""Linear ultrasound transducer geometry (DCM 125252)."""

LipidAndLactate: Final[Code] = Code("DCM", "113095", "Lipid and Lactate", (4033,))
"""Lipid and Lactate (DCM 113095)."""

LiquidCrystalDisplay: Final[Code] = Code("DCM", "109992", "Liquid Crystal Display", (8303,))
"""Liquid Crystal Display (DCM 109992)."""

LiquidIonChamber: Final[Code] = Code("DCM", "128705", "Liquid Ion Chamber", (7026, 7027))
"""Liquid Ion Chamber (DCM 128705)."""

Lobar: Final[Code] = Code("DCM", "112158", "Lobar", (6128, 6129))
"""Lobar (DCM 112158)."""

Lobulated: Final[Code] = Code("DCM", "112135", "Lobulated", (6119, 6340))
"""Lobulated (DCM 112135)."""

LocalEffectModel: Final[Code] = Code("DCM", "130128", "Local Effect Model", (9538,))
"""Local Effect Model (DCM 130128)."""

LocalServiceOperationStarted: Final[Code] = Code(
    "DCM", "110141", "Local Service Operation Started", (401, 403)
)
"""Local Service Operation Started (DCM 110141)."""

LocalServiceOperationStopped: Final[Code] = Code(
    "DCM", "110142", "Local Service Operation Stopped", (401, 403)
)
"""Local Service Operation Stopped (DCM 110142)."""

Localizer: Final[Code] = Code("DCM", "121311", "Localizer", (4264, 7201, 8120))
"""Localizer (DCM 121311)."""

LocallyManufacturedProduct: Final[Code] = Code(
    "DCM", "127390", "Locally manufactured product", (608,)
)
"""Locally manufactured product (DCM 127390)."""

LogOfRatioOfTwoSamples: Final[Code] = Code("DCM", "113260", "Log of ratio of two samples", (7274,))
"""Log of ratio of two samples (DCM 113260)."""

Login: Final[Code] = Code("DCM", "110122", "Login", (401, 403))
"""Login (DCM 110122)."""

Logout: Final[Code] = Code("DCM", "110123", "Logout", (401, 403))
"""Logout (DCM 110123)."""

LongAxisBased: Final[Code] = Code("DCM", "122476", "Long Axis Based", (3458,))
"""Long Axis Based (DCM 122476)."""

LongitudinalLagrangianStrain: Final[Code] = Code(
    "DCM", "130670", "Longitudinal Lagrangian Strain", (12311,)
)
"""Longitudinal Lagrangian Strain (DCM 130670)."""

LongitudinalLagrangianStrainRate: Final[Code] = Code(
    "DCM", "130674", "Longitudinal Lagrangian Strain Rate", (12311,)
)
"""Longitudinal Lagrangian Strain Rate (DCM 130674)."""

LossyCompressedImage: Final[Code] = Code("DCM", "121325", "Lossy compressed image", (7205,))
"""Lossy compressed image (DCM 121325)."""

LossyCompressedPredecessor: Final[Code] = Code(
    "DCM", "121330", "Lossy compressed predecessor", (7202,)
)
"""Lossy compressed predecessor (DCM 121330)."""

LossyCompression: Final[Code] = Code("DCM", "113040", "Lossy Compression", (7203,))
"""Lossy Compression (DCM 113040)."""

LotIdentifier: Final[Code] = Code("DCM", "121149", "Lot Identifier", (3426,))
"""Lot Identifier (DCM 121149)."""

Low: Final[Code] = Code("DCM", "111577", "Low", (6090,))
"""Low (DCM 111577)."""

LowThyroidUptake: Final[Code] = Code("DCM", "113561", "Low Thyroid Uptake", (64, 10045))
"""Low Thyroid Uptake (DCM 113561)."""

Lucency: Final[Code] = Code("DCM", "112084", "Lucency", (6109, 7196))
"""Lucency (DCM 112084)."""

LumenDiameterRatio: Final[Code] = Code("DCM", "122350", "Lumen Diameter Ratio", (3484,))
"""Lumen Diameter Ratio (DCM 122350)."""

LumenEccentricityIndex: Final[Code] = Code("DCM", "122343", "Lumen Eccentricity Index", (3484,))
"""Lumen Eccentricity Index (DCM 122343)."""

LumenPerimeter: Final[Code] = Code("DCM", "122332", "Lumen Perimeter", (3481,))
"""Lumen Perimeter (DCM 122332)."""

LumenShapeIndex: Final[Code] = Code("DCM", "122348", "Lumen Shape Index", (3484,))
"""Lumen Shape Index (DCM 122348)."""

LumenVolume: Final[Code] = Code("DCM", "122372", "Lumen Volume", (3485,))
"""Lumen Volume (DCM 122372)."""

LuminanceResponseEvaluation: Final[Code] = Code(
    "DCM", "109703", "Luminance response evaluation", (8300,)
)
"""Luminance response evaluation (DCM 109703)."""

LuminanceUniformityEvaluation: Final[Code] = Code(
    "DCM", "109704", "Luminance uniformity evaluation", (8300,)
)
"""Luminance uniformity evaluation (DCM 109704)."""

Lutetium177NAcetylaspartylglutamate: Final[Code] = Code(
    "DCM", "126509", "Lutetium^177^ n-acetylaspartylglutamate", (25,)
)
"""Lutetium^177^ n-acetylaspartylglutamate (DCM 126509)."""

LympathicVesselInvasion: Final[Code] = Code("DCM", "111320", "Lympathic vessel invasion", (6033,))
"""Lympathic vessel invasion (DCM 111320)."""

MDerivedFilter: Final[Code] = Code("DCM", "130766", "M-derived filter", (3042,))
"""M-derived filter (DCM 130766)."""

MEDI55189Zr: Final[Code] = Code("DCM", "126730", "MEDI-551 ^89^Zr", (4021,))
"""MEDI-551 ^89^Zr (DCM 126730)."""

MEMSBasedTransducer: Final[Code] = Code("DCM", "130816", "MEMS-based Transducer", (11003,))
"""MEMS-based Transducer (DCM 130816)."""

MIRDOSE: Final[Code] = Code("DCM", "113526", "MIRDOSE", (10040,))
"""MIRDOSE (DCM 113526)."""

MIRDPamphlet1: Final[Code] = Code("DCM", "113520", "MIRD Pamphlet 1", (10040,))
"""MIRD Pamphlet 1 (DCM 113520)."""

MLCPositionInterlock: Final[Code] = Code("DCM", "130829", "MLC Position Interlock", (9568,))
"""MLC Position Interlock (DCM 130829)."""

MLCPositionToleranceViolation: Final[Code] = Code(
    "DCM", "130472", "MLC Position Tolerance Violation", (9567,)
)
"""MLC Position Tolerance Violation (DCM 130472)."""

MLOEvidenceOfMotionBlur: Final[Code] = Code("DCM", "111200", "MLO Evidence of motion blur", (6041,))
"""MLO Evidence of motion blur (DCM 111200)."""

MLOInframammaryFoldIsNotOpen: Final[Code] = Code(
    "DCM", "111201", "MLO Inframammary fold is not open", (6041,)
)
"""MLO Inframammary fold is not open (DCM 111201)."""

MLOInsufficientPectoralMuscle: Final[Code] = Code(
    "DCM", "111197", "MLO Insufficient pectoral muscle", (6041,)
)
"""MLO Insufficient pectoral muscle (DCM 111197)."""

MLONoFatIsVisualizedPosteriorToFibroglandularTissues: Final[Code] = Code(
    "DCM", "111198", "MLO No fat is visualized posterior to fibroglandular tissues", (6041,)
)
"""MLO No fat is visualized posterior to fibroglandular tissues (DCM 111198)."""

MLOPoorSeparationOfDeepAndSuperficialBreastTissues: Final[Code] = Code(
    "DCM", "111199", "MLO Poor separation of deep and superficial breast tissues", (6041,)
)
"""MLO Poor separation of deep and superficial breast tissues (DCM 111199)."""

MODImported: Final[Code] = Code("DCM", "110026", "MOD Imported", (7008,))
"""MOD Imported (DCM 110026)."""

MPPSContent: Final[Code] = Code("DCM", "113858", "MPPS Content", (10020,))
"""MPPS Content (DCM 113858)."""

MRMarker: Final[Code] = Code("DCM", "129308", "MR Marker", (7112,))
"""MR Marker (DCM 129308)."""

MRSignalIntensity: Final[Code] = Code("DCM", "110852", "MR signal intensity", (7180,))
"""MR signal intensity (DCM 110852)."""

MachineCalibrationAdjustment: Final[Code] = Code(
    "DCM", "130465", "Machine Calibration Adjustment", (9565,)
)
"""Machine Calibration Adjustment (DCM 130465)."""

MachineCapabilityLicenseExpired: Final[Code] = Code(
    "DCM", "130467", "Machine Capability License Expired", (9565,)
)
"""Machine Capability License Expired (DCM 130467)."""

MachineClearanceInterlock: Final[Code] = Code(
    "DCM", "130740", "Machine Clearance Interlock", (9568,)
)
"""Machine Clearance Interlock (DCM 130740)."""

MachineNotAvailable: Final[Code] = Code("DCM", "130463", "Machine Not Available", (9565,))
"""Machine Not Available (DCM 130463)."""

MachineQualityAssuranceInputUsed: Final[Code] = Code(
    "DCM", "128216", "Machine Quality Assurance Input Used", (7025,)
)
"""Machine Quality Assurance Input Used (DCM 128216)."""

Macrocalcifications: Final[Code] = Code("DCM", "111345", "Macrocalcifications", (6011,))
"""Macrocalcifications (DCM 111345)."""

MaculaCentered: Final[Code] = Code("DCM", "111900", "Macula centered", (4207,))
"""Macula centered (DCM 111900)."""

MacularFixationTesting: Final[Code] = Code("DCM", "111845", "Macular Fixation Testing", (4253,))
"""Macular Fixation Testing (DCM 111845)."""

MagneticResonance: Final[Code] = Code("DCM", "MR", "Magnetic Resonance", (29,))
"""Magnetic Resonance (DCM MR)."""

MagneticSusceptibility: Final[Code] = Code("DCM", "126396", "Magnetic Susceptibility", (7180,))
"""Magnetic Susceptibility (DCM 126396)."""

MagnetizationTransferRatio: Final[Code] = Code(
    "DCM", "113098", "Magnetization Transfer Ratio", (7180,)
)
"""Magnetization Transfer Ratio (DCM 113098)."""

MagnitudeNormalized: Final[Code] = Code("DCM", "130776", "Magnitude normalized", (3045,))
"""Magnitude normalized (DCM 130776)."""

Male: Final[Code] = Code("DCM", "M", "Male", (7455, 7457))
"""Male (DCM M)."""

MaleChangedToFemale: Final[Code] = Code("DCM", "MC", "Male changed to Female", (7455,))
"""Male changed to Female (DCM MC)."""

MalePseudohermaphrodite: Final[Code] = Code("DCM", "MP", "Male Pseudohermaphrodite", (7455,))
"""Male Pseudohermaphrodite (DCM MP)."""

MalignantMelanomaOfNipple: Final[Code] = Code(
    "DCM", "111334", "Malignant melanoma of nipple", (6033,)
)
"""Malignant melanoma of nipple (DCM 111334)."""

Mammographic_111487: Final[Code] = Code("DCM", "111487", "Mammographic (crosshair)", (6060,))
"""Mammographic (crosshair) (DCM 111487)."""

Mammographic_111488: Final[Code] = Code("DCM", "111488", "Mammographic (grid)", (6060,))
"""Mammographic (grid) (DCM 111488)."""

Mammography: Final[Code] = Code("DCM", "MG", "Mammography", (29,))
"""Mammography (DCM MG)."""

MammographyCAD: Final[Code] = Code("DCM", "111411", "Mammography CAD", (6050,))
"""Mammography CAD (DCM 111411)."""

MammographyQualityControlManual1999ACR: Final[Code] = Code(
    "DCM", "111238", "Mammography Quality Control Manual 1999, ACR", (6045,)
)
"""Mammography Quality Control Manual 1999, ACR (DCM 111238)."""

Manifest: Final[Code] = Code("DCM", "113030", "Manifest", (7010,))
"""Manifest (DCM 113030)."""

ManualAdministration: Final[Code] = Code("DCM", "130174", "Manual Administration", (63,))
"""Manual Administration (DCM 130174)."""

ManualEntry: Final[Code] = Code("DCM", "113857", "Manual Entry", (4240, 10020, 10021, 12303))
"""Manual Entry (DCM 113857)."""

ManualHoldStarted: Final[Code] = Code("DCM", "130267", "Manual hold started", (71,))
"""Manual hold started (DCM 130267)."""

ManualKeratometry: Final[Code] = Code("DCM", "111753", "Manual Keratometry", (4235,))
"""Manual Keratometry (DCM 111753)."""

ManualProcessing: Final[Code] = Code("DCM", "123109", "Manual Processing", (7162,))
"""Manual Processing (DCM 123109)."""

ManualResumeFromHold: Final[Code] = Code("DCM", "130268", "Manual resume from hold", (71,))
"""Manual resume from hold (DCM 130268)."""

Margetuximab89Zr: Final[Code] = Code("DCM", "126740", "Margetuximab ^89^Zr", (4021,))
"""Margetuximab ^89^Zr (DCM 126740)."""

Margin: Final[Code] = Code("DCM", "Margin", "Margin", (6334,))
"""Margin (DCM Margin)."""

MarkerPlacement: Final[Code] = Code("DCM", "111123", "Marker placement", (6050, 6061))
"""Marker placement (DCM 111123)."""

MaskImageForImageProcessingOperation: Final[Code] = Code(
    "DCM", "121321", "Mask image for image processing operation", (7202,)
)
"""Mask image for image processing operation (DCM 121321)."""

MassAdministered: Final[Code] = Code("DCM", "121383", "Mass administered", (3410,))
"""Mass administered (DCM 121383)."""

MassInTheSkin: Final[Code] = Code("DCM", "111112", "Mass in the skin", (6015,))
"""Mass in the skin (DCM 111112)."""

MassOfBreast: Final[Code] = Code("DCM", "112195", "Mass of breast", (6142,))
"""Mass of breast (DCM 112195)."""

MassOfParenchymalTissue: Final[Code] = Code("DCM", "112194", "Mass of parenchymal tissue", (6142,))
"""Mass of parenchymal tissue (DCM 112194)."""

MassOfVascularCalcification: Final[Code] = Code(
    "DCM", "112199", "Mass of Vascular Calcification", (6142,)
)
"""Mass of Vascular Calcification (DCM 112199)."""

MassOnTheSkin: Final[Code] = Code("DCM", "111113", "Mass on the skin", (6015,))
"""Mass on the skin (DCM 111113)."""

MassScoringMethod: Final[Code] = Code("DCM", "112057", "Mass scoring method", (6140,))
"""Mass scoring method (DCM 112057)."""

MassWithCalcifications: Final[Code] = Code("DCM", "111459", "Mass with calcifications", (6016,))
"""Mass with calcifications (DCM 111459)."""

Maternal: Final[Code] = Code("DCM", "111541", "Maternal", (6097,))
"""Maternal (DCM 111541)."""

MaxDpDt: Final[Code] = Code("DCM", "109025", "Max dp/dt", (3337,))
"""Max dp/dt (DCM 109025)."""

MaxNegDpDt: Final[Code] = Code("DCM", "109026", "Max neg dp/dt", (3337,))
"""Max neg dp/dt (DCM 109026)."""

MaximumAbsoluteVolumeAtRadiationDose: Final[Code] = Code(
    "DCM", "130017", "Maximum Absolute Volume at Radiation Dose", (9531,)
)
"""Maximum Absolute Volume at Radiation Dose (DCM 130017)."""

MaximumAbsorbedRadiationDose: Final[Code] = Code(
    "DCM", "128531", "Maximum Absorbed Radiation Dose", (10061,)
)
"""Maximum Absorbed Radiation Dose (DCM 128531)."""

MaximumAttenuationCoefficient: Final[Code] = Code(
    "DCM", "112180", "Maximum Attenuation Coefficient", (6141,)
)
"""Maximum Attenuation Coefficient (DCM 112180)."""

MaximumDifference: Final[Code] = Code("DCM", "126376", "Maximum Difference", (4109,))
"""Maximum Difference (DCM 126376)."""

MaximumEquivalentRadiationDose: Final[Code] = Code(
    "DCM", "128535", "Maximum Equivalent Radiation Dose", (10062,)
)
"""Maximum Equivalent Radiation Dose (DCM 128535)."""

MaximumEquivalentUniformDose: Final[Code] = Code(
    "DCM", "130008", "Maximum Equivalent Uniform Dose", (9529,)
)
"""Maximum Equivalent Uniform Dose (DCM 130008)."""

MaximumIntensityProjection: Final[Code] = Code(
    "DCM", "113078", "Maximum intensity projection", (7203,)
)
"""Maximum intensity projection (DCM 113078)."""

MaximumMeanRadiationDose: Final[Code] = Code(
    "DCM", "130006", "Maximum Mean Radiation Dose", (9529,)
)
"""Maximum Mean Radiation Dose (DCM 130006)."""

MaximumOrificeArea: Final[Code] = Code("DCM", "125328", "Maximum Orifice Area", (12304,))
"""Maximum Orifice Area (DCM 125328)."""

MaximumPercentVolumeAtRadiationDose: Final[Code] = Code(
    "DCM", "130015", "Maximum Percent Volume at Radiation Dose", (9530,)
)
"""Maximum Percent Volume at Radiation Dose (DCM 130015)."""

MaximumRadiationDose: Final[Code] = Code("DCM", "130004", "Maximum Radiation Dose", (9529,))
"""Maximum Radiation Dose (DCM 130004)."""

MaximumSlope: Final[Code] = Code("DCM", "126375", "Maximum Slope", (4109,))
"""Maximum Slope (DCM 126375)."""

MaximumSurfaceRadiationDose: Final[Code] = Code(
    "DCM", "130002", "Maximum Surface Radiation Dose", (9529,)
)
"""Maximum Surface Radiation Dose (DCM 130002)."""

MeanAbsorbedRadiationDose: Final[Code] = Code(
    "DCM", "128533", "Mean Absorbed Radiation Dose", (10061,)
)
"""Mean Absorbed Radiation Dose (DCM 128533)."""

MeanAttenuationCoefficient: Final[Code] = Code(
    "DCM", "112181", "Mean Attenuation Coefficient", (6141,)
)
"""Mean Attenuation Coefficient (DCM 112181)."""

MeanCtdivol: Final[Code] = Code("DCM", "113830", "Mean CTDIvol", (10050,))
"""Mean CTDIvol (DCM 113830)."""

MeanDiffusivity: Final[Code] = Code("DCM", "113202", "Mean Diffusivity", (7263,))
"""Mean Diffusivity (DCM 113202)."""

MeanEquivalentRadiationDose: Final[Code] = Code(
    "DCM", "128537", "Mean Equivalent Radiation Dose", (10062,)
)
"""Mean Equivalent Radiation Dose (DCM 128537)."""

MeanKurtosis: Final[Code] = Code("DCM", "113205", "Mean Kurtosis", (7263,))
"""Mean Kurtosis (DCM 113205)."""

MeanLocalReference: Final[Code] = Code("DCM", "122491", "Mean Local Reference", (3465,))
"""Mean Local Reference (DCM 122491)."""

MeanTransitTime: Final[Code] = Code("DCM", "113052", "Mean Transit Time", (4108,))
"""Mean Transit Time (DCM 113052)."""

MeanValueChosen: Final[Code] = Code("DCM", "121412", "Mean value chosen", (224, 4241, 12301))
"""Mean value chosen (DCM 121412)."""

MeasuredRadiationDose: Final[Code] = Code("DCM", "128497", "Measured Radiation Dose", (10065,))
"""Measured Radiation Dose (DCM 128497)."""

MeasurementFailure: Final[Code] = Code("DCM", "114006", "Measurement failure", (43,))
"""Measurement failure (DCM 114006)."""

MeasurementFromThisDevice: Final[Code] = Code(
    "DCM", "111780", "Measurement From This Device", (4240,)
)
"""Measurement From This Device (DCM 111780)."""

MeasurementNotAttempted: Final[Code] = Code("DCM", "114007", "Measurement not attempted", (44,))
"""Measurement not attempted (DCM 114007)."""

MechanicalBeamSteering: Final[Code] = Code("DCM", "125258", "Mechanical beam steering", (12034,))
"""Mechanical beam steering (DCM 125258)."""

MechanicalDispersion: Final[Code] = Code("DCM", "130673", "Mechanical Dispersion", (12311,))
"""Mechanical Dispersion (DCM 130673)."""

MechanicalFailure: Final[Code] = Code("DCM", "111216", "Mechanical failure", (6041, 6135, 7011))
"""Mechanical failure (DCM 111216)."""

MechanicalPointer: Final[Code] = Code("DCM", "130643", "Mechanical Pointer", (9575,))
"""Mechanical Pointer (DCM 130643)."""

MediaCreationDevice: Final[Code] = Code("DCM", "MCD", "Media Creation Device", (30,))
"""Media Creation Device (DCM MCD)."""

MediaFailure: Final[Code] = Code("DCM", "110524", "Media Failure", (9302,))
"""Media Failure (DCM 110524)."""

MediaImport: Final[Code] = Code("DCM", "110013", "Media Import", (9231,))
"""Media Import (DCM 110013)."""

MedialDissection: Final[Code] = Code("DCM", "122399", "Medial Dissection", (3492,))
"""Medial Dissection (DCM 122399)."""

Median: Final[Code] = Code("DCM", "130290", "Median", (2, 212, 245))
"""Median (DCM 130290)."""

MedianAbsorbedRadiationDose: Final[Code] = Code(
    "DCM", "128539", "Median Absorbed Radiation Dose", (10061,)
)
"""Median Absorbed Radiation Dose (DCM 128539)."""

MedianAttenuationCoefficient: Final[Code] = Code(
    "DCM", "112182", "Median Attenuation Coefficient", (6141,)
)
"""Median Attenuation Coefficient (DCM 112182)."""

MedianEquivalentRadiationDose: Final[Code] = Code(
    "DCM", "128540", "Median Equivalent Radiation Dose", (10062,)
)
"""Median Equivalent Radiation Dose (DCM 128540)."""

MedicalPhysics: Final[Code] = Code("DCM", "128174", "Medical Physics", (7030,))
"""Medical Physics (DCM 128174)."""

Medium: Final[Code] = Code("DCM", "111576", "Medium", (6090,))
"""Medium (DCM 111576)."""

Medium32Point0To38Point0cmLateralThickness: Final[Code] = Code(
    "DCM", "113602", "Medium: 32.0-38.0 cm lateral thickness", (7042,)
)
"""Medium: 32.0-38.0 cm lateral thickness (DCM 113602)."""

MeshRadiationTransportModel: Final[Code] = Code(
    "DCM", "128423", "Mesh Radiation Transport Model", (10065,)
)
"""Mesh Radiation Transport Model (DCM 128423)."""

MesopicLight: Final[Code] = Code("DCM", "111628", "Mesopic light", (4203,))
"""Mesopic light (DCM 111628)."""

MetabolicVolume: Final[Code] = Code("DCM", "126032", "Metabolic Volume", (7466,))
"""Metabolic Volume (DCM 126032)."""

MetaboliteMapsFromSpectroscopyData: Final[Code] = Code(
    "DCM", "113050", "Metabolite Maps from spectroscopy data", (7203,)
)
"""Metabolite Maps from spectroscopy data (DCM 113050)."""

MetastasisToAnIntramammaryLymphNode: Final[Code] = Code(
    "DCM", "111333", "Metastasis to an intramammary lymph node", (6033,)
)
"""Metastasis to an intramammary lymph node (DCM 111333)."""

MetastaticCancerToTheBreast: Final[Code] = Code(
    "DCM", "111323", "Metastatic cancer to the breast", (6033,)
)
"""Metastatic cancer to the breast (DCM 111323)."""

MetastaticCancerToTheBreastFromTheColon: Final[Code] = Code(
    "DCM", "111324", "Metastatic cancer to the breast from the colon", (6033,)
)
"""Metastatic cancer to the breast from the colon (DCM 111324)."""

MetastaticCancerToTheBreastFromTheLung: Final[Code] = Code(
    "DCM", "111325", "Metastatic cancer to the breast from the lung", (6033,)
)
"""Metastatic cancer to the breast from the lung (DCM 111325)."""

MetastaticCancerToTheBreastFromTheOvary: Final[Code] = Code(
    "DCM", "111327", "Metastatic cancer to the breast from the ovary", (6033,)
)
"""Metastatic cancer to the breast from the ovary (DCM 111327)."""

MetastaticDiseaseToAxillaryNode: Final[Code] = Code(
    "DCM", "111330", "Metastatic disease to axillary node", (6033,)
)
"""Metastatic disease to axillary node (DCM 111330)."""

MetastaticMelanomaToTheBreast: Final[Code] = Code(
    "DCM", "111326", "Metastatic melanoma to the breast", (6033,)
)
"""Metastatic melanoma to the breast (DCM 111326)."""

MetastaticSarcomaToTheBreast: Final[Code] = Code(
    "DCM", "111328", "Metastatic sarcoma to the breast", (6033,)
)
"""Metastatic sarcoma to the breast (DCM 111328)."""

MetersetRateInterlock: Final[Code] = Code("DCM", "130830", "Meterset Rate Interlock", (9568,))
"""Meterset Rate Interlock (DCM 130830)."""

MetersetToleranceViolation: Final[Code] = Code(
    "DCM", "130469", "Meterset Tolerance Violation", (9566,)
)
"""Meterset Tolerance Violation (DCM 130469)."""

MethodCitation: Final[Code] = Code("DCM", "121423", "Method Citation", (228,))
"""Method Citation (DCM 121423)."""

MethodOfDisksBiplane: Final[Code] = Code("DCM", "125207", "Method of Disks, Biplane", (12228,))
"""Method of Disks, Biplane (DCM 125207)."""

MethodOfDisksSinglePlane: Final[Code] = Code(
    "DCM", "125208", "Method of Disks, Single Plane", (12228,)
)
"""Method of Disks, Single Plane (DCM 125208)."""

MicrodosimetricKineticModel: Final[Code] = Code(
    "DCM", "130129", "Microdosimetric Kinetic Model", (9538,)
)
"""Microdosimetric Kinetic Model (DCM 130129)."""

MicroglandularAdenosis: Final[Code] = Code("DCM", "111284", "Microglandular adenosis", (6031,))
"""Microglandular adenosis (DCM 111284)."""

Micronodule: Final[Code] = Code("DCM", "112122", "Micronodule", (6104,))
"""Micronodule (DCM 112122)."""

MidPeripheralInferior: Final[Code] = Code("DCM", "111908", "Mid-peripheral-inferior", (4207,))
"""Mid-peripheral-inferior (DCM 111908)."""

MidPeripheralInferiorNasal: Final[Code] = Code(
    "DCM", "111909", "Mid-peripheral-inferior nasal", (4207,)
)
"""Mid-peripheral-inferior nasal (DCM 111909)."""

MidPeripheralInferiorTemporal: Final[Code] = Code(
    "DCM", "111907", "Mid-peripheral-inferior temporal", (4207,)
)
"""Mid-peripheral-inferior temporal (DCM 111907)."""

MidPeripheralNasal: Final[Code] = Code("DCM", "111910", "Mid-peripheral-nasal", (4207,))
"""Mid-peripheral-nasal (DCM 111910)."""

MidPeripheralSuperior: Final[Code] = Code("DCM", "111904", "Mid-peripheral-superior", (4207,))
"""Mid-peripheral-superior (DCM 111904)."""

MidPeripheralSuperiorNasal: Final[Code] = Code(
    "DCM", "111911", "Mid-peripheral-superior nasal", (4207,)
)
"""Mid-peripheral-superior nasal (DCM 111911)."""

MidPeripheralSuperiorTemporal: Final[Code] = Code(
    "DCM", "111905", "Mid-peripheral-superior temporal", (4207,)
)
"""Mid-peripheral-superior temporal (DCM 111905)."""

MidPeripheralTemporal: Final[Code] = Code("DCM", "111906", "Mid-peripheral-temporal", (4207,))
"""Mid-peripheral-temporal (DCM 111906)."""

MiddleInnerRetinaVasculatureFlow: Final[Code] = Code(
    "DCM", "128267", "Middle inner retina vasculature flow", (4271,)
)
"""Middle inner retina vasculature flow (DCM 128267)."""

MiddleInnerStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128268", "Middle inner structural reflectance map", (4271,)
)
"""Middle inner structural reflectance map (DCM 128268)."""

MiddleOfTimePeriod: Final[Code] = Code("DCM", "130535", "Middle of Time Period", (10073,))
"""Middle of Time Period (DCM 130535)."""

MidlungWindow: Final[Code] = Code("DCM", "112085", "Midlung window", (6110,))
"""Midlung window (DCM 112085)."""

MiliaryPattern: Final[Code] = Code("DCM", "112129", "Miliary pattern", (6106,))
"""Miliary pattern (DCM 112129)."""

MinimizeMeterset: Final[Code] = Code("DCM", "130018", "Minimize Meterset", (9532,))
"""Minimize Meterset (DCM 130018)."""

MinimumAbsoluteVolumeAtRadiationDose: Final[Code] = Code(
    "DCM", "130016", "Minimum Absolute Volume at Radiation Dose", (9531,)
)
"""Minimum Absolute Volume at Radiation Dose (DCM 130016)."""

MinimumAbsorbedRadiationDose: Final[Code] = Code(
    "DCM", "128532", "Minimum Absorbed Radiation Dose", (10061,)
)
"""Minimum Absorbed Radiation Dose (DCM 128532)."""

MinimumAttenuationCoefficient: Final[Code] = Code(
    "DCM", "112179", "Minimum Attenuation Coefficient", (6141,)
)
"""Minimum Attenuation Coefficient (DCM 112179)."""

MinimumEquivalentRadiationDose: Final[Code] = Code(
    "DCM", "128536", "Minimum Equivalent Radiation Dose", (10062,)
)
"""Minimum Equivalent Radiation Dose (DCM 128536)."""

MinimumEquivalentUniformDose: Final[Code] = Code(
    "DCM", "130007", "Minimum Equivalent Uniform Dose", (9529,)
)
"""Minimum Equivalent Uniform Dose (DCM 130007)."""

MinimumIntensityProjection: Final[Code] = Code(
    "DCM", "113079", "Minimum intensity projection", (7203,)
)
"""Minimum intensity projection (DCM 113079)."""

MinimumMeanRadiationDose: Final[Code] = Code(
    "DCM", "130005", "Minimum Mean Radiation Dose", (9529,)
)
"""Minimum Mean Radiation Dose (DCM 130005)."""

MinimumPercentVolumeAtRadiationDose: Final[Code] = Code(
    "DCM", "130014", "Minimum Percent Volume at Radiation Dose", (9530,)
)
"""Minimum Percent Volume at Radiation Dose (DCM 130014)."""

MinimumRadiationDose: Final[Code] = Code("DCM", "130003", "Minimum Radiation Dose", (9529,))
"""Minimum Radiation Dose (DCM 130003)."""

MinimumSurfaceRadiationDose: Final[Code] = Code(
    "DCM", "130001", "Minimum Surface Radiation Dose", (9529,)
)
"""Minimum Surface Radiation Dose (DCM 130001)."""

MitralValveClosure: Final[Code] = Code("DCM", "130699", "Mitral Valve Closure", (12307,))
"""Mitral Valve Closure (DCM 130699)."""

MitralValveOpening: Final[Code] = Code("DCM", "130700", "Mitral Valve Opening", (12307,))
"""Mitral Valve Opening (DCM 130700)."""

MixedModality3DCAMModel: Final[Code] = Code("DCM", "129019", "Mixed Modality 3D CAM model", (7061,))
"""Mixed Modality 3D CAM model (DCM 129019)."""

MixedSex: Final[Code] = Code("DCM", "127146", "Mixed sex", (7457,))
"""Mixed sex (DCM 127146)."""

ModeAbsorbedRadiationDose: Final[Code] = Code(
    "DCM", "128534", "Mode Absorbed Radiation Dose", (10061,)
)
"""Mode Absorbed Radiation Dose (DCM 128534)."""

ModeEquivalentRadiationDose: Final[Code] = Code(
    "DCM", "128538", "Mode Equivalent Radiation Dose", (10062,)
)
"""Mode Equivalent Radiation Dose (DCM 128538)."""

ModelFittingMethod: Final[Code] = Code("DCM", "113241", "Model fitting method", (9000,))
"""Model fitting method (DCM 113241)."""

ModelFree: Final[Code] = Code("DCM", "113233", "Model Free", (7261,))
"""Model Free (DCM 113233)."""

ModelFreeConcentrationTimeQuantitification: Final[Code] = Code(
    "DCM", "126342", "Model-free concentration-time quantitification", (4106,)
)
"""Model-free concentration-time quantitification (DCM 126342)."""

ModifiedHounsfieldUnit: Final[Code] = Code("DCM", "129321", "Modified Hounsfield Unit", (301,))
"""Modified Hounsfield Unit (DCM 129321)."""

ModifiedSimpson: Final[Code] = Code("DCM", "125227", "Modified Simpson", (12228,))
"""Modified Simpson (DCM 125227)."""

ModifyingEquipment: Final[Code] = Code("DCM", "109103", "Modifying Equipment", (7005,))
"""Modifying Equipment (DCM 109103)."""

Mogamulizumab89Zr: Final[Code] = Code("DCM", "126738", "Mogamulizumab ^89^Zr", (4021,))
"""Mogamulizumab ^89^Zr (DCM 126738)."""

Mold: Final[Code] = Code("DCM", "130113", "Mold", (9513,))
"""Mold (DCM 130113)."""

MonoExponentialApparentDiffusionCoefficient: Final[Code] = Code(
    "DCM", "113290", "Mono-exponential Apparent Diffusion Coefficient", (7272,)
)
"""Mono-exponential Apparent Diffusion Coefficient (DCM 113290)."""

MonoExponentialDiffusionModel: Final[Code] = Code(
    "DCM", "113250", "Mono-exponential diffusion model", (7273,)
)
"""Mono-exponential diffusion model (DCM 113250)."""

MonoblockStem: Final[Code] = Code("DCM", "112315", "Monoblock Stem", (7308,))
"""Monoblock Stem (DCM 112315)."""

MonoclonalAntibody64Cu: Final[Code] = Code("DCM", "126510", "Monoclonal Antibody ^64^Cu", (4021,))
"""Monoclonal Antibody ^64^Cu (DCM 126510)."""

MonoclonalAntibody89Zr: Final[Code] = Code("DCM", "126511", "Monoclonal Antibody ^89^Zr", (4021,))
"""Monoclonal Antibody ^89^Zr (DCM 126511)."""

MonopoleSignal: Final[Code] = Code("DCM", "109008", "Monopole signal", (3240,))
"""Monopole signal (DCM 109008)."""

MorphologicalOperations: Final[Code] = Code("DCM", "123104", "Morphological Operations", (7162,))
"""Morphological Operations (DCM 123104)."""

MosaicPattern: Final[Code] = Code("DCM", "112130", "Mosaic pattern", (6106,))
"""Mosaic pattern (DCM 112130)."""

MosaicPerfusion: Final[Code] = Code("DCM", "112080", "Mosaic perfusion", (6108,))
"""Mosaic perfusion (DCM 112080)."""

MostRecentValueChosen: Final[Code] = Code("DCM", "121411", "Most recent value chosen", (224, 12301))
"""Most recent value chosen (DCM 121411)."""

MotionBlur: Final[Code] = Code("DCM", "111210", "Motion blur", (3115, 6041, 6135, 7011))
"""Motion blur (DCM 111210)."""

MotorizedWedge: Final[Code] = Code("DCM", "130347", "Motorized Wedge", (9546,))
"""Motorized Wedge (DCM 130347)."""

MouseAlphaSynucleinPreformedFibrils: Final[Code] = Code(
    "DCM", "127852", "Mouse alpha synuclein preformed fibrils", (640,)
)
"""Mouse alpha synuclein preformed fibrils (DCM 127852)."""

MouseTauPreformedFibrils: Final[Code] = Code("DCM", "127854", "Mouse Tau preformed fibrils", (640,))
"""Mouse Tau preformed fibrils (DCM 127854)."""

MoveableLaserPatientSetupPoint: Final[Code] = Code(
    "DCM", "130071", "Moveable Laser Patient Setup Point", (9504, 9574)
)
"""Moveable Laser Patient Setup Point (DCM 130071)."""

MultiEnergyProportionalWeighting: Final[Code] = Code(
    "DCM", "113097", "Multi-energy proportional weighting", (7203,)
)
"""Multi-energy proportional weighting (DCM 113097)."""

MultiMediaCard: Final[Code] = Code("DCM", "110035", "Multi-media Card", (405,))
"""Multi-media Card (DCM 110035)."""

MultiScaleResolutionFiltering: Final[Code] = Code(
    "DCM", "123106", "Multi-Scale/Resolution Filtering", (7162,)
)
"""Multi-Scale/Resolution Filtering (DCM 123106)."""

MultiSideIllumination: Final[Code] = Code("DCM", "130812", "Multi-side illumination", (11001,))
"""Multi-side illumination (DCM 130812)."""

MultiTensor: Final[Code] = Code("DCM", "113232", "Multi Tensor", (7261,))
"""Multi Tensor (DCM 113232)."""

MultifocalIntraductalCarcinoma: Final[Code] = Code(
    "DCM", "111329", "Multifocal intraductal carcinoma", (6033,)
)
"""Multifocal intraductal carcinoma (DCM 111329)."""

MultifocalInvasiveDuctalCarcinoma: Final[Code] = Code(
    "DCM", "111332", "Multifocal invasive ductal carcinoma", (6033,)
)
"""Multifocal invasive ductal carcinoma (DCM 111332)."""

MultiparametricMRI: Final[Code] = Code("DCM", "126020", "Multiparametric MRI", (100,))
"""Multiparametric MRI (DCM 126020)."""

MultiparametricMRIOfWholeBody: Final[Code] = Code(
    "DCM", "126022", "Multiparametric MRI of whole body", (100,)
)
"""Multiparametric MRI of whole body (DCM 126022)."""

MultiplanarReformatting: Final[Code] = Code("DCM", "113072", "Multiplanar reformatting", (7203,))
"""Multiplanar reformatting (DCM 113072)."""

MultipleFillingDefect: Final[Code] = Code("DCM", "111426", "Multiple filling defect", (6057,))
"""Multiple filling defect (DCM 111426)."""

MultipleFixedSources: Final[Code] = Code("DCM", "130138", "Multiple Fixed Sources", (9522,))
"""Multiple Fixed Sources (DCM 130138)."""

MultipleIntraductalPapillomas: Final[Code] = Code(
    "DCM", "111285", "Multiple Intraductal Papillomas", (6031,)
)
"""Multiple Intraductal Papillomas (DCM 111285)."""

MultipleLADRegionInRAOProjection: Final[Code] = Code(
    "DCM", "122468", "Multiple LAD Region in RAO Projection", (3461,)
)
"""Multiple LAD Region in RAO Projection (DCM 122468)."""

MultipleRCARegionInRAOProjection: Final[Code] = Code(
    "DCM", "122469", "Multiple RCA Region in RAO Projection", (3461,)
)
"""Multiple RCA Region in RAO Projection (DCM 122469)."""

MultipleShotEPI: Final[Code] = Code("DCM", "113227", "Multiple Shot EPI", (7260,))
"""Multiple Shot EPI (DCM 113227)."""

MultipleSlices: Final[Code] = Code("DCM", "122562", "Multiple Slices", (3453,))
"""Multiple Slices (DCM 122562)."""

MultispectralProcessing: Final[Code] = Code("DCM", "123108", "Multispectral Processing", (7162,))
"""Multispectral Processing (DCM 123108)."""

MusculoskeletalImagingSpecialty: Final[Code] = Code(
    "DCM", "128009", "Musculoskeletal Imaging Specialty", (7449,)
)
"""Musculoskeletal Imaging Specialty (DCM 128009)."""

MusculoskeletalImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128728", "Musculoskeletal imaging subject matter", (7017,)
)
"""Musculoskeletal imaging subject matter (DCM 128728)."""

MusculoskeletalRadiology: Final[Code] = Code("DCM", "128175", "Musculoskeletal Radiology", (7030,))
"""Musculoskeletal Radiology (DCM 128175)."""

MyocardialBiopsy: Final[Code] = Code("DCM", "122057", "Myocardial biopsy", (3406,))
"""Myocardial biopsy (DCM 122057)."""

MyocardialMidlayerMethod: Final[Code] = Code(
    "DCM", "130685", "Myocardial Midlayer Method", (12310,)
)
"""Myocardial Midlayer Method (DCM 130685)."""

MüllerMethodPlanningForHipReplacement: Final[Code] = Code(
    "DCM", "112344", "Müller Method Planning for Hip Replacement", (7320,)
)
"""Müller Method Planning for Hip Replacement (DCM 112344)."""

NASCET: Final[Code] = Code("DCM", "122655", "NASCET", (3804,))
"""NASCET (DCM 122655)."""

NAcetylaspartateCholineRatio: Final[Code] = Code(
    "DCM", "113083", "N-acetylaspartate/Choline Ratio", (4033,)
)
"""N-acetylaspartate/Choline Ratio (DCM 113083)."""

NAcetylaspartateCreatineRatio: Final[Code] = Code(
    "DCM", "113082", "N-acetylaspartate/Creatine Ratio", (4033,)
)
"""N-acetylaspartate/Creatine Ratio (DCM 113082)."""

NEMAXR212000Phantom: Final[Code] = Code("DCM", "113692", "NEMA XR21-2000 Phantom", (4052,))
"""NEMA XR21-2000 Phantom (DCM 113692)."""

NIH07: Final[Code] = Code("DCM", "127271", "NIH07", (607,))
"""NIH07 (DCM 127271)."""

NIH31: Final[Code] = Code("DCM", "127270", "NIH31", (607,))
"""NIH31 (DCM 127270)."""

NMMyocardialViabilityProcedure: Final[Code] = Code(
    "DCM", "122785", "NM Myocardial Viability procedure", (3110,)
)
"""NM Myocardial Viability procedure (DCM 122785)."""

NMTransmissionAttenuationCorrection: Final[Code] = Code(
    "DCM", "122727", "NM Transmission Attenuation Correction", (3112,)
)
"""NM Transmission Attenuation Correction (DCM 122727)."""

NNonDiagnosticSegments: Final[Code] = Code("DCM", "130732", "N - Non-diagnostic segments", (3022,))
"""N - Non-diagnostic segments (DCM 130732)."""

NNonDiagnosticStudy: Final[Code] = Code("DCM", "130731", "N - Non-diagnostic study", (3020,))
"""N - Non-diagnostic study (DCM 130731)."""

NURBSRadiationTransportModel: Final[Code] = Code(
    "DCM", "128424", "NURBS Radiation Transport Model", (10065,)
)
"""NURBS Radiation Transport Model (DCM 128424)."""

NanocolloidalAlbumin89Zr: Final[Code] = Code(
    "DCM", "126753", "Nanocolloidal albumin ^89^Zr", (4021,)
)
"""Nanocolloidal albumin ^89^Zr (DCM 126753)."""

NasalCannula: Final[Code] = Code("DCM", "127061", "Nasal cannula", (618,))
"""Nasal cannula (DCM 127061)."""

NationalKennelClub: Final[Code] = Code("DCM", "109215", "National Kennel Club", (7481,))
"""National Kennel Club (DCM 109215)."""

NativePlaqueVolume: Final[Code] = Code("DCM", "122375", "Native Plaque Volume", (3485,))
"""Native Plaque Volume (DCM 122375)."""

Nearline: Final[Code] = Code("DCM", "NEARLINE", "Nearline", (50,))
"""Nearline (DCM NEARLINE)."""

NeckComponent: Final[Code] = Code("DCM", "112314", "Neck Component", (7308,))
"""Neck Component (DCM 112314)."""

NecroticLipidicPlaque: Final[Code] = Code("DCM", "122395", "Necrotic-Lipidic Plaque", (3495,))
"""Necrotic-Lipidic Plaque (DCM 122395)."""

NeedleGauge: Final[Code] = Code("DCM", "111465", "Needle Gauge", (6095,))
"""Needle Gauge (DCM 111465)."""

NeedleLength: Final[Code] = Code("DCM", "111467", "Needle Length", (6095,))
"""Needle Length (DCM 111467)."""

NeedleLocalizationAndBiopsy: Final[Code] = Code(
    "DCM", "111144", "Needle localization and biopsy", (6029, 6061)
)
"""Needle localization and biopsy (DCM 111144)."""

NegativeDCE: Final[Code] = Code("DCM", "130601", "Negative DCE", (6346,))
"""Negative DCE (DCM 130601)."""

NegativeEnhancementIntegral: Final[Code] = Code(
    "DCM", "113054", "Negative enhancement integral", (7180,)
)
"""Negative enhancement integral (DCM 113054)."""

NegativeExponential: Final[Code] = Code("DCM", "130252", "Negative exponential", (73,))
"""Negative exponential (DCM 130252)."""

NegativeInfinity: Final[Code] = Code("DCM", "114001", "Negative Infinity", (43,))
"""Negative Infinity (DCM 114001)."""

NeighborhoodAnalysis: Final[Code] = Code("DCM", "123101", "Neighborhood Analysis", (7162,))
"""Neighborhood Analysis (DCM 123101)."""

NetworkConfiguration: Final[Code] = Code("DCM", "110128", "Network Configuration", (401, 403))
"""Network Configuration (DCM 110128)."""

NetworkEntry: Final[Code] = Code("DCM", "110108", "Network Entry", (400,))
"""Network Entry (DCM 110108)."""

NeuroimagingSubjectMatter: Final[Code] = Code(
    "DCM", "128733", "Neuroimaging subject matter", (7017,)
)
"""Neuroimaging subject matter (DCM 128733)."""

NeurologySpecialty: Final[Code] = Code("DCM", "128010", "Neurology Specialty", (7449,))
"""Neurology Specialty (DCM 128010)."""

NeurophysiologyAutomatedAnalysisAnnotations: Final[Code] = Code(
    "DCM", "130869", "Neurophysiology Automated Analysis Annotations", (3048,)
)
"""Neurophysiology Automated Analysis Annotations (DCM 130869)."""

NeurophysiologyPostHocReviewAnnotations: Final[Code] = Code(
    "DCM", "130868", "Neurophysiology Post-hoc Review Annotations", (3048,)
)
"""Neurophysiology Post-hoc Review Annotations (DCM 130868)."""

NeurophysiologyRecordingAnnotations: Final[Code] = Code(
    "DCM", "130867", "Neurophysiology Recording Annotations", (3048,)
)
"""Neurophysiology Recording Annotations (DCM 130867)."""

NeuroradiologyImagingSpecialty: Final[Code] = Code(
    "DCM", "128011", "Neuroradiology Imaging Specialty", (7449,)
)
"""Neuroradiology Imaging Specialty (DCM 128011)."""

NeutralMusculoskeletalPosition: Final[Code] = Code(
    "DCM", "109136", "Neutral musculoskeletal position", (92,)
)
"""Neutral musculoskeletal position (DCM 109136)."""

NifeneF18: Final[Code] = Code("DCM", "126714", "Nifene F^18^", (4021,))
"""Nifene F^18^ (DCM 126714)."""

NilPerOsNPOStatusConfirmed: Final[Code] = Code(
    "DCM", "122006", "Nil Per Os (NPO) status confirmed", (3402,)
)
"""Nil Per Os (NPO) status confirmed (DCM 122006)."""

NippleDischargeCytology: Final[Code] = Code("DCM", "111564", "Nipple discharge cytology", (6083,))
"""Nipple discharge cytology (DCM 111564)."""

NippleNotInProfile: Final[Code] = Code("DCM", "111205", "Nipple not in profile", (6041,))
"""Nipple not in profile (DCM 111205)."""

NippleRing: Final[Code] = Code("DCM", "112177", "Nipple ring", (6404,))
"""Nipple ring (DCM 112177)."""

NoAbnormality: Final[Code] = Code("DCM", "111286", "No abnormality", (6031,))
"""No abnormality (DCM 111286)."""

NoAlgorithmsSucceededWithoutFindings: Final[Code] = Code(
    "DCM", "111245", "No algorithms succeeded; without findings", (6047,)
)
"""No algorithms succeeded; without findings (DCM 111245)."""

NoAttenuationCorrection: Final[Code] = Code("DCM", "122729", "No Attenuation Correction", (3112,))
"""No Attenuation Correction (DCM 122729)."""

NoComplications: Final[Code] = Code("DCM", "111492", "No complications", (6062,))
"""No complications (DCM 111492)."""

NoCornealCompensation: Final[Code] = Code("DCM", "111922", "No corneal compensation", (4261,))
"""No corneal compensation (DCM 111922)."""

NoCorrelationToClinicalFindings: Final[Code] = Code(
    "DCM", "111387", "No correlation to clinical findings", (6158,)
)
"""No correlation to clinical findings (DCM 111387)."""

NoCorrelationToOtherImagingFindings: Final[Code] = Code(
    "DCM", "111386", "No correlation to other imaging findings", (6158,)
)
"""No correlation to other imaging findings (DCM 111386)."""

NoEmptyTileSuppression: Final[Code] = Code("DCM", "112721", "No empty tile suppression", (8133,))
"""No empty tile suppression (DCM 112721)."""

NoFamilyHistoryOfProstateCancer: Final[Code] = Code(
    "DCM", "130587", "No family history of prostate cancer", (6322,)
)
"""No family history of prostate cancer (DCM 130587)."""

NoFilter: Final[Code] = Code("DCM", "111609", "No filter", (4204, 8124, 10007))
"""No filter (DCM 111609)."""

NoGrid: Final[Code] = Code("DCM", "111646", "No grid", (10017,))
"""No grid (DCM 111646)."""

NoImage: Final[Code] = Code("DCM", "111213", "No image", (6041, 6135, 7011))
"""No image (DCM 111213)."""

NoKnownExposure: Final[Code] = Code("DCM", "111587", "No known exposure", (6090,))
"""No known exposure (DCM 111587)."""

NoPosteriorAcousticFeatures: Final[Code] = Code(
    "DCM", "111367", "No posterior acoustic features", (6155,)
)
"""No posterior acoustic features (DCM 111367)."""

NoRealignment: Final[Code] = Code("DCM", "122477", "No Realignment", (3458,))
"""No Realignment (DCM 122477)."""

NoSubsequentWorkitems: Final[Code] = Code("DCM", "110009", "No subsequent Workitems", (9231,))
"""No subsequent Workitems (DCM 110009)."""

NodeAuthentication: Final[Code] = Code("DCM", "110126", "Node Authentication", (401, 403))
"""Node Authentication (DCM 110126)."""

NodeID: Final[Code] = Code("DCM", "110182", "Node ID", (404,))
"""Node ID (DCM 110182)."""

NodularPattern: Final[Code] = Code("DCM", "112067", "Nodular pattern", (6104, 6106))
"""Nodular pattern (DCM 112067)."""

NominalEmptyTileSuppression: Final[Code] = Code(
    "DCM", "112719", "Nominal empty tile suppression", (8133,)
)
"""Nominal empty tile suppression (DCM 112719)."""

NominalImagingSourceLocation: Final[Code] = Code(
    "DCM", "130789", "Nominal Imaging Source Location", (9261,)
)
"""Nominal Imaging Source Location (DCM 130789)."""

NominalRadiationSourceLocation: Final[Code] = Code(
    "DCM", "130358", "Nominal Radiation Source Location", (9261, 9544)
)
"""Nominal Radiation Source Location (DCM 130358)."""

NonBloodyDischarge: Final[Code] = Code(
    "DCM", "111478", "Non-bloody discharge (from nipple)", (6055,)
)
"""Non-bloody discharge (from nipple) (DCM 111478)."""

NonDiagnosticECG: Final[Code] = Code("DCM", "122753", "Non-diagnostic ECG", (3677,))
"""Non-diagnostic ECG (DCM 122753)."""

NonDiagnosticLowHeartRate: Final[Code] = Code(
    "DCM", "122750", "Non-diagnostic - low heart rate", (3231,)
)
"""Non-diagnostic - low heart rate (DCM 122750)."""

NonDiagnosticRestingSTAbnormalities: Final[Code] = Code(
    "DCM", "122751", "Non-diagnostic - resting ST abnormalities", (3231,)
)
"""Non-diagnostic - resting ST abnormalities (DCM 122751)."""

NonDiagnosticVentricularPacingOrLBBB: Final[Code] = Code(
    "DCM", "122752", "Non-diagnostic - ventricular pacing or LBBB", (3231,)
)
"""Non-diagnostic - ventricular pacing or LBBB (DCM 122752)."""

NonFlatteningFilterBeam: Final[Code] = Code("DCM", "130356", "Non-Flattening Filter Beam", (9549,))
"""Non-Flattening Filter Beam (DCM 130356)."""

NonFocalAbnormality: Final[Code] = Code(
    "DCM", "Non-focal abnormality", "Non-focal abnormality", (6337,)
)
"""Non-focal abnormality (DCM Non-focal abnormality)."""

NonImagingDopplerUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "125251", "Non-imaging Doppler ultrasound transducer geometry", (12033,)
)
"""Non-imaging Doppler ultrasound transducer geometry (DCM 125251)."""

NonLesion: Final[Code] = Code("DCM", "111102", "Non-lesion", (6014, 6101, 6201))
"""Non-lesion (DCM 111102)."""

NonLesionAtBaseline: Final[Code] = Code("DCM", "112076", "Non-Lesion at Baseline", (6145,))
"""Non-Lesion at Baseline (DCM 112076)."""

NonSpecificVolume: Final[Code] = Code("DCM", "130046", "Non-specific Volume", (9501, 9580))
"""Non-specific Volume (DCM 130046)."""

NonSynchronizedRoboticTreatment: Final[Code] = Code(
    "DCM", "130140", "Non-Synchronized Robotic Treatment", (9523,)
)
"""Non-Synchronized Robotic Treatment (DCM 130140)."""

NonTargetLesionAtBaseline: Final[Code] = Code(
    "DCM", "112075", "Non-Target Lesion at Baseline", (6145,)
)
"""Non-Target Lesion at Baseline (DCM 112075)."""

NonTargetLesionCompleteResponse: Final[Code] = Code(
    "DCM", "112045", "Non-Target Lesion Complete Response", (6144,)
)
"""Non-Target Lesion Complete Response (DCM 112045)."""

NonTargetLesionIncompleteResponseOrStableDisease: Final[Code] = Code(
    "DCM", "112046", "Non-Target Lesion Incomplete Response or Stable Disease", (6144,)
)
"""Non-Target Lesion Incomplete Response or Stable Disease (DCM 112046)."""

NonTargetLesionProgressiveDisease: Final[Code] = Code(
    "DCM", "112047", "Non-Target Lesion Progressive Disease", (6144,)
)
"""Non-Target Lesion Progressive Disease (DCM 112047)."""

NonUterineLeiomyosarcoma: Final[Code] = Code("DCM", "130406", "Non-uterine leiomyosarcoma", (639,))
"""Non-uterine leiomyosarcoma (DCM 130406)."""

NormalAxillaryNode: Final[Code] = Code("DCM", "111251", "Normal axillary node", (6031,))
"""Normal axillary node (DCM 111251)."""

NormalBreastTissue: Final[Code] = Code("DCM", "111287", "Normal breast tissue", (6031, 6057))
"""Normal breast tissue (DCM 111287)."""

NormalImplants: Final[Code] = Code("DCM", "111503", "Normal implants", (6072,))
"""Normal implants (DCM 111503)."""

NormalIntervalFollowUp: Final[Code] = Code("DCM", "111140", "Normal interval follow-up", (6029,))
"""Normal interval follow-up (DCM 111140)."""

NormalMyocardium: Final[Code] = Code("DCM", "122112", "Normal Myocardium", (3704,))
"""Normal Myocardium (DCM 122112)."""

NormalizationFactor: Final[Code] = Code("DCM", "128522", "Normalization Factor", (10069,))
"""Normalization Factor (DCM 128522)."""

NorthAmericanPurebredDogRegistry: Final[Code] = Code(
    "DCM", "109216", "North American Purebred Dog Registry", (7481,)
)
"""North American Purebred Dog Registry (DCM 109216)."""

NoseCone: Final[Code] = Code("DCM", "127060", "Nose cone", (617,))
"""Nose cone (DCM 127060)."""

NotANumber: Final[Code] = Code("DCM", "114000", "Not a number", (43,))
"""Not a number (DCM 114000)."""

NotAllAlgorithmsSucceededWithFindings: Final[Code] = Code(
    "DCM", "111244", "Not all algorithms succeeded; with findings", (6047,)
)
"""Not all algorithms succeeded; with findings (DCM 111244)."""

NotAllAlgorithmsSucceededWithoutFindings: Final[Code] = Code(
    "DCM", "111243", "Not all algorithms succeeded; without findings", (6047,)
)
"""Not all algorithms succeeded; without findings (DCM 111243)."""

NotAttempted: Final[Code] = Code("DCM", "111225", "Not Attempted", (6042,))
"""Not Attempted (DCM 111225)."""

NotForPresentationRenderingDeviceExpectedNotToPresent: Final[Code] = Code(
    "DCM", "111152", "Not for Presentation: Rendering device expected not to present", (6034,)
)
"""Not for Presentation: Rendering device expected not to present (DCM 111152)."""

NotOptimizedForTheDeviceInstance: Final[Code] = Code(
    "DCM", "128620", "Not optimized for the device instance", (800,)
)
"""Not optimized for the device instance (DCM 128620)."""

NotParallel: Final[Code] = Code("DCM", "111356", "Not parallel", (6152,))
"""Not parallel (DCM 111356)."""

NotSure: Final[Code] = Code("DCM", "111399", "Not sure", (6164,))
"""Not sure (DCM 111399)."""

NotVisualized: Final[Code] = Code("DCM", "122288", "Not visualized", (3703,))
"""Not visualized (DCM 122288)."""

NuclearMedicine: Final[Code] = Code("DCM", "NM", "Nuclear Medicine", (29,))
"""Nuclear Medicine (DCM NM)."""

NuclearMedicineImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128735", "Nuclear medicine imaging subject matter", (7017,)
)
"""Nuclear medicine imaging subject matter (DCM 128735)."""

NuclearMedicineProjectionActivity: Final[Code] = Code(
    "DCM", "110820", "Nuclear Medicine Projection Activity", (7180,)
)
"""Nuclear Medicine Projection Activity (DCM 110820)."""

NuclearMedicineTomographicActivity: Final[Code] = Code(
    "DCM", "110821", "Nuclear Medicine Tomographic Activity", (7180,)
)
"""Nuclear Medicine Tomographic Activity (DCM 110821)."""

NumericalAcousticModel: Final[Code] = Code("DCM", "130822", "Numerical Acoustic Model", (11005,))
"""Numerical Acoustic Model (DCM 130822)."""

NursingNote: Final[Code] = Code("DCM", "121172", "Nursing Note", (3401,))
"""Nursing Note (DCM 121172)."""

NursingUnitCancel: Final[Code] = Code("DCM", "110511", "Nursing unit cancel", (9301,))
"""Nursing unit cancel (DCM 110511)."""

O10: Final[Code] = Code("DCM", "130717", "O10", (3030,))
"""O10 (DCM 130717)."""

O9: Final[Code] = Code("DCM", "130716", "O9", (3030,))
"""O9 (DCM 130716)."""

OBGYNUltrasoundProcedureReport: Final[Code] = Code(
    "DCM", "125000", "OB-GYN Ultrasound Procedure Report", (12024,)
)
"""OB-GYN Ultrasound Procedure Report (DCM 125000)."""

OBGynImagingSpecialty: Final[Code] = Code("DCM", "128012", "OB/Gyn Imaging Specialty", (7449,))
"""OB/Gyn Imaging Specialty (DCM 128012)."""

OCTAAmplitudeDecorrelation: Final[Code] = Code(
    "DCM", "128252", "OCT-A amplitude decorrelation", (4270,)
)
"""OCT-A amplitude decorrelation (DCM 128252)."""

OCTAComplexVariance: Final[Code] = Code("DCM", "128253", "OCT-A complex variance", (4270,))
"""OCT-A complex variance (DCM 128253)."""

OCTACorrelationMapping: Final[Code] = Code("DCM", "128255", "OCT-A correlation mapping", (4270,))
"""OCT-A correlation mapping (DCM 128255)."""

OCTAOneSidedRatio_128304: Final[Code] = Code(
    "DCM", "128304", "OCT-A one-sided ratio (lesser)", (4270,)
)
"""OCT-A one-sided ratio (lesser) (DCM 128304)."""

OCTAOneSidedRatio_128305: Final[Code] = Code(
    "DCM", "128305", "OCT-A one-sided ratio (greater)", (4270,)
)
"""OCT-A one-sided ratio (greater) (DCM 128305)."""

OCTASpeckleVariance: Final[Code] = Code("DCM", "128254", "OCT-A speckle variance", (4270,))
"""OCT-A speckle variance (DCM 128254)."""

OCTBScanAnalysis: Final[Code] = Code("DCM", "128303", "OCT B-scan analysis", (7203,))
"""OCT B-scan analysis (DCM 128303)."""

OIQPattern: Final[Code] = Code("DCM", "109901", "OIQ Pattern", (8301,))
"""OIQ Pattern (DCM 109901)."""

OLED: Final[Code] = Code("DCM", "109994", "OLED", (8303,))
"""OLED (DCM 109994)."""

OLINDAEXM: Final[Code] = Code("DCM", "113527", "OLINDA-EXM", (10040,))
"""OLINDA-EXM (DCM 113527)."""

OSEMAlgorithm: Final[Code] = Code("DCM", "122720", "OSEM algorithm", (3117,))
"""OSEM algorithm (DCM 122720)."""

OSLD: Final[Code] = Code("DCM", "128706", "OSLD", (7026, 7027))
"""OSLD (DCM 128706)."""

Obinituzimab89Zr: Final[Code] = Code("DCM", "126721", "Obinituzimab ^89^Zr", (4021,))
"""Obinituzimab ^89^Zr (DCM 126721)."""

ObjectRemoved: Final[Code] = Code("DCM", "122307", "Object removed", (3412,))
"""Object removed (DCM 122307)."""

ObjectSecurityAttributesChanged: Final[Code] = Code(
    "DCM", "110135", "Object Security Attributes Changed", (401, 403)
)
"""Object Security Attributes Changed (DCM 110135)."""

ObjectSetIncomplete: Final[Code] = Code("DCM", "110523", "Object Set incomplete", (9302, 9303))
"""Object Set incomplete (DCM 110523)."""

ObjectTypesNotSupported: Final[Code] = Code("DCM", "110522", "Object Types not supported", (9302,))
"""Object Types not supported (DCM 110522)."""

ObjectsIncorrectlyFormatted: Final[Code] = Code(
    "DCM", "110521", "Objects incorrectly formatted", (9302,)
)
"""Objects incorrectly formatted (DCM 110521)."""

ObliqueIllumination: Final[Code] = Code("DCM", "111746", "Oblique illumination", (8123,))
"""Oblique illumination (DCM 111746)."""

ObservationByExaminer: Final[Code] = Code("DCM", "111846", "Observation by Examiner", (4253,))
"""Observation by Examiner (DCM 111846)."""

Ocaratuzumab89Zr: Final[Code] = Code("DCM", "126723", "Ocaratuzumab ^89^Zr", (4021,))
"""Ocaratuzumab ^89^Zr (DCM 126723)."""

OccultCarcinomaPresentingWithAxillaryLymphNodeMetastases: Final[Code] = Code(
    "DCM", "111322", "Occult carcinoma presenting with axillary lymph node metastases", (6033,)
)
"""Occult carcinoma presenting with axillary lymph node metastases (DCM 111322)."""

OcularFixationLight: Final[Code] = Code("DCM", "130649", "Ocular Fixation Light", (9575,))
"""Ocular Fixation Light (DCM 130649)."""

OcularGazeSetupMethod: Final[Code] = Code("DCM", "130635", "Ocular Gaze Setup Method", (9571,))
"""Ocular Gaze Setup Method (DCM 130635)."""

OfInterest: Final[Code] = Code("DCM", "113000", "Of Interest", (7010,))
"""Of Interest (DCM 113000)."""

OfficeCalled: Final[Code] = Code("DCM", "122045", "Office called", (3404,))
"""Office called (DCM 122045)."""

Offline: Final[Code] = Code("DCM", "OFFLINE", "Offline", (50,))
"""Offline (DCM OFFLINE)."""

OffsetFactor: Final[Code] = Code("DCM", "128523", "Offset Factor", (10069,))
"""Offset Factor (DCM 128523)."""

OilCyst: Final[Code] = Code("DCM", "111290", "Oil cyst (fat necrosis cyst)", (6031,))
"""Oil cyst (fat necrosis cyst) (DCM 111290)."""

OldFilmsForComparison: Final[Code] = Code("DCM", "111138", "Old films for comparison", (6029,))
"""Old films for comparison (DCM 111138)."""

Oligemia: Final[Code] = Code("DCM", "112060", "Oligemia", (6108,))
"""Oligemia (DCM 112060)."""

Olsen: Final[Code] = Code("DCM", "111765", "Olsen", (4236,))
"""Olsen (DCM 111765)."""

OnAdmissionToUnit: Final[Code] = Code("DCM", "109120", "On admission to unit", (31,))
"""On admission to unit (DCM 109120)."""

OnDischarge: Final[Code] = Code("DCM", "109121", "On discharge", (31,))
"""On discharge (DCM 109121)."""

OnDischargeFromUnit: Final[Code] = Code("DCM", "109122", "On discharge from unit", (31,))
"""On discharge from unit (DCM 109122)."""

OncologicImagingSpecialty: Final[Code] = Code(
    "DCM", "128013", "Oncologic Imaging Specialty", (7449,)
)
"""Oncologic Imaging Specialty (DCM 128013)."""

OncologyMeasurementReport: Final[Code] = Code(
    "DCM", "126001", "Oncology Measurement Report", (7021,)
)
"""Oncology Measurement Report (DCM 126001)."""

OncologySpecialty: Final[Code] = Code("DCM", "128014", "Oncology Specialty", (7449,))
"""Oncology Specialty (DCM 128014)."""

Online: Final[Code] = Code("DCM", "ONLINE", "Online", (50,))
"""Online (DCM ONLINE)."""

OnsetOfExercise: Final[Code] = Code("DCM", "125236", "Onset of exercise", (12031,))
"""Onset of exercise (DCM 125236)."""

OnsetOfStimulation: Final[Code] = Code("DCM", "125238", "Onset of stimulation", (12031,))
"""Onset of stimulation (DCM 125238)."""

Opacity: Final[Code] = Code("DCM", "112001", "Opacity", (6104,))
"""Opacity (DCM 112001)."""

OperatorError: Final[Code] = Code("DCM", "110519", "Operator Error", (4221, 9561))
"""Operator Error (DCM 110519)."""

OperatorNarrative: Final[Code] = Code("DCM", "109111", "Operator's narrative", (3000,))
"""Operator's narrative (DCM 109111)."""

OphthalmicAxialMeasurements: Final[Code] = Code(
    "DCM", "OAM", "Ophthalmic Axial Measurements", (29,)
)
"""Ophthalmic Axial Measurements (DCM OAM)."""

OphthalmicMapping: Final[Code] = Code("DCM", "OPM", "Ophthalmic Mapping", (29,))
"""Ophthalmic Mapping (DCM OPM)."""

OphthalmicPhotography: Final[Code] = Code("DCM", "OP", "Ophthalmic Photography", (29,))
"""Ophthalmic Photography (DCM OP)."""

OphthalmicTomography: Final[Code] = Code("DCM", "OPT", "Ophthalmic Tomography", (29,))
"""Ophthalmic Tomography (DCM OPT)."""

OphthalmicTomographyBScanVolumeAnalysis: Final[Code] = Code(
    "DCM", "OPTBSV", "Ophthalmic Tomography B-scan Volume Analysis", (29,)
)
"""Ophthalmic Tomography B-scan Volume Analysis (DCM OPTBSV)."""

OphthalmicTomographyEnFace: Final[Code] = Code(
    "DCM", "OPTENF", "Ophthalmic Tomography En Face", (29,)
)
"""Ophthalmic Tomography En Face (DCM OPTENF)."""

OphthalmicVisualField: Final[Code] = Code("DCM", "OPV", "Ophthalmic Visual Field", (29,))
"""Ophthalmic Visual Field (DCM OPV)."""

OpticalCoherenceTomography: Final[Code] = Code("DCM", "OCT", "Optical Coherence Tomography", (29,))
"""Optical Coherence Tomography (DCM OCT)."""

OpticalDistanceMeter: Final[Code] = Code("DCM", "130642", "Optical Distance Meter", (9575,))
"""Optical Distance Meter (DCM 130642)."""

OpticalFixationMeasurements: Final[Code] = Code(
    "DCM", "111856", "Optical Fixation Measurements", (4257,)
)
"""Optical Fixation Measurements (DCM 111856)."""

OpticalSurfaceScanner: Final[Code] = Code("DCM", "OSS", "Optical Surface Scanner", (29, 9575))
"""Optical Surface Scanner (DCM OSS)."""

OptimizedForTheDeviceInstance: Final[Code] = Code(
    "DCM", "128608", "Optimized for the device instance", (800,)
)
"""Optimized for the device instance (DCM 128608)."""

OrderRecord: Final[Code] = Code("DCM", "110109", "Order Record", (400,))
"""Order Record (DCM 110109)."""

OrganAtRisk: Final[Code] = Code("DCM", "130060", "Organ At Risk", (9535,))
"""Organ At Risk (DCM 130060)."""

OrthogonalLocationArc: Final[Code] = Code("DCM", "113669", "Orthogonal location arc", (6166,))
"""Orthogonal location arc (DCM 113669)."""

OrthogonalLocationArcInnerMargin: Final[Code] = Code(
    "DCM", "113670", "Orthogonal location arc inner margin", (6166,)
)
"""Orthogonal location arc inner margin (DCM 113670)."""

OrthogonalLocationArcOuterMargin: Final[Code] = Code(
    "DCM", "113671", "Orthogonal location arc outer margin", (6166,)
)
"""Orthogonal location arc outer margin (DCM 113671)."""

Osseous: Final[Code] = Code("DCM", "112053", "Osseous", (6100,))
"""Osseous (DCM 112053)."""

Other: Final[Code] = Code("DCM", "OT", "Other", (32,))
"""Other (DCM OT)."""

OtherFailure: Final[Code] = Code("DCM", "111220", "Other failure", (6041, 6135, 7011))
"""Other failure (DCM 111220)."""

OtherImageOfBiplanePair: Final[Code] = Code("DCM", "121314", "Other image of biplane pair", (7201,))
"""Other image of biplane pair (DCM 121314)."""

OtherImageOfStereoscopicPair: Final[Code] = Code(
    "DCM", "121315", "Other image of stereoscopic pair", (7201,)
)
"""Other image of stereoscopic pair (DCM 121315)."""

OtherMalignancyType: Final[Code] = Code("DCM", "111390", "Other malignancy type", (6159,))
"""Other malignancy type (DCM 111390)."""

OtherMarker: Final[Code] = Code("DCM", "111175", "Other Marker", (6401,))
"""Other Marker (DCM 111175)."""

OtherPartialViews: Final[Code] = Code("DCM", "121313", "Other partial views", (7201,))
"""Other partial views (DCM 121313)."""

OtherSex: Final[Code] = Code("DCM", "121102", "Other sex", (7455,))
"""Other sex (DCM 121102)."""

OutOfToleranceInterlock: Final[Code] = Code("DCM", "130743", "Out of Tolerance Interlock", (9568,))
"""Out of Tolerance Interlock (DCM 130743)."""

OuterLimitsOfFuzzyMargin: Final[Code] = Code(
    "DCM", "113663", "Outer limits of fuzzy margin", (6166,)
)
"""Outer limits of fuzzy margin (DCM 113663)."""

OuterRetinaStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128272", "Outer retina structural reflectance map", (4271,)
)
"""Outer retina structural reflectance map (DCM 128272)."""

OuterRetinaVasculatureFlow: Final[Code] = Code(
    "DCM", "128271", "Outer retina vasculature flow", (4271,)
)
"""Outer retina vasculature flow (DCM 128271)."""

OuterSurfaceOfGCL: Final[Code] = Code("DCM", "128290", "Outer surface of GCL", (4273,))
"""Outer surface of GCL (DCM 128290)."""

OuterSurfaceOfHFL: Final[Code] = Code("DCM", "128294", "Outer surface of HFL", (4273,))
"""Outer surface of HFL (DCM 128294)."""

OuterSurfaceOfINL: Final[Code] = Code("DCM", "128292", "Outer surface of INL", (4273,))
"""Outer surface of INL (DCM 128292)."""

OuterSurfaceOfIPL: Final[Code] = Code("DCM", "128291", "Outer surface of IPL", (4273,))
"""Outer surface of IPL (DCM 128291)."""

OuterSurfaceOfOPL: Final[Code] = Code("DCM", "128293", "Outer surface of OPL", (4273,))
"""Outer surface of OPL (DCM 128293)."""

OuterSurfaceOfRNFL: Final[Code] = Code("DCM", "128289", "Outer surface of RNFL", (4273,))
"""Outer surface of RNFL (DCM 128289)."""

OuterSurfaceOfTheBM: Final[Code] = Code("DCM", "128300", "Outer surface of the BM", (4273,))
"""Outer surface of the BM (DCM 128300)."""

OuterSurfaceOfTheCC: Final[Code] = Code("DCM", "128302", "Outer surface of the CC", (4273,))
"""Outer surface of the CC (DCM 128302)."""

Outline: Final[Code] = Code("DCM", "111041", "Outline", (219,))
"""Outline (DCM 111041)."""

OutlineOfLobulations: Final[Code] = Code("DCM", "113661", "Outline of lobulations", (6166,))
"""Outline of lobulations (DCM 113661)."""

OutlineOfSpiculations: Final[Code] = Code("DCM", "113664", "Outline of spiculations", (6166,))
"""Outline of spiculations (DCM 113664)."""

OutsideNormalLimits: Final[Code] = Code("DCM", "111847", "Outside normal limits", (4254,))
"""Outside normal limits (DCM 111847)."""

OutsideOperationalLimitsOfTheDevice: Final[Code] = Code(
    "DCM", "128619", "Outside operational limits of the device", (800,)
)
"""Outside operational limits of the device (DCM 128619)."""

OverExposed: Final[Code] = Code("DCM", "111212", "Over exposed", (6041, 6135, 7011))
"""Over exposed (DCM 111212)."""

OverallAssessment: Final[Code] = Code("DCM", "111413", "Overall Assessment", (6052, 6053))
"""Overall Assessment (DCM 111413)."""

OverallImageQualityEvaluation: Final[Code] = Code(
    "DCM", "109701", "Overall image quality evaluation", (8300,)
)
"""Overall image quality evaluation (DCM 109701)."""

OverallImpressionRecommendationAnalysis: Final[Code] = Code(
    "DCM", "111234", "Overall Impression/Recommendation Analysis", (6043,)
)
"""Overall Impression/Recommendation Analysis (DCM 111234)."""

Overflow: Final[Code] = Code("DCM", "114005", "Overflow", (43,))
"""Overflow (DCM 114005)."""

OxygenAdministrationByVentilator: Final[Code] = Code(
    "DCM", "121163", "Oxygen Administration by ventilator", (3531,)
)
"""Oxygen Administration by ventilator (DCM 121163)."""

OxygenExtractionFraction: Final[Code] = Code("DCM", "126392", "Oxygen Extraction Fraction", (4108,))
"""Oxygen Extraction Fraction (DCM 126392)."""

PAPLeakPressure: Final[Code] = Code("DCM", "130423", "PAP Leak Pressure", (3005,))
"""PAP Leak Pressure (DCM 130423)."""

PAPPressure: Final[Code] = Code("DCM", "130422", "PAP Pressure", (3005,))
"""PAP Pressure (DCM 130422)."""

PAPTidalVolume: Final[Code] = Code("DCM", "130424", "PAP Tidal Volume", (3005,))
"""PAP Tidal Volume (DCM 130424)."""

PAS: Final[Code] = Code("DCM", "113237", "PAS", (7261,))
"""PAS (DCM 113237)."""

PETMeasurementReport: Final[Code] = Code("DCM", "126003", "PET Measurement Report", (7021,))
"""PET Measurement Report (DCM 126003)."""

PETMyocardialPerfusionRestAndStress: Final[Code] = Code(
    "DCM", "122793", "PET Myocardial Perfusion, Rest and Stress", (3106,)
)
"""PET Myocardial Perfusion, Rest and Stress (DCM 122793)."""

PETMyocardialPerfusionRestOnly: Final[Code] = Code(
    "DCM", "122791", "PET Myocardial Perfusion, Rest only", (3106,)
)
"""PET Myocardial Perfusion, Rest only (DCM 122791)."""

PETMyocardialPerfusionStressOnly: Final[Code] = Code(
    "DCM", "122792", "PET Myocardial Perfusion, Stress only", (3106,)
)
"""PET Myocardial Perfusion, Stress only (DCM 122792)."""

PETMyocardialViabilityRestAndStress: Final[Code] = Code(
    "DCM", "122797", "PET Myocardial Viability, Rest and Stress", (3106,)
)
"""PET Myocardial Viability, Rest and Stress (DCM 122797)."""

PETMyocardialViabilityRestOnly: Final[Code] = Code(
    "DCM", "122795", "PET Myocardial Viability, Rest only", (3106,)
)
"""PET Myocardial Viability, Rest only (DCM 122795)."""

PETMyocardialViabilityStressOnly: Final[Code] = Code(
    "DCM", "122796", "PET Myocardial Viability, Stress only", (3106,)
)
"""PET Myocardial Viability, Stress only (DCM 122796)."""

PGreaterThan5Percent: Final[Code] = Code("DCM", "111935", "p>5%", (4265,))
"""p>5% (DCM 111935)."""

PIRADS2Point0ProstateMRIAcquisitionRequirements: Final[Code] = Code(
    "DCM", "130607", "PI-RADS 2.0 prostate MRI acquisition requirements", (6353,)
)
"""PI-RADS 2.0 prostate MRI acquisition requirements (DCM 130607)."""

PIRADS2Point1ProstateMRIAcquisitionRequirements: Final[Code] = Code(
    "DCM", "130608", "PI-RADS 2.1 prostate MRI acquisition requirements", (6353,)
)
"""PI-RADS 2.1 prostate MRI acquisition requirements (DCM 130608)."""

PIRADSV2Point0: Final[Code] = Code("DCM", "130564", "PI-RADS v2.0", (6310,))
"""PI-RADS v2.0 (DCM 130564)."""

PIRADSV2Point1: Final[Code] = Code("DCM", "130565", "PI-RADS v2.1", (6310,))
"""PI-RADS v2.1 (DCM 130565)."""

PISARadius: Final[Code] = Code("DCM", "125331", "PISA Radius", (12304,))
"""PISA Radius (DCM 125331)."""

PLesserThan0Point5Percent: Final[Code] = Code("DCM", "111939", "p<0.5%", (4265,))
"""p<0.5% (DCM 111939)."""

PLesserThan1Percent: Final[Code] = Code("DCM", "111938", "p<1%", (4265,))
"""p<1% (DCM 111938)."""

PLesserThan2Percent: Final[Code] = Code("DCM", "111937", "p<2%", (4265,))
"""p<2% (DCM 111937)."""

PLesserThan5Percent: Final[Code] = Code("DCM", "111936", "p<5%", (4265,))
"""p<5% (DCM 111936)."""

PO10: Final[Code] = Code("DCM", "130715", "PO10", (3030,))
"""PO10 (DCM 130715)."""

PO9: Final[Code] = Code("DCM", "130714", "PO9", (3030,))
"""PO9 (DCM 130714)."""

PSMA1007F18: Final[Code] = Code("DCM", "126758", "PSMA-1007 F^18^", (4021,))
"""PSMA-1007 F^18^ (DCM 126758)."""

PSMA617Ga68: Final[Code] = Code("DCM", "126759", "PSMA-617 Ga^68^", (4021,))
"""PSMA-617 Ga^68^ (DCM 126759)."""

PTVNodal: Final[Code] = Code("DCM", "130053", "PTV Nodal", (9534,))
"""PTV Nodal (DCM 130053)."""

PTVPrimary: Final[Code] = Code("DCM", "130054", "PTV Primary", (9534,))
"""PTV Primary (DCM 130054)."""

PWave: Final[Code] = Code("DCM", "109041", "P wave", (3339,))
"""P wave (DCM 109041)."""

Paced: Final[Code] = Code("DCM", "109083", "Paced", (3104,))
"""Paced (DCM 109083)."""

PacingElectricalStimulusVoltage: Final[Code] = Code(
    "DCM", "109009", "Pacing (electrical) stimulus, voltage", (3240,)
)
"""Pacing (electrical) stimulus, voltage (DCM 109009)."""

PackageInsert: Final[Code] = Code("DCM", "113528", "Package Insert", (10040,))
"""Package Insert (DCM 113528)."""

PageSentTo: Final[Code] = Code("DCM", "122043", "Page Sent To", (3404,))
"""Page Sent To (DCM 122043)."""

PalpationGuided: Final[Code] = Code("DCM", "111489", "Palpation guided", (6060,))
"""Palpation guided (DCM 111489)."""

PancreaticStent: Final[Code] = Code("DCM", "112176", "Pancreatic stent", (6203, 6404))
"""Pancreatic stent (DCM 112176)."""

Panitumumab89Zr: Final[Code] = Code("DCM", "126736", "Panitumumab ^89^Zr", (4021,))
"""Panitumumab ^89^Zr (DCM 126736)."""

PanoramicXRay: Final[Code] = Code("DCM", "PX", "Panoramic X-Ray", (29,))
"""Panoramic X-Ray (DCM PX)."""

PaperBasedBedding: Final[Code] = Code("DCM", "127233", "Paper-based bedding", (605,))
"""Paper-based bedding (DCM 127233)."""

PaperDigitized: Final[Code] = Code("DCM", "110023", "Paper Digitized", (7008,))
"""Paper Digitized (DCM 110023)."""

PaperDocument: Final[Code] = Code("DCM", "110038", "Paper Document", (405,))
"""Paper Document (DCM 110038)."""

PapillaryMuscleExcluded: Final[Code] = Code("DCM", "122620", "Papillary Muscle Excluded", (3821,))
"""Papillary Muscle Excluded (DCM 122620)."""

PapillaryMuscleIncluded: Final[Code] = Code("DCM", "122621", "Papillary Muscle Included", (3821,))
"""Papillary Muscle Included (DCM 122621)."""

Parallel: Final[Code] = Code("DCM", "111355", "Parallel", (6152,))
"""Parallel (DCM 111355)."""

ParallelGrid: Final[Code] = Code("DCM", "111644", "Parallel grid", (10017,))
"""Parallel grid (DCM 111644)."""

ParallelImaging: Final[Code] = Code("DCM", "113228", "Parallel Imaging", (7260,))
"""Parallel Imaging (DCM 113228)."""

Parallelepiped: Final[Code] = Code("DCM", "122566", "Parallelepiped", (3453,))
"""Parallelepiped (DCM 122566)."""

ParaspinalLine: Final[Code] = Code("DCM", "112091", "Paraspinal line", (6148,))
"""Paraspinal line (DCM 112091)."""

ParenchymalBand: Final[Code] = Code("DCM", "112112", "Parenchymal band", (6103,))
"""Parenchymal band (DCM 112112)."""

PartialFlatteningFilterBeam: Final[Code] = Code(
    "DCM", "130357", "Partial Flattening Filter Beam", (9549,)
)
"""Partial Flattening Filter Beam (DCM 130357)."""

PartialRenderingForPresentation: Final[Code] = Code(
    "DCM", "121333", "Partial Rendering for Presentation", (7006,)
)
"""Partial Rendering for Presentation (DCM 121333)."""

PartialReport: Final[Code] = Code("DCM", "121363", "Partial report", (7009,))
"""Partial report (DCM 121363)."""

PartiallyEncapsulated: Final[Code] = Code("DCM", "130593", "Partially encapsulated", (6342,))
"""Partially encapsulated (DCM 130593)."""

PartiallySucceeded: Final[Code] = Code("DCM", "111223", "Partially Succeeded", (6042,))
"""Partially Succeeded (DCM 111223)."""

ParticleDisplacementMethod: Final[Code] = Code(
    "DCM", "130756", "Particle Displacement Method", (12324,)
)
"""Particle Displacement Method (DCM 130756)."""

ParticleVelocityMethod: Final[Code] = Code("DCM", "130757", "Particle Velocity Method", (12324,))
"""Particle Velocity Method (DCM 130757)."""

PatencyTestInjection: Final[Code] = Code("DCM", "130247", "Patency Test Injection", (72,))
"""Patency Test Injection (DCM 130247)."""

PathLength: Final[Code] = Code("DCM", "121211", "Path length", (7470,))
"""Path length (DCM 121211)."""

Patient: Final[Code] = Code("DCM", "121025", "Patient", (271, 272, 7450))
"""Patient (DCM 121025)."""

PatientAPDimension: Final[Code] = Code("DCM", "128408", "Patient AP Dimension", (10069,))
"""Patient AP Dimension (DCM 128408)."""

PatientAdmittedToProcedureRoom: Final[Code] = Code(
    "DCM", "122002", "Patient admitted to procedure room", (3402,)
)
"""Patient admitted to procedure room (DCM 122002)."""

PatientAdvanceDirectiveGiven: Final[Code] = Code(
    "DCM", "122005", "Patient advance directive given", (3402,)
)
"""Patient advance directive given (DCM 122005)."""

PatientAlert: Final[Code] = Code("DCM", "122025", "Patient alert", (3402,))
"""Patient alert (DCM 122025)."""

PatientAlignmentProcedure: Final[Code] = Code(
    "DCM", "130638", "Patient Alignment Procedure", (9577,)
)
"""Patient Alignment Procedure (DCM 130638)."""

PatientAllergicToMediaContrast: Final[Code] = Code(
    "DCM", "110503", "Patient allergic to media/contrast", (64, 9301)
)
"""Patient allergic to media/contrast (DCM 110503)."""

PatientAnatomyModel: Final[Code] = Code("DCM", "130067", "Patient Anatomy Model", (9507,))
"""Patient Anatomy Model (DCM 130067)."""

PatientAsleep: Final[Code] = Code("DCM", "122028", "Patient asleep", (3402,))
"""Patient asleep (DCM 122028)."""

PatientAssistedToTable: Final[Code] = Code("DCM", "122007", "Patient assisted to table", (3402,))
"""Patient assisted to table (DCM 122007)."""

PatientAttachedDoseControlObject: Final[Code] = Code(
    "DCM", "130405", "Patient-Attached Dose Control Object", (9580,)
)
"""Patient-Attached Dose Control Object (DCM 130405)."""

PatientCalledToProcedureRoom: Final[Code] = Code(
    "DCM", "122001", "Patient called to procedure room", (3402,)
)
"""Patient called to procedure room (DCM 122001)."""

PatientClearanceInterlock: Final[Code] = Code(
    "DCM", "130741", "Patient Clearance Interlock", (9568,)
)
"""Patient Clearance Interlock (DCM 130741)."""

PatientConditionPreventedContinuing: Final[Code] = Code(
    "DCM", "110515", "Patient condition prevented continuing", (60, 9301, 9561)
)
"""Patient condition prevented continuing (DCM 110515)."""

PatientConnectedToContinuousMonitoring: Final[Code] = Code(
    "DCM", "122009", "Patient connected to continuous monitoring", (3402,)
)
"""Patient connected to continuous monitoring (DCM 122009)."""

PatientConsciousness: Final[Code] = Code("DCM", "130865", "Patient Consciousness", (3047,))
"""Patient Consciousness (DCM 130865)."""

PatientCoordinateSystemOrigin: Final[Code] = Code(
    "DCM", "130540", "Patient Coordinate System Origin", (10074,)
)
"""Patient Coordinate System Origin (DCM 130540)."""

PatientCoughed: Final[Code] = Code("DCM", "122031", "Patient coughed", (3402,))
"""Patient coughed (DCM 122031)."""

PatientDidNotArrive: Final[Code] = Code("DCM", "110507", "Patient did not arrive", (9301,))
"""Patient did not arrive (DCM 110507)."""

PatientDied: Final[Code] = Code("DCM", "110504", "Patient died", (9301, 9303, 9561))
"""Patient died (DCM 110504)."""

PatientDischargedFromDepartment: Final[Code] = Code(
    "DCM", "122037", "Patient discharged from department", (3402,)
)
"""Patient discharged from department (DCM 122037)."""

PatientDisconnectedFromContinuousMonitoring: Final[Code] = Code(
    "DCM", "122032", "Patient disconnected from continuous monitoring", (3402,)
)
"""Patient disconnected from continuous monitoring (DCM 122032)."""

PatientDisoriented: Final[Code] = Code("DCM", "122020", "Patient disoriented", (3402,))
"""Patient disoriented (DCM 122020)."""

PatientDistractionDevice: Final[Code] = Code("DCM", "130651", "Patient Distraction Device", (9578,))
"""Patient Distraction Device (DCM 130651)."""

PatientElevation: Final[Code] = Code("DCM", "130412", "Patient elevation", (3034,))
"""Patient elevation (DCM 130412)."""

PatientFixationProcedure: Final[Code] = Code("DCM", "130637", "Patient Fixation Procedure", (9577,))
"""Patient Fixation Procedure (DCM 130637)."""

PatientGivenPostProcedureInstruction: Final[Code] = Code(
    "DCM", "122036", "Patient given post-procedure instruction", (3402,)
)
"""Patient given post-procedure instruction (DCM 122036)."""

PatientGivenPreProcedureInstruction: Final[Code] = Code(
    "DCM", "122003", "Patient given pre-procedure instruction", (3402,)
)
"""Patient given pre-procedure instruction (DCM 122003)."""

PatientHasRespiratoryDifficulty: Final[Code] = Code(
    "DCM", "122030", "Patient has respiratory difficulty", (3402,)
)
"""Patient has respiratory difficulty (DCM 122030)."""

PatientInformedConsentGiven: Final[Code] = Code(
    "DCM", "122004", "Patient informed consent given", (3402,)
)
"""Patient informed consent given (DCM 122004)."""

PatientLateralDimension: Final[Code] = Code("DCM", "128409", "Patient Lateral Dimension", (10069,))
"""Patient Lateral Dimension (DCM 128409)."""

PatientMotion: Final[Code] = Code("DCM", "128553", "Patient motion", (10034,))
"""Patient motion (DCM 128553)."""

PatientMotionInterlock: Final[Code] = Code("DCM", "130479", "Patient Motion Interlock", (9568,))
"""Patient Motion Interlock (DCM 130479)."""

PatientMotionManagementSetupProcedure: Final[Code] = Code(
    "DCM", "130639", "Patient Motion Management Setup Procedure", (9577,)
)
"""Patient Motion Management Setup Procedure (DCM 130639)."""

PatientMovement: Final[Code] = Code("DCM", "110518", "Patient Movement", (4221, 9561))
"""Patient Movement (DCM 110518)."""

PatientPosition: Final[Code] = Code("DCM", "130410", "Patient position", (3034,))
"""Patient position (DCM 130410)."""

PatientPregnant: Final[Code] = Code("DCM", "110508", "Patient pregnant", (9301,))
"""Patient pregnant (DCM 110508)."""

PatientPreppedAndDraped: Final[Code] = Code("DCM", "122008", "Patient prepped and draped", (3402,))
"""Patient prepped and draped (DCM 122008)."""

PatientPronouncedDead: Final[Code] = Code("DCM", "122038", "Patient pronounced dead", (3402,))
"""Patient pronounced dead (DCM 122038)."""

PatientRecord: Final[Code] = Code("DCM", "110110", "Patient Record", (400,))
"""Patient Record (DCM 110110)."""

PatientRefusedToContinueProcedure: Final[Code] = Code(
    "DCM", "110505", "Patient refused to continue procedure", (9301, 9561)
)
"""Patient refused to continue procedure (DCM 110505)."""

PatientReportsChestPain: Final[Code] = Code("DCM", "122023", "Patient reports chest pain", (3402,))
"""Patient reports chest pain (DCM 122023)."""

PatientReportsDiscomfort: Final[Code] = Code("DCM", "122022", "Patient reports discomfort", (3402,))
"""Patient reports discomfort (DCM 122022)."""

PatientReportsNausea: Final[Code] = Code("DCM", "122021", "Patient reports nausea", (3402,))
"""Patient reports nausea (DCM 122021)."""

PatientReportsNoPain: Final[Code] = Code("DCM", "122024", "Patient reports no pain", (3402,))
"""Patient reports no pain (DCM 122024)."""

PatientRepositioned: Final[Code] = Code("DCM", "130455", "Patient Repositioned", (9563,))
"""Patient Repositioned (DCM 130455)."""

PatientRestless: Final[Code] = Code("DCM", "122026", "Patient restless", (3402,))
"""Patient restless (DCM 122026)."""

PatientRotationLongitudinal: Final[Code] = Code(
    "DCM", "130411", "Patient rotation longitudinal", (3034,)
)
"""Patient rotation longitudinal (DCM 130411)."""

PatientSedated: Final[Code] = Code("DCM", "122027", "Patient sedated", (3402,))
"""Patient sedated (DCM 122027)."""

PatientSegmentedModel: Final[Code] = Code("DCM", "128494", "Patient Segmented Model", (10064,))
"""Patient Segmented Model (DCM 128494)."""

PatientSetupPoint: Final[Code] = Code("DCM", "130069", "Patient Setup Point", (9504, 9574))
"""Patient Setup Point (DCM 130069)."""

PatientSetupVerificationInputUsed: Final[Code] = Code(
    "DCM", "128217", "Patient Setup Verification Input Used", (7025,)
)
"""Patient Setup Verification Input Used (DCM 128217)."""

PatientSetupVerificationResult: Final[Code] = Code(
    "DCM", "128191", "Patient Setup Verification Result", (7023,)
)
"""Patient Setup Verification Result (DCM 128191)."""

PatientShieldingProcedure: Final[Code] = Code(
    "DCM", "130636", "Patient Shielding Procedure", (9577,)
)
"""Patient Shielding Procedure (DCM 130636)."""

PatientStatusOrEvent: Final[Code] = Code("DCM", "121123", "Patient Status or Event", (3401,))
"""Patient Status or Event (DCM 121123)."""

PatientSupport: Final[Code] = Code("DCM", "128492", "Patient Support", (10066,))
"""Patient Support (DCM 128492)."""

PatientSupportOrigin: Final[Code] = Code("DCM", "130538", "Patient Support Origin", (10074,))
"""Patient Support Origin (DCM 130538)."""

PatientTakenForTreatmentOrSurgery: Final[Code] = Code(
    "DCM", "110506", "Patient taken for treatment or surgery", (9301,)
)
"""Patient taken for treatment or surgery (DCM 110506)."""

PatientTransferredToCCU: Final[Code] = Code("DCM", "122012", "Patient transferred to CCU", (3402,))
"""Patient transferred to CCU (DCM 122012)."""

PatientTransferredToHoldingArea: Final[Code] = Code(
    "DCM", "122010", "Patient transferred to holding area", (3402,)
)
"""Patient transferred to holding area (DCM 122010)."""

PatientTransferredToMorgue: Final[Code] = Code(
    "DCM", "122039", "Patient transferred to morgue", (3402,)
)
"""Patient transferred to morgue (DCM 122039)."""

PatientTransferredToSurgery: Final[Code] = Code(
    "DCM", "122011", "Patient transferred to surgery", (3402,)
)
"""Patient transferred to surgery (DCM 122011)."""

PatientUnresponsive: Final[Code] = Code("DCM", "122029", "Patient unresponsive", (3402,))
"""Patient unresponsive (DCM 122029)."""

PatientWeightExceedsEquipmentLimit: Final[Code] = Code(
    "DCM", "122764", "Patient weight exceeds equipment limit", (3205,)
)
"""Patient weight exceeds equipment limit (DCM 122764)."""

PatternEvent: Final[Code] = Code("DCM", "130860", "Pattern Event", (3047,))
"""Pattern Event (DCM 130860)."""

PatternProjection: Final[Code] = Code("DCM", "114204", "Pattern projection", (8201,))
"""Pattern projection (DCM 114204)."""

PeakBloodPressure: Final[Code] = Code("DCM", "125329", "Peak Blood Pressure", (12304,))
"""Peak Blood Pressure (DCM 125329)."""

PeakLongitudinalLagrangianStrain: Final[Code] = Code(
    "DCM", "130671", "Peak Longitudinal Lagrangian Strain", (12311,)
)
"""Peak Longitudinal Lagrangian Strain (DCM 130671)."""

PeakOfThermalCardiacOutputBolus: Final[Code] = Code(
    "DCM", "109028", "Peak of thermal cardiac output bolus", (3337,)
)
"""Peak of thermal cardiac output bolus (DCM 109028)."""

PeakTissueVelocity: Final[Code] = Code("DCM", "125330", "Peak Tissue Velocity", (12304,))
"""Peak Tissue Velocity (DCM 125330)."""

PeakValueWithinROI: Final[Code] = Code("DCM", "126031", "Peak Value Within ROI", (7464,))
"""Peak Value Within ROI (DCM 126031)."""

PediatricCardiacUltrasoundReport: Final[Code] = Code(
    "DCM", "125195", "Pediatric Cardiac Ultrasound Report", (7000, 12245)
)
"""Pediatric Cardiac Ultrasound Report (DCM 125195)."""

PediatricImagingSpecialty: Final[Code] = Code(
    "DCM", "128016", "Pediatric Imaging Specialty", (7449,)
)
"""Pediatric Imaging Specialty (DCM 128016)."""

PediatricImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128737", "Pediatric imaging subject matter", (7017,)
)
"""Pediatric imaging subject matter (DCM 128737)."""

PediatricRadiology: Final[Code] = Code("DCM", "128177", "Pediatric Radiology", (7030,))
"""Pediatric Radiology (DCM 128177)."""

Pegdinetanib89Zr: Final[Code] = Code("DCM", "126728", "Pegdinetanib ^89^Zr", (4021,))
"""Pegdinetanib ^89^Zr (DCM 126728)."""

PercentFibroglandularTissue: Final[Code] = Code(
    "DCM", "111046", "Percent Fibroglandular Tissue", (10069,)
)
"""Percent Fibroglandular Tissue (DCM 111046)."""

PercentageOfVascularCalcification: Final[Code] = Code(
    "DCM", "112198", "Percentage of Vascular Calcification", (6142,)
)
"""Percentage of Vascular Calcification (DCM 112198)."""

PercentileRankingOfMeasurement: Final[Code] = Code(
    "DCM", "121415", "Percentile Ranking of measurement", (227,)
)
"""Percentile Ranking of measurement (DCM 121415)."""

PercutaneousCoronaryIntervention: Final[Code] = Code(
    "DCM", "122061", "Percutaneous Coronary Intervention", (3739,)
)
"""Percutaneous Coronary Intervention (DCM 122061)."""

PercutaneousSiliconeInjection: Final[Code] = Code(
    "DCM", "111483", "Percutaneous silicone injection", (6059,)
)
"""Percutaneous silicone injection (DCM 111483)."""

Perfluorocarbon: Final[Code] = Code("DCM", "130605", "Perfluorocarbon", (6350,))
"""Perfluorocarbon (DCM 130605)."""

PerformanceOfCTForDetectionOfPulmonaryEmbolismInAdults: Final[Code] = Code(
    "DCM", "112185", "Performance of CT for Detection of Pulmonary Embolism in Adults", (6136,)
)
"""Performance of CT for Detection of Pulmonary Embolism in Adults (DCM 112185)."""

PerformanceOfHighResolutionCTOfTheLungsInAdults: Final[Code] = Code(
    "DCM", "112186", "Performance of High-Resolution CT of the Lungs in Adults", (6136,)
)
"""Performance of High-Resolution CT of the Lungs in Adults (DCM 112186)."""

PerformanceOfPediatricAndAdultChestRadiographyACR: Final[Code] = Code(
    "DCM", "112035", "Performance of Pediatric and Adult Chest Radiography, ACR", (6136,)
)
"""Performance of Pediatric and Adult Chest Radiography, ACR (DCM 112035)."""

PerformanceOfPediatricAndAdultThoracicCT: Final[Code] = Code(
    "DCM", "112184", "Performance of Pediatric and Adult Thoracic CT", (6136,)
)
"""Performance of Pediatric and Adult Thoracic CT (DCM 112184)."""

PerformedProcedureStep: Final[Code] = Code(
    "DCM", "113016", "Performed Procedure Step", (7012, 10000)
)
"""Performed Procedure Step (DCM 113016)."""

PerformedProcedureStepSOPInstanceUID: Final[Code] = Code(
    "DCM", "121126", "Performed Procedure Step SOP Instance UID", (10001,)
)
"""Performed Procedure Step SOP Instance UID (DCM 121126)."""

Performing: Final[Code] = Code("DCM", "121094", "Performing", (7453,))
"""Performing (DCM 121094)."""

Perfusion: Final[Code] = Code("DCM", "110831", "Perfusion", (7180, 11006))
"""Perfusion (DCM 110831)."""

PerfusionAnalysisByArterialSpinLabelingMRTechnique: Final[Code] = Code(
    "DCM", "126302", "Perfusion analysis by Arterial Spin Labeling MR technique", (4102,)
)
"""Perfusion analysis by Arterial Spin Labeling MR technique (DCM 126302)."""

PerfusionAnalysisByIVIodinatedContrastCTTechnique: Final[Code] = Code(
    "DCM", "126301", "Perfusion analysis by IV Iodinated Contrast CT technique", (4102,)
)
"""Perfusion analysis by IV Iodinated Contrast CT technique (DCM 126301)."""

PerfusionAnalysisByStableXenonCTTechnique: Final[Code] = Code(
    "DCM", "126300", "Perfusion analysis by Stable Xenon CT technique", (4102,)
)
"""Perfusion analysis by Stable Xenon CT technique (DCM 126300)."""

PerfusionAnalysisBySusceptibilityMRTechnique: Final[Code] = Code(
    "DCM", "126303", "Perfusion analysis by Susceptibility MR technique", (4102,)
)
"""Perfusion analysis by Susceptibility MR technique (DCM 126303)."""

PerfusionImageAnalysis: Final[Code] = Code("DCM", "129104", "Perfusion image analysis", (7203,))
"""Perfusion image analysis (DCM 129104)."""

PeriOperativePhotographicImaging: Final[Code] = Code(
    "DCM", "112700", "Peri-operative Photographic Imaging", (8131,)
)
"""Peri-operative Photographic Imaging (DCM 112700)."""

PerilesionalWhiteMatter: Final[Code] = Code("DCM", "110706", "Perilesional White Matter", (7710,))
"""Perilesional White Matter (DCM 110706)."""

PeripheralDuctPapillomas: Final[Code] = Code("DCM", "111299", "Peripheral duct papillomas", (6032,))
"""Peripheral duct papillomas (DCM 111299)."""

PeripheralInferior: Final[Code] = Code("DCM", "111916", "Peripheral-inferior", (4207,))
"""Peripheral-inferior (DCM 111916)."""

PeripheralInferiorNasal: Final[Code] = Code("DCM", "111917", "Peripheral-inferior nasal", (4207,))
"""Peripheral-inferior nasal (DCM 111917)."""

PeripheralInferiorTemporal: Final[Code] = Code(
    "DCM", "111915", "Peripheral-inferior temporal", (4207,)
)
"""Peripheral-inferior temporal (DCM 111915)."""

PeripheralNasal: Final[Code] = Code("DCM", "111918", "Peripheral-nasal", (4207,))
"""Peripheral-nasal (DCM 111918)."""

PeripheralSuperior: Final[Code] = Code("DCM", "111912", "Peripheral-superior", (4207,))
"""Peripheral-superior (DCM 111912)."""

PeripheralSuperiorNasal: Final[Code] = Code("DCM", "111919", "Peripheral-superior nasal", (4207,))
"""Peripheral-superior nasal (DCM 111919)."""

PeripheralSuperiorTemporal: Final[Code] = Code(
    "DCM", "111913", "Peripheral-superior temporal", (4207,)
)
"""Peripheral-superior temporal (DCM 111913)."""

PeripheralTemporal: Final[Code] = Code("DCM", "111914", "Peripheral-temporal", (4207,))
"""Peripheral-temporal (DCM 111914)."""

PersistentDelayedPhaseType1Curve: Final[Code] = Code(
    "DCM", "130597", "Persistent delayed phase: Type 1 curve", (6346,)
)
"""Persistent delayed phase: Type 1 curve (DCM 130597)."""

Person: Final[Code] = Code("DCM", "121006", "Person", (270,))
"""Person (DCM 121006)."""

PersonalBreastCancerHistory: Final[Code] = Code(
    "DCM", "111550", "Personal breast cancer history", (6081,)
)
"""Personal breast cancer history (DCM 111550)."""

PersonalHistoryOfBreastCancerWithBreastConservationTherapy: Final[Code] = Code(
    "DCM", "111421", "Personal history of breast cancer with breast conservation therapy", (6051,)
)
"""Personal history of breast cancer with breast conservation therapy (DCM 111421)."""

PersonalHistoryOfBreastCancerWithMastectomy: Final[Code] = Code(
    "DCM", "111124", "Personal history of breast cancer with mastectomy", (6051,)
)
"""Personal history of breast cancer with mastectomy (DCM 111124)."""

PersonnelArrived: Final[Code] = Code("DCM", "122041", "Personnel Arrived", (3404,))
"""Personnel Arrived (DCM 122041)."""

PersonnelDeparted: Final[Code] = Code("DCM", "122042", "Personnel Departed", (3404,))
"""Personnel Departed (DCM 122042)."""

PhantomTumor: Final[Code] = Code("DCM", "112123", "Phantom tumor (pseudotumor)", (6104,))
"""Phantom tumor (pseudotumor) (DCM 112123)."""

PhaseContrastIllumination: Final[Code] = Code(
    "DCM", "111747", "Phase contrast illumination", (8123,)
)
"""Phase contrast illumination (DCM 111747)."""

PhasedBeamSteering: Final[Code] = Code("DCM", "125259", "Phased beam steering", (12034,))
"""Phased beam steering (DCM 125259)."""

Phonocardiogram: Final[Code] = Code("DCM", "109114", "Phonocardiogram", (3000,))
"""Phonocardiogram (DCM 109114)."""

Photoacoustic: Final[Code] = Code("DCM", "PA", "Photoacoustic", (29,))
"""Photoacoustic (DCM PA)."""

PhotogrammetricImaging3DCAMModel: Final[Code] = Code(
    "DCM", "129020", "Photogrammetric Imaging 3D CAM model", (7061,)
)
"""Photogrammetric Imaging 3D CAM model (DCM 129020)."""

PhotonEnergy: Final[Code] = Code("DCM", "110857", "Photon Energy", (7182,))
"""Photon Energy (DCM 110857)."""

PhotonFixedAperture: Final[Code] = Code("DCM", "130344", "Photon Fixed Aperture", (9545,))
"""Photon Fixed Aperture (DCM 130344)."""

PhotopicLight: Final[Code] = Code("DCM", "111629", "Photopic light", (4203,))
"""Photopic light (DCM 111629)."""

PhysicalCompensator: Final[Code] = Code("DCM", "130340", "Physical Compensator", (9542,))
"""Physical Compensator (DCM 130340)."""

PhysicalExaminationResults: Final[Code] = Code(
    "DCM", "111423", "Physical Examination Results", (6052, 6053)
)
"""Physical Examination Results (DCM 111423)."""

PhysicianNote: Final[Code] = Code("DCM", "121173", "Physician Note", (3401,))
"""Physician Note (DCM 121173)."""

PhysicianReviewInputUsed: Final[Code] = Code(
    "DCM", "128213", "Physician Review Input Used", (7025,)
)
"""Physician Review Input Used (DCM 128213)."""

PhysicistReviewInputUsed: Final[Code] = Code(
    "DCM", "128214", "Physicist Review Input Used", (7025,)
)
"""Physicist Review Input Used (DCM 128214)."""

PhysicsAssistant: Final[Code] = Code("DCM", "128678", "Physics Assistant", (9555, 9562))
"""Physics Assistant (DCM 128678)."""

PhysiologicalAudioSignal: Final[Code] = Code("DCM", "109115", "Physiological audio signal", (3000,))
"""Physiological audio signal (DCM 109115)."""

PiezocompositeTransducer: Final[Code] = Code("DCM", "130815", "Piezocomposite Transducer", (11003,))
"""Piezocomposite Transducer (DCM 130815)."""

PinatuzumabVedotin89Zr: Final[Code] = Code("DCM", "126725", "Pinatuzumab vedotin ^89^Zr", (4021,))
"""Pinatuzumab vedotin ^89^Zr (DCM 126725)."""

PineChipBedding: Final[Code] = Code("DCM", "127234", "Pine chip bedding", (605,))
"""Pine chip bedding (DCM 127234)."""

PineShavingBedding: Final[Code] = Code("DCM", "127235", "Pine shaving bedding", (605,))
"""Pine shaving bedding (DCM 127235)."""

Pinning: Final[Code] = Code("DCM", "112318", "Pinning", (7310,))
"""Pinning (DCM 112318)."""

PittsburghCompoundBC11: Final[Code] = Code("DCM", "126500", "Pittsburgh compound B C^11^", (4021,))
"""Pittsburgh compound B C^11^ (DCM 126500)."""

PixelByPixelAddition: Final[Code] = Code("DCM", "113042", "Pixel by pixel addition", (7203,))
"""Pixel by pixel addition (DCM 113042)."""

PixelByPixelDivision: Final[Code] = Code("DCM", "113046", "Pixel by pixel division", (7203,))
"""Pixel by pixel division (DCM 113046)."""

PixelByPixelMask: Final[Code] = Code("DCM", "113047", "Pixel by pixel mask", (7203,))
"""Pixel by pixel mask (DCM 113047)."""

PixelByPixelMaximum: Final[Code] = Code("DCM", "113048", "Pixel by pixel Maximum", (7203,))
"""Pixel by pixel Maximum (DCM 113048)."""

PixelByPixelMean: Final[Code] = Code("DCM", "113049", "Pixel by pixel mean", (7203,))
"""Pixel by pixel mean (DCM 113049)."""

PixelByPixelMinimum: Final[Code] = Code("DCM", "113051", "Pixel by pixel Minimum", (7203,))
"""Pixel by pixel Minimum (DCM 113051)."""

PixelByPixelMultiplication: Final[Code] = Code(
    "DCM", "113053", "Pixel by pixel multiplication", (7203,)
)
"""Pixel by pixel multiplication (DCM 113053)."""

PixelByPixelSubtraction: Final[Code] = Code("DCM", "113062", "Pixel by pixel subtraction", (7203,))
"""Pixel by pixel subtraction (DCM 113062)."""

PixelFaultsEvaluation: Final[Code] = Code("DCM", "109706", "Pixel faults evaluation", (8300,))
"""Pixel faults evaluation (DCM 109706)."""

PixelatedSpiculations: Final[Code] = Code("DCM", "113666", "Pixelated spiculations", (6166,))
"""Pixelated spiculations (DCM 113666)."""

Plan: Final[Code] = Code("DCM", "PLAN", "Plan", (32,))
"""Plan (DCM PLAN)."""

PlanComparisonInputUsed: Final[Code] = Code("DCM", "128220", "Plan Comparison Input Used", (7010,))
"""Plan Comparison Input Used (DCM 128220)."""

PlanQualityAssuranceInputUsed: Final[Code] = Code(
    "DCM", "128215", "Plan Quality Assurance Input Used", (7025,)
)
"""Plan Quality Assurance Input Used (DCM 128215)."""

PlanarMatrixUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "130808", "Planar matrix ultrasound transducer geometry", (12033,)
)
"""Planar matrix ultrasound transducer geometry (DCM 130808)."""

PlaneA: Final[Code] = Code("DCM", "113620", "Plane A", (10003,))
"""Plane A (DCM 113620)."""

PlaneB: Final[Code] = Code("DCM", "113621", "Plane B", (10003,))
"""Plane B (DCM 113621)."""

PlaneScanPattern: Final[Code] = Code("DCM", "125241", "Plane scan pattern", (12032,))
"""Plane scan pattern (DCM 125241)."""

PlaneThroughAnteriorExtent: Final[Code] = Code(
    "DCM", "128128", "Plane through Anterior Extent", (1010,)
)
"""Plane through Anterior Extent (DCM 128128)."""

PlaneThroughCenter: Final[Code] = Code("DCM", "128130", "Plane through Center", (1010,))
"""Plane through Center (DCM 128130)."""

PlaneThroughDistalExtent: Final[Code] = Code(
    "DCM", "128123", "Plane through Distal Extent", (1010,)
)
"""Plane through Distal Extent (DCM 128123)."""

PlaneThroughInferiorExtent: Final[Code] = Code(
    "DCM", "128121", "Plane through Inferior Extent", (1010,)
)
"""Plane through Inferior Extent (DCM 128121)."""

PlaneThroughLateralExtent: Final[Code] = Code(
    "DCM", "128125", "Plane through Lateral Extent", (1010,)
)
"""Plane through Lateral Extent (DCM 128125)."""

PlaneThroughLeftmostExtent: Final[Code] = Code(
    "DCM", "128126", "Plane through Leftmost Extent", (1010,)
)
"""Plane through Leftmost Extent (DCM 128126)."""

PlaneThroughMedialExtent: Final[Code] = Code(
    "DCM", "128124", "Plane through Medial Extent", (1010,)
)
"""Plane through Medial Extent (DCM 128124)."""

PlaneThroughPosteriorExtent: Final[Code] = Code(
    "DCM", "128129", "Plane through Posterior Extent", (1010,)
)
"""Plane through Posterior Extent (DCM 128129)."""

PlaneThroughProximalExtent: Final[Code] = Code(
    "DCM", "128122", "Plane through Proximal Extent", (1010,)
)
"""Plane through Proximal Extent (DCM 128122)."""

PlaneThroughRightmostExtent: Final[Code] = Code(
    "DCM", "128127", "Plane through Rightmost Extent", (1010,)
)
"""Plane through Rightmost Extent (DCM 128127)."""

PlaneThroughSuperiorExtent: Final[Code] = Code(
    "DCM", "128120", "Plane through Superior Extent", (1010,)
)
"""Plane through Superior Extent (DCM 128120)."""

Planimetry: Final[Code] = Code("DCM", "125220", "Planimetry", (12229,))
"""Planimetry (DCM 125220)."""

PlanningIntent: Final[Code] = Code("DCM", "129013", "Planning Intent", (7064,))
"""Planning Intent (DCM 129013)."""

PlanningOrganAtRiskVolume: Final[Code] = Code(
    "DCM", "130057", "Planning Organ At Risk Volume", (9535,)
)
"""Planning Organ At Risk Volume (DCM 130057)."""

PlaquePlusMediaCrossSectionalArea: Final[Code] = Code(
    "DCM", "122334", "Plaque plus Media Cross-Sectional Area", (3482,)
)
"""Plaque plus Media Cross-Sectional Area (DCM 122334)."""

PlaquePlusMediaEccentricityIndex: Final[Code] = Code(
    "DCM", "122344", "Plaque plus Media Eccentricity Index", (3484,)
)
"""Plaque plus Media Eccentricity Index (DCM 122344)."""

PlaquePlusMediaThickness: Final[Code] = Code(
    "DCM", "122331", "Plaque Plus Media Thickness", (3481,)
)
"""Plaque Plus Media Thickness (DCM 122331)."""

PlaqueRupture: Final[Code] = Code("DCM", "122363", "Plaque Rupture", (3491,))
"""Plaque Rupture (DCM 122363)."""

PlasmaDisplay: Final[Code] = Code("DCM", "109993", "Plasma Display", (8303,))
"""Plasma Display (DCM 109993)."""

PlateauDelayedPhaseType2Curve: Final[Code] = Code(
    "DCM", "130598", "Plateau delayed phase: Type 2 curve", (6346,)
)
"""Plateau delayed phase: Type 2 curve (DCM 130598)."""

Pleonemia: Final[Code] = Code("DCM", "112081", "Pleonemia", (6108,))
"""Pleonemia (DCM 112081)."""

PointCloudAlgorithmic: Final[Code] = Code("DCM", "114208", "Point Cloud Algorithmic", (8201,))
"""Point Cloud Algorithmic (DCM 114208)."""

PointShearWaveElastography: Final[Code] = Code(
    "DCM", "130616", "Point Shear Wave Elastography", (12224,)
)
"""Point Shear Wave Elastography (DCM 130616)."""

PolarToRectangularScanConversion: Final[Code] = Code(
    "DCM", "113093", "Polar to Rectangular Scan Conversion", (7203,)
)
"""Polar to Rectangular Scan Conversion (DCM 113093)."""

PolatuzumabVedotin89Zr: Final[Code] = Code("DCM", "126726", "Polatuzumab vedotin ^89^Zr", (4021,))
"""Polatuzumab vedotin ^89^Zr (DCM 126726)."""

PolypStalkWidth: Final[Code] = Code("DCM", "112232", "Polyp stalk width", (6212,))
"""Polyp stalk width (DCM 112232)."""

PolyurethaneImplant: Final[Code] = Code("DCM", "111482", "Polyurethane implant", (6059,))
"""Polyurethane implant (DCM 111482)."""

PoorContrastTiming: Final[Code] = Code("DCM", "130579", "Poor contrast timing", (6317,))
"""Poor contrast timing (DCM 130579)."""

PoorFOVSelection: Final[Code] = Code("DCM", "130577", "Poor FOV selection", (6315,))
"""Poor FOV selection (DCM 130577)."""

PoorImageQuality: Final[Code] = Code("DCM", "122742", "Poor image quality", (3114,))
"""Poor image quality (DCM 122742)."""

PoorSNR: Final[Code] = Code("DCM", "130578", "Poor SNR", (6315,))
"""Poor SNR (DCM 130578)."""

PoorlyDemarcated: Final[Code] = Code("DCM", "112141", "Poorly demarcated", (6120,))
"""Poorly demarcated (DCM 112141)."""

PopulationAveragedAIF: Final[Code] = Code("DCM", "126361", "Population Averaged AIF", (4103,))
"""Population Averaged AIF (DCM 126361)."""

PortableMediaImporterEquipment: Final[Code] = Code(
    "DCM", "MEDIM", "Portable Media Importer Equipment", (7005,)
)
"""Portable Media Importer Equipment (DCM MEDIM)."""

Portacath: Final[Code] = Code("DCM", "112172", "Portacath", (6404,))
"""Portacath (DCM 112172)."""

PositionSensor: Final[Code] = Code("DCM", "POS", "Position Sensor", (29,))
"""Position Sensor (DCM POS)."""

Positioning: Final[Code] = Code("DCM", "111209", "Positioning", (4222, 6041, 6135, 7011))
"""Positioning (DCM 111209)."""

PositiveDCE: Final[Code] = Code("DCM", "130600", "Positive DCE", (6346,))
"""Positive DCE (DCM 130600)."""

PositiveInfinity: Final[Code] = Code("DCM", "114002", "Positive Infinity", (43,))
"""Positive Infinity (DCM 114002)."""

PositronEmissionTomography: Final[Code] = Code("DCM", "PT", "Positron emission tomography", (29,))
"""Positron emission tomography (DCM PT)."""

PostHyperventilation: Final[Code] = Code("DCM", "130415", "Post-hyperventilation", (3038,))
"""Post-hyperventilation (DCM 130415)."""

PostIntervention: Final[Code] = Code("DCM", "109124", "Post-intervention", (31,))
"""Post-intervention (DCM 109124)."""

PostMenopausalPatient: Final[Code] = Code("DCM", "111554", "Post menopausal patient", (6081,))
"""Post menopausal patient (DCM 111554)."""

PostProcedureMammogramsForMarkerPlacement: Final[Code] = Code(
    "DCM", "111120", "Post Procedure Mammograms for Marker Placement", (6026,)
)
"""Post Procedure Mammograms for Marker Placement (DCM 111120)."""

PostReductionMammoplasty: Final[Code] = Code("DCM", "111291", "Post reduction mammoplasty", (6031,))
"""Post reduction mammoplasty (DCM 111291)."""

PostVoiding: Final[Code] = Code("DCM", "109135", "Post voiding", (91, 9272))
"""Post voiding (DCM 109135)."""

PosteriorCorneaSurfaceMeasurementMethod: Final[Code] = Code(
    "DCM", "111759", "Posterior Cornea Surface Measurement Method", (4242,)
)
"""Posterior Cornea Surface Measurement Method (DCM 111759)."""

PosteriorEnhancement: Final[Code] = Code("DCM", "111368", "Posterior enhancement", (6155,))
"""Posterior enhancement (DCM 111368)."""

PosteriorFirst: Final[Code] = Code("DCM", "126832", "posterior first", (21,))
"""posterior first (DCM 126832)."""

PosteriorJunctionLine: Final[Code] = Code("DCM", "112089", "Posterior junction line", (6112,))
"""Posterior junction line (DCM 112089)."""

PosteriorLens: Final[Code] = Code("DCM", "111779", "Posterior Lens", (4233,))
"""Posterior Lens (DCM 111779)."""

PosteriorShadowing: Final[Code] = Code("DCM", "111369", "Posterior shadowing", (6155,))
"""Posterior shadowing (DCM 111369)."""

PosteriorSurfaceOfTheRPE: Final[Code] = Code(
    "DCM", "128299", "Posterior surface of the RPE", (4273,)
)
"""Posterior surface of the RPE (DCM 128299)."""

PosteriorToAnterior: Final[Code] = Code("DCM", "110871", "Posterior To Anterior", (7185,))
"""Posterior To Anterior (DCM 110871)."""

PosteriorTrachealStripe: Final[Code] = Code("DCM", "112092", "Posterior tracheal stripe", (6148,))
"""Posterior tracheal stripe (DCM 112092)."""

Posttreatment: Final[Code] = Code("DCM", "126074", "Posttreatment", (6146,))
"""Posttreatment (DCM 126074)."""

PreBiopsyLocalizationOfProstateLesion: Final[Code] = Code(
    "DCM", "130588", "Pre-biopsy localization of prostate lesion", (6327,)
)
"""Pre-biopsy localization of prostate lesion (DCM 130588)."""

PreEjectionPeriod: Final[Code] = Code("DCM", "125321", "Pre-ejection Period", (12307,))
"""Pre-ejection Period (DCM 125321)."""

PreHeatedPad: Final[Code] = Code("DCM", "127254", "Pre-heated pad", (635,))
"""Pre-heated pad (DCM 127254)."""

PreIntervention: Final[Code] = Code("DCM", "109123", "Pre-intervention", (31,))
"""Pre-intervention (DCM 109123)."""

PreMedication: Final[Code] = Code("DCM", "123012", "Pre-Medication", (76,))
"""Pre-Medication (DCM 123012)."""

PrePectoralImplant: Final[Code] = Code("DCM", "111485", "Pre-pectoral implant", (6059,))
"""Pre-pectoral implant (DCM 111485)."""

PrePlanningResult: Final[Code] = Code("DCM", "128184", "Pre-Planning Result", (7023,))
"""Pre-Planning Result (DCM 128184)."""

PreProcedureLog: Final[Code] = Code("DCM", "122072", "Pre-procedure log", (3407,))
"""Pre-procedure log (DCM 122072)."""

PreSurgicalAnatomy: Final[Code] = Code("DCM", "130833", "Pre-surgical anatomy", (9272,))
"""Pre-surgical anatomy (DCM 130833)."""

PreamplifierConnected: Final[Code] = Code("DCM", "130889", "Preamplifier connected", (3039,))
"""Preamplifier connected (DCM 130889)."""

PreamplifierDisconnected: Final[Code] = Code("DCM", "130890", "Preamplifier disconnected", (3039,))
"""Preamplifier disconnected (DCM 130890)."""

PredecessorContainingGroupOfImagingSubjects: Final[Code] = Code(
    "DCM", "113130", "Predecessor containing group of imaging subjects", (7202,)
)
"""Predecessor containing group of imaging subjects (DCM 113130)."""

PreliminaryReport: Final[Code] = Code("DCM", "121362", "Preliminary report", (7009, 9233))
"""Preliminary report (DCM 121362)."""

PreparationForImaging: Final[Code] = Code("DCM", "127104", "Preparation for imaging", (634,))
"""Preparation for imaging (DCM 127104)."""

PreparationRoom: Final[Code] = Code("DCM", "127371", "Preparation room", (603,))
"""Preparation room (DCM 127371)."""

PrescriptionRadiationDose: Final[Code] = Code(
    "DCM", "130009", "Prescription Radiation Dose", (9529,)
)
"""Prescription Radiation Dose (DCM 130009)."""

PrescriptionVisualAcuity: Final[Code] = Code("DCM", "111687", "Prescription Visual Acuity", (4216,))
"""Prescription Visual Acuity (DCM 111687)."""

PresentationOptionalRenderingDeviceMayPresent: Final[Code] = Code(
    "DCM", "111151", "Presentation Optional: Rendering device may present", (6034,)
)
"""Presentation Optional: Rendering device may present (DCM 111151)."""

PresentationRequiredRenderingDeviceIsExpectedToPresent: Final[Code] = Code(
    "DCM", "111150", "Presentation Required: Rendering device is expected to present", (6034,)
)
"""Presentation Required: Rendering device is expected to present (DCM 111150)."""

PresentationState: Final[Code] = Code("DCM", "PR", "Presentation State", (32,))
"""Presentation State (DCM PR)."""

PressureAboveAdjustmentLimit: Final[Code] = Code(
    "DCM", "130151", "Pressure above adjustment limit", (71,)
)
"""Pressure above adjustment limit (DCM 130151)."""

PressureAboveWarningLimit: Final[Code] = Code(
    "DCM", "130150", "Pressure above warning limit", (71,)
)
"""Pressure above warning limit (DCM 130150)."""

PressureAtDpDtMax: Final[Code] = Code("DCM", "122199", "Pressure at dp/dt max", (3611,))
"""Pressure at dp/dt max (DCM 122199)."""

PreviousFetalMalformationSyndrome: Final[Code] = Code(
    "DCM", "111570", "Previous fetal malformation/syndrome", (6088,)
)
"""Previous fetal malformation/syndrome (DCM 111570)."""

PreviousFinding: Final[Code] = Code("DCM", "121069", "Previous Finding", (7002,))
"""Previous Finding (DCM 121069)."""

PreviousLBWOrIUGRBirth: Final[Code] = Code("DCM", "111569", "Previous LBW or IUGR birth", (6088,))
"""Previous LBW or IUGR birth (DCM 111569)."""

PreviousRHNegativeOrBloodDyscrasiaAtBirth: Final[Code] = Code(
    "DCM", "111571", "Previous RH negative or blood dyscrasia at birth", (6088,)
)
"""Previous RH negative or blood dyscrasia at birth (DCM 111571)."""

PrimaryComplex: Final[Code] = Code("DCM", "112059", "Primary complex", (6104,))
"""Primary complex (DCM 112059)."""

PrimaryFluenceMonitoringSystemInterlock: Final[Code] = Code(
    "DCM", "130475", "Primary Fluence Monitoring System Interlock", (9568,)
)
"""Primary Fluence Monitoring System Interlock (DCM 130475)."""

PrimaryLevel: Final[Code] = Code("DCM", "128725", "Primary level", (7016,))
"""Primary level (DCM 128725)."""

Print: Final[Code] = Code("DCM", "110008", "Print", (9231,))
"""Print (DCM 110008)."""

PriorReportForCurrentPatient: Final[Code] = Code(
    "DCM", "122075", "Prior report for current patient", (3407,)
)
"""Prior report for current patient (DCM 122075)."""

PriorToVoiding: Final[Code] = Code("DCM", "109134", "Prior to voiding", (91, 9272))
"""Prior to voiding (DCM 109134)."""

Probabilistic: Final[Code] = Code("DCM", "113212", "Probabilistic", (7262,))
"""Probabilistic (DCM 113212)."""

ProbabilityOfCancer: Final[Code] = Code("DCM", "111047", "Probability of cancer", (6048,))
"""Probability of cancer (DCM 111047)."""

ProcedureDescription: Final[Code] = Code("DCM", "121065", "Procedure Description", (7002,))
"""Procedure Description (DCM 121065)."""

ProcedureLogging: Final[Code] = Code("DCM", "LOG", "Procedure Logging", (30,))
"""Procedure Logging (DCM LOG)."""

ProcedureNote: Final[Code] = Code("DCM", "121174", "Procedure Note", (3401,))
"""Procedure Note (DCM 121174)."""

ProcedureRecord: Final[Code] = Code("DCM", "110111", "Procedure Record", (400,))
"""Procedure Record (DCM 110111)."""

ProcedureReported: Final[Code] = Code("DCM", "121058", "Procedure reported", (6052, 6053))
"""Procedure reported (DCM 121058)."""

ProcedureStepToThisPoint: Final[Code] = Code(
    "DCM", "113970", "Procedure Step To This Point", (10000,)
)
"""Procedure Step To This Point (DCM 113970)."""

ProcessedKeyObjectSelection: Final[Code] = Code(
    "DCM", "130753", "Processed Key Object Selection", (7031,)
)
"""Processed Key Object Selection (DCM 130753)."""

ProcessingEquipment: Final[Code] = Code("DCM", "109102", "Processing Equipment", (7005,))
"""Processing Equipment (DCM 109102)."""

Profusion: Final[Code] = Code("DCM", "112151", "Profusion", (6123,))
"""Profusion (DCM 112151)."""

ProgrammedHoldStarted: Final[Code] = Code("DCM", "130266", "Programmed hold started", (71,))
"""Programmed hold started (DCM 130266)."""

ProliferativeActivity: Final[Code] = Code("DCM", "126036", "Proliferative Activity", (7466,))
"""Proliferative Activity (DCM 126036)."""

ProspectiveGating: Final[Code] = Code("DCM", "109081", "Prospective gating", (3104,))
"""Prospective gating (DCM 109081)."""

ProstheticFabrication: Final[Code] = Code("DCM", "129015", "Prosthetic Fabrication", (7064,))
"""Prosthetic Fabrication (DCM 129015)."""

ProstheticShaftAugment: Final[Code] = Code("DCM", "112316", "Prosthetic Shaft Augment", (7308,))
"""Prosthetic Shaft Augment (DCM 112316)."""

ProtocolNotFollowed: Final[Code] = Code("DCM", "130570", "Protocol not followed", (6314,))
"""Protocol not followed (DCM 130570)."""

ProtonDensity: Final[Code] = Code("DCM", "113058", "Proton Density", (7180,))
"""Proton Density (DCM 113058)."""

ProtonDensityWeightedMRSignalIntensity: Final[Code] = Code(
    "DCM", "110803", "Proton Density Weighted MR Signal Intensity", (7180,)
)
"""Proton Density Weighted MR Signal Intensity (DCM 110803)."""

ProximalIsovelocitySurfaceArea: Final[Code] = Code(
    "DCM", "125216", "Proximal Isovelocity Surface Area", (12229, 12231)
)
"""Proximal Isovelocity Surface Area (DCM 125216)."""

ProximalReference: Final[Code] = Code("DCM", "122380", "Proximal Reference", (3486,))
"""Proximal Reference (DCM 122380)."""

ProximalStentMargin: Final[Code] = Code("DCM", "122385", "Proximal Stent Margin", (3487,))
"""Proximal Stent Margin (DCM 122385)."""

PseudoangiomatousStromalHyperplasia: Final[Code] = Code(
    "DCM", "111292", "Pseudoangiomatous stromal hyperplasia", (6031,)
)
"""Pseudoangiomatous stromal hyperplasia (DCM 111292)."""

Pseudoplaque: Final[Code] = Code("DCM", "112068", "Pseudoplaque", (6104,))
"""Pseudoplaque (DCM 112068)."""

PulmonaryArterialContentFcpa: Final[Code] = Code(
    "DCM", "122188", "Pulmonary Arterial Content (FCpa)", (3529,)
)
"""Pulmonary Arterial Content (FCpa) (DCM 122188)."""

PulmonaryFlow: Final[Code] = Code("DCM", "122161", "Pulmonary Flow", (3618,))
"""Pulmonary Flow (DCM 122161)."""

PulmonaryImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128729", "Pulmonary imaging subject matter", (7017,)
)
"""Pulmonary imaging subject matter (DCM 128729)."""

PulmonaryVenousContentFcpv: Final[Code] = Code(
    "DCM", "122189", "Pulmonary Venous Content (FCpv)", (3529,)
)
"""Pulmonary Venous Content (FCpv) (DCM 122189)."""

Pulsed: Final[Code] = Code("DCM", "113631", "Pulsed", (10004,))
"""Pulsed (DCM 113631)."""

QANode: Final[Code] = Code("DCM", "130366", "QA Node", (9556,))
"""QA Node (DCM 130366)."""

QANodePair: Final[Code] = Code("DCM", "130365", "QA Node Pair", (9556,))
"""QA Node Pair (DCM 130365)."""

QWave: Final[Code] = Code("DCM", "109042", "Q wave", (3339,))
"""Q wave (DCM 109042)."""

QualityControl: Final[Code] = Code("DCM", "110002", "Quality Control", (6061, 9231))
"""Quality Control (DCM 110002)."""

QualityControlIntent: Final[Code] = Code(
    "DCM", "113680", "Quality Control Intent", (3629, 7031, 7064)
)
"""Quality Control Intent (DCM 113680)."""

QualityControlMaterialImage: Final[Code] = Code(
    "DCM", "130750", "Quality control material image", (7201,)
)
"""Quality control material image (DCM 130750)."""

QualityIssue: Final[Code] = Code("DCM", "113010", "Quality Issue", (7010,))
"""Quality Issue (DCM 113010)."""

QuantityAdministered: Final[Code] = Code("DCM", "121382", "Quantity administered", (3410,))
"""Quantity administered (DCM 121382)."""

Query: Final[Code] = Code("DCM", "110112", "Query", (400,))
"""Query (DCM 110112)."""

R1: Final[Code] = Code("DCM", "126393", "R1", (7180,))
"""R1 (DCM 126393)."""

R150789Zr: Final[Code] = Code("DCM", "126518", "R1507 ^89^Zr", (4021,))
"""R1507 ^89^Zr (DCM 126518)."""

R2Coefficient: Final[Code] = Code("DCM", "126220", "R2-Coefficient", (7180,))
"""R2-Coefficient (DCM 126220)."""

R2_126394: Final[Code] = Code("DCM", "126394", "R2", (7180,))
"""R2 (DCM 126394)."""

R2_126395: Final[Code] = Code("DCM", "126395", "R2*", (7180,))
"""R2* (DCM 126395)."""

RCARegionInLAOProjection: Final[Code] = Code(
    "DCM", "122471", "RCA Region in LAO Projection", (3461,)
)
"""RCA Region in LAO Projection (DCM 122471)."""

RCARegionInRAOProjection: Final[Code] = Code(
    "DCM", "122465", "RCA Region in RAO Projection", (3460,)
)
"""RCA Region in RAO Projection (DCM 122465)."""

RCoefficient: Final[Code] = Code("DCM", "113057", "R-Coefficient", (7180,))
"""R-Coefficient (DCM 113057)."""

RECIST1Point0: Final[Code] = Code("DCM", "126080", "RECIST 1.0", (6147,))
"""RECIST 1.0 (DCM 126080)."""

RECIST1Point1: Final[Code] = Code("DCM", "126081", "RECIST 1.1", (6147,))
"""RECIST 1.1 (DCM 126081)."""

RGBBComponent: Final[Code] = Code("DCM", "110836", "RGB B Component", (7180, 7186))
"""RGB B Component (DCM 110836)."""

RGBGComponent: Final[Code] = Code("DCM", "110835", "RGB G Component", (7180, 7186))
"""RGB G Component (DCM 110835)."""

RGBRComponent: Final[Code] = Code("DCM", "110834", "RGB R Component", (7180, 7186))
"""RGB R Component (DCM 110834)."""

RO532344189Zr: Final[Code] = Code("DCM", "126755", "RO5323441 ^89^Zr", (4021,))
"""RO5323441 ^89^Zr (DCM 126755)."""

RO54290889Zr: Final[Code] = Code("DCM", "126756", "RO542908 ^89^Zr", (4021,))
"""RO542908 ^89^Zr (DCM 126756)."""

RO692496311C: Final[Code] = Code("DCM", "126719", "RO6924963 ^11^C", (4021,))
"""RO6924963 ^11^C (DCM 126719)."""

RO693164311C: Final[Code] = Code("DCM", "126720", "RO6931643 ^11^C", (4021,))
"""RO6931643 ^11^C (DCM 126720)."""

RO695894818F: Final[Code] = Code("DCM", "126757", "RO6958948 ^18^F", (4021,))
"""RO6958948 ^18^F (DCM 126757)."""

ROIDepth: Final[Code] = Code("DCM", "130613", "ROI Depth", (12308,))
"""ROI Depth (DCM 130613)."""

RPLGD: Final[Code] = Code("DCM", "128709", "RPLGD", (7026, 7027))
"""RPLGD (DCM 128709)."""

RRInterval: Final[Code] = Code("DCM", "122182", "R-R interval", (3613, 12254))
"""R-R interval (DCM 122182)."""

RTBrachyTreatment: Final[Code] = Code("DCM", "121735", "RT Brachy Treatment", (9241,))
"""RT Brachy Treatment (DCM 121735)."""

RTDose: Final[Code] = Code("DCM", "RTDOSE", "RT Dose", (32,))
"""RT Dose (DCM RTDOSE)."""

RTDoseCalculationStructure: Final[Code] = Code(
    "DCM", "130042", "RT Dose Calculation Structure", (9503,)
)
"""RT Dose Calculation Structure (DCM 130042)."""

RTGeometricInformation: Final[Code] = Code("DCM", "130043", "RT Geometric Information", (9580,))
"""RT Geometric Information (DCM 130043)."""

RTImage: Final[Code] = Code("DCM", "RTIMAGE", "RT Image", (29,))
"""RT Image (DCM RTIMAGE)."""

RTImageGuidedPatientPositioningAndTreatmentDelivery: Final[Code] = Code(
    "DCM", "121736", "RT Image-Guided Patient Positioning and Treatment Delivery", (9241,)
)
"""RT Image-Guided Patient Positioning and Treatment Delivery (DCM 121736)."""

RTMachineQA: Final[Code] = Code("DCM", "121730", "RT Machine QA", (9241,))
"""RT Machine QA (DCM 121730)."""

RTPatientPositionAcquisitionCTKv: Final[Code] = Code(
    "DCM", "121707", "RT Patient Position Acquisition, CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, CT kV (DCM 121707)."""

RTPatientPositionAcquisitionCTMV: Final[Code] = Code(
    "DCM", "121708", "RT Patient Position Acquisition, CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, CT MV (DCM 121708)."""

RTPatientPositionAcquisitionConeBeamCTKv: Final[Code] = Code(
    "DCM", "130785", "RT Patient Position Acquisition, Cone-Beam CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, Cone-Beam CT kV (DCM 130785)."""

RTPatientPositionAcquisitionConeBeamCTMV: Final[Code] = Code(
    "DCM", "130787", "RT Patient Position Acquisition, Cone-Beam CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, Cone-Beam CT MV (DCM 130787)."""

RTPatientPositionAcquisitionConventionalCTKv: Final[Code] = Code(
    "DCM", "130786", "RT Patient Position Acquisition, Conventional CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, Conventional CT kV (DCM 130786)."""

RTPatientPositionAcquisitionConventionalCTMV: Final[Code] = Code(
    "DCM", "130788", "RT Patient Position Acquisition, Conventional CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, Conventional CT MV (DCM 130788)."""

RTPatientPositionAcquisitionDualPlaneKv: Final[Code] = Code(
    "DCM", "121705", "RT Patient Position Acquisition, dual plane kV", (9260,)
)
"""RT Patient Position Acquisition, dual plane kV (DCM 121705)."""

RTPatientPositionAcquisitionDualPlaneKvMV: Final[Code] = Code(
    "DCM", "121706", "RT Patient Position Acquisition, dual plane kV/MV", (9260,)
)
"""RT Patient Position Acquisition, dual plane kV/MV (DCM 121706)."""

RTPatientPositionAcquisitionDualPlaneMV: Final[Code] = Code(
    "DCM", "121703", "RT Patient Position Acquisition, dual plane MV", (9260,)
)
"""RT Patient Position Acquisition, dual plane MV (DCM 121703)."""

RTPatientPositionAcquisitionFilmCassetteKv: Final[Code] = Code(
    "DCM", "130784", "RT Patient Position Acquisition, Film Cassette kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, Film Cassette kV (DCM 130784)."""

RTPatientPositionAcquisitionFilmCassetteMV: Final[Code] = Code(
    "DCM", "130783", "RT Patient Position Acquisition, Film Cassette MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, Film Cassette MV (DCM 130783)."""

RTPatientPositionAcquisitionIntegratedDoseMV: Final[Code] = Code(
    "DCM", "130782", "RT Patient Position Acquisition, Integrated Dose MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, Integrated Dose MV (DCM 130782)."""

RTPatientPositionAcquisitionMR: Final[Code] = Code(
    "DCM", "121737", "RT Patient Position Acquisition, MR", (9273,)
)
"""RT Patient Position Acquisition, MR (DCM 121737)."""

RTPatientPositionAcquisitionOptical: Final[Code] = Code(
    "DCM", "121709", "RT Patient Position Acquisition, Optical", (9242,)
)
"""RT Patient Position Acquisition, Optical (DCM 121709)."""

RTPatientPositionAcquisitionSinglePlaneKv: Final[Code] = Code(
    "DCM", "121704", "RT Patient Position Acquisition, single plane kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, single plane kV (DCM 121704)."""

RTPatientPositionAcquisitionSinglePlaneMV: Final[Code] = Code(
    "DCM", "121702", "RT Patient Position Acquisition, single plane MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, single plane MV (DCM 121702)."""

RTPatientPositionAcquisitionSpatialFiducials: Final[Code] = Code(
    "DCM", "121711", "RT Patient Position Acquisition, Spatial Fiducials", (9242,)
)
"""RT Patient Position Acquisition, Spatial Fiducials (DCM 121711)."""

RTPatientPositionAcquisitionUltrasound: Final[Code] = Code(
    "DCM", "121710", "RT Patient Position Acquisition, Ultrasound", (9242,)
)
"""RT Patient Position Acquisition, Ultrasound (DCM 121710)."""

RTPatientPositionAdjustment: Final[Code] = Code(
    "DCM", "121722", "RT Patient Position Adjustment", (9241,)
)
"""RT Patient Position Adjustment (DCM 121722)."""

RTPatientPositionInTreatmentSessionReview: Final[Code] = Code(
    "DCM", "121723", "RT Patient Position In-treatment-session Review", (9241,)
)
"""RT Patient Position In-treatment-session Review (DCM 121723)."""

RTPatientPositionRegistration2DOn3DReference: Final[Code] = Code(
    "DCM", "121718", "RT Patient Position Registration, 2D on 3D reference", (9243,)
)
"""RT Patient Position Registration, 2D on 3D reference (DCM 121718)."""

RTPatientPositionRegistration3DCTGeneral: Final[Code] = Code(
    "DCM", "121714", "RT Patient Position Registration, 3D CT general", (9243,)
)
"""RT Patient Position Registration, 3D CT general (DCM 121714)."""

RTPatientPositionRegistration3DCTMarkerBased: Final[Code] = Code(
    "DCM", "121715", "RT Patient Position Registration, 3D CT marker-based", (9243,)
)
"""RT Patient Position Registration, 3D CT marker-based (DCM 121715)."""

RTPatientPositionRegistration3DCTVolumeBased: Final[Code] = Code(
    "DCM", "121716", "RT Patient Position Registration, 3D CT volume-based", (9243,)
)
"""RT Patient Position Registration, 3D CT volume-based (DCM 121716)."""

RTPatientPositionRegistration3DOn2DReference: Final[Code] = Code(
    "DCM", "121717", "RT Patient Position Registration, 3D on 2D reference", (9243,)
)
"""RT Patient Position Registration, 3D on 2D reference (DCM 121717)."""

RTPatientPositionRegistrationDualPlane: Final[Code] = Code(
    "DCM", "121713", "RT Patient Position Registration, dual plane", (9243,)
)
"""RT Patient Position Registration, dual plane (DCM 121713)."""

RTPatientPositionRegistrationMR: Final[Code] = Code(
    "DCM", "121738", "RT Patient Position Registration, MR", (9243,)
)
"""RT Patient Position Registration, MR (DCM 121738)."""

RTPatientPositionRegistrationOptical: Final[Code] = Code(
    "DCM", "121719", "RT Patient Position Registration, Optical", (9243,)
)
"""RT Patient Position Registration, Optical (DCM 121719)."""

RTPatientPositionRegistrationSinglePlane: Final[Code] = Code(
    "DCM", "121712", "RT Patient Position Registration, single plane", (9243,)
)
"""RT Patient Position Registration, single plane (DCM 121712)."""

RTPatientPositionRegistrationSpatialFiducials: Final[Code] = Code(
    "DCM", "121721", "RT Patient Position Registration, Spatial Fiducials", (9243,)
)
"""RT Patient Position Registration, Spatial Fiducials (DCM 121721)."""

RTPatientPositionRegistrationUltrasound: Final[Code] = Code(
    "DCM", "121720", "RT Patient Position Registration, Ultrasound", (9243,)
)
"""RT Patient Position Registration, Ultrasound (DCM 121720)."""

RTPatientPositioningReferenceImage: Final[Code] = Code(
    "DCM", "130790", "RT Patient Positioning Reference Image", (9267,)
)
"""RT Patient Positioning Reference Image (DCM 130790)."""

RTPatientSetup: Final[Code] = Code("DCM", "121701", "RT Patient Setup", (9241,))
"""RT Patient Setup (DCM 121701)."""

RTPlan: Final[Code] = Code("DCM", "RTPLAN", "RT Plan", (32,))
"""RT Plan (DCM RTPLAN)."""

RTPlanSummationInputUsed: Final[Code] = Code(
    "DCM", "128212", "RT Plan Summation Input Used", (7025,)
)
"""RT Plan Summation Input Used (DCM 128212)."""

RTPlanningResult: Final[Code] = Code("DCM", "128189", "RT Planning Result", (7023,))
"""RT Planning Result (DCM 128189)."""

RTPreTreatmentConsistencyCheck: Final[Code] = Code(
    "DCM", "121374", "RT Pre-Treatment Consistency Check", (702,)
)
"""RT Pre-Treatment Consistency Check (DCM 121374)."""

RTPreTreatmentDoseCheck: Final[Code] = Code("DCM", "121373", "RT Pre-Treatment Dose Check", (702,))
"""RT Pre-Treatment Dose Check (DCM 121373)."""

RTPrescriptionInputImages: Final[Code] = Code(
    "DCM", "130136", "RT Prescription Input Images", (9509,)
)
"""RT Prescription Input Images (DCM 130136)."""

RTPrescriptionInputUsed: Final[Code] = Code("DCM", "128210", "RT Prescription Input Used", (7025,))
"""RT Prescription Input Used (DCM 128210)."""

RTPrescriptionResult: Final[Code] = Code("DCM", "128185", "RT Prescription Result", (7023,))
"""RT Prescription Result (DCM 128185)."""

RTRadiationPreviouslyDelivered: Final[Code] = Code(
    "DCM", "130663", "RT Radiation previously delivered", (9576,)
)
"""RT Radiation previously delivered (DCM 130663)."""

RTRegistrationMark: Final[Code] = Code("DCM", "130746", "RT Registration Mark", (9503,))
"""RT Registration Mark (DCM 130746)."""

RTStructureSet: Final[Code] = Code("DCM", "RTSTRUCT", "RT Structure Set", (32,))
"""RT Structure Set (DCM RTSTRUCT)."""

RTTarget: Final[Code] = Code("DCM", "130041", "RT Target", (9503, 9580))
"""RT Target (DCM 130041)."""

RTTreatmentCourseSummary: Final[Code] = Code(
    "DCM", "128193", "RT Treatment Course Summary", (7023,)
)
"""RT Treatment Course Summary (DCM 128193)."""

RTTreatmentPlanForThePositionBeingVerified: Final[Code] = Code(
    "DCM", "121310", "RT treatment plan for the position being verified", (7022,)
)
"""RT treatment plan for the position being verified (DCM 121310)."""

RTTreatmentPlanningInputImages: Final[Code] = Code(
    "DCM", "130137", "RT Treatment Planning Input Images", (9510,)
)
"""RT Treatment Planning Input Images (DCM 130137)."""

RTTreatmentPlanningInputUsed: Final[Code] = Code(
    "DCM", "128211", "RT Treatment Planning Input Used", (7025,)
)
"""RT Treatment Planning Input Used (DCM 128211)."""

RTTreatmentQAByRTIonPlanDifferenceCheck: Final[Code] = Code(
    "DCM", "121734", "RT Treatment QA by RT Ion Plan Difference Check", (9241,)
)
"""RT Treatment QA by RT Ion Plan Difference Check (DCM 121734)."""

RTTreatmentQAByRTIonPlanDoseCheck: Final[Code] = Code(
    "DCM", "121733", "RT Treatment QA by RT Ion Plan Dose Check", (9241,)
)
"""RT Treatment QA by RT Ion Plan Dose Check (DCM 121733)."""

RTTreatmentQAByRTPlanDifferenceCheck: Final[Code] = Code(
    "DCM", "121732", "RT Treatment QA by RT Plan Difference Check", (9241,)
)
"""RT Treatment QA by RT Plan Difference Check (DCM 121732)."""

RTTreatmentQAByRTPlanDoseCheck: Final[Code] = Code(
    "DCM", "121731", "RT Treatment QA by RT Plan Dose Check", (9241,)
)
"""RT Treatment QA by RT Plan Dose Check (DCM 121731)."""

RTTreatmentQAResult: Final[Code] = Code("DCM", "128194", "RT Treatment QA Result", (7023,))
"""RT Treatment QA Result (DCM 128194)."""

RTTreatmentQAWithExternalVerification: Final[Code] = Code(
    "DCM", "121729", "RT Treatment QA with External Verification", (9241,)
)
"""RT Treatment QA with External Verification (DCM 121729)."""

RTTreatmentQAWithInternalVerification: Final[Code] = Code(
    "DCM", "121728", "RT Treatment QA with Internal Verification", (9241,)
)
"""RT Treatment QA with Internal Verification (DCM 121728)."""

RTTreatmentRecord: Final[Code] = Code("DCM", "RTRECORD", "RT Treatment Record", (32,))
"""RT Treatment Record (DCM RTRECORD)."""

RTTreatmentSessionResult: Final[Code] = Code(
    "DCM", "128192", "RT Treatment Session Result", (7023,)
)
"""RT Treatment Session Result (DCM 128192)."""

RTTreatmentSimulationResult: Final[Code] = Code(
    "DCM", "128188", "RT Treatment Simulation Result", (7023,)
)
"""RT Treatment Simulation Result (DCM 128188)."""

RTTreatmentSimulationWithExternalVerification: Final[Code] = Code(
    "DCM", "121725", "RT Treatment Simulation with External Verification", (9241,)
)
"""RT Treatment Simulation with External Verification (DCM 121725)."""

RTTreatmentSimulationWithInternalVerification: Final[Code] = Code(
    "DCM", "121724", "RT Treatment Simulation with Internal Verification", (9241,)
)
"""RT Treatment Simulation with Internal Verification (DCM 121724)."""

RTTreatmentWithAdHocPlanning: Final[Code] = Code(
    "DCM", "130444", "RT Treatment with Ad Hoc Planning", (9241,)
)
"""RT Treatment with Ad Hoc Planning (DCM 130444)."""

RTTreatmentWithExternalVerification: Final[Code] = Code(
    "DCM", "121727", "RT Treatment with External Verification", (9241,)
)
"""RT Treatment with External Verification (DCM 121727)."""

RTTreatmentWithInternalVerification: Final[Code] = Code(
    "DCM", "121726", "RT Treatment with Internal Verification", (9241,)
)
"""RT Treatment with Internal Verification (DCM 121726)."""

RTVAudioAndStereoVideoRendition: Final[Code] = Code(
    "DCM", "130373", "RTV Audio and Stereo Video Rendition", (7070,)
)
"""RTV Audio and Stereo Video Rendition (DCM 130373)."""

RTVAudioAndVideoRendition: Final[Code] = Code(
    "DCM", "130371", "RTV Audio and Video Rendition", (7070,)
)
"""RTV Audio and Video Rendition (DCM 130371)."""

RTVRendition: Final[Code] = Code("DCM", "130370", "RTV Rendition", (7070,))
"""RTV Rendition (DCM 130370)."""

RTVStereoVideoRendition: Final[Code] = Code("DCM", "130372", "RTV Stereo Video Rendition", (7070,))
"""RTV Stereo Video Rendition (DCM 130372)."""

RTWorkflowInputUsed: Final[Code] = Code("DCM", "128209", "RT Workflow Input Used", (7025,))
"""RT Workflow Input Used (DCM 128209)."""

RWave: Final[Code] = Code("DCM", "109043", "R wave", (3339,))
"""R wave (DCM 109043)."""

RadialBScanPattern: Final[Code] = Code("DCM", "128282", "Radial B-scan pattern", (4272,))
"""Radial B-scan pattern (DCM 128282)."""

RadialDiffusivity: Final[Code] = Code("DCM", "113203", "Radial Diffusivity", (7263,))
"""Radial Diffusivity (DCM 113203)."""

RadialKurtosis: Final[Code] = Code("DCM", "113207", "Radial Kurtosis", (7263,))
"""Radial Kurtosis (DCM 113207)."""

RadialLagrangianStrain: Final[Code] = Code("DCM", "130675", "Radial Lagrangian Strain", (12311,))
"""Radial Lagrangian Strain (DCM 130675)."""

RadialLagrangianStrainRate: Final[Code] = Code(
    "DCM", "130676", "Radial Lagrangian Strain Rate", (12311,)
)
"""Radial Lagrangian Strain Rate (DCM 130676)."""

RadialPeripapillaryStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128264", "Radial peripapillary structural reflectance map", (4271,)
)
"""Radial peripapillary structural reflectance map (DCM 128264)."""

RadialPeripapillaryVasculatureFlow: Final[Code] = Code(
    "DCM", "128263", "Radial peripapillary vasculature flow", (4271,)
)
"""Radial peripapillary vasculature flow (DCM 128263)."""

RadialUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "125255", "Radial ultrasound transducer geometry", (12033,)
)
"""Radial ultrasound transducer geometry (DCM 125255)."""

RadiationApplied: Final[Code] = Code("DCM", "122308", "Radiation applied", (3412,))
"""Radiation applied (DCM 122308)."""

RadiationDetectedDuringBeamHoldInterlock: Final[Code] = Code(
    "DCM", "130828", "Radiation Detected During Beam Hold Interlock", (9568,)
)
"""Radiation Detected During Beam Hold Interlock (DCM 130828)."""

RadiationDoseNormalizationPoint: Final[Code] = Code(
    "DCM", "130063", "Radiation Dose Normalization Point", (9534,)
)
"""Radiation Dose Normalization Point (DCM 130063)."""

RadiationDoseReferencePoint: Final[Code] = Code(
    "DCM", "130064", "Radiation Dose Reference Point", (9534,)
)
"""Radiation Dose Reference Point (DCM 130064)."""

RadiationDoseShapingVolume: Final[Code] = Code(
    "DCM", "130061", "Radiation Dose Shaping Volume", (9535,)
)
"""Radiation Dose Shaping Volume (DCM 130061)."""

RadiationInteractionVolume: Final[Code] = Code(
    "DCM", "130066", "Radiation Interaction Volume", (9535,)
)
"""Radiation Interaction Volume (DCM 130066)."""

RadiationRemoved: Final[Code] = Code("DCM", "122309", "Radiation removed", (3412,))
"""Radiation removed (DCM 122309)."""

RadiationTherapyDevice: Final[Code] = Code("DCM", "RT", "Radiation Therapy Device", (30,))
"""Radiation Therapy Device (DCM RT)."""

RadiationTransportBasedMethods: Final[Code] = Code(
    "DCM", "130126", "Radiation transport-based methods", (9537,)
)
"""Radiation transport-based methods (DCM 130126)."""

RadioFrequencyAblationPower: Final[Code] = Code(
    "DCM", "109010", "Radio frequency ablation, power", (3240,)
)
"""Radio frequency ablation, power (DCM 109010)."""

RadioactiveMarker: Final[Code] = Code("DCM", "130646", "Radioactive Marker", (9575,))
"""Radioactive Marker (DCM 130646)."""

Radiofluoroscopy: Final[Code] = Code("DCM", "RF", "Radiofluoroscopy", (29,))
"""Radiofluoroscopy (DCM RF)."""

RadiofrequencyTransponder: Final[Code] = Code(
    "DCM", "130644", "Radiofrequency Transponder", (9575,)
)
"""Radiofrequency Transponder (DCM 130644)."""

RadiographicAnatomy: Final[Code] = Code("DCM", "112005", "Radiographic anatomy", (6101,))
"""Radiographic anatomy (DCM 112005)."""

RadiographicImaging: Final[Code] = Code("DCM", "RG", "Radiographic imaging", (29,))
"""Radiographic imaging (DCM RG)."""

RadioisotopeGenerator: Final[Code] = Code("DCM", "113543", "Radioisotope Generator", (10041,))
"""Radioisotope Generator (DCM 113543)."""

RadiotherapyApplicator: Final[Code] = Code("DCM", "130125", "Radiotherapy Applicator", (9519,))
"""Radiotherapy Applicator (DCM 130125)."""

RadiotherapyDoseRegion: Final[Code] = Code("DCM", "130748", "Radiotherapy Dose Region", (9580,))
"""Radiotherapy Dose Region (DCM 130748)."""

RadiotherapyFiducial: Final[Code] = Code("DCM", "130666", "Radiotherapy Fiducial", (9580,))
"""Radiotherapy Fiducial (DCM 130666)."""

RadiotherapyTreatmentDevice: Final[Code] = Code(
    "DCM", "130361", "Radiotherapy Treatment Device", (9551,)
)
"""Radiotherapy Treatment Device (DCM 130361)."""

RaisedSkinLesion: Final[Code] = Code("DCM", "130486", "Raised skin lesion", (4407,))
"""Raised skin lesion (DCM 130486)."""

Ranibizumab89Zr: Final[Code] = Code("DCM", "126742", "Ranibizumab ^89^Zr", (4021,))
"""Ranibizumab ^89^Zr (DCM 126742)."""

RasterBScanPattern: Final[Code] = Code("DCM", "128280", "Raster B-scan pattern", (4272,))
"""Raster B-scan pattern (DCM 128280)."""

RateOfAdministration: Final[Code] = Code("DCM", "122094", "Rate of administration", (3410,))
"""Rate of administration (DCM 122094)."""

RateOfExposure: Final[Code] = Code("DCM", "111579", "Rate of exposure", (6092,))
"""Rate of exposure (DCM 111579)."""

RatioOfAchievedToPredictedFunctionalCapacity: Final[Code] = Code(
    "DCM", "122771", "Ratio of achieved to predicted functional capacity", (3238,)
)
"""Ratio of achieved to predicted functional capacity (DCM 122771)."""

RatioOfAchievedToPredictedMaximalOxygenConsumption: Final[Code] = Code(
    "DCM", "122770", "Ratio of achieved to predicted maximal oxygen consumption", (3238,)
)
"""Ratio of achieved to predicted maximal oxygen consumption (DCM 122770)."""

RealTimeAcquisition: Final[Code] = Code("DCM", "109080", "Real time acquisition", (3104,))
"""Real time acquisition (DCM 109080)."""

RealWorldValueMap: Final[Code] = Code("DCM", "RWV", "Real World Value Map", (32,))
"""Real World Value Map (DCM RWV)."""

RecallForImagingFindings: Final[Code] = Code(
    "DCM", "111591", "Recall for imaging findings", (6051,)
)
"""Recall for imaging findings (DCM 111591)."""

RecallForPatientSymptomsClinicalFindings: Final[Code] = Code(
    "DCM", "111592", "Recall for patient symptoms/ clinical findings", (6051,)
)
"""Recall for patient symptoms/ clinical findings (DCM 111592)."""

RecallForTechnicalReasons: Final[Code] = Code(
    "DCM", "111590", "Recall for technical reasons", (6051,)
)
"""Recall for technical reasons (DCM 111590)."""

ReciprocatingGrid: Final[Code] = Code("DCM", "111643", "Reciprocating grid", (10017,))
"""Reciprocating grid (DCM 111643)."""

Recommendation: Final[Code] = Code("DCM", "121075", "Recommendation", (3419, 6053, 7002))
"""Recommendation (DCM 121075)."""

Recording: Final[Code] = Code("DCM", "121097", "Recording", (7445, 7453))
"""Recording (DCM 121097)."""

RectalBalloon: Final[Code] = Code("DCM", "130120", "Rectal Balloon", (9513,))
"""Rectal Balloon (DCM 130120)."""

RecurrentMalignancy: Final[Code] = Code("DCM", "111338", "Recurrent malignancy", (6033,))
"""Recurrent malignancy (DCM 111338)."""

RedTranslucentIgloo: Final[Code] = Code("DCM", "127221", "Red translucent igloo", (606,))
"""Red translucent igloo (DCM 127221)."""

RedistributionState: Final[Code] = Code("DCM", "109093", "Redistribution State", (3101,))
"""Redistribution State (DCM 109093)."""

ReferenceAcquisitionPoint: Final[Code] = Code(
    "DCM", "130072", "Reference Acquisition Point", (9504,)
)
"""Reference Acquisition Point (DCM 130072)."""

ReferencedFrames: Final[Code] = Code("DCM", "121190", "Referenced Frames", (7250,))
"""Referenced Frames (DCM 121190)."""

ReferencedSegment: Final[Code] = Code("DCM", "121191", "Referenced Segment", (7250,))
"""Referenced Segment (DCM 121191)."""

ReflectionBasedCornealTopographer: Final[Code] = Code(
    "DCM", "111946", "Reflection-based corneal topographer", (4210,)
)
"""Reflection-based corneal topographer (DCM 111946)."""

ReflectionIllumination: Final[Code] = Code("DCM", "111742", "Reflection illumination", (8123,))
"""Reflection illumination (DCM 111742)."""

RefractiveMeasurementsSOPInstance: Final[Code] = Code(
    "DCM", "111783", "Refractive Measurements SOP Instance", (4240,)
)
"""Refractive Measurements SOP Instance (DCM 111783)."""

Registration: Final[Code] = Code("DCM", "REG", "Registration", (32,))
"""Registration (DCM REG)."""

RegistrationCreatedDuringTreatment: Final[Code] = Code(
    "DCM", "129211", "Registration created during Treatment", (7022,)
)
"""Registration created during Treatment (DCM 129211)."""

RegistrationInput: Final[Code] = Code("DCM", "125041", "Registration Input", (7165,))
"""Registration Input (DCM 125041)."""

RegistrationResult: Final[Code] = Code("DCM", "128183", "Registration Result", (7010, 9509, 9510))
"""Registration Result (DCM 128183)."""

RegistrationUsedInPlanning: Final[Code] = Code(
    "DCM", "129210", "Registration used in Planning", (7022,)
)
"""Registration used in Planning (DCM 129210)."""

RegurgitationJetArea: Final[Code] = Code("DCM", "125332", "Regurgitation Jet Area", (12304,))
"""Regurgitation Jet Area (DCM 125332)."""

RegurgitationJetWidth: Final[Code] = Code("DCM", "125333", "Regurgitation Jet Width", (12304,))
"""Regurgitation Jet Width (DCM 125333)."""

ReinjectionState: Final[Code] = Code("DCM", "109092", "Reinjection State", (3101,))
"""Reinjection State (DCM 109092)."""

RejectedForPatientSafetyReasons: Final[Code] = Code(
    "DCM", "113037", "Rejected for Patient Safety Reasons", (7010, 7031)
)
"""Rejected for Patient Safety Reasons (DCM 113037)."""

RejectedForQualityReasons: Final[Code] = Code(
    "DCM", "113001", "Rejected for Quality Reasons", (7010, 7031)
)
"""Rejected for Quality Reasons (DCM 113001)."""

RelatedOphthalmicThicknessMap: Final[Code] = Code(
    "DCM", "111933", "Related ophthalmic thickness map", (4264,)
)
"""Related ophthalmic thickness map (DCM 111933)."""

RelatedToNonMacularSensitivity: Final[Code] = Code(
    "DCM", "111842", "Related to non macular sensitivity", (4252,)
)
"""Related to non macular sensitivity (DCM 111842)."""

RelativeAmountOfExposure: Final[Code] = Code(
    "DCM", "111582", "Relative amount of exposure", (6093,)
)
"""Relative amount of exposure (DCM 111582)."""

RelativeAmountOfUse: Final[Code] = Code("DCM", "111583", "Relative amount of use", (6093,))
"""Relative amount of use (DCM 111583)."""

RelativeAnisotropy: Final[Code] = Code("DCM", "110809", "Relative Anisotropy", (7263, 7271))
"""Relative Anisotropy (DCM 110809)."""

RelativeDoseAmount: Final[Code] = Code("DCM", "111581", "Relative dose amount", (6093,))
"""Relative dose amount (DCM 111581)."""

RelativeDoseFrequency: Final[Code] = Code("DCM", "111584", "Relative dose frequency", (6094,))
"""Relative dose frequency (DCM 111584)."""

RelativeFrequencyOfExposure: Final[Code] = Code(
    "DCM", "111585", "Relative frequency of exposure", (6094,)
)
"""Relative frequency of exposure (DCM 111585)."""

RelativeFrequencyOfUse: Final[Code] = Code("DCM", "111586", "Relative frequency of use", (6094,))
"""Relative frequency of use (DCM 111586)."""

RelativeLinearStoppingPower: Final[Code] = Code(
    "DCM", "130086", "Relative Linear Stopping Power", (7180,)
)
"""Relative Linear Stopping Power (DCM 130086)."""

RelativeRegionalBloodFlow: Final[Code] = Code(
    "DCM", "126397", "Relative Regional Blood Flow", (4108,)
)
"""Relative Regional Blood Flow (DCM 126397)."""

RelativeRegionalBloodVolume: Final[Code] = Code(
    "DCM", "126398", "Relative Regional Blood Volume", (4108,)
)
"""Relative Regional Blood Volume (DCM 126398)."""

RemainingConsumableDisposed: Final[Code] = Code(
    "DCM", "122078", "Remaining consumable disposed", (3408,)
)
"""Remaining consumable disposed (DCM 122078)."""

RemodelingIndex: Final[Code] = Code("DCM", "122345", "Remodeling Index", (3484,))
"""Remodeling Index (DCM 122345)."""

RemoteServiceOperationStarted: Final[Code] = Code(
    "DCM", "110139", "Remote Service Operation Started", (401, 403)
)
"""Remote Service Operation Started (DCM 110139)."""

RemoteServiceOperationStopped: Final[Code] = Code(
    "DCM", "110140", "Remote Service Operation Stopped", (401, 403)
)
"""Remote Service Operation Stopped (DCM 110140)."""

ReplacedByAlternateRepresentation: Final[Code] = Code(
    "DCM", "130754", "Replaced by Alternate Representation", (7031,)
)
"""Replaced by Alternate Representation (DCM 130754)."""

ReplacedReport: Final[Code] = Code("DCM", "121360", "Replaced report", (7009,))
"""Replaced report (DCM 121360)."""

ReportVerification: Final[Code] = Code("DCM", "110007", "Report Verification", (9231,))
"""Report Verification (DCM 110007)."""

RepresentativeOfEthicsCommittee: Final[Code] = Code(
    "DCM", "128677", "Representative of Ethics Committee", (7452,)
)
"""Representative of Ethics Committee (DCM 128677)."""

RepresentativeOfProtocolCommittee: Final[Code] = Code(
    "DCM", "128676", "Representative of Protocol Committee", (7452,)
)
"""Representative of Protocol Committee (DCM 128676)."""

RepresentativePoint: Final[Code] = Code("DCM", "128140", "Representative point", (219,))
"""Representative point (DCM 128140)."""

Requesting: Final[Code] = Code("DCM", "121096", "Requesting", (7453,))
"""Requesting (DCM 121096)."""

ResourceInadequate: Final[Code] = Code("DCM", "110527", "Resource inadequate", (71, 9300))
"""Resource inadequate (DCM 110527)."""

ResourcePreEmpted: Final[Code] = Code("DCM", "110526", "Resource pre-empted", (9300, 9303))
"""Resource pre-empted (DCM 110526)."""

RespirationWaveform: Final[Code] = Code("DCM", "109117", "Respiration Waveform", (3005,))
"""Respiration Waveform (DCM 109117)."""

RespiratoryEffort: Final[Code] = Code("DCM", "130433", "Respiratory Effort", (3005,))
"""Respiratory Effort (DCM 130433)."""

RespiratoryPressure: Final[Code] = Code("DCM", "130426", "Respiratory Pressure", (3005,))
"""Respiratory Pressure (DCM 130426)."""

RespiratoryWaveform: Final[Code] = Code("DCM", "RESP", "Respiratory Waveform", (29,))
"""Respiratory Waveform (DCM RESP)."""

RestTechnetiumStressTechnetium1DayProcedure: Final[Code] = Code(
    "DCM", "122782", "Rest technetium/stress technetium 1 day procedure", (3110,)
)
"""Rest technetium/stress technetium 1 day procedure (DCM 122782)."""

RestTechnetiumStressTechnetium2DayProcedure: Final[Code] = Code(
    "DCM", "122783", "Rest technetium/stress technetium 2 day procedure", (3110,)
)
"""Rest technetium/stress technetium 2 day procedure (DCM 122783)."""

RestThalliumStressTechnetiumProcedure: Final[Code] = Code(
    "DCM", "122781", "Rest thallium/stress technetium procedure", (3110,)
)
"""Rest thallium/stress technetium procedure (DCM 122781)."""

ResultsQualityController: Final[Code] = Code("DCM", "129004", "Results Quality Controller", (7453,))
"""Results Quality Controller (DCM 129004)."""

ResumeProcedureAction: Final[Code] = Code("DCM", "121133", "Resume Procedure Action", (3421,))
"""Resume Procedure Action (DCM 121133)."""

RetainDeviceIdentityOption: Final[Code] = Code(
    "DCM", "113109", "Retain Device Identity Option", (7050,)
)
"""Retain Device Identity Option (DCM 113109)."""

RetainInstitutionIdentityOption: Final[Code] = Code(
    "DCM", "113112", "Retain Institution Identity Option", (7050,)
)
"""Retain Institution Identity Option (DCM 113112)."""

RetainLongitudinalTemporalInformationFullDatesOption: Final[Code] = Code(
    "DCM", "113106", "Retain Longitudinal Temporal Information Full Dates Option", (7050,)
)
"""Retain Longitudinal Temporal Information Full Dates Option (DCM 113106)."""

RetainLongitudinalTemporalInformationModifiedDatesOption: Final[Code] = Code(
    "DCM", "113107", "Retain Longitudinal Temporal Information Modified Dates Option", (7050,)
)
"""Retain Longitudinal Temporal Information Modified Dates Option (DCM 113107)."""

RetainPatientCharacteristicsOption: Final[Code] = Code(
    "DCM", "113108", "Retain Patient Characteristics Option", (7050,)
)
"""Retain Patient Characteristics Option (DCM 113108)."""

RetainSafePrivateOption: Final[Code] = Code("DCM", "113111", "Retain Safe Private Option", (7050,))
"""Retain Safe Private Option (DCM 113111)."""

RetainUidsOption: Final[Code] = Code("DCM", "113110", "Retain UIDs Option", (7050,))
"""Retain UIDs Option (DCM 113110)."""

Reticle: Final[Code] = Code("DCM", "130350", "Reticle", (9548,))
"""Reticle (DCM 130350)."""

ReticularPattern: Final[Code] = Code("DCM", "112113", "Reticular pattern", (6103, 6106))
"""Reticular pattern (DCM 112113)."""

ReticulonodularPattern: Final[Code] = Code(
    "DCM", "112065", "Reticulonodular pattern", (6103, 6104, 6106)
)
"""Reticulonodular pattern (DCM 112065)."""

RetinaDepthEncodedStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128258", "Retina depth encoded structural reflectance map", (4271,)
)
"""Retina depth encoded structural reflectance map (DCM 128258)."""

RetinaDepthEncodedVasculatureFlow: Final[Code] = Code(
    "DCM", "128257", "Retina depth encoded vasculature flow", (4271,)
)
"""Retina depth encoded vasculature flow (DCM 128257)."""

RetinaStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128260", "Retina structural reflectance map", (4271,)
)
"""Retina structural reflectance map (DCM 128260)."""

RetinaVasculatureFlow: Final[Code] = Code("DCM", "128259", "Retina vasculature flow", (4271,))
"""Retina vasculature flow (DCM 128259)."""

RetinalNerveFiberLayerThickness: Final[Code] = Code(
    "DCM", "111925", "Retinal nerve fiber layer thickness", (4262,)
)
"""Retinal nerve fiber layer thickness (DCM 111925)."""

RetinalTopography: Final[Code] = Code("DCM", "111924", "Retinal topography", (4261,))
"""Retinal topography (DCM 111924)."""

RetroOrbitalRoute: Final[Code] = Code("DCM", "127070", "Retro-orbital route", (11,))
"""Retro-orbital route (DCM 127070)."""

RetroPectoralImplant: Final[Code] = Code("DCM", "111486", "Retro-pectoral implant", (6059,))
"""Retro-pectoral implant (DCM 111486)."""

RetrospectiveGating: Final[Code] = Code("DCM", "109082", "Retrospective gating", (3104,))
"""Retrospective gating (DCM 109082)."""

Reused: Final[Code] = Code("DCM", "127178", "Reused", (604,))
"""Reused (DCM 127178)."""

ReverseOsmosisPurifiedHclAcidifiedWater: Final[Code] = Code(
    "DCM", "127291", "Reverse osmosis purified, HCl acidified water", (610,)
)
"""Reverse osmosis purified, HCl acidified water (DCM 127291)."""

ReverseOsmosisPurifiedWater: Final[Code] = Code(
    "DCM", "127290", "Reverse osmosis purified water", (610,)
)
"""Reverse osmosis purified water (DCM 127290)."""

ReviewOfAnOutsideStudy: Final[Code] = Code(
    "DCM", "111418", "Review of an outside study", (6051, 6327)
)
"""Review of an outside study (DCM 111418)."""

RibScaleneTubercle: Final[Code] = Code("DCM", "112096", "Rib Scalene Tubercle", (6115,))
"""Rib Scalene Tubercle (DCM 112096)."""

RightFirst: Final[Code] = Code("DCM", "126831", "right first", (21,))
"""right first (DCM 126831)."""

RightHemisphereMostAnterior: Final[Code] = Code(
    "DCM", "125031", "Right Hemisphere Most Anterior", (7101,)
)
"""Right Hemisphere Most Anterior (DCM 125031)."""

RightHemisphereMostInferior: Final[Code] = Code(
    "DCM", "125034", "Right Hemisphere Most Inferior", (7101,)
)
"""Right Hemisphere Most Inferior (DCM 125034)."""

RightHemisphereMostPosterior: Final[Code] = Code(
    "DCM", "125032", "Right Hemisphere Most Posterior", (7101,)
)
"""Right Hemisphere Most Posterior (DCM 125032)."""

RightHemisphereMostSuperior: Final[Code] = Code(
    "DCM", "125033", "Right Hemisphere Most Superior", (7101,)
)
"""Right Hemisphere Most Superior (DCM 125033)."""

RightToLeft: Final[Code] = Code("DCM", "110866", "Right To Left", (7185,))
"""Right To Left (DCM 110866)."""

RightTrachealStripe: Final[Code] = Code("DCM", "112093", "Right tracheal stripe", (6148,))
"""Right tracheal stripe (DCM 112093)."""

RightVentricleAnteriorWall: Final[Code] = Code(
    "DCM", "125319", "Right Ventricle Anterior Wall", (12305,)
)
"""Right Ventricle Anterior Wall (DCM 125319)."""

RightVentricleOutflowTractDistal: Final[Code] = Code(
    "DCM", "125317", "Right Ventricle Outflow Tract, Distal", (12305,)
)
"""Right Ventricle Outflow Tract, Distal (DCM 125317)."""

RightVentricleOutflowTractProximal: Final[Code] = Code(
    "DCM", "125318", "Right Ventricle Outflow Tract, Proximal", (12305,)
)
"""Right Ventricle Outflow Tract, Proximal (DCM 125318)."""

RightVentricularEjectionTime: Final[Code] = Code(
    "DCM", "122213", "Right Ventricular ejection time", (3613,)
)
"""Right Ventricular ejection time (DCM 122213)."""

RightVentricularFillingTime: Final[Code] = Code(
    "DCM", "122214", "Right Ventricular filling time", (3613,)
)
"""Right Ventricular filling time (DCM 122214)."""

RingUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "125256", "Ring ultrasound transducer geometry", (12033,)
)
"""Ring ultrasound transducer geometry (DCM 125256)."""

Rituximab89Zr: Final[Code] = Code("DCM", "126737", "Rituximab ^89^Zr", (4021,))
"""Rituximab ^89^Zr (DCM 126737)."""

RobertsonReidTable: Final[Code] = Code("DCM", "122253", "Robertson & Reid table", (3664,))
"""Robertson & Reid table (DCM 122253)."""

Roledumab89Zr: Final[Code] = Code("DCM", "126733", "Roledumab ^89^Zr", (4021,))
"""Roledumab ^89^Zr (DCM 126733)."""

RoomLaserPatientSetupPoint: Final[Code] = Code(
    "DCM", "130070", "Room Laser Patient Setup Point", (9504, 9574)
)
"""Room Laser Patient Setup Point (DCM 130070)."""

RoomOrigin: Final[Code] = Code("DCM", "130536", "Room Origin", (10074,))
"""Room Origin (DCM 130536)."""

RootAngularSecondMomentOfGLCM: Final[Code] = Code(
    "DCM", "126061", "Root Angular Second Moment of GLCM", (7467,)
)
"""Root Angular Second Moment of GLCM (DCM 126061)."""

RotationalAcquisition: Final[Code] = Code("DCM", "113613", "Rotational Acquisition", (10002,))
"""Rotational Acquisition (DCM 113613)."""

RungeKutta: Final[Code] = Code("DCM", "113219", "Runge-Kutta", (7262,))
"""Runge-Kutta (DCM 113219)."""

SAR341989Zr: Final[Code] = Code("DCM", "126741", "SAR3419 ^89^Zr", (4021,))
"""SAR3419 ^89^Zr (DCM 126741)."""

SMILE: Final[Code] = Code("DCM", "111681", "SMILE", (4234,))
"""SMILE (DCM 111681)."""

SMPTEPattern: Final[Code] = Code("DCM", "109943", "SMPTE Pattern", (8301,))
"""SMPTE Pattern (DCM 109943)."""

SOPClassUID: Final[Code] = Code("DCM", "110181", "SOP Class UID", (404,))
"""SOP Class UID (DCM 110181)."""

SPECTCTOfWholeBody: Final[Code] = Code("DCM", "127902", "SPECT CT of whole body", (646,))
"""SPECT CT of whole body (DCM 127902)."""

SPECTOfWholeBody: Final[Code] = Code("DCM", "127901", "SPECT of whole body", (646,))
"""SPECT of whole body (DCM 127901)."""

SRKII: Final[Code] = Code("DCM", "111766", "SRKII", (4236,))
"""SRKII (DCM 111766)."""

SRKT: Final[Code] = Code("DCM", "111767", "SRK-T", (4236,))
"""SRK-T (DCM 111767)."""

SSDEConversionFactor: Final[Code] = Code("DCM", "128410", "SSDE Conversion Factor", (10069,))
"""SSDE Conversion Factor (DCM 128410)."""

SStent: Final[Code] = Code("DCM", "130733", "S - Stent", (3022,))
"""S - Stent (DCM 130733)."""

STDepressionDownsloping: Final[Code] = Code("DCM", "122759", "ST Depression - Downsloping", (3233,))
"""ST Depression - Downsloping (DCM 122759)."""

STDepressionHorizontal: Final[Code] = Code("DCM", "122757", "ST Depression - Horizontal", (3233,))
"""ST Depression - Horizontal (DCM 122757)."""

STDepressionUpsloping: Final[Code] = Code("DCM", "122758", "ST Depression - Upsloping", (3233,))
"""ST Depression - Upsloping (DCM 122758)."""

STHRIndex: Final[Code] = Code("DCM", "122773", "ST/HR Index", (3238,))
"""ST/HR Index (DCM 122773)."""

SWave: Final[Code] = Code("DCM", "109044", "S wave", (3339,))
"""S wave (DCM 109044)."""

Saliency: Final[Code] = Code("DCM", "130404", "Saliency", (217,))
"""Saliency (DCM 130404)."""

SalineImplant: Final[Code] = Code("DCM", "111481", "Saline implant", (6059,))
"""Saline implant (DCM 111481)."""

SameAcquisitionAtDifferentFocalDepth: Final[Code] = Code(
    "DCM", "121352", "Same acquisition at different focal depth", (8120,)
)
"""Same acquisition at different focal depth (DCM 121352)."""

SameAcquisitionAtDifferentSpectralBand: Final[Code] = Code(
    "DCM", "121353", "Same acquisition at different spectral band", (8120,)
)
"""Same acquisition at different spectral band (DCM 121353)."""

SameAcquisitionAtHigherResolution: Final[Code] = Code(
    "DCM", "121351", "Same acquisition at higher resolution", (8120,)
)
"""Same acquisition at higher resolution (DCM 121351)."""

SameAcquisitionAtLowerResolution: Final[Code] = Code(
    "DCM", "121350", "Same acquisition at lower resolution", (8120,)
)
"""Same acquisition at lower resolution (DCM 121350)."""

SameAnatomy: Final[Code] = Code("DCM", "122401", "Same Anatomy", (7210,))
"""Same Anatomy (DCM 122401)."""

SameIndication: Final[Code] = Code("DCM", "122402", "Same Indication", (7210,))
"""Same Indication (DCM 122402)."""

ScanSpotInterlock: Final[Code] = Code("DCM", "130824", "Scan Spot Interlock", (9568,))
"""Scan Spot Interlock (DCM 130824)."""

ScanSpotMetersetInterlock: Final[Code] = Code(
    "DCM", "130827", "Scan Spot Meterset Interlock", (9568,)
)
"""Scan Spot Meterset Interlock (DCM 130827)."""

ScanSpotPositionInterlock: Final[Code] = Code(
    "DCM", "130825", "Scan Spot Position Interlock", (9568,)
)
"""Scan Spot Position Interlock (DCM 130825)."""

ScanSpotSizeInterlock: Final[Code] = Code("DCM", "130826", "Scan Spot Size Interlock", (9568,))
"""Scan Spot Size Interlock (DCM 130826)."""

ScapularInfraspinatusFossa: Final[Code] = Code(
    "DCM", "112101", "Scapular Infraspinatus Fossa", (6115,)
)
"""Scapular Infraspinatus Fossa (DCM 112101)."""

ScapularSpine: Final[Code] = Code("DCM", "112099", "Scapular Spine", (6115,))
"""Scapular Spine (DCM 112099)."""

ScapularSupraspinatusFossa: Final[Code] = Code(
    "DCM", "112100", "Scapular Supraspinatus Fossa", (6115,)
)
"""Scapular Supraspinatus Fossa (DCM 112100)."""

ScarredMyocardium: Final[Code] = Code("DCM", "122113", "Scarred Myocardium", (3704,))
"""Scarred Myocardium (DCM 122113)."""

ScheimpflugCamera: Final[Code] = Code("DCM", "111626", "Scheimpflug Camera", (4210,))
"""Scheimpflug Camera (DCM 111626)."""

ScotopicLight: Final[Code] = Code("DCM", "111627", "Scotopic light", (4203,))
"""Scotopic light (DCM 111627)."""

SeatPan: Final[Code] = Code("DCM", "130855", "Seat Pan", (9513,))
"""Seat Pan (DCM 130855)."""

SecondaryFluenceMonitoringSystemInterlock: Final[Code] = Code(
    "DCM", "130476", "Secondary Fluence Monitoring System Interlock", (9568,)
)
"""Secondary Fluence Monitoring System Interlock (DCM 130476)."""

SecondaryPulmonaryLobule: Final[Code] = Code("DCM", "112054", "Secondary pulmonary lobule", (6110,))
"""Secondary pulmonary lobule (DCM 112054)."""

SectorUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "125254", "Sector ultrasound transducer geometry", (12033,)
)
"""Sector ultrasound transducer geometry (DCM 125254)."""

SecureDigitalCard: Final[Code] = Code("DCM", "110036", "Secure Digital Card", (405,))
"""Secure Digital Card (DCM 110036)."""

SecurityAlert: Final[Code] = Code("DCM", "110113", "Security Alert", (400,))
"""Security Alert (DCM 110113)."""

SecurityConfiguration: Final[Code] = Code("DCM", "110129", "Security Configuration", (401, 403))
"""Security Configuration (DCM 110129)."""

SecurityRolesChanged: Final[Code] = Code("DCM", "110136", "Security Roles Changed", (401, 403))
"""Security Roles Changed (DCM 110136)."""

SeedPoint: Final[Code] = Code("DCM", "128139", "Seed point", (219,))
"""Seed point (DCM 128139)."""

SegmentationResult: Final[Code] = Code("DCM", "128182", "Segmentation Result", (7010, 9509, 9510))
"""Segmentation Result (DCM 128182)."""

Segmentation_113076: Final[Code] = Code("DCM", "113076", "Segmentation", (7203,))
"""Segmentation (DCM 113076)."""

Segmentation_SEG: Final[Code] = Code("DCM", "SEG", "Segmentation", (32,))
"""Segmentation (DCM SEG)."""

SegmentedConstrained: Final[Code] = Code("DCM", "113269", "Segmented-Constrained", (7274,))
"""Segmented-Constrained (DCM 113269)."""

SegmentedUnconstrained: Final[Code] = Code("DCM", "113268", "Segmented-Unconstrained", (7274,))
"""Segmented-Unconstrained (DCM 113268)."""

SelectedRegion: Final[Code] = Code("DCM", "111099", "Selected region", (6014, 6101, 6201))
"""Selected region (DCM 111099)."""

SeptalDefectIntervention: Final[Code] = Code("DCM", "122055", "Septal Defect Intervention", (3406,))
"""Septal Defect Intervention (DCM 122055)."""

SeptalLines: Final[Code] = Code("DCM", "112114", "Septal line(s)", (6103,))
"""Septal line(s) (DCM 112114)."""

SeptumToWall: Final[Code] = Code("DCM", "110876", "Septum To Wall", (7185,))
"""Septum To Wall (DCM 110876)."""

SeptumWallAxis: Final[Code] = Code("DCM", "110865", "Septum-Wall Axis", (7184,))
"""Septum-Wall Axis (DCM 110865)."""

SequencedAcquisition: Final[Code] = Code("DCM", "113804", "Sequenced Acquisition", (10013,))
"""Sequenced Acquisition (DCM 113804)."""

Series: Final[Code] = Code("DCM", "113015", "Series", (272, 7012, 10000))
"""Series (DCM 113015)."""

SeriesInstanceUID: Final[Code] = Code("DCM", "112002", "Series Instance UID", (10001,))
"""Series Instance UID (DCM 112002)."""

SeriesNumber: Final[Code] = Code("DCM", "113607", "Series Number", (10022,))
"""Series Number (DCM 113607)."""

SessionStart: Final[Code] = Code("DCM", "110145", "Session start", (401, 403))
"""Session start (DCM 110145)."""

SessionStop: Final[Code] = Code("DCM", "110146", "Session stop", (401, 403))
"""Session stop (DCM 110146)."""

SevereDistortionInTheAreaOfInterest: Final[Code] = Code(
    "DCM", "130584", "Severe distortion in the area of interest", (6318,)
)
"""Severe distortion in the area of interest (DCM 130584)."""

SeverelyJaundiced: Final[Code] = Code("DCM", "113563", "Severely Jaundiced", (64, 10045))
"""Severely Jaundiced (DCM 113563)."""

Sewing: Final[Code] = Code("DCM", "112319", "Sewing", (7310,))
"""Sewing (DCM 112319)."""

Shadow: Final[Code] = Code("DCM", "112124", "Shadow", (6104,))
"""Shadow (DCM 112124)."""

ShapeFromMotion: Final[Code] = Code("DCM", "114206", "Shape from motion", (8201,))
"""Shape from motion (DCM 114206)."""

ShapeFromShading: Final[Code] = Code("DCM", "114205", "Shape from shading", (8201,))
"""Shape from shading (DCM 114205)."""

SharplyDefined: Final[Code] = Code("DCM", "112137", "Sharply defined", (6120,))
"""Sharply defined (DCM 112137)."""

SharplyDemarcated: Final[Code] = Code("DCM", "112140", "Sharply demarcated", (6120,))
"""Sharply demarcated (DCM 112140)."""

ShearWaveDispersionSlope: Final[Code] = Code(
    "DCM", "130612", "Shear Wave Dispersion Slope", (12308,)
)
"""Shear Wave Dispersion Slope (DCM 130612)."""

ShearWaveSpeed: Final[Code] = Code("DCM", "130611", "Shear Wave Speed", (12308,))
"""Shear Wave Speed (DCM 130611)."""

SheetFilmDigitized: Final[Code] = Code("DCM", "110020", "Sheet Film Digitized", (7008,))
"""Sheet Film Digitized (DCM 110020)."""

ShinRest: Final[Code] = Code("DCM", "130852", "Shin Rest", (9513,))
"""Shin Rest (DCM 130852)."""

ShutterSpeedModelSSM: Final[Code] = Code("DCM", "126344", "Shutter-Speed Model (SSM)", (4101,))
"""Shutter-Speed Model (SSM) (DCM 126344)."""

SignalBaselineEnd: Final[Code] = Code("DCM", "122639", "Signal Baseline End", (3836,))
"""Signal Baseline End (DCM 122639)."""

SignalBaselineStart: Final[Code] = Code("DCM", "122638", "Signal Baseline Start", (3836,))
"""Signal Baseline Start (DCM 122638)."""

SignalChange: Final[Code] = Code("DCM", "113059", "Signal change", (7180,))
"""Signal change (DCM 113059)."""

SignalEarliestPeakTime: Final[Code] = Code("DCM", "122631", "Signal Earliest Peak Time", (3836,))
"""Signal Earliest Peak Time (DCM 122631)."""

SignalIncreaseStartTime: Final[Code] = Code("DCM", "122633", "Signal Increase Start Time", (3836,))
"""Signal Increase Start Time (DCM 122633)."""

SignalTimeToPeak: Final[Code] = Code("DCM", "122634", "Signal Time to Peak", (3836,))
"""Signal Time to Peak (DCM 122634)."""

SignalToNoise: Final[Code] = Code("DCM", "113060", "Signal to noise", (7180,))
"""Signal to noise (DCM 113060)."""

SignalToNoiseRatio: Final[Code] = Code("DCM", "111787", "Signal to Noise Ratio", (4243,))
"""Signal to Noise Ratio (DCM 111787)."""

SignedCompleteAcquisitionContent: Final[Code] = Code(
    "DCM", "113035", "Signed Complete Acquisition Content", (7010,)
)
"""Signed Complete Acquisition Content (DCM 113035)."""

SignedCompleteStudyContent: Final[Code] = Code(
    "DCM", "113033", "Signed Complete Study Content", (7010,)
)
"""Signed Complete Study Content (DCM 113033)."""

SignedManifest: Final[Code] = Code("DCM", "113031", "Signed Manifest", (7010,))
"""Signed Manifest (DCM 113031)."""

SignetRingSign: Final[Code] = Code("DCM", "112069", "Signet-ring sign", (6104,))
"""Signet-ring sign (DCM 112069)."""

SilhouetteSign: Final[Code] = Code("DCM", "112152", "Silhouette sign", (6123,))
"""Silhouette sign (DCM 112152)."""

SiliconeGranuloma: Final[Code] = Code("DCM", "111296", "Silicone granuloma", (6031,))
"""Silicone granuloma (DCM 111296)."""

SiliconeLadenLymphNodes: Final[Code] = Code("DCM", "111507", "Silicone-laden lymph nodes", (6072,))
"""Silicone-laden lymph nodes (DCM 111507)."""

SimpleObjectModel: Final[Code] = Code("DCM", "128418", "Simple Object Model", (10064,))
"""Simple Object Model (DCM 128418)."""

SimplifiedBernoulli: Final[Code] = Code("DCM", "125218", "Simplified Bernoulli", (12230,))
"""Simplified Bernoulli (DCM 125218)."""

SimulatedKeratometry: Final[Code] = Code("DCM", "111755", "Simulated Keratometry", (4235,))
"""Simulated Keratometry (DCM 111755)."""

SimulationIntent: Final[Code] = Code("DCM", "129017", "Simulation Intent", (7064,))
"""Simulation Intent (DCM 129017)."""

SimultaneousArterialPulseWaveform: Final[Code] = Code(
    "DCM", "121306", "Simultaneous Arterial Pulse Waveform", (7004,)
)
"""Simultaneous Arterial Pulse Waveform (DCM 121306)."""

SimultaneousDoppler: Final[Code] = Code("DCM", "121301", "Simultaneous Doppler", (7004,))
"""Simultaneous Doppler (DCM 121301)."""

SimultaneousECG: Final[Code] = Code("DCM", "121303", "Simultaneous ECG", (7004,))
"""Simultaneous ECG (DCM 121303)."""

SimultaneousHemodynamic: Final[Code] = Code("DCM", "121302", "Simultaneous Hemodynamic", (7004,))
"""Simultaneous Hemodynamic (DCM 121302)."""

SimultaneousPhonocardiographicWaveform: Final[Code] = Code(
    "DCM", "121307", "Simultaneous Phonocardiographic Waveform", (7004,)
)
"""Simultaneous Phonocardiographic Waveform (DCM 121307)."""

SimultaneousRespiratoryWaveform: Final[Code] = Code(
    "DCM", "121305", "Simultaneous Respiratory Waveform", (7004,)
)
"""Simultaneous Respiratory Waveform (DCM 121305)."""

SimultaneousVoiceNarrative: Final[Code] = Code(
    "DCM", "121304", "Simultaneous Voice Narrative", (7004,)
)
"""Simultaneous Voice Narrative (DCM 121304)."""

SimultaneouslyAcquired: Final[Code] = Code("DCM", "122400", "Simultaneously Acquired", (7210,))
"""Simultaneously Acquired (DCM 122400)."""

SingleFraction: Final[Code] = Code("DCM", "130096", "Single Fraction", (9533,))
"""Single Fraction (DCM 130096)."""

SingleLADRegionInRAOProjection: Final[Code] = Code(
    "DCM", "122466", "Single LAD Region in RAO Projection", (3461,)
)
"""Single LAD Region in RAO Projection (DCM 122466)."""

SingleLeaves: Final[Code] = Code("DCM", "130333", "Single Leaves", (9540,))
"""Single Leaves (DCM 130333)."""

SingleLuminance: Final[Code] = Code("DCM", "111840", "Single luminance", (4252,))
"""Single luminance (DCM 111840)."""

SingleOrAnteriorLens: Final[Code] = Code("DCM", "111778", "Single or Anterior Lens", (4233,))
"""Single or Anterior Lens (DCM 111778)."""

SinglePlane: Final[Code] = Code("DCM", "113622", "Single Plane", (10003,))
"""Single Plane (DCM 113622)."""

SinglePlaneAngiography: Final[Code] = Code("DCM", "122059", "Single plane Angiography", (3748,))
"""Single plane Angiography (DCM 122059)."""

SinglePlaneEllipse: Final[Code] = Code("DCM", "125226", "Single Plane Ellipse", (12228,))
"""Single Plane Ellipse (DCM 125226)."""

SingleRCARegionInRAOProjection: Final[Code] = Code(
    "DCM", "122467", "Single RCA Region in RAO Projection", (3461,)
)
"""Single RCA Region in RAO Projection (DCM 122467)."""

SingleShotEPI: Final[Code] = Code("DCM", "113226", "Single Shot EPI", (7260,))
"""Single Shot EPI (DCM 113226)."""

SingleSideIllumination: Final[Code] = Code("DCM", "130810", "Single-side illumination", (11001,))
"""Single-side illumination (DCM 130810)."""

SingleSubjectExtractedFromGroup: Final[Code] = Code(
    "DCM", "113132", "Single subject extracted from group", (7165,)
)
"""Single subject extracted from group (DCM 113132)."""

SingleTensor: Final[Code] = Code("DCM", "113231", "Single Tensor", (7261,))
"""Single Tensor (DCM 113231)."""

SingularValueDecompositionSVDDeconvolution: Final[Code] = Code(
    "DCM", "126311", "Singular Value Decomposition (SVD) deconvolution", (4105,)
)
"""Singular Value Decomposition (SVD) deconvolution (DCM 126311)."""

SiteOfLumenMaximum: Final[Code] = Code("DCM", "122687", "Site of Lumen Maximum", (3486,))
"""Site of Lumen Maximum (DCM 122687)."""

SiteOfLumenMinimum: Final[Code] = Code("DCM", "122382", "Site of Lumen Minimum", (3486,))
"""Site of Lumen Minimum (DCM 122382)."""

Skewness: Final[Code] = Code("DCM", "126051", "Skewness", (7464,))
"""Skewness (DCM 126051)."""

SkinAppositionSetupMethod: Final[Code] = Code(
    "DCM", "130634", "Skin Apposition Setup Method", (9571,)
)
"""Skin Apposition Setup Method (DCM 130634)."""

SkinConditionClammy: Final[Code] = Code("DCM", "122275", "skin condition Clammy", (3446,))
"""skin condition Clammy (DCM 122275)."""

SkinConditionCold: Final[Code] = Code("DCM", "122273", "skin condition Cold", (3446,))
"""skin condition Cold (DCM 122273)."""

SkinConditionCool: Final[Code] = Code("DCM", "122272", "skin condition Cool", (3446,))
"""skin condition Cool (DCM 122272)."""

SkinConditionDiaphoretic: Final[Code] = Code("DCM", "122276", "skin condition Diaphoretic", (3446,))
"""skin condition Diaphoretic (DCM 122276)."""

SkinConditionDry: Final[Code] = Code("DCM", "122274", "skin condition Dry", (3446,))
"""skin condition Dry (DCM 122274)."""

SkinConditionFlush: Final[Code] = Code("DCM", "122277", "skin condition Flush", (3446,))
"""skin condition Flush (DCM 122277)."""

SkinConditionMottled: Final[Code] = Code("DCM", "122278", "skin condition Mottled", (3446,))
"""skin condition Mottled (DCM 122278)."""

SkinConditionPale: Final[Code] = Code("DCM", "122279", "skin condition Pale", (3446,))
"""skin condition Pale (DCM 122279)."""

SkinConditionWarm: Final[Code] = Code("DCM", "122271", "skin condition Warm", (3446,))
"""skin condition Warm (DCM 122271)."""

SkinDoseMap: Final[Code] = Code("DCM", "128485", "Skin Dose Map", (10063,))
"""Skin Dose Map (DCM 128485)."""

SkinOfAnteriorHelixOfEar: Final[Code] = Code(
    "DCM", "130305", "Skin of anterior helix of ear", (4029,)
)
"""Skin of anterior helix of ear (DCM 130305)."""

SkinOfCaruncleOfEye: Final[Code] = Code("DCM", "130306", "Skin of caruncle of eye", (4029,))
"""Skin of caruncle of eye (DCM 130306)."""

SkinOfInferiorHelixOfEar: Final[Code] = Code(
    "DCM", "130307", "Skin of inferior helix of ear", (4029,)
)
"""Skin of inferior helix of ear (DCM 130307)."""

SkinOfInferiorPosteriorSurfaceOfThePinna: Final[Code] = Code(
    "DCM", "130308", "Skin of inferior posterior surface of the pinna", (4029,)
)
"""Skin of inferior posterior surface of the pinna (DCM 130308)."""

SkinOfInfraalarGroove: Final[Code] = Code("DCM", "130312", "Skin of infraalar groove", (4029,))
"""Skin of infraalar groove (DCM 130312)."""

SkinOfLateralPartOfDorsumOfFoot: Final[Code] = Code(
    "DCM", "130309", "Skin of lateral part of dorsum of foot", (4029,)
)
"""Skin of lateral part of dorsum of foot (DCM 130309)."""

SkinOfLowerAntihelixOfEar: Final[Code] = Code(
    "DCM", "130310", "Skin of lower antihelix of ear", (4029,)
)
"""Skin of lower antihelix of ear (DCM 130310)."""

SkinOfLowerEyelidMargin: Final[Code] = Code("DCM", "130311", "Skin of lower eyelid margin", (4029,))
"""Skin of lower eyelid margin (DCM 130311)."""

SkinOfLowerParaspinalRegion: Final[Code] = Code(
    "DCM", "130304", "Skin of lower paraspinal region", (4029,)
)
"""Skin of lower paraspinal region (DCM 130304)."""

SkinOfMedialPartOfDorsumOfFoot: Final[Code] = Code(
    "DCM", "130313", "Skin of medial part of dorsum of foot", (4029,)
)
"""Skin of medial part of dorsum of foot (DCM 130313)."""

SkinOfMidBack: Final[Code] = Code("DCM", "130323", "Skin of mid back", (4029,))
"""Skin of mid back (DCM 130323)."""

SkinOfMidParaspinalRegion: Final[Code] = Code(
    "DCM", "130303", "Skin of mid paraspinal region", (4029,)
)
"""Skin of mid paraspinal region (DCM 130303)."""

SkinOfParanasalCheek: Final[Code] = Code("DCM", "130314", "Skin of paranasal cheek", (4029,))
"""Skin of paranasal cheek (DCM 130314)."""

SkinOfParaspinalAreaOfTheNeck: Final[Code] = Code(
    "DCM", "130300", "Skin of paraspinal area of the neck", (4029,)
)
"""Skin of paraspinal area of the neck (DCM 130300)."""

SkinOfParaspinalAreaOfTheSuperiorBack: Final[Code] = Code(
    "DCM", "130301", "Skin of paraspinal area of the superior back", (4029,)
)
"""Skin of paraspinal area of the superior back (DCM 130301)."""

SkinOfPosteriorHelixOfEar: Final[Code] = Code(
    "DCM", "130315", "Skin of posterior helix of ear", (4029,)
)
"""Skin of posterior helix of ear (DCM 130315)."""

SkinOfPosteriorLobuleOfTheEar: Final[Code] = Code(
    "DCM", "130316", "Skin of posterior lobule of the ear", (4029,)
)
"""Skin of posterior lobule of the ear (DCM 130316)."""

SkinOfSoleOfForefoot: Final[Code] = Code("DCM", "130317", "Skin of sole of forefoot", (4029,))
"""Skin of sole of forefoot (DCM 130317)."""

SkinOfSuperiorAntihelixOfEar: Final[Code] = Code(
    "DCM", "130318", "Skin of superior antihelix of ear", (4029,)
)
"""Skin of superior antihelix of ear (DCM 130318)."""

SkinOfSuperiorPosteriorHelixOfEar: Final[Code] = Code(
    "DCM", "130319", "Skin of superior posterior helix of ear", (4029,)
)
"""Skin of superior posterior helix of ear (DCM 130319)."""

SkinOfSuperiorPosteriorSurfaceOfThePinna: Final[Code] = Code(
    "DCM", "130320", "Skin of superior posterior surface of the pinna", (4029,)
)
"""Skin of superior posterior surface of the pinna (DCM 130320)."""

SkinOfUpperAntihelixOfEar: Final[Code] = Code(
    "DCM", "130321", "Skin of upper antihelix of ear", (4029,)
)
"""Skin of upper antihelix of ear (DCM 130321)."""

SkinOfUpperEyelidMargin: Final[Code] = Code("DCM", "130322", "Skin of upper eyelid margin", (4029,))
"""Skin of upper eyelid margin (DCM 130322)."""

SkinOfUpperParaspinalRegion: Final[Code] = Code(
    "DCM", "130302", "Skin of upper paraspinal region", (4029,)
)
"""Skin of upper paraspinal region (DCM 130302)."""

SleepStageN1: Final[Code] = Code("DCM", "130834", "Sleep Stage N1", (3046,))
"""Sleep Stage N1 (DCM 130834)."""

SleepStageN2: Final[Code] = Code("DCM", "130835", "Sleep Stage N2", (3046,))
"""Sleep Stage N2 (DCM 130835)."""

SleepStageN3: Final[Code] = Code("DCM", "130836", "Sleep Stage N3", (3046,))
"""Sleep Stage N3 (DCM 130836)."""

SlideMicroscopy_112702: Final[Code] = Code("DCM", "112702", "Slide Microscopy", (8131,))
"""Slide Microscopy (DCM 112702)."""

SlideMicroscopy_SM: Final[Code] = Code("DCM", "SM", "Slide Microscopy", (29,))
"""Slide Microscopy (DCM SM)."""

SlidingWindowBeam: Final[Code] = Code("DCM", "130106", "Sliding Window Beam", (9511,))
"""Sliding Window Beam (DCM 130106)."""

SlowDiffusionCoefficient: Final[Code] = Code("DCM", "113291", "Slow Diffusion Coefficient", (7272,))
"""Slow Diffusion Coefficient (DCM 113291)."""

SmallIrregularOpacities: Final[Code] = Code(
    "DCM", "112125", "Small irregular opacities", (6104, 6106)
)
"""Small irregular opacities (DCM 112125)."""

SmallLesserThan32Point0cmLateralThickness: Final[Code] = Code(
    "DCM", "113601", "Small: < 32.0 cm lateral thickness", (7042,)
)
"""Small: < 32.0 cm lateral thickness (DCM 113601)."""

SmallRoundedOpacities: Final[Code] = Code("DCM", "112126", "Small rounded opacities", (6104,))
"""Small rounded opacities (DCM 112126)."""

Smoothing: Final[Code] = Code("DCM", "113087", "Smoothing", (7203,))
"""Smoothing (DCM 113087)."""

SoftPlaque: Final[Code] = Code("DCM", "122356", "Soft plaque", (3491,))
"""Soft plaque (DCM 122356)."""

SoftwareConfiguration: Final[Code] = Code("DCM", "110131", "Software Configuration", (401, 403))
"""Software Configuration (DCM 110131)."""

SoftwareFailure: Final[Code] = Code("DCM", "111218", "Software failure", (6041, 6135, 7011))
"""Software failure (DCM 111218)."""

SolidMass: Final[Code] = Code("DCM", "111462", "Solid mass", (6064,))
"""Solid mass (DCM 111462)."""

Sonazoid: Final[Code] = Code("DCM", "125905", "Sonazoid", (12030,))
"""Sonazoid (DCM 125905)."""

Sonologist: Final[Code] = Code("DCM", "121092", "Sonologist", (7452,))
"""Sonologist (DCM 121092)."""

Sonovue: Final[Code] = Code("DCM", "125906", "SonoVue", (12030,))
"""SonoVue (DCM 125906)."""

SourceDeformableSpatialRegistration: Final[Code] = Code(
    "DCM", "125028", "Source Deformable Spatial Registration", (7013,)
)
"""Source Deformable Spatial Registration (DCM 125028)."""

SourceDocument: Final[Code] = Code("DCM", "121335", "Source Document", (7006,))
"""Source Document (DCM 121335)."""

SourceDoseForComposingCurrentDose: Final[Code] = Code(
    "DCM", "121372", "Source dose for composing current dose", (7221,)
)
"""Source dose for composing current dose (DCM 121372)."""

SourceImage: Final[Code] = Code("DCM", "121324", "Source image", (7060, 7061, 7205))
"""Source image (DCM 121324)."""

SourceImageDiffusionBValue: Final[Code] = Code(
    "DCM", "113240", "Source image diffusion b-value", (7276, 9000)
)
"""Source image diffusion b-value (DCM 113240)."""

SourceImageForImageProcessingOperation: Final[Code] = Code(
    "DCM", "121322", "Source image for image processing operation", (4264, 7202, 7222)
)
"""Source image for image processing operation (DCM 121322)."""

SourceImageForMontage: Final[Code] = Code("DCM", "121329", "Source image for montage", (7202,))
"""Source image for montage (DCM 121329)."""

SourceMeasurement: Final[Code] = Code("DCM", "128224", "Source measurement", (7013,))
"""Source measurement (DCM 128224)."""

SourceMedia: Final[Code] = Code("DCM", "110155", "Source Media", (402,))
"""Source Media (DCM 110155)."""

SourceOfMeasurement: Final[Code] = Code("DCM", "121112", "Source of Measurement", (7003, 7552))
"""Source of Measurement (DCM 121112)."""

SourcePositionToleranceViolation: Final[Code] = Code(
    "DCM", "130473", "Source Position Tolerance Violation", (9567,)
)
"""Source Position Tolerance Violation (DCM 130473)."""

SourceRawData: Final[Code] = Code("DCM", "128226", "Source raw data", (7013,))
"""Source raw data (DCM 128226)."""

SourceRealWorldValueMap: Final[Code] = Code("DCM", "128227", "Source real world value map", (7019,))
"""Source real world value map (DCM 128227)."""

SourceReport: Final[Code] = Code("DCM", "128225", "Source report", (7013,))
"""Source report (DCM 128225)."""

SourceRoleID: Final[Code] = Code("DCM", "110153", "Source Role ID", (402,))
"""Source Role ID (DCM 110153)."""

SourceSegmentation: Final[Code] = Code("DCM", "128228", "Source segmentation", (7019,))
"""Source segmentation (DCM 128228)."""

SourceSeriesForImageProcessingOperation: Final[Code] = Code(
    "DCM", "121323", "Source series for image processing operation", (7210,)
)
"""Source series for image processing operation (DCM 121323)."""

SpatialDisplacementXComponent: Final[Code] = Code(
    "DCM", "110822", "Spatial Displacement X Component", (7180,)
)
"""Spatial Displacement X Component (DCM 110822)."""

SpatialDisplacementYComponent: Final[Code] = Code(
    "DCM", "110823", "Spatial Displacement Y Component", (7180,)
)
"""Spatial Displacement Y Component (DCM 110823)."""

SpatialDisplacementZComponent: Final[Code] = Code(
    "DCM", "110824", "Spatial Displacement Z Component", (7180,)
)
"""Spatial Displacement Z Component (DCM 110824)."""

SpatialFiducials: Final[Code] = Code("DCM", "FID", "Spatial Fiducials", (32,))
"""Spatial Fiducials (DCM FID)."""

SpatialResampling: Final[Code] = Code("DCM", "113085", "Spatial resampling", (7203,))
"""Spatial resampling (DCM 113085)."""

SpatiallyRelatedFramesExtractedFromTheVolume: Final[Code] = Code(
    "DCM", "113091", "Spatially-related frames extracted from the volume", (7203,)
)
"""Spatially-related frames extracted from the volume (DCM 113091)."""

SpecifiedConformationNumber: Final[Code] = Code(
    "DCM", "130076", "Specified Conformation Number", (9500,)
)
"""Specified Conformation Number (DCM 130076)."""

SpecifiedConformityIndex: Final[Code] = Code("DCM", "130074", "Specified Conformity Index", (9500,))
"""Specified Conformity Index (DCM 130074)."""

SpecifiedHealthyTissueConformityIndex: Final[Code] = Code(
    "DCM", "130075", "Specified Healthy Tissue Conformity Index", (9500,)
)
"""Specified Healthy Tissue Conformity Index (DCM 130075)."""

SpecifiedHomogeneityIndex: Final[Code] = Code(
    "DCM", "130077", "Specified Homogeneity Index", (9500,)
)
"""Specified Homogeneity Index (DCM 130077)."""

Specimen: Final[Code] = Code("DCM", "121027", "Specimen", (271,))
"""Specimen (DCM 121027)."""

SpecimenStorage: Final[Code] = Code("DCM", "111729", "Specimen storage", (8111,))
"""Specimen storage (DCM 111729)."""

SpectralDomain: Final[Code] = Code("DCM", "111921", "Spectral domain", (4261,))
"""Spectral domain (DCM 111921)."""

SpectralFilteredImage: Final[Code] = Code("DCM", "121340", "Spectral filtered image", (7201,))
"""Spectral filtered image (DCM 121340)."""

Spectroscopy: Final[Code] = Code("DCM", "121317", "Spectroscopy", (7201,))
"""Spectroscopy (DCM 121317)."""

SpectroscopyDataForWaterPhaseCorrection: Final[Code] = Code(
    "DCM", "121318", "Spectroscopy Data for Water Phase Correction", (7215,)
)
"""Spectroscopy Data for Water Phase Correction (DCM 121318)."""

SpeedOfSound: Final[Code] = Code("DCM", "110832", "Speed of sound", (7180,))
"""Speed of sound (DCM 110832)."""

SpeedOfSoundMapCorrection: Final[Code] = Code(
    "DCM", "130820", "Speed of Sound Map Correction", (11004,)
)
"""Speed of Sound Map Correction (DCM 130820)."""

Sphere: Final[Code] = Code("DCM", "122485", "Sphere", (8, 3451, 7112))
"""Sphere (DCM 122485)."""

SphericalBackProjection: Final[Code] = Code("DCM", "130821", "Spherical Back Projection", (11005,))
"""Spherical Back Projection (DCM 130821)."""

SphericalDeconvolution: Final[Code] = Code("DCM", "113238", "Spherical Deconvolution", (7261,))
"""Spherical Deconvolution (DCM 113238)."""

SphericalProjection: Final[Code] = Code("DCM", "111791", "Spherical projection", (4245,))
"""Spherical projection (DCM 111791)."""

Spiculated: Final[Code] = Code("DCM", "112136", "Spiculated", (6119,))
"""Spiculated (DCM 112136)."""

SpinTaggingPerfusionMRSignalIntensity: Final[Code] = Code(
    "DCM", "110800", "Spin Tagging Perfusion MR Signal Intensity", (7180,)
)
"""Spin Tagging Perfusion MR Signal Intensity (DCM 110800)."""

SpontaneousAbortion: Final[Code] = Code("DCM", "111566", "Spontaneous Abortion", (6088,))
"""Spontaneous Abortion (DCM 111566)."""

SpotMagnificationViews: Final[Code] = Code("DCM", "111136", "Spot magnification view(s)", (6029,))
"""Spot magnification view(s) (DCM 111136)."""

SquamousCellCarcinomaOfTheNipple: Final[Code] = Code(
    "DCM", "111340", "Squamous cell carcinoma of the nipple", (6033,)
)
"""Squamous cell carcinoma of the nipple (DCM 111340)."""

Stage0: Final[Code] = Code("DCM", "111494", "Stage 0", (6068,))
"""Stage 0 (DCM 111494)."""

StageI: Final[Code] = Code("DCM", "111495", "Stage I", (6068,))
"""Stage I (DCM 111495)."""

StageIIA: Final[Code] = Code("DCM", "111496", "Stage IIA", (6068,))
"""Stage IIA (DCM 111496)."""

StageIIB: Final[Code] = Code("DCM", "111497", "Stage IIB", (6068,))
"""Stage IIB (DCM 111497)."""

StageIIIA: Final[Code] = Code("DCM", "111498", "Stage IIIA", (6068,))
"""Stage IIIA (DCM 111498)."""

StageIIIB: Final[Code] = Code("DCM", "111499", "Stage IIIB", (6068,))
"""Stage IIIB (DCM 111499)."""

StageIIIC: Final[Code] = Code("DCM", "111500", "Stage IIIC", (6068,))
"""Stage IIIC (DCM 111500)."""

StageIV: Final[Code] = Code("DCM", "111501", "Stage IV", (6068,))
"""Stage IV (DCM 111501)."""

StageView: Final[Code] = Code("DCM", "113017", "Stage-View", (7012,))
"""Stage-View (DCM 113017)."""

StagingPriorToImaging: Final[Code] = Code("DCM", "127103", "Staging prior to imaging", (634,))
"""Staging prior to imaging (DCM 127103)."""

StandardDeviationDistanceOfCalcificationsInACluster: Final[Code] = Code(
    "DCM", "112201", "Standard deviation distance of calcifications in a cluster", (6142,)
)
"""Standard deviation distance of calcifications in a cluster (DCM 112201)."""

StandardDeviationOfAttenuationCoefficient: Final[Code] = Code(
    "DCM", "112183", "Standard Deviation of Attenuation Coefficient", (6141,)
)
"""Standard Deviation of Attenuation Coefficient (DCM 112183)."""

StandardDeviationOfMeasurementsUsed: Final[Code] = Code(
    "DCM", "111786", "Standard Deviation of measurements used", (4243,)
)
"""Standard Deviation of measurements used (DCM 111786)."""

StandardDeviationOfPopulation: Final[Code] = Code(
    "DCM", "121414", "Standard deviation of population", (226,)
)
"""Standard deviation of population (DCM 121414)."""

StandardFractionation: Final[Code] = Code("DCM", "130097", "Standard Fractionation", (9533,))
"""Standard Fractionation (DCM 130097)."""

StandardToftsModel: Final[Code] = Code("DCM", "126340", "Standard Tofts Model", (4101,))
"""Standard Tofts Model (DCM 126340)."""

StandardizedAddedMetabolicActivity: Final[Code] = Code(
    "DCM", "126037", "Standardized Added Metabolic Activity", (7466,)
)
"""Standardized Added Metabolic Activity (DCM 126037)."""

StandardizedAddedMetabolicActivityBackground: Final[Code] = Code(
    "DCM", "126038", "Standardized Added Metabolic Activity Background", (7466,)
)
"""Standardized Added Metabolic Activity Background (DCM 126038)."""

StandardizedUptakeValue: Final[Code] = Code("DCM", "126400", "Standardized Uptake Value", (7180,))
"""Standardized Uptake Value (DCM 126400)."""

Standby: Final[Code] = Code("DCM", "121101", "Standby", (7453,))
"""Standby (DCM 121101)."""

StartOfAtrialContraction_109045: Final[Code] = Code(
    "DCM", "109045", "Start of atrial contraction", (3339,)
)
"""Start of atrial contraction (DCM 109045)."""

StartOfAtrialContraction_109046: Final[Code] = Code(
    "DCM", "109046", "Start of atrial contraction (subsequent)", (3339,)
)
"""Start of atrial contraction (subsequent) (DCM 109046)."""

StartOfContrastAgentAdministration: Final[Code] = Code(
    "DCM", "125234", "Start of contrast agent administration", (12031,)
)
"""Start of contrast agent administration (DCM 125234)."""

StartOfDrugDoseAdministration: Final[Code] = Code(
    "DCM", "125233", "Start of drug dose administration", (12031,)
)
"""Start of drug dose administration (DCM 125233)."""

StartOfExpiration: Final[Code] = Code("DCM", "109029", "Start of expiration", (3337,))
"""Start of expiration (DCM 109029)."""

StartOfInspiration: Final[Code] = Code("DCM", "109030", "Start of inspiration", (3337,))
"""Start of inspiration (DCM 109030)."""

StartOfThermalCO: Final[Code] = Code("DCM", "109031", "Start of thermal CO", (3337,))
"""Start of thermal CO (DCM 109031)."""

StartProcedureAction: Final[Code] = Code("DCM", "121130", "Start Procedure Action", (3421,))
"""Start Procedure Action (DCM 121130)."""

StaticBeam: Final[Code] = Code("DCM", "130102", "Static Beam", (9511,))
"""Static Beam (DCM 130102)."""

StationaryAcquisition_113611: Final[Code] = Code(
    "DCM", "113611", "Stationary Acquisition", (10002,)
)
"""Stationary Acquisition (DCM 113611)."""

StationaryAcquisition_113806: Final[Code] = Code(
    "DCM", "113806", "Stationary Acquisition", (10013,)
)
"""Stationary Acquisition (DCM 113806)."""

StentDiameterRatio: Final[Code] = Code("DCM", "122351", "Stent Diameter Ratio", (3484,))
"""Stent Diameter Ratio (DCM 122351)."""

StentDisintegration: Final[Code] = Code("DCM", "122684", "stent disintegration", (3813,))
"""stent disintegration (DCM 122684)."""

StentExpansionIndex: Final[Code] = Code("DCM", "122347", "Stent Expansion Index", (3484,))
"""Stent Expansion Index (DCM 122347)."""

StentFracture: Final[Code] = Code("DCM", "122683", "stent fracture", (3813,))
"""stent fracture (DCM 122683)."""

StentGap: Final[Code] = Code("DCM", "122364", "Stent Gap", (3483,))
"""Stent Gap (DCM 122364)."""

StentReExpanded: Final[Code] = Code("DCM", "122306", "Stent re-expanded", (3412,))
"""Stent re-expanded (DCM 122306)."""

StentSymmetryIndex: Final[Code] = Code("DCM", "122346", "Stent Symmetry Index", (3484,))
"""Stent Symmetry Index (DCM 122346)."""

StentedRegion: Final[Code] = Code("DCM", "122383", "Stented Region", (3487,))
"""Stented Region (DCM 122383)."""

StepAndShootBeam: Final[Code] = Code("DCM", "130105", "Step and Shoot Beam", (9511,))
"""Step and Shoot Beam (DCM 130105)."""

SteppingAcquisition: Final[Code] = Code("DCM", "113612", "Stepping Acquisition", (10002,))
"""Stepping Acquisition (DCM 113612)."""

StereometricRelationship: Final[Code] = Code("DCM", "SMR", "Stereometric Relationship", (32,))
"""Stereometric Relationship (DCM SMR)."""

StereotacticSetupMethod: Final[Code] = Code("DCM", "130633", "Stereotactic Setup Method", (9571,))
"""Stereotactic Setup Method (DCM 130633)."""

StimulationAtRate1Interval: Final[Code] = Code(
    "DCM", "109047", "Stimulation at rate 1 interval", (3339,)
)
"""Stimulation at rate 1 interval (DCM 109047)."""

StimulationAtRate2Interval: Final[Code] = Code(
    "DCM", "109048", "Stimulation at rate 2 interval", (3339,)
)
"""Stimulation at rate 2 interval (DCM 109048)."""

StimulationAtRate3Interval: Final[Code] = Code(
    "DCM", "109049", "Stimulation at rate 3 interval", (3339,)
)
"""Stimulation at rate 3 interval (DCM 109049)."""

StimulationAtRate4Interval: Final[Code] = Code(
    "DCM", "109050", "Stimulation at rate 4 interval", (3339,)
)
"""Stimulation at rate 4 interval (DCM 109050)."""

StorageDetector: Final[Code] = Code("DCM", "113950", "Storage Detector", (10030,))
"""Storage Detector (DCM 113950)."""

Streamline: Final[Code] = Code("DCM", "113215", "Streamline", (7262,))
"""Streamline (DCM 113215)."""

StressTechnetiumRestTechnetium1DayProcedure: Final[Code] = Code(
    "DCM", "122784", "Stress technetium/rest technetium 1 day procedure", (3110,)
)
"""Stress technetium/rest technetium 1 day procedure (DCM 122784)."""

StretchedExponentialDiffusionModel: Final[Code] = Code(
    "DCM", "113254", "Stretched exponential diffusion model", (7273,)
)
"""Stretched exponential diffusion model (DCM 113254)."""

StripFilter: Final[Code] = Code("DCM", "113650", "Strip filter", (10007,))
"""Strip filter (DCM 113650)."""

Stripe: Final[Code] = Code("DCM", "112094", "Stripe", (6148,))
"""Stripe (DCM 112094)."""

StronglyPositive: Final[Code] = Code("DCM", "122755", "Strongly positive", (3231,))
"""Strongly positive (DCM 122755)."""

StronglyPositiveSTElevation: Final[Code] = Code(
    "DCM", "122756", "Strongly positive - ST elevation", (3231,)
)
"""Strongly positive - ST elevation (DCM 122756)."""

StructuralImageForImageProcessing: Final[Code] = Code(
    "DCM", "128250", "Structural image for image processing", (7202,)
)
"""Structural image for image processing (DCM 128250)."""

StructureOfTheFindingSite: Final[Code] = Code(
    "DCM", "125311", "Structure of the Finding Site", (12302,)
)
"""Structure of the Finding Site (DCM 125311)."""

StructuredReportDocument: Final[Code] = Code("DCM", "SR", "Structured Report Document", (32,))
"""Structured Report Document (DCM SR)."""

StudentTTest: Final[Code] = Code("DCM", "113068", "Student's T-test", (7180,))
"""Student's T-test (DCM 113068)."""

StudiesImported: Final[Code] = Code("DCM", "110027", "Studies Imported", (7008,))
"""Studies Imported (DCM 110027)."""

Study: Final[Code] = Code("DCM", "113014", "Study", (272, 7012, 10000))
"""Study (DCM 113014)."""

StudyInstanceUID: Final[Code] = Code("DCM", "110180", "Study Instance UID", (404, 10001))
"""Study Instance UID (DCM 110180)."""

StudyPerformedDidNotMatchRequest: Final[Code] = Code(
    "DCM", "130573", "Study performed did not match request", (6314,)
)
"""Study performed did not match request (DCM 130573)."""

SubjectiveRefraction: Final[Code] = Code("DCM", "SRF", "Subjective Refraction", (29,))
"""Subjective Refraction (DCM SRF)."""

SuboptimalContrastTiming: Final[Code] = Code(
    "DCM", "128554", "Suboptimal contrast timing", (10034,)
)
"""Suboptimal contrast timing (DCM 128554)."""

SuboptimalPatientPreparation: Final[Code] = Code(
    "DCM", "130575", "Suboptimal patient preparation", (6314,)
)
"""Suboptimal patient preparation (DCM 130575)."""

SubpleuralLine: Final[Code] = Code("DCM", "112115", "Subpleural line", (6103,))
"""Subpleural line (DCM 112115)."""

SubscapularFossa: Final[Code] = Code("DCM", "112098", "Subscapular Fossa", (6115,))
"""Subscapular Fossa (DCM 112098)."""

SubtractionImageMissing: Final[Code] = Code("DCM", "130581", "Subtraction image missing", (6317,))
"""Subtraction image missing (DCM 130581)."""

Succeeded: Final[Code] = Code("DCM", "111222", "Succeeded", (6042,))
"""Succeeded (DCM 111222)."""

SuggestiveOfMalignancyTakeAppropriateAction: Final[Code] = Code(
    "DCM", "111146", "Suggestive of malignancy - take appropriate action", (6029,)
)
"""Suggestive of malignancy - take appropriate action (DCM 111146)."""

SumOfSegmentedVoxelMethodForVolume: Final[Code] = Code(
    "DCM", "126030", "Sum of segmented voxel method for volume", (7474,)
)
"""Sum of segmented voxel method for volume (DCM 126030)."""

SuperficialRetinaStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128266", "Superficial retina structural reflectance map", (4271,)
)
"""Superficial retina structural reflectance map (DCM 128266)."""

SuperficialRetinaVasculatureFlow: Final[Code] = Code(
    "DCM", "128265", "Superficial retina vasculature flow", (4271,)
)
"""Superficial retina vasculature flow (DCM 128265)."""

SuperiorLongitudinalFasciculusI: Final[Code] = Code(
    "DCM", "110703", "superior longitudinal fasciculus I", (7703,)
)
"""superior longitudinal fasciculus I (DCM 110703)."""

SuperiorLongitudinalFasciculusII: Final[Code] = Code(
    "DCM", "110704", "superior longitudinal fasciculus II", (7703,)
)
"""superior longitudinal fasciculus II (DCM 110704)."""

SuperiorLongitudinalFasciculusIII: Final[Code] = Code(
    "DCM", "110705", "superior longitudinal fasciculus III", (7703,)
)
"""superior longitudinal fasciculus III (DCM 110705)."""

SuperolateralToInferomedial: Final[Code] = Code(
    "DCM", "111434", "Superolateral to inferomedial", (6065,)
)
"""Superolateral to inferomedial (DCM 111434)."""

SuperomedialToInferolateral: Final[Code] = Code(
    "DCM", "111435", "Superomedial to inferolateral", (6065,)
)
"""Superomedial to inferolateral (DCM 111435)."""

SurfaceBetweenInnerAndOuterSegmentsOfThePhotoreceptors: Final[Code] = Code(
    "DCM", "128295", "Surface between Inner and Outer Segments of the photoreceptors", (4273,)
)
"""Surface between Inner and Outer Segments of the photoreceptors (DCM 128295)."""

SurfaceContourMapping: Final[Code] = Code("DCM", "111792", "Surface contour mapping", (4245,))
"""Surface contour mapping (DCM 111792)."""

SurfaceOfTheCenterOfTheRPE: Final[Code] = Code(
    "DCM", "128298", "Surface of the center of the RPE", (4273,)
)
"""Surface of the center of the RPE (DCM 128298)."""

SurfaceOfTheChoroidScleraInterface: Final[Code] = Code(
    "DCM", "128301", "Surface of the choroid-sclera interface", (4273,)
)
"""Surface of the choroid-sclera interface (DCM 128301)."""

SurfaceOfTheInterdigitatingZoneBetweenRetinaAndRPE: Final[Code] = Code(
    "DCM", "128296", "Surface of the interdigitating zone between retina and RPE", (4273,)
)
"""Surface of the interdigitating zone between retina and RPE (DCM 128296)."""

SurfaceRendering: Final[Code] = Code("DCM", "113075", "Surface rendering", (7203,))
"""Surface rendering (DCM 113075)."""

SurgeonFactor: Final[Code] = Code("DCM", "111773", "Surgeon Factor", (4237,))
"""Surgeon Factor (DCM 111773)."""

SurgicalConsult: Final[Code] = Code("DCM", "111410", "Surgical consult", (6028, 6050))
"""Surgical consult (DCM 111410)."""

Survey: Final[Code] = Code("DCM", "111128", "Survey", (6061,))
"""Survey (DCM 111128)."""

SuspendProcedureAction: Final[Code] = Code("DCM", "121132", "Suspend Procedure Action", (3421,))
"""Suspend Procedure Action (DCM 121132)."""

Suvbsa: Final[Code] = Code("DCM", "126403", "SUVbsa", (7180,))
"""SUVbsa (DCM 126403)."""

Suvbw: Final[Code] = Code("DCM", "126401", "SUVbw", (7180,))
"""SUVbw (DCM 126401)."""

Suvibw: Final[Code] = Code("DCM", "126404", "SUVibw", (7180,))
"""SUVibw (DCM 126404)."""

Suvlbm: Final[Code] = Code("DCM", "126402", "SUVlbm", (7180,))
"""SUVlbm (DCM 126402)."""

SuvlbmJames128: Final[Code] = Code("DCM", "126406", "SUVlbm(James128)", (7180,))
"""SUVlbm(James128) (DCM 126406)."""

SuvlbmJanma: Final[Code] = Code("DCM", "126405", "SUVlbm(Janma)", (7180,))
"""SUVlbm(Janma) (DCM 126405)."""

SynchronizedRoboticTreatment: Final[Code] = Code(
    "DCM", "130139", "Synchronized Robotic Treatment", (9523,)
)
"""Synchronized Robotic Treatment (DCM 130139)."""

SynthesizingEquipment: Final[Code] = Code("DCM", "109100", "Synthesizing Equipment", (7005,))
"""Synthesizing Equipment (DCM 109100)."""

SyringeAttached: Final[Code] = Code("DCM", "130163", "Syringe attached", (71,))
"""Syringe attached (DCM 130163)."""

SyringeDetached: Final[Code] = Code("DCM", "130164", "Syringe detached", (71,))
"""Syringe detached (DCM 130164)."""

SystemCalculated: Final[Code] = Code("DCM", "113940", "System Calculated", (10020,))
"""System Calculated (DCM 113940)."""

SystemicFlow: Final[Code] = Code("DCM", "122162", "Systemic Flow", (3618,))
"""Systemic Flow (DCM 122162)."""

SystolicBloodVelocityMean: Final[Code] = Code(
    "DCM", "122203", "Systolic blood velocity, mean", (3612,)
)
"""Systolic blood velocity, mean (DCM 122203)."""

SystolicBloodVelocityPeak: Final[Code] = Code(
    "DCM", "122204", "Systolic blood velocity, peak", (3612,)
)
"""Systolic blood velocity, peak (DCM 122204)."""

T1: Final[Code] = Code("DCM", "113063", "T1", (7180,))
"""T1 (DCM 113063)."""

T1ByFixedValue: Final[Code] = Code("DCM", "126352", "T1 by Fixed Value", (4100,))
"""T1 by Fixed Value (DCM 126352)."""

T1ByInversionRecovery: Final[Code] = Code("DCM", "126351", "T1 by Inversion Recovery", (4100,))
"""T1 by Inversion Recovery (DCM 126351)."""

T1ByMultipleFlipAngles: Final[Code] = Code("DCM", "126350", "T1 by Multiple Flip Angles", (4100,))
"""T1 by Multiple Flip Angles (DCM 126350)."""

T1WeightedDynamicContrastEnhancedMRSignalIntensity: Final[Code] = Code(
    "DCM", "110816", "T1 Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T1 Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110816)."""

T1WeightedMRSignalIntensity: Final[Code] = Code(
    "DCM", "110804", "T1 Weighted MR Signal Intensity", (6311, 7180)
)
"""T1 Weighted MR Signal Intensity (DCM 110804)."""

T1Worst: Final[Code] = Code("DCM", "122367", "T-1 Worst", (3493,))
"""T-1 Worst (DCM 122367)."""

T2Secondary: Final[Code] = Code("DCM", "122368", "T-2 Secondary", (3493,))
"""T-2 Secondary (DCM 122368)."""

T2WeightedDynamicContrastEnhancedMRSignalIntensity_110817: Final[Code] = Code(
    "DCM", "110817", "T2 Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T2 Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110817)."""

T2WeightedDynamicContrastEnhancedMRSignalIntensity_110818: Final[Code] = Code(
    "DCM", "110818", "T2* Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T2* Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110818)."""

T2WeightedMRSignalIntensity_110805: Final[Code] = Code(
    "DCM", "110805", "T2 Weighted MR Signal Intensity", (6311, 7180)
)
"""T2 Weighted MR Signal Intensity (DCM 110805)."""

T2WeightedMRSignalIntensity_110806: Final[Code] = Code(
    "DCM", "110806", "T2* Weighted MR Signal Intensity", (7180,)
)
"""T2* Weighted MR Signal Intensity (DCM 110806)."""

T2_113064: Final[Code] = Code("DCM", "113064", "T2*", (7180,))
"""T2* (DCM 113064)."""

T2_113065: Final[Code] = Code("DCM", "113065", "T2", (7180,))
"""T2 (DCM 113065)."""

T3Secondary: Final[Code] = Code("DCM", "122369", "T-3 Secondary", (3493,))
"""T-3 Secondary (DCM 122369)."""

T4Secondary: Final[Code] = Code("DCM", "122370", "T-4 Secondary", (3493,))
"""T-4 Secondary (DCM 122370)."""

T807F18: Final[Code] = Code("DCM", "126502", "T807 F^18^", (4021,))
"""T807 F^18^ (DCM 126502)."""

TBISetupMethod: Final[Code] = Code("DCM", "130632", "TBI Setup Method", (9571,))
"""TBI Setup Method (DCM 130632)."""

TEND: Final[Code] = Code("DCM", "113216", "TEND", (7262,))
"""TEND (DCM 113216)."""

TG18ADPattern: Final[Code] = Code("DCM", "109845", "TG18-AD Pattern", (8301,))
"""TG18-AD Pattern (DCM 109845)."""

TG18AFCPattern: Final[Code] = Code("DCM", "109861", "TG18-AFC Pattern", (8301,))
"""TG18-AFC Pattern (DCM 109861)."""

TG18BRPattern: Final[Code] = Code("DCM", "109802", "TG18-BR Pattern", (8301,))
"""TG18-BR Pattern (DCM 109802)."""

TG18CHImage: Final[Code] = Code("DCM", "109878", "TG18-CH Image", (8301,))
"""TG18-CH Image (DCM 109878)."""

TG18CTPattern: Final[Code] = Code("DCM", "109804", "TG18-CT Pattern", (8301,))
"""TG18-CT Pattern (DCM 109804)."""

TG18CXPattern: Final[Code] = Code("DCM", "109854", "TG18-CX Pattern", (8301,))
"""TG18-CX Pattern (DCM 109854)."""

TG18GA03Pattern: Final[Code] = Code("DCM", "109870", "TG18-GA03 Pattern", (8301,))
"""TG18-GA03 Pattern (DCM 109870)."""

TG18GA05Pattern: Final[Code] = Code("DCM", "109871", "TG18-GA05 Pattern", (8301,))
"""TG18-GA05 Pattern (DCM 109871)."""

TG18GA08Pattern: Final[Code] = Code("DCM", "109872", "TG18-GA08 Pattern", (8301,))
"""TG18-GA08 Pattern (DCM 109872)."""

TG18GA10Pattern: Final[Code] = Code("DCM", "109873", "TG18-GA10 Pattern", (8301,))
"""TG18-GA10 Pattern (DCM 109873)."""

TG18GA15Pattern: Final[Code] = Code("DCM", "109874", "TG18-GA15 Pattern", (8301,))
"""TG18-GA15 Pattern (DCM 109874)."""

TG18GA20Pattern: Final[Code] = Code("DCM", "109875", "TG18-GA20 Pattern", (8301,))
"""TG18-GA20 Pattern (DCM 109875)."""

TG18GA25Pattern: Final[Code] = Code("DCM", "109876", "TG18-GA25 Pattern", (8301,))
"""TG18-GA25 Pattern (DCM 109876)."""

TG18GA30Pattern: Final[Code] = Code("DCM", "109877", "TG18-GA30 Pattern", (8301,))
"""TG18-GA30 Pattern (DCM 109877)."""

TG18GQBPattern: Final[Code] = Code("DCM", "109869", "TG18-GQB Pattern", (8301,))
"""TG18-GQB Pattern (DCM 109869)."""

TG18GQNPattern: Final[Code] = Code("DCM", "109868", "TG18-GQN Pattern", (8301,))
"""TG18-GQN Pattern (DCM 109868)."""

TG18GQPattern: Final[Code] = Code("DCM", "109867", "TG18-GQ Pattern", (8301,))
"""TG18-GQ Pattern (DCM 109867)."""

TG18GVNPattern: Final[Code] = Code("DCM", "109866", "TG18-GVN Pattern", (8301,))
"""TG18-GVN Pattern (DCM 109866)."""

TG18GVPattern: Final[Code] = Code("DCM", "109865", "TG18-GV Pattern", (8301,))
"""TG18-GV Pattern (DCM 109865)."""

TG18KNImage: Final[Code] = Code("DCM", "109879", "TG18-KN Image", (8301,))
"""TG18-KN Image (DCM 109879)."""

TG18LN1201Pattern: Final[Code] = Code("DCM", "109823", "TG18-LN12-01 Pattern", (8301,))
"""TG18-LN12-01 Pattern (DCM 109823)."""

TG18LN1202Pattern: Final[Code] = Code("DCM", "109824", "TG18-LN12-02 Pattern", (8301,))
"""TG18-LN12-02 Pattern (DCM 109824)."""

TG18LN1203Pattern: Final[Code] = Code("DCM", "109825", "TG18-LN12-03 Pattern", (8301,))
"""TG18-LN12-03 Pattern (DCM 109825)."""

TG18LN1204Pattern: Final[Code] = Code("DCM", "109826", "TG18-LN12-04 Pattern", (8301,))
"""TG18-LN12-04 Pattern (DCM 109826)."""

TG18LN1205Pattern: Final[Code] = Code("DCM", "109827", "TG18-LN12-05 Pattern", (8301,))
"""TG18-LN12-05 Pattern (DCM 109827)."""

TG18LN1206Pattern: Final[Code] = Code("DCM", "109828", "TG18-LN12-06 Pattern", (8301,))
"""TG18-LN12-06 Pattern (DCM 109828)."""

TG18LN1207Pattern: Final[Code] = Code("DCM", "109829", "TG18-LN12-07 Pattern", (8301,))
"""TG18-LN12-07 Pattern (DCM 109829)."""

TG18LN1208Pattern: Final[Code] = Code("DCM", "109830", "TG18-LN12-08 Pattern", (8301,))
"""TG18-LN12-08 Pattern (DCM 109830)."""

TG18LN1209Pattern: Final[Code] = Code("DCM", "109831", "TG18-LN12-09 Pattern", (8301,))
"""TG18-LN12-09 Pattern (DCM 109831)."""

TG18LN1210Pattern: Final[Code] = Code("DCM", "109832", "TG18-LN12-10 Pattern", (8301,))
"""TG18-LN12-10 Pattern (DCM 109832)."""

TG18LN1211Pattern: Final[Code] = Code("DCM", "109833", "TG18-LN12-11 Pattern", (8301,))
"""TG18-LN12-11 Pattern (DCM 109833)."""

TG18LN1212Pattern: Final[Code] = Code("DCM", "109834", "TG18-LN12-12 Pattern", (8301,))
"""TG18-LN12-12 Pattern (DCM 109834)."""

TG18LN1213Pattern: Final[Code] = Code("DCM", "109835", "TG18-LN12-13 Pattern", (8301,))
"""TG18-LN12-13 Pattern (DCM 109835)."""

TG18LN1214Pattern: Final[Code] = Code("DCM", "109836", "TG18-LN12-14 Pattern", (8301,))
"""TG18-LN12-14 Pattern (DCM 109836)."""

TG18LN1215Pattern: Final[Code] = Code("DCM", "109837", "TG18-LN12-15 Pattern", (8301,))
"""TG18-LN12-15 Pattern (DCM 109837)."""

TG18LN1216Pattern: Final[Code] = Code("DCM", "109838", "TG18-LN12-16 Pattern", (8301,))
"""TG18-LN12-16 Pattern (DCM 109838)."""

TG18LN1217Pattern: Final[Code] = Code("DCM", "109839", "TG18-LN12-17 Pattern", (8301,))
"""TG18-LN12-17 Pattern (DCM 109839)."""

TG18LN1218Pattern: Final[Code] = Code("DCM", "109840", "TG18-LN12-18 Pattern", (8301,))
"""TG18-LN12-18 Pattern (DCM 109840)."""

TG18LN801Pattern: Final[Code] = Code("DCM", "109805", "TG18-LN8-01 Pattern", (8301,))
"""TG18-LN8-01 Pattern (DCM 109805)."""

TG18LN802Pattern: Final[Code] = Code("DCM", "109806", "TG18-LN8-02 Pattern", (8301,))
"""TG18-LN8-02 Pattern (DCM 109806)."""

TG18LN803Pattern: Final[Code] = Code("DCM", "109807", "TG18-LN8-03 Pattern", (8301,))
"""TG18-LN8-03 Pattern (DCM 109807)."""

TG18LN804Pattern: Final[Code] = Code("DCM", "109808", "TG18-LN8-04 Pattern", (8301,))
"""TG18-LN8-04 Pattern (DCM 109808)."""

TG18LN805Pattern: Final[Code] = Code("DCM", "109809", "TG18-LN8-05 Pattern", (8301,))
"""TG18-LN8-05 Pattern (DCM 109809)."""

TG18LN806Pattern: Final[Code] = Code("DCM", "109810", "TG18-LN8-06 Pattern", (8301,))
"""TG18-LN8-06 Pattern (DCM 109810)."""

TG18LN807Pattern: Final[Code] = Code("DCM", "109811", "TG18-LN8-07 Pattern", (8301,))
"""TG18-LN8-07 Pattern (DCM 109811)."""

TG18LN808Pattern: Final[Code] = Code("DCM", "109812", "TG18-LN8-08 Pattern", (8301,))
"""TG18-LN8-08 Pattern (DCM 109812)."""

TG18LN809Pattern: Final[Code] = Code("DCM", "109813", "TG18-LN8-09 Pattern", (8301,))
"""TG18-LN8-09 Pattern (DCM 109813)."""

TG18LN810Pattern: Final[Code] = Code("DCM", "109814", "TG18-LN8-10 Pattern", (8301,))
"""TG18-LN8-10 Pattern (DCM 109814)."""

TG18LN811Pattern: Final[Code] = Code("DCM", "109815", "TG18-LN8-11 Pattern", (8301,))
"""TG18-LN8-11 Pattern (DCM 109815)."""

TG18LN812Pattern: Final[Code] = Code("DCM", "109816", "TG18-LN8-12 Pattern", (8301,))
"""TG18-LN8-12 Pattern (DCM 109816)."""

TG18LN813Pattern: Final[Code] = Code("DCM", "109817", "TG18-LN8-13 Pattern", (8301,))
"""TG18-LN8-13 Pattern (DCM 109817)."""

TG18LN814Pattern: Final[Code] = Code("DCM", "109818", "TG18-LN8-14 Pattern", (8301,))
"""TG18-LN8-14 Pattern (DCM 109818)."""

TG18LN815Pattern: Final[Code] = Code("DCM", "109819", "TG18-LN8-15 Pattern", (8301,))
"""TG18-LN8-15 Pattern (DCM 109819)."""

TG18LN816Pattern: Final[Code] = Code("DCM", "109820", "TG18-LN8-16 Pattern", (8301,))
"""TG18-LN8-16 Pattern (DCM 109820)."""

TG18LN817Pattern: Final[Code] = Code("DCM", "109821", "TG18-LN8-17 Pattern", (8301,))
"""TG18-LN8-17 Pattern (DCM 109821)."""

TG18LN818Pattern: Final[Code] = Code("DCM", "109822", "TG18-LN8-18 Pattern", (8301,))
"""TG18-LN8-18 Pattern (DCM 109822)."""

TG18LPH10Pattern: Final[Code] = Code("DCM", "109855", "TG18-LPH10 Pattern", (8301,))
"""TG18-LPH10 Pattern (DCM 109855)."""

TG18LPH50Pattern: Final[Code] = Code("DCM", "109856", "TG18-LPH50 Pattern", (8301,))
"""TG18-LPH50 Pattern (DCM 109856)."""

TG18LPH89Pattern: Final[Code] = Code("DCM", "109857", "TG18-LPH89 Pattern", (8301,))
"""TG18-LPH89 Pattern (DCM 109857)."""

TG18LPV10Pattern: Final[Code] = Code("DCM", "109858", "TG18-LPV10 Pattern", (8301,))
"""TG18-LPV10 Pattern (DCM 109858)."""

TG18LPV50Pattern: Final[Code] = Code("DCM", "109859", "TG18-LPV50 Pattern", (8301,))
"""TG18-LPV50 Pattern (DCM 109859)."""

TG18LPV89Pattern: Final[Code] = Code("DCM", "109860", "TG18-LPV89 Pattern", (8301,))
"""TG18-LPV89 Pattern (DCM 109860)."""

TG18MM1Image: Final[Code] = Code("DCM", "109880", "TG18-MM1 Image", (8301,))
"""TG18-MM1 Image (DCM 109880)."""

TG18MM2Image: Final[Code] = Code("DCM", "109881", "TG18-MM2 Image", (8301,))
"""TG18-MM2 Image (DCM 109881)."""

TG18MPPattern: Final[Code] = Code("DCM", "109846", "TG18-MP Pattern", (8301,))
"""TG18-MP Pattern (DCM 109846)."""

TG18NS10Pattern: Final[Code] = Code("DCM", "109862", "TG18-NS10 Pattern", (8301,))
"""TG18-NS10 Pattern (DCM 109862)."""

TG18NS50Pattern: Final[Code] = Code("DCM", "109863", "TG18-NS50 Pattern", (8301,))
"""TG18-NS50 Pattern (DCM 109863)."""

TG18NS89Pattern: Final[Code] = Code("DCM", "109864", "TG18-NS89 Pattern", (8301,))
"""TG18-NS89 Pattern (DCM 109864)."""

TG18PQCPattern: Final[Code] = Code("DCM", "109803", "TG18-PQC Pattern", (8301,))
"""TG18-PQC Pattern (DCM 109803)."""

TG18PXPattern: Final[Code] = Code("DCM", "109853", "TG18-PX Pattern", (8301,))
"""TG18-PX Pattern (DCM 109853)."""

TG18QCPattern: Final[Code] = Code("DCM", "109801", "TG18-QC Pattern", (8301,))
"""TG18-QC Pattern (DCM 109801)."""

TG18RH10Pattern: Final[Code] = Code("DCM", "109847", "TG18-RH10 Pattern", (8301,))
"""TG18-RH10 Pattern (DCM 109847)."""

TG18RH50Pattern: Final[Code] = Code("DCM", "109848", "TG18-RH50 Pattern", (8301,))
"""TG18-RH50 Pattern (DCM 109848)."""

TG18RH89Pattern: Final[Code] = Code("DCM", "109849", "TG18-RH89 Pattern", (8301,))
"""TG18-RH89 Pattern (DCM 109849)."""

TG18RV10Pattern: Final[Code] = Code("DCM", "109850", "TG18-RV10 Pattern", (8301,))
"""TG18-RV10 Pattern (DCM 109850)."""

TG18RV50Pattern: Final[Code] = Code("DCM", "109851", "TG18-RV50 Pattern", (8301,))
"""TG18-RV50 Pattern (DCM 109851)."""

TG18RV89Pattern: Final[Code] = Code("DCM", "109852", "TG18-RV89 Pattern", (8301,))
"""TG18-RV89 Pattern (DCM 109852)."""

TG18UN10Pattern: Final[Code] = Code("DCM", "109841", "TG18-UN10 Pattern", (8301,))
"""TG18-UN10 Pattern (DCM 109841)."""

TG18UN80Pattern: Final[Code] = Code("DCM", "109842", "TG18-UN80 Pattern", (8301,))
"""TG18-UN80 Pattern (DCM 109842)."""

TG18UNL10Pattern: Final[Code] = Code("DCM", "109843", "TG18-UNL10 Pattern", (8301, 8302))
"""TG18-UNL10 Pattern (DCM 109843)."""

TG18UNL80Pattern: Final[Code] = Code("DCM", "109844", "TG18-UNL80 Pattern", (8301, 8302))
"""TG18-UNL80 Pattern (DCM 109844)."""

TRC10589Zr: Final[Code] = Code("DCM", "126749", "TRC105 ^89^Zr", (4021,))
"""TRC105 ^89^Zr (DCM 126749)."""

TSPyramid: Final[Code] = Code("DCM", "122564", "TS Pyramid", (3453,))
"""TS Pyramid (DCM 122564)."""

TWave: Final[Code] = Code("DCM", "109051", "T wave", (3339,))
"""T wave (DCM 109051)."""

Table: Final[Code] = Code("DCM", "128459", "Table", (10066,))
"""Table (DCM 128459)."""

TableCore: Final[Code] = Code("DCM", "128460", "Table Core", (10066,))
"""Table Core (DCM 128460)."""

TableHeightEndPosition: Final[Code] = Code("DCM", "113761", "Table Height End Position", (10008,))
"""Table Height End Position (DCM 113761)."""

TableHeightPosition: Final[Code] = Code("DCM", "113753", "Table Height Position", (10008,))
"""Table Height Position (DCM 113753)."""

TableLateralEndPosition: Final[Code] = Code("DCM", "113760", "Table Lateral End Position", (10008,))
"""Table Lateral End Position (DCM 113760)."""

TableLateralPosition: Final[Code] = Code("DCM", "113752", "Table Lateral Position", (10008,))
"""Table Lateral Position (DCM 113752)."""

TableLongitudinalEndPosition: Final[Code] = Code(
    "DCM", "113759", "Table Longitudinal End Position", (10008,)
)
"""Table Longitudinal End Position (DCM 113759)."""

TableLongitudinalPosition: Final[Code] = Code(
    "DCM", "113751", "Table Longitudinal Position", (10008,)
)
"""Table Longitudinal Position (DCM 113751)."""

TableMount: Final[Code] = Code("DCM", "113952", "Table Mount", (10031,))
"""Table Mount (DCM 113952)."""

TableOfValues: Final[Code] = Code("DCM", "121424", "Table of Values", (228,))
"""Table of Values (DCM 121424)."""

TableOfValuesCitation: Final[Code] = Code("DCM", "121422", "Table of Values Citation", (228,))
"""Table of Values Citation (DCM 121422)."""

TableOuterLiner: Final[Code] = Code("DCM", "128461", "Table Outer Liner", (10066,))
"""Table Outer Liner (DCM 128461)."""

TablePad: Final[Code] = Code("DCM", "128462", "Table Pad", (10066,))
"""Table Pad (DCM 128462)."""

TableXEndPositionToIsocenter: Final[Code] = Code(
    "DCM", "128769", "Table X End Position to Isocenter", (10008,)
)
"""Table X End Position to Isocenter (DCM 128769)."""

TableXPositionToIsocenter: Final[Code] = Code(
    "DCM", "128766", "Table X Position to Isocenter", (10008,)
)
"""Table X Position to Isocenter (DCM 128766)."""

TableYEndPositionToIsocenter: Final[Code] = Code(
    "DCM", "128770", "Table Y End Position to Isocenter", (10008,)
)
"""Table Y End Position to Isocenter (DCM 128770)."""

TableYPositionToIsocenter: Final[Code] = Code(
    "DCM", "128767", "Table Y Position to Isocenter", (10008,)
)
"""Table Y Position to Isocenter (DCM 128767)."""

TableZEndPositionToIsocenter: Final[Code] = Code(
    "DCM", "128771", "Table Z End Position to Isocenter", (10008,)
)
"""Table Z End Position to Isocenter (DCM 128771)."""

TableZPositionToIsocenter: Final[Code] = Code(
    "DCM", "128768", "Table Z Position to Isocenter", (10008,)
)
"""Table Z Position to Isocenter (DCM 128768)."""

TabularDataAlgorithm: Final[Code] = Code("DCM", "128479", "Tabular Data Algorithm", (10068,))
"""Tabular Data Algorithm (DCM 128479)."""

TapTestBegin: Final[Code] = Code("DCM", "130895", "Tap test begin", (3039,))
"""Tap test begin (DCM 130895)."""

TapTestEnd: Final[Code] = Code("DCM", "130896", "Tap test end", (3039,))
"""Tap test end (DCM 130896)."""

TargestarB: Final[Code] = Code("DCM", "125907", "Targestar-B", (12030,))
"""Targestar-B (DCM 125907)."""

TargestarP: Final[Code] = Code("DCM", "125908", "Targestar-P", (12030,))
"""Targestar-P (DCM 125908)."""

Target: Final[Code] = Code("DCM", "112162", "Target", (6132,))
"""Target (DCM 112162)."""

TargetContainedInTheSpecimen: Final[Code] = Code(
    "DCM", "111443", "Target contained in the specimen", (6066,)
)
"""Target contained in the specimen (DCM 111443)."""

TargetContentItemsAreRelatedContraLaterally: Final[Code] = Code(
    "DCM", "111155", "Target Content Items are related contra-laterally", (6035,)
)
"""Target Content Items are related contra-laterally (DCM 111155)."""

TargetContentItemsAreRelatedSpatially: Final[Code] = Code(
    "DCM", "111154", "Target Content Items are related spatially", (6035,)
)
"""Target Content Items are related spatially (DCM 111154)."""

TargetContentItemsAreRelatedTemporally: Final[Code] = Code(
    "DCM", "111153", "Target Content Items are related temporally", (6035,)
)
"""Target Content Items are related temporally (DCM 111153)."""

TargetLesionAtBaseline: Final[Code] = Code("DCM", "112074", "Target Lesion at Baseline", (6145,))
"""Target Lesion at Baseline (DCM 112074)."""

TargetLesionCompleteResponse: Final[Code] = Code(
    "DCM", "112041", "Target Lesion Complete Response", (6144,)
)
"""Target Lesion Complete Response (DCM 112041)."""

TargetLesionPartialResponse: Final[Code] = Code(
    "DCM", "112042", "Target Lesion Partial Response", (6144,)
)
"""Target Lesion Partial Response (DCM 112042)."""

TargetLesionProgressiveDisease: Final[Code] = Code(
    "DCM", "112043", "Target Lesion Progressive Disease", (6144,)
)
"""Target Lesion Progressive Disease (DCM 112043)."""

TargetLesionStableDisease: Final[Code] = Code(
    "DCM", "112044", "Target Lesion Stable Disease", (6144,)
)
"""Target Lesion Stable Disease (DCM 112044)."""

TargetNotInTheSpecimen: Final[Code] = Code("DCM", "111445", "Target not in the specimen", (6066,))
"""Target not in the specimen (DCM 111445)."""

TargetPartiallyObtainedInTheSpecimen: Final[Code] = Code(
    "DCM", "111444", "Target partially obtained in the specimen", (6066,)
)
"""Target partially obtained in the specimen (DCM 111444)."""

Targeted: Final[Code] = Code("DCM", "111127", "Targeted", (6061,))
"""Targeted (DCM 111127)."""

Tau: Final[Code] = Code("DCM", "109072", "Tau", (3337, 3613, 12254))
"""Tau (DCM 109072)."""

TauM: Final[Code] = Code("DCM", "126330", "tau_m", (4107,))
"""tau_m (DCM 126330)."""

TechNote: Final[Code] = Code("DCM", "121171", "Tech Note", (3401,))
"""Tech Note (DCM 121171)."""

TechnicalFactorsMissing: Final[Code] = Code("DCM", "111194", "Technical factors missing", (6041,))
"""Technical factors missing (DCM 111194)."""

Teichholz: Final[Code] = Code("DCM", "125209", "Teichholz", (12228,))
"""Teichholz (DCM 125209)."""

TemperatureEncoded: Final[Code] = Code("DCM", "113067", "Temperature encoded", (7180,))
"""Temperature encoded (DCM 113067)."""

TemporalDerivativeExceedsThreshold: Final[Code] = Code(
    "DCM", "126373", "Temporal Derivative Exceeds Threshold", (4104,)
)
"""Temporal Derivative Exceeds Threshold (DCM 126373)."""

TemporalDerivativeThreshold: Final[Code] = Code(
    "DCM", "126374", "Temporal Derivative Threshold", (4109,)
)
"""Temporal Derivative Threshold (DCM 126374)."""

TemporalPredecessor: Final[Code] = Code("DCM", "121348", "Temporal Predecessor", (7201,))
"""Temporal Predecessor (DCM 121348)."""

TemporalSuccessor: Final[Code] = Code("DCM", "121349", "Temporal Successor", (7201,))
"""Temporal Successor (DCM 121349)."""

TemporallyRelatedFramesExtractedFromTheSetOfVolumes: Final[Code] = Code(
    "DCM", "113092", "Temporally-related frames extracted from the set of volumes", (7203,)
)
"""Temporally-related frames extracted from the set of volumes (DCM 113092)."""

TerminatedByScanner: Final[Code] = Code("DCM", "130177", "Terminated by scanner", (67, 71))
"""Terminated by scanner (DCM 130177)."""

TerminatedDueToAirDetected: Final[Code] = Code(
    "DCM", "130176", "Terminated due to air detected", (67, 71)
)
"""Terminated due to air detected (DCM 130176)."""

TerminatedDueToConsumableRemoval: Final[Code] = Code(
    "DCM", "130179", "Terminated due to consumable removal", (67, 71)
)
"""Terminated due to consumable removal (DCM 130179)."""

TerminatedDueToCriticalBatteryLevel: Final[Code] = Code(
    "DCM", "130178", "Terminated due to critical battery level", (67, 71)
)
"""Terminated due to critical battery level (DCM 130178)."""

TerminatedDueToExcessiveDurationPause: Final[Code] = Code(
    "DCM", "130158", "Terminated due to excessive duration pause", (67, 71)
)
"""Terminated due to excessive duration pause (DCM 130158)."""

TerminatedDueToFlowRateAboveTerminationLimit: Final[Code] = Code(
    "DCM", "130157", "Terminated due to flow rate above termination limit", (67, 71)
)
"""Terminated due to flow rate above termination limit (DCM 130157)."""

TerminatedDueToInjectorCommunicationLoss: Final[Code] = Code(
    "DCM", "130159", "Terminated due to injector communication loss", (67, 71)
)
"""Terminated due to injector communication loss (DCM 130159)."""

TerminatedDueToPressureAboveTerminationLimit: Final[Code] = Code(
    "DCM", "130156", "Terminated due to pressure above termination limit", (67, 71)
)
"""Terminated due to pressure above termination limit (DCM 130156)."""

TerminatedDueToRequestFromOperator: Final[Code] = Code(
    "DCM", "130154", "Terminated due to request from operator", (67, 71)
)
"""Terminated due to request from operator (DCM 130154)."""

TerminatedDueToUnspecifiedInjectorFailure: Final[Code] = Code(
    "DCM", "130160", "Terminated due to unspecified injector failure", (67, 71)
)
"""Terminated due to unspecified injector failure (DCM 130160)."""

TerminatedHoldDueToTimeout: Final[Code] = Code(
    "DCM", "130269", "Terminated hold due to timeout", (71,)
)
"""Terminated hold due to timeout (DCM 130269)."""

TextureMap: Final[Code] = Code("DCM", "TEXTUREMAP", "Texture Map", (32,))
"""Texture Map (DCM TEXTUREMAP)."""

ThermalImager: Final[Code] = Code("DCM", "130647", "Thermal Imager", (9575,))
"""Thermal Imager (DCM 130647)."""

Thermography: Final[Code] = Code("DCM", "TG", "Thermography", (29,))
"""Thermography (DCM TG)."""

ThicknessDeviationCategoryFromNormativeData: Final[Code] = Code(
    "DCM", "111931", "Thickness deviation category from normative data", (4263,)
)
"""Thickness deviation category from normative data (DCM 111931)."""

ThicknessDeviationFromNormativeData: Final[Code] = Code(
    "DCM", "111932", "Thickness deviation from normative data", (4263,)
)
"""Thickness deviation from normative data (DCM 111932)."""

ThinningMyocardium: Final[Code] = Code("DCM", "122114", "Thinning Myocardium", (3704,))
"""Thinning Myocardium (DCM 122114)."""

ThoracicImagingSpecialty: Final[Code] = Code("DCM", "128015", "Thoracic Imaging Specialty", (7449,))
"""Thoracic Imaging Specialty (DCM 128015)."""

ThoracicRadiology: Final[Code] = Code("DCM", "128179", "Thoracic Radiology", (7030,))
"""Thoracic Radiology (DCM 128179)."""

ThoracicRespiratoryEffort: Final[Code] = Code(
    "DCM", "130431", "Thoracic Respiratory Effort", (3005,)
)
"""Thoracic Respiratory Effort (DCM 130431)."""

ThoracicRespiratoryInductance: Final[Code] = Code(
    "DCM", "130427", "Thoracic Respiratory Inductance", (3005,)
)
"""Thoracic Respiratory Inductance (DCM 130427)."""

ThoracicRespiratoryPVDF: Final[Code] = Code("DCM", "130429", "Thoracic Respiratory PVDF", (3005,))
"""Thoracic Respiratory PVDF (DCM 130429)."""

ThreeDimensionalMethod: Final[Code] = Code("DCM", "112189", "Three-dimensional method", (6140,))
"""Three-dimensional method (DCM 112189)."""

ThresholdRelated: Final[Code] = Code("DCM", "111839", "Threshold related", (4252,))
"""Threshold related (DCM 111839)."""

ThroughTransducerIllumination: Final[Code] = Code(
    "DCM", "130813", "Through-transducer illumination", (11001,)
)
"""Through-transducer illumination (DCM 130813)."""

Time: Final[Code] = Code("DCM", "110858", "Time", (7182,))
"""Time (DCM 110858)."""

TimeCourseOfSignal: Final[Code] = Code("DCM", "113066", "Time course of signal", (7180,))
"""Time course of signal (DCM 113066)."""

TimeDomain: Final[Code] = Code("DCM", "111920", "Time domain", (4261,))
"""Time domain (DCM 111920)."""

TimeOfFlight: Final[Code] = Code("DCM", "114201", "Time of flight", (8201,))
"""Time of flight (DCM 114201)."""

TimeOfFlightAngioMRSignalIntensity: Final[Code] = Code(
    "DCM", "110802", "Time Of Flight Angio MR Signal Intensity", (7180,)
)
"""Time Of Flight Angio MR Signal Intensity (DCM 110802)."""

TimeOfLeadingHalfPeakConcentration: Final[Code] = Code(
    "DCM", "126372", "Time of Leading Half-Peak Concentration", (4104, 4109)
)
"""Time of Leading Half-Peak Concentration (DCM 126372)."""

TimeOfPeakConcentration: Final[Code] = Code(
    "DCM", "126370", "Time of Peak Concentration", (4104, 4109)
)
"""Time of Peak Concentration (DCM 126370)."""

TimeToPeak: Final[Code] = Code("DCM", "113069", "Time To Peak", (4108, 4109))
"""Time To Peak (DCM 113069)."""

TimeToPeakLongitudinalLagrangianStrain: Final[Code] = Code(
    "DCM", "130672", "Time to Peak Longitudinal Lagrangian Strain", (12311,)
)
"""Time to Peak Longitudinal Lagrangian Strain (DCM 130672)."""

TimerInterlock: Final[Code] = Code("DCM", "130477", "Timer Interlock", (9568,))
"""Timer Interlock (DCM 130477)."""

TissueAirRatio: Final[Code] = Code("DCM", "128433", "Tissue Air Ratio", (10069,))
"""Tissue Air Ratio (DCM 128433)."""

TissueFraction: Final[Code] = Code("DCM", "128526", "Tissue Fraction", (10069,))
"""Tissue Fraction (DCM 128526)."""

TissueNotOfInterest: Final[Code] = Code("DCM", "130751", "Tissue not of interest", (7165,))
"""Tissue not of interest (DCM 130751)."""

TissueVelocity: Final[Code] = Code("DCM", "110827", "Tissue Velocity", (7180,))
"""Tissue Velocity (DCM 110827)."""

TitaniumAlloyTitaniumMolybdenum15Zirconium5Aluminium3: Final[Code] = Code(
    "DCM", "130736", "Titanium alloy (Titanium Molybdenum-15 Zirconium-5 Aluminium-3)", (7300,)
)
"""Titanium alloy (Titanium Molybdenum-15 Zirconium-5 Aluminium-3) (DCM 130736)."""

Title21CFRSection900SubpartB: Final[Code] = Code(
    "DCM", "111239", "Title 21 CFR Section 900, Subpart B", (6045,)
)
"""Title 21 CFR Section 900, Subpart B (DCM 111239)."""

Tmax: Final[Code] = Code("DCM", "113084", "Tmax", (4108,))
"""Tmax (DCM 113084)."""

TooSmall: Final[Code] = Code("DCM", "112133", "Too small", (6118,))
"""Too small (DCM 112133)."""

ToolFabrication: Final[Code] = Code("DCM", "129014", "Tool Fabrication", (7064,))
"""Tool Fabrication (DCM 129014)."""

TopographicBeam: Final[Code] = Code("DCM", "130109", "Topographic Beam", (9512,))
"""Topographic Beam (DCM 130109)."""

TotalBodyIrradiation: Final[Code] = Code("DCM", "130341", "Total Body Irradiation", (9543,))
"""Total Body Irradiation (DCM 130341)."""

TotalCholesterolScoreSheetForMen: Final[Code] = Code(
    "DCM", "122235", "Total Cholesterol Score Sheet for Men", (3668,)
)
"""Total Cholesterol Score Sheet for Men (DCM 122235)."""

TotalCholesterolScoreSheetForWomen: Final[Code] = Code(
    "DCM", "122236", "Total Cholesterol Score Sheet for Women", (3668,)
)
"""Total Cholesterol Score Sheet for Women (DCM 122236)."""

TotalCorneaPowerMeasurementMethod: Final[Code] = Code(
    "DCM", "111758", "Total Cornea Power Measurement Method", (4242,)
)
"""Total Cornea Power Measurement Method (DCM 111758)."""

TotalFluoroTime: Final[Code] = Code("DCM", "113730", "Total Fluoro Time", (10050,))
"""Total Fluoro Time (DCM 113730)."""

TotalInternalReflectionFluorescence: Final[Code] = Code(
    "DCM", "111749", "Total internal reflection fluorescence", (8123,)
)
"""Total internal reflection fluorescence (DCM 111749)."""

TotalLesionGlycolysis: Final[Code] = Code("DCM", "126033", "Total Lesion Glycolysis", (7466,))
"""Total Lesion Glycolysis (DCM 126033)."""

TotalLesionProliferation: Final[Code] = Code("DCM", "126035", "Total Lesion Proliferation", (7466,))
"""Total Lesion Proliferation (DCM 126035)."""

TotalNumberOfRadiographicFrames: Final[Code] = Code(
    "DCM", "113731", "Total Number of Radiographic Frames", (10050,)
)
"""Total Number of Radiographic Frames (DCM 113731)."""

TotalPlaqueVolume: Final[Code] = Code("DCM", "122376", "Total Plaque Volume", (3485,))
"""Total Plaque Volume (DCM 122376)."""

TotalPulmonaryResistance: Final[Code] = Code("DCM", "122215", "Total Pulmonary Resistance", (3619,))
"""Total Pulmonary Resistance (DCM 122215)."""

TotalRetinalThicknessILMToBM: Final[Code] = Code(
    "DCM", "111929", "Total retinal thickness (ILM to BM)", (4262,)
)
"""Total retinal thickness (ILM to BM) (DCM 111929)."""

TotalRetinalThicknessILMToISOS: Final[Code] = Code(
    "DCM", "111927", "Total retinal thickness (ILM to IS-OS)", (4262,)
)
"""Total retinal thickness (ILM to IS-OS) (DCM 111927)."""

TotalRetinalThicknessILMToRPE: Final[Code] = Code(
    "DCM", "111928", "Total retinal thickness (ILM to RPE)", (4262,)
)
"""Total retinal thickness (ILM to RPE) (DCM 111928)."""

TotalSkinIrradiation: Final[Code] = Code("DCM", "130342", "Total Skin Irradiation", (9543,))
"""Total Skin Irradiation (DCM 130342)."""

TotalVascularResistance: Final[Code] = Code("DCM", "122216", "Total Vascular Resistance", (3619,))
"""Total Vascular Resistance (DCM 122216)."""

Trace: Final[Code] = Code("DCM", "113201", "Trace", (7263,))
"""Trace (DCM 113201)."""

TracerConcentration: Final[Code] = Code("DCM", "126377", "Tracer Concentration", (4109,))
"""Tracer Concentration (DCM 126377)."""

TramlineShadow: Final[Code] = Code("DCM", "112116", "Tramline shadow", (6103,))
"""Tramline shadow (DCM 112116)."""

Transcription: Final[Code] = Code("DCM", "110006", "Transcription", (9231,))
"""Transcription (DCM 110006)."""

TransesophagealTransducer: Final[Code] = Code(
    "DCM", "125262", "Transesophageal Transducer", (12035,)
)
"""Transesophageal Transducer (DCM 125262)."""

TransitTimeTestInjection: Final[Code] = Code("DCM", "130248", "Transit Time Test Injection", (72,))
"""Transit Time Test Injection (DCM 130248)."""

TransmissionIllumination: Final[Code] = Code("DCM", "111741", "Transmission illumination", (8123,))
"""Transmission illumination (DCM 111741)."""

TransmitFrequency: Final[Code] = Code("DCM", "122098", "Transmit Frequency", (3423,))
"""Transmit Frequency (DCM 122098)."""

TransponderMarker: Final[Code] = Code("DCM", "129306", "Transponder Marker", (7112,))
"""Transponder Marker (DCM 129306)."""

Trastuzumab89Zr: Final[Code] = Code("DCM", "126512", "Trastuzumab ^89^Zr", (4021,))
"""Trastuzumab ^89^Zr (DCM 126512)."""

TreatedVolume: Final[Code] = Code("DCM", "130059", "Treated Volume", (9534,))
"""Treated Volume (DCM 130059)."""

TreatmentDeliveryType: Final[Code] = Code("DCM", "121740", "Treatment Delivery Type", (9250,))
"""Treatment Delivery Type (DCM 121740)."""

TreatmentExceedsPatientTolerance: Final[Code] = Code(
    "DCM", "130665", "Treatment exceeds patient tolerance", (9576,)
)
"""Treatment exceeds patient tolerance (DCM 130665)."""

TreatmentMachineIsocenter: Final[Code] = Code(
    "DCM", "130359", "Treatment Machine Isocenter", (9544,)
)
"""Treatment Machine Isocenter (DCM 130359)."""

TreatmentTerminated: Final[Code] = Code("DCM", "130453", "Treatment Terminated", (9563,))
"""Treatment Terminated (DCM 130453)."""

TreatmentUnnecessary: Final[Code] = Code("DCM", "130664", "Treatment unnecessary", (9576,))
"""Treatment unnecessary (DCM 130664)."""

TreeInBudSign: Final[Code] = Code("DCM", "112127", "Tree-in-bud sign", (6104,))
"""Tree-in-bud sign (DCM 112127)."""

TrigeminalNodeSet: Final[Code] = Code("DCM", "130364", "Trigeminal Node Set", (9556,))
"""Trigeminal Node Set (DCM 130364)."""

TrueLumen: Final[Code] = Code("DCM", "122360", "True Lumen", (3494,))
"""True Lumen (DCM 122360)."""

TruncatedGaussianDiffusionModel: Final[Code] = Code(
    "DCM", "113255", "Truncated Gaussian diffusion model", (7273,)
)
"""Truncated Gaussian diffusion model (DCM 113255)."""

TrustRegion: Final[Code] = Code("DCM", "113266", "Trust-Region", (7274,))
"""Trust-Region (DCM 113266)."""

TubularShadow: Final[Code] = Code("DCM", "112117", "Tubular shadow", (6103,))
"""Tubular shadow (DCM 112117)."""

TumorBoardInputUsed: Final[Code] = Code("DCM", "128221", "Tumor Board Input Used", (7010,))
"""Tumor Board Input Used (DCM 128221)."""

TumorGraft: Final[Code] = Code("DCM", "127460", "Tumor Graft", (637,))
"""Tumor Graft (DCM 127460)."""

TumorRegistryInputUsed: Final[Code] = Code("DCM", "128222", "Tumor Registry Input Used", (7010,))
"""Tumor Registry Input Used (DCM 128222)."""

TurntableScanMethod: Final[Code] = Code("DCM", "114209", "Turntable Scan Method", (8202,))
"""Turntable Scan Method (DCM 114209)."""

TwoChamber: Final[Code] = Code("DCM", "122565", "Two Chamber", (3453,))
"""Two Chamber (DCM 122565)."""

TwoCompartmentExchange2CXModel: Final[Code] = Code(
    "DCM", "126347", "Two Compartment Exchange (2CX) Model", (4101,)
)
"""Two Compartment Exchange (2CX) Model (DCM 126347)."""

TwoDimensionalMethod: Final[Code] = Code("DCM", "112188", "Two-dimensional method", (6140,))
"""Two-dimensional method (DCM 112188)."""

URI_: Final[Code] = Code("DCM", "110037", "URI", (405,))
"""URI (DCM 110037)."""

US3DCAMModel: Final[Code] = Code("DCM", "129018", "US 3D CAM model", (7061,))
"""US 3D CAM model (DCM 129018)."""

USBDiskEmulation: Final[Code] = Code("DCM", "110030", "USB Disk Emulation", (405,))
"""USB Disk Emulation (DCM 110030)."""

Ublituximab89Zr: Final[Code] = Code("DCM", "126739", "Ublituximab ^89^Zr", (4021,))
"""Ublituximab ^89^Zr (DCM 126739)."""

Ultrasound: Final[Code] = Code("DCM", "US", "Ultrasound", (29,))
"""Ultrasound (DCM US)."""

UltrasoundAttenuation: Final[Code] = Code("DCM", "110833", "Ultrasound Attenuation", (7180,))
"""Ultrasound Attenuation (DCM 110833)."""

UltrasoundBoneDensitometry: Final[Code] = Code("DCM", "BDUS", "Ultrasound Bone Densitometry", (29,))
"""Ultrasound Bone Densitometry (DCM BDUS)."""

UltrasoundContact: Final[Code] = Code("DCM", "111750", "Ultrasound Contact", (4230,))
"""Ultrasound Contact (DCM 111750)."""

UltrasoundImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128736", "Ultrasound imaging subject matter", (7017,)
)
"""Ultrasound imaging subject matter (DCM 128736)."""

UltrasoundImmersion: Final[Code] = Code("DCM", "111751", "Ultrasound Immersion", (4230,))
"""Ultrasound Immersion (DCM 111751)."""

UnavailabilityOfABeamModifier: Final[Code] = Code(
    "DCM", "130466", "Unavailability of a Beam Modifier", (9565,)
)
"""Unavailability of a Beam Modifier (DCM 130466)."""

Unavailable: Final[Code] = Code("DCM", "UNAVAILABLE", "Unavailable", (50,))
"""Unavailable (DCM UNAVAILABLE)."""

UnclassifiedCombination: Final[Code] = Code("DCM", "130081", "Unclassified Combination", (9508,))
"""Unclassified Combination (DCM 130081)."""

UnclassifiedVolume: Final[Code] = Code("DCM", "130048", "Unclassified Volume", (9508,))
"""Unclassified Volume (DCM 130048)."""

UncompressedPredecessor: Final[Code] = Code("DCM", "121320", "Uncompressed predecessor", (7202,))
"""Uncompressed predecessor (DCM 121320)."""

UnderExposed: Final[Code] = Code("DCM", "111211", "Under exposed", (6041, 6135, 7011))
"""Under exposed (DCM 111211)."""

Underflow: Final[Code] = Code("DCM", "114004", "Underflow", (43,))
"""Underflow (DCM 114004)."""

UndeterminedSex: Final[Code] = Code("DCM", "121103", "Undetermined sex", (7455,))
"""Undetermined sex (DCM 121103)."""

UndilutedDoseAdministered: Final[Code] = Code(
    "DCM", "122092", "Undiluted dose administered", (3410,)
)
"""Undiluted dose administered (DCM 122092)."""

Unheated: Final[Code] = Code("DCM", "127255", "Unheated", (635,))
"""Unheated (DCM 127255)."""

UniformSpeedOfSoundCorrection: Final[Code] = Code(
    "DCM", "130818", "Uniform Speed of Sound Correction", (11004,)
)
"""Uniform Speed of Sound Correction (DCM 130818)."""

UnitSerialIdentifier: Final[Code] = Code("DCM", "121148", "Unit Serial Identifier", (3426,))
"""Unit Serial Identifier (DCM 121148)."""

UnitedAllBreedRegistry: Final[Code] = Code("DCM", "109217", "United All Breed Registry", (7481,))
"""United All Breed Registry (DCM 109217)."""

UnitedKennelClub: Final[Code] = Code("DCM", "109218", "United Kennel Club", (7481,))
"""United Kennel Club (DCM 109218)."""

UniversalKennelClubInternational: Final[Code] = Code(
    "DCM", "109219", "Universal Kennel Club International", (7481,)
)
"""Universal Kennel Club International (DCM 109219)."""

UnknownFailure: Final[Code] = Code("DCM", "111221", "Unknown failure", (6041, 6135, 7011))
"""Unknown failure (DCM 111221)."""

UnknownSex: Final[Code] = Code("DCM", "U", "Unknown sex", (7455,))
"""Unknown sex (DCM U)."""

UnmountedDetector: Final[Code] = Code("DCM", "113953", "Unmounted Detector", (10031,))
"""Unmounted Detector (DCM 113953)."""

UnsharpMask: Final[Code] = Code("DCM", "113089", "Unsharp mask", (7203,))
"""Unsharp mask (DCM 113089)."""

Unspecified: Final[Code] = Code("DCM", "111176", "Unspecified", (6040,))
"""Unspecified (DCM 111176)."""

UnspecifiedGynecologicalHormone: Final[Code] = Code(
    "DCM", "111542", "Unspecified gynecological hormone", (6080,)
)
"""Unspecified gynecological hormone (DCM 111542)."""

UnspecifiedMethodOfCalculation: Final[Code] = Code(
    "DCM", "112187", "Unspecified method of calculation", (6140,)
)
"""Unspecified method of calculation (DCM 112187)."""

UnusableQualityRendersImageUnusable: Final[Code] = Code(
    "DCM", "111235", "Unusable - Quality renders image unusable", (3114, 6044)
)
"""Unusable - Quality renders image unusable (DCM 111235)."""

Unused: Final[Code] = Code("DCM", "127177", "Unused", (604,))
"""Unused (DCM 127177)."""

UnwantedSubtractionImages: Final[Code] = Code(
    "DCM", "130582", "Unwanted subtraction images", (6317,)
)
"""Unwanted subtraction images (DCM 130582)."""

UprightStandMount: Final[Code] = Code("DCM", "113954", "Upright Stand Mount", (10031,))
"""Upright Stand Mount (DCM 113954)."""

UsableDoesNotMeetTheQualityControlStandard: Final[Code] = Code(
    "DCM", "111236", "Usable - Does not meet the quality control standard", (6044,)
)
"""Usable - Does not meet the quality control standard (DCM 111236)."""

UsableMeetsTheQualityControlStandard: Final[Code] = Code(
    "DCM", "111237", "Usable - Meets the quality control standard", (6044,)
)
"""Usable - Meets the quality control standard (DCM 111237)."""

UseOfRestrictedFunction: Final[Code] = Code(
    "DCM", "110132", "Use of Restricted Function", (401, 403)
)
"""Use of Restricted Function (DCM 110132)."""

UserAuthentication: Final[Code] = Code("DCM", "110114", "User Authentication", (400,))
"""User Authentication (DCM 110114)."""

UserChosenValue: Final[Code] = Code("DCM", "121410", "User chosen value", (224, 4241, 4252, 12301))
"""User chosen value (DCM 121410)."""

UserDefinedAIFROI: Final[Code] = Code("DCM", "126362", "User-defined AIF ROI", (4103,))
"""User-defined AIF ROI (DCM 126362)."""

UserSecurityAttributesChanged: Final[Code] = Code(
    "DCM", "110137", "User Security Attributes Changed", (401, 403)
)
"""User Security Attributes Changed (DCM 110137)."""

UserSelectedMethod: Final[Code] = Code("DCM", "122575", "User selected method", (3456,))
"""User selected method (DCM 122575)."""

UterineMalformations: Final[Code] = Code("DCM", "111565", "Uterine malformations", (6088,))
"""Uterine malformations (DCM 111565)."""

UtricleCyst: Final[Code] = Code("DCM", "130569", "Utricle cyst", (6313,))
"""Utricle cyst (DCM 130569)."""

VMAT: Final[Code] = Code("DCM", "130107", "VMAT", (9511,))
"""VMAT (DCM 130107)."""

VMaxMyocardial: Final[Code] = Code("DCM", "109073", "V max myocardial", (3337,))
"""V max myocardial (DCM 109073)."""

VO2Equals152BSA: Final[Code] = Code("DCM", "122250", "VO2 = 152 * BSA", (3664,))
"""VO2 = 152 * BSA (DCM 122250)."""

VO2Equals175BSA: Final[Code] = Code("DCM", "122251", "VO2 = 175 * BSA", (3664,))
"""VO2 = 175 * BSA (DCM 122251)."""

VO2Equals176BSA: Final[Code] = Code("DCM", "122252", "VO2 = 176 * BSA", (3664,))
"""VO2 = 176 * BSA (DCM 122252)."""

VO2EqualsVestpd10FIO2FE02: Final[Code] = Code(
    "DCM", "122249", "VO2 = VeSTPD * 10 * (FIO2 - FE02)", (3664,)
)
"""VO2 = VeSTPD * 10 * (FIO2 - FE02) (DCM 122249)."""

VVulnerablePlaque: Final[Code] = Code("DCM", "130735", "V - Vulnerable plaque", (3022,))
"""V - Vulnerable plaque (DCM 130735)."""

VWave: Final[Code] = Code("DCM", "109052", "V wave", (3339,))
"""V wave (DCM 109052)."""

VWaveOfNextBeat: Final[Code] = Code("DCM", "109053", "V wave of next beat", (3339,))
"""V wave of next beat (DCM 109053)."""

VWavePeakPressure: Final[Code] = Code("DCM", "109034", "V wave peak pressure", (3337, 3611))
"""V wave peak pressure (DCM 109034)."""

VWavePressureAverage: Final[Code] = Code("DCM", "109035", "V wave pressure, average", (3337,))
"""V wave pressure, average (DCM 109035)."""

VacuumAssisted: Final[Code] = Code("DCM", "111490", "Vacuum assisted", (6060,))
"""Vacuum assisted (DCM 111490)."""

VacuumMold: Final[Code] = Code("DCM", "130118", "Vacuum Mold", (9513,))
"""Vacuum Mold (DCM 130118)."""

VaginalCylinder: Final[Code] = Code("DCM", "130121", "Vaginal Cylinder", (9513,))
"""Vaginal Cylinder (DCM 130121)."""

ValueIndeterminate: Final[Code] = Code("DCM", "114011", "Value indeterminate", (44,))
"""Value indeterminate (DCM 114011)."""

ValueOutOfRange: Final[Code] = Code("DCM", "114009", "Value out of range", (43,))
"""Value out of range (DCM 114009)."""

ValueUnknown: Final[Code] = Code("DCM", "114010", "Value unknown", (44,))
"""Value unknown (DCM 114010)."""

ValveClose: Final[Code] = Code("DCM", "109036", "Valve close", (3337,))
"""Valve close (DCM 109036)."""

ValveOpen: Final[Code] = Code("DCM", "109037", "Valve open", (3337,))
"""Valve open (DCM 109037)."""

ValvularIntervention: Final[Code] = Code("DCM", "122053", "Valvular Intervention", (3406,))
"""Valvular Intervention (DCM 122053)."""

VariableCircularCollimator: Final[Code] = Code(
    "DCM", "130332", "Variable Circular Collimator", (9540,)
)
"""Variable Circular Collimator (DCM 130332)."""

VascularAndInterventionalImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128734", "Vascular and interventional imaging subject matter", (7017,)
)
"""Vascular and interventional imaging subject matter (DCM 128734)."""

VascularImagingSpecialty: Final[Code] = Code("DCM", "128017", "Vascular Imaging Specialty", (7449,))
"""Vascular Imaging Specialty (DCM 128017)."""

VascularIntervention: Final[Code] = Code("DCM", "122056", "Vascular Intervention", (3406,))
"""Vascular Intervention (DCM 122056)."""

VascularityNotAssessed: Final[Code] = Code("DCM", "111374", "Vascularity not assessed", (6157,))
"""Vascularity not assessed (DCM 111374)."""

VascularityNotPresent: Final[Code] = Code("DCM", "111373", "Vascularity not present", (6157,))
"""Vascularity not present (DCM 111373)."""

VascularityPresentImmediatelyAdjacentToLesion: Final[Code] = Code(
    "DCM", "111376", "Vascularity present immediately adjacent to lesion", (6157,)
)
"""Vascularity present immediately adjacent to lesion (DCM 111376)."""

VascularityPresentInLesion: Final[Code] = Code(
    "DCM", "111375", "Vascularity present in lesion", (6157,)
)
"""Vascularity present in lesion (DCM 111375)."""

Vasoconstriction: Final[Code] = Code("DCM", "112077", "Vasoconstriction", (6107,))
"""Vasoconstriction (DCM 112077)."""

Vasodilation: Final[Code] = Code("DCM", "112078", "Vasodilation", (6107,))
"""Vasodilation (DCM 112078)."""

Ve: Final[Code] = Code("DCM", "126314", "ve", (4107,))
"""ve (DCM 126314)."""

Vector: Final[Code] = Code("DCM", "121225", "Vector", (7553,))
"""Vector (DCM 121225)."""

VeilingGlareEvaluation: Final[Code] = Code("DCM", "109707", "Veiling glare evaluation", (8300,))
"""Veiling glare evaluation (DCM 109707)."""

VelocityEncoded: Final[Code] = Code("DCM", "113070", "Velocity encoded", (7180,))
"""Velocity encoded (DCM 113070)."""

VenaContractaWidth: Final[Code] = Code("DCM", "125334", "Vena Contracta Width", (12304,))
"""Vena Contracta Width (DCM 125334)."""

VentralDiencephalon: Final[Code] = Code("DCM", "110700", "Ventral Diencephalon", (7140,))
"""Ventral Diencephalon (DCM 110700)."""

VentricularEndDiastolicPressure: Final[Code] = Code(
    "DCM", "122191", "Ventricular End Diastolic pressure", (3611,)
)
"""Ventricular End Diastolic pressure (DCM 122191)."""

Verifying: Final[Code] = Code("DCM", "121098", "Verifying", (7453,))
"""Verifying (DCM 121098)."""

VertebralIntervertebralNotch: Final[Code] = Code(
    "DCM", "112097", "Vertebral Intervertebral Notch", (6115,)
)
"""Vertebral Intervertebral Notch (DCM 112097)."""

VerySmall: Final[Code] = Code("DCM", "112132", "Very small", (6118,))
"""Very small (DCM 112132)."""

VeryStrongFamilyHistoryOfBreastCancer: Final[Code] = Code(
    "DCM", "111561", "Very strong family history of breast cancer", (6081,)
)
"""Very strong family history of breast cancer (DCM 111561)."""

VideoRecordingOff: Final[Code] = Code("DCM", "130888", "Video recording off", (3039,))
"""Video recording off (DCM 130888)."""

VideoRecordingOn: Final[Code] = Code("DCM", "130887", "Video recording on", (3039,))
"""Video recording on (DCM 130887)."""

VideoTapeDigitized: Final[Code] = Code("DCM", "110022", "Video Tape Digitized", (7008,))
"""Video Tape Digitized (DCM 110022)."""

VideoTapeDigitizerEquipment: Final[Code] = Code(
    "DCM", "VIDD", "Video Tape Digitizer Equipment", (7005,)
)
"""Video Tape Digitizer Equipment (DCM VIDD)."""

ViewAndLateralityMarkerDoesNotHaveApprovedCodes: Final[Code] = Code(
    "DCM", "111179", "View and Laterality Marker does not have approved codes", (6041,)
)
"""View and Laterality Marker does not have approved codes (DCM 111179)."""

ViewAndLateralityMarkerDoesNotHaveBothViewAndLaterality: Final[Code] = Code(
    "DCM", "111178", "View and Laterality Marker does not have both view and laterality", (6041,)
)
"""View and Laterality Marker does not have both view and laterality (DCM 111178)."""

ViewAndLateralityMarkerIsIncorrect: Final[Code] = Code(
    "DCM", "111183", "View and Laterality Marker is incorrect", (6041,)
)
"""View and Laterality Marker is incorrect (DCM 111183)."""

ViewAndLateralityMarkerIsMissing: Final[Code] = Code(
    "DCM", "111177", "View and Laterality Marker is missing", (6041,)
)
"""View and Laterality Marker is missing (DCM 111177)."""

ViewAndLateralityMarkerIsNotNearTheAxilla: Final[Code] = Code(
    "DCM", "111180", "View and Laterality Marker is not near the axilla", (6041,)
)
"""View and Laterality Marker is not near the axilla (DCM 111180)."""

ViewAndLateralityMarkerIsOffImage: Final[Code] = Code(
    "DCM", "111184", "View and Laterality Marker is off image", (6041,)
)
"""View and Laterality Marker is off image (DCM 111184)."""

ViewAndLateralityMarkerIsPartiallyObscured: Final[Code] = Code(
    "DCM", "111182", "View and Laterality Marker is partially obscured", (6041,)
)
"""View and Laterality Marker is partially obscured (DCM 111182)."""

ViewAndLateralityMarkerOverlapsBreastTissue: Final[Code] = Code(
    "DCM", "111181", "View and Laterality Marker overlaps breast tissue", (6041,)
)
"""View and Laterality Marker overlaps breast tissue (DCM 111181)."""

VirginalHyperplasia: Final[Code] = Code("DCM", "111298", "Virginal hyperplasia", (6031,))
"""Virginal hyperplasia (DCM 111298)."""

VirtualGrid: Final[Code] = Code("DCM", "111640", "Virtual grid", (10017,))
"""Virtual grid (DCM 111640)."""

VisibleReflectorMarker: Final[Code] = Code("DCM", "129310", "Visible Reflector Marker", (7112,))
"""Visible Reflector Marker (DCM 129310)."""

VisualAcuity: Final[Code] = Code("DCM", "VA", "Visual Acuity", (29,))
"""Visual Acuity (DCM VA)."""

VisualAlignment: Final[Code] = Code("DCM", "125025", "Visual Alignment", (7100,))
"""Visual Alignment (DCM 125025)."""

VisualField07TestPattern: Final[Code] = Code(
    "DCM", "111812", "Visual Field 07 Test Pattern", (4250,)
)
"""Visual Field 07 Test Pattern (DCM 111812)."""

VisualField10To2TestPattern: Final[Code] = Code(
    "DCM", "111801", "Visual Field 10-2 Test Pattern", (4250,)
)
"""Visual Field 10-2 Test Pattern (DCM 111801)."""

VisualField1LTTestStrategy: Final[Code] = Code(
    "DCM", "111828", "Visual Field 1-LT Test Strategy", (4251,)
)
"""Visual Field 1-LT Test Strategy (DCM 111828)."""

VisualField24To2TestPattern: Final[Code] = Code(
    "DCM", "111800", "Visual Field 24-2 Test Pattern", (4250,)
)
"""Visual Field 24-2 Test Pattern (DCM 111800)."""

VisualField2LTDynamicTestStrategy: Final[Code] = Code(
    "DCM", "111833", "Visual Field 2LT-Dynamic Test Strategy", (4251,)
)
"""Visual Field 2LT-Dynamic Test Strategy (DCM 111833)."""

VisualField2LTNormalTestStrategy: Final[Code] = Code(
    "DCM", "111834", "Visual Field 2LT-Normal Test Strategy", (4251,)
)
"""Visual Field 2LT-Normal Test Strategy (DCM 111834)."""

VisualField2LTTestStrategy: Final[Code] = Code(
    "DCM", "111829", "Visual Field 2-LT Test Strategy", (4251,)
)
"""Visual Field 2-LT Test Strategy (DCM 111829)."""

VisualField30To2TestPattern: Final[Code] = Code(
    "DCM", "111802", "Visual Field 30-2 Test Pattern", (4250,)
)
"""Visual Field 30-2 Test Pattern (DCM 111802)."""

VisualField60To4TestPattern: Final[Code] = Code(
    "DCM", "111803", "Visual Field 60-4 Test Pattern", (4250,)
)
"""Visual Field 60-4 Test Pattern (DCM 111803)."""

VisualFieldCLASSStrategy: Final[Code] = Code(
    "DCM", "111837", "Visual Field CLASS Strategy", (4251,)
)
"""Visual Field CLASS Strategy (DCM 111837)."""

VisualFieldCLIPTestStrategy: Final[Code] = Code(
    "DCM", "111836", "Visual Field CLIP Test Strategy", (4251,)
)
"""Visual Field CLIP Test Strategy (DCM 111836)."""

VisualFieldCentral40PointTestPattern: Final[Code] = Code(
    "DCM", "111805", "Visual Field Central 40 Point Test Pattern", (4250,)
)
"""Visual Field Central 40 Point Test Pattern (DCM 111805)."""

VisualFieldCentral76PointTestPattern: Final[Code] = Code(
    "DCM", "111806", "Visual Field Central 76 Point Test Pattern", (4250,)
)
"""Visual Field Central 76 Point Test Pattern (DCM 111806)."""

VisualFieldCentralTestPattern: Final[Code] = Code(
    "DCM", "111814", "Visual Field Central Test Pattern", (4250,)
)
"""Visual Field Central Test Pattern (DCM 111814)."""

VisualFieldDynamicTestStrategy: Final[Code] = Code(
    "DCM", "111826", "Visual Field Dynamic Test Strategy", (4251,)
)
"""Visual Field Dynamic Test Strategy (DCM 111826)."""

VisualFieldFastThresholdTestStrategy: Final[Code] = Code(
    "DCM", "111835", "Visual Field Fast Threshold Test Strategy", (4251,)
)
"""Visual Field Fast Threshold Test Strategy (DCM 111835)."""

VisualFieldFastpacTestStrategy: Final[Code] = Code(
    "DCM", "111819", "Visual Field FastPac Test Strategy", (4251,)
)
"""Visual Field FastPac Test Strategy (DCM 111819)."""

VisualFieldFullField120PointTestPattern: Final[Code] = Code(
    "DCM", "111809", "Visual Field Full Field 120 Point Test Pattern", (4250,)
)
"""Visual Field Full Field 120 Point Test Pattern (DCM 111809)."""

VisualFieldFullField81PointTestPattern: Final[Code] = Code(
    "DCM", "111808", "Visual Field Full Field 81 Point Test Pattern", (4250,)
)
"""Visual Field Full Field 81 Point Test Pattern (DCM 111808)."""

VisualFieldFullFromPriorTestStrategy: Final[Code] = Code(
    "DCM", "111820", "Visual Field Full From Prior Test Strategy", (4251,)
)
"""Visual Field Full From Prior Test Strategy (DCM 111820)."""

VisualFieldFullThresholdTestStrategy: Final[Code] = Code(
    "DCM", "111818", "Visual Field Full Threshold Test Strategy", (4251,)
)
"""Visual Field Full Threshold Test Strategy (DCM 111818)."""

VisualFieldGATETestStrategy: Final[Code] = Code(
    "DCM", "111831", "Visual Field GATE Test Strategy", (4251,)
)
"""Visual Field GATE Test Strategy (DCM 111831)."""

VisualFieldGTestPattern: Final[Code] = Code("DCM", "111810", "Visual Field G Test Pattern", (4250,))
"""Visual Field G Test Pattern (DCM 111810)."""

VisualFieldGateiTestStrategy: Final[Code] = Code(
    "DCM", "111832", "Visual Field GATEi Test Strategy", (4251,)
)
"""Visual Field GATEi Test Strategy (DCM 111832)."""

VisualFieldIndex: Final[Code] = Code("DCM", "111852", "Visual Field Index", (4257,))
"""Visual Field Index (DCM 111852)."""

VisualFieldLVCTestPattern: Final[Code] = Code(
    "DCM", "111813", "Visual Field LVC Test Pattern", (4250,)
)
"""Visual Field LVC Test Pattern (DCM 111813)."""

VisualFieldLVSTestStrategy: Final[Code] = Code(
    "DCM", "111830", "Visual Field LVS Test Strategy", (4251,)
)
"""Visual Field LVS Test Strategy (DCM 111830)."""

VisualFieldLossDueToDiffuseDefect: Final[Code] = Code(
    "DCM", "111853", "Visual Field Loss Due to Diffuse Defect", (4257,)
)
"""Visual Field Loss Due to Diffuse Defect (DCM 111853)."""

VisualFieldLossDueToLocalDefect: Final[Code] = Code(
    "DCM", "111854", "Visual Field Loss Due to Local Defect", (4257,)
)
"""Visual Field Loss Due to Local Defect (DCM 111854)."""

VisualFieldMTestPattern: Final[Code] = Code("DCM", "111811", "Visual Field M Test Pattern", (4250,))
"""Visual Field M Test Pattern (DCM 111811)."""

VisualFieldMaculaTestPattern: Final[Code] = Code(
    "DCM", "111804", "Visual Field Macula Test Pattern", (4250,)
)
"""Visual Field Macula Test Pattern (DCM 111804)."""

VisualFieldNormalTestStrategy: Final[Code] = Code(
    "DCM", "111827", "Visual Field Normal Test Strategy", (4251,)
)
"""Visual Field Normal Test Strategy (DCM 111827)."""

VisualFieldOptimaTestStrategy: Final[Code] = Code(
    "DCM", "111821", "Visual Field Optima Test Strategy", (4251,)
)
"""Visual Field Optima Test Strategy (DCM 111821)."""

VisualFieldPeripheral60PointTestPattern: Final[Code] = Code(
    "DCM", "111807", "Visual Field Peripheral 60 Point Test Pattern", (4250,)
)
"""Visual Field Peripheral 60 Point Test Pattern (DCM 111807)."""

VisualFieldQuantifyDefectsTestStrategy: Final[Code] = Code(
    "DCM", "111824", "Visual Field Quantify-Defects Test Strategy", (4251,)
)
"""Visual Field Quantify-Defects Test Strategy (DCM 111824)."""

VisualFieldSITAFastTestStrategy: Final[Code] = Code(
    "DCM", "111817", "Visual Field SITA-Fast Test Strategy", (4251,)
)
"""Visual Field SITA-Fast Test Strategy (DCM 111817)."""

VisualFieldSITASWAPTestStrategy: Final[Code] = Code(
    "DCM", "111816", "Visual Field SITA-SWAP Test Strategy", (4251,)
)
"""Visual Field SITA-SWAP Test Strategy (DCM 111816)."""

VisualFieldSITAStandardTestStrategy: Final[Code] = Code(
    "DCM", "111815", "Visual Field SITA-Standard Test Strategy", (4251,)
)
"""Visual Field SITA-Standard Test Strategy (DCM 111815)."""

VisualFieldTOPTestStrategy: Final[Code] = Code(
    "DCM", "111825", "Visual Field TOP Test Strategy", (4251,)
)
"""Visual Field TOP Test Strategy (DCM 111825)."""

VisualFieldThreeZoneTestStrategy: Final[Code] = Code(
    "DCM", "111823", "Visual Field Three-Zone Test Strategy", (4251,)
)
"""Visual Field Three-Zone Test Strategy (DCM 111823)."""

VisualFieldTwoZoneTestStrategy: Final[Code] = Code(
    "DCM", "111822", "Visual Field Two-Zone Test Strategy", (4251,)
)
"""Visual Field Two-Zone Test Strategy (DCM 111822)."""

VitreousStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128262", "Vitreous structural reflectance map", (4271,)
)
"""Vitreous structural reflectance map (DCM 128262)."""

VitreousVasculatureFlow: Final[Code] = Code("DCM", "128261", "Vitreous vasculature flow", (4271,))
"""Vitreous vasculature flow (DCM 128261)."""

Vo2femaleEqualsBSA138Point117Point04LogeAge0Point378Hrf: Final[Code] = Code(
    "DCM", "122248", "VO2female = BSA (138.1 - 17.04 * loge(age) + 0.378*HRf)", (3664,)
)
"""VO2female = BSA (138.1 - 17.04 * loge(age) + 0.378*HRf) (DCM 122248)."""

Vo2maleEqualsBSA138Point111Point49LogeAge0Point378Hrf: Final[Code] = Code(
    "DCM", "122247", "VO2male = BSA (138.1 - 11.49 * loge(age) + 0.378*HRf)", (3664,)
)
"""VO2male = BSA (138.1 - 11.49 * loge(age) + 0.378*HRf) (DCM 122247)."""

Voice: Final[Code] = Code("DCM", "109110", "Voice", (3000,))
"""Voice (DCM 109110)."""

VoltageMeasurement: Final[Code] = Code("DCM", "109013", "Voltage measurement", (3240,))
"""Voltage measurement (DCM 109013)."""

VoltageMeasurementByBasketCatheter: Final[Code] = Code(
    "DCM", "109011", "Voltage measurement by basket catheter", (3240,)
)
"""Voltage measurement by basket catheter (DCM 109011)."""

VoltageMeasurementByMappingCatheter: Final[Code] = Code(
    "DCM", "109012", "Voltage measurement by mapping catheter", (3240,)
)
"""Voltage measurement by mapping catheter (DCM 109012)."""

VolumeAdministered: Final[Code] = Code("DCM", "122091", "Volume administered", (3410,))
"""Volume administered (DCM 122091)."""

VolumeBasedMethod: Final[Code] = Code("DCM", "122652", "Volume Based Method", (3807,))
"""Volume Based Method (DCM 122652)."""

VolumeCorrespondingToSpatiallyRelatedAcquisitionFrames: Final[Code] = Code(
    "DCM", "121347", "Volume corresponding to spatially-related acquisition frames", (7201,)
)
"""Volume corresponding to spatially-related acquisition frames (DCM 121347)."""

VolumeEditing: Final[Code] = Code("DCM", "113077", "Volume editing", (7203,))
"""Volume editing (DCM 113077)."""

VolumeEstimatedFromSingle2DRegion: Final[Code] = Code(
    "DCM", "121216", "Volume estimated from single 2D region", (3471, 7472)
)
"""Volume estimated from single 2D region (DCM 121216)."""

VolumeEstimatedFromThreeOrMoreNonCoplanar2DRegions: Final[Code] = Code(
    "DCM", "121217", "Volume estimated from three or more non-coplanar 2D regions", (7472,)
)
"""Volume estimated from three or more non-coplanar 2D regions (DCM 121217)."""

VolumeEstimatedFromTwoNonCoplanar2DRegions: Final[Code] = Code(
    "DCM", "121218", "Volume estimated from two non-coplanar 2D regions", (3471, 7472)
)
"""Volume estimated from two non-coplanar 2D regions (DCM 121218)."""

VolumeOfBoundingThreeDimensionalRegion: Final[Code] = Code(
    "DCM", "121219", "Volume of bounding three dimensional region", (7472,)
)
"""Volume of bounding three dimensional region (DCM 121219)."""

VolumeOfBreast: Final[Code] = Code("DCM", "112193", "Volume of breast", (6142,))
"""Volume of breast (DCM 112193)."""

VolumeOfCircumscribedSphere: Final[Code] = Code(
    "DCM", "121220", "Volume of circumscribed sphere", (7472,)
)
"""Volume of circumscribed sphere (DCM 121220)."""

VolumeOfEllipsoid: Final[Code] = Code("DCM", "121221", "Volume of ellipsoid", (7472,))
"""Volume of ellipsoid (DCM 121221)."""

VolumeOfParenchymalTissue: Final[Code] = Code(
    "DCM", "112192", "Volume of parenchymal tissue", (6142,)
)
"""Volume of parenchymal tissue (DCM 112192)."""

VolumeOfSphere: Final[Code] = Code("DCM", "121222", "Volume of sphere", (7472,))
"""Volume of sphere (DCM 121222)."""

VolumeOfUse: Final[Code] = Code("DCM", "111580", "Volume of use", (6092,))
"""Volume of use (DCM 111580)."""

VolumeOfVascularCalcification: Final[Code] = Code(
    "DCM", "112197", "Volume of Vascular Calcification", (6142,)
)
"""Volume of Vascular Calcification (DCM 112197)."""

VolumeRatio: Final[Code] = Code("DCM", "113288", "Volume Ratio", (7271,))
"""Volume Ratio (DCM 113288)."""

VolumeRendering: Final[Code] = Code("DCM", "113074", "Volume rendering", (7203,))
"""Volume rendering (DCM 113074)."""

VolumeScanPattern: Final[Code] = Code("DCM", "125242", "Volume scan pattern", (12032,))
"""Volume scan pattern (DCM 125242)."""

VolumeScoringMethod: Final[Code] = Code("DCM", "112056", "Volume scoring method", (6140,))
"""Volume scoring method (DCM 112056)."""

VolumeUnadministeredOrDiscarded: Final[Code] = Code(
    "DCM", "122096", "Volume unadministered or discarded", (3410,)
)
"""Volume unadministered or discarded (DCM 122096)."""

VolumetricDiffusionDxxComponent: Final[Code] = Code(
    "DCM", "110810", "Volumetric Diffusion Dxx Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxx Component (DCM 110810)."""

VolumetricDiffusionDxyComponent: Final[Code] = Code(
    "DCM", "110811", "Volumetric Diffusion Dxy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxy Component (DCM 110811)."""

VolumetricDiffusionDxzComponent: Final[Code] = Code(
    "DCM", "110812", "Volumetric Diffusion Dxz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxz Component (DCM 110812)."""

VolumetricDiffusionDyyComponent: Final[Code] = Code(
    "DCM", "110813", "Volumetric Diffusion Dyy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyy Component (DCM 110813)."""

VolumetricDiffusionDyzComponent: Final[Code] = Code(
    "DCM", "110814", "Volumetric Diffusion Dyz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyz Component (DCM 110814)."""

VolumetricDiffusionDzzComponent: Final[Code] = Code(
    "DCM", "110815", "Volumetric Diffusion Dzz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dzz Component (DCM 110815)."""

VoxelizedRadiationTransportModel: Final[Code] = Code(
    "DCM", "128422", "Voxelized Radiation Transport Model", (10065,)
)
"""Voxelized Radiation Transport Model (DCM 128422)."""

VoxelwiseSelectionOfBValue: Final[Code] = Code(
    "DCM", "113285", "Voxelwise selection of b-value", (7275,)
)
"""Voxelwise selection of b-value (DCM 113285)."""

Vp: Final[Code] = Code("DCM", "126331", "vp", (4107,))
"""vp (DCM 126331)."""

VulnerablePlaque: Final[Code] = Code("DCM", "122389", "Vulnerable Plaque", (3491,))
"""Vulnerable Plaque (DCM 122389)."""

WHO: Final[Code] = Code("DCM", "112029", "WHO", (6147,))
"""WHO (DCM 112029)."""

WSI20XRGB: Final[Code] = Code("DCM", "112704", "WSI 20X RGB", (8131,))
"""WSI 20X RGB (DCM 112704)."""

WSI40XRGB: Final[Code] = Code("DCM", "112705", "WSI 40X RGB", (8131,))
"""WSI 40X RGB (DCM 112705)."""

WallMass: Final[Code] = Code("DCM", "122447", "Wall Mass", (12255,))
"""Wall Mass (DCM 122447)."""

WallToSeptum: Final[Code] = Code("DCM", "110877", "Wall To Septum", (7185,))
"""Wall To Septum (DCM 110877)."""

WashoutDelayedPhaseType3Curve: Final[Code] = Code(
    "DCM", "130599", "Washout delayed phase: Type 3 curve", (6346,)
)
"""Washout delayed phase: Type 3 curve (DCM 130599)."""

WaterEquivalentDiameterFromLocalizer: Final[Code] = Code(
    "DCM", "113984", "Water Equivalent Diameter From Localizer", (10024, 10069)
)
"""Water Equivalent Diameter From Localizer (DCM 113984)."""

WaterEquivalentDiameterFromRawData: Final[Code] = Code(
    "DCM", "113983", "Water Equivalent Diameter From Raw Data", (10024, 10069)
)
"""Water Equivalent Diameter From Raw Data (DCM 113983)."""

WaterEquivalentDiameterIntegratedAcrossScanRange: Final[Code] = Code(
    "DCM", "113982", "Water Equivalent Diameter Integrated Across Scan Range", (10024, 10069)
)
"""Water Equivalent Diameter Integrated Across Scan Range (DCM 113982)."""

WaterEquivalentDiameterRepresentativeValue: Final[Code] = Code(
    "DCM", "113981", "Water Equivalent Diameter Representative Value", (10024, 10069)
)
"""Water Equivalent Diameter Representative Value (DCM 113981)."""

WaterFatInPhase: Final[Code] = Code("DCM", "129101", "Water/fat in phase", (7180,))
"""Water/fat in phase (DCM 129101)."""

WaterFatOutOfPhase: Final[Code] = Code("DCM", "129102", "Water/fat out of phase", (7180,))
"""Water/fat out of phase (DCM 129102)."""

WaterFraction: Final[Code] = Code("DCM", "129103", "Water fraction", (7180,))
"""Water fraction (DCM 129103)."""

WeakFamilyHistoryOfBreastCancer: Final[Code] = Code(
    "DCM", "111559", "Weak family history of breast cancer", (6081,)
)
"""Weak family history of breast cancer (DCM 111559)."""

WedgeFilter: Final[Code] = Code("DCM", "113651", "Wedge filter", (10007,))
"""Wedge filter (DCM 113651)."""

Wedging: Final[Code] = Code("DCM", "112321", "Wedging", (7310,))
"""Wedging (DCM 112321)."""

WellDemarcated: Final[Code] = Code("DCM", "112139", "Well demarcated", (6120,))
"""Well demarcated (DCM 112139)."""

WhiteMatterT1Hypointensity: Final[Code] = Code(
    "DCM", "110701", "White Matter T1 Hypointensity", (7140,)
)
"""White Matter T1 Hypointensity (DCM 110701)."""

WhiteMatterT2Hyperintensity: Final[Code] = Code(
    "DCM", "110702", "White Matter T2 Hyperintensity", (7140,)
)
"""White Matter T2 Hyperintensity (DCM 110702)."""

WhitePattern: Final[Code] = Code("DCM", "109941", "White Pattern", (8301,))
"""White Pattern (DCM 109941)."""

WholeBodyPod: Final[Code] = Code("DCM", "130119", "Whole Body Pod", (9513,))
"""Whole Body Pod (DCM 130119)."""

WholeEyeStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128278", "Whole eye structural reflectance map", (4271,)
)
"""Whole eye structural reflectance map (DCM 128278)."""

WholeEyeVasculatureFlow: Final[Code] = Code("DCM", "128277", "Whole eye vasculature flow", (4271,))
"""Whole eye vasculature flow (DCM 128277)."""

WholeSlideImaging: Final[Code] = Code("DCM", "112703", "Whole Slide Imaging", (8131,))
"""Whole Slide Imaging (DCM 112703)."""

WinstonLutzPointer: Final[Code] = Code("DCM", "130353", "Winston-Lutz Pointer", (9548,))
"""Winston-Lutz Pointer (DCM 130353)."""

WireMarker: Final[Code] = Code("DCM", "129305", "Wire Marker", (7112,))
"""Wire Marker (DCM 129305)."""

WorkingCanineAssociationOfCanada: Final[Code] = Code(
    "DCM", "109220", "Working Canine Association of Canada", (7481,)
)
"""Working Canine Association of Canada (DCM 109220)."""

WorkitemAssignmentRejectedByAssignedResource: Final[Code] = Code(
    "DCM", "110530", "Workitem assignment rejected by assigned resource", (9300, 9303)
)
"""Workitem assignment rejected by assigned resource (DCM 110530)."""

WorkitemExpired: Final[Code] = Code("DCM", "110533", "Workitem expired", (9300,))
"""Workitem expired (DCM 110533)."""

Workstation: Final[Code] = Code("DCM", "WSD", "Workstation", (30,))
"""Workstation (DCM WSD)."""

WorldKennelClub: Final[Code] = Code("DCM", "109221", "World Kennel Club", (7481,))
"""World Kennel Club (DCM 109221)."""

WorldWideKennelClub: Final[Code] = Code("DCM", "109222", "World Wide Kennel Club", (7481,))
"""World Wide Kennel Club (DCM 109222)."""

XDescentPressure: Final[Code] = Code("DCM", "122208", "x-descent pressure", (3611,))
"""x-descent pressure (DCM 122208)."""

XOrientation: Final[Code] = Code("DCM", "130334", "X Orientation", (9547,))
"""X Orientation (DCM 130334)."""

XRayAngiography: Final[Code] = Code("DCM", "XA", "X-Ray Angiography", (29,))
"""X-Ray Angiography (DCM XA)."""

XRayAttenuation: Final[Code] = Code("DCM", "110850", "X-Ray Attenuation", (7180,))
"""X-Ray Attenuation (DCM 110850)."""

XRayFilters: Final[Code] = Code("DCM", "113771", "X-Ray Filters", (10066,))
"""X-Ray Filters (DCM 113771)."""

XRayFluoroscopyOnSignal: Final[Code] = Code("DCM", "109004", "X-Ray Fluoroscopy On Signal", (3090,))
"""X-Ray Fluoroscopy On Signal (DCM 109004)."""

XRayOnTrigger: Final[Code] = Code("DCM", "109005", "X-Ray On Trigger", (3090,))
"""X-Ray On Trigger (DCM 109005)."""

XRayReadingDevice: Final[Code] = Code("DCM", "113942", "X-Ray Reading Device", (7445,))
"""X-Ray Reading Device (DCM 113942)."""

Xmab557489Zr: Final[Code] = Code("DCM", "126734", "XmAb5574 ^89^Zr", (4021,))
"""XmAb5574 ^89^Zr (DCM 126734)."""

YBRFULLCBComponent: Final[Code] = Code("DCM", "110838", "YBR FULL CB Component", (7180, 7186))
"""YBR FULL CB Component (DCM 110838)."""

YBRFULLCRComponent: Final[Code] = Code("DCM", "110839", "YBR FULL CR Component", (7180, 7186))
"""YBR FULL CR Component (DCM 110839)."""

YBRFULLYComponent: Final[Code] = Code("DCM", "110837", "YBR FULL Y Component", (7180, 7186))
"""YBR FULL Y Component (DCM 110837)."""

YBRICTCBComponent: Final[Code] = Code("DCM", "110844", "YBR ICT CB Component", (7180, 7186))
"""YBR ICT CB Component (DCM 110844)."""

YBRICTCRComponent: Final[Code] = Code("DCM", "110845", "YBR ICT CR Component", (7180, 7186))
"""YBR ICT CR Component (DCM 110845)."""

YBRICTYComponent: Final[Code] = Code("DCM", "110843", "YBR ICT Y Component", (7180, 7186))
"""YBR ICT Y Component (DCM 110843)."""

YBRPARTIALCBComponent: Final[Code] = Code("DCM", "110841", "YBR PARTIAL CB Component", (7180, 7186))
"""YBR PARTIAL CB Component (DCM 110841)."""

YBRPARTIALCRComponent: Final[Code] = Code("DCM", "110842", "YBR PARTIAL CR Component", (7180, 7186))
"""YBR PARTIAL CR Component (DCM 110842)."""

YBRPARTIALYComponent: Final[Code] = Code("DCM", "110840", "YBR PARTIAL Y Component", (7180, 7186))
"""YBR PARTIAL Y Component (DCM 110840)."""

YBRRCTCBComponent: Final[Code] = Code("DCM", "110847", "YBR RCT CB Component", (7180, 7186))
"""YBR RCT CB Component (DCM 110847)."""

YBRRCTCRComponent: Final[Code] = Code("DCM", "110848", "YBR RCT CR Component", (7180, 7186))
"""YBR RCT CR Component (DCM 110848)."""

YBRRCTYComponent: Final[Code] = Code("DCM", "110846", "YBR RCT Y Component", (7180, 7186))
"""YBR RCT Y Component (DCM 110846)."""

YDescentPressure: Final[Code] = Code("DCM", "122209", "y-descent pressure", (3611,))
"""y-descent pressure (DCM 122209)."""

YOrientation: Final[Code] = Code("DCM", "130335", "Y Orientation", (9547,))
"""Y Orientation (DCM 130335)."""

ZPointPressure: Final[Code] = Code("DCM", "122210", "z-point pressure", (3611,))
"""z-point pressure (DCM 122210)."""

ZScore: Final[Code] = Code("DCM", "113071", "Z-score", (7180,))
"""Z-score (DCM 113071)."""

ZScoreOfMeasurement: Final[Code] = Code("DCM", "121416", "Z-Score of measurement", (227,))
"""Z-Score of measurement (DCM 121416)."""

ZobelFilter: Final[Code] = Code("DCM", "130769", "Zobel filter", (3042,))
"""Zobel filter (DCM 130769)."""

_0DocumentedAbsenceOfCAD: Final[Code] = Code(
    "DCM", "130723", "0 - Documented absence of CAD", (3020,)
)
"""0 - Documented absence of CAD (DCM 130723)."""

_100cmFromXRaySource: Final[Code] = Code("DCM", "113965", "100cm from X-Ray Source", (10025,))
"""100cm from X-Ray Source (DCM 113965)."""

_10X: Final[Code] = Code("DCM", "112716", "10X", (8132,))
"""10X (DCM 112716)."""

_10YearCHDRisk: Final[Code] = Code("DCM", "122230", "10 Year CHD Risk", (3667,))
"""10 Year CHD Risk (DCM 122230)."""

_10cmDosimetryPhantom: Final[Code] = Code("DCM", "130541", "10 cm Dosimetry Phantom", (4052,))
"""10 cm Dosimetry Phantom (DCM 130541)."""

_12CarbonNucleus: Final[Code] = Code("DCM", "130143", "^12^Carbon nucleus", (9526,))
"""^12^Carbon nucleus (DCM 130143)."""

_152Terbium: Final[Code] = Code("DCM", "126606", "^152^Terbium", (4020,))
"""^152^Terbium (DCM 126606)."""

_15cmFromIsocenterTowardSource: Final[Code] = Code(
    "DCM", "113860", "15cm from Isocenter toward Source", (10025,)
)
"""15cm from Isocenter toward Source (DCM 113860)."""

_15cmFromTableCenterline: Final[Code] = Code(
    "DCM", "113864", "15cm from Table Centerline", (10025,)
)
"""15cm from Table Centerline (DCM 113864)."""

_16OxygenNucleus: Final[Code] = Code("DCM", "130144", "^16^Oxygen nucleus", (9526,))
"""^16^Oxygen nucleus (DCM 130144)."""

_191mIridium: Final[Code] = Code("DCM", "126604", "^191m^Iridium", (18,))
"""^191m^Iridium (DCM 126604)."""

_1MinimalNonObstructiveCAD: Final[Code] = Code(
    "DCM", "130724", "1 - Minimal non-obstructive CAD", (3020,)
)
"""1 - Minimal non-obstructive CAD (DCM 130724)."""

_1cmAboveTabletop: Final[Code] = Code("DCM", "113862", "1cm above Tabletop", (10025,))
"""1cm above Tabletop (DCM 113862)."""

_1stWeek: Final[Code] = Code("DCM", "111392", "1st week", (6163,))
"""1st week (DCM 111392)."""

_20X: Final[Code] = Code("DCM", "112717", "20X", (8132,))
"""20X (DCM 112717)."""

_28H189Zr: Final[Code] = Code("DCM", "126752", "28H1 ^89^Zr", (4021,))
"""28H1 ^89^Zr (DCM 126752)."""

_2DShearWaveElastography: Final[Code] = Code(
    "DCM", "130609", "2D Shear Wave Elastography", (12224,)
)
"""2D Shear Wave Elastography (DCM 130609)."""

_2DSpeckleTracking: Final[Code] = Code("DCM", "130679", "2D Speckle Tracking", (12224,))
"""2D Speckle Tracking (DCM 130679)."""

_2FAF18: Final[Code] = Code("DCM", "126713", "2FA F^18^", (4021,))
"""2FA F^18^ (DCM 126713)."""

_2MildNonObstructiveCAD: Final[Code] = Code(
    "DCM", "130725", "2 - Mild non-obstructive CAD", (3020,)
)
"""2 - Mild non-obstructive CAD (DCM 130725)."""

_2SigmaDeviationOfPopulation: Final[Code] = Code(
    "DCM", "121417", "2 Sigma deviation of population", (226,)
)
"""2 Sigma deviation of population (DCM 121417)."""

_2ndWeek: Final[Code] = Code("DCM", "111393", "2nd week", (6163,))
"""2nd week (DCM 111393)."""

_30cmAboveTabletop: Final[Code] = Code("DCM", "113863", "30cm above Tabletop", (10025,))
"""30cm above Tabletop (DCM 113863)."""

_30cmInFrontOfImageInputSurface: Final[Code] = Code(
    "DCM", "113861", "30cm in Front of Image Input Surface", (10025,)
)
"""30cm in Front of Image Input Surface (DCM 113861)."""

_35PercentOfThermalDyeDilutionCO: Final[Code] = Code(
    "DCM", "109014", "35% of thermal/dye dilution CO", (3337,)
)
"""35% of thermal/dye dilution CO (DCM 109014)."""

_3DDoseMap: Final[Code] = Code("DCM", "128487", "3D Dose Map", (10063,))
"""3D Dose Map (DCM 128487)."""

_3DGel: Final[Code] = Code("DCM", "128701", "3D Gel", (7026,))
"""3D Gel (DCM 128701)."""

_3DManufacturingModelingSystem: Final[Code] = Code(
    "DCM", "M3D", "3D Manufacturing Modeling System", (30, 32)
)
"""3D Manufacturing Modeling System (DCM M3D)."""

_3DShearWaveElastography: Final[Code] = Code(
    "DCM", "130610", "3D Shear Wave Elastography", (12224,)
)
"""3D Shear Wave Elastography (DCM 130610)."""

_3DSpeckleTracking: Final[Code] = Code("DCM", "130680", "3D Speckle Tracking", (12224,))
"""3D Speckle Tracking (DCM 130680)."""

_3HeliumNucleus: Final[Code] = Code("DCM", "130141", "^3^Helium nucleus", (9526,))
"""^3^Helium nucleus (DCM 130141)."""

_3ModerateStenosis: Final[Code] = Code("DCM", "130726", "3 - Moderate stenosis", (3020,))
"""3 - Moderate stenosis (DCM 130726)."""

_3rdWeek: Final[Code] = Code("DCM", "111394", "3rd week", (6163,))
"""3rd week (DCM 111394)."""

_40X: Final[Code] = Code("DCM", "112718", "40X", (8132,))
"""40X (DCM 112718)."""

_43Scandium: Final[Code] = Code("DCM", "126605", "^43^Scandium", (4020,))
"""^43^Scandium (DCM 126605)."""

_44Scandium: Final[Code] = Code("DCM", "126600", "^44^Scandium", (4020,))
"""^44^Scandium (DCM 126600)."""

_4ASevereStenosis: Final[Code] = Code("DCM", "130728", "4A - Severe stenosis", (3021,))
"""4A - Severe stenosis (DCM 130728)."""

_4BSevereStenosis: Final[Code] = Code("DCM", "130729", "4B - Severe stenosis", (3021,))
"""4B - Severe stenosis (DCM 130729)."""

_4HeliumNucleus: Final[Code] = Code("DCM", "130142", "^4^Helium nucleus", (9526,))
"""^4^Helium nucleus (DCM 130142)."""

_4MonthsTo1YearAgo: Final[Code] = Code("DCM", "111397", "4 months to 1 year ago", (6164,))
"""4 months to 1 year ago (DCM 111397)."""

_4Point2cmAboveBreastSupportSurface: Final[Code] = Code(
    "DCM", "113865", "4.2cm above Breast Support Surface", (10025,)
)
"""4.2cm above Breast Support Surface (DCM 113865)."""

_4PointSegmentFindingScale: Final[Code] = Code(
    "DCM", "125223", "4 Point Segment Finding Scale", (12238,)
)
"""4 Point Segment Finding Scale (DCM 125223)."""

_4SevereStenosis: Final[Code] = Code("DCM", "130727", "4 - Severe stenosis", (3020,))
"""4 - Severe stenosis (DCM 130727)."""

_51Manganese: Final[Code] = Code("DCM", "126601", "^51^Manganese", (4020,))
"""^51^Manganese (DCM 126601)."""

_52mManganese: Final[Code] = Code("DCM", "126607", "^52m^Manganese", (4020,))
"""^52m^Manganese (DCM 126607)."""

_5PointSegmentFindingScale: Final[Code] = Code(
    "DCM", "125224", "5 Point Segment Finding Scale", (12238,)
)
"""5 Point Segment Finding Scale (DCM 125224)."""

_5PointSegmentFindingScaleWithGradedHypokinesis: Final[Code] = Code(
    "DCM", "125225", "5 Point Segment Finding Scale With Graded Hypokinesis", (12238,)
)
"""5 Point Segment Finding Scale With Graded Hypokinesis (DCM 125225)."""

_5TotalCoronaryOcclusion: Final[Code] = Code(
    "DCM", "130730", "5 - Total coronary occlusion", (3020,)
)
"""5 - Total coronary occlusion (DCM 130730)."""

_5X: Final[Code] = Code("DCM", "112715", "5X", (8132,))
"""5X (DCM 112715)."""

_70Arsenic: Final[Code] = Code("DCM", "126602", "^70^Arsenic", (4020,))
"""^70^Arsenic (DCM 126602)."""

_70PercentOfThermalDyeDilutionCO: Final[Code] = Code(
    "DCM", "109015", "70% of thermal/dye dilution CO", (3337,)
)
"""70% of thermal/dye dilution CO (DCM 109015)."""

_7D1289Zr: Final[Code] = Code("DCM", "126751", "7D12 ^89^Zr", (4021,))
"""7D12 ^89^Zr (DCM 126751)."""

_7E1189Zr: Final[Code] = Code("DCM", "126750", "7E11 ^89^Zr", (4021,))
"""7E11 ^89^Zr (DCM 126750)."""

_90Niobium: Final[Code] = Code("DCM", "126603", "^90^Niobium", (4020,))
"""^90^Niobium (DCM 126603)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AAPM204APDimension,
    AAPM204EffectiveDiameterEstimatedFromPatientAge,
    AAPM204LateralDimension,
    AAPM204SumOfLateralAndAPDimension,
    ACDConstant,
    ACRAccreditationPhantomCT,
    ACRAccreditationPhantomECT,
    ACRAccreditationPhantomECTPET,
    ACRAccreditationPhantomMR,
    ACRAccreditationPhantomMammography,
    ACRAccreditationPhantomPET,
    ACRAccreditationPhantomPETFaceplate,
    ACRAccreditationPhantomStereotacticBreastBiopsy,
    ACRGuidelinePerformanceOfAdultCTColonography,
    ACRPositionStatement,
    ACRStandardCTMedicalPhysicsPerformanceMonitoring,
    ADCHyperintense,
    ADCHypointense,
    AF10,
    AF9,
    AGN15099889Zr,
    AIC,
    AIFIgnored,
    AIN76,
    AIN93G,
    AIN93M,
    ANGPattern,
    AP45_112300,
    AP45_112301,
    ARWave,
    ATSMCu60,
    ATSMCu61,
    ATSMCu62,
    AWavePeakPressure,
    AWavePressureAverage,
    AbdominalCompressionArch,
    AbdominalCompressionBelt,
    AbdominalImagingSpecialty,
    AbdominalRadiology,
    AbdominalRespiratoryEffort,
    AbdominalRespiratoryInductance,
    AbdominalRespiratoryPVDF,
    AblationOff,
    AblationOn,
    AbnormalCalcifications,
    AbnormalDischarge,
    AbnormalInterstitialPattern,
    AbnormalLines1D,
    AbnormalLucency,
    AbnormalOpacity,
    AbnormalTexture,
    AbnormallyHighSensitivity,
    AbruptDuctTermination,
    AbruptInterface,
    AbsoluteOphthalmicThickness,
    AbsoluteRegionalBloodFlow,
    AbsoluteRegionalBloodVolume,
    AbsorbedDose,
    AccessControlDecision,
    AccessoryClearanceInterlock,
    AccessoryTray,
    AccumulatedAverageGlandularDose,
    AcetabularAngle,
    AcetabularCenterOfRotation,
    AcetabularCupInsert,
    AcetabularCupMonoblock,
    AcetabularCupShell,
    Acinar,
    AcquiredVolume,
    AcquisitionDoseAreaProductTotal,
    AcquisitionEquipment,
    AcquisitionEquipmentAlignment,
    AcquisitionFramesCorrespondingToVolume,
    AcquisitionInitiationAfterEndOfRadiation,
    AcquisitionInitiationBeforeStartOfRadiation,
    AcquisitionInitiationByTriggeringParameter,
    AcquisitionInitiationNotDefined,
    AcquisitionNumber,
    ActiveIngredientUndilutedConcentration,
    ActiveSurveillanceOfProstateCancer,
    AcuteUnilateralRenalBlockage,
    AdaptiveFiltering,
    AddAddendumToReport,
    AddendedReport,
    AdditionalEvaluationRequestedFromAbnormalScreeningStudy,
    AdditionalEvaluationRequestedFromPriorStudy,
    AdditionalProjections,
    AdditionalTeachingFileInformation,
    AdiabaticTissueHomogeneityATHModel,
    AdministeredActivity,
    AdministratorOfRadiologyDepartment,
    AdultCongenitalCardiacUltrasoundReport,
    AdultEchocardiographyProcedureReport,
    AdvancedLevel,
    AdventitialDissection,
    AerobicIndex,
    AgatstonScoringMethod,
    AgeCorrected,
    AgreementWithPriorFindings,
    Air,
    AirBronchiologram,
    AirBronchogram,
    AirCrescent,
    AirDetected,
    AirFluidLevel,
    AirSpace,
    Airflow,
    AirflowCPAP,
    AirflowNasalProng,
    AirflowPVDF,
    AirflowThermistor,
    AirflowThermocouple,
    AirwayPartiallyObstructed,
    AirwaySeverelyObstructed,
    AirwayUnobstructed,
    AlgorithmicAttenuationCorrection,
    AllAlgorithmsSucceededWithFindings,
    AllAlgorithmsSucceededWithoutFindings,
    AllPlanes,
    AlternatePhotometricInterpretationImage,
    AlternateSOPClassInstance,
    AmbientRoomEnvironment,
    AmbiguousSex,
    AmericaKennelClub,
    AmericaPetRegistryInc,
    AmericanCanineAssociation,
    AmericanPurebredRegistry,
    AmericanRareBreedAssociation,
    AnalysisOrMeasurementsForCurrentProcedure,
    AnalyticalAlgorithm,
    AnatomicImage,
    AnatomicNonColon,
    AnatomicalAxisOfFemur,
    AnatomyCoverageIncomplete,
    Anechoic,
    AneurysmOnCitedVessel,
    AnginalEquivalent,
    AngioplastyBalloonDeflated,
    AngioplastyBalloonInflated,
    Angle,
    AngularMargins,
    AngularViewingEvaluation,
    AnimalHousingRoom,
    AnimalRegistryUnlimited,
    AnimalResearchFoundation,
    AnomalousExponentParameter,
    AnteriorFirst,
    AnteriorInferiorAxis,
    AnteriorJunctionLine,
    AnteriorPosterior,
    AnteriorPosteriorAxis,
    AnteriorSurfaceOfTheRPE,
    AnteriorToInferior,
    AnteriorToPosterior,
    AnthropomorphicModel,
    AntiB22089Zr,
    AnyDecisionToBiopsyShouldBeBasedOnClinicalAssessment,
    AorticIntervention,
    AorticKnob,
    AorticValveClosure,
    AorticValveOpening,
    ApertureBlock,
    ApexBaseAxis,
    ApexToBase,
    ApicalFourChamberRVFocused,
    ApicalFourChamberRVModified,
    ApparentDiffusionCoefficient,
    ApparentKurtosisCoefficient,
    Application,
    ApplicationActivity,
    ApplicationLauncher,
    ApplicationStart,
    ApplicationStop,
    ApplicatorPresent,
    AppropriateForTheDevice,
    AppropriateForTheIndications,
    ApprovedForExperimentalUse,
    ApprovedForUseAtTheInstitution,
    ApprovedForUseInTheClinicalTrial,
    ApprovedForUseOnPregnantPatients,
    ApproximateSpatialLocation,
    ArcBeam,
    ArchOfTheAzygosVein,
    ArchitecturalDistortion,
    Archive,
    AreaBasedMethod,
    AreaByPressureHalfTime,
    AreaLengthBiplane,
    AreaLengthDodge,
    AreaLengthKennedy,
    AreaLengthSinglePlane,
    AreaLengthWynne,
    AreaOfAClosedNURBS,
    AreaOfClosedIrregularPolygon,
    AreaOfVascularCalcification,
    ArithmeticAverageOfSSDEZ,
    ArmOfAngle,
    ArterialConduitAngiography,
    ArterialPulseWaveform,
    ArtifactsOtherThanGridOrDetectorArtifact,
    ArtificialIntelligence,
    AspenChipBedding,
    AspenShavingBedding,
    AssessChange,
    AssessmentByComparison,
    AssessmentByRules,
    Assisting,
    AsymmetricImplants,
    AtLastAppointment,
    AtSurfaceOfPatient,
    AtrialDiastolicFillingDWave,
    Attach,
    AttenuationCoefficient,
    AuditLogUsed,
    AuditRecordingStarted,
    AuditRecordingStopped,
    AuthenticationDecision,
    AuthorizationDecision,
    AutoKeratometry,
    AutomatedAdministration,
    AutomatedDataCollection,
    AutomatedManualInjectPhase,
    AutomatedOptical,
    AutomatedSlideStainer,
    AutomaticProgrammedAdministrationPhase,
    AutomaticProgrammedDelayPhase,
    AutomaticProgrammedWaitPhase,
    AutomaticallyDetectedAIFROI,
    Autorefraction,
    AutorefractionMeasurementsSOPInstance,
    AutorefractionVisualAcuity,
    AverageCalcificationDistanceInACalcificationCluster,
    AvoidanceVolume,
    AxialDiffusivity,
    AxialKurtosis,
    AxialMeasurementsSOPInstance,
    AxillaryNodalMetastases,
    AxillaryNodeHyperplasia,
    AxillaryNodeWithCalcifications,
    AxillaryNodeWithLymphoma,
    AzygoesophagealRecessInterface,
    BIC,
    BN01Pattern,
    BN02Pattern,
    BN03Pattern,
    BN04Pattern,
    BN05Pattern,
    BN06Pattern,
    BN07Pattern,
    BN08Pattern,
    BN09Pattern,
    BN10Pattern,
    BN11Pattern,
    BN12Pattern,
    BN13Pattern,
    BN14Pattern,
    BN15Pattern,
    BN16Pattern,
    BN17Pattern,
    BN18Pattern,
    BRCA1BreastCancerGene,
    BRCA2BreastCancerGene,
    BRCA3BreastCancerGene,
    BREPRadiationTransportModel,
    BSA1Point219,
    BSAEquals0Point0004688WT0Point8168To0Point0154LogWT,
    BSAEquals0Point003207WT0Point7285To0Point0188LogWTHT0Point3,
    BSAEquals0Point007184WT0Point425HT0Point725,
    BSAEquals0Point007358WT0Point425HT0Point725,
    BSAEquals0Point008883WT0Point444HT0Point663,
    BSAEquals0Point009568WT0Point473HT0Point655,
    BSAEquals0Point010265WT0Point423HT0Point651,
    BSAEquals0Point0235WT0Point51456Htcm0Point42246,
    BSAEquals0Point024265WT0Point5378Htcm0Point3964,
    BSAEquals0Point038189WT0Point423HT0Point362,
    BSAEquals13210Point3433WT,
    BSAEqualsHTWT360Point5,
    BackOfCorneaToFrontOfLens,
    Background,
    BackgroundForLesionToBackgroundSUVRatio,
    Backscatter,
    BarrettDesignFactor,
    BarrettLensFactor,
    BarrettToric,
    BarrettTrueK,
    BarrettTrueKToric,
    BarrettUniversalII,
    BasalCellCarcinomaOfNipple,
    BaseToApex,
    Baseline,
    BasicApplicationConfidentialityProfile,
    BasicVoiceAudio,
    BatWingDistribution,
    BayesianProbability,
    BazettQTCorrectionAlgorithm,
    BeadedSeptumSign,
    BeamBlock,
    BeamEnergyInterlock,
    BeamTargetingToleranceViolation,
    BeatDetected_109018,
    BeatDetected_109019,
    BeginCirculatorySupport,
    BeginOxygenAdministration,
    BeginPacing,
    BeginTransferringDICOMInstances,
    BeginVentilation,
    BeginningOfTimePeriod,
    BehaviorOfTheFindingSite,
    BenignCalcifications,
    BenignCystWithBlood,
    Benralizumab89Zr,
    BesselFilter,
    BestIllustrationOfFinding,
    BestInSet,
    Bevacizumab89Zr,
    BiExponentialIVIMDiffusionModel,
    BiPlaneAngiography,
    BinarySegmentation,
    BiomagneticImaging,
    BiomedicalEngineering,
    BiopsyLocalizer,
    BiopsyShouldBeConsidered,
    BiopsyShouldBeStronglyConsidered,
    Bioptome,
    BiplaneEllipse,
    BiquadFilter,
    Blinatumomab89Zr,
    BlindEstimationOfAIF,
    BlindSpotMonitoring,
    BlockPresent,
    BloodCarbonDioxideSaturation,
    BloodDeoxygenationLevel,
    BloodOxygenContent,
    BloodOxygenationLevel,
    BloodTingedColor,
    BloodVelocityMean,
    BloodVelocityMinimum,
    BloodVelocityPeak,
    BloodVesselVascularInvasion,
    BloomRichardsonGrade,
    Boak,
    BodeFilter,
    BodyFrame,
    BodyHabitusAttenuation,
    BodyNodeSet,
    Bolting,
    BolusArrivalTime,
    BolusPresent,
    BoneAndSoftTissue,
    BoneMineralDensitometry,
    BoothbyTable,
    Bootstrap,
    Borderline,
    BorderlineAndGeneralReductionInSensitivity,
    BorgCR10Scale,
    BorgRPEScale,
    BoundaryPoint,
    BowtieFilter,
    BrachytherapyChannel,
    BrachytherapyChannelShield,
    BrachytherapyDevice,
    BrachytherapySourceApplicator,
    BreakoutBoxConnected,
    BreakoutBoxDisconnected,
    BreastAttenuation,
    BreastBoard,
    BreastBridge,
    BreastGeometry,
    BreastImagingReport,
    BreastImagingSubjectMatter,
    BreastThickness,
    BreastTissueDensity,
    Brentuximab89Zr,
    BrightRedColor,
    BrightfieldIllumination,
    Bronchovascular,
    BulletMethod,
    ButterflyDistribution,
    ButterflyFilter,
    ButterworthFilter,
    C0InadequateStudyAwaitingPriorComparisons,
    C1NormalColonOrBenignLesion,
    C2IntermediatePolypOrIndeterminateFinding,
    C3PolypPossiblyAdvancedAdenoma,
    C4ColonicMassLikelyMalignant,
    CArmMount,
    CCNippleNotCenteredOnImage,
    CCNotAllMedialTissueVisualized,
    CCPosteriorNippleLineDoesNotMeasureWithin1cmOfMLO,
    CD,
    CDImported,
    CFXRegionInLAOProjection,
    CHARMED,
    CICFilter,
    CKDEPIFormulaEstimationOfGFR,
    CLR1404I124,
    CLR1404I131,
    CO2Respiration,
    CO2Transcutaneous,
    CO2TrendEndTidalMainStream,
    CO2TrendEndTidalSideStream,
    CO2TrendMainStream,
    CO2TrendSideStream,
    CO2WaveformEndTidalMainStream,
    CO2WaveformEndTidalSideStream,
    CO2WaveformMainStream,
    CO2WaveformSideStream,
    CRTDisplay,
    CRTFrontProjectionSystem,
    CRTRearProjectionSystem,
    CTBasedAttenuationCorrection,
    CTDoseLengthProductSubTotal,
    CTDoseLengthProductTotal,
    CTProtocol,
    CTVNodal,
    CTVPrimary,
    CWavePressure,
    CalcificationExtentAsPercentOfSurface,
    CalcificationExtentAsPercentOfVolume,
    CalcificationsOutsideOfAMass,
    CalcificationsSeenInTheCore,
    CalcificationsWithinAMass,
    CalcifiedImplant,
    Calcium,
    CalciumLength,
    Calculated,
    CalculationFailure,
    Calibration,
    CalibrationObjectUsed,
    CanadianBorderCollieAssociation,
    CanadianKennelClub,
    CanadianLivestockRecordsAssociation,
    CancerElsewhere,
    CanineFederationOfCanada,
    CarcinomaInChildren,
    CarcinomaInEctopicBreast,
    CarcinomaInPregnancyAndLactation,
    CarcinomaWithEndocrineDifferentiation,
    CardiacElectrophysiology,
    CardiacImagingSpecialty,
    CardiacStressState,
    Cardiosphere,
    CardiovascularImagingSubjectMatter,
    CardiovascularRadiology,
    CarinaAngle,
    CarrierGas,
    CarrierTemperatureSensor,
    CartilaginousAndOsseousChange,
    CaseSensitivity,
    CaseSpecificity,
    CassetteBasedProjectionRadiographySystem,
    Cast,
    CathLabProcedureLog,
    CatheterCurve,
    Caudal10DegreeDistalCranioproximalOblique,
    CavityExtentAsPercentOfVolume,
    CavityRadiationShield,
    Center,
    CenterOfGravity,
    CenterOfMass,
    Centerline,
    CentralBreathingPosition,
    CentralLine,
    Centrilobular,
    CentrilobularStructures,
    CertaintyOfFinding,
    CessationOfExercise,
    CessationOfStimulation,
    Cetuximab89Zr,
    Cg250FAb289Zr,
    ChairOfProtocolCommittee,
    ChangMethod,
    ChangeInPatientAnatomy,
    ChangeOfProcedureForCorrectCharging,
    ChannelObstruction,
    ChebyshevFilter,
    Checkerboard,
    ChestTube,
    ChiSquare,
    CholineC11,
    CholineCreatineRatio,
    ChoriocapillarisStructuralReflectanceMap,
    ChoriocapillarisVasculatureFlow,
    ChoroidStructuralReflectanceMap,
    ChoroidVasculatureFlow,
    ChromaticityEvaluation,
    CineFilmDigitized,
    CircleBScanPattern,
    CircleRadialBScanPattern,
    CircleRasterBScanPattern,
    CircularMethod,
    CircumferentialLagrangianStrain,
    CircumferentialLagrangianStrainRate,
    ClassActivation,
    CleanDescriptorsOption,
    CleanGraphicsOption,
    CleanPixelDataOption,
    CleanRecognizableVisualFeaturesOption,
    CleanStructuredContentOption,
    ClearanceInterlock,
    ClinicalEvaluation,
    ClinicalFinding,
    ClinicalTrialSubmissionInputUsed,
    ClusterAnalysis,
    ClusteredMicrocysts,
    CmabU3689Zr,
    CoachingDevice,
    Coalescent,
    CockroftGaultFormulaEstimationOfGFR,
    CoilMarker,
    CoilPlacementConcern,
    CoilSelectionConcern,
    Coin,
    CollectionOfPresentationStates,
    CollimationTooCloseToBreast,
    CollisionChecks,
    CombinationImplant,
    CombinedPosteriorEnhancementAndShadowing,
    CombinedStructuredLightThermalImager,
    Comment,
    CompactFlash,
    ComparativeAverage10YearCHDRisk,
    ComparativeLow10YearCHDRisk,
    ComparisonToPreviousStudies,
    CompleteAcquisitionContent,
    CompleteRenderingForPresentation,
    CompleteStudyContent,
    CompletelyEncapsulated,
    Complex,
    ComplexCyst,
    ComplicatedCyst,
    ComponentModel,
    ComposedFromPriorDoses,
    ComposedFromPriorDosesAndCurrentPlan,
    ComposedWithRadiobiologicalEffects,
    ComposedWithWeightingForFractionsDelivered,
    ComputationServer,
    ComputedFromImageAttributes,
    ComputedRadiography,
    ComputedTomography,
    ComputerAidedDetection,
    ComputerAidedDiagnosis,
    ComputerAssistedDetectionDiagnosis,
    Concentration,
    ConcentricCircleBScanPattern,
    Conclusion,
    Conepresent,
    ConfiguredDefaultImagingEnergy,
    ConfiguredLowestImagingEnergy,
    ConfocalImaging,
    ConfocalMicroscopy,
    ConformalArcBeam,
    ConformalityShell,
    ConsistentWithLabelingOfTheDevice,
    ConstantAngleAcquisition,
    ConsultationWith,
    ConsumableReturnedToInventory,
    ConsumableTakenFromInventory,
    ConsumableUnusable,
    ContentAssessmentResult,
    ContinentalKennelClub,
    ContinuityEquation,
    ContinuityEquationByMeanVelocity,
    ContinuityEquationByPeakVelocity,
    ContinuityEquationByVelocityTimeIntegral,
    Continuous,
    ContinuousPermanent,
    ContinuousTemporary,
    ContouringInputUsed,
    ContrastAdministered,
    ContrastAgentAngioMRSignalIntensity,
    ContrastBolusIngredientOpaque,
    ContrastEnd,
    ContrastLongitudinalRelaxivity,
    ContrastReactionProphylacticAgent,
    ContrastStart,
    ControlledSSDSetupMethod,
    CooperLigamentChanges,
    CoordinateAlignmentImageSeries,
    CopiedFromImageAttributes,
    CornCobBedding,
    CornealAxialPowerMap,
    CornealBirefringenceCompensation,
    CornealElevationMap,
    CornealInstantaneousPowerMap,
    CornealRefractivePowerMap,
    CornealWavefrontMap,
    CoronaRadiata,
    CoronaryFlowReserve,
    CoronaryLesionGreaterThanEquals50PercentStenosis,
    CorrectionFactor,
    CorrelatesToMRIFindings,
    CorrelatesToMammographyFindings,
    CorrelatesToOtherImagingFindings,
    CorrelatesToPhysicalExaminationFindings,
    CorrelatesToUltrasoundFindings,
    CreatineAndCholine,
    CreatineCholineCitrateRatio,
    CrossBScanPattern,
    CrossedGrid,
    Crosstable,
    CtdifreeairToEConversionViaMCComputation,
    CtdifreeairToEConversionViaMeasurement,
    Cu3689Zr,
    CubeBScanPattern,
    CubeMethod,
    CurrentPregnancyKnownOrSuspectedMalformationsSyndromes,
    CurveFitParameter,
    CurveFittedReference,
    CurvedLinearUltrasoundTransducerGeometry,
    CurvedMultiplanarReformatting,
    CylinderMarker,
    CystFill,
    CytologicAnalysis,
    DICOMInstancesAccessed,
    DICOMInstancesTransferred,
    DICOMStudyDeleted,
    DINGeometryPattern,
    DINGrayscalePattern,
    DINResolutionPattern,
    DKI,
    DLPFrontProjectionSystem,
    DLPRearProjectionSystem,
    DLPToEConversionViaMCComputation,
    DLPToEConversionViaMeasurement,
    DN3089Zr,
    DOT,
    DPA71311C,
    DPA71418F,
    DSI,
    DTI,
    DVD,
    DVDImported,
    DW,
    DarkBrownColor,
    DarkRedColor,
    DarkfieldIllumination,
    DataNotAccessibleFromStorage,
    DataRetentionPolicyExpired,
    DateStickerIsMissing,
    DatetimeEstimated,
    DatetimeUnsynchronized,
    DeIdentifyingEquipment,
    DeathDuringCatheterization,
    DeepRetinaStructuralReflectanceMap,
    DeepRetinaVasculatureFlow,
    DeformableModels,
    DeformedForRegistration,
    DelayExportUntilClinicalInformationIsAvailable,
    DelayExportUntilConfirmationOfDiagnosisIsAvailable,
    DelayExportUntilExpertReviewIsAvailable,
    DelayExportUntilFinalReportIsAvailable,
    DelayExportUntilHistopathologyIsAvailable,
    DelayExportUntilOtherLaboratoryResultsAreAvailable,
    DelayExportUntilPatientDies,
    DelayExportUntilPatientIsDischarged,
    DelayedRedistributionState,
    DeliveryRateToleranceViolation,
    DensitometricMethod,
    Density,
    DepartmentSystemScheduler,
    DependentOpacity,
    DeprecatedProtocol,
    Derivation,
    DerivedFromHumanReadableReports,
    DerivedNonValveArea,
    Dermoscopy,
    DescriptionOfMaterial,
    Designator,
    DestinationMedia,
    DestinationRoleID,
    DestructionOfMicrobubbles,
    Detach,
    DetectorArtifacts,
    Deterministic,
    Device,
    DeviceCrossedLesion,
    DeviceDeployed,
    DeviceLocalizer,
    DeviceRelatedAndEnvironmentRelatedEvent,
    DeviceSubject,
    DfCD4589Zr,
    DfFK23PEG489Zr,
    DfFK289Zr,
    DfFK89Zr,
    DfFKPEG389Zr,
    Dgn,
    DiabeticFibrousMastopathy,
    DiagnosisInputUsed,
    DiagnosticAdministration,
    DiagnosticSourceImages,
    DiameterBasedMethod,
    DiamondDetector,
    Diaphanography,
    DiaphragmaticAttenuation,
    DiastolicBloodVelocityMean,
    DiastolicBloodVelocityPeak,
    DiastolicSystolicVelocityRatio,
    DifferentialInterferenceContrast,
    DifferentialSignal,
    DifficultPhysicalClinicalExamination,
    DiffuseContrastEnhancement,
    DiffuseDirectIllumination,
    DiffuselyIncreasedVascularityInSurroundingTissue,
    DiffusionCoefficient,
    DiffusionImageAnalysis,
    DiffusionTractography,
    DiffusionWeighted,
    DiffusionWeightedAcquisitionHighestBValueImage,
    DigitalRadiography,
    DigitalTimecodeNOS,
    Diode,
    DiodeArray,
    DirectDetector,
    DirectlyMeasured,
    DisagreementWithPriorFindings,
    DisapprovedForAnyUse,
    DisapprovedForExperimentalUse,
    DisapprovedForUseAtTheInstitution,
    DisapprovedForUseInTheClinicalTrial,
    DisapprovedForUseOnPregnantPatients,
    DiscCentered,
    DiscFovea,
    DiscMaculaCentered,
    DiscontinuedForUnspecifiedReason,
    DiscontinuedProcedureStepRescheduled,
    DiscontinuedProcedureStepReschedulingRecommended,
    DissectionWithEntireSpecimenSubmission,
    DissectionWithRepresentativeSectionsSubmission,
    DistalCentralizer,
    DistalReference,
    DistalStentMargin,
    Distance,
    DistanceCorrection,
    DistanceFromAnus,
    DistanceFromChestWall,
    DistanceFromNeurovascularBundle,
    DistanceFromNipple,
    DistanceFromSkin,
    DistanceSourceToDetector,
    DistanceSourceToIsocenter,
    DistanceSourceToReferencePoint,
    DistanceSourceToTablePlane,
    DistinctlyDefined,
    DistortedImplant,
    DistortionArtifactInTheAreaOfInterest,
    DistributedDiffusionCoefficient,
    DivideByZero,
    DoctorCanceledProcedure,
    Document,
    DocumentDigitizerEquipment,
    DogRegistryOfAmerica,
    DoorInterlock,
    DopplerAudio,
    DopplerOCTA,
    DopplerVolumeFlow,
    DoseAreaProductTotal,
    DoseCalculationBoundingVolume,
    DoseCalculationImageSeries,
    DoseCalibrator,
    DoseFrequency,
    DoseFromPriorTreatment,
    DoseGradient,
    DoseImage,
    DoseLimitInterlock,
    DosePointCloud,
    DoseRateToleranceViolation,
    DosimetricResult,
    DoubleExposure,
    DoubleMDerivedFilter,
    DrugAdministered,
    DrugEnd,
    DrugStart,
    DualSideIllumination,
    DualSpeedOfSoundCorrection,
    DuctNarrowing,
    DuctalAdenoma,
    DuplicateOrder,
    DurationOfAdministration,
    DurationOfTimePeriod,
    DuringTransport,
    DuringVoiding,
    DynamicContrastEnhancedAcquisition,
    DynamicContrastEnhancedAcquisitionSubtractionImage,
    DynamicContrastMRMeasurementReport,
    DynamicLight,
    DynamicWedge,
    DyssynchronyIndex,
    E4G1089Zr,
    ECGBasedGatingSignalProcessed,
    ECST,
    EEGAnnotation,
    EEMCrossSectionalArea,
    EEMDiameter,
    EEMDiameterRatio,
    EEMVolume,
    EMGAnnotation,
    EOGAnnotation,
    ESUR2012ProstateMRIAcquisitionRequirements,
    EarlyContrastEnhancement,
    EchogenicHalo,
    Echogenicity,
    Echovist,
    Ecromeximab89Zr,
    EdgeDetection,
    EdgeEnhancement,
    EditedModel,
    EducationalIntent,
    EffectiveAtomicNumber,
    EffectiveDose,
    EffectiveOrificeArea,
    Elasticity,
    ElectricalFailure,
    Electrocardiography,
    Electroencephalography,
    ElectromechanicalDelay,
    Electromyography,
    ElectronFixedAperture,
    Electrooculography,
    ElevationBasedCornealTomographer,
    Eligibility,
    EligibilityReader,
    EligibleForReimbursement,
    EligibleForReimbursementOnPerPatientBasis,
    Elliptic,
    EllipticFilter,
    Email,
    EmbryonicKidney,
    EmergencyOverrideStarted,
    EmergencyOverrideStopped,
    EmpiricalAlgorithm,
    EndCirculatorySupport,
    EndOfExpiration,
    EndOfInspiration,
    EndOfSystole,
    EndOfTimePeriod,
    EndOxygenAdministration,
    EndPacing,
    EndProcedureAction,
    EndVentilation,
    EndocardialMethod,
    EndocavitaryTransducer,
    Endoleak,
    EndorectalTransducer,
    Endoscopy,
    EndovaginalTransducer,
    EnhancedMultiFrameConversionEquipment,
    EntireBodyTargetVolume,
    EntirePullback,
    EntranceExposureAtRP,
    EpicardialMethod,
    EpifluorescenceIllumination,
    Equation,
    EquationCitation,
    EquidistantMethod,
    EquipmentBroughtToProcedureRoom,
    EquipmentChange,
    EquipmentFailure,
    EquipmentOrigin,
    EquipmentReady,
    EquipmentRemoved,
    Equivalent2GrayFractionsModel,
    EquivalentCDADocument,
    EquivalentDose,
    EquivalentKReading,
    EquivalentMeaningOfConceptName,
    ErodedPlaque,
    EsophagealPressure,
    EstimatedFromWaterEquivalentDiameter,
    Euler,
    EventButtonPressed,
    EventButtonTest,
    ExcellentImageQuality,
    ExcursionDistance,
    ExpectedADCMapIsMissing,
    ExpectedBValueIsMissing,
    Explantation,
    Export,
    ExtendedPatientAnatomyModel,
    ExtendedRenderingForPresentation,
    ExtendedToftsModel,
    ExternalBodyModel,
    ExternalCameraPhotography,
    ExternalDataSource,
    ExternalTransducer,
    ExtractionOfIndividualSubjectFromGroup,
    Extravasation,
    ExtravasationVisibleInImage,
    ExtremelySmall,
    FACT,
    FIRFilter,
    FLB457C11,
    FWPByGACampbell1991,
    FWPByGAHadlock1991,
    Failed,
    FallyprideC11,
    FallyprideF18,
    FalseLumen,
    FalseMarkersPerCase,
    FalseMarkersPerImage,
    FalsePositiveDefectFinding,
    FamilyHistoryFetalMalformationSyndrome,
    FamilyHistoryOfProstateCancer,
    FamilyHistoryUnknown,
    FastDiffusionCoefficient,
    FastDiffusionCoefficientFraction,
    FastMode,
    FatFraction,
    FeatureDetectedOnImagesFromMultipleModalities,
    FeatureDetectedOnMultipleImages,
    FeatureDetectedOnOnlyOneOfTheImages,
    FeatureDetectedOnTheOnlyImage,
    FederationOfInternationalCanines,
    Fellow,
    Female,
    FemaleChangedToMale,
    FemalePseudohermaphrodite,
    FemoralHeadBallComponent,
    FemoralHeadConeTaperComponent,
    FemoralHeadResurfacingComponent,
    FemoralStem,
    FemoralStemComponent,
    FemoralStemDistalComponent,
    FemoralStemProximalComponent,
    FemurHeadCenterOfRotation,
    FetalCardiacUltrasoundReport,
    Fetus,
    FibroLipidicPlaque,
    Fibroadenolipoma,
    FibroadenomatoidHyperplasia,
    Fibrocalcific,
    Fibronodular,
    FiducialAlignment,
    FiducialMark,
    Field1ForJoslin3Field,
    Field2ForJoslin3Field,
    Field3ForJoslin3Field,
    FieldMapMRSignalIntensity,
    FilmDigitizer,
    FilmHolder,
    FilmScreenMammography,
    Film_110010,
    Film_113951,
    FilteredBackProjection,
    FinalReport,
    Finding,
    FinePleomorphicCalcification,
    FirmSkinLesion,
    FirstPassLeakageProfileFPLPModel,
    FixationOrPositioningDevice,
    FixedBeamDirection,
    FixedDp,
    FixedDurationPauseEnded,
    FixedGrid,
    FixedLaserSetupPoint,
    FlashDoesnTIncludeCassetteScreenDetectorIdentification,
    FlashDoesnTIncludeDateOfExamination,
    FlashDoesnTIncludeFacilityNameAndLocation,
    FlashDoesnTIncludeMammographyUnitIdentification,
    FlashDoesnTIncludePatientNameAndAdditionalPatientId,
    FlashDoesnTIncludeTechnologistIdentification,
    FlashIsIllegibleDoesNotFitOrIsLopsided,
    FlashIsNotNearEdgeOfFilm,
    FlatFilter,
    FlatteningFilterBeam,
    FleischTable,
    FleischnerLines,
    Flocculent,
    FlowImageForImageProcessing,
    FlowRateAboveAdjustmentLimit,
    FlowRateAboveWarningLimit,
    FlowVariance,
    FlowVelocity,
    FlubatineF18,
    Fluffy,
    FluidObtained,
    FluoroDoseAreaProductTotal,
    FluoroscopyGuidedProjectionRadiographySystem,
    FluorotrioprideF18,
    FlurpiridazF18,
    FlushAdministration,
    FocalAbnormality,
    FocalContrastEnhancement,
    FocusedGrid,
    FollowUpAtShortInterval111Months,
    FollowUpAtShortIntervalFromPriorStudy,
    FollowUpPostBiopsyAsDirectedByClinician,
    FoodTreat,
    FootToHead,
    ForAttenuationCorrection,
    ForClinicalTrialExport,
    ForClinicalTrialSubmission,
    ForConference,
    ForDiagnosis,
    ForLitigation,
    ForMachineQualityAssurance,
    ForPatient,
    ForPatientSetupVerification,
    ForPeerReview,
    ForPhysicianReview,
    ForPhysicistReview,
    ForPlanComparison,
    ForPlanQualityAssurance,
    ForPrinting,
    ForProcessingPredecessor,
    ForPublicationExport,
    ForRTPlanSummation,
    ForRTPrescription,
    ForRTTreatmentPlanning,
    ForRTWorkflow,
    ForReferringProvider,
    ForReportAttachment,
    ForResearch,
    ForResearchCollectionExport,
    ForSegmentation,
    ForSurgery,
    ForTeaching,
    ForTeachingFileExport,
    ForTherapy,
    ForTumorBoard,
    ForTumorRegistry,
    ForcedAirHeater,
    FovealSensitivityRelated,
    Fp10,
    Fp9,
    FractalDimension,
    FractionalAnisotropy,
    FractionalChange,
    FractionalKurtosisAnisotropy,
    FractionalOccupancySegmentation,
    FractionalProbabilisticSegmentation,
    FractionationBasedOrTemporallyBasedMethods,
    FrameExtractingEquipment,
    FrameOfReferenceIdentity,
    FraminghamQtcAlgorithm,
    FreeAcquisition,
    FreeSilicone,
    Freehand,
    Fresolimumab89Zr,
    FridericiaQtcAlgorithm,
    FrontOfCorneaToFrontOfLens,
    FullBernoulli,
    FullCardiacCycle,
    FullFidelityImage,
    FunctionalImage,
    GA20189Zr,
    GDPattern,
    GGraft,
    GTVNodal,
    GTVPrimary,
    GammaCapillaryTransitTimeGCTTModel,
    GammaDistributionMode,
    GammaDistributionModel,
    GammaDistributionScaleParameter,
    GammaDistributionShapeParameter,
    GanglionCellComplexThickness,
    GastrointestinalImagingSubjectMatter,
    GaussianBlur,
    GaussianFilter,
    GeneralMicroscopy,
    GeneralReductionInSensitivity,
    Generic2DPlanning,
    Generic3DPlanning,
    GenericPlanningForHipReplacement,
    GenericPlanningForKneeReplacement,
    GenitourinaryImagingSubjectMatter,
    GeometricCenterpoint,
    GeometricIsocenter,
    GeometricNonIsocenter,
    GeometricRadiationTransportModel,
    GeometricalImageEvaluation,
    GlaucomaHemifieldTestAnalysis,
    GlembatumumabVedotin89Zr,
    Global,
    GlomerularFiltrationRateBlackMDRD,
    GlomerularFiltrationRateCreatinineBasedFormulaSchwartz,
    GlomerularFiltrationRateCystatinBasedFormula,
    GlomerularFiltrationRateFemaleMDRD,
    GlomerularFiltrationRateMDRD,
    GlomerularFiltrationRateNonBlackMDRD,
    GlutamateAndGlutamine,
    GlutamineC11,
    GlutamineC14,
    GlutamineF18,
    Glycolysis,
    GoodImageQuality,
    GradientPressureAverage,
    GradientPressurePeak,
    GradientWeightedClassActivation,
    GraftToCitedSegmentDistalSection,
    GraftToCitedSegmentMidSection,
    GraftToCitedSegmentProximalSection,
    GranularPattern,
    Graticule,
    GrayscaleResolutionEvaluation,
    GreaterThan1YearAgo,
    GridArtifacts,
    GridBScanPattern,
    GroundGlassOpacity,
    GroupOfFramesForDisplay,
    GrowthPercentileRank,
    GrowthZScore,
    GuidewireCrossingLesionSuccessful,
    GuidewireCrossingLesionUnsuccessful,
    GynecologicCondition,
    GynecologicSurgery,
    HARDI,
    HISBundleWave,
    HabitualVisualAcuity,
    Haigis,
    HaigisA0,
    HaigisA1,
    HaigisA2,
    HaigisL,
    HaigisLToric,
    HaigisToric,
    HalfValueLayer,
    HaloSign,
    HandGrips,
    HardCopy,
    HardCopyPrintServer,
    HardWedge,
    HardwareConfiguration,
    HeadAndNeckImagingSpecialty,
    HeadAndNeckMask,
    HeadFixationBoard,
    HeadFootAxis,
    HeadMask,
    HeadNodeSet,
    HeadOfCardiology,
    HeadOfRadiology,
    HeadToFoot,
    Headframe,
    HeadframePresent,
    HeartValveFlail,
    HeatedImagingDevice,
    HeatedPatientSupport,
    HeatedWaterBlanket,
    HeelStop,
    Height,
    HelicalBeam,
    HemisphericalUltrasoundTransducerGeometry,
    HemodynamicResistance,
    HemodynamicResistanceIndex,
    HemodynamicWaveform,
    HemostasisAchieved,
    HemostasisNotAchievedActivelyBleeding,
    HemostasisNotAchievedOozing,
    Hermaphrodite,
    HerniatedImplant,
    HeterogeneousEchotexture,
    Hiatus,
    High,
    HighResolution,
    HighThresholdEmptyTileSuppression,
    HighThyroidUptake,
    HighlySuggestiveOfMalignancyTakeAppropriateAction,
    HisBundleElectrogram,
    HistogramAnalysis,
    HistologyUsingCoreBiopsy,
    HistoricalRTPrescription,
    HistoryOfBenignBreastBiopsy,
    HistoryOfBreastAugmentationAsymptomatic,
    HistoryOfEndometrialCancer,
    HistoryOfHighRiskLesionOnPreviousBiopsy,
    HistoryOfMultipleFetuses,
    HistoryOfOvarianCancer,
    HodgesQTCorrectionAlgorithm,
    HofferPacdConstant,
    HofferQ,
    Holladay1,
    Holladay2,
    HomogeneityFactor,
    Homogeneous,
    HomogeneousFatEchotexture,
    HomogeneousFibroglandularEchotexture,
    HoneycombPattern,
    HumanAlphaSynucleinPreformedFibrils,
    HumanTauPreformedFibrils,
    HyperAcute,
    HyperFractionation,
    Hyperechoic,
    HyperemicRatio,
    HyperventilationBegin,
    HyperventilationEnd,
    HypoFractionation,
    Hypoechoic,
    HzAngular,
    HzNormalized,
    IAUC,
    IAUC180,
    IAUC180BN,
    IAUC60,
    IAUC60BN,
    IAUC90,
    IAUC90BN,
    IAUCBN,
    ICRPPub103,
    ICRPPub60,
    ICRPPublication106,
    ICRPPublication53,
    ICRPPublication80,
    IEC61217GantryContinuousPitchAngle,
    IEC61217GantryContinuousRollAngle,
    IEC61217GantryContinuousYawAngle,
    IEC61217PatientSupportContinuousYawAngle,
    IEC61217TableTopContinuousEccentricAngle,
    IEC61217TableTopContinuousPitchAngle,
    IEC61217TableTopContinuousRollAngle,
    IEC61217TableTopEccentricAxisDistance,
    IEC61217TableTopLateralPosition,
    IEC61217TableTopLongitudinalPosition,
    IEC61217TableTopVerticalPosition,
    IECBodyDosimetryPhantom,
    IECHeadDosimetryPhantom,
    IIRFilter,
    ILCR,
    IRIGBTimecode,
    ITV,
    IfAgeGreaterThan60YearsP50Equals29Point3,
    IfAgeLesserThan18YearsP50Equals27Point2,
    IfAgeLesserThan1DayP50Equals21Point6,
    IfAgeLesserThan30DayP50Equals24Point6,
    IfAgeLesserThan40YearsP50Equals27Point4,
    IfPremAgeLesserThan3DaysP50Equals19Point9,
    Igloo,
    IllustrationOfROI,
    ImageAcquiredDuringTreatment,
    ImageArtifacts,
    ImageCapture,
    ImageContentAndFiducialBasedAlignment,
    ImageContentBasedAlignment,
    ImageDetectedMass,
    ImageDetector,
    ImageFrame,
    ImageProcessing,
    ImageQuality,
    ImageQualityController,
    ImageSpecificity,
    ImageStitching,
    ImageUsedAsReferenceImageForTreatment,
    ImageUsedForDoseCalculation,
    ImageUsedForTreatmentPlanning,
    ImagedContainerLabel,
    ImagesRelatedToStandaloneObject,
    Imagify,
    ImagingMeasurementReport,
    ImagingProcedureRoom,
    ImplantFabrication,
    Import,
    Impression,
    InDetectorPlane,
    InHomeCage,
    InStentNeointima,
    InStentNeointimalCrossSectionalArea,
    InStentNeointimalVolume,
    InadequateCompression,
    InadequateContrastEnhancement,
    InappropriateForTheDevice,
    InappropriateForTheIndications,
    InappropriateImageProcessing,
    InappropriatePatientOrientation,
    InappropriatePatientPosition,
    IncompleteStudy,
    InconsistentWithLabelingOfTheDevice,
    IncorrectModalityWorklistEntry,
    IncorrectProcedureOrdered,
    IncorrectSideOrdered,
    IncorrectWorklistEntrySelected,
    IndependentRadiationShield,
    Indexed,
    IndexedHemodynamicResistance,
    IndicatorMeanTransitTime,
    IndirectDetector,
    IndividualImpressionRecommendationAnalysis,
    IneligibleForReimbursement,
    InferiorToAnterior,
    InferolateralToSuperomedial,
    InferomedialToSuperolateral,
    Infiltrate,
    InformationTechnology,
    InfraredMarker,
    InfraredReflectorMarker,
    InfusateEnd,
    InfusateStart,
    InfusionSystem,
    Inhomogeneous,
    InnerLimitsOfFuzzyMargin,
    InsideOperationalLimitsOfTheDevice,
    InstanceNumber,
    InstancesImported,
    InstitutionallyApprovedEstimates,
    InstitutionallyDefinedQualityControlStandard,
    InsufficientImplantDisplacementIncorrect,
    InsufficientQualityForInterpretation,
    IntegratedProjectionRadiographySystem,
    IntegrationOfSumOfClosedAreasOnContiguousSlicesMethodForVolume,
    InterHemisphericPlane,
    InterMarkerDistance,
    Interface,
    InterferingTearsOrDrops,
    InterferometricTransducer,
    Interferometry,
    InterferometryBasedCornealTomographer,
    InterlockOverridden,
    InterlockResolved,
    IntermediateFamilyHistoryOfBreastCancer,
    IntermediateLevel,
    InternationalProgressiveDogBreedersAlliance,
    InterpolatedLocalReference,
    Interpretation,
    InterpretationRequiresSpecialistExpertise,
    InterquartileRangeOfPopulation,
    InterquartileRangeToMedianRatioOfPopulation,
    InterstitialIllumination,
    InterventionPerformed,
    InterventionalDevicePlaced,
    InterventionalDevicePlacementUnsuccessful,
    InterventionalDeviceWithdrawn,
    IntimalDissection,
    IntraOralRadiography,
    IntraStentDissection,
    IntracysticLesion,
    IntracysticPapillaryCarcinoma,
    IntraductalCarcinomaHighGrade,
    IntraductalCarcinomaLowGrade,
    IntraductalComedocarcinomaWithNecrosis,
    IntralobularLines,
    IntraluminalFillingDefect,
    IntraocularLensCalculation,
    IntraoperativeFixedAperture,
    IntraoperativeTransducer,
    IntravascularOpticalCoherenceTomography,
    IntravascularTransducer,
    IntravascularUltrasound,
    InvasiveAndInSituCarcinoma,
    InvasiveBreastCarcinoma,
    InvestigationalNewDrug,
    IodinatedI125DPA713,
    IonChamber,
    IonChamberArray,
    IrradiatingDevice,
    IrradiationAdministering,
    IrradiationAuthorizing,
    IrradiationEvent,
    IrradiationEventUID,
    IsocenterOrigin,
    IsocentricPatientSupportContinuousPitchAngle,
    IsocentricPatientSupportContinuousRollAngle,
    IsocentricPatientSupportContinuousYawAngle,
    IsocentricPatientSupportLateralPosition,
    IsocentricPatientSupportLongitudinalPosition,
    IsocentricPatientSupportVerticalPosition,
    IsocentricSetupMethod,
    IsocentricTreatmentLocationPoint,
    Isodose,
    IsodoseVolume,
    Isoechoic,
    IterativeClosestPoint,
    IterativeReconstruction,
    J59189Zr,
    JawPair,
    JawPositionToleranceViolation,
    JuvenilePapillomatosis,
    KTypeFilter,
    KeepVeinOpenEnded,
    KeepVeinOpenStarted,
    Kep,
    Keratometry,
    KeratometryMeasurementsSOPInstance,
    KerleyALine,
    KerleyBLine,
    KerleyCLines,
    KeyObjectSelection,
    KidneyStent,
    KnownBiopsyProvenMalignancy,
    KnownBiopsyProvenMalignancyTakeAppropriateAction,
    Ktrans,
    Kurtosis,
    KurtosisDiffusionCoefficient,
    KurtosisDiffusionModel,
    LADRegionInLAOProjection,
    LADRegionInRAOProjection,
    LDLCholesterolScoreSheetForMen,
    LDLCholesterolScoreSheetForWomen,
    LSDI,
    LVEndSystolicGLS2CHEndocardial,
    LVEndSystolicGLS4CHEndocardial,
    LVEndSystolicGLSALAXEndocardial,
    LVEndSystolicGLSMultiviewMeanEndocardial,
    LVEndSystolicMechanicalDispersion,
    LVPeakGLS2CHEndocardial,
    LVPeakGLS4CHEndocardial,
    LVPeakGLSALAXEndocardial,
    LVPeakGLSMultiviewMeanEndocardial,
    LVPeakSystolicGLS2CHEndocardial,
    LVPeakSystolicGLS4CHEndocardial,
    LVPeakSystolicGLSALAXEndocardial,
    LVPeakSystolicGLSMultiviewMeanEndocardial,
    LWHMethodForVolumeOfEllipsoid,
    LactationalChange,
    LargeDuctPapilloma,
    LargeGreaterThan38Point0cmLateralThickness,
    LaserCrossHairs,
    LaserScan,
    LaserScanning,
    LaserScanning3DCAMModel,
    LateChildBearingAfter30,
    LateContrastEnhancement,
    LeadRadiologicTechnologist,
    LeafPairs,
    LeastMeanSquareLMSDeconvolution,
    LeastSquaresFitOfMultipleSamples,
    LeftAtrialEDVolume,
    LeftAtrialESVolume,
    LeftAtrialEjectionFractionByAngiography,
    LeftFirst,
    LeftHemisphereMostAnterior,
    LeftHemisphereMostInferior,
    LeftHemisphereMostPosterior,
    LeftHemisphereMostSuperior,
    LeftRightAxis,
    LeftToRight,
    LeftVentricleApicalAnterolateralSegment,
    LeftVentricleApicalAnteroseptalSegment,
    LeftVentricleApicalInferolateralSegment,
    LeftVentricleApicalInferoseptalSegment,
    LeftVentricleMassByAreaLength,
    LeftVentricleMassByAreaLengthAdjustedByHeight,
    LeftVentricleMassByMMode,
    LeftVentricleMassByMModeAdjustedByHeight,
    LeftVentricleMassByTruncatedEllipse,
    LeftVentricleMassByTruncatedEllipseAdjustedByHeight,
    LeftVentricularEjectionTime,
    LeftVentricularFillingTime,
    Lensometry,
    LesionCapsularContactLength,
    LesionCentered,
    LesionCompletelyRemoved,
    LesionPartiallyRemoved,
    LesionSensitivity,
    LesionToBackgroundSUVRatio,
    LesserThan3MonthsAgo,
    LeukemicInfiltration,
    LevenbergMarquardt,
    Levovist,
    LightBrownColor,
    Line,
    LineBScanPattern,
    LineNoiseArtifact,
    LineScanPattern,
    LineSegmentLength,
    Linear,
    LinearCurve,
    LinearDisplacement,
    LinearQuadraticLinearModel,
    LinearQuadraticModel,
    LinearQuadraticModelForLowDoseRateBrachytherapy,
    LinearQuadraticModelWithTimeFactor,
    LinearSpiculation,
    LinearUltrasoundTransducerGeometry,
    LipidAndLactate,
    LiquidCrystalDisplay,
    LiquidIonChamber,
    Lobar,
    Lobulated,
    LocalEffectModel,
    LocalServiceOperationStarted,
    LocalServiceOperationStopped,
    Localizer,
    LocallyManufacturedProduct,
    LogOfRatioOfTwoSamples,
    Login,
    Logout,
    LongAxisBased,
    LongitudinalLagrangianStrain,
    LongitudinalLagrangianStrainRate,
    LossyCompressedImage,
    LossyCompressedPredecessor,
    LossyCompression,
    LotIdentifier,
    Low,
    LowThyroidUptake,
    Lucency,
    LumenDiameterRatio,
    LumenEccentricityIndex,
    LumenPerimeter,
    LumenShapeIndex,
    LumenVolume,
    LuminanceResponseEvaluation,
    LuminanceUniformityEvaluation,
    Lutetium177NAcetylaspartylglutamate,
    LympathicVesselInvasion,
    MDerivedFilter,
    MEDI55189Zr,
    MEMSBasedTransducer,
    MIRDOSE,
    MIRDPamphlet1,
    MLCPositionInterlock,
    MLCPositionToleranceViolation,
    MLOEvidenceOfMotionBlur,
    MLOInframammaryFoldIsNotOpen,
    MLOInsufficientPectoralMuscle,
    MLONoFatIsVisualizedPosteriorToFibroglandularTissues,
    MLOPoorSeparationOfDeepAndSuperficialBreastTissues,
    MODImported,
    MPPSContent,
    MRMarker,
    MRSignalIntensity,
    MachineCalibrationAdjustment,
    MachineCapabilityLicenseExpired,
    MachineClearanceInterlock,
    MachineNotAvailable,
    MachineQualityAssuranceInputUsed,
    Macrocalcifications,
    MaculaCentered,
    MacularFixationTesting,
    MagneticResonance,
    MagneticSusceptibility,
    MagnetizationTransferRatio,
    MagnitudeNormalized,
    Male,
    MaleChangedToFemale,
    MalePseudohermaphrodite,
    MalignantMelanomaOfNipple,
    Mammographic_111487,
    Mammographic_111488,
    Mammography,
    MammographyCAD,
    MammographyQualityControlManual1999ACR,
    Manifest,
    ManualAdministration,
    ManualEntry,
    ManualHoldStarted,
    ManualKeratometry,
    ManualProcessing,
    ManualResumeFromHold,
    Margetuximab89Zr,
    Margin,
    MarkerPlacement,
    MaskImageForImageProcessingOperation,
    MassAdministered,
    MassInTheSkin,
    MassOfBreast,
    MassOfParenchymalTissue,
    MassOfVascularCalcification,
    MassOnTheSkin,
    MassScoringMethod,
    MassWithCalcifications,
    Maternal,
    MaxDpDt,
    MaxNegDpDt,
    MaximumAbsoluteVolumeAtRadiationDose,
    MaximumAbsorbedRadiationDose,
    MaximumAttenuationCoefficient,
    MaximumDifference,
    MaximumEquivalentRadiationDose,
    MaximumEquivalentUniformDose,
    MaximumIntensityProjection,
    MaximumMeanRadiationDose,
    MaximumOrificeArea,
    MaximumPercentVolumeAtRadiationDose,
    MaximumRadiationDose,
    MaximumSlope,
    MaximumSurfaceRadiationDose,
    MeanAbsorbedRadiationDose,
    MeanAttenuationCoefficient,
    MeanCtdivol,
    MeanDiffusivity,
    MeanEquivalentRadiationDose,
    MeanKurtosis,
    MeanLocalReference,
    MeanTransitTime,
    MeanValueChosen,
    MeasuredRadiationDose,
    MeasurementFailure,
    MeasurementFromThisDevice,
    MeasurementNotAttempted,
    MechanicalBeamSteering,
    MechanicalDispersion,
    MechanicalFailure,
    MechanicalPointer,
    MediaCreationDevice,
    MediaFailure,
    MediaImport,
    MedialDissection,
    Median,
    MedianAbsorbedRadiationDose,
    MedianAttenuationCoefficient,
    MedianEquivalentRadiationDose,
    MedicalPhysics,
    Medium,
    Medium32Point0To38Point0cmLateralThickness,
    MeshRadiationTransportModel,
    MesopicLight,
    MetabolicVolume,
    MetaboliteMapsFromSpectroscopyData,
    MetastasisToAnIntramammaryLymphNode,
    MetastaticCancerToTheBreast,
    MetastaticCancerToTheBreastFromTheColon,
    MetastaticCancerToTheBreastFromTheLung,
    MetastaticCancerToTheBreastFromTheOvary,
    MetastaticDiseaseToAxillaryNode,
    MetastaticMelanomaToTheBreast,
    MetastaticSarcomaToTheBreast,
    MetersetRateInterlock,
    MetersetToleranceViolation,
    MethodCitation,
    MethodOfDisksBiplane,
    MethodOfDisksSinglePlane,
    MicrodosimetricKineticModel,
    MicroglandularAdenosis,
    Micronodule,
    MidPeripheralInferior,
    MidPeripheralInferiorNasal,
    MidPeripheralInferiorTemporal,
    MidPeripheralNasal,
    MidPeripheralSuperior,
    MidPeripheralSuperiorNasal,
    MidPeripheralSuperiorTemporal,
    MidPeripheralTemporal,
    MiddleInnerRetinaVasculatureFlow,
    MiddleInnerStructuralReflectanceMap,
    MiddleOfTimePeriod,
    MidlungWindow,
    MiliaryPattern,
    MinimizeMeterset,
    MinimumAbsoluteVolumeAtRadiationDose,
    MinimumAbsorbedRadiationDose,
    MinimumAttenuationCoefficient,
    MinimumEquivalentRadiationDose,
    MinimumEquivalentUniformDose,
    MinimumIntensityProjection,
    MinimumMeanRadiationDose,
    MinimumPercentVolumeAtRadiationDose,
    MinimumRadiationDose,
    MinimumSurfaceRadiationDose,
    MitralValveClosure,
    MitralValveOpening,
    MixedModality3DCAMModel,
    MixedSex,
    ModeAbsorbedRadiationDose,
    ModeEquivalentRadiationDose,
    ModelFittingMethod,
    ModelFree,
    ModelFreeConcentrationTimeQuantitification,
    ModifiedHounsfieldUnit,
    ModifiedSimpson,
    ModifyingEquipment,
    Mogamulizumab89Zr,
    Mold,
    MonoExponentialApparentDiffusionCoefficient,
    MonoExponentialDiffusionModel,
    MonoblockStem,
    MonoclonalAntibody64Cu,
    MonoclonalAntibody89Zr,
    MonopoleSignal,
    MorphologicalOperations,
    MosaicPattern,
    MosaicPerfusion,
    MostRecentValueChosen,
    MotionBlur,
    MotorizedWedge,
    MouseAlphaSynucleinPreformedFibrils,
    MouseTauPreformedFibrils,
    MoveableLaserPatientSetupPoint,
    MultiEnergyProportionalWeighting,
    MultiMediaCard,
    MultiScaleResolutionFiltering,
    MultiSideIllumination,
    MultiTensor,
    MultifocalIntraductalCarcinoma,
    MultifocalInvasiveDuctalCarcinoma,
    MultiparametricMRI,
    MultiparametricMRIOfWholeBody,
    MultiplanarReformatting,
    MultipleFillingDefect,
    MultipleFixedSources,
    MultipleIntraductalPapillomas,
    MultipleLADRegionInRAOProjection,
    MultipleRCARegionInRAOProjection,
    MultipleShotEPI,
    MultipleSlices,
    MultispectralProcessing,
    MusculoskeletalImagingSpecialty,
    MusculoskeletalImagingSubjectMatter,
    MusculoskeletalRadiology,
    MyocardialBiopsy,
    MyocardialMidlayerMethod,
    MüllerMethodPlanningForHipReplacement,
    NASCET,
    NAcetylaspartateCholineRatio,
    NAcetylaspartateCreatineRatio,
    NEMAXR212000Phantom,
    NIH07,
    NIH31,
    NMMyocardialViabilityProcedure,
    NMTransmissionAttenuationCorrection,
    NNonDiagnosticSegments,
    NNonDiagnosticStudy,
    NURBSRadiationTransportModel,
    NanocolloidalAlbumin89Zr,
    NasalCannula,
    NationalKennelClub,
    NativePlaqueVolume,
    Nearline,
    NeckComponent,
    NecroticLipidicPlaque,
    NeedleGauge,
    NeedleLength,
    NeedleLocalizationAndBiopsy,
    NegativeDCE,
    NegativeEnhancementIntegral,
    NegativeExponential,
    NegativeInfinity,
    NeighborhoodAnalysis,
    NetworkConfiguration,
    NetworkEntry,
    NeuroimagingSubjectMatter,
    NeurologySpecialty,
    NeurophysiologyAutomatedAnalysisAnnotations,
    NeurophysiologyPostHocReviewAnnotations,
    NeurophysiologyRecordingAnnotations,
    NeuroradiologyImagingSpecialty,
    NeutralMusculoskeletalPosition,
    NifeneF18,
    NilPerOsNPOStatusConfirmed,
    NippleDischargeCytology,
    NippleNotInProfile,
    NippleRing,
    NoAbnormality,
    NoAlgorithmsSucceededWithoutFindings,
    NoAttenuationCorrection,
    NoComplications,
    NoCornealCompensation,
    NoCorrelationToClinicalFindings,
    NoCorrelationToOtherImagingFindings,
    NoEmptyTileSuppression,
    NoFamilyHistoryOfProstateCancer,
    NoFilter,
    NoGrid,
    NoImage,
    NoKnownExposure,
    NoPosteriorAcousticFeatures,
    NoRealignment,
    NoSubsequentWorkitems,
    NodeAuthentication,
    NodeID,
    NodularPattern,
    NominalEmptyTileSuppression,
    NominalImagingSourceLocation,
    NominalRadiationSourceLocation,
    NonBloodyDischarge,
    NonDiagnosticECG,
    NonDiagnosticLowHeartRate,
    NonDiagnosticRestingSTAbnormalities,
    NonDiagnosticVentricularPacingOrLBBB,
    NonFlatteningFilterBeam,
    NonFocalAbnormality,
    NonImagingDopplerUltrasoundTransducerGeometry,
    NonLesion,
    NonLesionAtBaseline,
    NonSpecificVolume,
    NonSynchronizedRoboticTreatment,
    NonTargetLesionAtBaseline,
    NonTargetLesionCompleteResponse,
    NonTargetLesionIncompleteResponseOrStableDisease,
    NonTargetLesionProgressiveDisease,
    NonUterineLeiomyosarcoma,
    NormalAxillaryNode,
    NormalBreastTissue,
    NormalImplants,
    NormalIntervalFollowUp,
    NormalMyocardium,
    NormalizationFactor,
    NorthAmericanPurebredDogRegistry,
    NoseCone,
    NotANumber,
    NotAllAlgorithmsSucceededWithFindings,
    NotAllAlgorithmsSucceededWithoutFindings,
    NotAttempted,
    NotForPresentationRenderingDeviceExpectedNotToPresent,
    NotOptimizedForTheDeviceInstance,
    NotParallel,
    NotSure,
    NotVisualized,
    NuclearMedicine,
    NuclearMedicineImagingSubjectMatter,
    NuclearMedicineProjectionActivity,
    NuclearMedicineTomographicActivity,
    NumericalAcousticModel,
    NursingNote,
    NursingUnitCancel,
    O10,
    O9,
    OBGYNUltrasoundProcedureReport,
    OBGynImagingSpecialty,
    OCTAAmplitudeDecorrelation,
    OCTAComplexVariance,
    OCTACorrelationMapping,
    OCTAOneSidedRatio_128304,
    OCTAOneSidedRatio_128305,
    OCTASpeckleVariance,
    OCTBScanAnalysis,
    OIQPattern,
    OLED,
    OLINDAEXM,
    OSEMAlgorithm,
    OSLD,
    Obinituzimab89Zr,
    ObjectRemoved,
    ObjectSecurityAttributesChanged,
    ObjectSetIncomplete,
    ObjectTypesNotSupported,
    ObjectsIncorrectlyFormatted,
    ObliqueIllumination,
    ObservationByExaminer,
    Ocaratuzumab89Zr,
    OccultCarcinomaPresentingWithAxillaryLymphNodeMetastases,
    OcularFixationLight,
    OcularGazeSetupMethod,
    OfInterest,
    OfficeCalled,
    Offline,
    OffsetFactor,
    OilCyst,
    OldFilmsForComparison,
    Oligemia,
    Olsen,
    OnAdmissionToUnit,
    OnDischarge,
    OnDischargeFromUnit,
    OncologicImagingSpecialty,
    OncologyMeasurementReport,
    OncologySpecialty,
    Online,
    OnsetOfExercise,
    OnsetOfStimulation,
    Opacity,
    OperatorError,
    OperatorNarrative,
    OphthalmicAxialMeasurements,
    OphthalmicMapping,
    OphthalmicPhotography,
    OphthalmicTomography,
    OphthalmicTomographyBScanVolumeAnalysis,
    OphthalmicTomographyEnFace,
    OphthalmicVisualField,
    OpticalCoherenceTomography,
    OpticalDistanceMeter,
    OpticalFixationMeasurements,
    OpticalSurfaceScanner,
    OptimizedForTheDeviceInstance,
    OrderRecord,
    OrganAtRisk,
    OrthogonalLocationArc,
    OrthogonalLocationArcInnerMargin,
    OrthogonalLocationArcOuterMargin,
    Osseous,
    Other,
    OtherFailure,
    OtherImageOfBiplanePair,
    OtherImageOfStereoscopicPair,
    OtherMalignancyType,
    OtherMarker,
    OtherPartialViews,
    OtherSex,
    OutOfToleranceInterlock,
    OuterLimitsOfFuzzyMargin,
    OuterRetinaStructuralReflectanceMap,
    OuterRetinaVasculatureFlow,
    OuterSurfaceOfGCL,
    OuterSurfaceOfHFL,
    OuterSurfaceOfINL,
    OuterSurfaceOfIPL,
    OuterSurfaceOfOPL,
    OuterSurfaceOfRNFL,
    OuterSurfaceOfTheBM,
    OuterSurfaceOfTheCC,
    Outline,
    OutlineOfLobulations,
    OutlineOfSpiculations,
    OutsideNormalLimits,
    OutsideOperationalLimitsOfTheDevice,
    OverExposed,
    OverallAssessment,
    OverallImageQualityEvaluation,
    OverallImpressionRecommendationAnalysis,
    Overflow,
    OxygenAdministrationByVentilator,
    OxygenExtractionFraction,
    PAPLeakPressure,
    PAPPressure,
    PAPTidalVolume,
    PAS,
    PETMeasurementReport,
    PETMyocardialPerfusionRestAndStress,
    PETMyocardialPerfusionRestOnly,
    PETMyocardialPerfusionStressOnly,
    PETMyocardialViabilityRestAndStress,
    PETMyocardialViabilityRestOnly,
    PETMyocardialViabilityStressOnly,
    PGreaterThan5Percent,
    PIRADS2Point0ProstateMRIAcquisitionRequirements,
    PIRADS2Point1ProstateMRIAcquisitionRequirements,
    PIRADSV2Point0,
    PIRADSV2Point1,
    PISARadius,
    PLesserThan0Point5Percent,
    PLesserThan1Percent,
    PLesserThan2Percent,
    PLesserThan5Percent,
    PO10,
    PO9,
    PSMA1007F18,
    PSMA617Ga68,
    PTVNodal,
    PTVPrimary,
    PWave,
    Paced,
    PacingElectricalStimulusVoltage,
    PackageInsert,
    PageSentTo,
    PalpationGuided,
    PancreaticStent,
    Panitumumab89Zr,
    PanoramicXRay,
    PaperBasedBedding,
    PaperDigitized,
    PaperDocument,
    PapillaryMuscleExcluded,
    PapillaryMuscleIncluded,
    Parallel,
    ParallelGrid,
    ParallelImaging,
    Parallelepiped,
    ParaspinalLine,
    ParenchymalBand,
    PartialFlatteningFilterBeam,
    PartialRenderingForPresentation,
    PartialReport,
    PartiallyEncapsulated,
    PartiallySucceeded,
    ParticleDisplacementMethod,
    ParticleVelocityMethod,
    PatencyTestInjection,
    PathLength,
    Patient,
    PatientAPDimension,
    PatientAdmittedToProcedureRoom,
    PatientAdvanceDirectiveGiven,
    PatientAlert,
    PatientAlignmentProcedure,
    PatientAllergicToMediaContrast,
    PatientAnatomyModel,
    PatientAsleep,
    PatientAssistedToTable,
    PatientAttachedDoseControlObject,
    PatientCalledToProcedureRoom,
    PatientClearanceInterlock,
    PatientConditionPreventedContinuing,
    PatientConnectedToContinuousMonitoring,
    PatientConsciousness,
    PatientCoordinateSystemOrigin,
    PatientCoughed,
    PatientDidNotArrive,
    PatientDied,
    PatientDischargedFromDepartment,
    PatientDisconnectedFromContinuousMonitoring,
    PatientDisoriented,
    PatientDistractionDevice,
    PatientElevation,
    PatientFixationProcedure,
    PatientGivenPostProcedureInstruction,
    PatientGivenPreProcedureInstruction,
    PatientHasRespiratoryDifficulty,
    PatientInformedConsentGiven,
    PatientLateralDimension,
    PatientMotion,
    PatientMotionInterlock,
    PatientMotionManagementSetupProcedure,
    PatientMovement,
    PatientPosition,
    PatientPregnant,
    PatientPreppedAndDraped,
    PatientPronouncedDead,
    PatientRecord,
    PatientRefusedToContinueProcedure,
    PatientReportsChestPain,
    PatientReportsDiscomfort,
    PatientReportsNausea,
    PatientReportsNoPain,
    PatientRepositioned,
    PatientRestless,
    PatientRotationLongitudinal,
    PatientSedated,
    PatientSegmentedModel,
    PatientSetupPoint,
    PatientSetupVerificationInputUsed,
    PatientSetupVerificationResult,
    PatientShieldingProcedure,
    PatientStatusOrEvent,
    PatientSupport,
    PatientSupportOrigin,
    PatientTakenForTreatmentOrSurgery,
    PatientTransferredToCCU,
    PatientTransferredToHoldingArea,
    PatientTransferredToMorgue,
    PatientTransferredToSurgery,
    PatientUnresponsive,
    PatientWeightExceedsEquipmentLimit,
    PatternEvent,
    PatternProjection,
    PeakBloodPressure,
    PeakLongitudinalLagrangianStrain,
    PeakOfThermalCardiacOutputBolus,
    PeakTissueVelocity,
    PeakValueWithinROI,
    PediatricCardiacUltrasoundReport,
    PediatricImagingSpecialty,
    PediatricImagingSubjectMatter,
    PediatricRadiology,
    Pegdinetanib89Zr,
    PercentFibroglandularTissue,
    PercentageOfVascularCalcification,
    PercentileRankingOfMeasurement,
    PercutaneousCoronaryIntervention,
    PercutaneousSiliconeInjection,
    Perfluorocarbon,
    PerformanceOfCTForDetectionOfPulmonaryEmbolismInAdults,
    PerformanceOfHighResolutionCTOfTheLungsInAdults,
    PerformanceOfPediatricAndAdultChestRadiographyACR,
    PerformanceOfPediatricAndAdultThoracicCT,
    PerformedProcedureStep,
    PerformedProcedureStepSOPInstanceUID,
    Performing,
    Perfusion,
    PerfusionAnalysisByArterialSpinLabelingMRTechnique,
    PerfusionAnalysisByIVIodinatedContrastCTTechnique,
    PerfusionAnalysisByStableXenonCTTechnique,
    PerfusionAnalysisBySusceptibilityMRTechnique,
    PerfusionImageAnalysis,
    PeriOperativePhotographicImaging,
    PerilesionalWhiteMatter,
    PeripheralDuctPapillomas,
    PeripheralInferior,
    PeripheralInferiorNasal,
    PeripheralInferiorTemporal,
    PeripheralNasal,
    PeripheralSuperior,
    PeripheralSuperiorNasal,
    PeripheralSuperiorTemporal,
    PeripheralTemporal,
    PersistentDelayedPhaseType1Curve,
    Person,
    PersonalBreastCancerHistory,
    PersonalHistoryOfBreastCancerWithBreastConservationTherapy,
    PersonalHistoryOfBreastCancerWithMastectomy,
    PersonnelArrived,
    PersonnelDeparted,
    PhantomTumor,
    PhaseContrastIllumination,
    PhasedBeamSteering,
    Phonocardiogram,
    Photoacoustic,
    PhotogrammetricImaging3DCAMModel,
    PhotonEnergy,
    PhotonFixedAperture,
    PhotopicLight,
    PhysicalCompensator,
    PhysicalExaminationResults,
    PhysicianNote,
    PhysicianReviewInputUsed,
    PhysicistReviewInputUsed,
    PhysicsAssistant,
    PhysiologicalAudioSignal,
    PiezocompositeTransducer,
    PinatuzumabVedotin89Zr,
    PineChipBedding,
    PineShavingBedding,
    Pinning,
    PittsburghCompoundBC11,
    PixelByPixelAddition,
    PixelByPixelDivision,
    PixelByPixelMask,
    PixelByPixelMaximum,
    PixelByPixelMean,
    PixelByPixelMinimum,
    PixelByPixelMultiplication,
    PixelByPixelSubtraction,
    PixelFaultsEvaluation,
    PixelatedSpiculations,
    Plan,
    PlanComparisonInputUsed,
    PlanQualityAssuranceInputUsed,
    PlanarMatrixUltrasoundTransducerGeometry,
    PlaneA,
    PlaneB,
    PlaneScanPattern,
    PlaneThroughAnteriorExtent,
    PlaneThroughCenter,
    PlaneThroughDistalExtent,
    PlaneThroughInferiorExtent,
    PlaneThroughLateralExtent,
    PlaneThroughLeftmostExtent,
    PlaneThroughMedialExtent,
    PlaneThroughPosteriorExtent,
    PlaneThroughProximalExtent,
    PlaneThroughRightmostExtent,
    PlaneThroughSuperiorExtent,
    Planimetry,
    PlanningIntent,
    PlanningOrganAtRiskVolume,
    PlaquePlusMediaCrossSectionalArea,
    PlaquePlusMediaEccentricityIndex,
    PlaquePlusMediaThickness,
    PlaqueRupture,
    PlasmaDisplay,
    PlateauDelayedPhaseType2Curve,
    Pleonemia,
    PointCloudAlgorithmic,
    PointShearWaveElastography,
    PolarToRectangularScanConversion,
    PolatuzumabVedotin89Zr,
    PolypStalkWidth,
    PolyurethaneImplant,
    PoorContrastTiming,
    PoorFOVSelection,
    PoorImageQuality,
    PoorSNR,
    PoorlyDemarcated,
    PopulationAveragedAIF,
    PortableMediaImporterEquipment,
    Portacath,
    PositionSensor,
    Positioning,
    PositiveDCE,
    PositiveInfinity,
    PositronEmissionTomography,
    PostHyperventilation,
    PostIntervention,
    PostMenopausalPatient,
    PostProcedureMammogramsForMarkerPlacement,
    PostReductionMammoplasty,
    PostVoiding,
    PosteriorCorneaSurfaceMeasurementMethod,
    PosteriorEnhancement,
    PosteriorFirst,
    PosteriorJunctionLine,
    PosteriorLens,
    PosteriorShadowing,
    PosteriorSurfaceOfTheRPE,
    PosteriorToAnterior,
    PosteriorTrachealStripe,
    Posttreatment,
    PreBiopsyLocalizationOfProstateLesion,
    PreEjectionPeriod,
    PreHeatedPad,
    PreIntervention,
    PreMedication,
    PrePectoralImplant,
    PrePlanningResult,
    PreProcedureLog,
    PreSurgicalAnatomy,
    PreamplifierConnected,
    PreamplifierDisconnected,
    PredecessorContainingGroupOfImagingSubjects,
    PreliminaryReport,
    PreparationForImaging,
    PreparationRoom,
    PrescriptionRadiationDose,
    PrescriptionVisualAcuity,
    PresentationOptionalRenderingDeviceMayPresent,
    PresentationRequiredRenderingDeviceIsExpectedToPresent,
    PresentationState,
    PressureAboveAdjustmentLimit,
    PressureAboveWarningLimit,
    PressureAtDpDtMax,
    PreviousFetalMalformationSyndrome,
    PreviousFinding,
    PreviousLBWOrIUGRBirth,
    PreviousRHNegativeOrBloodDyscrasiaAtBirth,
    PrimaryComplex,
    PrimaryFluenceMonitoringSystemInterlock,
    PrimaryLevel,
    Print,
    PriorReportForCurrentPatient,
    PriorToVoiding,
    Probabilistic,
    ProbabilityOfCancer,
    ProcedureDescription,
    ProcedureLogging,
    ProcedureNote,
    ProcedureRecord,
    ProcedureReported,
    ProcedureStepToThisPoint,
    ProcessedKeyObjectSelection,
    ProcessingEquipment,
    Profusion,
    ProgrammedHoldStarted,
    ProliferativeActivity,
    ProspectiveGating,
    ProstheticFabrication,
    ProstheticShaftAugment,
    ProtocolNotFollowed,
    ProtonDensity,
    ProtonDensityWeightedMRSignalIntensity,
    ProximalIsovelocitySurfaceArea,
    ProximalReference,
    ProximalStentMargin,
    PseudoangiomatousStromalHyperplasia,
    Pseudoplaque,
    PulmonaryArterialContentFcpa,
    PulmonaryFlow,
    PulmonaryImagingSubjectMatter,
    PulmonaryVenousContentFcpv,
    Pulsed,
    QANode,
    QANodePair,
    QWave,
    QualityControl,
    QualityControlIntent,
    QualityControlMaterialImage,
    QualityIssue,
    QuantityAdministered,
    Query,
    R1,
    R150789Zr,
    R2Coefficient,
    R2_126394,
    R2_126395,
    RCARegionInLAOProjection,
    RCARegionInRAOProjection,
    RCoefficient,
    RECIST1Point0,
    RECIST1Point1,
    RGBBComponent,
    RGBGComponent,
    RGBRComponent,
    RO532344189Zr,
    RO54290889Zr,
    RO692496311C,
    RO693164311C,
    RO695894818F,
    ROIDepth,
    RPLGD,
    RRInterval,
    RTBrachyTreatment,
    RTDose,
    RTDoseCalculationStructure,
    RTGeometricInformation,
    RTImage,
    RTImageGuidedPatientPositioningAndTreatmentDelivery,
    RTMachineQA,
    RTPatientPositionAcquisitionCTKv,
    RTPatientPositionAcquisitionCTMV,
    RTPatientPositionAcquisitionConeBeamCTKv,
    RTPatientPositionAcquisitionConeBeamCTMV,
    RTPatientPositionAcquisitionConventionalCTKv,
    RTPatientPositionAcquisitionConventionalCTMV,
    RTPatientPositionAcquisitionDualPlaneKv,
    RTPatientPositionAcquisitionDualPlaneKvMV,
    RTPatientPositionAcquisitionDualPlaneMV,
    RTPatientPositionAcquisitionFilmCassetteKv,
    RTPatientPositionAcquisitionFilmCassetteMV,
    RTPatientPositionAcquisitionIntegratedDoseMV,
    RTPatientPositionAcquisitionMR,
    RTPatientPositionAcquisitionOptical,
    RTPatientPositionAcquisitionSinglePlaneKv,
    RTPatientPositionAcquisitionSinglePlaneMV,
    RTPatientPositionAcquisitionSpatialFiducials,
    RTPatientPositionAcquisitionUltrasound,
    RTPatientPositionAdjustment,
    RTPatientPositionInTreatmentSessionReview,
    RTPatientPositionRegistration2DOn3DReference,
    RTPatientPositionRegistration3DCTGeneral,
    RTPatientPositionRegistration3DCTMarkerBased,
    RTPatientPositionRegistration3DCTVolumeBased,
    RTPatientPositionRegistration3DOn2DReference,
    RTPatientPositionRegistrationDualPlane,
    RTPatientPositionRegistrationMR,
    RTPatientPositionRegistrationOptical,
    RTPatientPositionRegistrationSinglePlane,
    RTPatientPositionRegistrationSpatialFiducials,
    RTPatientPositionRegistrationUltrasound,
    RTPatientPositioningReferenceImage,
    RTPatientSetup,
    RTPlan,
    RTPlanSummationInputUsed,
    RTPlanningResult,
    RTPreTreatmentConsistencyCheck,
    RTPreTreatmentDoseCheck,
    RTPrescriptionInputImages,
    RTPrescriptionInputUsed,
    RTPrescriptionResult,
    RTRadiationPreviouslyDelivered,
    RTRegistrationMark,
    RTStructureSet,
    RTTarget,
    RTTreatmentCourseSummary,
    RTTreatmentPlanForThePositionBeingVerified,
    RTTreatmentPlanningInputImages,
    RTTreatmentPlanningInputUsed,
    RTTreatmentQAByRTIonPlanDifferenceCheck,
    RTTreatmentQAByRTIonPlanDoseCheck,
    RTTreatmentQAByRTPlanDifferenceCheck,
    RTTreatmentQAByRTPlanDoseCheck,
    RTTreatmentQAResult,
    RTTreatmentQAWithExternalVerification,
    RTTreatmentQAWithInternalVerification,
    RTTreatmentRecord,
    RTTreatmentSessionResult,
    RTTreatmentSimulationResult,
    RTTreatmentSimulationWithExternalVerification,
    RTTreatmentSimulationWithInternalVerification,
    RTTreatmentWithAdHocPlanning,
    RTTreatmentWithExternalVerification,
    RTTreatmentWithInternalVerification,
    RTVAudioAndStereoVideoRendition,
    RTVAudioAndVideoRendition,
    RTVRendition,
    RTVStereoVideoRendition,
    RTWorkflowInputUsed,
    RWave,
    RadialBScanPattern,
    RadialDiffusivity,
    RadialKurtosis,
    RadialLagrangianStrain,
    RadialLagrangianStrainRate,
    RadialPeripapillaryStructuralReflectanceMap,
    RadialPeripapillaryVasculatureFlow,
    RadialUltrasoundTransducerGeometry,
    RadiationApplied,
    RadiationDetectedDuringBeamHoldInterlock,
    RadiationDoseNormalizationPoint,
    RadiationDoseReferencePoint,
    RadiationDoseShapingVolume,
    RadiationInteractionVolume,
    RadiationRemoved,
    RadiationTherapyDevice,
    RadiationTransportBasedMethods,
    RadioFrequencyAblationPower,
    RadioactiveMarker,
    Radiofluoroscopy,
    RadiofrequencyTransponder,
    RadiographicAnatomy,
    RadiographicImaging,
    RadioisotopeGenerator,
    RadiotherapyApplicator,
    RadiotherapyDoseRegion,
    RadiotherapyFiducial,
    RadiotherapyTreatmentDevice,
    RaisedSkinLesion,
    Ranibizumab89Zr,
    RasterBScanPattern,
    RateOfAdministration,
    RateOfExposure,
    RatioOfAchievedToPredictedFunctionalCapacity,
    RatioOfAchievedToPredictedMaximalOxygenConsumption,
    RealTimeAcquisition,
    RealWorldValueMap,
    RecallForImagingFindings,
    RecallForPatientSymptomsClinicalFindings,
    RecallForTechnicalReasons,
    ReciprocatingGrid,
    Recommendation,
    Recording,
    RectalBalloon,
    RecurrentMalignancy,
    RedTranslucentIgloo,
    RedistributionState,
    ReferenceAcquisitionPoint,
    ReferencedFrames,
    ReferencedSegment,
    ReflectionBasedCornealTopographer,
    ReflectionIllumination,
    RefractiveMeasurementsSOPInstance,
    Registration,
    RegistrationCreatedDuringTreatment,
    RegistrationInput,
    RegistrationResult,
    RegistrationUsedInPlanning,
    RegurgitationJetArea,
    RegurgitationJetWidth,
    ReinjectionState,
    RejectedForPatientSafetyReasons,
    RejectedForQualityReasons,
    RelatedOphthalmicThicknessMap,
    RelatedToNonMacularSensitivity,
    RelativeAmountOfExposure,
    RelativeAmountOfUse,
    RelativeAnisotropy,
    RelativeDoseAmount,
    RelativeDoseFrequency,
    RelativeFrequencyOfExposure,
    RelativeFrequencyOfUse,
    RelativeLinearStoppingPower,
    RelativeRegionalBloodFlow,
    RelativeRegionalBloodVolume,
    RemainingConsumableDisposed,
    RemodelingIndex,
    RemoteServiceOperationStarted,
    RemoteServiceOperationStopped,
    ReplacedByAlternateRepresentation,
    ReplacedReport,
    ReportVerification,
    RepresentativeOfEthicsCommittee,
    RepresentativeOfProtocolCommittee,
    RepresentativePoint,
    Requesting,
    ResourceInadequate,
    ResourcePreEmpted,
    RespirationWaveform,
    RespiratoryEffort,
    RespiratoryPressure,
    RespiratoryWaveform,
    RestTechnetiumStressTechnetium1DayProcedure,
    RestTechnetiumStressTechnetium2DayProcedure,
    RestThalliumStressTechnetiumProcedure,
    ResultsQualityController,
    ResumeProcedureAction,
    RetainDeviceIdentityOption,
    RetainInstitutionIdentityOption,
    RetainLongitudinalTemporalInformationFullDatesOption,
    RetainLongitudinalTemporalInformationModifiedDatesOption,
    RetainPatientCharacteristicsOption,
    RetainSafePrivateOption,
    RetainUidsOption,
    Reticle,
    ReticularPattern,
    ReticulonodularPattern,
    RetinaDepthEncodedStructuralReflectanceMap,
    RetinaDepthEncodedVasculatureFlow,
    RetinaStructuralReflectanceMap,
    RetinaVasculatureFlow,
    RetinalNerveFiberLayerThickness,
    RetinalTopography,
    RetroOrbitalRoute,
    RetroPectoralImplant,
    RetrospectiveGating,
    Reused,
    ReverseOsmosisPurifiedHclAcidifiedWater,
    ReverseOsmosisPurifiedWater,
    ReviewOfAnOutsideStudy,
    RibScaleneTubercle,
    RightFirst,
    RightHemisphereMostAnterior,
    RightHemisphereMostInferior,
    RightHemisphereMostPosterior,
    RightHemisphereMostSuperior,
    RightToLeft,
    RightTrachealStripe,
    RightVentricleAnteriorWall,
    RightVentricleOutflowTractDistal,
    RightVentricleOutflowTractProximal,
    RightVentricularEjectionTime,
    RightVentricularFillingTime,
    RingUltrasoundTransducerGeometry,
    Rituximab89Zr,
    RobertsonReidTable,
    Roledumab89Zr,
    RoomLaserPatientSetupPoint,
    RoomOrigin,
    RootAngularSecondMomentOfGLCM,
    RotationalAcquisition,
    RungeKutta,
    SAR341989Zr,
    SMILE,
    SMPTEPattern,
    SOPClassUID,
    SPECTCTOfWholeBody,
    SPECTOfWholeBody,
    SRKII,
    SRKT,
    SSDEConversionFactor,
    SStent,
    STDepressionDownsloping,
    STDepressionHorizontal,
    STDepressionUpsloping,
    STHRIndex,
    SWave,
    Saliency,
    SalineImplant,
    SameAcquisitionAtDifferentFocalDepth,
    SameAcquisitionAtDifferentSpectralBand,
    SameAcquisitionAtHigherResolution,
    SameAcquisitionAtLowerResolution,
    SameAnatomy,
    SameIndication,
    ScanSpotInterlock,
    ScanSpotMetersetInterlock,
    ScanSpotPositionInterlock,
    ScanSpotSizeInterlock,
    ScapularInfraspinatusFossa,
    ScapularSpine,
    ScapularSupraspinatusFossa,
    ScarredMyocardium,
    ScheimpflugCamera,
    ScotopicLight,
    SeatPan,
    SecondaryFluenceMonitoringSystemInterlock,
    SecondaryPulmonaryLobule,
    SectorUltrasoundTransducerGeometry,
    SecureDigitalCard,
    SecurityAlert,
    SecurityConfiguration,
    SecurityRolesChanged,
    SeedPoint,
    SegmentationResult,
    Segmentation_113076,
    Segmentation_SEG,
    SegmentedConstrained,
    SegmentedUnconstrained,
    SelectedRegion,
    SeptalDefectIntervention,
    SeptalLines,
    SeptumToWall,
    SeptumWallAxis,
    SequencedAcquisition,
    Series,
    SeriesInstanceUID,
    SeriesNumber,
    SessionStart,
    SessionStop,
    SevereDistortionInTheAreaOfInterest,
    SeverelyJaundiced,
    Sewing,
    Shadow,
    ShapeFromMotion,
    ShapeFromShading,
    SharplyDefined,
    SharplyDemarcated,
    ShearWaveDispersionSlope,
    ShearWaveSpeed,
    SheetFilmDigitized,
    ShinRest,
    ShutterSpeedModelSSM,
    SignalBaselineEnd,
    SignalBaselineStart,
    SignalChange,
    SignalEarliestPeakTime,
    SignalIncreaseStartTime,
    SignalTimeToPeak,
    SignalToNoise,
    SignalToNoiseRatio,
    SignedCompleteAcquisitionContent,
    SignedCompleteStudyContent,
    SignedManifest,
    SignetRingSign,
    SilhouetteSign,
    SiliconeGranuloma,
    SiliconeLadenLymphNodes,
    SimpleObjectModel,
    SimplifiedBernoulli,
    SimulatedKeratometry,
    SimulationIntent,
    SimultaneousArterialPulseWaveform,
    SimultaneousDoppler,
    SimultaneousECG,
    SimultaneousHemodynamic,
    SimultaneousPhonocardiographicWaveform,
    SimultaneousRespiratoryWaveform,
    SimultaneousVoiceNarrative,
    SimultaneouslyAcquired,
    SingleFraction,
    SingleLADRegionInRAOProjection,
    SingleLeaves,
    SingleLuminance,
    SingleOrAnteriorLens,
    SinglePlane,
    SinglePlaneAngiography,
    SinglePlaneEllipse,
    SingleRCARegionInRAOProjection,
    SingleShotEPI,
    SingleSideIllumination,
    SingleSubjectExtractedFromGroup,
    SingleTensor,
    SingularValueDecompositionSVDDeconvolution,
    SiteOfLumenMaximum,
    SiteOfLumenMinimum,
    Skewness,
    SkinAppositionSetupMethod,
    SkinConditionClammy,
    SkinConditionCold,
    SkinConditionCool,
    SkinConditionDiaphoretic,
    SkinConditionDry,
    SkinConditionFlush,
    SkinConditionMottled,
    SkinConditionPale,
    SkinConditionWarm,
    SkinDoseMap,
    SkinOfAnteriorHelixOfEar,
    SkinOfCaruncleOfEye,
    SkinOfInferiorHelixOfEar,
    SkinOfInferiorPosteriorSurfaceOfThePinna,
    SkinOfInfraalarGroove,
    SkinOfLateralPartOfDorsumOfFoot,
    SkinOfLowerAntihelixOfEar,
    SkinOfLowerEyelidMargin,
    SkinOfLowerParaspinalRegion,
    SkinOfMedialPartOfDorsumOfFoot,
    SkinOfMidBack,
    SkinOfMidParaspinalRegion,
    SkinOfParanasalCheek,
    SkinOfParaspinalAreaOfTheNeck,
    SkinOfParaspinalAreaOfTheSuperiorBack,
    SkinOfPosteriorHelixOfEar,
    SkinOfPosteriorLobuleOfTheEar,
    SkinOfSoleOfForefoot,
    SkinOfSuperiorAntihelixOfEar,
    SkinOfSuperiorPosteriorHelixOfEar,
    SkinOfSuperiorPosteriorSurfaceOfThePinna,
    SkinOfUpperAntihelixOfEar,
    SkinOfUpperEyelidMargin,
    SkinOfUpperParaspinalRegion,
    SleepStageN1,
    SleepStageN2,
    SleepStageN3,
    SlideMicroscopy_112702,
    SlideMicroscopy_SM,
    SlidingWindowBeam,
    SlowDiffusionCoefficient,
    SmallIrregularOpacities,
    SmallLesserThan32Point0cmLateralThickness,
    SmallRoundedOpacities,
    Smoothing,
    SoftPlaque,
    SoftwareConfiguration,
    SoftwareFailure,
    SolidMass,
    Sonazoid,
    Sonologist,
    Sonovue,
    SourceDeformableSpatialRegistration,
    SourceDocument,
    SourceDoseForComposingCurrentDose,
    SourceImage,
    SourceImageDiffusionBValue,
    SourceImageForImageProcessingOperation,
    SourceImageForMontage,
    SourceMeasurement,
    SourceMedia,
    SourceOfMeasurement,
    SourcePositionToleranceViolation,
    SourceRawData,
    SourceRealWorldValueMap,
    SourceReport,
    SourceRoleID,
    SourceSegmentation,
    SourceSeriesForImageProcessingOperation,
    SpatialDisplacementXComponent,
    SpatialDisplacementYComponent,
    SpatialDisplacementZComponent,
    SpatialFiducials,
    SpatialResampling,
    SpatiallyRelatedFramesExtractedFromTheVolume,
    SpecifiedConformationNumber,
    SpecifiedConformityIndex,
    SpecifiedHealthyTissueConformityIndex,
    SpecifiedHomogeneityIndex,
    Specimen,
    SpecimenStorage,
    SpectralDomain,
    SpectralFilteredImage,
    Spectroscopy,
    SpectroscopyDataForWaterPhaseCorrection,
    SpeedOfSound,
    SpeedOfSoundMapCorrection,
    Sphere,
    SphericalBackProjection,
    SphericalDeconvolution,
    SphericalProjection,
    Spiculated,
    SpinTaggingPerfusionMRSignalIntensity,
    SpontaneousAbortion,
    SpotMagnificationViews,
    SquamousCellCarcinomaOfTheNipple,
    Stage0,
    StageI,
    StageIIA,
    StageIIB,
    StageIIIA,
    StageIIIB,
    StageIIIC,
    StageIV,
    StageView,
    StagingPriorToImaging,
    StandardDeviationDistanceOfCalcificationsInACluster,
    StandardDeviationOfAttenuationCoefficient,
    StandardDeviationOfMeasurementsUsed,
    StandardDeviationOfPopulation,
    StandardFractionation,
    StandardToftsModel,
    StandardizedAddedMetabolicActivity,
    StandardizedAddedMetabolicActivityBackground,
    StandardizedUptakeValue,
    Standby,
    StartOfAtrialContraction_109045,
    StartOfAtrialContraction_109046,
    StartOfContrastAgentAdministration,
    StartOfDrugDoseAdministration,
    StartOfExpiration,
    StartOfInspiration,
    StartOfThermalCO,
    StartProcedureAction,
    StaticBeam,
    StationaryAcquisition_113611,
    StationaryAcquisition_113806,
    StentDiameterRatio,
    StentDisintegration,
    StentExpansionIndex,
    StentFracture,
    StentGap,
    StentReExpanded,
    StentSymmetryIndex,
    StentedRegion,
    StepAndShootBeam,
    SteppingAcquisition,
    StereometricRelationship,
    StereotacticSetupMethod,
    StimulationAtRate1Interval,
    StimulationAtRate2Interval,
    StimulationAtRate3Interval,
    StimulationAtRate4Interval,
    StorageDetector,
    Streamline,
    StressTechnetiumRestTechnetium1DayProcedure,
    StretchedExponentialDiffusionModel,
    StripFilter,
    Stripe,
    StronglyPositive,
    StronglyPositiveSTElevation,
    StructuralImageForImageProcessing,
    StructureOfTheFindingSite,
    StructuredReportDocument,
    StudentTTest,
    StudiesImported,
    Study,
    StudyInstanceUID,
    StudyPerformedDidNotMatchRequest,
    SubjectiveRefraction,
    SuboptimalContrastTiming,
    SuboptimalPatientPreparation,
    SubpleuralLine,
    SubscapularFossa,
    SubtractionImageMissing,
    Succeeded,
    SuggestiveOfMalignancyTakeAppropriateAction,
    SumOfSegmentedVoxelMethodForVolume,
    SuperficialRetinaStructuralReflectanceMap,
    SuperficialRetinaVasculatureFlow,
    SuperiorLongitudinalFasciculusI,
    SuperiorLongitudinalFasciculusII,
    SuperiorLongitudinalFasciculusIII,
    SuperolateralToInferomedial,
    SuperomedialToInferolateral,
    SurfaceBetweenInnerAndOuterSegmentsOfThePhotoreceptors,
    SurfaceContourMapping,
    SurfaceOfTheCenterOfTheRPE,
    SurfaceOfTheChoroidScleraInterface,
    SurfaceOfTheInterdigitatingZoneBetweenRetinaAndRPE,
    SurfaceRendering,
    SurgeonFactor,
    SurgicalConsult,
    Survey,
    SuspendProcedureAction,
    Suvbsa,
    Suvbw,
    Suvibw,
    Suvlbm,
    SuvlbmJames128,
    SuvlbmJanma,
    SynchronizedRoboticTreatment,
    SynthesizingEquipment,
    SyringeAttached,
    SyringeDetached,
    SystemCalculated,
    SystemicFlow,
    SystolicBloodVelocityMean,
    SystolicBloodVelocityPeak,
    T1,
    T1ByFixedValue,
    T1ByInversionRecovery,
    T1ByMultipleFlipAngles,
    T1WeightedDynamicContrastEnhancedMRSignalIntensity,
    T1WeightedMRSignalIntensity,
    T1Worst,
    T2Secondary,
    T2WeightedDynamicContrastEnhancedMRSignalIntensity_110817,
    T2WeightedDynamicContrastEnhancedMRSignalIntensity_110818,
    T2WeightedMRSignalIntensity_110805,
    T2WeightedMRSignalIntensity_110806,
    T2_113064,
    T2_113065,
    T3Secondary,
    T4Secondary,
    T807F18,
    TBISetupMethod,
    TEND,
    TG18ADPattern,
    TG18AFCPattern,
    TG18BRPattern,
    TG18CHImage,
    TG18CTPattern,
    TG18CXPattern,
    TG18GA03Pattern,
    TG18GA05Pattern,
    TG18GA08Pattern,
    TG18GA10Pattern,
    TG18GA15Pattern,
    TG18GA20Pattern,
    TG18GA25Pattern,
    TG18GA30Pattern,
    TG18GQBPattern,
    TG18GQNPattern,
    TG18GQPattern,
    TG18GVNPattern,
    TG18GVPattern,
    TG18KNImage,
    TG18LN1201Pattern,
    TG18LN1202Pattern,
    TG18LN1203Pattern,
    TG18LN1204Pattern,
    TG18LN1205Pattern,
    TG18LN1206Pattern,
    TG18LN1207Pattern,
    TG18LN1208Pattern,
    TG18LN1209Pattern,
    TG18LN1210Pattern,
    TG18LN1211Pattern,
    TG18LN1212Pattern,
    TG18LN1213Pattern,
    TG18LN1214Pattern,
    TG18LN1215Pattern,
    TG18LN1216Pattern,
    TG18LN1217Pattern,
    TG18LN1218Pattern,
    TG18LN801Pattern,
    TG18LN802Pattern,
    TG18LN803Pattern,
    TG18LN804Pattern,
    TG18LN805Pattern,
    TG18LN806Pattern,
    TG18LN807Pattern,
    TG18LN808Pattern,
    TG18LN809Pattern,
    TG18LN810Pattern,
    TG18LN811Pattern,
    TG18LN812Pattern,
    TG18LN813Pattern,
    TG18LN814Pattern,
    TG18LN815Pattern,
    TG18LN816Pattern,
    TG18LN817Pattern,
    TG18LN818Pattern,
    TG18LPH10Pattern,
    TG18LPH50Pattern,
    TG18LPH89Pattern,
    TG18LPV10Pattern,
    TG18LPV50Pattern,
    TG18LPV89Pattern,
    TG18MM1Image,
    TG18MM2Image,
    TG18MPPattern,
    TG18NS10Pattern,
    TG18NS50Pattern,
    TG18NS89Pattern,
    TG18PQCPattern,
    TG18PXPattern,
    TG18QCPattern,
    TG18RH10Pattern,
    TG18RH50Pattern,
    TG18RH89Pattern,
    TG18RV10Pattern,
    TG18RV50Pattern,
    TG18RV89Pattern,
    TG18UN10Pattern,
    TG18UN80Pattern,
    TG18UNL10Pattern,
    TG18UNL80Pattern,
    TRC10589Zr,
    TSPyramid,
    TWave,
    Table,
    TableCore,
    TableHeightEndPosition,
    TableHeightPosition,
    TableLateralEndPosition,
    TableLateralPosition,
    TableLongitudinalEndPosition,
    TableLongitudinalPosition,
    TableMount,
    TableOfValues,
    TableOfValuesCitation,
    TableOuterLiner,
    TablePad,
    TableXEndPositionToIsocenter,
    TableXPositionToIsocenter,
    TableYEndPositionToIsocenter,
    TableYPositionToIsocenter,
    TableZEndPositionToIsocenter,
    TableZPositionToIsocenter,
    TabularDataAlgorithm,
    TapTestBegin,
    TapTestEnd,
    TargestarB,
    TargestarP,
    Target,
    TargetContainedInTheSpecimen,
    TargetContentItemsAreRelatedContraLaterally,
    TargetContentItemsAreRelatedSpatially,
    TargetContentItemsAreRelatedTemporally,
    TargetLesionAtBaseline,
    TargetLesionCompleteResponse,
    TargetLesionPartialResponse,
    TargetLesionProgressiveDisease,
    TargetLesionStableDisease,
    TargetNotInTheSpecimen,
    TargetPartiallyObtainedInTheSpecimen,
    Targeted,
    Tau,
    TauM,
    TechNote,
    TechnicalFactorsMissing,
    Teichholz,
    TemperatureEncoded,
    TemporalDerivativeExceedsThreshold,
    TemporalDerivativeThreshold,
    TemporalPredecessor,
    TemporalSuccessor,
    TemporallyRelatedFramesExtractedFromTheSetOfVolumes,
    TerminatedByScanner,
    TerminatedDueToAirDetected,
    TerminatedDueToConsumableRemoval,
    TerminatedDueToCriticalBatteryLevel,
    TerminatedDueToExcessiveDurationPause,
    TerminatedDueToFlowRateAboveTerminationLimit,
    TerminatedDueToInjectorCommunicationLoss,
    TerminatedDueToPressureAboveTerminationLimit,
    TerminatedDueToRequestFromOperator,
    TerminatedDueToUnspecifiedInjectorFailure,
    TerminatedHoldDueToTimeout,
    TextureMap,
    ThermalImager,
    Thermography,
    ThicknessDeviationCategoryFromNormativeData,
    ThicknessDeviationFromNormativeData,
    ThinningMyocardium,
    ThoracicImagingSpecialty,
    ThoracicRadiology,
    ThoracicRespiratoryEffort,
    ThoracicRespiratoryInductance,
    ThoracicRespiratoryPVDF,
    ThreeDimensionalMethod,
    ThresholdRelated,
    ThroughTransducerIllumination,
    Time,
    TimeCourseOfSignal,
    TimeDomain,
    TimeOfFlight,
    TimeOfFlightAngioMRSignalIntensity,
    TimeOfLeadingHalfPeakConcentration,
    TimeOfPeakConcentration,
    TimeToPeak,
    TimeToPeakLongitudinalLagrangianStrain,
    TimerInterlock,
    TissueAirRatio,
    TissueFraction,
    TissueNotOfInterest,
    TissueVelocity,
    TitaniumAlloyTitaniumMolybdenum15Zirconium5Aluminium3,
    Title21CFRSection900SubpartB,
    Tmax,
    TooSmall,
    ToolFabrication,
    TopographicBeam,
    TotalBodyIrradiation,
    TotalCholesterolScoreSheetForMen,
    TotalCholesterolScoreSheetForWomen,
    TotalCorneaPowerMeasurementMethod,
    TotalFluoroTime,
    TotalInternalReflectionFluorescence,
    TotalLesionGlycolysis,
    TotalLesionProliferation,
    TotalNumberOfRadiographicFrames,
    TotalPlaqueVolume,
    TotalPulmonaryResistance,
    TotalRetinalThicknessILMToBM,
    TotalRetinalThicknessILMToISOS,
    TotalRetinalThicknessILMToRPE,
    TotalSkinIrradiation,
    TotalVascularResistance,
    Trace,
    TracerConcentration,
    TramlineShadow,
    Transcription,
    TransesophagealTransducer,
    TransitTimeTestInjection,
    TransmissionIllumination,
    TransmitFrequency,
    TransponderMarker,
    Trastuzumab89Zr,
    TreatedVolume,
    TreatmentDeliveryType,
    TreatmentExceedsPatientTolerance,
    TreatmentMachineIsocenter,
    TreatmentTerminated,
    TreatmentUnnecessary,
    TreeInBudSign,
    TrigeminalNodeSet,
    TrueLumen,
    TruncatedGaussianDiffusionModel,
    TrustRegion,
    TubularShadow,
    TumorBoardInputUsed,
    TumorGraft,
    TumorRegistryInputUsed,
    TurntableScanMethod,
    TwoChamber,
    TwoCompartmentExchange2CXModel,
    TwoDimensionalMethod,
    URI_,
    US3DCAMModel,
    USBDiskEmulation,
    Ublituximab89Zr,
    Ultrasound,
    UltrasoundAttenuation,
    UltrasoundBoneDensitometry,
    UltrasoundContact,
    UltrasoundImagingSubjectMatter,
    UltrasoundImmersion,
    UnavailabilityOfABeamModifier,
    Unavailable,
    UnclassifiedCombination,
    UnclassifiedVolume,
    UncompressedPredecessor,
    UnderExposed,
    Underflow,
    UndeterminedSex,
    UndilutedDoseAdministered,
    Unheated,
    UniformSpeedOfSoundCorrection,
    UnitSerialIdentifier,
    UnitedAllBreedRegistry,
    UnitedKennelClub,
    UniversalKennelClubInternational,
    UnknownFailure,
    UnknownSex,
    UnmountedDetector,
    UnsharpMask,
    Unspecified,
    UnspecifiedGynecologicalHormone,
    UnspecifiedMethodOfCalculation,
    UnusableQualityRendersImageUnusable,
    Unused,
    UnwantedSubtractionImages,
    UprightStandMount,
    UsableDoesNotMeetTheQualityControlStandard,
    UsableMeetsTheQualityControlStandard,
    UseOfRestrictedFunction,
    UserAuthentication,
    UserChosenValue,
    UserDefinedAIFROI,
    UserSecurityAttributesChanged,
    UserSelectedMethod,
    UterineMalformations,
    UtricleCyst,
    VMAT,
    VMaxMyocardial,
    VO2Equals152BSA,
    VO2Equals175BSA,
    VO2Equals176BSA,
    VO2EqualsVestpd10FIO2FE02,
    VVulnerablePlaque,
    VWave,
    VWaveOfNextBeat,
    VWavePeakPressure,
    VWavePressureAverage,
    VacuumAssisted,
    VacuumMold,
    VaginalCylinder,
    ValueIndeterminate,
    ValueOutOfRange,
    ValueUnknown,
    ValveClose,
    ValveOpen,
    ValvularIntervention,
    VariableCircularCollimator,
    VascularAndInterventionalImagingSubjectMatter,
    VascularImagingSpecialty,
    VascularIntervention,
    VascularityNotAssessed,
    VascularityNotPresent,
    VascularityPresentImmediatelyAdjacentToLesion,
    VascularityPresentInLesion,
    Vasoconstriction,
    Vasodilation,
    Ve,
    Vector,
    VeilingGlareEvaluation,
    VelocityEncoded,
    VenaContractaWidth,
    VentralDiencephalon,
    VentricularEndDiastolicPressure,
    Verifying,
    VertebralIntervertebralNotch,
    VerySmall,
    VeryStrongFamilyHistoryOfBreastCancer,
    VideoRecordingOff,
    VideoRecordingOn,
    VideoTapeDigitized,
    VideoTapeDigitizerEquipment,
    ViewAndLateralityMarkerDoesNotHaveApprovedCodes,
    ViewAndLateralityMarkerDoesNotHaveBothViewAndLaterality,
    ViewAndLateralityMarkerIsIncorrect,
    ViewAndLateralityMarkerIsMissing,
    ViewAndLateralityMarkerIsNotNearTheAxilla,
    ViewAndLateralityMarkerIsOffImage,
    ViewAndLateralityMarkerIsPartiallyObscured,
    ViewAndLateralityMarkerOverlapsBreastTissue,
    VirginalHyperplasia,
    VirtualGrid,
    VisibleReflectorMarker,
    VisualAcuity,
    VisualAlignment,
    VisualField07TestPattern,
    VisualField10To2TestPattern,
    VisualField1LTTestStrategy,
    VisualField24To2TestPattern,
    VisualField2LTDynamicTestStrategy,
    VisualField2LTNormalTestStrategy,
    VisualField2LTTestStrategy,
    VisualField30To2TestPattern,
    VisualField60To4TestPattern,
    VisualFieldCLASSStrategy,
    VisualFieldCLIPTestStrategy,
    VisualFieldCentral40PointTestPattern,
    VisualFieldCentral76PointTestPattern,
    VisualFieldCentralTestPattern,
    VisualFieldDynamicTestStrategy,
    VisualFieldFastThresholdTestStrategy,
    VisualFieldFastpacTestStrategy,
    VisualFieldFullField120PointTestPattern,
    VisualFieldFullField81PointTestPattern,
    VisualFieldFullFromPriorTestStrategy,
    VisualFieldFullThresholdTestStrategy,
    VisualFieldGATETestStrategy,
    VisualFieldGTestPattern,
    VisualFieldGateiTestStrategy,
    VisualFieldIndex,
    VisualFieldLVCTestPattern,
    VisualFieldLVSTestStrategy,
    VisualFieldLossDueToDiffuseDefect,
    VisualFieldLossDueToLocalDefect,
    VisualFieldMTestPattern,
    VisualFieldMaculaTestPattern,
    VisualFieldNormalTestStrategy,
    VisualFieldOptimaTestStrategy,
    VisualFieldPeripheral60PointTestPattern,
    VisualFieldQuantifyDefectsTestStrategy,
    VisualFieldSITAFastTestStrategy,
    VisualFieldSITASWAPTestStrategy,
    VisualFieldSITAStandardTestStrategy,
    VisualFieldTOPTestStrategy,
    VisualFieldThreeZoneTestStrategy,
    VisualFieldTwoZoneTestStrategy,
    VitreousStructuralReflectanceMap,
    VitreousVasculatureFlow,
    Vo2femaleEqualsBSA138Point117Point04LogeAge0Point378Hrf,
    Vo2maleEqualsBSA138Point111Point49LogeAge0Point378Hrf,
    Voice,
    VoltageMeasurement,
    VoltageMeasurementByBasketCatheter,
    VoltageMeasurementByMappingCatheter,
    VolumeAdministered,
    VolumeBasedMethod,
    VolumeCorrespondingToSpatiallyRelatedAcquisitionFrames,
    VolumeEditing,
    VolumeEstimatedFromSingle2DRegion,
    VolumeEstimatedFromThreeOrMoreNonCoplanar2DRegions,
    VolumeEstimatedFromTwoNonCoplanar2DRegions,
    VolumeOfBoundingThreeDimensionalRegion,
    VolumeOfBreast,
    VolumeOfCircumscribedSphere,
    VolumeOfEllipsoid,
    VolumeOfParenchymalTissue,
    VolumeOfSphere,
    VolumeOfUse,
    VolumeOfVascularCalcification,
    VolumeRatio,
    VolumeRendering,
    VolumeScanPattern,
    VolumeScoringMethod,
    VolumeUnadministeredOrDiscarded,
    VolumetricDiffusionDxxComponent,
    VolumetricDiffusionDxyComponent,
    VolumetricDiffusionDxzComponent,
    VolumetricDiffusionDyyComponent,
    VolumetricDiffusionDyzComponent,
    VolumetricDiffusionDzzComponent,
    VoxelizedRadiationTransportModel,
    VoxelwiseSelectionOfBValue,
    Vp,
    VulnerablePlaque,
    WHO,
    WSI20XRGB,
    WSI40XRGB,
    WallMass,
    WallToSeptum,
    WashoutDelayedPhaseType3Curve,
    WaterEquivalentDiameterFromLocalizer,
    WaterEquivalentDiameterFromRawData,
    WaterEquivalentDiameterIntegratedAcrossScanRange,
    WaterEquivalentDiameterRepresentativeValue,
    WaterFatInPhase,
    WaterFatOutOfPhase,
    WaterFraction,
    WeakFamilyHistoryOfBreastCancer,
    WedgeFilter,
    Wedging,
    WellDemarcated,
    WhiteMatterT1Hypointensity,
    WhiteMatterT2Hyperintensity,
    WhitePattern,
    WholeBodyPod,
    WholeEyeStructuralReflectanceMap,
    WholeEyeVasculatureFlow,
    WholeSlideImaging,
    WinstonLutzPointer,
    WireMarker,
    WorkingCanineAssociationOfCanada,
    WorkitemAssignmentRejectedByAssignedResource,
    WorkitemExpired,
    Workstation,
    WorldKennelClub,
    WorldWideKennelClub,
    XDescentPressure,
    XOrientation,
    XRayAngiography,
    XRayAttenuation,
    XRayFilters,
    XRayFluoroscopyOnSignal,
    XRayOnTrigger,
    XRayReadingDevice,
    Xmab557489Zr,
    YBRFULLCBComponent,
    YBRFULLCRComponent,
    YBRFULLYComponent,
    YBRICTCBComponent,
    YBRICTCRComponent,
    YBRICTYComponent,
    YBRPARTIALCBComponent,
    YBRPARTIALCRComponent,
    YBRPARTIALYComponent,
    YBRRCTCBComponent,
    YBRRCTCRComponent,
    YBRRCTYComponent,
    YDescentPressure,
    YOrientation,
    ZPointPressure,
    ZScore,
    ZScoreOfMeasurement,
    ZobelFilter,
    _0DocumentedAbsenceOfCAD,
    _100cmFromXRaySource,
    _10X,
    _10YearCHDRisk,
    _10cmDosimetryPhantom,
    _12CarbonNucleus,
    _152Terbium,
    _15cmFromIsocenterTowardSource,
    _15cmFromTableCenterline,
    _16OxygenNucleus,
    _191mIridium,
    _1MinimalNonObstructiveCAD,
    _1cmAboveTabletop,
    _1stWeek,
    _20X,
    _28H189Zr,
    _2DShearWaveElastography,
    _2DSpeckleTracking,
    _2FAF18,
    _2MildNonObstructiveCAD,
    _2SigmaDeviationOfPopulation,
    _2ndWeek,
    _30cmAboveTabletop,
    _30cmInFrontOfImageInputSurface,
    _35PercentOfThermalDyeDilutionCO,
    _3DDoseMap,
    _3DGel,
    _3DManufacturingModelingSystem,
    _3DShearWaveElastography,
    _3DSpeckleTracking,
    _3HeliumNucleus,
    _3ModerateStenosis,
    _3rdWeek,
    _40X,
    _43Scandium,
    _44Scandium,
    _4ASevereStenosis,
    _4BSevereStenosis,
    _4HeliumNucleus,
    _4MonthsTo1YearAgo,
    _4Point2cmAboveBreastSupportSurface,
    _4PointSegmentFindingScale,
    _4SevereStenosis,
    _51Manganese,
    _52mManganese,
    _5PointSegmentFindingScale,
    _5PointSegmentFindingScaleWithGradedHypokinesis,
    _5TotalCoronaryOcclusion,
    _5X,
    _70Arsenic,
    _70PercentOfThermalDyeDilutionCO,
    _7D1289Zr,
    _7E1189Zr,
    _90Niobium,
)
"""Every code of the scheme in PS3.16, sorted by name."""
