"""Coding scheme DCM: DICOM Controlled Terminology.

3318 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "DCM"
NAME: _Final[str] = "DICOM Controlled Terminology"
UID: _Final[str | None] = "1.2.840.10008.2.16.4"
URI: _Final[str | None] = "http://dicom.nema.org/resources/ontology/DCM"
RETIRED: _Final[bool] = False

AAPM204APDimension: _Final[_Code] = _Code("DCM", "113935", "AAPM 204 AP Dimension", (10023,))
"""AAPM 204 AP Dimension (DCM 113935)."""

AAPM204EffectiveDiameterEstimatedFromPatientAge: _Final[_Code] = _Code(
    "DCM", "113937", "AAPM 204 Effective Diameter Estimated From Patient Age", (10023,)
)
"""AAPM 204 Effective Diameter Estimated From Patient Age (DCM 113937)."""

AAPM204LateralDimension: _Final[_Code] = _Code(
    "DCM", "113934", "AAPM 204 Lateral Dimension", (10023,)
)
"""AAPM 204 Lateral Dimension (DCM 113934)."""

AAPM204SumOfLateralAndAPDimension: _Final[_Code] = _Code(
    "DCM", "113936", "AAPM 204 Sum of Lateral and AP Dimension", (10023,)
)
"""AAPM 204 Sum of Lateral and AP Dimension (DCM 113936)."""

ACDConstant: _Final[_Code] = _Code("DCM", "111768", "ACD Constant", (4237,))
"""ACD Constant (DCM 111768)."""

ACRAccreditationPhantomCT: _Final[_Code] = _Code(
    "DCM", "113682", "ACR Accreditation Phantom - CT", (4052,)
)
"""ACR Accreditation Phantom - CT (DCM 113682)."""

ACRAccreditationPhantomECT: _Final[_Code] = _Code(
    "DCM", "113686", "ACR Accreditation Phantom - ECT", (4052,)
)
"""ACR Accreditation Phantom - ECT (DCM 113686)."""

ACRAccreditationPhantomECTPET: _Final[_Code] = _Code(
    "DCM", "113688", "ACR Accreditation Phantom - ECT/PET", (4052,)
)
"""ACR Accreditation Phantom - ECT/PET (DCM 113688)."""

ACRAccreditationPhantomMR: _Final[_Code] = _Code(
    "DCM", "113683", "ACR Accreditation Phantom - MR", (4052,)
)
"""ACR Accreditation Phantom - MR (DCM 113683)."""

ACRAccreditationPhantomMammography: _Final[_Code] = _Code(
    "DCM", "113684", "ACR Accreditation Phantom - Mammography", (4052,)
)
"""ACR Accreditation Phantom - Mammography (DCM 113684)."""

ACRAccreditationPhantomPET: _Final[_Code] = _Code(
    "DCM", "113687", "ACR Accreditation Phantom - PET", (4052,)
)
"""ACR Accreditation Phantom - PET (DCM 113687)."""

ACRAccreditationPhantomPETFaceplate: _Final[_Code] = _Code(
    "DCM", "113689", "ACR Accreditation Phantom - PET Faceplate", (4052,)
)
"""ACR Accreditation Phantom - PET Faceplate (DCM 113689)."""

ACRAccreditationPhantomStereotacticBreastBiopsy: _Final[_Code] = _Code(
    "DCM", "113685", "ACR Accreditation Phantom - Stereotactic Breast Biopsy", (4052,)
)
"""ACR Accreditation Phantom - Stereotactic Breast Biopsy (DCM 113685)."""

ACRGuidelinePerformanceOfAdultCTColonography: _Final[_Code] = _Code(
    "DCM", "112248", "ACR Guideline, Performance of Adult CT Colonography", (6208,)
)
"""ACR Guideline, Performance of Adult CT Colonography (DCM 112248)."""

ACRPositionStatement: _Final[_Code] = _Code("DCM", "112036", "ACR Position Statement", (6136, 6208))
"""ACR Position Statement (DCM 112036)."""

ACRStandardCTMedicalPhysicsPerformanceMonitoring: _Final[_Code] = _Code(
    "DCM", "112249", "ACR Standard, CT medical physics performance monitoring", (6208,)
)
"""ACR Standard, CT medical physics performance monitoring (DCM 112249)."""

ADCHyperintense: _Final[_Code] = _Code("DCM", "130595", "ADC Hyperintense", (6344,))
"""ADC Hyperintense (DCM 130595)."""

ADCHypointense: _Final[_Code] = _Code("DCM", "130596", "ADC Hypointense", (6344,))
"""ADC Hypointense (DCM 130596)."""

AF10: _Final[_Code] = _Code("DCM", "130713", "AF10", (3030,))
"""AF10 (DCM 130713)."""

AF9: _Final[_Code] = _Code("DCM", "130712", "AF9", (3030,))
"""AF9 (DCM 130712)."""

AGN15099889Zr: _Final[_Code] = _Code("DCM", "126729", "AGN-150998 ^89^Zr", (4021,))
"""AGN-150998 ^89^Zr (DCM 126729)."""

AIC: _Final[_Code] = _Code("DCM", "126223", "AIC", (7180,))
"""AIC (DCM 126223)."""

AIFIgnored: _Final[_Code] = _Code("DCM", "126360", "AIF Ignored", (4103,))
"""AIF Ignored (DCM 126360)."""

AIN76: _Final[_Code] = _Code("DCM", "127272", "AIN76", (607,))
"""AIN76 (DCM 127272)."""

AIN93G: _Final[_Code] = _Code("DCM", "127273", "AIN93G", (607,))
"""AIN93G (DCM 127273)."""

AIN93M: _Final[_Code] = _Code("DCM", "127274", "AIN93M", (607,))
"""AIN93M (DCM 127274)."""

ANGPattern: _Final[_Code] = _Code("DCM", "109902", "ANG Pattern", (8301,))
"""ANG Pattern (DCM 109902)."""

AP45_112300: _Final[_Code] = _Code("DCM", "112300", "AP+45", (7303,))
"""AP+45 (DCM 112300)."""

AP45_112301: _Final[_Code] = _Code("DCM", "112301", "AP-45", (7303,))
"""AP-45 (DCM 112301)."""

ARWave: _Final[_Code] = _Code("DCM", "125323", "AR-wave", (12307,))
"""AR-wave (DCM 125323)."""

ATSMCu60: _Final[_Code] = _Code("DCM", "126700", "ATSM Cu^60^", (4021,))
"""ATSM Cu^60^ (DCM 126700)."""

ATSMCu61: _Final[_Code] = _Code("DCM", "126701", "ATSM Cu^61^", (4021,))
"""ATSM Cu^61^ (DCM 126701)."""

ATSMCu62: _Final[_Code] = _Code("DCM", "126702", "ATSM Cu^62^", (4021,))
"""ATSM Cu^62^ (DCM 126702)."""

AWavePeakPressure: _Final[_Code] = _Code("DCM", "109016", "A wave peak pressure", (3337, 3611))
"""A wave peak pressure (DCM 109016)."""

AWavePressureAverage: _Final[_Code] = _Code("DCM", "109017", "A wave pressure, average", (3337,))
"""A wave pressure, average (DCM 109017)."""

AbdominalCompressionArch: _Final[_Code] = _Code(
    "DCM", "130655", "Abdominal Compression Arch", (9513,)
)
"""Abdominal Compression Arch (DCM 130655)."""

AbdominalCompressionBelt: _Final[_Code] = _Code(
    "DCM", "130654", "Abdominal Compression Belt", (9513,)
)
"""Abdominal Compression Belt (DCM 130654)."""

AbdominalImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128006", "Abdominal Imaging Specialty", (7449,)
)
"""Abdominal Imaging Specialty (DCM 128006)."""

AbdominalRadiology: _Final[_Code] = _Code("DCM", "128170", "Abdominal Radiology", (7030,))
"""Abdominal Radiology (DCM 128170)."""

AbdominalRespiratoryEffort: _Final[_Code] = _Code(
    "DCM", "130432", "Abdominal Respiratory Effort", (3005,)
)
"""Abdominal Respiratory Effort (DCM 130432)."""

AbdominalRespiratoryInductance: _Final[_Code] = _Code(
    "DCM", "130428", "Abdominal Respiratory Inductance", (3005,)
)
"""Abdominal Respiratory Inductance (DCM 130428)."""

AbdominalRespiratoryPVDF: _Final[_Code] = _Code(
    "DCM", "130430", "Abdominal Respiratory PVDF", (3005,)
)
"""Abdominal Respiratory PVDF (DCM 130430)."""

AblationOff: _Final[_Code] = _Code("DCM", "109038", "Ablation off", (3339,))
"""Ablation off (DCM 109038)."""

AblationOn: _Final[_Code] = _Code("DCM", "109039", "Ablation on", (3339,))
"""Ablation on (DCM 109039)."""

AbnormalCalcifications: _Final[_Code] = _Code("DCM", "112063", "Abnormal calcifications", (6101,))
"""Abnormal calcifications (DCM 112063)."""

AbnormalDischarge: _Final[_Code] = _Code("DCM", "111491", "Abnormal discharge", (6062,))
"""Abnormal discharge (DCM 111491)."""

AbnormalInterstitialPattern: _Final[_Code] = _Code(
    "DCM", "112004", "Abnormal interstitial pattern", (6104, 6106)
)
"""Abnormal interstitial pattern (DCM 112004)."""

AbnormalLines1D: _Final[_Code] = _Code("DCM", "112061", "Abnormal lines (1D)", (6101,))
"""Abnormal lines (1D) (DCM 112061)."""

AbnormalLucency: _Final[_Code] = _Code("DCM", "112062", "Abnormal lucency", (6101,))
"""Abnormal lucency (DCM 112062)."""

AbnormalOpacity: _Final[_Code] = _Code("DCM", "112033", "Abnormal opacity", (6101,))
"""Abnormal opacity (DCM 112033)."""

AbnormalTexture: _Final[_Code] = _Code("DCM", "112064", "Abnormal texture", (6101,))
"""Abnormal texture (DCM 112064)."""

AbnormallyHighSensitivity: _Final[_Code] = _Code(
    "DCM", "111849", "Abnormally high sensitivity", (4254,)
)
"""Abnormally high sensitivity (DCM 111849)."""

AbruptDuctTermination: _Final[_Code] = _Code("DCM", "111427", "Abrupt duct termination", (6057,))
"""Abrupt duct termination (DCM 111427)."""

AbruptInterface: _Final[_Code] = _Code("DCM", "111358", "Abrupt interface", (6153,))
"""Abrupt interface (DCM 111358)."""

AbsoluteOphthalmicThickness: _Final[_Code] = _Code(
    "DCM", "111930", "Absolute ophthalmic thickness", (4263,)
)
"""Absolute ophthalmic thickness (DCM 111930)."""

AbsoluteRegionalBloodFlow: _Final[_Code] = _Code(
    "DCM", "126390", "Absolute Regional Blood Flow", (4108,)
)
"""Absolute Regional Blood Flow (DCM 126390)."""

AbsoluteRegionalBloodVolume: _Final[_Code] = _Code(
    "DCM", "126391", "Absolute Regional Blood Volume", (4108,)
)
"""Absolute Regional Blood Volume (DCM 126391)."""

AbsorbedDose: _Final[_Code] = _Code("DCM", "128513", "Absorbed Dose", (10070,))
"""Absorbed Dose (DCM 128513)."""

AccessControlDecision: _Final[_Code] = _Code("DCM", "110147", "Access Control Decision", (401, 403))
"""Access Control Decision (DCM 110147)."""

AccessoryClearanceInterlock: _Final[_Code] = _Code(
    "DCM", "130742", "Accessory Clearance Interlock", (9568,)
)
"""Accessory Clearance Interlock (DCM 130742)."""

AccessoryTray: _Final[_Code] = _Code("DCM", "130124", "Accessory Tray", (9518,))
"""Accessory Tray (DCM 130124)."""

AccumulatedAverageGlandularDose: _Final[_Code] = _Code(
    "DCM", "111637", "Accumulated Average Glandular Dose (mammo)", (10050,)
)
"""Accumulated Average Glandular Dose (mammo) (DCM 111637)."""

AcetabularAngle: _Final[_Code] = _Code("DCM", "121224", "Acetabular angle", (7550,))
"""Acetabular angle (DCM 121224)."""

AcetabularCenterOfRotation: _Final[_Code] = _Code(
    "DCM", "112303", "Acetabular Center of Rotation", (7306,)
)
"""Acetabular Center of Rotation (DCM 112303)."""

AcetabularCupInsert: _Final[_Code] = _Code("DCM", "112306", "Acetabular Cup Insert", (7308,))
"""Acetabular Cup Insert (DCM 112306)."""

AcetabularCupMonoblock: _Final[_Code] = _Code("DCM", "112307", "Acetabular Cup Monoblock", (7308,))
"""Acetabular Cup Monoblock (DCM 112307)."""

AcetabularCupShell: _Final[_Code] = _Code("DCM", "112305", "Acetabular Cup Shell", (7308,))
"""Acetabular Cup Shell (DCM 112305)."""

Acinar: _Final[_Code] = _Code("DCM", "112146", "Acinar", (6123,))
"""Acinar (DCM 112146)."""

AcquiredVolume: _Final[_Code] = _Code("DCM", "128160", "Acquired Volume", (1000,))
"""Acquired Volume (DCM 128160)."""

AcquisitionDoseAreaProductTotal: _Final[_Code] = _Code(
    "DCM", "113727", "Acquisition Dose Area Product Total", (10050,)
)
"""Acquisition Dose Area Product Total (DCM 113727)."""

AcquisitionEquipment: _Final[_Code] = _Code("DCM", "109101", "Acquisition Equipment", (7005,))
"""Acquisition Equipment (DCM 109101)."""

AcquisitionEquipmentAlignment: _Final[_Code] = _Code(
    "DCM", "125023", "Acquisition Equipment Alignment", (7100,)
)
"""Acquisition Equipment Alignment (DCM 125023)."""

AcquisitionFramesCorrespondingToVolume: _Final[_Code] = _Code(
    "DCM", "121346", "Acquisition frames corresponding to volume", (7201,)
)
"""Acquisition frames corresponding to volume (DCM 121346)."""

AcquisitionInitiationAfterEndOfRadiation: _Final[_Code] = _Code(
    "DCM", "130794", "Acquisition Initiation after end of Radiation", (9270,)
)
"""Acquisition Initiation after end of Radiation (DCM 130794)."""

AcquisitionInitiationBeforeStartOfRadiation: _Final[_Code] = _Code(
    "DCM", "130793", "Acquisition Initiation before start of Radiation", (9270,)
)
"""Acquisition Initiation before start of Radiation (DCM 130793)."""

AcquisitionInitiationByTriggeringParameter: _Final[_Code] = _Code(
    "DCM", "130795", "Acquisition Initiation by triggering parameter", (9270,)
)
"""Acquisition Initiation by triggering parameter (DCM 130795)."""

AcquisitionInitiationNotDefined: _Final[_Code] = _Code(
    "DCM", "130792", "Acquisition Initiation not defined", (9270,)
)
"""Acquisition Initiation not defined (DCM 130792)."""

AcquisitionNumber: _Final[_Code] = _Code("DCM", "113608", "Acquisition Number", (10022,))
"""Acquisition Number (DCM 113608)."""

ActiveIngredientUndilutedConcentration: _Final[_Code] = _Code(
    "DCM", "121380", "Active Ingredient Undiluted Concentration", (4050,)
)
"""Active Ingredient Undiluted Concentration (DCM 121380)."""

ActiveSurveillanceOfProstateCancer: _Final[_Code] = _Code(
    "DCM", "130589", "Active surveillance of prostate cancer", (6327,)
)
"""Active surveillance of prostate cancer (DCM 130589)."""

AcuteUnilateralRenalBlockage: _Final[_Code] = _Code(
    "DCM", "113560", "Acute unilateral renal blockage", (64, 10045)
)
"""Acute unilateral renal blockage (DCM 113560)."""

AdaptiveFiltering: _Final[_Code] = _Code("DCM", "123102", "Adaptive Filtering", (7162,))
"""Adaptive Filtering (DCM 123102)."""

AddAddendumToReport: _Final[_Code] = _Code("DCM", "128001", "Add Addendum to Report", (9231,))
"""Add Addendum to Report (DCM 128001)."""

AddendedReport: _Final[_Code] = _Code("DCM", "121361", "Addended report", (7009,))
"""Addended report (DCM 121361)."""

AdditionalEvaluationRequestedFromAbnormalScreeningStudy: _Final[_Code] = _Code(
    "DCM", "111419", "Additional evaluation requested from abnormal screening study", (6051,)
)
"""Additional evaluation requested from abnormal screening study (DCM 111419)."""

AdditionalEvaluationRequestedFromPriorStudy: _Final[_Code] = _Code(
    "DCM", "111415", "Additional evaluation requested from prior study", (6051,)
)
"""Additional evaluation requested from prior study (DCM 111415)."""

AdditionalProjections: _Final[_Code] = _Code("DCM", "111135", "Additional projections", (6029,))
"""Additional projections (DCM 111135)."""

AdditionalTeachingFileInformation: _Final[_Code] = _Code(
    "DCM", "128712", "Additional Teaching File Information", (7018,)
)
"""Additional Teaching File Information (DCM 128712)."""

AdiabaticTissueHomogeneityATHModel: _Final[_Code] = _Code(
    "DCM", "126346", "Adiabatic Tissue Homogeneity (ATH) Model", (4101,)
)
"""Adiabatic Tissue Homogeneity (ATH) Model (DCM 126346)."""

AdministeredActivity: _Final[_Code] = _Code("DCM", "113507", "Administered activity", (10050,))
"""Administered activity (DCM 113507)."""

AdministratorOfRadiologyDepartment: _Final[_Code] = _Code(
    "DCM", "128673", "Administrator of Radiology Department", (7452,)
)
"""Administrator of Radiology Department (DCM 128673)."""

AdultCongenitalCardiacUltrasoundReport: _Final[_Code] = _Code(
    "DCM", "125197", "Adult Congenital Cardiac Ultrasound Report", (7000, 12245)
)
"""Adult Congenital Cardiac Ultrasound Report (DCM 125197)."""

AdultEchocardiographyProcedureReport: _Final[_Code] = _Code(
    "DCM", "125200", "Adult Echocardiography Procedure Report", (7000,)
)
"""Adult Echocardiography Procedure Report (DCM 125200)."""

AdvancedLevel: _Final[_Code] = _Code("DCM", "128727", "Advanced level", (7016,))
"""Advanced level (DCM 128727)."""

AdventitialDissection: _Final[_Code] = _Code("DCM", "122397", "Adventitial Dissection", (3492,))
"""Adventitial Dissection (DCM 122397)."""

AerobicIndex: _Final[_Code] = _Code("DCM", "122772", "Aerobic index", (3238,))
"""Aerobic index (DCM 122772)."""

AgatstonScoringMethod: _Final[_Code] = _Code("DCM", "112055", "Agatston scoring method", (6140,))
"""Agatston scoring method (DCM 112055)."""

AgeCorrected: _Final[_Code] = _Code("DCM", "111838", "Age corrected", (4252,))
"""Age corrected (DCM 111838)."""

AgreementWithPriorFindings: _Final[_Code] = _Code(
    "DCM", "122775", "Agreement with prior findings", (3217,)
)
"""Agreement with prior findings (DCM 122775)."""

Air: _Final[_Code] = _Code("DCM", "112143", "Air", (6122,))
"""Air (DCM 112143)."""

AirBronchiologram: _Final[_Code] = _Code("DCM", "112070", "Air bronchiologram", (6105,))
"""Air bronchiologram (DCM 112070)."""

AirBronchogram: _Final[_Code] = _Code("DCM", "112071", "Air bronchogram", (6105,))
"""Air bronchogram (DCM 112071)."""

AirCrescent: _Final[_Code] = _Code("DCM", "112072", "Air crescent", (6105,))
"""Air crescent (DCM 112072)."""

AirDetected: _Final[_Code] = _Code("DCM", "130175", "Air detected", (71,))
"""Air detected (DCM 130175)."""

AirFluidLevel: _Final[_Code] = _Code("DCM", "112104", "Air-fluid level", (6103,))
"""Air-fluid level (DCM 112104)."""

AirSpace: _Final[_Code] = _Code("DCM", "112147", "Air space", (6123,))
"""Air space (DCM 112147)."""

Airflow: _Final[_Code] = _Code("DCM", "130421", "Airflow", (3005,))
"""Airflow (DCM 130421)."""

AirflowCPAP: _Final[_Code] = _Code("DCM", "130420", "Airflow CPAP", (3005,))
"""Airflow CPAP (DCM 130420)."""

AirflowNasalProng: _Final[_Code] = _Code("DCM", "130418", "Airflow Nasal Prong", (3005,))
"""Airflow Nasal Prong (DCM 130418)."""

AirflowPVDF: _Final[_Code] = _Code("DCM", "130419", "Airflow PVDF", (3005,))
"""Airflow PVDF (DCM 130419)."""

AirflowThermistor: _Final[_Code] = _Code("DCM", "130416", "Airflow Thermistor", (3005,))
"""Airflow Thermistor (DCM 130416)."""

AirflowThermocouple: _Final[_Code] = _Code("DCM", "130417", "Airflow Thermocouple", (3005,))
"""Airflow Thermocouple (DCM 130417)."""

AirwayPartiallyObstructed: _Final[_Code] = _Code(
    "DCM", "122282", "airway partially obstructed", (3448,)
)
"""airway partially obstructed (DCM 122282)."""

AirwaySeverelyObstructed: _Final[_Code] = _Code(
    "DCM", "122283", "airway severely obstructed", (3448,)
)
"""airway severely obstructed (DCM 122283)."""

AirwayUnobstructed: _Final[_Code] = _Code("DCM", "122281", "airway unobstructed", (3448,))
"""airway unobstructed (DCM 122281)."""

AlgorithmicAttenuationCorrection: _Final[_Code] = _Code(
    "DCM", "122726", "Algorithmic Attenuation Correction", (3112,)
)
"""Algorithmic Attenuation Correction (DCM 122726)."""

AllAlgorithmsSucceededWithFindings: _Final[_Code] = _Code(
    "DCM", "111242", "All algorithms succeeded; with findings", (6047,)
)
"""All algorithms succeeded; with findings (DCM 111242)."""

AllAlgorithmsSucceededWithoutFindings: _Final[_Code] = _Code(
    "DCM", "111241", "All algorithms succeeded; without findings", (6047,)
)
"""All algorithms succeeded; without findings (DCM 111241)."""

AllPlanes: _Final[_Code] = _Code("DCM", "113890", "All Planes", (10003,))
"""All Planes (DCM 113890)."""

AlternatePhotometricInterpretationImage: _Final[_Code] = _Code(
    "DCM", "121328", "Alternate Photometric Interpretation image", (7205,)
)
"""Alternate Photometric Interpretation image (DCM 121328)."""

AlternateSOPClassInstance: _Final[_Code] = _Code(
    "DCM", "121326", "Alternate SOP Class instance", (7205,)
)
"""Alternate SOP Class instance (DCM 121326)."""

AmbientRoomEnvironment: _Final[_Code] = _Code("DCM", "109112", "Ambient room environment", (3000,))
"""Ambient room environment (DCM 109112)."""

AmbiguousSex: _Final[_Code] = _Code("DCM", "121104", "Ambiguous sex", (7455,))
"""Ambiguous sex (DCM 121104)."""

AmericaKennelClub: _Final[_Code] = _Code("DCM", "109200", "America Kennel Club", (7481,))
"""America Kennel Club (DCM 109200)."""

AmericaPetRegistryInc: _Final[_Code] = _Code(
    "DCM", "109201", "America's Pet Registry Inc.", (7481,)
)
"""America's Pet Registry Inc. (DCM 109201)."""

AmericanCanineAssociation: _Final[_Code] = _Code(
    "DCM", "109202", "American Canine Association", (7481,)
)
"""American Canine Association (DCM 109202)."""

AmericanPurebredRegistry: _Final[_Code] = _Code(
    "DCM", "109203", "American Purebred Registry", (7481,)
)
"""American Purebred Registry (DCM 109203)."""

AmericanRareBreedAssociation: _Final[_Code] = _Code(
    "DCM", "109204", "American Rare Breed Association", (7481,)
)
"""American Rare Breed Association (DCM 109204)."""

AnalysisOrMeasurementsForCurrentProcedure: _Final[_Code] = _Code(
    "DCM", "122073", "Analysis or measurements for current procedure", (3407, 7009)
)
"""Analysis or measurements for current procedure (DCM 122073)."""

AnalyticalAlgorithm: _Final[_Code] = _Code("DCM", "128480", "Analytical Algorithm", (10068,))
"""Analytical Algorithm (DCM 128480)."""

AnatomicImage: _Final[_Code] = _Code("DCM", "121338", "Anatomic image", (7201,))
"""Anatomic image (DCM 121338)."""

AnatomicNonColon: _Final[_Code] = _Code("DCM", "112238", "Anatomic non-colon", (6201,))
"""Anatomic non-colon (DCM 112238)."""

AnatomicalAxisOfFemur: _Final[_Code] = _Code("DCM", "112302", "Anatomical axis of femur", (7306,))
"""Anatomical axis of femur (DCM 112302)."""

AnatomyCoverageIncomplete: _Final[_Code] = _Code(
    "DCM", "130576", "Anatomy coverage incomplete", (6315,)
)
"""Anatomy coverage incomplete (DCM 130576)."""

Anechoic: _Final[_Code] = _Code("DCM", "111361", "Anechoic", (6154,))
"""Anechoic (DCM 111361)."""

AneurysmOnCitedVessel: _Final[_Code] = _Code("DCM", "122101", "Aneurysm on cited vessel", (3019,))
"""Aneurysm on cited vessel (DCM 122101)."""

AnginalEquivalent: _Final[_Code] = _Code("DCM", "122799", "Anginal Equivalent", (3202,))
"""Anginal Equivalent (DCM 122799)."""

AngioplastyBalloonDeflated: _Final[_Code] = _Code(
    "DCM", "122304", "Angioplasty balloon deflated", (3412,)
)
"""Angioplasty balloon deflated (DCM 122304)."""

AngioplastyBalloonInflated: _Final[_Code] = _Code(
    "DCM", "122303", "Angioplasty balloon inflated", (3412,)
)
"""Angioplasty balloon inflated (DCM 122303)."""

Angle: _Final[_Code] = _Code("DCM", "110859", "Angle", (7182,))
"""Angle (DCM 110859)."""

AngularMargins: _Final[_Code] = _Code("DCM", "111343", "Angular margins", (6007,))
"""Angular margins (DCM 111343)."""

AngularViewingEvaluation: _Final[_Code] = _Code(
    "DCM", "109709", "Angular viewing evaluation", (8300,)
)
"""Angular viewing evaluation (DCM 109709)."""

AnimalHousingRoom: _Final[_Code] = _Code("DCM", "127370", "Animal housing room", (603,))
"""Animal housing room (DCM 127370)."""

AnimalRegistryUnlimited: _Final[_Code] = _Code(
    "DCM", "109205", "Animal Registry Unlimited", (7481,)
)
"""Animal Registry Unlimited (DCM 109205)."""

AnimalResearchFoundation: _Final[_Code] = _Code(
    "DCM", "109206", "Animal Research Foundation", (7481,)
)
"""Animal Research Foundation (DCM 109206)."""

AnomalousExponentParameter: _Final[_Code] = _Code(
    "DCM", "113299", "Anomalous Exponent Parameter", (7272,)
)
"""Anomalous Exponent Parameter (DCM 113299)."""

AnteriorFirst: _Final[_Code] = _Code("DCM", "126833", "anterior first", (21,))
"""anterior first (DCM 126833)."""

AnteriorInferiorAxis: _Final[_Code] = _Code("DCM", "110864", "Anterior-Inferior Axis", (7184,))
"""Anterior-Inferior Axis (DCM 110864)."""

AnteriorJunctionLine: _Final[_Code] = _Code("DCM", "112088", "Anterior junction line", (6112,))
"""Anterior junction line (DCM 112088)."""

AnteriorPosterior: _Final[_Code] = _Code("DCM", "122675", "Anterior-Posterior", (3838, 12118))
"""Anterior-Posterior (DCM 122675)."""

AnteriorPosteriorAxis: _Final[_Code] = _Code("DCM", "110862", "Anterior-Posterior Axis", (7184,))
"""Anterior-Posterior Axis (DCM 110862)."""

AnteriorSurfaceOfTheRPE: _Final[_Code] = _Code(
    "DCM", "128297", "Anterior surface of the RPE", (4273,)
)
"""Anterior surface of the RPE (DCM 128297)."""

AnteriorToInferior: _Final[_Code] = _Code("DCM", "110874", "Anterior To Inferior", (7185,))
"""Anterior To Inferior (DCM 110874)."""

AnteriorToPosterior: _Final[_Code] = _Code("DCM", "110870", "Anterior To Posterior", (7185,))
"""Anterior To Posterior (DCM 110870)."""

AnthropomorphicModel: _Final[_Code] = _Code("DCM", "128404", "Anthropomorphic Model", (10064,))
"""Anthropomorphic Model (DCM 128404)."""

AntiB22089Zr: _Final[_Code] = _Code("DCM", "126754", "Anti-B220 ^89^Zr", (4021,))
"""Anti-B220 ^89^Zr (DCM 126754)."""

AnyDecisionToBiopsyShouldBeBasedOnClinicalAssessment: _Final[_Code] = _Code(
    "DCM", "111141", "Any decision to biopsy should be based on clinical assessment", (6029,)
)
"""Any decision to biopsy should be based on clinical assessment (DCM 111141)."""

AorticIntervention: _Final[_Code] = _Code("DCM", "122054", "Aortic Intervention", (3406,))
"""Aortic Intervention (DCM 122054)."""

AorticKnob: _Final[_Code] = _Code("DCM", "112102", "Aortic knob", (6117,))
"""Aortic knob (DCM 112102)."""

AorticValveClosure: _Final[_Code] = _Code("DCM", "130701", "Aortic Valve Closure", (12307,))
"""Aortic Valve Closure (DCM 130701)."""

AorticValveOpening: _Final[_Code] = _Code("DCM", "130702", "Aortic Valve Opening", (12307,))
"""Aortic Valve Opening (DCM 130702)."""

ApertureBlock: _Final[_Code] = _Code("DCM", "130123", "Aperture Block", (9517,))
"""Aperture Block (DCM 130123)."""

ApexBaseAxis: _Final[_Code] = _Code("DCM", "110863", "Apex-Base Axis", (7184,))
"""Apex-Base Axis (DCM 110863)."""

ApexToBase: _Final[_Code] = _Code("DCM", "110872", "Apex To Base", (7185,))
"""Apex To Base (DCM 110872)."""

ApicalFourChamberRVFocused: _Final[_Code] = _Code(
    "DCM", "130681", "Apical four chamber RV Focused", (12226,)
)
"""Apical four chamber RV Focused (DCM 130681)."""

ApicalFourChamberRVModified: _Final[_Code] = _Code(
    "DCM", "130682", "Apical four chamber RV Modified", (12226,)
)
"""Apical four chamber RV Modified (DCM 130682)."""

ApparentDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113041", "Apparent Diffusion Coefficient", (6311, 7263, 7272)
)
"""Apparent Diffusion Coefficient (DCM 113041)."""

ApparentKurtosisCoefficient: _Final[_Code] = _Code(
    "DCM", "113206", "Apparent Kurtosis Coefficient", (7263,)
)
"""Apparent Kurtosis Coefficient (DCM 113206)."""

Application: _Final[_Code] = _Code("DCM", "110150", "Application", (402,))
"""Application (DCM 110150)."""

ApplicationActivity: _Final[_Code] = _Code("DCM", "110100", "Application Activity", (400,))
"""Application Activity (DCM 110100)."""

ApplicationLauncher: _Final[_Code] = _Code("DCM", "110151", "Application Launcher", (402,))
"""Application Launcher (DCM 110151)."""

ApplicationStart: _Final[_Code] = _Code("DCM", "110120", "Application Start", (401, 403))
"""Application Start (DCM 110120)."""

ApplicationStop: _Final[_Code] = _Code("DCM", "110121", "Application Stop", (401, 403))
"""Application Stop (DCM 110121)."""

ApplicatorPresent: _Final[_Code] = _Code("DCM", "130459", "Applicator Present", (9564,))
"""Applicator Present (DCM 130459)."""

AppropriateForTheDevice: _Final[_Code] = _Code(
    "DCM", "128606", "Appropriate for the device", (800,)
)
"""Appropriate for the device (DCM 128606)."""

AppropriateForTheIndications: _Final[_Code] = _Code(
    "DCM", "128601", "Appropriate for the indications", (800,)
)
"""Appropriate for the indications (DCM 128601)."""

ApprovedForExperimentalUse: _Final[_Code] = _Code(
    "DCM", "128611", "Approved for experimental use", (800,)
)
"""Approved for experimental use (DCM 128611)."""

ApprovedForUseAtTheInstitution: _Final[_Code] = _Code(
    "DCM", "128603", "Approved for use at the institution", (800,)
)
"""Approved for use at the institution (DCM 128603)."""

ApprovedForUseInTheClinicalTrial: _Final[_Code] = _Code(
    "DCM", "128604", "Approved for use in the clinical trial", (800,)
)
"""Approved for use in the clinical trial (DCM 128604)."""

ApprovedForUseOnPregnantPatients: _Final[_Code] = _Code(
    "DCM", "128605", "Approved for use on pregnant patients", (800,)
)
"""Approved for use on pregnant patients (DCM 128605)."""

ApproximateSpatialLocation: _Final[_Code] = _Code(
    "DCM", "121226", "Approximate spatial location", (7553,)
)
"""Approximate spatial location (DCM 121226)."""

ArcBeam: _Final[_Code] = _Code("DCM", "130103", "Arc Beam", (9511,))
"""Arc Beam (DCM 130103)."""

ArchOfTheAzygosVein: _Final[_Code] = _Code("DCM", "112103", "Arch of the Azygos vein", (6117,))
"""Arch of the Azygos vein (DCM 112103)."""

ArchitecturalDistortion: _Final[_Code] = _Code("DCM", "112079", "Architectural distortion", (6108,))
"""Architectural distortion (DCM 112079)."""

Archive: _Final[_Code] = _Code("DCM", "ARCHIVE", "Archive", (30,))
"""Archive (DCM ARCHIVE)."""

AreaBasedMethod: _Final[_Code] = _Code("DCM", "122650", "Area Based Method", (3804, 3807))
"""Area Based Method (DCM 122650)."""

AreaByPressureHalfTime: _Final[_Code] = _Code(
    "DCM", "125210", "Area by Pressure Half-Time", (12229,)
)
"""Area by Pressure Half-Time (DCM 125210)."""

AreaLengthBiplane: _Final[_Code] = _Code("DCM", "125204", "Area-Length Biplane", (12228,))
"""Area-Length Biplane (DCM 125204)."""

AreaLengthDodge: _Final[_Code] = _Code("DCM", "122559", "Area Length Dodge", (3453,))
"""Area Length Dodge (DCM 122559)."""

AreaLengthKennedy: _Final[_Code] = _Code("DCM", "122558", "Area Length Kennedy", (3453,))
"""Area Length Kennedy (DCM 122558)."""

AreaLengthSinglePlane: _Final[_Code] = _Code("DCM", "125205", "Area-Length Single Plane", (12228,))
"""Area-Length Single Plane (DCM 125205)."""

AreaLengthWynne: _Final[_Code] = _Code("DCM", "122560", "Area Length Wynne", (3453,))
"""Area Length Wynne (DCM 122560)."""

AreaOfAClosedNURBS: _Final[_Code] = _Code("DCM", "122502", "Area of a closed NURBS", (7473,))
"""Area of a closed NURBS (DCM 122502)."""

AreaOfClosedIrregularPolygon: _Final[_Code] = _Code(
    "DCM", "122501", "Area of closed irregular polygon", (7473,)
)
"""Area of closed irregular polygon (DCM 122501)."""

AreaOfVascularCalcification: _Final[_Code] = _Code(
    "DCM", "112196", "Area of Vascular Calcification", (6142,)
)
"""Area of Vascular Calcification (DCM 112196)."""

ArithmeticAverageOfSSDEZ: _Final[_Code] = _Code(
    "DCM", "113989", "Arithmetic Average of SSDE(z)", (10023,)
)
"""Arithmetic Average of SSDE(z) (DCM 113989)."""

ArmOfAngle: _Final[_Code] = _Code("DCM", "121223", "Arm of angle", (7553,))
"""Arm of angle (DCM 121223)."""

ArterialConduitAngiography: _Final[_Code] = _Code(
    "DCM", "122058", "Arterial conduit angiography", (3428,)
)
"""Arterial conduit angiography (DCM 122058)."""

ArterialPulseWaveform: _Final[_Code] = _Code("DCM", "109116", "Arterial Pulse Waveform", (3004,))
"""Arterial Pulse Waveform (DCM 109116)."""

ArtifactsOtherThanGridOrDetectorArtifact: _Final[_Code] = _Code(
    "DCM", "111215", "Artifact(s) other than grid or detector artifact", (6041, 6135, 7011)
)
"""Artifact(s) other than grid or detector artifact (DCM 111215)."""

ArtificialIntelligence: _Final[_Code] = _Code("DCM", "123110", "Artificial Intelligence", (7162,))
"""Artificial Intelligence (DCM 123110)."""

AspenChipBedding: _Final[_Code] = _Code("DCM", "127230", "Aspen chip bedding", (605,))
"""Aspen chip bedding (DCM 127230)."""

AspenShavingBedding: _Final[_Code] = _Code("DCM", "127231", "Aspen shaving bedding", (605,))
"""Aspen shaving bedding (DCM 127231)."""

AssessChange: _Final[_Code] = _Code("DCM", "130590", "Assess change", (6327,))
"""Assess change (DCM 130590)."""

AssessmentByComparison: _Final[_Code] = _Code("DCM", "121375", "Assessment By Comparison", (703,))
"""Assessment By Comparison (DCM 121375)."""

AssessmentByRules: _Final[_Code] = _Code("DCM", "121376", "Assessment By Rules", (703,))
"""Assessment By Rules (DCM 121376)."""

Assisting: _Final[_Code] = _Code("DCM", "121099", "Assisting", (7453,))
"""Assisting (DCM 121099)."""

AsymmetricImplants: _Final[_Code] = _Code("DCM", "111504", "Asymmetric implants", (6072,))
"""Asymmetric implants (DCM 111504)."""

AtLastAppointment: _Final[_Code] = _Code("DCM", "109125", "At last appointment", (31,))
"""At last appointment (DCM 109125)."""

AtSurfaceOfPatient: _Final[_Code] = _Code("DCM", "113964", "At Surface of Patient", (10025,))
"""At Surface of Patient (DCM 113964)."""

AtrialDiastolicFillingDWave: _Final[_Code] = _Code(
    "DCM", "125322", "Atrial Diastolic Filling (D-wave)", (12307,)
)
"""Atrial Diastolic Filling (D-wave) (DCM 125322)."""

Attach: _Final[_Code] = _Code("DCM", "110124", "Attach", (401, 403))
"""Attach (DCM 110124)."""

AttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112031", "Attenuation Coefficient", (6141, 7180, 10069)
)
"""Attenuation Coefficient (DCM 112031)."""

AuditLogUsed: _Final[_Code] = _Code("DCM", "110101", "Audit Log Used", (400,))
"""Audit Log Used (DCM 110101)."""

AuditRecordingStarted: _Final[_Code] = _Code("DCM", "110134", "Audit Recording Started", (401, 403))
"""Audit Recording Started (DCM 110134)."""

AuditRecordingStopped: _Final[_Code] = _Code("DCM", "110133", "Audit Recording Stopped", (401, 403))
"""Audit Recording Stopped (DCM 110133)."""

AuthenticationDecision: _Final[_Code] = _Code(
    "DCM", "110143", "Authentication Decision", (401, 403)
)
"""Authentication Decision (DCM 110143)."""

AuthorizationDecision: _Final[_Code] = _Code("DCM", "110144", "Authorization Decision", (401, 403))
"""Authorization Decision (DCM 110144)."""

AutoKeratometry: _Final[_Code] = _Code("DCM", "111754", "Auto Keratometry", (4235,))
"""Auto Keratometry (DCM 111754)."""

AutomatedAdministration: _Final[_Code] = _Code("DCM", "130173", "Automated Administration", (63,))
"""Automated Administration (DCM 130173)."""

AutomatedDataCollection: _Final[_Code] = _Code(
    "DCM", "113856", "Automated Data Collection", (10020, 10021)
)
"""Automated Data Collection (DCM 113856)."""

AutomatedManualInjectPhase: _Final[_Code] = _Code(
    "DCM", "130171", "Automated Manual Inject Phase", (62,)
)
"""Automated Manual Inject Phase (DCM 130171)."""

AutomatedOptical: _Final[_Code] = _Code("DCM", "111843", "Automated Optical", (4253,))
"""Automated Optical (DCM 111843)."""

AutomatedSlideStainer: _Final[_Code] = _Code("DCM", "STAIN", "Automated Slide Stainer", (30, 32))
"""Automated Slide Stainer (DCM STAIN)."""

AutomaticProgrammedAdministrationPhase: _Final[_Code] = _Code(
    "DCM", "130168", "Automatic Programmed Administration Phase", (62,)
)
"""Automatic Programmed Administration Phase (DCM 130168)."""

AutomaticProgrammedDelayPhase: _Final[_Code] = _Code(
    "DCM", "130169", "Automatic Programmed Delay Phase", (62,)
)
"""Automatic Programmed Delay Phase (DCM 130169)."""

AutomaticProgrammedWaitPhase: _Final[_Code] = _Code(
    "DCM", "130263", "Automatic Programmed Wait Phase", (62,)
)
"""Automatic Programmed Wait Phase (DCM 130263)."""

AutomaticallyDetectedAIFROI: _Final[_Code] = _Code(
    "DCM", "126363", "Automatically Detected AIF ROI", (4103,)
)
"""Automatically Detected AIF ROI (DCM 126363)."""

Autorefraction: _Final[_Code] = _Code("DCM", "AR", "Autorefraction", (29,))
"""Autorefraction (DCM AR)."""

AutorefractionMeasurementsSOPInstance: _Final[_Code] = _Code(
    "DCM", "111784", "Autorefraction Measurements SOP Instance", (4240,)
)
"""Autorefraction Measurements SOP Instance (DCM 111784)."""

AutorefractionVisualAcuity: _Final[_Code] = _Code(
    "DCM", "111685", "Autorefraction Visual Acuity", (4216,)
)
"""Autorefraction Visual Acuity (DCM 111685)."""

AverageCalcificationDistanceInACalcificationCluster: _Final[_Code] = _Code(
    "DCM", "112200", "Average calcification distance in a calcification cluster", (6142,)
)
"""Average calcification distance in a calcification cluster (DCM 112200)."""

AvoidanceVolume: _Final[_Code] = _Code("DCM", "130058", "Avoidance Volume", (9535,))
"""Avoidance Volume (DCM 130058)."""

AxialDiffusivity: _Final[_Code] = _Code("DCM", "113204", "Axial Diffusivity", (7263,))
"""Axial Diffusivity (DCM 113204)."""

AxialKurtosis: _Final[_Code] = _Code("DCM", "113208", "Axial Kurtosis", (7263,))
"""Axial Kurtosis (DCM 113208)."""

AxialMeasurementsSOPInstance: _Final[_Code] = _Code(
    "DCM", "111782", "Axial Measurements SOP Instance", (4240,)
)
"""Axial Measurements SOP Instance (DCM 111782)."""

AxillaryNodalMetastases: _Final[_Code] = _Code(
    "DCM", "111301", "Axillary nodal metastases", (6033,)
)
"""Axillary nodal metastases (DCM 111301)."""

AxillaryNodeHyperplasia: _Final[_Code] = _Code(
    "DCM", "111253", "Axillary node hyperplasia", (6031,)
)
"""Axillary node hyperplasia (DCM 111253)."""

AxillaryNodeWithCalcifications: _Final[_Code] = _Code(
    "DCM", "111252", "Axillary node with calcifications", (6031,)
)
"""Axillary node with calcifications (DCM 111252)."""

AxillaryNodeWithLymphoma: _Final[_Code] = _Code(
    "DCM", "111300", "Axillary node with lymphoma", (6033,)
)
"""Axillary node with lymphoma (DCM 111300)."""

AzygoesophagealRecessInterface: _Final[_Code] = _Code(
    "DCM", "112090", "Azygoesophageal recess interface", (6148,)
)
"""Azygoesophageal recess interface (DCM 112090)."""

BIC: _Final[_Code] = _Code("DCM", "126224", "BIC", (7180,))
"""BIC (DCM 126224)."""

BN01Pattern: _Final[_Code] = _Code("DCM", "109904", "BN01 Pattern", (8301,))
"""BN01 Pattern (DCM 109904)."""

BN02Pattern: _Final[_Code] = _Code("DCM", "109905", "BN02 Pattern", (8301,))
"""BN02 Pattern (DCM 109905)."""

BN03Pattern: _Final[_Code] = _Code("DCM", "109906", "BN03 Pattern", (8301,))
"""BN03 Pattern (DCM 109906)."""

BN04Pattern: _Final[_Code] = _Code("DCM", "109907", "BN04 Pattern", (8301,))
"""BN04 Pattern (DCM 109907)."""

BN05Pattern: _Final[_Code] = _Code("DCM", "109908", "BN05 Pattern", (8301,))
"""BN05 Pattern (DCM 109908)."""

BN06Pattern: _Final[_Code] = _Code("DCM", "109909", "BN06 Pattern", (8301,))
"""BN06 Pattern (DCM 109909)."""

BN07Pattern: _Final[_Code] = _Code("DCM", "109910", "BN07 Pattern", (8301,))
"""BN07 Pattern (DCM 109910)."""

BN08Pattern: _Final[_Code] = _Code("DCM", "109911", "BN08 Pattern", (8301,))
"""BN08 Pattern (DCM 109911)."""

BN09Pattern: _Final[_Code] = _Code("DCM", "109912", "BN09 Pattern", (8301,))
"""BN09 Pattern (DCM 109912)."""

BN10Pattern: _Final[_Code] = _Code("DCM", "109913", "BN10 Pattern", (8301,))
"""BN10 Pattern (DCM 109913)."""

BN11Pattern: _Final[_Code] = _Code("DCM", "109914", "BN11 Pattern", (8301,))
"""BN11 Pattern (DCM 109914)."""

BN12Pattern: _Final[_Code] = _Code("DCM", "109915", "BN12 Pattern", (8301,))
"""BN12 Pattern (DCM 109915)."""

BN13Pattern: _Final[_Code] = _Code("DCM", "109916", "BN13 Pattern", (8301,))
"""BN13 Pattern (DCM 109916)."""

BN14Pattern: _Final[_Code] = _Code("DCM", "109917", "BN14 Pattern", (8301,))
"""BN14 Pattern (DCM 109917)."""

BN15Pattern: _Final[_Code] = _Code("DCM", "109918", "BN15 Pattern", (8301,))
"""BN15 Pattern (DCM 109918)."""

BN16Pattern: _Final[_Code] = _Code("DCM", "109919", "BN16 Pattern", (8301,))
"""BN16 Pattern (DCM 109919)."""

BN17Pattern: _Final[_Code] = _Code("DCM", "109920", "BN17 Pattern", (8301,))
"""BN17 Pattern (DCM 109920)."""

BN18Pattern: _Final[_Code] = _Code("DCM", "109921", "BN18 Pattern", (8301,))
"""BN18 Pattern (DCM 109921)."""

BRCA1BreastCancerGene: _Final[_Code] = _Code("DCM", "111556", "BRCA1 breast cancer gene", (6081,))
"""BRCA1 breast cancer gene (DCM 111556)."""

BRCA2BreastCancerGene: _Final[_Code] = _Code("DCM", "111557", "BRCA2 breast cancer gene", (6081,))
"""BRCA2 breast cancer gene (DCM 111557)."""

BRCA3BreastCancerGene: _Final[_Code] = _Code("DCM", "111558", "BRCA3 breast cancer gene", (6081,))
"""BRCA3 breast cancer gene (DCM 111558)."""

BREPRadiationTransportModel: _Final[_Code] = _Code(
    "DCM", "128406", "BREP Radiation Transport Model", (10065,)
)
"""BREP Radiation Transport Model (DCM 128406)."""

BSA1Point219: _Final[_Code] = _Code("DCM", "122572", "BSA^1.219", (3455,))
"""BSA^1.219 (DCM 122572)."""

BSAEquals0Point0004688WT0Point8168To0Point0154LogWT: _Final[_Code] = _Code(
    "DCM", "122246", "BSA = 0.0004688*WT^(0.8168-0.0154*log(WT))", (3663,)
)
"""BSA = 0.0004688*WT^(0.8168-0.0154*log(WT)) (DCM 122246)."""

BSAEquals0Point003207WT0Point7285To0Point0188LogWTHT0Point3: _Final[_Code] = _Code(
    "DCM", "122240", "BSA = 0.003207*WT^(0.7285-0.0188*log(WT))*HT^0.3", (3663,)
)
"""BSA = 0.003207*WT^(0.7285-0.0188*log(WT))*HT^0.3 (DCM 122240)."""

BSAEquals0Point007184WT0Point425HT0Point725: _Final[_Code] = _Code(
    "DCM", "122241", "BSA = 0.007184*WT^0.425*HT^0.725", (3663,)
)
"""BSA = 0.007184*WT^0.425*HT^0.725 (DCM 122241)."""

BSAEquals0Point007358WT0Point425HT0Point725: _Final[_Code] = _Code(
    "DCM", "122266", "BSA = 0.007358*WT^0.425*HT^0.725", (3663,)
)
"""BSA = 0.007358*WT^0.425*HT^0.725 (DCM 122266)."""

BSAEquals0Point008883WT0Point444HT0Point663: _Final[_Code] = _Code(
    "DCM", "122268", "BSA = 0.008883*WT^0.444*HT^0.663", (3663,)
)
"""BSA = 0.008883*WT^0.444*HT^0.663 (DCM 122268)."""

BSAEquals0Point009568WT0Point473HT0Point655: _Final[_Code] = _Code(
    "DCM", "122270", "BSA = 0.009568*WT^0.473*HT^0.655", (3663,)
)
"""BSA = 0.009568*WT^0.473*HT^0.655 (DCM 122270)."""

BSAEquals0Point010265WT0Point423HT0Point651: _Final[_Code] = _Code(
    "DCM", "122267", "BSA = 0.010265*WT^0.423*HT^0.651", (3663,)
)
"""BSA = 0.010265*WT^0.423*HT^0.651 (DCM 122267)."""

BSAEquals0Point0235WT0Point51456Htcm0Point42246: _Final[_Code] = _Code(
    "DCM", "122242", "BSA = 0.0235*WT^0.51456*HTcm^0.42246", (3663,)
)
"""BSA = 0.0235*WT^0.51456*HTcm^0.42246 (DCM 122242)."""

BSAEquals0Point024265WT0Point5378Htcm0Point3964: _Final[_Code] = _Code(
    "DCM", "122243", "BSA = 0.024265*WT^0.5378*HTcm^0.3964", (3663,)
)
"""BSA = 0.024265*WT^0.5378*HTcm^0.3964 (DCM 122243)."""

BSAEquals0Point038189WT0Point423HT0Point362: _Final[_Code] = _Code(
    "DCM", "122269", "BSA = 0.038189*WT^0.423*HT^0.362", (3663,)
)
"""BSA = 0.038189*WT^0.423*HT^0.362 (DCM 122269)."""

BSAEquals13210Point3433WT: _Final[_Code] = _Code("DCM", "122245", "BSA = 1321+0.3433*WT", (3663,))
"""BSA = 1321+0.3433*WT (DCM 122245)."""

BSAEqualsHTWT360Point5: _Final[_Code] = _Code("DCM", "122244", "BSA = (HT*WT/36)^0.5", (3663,))
"""BSA = (HT*WT/36)^0.5 (DCM 122244)."""

BackOfCorneaToFrontOfLens: _Final[_Code] = _Code(
    "DCM", "111777", "Back Of Cornea To Front Of Lens", (4239,)
)
"""Back Of Cornea To Front Of Lens (DCM 111777)."""

Background: _Final[_Code] = _Code("DCM", "125040", "Background", (7165, 7169, 12322))
"""Background (DCM 125040)."""

BackgroundForLesionToBackgroundSUVRatio: _Final[_Code] = _Code(
    "DCM", "126040", "Background for Lesion to Background SUV Ratio", (7466,)
)
"""Background for Lesion to Background SUV Ratio (DCM 126040)."""

Backscatter: _Final[_Code] = _Code("DCM", "128411", "Backscatter", (10069,))
"""Backscatter (DCM 128411)."""

BarrettDesignFactor: _Final[_Code] = _Code("DCM", "111867", "Barrett Design Factor", (4237,))
"""Barrett Design Factor (DCM 111867)."""

BarrettLensFactor: _Final[_Code] = _Code("DCM", "111866", "Barrett Lens Factor", (4237,))
"""Barrett Lens Factor (DCM 111866)."""

BarrettToric: _Final[_Code] = _Code("DCM", "111862", "Barrett Toric", (4236,))
"""Barrett Toric (DCM 111862)."""

BarrettTrueK: _Final[_Code] = _Code("DCM", "111863", "Barrett True-K", (4236,))
"""Barrett True-K (DCM 111863)."""

BarrettTrueKToric: _Final[_Code] = _Code("DCM", "111864", "Barrett True-K Toric", (4236,))
"""Barrett True-K Toric (DCM 111864)."""

BarrettUniversalII: _Final[_Code] = _Code("DCM", "111865", "Barrett Universal II", (4236,))
"""Barrett Universal II (DCM 111865)."""

BasalCellCarcinomaOfNipple: _Final[_Code] = _Code(
    "DCM", "111307", "Basal cell carcinoma of nipple", (6033,)
)
"""Basal cell carcinoma of nipple (DCM 111307)."""

BaseToApex: _Final[_Code] = _Code("DCM", "110873", "Base To Apex", (7185,))
"""Base To Apex (DCM 110873)."""

Baseline: _Final[_Code] = _Code("DCM", "121079", "Baseline", (280, 7003))
"""Baseline (DCM 121079)."""

BasicApplicationConfidentialityProfile: _Final[_Code] = _Code(
    "DCM", "113100", "Basic Application Confidentiality Profile", (7050,)
)
"""Basic Application Confidentiality Profile (DCM 113100)."""

BasicVoiceAudio: _Final[_Code] = _Code("DCM", "AU", "Basic Voice Audio", (32,))
"""Basic Voice Audio (DCM AU)."""

BatWingDistribution: _Final[_Code] = _Code("DCM", "112154", "Bat's wing distribution", (6128,))
"""Bat's wing distribution (DCM 112154)."""

BayesianProbability: _Final[_Code] = _Code("DCM", "113270", "Bayesian-Probability", (7274,))
"""Bayesian-Probability (DCM 113270)."""

BazettQTCorrectionAlgorithm: _Final[_Code] = _Code(
    "DCM", "122730", "Bazett QT Correction Algorithm", (3678,)
)
"""Bazett QT Correction Algorithm (DCM 122730)."""

BeadedSeptumSign: _Final[_Code] = _Code("DCM", "112066", "Beaded septum sign", (6104,))
"""Beaded septum sign (DCM 112066)."""

BeamBlock: _Final[_Code] = _Code("DCM", "128431", "Beam Block", (10066,))
"""Beam Block (DCM 128431)."""

BeamEnergyInterlock: _Final[_Code] = _Code("DCM", "130831", "Beam Energy Interlock", (9568,))
"""Beam Energy Interlock (DCM 130831)."""

BeamTargetingToleranceViolation: _Final[_Code] = _Code(
    "DCM", "130468", "Beam Targeting Tolerance Violation", (9566,)
)
"""Beam Targeting Tolerance Violation (DCM 130468)."""

BeatDetected_109018: _Final[_Code] = _Code("DCM", "109018", "Beat detected (accepted)", (3337,))
"""Beat detected (accepted) (DCM 109018)."""

BeatDetected_109019: _Final[_Code] = _Code("DCM", "109019", "Beat detected (rejected)", (3337,))
"""Beat detected (rejected) (DCM 109019)."""

BeginCirculatorySupport: _Final[_Code] = _Code(
    "DCM", "121157", "Begin Circulatory Support", (3550,)
)
"""Begin Circulatory Support (DCM 121157)."""

BeginOxygenAdministration: _Final[_Code] = _Code(
    "DCM", "121161", "Begin oxygen administration", (3530,)
)
"""Begin oxygen administration (DCM 121161)."""

BeginPacing: _Final[_Code] = _Code("DCM", "121166", "Begin Pacing", (3552,))
"""Begin Pacing (DCM 121166)."""

BeginTransferringDICOMInstances: _Final[_Code] = _Code(
    "DCM", "110102", "Begin Transferring DICOM Instances", (400,)
)
"""Begin Transferring DICOM Instances (DCM 110102)."""

BeginVentilation: _Final[_Code] = _Code("DCM", "121168", "Begin Ventilation", (3551,))
"""Begin Ventilation (DCM 121168)."""

BeginningOfTimePeriod: _Final[_Code] = _Code("DCM", "130533", "Beginning of Time Period", (10073,))
"""Beginning of Time Period (DCM 130533)."""

BehaviorOfTheFindingSite: _Final[_Code] = _Code(
    "DCM", "125312", "Behavior of the Finding Site", (12302,)
)
"""Behavior of the Finding Site (DCM 125312)."""

BenignCalcifications: _Final[_Code] = _Code("DCM", "111256", "Benign Calcifications", (6031,))
"""Benign Calcifications (DCM 111256)."""

BenignCystWithBlood: _Final[_Code] = _Code("DCM", "111255", "Benign cyst with blood", (6031,))
"""Benign cyst with blood (DCM 111255)."""

Benralizumab89Zr: _Final[_Code] = _Code("DCM", "126722", "Benralizumab ^89^Zr", (4021,))
"""Benralizumab ^89^Zr (DCM 126722)."""

BesselFilter: _Final[_Code] = _Code("DCM", "130763", "Bessel filter", (3042,))
"""Bessel filter (DCM 130763)."""

BestIllustrationOfFinding: _Final[_Code] = _Code(
    "DCM", "121080", "Best illustration of finding", (7003,)
)
"""Best illustration of finding (DCM 121080)."""

BestInSet: _Final[_Code] = _Code("DCM", "113013", "Best In Set", (7010,))
"""Best In Set (DCM 113013)."""

Bevacizumab89Zr: _Final[_Code] = _Code("DCM", "126516", "Bevacizumab ^89^Zr", (4021,))
"""Bevacizumab ^89^Zr (DCM 126516)."""

BiExponentialIVIMDiffusionModel: _Final[_Code] = _Code(
    "DCM", "113251", "Bi-exponential (IVIM) diffusion model", (7273,)
)
"""Bi-exponential (IVIM) diffusion model (DCM 113251)."""

BiPlaneAngiography: _Final[_Code] = _Code("DCM", "122060", "Bi-plane Angiography", (3748,))
"""Bi-plane Angiography (DCM 122060)."""

BinarySegmentation: _Final[_Code] = _Code("DCM", "110853", "Binary Segmentation", (7180,))
"""Binary Segmentation (DCM 110853)."""

BiomagneticImaging: _Final[_Code] = _Code("DCM", "BI", "Biomagnetic Imaging", (29,))
"""Biomagnetic Imaging (DCM BI)."""

BiomedicalEngineering: _Final[_Code] = _Code("DCM", "128171", "Biomedical Engineering", (7030,))
"""Biomedical Engineering (DCM 128171)."""

BiopsyLocalizer: _Final[_Code] = _Code("DCM", "121312", "Biopsy localizer", (7201,))
"""Biopsy localizer (DCM 121312)."""

BiopsyShouldBeConsidered: _Final[_Code] = _Code(
    "DCM", "111143", "Biopsy should be considered", (6029,)
)
"""Biopsy should be considered (DCM 111143)."""

BiopsyShouldBeStronglyConsidered: _Final[_Code] = _Code(
    "DCM", "111148", "Biopsy should be strongly considered", (6029,)
)
"""Biopsy should be strongly considered (DCM 111148)."""

Bioptome: _Final[_Code] = _Code("DCM", "122052", "Bioptome", (3429,))
"""Bioptome (DCM 122052)."""

BiplaneEllipse: _Final[_Code] = _Code("DCM", "125211", "Biplane Ellipse", (12228,))
"""Biplane Ellipse (DCM 125211)."""

BiquadFilter: _Final[_Code] = _Code("DCM", "130773", "Biquad filter", (3043,))
"""Biquad filter (DCM 130773)."""

Blinatumomab89Zr: _Final[_Code] = _Code("DCM", "126727", "Blinatumomab ^89^Zr", (4021,))
"""Blinatumomab ^89^Zr (DCM 126727)."""

BlindEstimationOfAIF: _Final[_Code] = _Code("DCM", "126364", "Blind Estimation of AIF", (4103,))
"""Blind Estimation of AIF (DCM 126364)."""

BlindSpotMonitoring: _Final[_Code] = _Code("DCM", "111844", "Blind Spot Monitoring", (4253,))
"""Blind Spot Monitoring (DCM 111844)."""

BlockPresent: _Final[_Code] = _Code("DCM", "130458", "Block Present", (9564,))
"""Block Present (DCM 130458)."""

BloodCarbonDioxideSaturation: _Final[_Code] = _Code(
    "DCM", "122187", "Blood Carbon dioxide saturation", (3526,)
)
"""Blood Carbon dioxide saturation (DCM 122187)."""

BloodDeoxygenationLevel: _Final[_Code] = _Code(
    "DCM", "130823", "Blood Deoxygenation Level", (11006,)
)
"""Blood Deoxygenation Level (DCM 130823)."""

BloodOxygenContent: _Final[_Code] = _Code("DCM", "122185", "Blood Oxygen content", (3525,))
"""Blood Oxygen content (DCM 122185)."""

BloodOxygenationLevel: _Final[_Code] = _Code(
    "DCM", "110819", "Blood Oxygenation Level", (7180, 11006)
)
"""Blood Oxygenation Level (DCM 110819)."""

BloodTingedColor: _Final[_Code] = _Code("DCM", "111454", "Blood tinged color", (6067,))
"""Blood tinged color (DCM 111454)."""

BloodVelocityMean: _Final[_Code] = _Code("DCM", "122205", "Blood velocity, mean", (3612,))
"""Blood velocity, mean (DCM 122205)."""

BloodVelocityMinimum: _Final[_Code] = _Code("DCM", "122206", "Blood velocity, minimum", (3612,))
"""Blood velocity, minimum (DCM 122206)."""

BloodVelocityPeak: _Final[_Code] = _Code("DCM", "122207", "Blood velocity, peak", (3612,))
"""Blood velocity, peak (DCM 122207)."""

BloodVesselVascularInvasion: _Final[_Code] = _Code(
    "DCM", "111303", "Blood vessel (vascular) invasion", (6033,)
)
"""Blood vessel (vascular) invasion (DCM 111303)."""

BloomRichardsonGrade: _Final[_Code] = _Code("DCM", "111502", "Bloom-Richardson Grade", (6071,))
"""Bloom-Richardson Grade (DCM 111502)."""

Boak: _Final[_Code] = _Code("DCM", "122563", "Boak", (3453,))
"""Boak (DCM 122563)."""

BodeFilter: _Final[_Code] = _Code("DCM", "130768", "Bode filter", (3042,))
"""Bode filter (DCM 130768)."""

BodyFrame: _Final[_Code] = _Code("DCM", "130117", "Body Frame", (9513,))
"""Body Frame (DCM 130117)."""

BodyHabitusAttenuation: _Final[_Code] = _Code("DCM", "122743", "Body habitus attenuation", (3115,))
"""Body habitus attenuation (DCM 122743)."""

BodyNodeSet: _Final[_Code] = _Code("DCM", "130363", "Body Node Set", (9556,))
"""Body Node Set (DCM 130363)."""

Bolting: _Final[_Code] = _Code("DCM", "112320", "Bolting", (7310,))
"""Bolting (DCM 112320)."""

BolusArrivalTime: _Final[_Code] = _Code("DCM", "126371", "Bolus Arrival Time", (4109,))
"""Bolus Arrival Time (DCM 126371)."""

BolusPresent: _Final[_Code] = _Code("DCM", "130456", "Bolus Present", (9564,))
"""Bolus Present (DCM 130456)."""

BoneAndSoftTissue: _Final[_Code] = _Code("DCM", "130407", "Bone and soft tissue", (645,))
"""Bone and soft tissue (DCM 130407)."""

BoneMineralDensitometry: _Final[_Code] = _Code("DCM", "BMD", "Bone Mineral Densitometry", (29,))
"""Bone Mineral Densitometry (DCM BMD)."""

BoothbyTable: _Final[_Code] = _Code("DCM", "122255", "Boothby table", (3664,))
"""Boothby table (DCM 122255)."""

Bootstrap: _Final[_Code] = _Code("DCM", "113217", "Bootstrap", (7262,))
"""Bootstrap (DCM 113217)."""

Borderline: _Final[_Code] = _Code("DCM", "111848", "Borderline", (4254,))
"""Borderline (DCM 111848)."""

BorderlineAndGeneralReductionInSensitivity: _Final[_Code] = _Code(
    "DCM", "111851", "Borderline and general reduction in sensitivity", (4254,)
)
"""Borderline and general reduction in sensitivity (DCM 111851)."""

BorgCR10Scale: _Final[_Code] = _Code("DCM", "122735", "Borg CR10 Scale", (3239,))
"""Borg CR10 Scale (DCM 122735)."""

BorgRPEScale: _Final[_Code] = _Code("DCM", "122734", "Borg RPE Scale", (3239,))
"""Borg RPE Scale (DCM 122734)."""

BoundaryPoint: _Final[_Code] = _Code("DCM", "128141", "Boundary point", (219,))
"""Boundary point (DCM 128141)."""

BowtieFilter: _Final[_Code] = _Code("DCM", "130354", "Bowtie Filter", (9548,))
"""Bowtie Filter (DCM 130354)."""

BrachytherapyChannel: _Final[_Code] = _Code("DCM", "130080", "Brachytherapy channel", (9506,))
"""Brachytherapy channel (DCM 130080)."""

BrachytherapyChannelShield: _Final[_Code] = _Code(
    "DCM", "130079", "Brachytherapy channel shield", (9506,)
)
"""Brachytherapy channel shield (DCM 130079)."""

BrachytherapyDevice: _Final[_Code] = _Code("DCM", "130045", "Brachytherapy Device", (9580,))
"""Brachytherapy Device (DCM 130045)."""

BrachytherapySourceApplicator: _Final[_Code] = _Code(
    "DCM", "130078", "Brachytherapy source applicator", (9506,)
)
"""Brachytherapy source applicator (DCM 130078)."""

BreakoutBoxConnected: _Final[_Code] = _Code("DCM", "130891", "Breakout box connected", (3039,))
"""Breakout box connected (DCM 130891)."""

BreakoutBoxDisconnected: _Final[_Code] = _Code(
    "DCM", "130892", "Breakout box disconnected", (3039,)
)
"""Breakout box disconnected (DCM 130892)."""

BreastAttenuation: _Final[_Code] = _Code("DCM", "122744", "Breast attenuation", (3115,))
"""Breast attenuation (DCM 122744)."""

BreastBoard: _Final[_Code] = _Code("DCM", "130116", "Breast Board", (9513,))
"""Breast Board (DCM 130116)."""

BreastBridge: _Final[_Code] = _Code("DCM", "130653", "Breast Bridge", (9513,))
"""Breast Bridge (DCM 130653)."""

BreastGeometry: _Final[_Code] = _Code("DCM", "111100", "Breast geometry", (6014,))
"""Breast geometry (DCM 111100)."""

BreastImagingReport: _Final[_Code] = _Code("DCM", "111400", "Breast Imaging Report", (7000,))
"""Breast Imaging Report (DCM 111400)."""

BreastImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128738", "Breast imaging subject matter", (7017,)
)
"""Breast imaging subject matter (DCM 128738)."""

BreastThickness: _Final[_Code] = _Code("DCM", "128405", "Breast Thickness", (10069,))
"""Breast Thickness (DCM 128405)."""

BreastTissueDensity: _Final[_Code] = _Code("DCM", "112191", "Breast tissue density", (6142,))
"""Breast tissue density (DCM 112191)."""

Brentuximab89Zr: _Final[_Code] = _Code("DCM", "126735", "Brentuximab ^89^Zr", (4021,))
"""Brentuximab ^89^Zr (DCM 126735)."""

BrightRedColor: _Final[_Code] = _Code("DCM", "111453", "Bright red color", (6067,))
"""Bright red color (DCM 111453)."""

BrightfieldIllumination: _Final[_Code] = _Code("DCM", "111744", "Brightfield illumination", (8123,))
"""Brightfield illumination (DCM 111744)."""

Bronchovascular: _Final[_Code] = _Code("DCM", "112052", "Bronchovascular", (6100,))
"""Bronchovascular (DCM 112052)."""

BulletMethod: _Final[_Code] = _Code("DCM", "125228", "Bullet Method", (12228,))
"""Bullet Method (DCM 125228)."""

ButterflyDistribution: _Final[_Code] = _Code("DCM", "112155", "Butterfly distribution", (6128,))
"""Butterfly distribution (DCM 112155)."""

ButterflyFilter: _Final[_Code] = _Code("DCM", "113652", "Butterfly filter", (10007,))
"""Butterfly filter (DCM 113652)."""

ButterworthFilter: _Final[_Code] = _Code("DCM", "130760", "Butterworth filter", (3042,))
"""Butterworth filter (DCM 130760)."""

C0InadequateStudyAwaitingPriorComparisons: _Final[_Code] = _Code(
    "DCM", "112240", "C0 - Inadequate Study/Awaiting Prior Comparisons", (6200,)
)
"""C0 - Inadequate Study/Awaiting Prior Comparisons (DCM 112240)."""

C1NormalColonOrBenignLesion: _Final[_Code] = _Code(
    "DCM", "112241", "C1 - Normal Colon or Benign Lesion", (6200,)
)
"""C1 - Normal Colon or Benign Lesion (DCM 112241)."""

C2IntermediatePolypOrIndeterminateFinding: _Final[_Code] = _Code(
    "DCM", "112242", "C2 - Intermediate Polyp or Indeterminate Finding", (6200,)
)
"""C2 - Intermediate Polyp or Indeterminate Finding (DCM 112242)."""

C3PolypPossiblyAdvancedAdenoma: _Final[_Code] = _Code(
    "DCM", "112243", "C3 - Polyp, Possibly Advanced Adenoma", (6200,)
)
"""C3 - Polyp, Possibly Advanced Adenoma (DCM 112243)."""

C4ColonicMassLikelyMalignant: _Final[_Code] = _Code(
    "DCM", "112244", "C4 - Colonic Mass, Likely Malignant", (6200,)
)
"""C4 - Colonic Mass, Likely Malignant (DCM 112244)."""

CArmMount: _Final[_Code] = _Code("DCM", "113955", "C-Arm Mount", (10031,))
"""C-Arm Mount (DCM 113955)."""

CCNippleNotCenteredOnImage: _Final[_Code] = _Code(
    "DCM", "111203", "CC Nipple not centered on image", (6041,)
)
"""CC Nipple not centered on image (DCM 111203)."""

CCNotAllMedialTissueVisualized: _Final[_Code] = _Code(
    "DCM", "111202", "CC Not all medial tissue visualized", (6041,)
)
"""CC Not all medial tissue visualized (DCM 111202)."""

CCPosteriorNippleLineDoesNotMeasureWithin1cmOfMLO: _Final[_Code] = _Code(
    "DCM", "111204", "CC Posterior nipple line does not measure within 1 cm of MLO", (6041,)
)
"""CC Posterior nipple line does not measure within 1 cm of MLO (DCM 111204)."""

CD: _Final[_Code] = _Code("DCM", "110032", "CD", (405,))
"""CD (DCM 110032)."""

CDImported: _Final[_Code] = _Code("DCM", "110024", "CD Imported", (7008,))
"""CD Imported (DCM 110024)."""

CFXRegionInLAOProjection: _Final[_Code] = _Code(
    "DCM", "122472", "CFX Region in LAO Projection", (3461,)
)
"""CFX Region in LAO Projection (DCM 122472)."""

CHARMED: _Final[_Code] = _Code("DCM", "113234", "CHARMED", (7261,))
"""CHARMED (DCM 113234)."""

CICFilter: _Final[_Code] = _Code("DCM", "130771", "CIC filter", (3043,))
"""CIC filter (DCM 130771)."""

CKDEPIFormulaEstimationOfGFR: _Final[_Code] = _Code(
    "DCM", "113571", "CKD-EPI Formula estimation of GFR", (10047,)
)
"""CKD-EPI Formula estimation of GFR (DCM 113571)."""

CLR1404I124: _Final[_Code] = _Code("DCM", "126715", "CLR1404 I^124^", (4021,))
"""CLR1404 I^124^ (DCM 126715)."""

CLR1404I131: _Final[_Code] = _Code("DCM", "126716", "CLR1404 I^131^", (4021,))
"""CLR1404 I^131^ (DCM 126716)."""

CO2Respiration: _Final[_Code] = _Code("DCM", "130443", "CO2 Respiration", (3005,))
"""CO2 Respiration (DCM 130443)."""

CO2Transcutaneous: _Final[_Code] = _Code("DCM", "130434", "CO2 Transcutaneous", (3005,))
"""CO2 Transcutaneous (DCM 130434)."""

CO2TrendEndTidalMainStream: _Final[_Code] = _Code(
    "DCM", "130436", "CO2 Trend End-tidal Main-stream", (3005,)
)
"""CO2 Trend End-tidal Main-stream (DCM 130436)."""

CO2TrendEndTidalSideStream: _Final[_Code] = _Code(
    "DCM", "130438", "CO2 Trend End-tidal Side-stream", (3005,)
)
"""CO2 Trend End-tidal Side-stream (DCM 130438)."""

CO2TrendMainStream: _Final[_Code] = _Code("DCM", "130441", "CO2 Trend Main-stream", (3005,))
"""CO2 Trend Main-stream (DCM 130441)."""

CO2TrendSideStream: _Final[_Code] = _Code("DCM", "130442", "CO2 Trend Side-stream", (3005,))
"""CO2 Trend Side-stream (DCM 130442)."""

CO2WaveformEndTidalMainStream: _Final[_Code] = _Code(
    "DCM", "130435", "CO2 Waveform End-tidal Main-stream", (3005,)
)
"""CO2 Waveform End-tidal Main-stream (DCM 130435)."""

CO2WaveformEndTidalSideStream: _Final[_Code] = _Code(
    "DCM", "130437", "CO2 Waveform End-tidal Side-stream", (3005,)
)
"""CO2 Waveform End-tidal Side-stream (DCM 130437)."""

CO2WaveformMainStream: _Final[_Code] = _Code("DCM", "130439", "CO2 Waveform Main-stream", (3005,))
"""CO2 Waveform Main-stream (DCM 130439)."""

CO2WaveformSideStream: _Final[_Code] = _Code("DCM", "130440", "CO2 Waveform Side-stream", (3005,))
"""CO2 Waveform Side-stream (DCM 130440)."""

CRTDisplay: _Final[_Code] = _Code("DCM", "109991", "CRT Display", (8303,))
"""CRT Display (DCM 109991)."""

CRTFrontProjectionSystem: _Final[_Code] = _Code(
    "DCM", "109998", "CRT Front Projection System", (8303,)
)
"""CRT Front Projection System (DCM 109998)."""

CRTRearProjectionSystem: _Final[_Code] = _Code(
    "DCM", "109997", "CRT Rear Projection System", (8303,)
)
"""CRT Rear Projection System (DCM 109997)."""

CTBasedAttenuationCorrection: _Final[_Code] = _Code(
    "DCM", "122728", "CT-based Attenuation Correction", (3112,)
)
"""CT-based Attenuation Correction (DCM 122728)."""

CTDoseLengthProductSubTotal: _Final[_Code] = _Code(
    "DCM", "130745", "CT Dose Length Product Sub-Total", (10050,)
)
"""CT Dose Length Product Sub-Total (DCM 130745)."""

CTDoseLengthProductTotal: _Final[_Code] = _Code(
    "DCM", "113813", "CT Dose Length Product Total", (10050,)
)
"""CT Dose Length Product Total (DCM 113813)."""

CTProtocol: _Final[_Code] = _Code("DCM", "CTPROTOCOL", "CT Protocol", (32,))
"""CT Protocol (DCM CTPROTOCOL)."""

CTVNodal: _Final[_Code] = _Code("DCM", "130049", "CTV Nodal", (9534,))
"""CTV Nodal (DCM 130049)."""

CTVPrimary: _Final[_Code] = _Code("DCM", "130050", "CTV Primary", (9534,))
"""CTV Primary (DCM 130050)."""

CWavePressure: _Final[_Code] = _Code("DCM", "122196", "C wave pressure", (3611,))
"""C wave pressure (DCM 122196)."""

CalcificationExtentAsPercentOfSurface: _Final[_Code] = _Code(
    "DCM", "112018", "Calcification extent as percent of surface", (6142,)
)
"""Calcification extent as percent of surface (DCM 112018)."""

CalcificationExtentAsPercentOfVolume: _Final[_Code] = _Code(
    "DCM", "112019", "Calcification extent as percent of volume", (6142,)
)
"""Calcification extent as percent of volume (DCM 112019)."""

CalcificationsOutsideOfAMass: _Final[_Code] = _Code(
    "DCM", "111347", "Calcifications outside of a mass", (6013,)
)
"""Calcifications outside of a mass (DCM 111347)."""

CalcificationsSeenInTheCore: _Final[_Code] = _Code(
    "DCM", "111446", "Calcifications seen in the core", (6066,)
)
"""Calcifications seen in the core (DCM 111446)."""

CalcificationsWithinAMass: _Final[_Code] = _Code(
    "DCM", "111346", "Calcifications within a mass", (6013,)
)
"""Calcifications within a mass (DCM 111346)."""

CalcifiedImplant: _Final[_Code] = _Code("DCM", "111505", "Calcified implant", (6072,))
"""Calcified implant (DCM 111505)."""

Calcium: _Final[_Code] = _Code("DCM", "112145", "Calcium", (6122,))
"""Calcium (DCM 112145)."""

CalciumLength: _Final[_Code] = _Code("DCM", "122341", "Calcium Length", (3483,))
"""Calcium Length (DCM 122341)."""

Calculated: _Final[_Code] = _Code("DCM", "125315", "Calculated", (12303,))
"""Calculated (DCM 125315)."""

CalculationFailure: _Final[_Code] = _Code("DCM", "114008", "Calculation failure", (43,))
"""Calculation failure (DCM 114008)."""

Calibration: _Final[_Code] = _Code("DCM", "122505", "Calibration", (6061,))
"""Calibration (DCM 122505)."""

CalibrationObjectUsed: _Final[_Code] = _Code("DCM", "122488", "Calibration Object Used", (3452,))
"""Calibration Object Used (DCM 122488)."""

CanadianBorderCollieAssociation: _Final[_Code] = _Code(
    "DCM", "109207", "Canadian Border Collie Association", (7481,)
)
"""Canadian Border Collie Association (DCM 109207)."""

CanadianKennelClub: _Final[_Code] = _Code("DCM", "109208", "Canadian Kennel Club", (7481,))
"""Canadian Kennel Club (DCM 109208)."""

CanadianLivestockRecordsAssociation: _Final[_Code] = _Code(
    "DCM", "109209", "Canadian Livestock Records Association", (7481,)
)
"""Canadian Livestock Records Association (DCM 109209)."""

CancerElsewhere: _Final[_Code] = _Code("DCM", "111480", "Cancer elsewhere", (6055,))
"""Cancer elsewhere (DCM 111480)."""

CanineFederationOfCanada: _Final[_Code] = _Code(
    "DCM", "109210", "Canine Federation of Canada", (7481,)
)
"""Canine Federation of Canada (DCM 109210)."""

CarcinomaInChildren: _Final[_Code] = _Code("DCM", "111304", "Carcinoma in children", (6033,))
"""Carcinoma in children (DCM 111304)."""

CarcinomaInEctopicBreast: _Final[_Code] = _Code(
    "DCM", "111305", "Carcinoma in ectopic breast", (6033,)
)
"""Carcinoma in ectopic breast (DCM 111305)."""

CarcinomaInPregnancyAndLactation: _Final[_Code] = _Code(
    "DCM", "111310", "Carcinoma in pregnancy and lactation", (6033,)
)
"""Carcinoma in pregnancy and lactation (DCM 111310)."""

CarcinomaWithEndocrineDifferentiation: _Final[_Code] = _Code(
    "DCM", "111306", "Carcinoma with endocrine differentiation", (6033,)
)
"""Carcinoma with endocrine differentiation (DCM 111306)."""

CardiacElectrophysiology: _Final[_Code] = _Code("DCM", "EPS", "Cardiac Electrophysiology", (29,))
"""Cardiac Electrophysiology (DCM EPS)."""

CardiacImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128007", "Cardiac Imaging Specialty", (7449,)
)
"""Cardiac Imaging Specialty (DCM 128007)."""

CardiacStressState: _Final[_Code] = _Code("DCM", "109091", "Cardiac Stress State", (3102,))
"""Cardiac Stress State (DCM 109091)."""

Cardiosphere: _Final[_Code] = _Code("DCM", "125901", "CARDIOsphere", (12030,))
"""CARDIOsphere (DCM 125901)."""

CardiovascularImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128730", "Cardiovascular imaging subject matter", (7017,)
)
"""Cardiovascular imaging subject matter (DCM 128730)."""

CardiovascularRadiology: _Final[_Code] = _Code("DCM", "128172", "Cardiovascular Radiology", (7030,))
"""Cardiovascular Radiology (DCM 128172)."""

CarinaAngle: _Final[_Code] = _Code("DCM", "112086", "Carina angle", (6111,))
"""Carina angle (DCM 112086)."""

CarrierGas: _Final[_Code] = _Code("DCM", "127330", "Carrier gas", (621,))
"""Carrier gas (DCM 127330)."""

CarrierTemperatureSensor: _Final[_Code] = _Code(
    "DCM", "127240", "Carrier temperature sensor", (636,)
)
"""Carrier temperature sensor (DCM 127240)."""

CartilaginousAndOsseousChange: _Final[_Code] = _Code(
    "DCM", "111309", "Cartilaginous and osseous change", (6033,)
)
"""Cartilaginous and osseous change (DCM 111309)."""

CaseSensitivity: _Final[_Code] = _Code("DCM", "111088", "Case Sensitivity", (6048,))
"""Case Sensitivity (DCM 111088)."""

CaseSpecificity: _Final[_Code] = _Code("DCM", "111090", "Case Specificity", (6048,))
"""Case Specificity (DCM 111090)."""

CassetteBasedProjectionRadiographySystem: _Final[_Code] = _Code(
    "DCM", "113959", "Cassette-based Projection Radiography System", (10032,)
)
"""Cassette-based Projection Radiography System (DCM 113959)."""

Cast: _Final[_Code] = _Code("DCM", "130114", "Cast", (9513,))
"""Cast (DCM 130114)."""

CathLabProcedureLog: _Final[_Code] = _Code("DCM", "121120", "Cath Lab Procedure Log", (3400,))
"""Cath Lab Procedure Log (DCM 121120)."""

CatheterCurve: _Final[_Code] = _Code("DCM", "122097", "Catheter Curve", (3423,))
"""Catheter Curve (DCM 122097)."""

Caudal10DegreeDistalCranioproximalOblique: _Final[_Code] = _Code(
    "DCM", "123019", "Caudal 10 degree distal-cranioproximal oblique", (7484,)
)
"""Caudal 10 degree distal-cranioproximal oblique (DCM 123019)."""

CavityExtentAsPercentOfVolume: _Final[_Code] = _Code(
    "DCM", "112017", "Cavity extent as percent of volume", (6142,)
)
"""Cavity extent as percent of volume (DCM 112017)."""

CavityRadiationShield: _Final[_Code] = _Code("DCM", "130640", "Cavity radiation shield", (9572,))
"""Cavity radiation shield (DCM 130640)."""

Center: _Final[_Code] = _Code("DCM", "111010", "Center", (219,))
"""Center (DCM 111010)."""

CenterOfGravity: _Final[_Code] = _Code("DCM", "122475", "Center of Gravity", (3458,))
"""Center of Gravity (DCM 122475)."""

CenterOfMass: _Final[_Code] = _Code("DCM", "128138", "Center of Mass", (219, 1011))
"""Center of Mass (DCM 128138)."""

Centerline: _Final[_Code] = _Code("DCM", "130490", "Centerline", (219,))
"""Centerline (DCM 130490)."""

CentralBreathingPosition: _Final[_Code] = _Code(
    "DCM", "122612", "central breathing position", (3823,)
)
"""central breathing position (DCM 122612)."""

CentralLine: _Final[_Code] = _Code("DCM", "112174", "Central line", (6404,))
"""Central line (DCM 112174)."""

Centrilobular: _Final[_Code] = _Code("DCM", "112156", "Centrilobular", (6128,))
"""Centrilobular (DCM 112156)."""

CentrilobularStructures: _Final[_Code] = _Code("DCM", "112087", "Centrilobular structures", (6111,))
"""Centrilobular structures (DCM 112087)."""

CertaintyOfFinding: _Final[_Code] = _Code("DCM", "111012", "Certainty of Finding", (6048,))
"""Certainty of Finding (DCM 111012)."""

CessationOfExercise: _Final[_Code] = _Code("DCM", "125237", "Cessation of exercise", (12031,))
"""Cessation of exercise (DCM 125237)."""

CessationOfStimulation: _Final[_Code] = _Code("DCM", "125239", "Cessation of stimulation", (12031,))
"""Cessation of stimulation (DCM 125239)."""

Cetuximab89Zr: _Final[_Code] = _Code("DCM", "126513", "Cetuximab ^89^Zr", (4021,))
"""Cetuximab ^89^Zr (DCM 126513)."""

Cg250FAb289Zr: _Final[_Code] = _Code("DCM", "126517", "cG250-F(ab')(2) ^89^Zr", (4021,))
"""cG250-F(ab')(2) ^89^Zr (DCM 126517)."""

ChairOfProtocolCommittee: _Final[_Code] = _Code(
    "DCM", "128671", "Chair of Protocol Committee", (7452,)
)
"""Chair of Protocol Committee (DCM 128671)."""

ChangMethod: _Final[_Code] = _Code("DCM", "122721", "Chang method", (3117,))
"""Chang method (DCM 122721)."""

ChangeInPatientAnatomy: _Final[_Code] = _Code("DCM", "130464", "Change in Patient Anatomy", (9565,))
"""Change in Patient Anatomy (DCM 130464)."""

ChangeOfProcedureForCorrectCharging: _Final[_Code] = _Code(
    "DCM", "110509", "Change of procedure for correct charging", (9301, 9303)
)
"""Change of procedure for correct charging (DCM 110509)."""

ChannelObstruction: _Final[_Code] = _Code("DCM", "110520", "Channel Obstruction", (9561,))
"""Channel Obstruction (DCM 110520)."""

ChebyshevFilter: _Final[_Code] = _Code("DCM", "130761", "Chebyshev filter", (3042,))
"""Chebyshev filter (DCM 130761)."""

Checkerboard: _Final[_Code] = _Code("DCM", "114216", "Checkerboard", (8202,))
"""Checkerboard (DCM 114216)."""

ChestTube: _Final[_Code] = _Code("DCM", "112173", "Chest tube", (6203, 6404))
"""Chest tube (DCM 112173)."""

ChiSquare: _Final[_Code] = _Code("DCM", "126221", "Chi-square", (7180,))
"""Chi-square (DCM 126221)."""

CholineC11: _Final[_Code] = _Code("DCM", "126703", "Choline C^11^", (4021,))
"""Choline C^11^ (DCM 126703)."""

CholineCreatineRatio: _Final[_Code] = _Code("DCM", "113081", "Choline/Creatine Ratio", (4033,))
"""Choline/Creatine Ratio (DCM 113081)."""

ChoriocapillarisStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128274", "Choriocapillaris structural reflectance map", (4271,)
)
"""Choriocapillaris structural reflectance map (DCM 128274)."""

ChoriocapillarisVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128273", "Choriocapillaris vasculature flow", (4271,)
)
"""Choriocapillaris vasculature flow (DCM 128273)."""

ChoroidStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128276", "Choroid structural reflectance map", (4271,)
)
"""Choroid structural reflectance map (DCM 128276)."""

ChoroidVasculatureFlow: _Final[_Code] = _Code("DCM", "128275", "Choroid vasculature flow", (4271,))
"""Choroid vasculature flow (DCM 128275)."""

ChromaticityEvaluation: _Final[_Code] = _Code("DCM", "109705", "Chromaticity evaluation", (8300,))
"""Chromaticity evaluation (DCM 109705)."""

CineFilmDigitized: _Final[_Code] = _Code("DCM", "110021", "Cine Film Digitized", (7008,))
"""Cine Film Digitized (DCM 110021)."""

CircleBScanPattern: _Final[_Code] = _Code("DCM", "128284", "Circle B-scan pattern", (4272,))
"""Circle B-scan pattern (DCM 128284)."""

CircleRadialBScanPattern: _Final[_Code] = _Code(
    "DCM", "128287", "Circle-radial B-scan pattern", (4272,)
)
"""Circle-radial B-scan pattern (DCM 128287)."""

CircleRasterBScanPattern: _Final[_Code] = _Code(
    "DCM", "128286", "Circle-raster B-scan pattern", (4272,)
)
"""Circle-raster B-scan pattern (DCM 128286)."""

CircularMethod: _Final[_Code] = _Code("DCM", "122473", "Circular method", (3470,))
"""Circular method (DCM 122473)."""

CircumferentialLagrangianStrain: _Final[_Code] = _Code(
    "DCM", "130677", "Circumferential Lagrangian Strain", (12311,)
)
"""Circumferential Lagrangian Strain (DCM 130677)."""

CircumferentialLagrangianStrainRate: _Final[_Code] = _Code(
    "DCM", "130678", "Circumferential Lagrangian Strain Rate", (12311,)
)
"""Circumferential Lagrangian Strain Rate (DCM 130678)."""

ClassActivation: _Final[_Code] = _Code("DCM", "130402", "Class activation", (217,))
"""Class activation (DCM 130402)."""

CleanDescriptorsOption: _Final[_Code] = _Code("DCM", "113105", "Clean Descriptors Option", (7050,))
"""Clean Descriptors Option (DCM 113105)."""

CleanGraphicsOption: _Final[_Code] = _Code("DCM", "113103", "Clean Graphics Option", (7050,))
"""Clean Graphics Option (DCM 113103)."""

CleanPixelDataOption: _Final[_Code] = _Code("DCM", "113101", "Clean Pixel Data Option", (7050,))
"""Clean Pixel Data Option (DCM 113101)."""

CleanRecognizableVisualFeaturesOption: _Final[_Code] = _Code(
    "DCM", "113102", "Clean Recognizable Visual Features Option", (7050,)
)
"""Clean Recognizable Visual Features Option (DCM 113102)."""

CleanStructuredContentOption: _Final[_Code] = _Code(
    "DCM", "113104", "Clean Structured Content Option", (7050,)
)
"""Clean Structured Content Option (DCM 113104)."""

ClearanceInterlock: _Final[_Code] = _Code("DCM", "130739", "Clearance Interlock", (9568,))
"""Clearance Interlock (DCM 130739)."""

ClinicalEvaluation: _Final[_Code] = _Code("DCM", "109710", "Clinical evaluation", (8300,))
"""Clinical evaluation (DCM 109710)."""

ClinicalFinding: _Final[_Code] = _Code("DCM", "111402", "Clinical finding", (6051,))
"""Clinical finding (DCM 111402)."""

ClinicalTrialSubmissionInputUsed: _Final[_Code] = _Code(
    "DCM", "128223", "Clinical Trial Submission Input Used", (7010,)
)
"""Clinical Trial Submission Input Used (DCM 128223)."""

ClusterAnalysis: _Final[_Code] = _Code("DCM", "123107", "Cluster Analysis", (7162,))
"""Cluster Analysis (DCM 123107)."""

ClusteredMicrocysts: _Final[_Code] = _Code("DCM", "111129", "Clustered microcysts", (6064,))
"""Clustered microcysts (DCM 111129)."""

CmabU3689Zr: _Final[_Code] = _Code("DCM", "126746", "cMAb U36 ^89^Zr", (4021,))
"""cMAb U36 ^89^Zr (DCM 126746)."""

CoachingDevice: _Final[_Code] = _Code("DCM", "130650", "Coaching Device", (9578,))
"""Coaching Device (DCM 130650)."""

Coalescent: _Final[_Code] = _Code("DCM", "112157", "Coalescent", (6128,))
"""Coalescent (DCM 112157)."""

CockroftGaultFormulaEstimationOfGFR: _Final[_Code] = _Code(
    "DCM", "113570", "Cockroft-Gault Formula estimation of GFR", (10047,)
)
"""Cockroft-Gault Formula estimation of GFR (DCM 113570)."""

CoilMarker: _Final[_Code] = _Code("DCM", "129301", "Coil Marker", (7112,))
"""Coil Marker (DCM 129301)."""

CoilPlacementConcern: _Final[_Code] = _Code("DCM", "130571", "Coil placement concern", (6314,))
"""Coil placement concern (DCM 130571)."""

CoilSelectionConcern: _Final[_Code] = _Code("DCM", "130572", "Coil selection concern", (6314,))
"""Coil selection concern (DCM 130572)."""

Coin: _Final[_Code] = _Code("DCM", "112178", "Coin", (6203, 6404))
"""Coin (DCM 112178)."""

CollectionOfPresentationStates: _Final[_Code] = _Code(
    "DCM", "113022", "Collection of Presentation States", (7010,)
)
"""Collection of Presentation States (DCM 113022)."""

CollimationTooCloseToBreast: _Final[_Code] = _Code(
    "DCM", "111195", "Collimation too close to breast", (6041,)
)
"""Collimation too close to breast (DCM 111195)."""

CollisionChecks: _Final[_Code] = _Code("DCM", "130652", "Collision Checks", (9577,))
"""Collision Checks (DCM 130652)."""

CombinationImplant: _Final[_Code] = _Code("DCM", "111484", "Combination implant", (6059,))
"""Combination implant (DCM 111484)."""

CombinedPosteriorEnhancementAndShadowing: _Final[_Code] = _Code(
    "DCM", "111370", "Combined posterior enhancement and shadowing", (6155,)
)
"""Combined posterior enhancement and shadowing (DCM 111370)."""

CombinedStructuredLightThermalImager: _Final[_Code] = _Code(
    "DCM", "130648", "Combined Structured Light/Thermal Imager", (9575,)
)
"""Combined Structured Light/Thermal Imager (DCM 130648)."""

Comment: _Final[_Code] = _Code("DCM", "121106", "Comment", (12101,))
"""Comment (DCM 121106)."""

CompactFlash: _Final[_Code] = _Code("DCM", "110034", "Compact Flash", (405,))
"""Compact Flash (DCM 110034)."""

ComparativeAverage10YearCHDRisk: _Final[_Code] = _Code(
    "DCM", "122231", "Comparative Average10 Year CHD Risk", (3667,)
)
"""Comparative Average10 Year CHD Risk (DCM 122231)."""

ComparativeLow10YearCHDRisk: _Final[_Code] = _Code(
    "DCM", "122232", "Comparative Low10 Year CHD Risk", (3667,)
)
"""Comparative Low10 Year CHD Risk (DCM 122232)."""

ComparisonToPreviousStudies: _Final[_Code] = _Code(
    "DCM", "111424", "Comparison to previous studies", (6052, 6053)
)
"""Comparison to previous studies (DCM 111424)."""

CompleteAcquisitionContent: _Final[_Code] = _Code(
    "DCM", "113034", "Complete Acquisition Content", (7010,)
)
"""Complete Acquisition Content (DCM 113034)."""

CompleteRenderingForPresentation: _Final[_Code] = _Code(
    "DCM", "121332", "Complete Rendering for Presentation", (7006,)
)
"""Complete Rendering for Presentation (DCM 121332)."""

CompleteStudyContent: _Final[_Code] = _Code("DCM", "113032", "Complete Study Content", (7010,))
"""Complete Study Content (DCM 113032)."""

CompletelyEncapsulated: _Final[_Code] = _Code("DCM", "130594", "Completely encapsulated", (6342,))
"""Completely encapsulated (DCM 130594)."""

Complex: _Final[_Code] = _Code("DCM", "111363", "Complex", (6154,))
"""Complex (DCM 111363)."""

ComplexCyst: _Final[_Code] = _Code("DCM", "111460", "Complex cyst", (6064,))
"""Complex cyst (DCM 111460)."""

ComplicatedCyst: _Final[_Code] = _Code("DCM", "111130", "Complicated cyst", (6064,))
"""Complicated cyst (DCM 111130)."""

ComponentModel: _Final[_Code] = _Code("DCM", "129011", "Component Model", (7062,))
"""Component Model (DCM 129011)."""

ComposedFromPriorDoses: _Final[_Code] = _Code("DCM", "121370", "Composed from prior doses", (7220,))
"""Composed from prior doses (DCM 121370)."""

ComposedFromPriorDosesAndCurrentPlan: _Final[_Code] = _Code(
    "DCM", "121371", "Composed from prior doses and current plan", (7220,)
)
"""Composed from prior doses and current plan (DCM 121371)."""

ComposedWithRadiobiologicalEffects: _Final[_Code] = _Code(
    "DCM", "121377", "Composed with radiobiological effects", (7220,)
)
"""Composed with radiobiological effects (DCM 121377)."""

ComposedWithWeightingForFractionsDelivered: _Final[_Code] = _Code(
    "DCM", "121378", "Composed with weighting for fractions delivered", (7220,)
)
"""Composed with weighting for fractions delivered (DCM 121378)."""

ComputationServer: _Final[_Code] = _Code("DCM", "COMP", "Computation Server", (30,))
"""Computation Server (DCM COMP)."""

ComputedFromImageAttributes: _Final[_Code] = _Code(
    "DCM", "113867", "Computed From Image Attributes", (10020, 10021)
)
"""Computed From Image Attributes (DCM 113867)."""

ComputedRadiography: _Final[_Code] = _Code("DCM", "CR", "Computed Radiography", (29,))
"""Computed Radiography (DCM CR)."""

ComputedTomography: _Final[_Code] = _Code("DCM", "CT", "Computed Tomography", (29,))
"""Computed Tomography (DCM CT)."""

ComputerAidedDetection: _Final[_Code] = _Code("DCM", "110004", "Computer Aided Detection", (9231,))
"""Computer Aided Detection (DCM 110004)."""

ComputerAidedDiagnosis: _Final[_Code] = _Code("DCM", "110003", "Computer Aided Diagnosis", (9231,))
"""Computer Aided Diagnosis (DCM 110003)."""

ComputerAssistedDetectionDiagnosis: _Final[_Code] = _Code(
    "DCM", "CAD", "Computer Assisted Detection/Diagnosis", (30,)
)
"""Computer Assisted Detection/Diagnosis (DCM CAD)."""

Concentration: _Final[_Code] = _Code("DCM", "122093", "Concentration", (3410,))
"""Concentration (DCM 122093)."""

ConcentricCircleBScanPattern: _Final[_Code] = _Code(
    "DCM", "128285", "Concentric circle B-scan pattern", (4272,)
)
"""Concentric circle B-scan pattern (DCM 128285)."""

Conclusion: _Final[_Code] = _Code("DCM", "121077", "Conclusion", (6053, 7002))
"""Conclusion (DCM 121077)."""

Conepresent: _Final[_Code] = _Code("DCM", "130457", "ConePresent", (9564,))
"""ConePresent (DCM 130457)."""

ConfiguredDefaultImagingEnergy: _Final[_Code] = _Code(
    "DCM", "130807", "Configured Default Imaging Energy", (9262,)
)
"""Configured Default Imaging Energy (DCM 130807)."""

ConfiguredLowestImagingEnergy: _Final[_Code] = _Code(
    "DCM", "130806", "Configured Lowest Imaging Energy", (9262,)
)
"""Configured Lowest Imaging Energy (DCM 130806)."""

ConfocalImaging: _Final[_Code] = _Code("DCM", "114207", "Confocal imaging", (8201,))
"""Confocal imaging (DCM 114207)."""

ConfocalMicroscopy: _Final[_Code] = _Code("DCM", "CFM", "Confocal Microscopy", (29,))
"""Confocal Microscopy (DCM CFM)."""

ConformalArcBeam: _Final[_Code] = _Code("DCM", "130104", "Conformal Arc Beam", (9511,))
"""Conformal Arc Beam (DCM 130104)."""

ConformalityShell: _Final[_Code] = _Code("DCM", "130062", "Conformality Shell", (9535,))
"""Conformality Shell (DCM 130062)."""

ConsistentWithLabelingOfTheDevice: _Final[_Code] = _Code(
    "DCM", "128602", "Consistent with labeling of the device", (800,)
)
"""Consistent with labeling of the device (DCM 128602)."""

ConstantAngleAcquisition: _Final[_Code] = _Code(
    "DCM", "113805", "Constant Angle Acquisition", (10013,)
)
"""Constant Angle Acquisition (DCM 113805)."""

ConsultationWith: _Final[_Code] = _Code("DCM", "122044", "Consultation With", (3404,))
"""Consultation With (DCM 122044)."""

ConsumableReturnedToInventory: _Final[_Code] = _Code(
    "DCM", "122077", "Consumable returned to inventory", (3408,)
)
"""Consumable returned to inventory (DCM 122077)."""

ConsumableTakenFromInventory: _Final[_Code] = _Code(
    "DCM", "122076", "Consumable taken from inventory", (3408,)
)
"""Consumable taken from inventory (DCM 122076)."""

ConsumableUnusable: _Final[_Code] = _Code("DCM", "122079", "Consumable unusable", (3408,))
"""Consumable unusable (DCM 122079)."""

ContentAssessmentResult: _Final[_Code] = _Code("DCM", "ASMT", "Content Assessment Result", (32,))
"""Content Assessment Result (DCM ASMT)."""

ContinentalKennelClub: _Final[_Code] = _Code("DCM", "109211", "Continental Kennel Club", (7481,))
"""Continental Kennel Club (DCM 109211)."""

ContinuityEquation: _Final[_Code] = _Code("DCM", "125212", "Continuity Equation", (12229,))
"""Continuity Equation (DCM 125212)."""

ContinuityEquationByMeanVelocity: _Final[_Code] = _Code(
    "DCM", "125213", "Continuity Equation by Mean Velocity", (12229,)
)
"""Continuity Equation by Mean Velocity (DCM 125213)."""

ContinuityEquationByPeakVelocity: _Final[_Code] = _Code(
    "DCM", "125214", "Continuity Equation by Peak Velocity", (12229,)
)
"""Continuity Equation by Peak Velocity (DCM 125214)."""

ContinuityEquationByVelocityTimeIntegral: _Final[_Code] = _Code(
    "DCM", "125215", "Continuity Equation by Velocity Time Integral", (12229,)
)
"""Continuity Equation by Velocity Time Integral (DCM 125215)."""

Continuous: _Final[_Code] = _Code("DCM", "113630", "Continuous", (10004,))
"""Continuous (DCM 113630)."""

ContinuousPermanent: _Final[_Code] = _Code("DCM", "130101", "Continuous Permanent", (9533,))
"""Continuous Permanent (DCM 130101)."""

ContinuousTemporary: _Final[_Code] = _Code("DCM", "130100", "Continuous Temporary", (9533,))
"""Continuous Temporary (DCM 130100)."""

ContouringInputUsed: _Final[_Code] = _Code("DCM", "128219", "Contouring Input Used", (7010,))
"""Contouring Input Used (DCM 128219)."""

ContrastAdministered: _Final[_Code] = _Code("DCM", "122086", "Contrast administered", (3409,))
"""Contrast administered (DCM 122086)."""

ContrastAgentAngioMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110801", "Contrast Agent Angio MR Signal Intensity", (7180,)
)
"""Contrast Agent Angio MR Signal Intensity (DCM 110801)."""

ContrastBolusIngredientOpaque: _Final[_Code] = _Code(
    "DCM", "121381", "Contrast/Bolus Ingredient Opaque", (4050,)
)
"""Contrast/Bolus Ingredient Opaque (DCM 121381)."""

ContrastEnd: _Final[_Code] = _Code("DCM", "122085", "Contrast end", (3409,))
"""Contrast end (DCM 122085)."""

ContrastLongitudinalRelaxivity: _Final[_Code] = _Code(
    "DCM", "126380", "Contrast Longitudinal Relaxivity", (4111,)
)
"""Contrast Longitudinal Relaxivity (DCM 126380)."""

ContrastReactionProphylacticAgent: _Final[_Code] = _Code(
    "DCM", "130259", "Contrast Reaction Prophylactic Agent", (76,)
)
"""Contrast Reaction Prophylactic Agent (DCM 130259)."""

ContrastStart: _Final[_Code] = _Code("DCM", "122084", "Contrast start", (3409,))
"""Contrast start (DCM 122084)."""

ControlledSSDSetupMethod: _Final[_Code] = _Code(
    "DCM", "130631", "Controlled SSD Setup Method", (9571,)
)
"""Controlled SSD Setup Method (DCM 130631)."""

CooperLigamentChanges: _Final[_Code] = _Code("DCM", "111111", "Cooper's ligament changes", (6015,))
"""Cooper's ligament changes (DCM 111111)."""

CoordinateAlignmentImageSeries: _Final[_Code] = _Code(
    "DCM", "128187", "Coordinate Alignment Image Series", (7023,)
)
"""Coordinate Alignment Image Series (DCM 128187)."""

CopiedFromImageAttributes: _Final[_Code] = _Code(
    "DCM", "113866", "Copied From Image Attributes", (10020, 10021)
)
"""Copied From Image Attributes (DCM 113866)."""

CornCobBedding: _Final[_Code] = _Code("DCM", "127232", "Corn cob bedding", (605,))
"""Corn cob bedding (DCM 127232)."""

CornealAxialPowerMap: _Final[_Code] = _Code("DCM", "111940", "Corneal axial power map", (4268,))
"""Corneal axial power map (DCM 111940)."""

CornealBirefringenceCompensation: _Final[_Code] = _Code(
    "DCM", "111923", "Corneal birefringence compensation", (4261,)
)
"""Corneal birefringence compensation (DCM 111923)."""

CornealElevationMap: _Final[_Code] = _Code("DCM", "111943", "Corneal elevation map", (4268,))
"""Corneal elevation map (DCM 111943)."""

CornealInstantaneousPowerMap: _Final[_Code] = _Code(
    "DCM", "111941", "Corneal instantaneous power map", (4268,)
)
"""Corneal instantaneous power map (DCM 111941)."""

CornealRefractivePowerMap: _Final[_Code] = _Code(
    "DCM", "111942", "Corneal refractive power map", (4268,)
)
"""Corneal refractive power map (DCM 111942)."""

CornealWavefrontMap: _Final[_Code] = _Code("DCM", "111944", "Corneal wavefront map", (4268,))
"""Corneal wavefront map (DCM 111944)."""

CoronaRadiata: _Final[_Code] = _Code("DCM", "112105", "Corona radiata", (6103,))
"""Corona radiata (DCM 112105)."""

CoronaryFlowReserve: _Final[_Code] = _Code("DCM", "122217", "Coronary Flow reserve", (3620,))
"""Coronary Flow reserve (DCM 122217)."""

CoronaryLesionGreaterThanEquals50PercentStenosis: _Final[_Code] = _Code(
    "DCM", "122171", "Coronary lesion > = 50% stenosis", (3726,)
)
"""Coronary lesion > = 50% stenosis (DCM 122171)."""

CorrectionFactor: _Final[_Code] = _Code("DCM", "128452", "Correction Factor", (10069,))
"""Correction Factor (DCM 128452)."""

CorrelatesToMRIFindings: _Final[_Code] = _Code(
    "DCM", "111383", "Correlates to MRI findings", (6158,)
)
"""Correlates to MRI findings (DCM 111383)."""

CorrelatesToMammographyFindings: _Final[_Code] = _Code(
    "DCM", "111382", "Correlates to mammography findings", (6158,)
)
"""Correlates to mammography findings (DCM 111382)."""

CorrelatesToOtherImagingFindings: _Final[_Code] = _Code(
    "DCM", "111385", "Correlates to other imaging findings", (6158,)
)
"""Correlates to other imaging findings (DCM 111385)."""

CorrelatesToPhysicalExaminationFindings: _Final[_Code] = _Code(
    "DCM", "111381", "Correlates to physical examination findings", (6158,)
)
"""Correlates to physical examination findings (DCM 111381)."""

CorrelatesToUltrasoundFindings: _Final[_Code] = _Code(
    "DCM", "111384", "Correlates to ultrasound findings", (6158,)
)
"""Correlates to ultrasound findings (DCM 111384)."""

CreatineAndCholine: _Final[_Code] = _Code("DCM", "113094", "Creatine and Choline", (4033,))
"""Creatine and Choline (DCM 113094)."""

CreatineCholineCitrateRatio: _Final[_Code] = _Code(
    "DCM", "113096", "Creatine+Choline/Citrate Ratio", (4033,)
)
"""Creatine+Choline/Citrate Ratio (DCM 113096)."""

CrossBScanPattern: _Final[_Code] = _Code("DCM", "128283", "Cross B-scan pattern", (4272,))
"""Cross B-scan pattern (DCM 128283)."""

CrossedGrid: _Final[_Code] = _Code("DCM", "111645", "Crossed grid", (10017,))
"""Crossed grid (DCM 111645)."""

Crosstable: _Final[_Code] = _Code("DCM", "111069", "Crosstable", (4011,))
"""Crosstable (DCM 111069)."""

CtdifreeairToEConversionViaMCComputation: _Final[_Code] = _Code(
    "DCM", "113801", "CTDIfreeair to E conversion via MC computation", (10011,)
)
"""CTDIfreeair to E conversion via MC computation (DCM 113801)."""

CtdifreeairToEConversionViaMeasurement: _Final[_Code] = _Code(
    "DCM", "113803", "CTDIfreeair to E conversion via measurement", (10011,)
)
"""CTDIfreeair to E conversion via measurement (DCM 113803)."""

Cu3689Zr: _Final[_Code] = _Code("DCM", "126515", "cU36 ^89^Zr", (4021,))
"""cU36 ^89^Zr (DCM 126515)."""

CubeBScanPattern: _Final[_Code] = _Code("DCM", "128279", "Cube B-scan pattern", (4272,))
"""Cube B-scan pattern (DCM 128279)."""

CubeMethod: _Final[_Code] = _Code("DCM", "125206", "Cube Method", (12228,))
"""Cube Method (DCM 125206)."""

CurrentPregnancyKnownOrSuspectedMalformationsSyndromes: _Final[_Code] = _Code(
    "DCM", "111573", "Current pregnancy, known or suspected malformations/syndromes", (6088,)
)
"""Current pregnancy, known or suspected malformations/syndromes (DCM 111573)."""

CurveFitParameter: _Final[_Code] = _Code("DCM", "128453", "Curve Fit Parameter", (10069,))
"""Curve Fit Parameter (DCM 128453)."""

CurveFittedReference: _Final[_Code] = _Code("DCM", "122489", "Curve Fitted Reference", (3465,))
"""Curve Fitted Reference (DCM 122489)."""

CurvedLinearUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "125253", "Curved linear ultrasound transducer geometry", (12033,)
)
"""Curved linear ultrasound transducer geometry (DCM 125253)."""

CurvedMultiplanarReformatting: _Final[_Code] = _Code(
    "DCM", "113073", "Curved multiplanar reformatting", (7203,)
)
"""Curved multiplanar reformatting (DCM 113073)."""

CylinderMarker: _Final[_Code] = _Code("DCM", "129303", "Cylinder Marker", (7112,))
"""Cylinder Marker (DCM 129303)."""

CystFill: _Final[_Code] = _Code("DCM", "111430", "Cyst fill", (6057,))
"""Cyst fill (DCM 111430)."""

CytologicAnalysis: _Final[_Code] = _Code("DCM", "111147", "Cytologic analysis", (6029,))
"""Cytologic analysis (DCM 111147)."""

DICOMInstancesAccessed: _Final[_Code] = _Code("DCM", "110103", "DICOM Instances Accessed", (400,))
"""DICOM Instances Accessed (DCM 110103)."""

DICOMInstancesTransferred: _Final[_Code] = _Code(
    "DCM", "110104", "DICOM Instances Transferred", (400,)
)
"""DICOM Instances Transferred (DCM 110104)."""

DICOMStudyDeleted: _Final[_Code] = _Code("DCM", "110105", "DICOM Study Deleted", (400,))
"""DICOM Study Deleted (DCM 110105)."""

DINGeometryPattern: _Final[_Code] = _Code("DCM", "109931", "DIN Geometry Pattern", (8301,))
"""DIN Geometry Pattern (DCM 109931)."""

DINGrayscalePattern: _Final[_Code] = _Code("DCM", "109932", "DIN Grayscale Pattern", (8301,))
"""DIN Grayscale Pattern (DCM 109932)."""

DINResolutionPattern: _Final[_Code] = _Code("DCM", "109933", "DIN Resolution Pattern", (8301,))
"""DIN Resolution Pattern (DCM 109933)."""

DKI: _Final[_Code] = _Code("DCM", "113222", "DKI", (7260,))
"""DKI (DCM 113222)."""

DLPFrontProjectionSystem: _Final[_Code] = _Code(
    "DCM", "109996", "DLP Front Projection System", (8303,)
)
"""DLP Front Projection System (DCM 109996)."""

DLPRearProjectionSystem: _Final[_Code] = _Code(
    "DCM", "109995", "DLP Rear Projection System", (8303,)
)
"""DLP Rear Projection System (DCM 109995)."""

DLPToEConversionViaMCComputation: _Final[_Code] = _Code(
    "DCM", "113800", "DLP to E conversion via MC computation", (10011,)
)
"""DLP to E conversion via MC computation (DCM 113800)."""

DLPToEConversionViaMeasurement: _Final[_Code] = _Code(
    "DCM", "113802", "DLP to E conversion via measurement", (10011,)
)
"""DLP to E conversion via measurement (DCM 113802)."""

DN3089Zr: _Final[_Code] = _Code("DCM", "126747", "DN30 ^89^Zr", (4021,))
"""DN30 ^89^Zr (DCM 126747)."""

DOT: _Final[_Code] = _Code("DCM", "113236", "DOT", (7261,))
"""DOT (DCM 113236)."""

DPA71311C: _Final[_Code] = _Code("DCM", "126765", "DPA-713 ^11^C", (4021,))
"""DPA-713 ^11^C (DCM 126765)."""

DPA71418F: _Final[_Code] = _Code("DCM", "126766", "DPA-714 ^18^F", (4021,))
"""DPA-714 ^18^F (DCM 126766)."""

DSI: _Final[_Code] = _Code("DCM", "113224", "DSI", (7260, 7261))
"""DSI (DCM 113224)."""

DTI: _Final[_Code] = _Code("DCM", "113223", "DTI", (7260,))
"""DTI (DCM 113223)."""

DVD: _Final[_Code] = _Code("DCM", "110033", "DVD", (405,))
"""DVD (DCM 110033)."""

DVDImported: _Final[_Code] = _Code("DCM", "110025", "DVD Imported", (7008,))
"""DVD Imported (DCM 110025)."""

DW: _Final[_Code] = _Code("DCM", "126222", "D-W", (7180,))
"""D-W (DCM 126222)."""

DarkBrownColor: _Final[_Code] = _Code("DCM", "111452", "Dark brown color", (6067,))
"""Dark brown color (DCM 111452)."""

DarkRedColor: _Final[_Code] = _Code("DCM", "111451", "Dark red color", (6067,))
"""Dark red color (DCM 111451)."""

DarkfieldIllumination: _Final[_Code] = _Code("DCM", "111745", "Darkfield illumination", (8123,))
"""Darkfield illumination (DCM 111745)."""

DataNotAccessibleFromStorage: _Final[_Code] = _Code(
    "DCM", "130752", "Data Not Accessible from Storage", (7031,)
)
"""Data Not Accessible from Storage (DCM 130752)."""

DataRetentionPolicyExpired: _Final[_Code] = _Code(
    "DCM", "113039", "Data Retention Policy Expired", (7010, 7031)
)
"""Data Retention Policy Expired (DCM 113039)."""

DateStickerIsMissing: _Final[_Code] = _Code("DCM", "111193", "Date sticker is missing", (6041,))
"""Date sticker is missing (DCM 111193)."""

DatetimeEstimated: _Final[_Code] = _Code("DCM", "121137", "DateTime Estimated", (3430,))
"""DateTime Estimated (DCM 121137)."""

DatetimeUnsynchronized: _Final[_Code] = _Code("DCM", "121136", "DateTime Unsynchronized", (3430,))
"""DateTime Unsynchronized (DCM 121136)."""

DeIdentifyingEquipment: _Final[_Code] = _Code("DCM", "109104", "De-identifying Equipment", (7005,))
"""De-identifying Equipment (DCM 109104)."""

DeathDuringCatheterization: _Final[_Code] = _Code(
    "DCM", "122167", "Death During Catheterization", (3413,)
)
"""Death During Catheterization (DCM 122167)."""

DeepRetinaStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128270", "Deep retina structural reflectance map", (4271,)
)
"""Deep retina structural reflectance map (DCM 128270)."""

DeepRetinaVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128269", "Deep retina vasculature flow", (4271,)
)
"""Deep retina vasculature flow (DCM 128269)."""

DeformableModels: _Final[_Code] = _Code("DCM", "123111", "Deformable Models", (7162,))
"""Deformable Models (DCM 123111)."""

DeformedForRegistration: _Final[_Code] = _Code(
    "DCM", "125027", "Deformed for Registration", (7203,)
)
"""Deformed for Registration (DCM 125027)."""

DelayExportUntilClinicalInformationIsAvailable: _Final[_Code] = _Code(
    "DCM", "128716", "Delay export until clinical information is available", (7015,)
)
"""Delay export until clinical information is available (DCM 128716)."""

DelayExportUntilConfirmationOfDiagnosisIsAvailable: _Final[_Code] = _Code(
    "DCM", "128717", "Delay export until confirmation of diagnosis is available", (7015,)
)
"""Delay export until confirmation of diagnosis is available (DCM 128717)."""

DelayExportUntilExpertReviewIsAvailable: _Final[_Code] = _Code(
    "DCM", "128722", "Delay export until expert review is available", (7015,)
)
"""Delay export until expert review is available (DCM 128722)."""

DelayExportUntilFinalReportIsAvailable: _Final[_Code] = _Code(
    "DCM", "128715", "Delay export until final report is available", (7015,)
)
"""Delay export until final report is available (DCM 128715)."""

DelayExportUntilHistopathologyIsAvailable: _Final[_Code] = _Code(
    "DCM", "128718", "Delay export until histopathology is available", (7015,)
)
"""Delay export until histopathology is available (DCM 128718)."""

DelayExportUntilOtherLaboratoryResultsAreAvailable: _Final[_Code] = _Code(
    "DCM", "128719", "Delay export until other laboratory results are available", (7015,)
)
"""Delay export until other laboratory results are available (DCM 128719)."""

DelayExportUntilPatientDies: _Final[_Code] = _Code(
    "DCM", "128721", "Delay export until patient dies", (7015,)
)
"""Delay export until patient dies (DCM 128721)."""

DelayExportUntilPatientIsDischarged: _Final[_Code] = _Code(
    "DCM", "128720", "Delay export until patient is discharged", (7015,)
)
"""Delay export until patient is discharged (DCM 128720)."""

DelayedRedistributionState: _Final[_Code] = _Code(
    "DCM", "109094", "Delayed Redistribution State", (3101,)
)
"""Delayed Redistribution State (DCM 109094)."""

DeliveryRateToleranceViolation: _Final[_Code] = _Code(
    "DCM", "130470", "Delivery Rate Tolerance Violation", (9566,)
)
"""Delivery Rate Tolerance Violation (DCM 130470)."""

DensitometricMethod: _Final[_Code] = _Code("DCM", "122474", "Densitometric method", (3470,))
"""Densitometric method (DCM 122474)."""

Density: _Final[_Code] = _Code("DCM", "112118", "Density", (6104,))
"""Density (DCM 112118)."""

DepartmentSystemScheduler: _Final[_Code] = _Code("DCM", "DSS", "Department System Scheduler", (30,))
"""Department System Scheduler (DCM DSS)."""

DependentOpacity: _Final[_Code] = _Code("DCM", "112119", "Dependent opacity", (6104,))
"""Dependent opacity (DCM 112119)."""

DeprecatedProtocol: _Final[_Code] = _Code("DCM", "128610", "Deprecated protocol", (800,))
"""Deprecated protocol (DCM 128610)."""

Derivation: _Final[_Code] = _Code("DCM", "121401", "Derivation", (9000,))
"""Derivation (DCM 121401)."""

DerivedFromHumanReadableReports: _Final[_Code] = _Code(
    "DCM", "113868", "Derived From Human-Readable Reports", (10020, 10021)
)
"""Derived From Human-Readable Reports (DCM 113868)."""

DerivedNonValveArea: _Final[_Code] = _Code("DCM", "122160", "Derived Non-Valve Area", (3614,))
"""Derived Non-Valve Area (DCM 122160)."""

Dermoscopy: _Final[_Code] = _Code("DCM", "DMS", "Dermoscopy", (29,))
"""Dermoscopy (DCM DMS)."""

DescriptionOfMaterial: _Final[_Code] = _Code("DCM", "121145", "Description of Material", (3426,))
"""Description of Material (DCM 121145)."""

Designator: _Final[_Code] = _Code("DCM", "129002", "Designator", (7453,))
"""Designator (DCM 129002)."""

DestinationMedia: _Final[_Code] = _Code("DCM", "110154", "Destination Media", (402,))
"""Destination Media (DCM 110154)."""

DestinationRoleID: _Final[_Code] = _Code("DCM", "110152", "Destination Role ID", (402,))
"""Destination Role ID (DCM 110152)."""

DestructionOfMicrobubbles: _Final[_Code] = _Code(
    "DCM", "125235", "Destruction of microbubbles", (12031,)
)
"""Destruction of microbubbles (DCM 125235)."""

Detach: _Final[_Code] = _Code("DCM", "110125", "Detach", (401, 403))
"""Detach (DCM 110125)."""

DetectorArtifacts: _Final[_Code] = _Code(
    "DCM", "111214", "Detector artifact(s)", (6041, 6135, 7011)
)
"""Detector artifact(s) (DCM 111214)."""

Deterministic: _Final[_Code] = _Code("DCM", "113211", "Deterministic", (7262,))
"""Deterministic (DCM 113211)."""

Device: _Final[_Code] = _Code("DCM", "121007", "Device", (270,))
"""Device (DCM 121007)."""

DeviceCrossedLesion: _Final[_Code] = _Code("DCM", "122089", "Device crossed lesion", (3422,))
"""Device crossed lesion (DCM 122089)."""

DeviceDeployed: _Final[_Code] = _Code("DCM", "122305", "Device deployed", (3412,))
"""Device deployed (DCM 122305)."""

DeviceLocalizer: _Final[_Code] = _Code("DCM", "121341", "Device localizer", (7201,))
"""Device localizer (DCM 121341)."""

DeviceRelatedAndEnvironmentRelatedEvent: _Final[_Code] = _Code(
    "DCM", "130864", "Device-related and Environment-related Event", (3047,)
)
"""Device-related and Environment-related Event (DCM 130864)."""

DeviceSubject: _Final[_Code] = _Code("DCM", "121192", "Device Subject", (271,))
"""Device Subject (DCM 121192)."""

DfCD4589Zr: _Final[_Code] = _Code("DCM", "126520", "Df-CD45 ^89^Zr", (4021,))
"""Df-CD45 ^89^Zr (DCM 126520)."""

DfFK23PEG489Zr: _Final[_Code] = _Code("DCM", "126763", "Df-[FK](2)-3PEG(4) ^89^Zr", (4021,))
"""Df-[FK](2)-3PEG(4) ^89^Zr (DCM 126763)."""

DfFK289Zr: _Final[_Code] = _Code("DCM", "126762", "Df-[FK](2) ^89^Zr", (4021,))
"""Df-[FK](2) ^89^Zr (DCM 126762)."""

DfFK89Zr: _Final[_Code] = _Code("DCM", "126760", "Df-FK ^89^Zr", (4021,))
"""Df-FK ^89^Zr (DCM 126760)."""

DfFKPEG389Zr: _Final[_Code] = _Code("DCM", "126761", "Df-FK-PEG(3) ^89^Zr", (4021,))
"""Df-FK-PEG(3) ^89^Zr (DCM 126761)."""

Dgn: _Final[_Code] = _Code("DCM", "128407", "DgN", (10069,))
"""DgN (DCM 128407)."""

DiabeticFibrousMastopathy: _Final[_Code] = _Code(
    "DCM", "111259", "Diabetic fibrous mastopathy", (6031,)
)
"""Diabetic fibrous mastopathy (DCM 111259)."""

DiagnosisInputUsed: _Final[_Code] = _Code("DCM", "128218", "Diagnosis Input Used", (7010,))
"""Diagnosis Input Used (DCM 128218)."""

DiagnosticAdministration: _Final[_Code] = _Code("DCM", "130249", "Diagnostic Administration", (72,))
"""Diagnostic Administration (DCM 130249)."""

DiagnosticSourceImages: _Final[_Code] = _Code(
    "DCM", "128181", "Diagnostic Source Images", (7010, 9509, 9510)
)
"""Diagnostic Source Images (DCM 128181)."""

DiameterBasedMethod: _Final[_Code] = _Code("DCM", "122651", "Diameter Based Method", (3804, 3807))
"""Diameter Based Method (DCM 122651)."""

DiamondDetector: _Final[_Code] = _Code("DCM", "128708", "Diamond Detector", (7026, 7027))
"""Diamond Detector (DCM 128708)."""

Diaphanography: _Final[_Code] = _Code("DCM", "DG", "Diaphanography", (29,))
"""Diaphanography (DCM DG)."""

DiaphragmaticAttenuation: _Final[_Code] = _Code(
    "DCM", "122745", "Diaphragmatic attenuation", (3115,)
)
"""Diaphragmatic attenuation (DCM 122745)."""

DiastolicBloodVelocityMean: _Final[_Code] = _Code(
    "DCM", "122201", "Diastolic blood velocity, mean", (3612,)
)
"""Diastolic blood velocity, mean (DCM 122201)."""

DiastolicBloodVelocityPeak: _Final[_Code] = _Code(
    "DCM", "122202", "Diastolic blood velocity, peak", (3612,)
)
"""Diastolic blood velocity, peak (DCM 122202)."""

DiastolicSystolicVelocityRatio: _Final[_Code] = _Code(
    "DCM", "122218", "Diastolic/Systolic velocity ratio", (3620,)
)
"""Diastolic/Systolic velocity ratio (DCM 122218)."""

DifferentialInterferenceContrast: _Final[_Code] = _Code(
    "DCM", "111748", "Differential interference contrast", (8123,)
)
"""Differential interference contrast (DCM 111748)."""

DifferentialSignal: _Final[_Code] = _Code("DCM", "109006", "Differential signal", (3240,))
"""Differential signal (DCM 109006)."""

DifficultPhysicalClinicalExamination: _Final[_Code] = _Code(
    "DCM", "111479", "Difficult physical/clinical examination", (6055,)
)
"""Difficult physical/clinical examination (DCM 111479)."""

DiffuseContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "130603", "Diffuse Contrast Enhancement", (6346,)
)
"""Diffuse Contrast Enhancement (DCM 130603)."""

DiffuseDirectIllumination: _Final[_Code] = _Code(
    "DCM", "111625", "Diffuse direct illumination", (4203,)
)
"""Diffuse direct illumination (DCM 111625)."""

DiffuselyIncreasedVascularityInSurroundingTissue: _Final[_Code] = _Code(
    "DCM", "111377", "Diffusely increased vascularity in surrounding tissue", (6157,)
)
"""Diffusely increased vascularity in surrounding tissue (DCM 111377)."""

DiffusionCoefficient: _Final[_Code] = _Code("DCM", "113289", "Diffusion Coefficient", (7272,))
"""Diffusion Coefficient (DCM 113289)."""

DiffusionImageAnalysis: _Final[_Code] = _Code("DCM", "129105", "Diffusion image analysis", (7203,))
"""Diffusion image analysis (DCM 129105)."""

DiffusionTractography: _Final[_Code] = _Code("DCM", "129106", "Diffusion tractography", (7203,))
"""Diffusion tractography (DCM 129106)."""

DiffusionWeighted: _Final[_Code] = _Code("DCM", "113043", "Diffusion weighted", (6311, 7270))
"""Diffusion weighted (DCM 113043)."""

DiffusionWeightedAcquisitionHighestBValueImage: _Final[_Code] = _Code(
    "DCM", "130566", "Diffusion-weighted Acquisition Highest b-value image", (6311,)
)
"""Diffusion-weighted Acquisition Highest b-value image (DCM 130566)."""

DigitalRadiography: _Final[_Code] = _Code("DCM", "DX", "Digital Radiography", (29,))
"""Digital Radiography (DCM DX)."""

DigitalTimecodeNOS: _Final[_Code] = _Code("DCM", "109001", "Digital timecode (NOS)", (3090,))
"""Digital timecode (NOS) (DCM 109001)."""

Diode: _Final[_Code] = _Code("DCM", "128704", "Diode", (7026, 7027))
"""Diode (DCM 128704)."""

DiodeArray: _Final[_Code] = _Code("DCM", "128702", "Diode Array", (7026, 7027))
"""Diode Array (DCM 128702)."""

DirectDetector: _Final[_Code] = _Code("DCM", "113948", "Direct Detector", (10030,))
"""Direct Detector (DCM 113948)."""

DirectlyMeasured: _Final[_Code] = _Code("DCM", "125316", "Directly measured", (12227, 12303))
"""Directly measured (DCM 125316)."""

DisagreementWithPriorFindings: _Final[_Code] = _Code(
    "DCM", "122776", "Disagreement with prior findings", (3217,)
)
"""Disagreement with prior findings (DCM 122776)."""

DisapprovedForAnyUse: _Final[_Code] = _Code("DCM", "128609", "Disapproved for any use", (800,))
"""Disapproved for any use (DCM 128609)."""

DisapprovedForExperimentalUse: _Final[_Code] = _Code(
    "DCM", "128612", "Disapproved for experimental use", (800,)
)
"""Disapproved for experimental use (DCM 128612)."""

DisapprovedForUseAtTheInstitution: _Final[_Code] = _Code(
    "DCM", "128623", "Disapproved for use at the institution", (800,)
)
"""Disapproved for use at the institution (DCM 128623)."""

DisapprovedForUseInTheClinicalTrial: _Final[_Code] = _Code(
    "DCM", "128624", "Disapproved for use in the clinical trial", (800,)
)
"""Disapproved for use in the clinical trial (DCM 128624)."""

DisapprovedForUseOnPregnantPatients: _Final[_Code] = _Code(
    "DCM", "128617", "Disapproved for use on pregnant patients", (800,)
)
"""Disapproved for use on pregnant patients (DCM 128617)."""

DiscCentered: _Final[_Code] = _Code("DCM", "111901", "Disc centered", (4207,))
"""Disc centered (DCM 111901)."""

DiscFovea: _Final[_Code] = _Code("DCM", "111934", "Disc-Fovea", (4266,))
"""Disc-Fovea (DCM 111934)."""

DiscMaculaCentered: _Final[_Code] = _Code("DCM", "111903", "Disc-macula centered", (4207,))
"""Disc-macula centered (DCM 111903)."""

DiscontinuedForUnspecifiedReason: _Final[_Code] = _Code(
    "DCM", "110513", "Discontinued for unspecified reason", (9301, 9302, 9303, 9561)
)
"""Discontinued for unspecified reason (DCM 110513)."""

DiscontinuedProcedureStepRescheduled: _Final[_Code] = _Code(
    "DCM", "110528", "Discontinued Procedure Step rescheduled", (9300,)
)
"""Discontinued Procedure Step rescheduled (DCM 110528)."""

DiscontinuedProcedureStepReschedulingRecommended: _Final[_Code] = _Code(
    "DCM", "110529", "Discontinued Procedure Step rescheduling recommended", (9300,)
)
"""Discontinued Procedure Step rescheduling recommended (DCM 110529)."""

DissectionWithEntireSpecimenSubmission: _Final[_Code] = _Code(
    "DCM", "111726", "Dissection with entire specimen submission", (8110,)
)
"""Dissection with entire specimen submission (DCM 111726)."""

DissectionWithRepresentativeSectionsSubmission: _Final[_Code] = _Code(
    "DCM", "111727", "Dissection with representative sections submission", (8110,)
)
"""Dissection with representative sections submission (DCM 111727)."""

DistalCentralizer: _Final[_Code] = _Code("DCM", "112325", "Distal Centralizer", (7308,))
"""Distal Centralizer (DCM 112325)."""

DistalReference: _Final[_Code] = _Code("DCM", "122381", "Distal Reference", (3486,))
"""Distal Reference (DCM 122381)."""

DistalStentMargin: _Final[_Code] = _Code("DCM", "122386", "Distal Stent Margin", (3487,))
"""Distal Stent Margin (DCM 122386)."""

Distance: _Final[_Code] = _Code("DCM", "121206", "Distance", (7470, 10069))
"""Distance (DCM 121206)."""

DistanceCorrection: _Final[_Code] = _Code("DCM", "128527", "Distance Correction", (10069,))
"""Distance Correction (DCM 128527)."""

DistanceFromAnus: _Final[_Code] = _Code("DCM", "112233", "Distance from anus", (6212,))
"""Distance from anus (DCM 112233)."""

DistanceFromChestWall: _Final[_Code] = _Code("DCM", "121244", "Distance from chest wall", (6165,))
"""Distance from chest wall (DCM 121244)."""

DistanceFromNeurovascularBundle: _Final[_Code] = _Code(
    "DCM", "130557", "Distance from neurovascular bundle", (6351,)
)
"""Distance from neurovascular bundle (DCM 130557)."""

DistanceFromNipple: _Final[_Code] = _Code("DCM", "121242", "Distance from nipple", (6165,))
"""Distance from nipple (DCM 121242)."""

DistanceFromSkin: _Final[_Code] = _Code("DCM", "121243", "Distance from skin", (6165,))
"""Distance from skin (DCM 121243)."""

DistanceSourceToDetector: _Final[_Code] = _Code(
    "DCM", "113750", "Distance Source to Detector", (10008,)
)
"""Distance Source to Detector (DCM 113750)."""

DistanceSourceToIsocenter: _Final[_Code] = _Code(
    "DCM", "113748", "Distance Source to Isocenter", (10008,)
)
"""Distance Source to Isocenter (DCM 113748)."""

DistanceSourceToReferencePoint: _Final[_Code] = _Code(
    "DCM", "113737", "Distance Source to Reference Point", (10008,)
)
"""Distance Source to Reference Point (DCM 113737)."""

DistanceSourceToTablePlane: _Final[_Code] = _Code(
    "DCM", "113792", "Distance Source to Table Plane", (10008,)
)
"""Distance Source to Table Plane (DCM 113792)."""

DistinctlyDefined: _Final[_Code] = _Code("DCM", "112138", "Distinctly defined", (6120,))
"""Distinctly defined (DCM 112138)."""

DistortedImplant: _Final[_Code] = _Code("DCM", "111506", "Distorted implant", (6072,))
"""Distorted implant (DCM 111506)."""

DistortionArtifactInTheAreaOfInterest: _Final[_Code] = _Code(
    "DCM", "130586", "Distortion artifact in the area of interest", (6318,)
)
"""Distortion artifact in the area of interest (DCM 130586)."""

DistributedDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113298", "Distributed Diffusion Coefficient", (7272,)
)
"""Distributed Diffusion Coefficient (DCM 113298)."""

DivideByZero: _Final[_Code] = _Code("DCM", "114003", "Divide by zero", (43,))
"""Divide by zero (DCM 114003)."""

DoctorCanceledProcedure: _Final[_Code] = _Code(
    "DCM", "110500", "Doctor canceled procedure", (9301, 9303, 9561)
)
"""Doctor canceled procedure (DCM 110500)."""

Document: _Final[_Code] = _Code("DCM", "DOC", "Document", (32,))
"""Document (DCM DOC)."""

DocumentDigitizerEquipment: _Final[_Code] = _Code(
    "DCM", "DOCD", "Document Digitizer Equipment", (7005,)
)
"""Document Digitizer Equipment (DCM DOCD)."""

DogRegistryOfAmerica: _Final[_Code] = _Code("DCM", "109212", "Dog Registry of America", (7481,))
"""Dog Registry of America (DCM 109212)."""

DoorInterlock: _Final[_Code] = _Code("DCM", "130478", "Door Interlock", (9568,))
"""Door Interlock (DCM 130478)."""

DopplerAudio: _Final[_Code] = _Code("DCM", "109113", "Doppler audio", (3000,))
"""Doppler audio (DCM 109113)."""

DopplerOCTA: _Final[_Code] = _Code("DCM", "128256", "Doppler OCT-A", (4270,))
"""Doppler OCT-A (DCM 128256)."""

DopplerVolumeFlow: _Final[_Code] = _Code("DCM", "125219", "Doppler Volume Flow", (12231,))
"""Doppler Volume Flow (DCM 125219)."""

DoseAreaProductTotal: _Final[_Code] = _Code("DCM", "113722", "Dose Area Product Total", (10050,))
"""Dose Area Product Total (DCM 113722)."""

DoseCalculationBoundingVolume: _Final[_Code] = _Code(
    "DCM", "130065", "Dose Calculation Bounding Volume", (9535,)
)
"""Dose Calculation Bounding Volume (DCM 130065)."""

DoseCalculationImageSeries: _Final[_Code] = _Code(
    "DCM", "128186", "Dose Calculation Image Series", (7023, 9510)
)
"""Dose Calculation Image Series (DCM 128186)."""

DoseCalibrator: _Final[_Code] = _Code("DCM", "113541", "Dose Calibrator", (10041,))
"""Dose Calibrator (DCM 113541)."""

DoseFrequency: _Final[_Code] = _Code("DCM", "111578", "Dose frequency", (6092,))
"""Dose frequency (DCM 111578)."""

DoseFromPriorTreatment: _Final[_Code] = _Code("DCM", "129212", "Dose from prior Treatment", (7022,))
"""Dose from prior Treatment (DCM 129212)."""

DoseGradient: _Final[_Code] = _Code("DCM", "128488", "Dose Gradient", (10063,))
"""Dose Gradient (DCM 128488)."""

DoseImage: _Final[_Code] = _Code("DCM", "121342", "Dose Image", (10063,))
"""Dose Image (DCM 121342)."""

DoseLimitInterlock: _Final[_Code] = _Code("DCM", "130738", "Dose Limit Interlock", (9568,))
"""Dose Limit Interlock (DCM 130738)."""

DosePointCloud: _Final[_Code] = _Code("DCM", "128496", "Dose Point Cloud", (10063,))
"""Dose Point Cloud (DCM 128496)."""

DoseRateToleranceViolation: _Final[_Code] = _Code(
    "DCM", "130474", "Dose Rate Tolerance Violation", (9567,)
)
"""Dose Rate Tolerance Violation (DCM 130474)."""

DosimetricResult: _Final[_Code] = _Code("DCM", "128190", "Dosimetric Result", (7023,))
"""Dosimetric Result (DCM 128190)."""

DoubleExposure: _Final[_Code] = _Code("DCM", "113026", "Double exposure", (7011,))
"""Double exposure (DCM 113026)."""

DoubleMDerivedFilter: _Final[_Code] = _Code("DCM", "130767", "Double-m-derived filter", (3042,))
"""Double-m-derived filter (DCM 130767)."""

DrugAdministered: _Final[_Code] = _Code("DCM", "122083", "Drug administered", (3409,))
"""Drug administered (DCM 122083)."""

DrugEnd: _Final[_Code] = _Code("DCM", "122082", "Drug end", (3409,))
"""Drug end (DCM 122082)."""

DrugStart: _Final[_Code] = _Code("DCM", "122081", "Drug start", (3409,))
"""Drug start (DCM 122081)."""

DualSideIllumination: _Final[_Code] = _Code("DCM", "130811", "Dual-side illumination", (11001,))
"""Dual-side illumination (DCM 130811)."""

DualSpeedOfSoundCorrection: _Final[_Code] = _Code(
    "DCM", "130819", "Dual Speed of Sound Correction", (11004,)
)
"""Dual Speed of Sound Correction (DCM 130819)."""

DuctNarrowing: _Final[_Code] = _Code("DCM", "111429", "Duct narrowing", (6057,))
"""Duct narrowing (DCM 111429)."""

DuctalAdenoma: _Final[_Code] = _Code("DCM", "111258", "Ductal adenoma", (6031,))
"""Ductal adenoma (DCM 111258)."""

DuplicateOrder: _Final[_Code] = _Code("DCM", "110510", "Duplicate order", (9301, 9302, 9303))
"""Duplicate order (DCM 110510)."""

DurationOfAdministration: _Final[_Code] = _Code(
    "DCM", "122095", "Duration of administration", (3410,)
)
"""Duration of administration (DCM 122095)."""

DurationOfTimePeriod: _Final[_Code] = _Code("DCM", "130532", "Duration of Time Period", (10073,))
"""Duration of Time Period (DCM 130532)."""

DuringTransport: _Final[_Code] = _Code("DCM", "127102", "During transport", (634,))
"""During transport (DCM 127102)."""

DuringVoiding: _Final[_Code] = _Code("DCM", "109137", "During voiding", (91,))
"""During voiding (DCM 109137)."""

DynamicContrastEnhancedAcquisition: _Final[_Code] = _Code(
    "DCM", "130567", "Dynamic Contrast-Enhanced Acquisition", (6311,)
)
"""Dynamic Contrast-Enhanced Acquisition (DCM 130567)."""

DynamicContrastEnhancedAcquisitionSubtractionImage: _Final[_Code] = _Code(
    "DCM", "130568", "Dynamic Contrast-Enhanced Acquisition Subtraction image", (6311,)
)
"""Dynamic Contrast-Enhanced Acquisition Subtraction image (DCM 130568)."""

DynamicContrastMRMeasurementReport: _Final[_Code] = _Code(
    "DCM", "126002", "Dynamic Contrast MR Measurement Report", (7021,)
)
"""Dynamic Contrast MR Measurement Report (DCM 126002)."""

DynamicLight: _Final[_Code] = _Code("DCM", "111630", "Dynamic light", (4203,))
"""Dynamic light (DCM 111630)."""

DynamicWedge: _Final[_Code] = _Code("DCM", "130348", "Dynamic Wedge", (9546,))
"""Dynamic Wedge (DCM 130348)."""

DyssynchronyIndex: _Final[_Code] = _Code("DCM", "125325", "Dyssynchrony Index", (12304,))
"""Dyssynchrony Index (DCM 125325)."""

E4G1089Zr: _Final[_Code] = _Code("DCM", "126519", "E4G10 ^89^Zr", (4021,))
"""E4G10 ^89^Zr (DCM 126519)."""

ECGBasedGatingSignalProcessed: _Final[_Code] = _Code(
    "DCM", "109002", "ECG-based gating signal, processed", (3090,)
)
"""ECG-based gating signal, processed (DCM 109002)."""

ECST: _Final[_Code] = _Code("DCM", "122656", "ECST", (3804,))
"""ECST (DCM 122656)."""

EEGAnnotation: _Final[_Code] = _Code("DCM", "130861", "EEG Annotation", (3047,))
"""EEG Annotation (DCM 130861)."""

EEMCrossSectionalArea: _Final[_Code] = _Code("DCM", "122333", "EEM Cross-Sectional Area", (3482,))
"""EEM Cross-Sectional Area (DCM 122333)."""

EEMDiameter: _Final[_Code] = _Code("DCM", "122330", "EEM Diameter", (3481,))
"""EEM Diameter (DCM 122330)."""

EEMDiameterRatio: _Final[_Code] = _Code("DCM", "122352", "EEM Diameter Ratio", (3484,))
"""EEM Diameter Ratio (DCM 122352)."""

EEMVolume: _Final[_Code] = _Code("DCM", "122371", "EEM Volume", (3485,))
"""EEM Volume (DCM 122371)."""

EMGAnnotation: _Final[_Code] = _Code("DCM", "130862", "EMG Annotation", (3047,))
"""EMG Annotation (DCM 130862)."""

EOGAnnotation: _Final[_Code] = _Code("DCM", "130863", "EOG Annotation", (3047,))
"""EOG Annotation (DCM 130863)."""

ESUR2012ProstateMRIAcquisitionRequirements: _Final[_Code] = _Code(
    "DCM", "130606", "ESUR 2012 prostate MRI acquisition requirements", (6353,)
)
"""ESUR 2012 prostate MRI acquisition requirements (DCM 130606)."""

EarlyContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "130602", "Early Contrast Enhancement", (6346,)
)
"""Early Contrast Enhancement (DCM 130602)."""

EchogenicHalo: _Final[_Code] = _Code("DCM", "111359", "Echogenic halo", (6153,))
"""Echogenic halo (DCM 111359)."""

Echogenicity: _Final[_Code] = _Code("DCM", "110849", "Echogenicity", (7180,))
"""Echogenicity (DCM 110849)."""

Echovist: _Final[_Code] = _Code("DCM", "125902", "Echovist", (12030,))
"""Echovist (DCM 125902)."""

Ecromeximab89Zr: _Final[_Code] = _Code("DCM", "126732", "Ecromeximab ^89^Zr", (4021,))
"""Ecromeximab ^89^Zr (DCM 126732)."""

EdgeDetection: _Final[_Code] = _Code("DCM", "123103", "Edge Detection", (7162,))
"""Edge Detection (DCM 123103)."""

EdgeEnhancement: _Final[_Code] = _Code("DCM", "113086", "Edge enhancement", (7203,))
"""Edge enhancement (DCM 113086)."""

EditedModel: _Final[_Code] = _Code("DCM", "129010", "Edited Model", (7062,))
"""Edited Model (DCM 129010)."""

EducationalIntent: _Final[_Code] = _Code("DCM", "129012", "Educational Intent", (7064,))
"""Educational Intent (DCM 129012)."""

EffectiveAtomicNumber: _Final[_Code] = _Code("DCM", "129320", "Effective Atomic Number", (301,))
"""Effective Atomic Number (DCM 129320)."""

EffectiveDose: _Final[_Code] = _Code("DCM", "113839", "Effective Dose", (10050,))
"""Effective Dose (DCM 113839)."""

EffectiveOrificeArea: _Final[_Code] = _Code("DCM", "125326", "Effective Orifice Area", (12304,))
"""Effective Orifice Area (DCM 125326)."""

Elasticity: _Final[_Code] = _Code("DCM", "110830", "Elasticity", (7180, 11006, 12308))
"""Elasticity (DCM 110830)."""

ElectricalFailure: _Final[_Code] = _Code("DCM", "111217", "Electrical failure", (6041, 6135, 7011))
"""Electrical failure (DCM 111217)."""

Electrocardiography: _Final[_Code] = _Code("DCM", "ECG", "Electrocardiography", (29,))
"""Electrocardiography (DCM ECG)."""

Electroencephalography: _Final[_Code] = _Code("DCM", "EEG", "Electroencephalography", (29,))
"""Electroencephalography (DCM EEG)."""

ElectromechanicalDelay: _Final[_Code] = _Code("DCM", "125320", "Electromechanical Delay", (12307,))
"""Electromechanical Delay (DCM 125320)."""

Electromyography: _Final[_Code] = _Code("DCM", "EMG", "Electromyography", (29,))
"""Electromyography (DCM EMG)."""

ElectronFixedAperture: _Final[_Code] = _Code("DCM", "130343", "Electron Fixed Aperture", (9545,))
"""Electron Fixed Aperture (DCM 130343)."""

Electrooculography: _Final[_Code] = _Code("DCM", "EOG", "Electrooculography", (29,))
"""Electrooculography (DCM EOG)."""

ElevationBasedCornealTomographer: _Final[_Code] = _Code(
    "DCM", "111945", "Elevation-based corneal tomographer", (4210,)
)
"""Elevation-based corneal tomographer (DCM 111945)."""

Eligibility: _Final[_Code] = _Code("DCM", "126075", "Eligibility", (6146,))
"""Eligibility (DCM 126075)."""

EligibilityReader: _Final[_Code] = _Code("DCM", "129001", "Eligibility Reader", (7453,))
"""Eligibility Reader (DCM 129001)."""

EligibleForReimbursement: _Final[_Code] = _Code(
    "DCM", "128613", "Eligible for reimbursement", (800,)
)
"""Eligible for reimbursement (DCM 128613)."""

EligibleForReimbursementOnPerPatientBasis: _Final[_Code] = _Code(
    "DCM", "128614", "Eligible for reimbursement on per patient basis", (800,)
)
"""Eligible for reimbursement on per patient basis (DCM 128614)."""

Elliptic: _Final[_Code] = _Code("DCM", "112134", "Elliptic", (6119,))
"""Elliptic (DCM 112134)."""

EllipticFilter: _Final[_Code] = _Code("DCM", "130762", "Elliptic filter", (3042,))
"""Elliptic filter (DCM 130762)."""

Email: _Final[_Code] = _Code("DCM", "110031", "Email", (405,))
"""Email (DCM 110031)."""

EmbryonicKidney: _Final[_Code] = _Code("DCM", "127801", "Embryonic kidney", (645,))
"""Embryonic kidney (DCM 127801)."""

EmergencyOverrideStarted: _Final[_Code] = _Code(
    "DCM", "110127", "Emergency Override Started", (401, 403)
)
"""Emergency Override Started (DCM 110127)."""

EmergencyOverrideStopped: _Final[_Code] = _Code(
    "DCM", "110138", "Emergency Override Stopped", (401, 403)
)
"""Emergency Override Stopped (DCM 110138)."""

EmpiricalAlgorithm: _Final[_Code] = _Code("DCM", "128481", "Empirical Algorithm", (10068,))
"""Empirical Algorithm (DCM 128481)."""

EndCirculatorySupport: _Final[_Code] = _Code("DCM", "121158", "End Circulatory Support", (3550,))
"""End Circulatory Support (DCM 121158)."""

EndOfExpiration: _Final[_Code] = _Code("DCM", "109023", "End of expiration", (3337,))
"""End of expiration (DCM 109023)."""

EndOfInspiration: _Final[_Code] = _Code("DCM", "109024", "End of inspiration", (3337,))
"""End of inspiration (DCM 109024)."""

EndOfSystole: _Final[_Code] = _Code("DCM", "109070", "End of systole", (3337,))
"""End of systole (DCM 109070)."""

EndOfTimePeriod: _Final[_Code] = _Code("DCM", "130534", "End of Time Period", (10073,))
"""End of Time Period (DCM 130534)."""

EndOxygenAdministration: _Final[_Code] = _Code(
    "DCM", "121162", "End oxygen administration", (3530,)
)
"""End oxygen administration (DCM 121162)."""

EndPacing: _Final[_Code] = _Code("DCM", "121167", "End Pacing", (3552,))
"""End Pacing (DCM 121167)."""

EndProcedureAction: _Final[_Code] = _Code("DCM", "121131", "End Procedure Action", (3421,))
"""End Procedure Action (DCM 121131)."""

EndVentilation: _Final[_Code] = _Code("DCM", "121169", "End Ventilation", (3551,))
"""End Ventilation (DCM 121169)."""

EndocardialMethod: _Final[_Code] = _Code("DCM", "130683", "Endocardial Method", (12310,))
"""Endocardial Method (DCM 130683)."""

EndocavitaryTransducer: _Final[_Code] = _Code("DCM", "125266", "Endocavitary Transducer", (12035,))
"""Endocavitary Transducer (DCM 125266)."""

Endoleak: _Final[_Code] = _Code("DCM", "122680", "endoleak", (3813,))
"""endoleak (DCM 122680)."""

EndorectalTransducer: _Final[_Code] = _Code("DCM", "125264", "Endorectal Transducer", (12035,))
"""Endorectal Transducer (DCM 125264)."""

Endoscopy: _Final[_Code] = _Code("DCM", "ES", "Endoscopy", (29,))
"""Endoscopy (DCM ES)."""

EndovaginalTransducer: _Final[_Code] = _Code("DCM", "125263", "Endovaginal Transducer", (12035,))
"""Endovaginal Transducer (DCM 125263)."""

EnhancedMultiFrameConversionEquipment: _Final[_Code] = _Code(
    "DCM", "109106", "Enhanced Multi-frame Conversion Equipment", (7005,)
)
"""Enhanced Multi-frame Conversion Equipment (DCM 109106)."""

EntireBodyTargetVolume: _Final[_Code] = _Code("DCM", "130055", "Entire Body Target Volume", (9534,))
"""Entire Body Target Volume (DCM 130055)."""

EntirePullback: _Final[_Code] = _Code("DCM", "122384", "Entire Pullback", (3487,))
"""Entire Pullback (DCM 122384)."""

EntranceExposureAtRP: _Final[_Code] = _Code("DCM", "111636", "Entrance Exposure at RP", (10050,))
"""Entrance Exposure at RP (DCM 111636)."""

EpicardialMethod: _Final[_Code] = _Code("DCM", "130684", "Epicardial Method", (12310,))
"""Epicardial Method (DCM 130684)."""

EpifluorescenceIllumination: _Final[_Code] = _Code(
    "DCM", "111743", "Epifluorescence illumination", (8123,)
)
"""Epifluorescence illumination (DCM 111743)."""

Equation: _Final[_Code] = _Code("DCM", "121420", "Equation", (228,))
"""Equation (DCM 121420)."""

EquationCitation: _Final[_Code] = _Code("DCM", "121421", "Equation Citation", (228,))
"""Equation Citation (DCM 121421)."""

EquidistantMethod: _Final[_Code] = _Code("DCM", "122574", "Equidistant method", (3456,))
"""Equidistant method (DCM 122574)."""

EquipmentBroughtToProcedureRoom: _Final[_Code] = _Code(
    "DCM", "122047", "Equipment brought to procedure room", (3427,)
)
"""Equipment brought to procedure room (DCM 122047)."""

EquipmentChange: _Final[_Code] = _Code("DCM", "110516", "Equipment change", (9301,))
"""Equipment change (DCM 110516)."""

EquipmentFailure: _Final[_Code] = _Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501)."""

EquipmentOrigin: _Final[_Code] = _Code("DCM", "130537", "Equipment Origin", (10074,))
"""Equipment Origin (DCM 130537)."""

EquipmentReady: _Final[_Code] = _Code("DCM", "122048", "Equipment ready", (3427,))
"""Equipment ready (DCM 122048)."""

EquipmentRemoved: _Final[_Code] = _Code("DCM", "122049", "Equipment removed", (3427,))
"""Equipment removed (DCM 122049)."""

Equivalent2GrayFractionsModel: _Final[_Code] = _Code(
    "DCM", "130130", "Equivalent 2-Gray Fractions Model", (9539,)
)
"""Equivalent 2-Gray Fractions Model (DCM 130130)."""

EquivalentCDADocument: _Final[_Code] = _Code("DCM", "121331", "Equivalent CDA Document", (7006,))
"""Equivalent CDA Document (DCM 121331)."""

EquivalentDose: _Final[_Code] = _Code("DCM", "128512", "Equivalent Dose", (10070,))
"""Equivalent Dose (DCM 128512)."""

EquivalentKReading: _Final[_Code] = _Code("DCM", "111756", "Equivalent K-reading", (4235,))
"""Equivalent K-reading (DCM 111756)."""

EquivalentMeaningOfConceptName: _Final[_Code] = _Code(
    "DCM", "121050", "Equivalent Meaning of Concept Name", (9000,)
)
"""Equivalent Meaning of Concept Name (DCM 121050)."""

ErodedPlaque: _Final[_Code] = _Code("DCM", "122390", "Eroded Plaque", (3491,))
"""Eroded Plaque (DCM 122390)."""

EsophagealPressure: _Final[_Code] = _Code("DCM", "130425", "Esophageal Pressure", (3005,))
"""Esophageal Pressure (DCM 130425)."""

EstimatedFromWaterEquivalentDiameter: _Final[_Code] = _Code(
    "DCM", "113988", "Estimated from Water Equivalent Diameter", (10023,)
)
"""Estimated from Water Equivalent Diameter (DCM 113988)."""

Euler: _Final[_Code] = _Code("DCM", "113218", "Euler", (7262,))
"""Euler (DCM 113218)."""

EventButtonPressed: _Final[_Code] = _Code("DCM", "130893", "Event button pressed", (3039,))
"""Event button pressed (DCM 130893)."""

EventButtonTest: _Final[_Code] = _Code("DCM", "130894", "Event button test", (3039,))
"""Event button test (DCM 130894)."""

ExcellentImageQuality: _Final[_Code] = _Code("DCM", "122740", "Excellent image quality", (3114,))
"""Excellent image quality (DCM 122740)."""

ExcursionDistance: _Final[_Code] = _Code("DCM", "125327", "Excursion Distance", (12304,))
"""Excursion Distance (DCM 125327)."""

ExpectedADCMapIsMissing: _Final[_Code] = _Code(
    "DCM", "130585", "Expected ADC map is missing", (6318,)
)
"""Expected ADC map is missing (DCM 130585)."""

ExpectedBValueIsMissing: _Final[_Code] = _Code(
    "DCM", "130583", "Expected b-value is missing", (6318,)
)
"""Expected b-value is missing (DCM 130583)."""

Explantation: _Final[_Code] = _Code("DCM", "111510", "Explantation", (6072,))
"""Explantation (DCM 111510)."""

Export: _Final[_Code] = _Code("DCM", "110106", "Export", (400,))
"""Export (DCM 110106)."""

ExtendedPatientAnatomyModel: _Final[_Code] = _Code(
    "DCM", "130068", "Extended Patient Anatomy Model", (9507,)
)
"""Extended Patient Anatomy Model (DCM 130068)."""

ExtendedRenderingForPresentation: _Final[_Code] = _Code(
    "DCM", "121334", "Extended Rendering for Presentation", (7006,)
)
"""Extended Rendering for Presentation (DCM 121334)."""

ExtendedToftsModel: _Final[_Code] = _Code("DCM", "126341", "Extended Tofts Model", (4101,))
"""Extended Tofts Model (DCM 126341)."""

ExternalBodyModel: _Final[_Code] = _Code("DCM", "130047", "External Body Model", (9501, 9580))
"""External Body Model (DCM 130047)."""

ExternalCameraPhotography: _Final[_Code] = _Code("DCM", "XC", "External-camera Photography", (29,))
"""External-camera Photography (DCM XC)."""

ExternalDataSource: _Final[_Code] = _Code("DCM", "111781", "External Data Source", (4240,))
"""External Data Source (DCM 111781)."""

ExternalTransducer: _Final[_Code] = _Code("DCM", "125261", "External Transducer", (12035,))
"""External Transducer (DCM 125261)."""

ExtractionOfIndividualSubjectFromGroup: _Final[_Code] = _Code(
    "DCM", "113131", "Extraction of individual subject from group", (7203,)
)
"""Extraction of individual subject from group (DCM 113131)."""

Extravasation: _Final[_Code] = _Code("DCM", "111428", "Extravasation", (6057,))
"""Extravasation (DCM 111428)."""

ExtravasationVisibleInImage: _Final[_Code] = _Code(
    "DCM", "113568", "Extravasation visible in image", (10043,)
)
"""Extravasation visible in image (DCM 113568)."""

ExtremelySmall: _Final[_Code] = _Code("DCM", "112131", "Extremely small", (6118,))
"""Extremely small (DCM 112131)."""

FACT: _Final[_Code] = _Code("DCM", "113214", "FACT", (7262,))
"""FACT (DCM 113214)."""

FIRFilter: _Final[_Code] = _Code("DCM", "130770", "FIR filter", (3043,))
"""FIR filter (DCM 130770)."""

FLB457C11: _Final[_Code] = _Code("DCM", "126706", "FLB 457 C^11^", (4021,))
"""FLB 457 C^11^ (DCM 126706)."""

FWPByGACampbell1991: _Final[_Code] = _Code("DCM", "128040", "FWP by GA, Campbell, 1991", (12016,))
"""FWP by GA, Campbell, 1991 (DCM 128040)."""

FWPByGAHadlock1991: _Final[_Code] = _Code("DCM", "128041", "FWP by GA, Hadlock, 1991", (12016,))
"""FWP by GA, Hadlock, 1991 (DCM 128041)."""

Failed: _Final[_Code] = _Code("DCM", "111224", "Failed", (6042,))
"""Failed (DCM 111224)."""

FallyprideC11: _Final[_Code] = _Code("DCM", "126704", "Fallypride C^11^", (4021,))
"""Fallypride C^11^ (DCM 126704)."""

FallyprideF18: _Final[_Code] = _Code("DCM", "126705", "Fallypride F^18^", (4021,))
"""Fallypride F^18^ (DCM 126705)."""

FalseLumen: _Final[_Code] = _Code("DCM", "122361", "False Lumen", (3491,))
"""False Lumen (DCM 122361)."""

FalseMarkersPerCase: _Final[_Code] = _Code("DCM", "111087", "False Markers per Case", (6048,))
"""False Markers per Case (DCM 111087)."""

FalseMarkersPerImage: _Final[_Code] = _Code("DCM", "111086", "False Markers per Image", (6048,))
"""False Markers per Image (DCM 111086)."""

FalsePositiveDefectFinding: _Final[_Code] = _Code(
    "DCM", "122748", "False Positive defect finding", (3113,)
)
"""False Positive defect finding (DCM 122748)."""

FamilyHistoryFetalMalformationSyndrome: _Final[_Code] = _Code(
    "DCM", "111574", "Family history, fetal malformation/syndrome", (6088,)
)
"""Family history, fetal malformation/syndrome (DCM 111574)."""

FamilyHistoryOfProstateCancer: _Final[_Code] = _Code(
    "DCM", "111562", "Family history of prostate cancer", (6081, 6322, 6327)
)
"""Family history of prostate cancer (DCM 111562)."""

FamilyHistoryUnknown: _Final[_Code] = _Code("DCM", "111563", "Family history unknown", (6081,))
"""Family history unknown (DCM 111563)."""

FastDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113292", "Fast Diffusion Coefficient", (7272,)
)
"""Fast Diffusion Coefficient (DCM 113292)."""

FastDiffusionCoefficientFraction: _Final[_Code] = _Code(
    "DCM", "113293", "Fast Diffusion Coefficient Fraction", (7272,)
)
"""Fast Diffusion Coefficient Fraction (DCM 113293)."""

FastMode: _Final[_Code] = _Code("DCM", "114211", "Fast mode", (8202,))
"""Fast mode (DCM 114211)."""

FatFraction: _Final[_Code] = _Code("DCM", "129100", "Fat fraction", (7180,))
"""Fat fraction (DCM 129100)."""

FeatureDetectedOnImagesFromMultipleModalities: _Final[_Code] = _Code(
    "DCM", "111159", "Feature detected on images from multiple modalities", (6036,)
)
"""Feature detected on images from multiple modalities (DCM 111159)."""

FeatureDetectedOnMultipleImages: _Final[_Code] = _Code(
    "DCM", "111158", "Feature detected on multiple images", (6036,)
)
"""Feature detected on multiple images (DCM 111158)."""

FeatureDetectedOnOnlyOneOfTheImages: _Final[_Code] = _Code(
    "DCM", "111157", "Feature detected on only one of the images", (6036,)
)
"""Feature detected on only one of the images (DCM 111157)."""

FeatureDetectedOnTheOnlyImage: _Final[_Code] = _Code(
    "DCM", "111156", "Feature detected on the only image", (6036,)
)
"""Feature detected on the only image (DCM 111156)."""

FederationOfInternationalCanines: _Final[_Code] = _Code(
    "DCM", "109213", "Federation of International Canines", (7481,)
)
"""Federation of International Canines (DCM 109213)."""

Fellow: _Final[_Code] = _Code("DCM", "121088", "Fellow", (7452,))
"""Fellow (DCM 121088)."""

Female: _Final[_Code] = _Code("DCM", "F", "Female", (7455, 7457))
"""Female (DCM F)."""

FemaleChangedToMale: _Final[_Code] = _Code("DCM", "FC", "Female changed to Male", (7455,))
"""Female changed to Male (DCM FC)."""

FemalePseudohermaphrodite: _Final[_Code] = _Code("DCM", "FP", "Female Pseudohermaphrodite", (7455,))
"""Female Pseudohermaphrodite (DCM FP)."""

FemoralHeadBallComponent: _Final[_Code] = _Code(
    "DCM", "112308", "Femoral Head Ball Component", (7308,)
)
"""Femoral Head Ball Component (DCM 112308)."""

FemoralHeadConeTaperComponent: _Final[_Code] = _Code(
    "DCM", "112309", "Femoral Head Cone Taper Component", (7308,)
)
"""Femoral Head Cone Taper Component (DCM 112309)."""

FemoralHeadResurfacingComponent: _Final[_Code] = _Code(
    "DCM", "112317", "Femoral Head Resurfacing Component", (7308,)
)
"""Femoral Head Resurfacing Component (DCM 112317)."""

FemoralStem: _Final[_Code] = _Code("DCM", "112310", "Femoral Stem", (7308,))
"""Femoral Stem (DCM 112310)."""

FemoralStemComponent: _Final[_Code] = _Code("DCM", "112313", "Femoral Stem Component", (7308,))
"""Femoral Stem Component (DCM 112313)."""

FemoralStemDistalComponent: _Final[_Code] = _Code(
    "DCM", "112311", "Femoral Stem Distal Component", (7308,)
)
"""Femoral Stem Distal Component (DCM 112311)."""

FemoralStemProximalComponent: _Final[_Code] = _Code(
    "DCM", "112312", "Femoral Stem Proximal Component", (7308,)
)
"""Femoral Stem Proximal Component (DCM 112312)."""

FemurHeadCenterOfRotation: _Final[_Code] = _Code(
    "DCM", "112304", "Femur Head Center of Rotation", (7306,)
)
"""Femur Head Center of Rotation (DCM 112304)."""

FetalCardiacUltrasoundReport: _Final[_Code] = _Code(
    "DCM", "125196", "Fetal Cardiac Ultrasound Report", (7000, 12245)
)
"""Fetal Cardiac Ultrasound Report (DCM 125196)."""

Fetus: _Final[_Code] = _Code("DCM", "121026", "Fetus", (271,))
"""Fetus (DCM 121026)."""

FibroLipidicPlaque: _Final[_Code] = _Code("DCM", "122394", "Fibro-Lipidic Plaque", (3495,))
"""Fibro-Lipidic Plaque (DCM 122394)."""

Fibroadenolipoma: _Final[_Code] = _Code("DCM", "111264", "Fibroadenolipoma", (6031,))
"""Fibroadenolipoma (DCM 111264)."""

FibroadenomatoidHyperplasia: _Final[_Code] = _Code(
    "DCM", "111263", "Fibroadenomatoid hyperplasia", (6031,)
)
"""Fibroadenomatoid hyperplasia (DCM 111263)."""

Fibrocalcific: _Final[_Code] = _Code("DCM", "112163", "Fibrocalcific", (6132,))
"""Fibrocalcific (DCM 112163)."""

Fibronodular: _Final[_Code] = _Code("DCM", "112148", "Fibronodular", (6123,))
"""Fibronodular (DCM 112148)."""

FiducialAlignment: _Final[_Code] = _Code("DCM", "125022", "Fiducial Alignment", (7100, 8203))
"""Fiducial Alignment (DCM 125022)."""

FiducialMark: _Final[_Code] = _Code("DCM", "112171", "Fiducial mark", (6203, 6404, 7110, 9581))
"""Fiducial mark (DCM 112171)."""

Field1ForJoslin3Field: _Final[_Code] = _Code("DCM", "111621", "Field 1 for Joslin3 field", (4207,))
"""Field 1 for Joslin3 field (DCM 111621)."""

Field2ForJoslin3Field: _Final[_Code] = _Code("DCM", "111622", "Field 2 for Joslin 3 field", (4207,))
"""Field 2 for Joslin 3 field (DCM 111622)."""

Field3ForJoslin3Field: _Final[_Code] = _Code("DCM", "111623", "Field 3 for Joslin 3 field", (4207,))
"""Field 3 for Joslin 3 field (DCM 111623)."""

FieldMapMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110807", "Field Map MR Signal Intensity", (7180,)
)
"""Field Map MR Signal Intensity (DCM 110807)."""

FilmDigitizer: _Final[_Code] = _Code("DCM", "FILMD", "Film Digitizer", (30, 7005))
"""Film Digitizer (DCM FILMD)."""

FilmHolder: _Final[_Code] = _Code("DCM", "130352", "Film Holder", (9548,))
"""Film Holder (DCM 130352)."""

FilmScreenMammography: _Final[_Code] = _Code("DCM", "111408", "Film Screen Mammography", (6050,))
"""Film Screen Mammography (DCM 111408)."""

Film_110010: _Final[_Code] = _Code("DCM", "110010", "Film", (405,))
"""Film (DCM 110010)."""

Film_113951: _Final[_Code] = _Code("DCM", "113951", "Film", (10030,))
"""Film (DCM 113951)."""

FilteredBackProjection: _Final[_Code] = _Code("DCM", "113962", "Filtered Back Projection", (10033,))
"""Filtered Back Projection (DCM 113962)."""

FinalReport: _Final[_Code] = _Code("DCM", "128005", "Final Report", (9233,))
"""Final Report (DCM 128005)."""

Finding: _Final[_Code] = _Code("DCM", "121071", "Finding", (3419, 6053, 7002, 9000))
"""Finding (DCM 121071)."""

FinePleomorphicCalcification: _Final[_Code] = _Code(
    "DCM", "111344", "Fine pleomorphic calcification", (6011,)
)
"""Fine pleomorphic calcification (DCM 111344)."""

FirmSkinLesion: _Final[_Code] = _Code("DCM", "130485", "Firm skin lesion", (4407,))
"""Firm skin lesion (DCM 130485)."""

FirstPassLeakageProfileFPLPModel: _Final[_Code] = _Code(
    "DCM", "126343", "First Pass Leakage Profile (FPLP) Model", (4101,)
)
"""First Pass Leakage Profile (FPLP) Model (DCM 126343)."""

FixationOrPositioningDevice: _Final[_Code] = _Code(
    "DCM", "130044", "Fixation or Positioning Device", (9580,)
)
"""Fixation or Positioning Device (DCM 130044)."""

FixedBeamDirection: _Final[_Code] = _Code("DCM", "125257", "Fixed beam direction", (12034,))
"""Fixed beam direction (DCM 125257)."""

FixedDp: _Final[_Code] = _Code("DCM", "113267", "Fixed-Dp", (7274,))
"""Fixed-Dp (DCM 113267)."""

FixedDurationPauseEnded: _Final[_Code] = _Code("DCM", "130155", "Fixed duration pause ended", (71,))
"""Fixed duration pause ended (DCM 130155)."""

FixedGrid: _Final[_Code] = _Code("DCM", "111641", "Fixed grid", (10017,))
"""Fixed grid (DCM 111641)."""

FixedLaserSetupPoint: _Final[_Code] = _Code("DCM", "130360", "Fixed Laser Setup Point", (9554,))
"""Fixed Laser Setup Point (DCM 130360)."""

FlashDoesnTIncludeCassetteScreenDetectorIdentification: _Final[_Code] = _Code(
    "DCM", "111191", "Flash doesn't include cassette/screen/detector identification", (6041,)
)
"""Flash doesn't include cassette/screen/detector identification (DCM 111191)."""

FlashDoesnTIncludeDateOfExamination: _Final[_Code] = _Code(
    "DCM", "111188", "Flash doesn't include date of examination", (6041,)
)
"""Flash doesn't include date of examination (DCM 111188)."""

FlashDoesnTIncludeFacilityNameAndLocation: _Final[_Code] = _Code(
    "DCM", "111189", "Flash doesn't include facility name and location", (6041,)
)
"""Flash doesn't include facility name and location (DCM 111189)."""

FlashDoesnTIncludeMammographyUnitIdentification: _Final[_Code] = _Code(
    "DCM", "111192", "Flash doesn't include mammography unit identification", (6041,)
)
"""Flash doesn't include mammography unit identification (DCM 111192)."""

FlashDoesnTIncludePatientNameAndAdditionalPatientId: _Final[_Code] = _Code(
    "DCM", "111187", "Flash doesn't include patient name and additional patient id", (6041,)
)
"""Flash doesn't include patient name and additional patient id (DCM 111187)."""

FlashDoesnTIncludeTechnologistIdentification: _Final[_Code] = _Code(
    "DCM", "111190", "Flash doesn't include technologist identification", (6041,)
)
"""Flash doesn't include technologist identification (DCM 111190)."""

FlashIsIllegibleDoesNotFitOrIsLopsided: _Final[_Code] = _Code(
    "DCM", "111186", "Flash is illegible, does not fit, or is lopsided", (6041,)
)
"""Flash is illegible, does not fit, or is lopsided (DCM 111186)."""

FlashIsNotNearEdgeOfFilm: _Final[_Code] = _Code(
    "DCM", "111185", "Flash is not near edge of film", (6041,)
)
"""Flash is not near edge of film (DCM 111185)."""

FlatFilter: _Final[_Code] = _Code("DCM", "113653", "Flat filter", (10007,))
"""Flat filter (DCM 113653)."""

FlatteningFilterBeam: _Final[_Code] = _Code("DCM", "130355", "Flattening Filter Beam", (9549,))
"""Flattening Filter Beam (DCM 130355)."""

FleischTable: _Final[_Code] = _Code("DCM", "122254", "Fleisch table", (3664,))
"""Fleisch table (DCM 122254)."""

FleischnerLines: _Final[_Code] = _Code("DCM", "112107", "Fleischner's line(s)", (6103,))
"""Fleischner's line(s) (DCM 112107)."""

Flocculent: _Final[_Code] = _Code("DCM", "112164", "Flocculent", (6132,))
"""Flocculent (DCM 112164)."""

FlowImageForImageProcessing: _Final[_Code] = _Code(
    "DCM", "128251", "Flow image for image processing", (7202,)
)
"""Flow image for image processing (DCM 128251)."""

FlowRateAboveAdjustmentLimit: _Final[_Code] = _Code(
    "DCM", "130153", "Flow rate above adjustment limit", (71,)
)
"""Flow rate above adjustment limit (DCM 130153)."""

FlowRateAboveWarningLimit: _Final[_Code] = _Code(
    "DCM", "130152", "Flow rate above warning limit", (71,)
)
"""Flow rate above warning limit (DCM 130152)."""

FlowVariance: _Final[_Code] = _Code("DCM", "110829", "Flow Variance", (7180,))
"""Flow Variance (DCM 110829)."""

FlowVelocity: _Final[_Code] = _Code("DCM", "110828", "Flow Velocity", (7180, 12120))
"""Flow Velocity (DCM 110828)."""

FlubatineF18: _Final[_Code] = _Code("DCM", "126503", "Flubatine F^18^", (4021,))
"""Flubatine F^18^ (DCM 126503)."""

Fluffy: _Final[_Code] = _Code("DCM", "112149", "Fluffy", (6123,))
"""Fluffy (DCM 112149)."""

FluidObtained: _Final[_Code] = _Code("DCM", "111449", "Fluid obtained", (6066,))
"""Fluid obtained (DCM 111449)."""

FluoroDoseAreaProductTotal: _Final[_Code] = _Code(
    "DCM", "113726", "Fluoro Dose Area Product Total", (10050,)
)
"""Fluoro Dose Area Product Total (DCM 113726)."""

FluoroscopyGuidedProjectionRadiographySystem: _Final[_Code] = _Code(
    "DCM", "113957", "Fluoroscopy-Guided Projection Radiography System", (10032,)
)
"""Fluoroscopy-Guided Projection Radiography System (DCM 113957)."""

FluorotrioprideF18: _Final[_Code] = _Code("DCM", "126707", "Fluorotriopride F^18^", (4021,))
"""Fluorotriopride F^18^ (DCM 126707)."""

FlurpiridazF18: _Final[_Code] = _Code("DCM", "126718", "Flurpiridaz F^18^", (4021,))
"""Flurpiridaz F^18^ (DCM 126718)."""

FlushAdministration: _Final[_Code] = _Code("DCM", "130251", "Flush Administration", (72,))
"""Flush Administration (DCM 130251)."""

FocalAbnormality: _Final[_Code] = _Code("DCM", "130591", "Focal abnormality", (6337,))
"""Focal abnormality (DCM 130591)."""

FocalContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "130604", "Focal Contrast Enhancement", (6346,)
)
"""Focal Contrast Enhancement (DCM 130604)."""

FocusedGrid: _Final[_Code] = _Code("DCM", "111642", "Focused grid", (10017,))
"""Focused grid (DCM 111642)."""

FollowUpAtShortInterval111Months: _Final[_Code] = _Code(
    "DCM", "111142", "Follow-up at short interval (1-11 months)", (6029,)
)
"""Follow-up at short interval (1-11 months) (DCM 111142)."""

FollowUpAtShortIntervalFromPriorStudy: _Final[_Code] = _Code(
    "DCM", "111416", "Follow-up at short interval from prior study", (6051,)
)
"""Follow-up at short interval from prior study (DCM 111416)."""

FollowUpPostBiopsyAsDirectedByClinician: _Final[_Code] = _Code(
    "DCM", "111121", "Follow-up post biopsy as directed by clinician", (6028,)
)
"""Follow-up post biopsy as directed by clinician (DCM 111121)."""

FoodTreat: _Final[_Code] = _Code("DCM", "127391", "Food treat", (609,))
"""Food treat (DCM 127391)."""

FootToHead: _Final[_Code] = _Code("DCM", "110869", "Foot To Head", (7185,))
"""Foot To Head (DCM 110869)."""

ForAttenuationCorrection: _Final[_Code] = _Code(
    "DCM", "122403", "For Attenuation Correction", (7210,)
)
"""For Attenuation Correction (DCM 122403)."""

ForClinicalTrialExport: _Final[_Code] = _Code("DCM", "128711", "For Clinical Trial Export", (7014,))
"""For Clinical Trial Export (DCM 128711)."""

ForClinicalTrialSubmission: _Final[_Code] = _Code(
    "DCM", "128207", "For Clinical Trial Submission", (7010,)
)
"""For Clinical Trial Submission (DCM 128207)."""

ForConference: _Final[_Code] = _Code("DCM", "113005", "For Conference", (7010,))
"""For Conference (DCM 113005)."""

ForDiagnosis: _Final[_Code] = _Code("DCM", "128195", "For Diagnosis", (7010,))
"""For Diagnosis (DCM 128195)."""

ForLitigation: _Final[_Code] = _Code("DCM", "113021", "For Litigation", (7010,))
"""For Litigation (DCM 113021)."""

ForMachineQualityAssurance: _Final[_Code] = _Code(
    "DCM", "128205", "For Machine Quality Assurance", (7024,)
)
"""For Machine Quality Assurance (DCM 128205)."""

ForPatient: _Final[_Code] = _Code("DCM", "113007", "For Patient", (7010,))
"""For Patient (DCM 113007)."""

ForPatientSetupVerification: _Final[_Code] = _Code(
    "DCM", "128206", "For Patient Setup Verification", (7024,)
)
"""For Patient Setup Verification (DCM 128206)."""

ForPeerReview: _Final[_Code] = _Code("DCM", "113008", "For Peer Review", (7010,))
"""For Peer Review (DCM 113008)."""

ForPhysicianReview: _Final[_Code] = _Code("DCM", "128201", "For Physician Review", (7024,))
"""For Physician Review (DCM 128201)."""

ForPhysicistReview: _Final[_Code] = _Code("DCM", "128202", "For Physicist Review", (7024,))
"""For Physicist Review (DCM 128202)."""

ForPlanComparison: _Final[_Code] = _Code("DCM", "128199", "For Plan Comparison", (7010,))
"""For Plan Comparison (DCM 128199)."""

ForPlanQualityAssurance: _Final[_Code] = _Code(
    "DCM", "128204", "For Plan Quality Assurance", (7024,)
)
"""For Plan Quality Assurance (DCM 128204)."""

ForPrinting: _Final[_Code] = _Code("DCM", "113018", "For Printing", (7010,))
"""For Printing (DCM 113018)."""

ForProcessingPredecessor: _Final[_Code] = _Code(
    "DCM", "121358", "For Processing predecessor", (7202,)
)
"""For Processing predecessor (DCM 121358)."""

ForPublicationExport: _Final[_Code] = _Code("DCM", "128714", "For Publication Export", (7014,))
"""For Publication Export (DCM 128714)."""

ForRTPlanSummation: _Final[_Code] = _Code("DCM", "128200", "For RT Plan Summation", (7024,))
"""For RT Plan Summation (DCM 128200)."""

ForRTPrescription: _Final[_Code] = _Code("DCM", "128197", "For RT Prescription", (7024,))
"""For RT Prescription (DCM 128197)."""

ForRTTreatmentPlanning: _Final[_Code] = _Code("DCM", "128198", "For RT Treatment Planning", (7024,))
"""For RT Treatment Planning (DCM 128198)."""

ForRTWorkflow: _Final[_Code] = _Code("DCM", "128180", "For RT Workflow", (7024,))
"""For RT Workflow (DCM 128180)."""

ForReferringProvider: _Final[_Code] = _Code("DCM", "113002", "For Referring Provider", (7010,))
"""For Referring Provider (DCM 113002)."""

ForReportAttachment: _Final[_Code] = _Code("DCM", "113020", "For Report Attachment", (7010,))
"""For Report Attachment (DCM 113020)."""

ForResearch: _Final[_Code] = _Code("DCM", "113009", "For Research", (7010,))
"""For Research (DCM 113009)."""

ForResearchCollectionExport: _Final[_Code] = _Code(
    "DCM", "128713", "For Research Collection Export", (7014,)
)
"""For Research Collection Export (DCM 128713)."""

ForSegmentation: _Final[_Code] = _Code("DCM", "128196", "For Segmentation", (7010,))
"""For Segmentation (DCM 128196)."""

ForSurgery: _Final[_Code] = _Code("DCM", "113003", "For Surgery", (7010,))
"""For Surgery (DCM 113003)."""

ForTeaching: _Final[_Code] = _Code("DCM", "113004", "For Teaching", (7010,))
"""For Teaching (DCM 113004)."""

ForTeachingFileExport: _Final[_Code] = _Code("DCM", "128710", "For Teaching File Export", (7014,))
"""For Teaching File Export (DCM 128710)."""

ForTherapy: _Final[_Code] = _Code("DCM", "113006", "For Therapy", (7010,))
"""For Therapy (DCM 113006)."""

ForTumorBoard: _Final[_Code] = _Code("DCM", "128203", "For Tumor Board", (7010,))
"""For Tumor Board (DCM 128203)."""

ForTumorRegistry: _Final[_Code] = _Code("DCM", "128208", "For Tumor Registry", (7010,))
"""For Tumor Registry (DCM 128208)."""

ForcedAirHeater: _Final[_Code] = _Code("DCM", "127250", "Forced air heater", (635,))
"""Forced air heater (DCM 127250)."""

FovealSensitivityRelated: _Final[_Code] = _Code(
    "DCM", "111841", "Foveal sensitivity related", (4252,)
)
"""Foveal sensitivity related (DCM 111841)."""

Fp10: _Final[_Code] = _Code("DCM", "130711", "Fp10", (3030,))
"""Fp10 (DCM 130711)."""

Fp9: _Final[_Code] = _Code("DCM", "130710", "Fp9", (3030,))
"""Fp9 (DCM 130710)."""

FractalDimension: _Final[_Code] = _Code("DCM", "126050", "Fractal Dimension", (7468,))
"""Fractal Dimension (DCM 126050)."""

FractionalAnisotropy: _Final[_Code] = _Code("DCM", "110808", "Fractional Anisotropy", (7263, 7271))
"""Fractional Anisotropy (DCM 110808)."""

FractionalChange: _Final[_Code] = _Code("DCM", "125314", "Fractional Change", (12303,))
"""Fractional Change (DCM 125314)."""

FractionalKurtosisAnisotropy: _Final[_Code] = _Code(
    "DCM", "113209", "Fractional Kurtosis Anisotropy", (7263,)
)
"""Fractional Kurtosis Anisotropy (DCM 113209)."""

FractionalOccupancySegmentation: _Final[_Code] = _Code(
    "DCM", "110855", "Fractional Occupancy Segmentation", (7180,)
)
"""Fractional Occupancy Segmentation (DCM 110855)."""

FractionalProbabilisticSegmentation: _Final[_Code] = _Code(
    "DCM", "110854", "Fractional Probabilistic Segmentation", (7180,)
)
"""Fractional Probabilistic Segmentation (DCM 110854)."""

FractionationBasedOrTemporallyBasedMethods: _Final[_Code] = _Code(
    "DCM", "130127", "Fractionation-based or temporally-based methods", (9537,)
)
"""Fractionation-based or temporally-based methods (DCM 130127)."""

FrameExtractingEquipment: _Final[_Code] = _Code(
    "DCM", "109105", "Frame Extracting Equipment", (7005,)
)
"""Frame Extracting Equipment (DCM 109105)."""

FrameOfReferenceIdentity: _Final[_Code] = _Code(
    "DCM", "125021", "Frame of Reference Identity", (7100,)
)
"""Frame of Reference Identity (DCM 125021)."""

FraminghamQtcAlgorithm: _Final[_Code] = _Code("DCM", "122733", "Framingham QTc Algorithm", (3678,))
"""Framingham QTc Algorithm (DCM 122733)."""

FreeAcquisition: _Final[_Code] = _Code("DCM", "113807", "Free Acquisition", (10013,))
"""Free Acquisition (DCM 113807)."""

FreeSilicone: _Final[_Code] = _Code("DCM", "111508", "Free silicone", (6072,))
"""Free silicone (DCM 111508)."""

Freehand: _Final[_Code] = _Code("DCM", "114215", "Freehand", (8203,))
"""Freehand (DCM 114215)."""

Fresolimumab89Zr: _Final[_Code] = _Code("DCM", "126748", "Fresolimumab ^89^Zr", (4021,))
"""Fresolimumab ^89^Zr (DCM 126748)."""

FridericiaQtcAlgorithm: _Final[_Code] = _Code("DCM", "122732", "Fridericia QTc Algorithm", (3678,))
"""Fridericia QTc Algorithm (DCM 122732)."""

FrontOfCorneaToFrontOfLens: _Final[_Code] = _Code(
    "DCM", "111776", "Front Of Cornea To Front Of Lens", (4239,)
)
"""Front Of Cornea To Front Of Lens (DCM 111776)."""

FullBernoulli: _Final[_Code] = _Code("DCM", "125217", "Full Bernoulli", (12230,))
"""Full Bernoulli (DCM 125217)."""

FullCardiacCycle: _Final[_Code] = _Code("DCM", "125324", "Full Cardiac Cycle", (12307,))
"""Full Cardiac Cycle (DCM 125324)."""

FullFidelityImage: _Final[_Code] = _Code("DCM", "121327", "Full fidelity image", (7205,))
"""Full fidelity image (DCM 121327)."""

FunctionalImage: _Final[_Code] = _Code("DCM", "121339", "Functional image", (7201,))
"""Functional image (DCM 121339)."""

GA20189Zr: _Final[_Code] = _Code("DCM", "126731", "GA201 ^89^Zr", (4021,))
"""GA201 ^89^Zr (DCM 126731)."""

GDPattern: _Final[_Code] = _Code("DCM", "109903", "GD Pattern", (8301,))
"""GD Pattern (DCM 109903)."""

GGraft: _Final[_Code] = _Code("DCM", "130734", "G - Graft", (3022,))
"""G - Graft (DCM 130734)."""

GTVNodal: _Final[_Code] = _Code("DCM", "130051", "GTV Nodal", (9534,))
"""GTV Nodal (DCM 130051)."""

GTVPrimary: _Final[_Code] = _Code("DCM", "130052", "GTV Primary", (9534,))
"""GTV Primary (DCM 130052)."""

GammaCapillaryTransitTimeGCTTModel: _Final[_Code] = _Code(
    "DCM", "126345", "Gamma Capillary Transit Time (GCTT) Model", (4101,)
)
"""Gamma Capillary Transit Time (GCTT) Model (DCM 126345)."""

GammaDistributionMode: _Final[_Code] = _Code("DCM", "113297", "Gamma Distribution Mode", (7272,))
"""Gamma Distribution Mode (DCM 113297)."""

GammaDistributionModel: _Final[_Code] = _Code("DCM", "113253", "Gamma distribution model", (7273,))
"""Gamma distribution model (DCM 113253)."""

GammaDistributionScaleParameter: _Final[_Code] = _Code(
    "DCM", "113295", "Gamma Distribution Scale Parameter", (7272,)
)
"""Gamma Distribution Scale Parameter (DCM 113295)."""

GammaDistributionShapeParameter: _Final[_Code] = _Code(
    "DCM", "113296", "Gamma Distribution Shape Parameter", (7272,)
)
"""Gamma Distribution Shape Parameter (DCM 113296)."""

GanglionCellComplexThickness: _Final[_Code] = _Code(
    "DCM", "111926", "Ganglion cell complex thickness", (4262,)
)
"""Ganglion cell complex thickness (DCM 111926)."""

GastrointestinalImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128731", "Gastrointestinal imaging subject matter", (7017,)
)
"""Gastrointestinal imaging subject matter (DCM 128731)."""

GaussianBlur: _Final[_Code] = _Code("DCM", "113088", "Gaussian blur", (7203,))
"""Gaussian blur (DCM 113088)."""

GaussianFilter: _Final[_Code] = _Code("DCM", "130764", "Gaussian filter", (3042,))
"""Gaussian filter (DCM 130764)."""

GeneralMicroscopy: _Final[_Code] = _Code("DCM", "GM", "General Microscopy", (29,))
"""General Microscopy (DCM GM)."""

GeneralReductionInSensitivity: _Final[_Code] = _Code(
    "DCM", "111850", "General reduction in sensitivity", (4254,)
)
"""General reduction in sensitivity (DCM 111850)."""

Generic2DPlanning: _Final[_Code] = _Code("DCM", "112340", "Generic 2D Planning", (7320,))
"""Generic 2D Planning (DCM 112340)."""

Generic3DPlanning: _Final[_Code] = _Code("DCM", "112341", "Generic 3D Planning", (7320,))
"""Generic 3D Planning (DCM 112341)."""

GenericPlanningForHipReplacement: _Final[_Code] = _Code(
    "DCM", "112342", "Generic Planning for Hip Replacement", (7320,)
)
"""Generic Planning for Hip Replacement (DCM 112342)."""

GenericPlanningForKneeReplacement: _Final[_Code] = _Code(
    "DCM", "112343", "Generic Planning for Knee Replacement", (7320,)
)
"""Generic Planning for Knee Replacement (DCM 112343)."""

GenitourinaryImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128732", "Genitourinary imaging subject matter", (7017,)
)
"""Genitourinary imaging subject matter (DCM 128732)."""

GeometricCenterpoint: _Final[_Code] = _Code("DCM", "128137", "Geometric Centerpoint", (219, 1011))
"""Geometric Centerpoint (DCM 128137)."""

GeometricIsocenter: _Final[_Code] = _Code("DCM", "122486", "Geometric Isocenter", (3452,))
"""Geometric Isocenter (DCM 122486)."""

GeometricNonIsocenter: _Final[_Code] = _Code("DCM", "122487", "Geometric Non-Isocenter", (3452,))
"""Geometric Non-Isocenter (DCM 122487)."""

GeometricRadiationTransportModel: _Final[_Code] = _Code(
    "DCM", "128421", "Geometric Radiation Transport Model", (10065,)
)
"""Geometric Radiation Transport Model (DCM 128421)."""

GeometricalImageEvaluation: _Final[_Code] = _Code(
    "DCM", "109708", "Geometrical image evaluation", (8300,)
)
"""Geometrical image evaluation (DCM 109708)."""

GlaucomaHemifieldTestAnalysis: _Final[_Code] = _Code(
    "DCM", "111855", "Glaucoma Hemifield Test Analysis", (4257,)
)
"""Glaucoma Hemifield Test Analysis (DCM 111855)."""

GlembatumumabVedotin89Zr: _Final[_Code] = _Code(
    "DCM", "126724", "Glembatumumab vedotin ^89^Zr", (4021,)
)
"""Glembatumumab vedotin ^89^Zr (DCM 126724)."""

Global: _Final[_Code] = _Code("DCM", "113213", "Global", (7262,))
"""Global (DCM 113213)."""

GlomerularFiltrationRateBlackMDRD: _Final[_Code] = _Code(
    "DCM", "113574", "Glomerular Filtration Rate black (MDRD)", (10047,)
)
"""Glomerular Filtration Rate black (MDRD) (DCM 113574)."""

GlomerularFiltrationRateCreatinineBasedFormulaSchwartz: _Final[_Code] = _Code(
    "DCM", "113577", "Glomerular Filtration Rate Creatinine-based formula (Schwartz)", (10047,)
)
"""Glomerular Filtration Rate Creatinine-based formula (Schwartz) (DCM 113577)."""

GlomerularFiltrationRateCystatinBasedFormula: _Final[_Code] = _Code(
    "DCM", "113576", "Glomerular Filtration Rate Cystatin-based formula", (10047,)
)
"""Glomerular Filtration Rate Cystatin-based formula (DCM 113576)."""

GlomerularFiltrationRateFemaleMDRD: _Final[_Code] = _Code(
    "DCM", "113575", "Glomerular Filtration Rate female (MDRD)", (10047,)
)
"""Glomerular Filtration Rate female (MDRD) (DCM 113575)."""

GlomerularFiltrationRateMDRD: _Final[_Code] = _Code(
    "DCM", "113572", "Glomerular Filtration Rate (MDRD)", (10047,)
)
"""Glomerular Filtration Rate (MDRD) (DCM 113572)."""

GlomerularFiltrationRateNonBlackMDRD: _Final[_Code] = _Code(
    "DCM", "113573", "Glomerular Filtration Rate non-black (MDRD)", (10047,)
)
"""Glomerular Filtration Rate non-black (MDRD) (DCM 113573)."""

GlutamateAndGlutamine: _Final[_Code] = _Code("DCM", "113080", "Glutamate and glutamine", (4033,))
"""Glutamate and glutamine (DCM 113080)."""

GlutamineC11: _Final[_Code] = _Code("DCM", "126709", "Glutamine C^11^", (4021,))
"""Glutamine C^11^ (DCM 126709)."""

GlutamineC14: _Final[_Code] = _Code("DCM", "126710", "Glutamine C^14^", (4021,))
"""Glutamine C^14^ (DCM 126710)."""

GlutamineF18: _Final[_Code] = _Code("DCM", "126711", "Glutamine F^18^", (4021,))
"""Glutamine F^18^ (DCM 126711)."""

Glycolysis: _Final[_Code] = _Code("DCM", "126034", "Glycolysis", (7466,))
"""Glycolysis (DCM 126034)."""

GoodImageQuality: _Final[_Code] = _Code("DCM", "122741", "Good image quality", (3114,))
"""Good image quality (DCM 122741)."""

GradientPressureAverage: _Final[_Code] = _Code(
    "DCM", "122197", "Gradient pressure, average", (3611,)
)
"""Gradient pressure, average (DCM 122197)."""

GradientPressurePeak: _Final[_Code] = _Code("DCM", "122198", "Gradient pressure, peak", (3611,))
"""Gradient pressure, peak (DCM 122198)."""

GradientWeightedClassActivation: _Final[_Code] = _Code(
    "DCM", "130403", "Gradient-weighted class activation", (217,)
)
"""Gradient-weighted class activation (DCM 130403)."""

GraftToCitedSegmentDistalSection: _Final[_Code] = _Code(
    "DCM", "122104", "Graft to cited segment, distal section", (3019,)
)
"""Graft to cited segment, distal section (DCM 122104)."""

GraftToCitedSegmentMidSection: _Final[_Code] = _Code(
    "DCM", "122103", "Graft to cited segment, mid section", (3019,)
)
"""Graft to cited segment, mid section (DCM 122103)."""

GraftToCitedSegmentProximalSection: _Final[_Code] = _Code(
    "DCM", "122102", "Graft to cited segment, proximal section", (3019,)
)
"""Graft to cited segment, proximal section (DCM 122102)."""

GranularPattern: _Final[_Code] = _Code("DCM", "112128", "Granular pattern", (6106,))
"""Granular pattern (DCM 112128)."""

Graticule: _Final[_Code] = _Code("DCM", "130349", "Graticule", (9548,))
"""Graticule (DCM 130349)."""

GrayscaleResolutionEvaluation: _Final[_Code] = _Code(
    "DCM", "109702", "Grayscale resolution evaluation", (8300,)
)
"""Grayscale resolution evaluation (DCM 109702)."""

GreaterThan1YearAgo: _Final[_Code] = _Code("DCM", "111398", "> 1 year ago", (6164,))
"""> 1 year ago (DCM 111398)."""

GridArtifacts: _Final[_Code] = _Code("DCM", "111208", "Grid artifact(s)", (6041, 6135, 7011))
"""Grid artifact(s) (DCM 111208)."""

GridBScanPattern: _Final[_Code] = _Code("DCM", "128288", "Grid B-scan pattern", (4272,))
"""Grid B-scan pattern (DCM 128288)."""

GroundGlassOpacity: _Final[_Code] = _Code("DCM", "112120", "Ground glass opacity", (6104,))
"""Ground glass opacity (DCM 112120)."""

GroupOfFramesForDisplay: _Final[_Code] = _Code(
    "DCM", "113036", "Group of Frames for Display", (7010,)
)
"""Group of Frames for Display (DCM 113036)."""

GrowthPercentileRank: _Final[_Code] = _Code("DCM", "125012", "Growth Percentile Rank", (12017,))
"""Growth Percentile Rank (DCM 125012)."""

GrowthZScore: _Final[_Code] = _Code("DCM", "125013", "Growth Z-score", (12017,))
"""Growth Z-score (DCM 125013)."""

GuidewireCrossingLesionSuccessful: _Final[_Code] = _Code(
    "DCM", "122302", "Guidewire crossing lesion successful", (3412, 3752)
)
"""Guidewire crossing lesion successful (DCM 122302)."""

GuidewireCrossingLesionUnsuccessful: _Final[_Code] = _Code(
    "DCM", "122301", "Guidewire crossing lesion unsuccessful", (3412, 3752)
)
"""Guidewire crossing lesion unsuccessful (DCM 122301)."""

GynecologicCondition: _Final[_Code] = _Code("DCM", "111567", "Gynecologic condition", (6088,))
"""Gynecologic condition (DCM 111567)."""

GynecologicSurgery: _Final[_Code] = _Code("DCM", "111568", "Gynecologic surgery", (6088,))
"""Gynecologic surgery (DCM 111568)."""

HARDI: _Final[_Code] = _Code("DCM", "113221", "HARDI", (7260,))
"""HARDI (DCM 113221)."""

HISBundleWave: _Final[_Code] = _Code("DCM", "109040", "HIS bundle wave", (3339,))
"""HIS bundle wave (DCM 109040)."""

HabitualVisualAcuity: _Final[_Code] = _Code("DCM", "111686", "Habitual Visual Acuity", (4216,))
"""Habitual Visual Acuity (DCM 111686)."""

Haigis: _Final[_Code] = _Code("DCM", "111760", "Haigis", (4236,))
"""Haigis (DCM 111760)."""

HaigisA0: _Final[_Code] = _Code("DCM", "111769", "Haigis a0", (4237,))
"""Haigis a0 (DCM 111769)."""

HaigisA1: _Final[_Code] = _Code("DCM", "111770", "Haigis a1", (4237,))
"""Haigis a1 (DCM 111770)."""

HaigisA2: _Final[_Code] = _Code("DCM", "111771", "Haigis a2", (4237,))
"""Haigis a2 (DCM 111771)."""

HaigisL: _Final[_Code] = _Code("DCM", "111761", "Haigis-L", (4236,))
"""Haigis-L (DCM 111761)."""

HaigisLToric: _Final[_Code] = _Code("DCM", "111861", "Haigis-L Toric", (4236,))
"""Haigis-L Toric (DCM 111861)."""

HaigisToric: _Final[_Code] = _Code("DCM", "111860", "Haigis Toric", (4236,))
"""Haigis Toric (DCM 111860)."""

HalfValueLayer: _Final[_Code] = _Code("DCM", "111634", "Half Value Layer", (10069,))
"""Half Value Layer (DCM 111634)."""

HaloSign: _Final[_Code] = _Code("DCM", "112073", "Halo sign", (6105,))
"""Halo sign (DCM 112073)."""

HandGrips: _Final[_Code] = _Code("DCM", "130854", "Hand Grips", (9513,))
"""Hand Grips (DCM 130854)."""

HardCopy: _Final[_Code] = _Code("DCM", "HC", "Hard Copy", (32,))
"""Hard Copy (DCM HC)."""

HardCopyPrintServer: _Final[_Code] = _Code("DCM", "PRINT", "Hard Copy Print Server", (30,))
"""Hard Copy Print Server (DCM PRINT)."""

HardWedge: _Final[_Code] = _Code("DCM", "130346", "Hard Wedge", (9546,))
"""Hard Wedge (DCM 130346)."""

HardwareConfiguration: _Final[_Code] = _Code("DCM", "110130", "Hardware Configuration", (401, 403))
"""Hardware Configuration (DCM 110130)."""

HeadAndNeckImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128008", "Head and Neck Imaging Specialty", (7449,)
)
"""Head and Neck Imaging Specialty (DCM 128008)."""

HeadAndNeckMask: _Final[_Code] = _Code("DCM", "130112", "Head and Neck Mask", (9513,))
"""Head and Neck Mask (DCM 130112)."""

HeadFixationBoard: _Final[_Code] = _Code("DCM", "130656", "Head Fixation Board", (9513,))
"""Head Fixation Board (DCM 130656)."""

HeadFootAxis: _Final[_Code] = _Code("DCM", "110861", "Head-Foot Axis", (7184,))
"""Head-Foot Axis (DCM 110861)."""

HeadMask: _Final[_Code] = _Code("DCM", "130111", "Head Mask", (9513,))
"""Head Mask (DCM 130111)."""

HeadNodeSet: _Final[_Code] = _Code("DCM", "130362", "Head Node Set", (9556,))
"""Head Node Set (DCM 130362)."""

HeadOfCardiology: _Final[_Code] = _Code("DCM", "128675", "Head of Cardiology", (7452,))
"""Head of Cardiology (DCM 128675)."""

HeadOfRadiology: _Final[_Code] = _Code("DCM", "128670", "Head of Radiology", (7452,))
"""Head of Radiology (DCM 128670)."""

HeadToFoot: _Final[_Code] = _Code("DCM", "110868", "Head To Foot", (7185,))
"""Head To Foot (DCM 110868)."""

Headframe: _Final[_Code] = _Code("DCM", "130110", "Headframe", (9513,))
"""Headframe (DCM 130110)."""

HeadframePresent: _Final[_Code] = _Code("DCM", "130460", "Headframe Present", (9564,))
"""Headframe Present (DCM 130460)."""

HeartValveFlail: _Final[_Code] = _Code("DCM", "127856", "Heart Valve Flail", (3711,))
"""Heart Valve Flail (DCM 127856)."""

HeatedImagingDevice: _Final[_Code] = _Code("DCM", "127251", "Heated imaging device", (635,))
"""Heated imaging device (DCM 127251)."""

HeatedPatientSupport: _Final[_Code] = _Code("DCM", "127252", "Heated patient support", (635,))
"""Heated patient support (DCM 127252)."""

HeatedWaterBlanket: _Final[_Code] = _Code("DCM", "127253", "Heated water blanket", (635,))
"""Heated water blanket (DCM 127253)."""

HeelStop: _Final[_Code] = _Code("DCM", "130853", "Heel Stop", (9513,))
"""Heel Stop (DCM 130853)."""

Height: _Final[_Code] = _Code("DCM", "121207", "Height", (7470,))
"""Height (DCM 121207)."""

HelicalBeam: _Final[_Code] = _Code("DCM", "130108", "Helical Beam", (9512,))
"""Helical Beam (DCM 130108)."""

HemisphericalUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "130809", "Hemispherical ultrasound transducer geometry", (12033,)
)
"""Hemispherical ultrasound transducer geometry (DCM 130809)."""

HemodynamicResistance: _Final[_Code] = _Code("DCM", "110825", "Hemodynamic Resistance", (7180,))
"""Hemodynamic Resistance (DCM 110825)."""

HemodynamicResistanceIndex: _Final[_Code] = _Code(
    "DCM", "122220", "Hemodynamic Resistance Index", (3620,)
)
"""Hemodynamic Resistance Index (DCM 122220)."""

HemodynamicWaveform: _Final[_Code] = _Code("DCM", "HD", "Hemodynamic Waveform", (29,))
"""Hemodynamic Waveform (DCM HD)."""

HemostasisAchieved: _Final[_Code] = _Code("DCM", "122033", "Hemostasis achieved", (3402,))
"""Hemostasis achieved (DCM 122033)."""

HemostasisNotAchievedActivelyBleeding: _Final[_Code] = _Code(
    "DCM", "122035", "Hemostasis not achieved - actively bleeding", (3402,)
)
"""Hemostasis not achieved - actively bleeding (DCM 122035)."""

HemostasisNotAchievedOozing: _Final[_Code] = _Code(
    "DCM", "122034", "Hemostasis not achieved - oozing", (3402,)
)
"""Hemostasis not achieved - oozing (DCM 122034)."""

Hermaphrodite: _Final[_Code] = _Code("DCM", "H", "Hermaphrodite", (7455,))
"""Hermaphrodite (DCM H)."""

HerniatedImplant: _Final[_Code] = _Code("DCM", "111509", "Herniated implant", (6072,))
"""Herniated implant (DCM 111509)."""

HeterogeneousEchotexture: _Final[_Code] = _Code(
    "DCM", "111353", "Heterogeneous echotexture", (6151,)
)
"""Heterogeneous echotexture (DCM 111353)."""

Hiatus: _Final[_Code] = _Code("DCM", "112095", "Hiatus", (6148,))
"""Hiatus (DCM 112095)."""

High: _Final[_Code] = _Code("DCM", "111575", "High", (6090,))
"""High (DCM 111575)."""

HighResolution: _Final[_Code] = _Code("DCM", "114210", "High resolution", (8202,))
"""High resolution (DCM 114210)."""

HighThresholdEmptyTileSuppression: _Final[_Code] = _Code(
    "DCM", "112720", "High threshold empty tile suppression", (8133,)
)
"""High threshold empty tile suppression (DCM 112720)."""

HighThyroidUptake: _Final[_Code] = _Code("DCM", "113562", "High Thyroid Uptake", (64, 10045))
"""High Thyroid Uptake (DCM 113562)."""

HighlySuggestiveOfMalignancyTakeAppropriateAction: _Final[_Code] = _Code(
    "DCM", "111149", "Highly suggestive of malignancy - take appropriate action", (6029,)
)
"""Highly suggestive of malignancy - take appropriate action (DCM 111149)."""

HisBundleElectrogram: _Final[_Code] = _Code("DCM", "109007", "His bundle electrogram", (3240,))
"""His bundle electrogram (DCM 109007)."""

HistogramAnalysis: _Final[_Code] = _Code("DCM", "123105", "Histogram Analysis", (7162,))
"""Histogram Analysis (DCM 123105)."""

HistologyUsingCoreBiopsy: _Final[_Code] = _Code(
    "DCM", "111145", "Histology using core biopsy", (6029,)
)
"""Histology using core biopsy (DCM 111145)."""

HistoricalRTPrescription: _Final[_Code] = _Code(
    "DCM", "130135", "Historical RT Prescription", (9509,)
)
"""Historical RT Prescription (DCM 130135)."""

HistoryOfBenignBreastBiopsy: _Final[_Code] = _Code(
    "DCM", "111420", "History of benign breast biopsy", (6051,)
)
"""History of benign breast biopsy (DCM 111420)."""

HistoryOfBreastAugmentationAsymptomatic: _Final[_Code] = _Code(
    "DCM", "111417", "History of breast augmentation, asymptomatic", (6051,)
)
"""History of breast augmentation, asymptomatic (DCM 111417)."""

HistoryOfEndometrialCancer: _Final[_Code] = _Code(
    "DCM", "111551", "History of endometrial cancer", (6081,)
)
"""History of endometrial cancer (DCM 111551)."""

HistoryOfHighRiskLesionOnPreviousBiopsy: _Final[_Code] = _Code(
    "DCM", "111553", "History of high risk lesion on previous biopsy", (6081,)
)
"""History of high risk lesion on previous biopsy (DCM 111553)."""

HistoryOfMultipleFetuses: _Final[_Code] = _Code(
    "DCM", "111572", "History of multiple fetuses", (6088,)
)
"""History of multiple fetuses (DCM 111572)."""

HistoryOfOvarianCancer: _Final[_Code] = _Code("DCM", "111552", "History of ovarian cancer", (6081,))
"""History of ovarian cancer (DCM 111552)."""

HodgesQTCorrectionAlgorithm: _Final[_Code] = _Code(
    "DCM", "122731", "Hodges QT Correction Algorithm", (3678,)
)
"""Hodges QT Correction Algorithm (DCM 122731)."""

HofferPacdConstant: _Final[_Code] = _Code("DCM", "111772", "Hoffer pACD Constant", (4237,))
"""Hoffer pACD Constant (DCM 111772)."""

HofferQ: _Final[_Code] = _Code("DCM", "111764", "Hoffer Q", (4236,))
"""Hoffer Q (DCM 111764)."""

Holladay1: _Final[_Code] = _Code("DCM", "111762", "Holladay 1", (4236,))
"""Holladay 1 (DCM 111762)."""

Holladay2: _Final[_Code] = _Code("DCM", "111763", "Holladay 2", (4236,))
"""Holladay 2 (DCM 111763)."""

HomogeneityFactor: _Final[_Code] = _Code("DCM", "128455", "Homogeneity Factor", (10069,))
"""Homogeneity Factor (DCM 128455)."""

Homogeneous: _Final[_Code] = _Code("DCM", "112160", "Homogeneous", (6131, 6344))
"""Homogeneous (DCM 112160)."""

HomogeneousFatEchotexture: _Final[_Code] = _Code(
    "DCM", "111351", "Homogeneous fat echotexture", (6151,)
)
"""Homogeneous fat echotexture (DCM 111351)."""

HomogeneousFibroglandularEchotexture: _Final[_Code] = _Code(
    "DCM", "111352", "Homogeneous fibroglandular echotexture", (6151,)
)
"""Homogeneous fibroglandular echotexture (DCM 111352)."""

HoneycombPattern: _Final[_Code] = _Code("DCM", "112106", "Honeycomb pattern", (6103, 6106))
"""Honeycomb pattern (DCM 112106)."""

HumanAlphaSynucleinPreformedFibrils: _Final[_Code] = _Code(
    "DCM", "127851", "Human alpha synuclein preformed fibrils", (640,)
)
"""Human alpha synuclein preformed fibrils (DCM 127851)."""

HumanTauPreformedFibrils: _Final[_Code] = _Code(
    "DCM", "127853", "Human Tau preformed fibrils", (640,)
)
"""Human Tau preformed fibrils (DCM 127853)."""

HyperAcute: _Final[_Code] = _Code("DCM", "112159", "Hyper-acute", (6130,))
"""Hyper-acute (DCM 112159)."""

HyperFractionation: _Final[_Code] = _Code("DCM", "130099", "Hyper-fractionation", (9533,))
"""Hyper-fractionation (DCM 130099)."""

Hyperechoic: _Final[_Code] = _Code("DCM", "111362", "Hyperechoic", (6154,))
"""Hyperechoic (DCM 111362)."""

HyperemicRatio: _Final[_Code] = _Code("DCM", "122219", "Hyperemic ratio", (3620,))
"""Hyperemic ratio (DCM 122219)."""

HyperventilationBegin: _Final[_Code] = _Code("DCM", "130413", "Hyperventilation begin", (3038,))
"""Hyperventilation begin (DCM 130413)."""

HyperventilationEnd: _Final[_Code] = _Code("DCM", "130414", "Hyperventilation end", (3038,))
"""Hyperventilation end (DCM 130414)."""

HypoFractionation: _Final[_Code] = _Code("DCM", "130098", "Hypo-fractionation", (9533,))
"""Hypo-fractionation (DCM 130098)."""

Hypoechoic: _Final[_Code] = _Code("DCM", "111364", "Hypoechoic", (6154,))
"""Hypoechoic (DCM 111364)."""

HzAngular: _Final[_Code] = _Code("DCM", "130775", "Hz angular", (3044,))
"""Hz angular (DCM 130775)."""

HzNormalized: _Final[_Code] = _Code("DCM", "130774", "Hz normalized", (3044,))
"""Hz normalized (DCM 130774)."""

IAUC: _Final[_Code] = _Code("DCM", "126320", "IAUC", (4109,))
"""IAUC (DCM 126320)."""

IAUC180: _Final[_Code] = _Code("DCM", "126323", "IAUC180", (4109,))
"""IAUC180 (DCM 126323)."""

IAUC180BN: _Final[_Code] = _Code("DCM", "126327", "IAUC180BN", (4109,))
"""IAUC180BN (DCM 126327)."""

IAUC60: _Final[_Code] = _Code("DCM", "126321", "IAUC60", (4109,))
"""IAUC60 (DCM 126321)."""

IAUC60BN: _Final[_Code] = _Code("DCM", "126325", "IAUC60BN", (4109,))
"""IAUC60BN (DCM 126325)."""

IAUC90: _Final[_Code] = _Code("DCM", "126322", "IAUC90", (4109,))
"""IAUC90 (DCM 126322)."""

IAUC90BN: _Final[_Code] = _Code("DCM", "126326", "IAUC90BN", (4109,))
"""IAUC90BN (DCM 126326)."""

IAUCBN: _Final[_Code] = _Code("DCM", "126324", "IAUCBN", (4109,))
"""IAUCBN (DCM 126324)."""

ICRPPub103: _Final[_Code] = _Code("DCM", "113841", "ICRP Pub 103", (10015,))
"""ICRP Pub 103 (DCM 113841)."""

ICRPPub60: _Final[_Code] = _Code("DCM", "113808", "ICRP Pub 60", (10015,))
"""ICRP Pub 60 (DCM 113808)."""

ICRPPublication106: _Final[_Code] = _Code("DCM", "113523", "ICRP Publication 106", (10040,))
"""ICRP Publication 106 (DCM 113523)."""

ICRPPublication53: _Final[_Code] = _Code("DCM", "113521", "ICRP Publication 53", (10040,))
"""ICRP Publication 53 (DCM 113521)."""

ICRPPublication80: _Final[_Code] = _Code("DCM", "113522", "ICRP Publication 80", (10040,))
"""ICRP Publication 80 (DCM 113522)."""

IEC61217GantryContinuousPitchAngle: _Final[_Code] = _Code(
    "DCM", "126810", "IEC61217 Gantry Continuous Pitch Angle", (9402,)
)
"""IEC61217 Gantry Continuous Pitch Angle (DCM 126810)."""

IEC61217GantryContinuousRollAngle: _Final[_Code] = _Code(
    "DCM", "126809", "IEC61217 Gantry Continuous Roll Angle", (9402,)
)
"""IEC61217 Gantry Continuous Roll Angle (DCM 126809)."""

IEC61217GantryContinuousYawAngle: _Final[_Code] = _Code(
    "DCM", "126811", "IEC61217 Gantry Continuous Yaw Angle", (9402,)
)
"""IEC61217 Gantry Continuous Yaw Angle (DCM 126811)."""

IEC61217PatientSupportContinuousYawAngle: _Final[_Code] = _Code(
    "DCM", "126801", "IEC61217 Patient Support Continuous Yaw Angle", (9403,)
)
"""IEC61217 Patient Support Continuous Yaw Angle (DCM 126801)."""

IEC61217TableTopContinuousEccentricAngle: _Final[_Code] = _Code(
    "DCM", "126805", "IEC61217 Table Top Continuous Eccentric Angle", (9403,)
)
"""IEC61217 Table Top Continuous Eccentric Angle (DCM 126805)."""

IEC61217TableTopContinuousPitchAngle: _Final[_Code] = _Code(
    "DCM", "126802", "IEC61217 Table Top Continuous Pitch Angle", (9403,)
)
"""IEC61217 Table Top Continuous Pitch Angle (DCM 126802)."""

IEC61217TableTopContinuousRollAngle: _Final[_Code] = _Code(
    "DCM", "126803", "IEC61217 Table Top Continuous Roll Angle", (9403,)
)
"""IEC61217 Table Top Continuous Roll Angle (DCM 126803)."""

IEC61217TableTopEccentricAxisDistance: _Final[_Code] = _Code(
    "DCM", "126804", "IEC61217 Table Top Eccentric Axis Distance", (9403,)
)
"""IEC61217 Table Top Eccentric Axis Distance (DCM 126804)."""

IEC61217TableTopLateralPosition: _Final[_Code] = _Code(
    "DCM", "126806", "IEC61217 Table Top Lateral Position", (9403,)
)
"""IEC61217 Table Top Lateral Position (DCM 126806)."""

IEC61217TableTopLongitudinalPosition: _Final[_Code] = _Code(
    "DCM", "126807", "IEC61217 Table Top Longitudinal Position", (9403,)
)
"""IEC61217 Table Top Longitudinal Position (DCM 126807)."""

IEC61217TableTopVerticalPosition: _Final[_Code] = _Code(
    "DCM", "126808", "IEC61217 Table Top Vertical Position", (9403,)
)
"""IEC61217 Table Top Vertical Position (DCM 126808)."""

IECBodyDosimetryPhantom: _Final[_Code] = _Code(
    "DCM", "113691", "IEC Body Dosimetry Phantom", (4052,)
)
"""IEC Body Dosimetry Phantom (DCM 113691)."""

IECHeadDosimetryPhantom: _Final[_Code] = _Code(
    "DCM", "113690", "IEC Head Dosimetry Phantom", (4052,)
)
"""IEC Head Dosimetry Phantom (DCM 113690)."""

IIRFilter: _Final[_Code] = _Code("DCM", "130772", "IIR filter", (3043,))
"""IIR filter (DCM 130772)."""

ILCR: _Final[_Code] = _Code("DCM", "126850", "ILCR", (7490,))
"""ILCR (DCM 126850)."""

IRIGBTimecode: _Final[_Code] = _Code("DCM", "109003", "IRIG-B timecode", (3090,))
"""IRIG-B timecode (DCM 109003)."""

ITV: _Final[_Code] = _Code("DCM", "130056", "ITV", (9534,))
"""ITV (DCM 130056)."""

IfAgeGreaterThan60YearsP50Equals29Point3: _Final[_Code] = _Code(
    "DCM", "122261", "if (age > 60y) P50 = 29.3", (3666,)
)
"""if (age > 60y) P50 = 29.3 (DCM 122261)."""

IfAgeLesserThan18YearsP50Equals27Point2: _Final[_Code] = _Code(
    "DCM", "122259", "if (age < 18y) P50 = 27.2", (3666,)
)
"""if (age < 18y) P50 = 27.2 (DCM 122259)."""

IfAgeLesserThan1DayP50Equals21Point6: _Final[_Code] = _Code(
    "DCM", "122257", "if (age < 1day) P50 = 21.6", (3666,)
)
"""if (age < 1day) P50 = 21.6 (DCM 122257)."""

IfAgeLesserThan30DayP50Equals24Point6: _Final[_Code] = _Code(
    "DCM", "122258", "if (age < 30day) P50 = 24.6", (3666,)
)
"""if (age < 30day) P50 = 24.6 (DCM 122258)."""

IfAgeLesserThan40YearsP50Equals27Point4: _Final[_Code] = _Code(
    "DCM", "122260", "if (age < 40y) P50 = 27.4", (3666,)
)
"""if (age < 40y) P50 = 27.4 (DCM 122260)."""

IfPremAgeLesserThan3DaysP50Equals19Point9: _Final[_Code] = _Code(
    "DCM", "122256", "if (prem age< 3days) P50 = 19.9", (3666,)
)
"""if (prem age< 3days) P50 = 19.9 (DCM 122256)."""

Igloo: _Final[_Code] = _Code("DCM", "127220", "Igloo", (606,))
"""Igloo (DCM 127220)."""

IllustrationOfROI: _Final[_Code] = _Code("DCM", "121200", "Illustration of ROI", (7003,))
"""Illustration of ROI (DCM 121200)."""

ImageAcquiredDuringTreatment: _Final[_Code] = _Code(
    "DCM", "129203", "Image Acquired during Treatment", (7201,)
)
"""Image Acquired during Treatment (DCM 129203)."""

ImageArtifacts: _Final[_Code] = _Code("DCM", "111207", "Image artifact(s)", (7011,))
"""Image artifact(s) (DCM 111207)."""

ImageCapture: _Final[_Code] = _Code("DCM", "CAPTURE", "Image Capture", (30,))
"""Image Capture (DCM CAPTURE)."""

ImageContentAndFiducialBasedAlignment: _Final[_Code] = _Code(
    "DCM", "125026", "Image Content and Fiducial Based Alignment", (7100,)
)
"""Image Content and Fiducial Based Alignment (DCM 125026)."""

ImageContentBasedAlignment: _Final[_Code] = _Code(
    "DCM", "125024", "Image Content-based Alignment", (7100,)
)
"""Image Content-based Alignment (DCM 125024)."""

ImageDetectedMass: _Final[_Code] = _Code("DCM", "111126", "Image detected mass", (6055,))
"""Image detected mass (DCM 111126)."""

ImageDetector: _Final[_Code] = _Code("DCM", "130351", "Image Detector", (9548,))
"""Image Detector (DCM 130351)."""

ImageFrame: _Final[_Code] = _Code("DCM", "130781", "Image frame", (272,))
"""Image frame (DCM 130781)."""

ImageProcessing: _Final[_Code] = _Code("DCM", "110001", "Image Processing", (9231,))
"""Image Processing (DCM 110001)."""

ImageQuality: _Final[_Code] = _Code("DCM", "111101", "Image quality", (6014, 6101, 6201))
"""Image quality (DCM 111101)."""

ImageQualityController: _Final[_Code] = _Code("DCM", "129003", "Image Quality Controller", (7453,))
"""Image Quality Controller (DCM 129003)."""

ImageSpecificity: _Final[_Code] = _Code("DCM", "111091", "Image Specificity", (6048,))
"""Image Specificity (DCM 111091)."""

ImageStitching: _Final[_Code] = _Code("DCM", "113090", "Image stitching", (7203,))
"""Image stitching (DCM 113090)."""

ImageUsedAsReferenceImageForTreatment: _Final[_Code] = _Code(
    "DCM", "129204", "Image used as Reference Image for Treatment", (7201,)
)
"""Image used as Reference Image for Treatment (DCM 129204)."""

ImageUsedForDoseCalculation: _Final[_Code] = _Code(
    "DCM", "129202", "Image used for Dose Calculation", (7201,)
)
"""Image used for Dose Calculation (DCM 129202)."""

ImageUsedForTreatmentPlanning: _Final[_Code] = _Code(
    "DCM", "129201", "Image used for Treatment Planning", (7201,)
)
"""Image used for Treatment Planning (DCM 129201)."""

ImagedContainerLabel: _Final[_Code] = _Code("DCM", "121354", "Imaged container label", (8120,))
"""Imaged container label (DCM 121354)."""

ImagesRelatedToStandaloneObject: _Final[_Code] = _Code(
    "DCM", "121316", "Images related to standalone object", (7201,)
)
"""Images related to standalone object (DCM 121316)."""

Imagify: _Final[_Code] = _Code("DCM", "125903", "Imagify", (12030,))
"""Imagify (DCM 125903)."""

ImagingMeasurementReport: _Final[_Code] = _Code(
    "DCM", "126000", "Imaging Measurement Report", (7021,)
)
"""Imaging Measurement Report (DCM 126000)."""

ImagingProcedureRoom: _Final[_Code] = _Code("DCM", "127372", "Imaging procedure room", (603,))
"""Imaging procedure room (DCM 127372)."""

ImplantFabrication: _Final[_Code] = _Code("DCM", "129016", "Implant Fabrication", (7064,))
"""Implant Fabrication (DCM 129016)."""

Import: _Final[_Code] = _Code("DCM", "110107", "Import", (400,))
"""Import (DCM 110107)."""

Impression: _Final[_Code] = _Code("DCM", "121073", "Impression", (3419, 6053, 7002))
"""Impression (DCM 121073)."""

InDetectorPlane: _Final[_Code] = _Code("DCM", "113941", "In Detector Plane", (10025,))
"""In Detector Plane (DCM 113941)."""

InHomeCage: _Final[_Code] = _Code("DCM", "127101", "In home cage", (634,))
"""In home cage (DCM 127101)."""

InStentNeointima: _Final[_Code] = _Code("DCM", "122357", "In-Stent Neointima", (3491,))
"""In-Stent Neointima (DCM 122357)."""

InStentNeointimalCrossSectionalArea: _Final[_Code] = _Code(
    "DCM", "122335", "In-Stent Neointimal Cross-Sectional Area", (3482,)
)
"""In-Stent Neointimal Cross-Sectional Area (DCM 122335)."""

InStentNeointimalVolume: _Final[_Code] = _Code(
    "DCM", "122374", "In-Stent Neointimal Volume", (3485,)
)
"""In-Stent Neointimal Volume (DCM 122374)."""

InadequateCompression: _Final[_Code] = _Code("DCM", "111196", "Inadequate compression", (6041,))
"""Inadequate compression (DCM 111196)."""

InadequateContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "130580", "Inadequate contrast enhancement", (6317,)
)
"""Inadequate contrast enhancement (DCM 130580)."""

InappropriateForTheDevice: _Final[_Code] = _Code(
    "DCM", "128618", "Inappropriate for the device", (800,)
)
"""Inappropriate for the device (DCM 128618)."""

InappropriateForTheIndications: _Final[_Code] = _Code(
    "DCM", "128621", "Inappropriate for the indications", (800,)
)
"""Inappropriate for the indications (DCM 128621)."""

InappropriateImageProcessing: _Final[_Code] = _Code(
    "DCM", "111219", "Inappropriate image processing", (6041, 6135, 7011)
)
"""Inappropriate image processing (DCM 111219)."""

InappropriatePatientOrientation: _Final[_Code] = _Code(
    "DCM", "130461", "Inappropriate Patient Orientation", (9565,)
)
"""Inappropriate Patient Orientation (DCM 130461)."""

InappropriatePatientPosition: _Final[_Code] = _Code(
    "DCM", "130462", "Inappropriate Patient Position", (9565,)
)
"""Inappropriate Patient Position (DCM 130462)."""

IncompleteStudy: _Final[_Code] = _Code("DCM", "130574", "Incomplete study", (6314,))
"""Incomplete study (DCM 130574)."""

InconsistentWithLabelingOfTheDevice: _Final[_Code] = _Code(
    "DCM", "128622", "Inconsistent with labeling of the device", (800,)
)
"""Inconsistent with labeling of the device (DCM 128622)."""

IncorrectModalityWorklistEntry: _Final[_Code] = _Code(
    "DCM", "113038", "Incorrect Modality Worklist Entry", (7010, 7031)
)
"""Incorrect Modality Worklist Entry (DCM 113038)."""

IncorrectProcedureOrdered: _Final[_Code] = _Code(
    "DCM", "110502", "Incorrect procedure ordered", (9301, 9303)
)
"""Incorrect procedure ordered (DCM 110502)."""

IncorrectSideOrdered: _Final[_Code] = _Code("DCM", "110512", "Incorrect side ordered", (9301,))
"""Incorrect side ordered (DCM 110512)."""

IncorrectWorklistEntrySelected: _Final[_Code] = _Code(
    "DCM", "110514", "Incorrect worklist entry selected", (9301, 9302)
)
"""Incorrect worklist entry selected (DCM 110514)."""

IndependentRadiationShield: _Final[_Code] = _Code(
    "DCM", "130641", "Independent radiation shield", (9572,)
)
"""Independent radiation shield (DCM 130641)."""

Indexed: _Final[_Code] = _Code("DCM", "125313", "Indexed", (12303,))
"""Indexed (DCM 125313)."""

IndexedHemodynamicResistance: _Final[_Code] = _Code(
    "DCM", "110826", "Indexed Hemodynamic Resistance", (7180,)
)
"""Indexed Hemodynamic Resistance (DCM 110826)."""

IndicatorMeanTransitTime: _Final[_Code] = _Code(
    "DCM", "109071", "Indicator mean transit time", (3337, 3613, 12254)
)
"""Indicator mean transit time (DCM 109071)."""

IndirectDetector: _Final[_Code] = _Code("DCM", "113949", "Indirect Detector", (10030,))
"""Indirect Detector (DCM 113949)."""

IndividualImpressionRecommendationAnalysis: _Final[_Code] = _Code(
    "DCM", "111233", "Individual Impression/Recommendation Analysis", (6043,)
)
"""Individual Impression/Recommendation Analysis (DCM 111233)."""

IneligibleForReimbursement: _Final[_Code] = _Code(
    "DCM", "128615", "Ineligible for reimbursement", (800,)
)
"""Ineligible for reimbursement (DCM 128615)."""

InferiorToAnterior: _Final[_Code] = _Code("DCM", "110875", "Inferior To Anterior", (7185,))
"""Inferior To Anterior (DCM 110875)."""

InferolateralToSuperomedial: _Final[_Code] = _Code(
    "DCM", "111432", "Inferolateral to superomedial", (6065,)
)
"""Inferolateral to superomedial (DCM 111432)."""

InferomedialToSuperolateral: _Final[_Code] = _Code(
    "DCM", "111433", "Inferomedial to superolateral", (6065,)
)
"""Inferomedial to superolateral (DCM 111433)."""

Infiltrate: _Final[_Code] = _Code("DCM", "112121", "Infiltrate", (6104,))
"""Infiltrate (DCM 112121)."""

InformationTechnology: _Final[_Code] = _Code("DCM", "128173", "Information Technology", (7030,))
"""Information Technology (DCM 128173)."""

InfraredMarker: _Final[_Code] = _Code("DCM", "130645", "Infrared Marker", (9575,))
"""Infrared Marker (DCM 130645)."""

InfraredReflectorMarker: _Final[_Code] = _Code(
    "DCM", "129309", "Infrared Reflector Marker", (7112,)
)
"""Infrared Reflector Marker (DCM 129309)."""

InfusateEnd: _Final[_Code] = _Code("DCM", "122088", "Infusate end", (3409,))
"""Infusate end (DCM 122088)."""

InfusateStart: _Final[_Code] = _Code("DCM", "122087", "Infusate start", (3409,))
"""Infusate start (DCM 122087)."""

InfusionSystem: _Final[_Code] = _Code("DCM", "113542", "Infusion System", (10041,))
"""Infusion System (DCM 113542)."""

Inhomogeneous: _Final[_Code] = _Code("DCM", "112161", "Inhomogeneous", (6131,))
"""Inhomogeneous (DCM 112161)."""

InnerLimitsOfFuzzyMargin: _Final[_Code] = _Code(
    "DCM", "113662", "Inner limits of fuzzy margin", (6166,)
)
"""Inner limits of fuzzy margin (DCM 113662)."""

InsideOperationalLimitsOfTheDevice: _Final[_Code] = _Code(
    "DCM", "128607", "Inside operational limits of the device", (800,)
)
"""Inside operational limits of the device (DCM 128607)."""

InstanceNumber: _Final[_Code] = _Code("DCM", "113609", "Instance Number", (10022,))
"""Instance Number (DCM 113609)."""

InstancesImported: _Final[_Code] = _Code("DCM", "110028", "Instances Imported", (7008,))
"""Instances Imported (DCM 110028)."""

InstitutionallyApprovedEstimates: _Final[_Code] = _Code(
    "DCM", "113529", "Institutionally Approved Estimates", (10040,)
)
"""Institutionally Approved Estimates (DCM 113529)."""

InstitutionallyDefinedQualityControlStandard: _Final[_Code] = _Code(
    "DCM",
    "111240",
    "Institutionally defined quality control standard",
    (6045, 6136, 6208, 6326, 6353),
)
"""Institutionally defined quality control standard (DCM 111240)."""

InsufficientImplantDisplacementIncorrect: _Final[_Code] = _Code(
    "DCM", "111206", "Insufficient implant displacement incorrect", (6041,)
)
"""Insufficient implant displacement incorrect (DCM 111206)."""

InsufficientQualityForInterpretation: _Final[_Code] = _Code(
    "DCM", "110531", "Insufficient quality for interpretation", (9303,)
)
"""Insufficient quality for interpretation (DCM 110531)."""

IntegratedProjectionRadiographySystem: _Final[_Code] = _Code(
    "DCM", "113958", "Integrated Projection Radiography System", (10032,)
)
"""Integrated Projection Radiography System (DCM 113958)."""

IntegrationOfSumOfClosedAreasOnContiguousSlicesMethodForVolume: _Final[_Code] = _Code(
    "DCM",
    "122503",
    "Integration of sum of closed areas on contiguous slices method for volume",
    (7474,),
)
"""Integration of sum of closed areas on contiguous slices method for volume (DCM 122503)."""

InterHemisphericPlane: _Final[_Code] = _Code("DCM", "125030", "Inter-Hemispheric Plane", (7101,))
"""Inter-Hemispheric Plane (DCM 125030)."""

InterMarkerDistance: _Final[_Code] = _Code("DCM", "121208", "Inter-Marker Distance", (3423,))
"""Inter-Marker Distance (DCM 121208)."""

Interface: _Final[_Code] = _Code("DCM", "112082", "Interface", (6109, 7196))
"""Interface (DCM 112082)."""

InterferingTearsOrDrops: _Final[_Code] = _Code(
    "DCM", "111695", "Interfering Tears or Drops", (4222,)
)
"""Interfering Tears or Drops (DCM 111695)."""

InterferometricTransducer: _Final[_Code] = _Code(
    "DCM", "130817", "Interferometric Transducer", (11003,)
)
"""Interferometric Transducer (DCM 130817)."""

Interferometry: _Final[_Code] = _Code("DCM", "114202", "Interferometry", (8201,))
"""Interferometry (DCM 114202)."""

InterferometryBasedCornealTomographer: _Final[_Code] = _Code(
    "DCM", "111947", "Interferometry-based corneal tomographer", (4210,)
)
"""Interferometry-based corneal tomographer (DCM 111947)."""

InterlockOverridden: _Final[_Code] = _Code("DCM", "130454", "Interlock Overridden", (9563,))
"""Interlock Overridden (DCM 130454)."""

InterlockResolved: _Final[_Code] = _Code("DCM", "130744", "Interlock Resolved", (9563,))
"""Interlock Resolved (DCM 130744)."""

IntermediateFamilyHistoryOfBreastCancer: _Final[_Code] = _Code(
    "DCM", "111560", "Intermediate family history of breast cancer", (6081,)
)
"""Intermediate family history of breast cancer (DCM 111560)."""

IntermediateLevel: _Final[_Code] = _Code("DCM", "128726", "Intermediate level", (7016,))
"""Intermediate level (DCM 128726)."""

InternationalProgressiveDogBreedersAlliance: _Final[_Code] = _Code(
    "DCM", "109214", "International Progressive Dog Breeders' Alliance", (7481,)
)
"""International Progressive Dog Breeders' Alliance (DCM 109214)."""

InterpolatedLocalReference: _Final[_Code] = _Code(
    "DCM", "122490", "Interpolated Local Reference", (3465,)
)
"""Interpolated Local Reference (DCM 122490)."""

Interpretation: _Final[_Code] = _Code("DCM", "110005", "Interpretation", (9231,))
"""Interpretation (DCM 110005)."""

InterpretationRequiresSpecialistExpertise: _Final[_Code] = _Code(
    "DCM", "110532", "Interpretation requires specialist expertise", (9303,)
)
"""Interpretation requires specialist expertise (DCM 110532)."""

InterquartileRangeOfPopulation: _Final[_Code] = _Code(
    "DCM", "130614", "Interquartile Range of population", (226,)
)
"""Interquartile Range of population (DCM 130614)."""

InterquartileRangeToMedianRatioOfPopulation: _Final[_Code] = _Code(
    "DCM", "130615", "Interquartile Range to Median ratio of population", (226,)
)
"""Interquartile Range to Median ratio of population (DCM 130615)."""

InterstitialIllumination: _Final[_Code] = _Code(
    "DCM", "130814", "Interstitial illumination", (11001,)
)
"""Interstitial illumination (DCM 130814)."""

InterventionPerformed: _Final[_Code] = _Code("DCM", "122312", "Intervention performed", (3412,))
"""Intervention performed (DCM 122312)."""

InterventionalDevicePlaced: _Final[_Code] = _Code(
    "DCM", "122311", "Interventional device placed", (3412,)
)
"""Interventional device placed (DCM 122311)."""

InterventionalDevicePlacementUnsuccessful: _Final[_Code] = _Code(
    "DCM", "122310", "Interventional device placement unsuccessful", (3412,)
)
"""Interventional device placement unsuccessful (DCM 122310)."""

InterventionalDeviceWithdrawn: _Final[_Code] = _Code(
    "DCM", "122313", "Interventional device withdrawn", (3412,)
)
"""Interventional device withdrawn (DCM 122313)."""

IntimalDissection: _Final[_Code] = _Code("DCM", "122398", "Intimal Dissection", (3492,))
"""Intimal Dissection (DCM 122398)."""

IntraOralRadiography: _Final[_Code] = _Code("DCM", "IO", "Intra-oral Radiography", (29,))
"""Intra-oral Radiography (DCM IO)."""

IntraStentDissection: _Final[_Code] = _Code("DCM", "122388", "Intra-stent Dissection", (3492,))
"""Intra-stent Dissection (DCM 122388)."""

IntracysticLesion: _Final[_Code] = _Code("DCM", "111461", "Intracystic lesion", (6064,))
"""Intracystic lesion (DCM 111461)."""

IntracysticPapillaryCarcinoma: _Final[_Code] = _Code(
    "DCM", "111315", "Intracystic papillary carcinoma", (6033,)
)
"""Intracystic papillary carcinoma (DCM 111315)."""

IntraductalCarcinomaHighGrade: _Final[_Code] = _Code(
    "DCM", "111341", "Intraductal carcinoma, high grade", (6033,)
)
"""Intraductal carcinoma, high grade (DCM 111341)."""

IntraductalCarcinomaLowGrade: _Final[_Code] = _Code(
    "DCM", "111313", "Intraductal carcinoma, low grade", (6033,)
)
"""Intraductal carcinoma, low grade (DCM 111313)."""

IntraductalComedocarcinomaWithNecrosis: _Final[_Code] = _Code(
    "DCM", "111312", "Intraductal comedocarcinoma with necrosis", (6033,)
)
"""Intraductal comedocarcinoma with necrosis (DCM 111312)."""

IntralobularLines: _Final[_Code] = _Code("DCM", "112108", "Intralobular lines", (6103,))
"""Intralobular lines (DCM 112108)."""

IntraluminalFillingDefect: _Final[_Code] = _Code(
    "DCM", "111425", "Intraluminal filling defect", (6057,)
)
"""Intraluminal filling defect (DCM 111425)."""

IntraocularLensCalculation: _Final[_Code] = _Code(
    "DCM", "IOL", "Intraocular Lens Calculation", (32,)
)
"""Intraocular Lens Calculation (DCM IOL)."""

IntraoperativeFixedAperture: _Final[_Code] = _Code(
    "DCM", "130345", "Intraoperative Fixed Aperture", (9545,)
)
"""Intraoperative Fixed Aperture (DCM 130345)."""

IntraoperativeTransducer: _Final[_Code] = _Code(
    "DCM", "125267", "Intraoperative Transducer", (12035,)
)
"""Intraoperative Transducer (DCM 125267)."""

IntravascularOpticalCoherenceTomography: _Final[_Code] = _Code(
    "DCM", "IVOCT", "Intravascular Optical Coherence Tomography", (29,)
)
"""Intravascular Optical Coherence Tomography (DCM IVOCT)."""

IntravascularTransducer: _Final[_Code] = _Code(
    "DCM", "125265", "Intravascular Transducer", (12035,)
)
"""Intravascular Transducer (DCM 125265)."""

IntravascularUltrasound: _Final[_Code] = _Code("DCM", "IVUS", "Intravascular Ultrasound", (29,))
"""Intravascular Ultrasound (DCM IVUS)."""

InvasiveAndInSituCarcinoma: _Final[_Code] = _Code(
    "DCM", "111316", "Invasive and in-situ carcinoma", (6033,)
)
"""Invasive and in-situ carcinoma (DCM 111316)."""

InvasiveBreastCarcinoma: _Final[_Code] = _Code(
    "DCM", "111389", "Invasive breast carcinoma", (6159,)
)
"""Invasive breast carcinoma (DCM 111389)."""

InvestigationalNewDrug: _Final[_Code] = _Code("DCM", "113530", "Investigational New Drug", (10040,))
"""Investigational New Drug (DCM 113530)."""

IodinatedI125DPA713: _Final[_Code] = _Code("DCM", "126764", "Iodinated I^125^ DPA-713", (25,))
"""Iodinated I^125^ DPA-713 (DCM 126764)."""

IonChamber: _Final[_Code] = _Code("DCM", "128707", "Ion Chamber", (7026, 7027))
"""Ion Chamber (DCM 128707)."""

IonChamberArray: _Final[_Code] = _Code("DCM", "128703", "Ion Chamber Array", (7026, 7027))
"""Ion Chamber Array (DCM 128703)."""

IrradiatingDevice: _Final[_Code] = _Code("DCM", "113859", "Irradiating Device", (7445,))
"""Irradiating Device (DCM 113859)."""

IrradiationAdministering: _Final[_Code] = _Code(
    "DCM", "113851", "Irradiation Administering", (7453,)
)
"""Irradiation Administering (DCM 113851)."""

IrradiationAuthorizing: _Final[_Code] = _Code("DCM", "113850", "Irradiation Authorizing", (7453,))
"""Irradiation Authorizing (DCM 113850)."""

IrradiationEvent: _Final[_Code] = _Code("DCM", "113852", "Irradiation Event", (10000,))
"""Irradiation Event (DCM 113852)."""

IrradiationEventUID: _Final[_Code] = _Code("DCM", "113769", "Irradiation Event UID", (10001,))
"""Irradiation Event UID (DCM 113769)."""

IsocenterOrigin: _Final[_Code] = _Code("DCM", "130539", "Isocenter Origin", (10074,))
"""Isocenter Origin (DCM 130539)."""

IsocentricPatientSupportContinuousPitchAngle: _Final[_Code] = _Code(
    "DCM", "126812", "Isocentric Patient Support Continuous Pitch Angle", (9569,)
)
"""Isocentric Patient Support Continuous Pitch Angle (DCM 126812)."""

IsocentricPatientSupportContinuousRollAngle: _Final[_Code] = _Code(
    "DCM", "126813", "Isocentric Patient Support Continuous Roll Angle", (9569,)
)
"""Isocentric Patient Support Continuous Roll Angle (DCM 126813)."""

IsocentricPatientSupportContinuousYawAngle: _Final[_Code] = _Code(
    "DCM", "126814", "Isocentric Patient Support Continuous Yaw Angle", (9569,)
)
"""Isocentric Patient Support Continuous Yaw Angle (DCM 126814)."""

IsocentricPatientSupportLateralPosition: _Final[_Code] = _Code(
    "DCM", "126815", "Isocentric Patient Support Lateral Position", (9569,)
)
"""Isocentric Patient Support Lateral Position (DCM 126815)."""

IsocentricPatientSupportLongitudinalPosition: _Final[_Code] = _Code(
    "DCM", "126816", "Isocentric Patient Support Longitudinal Position", (9569,)
)
"""Isocentric Patient Support Longitudinal Position (DCM 126816)."""

IsocentricPatientSupportVerticalPosition: _Final[_Code] = _Code(
    "DCM", "126817", "Isocentric Patient Support Vertical Position", (9569,)
)
"""Isocentric Patient Support Vertical Position (DCM 126817)."""

IsocentricSetupMethod: _Final[_Code] = _Code("DCM", "130630", "Isocentric Setup Method", (9571,))
"""Isocentric Setup Method (DCM 130630)."""

IsocentricTreatmentLocationPoint: _Final[_Code] = _Code(
    "DCM", "130073", "Isocentric Treatment Location Point", (9504, 9553)
)
"""Isocentric Treatment Location Point (DCM 130073)."""

Isodose: _Final[_Code] = _Code("DCM", "128484", "Isodose", (10063,))
"""Isodose (DCM 128484)."""

IsodoseVolume: _Final[_Code] = _Code("DCM", "130747", "Isodose Volume", (9582,))
"""Isodose Volume (DCM 130747)."""

Isoechoic: _Final[_Code] = _Code("DCM", "111365", "Isoechoic", (6154,))
"""Isoechoic (DCM 111365)."""

IterativeClosestPoint: _Final[_Code] = _Code("DCM", "114213", "Iterative Closest Point", (8203,))
"""Iterative Closest Point (DCM 114213)."""

IterativeReconstruction: _Final[_Code] = _Code(
    "DCM", "113963", "Iterative Reconstruction", (10033,)
)
"""Iterative Reconstruction (DCM 113963)."""

J59189Zr: _Final[_Code] = _Code("DCM", "126514", "J591 ^89^Zr", (4021,))
"""J591 ^89^Zr (DCM 126514)."""

JawPair: _Final[_Code] = _Code("DCM", "130330", "Jaw Pair", (9540,))
"""Jaw Pair (DCM 130330)."""

JawPositionToleranceViolation: _Final[_Code] = _Code(
    "DCM", "130471", "Jaw Position Tolerance Violation", (9567,)
)
"""Jaw Position Tolerance Violation (DCM 130471)."""

JuvenilePapillomatosis: _Final[_Code] = _Code("DCM", "111277", "Juvenile papillomatosis", (6031,))
"""Juvenile papillomatosis (DCM 111277)."""

KTypeFilter: _Final[_Code] = _Code("DCM", "130765", "K-type filter", (3042,))
"""K-type filter (DCM 130765)."""

KeepVeinOpenEnded: _Final[_Code] = _Code("DCM", "130162", "Keep vein open ended", (71,))
"""Keep vein open ended (DCM 130162)."""

KeepVeinOpenStarted: _Final[_Code] = _Code("DCM", "130161", "Keep vein open started", (71,))
"""Keep vein open started (DCM 130161)."""

Kep: _Final[_Code] = _Code("DCM", "126313", "kep", (4107,))
"""kep (DCM 126313)."""

Keratometry: _Final[_Code] = _Code("DCM", "KER", "Keratometry", (29,))
"""Keratometry (DCM KER)."""

KeratometryMeasurementsSOPInstance: _Final[_Code] = _Code(
    "DCM", "111757", "Keratometry Measurements SOP Instance", (4240,)
)
"""Keratometry Measurements SOP Instance (DCM 111757)."""

KerleyALine: _Final[_Code] = _Code("DCM", "112109", "Kerley A line", (6103,))
"""Kerley A line (DCM 112109)."""

KerleyBLine: _Final[_Code] = _Code("DCM", "112110", "Kerley B line", (6103,))
"""Kerley B line (DCM 112110)."""

KerleyCLines: _Final[_Code] = _Code("DCM", "112111", "Kerley C lines", (6103,))
"""Kerley C lines (DCM 112111)."""

KeyObjectSelection: _Final[_Code] = _Code("DCM", "KO", "Key Object Selection", (32,))
"""Key Object Selection (DCM KO)."""

KidneyStent: _Final[_Code] = _Code("DCM", "112175", "Kidney stent", (6203, 6404))
"""Kidney stent (DCM 112175)."""

KnownBiopsyProvenMalignancy: _Final[_Code] = _Code(
    "DCM", "111125", "Known biopsy proven malignancy", (6051,)
)
"""Known biopsy proven malignancy (DCM 111125)."""

KnownBiopsyProvenMalignancyTakeAppropriateAction: _Final[_Code] = _Code(
    "DCM", "111122", "Known biopsy proven malignancy - take appropriate action", (6029,)
)
"""Known biopsy proven malignancy - take appropriate action (DCM 111122)."""

Ktrans: _Final[_Code] = _Code("DCM", "126312", "Ktrans", (4107,))
"""Ktrans (DCM 126312)."""

Kurtosis: _Final[_Code] = _Code("DCM", "126052", "Kurtosis", (7464,))
"""Kurtosis (DCM 126052)."""

KurtosisDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113294", "Kurtosis Diffusion Coefficient", (7272,)
)
"""Kurtosis Diffusion Coefficient (DCM 113294)."""

KurtosisDiffusionModel: _Final[_Code] = _Code("DCM", "113252", "Kurtosis diffusion model", (7273,))
"""Kurtosis diffusion model (DCM 113252)."""

LADRegionInLAOProjection: _Final[_Code] = _Code(
    "DCM", "122470", "LAD Region in LAO Projection", (3461,)
)
"""LAD Region in LAO Projection (DCM 122470)."""

LADRegionInRAOProjection: _Final[_Code] = _Code(
    "DCM", "122464", "LAD Region in RAO Projection", (3460,)
)
"""LAD Region in RAO Projection (DCM 122464)."""

LDLCholesterolScoreSheetForMen: _Final[_Code] = _Code(
    "DCM", "122233", "LDL Cholesterol Score Sheet for Men", (3668,)
)
"""LDL Cholesterol Score Sheet for Men (DCM 122233)."""

LDLCholesterolScoreSheetForWomen: _Final[_Code] = _Code(
    "DCM", "122234", "LDL Cholesterol Score Sheet for Women", (3668,)
)
"""LDL Cholesterol Score Sheet for Women (DCM 122234)."""

LSDI: _Final[_Code] = _Code("DCM", "113225", "LSDI", (7260,))
"""LSDI (DCM 113225)."""

LVEndSystolicGLS2CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130688", "LV End-systolic GLS 2CH (Endocardial)", (12309,)
)
"""LV End-systolic GLS 2CH (Endocardial) (DCM 130688)."""

LVEndSystolicGLS4CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130687", "LV End-systolic GLS 4CH (Endocardial)", (12309,)
)
"""LV End-systolic GLS 4CH (Endocardial) (DCM 130687)."""

LVEndSystolicGLSALAXEndocardial: _Final[_Code] = _Code(
    "DCM", "130689", "LV End-systolic GLS ALAX (Endocardial)", (12309,)
)
"""LV End-systolic GLS ALAX (Endocardial) (DCM 130689)."""

LVEndSystolicGLSMultiviewMeanEndocardial: _Final[_Code] = _Code(
    "DCM", "130686", "LV End-systolic GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV End-systolic GLS Multiview Mean (Endocardial) (DCM 130686)."""

LVEndSystolicMechanicalDispersion: _Final[_Code] = _Code(
    "DCM", "130698", "LV End-systolic Mechanical Dispersion", (12309,)
)
"""LV End-systolic Mechanical Dispersion (DCM 130698)."""

LVPeakGLS2CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130696", "LV Peak GLS 2CH (Endocardial)", (12309,)
)
"""LV Peak GLS 2CH (Endocardial) (DCM 130696)."""

LVPeakGLS4CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130695", "LV Peak GLS 4CH (Endocardial)", (12309,)
)
"""LV Peak GLS 4CH (Endocardial) (DCM 130695)."""

LVPeakGLSALAXEndocardial: _Final[_Code] = _Code(
    "DCM", "130697", "LV Peak GLS ALAX (Endocardial)", (12309,)
)
"""LV Peak GLS ALAX (Endocardial) (DCM 130697)."""

LVPeakGLSMultiviewMeanEndocardial: _Final[_Code] = _Code(
    "DCM", "130694", "LV Peak GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV Peak GLS Multiview Mean (Endocardial) (DCM 130694)."""

LVPeakSystolicGLS2CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130692", "LV Peak Systolic GLS 2CH (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS 2CH (Endocardial) (DCM 130692)."""

LVPeakSystolicGLS4CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130691", "LV Peak Systolic GLS 4CH (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS 4CH (Endocardial) (DCM 130691)."""

LVPeakSystolicGLSALAXEndocardial: _Final[_Code] = _Code(
    "DCM", "130693", "LV Peak Systolic GLS ALAX (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS ALAX (Endocardial) (DCM 130693)."""

LVPeakSystolicGLSMultiviewMeanEndocardial: _Final[_Code] = _Code(
    "DCM", "130690", "LV Peak Systolic GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS Multiview Mean (Endocardial) (DCM 130690)."""

LWHMethodForVolumeOfEllipsoid: _Final[_Code] = _Code(
    "DCM", "126029", "LWH method for volume of ellipsoid", (7474,)
)
"""LWH method for volume of ellipsoid (DCM 126029)."""

LactationalChange: _Final[_Code] = _Code("DCM", "111279", "Lactational change", (6031,))
"""Lactational change (DCM 111279)."""

LargeDuctPapilloma: _Final[_Code] = _Code("DCM", "111281", "Large duct papilloma", (6031,))
"""Large duct papilloma (DCM 111281)."""

LargeGreaterThan38Point0cmLateralThickness: _Final[_Code] = _Code(
    "DCM", "113603", "Large: > 38.0 cm lateral thickness", (7042,)
)
"""Large: > 38.0 cm lateral thickness (DCM 113603)."""

LaserCrossHairs: _Final[_Code] = _Code("DCM", "128151", "Laser Cross-hairs", (1015, 9575))
"""Laser Cross-hairs (DCM 128151)."""

LaserScan: _Final[_Code] = _Code("DCM", "LS", "Laser Scan", (29, 9575))
"""Laser Scan (DCM LS)."""

LaserScanning: _Final[_Code] = _Code("DCM", "114203", "Laser scanning", (8201,))
"""Laser scanning (DCM 114203)."""

LaserScanning3DCAMModel: _Final[_Code] = _Code(
    "DCM", "129021", "Laser Scanning 3D CAM model", (7061,)
)
"""Laser Scanning 3D CAM model (DCM 129021)."""

LateChildBearingAfter30: _Final[_Code] = _Code(
    "DCM", "111555", "Late child bearing (after 30)", (6081,)
)
"""Late child bearing (after 30) (DCM 111555)."""

LateContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "122664", "Late Contrast Enhancement", (6346,)
)
"""Late Contrast Enhancement (DCM 122664)."""

LeadRadiologicTechnologist: _Final[_Code] = _Code(
    "DCM", "128674", "Lead Radiologic Technologist", (7452, 9536)
)
"""Lead Radiologic Technologist (DCM 128674)."""

LeafPairs: _Final[_Code] = _Code("DCM", "130331", "Leaf Pairs", (9540,))
"""Leaf Pairs (DCM 130331)."""

LeastMeanSquareLMSDeconvolution: _Final[_Code] = _Code(
    "DCM", "126310", "Least Mean Square (LMS) deconvolution", (4105,)
)
"""Least Mean Square (LMS) deconvolution (DCM 126310)."""

LeastSquaresFitOfMultipleSamples: _Final[_Code] = _Code(
    "DCM", "113261", "Least squares fit of multiple samples", (7274,)
)
"""Least squares fit of multiple samples (DCM 113261)."""

LeftAtrialEDVolume: _Final[_Code] = _Code("DCM", "122407", "Left Atrial ED Volume", (3468,))
"""Left Atrial ED Volume (DCM 122407)."""

LeftAtrialESVolume: _Final[_Code] = _Code("DCM", "122408", "Left Atrial ES Volume", (3469,))
"""Left Atrial ES Volume (DCM 122408)."""

LeftAtrialEjectionFractionByAngiography: _Final[_Code] = _Code(
    "DCM", "122406", "Left Atrial Ejection Fraction by Angiography", (3467,)
)
"""Left Atrial Ejection Fraction by Angiography (DCM 122406)."""

LeftFirst: _Final[_Code] = _Code("DCM", "126830", "left first", (21,))
"""left first (DCM 126830)."""

LeftHemisphereMostAnterior: _Final[_Code] = _Code(
    "DCM", "125035", "Left Hemisphere Most Anterior", (7101,)
)
"""Left Hemisphere Most Anterior (DCM 125035)."""

LeftHemisphereMostInferior: _Final[_Code] = _Code(
    "DCM", "125038", "Left Hemisphere Most Inferior", (7101,)
)
"""Left Hemisphere Most Inferior (DCM 125038)."""

LeftHemisphereMostPosterior: _Final[_Code] = _Code(
    "DCM", "125036", "Left Hemisphere Most Posterior", (7101,)
)
"""Left Hemisphere Most Posterior (DCM 125036)."""

LeftHemisphereMostSuperior: _Final[_Code] = _Code(
    "DCM", "125037", "Left Hemisphere Most Superior", (7101,)
)
"""Left Hemisphere Most Superior (DCM 125037)."""

LeftRightAxis: _Final[_Code] = _Code("DCM", "110860", "Left-Right Axis", (7184,))
"""Left-Right Axis (DCM 110860)."""

LeftToRight: _Final[_Code] = _Code("DCM", "110867", "Left To Right", (7185,))
"""Left To Right (DCM 110867)."""

LeftVentricleApicalAnterolateralSegment: _Final[_Code] = _Code(
    "DCM", "130623", "left ventricle apical anterolateral segment", (3785, 12305)
)
"""left ventricle apical anterolateral segment (DCM 130623)."""

LeftVentricleApicalAnteroseptalSegment: _Final[_Code] = _Code(
    "DCM", "130620", "left ventricle apical anteroseptal segment", (3785, 12305)
)
"""left ventricle apical anteroseptal segment (DCM 130620)."""

LeftVentricleApicalInferolateralSegment: _Final[_Code] = _Code(
    "DCM", "130622", "left ventricle apical inferolateral segment", (3785, 12305)
)
"""left ventricle apical inferolateral segment (DCM 130622)."""

LeftVentricleApicalInferoseptalSegment: _Final[_Code] = _Code(
    "DCM", "130621", "left ventricle apical inferoseptal segment", (3785, 12305)
)
"""left ventricle apical inferoseptal segment (DCM 130621)."""

LeftVentricleMassByAreaLength: _Final[_Code] = _Code(
    "DCM", "125270", "Left Ventricle Mass by Area Length", (12232,)
)
"""Left Ventricle Mass by Area Length (DCM 125270)."""

LeftVentricleMassByAreaLengthAdjustedByHeight: _Final[_Code] = _Code(
    "DCM", "125273", "Left Ventricle Mass by Area Length - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by Area Length - adjusted by Height (DCM 125273)."""

LeftVentricleMassByMMode: _Final[_Code] = _Code(
    "DCM", "125221", "Left Ventricle Mass by M-mode", (12232,)
)
"""Left Ventricle Mass by M-mode (DCM 125221)."""

LeftVentricleMassByMModeAdjustedByHeight: _Final[_Code] = _Code(
    "DCM", "125271", "Left Ventricle Mass by M-mode - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by M-mode - adjusted by Height (DCM 125271)."""

LeftVentricleMassByTruncatedEllipse: _Final[_Code] = _Code(
    "DCM", "125222", "Left Ventricle Mass by Truncated Ellipse", (12232,)
)
"""Left Ventricle Mass by Truncated Ellipse (DCM 125222)."""

LeftVentricleMassByTruncatedEllipseAdjustedByHeight: _Final[_Code] = _Code(
    "DCM", "125272", "Left Ventricle Mass by Truncated Ellipse - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by Truncated Ellipse - adjusted by Height (DCM 125272)."""

LeftVentricularEjectionTime: _Final[_Code] = _Code(
    "DCM", "122211", "Left Ventricular ejection time", (3613,)
)
"""Left Ventricular ejection time (DCM 122211)."""

LeftVentricularFillingTime: _Final[_Code] = _Code(
    "DCM", "122212", "Left Ventricular filling time", (3613,)
)
"""Left Ventricular filling time (DCM 122212)."""

Lensometry: _Final[_Code] = _Code("DCM", "LEN", "Lensometry", (29,))
"""Lensometry (DCM LEN)."""

LesionCapsularContactLength: _Final[_Code] = _Code(
    "DCM", "130558", "Lesion capsular contact length", (6351,)
)
"""Lesion capsular contact length (DCM 130558)."""

LesionCentered: _Final[_Code] = _Code("DCM", "111902", "Lesion centered", (4207,))
"""Lesion centered (DCM 111902)."""

LesionCompletelyRemoved: _Final[_Code] = _Code(
    "DCM", "111447", "Lesion completely removed", (6066,)
)
"""Lesion completely removed (DCM 111447)."""

LesionPartiallyRemoved: _Final[_Code] = _Code("DCM", "111448", "Lesion partially removed", (6066,))
"""Lesion partially removed (DCM 111448)."""

LesionSensitivity: _Final[_Code] = _Code("DCM", "111089", "Lesion Sensitivity", (6048,))
"""Lesion Sensitivity (DCM 111089)."""

LesionToBackgroundSUVRatio: _Final[_Code] = _Code(
    "DCM", "126039", "Lesion to Background SUV Ratio", (7466,)
)
"""Lesion to Background SUV Ratio (DCM 126039)."""

LesserThan3MonthsAgo: _Final[_Code] = _Code("DCM", "111396", "< 3 months ago", (6164,))
"""< 3 months ago (DCM 111396)."""

LeukemicInfiltration: _Final[_Code] = _Code("DCM", "111318", "Leukemic infiltration", (6033,))
"""Leukemic infiltration (DCM 111318)."""

LevenbergMarquardt: _Final[_Code] = _Code("DCM", "113265", "Levenberg-Marquardt", (7274,))
"""Levenberg-Marquardt (DCM 113265)."""

Levovist: _Final[_Code] = _Code("DCM", "125904", "Levovist", (12030,))
"""Levovist (DCM 125904)."""

LightBrownColor: _Final[_Code] = _Code("DCM", "111450", "Light brown color", (6067,))
"""Light brown color (DCM 111450)."""

Line: _Final[_Code] = _Code("DCM", "112083", "Line", (6109, 7196))
"""Line (DCM 112083)."""

LineBScanPattern: _Final[_Code] = _Code("DCM", "128281", "Line B-scan pattern", (4272,))
"""Line B-scan pattern (DCM 128281)."""

LineNoiseArtifact: _Final[_Code] = _Code("DCM", "130886", "Line noise artifact", (3035,))
"""Line noise artifact (DCM 130886)."""

LineScanPattern: _Final[_Code] = _Code("DCM", "125240", "Line scan pattern", (12032,))
"""Line scan pattern (DCM 125240)."""

LineSegmentLength: _Final[_Code] = _Code("DCM", "121227", "Line segment length", (7470,))
"""Line segment length (DCM 121227)."""

Linear: _Final[_Code] = _Code("DCM", "112150", "Linear", (6123, 6340))
"""Linear (DCM 112150)."""

LinearCurve: _Final[_Code] = _Code("DCM", "130253", "Linear Curve", (73,))
"""Linear Curve (DCM 130253)."""

LinearDisplacement: _Final[_Code] = _Code("DCM", "110856", "Linear Displacement", (7182,))
"""Linear Displacement (DCM 110856)."""

LinearQuadraticLinearModel: _Final[_Code] = _Code(
    "DCM", "130133", "Linear-Quadratic-Linear Model", (9539,)
)
"""Linear-Quadratic-Linear Model (DCM 130133)."""

LinearQuadraticModel: _Final[_Code] = _Code("DCM", "130131", "Linear-Quadratic Model", (9539,))
"""Linear-Quadratic Model (DCM 130131)."""

LinearQuadraticModelForLowDoseRateBrachytherapy: _Final[_Code] = _Code(
    "DCM", "130134", "Linear-Quadratic Model for Low-Dose Rate Brachytherapy", (9539,)
)
"""Linear-Quadratic Model for Low-Dose Rate Brachytherapy (DCM 130134)."""

LinearQuadraticModelWithTimeFactor: _Final[_Code] = _Code(
    "DCM", "130132", "Linear-Quadratic Model with Time Factor", (9539,)
)
"""Linear-Quadratic Model with Time Factor (DCM 130132)."""

LinearSpiculation: _Final[_Code] = _Code("DCM", "113665", "Linear spiculation", (6166,))
"""Linear spiculation (DCM 113665)."""

LinearUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "125252", "Linear ultrasound transducer geometry", (12033,)
)
"""Linear ultrasound transducer geometry (DCM 125252)."""

LipidAndLactate: _Final[_Code] = _Code("DCM", "113095", "Lipid and Lactate", (4033,))
"""Lipid and Lactate (DCM 113095)."""

LiquidCrystalDisplay: _Final[_Code] = _Code("DCM", "109992", "Liquid Crystal Display", (8303,))
"""Liquid Crystal Display (DCM 109992)."""

LiquidIonChamber: _Final[_Code] = _Code("DCM", "128705", "Liquid Ion Chamber", (7026, 7027))
"""Liquid Ion Chamber (DCM 128705)."""

Lobar: _Final[_Code] = _Code("DCM", "112158", "Lobar", (6128, 6129))
"""Lobar (DCM 112158)."""

Lobulated: _Final[_Code] = _Code("DCM", "112135", "Lobulated", (6119, 6340))
"""Lobulated (DCM 112135)."""

LocalEffectModel: _Final[_Code] = _Code("DCM", "130128", "Local Effect Model", (9538,))
"""Local Effect Model (DCM 130128)."""

LocalServiceOperationStarted: _Final[_Code] = _Code(
    "DCM", "110141", "Local Service Operation Started", (401, 403)
)
"""Local Service Operation Started (DCM 110141)."""

LocalServiceOperationStopped: _Final[_Code] = _Code(
    "DCM", "110142", "Local Service Operation Stopped", (401, 403)
)
"""Local Service Operation Stopped (DCM 110142)."""

Localizer: _Final[_Code] = _Code("DCM", "121311", "Localizer", (4264, 7201, 8120))
"""Localizer (DCM 121311)."""

LocallyManufacturedProduct: _Final[_Code] = _Code(
    "DCM", "127390", "Locally manufactured product", (608,)
)
"""Locally manufactured product (DCM 127390)."""

LogOfRatioOfTwoSamples: _Final[_Code] = _Code(
    "DCM", "113260", "Log of ratio of two samples", (7274,)
)
"""Log of ratio of two samples (DCM 113260)."""

Login: _Final[_Code] = _Code("DCM", "110122", "Login", (401, 403))
"""Login (DCM 110122)."""

Logout: _Final[_Code] = _Code("DCM", "110123", "Logout", (401, 403))
"""Logout (DCM 110123)."""

LongAxisBased: _Final[_Code] = _Code("DCM", "122476", "Long Axis Based", (3458,))
"""Long Axis Based (DCM 122476)."""

LongitudinalLagrangianStrain: _Final[_Code] = _Code(
    "DCM", "130670", "Longitudinal Lagrangian Strain", (12311,)
)
"""Longitudinal Lagrangian Strain (DCM 130670)."""

LongitudinalLagrangianStrainRate: _Final[_Code] = _Code(
    "DCM", "130674", "Longitudinal Lagrangian Strain Rate", (12311,)
)
"""Longitudinal Lagrangian Strain Rate (DCM 130674)."""

LossyCompressedImage: _Final[_Code] = _Code("DCM", "121325", "Lossy compressed image", (7205,))
"""Lossy compressed image (DCM 121325)."""

LossyCompressedPredecessor: _Final[_Code] = _Code(
    "DCM", "121330", "Lossy compressed predecessor", (7202,)
)
"""Lossy compressed predecessor (DCM 121330)."""

LossyCompression: _Final[_Code] = _Code("DCM", "113040", "Lossy Compression", (7203,))
"""Lossy Compression (DCM 113040)."""

LotIdentifier: _Final[_Code] = _Code("DCM", "121149", "Lot Identifier", (3426,))
"""Lot Identifier (DCM 121149)."""

Low: _Final[_Code] = _Code("DCM", "111577", "Low", (6090,))
"""Low (DCM 111577)."""

LowThyroidUptake: _Final[_Code] = _Code("DCM", "113561", "Low Thyroid Uptake", (64, 10045))
"""Low Thyroid Uptake (DCM 113561)."""

Lucency: _Final[_Code] = _Code("DCM", "112084", "Lucency", (6109, 7196))
"""Lucency (DCM 112084)."""

LumenDiameterRatio: _Final[_Code] = _Code("DCM", "122350", "Lumen Diameter Ratio", (3484,))
"""Lumen Diameter Ratio (DCM 122350)."""

LumenEccentricityIndex: _Final[_Code] = _Code("DCM", "122343", "Lumen Eccentricity Index", (3484,))
"""Lumen Eccentricity Index (DCM 122343)."""

LumenPerimeter: _Final[_Code] = _Code("DCM", "122332", "Lumen Perimeter", (3481,))
"""Lumen Perimeter (DCM 122332)."""

LumenShapeIndex: _Final[_Code] = _Code("DCM", "122348", "Lumen Shape Index", (3484,))
"""Lumen Shape Index (DCM 122348)."""

LumenVolume: _Final[_Code] = _Code("DCM", "122372", "Lumen Volume", (3485,))
"""Lumen Volume (DCM 122372)."""

LuminanceResponseEvaluation: _Final[_Code] = _Code(
    "DCM", "109703", "Luminance response evaluation", (8300,)
)
"""Luminance response evaluation (DCM 109703)."""

LuminanceUniformityEvaluation: _Final[_Code] = _Code(
    "DCM", "109704", "Luminance uniformity evaluation", (8300,)
)
"""Luminance uniformity evaluation (DCM 109704)."""

Lutetium177NAcetylaspartylglutamate: _Final[_Code] = _Code(
    "DCM", "126509", "Lutetium^177^ n-acetylaspartylglutamate", (25,)
)
"""Lutetium^177^ n-acetylaspartylglutamate (DCM 126509)."""

LympathicVesselInvasion: _Final[_Code] = _Code(
    "DCM", "111320", "Lympathic vessel invasion", (6033,)
)
"""Lympathic vessel invasion (DCM 111320)."""

MDerivedFilter: _Final[_Code] = _Code("DCM", "130766", "M-derived filter", (3042,))
"""M-derived filter (DCM 130766)."""

MEDI55189Zr: _Final[_Code] = _Code("DCM", "126730", "MEDI-551 ^89^Zr", (4021,))
"""MEDI-551 ^89^Zr (DCM 126730)."""

MEMSBasedTransducer: _Final[_Code] = _Code("DCM", "130816", "MEMS-based Transducer", (11003,))
"""MEMS-based Transducer (DCM 130816)."""

MIRDOSE: _Final[_Code] = _Code("DCM", "113526", "MIRDOSE", (10040,))
"""MIRDOSE (DCM 113526)."""

MIRDPamphlet1: _Final[_Code] = _Code("DCM", "113520", "MIRD Pamphlet 1", (10040,))
"""MIRD Pamphlet 1 (DCM 113520)."""

MLCPositionInterlock: _Final[_Code] = _Code("DCM", "130829", "MLC Position Interlock", (9568,))
"""MLC Position Interlock (DCM 130829)."""

MLCPositionToleranceViolation: _Final[_Code] = _Code(
    "DCM", "130472", "MLC Position Tolerance Violation", (9567,)
)
"""MLC Position Tolerance Violation (DCM 130472)."""

MLOEvidenceOfMotionBlur: _Final[_Code] = _Code(
    "DCM", "111200", "MLO Evidence of motion blur", (6041,)
)
"""MLO Evidence of motion blur (DCM 111200)."""

MLOInframammaryFoldIsNotOpen: _Final[_Code] = _Code(
    "DCM", "111201", "MLO Inframammary fold is not open", (6041,)
)
"""MLO Inframammary fold is not open (DCM 111201)."""

MLOInsufficientPectoralMuscle: _Final[_Code] = _Code(
    "DCM", "111197", "MLO Insufficient pectoral muscle", (6041,)
)
"""MLO Insufficient pectoral muscle (DCM 111197)."""

MLONoFatIsVisualizedPosteriorToFibroglandularTissues: _Final[_Code] = _Code(
    "DCM", "111198", "MLO No fat is visualized posterior to fibroglandular tissues", (6041,)
)
"""MLO No fat is visualized posterior to fibroglandular tissues (DCM 111198)."""

MLOPoorSeparationOfDeepAndSuperficialBreastTissues: _Final[_Code] = _Code(
    "DCM", "111199", "MLO Poor separation of deep and superficial breast tissues", (6041,)
)
"""MLO Poor separation of deep and superficial breast tissues (DCM 111199)."""

MODImported: _Final[_Code] = _Code("DCM", "110026", "MOD Imported", (7008,))
"""MOD Imported (DCM 110026)."""

MPPSContent: _Final[_Code] = _Code("DCM", "113858", "MPPS Content", (10020,))
"""MPPS Content (DCM 113858)."""

MRMarker: _Final[_Code] = _Code("DCM", "129308", "MR Marker", (7112,))
"""MR Marker (DCM 129308)."""

MRSignalIntensity: _Final[_Code] = _Code("DCM", "110852", "MR signal intensity", (7180,))
"""MR signal intensity (DCM 110852)."""

MachineCalibrationAdjustment: _Final[_Code] = _Code(
    "DCM", "130465", "Machine Calibration Adjustment", (9565,)
)
"""Machine Calibration Adjustment (DCM 130465)."""

MachineCapabilityLicenseExpired: _Final[_Code] = _Code(
    "DCM", "130467", "Machine Capability License Expired", (9565,)
)
"""Machine Capability License Expired (DCM 130467)."""

MachineClearanceInterlock: _Final[_Code] = _Code(
    "DCM", "130740", "Machine Clearance Interlock", (9568,)
)
"""Machine Clearance Interlock (DCM 130740)."""

MachineNotAvailable: _Final[_Code] = _Code("DCM", "130463", "Machine Not Available", (9565,))
"""Machine Not Available (DCM 130463)."""

MachineQualityAssuranceInputUsed: _Final[_Code] = _Code(
    "DCM", "128216", "Machine Quality Assurance Input Used", (7025,)
)
"""Machine Quality Assurance Input Used (DCM 128216)."""

Macrocalcifications: _Final[_Code] = _Code("DCM", "111345", "Macrocalcifications", (6011,))
"""Macrocalcifications (DCM 111345)."""

MaculaCentered: _Final[_Code] = _Code("DCM", "111900", "Macula centered", (4207,))
"""Macula centered (DCM 111900)."""

MacularFixationTesting: _Final[_Code] = _Code("DCM", "111845", "Macular Fixation Testing", (4253,))
"""Macular Fixation Testing (DCM 111845)."""

MagneticResonance: _Final[_Code] = _Code("DCM", "MR", "Magnetic Resonance", (29,))
"""Magnetic Resonance (DCM MR)."""

MagneticSusceptibility: _Final[_Code] = _Code("DCM", "126396", "Magnetic Susceptibility", (7180,))
"""Magnetic Susceptibility (DCM 126396)."""

MagnetizationTransferRatio: _Final[_Code] = _Code(
    "DCM", "113098", "Magnetization Transfer Ratio", (7180,)
)
"""Magnetization Transfer Ratio (DCM 113098)."""

MagnitudeNormalized: _Final[_Code] = _Code("DCM", "130776", "Magnitude normalized", (3045,))
"""Magnitude normalized (DCM 130776)."""

Male: _Final[_Code] = _Code("DCM", "M", "Male", (7455, 7457))
"""Male (DCM M)."""

MaleChangedToFemale: _Final[_Code] = _Code("DCM", "MC", "Male changed to Female", (7455,))
"""Male changed to Female (DCM MC)."""

MalePseudohermaphrodite: _Final[_Code] = _Code("DCM", "MP", "Male Pseudohermaphrodite", (7455,))
"""Male Pseudohermaphrodite (DCM MP)."""

MalignantMelanomaOfNipple: _Final[_Code] = _Code(
    "DCM", "111334", "Malignant melanoma of nipple", (6033,)
)
"""Malignant melanoma of nipple (DCM 111334)."""

Mammographic_111487: _Final[_Code] = _Code("DCM", "111487", "Mammographic (crosshair)", (6060,))
"""Mammographic (crosshair) (DCM 111487)."""

Mammographic_111488: _Final[_Code] = _Code("DCM", "111488", "Mammographic (grid)", (6060,))
"""Mammographic (grid) (DCM 111488)."""

Mammography: _Final[_Code] = _Code("DCM", "MG", "Mammography", (29,))
"""Mammography (DCM MG)."""

MammographyCAD: _Final[_Code] = _Code("DCM", "111411", "Mammography CAD", (6050,))
"""Mammography CAD (DCM 111411)."""

MammographyQualityControlManual1999ACR: _Final[_Code] = _Code(
    "DCM", "111238", "Mammography Quality Control Manual 1999, ACR", (6045,)
)
"""Mammography Quality Control Manual 1999, ACR (DCM 111238)."""

Manifest: _Final[_Code] = _Code("DCM", "113030", "Manifest", (7010,))
"""Manifest (DCM 113030)."""

ManualAdministration: _Final[_Code] = _Code("DCM", "130174", "Manual Administration", (63,))
"""Manual Administration (DCM 130174)."""

ManualEntry: _Final[_Code] = _Code("DCM", "113857", "Manual Entry", (4240, 10020, 10021, 12303))
"""Manual Entry (DCM 113857)."""

ManualHoldStarted: _Final[_Code] = _Code("DCM", "130267", "Manual hold started", (71,))
"""Manual hold started (DCM 130267)."""

ManualKeratometry: _Final[_Code] = _Code("DCM", "111753", "Manual Keratometry", (4235,))
"""Manual Keratometry (DCM 111753)."""

ManualProcessing: _Final[_Code] = _Code("DCM", "123109", "Manual Processing", (7162,))
"""Manual Processing (DCM 123109)."""

ManualResumeFromHold: _Final[_Code] = _Code("DCM", "130268", "Manual resume from hold", (71,))
"""Manual resume from hold (DCM 130268)."""

Margetuximab89Zr: _Final[_Code] = _Code("DCM", "126740", "Margetuximab ^89^Zr", (4021,))
"""Margetuximab ^89^Zr (DCM 126740)."""

Margin: _Final[_Code] = _Code("DCM", "Margin", "Margin", (6334,))
"""Margin (DCM Margin)."""

MarkerPlacement: _Final[_Code] = _Code("DCM", "111123", "Marker placement", (6050, 6061))
"""Marker placement (DCM 111123)."""

MaskImageForImageProcessingOperation: _Final[_Code] = _Code(
    "DCM", "121321", "Mask image for image processing operation", (7202,)
)
"""Mask image for image processing operation (DCM 121321)."""

MassAdministered: _Final[_Code] = _Code("DCM", "121383", "Mass administered", (3410,))
"""Mass administered (DCM 121383)."""

MassInTheSkin: _Final[_Code] = _Code("DCM", "111112", "Mass in the skin", (6015,))
"""Mass in the skin (DCM 111112)."""

MassOfBreast: _Final[_Code] = _Code("DCM", "112195", "Mass of breast", (6142,))
"""Mass of breast (DCM 112195)."""

MassOfParenchymalTissue: _Final[_Code] = _Code(
    "DCM", "112194", "Mass of parenchymal tissue", (6142,)
)
"""Mass of parenchymal tissue (DCM 112194)."""

MassOfVascularCalcification: _Final[_Code] = _Code(
    "DCM", "112199", "Mass of Vascular Calcification", (6142,)
)
"""Mass of Vascular Calcification (DCM 112199)."""

MassOnTheSkin: _Final[_Code] = _Code("DCM", "111113", "Mass on the skin", (6015,))
"""Mass on the skin (DCM 111113)."""

MassScoringMethod: _Final[_Code] = _Code("DCM", "112057", "Mass scoring method", (6140,))
"""Mass scoring method (DCM 112057)."""

MassWithCalcifications: _Final[_Code] = _Code("DCM", "111459", "Mass with calcifications", (6016,))
"""Mass with calcifications (DCM 111459)."""

Maternal: _Final[_Code] = _Code("DCM", "111541", "Maternal", (6097,))
"""Maternal (DCM 111541)."""

MaxDpDt: _Final[_Code] = _Code("DCM", "109025", "Max dp/dt", (3337,))
"""Max dp/dt (DCM 109025)."""

MaxNegDpDt: _Final[_Code] = _Code("DCM", "109026", "Max neg dp/dt", (3337,))
"""Max neg dp/dt (DCM 109026)."""

MaximumAbsoluteVolumeAtRadiationDose: _Final[_Code] = _Code(
    "DCM", "130017", "Maximum Absolute Volume at Radiation Dose", (9531,)
)
"""Maximum Absolute Volume at Radiation Dose (DCM 130017)."""

MaximumAbsorbedRadiationDose: _Final[_Code] = _Code(
    "DCM", "128531", "Maximum Absorbed Radiation Dose", (10061,)
)
"""Maximum Absorbed Radiation Dose (DCM 128531)."""

MaximumAttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112180", "Maximum Attenuation Coefficient", (6141,)
)
"""Maximum Attenuation Coefficient (DCM 112180)."""

MaximumDifference: _Final[_Code] = _Code("DCM", "126376", "Maximum Difference", (4109,))
"""Maximum Difference (DCM 126376)."""

MaximumEquivalentRadiationDose: _Final[_Code] = _Code(
    "DCM", "128535", "Maximum Equivalent Radiation Dose", (10062,)
)
"""Maximum Equivalent Radiation Dose (DCM 128535)."""

MaximumEquivalentUniformDose: _Final[_Code] = _Code(
    "DCM", "130008", "Maximum Equivalent Uniform Dose", (9529,)
)
"""Maximum Equivalent Uniform Dose (DCM 130008)."""

MaximumIntensityProjection: _Final[_Code] = _Code(
    "DCM", "113078", "Maximum intensity projection", (7203,)
)
"""Maximum intensity projection (DCM 113078)."""

MaximumMeanRadiationDose: _Final[_Code] = _Code(
    "DCM", "130006", "Maximum Mean Radiation Dose", (9529,)
)
"""Maximum Mean Radiation Dose (DCM 130006)."""

MaximumOrificeArea: _Final[_Code] = _Code("DCM", "125328", "Maximum Orifice Area", (12304,))
"""Maximum Orifice Area (DCM 125328)."""

MaximumPercentVolumeAtRadiationDose: _Final[_Code] = _Code(
    "DCM", "130015", "Maximum Percent Volume at Radiation Dose", (9530,)
)
"""Maximum Percent Volume at Radiation Dose (DCM 130015)."""

MaximumRadiationDose: _Final[_Code] = _Code("DCM", "130004", "Maximum Radiation Dose", (9529,))
"""Maximum Radiation Dose (DCM 130004)."""

MaximumSlope: _Final[_Code] = _Code("DCM", "126375", "Maximum Slope", (4109,))
"""Maximum Slope (DCM 126375)."""

MaximumSurfaceRadiationDose: _Final[_Code] = _Code(
    "DCM", "130002", "Maximum Surface Radiation Dose", (9529,)
)
"""Maximum Surface Radiation Dose (DCM 130002)."""

MeanAbsorbedRadiationDose: _Final[_Code] = _Code(
    "DCM", "128533", "Mean Absorbed Radiation Dose", (10061,)
)
"""Mean Absorbed Radiation Dose (DCM 128533)."""

MeanAttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112181", "Mean Attenuation Coefficient", (6141,)
)
"""Mean Attenuation Coefficient (DCM 112181)."""

MeanCtdivol: _Final[_Code] = _Code("DCM", "113830", "Mean CTDIvol", (10050,))
"""Mean CTDIvol (DCM 113830)."""

MeanDiffusivity: _Final[_Code] = _Code("DCM", "113202", "Mean Diffusivity", (7263,))
"""Mean Diffusivity (DCM 113202)."""

MeanEquivalentRadiationDose: _Final[_Code] = _Code(
    "DCM", "128537", "Mean Equivalent Radiation Dose", (10062,)
)
"""Mean Equivalent Radiation Dose (DCM 128537)."""

MeanKurtosis: _Final[_Code] = _Code("DCM", "113205", "Mean Kurtosis", (7263,))
"""Mean Kurtosis (DCM 113205)."""

MeanLocalReference: _Final[_Code] = _Code("DCM", "122491", "Mean Local Reference", (3465,))
"""Mean Local Reference (DCM 122491)."""

MeanTransitTime: _Final[_Code] = _Code("DCM", "113052", "Mean Transit Time", (4108,))
"""Mean Transit Time (DCM 113052)."""

MeanValueChosen: _Final[_Code] = _Code("DCM", "121412", "Mean value chosen", (224, 4241, 12301))
"""Mean value chosen (DCM 121412)."""

MeasuredRadiationDose: _Final[_Code] = _Code("DCM", "128497", "Measured Radiation Dose", (10065,))
"""Measured Radiation Dose (DCM 128497)."""

MeasurementFailure: _Final[_Code] = _Code("DCM", "114006", "Measurement failure", (43,))
"""Measurement failure (DCM 114006)."""

MeasurementFromThisDevice: _Final[_Code] = _Code(
    "DCM", "111780", "Measurement From This Device", (4240,)
)
"""Measurement From This Device (DCM 111780)."""

MeasurementNotAttempted: _Final[_Code] = _Code("DCM", "114007", "Measurement not attempted", (44,))
"""Measurement not attempted (DCM 114007)."""

MechanicalBeamSteering: _Final[_Code] = _Code("DCM", "125258", "Mechanical beam steering", (12034,))
"""Mechanical beam steering (DCM 125258)."""

MechanicalDispersion: _Final[_Code] = _Code("DCM", "130673", "Mechanical Dispersion", (12311,))
"""Mechanical Dispersion (DCM 130673)."""

MechanicalFailure: _Final[_Code] = _Code("DCM", "111216", "Mechanical failure", (6041, 6135, 7011))
"""Mechanical failure (DCM 111216)."""

MechanicalPointer: _Final[_Code] = _Code("DCM", "130643", "Mechanical Pointer", (9575,))
"""Mechanical Pointer (DCM 130643)."""

MediaCreationDevice: _Final[_Code] = _Code("DCM", "MCD", "Media Creation Device", (30,))
"""Media Creation Device (DCM MCD)."""

MediaFailure: _Final[_Code] = _Code("DCM", "110524", "Media Failure", (9302,))
"""Media Failure (DCM 110524)."""

MediaImport: _Final[_Code] = _Code("DCM", "110013", "Media Import", (9231,))
"""Media Import (DCM 110013)."""

MedialDissection: _Final[_Code] = _Code("DCM", "122399", "Medial Dissection", (3492,))
"""Medial Dissection (DCM 122399)."""

Median: _Final[_Code] = _Code("DCM", "130290", "Median", (2, 212, 245))
"""Median (DCM 130290)."""

MedianAbsorbedRadiationDose: _Final[_Code] = _Code(
    "DCM", "128539", "Median Absorbed Radiation Dose", (10061,)
)
"""Median Absorbed Radiation Dose (DCM 128539)."""

MedianAttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112182", "Median Attenuation Coefficient", (6141,)
)
"""Median Attenuation Coefficient (DCM 112182)."""

MedianEquivalentRadiationDose: _Final[_Code] = _Code(
    "DCM", "128540", "Median Equivalent Radiation Dose", (10062,)
)
"""Median Equivalent Radiation Dose (DCM 128540)."""

MedicalPhysics: _Final[_Code] = _Code("DCM", "128174", "Medical Physics", (7030,))
"""Medical Physics (DCM 128174)."""

Medium: _Final[_Code] = _Code("DCM", "111576", "Medium", (6090,))
"""Medium (DCM 111576)."""

Medium32Point0To38Point0cmLateralThickness: _Final[_Code] = _Code(
    "DCM", "113602", "Medium: 32.0-38.0 cm lateral thickness", (7042,)
)
"""Medium: 32.0-38.0 cm lateral thickness (DCM 113602)."""

MeshRadiationTransportModel: _Final[_Code] = _Code(
    "DCM", "128423", "Mesh Radiation Transport Model", (10065,)
)
"""Mesh Radiation Transport Model (DCM 128423)."""

MesopicLight: _Final[_Code] = _Code("DCM", "111628", "Mesopic light", (4203,))
"""Mesopic light (DCM 111628)."""

MetabolicVolume: _Final[_Code] = _Code("DCM", "126032", "Metabolic Volume", (7466,))
"""Metabolic Volume (DCM 126032)."""

MetaboliteMapsFromSpectroscopyData: _Final[_Code] = _Code(
    "DCM", "113050", "Metabolite Maps from spectroscopy data", (7203,)
)
"""Metabolite Maps from spectroscopy data (DCM 113050)."""

MetastasisToAnIntramammaryLymphNode: _Final[_Code] = _Code(
    "DCM", "111333", "Metastasis to an intramammary lymph node", (6033,)
)
"""Metastasis to an intramammary lymph node (DCM 111333)."""

MetastaticCancerToTheBreast: _Final[_Code] = _Code(
    "DCM", "111323", "Metastatic cancer to the breast", (6033,)
)
"""Metastatic cancer to the breast (DCM 111323)."""

MetastaticCancerToTheBreastFromTheColon: _Final[_Code] = _Code(
    "DCM", "111324", "Metastatic cancer to the breast from the colon", (6033,)
)
"""Metastatic cancer to the breast from the colon (DCM 111324)."""

MetastaticCancerToTheBreastFromTheLung: _Final[_Code] = _Code(
    "DCM", "111325", "Metastatic cancer to the breast from the lung", (6033,)
)
"""Metastatic cancer to the breast from the lung (DCM 111325)."""

MetastaticCancerToTheBreastFromTheOvary: _Final[_Code] = _Code(
    "DCM", "111327", "Metastatic cancer to the breast from the ovary", (6033,)
)
"""Metastatic cancer to the breast from the ovary (DCM 111327)."""

MetastaticDiseaseToAxillaryNode: _Final[_Code] = _Code(
    "DCM", "111330", "Metastatic disease to axillary node", (6033,)
)
"""Metastatic disease to axillary node (DCM 111330)."""

MetastaticMelanomaToTheBreast: _Final[_Code] = _Code(
    "DCM", "111326", "Metastatic melanoma to the breast", (6033,)
)
"""Metastatic melanoma to the breast (DCM 111326)."""

MetastaticSarcomaToTheBreast: _Final[_Code] = _Code(
    "DCM", "111328", "Metastatic sarcoma to the breast", (6033,)
)
"""Metastatic sarcoma to the breast (DCM 111328)."""

MetersetRateInterlock: _Final[_Code] = _Code("DCM", "130830", "Meterset Rate Interlock", (9568,))
"""Meterset Rate Interlock (DCM 130830)."""

MetersetToleranceViolation: _Final[_Code] = _Code(
    "DCM", "130469", "Meterset Tolerance Violation", (9566,)
)
"""Meterset Tolerance Violation (DCM 130469)."""

MethodCitation: _Final[_Code] = _Code("DCM", "121423", "Method Citation", (228,))
"""Method Citation (DCM 121423)."""

MethodOfDisksBiplane: _Final[_Code] = _Code("DCM", "125207", "Method of Disks, Biplane", (12228,))
"""Method of Disks, Biplane (DCM 125207)."""

MethodOfDisksSinglePlane: _Final[_Code] = _Code(
    "DCM", "125208", "Method of Disks, Single Plane", (12228,)
)
"""Method of Disks, Single Plane (DCM 125208)."""

MicrodosimetricKineticModel: _Final[_Code] = _Code(
    "DCM", "130129", "Microdosimetric Kinetic Model", (9538,)
)
"""Microdosimetric Kinetic Model (DCM 130129)."""

MicroglandularAdenosis: _Final[_Code] = _Code("DCM", "111284", "Microglandular adenosis", (6031,))
"""Microglandular adenosis (DCM 111284)."""

Micronodule: _Final[_Code] = _Code("DCM", "112122", "Micronodule", (6104,))
"""Micronodule (DCM 112122)."""

MidPeripheralInferior: _Final[_Code] = _Code("DCM", "111908", "Mid-peripheral-inferior", (4207,))
"""Mid-peripheral-inferior (DCM 111908)."""

MidPeripheralInferiorNasal: _Final[_Code] = _Code(
    "DCM", "111909", "Mid-peripheral-inferior nasal", (4207,)
)
"""Mid-peripheral-inferior nasal (DCM 111909)."""

MidPeripheralInferiorTemporal: _Final[_Code] = _Code(
    "DCM", "111907", "Mid-peripheral-inferior temporal", (4207,)
)
"""Mid-peripheral-inferior temporal (DCM 111907)."""

MidPeripheralNasal: _Final[_Code] = _Code("DCM", "111910", "Mid-peripheral-nasal", (4207,))
"""Mid-peripheral-nasal (DCM 111910)."""

MidPeripheralSuperior: _Final[_Code] = _Code("DCM", "111904", "Mid-peripheral-superior", (4207,))
"""Mid-peripheral-superior (DCM 111904)."""

MidPeripheralSuperiorNasal: _Final[_Code] = _Code(
    "DCM", "111911", "Mid-peripheral-superior nasal", (4207,)
)
"""Mid-peripheral-superior nasal (DCM 111911)."""

MidPeripheralSuperiorTemporal: _Final[_Code] = _Code(
    "DCM", "111905", "Mid-peripheral-superior temporal", (4207,)
)
"""Mid-peripheral-superior temporal (DCM 111905)."""

MidPeripheralTemporal: _Final[_Code] = _Code("DCM", "111906", "Mid-peripheral-temporal", (4207,))
"""Mid-peripheral-temporal (DCM 111906)."""

MiddleInnerRetinaVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128267", "Middle inner retina vasculature flow", (4271,)
)
"""Middle inner retina vasculature flow (DCM 128267)."""

MiddleInnerStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128268", "Middle inner structural reflectance map", (4271,)
)
"""Middle inner structural reflectance map (DCM 128268)."""

MiddleOfTimePeriod: _Final[_Code] = _Code("DCM", "130535", "Middle of Time Period", (10073,))
"""Middle of Time Period (DCM 130535)."""

MidlungWindow: _Final[_Code] = _Code("DCM", "112085", "Midlung window", (6110,))
"""Midlung window (DCM 112085)."""

MiliaryPattern: _Final[_Code] = _Code("DCM", "112129", "Miliary pattern", (6106,))
"""Miliary pattern (DCM 112129)."""

MinimizeMeterset: _Final[_Code] = _Code("DCM", "130018", "Minimize Meterset", (9532,))
"""Minimize Meterset (DCM 130018)."""

MinimumAbsoluteVolumeAtRadiationDose: _Final[_Code] = _Code(
    "DCM", "130016", "Minimum Absolute Volume at Radiation Dose", (9531,)
)
"""Minimum Absolute Volume at Radiation Dose (DCM 130016)."""

MinimumAbsorbedRadiationDose: _Final[_Code] = _Code(
    "DCM", "128532", "Minimum Absorbed Radiation Dose", (10061,)
)
"""Minimum Absorbed Radiation Dose (DCM 128532)."""

MinimumAttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112179", "Minimum Attenuation Coefficient", (6141,)
)
"""Minimum Attenuation Coefficient (DCM 112179)."""

MinimumEquivalentRadiationDose: _Final[_Code] = _Code(
    "DCM", "128536", "Minimum Equivalent Radiation Dose", (10062,)
)
"""Minimum Equivalent Radiation Dose (DCM 128536)."""

MinimumEquivalentUniformDose: _Final[_Code] = _Code(
    "DCM", "130007", "Minimum Equivalent Uniform Dose", (9529,)
)
"""Minimum Equivalent Uniform Dose (DCM 130007)."""

MinimumIntensityProjection: _Final[_Code] = _Code(
    "DCM", "113079", "Minimum intensity projection", (7203,)
)
"""Minimum intensity projection (DCM 113079)."""

MinimumMeanRadiationDose: _Final[_Code] = _Code(
    "DCM", "130005", "Minimum Mean Radiation Dose", (9529,)
)
"""Minimum Mean Radiation Dose (DCM 130005)."""

MinimumPercentVolumeAtRadiationDose: _Final[_Code] = _Code(
    "DCM", "130014", "Minimum Percent Volume at Radiation Dose", (9530,)
)
"""Minimum Percent Volume at Radiation Dose (DCM 130014)."""

MinimumRadiationDose: _Final[_Code] = _Code("DCM", "130003", "Minimum Radiation Dose", (9529,))
"""Minimum Radiation Dose (DCM 130003)."""

MinimumSurfaceRadiationDose: _Final[_Code] = _Code(
    "DCM", "130001", "Minimum Surface Radiation Dose", (9529,)
)
"""Minimum Surface Radiation Dose (DCM 130001)."""

MitralValveClosure: _Final[_Code] = _Code("DCM", "130699", "Mitral Valve Closure", (12307,))
"""Mitral Valve Closure (DCM 130699)."""

MitralValveOpening: _Final[_Code] = _Code("DCM", "130700", "Mitral Valve Opening", (12307,))
"""Mitral Valve Opening (DCM 130700)."""

MixedModality3DCAMModel: _Final[_Code] = _Code(
    "DCM", "129019", "Mixed Modality 3D CAM model", (7061,)
)
"""Mixed Modality 3D CAM model (DCM 129019)."""

MixedSex: _Final[_Code] = _Code("DCM", "127146", "Mixed sex", (7457,))
"""Mixed sex (DCM 127146)."""

ModeAbsorbedRadiationDose: _Final[_Code] = _Code(
    "DCM", "128534", "Mode Absorbed Radiation Dose", (10061,)
)
"""Mode Absorbed Radiation Dose (DCM 128534)."""

ModeEquivalentRadiationDose: _Final[_Code] = _Code(
    "DCM", "128538", "Mode Equivalent Radiation Dose", (10062,)
)
"""Mode Equivalent Radiation Dose (DCM 128538)."""

ModelFittingMethod: _Final[_Code] = _Code("DCM", "113241", "Model fitting method", (9000,))
"""Model fitting method (DCM 113241)."""

ModelFree: _Final[_Code] = _Code("DCM", "113233", "Model Free", (7261,))
"""Model Free (DCM 113233)."""

ModelFreeConcentrationTimeQuantitification: _Final[_Code] = _Code(
    "DCM", "126342", "Model-free concentration-time quantitification", (4106,)
)
"""Model-free concentration-time quantitification (DCM 126342)."""

ModifiedHounsfieldUnit: _Final[_Code] = _Code("DCM", "129321", "Modified Hounsfield Unit", (301,))
"""Modified Hounsfield Unit (DCM 129321)."""

ModifiedSimpson: _Final[_Code] = _Code("DCM", "125227", "Modified Simpson", (12228,))
"""Modified Simpson (DCM 125227)."""

ModifyingEquipment: _Final[_Code] = _Code("DCM", "109103", "Modifying Equipment", (7005,))
"""Modifying Equipment (DCM 109103)."""

Mogamulizumab89Zr: _Final[_Code] = _Code("DCM", "126738", "Mogamulizumab ^89^Zr", (4021,))
"""Mogamulizumab ^89^Zr (DCM 126738)."""

Mold: _Final[_Code] = _Code("DCM", "130113", "Mold", (9513,))
"""Mold (DCM 130113)."""

MonoExponentialApparentDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113290", "Mono-exponential Apparent Diffusion Coefficient", (7272,)
)
"""Mono-exponential Apparent Diffusion Coefficient (DCM 113290)."""

MonoExponentialDiffusionModel: _Final[_Code] = _Code(
    "DCM", "113250", "Mono-exponential diffusion model", (7273,)
)
"""Mono-exponential diffusion model (DCM 113250)."""

MonoblockStem: _Final[_Code] = _Code("DCM", "112315", "Monoblock Stem", (7308,))
"""Monoblock Stem (DCM 112315)."""

MonoclonalAntibody64Cu: _Final[_Code] = _Code(
    "DCM", "126510", "Monoclonal Antibody ^64^Cu", (4021,)
)
"""Monoclonal Antibody ^64^Cu (DCM 126510)."""

MonoclonalAntibody89Zr: _Final[_Code] = _Code(
    "DCM", "126511", "Monoclonal Antibody ^89^Zr", (4021,)
)
"""Monoclonal Antibody ^89^Zr (DCM 126511)."""

MonopoleSignal: _Final[_Code] = _Code("DCM", "109008", "Monopole signal", (3240,))
"""Monopole signal (DCM 109008)."""

MorphologicalOperations: _Final[_Code] = _Code("DCM", "123104", "Morphological Operations", (7162,))
"""Morphological Operations (DCM 123104)."""

MosaicPattern: _Final[_Code] = _Code("DCM", "112130", "Mosaic pattern", (6106,))
"""Mosaic pattern (DCM 112130)."""

MosaicPerfusion: _Final[_Code] = _Code("DCM", "112080", "Mosaic perfusion", (6108,))
"""Mosaic perfusion (DCM 112080)."""

MostRecentValueChosen: _Final[_Code] = _Code(
    "DCM", "121411", "Most recent value chosen", (224, 12301)
)
"""Most recent value chosen (DCM 121411)."""

MotionBlur: _Final[_Code] = _Code("DCM", "111210", "Motion blur", (3115, 6041, 6135, 7011))
"""Motion blur (DCM 111210)."""

MotorizedWedge: _Final[_Code] = _Code("DCM", "130347", "Motorized Wedge", (9546,))
"""Motorized Wedge (DCM 130347)."""

MouseAlphaSynucleinPreformedFibrils: _Final[_Code] = _Code(
    "DCM", "127852", "Mouse alpha synuclein preformed fibrils", (640,)
)
"""Mouse alpha synuclein preformed fibrils (DCM 127852)."""

MouseTauPreformedFibrils: _Final[_Code] = _Code(
    "DCM", "127854", "Mouse Tau preformed fibrils", (640,)
)
"""Mouse Tau preformed fibrils (DCM 127854)."""

MoveableLaserPatientSetupPoint: _Final[_Code] = _Code(
    "DCM", "130071", "Moveable Laser Patient Setup Point", (9504, 9574)
)
"""Moveable Laser Patient Setup Point (DCM 130071)."""

MultiEnergyProportionalWeighting: _Final[_Code] = _Code(
    "DCM", "113097", "Multi-energy proportional weighting", (7203,)
)
"""Multi-energy proportional weighting (DCM 113097)."""

MultiMediaCard: _Final[_Code] = _Code("DCM", "110035", "Multi-media Card", (405,))
"""Multi-media Card (DCM 110035)."""

MultiScaleResolutionFiltering: _Final[_Code] = _Code(
    "DCM", "123106", "Multi-Scale/Resolution Filtering", (7162,)
)
"""Multi-Scale/Resolution Filtering (DCM 123106)."""

MultiSideIllumination: _Final[_Code] = _Code("DCM", "130812", "Multi-side illumination", (11001,))
"""Multi-side illumination (DCM 130812)."""

MultiTensor: _Final[_Code] = _Code("DCM", "113232", "Multi Tensor", (7261,))
"""Multi Tensor (DCM 113232)."""

MultifocalIntraductalCarcinoma: _Final[_Code] = _Code(
    "DCM", "111329", "Multifocal intraductal carcinoma", (6033,)
)
"""Multifocal intraductal carcinoma (DCM 111329)."""

MultifocalInvasiveDuctalCarcinoma: _Final[_Code] = _Code(
    "DCM", "111332", "Multifocal invasive ductal carcinoma", (6033,)
)
"""Multifocal invasive ductal carcinoma (DCM 111332)."""

MultiparametricMRI: _Final[_Code] = _Code("DCM", "126020", "Multiparametric MRI", (100,))
"""Multiparametric MRI (DCM 126020)."""

MultiparametricMRIOfWholeBody: _Final[_Code] = _Code(
    "DCM", "126022", "Multiparametric MRI of whole body", (100,)
)
"""Multiparametric MRI of whole body (DCM 126022)."""

MultiplanarReformatting: _Final[_Code] = _Code("DCM", "113072", "Multiplanar reformatting", (7203,))
"""Multiplanar reformatting (DCM 113072)."""

MultipleFillingDefect: _Final[_Code] = _Code("DCM", "111426", "Multiple filling defect", (6057,))
"""Multiple filling defect (DCM 111426)."""

MultipleFixedSources: _Final[_Code] = _Code("DCM", "130138", "Multiple Fixed Sources", (9522,))
"""Multiple Fixed Sources (DCM 130138)."""

MultipleIntraductalPapillomas: _Final[_Code] = _Code(
    "DCM", "111285", "Multiple Intraductal Papillomas", (6031,)
)
"""Multiple Intraductal Papillomas (DCM 111285)."""

MultipleLADRegionInRAOProjection: _Final[_Code] = _Code(
    "DCM", "122468", "Multiple LAD Region in RAO Projection", (3461,)
)
"""Multiple LAD Region in RAO Projection (DCM 122468)."""

MultipleRCARegionInRAOProjection: _Final[_Code] = _Code(
    "DCM", "122469", "Multiple RCA Region in RAO Projection", (3461,)
)
"""Multiple RCA Region in RAO Projection (DCM 122469)."""

MultipleShotEPI: _Final[_Code] = _Code("DCM", "113227", "Multiple Shot EPI", (7260,))
"""Multiple Shot EPI (DCM 113227)."""

MultipleSlices: _Final[_Code] = _Code("DCM", "122562", "Multiple Slices", (3453,))
"""Multiple Slices (DCM 122562)."""

MultispectralProcessing: _Final[_Code] = _Code("DCM", "123108", "Multispectral Processing", (7162,))
"""Multispectral Processing (DCM 123108)."""

MusculoskeletalImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128009", "Musculoskeletal Imaging Specialty", (7449,)
)
"""Musculoskeletal Imaging Specialty (DCM 128009)."""

MusculoskeletalImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128728", "Musculoskeletal imaging subject matter", (7017,)
)
"""Musculoskeletal imaging subject matter (DCM 128728)."""

MusculoskeletalRadiology: _Final[_Code] = _Code(
    "DCM", "128175", "Musculoskeletal Radiology", (7030,)
)
"""Musculoskeletal Radiology (DCM 128175)."""

MyocardialBiopsy: _Final[_Code] = _Code("DCM", "122057", "Myocardial biopsy", (3406,))
"""Myocardial biopsy (DCM 122057)."""

MyocardialMidlayerMethod: _Final[_Code] = _Code(
    "DCM", "130685", "Myocardial Midlayer Method", (12310,)
)
"""Myocardial Midlayer Method (DCM 130685)."""

MüllerMethodPlanningForHipReplacement: _Final[_Code] = _Code(
    "DCM", "112344", "Müller Method Planning for Hip Replacement", (7320,)
)
"""Müller Method Planning for Hip Replacement (DCM 112344)."""

NASCET: _Final[_Code] = _Code("DCM", "122655", "NASCET", (3804,))
"""NASCET (DCM 122655)."""

NAcetylaspartateCholineRatio: _Final[_Code] = _Code(
    "DCM", "113083", "N-acetylaspartate/Choline Ratio", (4033,)
)
"""N-acetylaspartate/Choline Ratio (DCM 113083)."""

NAcetylaspartateCreatineRatio: _Final[_Code] = _Code(
    "DCM", "113082", "N-acetylaspartate/Creatine Ratio", (4033,)
)
"""N-acetylaspartate/Creatine Ratio (DCM 113082)."""

NEMAXR212000Phantom: _Final[_Code] = _Code("DCM", "113692", "NEMA XR21-2000 Phantom", (4052,))
"""NEMA XR21-2000 Phantom (DCM 113692)."""

NIH07: _Final[_Code] = _Code("DCM", "127271", "NIH07", (607,))
"""NIH07 (DCM 127271)."""

NIH31: _Final[_Code] = _Code("DCM", "127270", "NIH31", (607,))
"""NIH31 (DCM 127270)."""

NMMyocardialViabilityProcedure: _Final[_Code] = _Code(
    "DCM", "122785", "NM Myocardial Viability procedure", (3110,)
)
"""NM Myocardial Viability procedure (DCM 122785)."""

NMTransmissionAttenuationCorrection: _Final[_Code] = _Code(
    "DCM", "122727", "NM Transmission Attenuation Correction", (3112,)
)
"""NM Transmission Attenuation Correction (DCM 122727)."""

NNonDiagnosticSegments: _Final[_Code] = _Code(
    "DCM", "130732", "N - Non-diagnostic segments", (3022,)
)
"""N - Non-diagnostic segments (DCM 130732)."""

NNonDiagnosticStudy: _Final[_Code] = _Code("DCM", "130731", "N - Non-diagnostic study", (3020,))
"""N - Non-diagnostic study (DCM 130731)."""

NURBSRadiationTransportModel: _Final[_Code] = _Code(
    "DCM", "128424", "NURBS Radiation Transport Model", (10065,)
)
"""NURBS Radiation Transport Model (DCM 128424)."""

NanocolloidalAlbumin89Zr: _Final[_Code] = _Code(
    "DCM", "126753", "Nanocolloidal albumin ^89^Zr", (4021,)
)
"""Nanocolloidal albumin ^89^Zr (DCM 126753)."""

NasalCannula: _Final[_Code] = _Code("DCM", "127061", "Nasal cannula", (618,))
"""Nasal cannula (DCM 127061)."""

NationalKennelClub: _Final[_Code] = _Code("DCM", "109215", "National Kennel Club", (7481,))
"""National Kennel Club (DCM 109215)."""

NativePlaqueVolume: _Final[_Code] = _Code("DCM", "122375", "Native Plaque Volume", (3485,))
"""Native Plaque Volume (DCM 122375)."""

Nearline: _Final[_Code] = _Code("DCM", "NEARLINE", "Nearline", (50,))
"""Nearline (DCM NEARLINE)."""

NeckComponent: _Final[_Code] = _Code("DCM", "112314", "Neck Component", (7308,))
"""Neck Component (DCM 112314)."""

NecroticLipidicPlaque: _Final[_Code] = _Code("DCM", "122395", "Necrotic-Lipidic Plaque", (3495,))
"""Necrotic-Lipidic Plaque (DCM 122395)."""

NeedleGauge: _Final[_Code] = _Code("DCM", "111465", "Needle Gauge", (6095,))
"""Needle Gauge (DCM 111465)."""

NeedleLength: _Final[_Code] = _Code("DCM", "111467", "Needle Length", (6095,))
"""Needle Length (DCM 111467)."""

NeedleLocalizationAndBiopsy: _Final[_Code] = _Code(
    "DCM", "111144", "Needle localization and biopsy", (6029, 6061)
)
"""Needle localization and biopsy (DCM 111144)."""

NegativeDCE: _Final[_Code] = _Code("DCM", "130601", "Negative DCE", (6346,))
"""Negative DCE (DCM 130601)."""

NegativeEnhancementIntegral: _Final[_Code] = _Code(
    "DCM", "113054", "Negative enhancement integral", (7180,)
)
"""Negative enhancement integral (DCM 113054)."""

NegativeExponential: _Final[_Code] = _Code("DCM", "130252", "Negative exponential", (73,))
"""Negative exponential (DCM 130252)."""

NegativeInfinity: _Final[_Code] = _Code("DCM", "114001", "Negative Infinity", (43,))
"""Negative Infinity (DCM 114001)."""

NeighborhoodAnalysis: _Final[_Code] = _Code("DCM", "123101", "Neighborhood Analysis", (7162,))
"""Neighborhood Analysis (DCM 123101)."""

NetworkConfiguration: _Final[_Code] = _Code("DCM", "110128", "Network Configuration", (401, 403))
"""Network Configuration (DCM 110128)."""

NetworkEntry: _Final[_Code] = _Code("DCM", "110108", "Network Entry", (400,))
"""Network Entry (DCM 110108)."""

NeuroimagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128733", "Neuroimaging subject matter", (7017,)
)
"""Neuroimaging subject matter (DCM 128733)."""

NeurologySpecialty: _Final[_Code] = _Code("DCM", "128010", "Neurology Specialty", (7449,))
"""Neurology Specialty (DCM 128010)."""

NeurophysiologyAutomatedAnalysisAnnotations: _Final[_Code] = _Code(
    "DCM", "130869", "Neurophysiology Automated Analysis Annotations", (3048,)
)
"""Neurophysiology Automated Analysis Annotations (DCM 130869)."""

NeurophysiologyPostHocReviewAnnotations: _Final[_Code] = _Code(
    "DCM", "130868", "Neurophysiology Post-hoc Review Annotations", (3048,)
)
"""Neurophysiology Post-hoc Review Annotations (DCM 130868)."""

NeurophysiologyRecordingAnnotations: _Final[_Code] = _Code(
    "DCM", "130867", "Neurophysiology Recording Annotations", (3048,)
)
"""Neurophysiology Recording Annotations (DCM 130867)."""

NeuroradiologyImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128011", "Neuroradiology Imaging Specialty", (7449,)
)
"""Neuroradiology Imaging Specialty (DCM 128011)."""

NeutralMusculoskeletalPosition: _Final[_Code] = _Code(
    "DCM", "109136", "Neutral musculoskeletal position", (92,)
)
"""Neutral musculoskeletal position (DCM 109136)."""

NifeneF18: _Final[_Code] = _Code("DCM", "126714", "Nifene F^18^", (4021,))
"""Nifene F^18^ (DCM 126714)."""

NilPerOsNPOStatusConfirmed: _Final[_Code] = _Code(
    "DCM", "122006", "Nil Per Os (NPO) status confirmed", (3402,)
)
"""Nil Per Os (NPO) status confirmed (DCM 122006)."""

NippleDischargeCytology: _Final[_Code] = _Code(
    "DCM", "111564", "Nipple discharge cytology", (6083,)
)
"""Nipple discharge cytology (DCM 111564)."""

NippleNotInProfile: _Final[_Code] = _Code("DCM", "111205", "Nipple not in profile", (6041,))
"""Nipple not in profile (DCM 111205)."""

NippleRing: _Final[_Code] = _Code("DCM", "112177", "Nipple ring", (6404,))
"""Nipple ring (DCM 112177)."""

NoAbnormality: _Final[_Code] = _Code("DCM", "111286", "No abnormality", (6031,))
"""No abnormality (DCM 111286)."""

NoAlgorithmsSucceededWithoutFindings: _Final[_Code] = _Code(
    "DCM", "111245", "No algorithms succeeded; without findings", (6047,)
)
"""No algorithms succeeded; without findings (DCM 111245)."""

NoAttenuationCorrection: _Final[_Code] = _Code(
    "DCM", "122729", "No Attenuation Correction", (3112,)
)
"""No Attenuation Correction (DCM 122729)."""

NoComplications: _Final[_Code] = _Code("DCM", "111492", "No complications", (6062,))
"""No complications (DCM 111492)."""

NoCornealCompensation: _Final[_Code] = _Code("DCM", "111922", "No corneal compensation", (4261,))
"""No corneal compensation (DCM 111922)."""

NoCorrelationToClinicalFindings: _Final[_Code] = _Code(
    "DCM", "111387", "No correlation to clinical findings", (6158,)
)
"""No correlation to clinical findings (DCM 111387)."""

NoCorrelationToOtherImagingFindings: _Final[_Code] = _Code(
    "DCM", "111386", "No correlation to other imaging findings", (6158,)
)
"""No correlation to other imaging findings (DCM 111386)."""

NoEmptyTileSuppression: _Final[_Code] = _Code("DCM", "112721", "No empty tile suppression", (8133,))
"""No empty tile suppression (DCM 112721)."""

NoFamilyHistoryOfProstateCancer: _Final[_Code] = _Code(
    "DCM", "130587", "No family history of prostate cancer", (6322,)
)
"""No family history of prostate cancer (DCM 130587)."""

NoFilter: _Final[_Code] = _Code("DCM", "111609", "No filter", (4204, 8124, 10007))
"""No filter (DCM 111609)."""

NoGrid: _Final[_Code] = _Code("DCM", "111646", "No grid", (10017,))
"""No grid (DCM 111646)."""

NoImage: _Final[_Code] = _Code("DCM", "111213", "No image", (6041, 6135, 7011))
"""No image (DCM 111213)."""

NoKnownExposure: _Final[_Code] = _Code("DCM", "111587", "No known exposure", (6090,))
"""No known exposure (DCM 111587)."""

NoPosteriorAcousticFeatures: _Final[_Code] = _Code(
    "DCM", "111367", "No posterior acoustic features", (6155,)
)
"""No posterior acoustic features (DCM 111367)."""

NoRealignment: _Final[_Code] = _Code("DCM", "122477", "No Realignment", (3458,))
"""No Realignment (DCM 122477)."""

NoSubsequentWorkitems: _Final[_Code] = _Code("DCM", "110009", "No subsequent Workitems", (9231,))
"""No subsequent Workitems (DCM 110009)."""

NodeAuthentication: _Final[_Code] = _Code("DCM", "110126", "Node Authentication", (401, 403))
"""Node Authentication (DCM 110126)."""

NodeID: _Final[_Code] = _Code("DCM", "110182", "Node ID", (404,))
"""Node ID (DCM 110182)."""

NodularPattern: _Final[_Code] = _Code("DCM", "112067", "Nodular pattern", (6104, 6106))
"""Nodular pattern (DCM 112067)."""

NominalEmptyTileSuppression: _Final[_Code] = _Code(
    "DCM", "112719", "Nominal empty tile suppression", (8133,)
)
"""Nominal empty tile suppression (DCM 112719)."""

NominalImagingSourceLocation: _Final[_Code] = _Code(
    "DCM", "130789", "Nominal Imaging Source Location", (9261,)
)
"""Nominal Imaging Source Location (DCM 130789)."""

NominalRadiationSourceLocation: _Final[_Code] = _Code(
    "DCM", "130358", "Nominal Radiation Source Location", (9261, 9544)
)
"""Nominal Radiation Source Location (DCM 130358)."""

NonBloodyDischarge: _Final[_Code] = _Code(
    "DCM", "111478", "Non-bloody discharge (from nipple)", (6055,)
)
"""Non-bloody discharge (from nipple) (DCM 111478)."""

NonDiagnosticECG: _Final[_Code] = _Code("DCM", "122753", "Non-diagnostic ECG", (3677,))
"""Non-diagnostic ECG (DCM 122753)."""

NonDiagnosticLowHeartRate: _Final[_Code] = _Code(
    "DCM", "122750", "Non-diagnostic - low heart rate", (3231,)
)
"""Non-diagnostic - low heart rate (DCM 122750)."""

NonDiagnosticRestingSTAbnormalities: _Final[_Code] = _Code(
    "DCM", "122751", "Non-diagnostic - resting ST abnormalities", (3231,)
)
"""Non-diagnostic - resting ST abnormalities (DCM 122751)."""

NonDiagnosticVentricularPacingOrLBBB: _Final[_Code] = _Code(
    "DCM", "122752", "Non-diagnostic - ventricular pacing or LBBB", (3231,)
)
"""Non-diagnostic - ventricular pacing or LBBB (DCM 122752)."""

NonFlatteningFilterBeam: _Final[_Code] = _Code(
    "DCM", "130356", "Non-Flattening Filter Beam", (9549,)
)
"""Non-Flattening Filter Beam (DCM 130356)."""

NonFocalAbnormality: _Final[_Code] = _Code("DCM", "130592", "Non-focal abnormality", (6337,))
"""Non-focal abnormality (DCM 130592)."""

NonImagingDopplerUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "125251", "Non-imaging Doppler ultrasound transducer geometry", (12033,)
)
"""Non-imaging Doppler ultrasound transducer geometry (DCM 125251)."""

NonLesion: _Final[_Code] = _Code("DCM", "111102", "Non-lesion", (6014, 6101, 6201))
"""Non-lesion (DCM 111102)."""

NonLesionAtBaseline: _Final[_Code] = _Code("DCM", "112076", "Non-Lesion at Baseline", (6145,))
"""Non-Lesion at Baseline (DCM 112076)."""

NonSpecificVolume: _Final[_Code] = _Code("DCM", "130046", "Non-specific Volume", (9501, 9580))
"""Non-specific Volume (DCM 130046)."""

NonSynchronizedRoboticTreatment: _Final[_Code] = _Code(
    "DCM", "130140", "Non-Synchronized Robotic Treatment", (9523,)
)
"""Non-Synchronized Robotic Treatment (DCM 130140)."""

NonTargetLesionAtBaseline: _Final[_Code] = _Code(
    "DCM", "112075", "Non-Target Lesion at Baseline", (6145,)
)
"""Non-Target Lesion at Baseline (DCM 112075)."""

NonTargetLesionCompleteResponse: _Final[_Code] = _Code(
    "DCM", "112045", "Non-Target Lesion Complete Response", (6144,)
)
"""Non-Target Lesion Complete Response (DCM 112045)."""

NonTargetLesionIncompleteResponseOrStableDisease: _Final[_Code] = _Code(
    "DCM", "112046", "Non-Target Lesion Incomplete Response or Stable Disease", (6144,)
)
"""Non-Target Lesion Incomplete Response or Stable Disease (DCM 112046)."""

NonTargetLesionProgressiveDisease: _Final[_Code] = _Code(
    "DCM", "112047", "Non-Target Lesion Progressive Disease", (6144,)
)
"""Non-Target Lesion Progressive Disease (DCM 112047)."""

NonUterineLeiomyosarcoma: _Final[_Code] = _Code(
    "DCM", "130406", "Non-uterine leiomyosarcoma", (639,)
)
"""Non-uterine leiomyosarcoma (DCM 130406)."""

NormalAxillaryNode: _Final[_Code] = _Code("DCM", "111251", "Normal axillary node", (6031,))
"""Normal axillary node (DCM 111251)."""

NormalBreastTissue: _Final[_Code] = _Code("DCM", "111287", "Normal breast tissue", (6031, 6057))
"""Normal breast tissue (DCM 111287)."""

NormalImplants: _Final[_Code] = _Code("DCM", "111503", "Normal implants", (6072,))
"""Normal implants (DCM 111503)."""

NormalIntervalFollowUp: _Final[_Code] = _Code("DCM", "111140", "Normal interval follow-up", (6029,))
"""Normal interval follow-up (DCM 111140)."""

NormalMyocardium: _Final[_Code] = _Code("DCM", "122112", "Normal Myocardium", (3704,))
"""Normal Myocardium (DCM 122112)."""

NormalizationFactor: _Final[_Code] = _Code("DCM", "128522", "Normalization Factor", (10069,))
"""Normalization Factor (DCM 128522)."""

NorthAmericanPurebredDogRegistry: _Final[_Code] = _Code(
    "DCM", "109216", "North American Purebred Dog Registry", (7481,)
)
"""North American Purebred Dog Registry (DCM 109216)."""

NoseCone: _Final[_Code] = _Code("DCM", "127060", "Nose cone", (617,))
"""Nose cone (DCM 127060)."""

NotANumber: _Final[_Code] = _Code("DCM", "114000", "Not a number", (43,))
"""Not a number (DCM 114000)."""

NotAllAlgorithmsSucceededWithFindings: _Final[_Code] = _Code(
    "DCM", "111244", "Not all algorithms succeeded; with findings", (6047,)
)
"""Not all algorithms succeeded; with findings (DCM 111244)."""

NotAllAlgorithmsSucceededWithoutFindings: _Final[_Code] = _Code(
    "DCM", "111243", "Not all algorithms succeeded; without findings", (6047,)
)
"""Not all algorithms succeeded; without findings (DCM 111243)."""

NotAttempted: _Final[_Code] = _Code("DCM", "111225", "Not Attempted", (6042,))
"""Not Attempted (DCM 111225)."""

NotForPresentationRenderingDeviceExpectedNotToPresent: _Final[_Code] = _Code(
    "DCM", "111152", "Not for Presentation: Rendering device expected not to present", (6034,)
)
"""Not for Presentation: Rendering device expected not to present (DCM 111152)."""

NotOptimizedForTheDeviceInstance: _Final[_Code] = _Code(
    "DCM", "128620", "Not optimized for the device instance", (800,)
)
"""Not optimized for the device instance (DCM 128620)."""

NotParallel: _Final[_Code] = _Code("DCM", "111356", "Not parallel", (6152,))
"""Not parallel (DCM 111356)."""

NotSure: _Final[_Code] = _Code("DCM", "111399", "Not sure", (6164,))
"""Not sure (DCM 111399)."""

NotVisualized: _Final[_Code] = _Code("DCM", "122288", "Not visualized", (3703,))
"""Not visualized (DCM 122288)."""

NuclearMedicine: _Final[_Code] = _Code("DCM", "NM", "Nuclear Medicine", (29,))
"""Nuclear Medicine (DCM NM)."""

NuclearMedicineImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128735", "Nuclear medicine imaging subject matter", (7017,)
)
"""Nuclear medicine imaging subject matter (DCM 128735)."""

NuclearMedicineProjectionActivity: _Final[_Code] = _Code(
    "DCM", "110820", "Nuclear Medicine Projection Activity", (7180,)
)
"""Nuclear Medicine Projection Activity (DCM 110820)."""

NuclearMedicineTomographicActivity: _Final[_Code] = _Code(
    "DCM", "110821", "Nuclear Medicine Tomographic Activity", (7180,)
)
"""Nuclear Medicine Tomographic Activity (DCM 110821)."""

NumericalAcousticModel: _Final[_Code] = _Code("DCM", "130822", "Numerical Acoustic Model", (11005,))
"""Numerical Acoustic Model (DCM 130822)."""

NursingNote: _Final[_Code] = _Code("DCM", "121172", "Nursing Note", (3401,))
"""Nursing Note (DCM 121172)."""

NursingUnitCancel: _Final[_Code] = _Code("DCM", "110511", "Nursing unit cancel", (9301,))
"""Nursing unit cancel (DCM 110511)."""

O10: _Final[_Code] = _Code("DCM", "130717", "O10", (3030,))
"""O10 (DCM 130717)."""

O9: _Final[_Code] = _Code("DCM", "130716", "O9", (3030,))
"""O9 (DCM 130716)."""

OBGYNUltrasoundProcedureReport: _Final[_Code] = _Code(
    "DCM", "125000", "OB-GYN Ultrasound Procedure Report", (12024,)
)
"""OB-GYN Ultrasound Procedure Report (DCM 125000)."""

OBGynImagingSpecialty: _Final[_Code] = _Code("DCM", "128012", "OB/Gyn Imaging Specialty", (7449,))
"""OB/Gyn Imaging Specialty (DCM 128012)."""

OCTAAmplitudeDecorrelation: _Final[_Code] = _Code(
    "DCM", "128252", "OCT-A amplitude decorrelation", (4270,)
)
"""OCT-A amplitude decorrelation (DCM 128252)."""

OCTAComplexVariance: _Final[_Code] = _Code("DCM", "128253", "OCT-A complex variance", (4270,))
"""OCT-A complex variance (DCM 128253)."""

OCTACorrelationMapping: _Final[_Code] = _Code("DCM", "128255", "OCT-A correlation mapping", (4270,))
"""OCT-A correlation mapping (DCM 128255)."""

OCTAOneSidedRatio_128304: _Final[_Code] = _Code(
    "DCM", "128304", "OCT-A one-sided ratio (lesser)", (4270,)
)
"""OCT-A one-sided ratio (lesser) (DCM 128304)."""

OCTAOneSidedRatio_128305: _Final[_Code] = _Code(
    "DCM", "128305", "OCT-A one-sided ratio (greater)", (4270,)
)
"""OCT-A one-sided ratio (greater) (DCM 128305)."""

OCTASpeckleVariance: _Final[_Code] = _Code("DCM", "128254", "OCT-A speckle variance", (4270,))
"""OCT-A speckle variance (DCM 128254)."""

OCTBScanAnalysis: _Final[_Code] = _Code("DCM", "128303", "OCT B-scan analysis", (7203,))
"""OCT B-scan analysis (DCM 128303)."""

OIQPattern: _Final[_Code] = _Code("DCM", "109901", "OIQ Pattern", (8301,))
"""OIQ Pattern (DCM 109901)."""

OLED: _Final[_Code] = _Code("DCM", "109994", "OLED", (8303,))
"""OLED (DCM 109994)."""

OLINDAEXM: _Final[_Code] = _Code("DCM", "113527", "OLINDA-EXM", (10040,))
"""OLINDA-EXM (DCM 113527)."""

OSEMAlgorithm: _Final[_Code] = _Code("DCM", "122720", "OSEM algorithm", (3117,))
"""OSEM algorithm (DCM 122720)."""

OSLD: _Final[_Code] = _Code("DCM", "128706", "OSLD", (7026, 7027))
"""OSLD (DCM 128706)."""

Obinituzimab89Zr: _Final[_Code] = _Code("DCM", "126721", "Obinituzimab ^89^Zr", (4021,))
"""Obinituzimab ^89^Zr (DCM 126721)."""

ObjectRemoved: _Final[_Code] = _Code("DCM", "122307", "Object removed", (3412,))
"""Object removed (DCM 122307)."""

ObjectSecurityAttributesChanged: _Final[_Code] = _Code(
    "DCM", "110135", "Object Security Attributes Changed", (401, 403)
)
"""Object Security Attributes Changed (DCM 110135)."""

ObjectSetIncomplete: _Final[_Code] = _Code("DCM", "110523", "Object Set incomplete", (9302, 9303))
"""Object Set incomplete (DCM 110523)."""

ObjectTypesNotSupported: _Final[_Code] = _Code(
    "DCM", "110522", "Object Types not supported", (9302,)
)
"""Object Types not supported (DCM 110522)."""

ObjectsIncorrectlyFormatted: _Final[_Code] = _Code(
    "DCM", "110521", "Objects incorrectly formatted", (9302,)
)
"""Objects incorrectly formatted (DCM 110521)."""

ObliqueIllumination: _Final[_Code] = _Code("DCM", "111746", "Oblique illumination", (8123,))
"""Oblique illumination (DCM 111746)."""

ObservationByExaminer: _Final[_Code] = _Code("DCM", "111846", "Observation by Examiner", (4253,))
"""Observation by Examiner (DCM 111846)."""

Ocaratuzumab89Zr: _Final[_Code] = _Code("DCM", "126723", "Ocaratuzumab ^89^Zr", (4021,))
"""Ocaratuzumab ^89^Zr (DCM 126723)."""

OccultCarcinomaPresentingWithAxillaryLymphNodeMetastases: _Final[_Code] = _Code(
    "DCM", "111322", "Occult carcinoma presenting with axillary lymph node metastases", (6033,)
)
"""Occult carcinoma presenting with axillary lymph node metastases (DCM 111322)."""

OcularFixationLight: _Final[_Code] = _Code("DCM", "130649", "Ocular Fixation Light", (9575,))
"""Ocular Fixation Light (DCM 130649)."""

OcularGazeSetupMethod: _Final[_Code] = _Code("DCM", "130635", "Ocular Gaze Setup Method", (9571,))
"""Ocular Gaze Setup Method (DCM 130635)."""

OfInterest: _Final[_Code] = _Code("DCM", "113000", "Of Interest", (7010,))
"""Of Interest (DCM 113000)."""

OfficeCalled: _Final[_Code] = _Code("DCM", "122045", "Office called", (3404,))
"""Office called (DCM 122045)."""

Offline: _Final[_Code] = _Code("DCM", "OFFLINE", "Offline", (50,))
"""Offline (DCM OFFLINE)."""

OffsetFactor: _Final[_Code] = _Code("DCM", "128523", "Offset Factor", (10069,))
"""Offset Factor (DCM 128523)."""

OilCyst: _Final[_Code] = _Code("DCM", "111290", "Oil cyst (fat necrosis cyst)", (6031,))
"""Oil cyst (fat necrosis cyst) (DCM 111290)."""

OldFilmsForComparison: _Final[_Code] = _Code("DCM", "111138", "Old films for comparison", (6029,))
"""Old films for comparison (DCM 111138)."""

Oligemia: _Final[_Code] = _Code("DCM", "112060", "Oligemia", (6108,))
"""Oligemia (DCM 112060)."""

Olsen: _Final[_Code] = _Code("DCM", "111765", "Olsen", (4236,))
"""Olsen (DCM 111765)."""

OnAdmissionToUnit: _Final[_Code] = _Code("DCM", "109120", "On admission to unit", (31,))
"""On admission to unit (DCM 109120)."""

OnDischarge: _Final[_Code] = _Code("DCM", "109121", "On discharge", (31,))
"""On discharge (DCM 109121)."""

OnDischargeFromUnit: _Final[_Code] = _Code("DCM", "109122", "On discharge from unit", (31,))
"""On discharge from unit (DCM 109122)."""

OncologicImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128013", "Oncologic Imaging Specialty", (7449,)
)
"""Oncologic Imaging Specialty (DCM 128013)."""

OncologyMeasurementReport: _Final[_Code] = _Code(
    "DCM", "126001", "Oncology Measurement Report", (7021,)
)
"""Oncology Measurement Report (DCM 126001)."""

OncologySpecialty: _Final[_Code] = _Code("DCM", "128014", "Oncology Specialty", (7449,))
"""Oncology Specialty (DCM 128014)."""

Online: _Final[_Code] = _Code("DCM", "ONLINE", "Online", (50,))
"""Online (DCM ONLINE)."""

OnsetOfExercise: _Final[_Code] = _Code("DCM", "125236", "Onset of exercise", (12031,))
"""Onset of exercise (DCM 125236)."""

OnsetOfStimulation: _Final[_Code] = _Code("DCM", "125238", "Onset of stimulation", (12031,))
"""Onset of stimulation (DCM 125238)."""

Opacity: _Final[_Code] = _Code("DCM", "112001", "Opacity", (6104,))
"""Opacity (DCM 112001)."""

OperatorError: _Final[_Code] = _Code("DCM", "110519", "Operator Error", (4221, 9561))
"""Operator Error (DCM 110519)."""

OperatorNarrative: _Final[_Code] = _Code("DCM", "109111", "Operator's narrative", (3000,))
"""Operator's narrative (DCM 109111)."""

OphthalmicAxialMeasurements: _Final[_Code] = _Code(
    "DCM", "OAM", "Ophthalmic Axial Measurements", (29,)
)
"""Ophthalmic Axial Measurements (DCM OAM)."""

OphthalmicMapping: _Final[_Code] = _Code("DCM", "OPM", "Ophthalmic Mapping", (29,))
"""Ophthalmic Mapping (DCM OPM)."""

OphthalmicPhotography: _Final[_Code] = _Code("DCM", "OP", "Ophthalmic Photography", (29,))
"""Ophthalmic Photography (DCM OP)."""

OphthalmicTomography: _Final[_Code] = _Code("DCM", "OPT", "Ophthalmic Tomography", (29,))
"""Ophthalmic Tomography (DCM OPT)."""

OphthalmicTomographyBScanVolumeAnalysis: _Final[_Code] = _Code(
    "DCM", "OPTBSV", "Ophthalmic Tomography B-scan Volume Analysis", (29,)
)
"""Ophthalmic Tomography B-scan Volume Analysis (DCM OPTBSV)."""

OphthalmicTomographyEnFace: _Final[_Code] = _Code(
    "DCM", "OPTENF", "Ophthalmic Tomography En Face", (29,)
)
"""Ophthalmic Tomography En Face (DCM OPTENF)."""

OphthalmicVisualField: _Final[_Code] = _Code("DCM", "OPV", "Ophthalmic Visual Field", (29,))
"""Ophthalmic Visual Field (DCM OPV)."""

OpticalCoherenceTomography: _Final[_Code] = _Code(
    "DCM", "OCT", "Optical Coherence Tomography", (29,)
)
"""Optical Coherence Tomography (DCM OCT)."""

OpticalDistanceMeter: _Final[_Code] = _Code("DCM", "130642", "Optical Distance Meter", (9575,))
"""Optical Distance Meter (DCM 130642)."""

OpticalFixationMeasurements: _Final[_Code] = _Code(
    "DCM", "111856", "Optical Fixation Measurements", (4257,)
)
"""Optical Fixation Measurements (DCM 111856)."""

OpticalSurfaceScanner: _Final[_Code] = _Code("DCM", "OSS", "Optical Surface Scanner", (29, 9575))
"""Optical Surface Scanner (DCM OSS)."""

OptimizedForTheDeviceInstance: _Final[_Code] = _Code(
    "DCM", "128608", "Optimized for the device instance", (800,)
)
"""Optimized for the device instance (DCM 128608)."""

OrderRecord: _Final[_Code] = _Code("DCM", "110109", "Order Record", (400,))
"""Order Record (DCM 110109)."""

OrganAtRisk: _Final[_Code] = _Code("DCM", "130060", "Organ At Risk", (9535,))
"""Organ At Risk (DCM 130060)."""

OrthogonalLocationArc: _Final[_Code] = _Code("DCM", "113669", "Orthogonal location arc", (6166,))
"""Orthogonal location arc (DCM 113669)."""

OrthogonalLocationArcInnerMargin: _Final[_Code] = _Code(
    "DCM", "113670", "Orthogonal location arc inner margin", (6166,)
)
"""Orthogonal location arc inner margin (DCM 113670)."""

OrthogonalLocationArcOuterMargin: _Final[_Code] = _Code(
    "DCM", "113671", "Orthogonal location arc outer margin", (6166,)
)
"""Orthogonal location arc outer margin (DCM 113671)."""

Osseous: _Final[_Code] = _Code("DCM", "112053", "Osseous", (6100,))
"""Osseous (DCM 112053)."""

Other: _Final[_Code] = _Code("DCM", "OT", "Other", (32,))
"""Other (DCM OT)."""

OtherFailure: _Final[_Code] = _Code("DCM", "111220", "Other failure", (6041, 6135, 7011))
"""Other failure (DCM 111220)."""

OtherImageOfBiplanePair: _Final[_Code] = _Code(
    "DCM", "121314", "Other image of biplane pair", (7201,)
)
"""Other image of biplane pair (DCM 121314)."""

OtherImageOfStereoscopicPair: _Final[_Code] = _Code(
    "DCM", "121315", "Other image of stereoscopic pair", (7201,)
)
"""Other image of stereoscopic pair (DCM 121315)."""

OtherMalignancyType: _Final[_Code] = _Code("DCM", "111390", "Other malignancy type", (6159,))
"""Other malignancy type (DCM 111390)."""

OtherMarker: _Final[_Code] = _Code("DCM", "111175", "Other Marker", (6401,))
"""Other Marker (DCM 111175)."""

OtherPartialViews: _Final[_Code] = _Code("DCM", "121313", "Other partial views", (7201,))
"""Other partial views (DCM 121313)."""

OtherSex: _Final[_Code] = _Code("DCM", "121102", "Other sex", (7455,))
"""Other sex (DCM 121102)."""

OutOfToleranceInterlock: _Final[_Code] = _Code(
    "DCM", "130743", "Out of Tolerance Interlock", (9568,)
)
"""Out of Tolerance Interlock (DCM 130743)."""

OuterLimitsOfFuzzyMargin: _Final[_Code] = _Code(
    "DCM", "113663", "Outer limits of fuzzy margin", (6166,)
)
"""Outer limits of fuzzy margin (DCM 113663)."""

OuterRetinaStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128272", "Outer retina structural reflectance map", (4271,)
)
"""Outer retina structural reflectance map (DCM 128272)."""

OuterRetinaVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128271", "Outer retina vasculature flow", (4271,)
)
"""Outer retina vasculature flow (DCM 128271)."""

OuterSurfaceOfGCL: _Final[_Code] = _Code("DCM", "128290", "Outer surface of GCL", (4273,))
"""Outer surface of GCL (DCM 128290)."""

OuterSurfaceOfHFL: _Final[_Code] = _Code("DCM", "128294", "Outer surface of HFL", (4273,))
"""Outer surface of HFL (DCM 128294)."""

OuterSurfaceOfINL: _Final[_Code] = _Code("DCM", "128292", "Outer surface of INL", (4273,))
"""Outer surface of INL (DCM 128292)."""

OuterSurfaceOfIPL: _Final[_Code] = _Code("DCM", "128291", "Outer surface of IPL", (4273,))
"""Outer surface of IPL (DCM 128291)."""

OuterSurfaceOfOPL: _Final[_Code] = _Code("DCM", "128293", "Outer surface of OPL", (4273,))
"""Outer surface of OPL (DCM 128293)."""

OuterSurfaceOfRNFL: _Final[_Code] = _Code("DCM", "128289", "Outer surface of RNFL", (4273,))
"""Outer surface of RNFL (DCM 128289)."""

OuterSurfaceOfTheBM: _Final[_Code] = _Code("DCM", "128300", "Outer surface of the BM", (4273,))
"""Outer surface of the BM (DCM 128300)."""

OuterSurfaceOfTheCC: _Final[_Code] = _Code("DCM", "128302", "Outer surface of the CC", (4273,))
"""Outer surface of the CC (DCM 128302)."""

Outline: _Final[_Code] = _Code("DCM", "111041", "Outline", (219,))
"""Outline (DCM 111041)."""

OutlineOfLobulations: _Final[_Code] = _Code("DCM", "113661", "Outline of lobulations", (6166,))
"""Outline of lobulations (DCM 113661)."""

OutlineOfSpiculations: _Final[_Code] = _Code("DCM", "113664", "Outline of spiculations", (6166,))
"""Outline of spiculations (DCM 113664)."""

OutsideNormalLimits: _Final[_Code] = _Code("DCM", "111847", "Outside normal limits", (4254,))
"""Outside normal limits (DCM 111847)."""

OutsideOperationalLimitsOfTheDevice: _Final[_Code] = _Code(
    "DCM", "128619", "Outside operational limits of the device", (800,)
)
"""Outside operational limits of the device (DCM 128619)."""

OverExposed: _Final[_Code] = _Code("DCM", "111212", "Over exposed", (6041, 6135, 7011))
"""Over exposed (DCM 111212)."""

OverallAssessment: _Final[_Code] = _Code("DCM", "111413", "Overall Assessment", (6052, 6053))
"""Overall Assessment (DCM 111413)."""

OverallImageQualityEvaluation: _Final[_Code] = _Code(
    "DCM", "109701", "Overall image quality evaluation", (8300,)
)
"""Overall image quality evaluation (DCM 109701)."""

OverallImpressionRecommendationAnalysis: _Final[_Code] = _Code(
    "DCM", "111234", "Overall Impression/Recommendation Analysis", (6043,)
)
"""Overall Impression/Recommendation Analysis (DCM 111234)."""

Overflow: _Final[_Code] = _Code("DCM", "114005", "Overflow", (43,))
"""Overflow (DCM 114005)."""

OxygenAdministrationByVentilator: _Final[_Code] = _Code(
    "DCM", "121163", "Oxygen Administration by ventilator", (3531,)
)
"""Oxygen Administration by ventilator (DCM 121163)."""

OxygenExtractionFraction: _Final[_Code] = _Code(
    "DCM", "126392", "Oxygen Extraction Fraction", (4108,)
)
"""Oxygen Extraction Fraction (DCM 126392)."""

PAPLeakPressure: _Final[_Code] = _Code("DCM", "130423", "PAP Leak Pressure", (3005,))
"""PAP Leak Pressure (DCM 130423)."""

PAPPressure: _Final[_Code] = _Code("DCM", "130422", "PAP Pressure", (3005,))
"""PAP Pressure (DCM 130422)."""

PAPTidalVolume: _Final[_Code] = _Code("DCM", "130424", "PAP Tidal Volume", (3005,))
"""PAP Tidal Volume (DCM 130424)."""

PAS: _Final[_Code] = _Code("DCM", "113237", "PAS", (7261,))
"""PAS (DCM 113237)."""

PETMeasurementReport: _Final[_Code] = _Code("DCM", "126003", "PET Measurement Report", (7021,))
"""PET Measurement Report (DCM 126003)."""

PETMyocardialPerfusionRestAndStress: _Final[_Code] = _Code(
    "DCM", "122793", "PET Myocardial Perfusion, Rest and Stress", (3106,)
)
"""PET Myocardial Perfusion, Rest and Stress (DCM 122793)."""

PETMyocardialPerfusionRestOnly: _Final[_Code] = _Code(
    "DCM", "122791", "PET Myocardial Perfusion, Rest only", (3106,)
)
"""PET Myocardial Perfusion, Rest only (DCM 122791)."""

PETMyocardialPerfusionStressOnly: _Final[_Code] = _Code(
    "DCM", "122792", "PET Myocardial Perfusion, Stress only", (3106,)
)
"""PET Myocardial Perfusion, Stress only (DCM 122792)."""

PETMyocardialViabilityRestAndStress: _Final[_Code] = _Code(
    "DCM", "122797", "PET Myocardial Viability, Rest and Stress", (3106,)
)
"""PET Myocardial Viability, Rest and Stress (DCM 122797)."""

PETMyocardialViabilityRestOnly: _Final[_Code] = _Code(
    "DCM", "122795", "PET Myocardial Viability, Rest only", (3106,)
)
"""PET Myocardial Viability, Rest only (DCM 122795)."""

PETMyocardialViabilityStressOnly: _Final[_Code] = _Code(
    "DCM", "122796", "PET Myocardial Viability, Stress only", (3106,)
)
"""PET Myocardial Viability, Stress only (DCM 122796)."""

PGreaterThan5Percent: _Final[_Code] = _Code("DCM", "111935", "p>5%", (4265,))
"""p>5% (DCM 111935)."""

PIRADS2Point0ProstateMRIAcquisitionRequirements: _Final[_Code] = _Code(
    "DCM", "130607", "PI-RADS 2.0 prostate MRI acquisition requirements", (6353,)
)
"""PI-RADS 2.0 prostate MRI acquisition requirements (DCM 130607)."""

PIRADS2Point1ProstateMRIAcquisitionRequirements: _Final[_Code] = _Code(
    "DCM", "130608", "PI-RADS 2.1 prostate MRI acquisition requirements", (6353,)
)
"""PI-RADS 2.1 prostate MRI acquisition requirements (DCM 130608)."""

PIRADSV2Point0: _Final[_Code] = _Code("DCM", "130564", "PI-RADS v2.0", (6310,))
"""PI-RADS v2.0 (DCM 130564)."""

PIRADSV2Point1: _Final[_Code] = _Code("DCM", "130565", "PI-RADS v2.1", (6310,))
"""PI-RADS v2.1 (DCM 130565)."""

PISARadius: _Final[_Code] = _Code("DCM", "125331", "PISA Radius", (12304,))
"""PISA Radius (DCM 125331)."""

PLesserThan0Point5Percent: _Final[_Code] = _Code("DCM", "111939", "p<0.5%", (4265,))
"""p<0.5% (DCM 111939)."""

PLesserThan1Percent: _Final[_Code] = _Code("DCM", "111938", "p<1%", (4265,))
"""p<1% (DCM 111938)."""

PLesserThan2Percent: _Final[_Code] = _Code("DCM", "111937", "p<2%", (4265,))
"""p<2% (DCM 111937)."""

PLesserThan5Percent: _Final[_Code] = _Code("DCM", "111936", "p<5%", (4265,))
"""p<5% (DCM 111936)."""

PO10: _Final[_Code] = _Code("DCM", "130715", "PO10", (3030,))
"""PO10 (DCM 130715)."""

PO9: _Final[_Code] = _Code("DCM", "130714", "PO9", (3030,))
"""PO9 (DCM 130714)."""

PSMA1007F18: _Final[_Code] = _Code("DCM", "126758", "PSMA-1007 F^18^", (4021,))
"""PSMA-1007 F^18^ (DCM 126758)."""

PSMA617Ga68: _Final[_Code] = _Code("DCM", "126759", "PSMA-617 Ga^68^", (4021,))
"""PSMA-617 Ga^68^ (DCM 126759)."""

PTVNodal: _Final[_Code] = _Code("DCM", "130053", "PTV Nodal", (9534,))
"""PTV Nodal (DCM 130053)."""

PTVPrimary: _Final[_Code] = _Code("DCM", "130054", "PTV Primary", (9534,))
"""PTV Primary (DCM 130054)."""

PWave: _Final[_Code] = _Code("DCM", "109041", "P wave", (3339,))
"""P wave (DCM 109041)."""

Paced: _Final[_Code] = _Code("DCM", "109083", "Paced", (3104,))
"""Paced (DCM 109083)."""

PacingElectricalStimulusVoltage: _Final[_Code] = _Code(
    "DCM", "109009", "Pacing (electrical) stimulus, voltage", (3240,)
)
"""Pacing (electrical) stimulus, voltage (DCM 109009)."""

PackageInsert: _Final[_Code] = _Code("DCM", "113528", "Package Insert", (10040,))
"""Package Insert (DCM 113528)."""

PageSentTo: _Final[_Code] = _Code("DCM", "122043", "Page Sent To", (3404,))
"""Page Sent To (DCM 122043)."""

PalpationGuided: _Final[_Code] = _Code("DCM", "111489", "Palpation guided", (6060,))
"""Palpation guided (DCM 111489)."""

PancreaticStent: _Final[_Code] = _Code("DCM", "112176", "Pancreatic stent", (6203, 6404))
"""Pancreatic stent (DCM 112176)."""

Panitumumab89Zr: _Final[_Code] = _Code("DCM", "126736", "Panitumumab ^89^Zr", (4021,))
"""Panitumumab ^89^Zr (DCM 126736)."""

PanoramicXRay: _Final[_Code] = _Code("DCM", "PX", "Panoramic X-Ray", (29,))
"""Panoramic X-Ray (DCM PX)."""

PaperBasedBedding: _Final[_Code] = _Code("DCM", "127233", "Paper-based bedding", (605,))
"""Paper-based bedding (DCM 127233)."""

PaperDigitized: _Final[_Code] = _Code("DCM", "110023", "Paper Digitized", (7008,))
"""Paper Digitized (DCM 110023)."""

PaperDocument: _Final[_Code] = _Code("DCM", "110038", "Paper Document", (405,))
"""Paper Document (DCM 110038)."""

PapillaryMuscleExcluded: _Final[_Code] = _Code(
    "DCM", "122620", "Papillary Muscle Excluded", (3821,)
)
"""Papillary Muscle Excluded (DCM 122620)."""

PapillaryMuscleIncluded: _Final[_Code] = _Code(
    "DCM", "122621", "Papillary Muscle Included", (3821,)
)
"""Papillary Muscle Included (DCM 122621)."""

Parallel: _Final[_Code] = _Code("DCM", "111355", "Parallel", (6152,))
"""Parallel (DCM 111355)."""

ParallelGrid: _Final[_Code] = _Code("DCM", "111644", "Parallel grid", (10017,))
"""Parallel grid (DCM 111644)."""

ParallelImaging: _Final[_Code] = _Code("DCM", "113228", "Parallel Imaging", (7260,))
"""Parallel Imaging (DCM 113228)."""

Parallelepiped: _Final[_Code] = _Code("DCM", "122566", "Parallelepiped", (3453,))
"""Parallelepiped (DCM 122566)."""

ParaspinalLine: _Final[_Code] = _Code("DCM", "112091", "Paraspinal line", (6148,))
"""Paraspinal line (DCM 112091)."""

ParenchymalBand: _Final[_Code] = _Code("DCM", "112112", "Parenchymal band", (6103,))
"""Parenchymal band (DCM 112112)."""

PartialFlatteningFilterBeam: _Final[_Code] = _Code(
    "DCM", "130357", "Partial Flattening Filter Beam", (9549,)
)
"""Partial Flattening Filter Beam (DCM 130357)."""

PartialRenderingForPresentation: _Final[_Code] = _Code(
    "DCM", "121333", "Partial Rendering for Presentation", (7006,)
)
"""Partial Rendering for Presentation (DCM 121333)."""

PartialReport: _Final[_Code] = _Code("DCM", "121363", "Partial report", (7009,))
"""Partial report (DCM 121363)."""

PartiallyEncapsulated: _Final[_Code] = _Code("DCM", "130593", "Partially encapsulated", (6342,))
"""Partially encapsulated (DCM 130593)."""

PartiallySucceeded: _Final[_Code] = _Code("DCM", "111223", "Partially Succeeded", (6042,))
"""Partially Succeeded (DCM 111223)."""

ParticleDisplacementMethod: _Final[_Code] = _Code(
    "DCM", "130756", "Particle Displacement Method", (12324,)
)
"""Particle Displacement Method (DCM 130756)."""

ParticleVelocityMethod: _Final[_Code] = _Code("DCM", "130757", "Particle Velocity Method", (12324,))
"""Particle Velocity Method (DCM 130757)."""

PatencyTestInjection: _Final[_Code] = _Code("DCM", "130247", "Patency Test Injection", (72,))
"""Patency Test Injection (DCM 130247)."""

PathLength: _Final[_Code] = _Code("DCM", "121211", "Path length", (7470,))
"""Path length (DCM 121211)."""

Patient: _Final[_Code] = _Code("DCM", "121025", "Patient", (271, 272, 7450))
"""Patient (DCM 121025)."""

PatientAPDimension: _Final[_Code] = _Code("DCM", "128408", "Patient AP Dimension", (10069,))
"""Patient AP Dimension (DCM 128408)."""

PatientAdmittedToProcedureRoom: _Final[_Code] = _Code(
    "DCM", "122002", "Patient admitted to procedure room", (3402,)
)
"""Patient admitted to procedure room (DCM 122002)."""

PatientAdvanceDirectiveGiven: _Final[_Code] = _Code(
    "DCM", "122005", "Patient advance directive given", (3402,)
)
"""Patient advance directive given (DCM 122005)."""

PatientAlert: _Final[_Code] = _Code("DCM", "122025", "Patient alert", (3402,))
"""Patient alert (DCM 122025)."""

PatientAlignmentProcedure: _Final[_Code] = _Code(
    "DCM", "130638", "Patient Alignment Procedure", (9577,)
)
"""Patient Alignment Procedure (DCM 130638)."""

PatientAllergicToMediaContrast: _Final[_Code] = _Code(
    "DCM", "110503", "Patient allergic to media/contrast", (64, 9301)
)
"""Patient allergic to media/contrast (DCM 110503)."""

PatientAnatomyModel: _Final[_Code] = _Code("DCM", "130067", "Patient Anatomy Model", (9507,))
"""Patient Anatomy Model (DCM 130067)."""

PatientAsleep: _Final[_Code] = _Code("DCM", "122028", "Patient asleep", (3402,))
"""Patient asleep (DCM 122028)."""

PatientAssistedToTable: _Final[_Code] = _Code("DCM", "122007", "Patient assisted to table", (3402,))
"""Patient assisted to table (DCM 122007)."""

PatientAttachedDoseControlObject: _Final[_Code] = _Code(
    "DCM", "130405", "Patient-Attached Dose Control Object", (9580,)
)
"""Patient-Attached Dose Control Object (DCM 130405)."""

PatientCalledToProcedureRoom: _Final[_Code] = _Code(
    "DCM", "122001", "Patient called to procedure room", (3402,)
)
"""Patient called to procedure room (DCM 122001)."""

PatientClearanceInterlock: _Final[_Code] = _Code(
    "DCM", "130741", "Patient Clearance Interlock", (9568,)
)
"""Patient Clearance Interlock (DCM 130741)."""

PatientConditionPreventedContinuing: _Final[_Code] = _Code(
    "DCM", "110515", "Patient condition prevented continuing", (60, 9301, 9561)
)
"""Patient condition prevented continuing (DCM 110515)."""

PatientConnectedToContinuousMonitoring: _Final[_Code] = _Code(
    "DCM", "122009", "Patient connected to continuous monitoring", (3402,)
)
"""Patient connected to continuous monitoring (DCM 122009)."""

PatientConsciousness: _Final[_Code] = _Code("DCM", "130865", "Patient Consciousness", (3047,))
"""Patient Consciousness (DCM 130865)."""

PatientCoordinateSystemOrigin: _Final[_Code] = _Code(
    "DCM", "130540", "Patient Coordinate System Origin", (10074,)
)
"""Patient Coordinate System Origin (DCM 130540)."""

PatientCoughed: _Final[_Code] = _Code("DCM", "122031", "Patient coughed", (3402,))
"""Patient coughed (DCM 122031)."""

PatientDidNotArrive: _Final[_Code] = _Code("DCM", "110507", "Patient did not arrive", (9301,))
"""Patient did not arrive (DCM 110507)."""

PatientDied: _Final[_Code] = _Code("DCM", "110504", "Patient died", (9301, 9303, 9561))
"""Patient died (DCM 110504)."""

PatientDischargedFromDepartment: _Final[_Code] = _Code(
    "DCM", "122037", "Patient discharged from department", (3402,)
)
"""Patient discharged from department (DCM 122037)."""

PatientDisconnectedFromContinuousMonitoring: _Final[_Code] = _Code(
    "DCM", "122032", "Patient disconnected from continuous monitoring", (3402,)
)
"""Patient disconnected from continuous monitoring (DCM 122032)."""

PatientDisoriented: _Final[_Code] = _Code("DCM", "122020", "Patient disoriented", (3402,))
"""Patient disoriented (DCM 122020)."""

PatientDistractionDevice: _Final[_Code] = _Code(
    "DCM", "130651", "Patient Distraction Device", (9578,)
)
"""Patient Distraction Device (DCM 130651)."""

PatientElevation: _Final[_Code] = _Code("DCM", "130412", "Patient elevation", (3034,))
"""Patient elevation (DCM 130412)."""

PatientFixationProcedure: _Final[_Code] = _Code(
    "DCM", "130637", "Patient Fixation Procedure", (9577,)
)
"""Patient Fixation Procedure (DCM 130637)."""

PatientGivenPostProcedureInstruction: _Final[_Code] = _Code(
    "DCM", "122036", "Patient given post-procedure instruction", (3402,)
)
"""Patient given post-procedure instruction (DCM 122036)."""

PatientGivenPreProcedureInstruction: _Final[_Code] = _Code(
    "DCM", "122003", "Patient given pre-procedure instruction", (3402,)
)
"""Patient given pre-procedure instruction (DCM 122003)."""

PatientHasRespiratoryDifficulty: _Final[_Code] = _Code(
    "DCM", "122030", "Patient has respiratory difficulty", (3402,)
)
"""Patient has respiratory difficulty (DCM 122030)."""

PatientInformedConsentGiven: _Final[_Code] = _Code(
    "DCM", "122004", "Patient informed consent given", (3402,)
)
"""Patient informed consent given (DCM 122004)."""

PatientLateralDimension: _Final[_Code] = _Code(
    "DCM", "128409", "Patient Lateral Dimension", (10069,)
)
"""Patient Lateral Dimension (DCM 128409)."""

PatientMotion: _Final[_Code] = _Code("DCM", "128553", "Patient motion", (10034,))
"""Patient motion (DCM 128553)."""

PatientMotionInterlock: _Final[_Code] = _Code("DCM", "130479", "Patient Motion Interlock", (9568,))
"""Patient Motion Interlock (DCM 130479)."""

PatientMotionManagementSetupProcedure: _Final[_Code] = _Code(
    "DCM", "130639", "Patient Motion Management Setup Procedure", (9577,)
)
"""Patient Motion Management Setup Procedure (DCM 130639)."""

PatientMovement: _Final[_Code] = _Code("DCM", "110518", "Patient Movement", (4221, 9561))
"""Patient Movement (DCM 110518)."""

PatientPosition: _Final[_Code] = _Code("DCM", "130410", "Patient position", (3034,))
"""Patient position (DCM 130410)."""

PatientPregnant: _Final[_Code] = _Code("DCM", "110508", "Patient pregnant", (9301,))
"""Patient pregnant (DCM 110508)."""

PatientPreppedAndDraped: _Final[_Code] = _Code(
    "DCM", "122008", "Patient prepped and draped", (3402,)
)
"""Patient prepped and draped (DCM 122008)."""

PatientPronouncedDead: _Final[_Code] = _Code("DCM", "122038", "Patient pronounced dead", (3402,))
"""Patient pronounced dead (DCM 122038)."""

PatientRecord: _Final[_Code] = _Code("DCM", "110110", "Patient Record", (400,))
"""Patient Record (DCM 110110)."""

PatientRefusedToContinueProcedure: _Final[_Code] = _Code(
    "DCM", "110505", "Patient refused to continue procedure", (9301, 9561)
)
"""Patient refused to continue procedure (DCM 110505)."""

PatientReportsChestPain: _Final[_Code] = _Code(
    "DCM", "122023", "Patient reports chest pain", (3402,)
)
"""Patient reports chest pain (DCM 122023)."""

PatientReportsDiscomfort: _Final[_Code] = _Code(
    "DCM", "122022", "Patient reports discomfort", (3402,)
)
"""Patient reports discomfort (DCM 122022)."""

PatientReportsNausea: _Final[_Code] = _Code("DCM", "122021", "Patient reports nausea", (3402,))
"""Patient reports nausea (DCM 122021)."""

PatientReportsNoPain: _Final[_Code] = _Code("DCM", "122024", "Patient reports no pain", (3402,))
"""Patient reports no pain (DCM 122024)."""

PatientRepositioned: _Final[_Code] = _Code("DCM", "130455", "Patient Repositioned", (9563,))
"""Patient Repositioned (DCM 130455)."""

PatientRestless: _Final[_Code] = _Code("DCM", "122026", "Patient restless", (3402,))
"""Patient restless (DCM 122026)."""

PatientRotationLongitudinal: _Final[_Code] = _Code(
    "DCM", "130411", "Patient rotation longitudinal", (3034,)
)
"""Patient rotation longitudinal (DCM 130411)."""

PatientSedated: _Final[_Code] = _Code("DCM", "122027", "Patient sedated", (3402,))
"""Patient sedated (DCM 122027)."""

PatientSegmentedModel: _Final[_Code] = _Code("DCM", "128494", "Patient Segmented Model", (10064,))
"""Patient Segmented Model (DCM 128494)."""

PatientSetupPoint: _Final[_Code] = _Code("DCM", "130069", "Patient Setup Point", (9504, 9574))
"""Patient Setup Point (DCM 130069)."""

PatientSetupVerificationInputUsed: _Final[_Code] = _Code(
    "DCM", "128217", "Patient Setup Verification Input Used", (7025,)
)
"""Patient Setup Verification Input Used (DCM 128217)."""

PatientSetupVerificationResult: _Final[_Code] = _Code(
    "DCM", "128191", "Patient Setup Verification Result", (7023,)
)
"""Patient Setup Verification Result (DCM 128191)."""

PatientShieldingProcedure: _Final[_Code] = _Code(
    "DCM", "130636", "Patient Shielding Procedure", (9577,)
)
"""Patient Shielding Procedure (DCM 130636)."""

PatientStatusOrEvent: _Final[_Code] = _Code("DCM", "121123", "Patient Status or Event", (3401,))
"""Patient Status or Event (DCM 121123)."""

PatientSupport: _Final[_Code] = _Code("DCM", "128492", "Patient Support", (10066,))
"""Patient Support (DCM 128492)."""

PatientSupportOrigin: _Final[_Code] = _Code("DCM", "130538", "Patient Support Origin", (10074,))
"""Patient Support Origin (DCM 130538)."""

PatientTakenForTreatmentOrSurgery: _Final[_Code] = _Code(
    "DCM", "110506", "Patient taken for treatment or surgery", (9301,)
)
"""Patient taken for treatment or surgery (DCM 110506)."""

PatientTransferredToCCU: _Final[_Code] = _Code(
    "DCM", "122012", "Patient transferred to CCU", (3402,)
)
"""Patient transferred to CCU (DCM 122012)."""

PatientTransferredToHoldingArea: _Final[_Code] = _Code(
    "DCM", "122010", "Patient transferred to holding area", (3402,)
)
"""Patient transferred to holding area (DCM 122010)."""

PatientTransferredToMorgue: _Final[_Code] = _Code(
    "DCM", "122039", "Patient transferred to morgue", (3402,)
)
"""Patient transferred to morgue (DCM 122039)."""

PatientTransferredToSurgery: _Final[_Code] = _Code(
    "DCM", "122011", "Patient transferred to surgery", (3402,)
)
"""Patient transferred to surgery (DCM 122011)."""

PatientUnresponsive: _Final[_Code] = _Code("DCM", "122029", "Patient unresponsive", (3402,))
"""Patient unresponsive (DCM 122029)."""

PatientWeightExceedsEquipmentLimit: _Final[_Code] = _Code(
    "DCM", "122764", "Patient weight exceeds equipment limit", (3205,)
)
"""Patient weight exceeds equipment limit (DCM 122764)."""

PatternEvent: _Final[_Code] = _Code("DCM", "130860", "Pattern Event", (3047,))
"""Pattern Event (DCM 130860)."""

PatternProjection: _Final[_Code] = _Code("DCM", "114204", "Pattern projection", (8201,))
"""Pattern projection (DCM 114204)."""

PeakBloodPressure: _Final[_Code] = _Code("DCM", "125329", "Peak Blood Pressure", (12304,))
"""Peak Blood Pressure (DCM 125329)."""

PeakLongitudinalLagrangianStrain: _Final[_Code] = _Code(
    "DCM", "130671", "Peak Longitudinal Lagrangian Strain", (12311,)
)
"""Peak Longitudinal Lagrangian Strain (DCM 130671)."""

PeakOfThermalCardiacOutputBolus: _Final[_Code] = _Code(
    "DCM", "109028", "Peak of thermal cardiac output bolus", (3337,)
)
"""Peak of thermal cardiac output bolus (DCM 109028)."""

PeakTissueVelocity: _Final[_Code] = _Code("DCM", "125330", "Peak Tissue Velocity", (12304,))
"""Peak Tissue Velocity (DCM 125330)."""

PeakValueWithinROI: _Final[_Code] = _Code("DCM", "126031", "Peak Value Within ROI", (7464,))
"""Peak Value Within ROI (DCM 126031)."""

PediatricCardiacUltrasoundReport: _Final[_Code] = _Code(
    "DCM", "125195", "Pediatric Cardiac Ultrasound Report", (7000, 12245)
)
"""Pediatric Cardiac Ultrasound Report (DCM 125195)."""

PediatricImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128016", "Pediatric Imaging Specialty", (7449,)
)
"""Pediatric Imaging Specialty (DCM 128016)."""

PediatricImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128737", "Pediatric imaging subject matter", (7017,)
)
"""Pediatric imaging subject matter (DCM 128737)."""

PediatricRadiology: _Final[_Code] = _Code("DCM", "128177", "Pediatric Radiology", (7030,))
"""Pediatric Radiology (DCM 128177)."""

Pegdinetanib89Zr: _Final[_Code] = _Code("DCM", "126728", "Pegdinetanib ^89^Zr", (4021,))
"""Pegdinetanib ^89^Zr (DCM 126728)."""

PercentFibroglandularTissue: _Final[_Code] = _Code(
    "DCM", "111046", "Percent Fibroglandular Tissue", (10069,)
)
"""Percent Fibroglandular Tissue (DCM 111046)."""

PercentageOfVascularCalcification: _Final[_Code] = _Code(
    "DCM", "112198", "Percentage of Vascular Calcification", (6142,)
)
"""Percentage of Vascular Calcification (DCM 112198)."""

PercentileRankingOfMeasurement: _Final[_Code] = _Code(
    "DCM", "121415", "Percentile Ranking of measurement", (227,)
)
"""Percentile Ranking of measurement (DCM 121415)."""

PercutaneousCoronaryIntervention: _Final[_Code] = _Code(
    "DCM", "122061", "Percutaneous Coronary Intervention", (3739,)
)
"""Percutaneous Coronary Intervention (DCM 122061)."""

PercutaneousSiliconeInjection: _Final[_Code] = _Code(
    "DCM", "111483", "Percutaneous silicone injection", (6059,)
)
"""Percutaneous silicone injection (DCM 111483)."""

Perfluorocarbon: _Final[_Code] = _Code("DCM", "130605", "Perfluorocarbon", (6350,))
"""Perfluorocarbon (DCM 130605)."""

PerformanceOfCTForDetectionOfPulmonaryEmbolismInAdults: _Final[_Code] = _Code(
    "DCM", "112185", "Performance of CT for Detection of Pulmonary Embolism in Adults", (6136,)
)
"""Performance of CT for Detection of Pulmonary Embolism in Adults (DCM 112185)."""

PerformanceOfHighResolutionCTOfTheLungsInAdults: _Final[_Code] = _Code(
    "DCM", "112186", "Performance of High-Resolution CT of the Lungs in Adults", (6136,)
)
"""Performance of High-Resolution CT of the Lungs in Adults (DCM 112186)."""

PerformanceOfPediatricAndAdultChestRadiographyACR: _Final[_Code] = _Code(
    "DCM", "112035", "Performance of Pediatric and Adult Chest Radiography, ACR", (6136,)
)
"""Performance of Pediatric and Adult Chest Radiography, ACR (DCM 112035)."""

PerformanceOfPediatricAndAdultThoracicCT: _Final[_Code] = _Code(
    "DCM", "112184", "Performance of Pediatric and Adult Thoracic CT", (6136,)
)
"""Performance of Pediatric and Adult Thoracic CT (DCM 112184)."""

PerformedProcedureStep: _Final[_Code] = _Code(
    "DCM", "113016", "Performed Procedure Step", (7012, 10000)
)
"""Performed Procedure Step (DCM 113016)."""

PerformedProcedureStepSOPInstanceUID: _Final[_Code] = _Code(
    "DCM", "121126", "Performed Procedure Step SOP Instance UID", (10001,)
)
"""Performed Procedure Step SOP Instance UID (DCM 121126)."""

Performing: _Final[_Code] = _Code("DCM", "121094", "Performing", (7453,))
"""Performing (DCM 121094)."""

Perfusion: _Final[_Code] = _Code("DCM", "110831", "Perfusion", (7180, 11006))
"""Perfusion (DCM 110831)."""

PerfusionAnalysisByArterialSpinLabelingMRTechnique: _Final[_Code] = _Code(
    "DCM", "126302", "Perfusion analysis by Arterial Spin Labeling MR technique", (4102,)
)
"""Perfusion analysis by Arterial Spin Labeling MR technique (DCM 126302)."""

PerfusionAnalysisByIVIodinatedContrastCTTechnique: _Final[_Code] = _Code(
    "DCM", "126301", "Perfusion analysis by IV Iodinated Contrast CT technique", (4102,)
)
"""Perfusion analysis by IV Iodinated Contrast CT technique (DCM 126301)."""

PerfusionAnalysisByStableXenonCTTechnique: _Final[_Code] = _Code(
    "DCM", "126300", "Perfusion analysis by Stable Xenon CT technique", (4102,)
)
"""Perfusion analysis by Stable Xenon CT technique (DCM 126300)."""

PerfusionAnalysisBySusceptibilityMRTechnique: _Final[_Code] = _Code(
    "DCM", "126303", "Perfusion analysis by Susceptibility MR technique", (4102,)
)
"""Perfusion analysis by Susceptibility MR technique (DCM 126303)."""

PerfusionImageAnalysis: _Final[_Code] = _Code("DCM", "129104", "Perfusion image analysis", (7203,))
"""Perfusion image analysis (DCM 129104)."""

PeriOperativePhotographicImaging: _Final[_Code] = _Code(
    "DCM", "112700", "Peri-operative Photographic Imaging", (8131,)
)
"""Peri-operative Photographic Imaging (DCM 112700)."""

PerilesionalWhiteMatter: _Final[_Code] = _Code(
    "DCM", "110706", "Perilesional White Matter", (7710,)
)
"""Perilesional White Matter (DCM 110706)."""

PeripheralDuctPapillomas: _Final[_Code] = _Code(
    "DCM", "111299", "Peripheral duct papillomas", (6032,)
)
"""Peripheral duct papillomas (DCM 111299)."""

PeripheralInferior: _Final[_Code] = _Code("DCM", "111916", "Peripheral-inferior", (4207,))
"""Peripheral-inferior (DCM 111916)."""

PeripheralInferiorNasal: _Final[_Code] = _Code(
    "DCM", "111917", "Peripheral-inferior nasal", (4207,)
)
"""Peripheral-inferior nasal (DCM 111917)."""

PeripheralInferiorTemporal: _Final[_Code] = _Code(
    "DCM", "111915", "Peripheral-inferior temporal", (4207,)
)
"""Peripheral-inferior temporal (DCM 111915)."""

PeripheralNasal: _Final[_Code] = _Code("DCM", "111918", "Peripheral-nasal", (4207,))
"""Peripheral-nasal (DCM 111918)."""

PeripheralSuperior: _Final[_Code] = _Code("DCM", "111912", "Peripheral-superior", (4207,))
"""Peripheral-superior (DCM 111912)."""

PeripheralSuperiorNasal: _Final[_Code] = _Code(
    "DCM", "111919", "Peripheral-superior nasal", (4207,)
)
"""Peripheral-superior nasal (DCM 111919)."""

PeripheralSuperiorTemporal: _Final[_Code] = _Code(
    "DCM", "111913", "Peripheral-superior temporal", (4207,)
)
"""Peripheral-superior temporal (DCM 111913)."""

PeripheralTemporal: _Final[_Code] = _Code("DCM", "111914", "Peripheral-temporal", (4207,))
"""Peripheral-temporal (DCM 111914)."""

PersistentDelayedPhaseType1Curve: _Final[_Code] = _Code(
    "DCM", "130597", "Persistent delayed phase: Type 1 curve", (6346,)
)
"""Persistent delayed phase: Type 1 curve (DCM 130597)."""

Person: _Final[_Code] = _Code("DCM", "121006", "Person", (270,))
"""Person (DCM 121006)."""

PersonalBreastCancerHistory: _Final[_Code] = _Code(
    "DCM", "111550", "Personal breast cancer history", (6081,)
)
"""Personal breast cancer history (DCM 111550)."""

PersonalHistoryOfBreastCancerWithBreastConservationTherapy: _Final[_Code] = _Code(
    "DCM", "111421", "Personal history of breast cancer with breast conservation therapy", (6051,)
)
"""Personal history of breast cancer with breast conservation therapy (DCM 111421)."""

PersonalHistoryOfBreastCancerWithMastectomy: _Final[_Code] = _Code(
    "DCM", "111124", "Personal history of breast cancer with mastectomy", (6051,)
)
"""Personal history of breast cancer with mastectomy (DCM 111124)."""

PersonnelArrived: _Final[_Code] = _Code("DCM", "122041", "Personnel Arrived", (3404,))
"""Personnel Arrived (DCM 122041)."""

PersonnelDeparted: _Final[_Code] = _Code("DCM", "122042", "Personnel Departed", (3404,))
"""Personnel Departed (DCM 122042)."""

PhantomTumor: _Final[_Code] = _Code("DCM", "112123", "Phantom tumor (pseudotumor)", (6104,))
"""Phantom tumor (pseudotumor) (DCM 112123)."""

PhaseContrastIllumination: _Final[_Code] = _Code(
    "DCM", "111747", "Phase contrast illumination", (8123,)
)
"""Phase contrast illumination (DCM 111747)."""

PhasedBeamSteering: _Final[_Code] = _Code("DCM", "125259", "Phased beam steering", (12034,))
"""Phased beam steering (DCM 125259)."""

Phonocardiogram: _Final[_Code] = _Code("DCM", "109114", "Phonocardiogram", (3000,))
"""Phonocardiogram (DCM 109114)."""

Photoacoustic: _Final[_Code] = _Code("DCM", "PA", "Photoacoustic", (29,))
"""Photoacoustic (DCM PA)."""

PhotogrammetricImaging3DCAMModel: _Final[_Code] = _Code(
    "DCM", "129020", "Photogrammetric Imaging 3D CAM model", (7061,)
)
"""Photogrammetric Imaging 3D CAM model (DCM 129020)."""

PhotonEnergy: _Final[_Code] = _Code("DCM", "110857", "Photon Energy", (7182,))
"""Photon Energy (DCM 110857)."""

PhotonFixedAperture: _Final[_Code] = _Code("DCM", "130344", "Photon Fixed Aperture", (9545,))
"""Photon Fixed Aperture (DCM 130344)."""

PhotopicLight: _Final[_Code] = _Code("DCM", "111629", "Photopic light", (4203,))
"""Photopic light (DCM 111629)."""

PhysicalCompensator: _Final[_Code] = _Code("DCM", "130340", "Physical Compensator", (9542,))
"""Physical Compensator (DCM 130340)."""

PhysicalExaminationResults: _Final[_Code] = _Code(
    "DCM", "111423", "Physical Examination Results", (6052, 6053)
)
"""Physical Examination Results (DCM 111423)."""

PhysicianNote: _Final[_Code] = _Code("DCM", "121173", "Physician Note", (3401,))
"""Physician Note (DCM 121173)."""

PhysicianReviewInputUsed: _Final[_Code] = _Code(
    "DCM", "128213", "Physician Review Input Used", (7025,)
)
"""Physician Review Input Used (DCM 128213)."""

PhysicistReviewInputUsed: _Final[_Code] = _Code(
    "DCM", "128214", "Physicist Review Input Used", (7025,)
)
"""Physicist Review Input Used (DCM 128214)."""

PhysicsAssistant: _Final[_Code] = _Code("DCM", "128678", "Physics Assistant", (9555, 9562))
"""Physics Assistant (DCM 128678)."""

PhysiologicalAudioSignal: _Final[_Code] = _Code(
    "DCM", "109115", "Physiological audio signal", (3000,)
)
"""Physiological audio signal (DCM 109115)."""

PiezocompositeTransducer: _Final[_Code] = _Code(
    "DCM", "130815", "Piezocomposite Transducer", (11003,)
)
"""Piezocomposite Transducer (DCM 130815)."""

PinatuzumabVedotin89Zr: _Final[_Code] = _Code(
    "DCM", "126725", "Pinatuzumab vedotin ^89^Zr", (4021,)
)
"""Pinatuzumab vedotin ^89^Zr (DCM 126725)."""

PineChipBedding: _Final[_Code] = _Code("DCM", "127234", "Pine chip bedding", (605,))
"""Pine chip bedding (DCM 127234)."""

PineShavingBedding: _Final[_Code] = _Code("DCM", "127235", "Pine shaving bedding", (605,))
"""Pine shaving bedding (DCM 127235)."""

Pinning: _Final[_Code] = _Code("DCM", "112318", "Pinning", (7310,))
"""Pinning (DCM 112318)."""

PittsburghCompoundBC11: _Final[_Code] = _Code(
    "DCM", "126500", "Pittsburgh compound B C^11^", (4021,)
)
"""Pittsburgh compound B C^11^ (DCM 126500)."""

PixelByPixelAddition: _Final[_Code] = _Code("DCM", "113042", "Pixel by pixel addition", (7203,))
"""Pixel by pixel addition (DCM 113042)."""

PixelByPixelDivision: _Final[_Code] = _Code("DCM", "113046", "Pixel by pixel division", (7203,))
"""Pixel by pixel division (DCM 113046)."""

PixelByPixelMask: _Final[_Code] = _Code("DCM", "113047", "Pixel by pixel mask", (7203,))
"""Pixel by pixel mask (DCM 113047)."""

PixelByPixelMaximum: _Final[_Code] = _Code("DCM", "113048", "Pixel by pixel Maximum", (7203,))
"""Pixel by pixel Maximum (DCM 113048)."""

PixelByPixelMean: _Final[_Code] = _Code("DCM", "113049", "Pixel by pixel mean", (7203,))
"""Pixel by pixel mean (DCM 113049)."""

PixelByPixelMinimum: _Final[_Code] = _Code("DCM", "113051", "Pixel by pixel Minimum", (7203,))
"""Pixel by pixel Minimum (DCM 113051)."""

PixelByPixelMultiplication: _Final[_Code] = _Code(
    "DCM", "113053", "Pixel by pixel multiplication", (7203,)
)
"""Pixel by pixel multiplication (DCM 113053)."""

PixelByPixelSubtraction: _Final[_Code] = _Code(
    "DCM", "113062", "Pixel by pixel subtraction", (7203,)
)
"""Pixel by pixel subtraction (DCM 113062)."""

PixelFaultsEvaluation: _Final[_Code] = _Code("DCM", "109706", "Pixel faults evaluation", (8300,))
"""Pixel faults evaluation (DCM 109706)."""

PixelatedSpiculations: _Final[_Code] = _Code("DCM", "113666", "Pixelated spiculations", (6166,))
"""Pixelated spiculations (DCM 113666)."""

Plan: _Final[_Code] = _Code("DCM", "PLAN", "Plan", (32,))
"""Plan (DCM PLAN)."""

PlanComparisonInputUsed: _Final[_Code] = _Code(
    "DCM", "128220", "Plan Comparison Input Used", (7010,)
)
"""Plan Comparison Input Used (DCM 128220)."""

PlanQualityAssuranceInputUsed: _Final[_Code] = _Code(
    "DCM", "128215", "Plan Quality Assurance Input Used", (7025,)
)
"""Plan Quality Assurance Input Used (DCM 128215)."""

PlanarMatrixUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "130808", "Planar matrix ultrasound transducer geometry", (12033,)
)
"""Planar matrix ultrasound transducer geometry (DCM 130808)."""

PlaneA: _Final[_Code] = _Code("DCM", "113620", "Plane A", (10003,))
"""Plane A (DCM 113620)."""

PlaneB: _Final[_Code] = _Code("DCM", "113621", "Plane B", (10003,))
"""Plane B (DCM 113621)."""

PlaneScanPattern: _Final[_Code] = _Code("DCM", "125241", "Plane scan pattern", (12032,))
"""Plane scan pattern (DCM 125241)."""

PlaneThroughAnteriorExtent: _Final[_Code] = _Code(
    "DCM", "128128", "Plane through Anterior Extent", (1010,)
)
"""Plane through Anterior Extent (DCM 128128)."""

PlaneThroughCenter: _Final[_Code] = _Code("DCM", "128130", "Plane through Center", (1010,))
"""Plane through Center (DCM 128130)."""

PlaneThroughDistalExtent: _Final[_Code] = _Code(
    "DCM", "128123", "Plane through Distal Extent", (1010,)
)
"""Plane through Distal Extent (DCM 128123)."""

PlaneThroughInferiorExtent: _Final[_Code] = _Code(
    "DCM", "128121", "Plane through Inferior Extent", (1010,)
)
"""Plane through Inferior Extent (DCM 128121)."""

PlaneThroughLateralExtent: _Final[_Code] = _Code(
    "DCM", "128125", "Plane through Lateral Extent", (1010,)
)
"""Plane through Lateral Extent (DCM 128125)."""

PlaneThroughLeftmostExtent: _Final[_Code] = _Code(
    "DCM", "128126", "Plane through Leftmost Extent", (1010,)
)
"""Plane through Leftmost Extent (DCM 128126)."""

PlaneThroughMedialExtent: _Final[_Code] = _Code(
    "DCM", "128124", "Plane through Medial Extent", (1010,)
)
"""Plane through Medial Extent (DCM 128124)."""

PlaneThroughPosteriorExtent: _Final[_Code] = _Code(
    "DCM", "128129", "Plane through Posterior Extent", (1010,)
)
"""Plane through Posterior Extent (DCM 128129)."""

PlaneThroughProximalExtent: _Final[_Code] = _Code(
    "DCM", "128122", "Plane through Proximal Extent", (1010,)
)
"""Plane through Proximal Extent (DCM 128122)."""

PlaneThroughRightmostExtent: _Final[_Code] = _Code(
    "DCM", "128127", "Plane through Rightmost Extent", (1010,)
)
"""Plane through Rightmost Extent (DCM 128127)."""

PlaneThroughSuperiorExtent: _Final[_Code] = _Code(
    "DCM", "128120", "Plane through Superior Extent", (1010,)
)
"""Plane through Superior Extent (DCM 128120)."""

Planimetry: _Final[_Code] = _Code("DCM", "125220", "Planimetry", (12229,))
"""Planimetry (DCM 125220)."""

PlanningIntent: _Final[_Code] = _Code("DCM", "129013", "Planning Intent", (7064,))
"""Planning Intent (DCM 129013)."""

PlanningOrganAtRiskVolume: _Final[_Code] = _Code(
    "DCM", "130057", "Planning Organ At Risk Volume", (9535,)
)
"""Planning Organ At Risk Volume (DCM 130057)."""

PlaquePlusMediaCrossSectionalArea: _Final[_Code] = _Code(
    "DCM", "122334", "Plaque plus Media Cross-Sectional Area", (3482,)
)
"""Plaque plus Media Cross-Sectional Area (DCM 122334)."""

PlaquePlusMediaEccentricityIndex: _Final[_Code] = _Code(
    "DCM", "122344", "Plaque plus Media Eccentricity Index", (3484,)
)
"""Plaque plus Media Eccentricity Index (DCM 122344)."""

PlaquePlusMediaThickness: _Final[_Code] = _Code(
    "DCM", "122331", "Plaque Plus Media Thickness", (3481,)
)
"""Plaque Plus Media Thickness (DCM 122331)."""

PlaqueRupture: _Final[_Code] = _Code("DCM", "122363", "Plaque Rupture", (3491,))
"""Plaque Rupture (DCM 122363)."""

PlasmaDisplay: _Final[_Code] = _Code("DCM", "109993", "Plasma Display", (8303,))
"""Plasma Display (DCM 109993)."""

PlateauDelayedPhaseType2Curve: _Final[_Code] = _Code(
    "DCM", "130598", "Plateau delayed phase: Type 2 curve", (6346,)
)
"""Plateau delayed phase: Type 2 curve (DCM 130598)."""

Pleonemia: _Final[_Code] = _Code("DCM", "112081", "Pleonemia", (6108,))
"""Pleonemia (DCM 112081)."""

PointCloudAlgorithmic: _Final[_Code] = _Code("DCM", "114208", "Point Cloud Algorithmic", (8201,))
"""Point Cloud Algorithmic (DCM 114208)."""

PointShearWaveElastography: _Final[_Code] = _Code(
    "DCM", "130616", "Point Shear Wave Elastography", (12224,)
)
"""Point Shear Wave Elastography (DCM 130616)."""

PolarToRectangularScanConversion: _Final[_Code] = _Code(
    "DCM", "113093", "Polar to Rectangular Scan Conversion", (7203,)
)
"""Polar to Rectangular Scan Conversion (DCM 113093)."""

PolatuzumabVedotin89Zr: _Final[_Code] = _Code(
    "DCM", "126726", "Polatuzumab vedotin ^89^Zr", (4021,)
)
"""Polatuzumab vedotin ^89^Zr (DCM 126726)."""

PolypStalkWidth: _Final[_Code] = _Code("DCM", "112232", "Polyp stalk width", (6212,))
"""Polyp stalk width (DCM 112232)."""

PolyurethaneImplant: _Final[_Code] = _Code("DCM", "111482", "Polyurethane implant", (6059,))
"""Polyurethane implant (DCM 111482)."""

PoorContrastTiming: _Final[_Code] = _Code("DCM", "130579", "Poor contrast timing", (6317,))
"""Poor contrast timing (DCM 130579)."""

PoorFOVSelection: _Final[_Code] = _Code("DCM", "130577", "Poor FOV selection", (6315,))
"""Poor FOV selection (DCM 130577)."""

PoorImageQuality: _Final[_Code] = _Code("DCM", "122742", "Poor image quality", (3114,))
"""Poor image quality (DCM 122742)."""

PoorSNR: _Final[_Code] = _Code("DCM", "130578", "Poor SNR", (6315,))
"""Poor SNR (DCM 130578)."""

PoorlyDemarcated: _Final[_Code] = _Code("DCM", "112141", "Poorly demarcated", (6120,))
"""Poorly demarcated (DCM 112141)."""

PopulationAveragedAIF: _Final[_Code] = _Code("DCM", "126361", "Population Averaged AIF", (4103,))
"""Population Averaged AIF (DCM 126361)."""

PortableMediaImporterEquipment: _Final[_Code] = _Code(
    "DCM", "MEDIM", "Portable Media Importer Equipment", (7005,)
)
"""Portable Media Importer Equipment (DCM MEDIM)."""

Portacath: _Final[_Code] = _Code("DCM", "112172", "Portacath", (6404,))
"""Portacath (DCM 112172)."""

PositionSensor: _Final[_Code] = _Code("DCM", "POS", "Position Sensor", (29,))
"""Position Sensor (DCM POS)."""

Positioning: _Final[_Code] = _Code("DCM", "111209", "Positioning", (4222, 6041, 6135, 7011))
"""Positioning (DCM 111209)."""

PositiveDCE: _Final[_Code] = _Code("DCM", "130600", "Positive DCE", (6346,))
"""Positive DCE (DCM 130600)."""

PositiveInfinity: _Final[_Code] = _Code("DCM", "114002", "Positive Infinity", (43,))
"""Positive Infinity (DCM 114002)."""

PositronEmissionTomography: _Final[_Code] = _Code(
    "DCM", "PT", "Positron emission tomography", (29,)
)
"""Positron emission tomography (DCM PT)."""

PostHyperventilation: _Final[_Code] = _Code("DCM", "130415", "Post-hyperventilation", (3038,))
"""Post-hyperventilation (DCM 130415)."""

PostIntervention: _Final[_Code] = _Code("DCM", "109124", "Post-intervention", (31,))
"""Post-intervention (DCM 109124)."""

PostMenopausalPatient: _Final[_Code] = _Code("DCM", "111554", "Post menopausal patient", (6081,))
"""Post menopausal patient (DCM 111554)."""

PostProcedureMammogramsForMarkerPlacement: _Final[_Code] = _Code(
    "DCM", "111120", "Post Procedure Mammograms for Marker Placement", (6026,)
)
"""Post Procedure Mammograms for Marker Placement (DCM 111120)."""

PostReductionMammoplasty: _Final[_Code] = _Code(
    "DCM", "111291", "Post reduction mammoplasty", (6031,)
)
"""Post reduction mammoplasty (DCM 111291)."""

PostVoiding: _Final[_Code] = _Code("DCM", "109135", "Post voiding", (91, 9272))
"""Post voiding (DCM 109135)."""

PosteriorCorneaSurfaceMeasurementMethod: _Final[_Code] = _Code(
    "DCM", "111759", "Posterior Cornea Surface Measurement Method", (4242,)
)
"""Posterior Cornea Surface Measurement Method (DCM 111759)."""

PosteriorEnhancement: _Final[_Code] = _Code("DCM", "111368", "Posterior enhancement", (6155,))
"""Posterior enhancement (DCM 111368)."""

PosteriorFirst: _Final[_Code] = _Code("DCM", "126832", "posterior first", (21,))
"""posterior first (DCM 126832)."""

PosteriorJunctionLine: _Final[_Code] = _Code("DCM", "112089", "Posterior junction line", (6112,))
"""Posterior junction line (DCM 112089)."""

PosteriorLens: _Final[_Code] = _Code("DCM", "111779", "Posterior Lens", (4233,))
"""Posterior Lens (DCM 111779)."""

PosteriorShadowing: _Final[_Code] = _Code("DCM", "111369", "Posterior shadowing", (6155,))
"""Posterior shadowing (DCM 111369)."""

PosteriorSurfaceOfTheRPE: _Final[_Code] = _Code(
    "DCM", "128299", "Posterior surface of the RPE", (4273,)
)
"""Posterior surface of the RPE (DCM 128299)."""

PosteriorToAnterior: _Final[_Code] = _Code("DCM", "110871", "Posterior To Anterior", (7185,))
"""Posterior To Anterior (DCM 110871)."""

PosteriorTrachealStripe: _Final[_Code] = _Code(
    "DCM", "112092", "Posterior tracheal stripe", (6148,)
)
"""Posterior tracheal stripe (DCM 112092)."""

Posttreatment: _Final[_Code] = _Code("DCM", "126074", "Posttreatment", (6146,))
"""Posttreatment (DCM 126074)."""

PreBiopsyLocalizationOfProstateLesion: _Final[_Code] = _Code(
    "DCM", "130588", "Pre-biopsy localization of prostate lesion", (6327,)
)
"""Pre-biopsy localization of prostate lesion (DCM 130588)."""

PreEjectionPeriod: _Final[_Code] = _Code("DCM", "125321", "Pre-ejection Period", (12307,))
"""Pre-ejection Period (DCM 125321)."""

PreHeatedPad: _Final[_Code] = _Code("DCM", "127254", "Pre-heated pad", (635,))
"""Pre-heated pad (DCM 127254)."""

PreIntervention: _Final[_Code] = _Code("DCM", "109123", "Pre-intervention", (31,))
"""Pre-intervention (DCM 109123)."""

PreMedication: _Final[_Code] = _Code("DCM", "123012", "Pre-Medication", (76,))
"""Pre-Medication (DCM 123012)."""

PrePectoralImplant: _Final[_Code] = _Code("DCM", "111485", "Pre-pectoral implant", (6059,))
"""Pre-pectoral implant (DCM 111485)."""

PrePlanningResult: _Final[_Code] = _Code("DCM", "128184", "Pre-Planning Result", (7023,))
"""Pre-Planning Result (DCM 128184)."""

PreProcedureLog: _Final[_Code] = _Code("DCM", "122072", "Pre-procedure log", (3407,))
"""Pre-procedure log (DCM 122072)."""

PreSurgicalAnatomy: _Final[_Code] = _Code("DCM", "130833", "Pre-surgical anatomy", (9272,))
"""Pre-surgical anatomy (DCM 130833)."""

PreamplifierConnected: _Final[_Code] = _Code("DCM", "130889", "Preamplifier connected", (3039,))
"""Preamplifier connected (DCM 130889)."""

PreamplifierDisconnected: _Final[_Code] = _Code(
    "DCM", "130890", "Preamplifier disconnected", (3039,)
)
"""Preamplifier disconnected (DCM 130890)."""

PredecessorContainingGroupOfImagingSubjects: _Final[_Code] = _Code(
    "DCM", "113130", "Predecessor containing group of imaging subjects", (7202,)
)
"""Predecessor containing group of imaging subjects (DCM 113130)."""

PreliminaryReport: _Final[_Code] = _Code("DCM", "121362", "Preliminary report", (7009, 9233))
"""Preliminary report (DCM 121362)."""

PreparationForImaging: _Final[_Code] = _Code("DCM", "127104", "Preparation for imaging", (634,))
"""Preparation for imaging (DCM 127104)."""

PreparationRoom: _Final[_Code] = _Code("DCM", "127371", "Preparation room", (603,))
"""Preparation room (DCM 127371)."""

PrescriptionRadiationDose: _Final[_Code] = _Code(
    "DCM", "130009", "Prescription Radiation Dose", (9529,)
)
"""Prescription Radiation Dose (DCM 130009)."""

PrescriptionVisualAcuity: _Final[_Code] = _Code(
    "DCM", "111687", "Prescription Visual Acuity", (4216,)
)
"""Prescription Visual Acuity (DCM 111687)."""

PresentationOptionalRenderingDeviceMayPresent: _Final[_Code] = _Code(
    "DCM", "111151", "Presentation Optional: Rendering device may present", (6034,)
)
"""Presentation Optional: Rendering device may present (DCM 111151)."""

PresentationRequiredRenderingDeviceIsExpectedToPresent: _Final[_Code] = _Code(
    "DCM", "111150", "Presentation Required: Rendering device is expected to present", (6034,)
)
"""Presentation Required: Rendering device is expected to present (DCM 111150)."""

PresentationState: _Final[_Code] = _Code("DCM", "PR", "Presentation State", (32,))
"""Presentation State (DCM PR)."""

PressureAboveAdjustmentLimit: _Final[_Code] = _Code(
    "DCM", "130151", "Pressure above adjustment limit", (71,)
)
"""Pressure above adjustment limit (DCM 130151)."""

PressureAboveWarningLimit: _Final[_Code] = _Code(
    "DCM", "130150", "Pressure above warning limit", (71,)
)
"""Pressure above warning limit (DCM 130150)."""

PressureAtDpDtMax: _Final[_Code] = _Code("DCM", "122199", "Pressure at dp/dt max", (3611,))
"""Pressure at dp/dt max (DCM 122199)."""

PreviousFetalMalformationSyndrome: _Final[_Code] = _Code(
    "DCM", "111570", "Previous fetal malformation/syndrome", (6088,)
)
"""Previous fetal malformation/syndrome (DCM 111570)."""

PreviousFinding: _Final[_Code] = _Code("DCM", "121069", "Previous Finding", (7002,))
"""Previous Finding (DCM 121069)."""

PreviousLBWOrIUGRBirth: _Final[_Code] = _Code(
    "DCM", "111569", "Previous LBW or IUGR birth", (6088,)
)
"""Previous LBW or IUGR birth (DCM 111569)."""

PreviousRHNegativeOrBloodDyscrasiaAtBirth: _Final[_Code] = _Code(
    "DCM", "111571", "Previous RH negative or blood dyscrasia at birth", (6088,)
)
"""Previous RH negative or blood dyscrasia at birth (DCM 111571)."""

PrimaryComplex: _Final[_Code] = _Code("DCM", "112059", "Primary complex", (6104,))
"""Primary complex (DCM 112059)."""

PrimaryFluenceMonitoringSystemInterlock: _Final[_Code] = _Code(
    "DCM", "130475", "Primary Fluence Monitoring System Interlock", (9568,)
)
"""Primary Fluence Monitoring System Interlock (DCM 130475)."""

PrimaryLevel: _Final[_Code] = _Code("DCM", "128725", "Primary level", (7016,))
"""Primary level (DCM 128725)."""

Print: _Final[_Code] = _Code("DCM", "110008", "Print", (9231,))
"""Print (DCM 110008)."""

PriorReportForCurrentPatient: _Final[_Code] = _Code(
    "DCM", "122075", "Prior report for current patient", (3407,)
)
"""Prior report for current patient (DCM 122075)."""

PriorToVoiding: _Final[_Code] = _Code("DCM", "109134", "Prior to voiding", (91, 9272))
"""Prior to voiding (DCM 109134)."""

Probabilistic: _Final[_Code] = _Code("DCM", "113212", "Probabilistic", (7262,))
"""Probabilistic (DCM 113212)."""

ProbabilityOfCancer: _Final[_Code] = _Code("DCM", "111047", "Probability of cancer", (6048,))
"""Probability of cancer (DCM 111047)."""

ProcedureDescription: _Final[_Code] = _Code("DCM", "121065", "Procedure Description", (7002,))
"""Procedure Description (DCM 121065)."""

ProcedureLogging: _Final[_Code] = _Code("DCM", "LOG", "Procedure Logging", (30,))
"""Procedure Logging (DCM LOG)."""

ProcedureNote: _Final[_Code] = _Code("DCM", "121174", "Procedure Note", (3401,))
"""Procedure Note (DCM 121174)."""

ProcedureRecord: _Final[_Code] = _Code("DCM", "110111", "Procedure Record", (400,))
"""Procedure Record (DCM 110111)."""

ProcedureReported: _Final[_Code] = _Code("DCM", "121058", "Procedure reported", (6052, 6053))
"""Procedure reported (DCM 121058)."""

ProcedureStepToThisPoint: _Final[_Code] = _Code(
    "DCM", "113970", "Procedure Step To This Point", (10000,)
)
"""Procedure Step To This Point (DCM 113970)."""

ProcessedKeyObjectSelection: _Final[_Code] = _Code(
    "DCM", "130753", "Processed Key Object Selection", (7031,)
)
"""Processed Key Object Selection (DCM 130753)."""

ProcessingEquipment: _Final[_Code] = _Code("DCM", "109102", "Processing Equipment", (7005,))
"""Processing Equipment (DCM 109102)."""

Profusion: _Final[_Code] = _Code("DCM", "112151", "Profusion", (6123,))
"""Profusion (DCM 112151)."""

ProgrammedHoldStarted: _Final[_Code] = _Code("DCM", "130266", "Programmed hold started", (71,))
"""Programmed hold started (DCM 130266)."""

ProliferativeActivity: _Final[_Code] = _Code("DCM", "126036", "Proliferative Activity", (7466,))
"""Proliferative Activity (DCM 126036)."""

ProspectiveGating: _Final[_Code] = _Code("DCM", "109081", "Prospective gating", (3104,))
"""Prospective gating (DCM 109081)."""

ProstheticFabrication: _Final[_Code] = _Code("DCM", "129015", "Prosthetic Fabrication", (7064,))
"""Prosthetic Fabrication (DCM 129015)."""

ProstheticShaftAugment: _Final[_Code] = _Code("DCM", "112316", "Prosthetic Shaft Augment", (7308,))
"""Prosthetic Shaft Augment (DCM 112316)."""

ProtocolNotFollowed: _Final[_Code] = _Code("DCM", "130570", "Protocol not followed", (6314,))
"""Protocol not followed (DCM 130570)."""

ProtonDensity: _Final[_Code] = _Code("DCM", "113058", "Proton Density", (7180,))
"""Proton Density (DCM 113058)."""

ProtonDensityWeightedMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110803", "Proton Density Weighted MR Signal Intensity", (7180,)
)
"""Proton Density Weighted MR Signal Intensity (DCM 110803)."""

ProximalIsovelocitySurfaceArea: _Final[_Code] = _Code(
    "DCM", "125216", "Proximal Isovelocity Surface Area", (12229, 12231)
)
"""Proximal Isovelocity Surface Area (DCM 125216)."""

ProximalReference: _Final[_Code] = _Code("DCM", "122380", "Proximal Reference", (3486,))
"""Proximal Reference (DCM 122380)."""

ProximalStentMargin: _Final[_Code] = _Code("DCM", "122385", "Proximal Stent Margin", (3487,))
"""Proximal Stent Margin (DCM 122385)."""

PseudoangiomatousStromalHyperplasia: _Final[_Code] = _Code(
    "DCM", "111292", "Pseudoangiomatous stromal hyperplasia", (6031,)
)
"""Pseudoangiomatous stromal hyperplasia (DCM 111292)."""

Pseudoplaque: _Final[_Code] = _Code("DCM", "112068", "Pseudoplaque", (6104,))
"""Pseudoplaque (DCM 112068)."""

PulmonaryArterialContentFcpa: _Final[_Code] = _Code(
    "DCM", "122188", "Pulmonary Arterial Content (FCpa)", (3529,)
)
"""Pulmonary Arterial Content (FCpa) (DCM 122188)."""

PulmonaryFlow: _Final[_Code] = _Code("DCM", "122161", "Pulmonary Flow", (3618,))
"""Pulmonary Flow (DCM 122161)."""

PulmonaryImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128729", "Pulmonary imaging subject matter", (7017,)
)
"""Pulmonary imaging subject matter (DCM 128729)."""

PulmonaryVenousContentFcpv: _Final[_Code] = _Code(
    "DCM", "122189", "Pulmonary Venous Content (FCpv)", (3529,)
)
"""Pulmonary Venous Content (FCpv) (DCM 122189)."""

Pulsed: _Final[_Code] = _Code("DCM", "113631", "Pulsed", (10004,))
"""Pulsed (DCM 113631)."""

QANode: _Final[_Code] = _Code("DCM", "130366", "QA Node", (9556,))
"""QA Node (DCM 130366)."""

QANodePair: _Final[_Code] = _Code("DCM", "130365", "QA Node Pair", (9556,))
"""QA Node Pair (DCM 130365)."""

QWave: _Final[_Code] = _Code("DCM", "109042", "Q wave", (3339,))
"""Q wave (DCM 109042)."""

QualityControl: _Final[_Code] = _Code("DCM", "110002", "Quality Control", (6061, 9231))
"""Quality Control (DCM 110002)."""

QualityControlIntent: _Final[_Code] = _Code(
    "DCM", "113680", "Quality Control Intent", (3629, 7031, 7064)
)
"""Quality Control Intent (DCM 113680)."""

QualityControlMaterialImage: _Final[_Code] = _Code(
    "DCM", "130750", "Quality control material image", (7201,)
)
"""Quality control material image (DCM 130750)."""

QualityIssue: _Final[_Code] = _Code("DCM", "113010", "Quality Issue", (7010,))
"""Quality Issue (DCM 113010)."""

QuantityAdministered: _Final[_Code] = _Code("DCM", "121382", "Quantity administered", (3410,))
"""Quantity administered (DCM 121382)."""

Query: _Final[_Code] = _Code("DCM", "110112", "Query", (400,))
"""Query (DCM 110112)."""

R1: _Final[_Code] = _Code("DCM", "126393", "R1", (7180,))
"""R1 (DCM 126393)."""

R150789Zr: _Final[_Code] = _Code("DCM", "126518", "R1507 ^89^Zr", (4021,))
"""R1507 ^89^Zr (DCM 126518)."""

R2Coefficient: _Final[_Code] = _Code("DCM", "126220", "R2-Coefficient", (7180,))
"""R2-Coefficient (DCM 126220)."""

R2_126394: _Final[_Code] = _Code("DCM", "126394", "R2", (7180,))
"""R2 (DCM 126394)."""

R2_126395: _Final[_Code] = _Code("DCM", "126395", "R2*", (7180,))
"""R2* (DCM 126395)."""

RCARegionInLAOProjection: _Final[_Code] = _Code(
    "DCM", "122471", "RCA Region in LAO Projection", (3461,)
)
"""RCA Region in LAO Projection (DCM 122471)."""

RCARegionInRAOProjection: _Final[_Code] = _Code(
    "DCM", "122465", "RCA Region in RAO Projection", (3460,)
)
"""RCA Region in RAO Projection (DCM 122465)."""

RCoefficient: _Final[_Code] = _Code("DCM", "113057", "R-Coefficient", (7180,))
"""R-Coefficient (DCM 113057)."""

RECIST1Point0: _Final[_Code] = _Code("DCM", "126080", "RECIST 1.0", (6147,))
"""RECIST 1.0 (DCM 126080)."""

RECIST1Point1: _Final[_Code] = _Code("DCM", "126081", "RECIST 1.1", (6147,))
"""RECIST 1.1 (DCM 126081)."""

RGBBComponent: _Final[_Code] = _Code("DCM", "110836", "RGB B Component", (7180, 7186))
"""RGB B Component (DCM 110836)."""

RGBGComponent: _Final[_Code] = _Code("DCM", "110835", "RGB G Component", (7180, 7186))
"""RGB G Component (DCM 110835)."""

RGBRComponent: _Final[_Code] = _Code("DCM", "110834", "RGB R Component", (7180, 7186))
"""RGB R Component (DCM 110834)."""

RO532344189Zr: _Final[_Code] = _Code("DCM", "126755", "RO5323441 ^89^Zr", (4021,))
"""RO5323441 ^89^Zr (DCM 126755)."""

RO54290889Zr: _Final[_Code] = _Code("DCM", "126756", "RO542908 ^89^Zr", (4021,))
"""RO542908 ^89^Zr (DCM 126756)."""

RO692496311C: _Final[_Code] = _Code("DCM", "126719", "RO6924963 ^11^C", (4021,))
"""RO6924963 ^11^C (DCM 126719)."""

RO693164311C: _Final[_Code] = _Code("DCM", "126720", "RO6931643 ^11^C", (4021,))
"""RO6931643 ^11^C (DCM 126720)."""

RO695894818F: _Final[_Code] = _Code("DCM", "126757", "RO6958948 ^18^F", (4021,))
"""RO6958948 ^18^F (DCM 126757)."""

ROIDepth: _Final[_Code] = _Code("DCM", "130613", "ROI Depth", (12308,))
"""ROI Depth (DCM 130613)."""

RPLGD: _Final[_Code] = _Code("DCM", "128709", "RPLGD", (7026, 7027))
"""RPLGD (DCM 128709)."""

RRInterval: _Final[_Code] = _Code("DCM", "122182", "R-R interval", (3613, 12254))
"""R-R interval (DCM 122182)."""

RTBrachyTreatment: _Final[_Code] = _Code("DCM", "121735", "RT Brachy Treatment", (9241,))
"""RT Brachy Treatment (DCM 121735)."""

RTDose: _Final[_Code] = _Code("DCM", "RTDOSE", "RT Dose", (32,))
"""RT Dose (DCM RTDOSE)."""

RTDoseCalculationStructure: _Final[_Code] = _Code(
    "DCM", "130042", "RT Dose Calculation Structure", (9503,)
)
"""RT Dose Calculation Structure (DCM 130042)."""

RTGeometricInformation: _Final[_Code] = _Code("DCM", "130043", "RT Geometric Information", (9580,))
"""RT Geometric Information (DCM 130043)."""

RTImage: _Final[_Code] = _Code("DCM", "RTIMAGE", "RT Image", (29,))
"""RT Image (DCM RTIMAGE)."""

RTImageGuidedPatientPositioningAndTreatmentDelivery: _Final[_Code] = _Code(
    "DCM", "121736", "RT Image-Guided Patient Positioning and Treatment Delivery", (9241,)
)
"""RT Image-Guided Patient Positioning and Treatment Delivery (DCM 121736)."""

RTMachineQA: _Final[_Code] = _Code("DCM", "121730", "RT Machine QA", (9241,))
"""RT Machine QA (DCM 121730)."""

RTPatientPositionAcquisitionCTKv: _Final[_Code] = _Code(
    "DCM", "121707", "RT Patient Position Acquisition, CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, CT kV (DCM 121707)."""

RTPatientPositionAcquisitionCTMV: _Final[_Code] = _Code(
    "DCM", "121708", "RT Patient Position Acquisition, CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, CT MV (DCM 121708)."""

RTPatientPositionAcquisitionConeBeamCTKv: _Final[_Code] = _Code(
    "DCM", "130785", "RT Patient Position Acquisition, Cone-Beam CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, Cone-Beam CT kV (DCM 130785)."""

RTPatientPositionAcquisitionConeBeamCTMV: _Final[_Code] = _Code(
    "DCM", "130787", "RT Patient Position Acquisition, Cone-Beam CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, Cone-Beam CT MV (DCM 130787)."""

RTPatientPositionAcquisitionConventionalCTKv: _Final[_Code] = _Code(
    "DCM", "130786", "RT Patient Position Acquisition, Conventional CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, Conventional CT kV (DCM 130786)."""

RTPatientPositionAcquisitionConventionalCTMV: _Final[_Code] = _Code(
    "DCM", "130788", "RT Patient Position Acquisition, Conventional CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, Conventional CT MV (DCM 130788)."""

RTPatientPositionAcquisitionDualPlaneKv: _Final[_Code] = _Code(
    "DCM", "121705", "RT Patient Position Acquisition, dual plane kV", (9260,)
)
"""RT Patient Position Acquisition, dual plane kV (DCM 121705)."""

RTPatientPositionAcquisitionDualPlaneKvMV: _Final[_Code] = _Code(
    "DCM", "121706", "RT Patient Position Acquisition, dual plane kV/MV", (9260,)
)
"""RT Patient Position Acquisition, dual plane kV/MV (DCM 121706)."""

RTPatientPositionAcquisitionDualPlaneMV: _Final[_Code] = _Code(
    "DCM", "121703", "RT Patient Position Acquisition, dual plane MV", (9260,)
)
"""RT Patient Position Acquisition, dual plane MV (DCM 121703)."""

RTPatientPositionAcquisitionFilmCassetteKv: _Final[_Code] = _Code(
    "DCM", "130784", "RT Patient Position Acquisition, Film Cassette kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, Film Cassette kV (DCM 130784)."""

RTPatientPositionAcquisitionFilmCassetteMV: _Final[_Code] = _Code(
    "DCM", "130783", "RT Patient Position Acquisition, Film Cassette MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, Film Cassette MV (DCM 130783)."""

RTPatientPositionAcquisitionIntegratedDoseMV: _Final[_Code] = _Code(
    "DCM", "130782", "RT Patient Position Acquisition, Integrated Dose MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, Integrated Dose MV (DCM 130782)."""

RTPatientPositionAcquisitionMR: _Final[_Code] = _Code(
    "DCM", "121737", "RT Patient Position Acquisition, MR", (9273,)
)
"""RT Patient Position Acquisition, MR (DCM 121737)."""

RTPatientPositionAcquisitionOptical: _Final[_Code] = _Code(
    "DCM", "121709", "RT Patient Position Acquisition, Optical", (9242,)
)
"""RT Patient Position Acquisition, Optical (DCM 121709)."""

RTPatientPositionAcquisitionSinglePlaneKv: _Final[_Code] = _Code(
    "DCM", "121704", "RT Patient Position Acquisition, single plane kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, single plane kV (DCM 121704)."""

RTPatientPositionAcquisitionSinglePlaneMV: _Final[_Code] = _Code(
    "DCM", "121702", "RT Patient Position Acquisition, single plane MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, single plane MV (DCM 121702)."""

RTPatientPositionAcquisitionSpatialFiducials: _Final[_Code] = _Code(
    "DCM", "121711", "RT Patient Position Acquisition, Spatial Fiducials", (9242,)
)
"""RT Patient Position Acquisition, Spatial Fiducials (DCM 121711)."""

RTPatientPositionAcquisitionUltrasound: _Final[_Code] = _Code(
    "DCM", "121710", "RT Patient Position Acquisition, Ultrasound", (9242,)
)
"""RT Patient Position Acquisition, Ultrasound (DCM 121710)."""

RTPatientPositionAdjustment: _Final[_Code] = _Code(
    "DCM", "121722", "RT Patient Position Adjustment", (9241,)
)
"""RT Patient Position Adjustment (DCM 121722)."""

RTPatientPositionInTreatmentSessionReview: _Final[_Code] = _Code(
    "DCM", "121723", "RT Patient Position In-treatment-session Review", (9241,)
)
"""RT Patient Position In-treatment-session Review (DCM 121723)."""

RTPatientPositionRegistration2DOn3DReference: _Final[_Code] = _Code(
    "DCM", "121718", "RT Patient Position Registration, 2D on 3D reference", (9243,)
)
"""RT Patient Position Registration, 2D on 3D reference (DCM 121718)."""

RTPatientPositionRegistration3DCTGeneral: _Final[_Code] = _Code(
    "DCM", "121714", "RT Patient Position Registration, 3D CT general", (9243,)
)
"""RT Patient Position Registration, 3D CT general (DCM 121714)."""

RTPatientPositionRegistration3DCTMarkerBased: _Final[_Code] = _Code(
    "DCM", "121715", "RT Patient Position Registration, 3D CT marker-based", (9243,)
)
"""RT Patient Position Registration, 3D CT marker-based (DCM 121715)."""

RTPatientPositionRegistration3DCTVolumeBased: _Final[_Code] = _Code(
    "DCM", "121716", "RT Patient Position Registration, 3D CT volume-based", (9243,)
)
"""RT Patient Position Registration, 3D CT volume-based (DCM 121716)."""

RTPatientPositionRegistration3DOn2DReference: _Final[_Code] = _Code(
    "DCM", "121717", "RT Patient Position Registration, 3D on 2D reference", (9243,)
)
"""RT Patient Position Registration, 3D on 2D reference (DCM 121717)."""

RTPatientPositionRegistrationDualPlane: _Final[_Code] = _Code(
    "DCM", "121713", "RT Patient Position Registration, dual plane", (9243,)
)
"""RT Patient Position Registration, dual plane (DCM 121713)."""

RTPatientPositionRegistrationMR: _Final[_Code] = _Code(
    "DCM", "121738", "RT Patient Position Registration, MR", (9243,)
)
"""RT Patient Position Registration, MR (DCM 121738)."""

RTPatientPositionRegistrationOptical: _Final[_Code] = _Code(
    "DCM", "121719", "RT Patient Position Registration, Optical", (9243,)
)
"""RT Patient Position Registration, Optical (DCM 121719)."""

RTPatientPositionRegistrationSinglePlane: _Final[_Code] = _Code(
    "DCM", "121712", "RT Patient Position Registration, single plane", (9243,)
)
"""RT Patient Position Registration, single plane (DCM 121712)."""

RTPatientPositionRegistrationSpatialFiducials: _Final[_Code] = _Code(
    "DCM", "121721", "RT Patient Position Registration, Spatial Fiducials", (9243,)
)
"""RT Patient Position Registration, Spatial Fiducials (DCM 121721)."""

RTPatientPositionRegistrationUltrasound: _Final[_Code] = _Code(
    "DCM", "121720", "RT Patient Position Registration, Ultrasound", (9243,)
)
"""RT Patient Position Registration, Ultrasound (DCM 121720)."""

RTPatientPositioningReferenceImage: _Final[_Code] = _Code(
    "DCM", "130790", "RT Patient Positioning Reference Image", (9267,)
)
"""RT Patient Positioning Reference Image (DCM 130790)."""

RTPatientSetup: _Final[_Code] = _Code("DCM", "121701", "RT Patient Setup", (9241,))
"""RT Patient Setup (DCM 121701)."""

RTPlan: _Final[_Code] = _Code("DCM", "RTPLAN", "RT Plan", (32,))
"""RT Plan (DCM RTPLAN)."""

RTPlanSummationInputUsed: _Final[_Code] = _Code(
    "DCM", "128212", "RT Plan Summation Input Used", (7025,)
)
"""RT Plan Summation Input Used (DCM 128212)."""

RTPlanningResult: _Final[_Code] = _Code("DCM", "128189", "RT Planning Result", (7023,))
"""RT Planning Result (DCM 128189)."""

RTPreTreatmentConsistencyCheck: _Final[_Code] = _Code(
    "DCM", "121374", "RT Pre-Treatment Consistency Check", (702,)
)
"""RT Pre-Treatment Consistency Check (DCM 121374)."""

RTPreTreatmentDoseCheck: _Final[_Code] = _Code(
    "DCM", "121373", "RT Pre-Treatment Dose Check", (702,)
)
"""RT Pre-Treatment Dose Check (DCM 121373)."""

RTPrescriptionInputImages: _Final[_Code] = _Code(
    "DCM", "130136", "RT Prescription Input Images", (9509,)
)
"""RT Prescription Input Images (DCM 130136)."""

RTPrescriptionInputUsed: _Final[_Code] = _Code(
    "DCM", "128210", "RT Prescription Input Used", (7025,)
)
"""RT Prescription Input Used (DCM 128210)."""

RTPrescriptionResult: _Final[_Code] = _Code("DCM", "128185", "RT Prescription Result", (7023,))
"""RT Prescription Result (DCM 128185)."""

RTRadiationPreviouslyDelivered: _Final[_Code] = _Code(
    "DCM", "130663", "RT Radiation previously delivered", (9576,)
)
"""RT Radiation previously delivered (DCM 130663)."""

RTRegistrationMark: _Final[_Code] = _Code("DCM", "130746", "RT Registration Mark", (9503,))
"""RT Registration Mark (DCM 130746)."""

RTStructureSet: _Final[_Code] = _Code("DCM", "RTSTRUCT", "RT Structure Set", (32,))
"""RT Structure Set (DCM RTSTRUCT)."""

RTTarget: _Final[_Code] = _Code("DCM", "130041", "RT Target", (9503, 9580))
"""RT Target (DCM 130041)."""

RTTreatmentCourseSummary: _Final[_Code] = _Code(
    "DCM", "128193", "RT Treatment Course Summary", (7023,)
)
"""RT Treatment Course Summary (DCM 128193)."""

RTTreatmentPlanForThePositionBeingVerified: _Final[_Code] = _Code(
    "DCM", "121310", "RT treatment plan for the position being verified", (7022,)
)
"""RT treatment plan for the position being verified (DCM 121310)."""

RTTreatmentPlanningInputImages: _Final[_Code] = _Code(
    "DCM", "130137", "RT Treatment Planning Input Images", (9510,)
)
"""RT Treatment Planning Input Images (DCM 130137)."""

RTTreatmentPlanningInputUsed: _Final[_Code] = _Code(
    "DCM", "128211", "RT Treatment Planning Input Used", (7025,)
)
"""RT Treatment Planning Input Used (DCM 128211)."""

RTTreatmentQAByRTIonPlanDifferenceCheck: _Final[_Code] = _Code(
    "DCM", "121734", "RT Treatment QA by RT Ion Plan Difference Check", (9241,)
)
"""RT Treatment QA by RT Ion Plan Difference Check (DCM 121734)."""

RTTreatmentQAByRTIonPlanDoseCheck: _Final[_Code] = _Code(
    "DCM", "121733", "RT Treatment QA by RT Ion Plan Dose Check", (9241,)
)
"""RT Treatment QA by RT Ion Plan Dose Check (DCM 121733)."""

RTTreatmentQAByRTPlanDifferenceCheck: _Final[_Code] = _Code(
    "DCM", "121732", "RT Treatment QA by RT Plan Difference Check", (9241,)
)
"""RT Treatment QA by RT Plan Difference Check (DCM 121732)."""

RTTreatmentQAByRTPlanDoseCheck: _Final[_Code] = _Code(
    "DCM", "121731", "RT Treatment QA by RT Plan Dose Check", (9241,)
)
"""RT Treatment QA by RT Plan Dose Check (DCM 121731)."""

RTTreatmentQAResult: _Final[_Code] = _Code("DCM", "128194", "RT Treatment QA Result", (7023,))
"""RT Treatment QA Result (DCM 128194)."""

RTTreatmentQAWithExternalVerification: _Final[_Code] = _Code(
    "DCM", "121729", "RT Treatment QA with External Verification", (9241,)
)
"""RT Treatment QA with External Verification (DCM 121729)."""

RTTreatmentQAWithInternalVerification: _Final[_Code] = _Code(
    "DCM", "121728", "RT Treatment QA with Internal Verification", (9241,)
)
"""RT Treatment QA with Internal Verification (DCM 121728)."""

RTTreatmentRecord: _Final[_Code] = _Code("DCM", "RTRECORD", "RT Treatment Record", (32,))
"""RT Treatment Record (DCM RTRECORD)."""

RTTreatmentSessionResult: _Final[_Code] = _Code(
    "DCM", "128192", "RT Treatment Session Result", (7023,)
)
"""RT Treatment Session Result (DCM 128192)."""

RTTreatmentSimulationResult: _Final[_Code] = _Code(
    "DCM", "128188", "RT Treatment Simulation Result", (7023,)
)
"""RT Treatment Simulation Result (DCM 128188)."""

RTTreatmentSimulationWithExternalVerification: _Final[_Code] = _Code(
    "DCM", "121725", "RT Treatment Simulation with External Verification", (9241,)
)
"""RT Treatment Simulation with External Verification (DCM 121725)."""

RTTreatmentSimulationWithInternalVerification: _Final[_Code] = _Code(
    "DCM", "121724", "RT Treatment Simulation with Internal Verification", (9241,)
)
"""RT Treatment Simulation with Internal Verification (DCM 121724)."""

RTTreatmentWithAdHocPlanning: _Final[_Code] = _Code(
    "DCM", "130444", "RT Treatment with Ad Hoc Planning", (9241,)
)
"""RT Treatment with Ad Hoc Planning (DCM 130444)."""

RTTreatmentWithExternalVerification: _Final[_Code] = _Code(
    "DCM", "121727", "RT Treatment with External Verification", (9241,)
)
"""RT Treatment with External Verification (DCM 121727)."""

RTTreatmentWithInternalVerification: _Final[_Code] = _Code(
    "DCM", "121726", "RT Treatment with Internal Verification", (9241,)
)
"""RT Treatment with Internal Verification (DCM 121726)."""

RTVAudioAndStereoVideoRendition: _Final[_Code] = _Code(
    "DCM", "130373", "RTV Audio and Stereo Video Rendition", (7070,)
)
"""RTV Audio and Stereo Video Rendition (DCM 130373)."""

RTVAudioAndVideoRendition: _Final[_Code] = _Code(
    "DCM", "130371", "RTV Audio and Video Rendition", (7070,)
)
"""RTV Audio and Video Rendition (DCM 130371)."""

RTVRendition: _Final[_Code] = _Code("DCM", "130370", "RTV Rendition", (7070,))
"""RTV Rendition (DCM 130370)."""

RTVStereoVideoRendition: _Final[_Code] = _Code(
    "DCM", "130372", "RTV Stereo Video Rendition", (7070,)
)
"""RTV Stereo Video Rendition (DCM 130372)."""

RTWorkflowInputUsed: _Final[_Code] = _Code("DCM", "128209", "RT Workflow Input Used", (7025,))
"""RT Workflow Input Used (DCM 128209)."""

RWave: _Final[_Code] = _Code("DCM", "109043", "R wave", (3339,))
"""R wave (DCM 109043)."""

RadialBScanPattern: _Final[_Code] = _Code("DCM", "128282", "Radial B-scan pattern", (4272,))
"""Radial B-scan pattern (DCM 128282)."""

RadialDiffusivity: _Final[_Code] = _Code("DCM", "113203", "Radial Diffusivity", (7263,))
"""Radial Diffusivity (DCM 113203)."""

RadialKurtosis: _Final[_Code] = _Code("DCM", "113207", "Radial Kurtosis", (7263,))
"""Radial Kurtosis (DCM 113207)."""

RadialLagrangianStrain: _Final[_Code] = _Code("DCM", "130675", "Radial Lagrangian Strain", (12311,))
"""Radial Lagrangian Strain (DCM 130675)."""

RadialLagrangianStrainRate: _Final[_Code] = _Code(
    "DCM", "130676", "Radial Lagrangian Strain Rate", (12311,)
)
"""Radial Lagrangian Strain Rate (DCM 130676)."""

RadialPeripapillaryStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128264", "Radial peripapillary structural reflectance map", (4271,)
)
"""Radial peripapillary structural reflectance map (DCM 128264)."""

RadialPeripapillaryVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128263", "Radial peripapillary vasculature flow", (4271,)
)
"""Radial peripapillary vasculature flow (DCM 128263)."""

RadialUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "125255", "Radial ultrasound transducer geometry", (12033,)
)
"""Radial ultrasound transducer geometry (DCM 125255)."""

RadiationApplied: _Final[_Code] = _Code("DCM", "122308", "Radiation applied", (3412,))
"""Radiation applied (DCM 122308)."""

RadiationDetectedDuringBeamHoldInterlock: _Final[_Code] = _Code(
    "DCM", "130828", "Radiation Detected During Beam Hold Interlock", (9568,)
)
"""Radiation Detected During Beam Hold Interlock (DCM 130828)."""

RadiationDoseNormalizationPoint: _Final[_Code] = _Code(
    "DCM", "130063", "Radiation Dose Normalization Point", (9534,)
)
"""Radiation Dose Normalization Point (DCM 130063)."""

RadiationDoseReferencePoint: _Final[_Code] = _Code(
    "DCM", "130064", "Radiation Dose Reference Point", (9534,)
)
"""Radiation Dose Reference Point (DCM 130064)."""

RadiationDoseShapingVolume: _Final[_Code] = _Code(
    "DCM", "130061", "Radiation Dose Shaping Volume", (9535,)
)
"""Radiation Dose Shaping Volume (DCM 130061)."""

RadiationInteractionVolume: _Final[_Code] = _Code(
    "DCM", "130066", "Radiation Interaction Volume", (9535,)
)
"""Radiation Interaction Volume (DCM 130066)."""

RadiationRemoved: _Final[_Code] = _Code("DCM", "122309", "Radiation removed", (3412,))
"""Radiation removed (DCM 122309)."""

RadiationTherapyDevice: _Final[_Code] = _Code("DCM", "RT", "Radiation Therapy Device", (30,))
"""Radiation Therapy Device (DCM RT)."""

RadiationTransportBasedMethods: _Final[_Code] = _Code(
    "DCM", "130126", "Radiation transport-based methods", (9537,)
)
"""Radiation transport-based methods (DCM 130126)."""

RadioFrequencyAblationPower: _Final[_Code] = _Code(
    "DCM", "109010", "Radio frequency ablation, power", (3240,)
)
"""Radio frequency ablation, power (DCM 109010)."""

RadioactiveMarker: _Final[_Code] = _Code("DCM", "130646", "Radioactive Marker", (9575,))
"""Radioactive Marker (DCM 130646)."""

Radiofluoroscopy: _Final[_Code] = _Code("DCM", "RF", "Radiofluoroscopy", (29,))
"""Radiofluoroscopy (DCM RF)."""

RadiofrequencyTransponder: _Final[_Code] = _Code(
    "DCM", "130644", "Radiofrequency Transponder", (9575,)
)
"""Radiofrequency Transponder (DCM 130644)."""

RadiographicAnatomy: _Final[_Code] = _Code("DCM", "112005", "Radiographic anatomy", (6101,))
"""Radiographic anatomy (DCM 112005)."""

RadiographicImaging: _Final[_Code] = _Code("DCM", "RG", "Radiographic imaging", (29,))
"""Radiographic imaging (DCM RG)."""

RadioisotopeGenerator: _Final[_Code] = _Code("DCM", "113543", "Radioisotope Generator", (10041,))
"""Radioisotope Generator (DCM 113543)."""

RadiotherapyApplicator: _Final[_Code] = _Code("DCM", "130125", "Radiotherapy Applicator", (9519,))
"""Radiotherapy Applicator (DCM 130125)."""

RadiotherapyDoseRegion: _Final[_Code] = _Code("DCM", "130748", "Radiotherapy Dose Region", (9580,))
"""Radiotherapy Dose Region (DCM 130748)."""

RadiotherapyFiducial: _Final[_Code] = _Code("DCM", "130666", "Radiotherapy Fiducial", (9580,))
"""Radiotherapy Fiducial (DCM 130666)."""

RadiotherapyTreatmentDevice: _Final[_Code] = _Code(
    "DCM", "130361", "Radiotherapy Treatment Device", (9551,)
)
"""Radiotherapy Treatment Device (DCM 130361)."""

RaisedSkinLesion: _Final[_Code] = _Code("DCM", "130486", "Raised skin lesion", (4407,))
"""Raised skin lesion (DCM 130486)."""

Ranibizumab89Zr: _Final[_Code] = _Code("DCM", "126742", "Ranibizumab ^89^Zr", (4021,))
"""Ranibizumab ^89^Zr (DCM 126742)."""

RasterBScanPattern: _Final[_Code] = _Code("DCM", "128280", "Raster B-scan pattern", (4272,))
"""Raster B-scan pattern (DCM 128280)."""

RateOfAdministration: _Final[_Code] = _Code("DCM", "122094", "Rate of administration", (3410,))
"""Rate of administration (DCM 122094)."""

RateOfExposure: _Final[_Code] = _Code("DCM", "111579", "Rate of exposure", (6092,))
"""Rate of exposure (DCM 111579)."""

RatioOfAchievedToPredictedFunctionalCapacity: _Final[_Code] = _Code(
    "DCM", "122771", "Ratio of achieved to predicted functional capacity", (3238,)
)
"""Ratio of achieved to predicted functional capacity (DCM 122771)."""

RatioOfAchievedToPredictedMaximalOxygenConsumption: _Final[_Code] = _Code(
    "DCM", "122770", "Ratio of achieved to predicted maximal oxygen consumption", (3238,)
)
"""Ratio of achieved to predicted maximal oxygen consumption (DCM 122770)."""

RealTimeAcquisition: _Final[_Code] = _Code("DCM", "109080", "Real time acquisition", (3104,))
"""Real time acquisition (DCM 109080)."""

RealWorldValueMap: _Final[_Code] = _Code("DCM", "RWV", "Real World Value Map", (32,))
"""Real World Value Map (DCM RWV)."""

RecallForImagingFindings: _Final[_Code] = _Code(
    "DCM", "111591", "Recall for imaging findings", (6051,)
)
"""Recall for imaging findings (DCM 111591)."""

RecallForPatientSymptomsClinicalFindings: _Final[_Code] = _Code(
    "DCM", "111592", "Recall for patient symptoms/ clinical findings", (6051,)
)
"""Recall for patient symptoms/ clinical findings (DCM 111592)."""

RecallForTechnicalReasons: _Final[_Code] = _Code(
    "DCM", "111590", "Recall for technical reasons", (6051,)
)
"""Recall for technical reasons (DCM 111590)."""

ReciprocatingGrid: _Final[_Code] = _Code("DCM", "111643", "Reciprocating grid", (10017,))
"""Reciprocating grid (DCM 111643)."""

Recommendation: _Final[_Code] = _Code("DCM", "121075", "Recommendation", (3419, 6053, 7002))
"""Recommendation (DCM 121075)."""

Recording: _Final[_Code] = _Code("DCM", "121097", "Recording", (7445, 7453))
"""Recording (DCM 121097)."""

RectalBalloon: _Final[_Code] = _Code("DCM", "130120", "Rectal Balloon", (9513,))
"""Rectal Balloon (DCM 130120)."""

RecurrentMalignancy: _Final[_Code] = _Code("DCM", "111338", "Recurrent malignancy", (6033,))
"""Recurrent malignancy (DCM 111338)."""

RedTranslucentIgloo: _Final[_Code] = _Code("DCM", "127221", "Red translucent igloo", (606,))
"""Red translucent igloo (DCM 127221)."""

RedistributionState: _Final[_Code] = _Code("DCM", "109093", "Redistribution State", (3101,))
"""Redistribution State (DCM 109093)."""

ReferenceAcquisitionPoint: _Final[_Code] = _Code(
    "DCM", "130072", "Reference Acquisition Point", (9504,)
)
"""Reference Acquisition Point (DCM 130072)."""

ReferencedFrames: _Final[_Code] = _Code("DCM", "121190", "Referenced Frames", (7250,))
"""Referenced Frames (DCM 121190)."""

ReferencedSegment: _Final[_Code] = _Code("DCM", "121191", "Referenced Segment", (7250,))
"""Referenced Segment (DCM 121191)."""

ReflectionBasedCornealTopographer: _Final[_Code] = _Code(
    "DCM", "111946", "Reflection-based corneal topographer", (4210,)
)
"""Reflection-based corneal topographer (DCM 111946)."""

ReflectionIllumination: _Final[_Code] = _Code("DCM", "111742", "Reflection illumination", (8123,))
"""Reflection illumination (DCM 111742)."""

RefractiveMeasurementsSOPInstance: _Final[_Code] = _Code(
    "DCM", "111783", "Refractive Measurements SOP Instance", (4240,)
)
"""Refractive Measurements SOP Instance (DCM 111783)."""

Registration: _Final[_Code] = _Code("DCM", "REG", "Registration", (32,))
"""Registration (DCM REG)."""

RegistrationCreatedDuringTreatment: _Final[_Code] = _Code(
    "DCM", "129211", "Registration created during Treatment", (7022,)
)
"""Registration created during Treatment (DCM 129211)."""

RegistrationInput: _Final[_Code] = _Code("DCM", "125041", "Registration Input", (7165,))
"""Registration Input (DCM 125041)."""

RegistrationResult: _Final[_Code] = _Code(
    "DCM", "128183", "Registration Result", (7010, 9509, 9510)
)
"""Registration Result (DCM 128183)."""

RegistrationUsedInPlanning: _Final[_Code] = _Code(
    "DCM", "129210", "Registration used in Planning", (7022,)
)
"""Registration used in Planning (DCM 129210)."""

RegurgitationJetArea: _Final[_Code] = _Code("DCM", "125332", "Regurgitation Jet Area", (12304,))
"""Regurgitation Jet Area (DCM 125332)."""

RegurgitationJetWidth: _Final[_Code] = _Code("DCM", "125333", "Regurgitation Jet Width", (12304,))
"""Regurgitation Jet Width (DCM 125333)."""

ReinjectionState: _Final[_Code] = _Code("DCM", "109092", "Reinjection State", (3101,))
"""Reinjection State (DCM 109092)."""

RejectedForPatientSafetyReasons: _Final[_Code] = _Code(
    "DCM", "113037", "Rejected for Patient Safety Reasons", (7010, 7031)
)
"""Rejected for Patient Safety Reasons (DCM 113037)."""

RejectedForQualityReasons: _Final[_Code] = _Code(
    "DCM", "113001", "Rejected for Quality Reasons", (7010, 7031)
)
"""Rejected for Quality Reasons (DCM 113001)."""

RelatedOphthalmicThicknessMap: _Final[_Code] = _Code(
    "DCM", "111933", "Related ophthalmic thickness map", (4264,)
)
"""Related ophthalmic thickness map (DCM 111933)."""

RelatedToNonMacularSensitivity: _Final[_Code] = _Code(
    "DCM", "111842", "Related to non macular sensitivity", (4252,)
)
"""Related to non macular sensitivity (DCM 111842)."""

RelativeAmountOfExposure: _Final[_Code] = _Code(
    "DCM", "111582", "Relative amount of exposure", (6093,)
)
"""Relative amount of exposure (DCM 111582)."""

RelativeAmountOfUse: _Final[_Code] = _Code("DCM", "111583", "Relative amount of use", (6093,))
"""Relative amount of use (DCM 111583)."""

RelativeAnisotropy: _Final[_Code] = _Code("DCM", "110809", "Relative Anisotropy", (7263, 7271))
"""Relative Anisotropy (DCM 110809)."""

RelativeDoseAmount: _Final[_Code] = _Code("DCM", "111581", "Relative dose amount", (6093,))
"""Relative dose amount (DCM 111581)."""

RelativeDoseFrequency: _Final[_Code] = _Code("DCM", "111584", "Relative dose frequency", (6094,))
"""Relative dose frequency (DCM 111584)."""

RelativeFrequencyOfExposure: _Final[_Code] = _Code(
    "DCM", "111585", "Relative frequency of exposure", (6094,)
)
"""Relative frequency of exposure (DCM 111585)."""

RelativeFrequencyOfUse: _Final[_Code] = _Code("DCM", "111586", "Relative frequency of use", (6094,))
"""Relative frequency of use (DCM 111586)."""

RelativeLinearStoppingPower: _Final[_Code] = _Code(
    "DCM", "130086", "Relative Linear Stopping Power", (7180,)
)
"""Relative Linear Stopping Power (DCM 130086)."""

RelativeRegionalBloodFlow: _Final[_Code] = _Code(
    "DCM", "126397", "Relative Regional Blood Flow", (4108,)
)
"""Relative Regional Blood Flow (DCM 126397)."""

RelativeRegionalBloodVolume: _Final[_Code] = _Code(
    "DCM", "126398", "Relative Regional Blood Volume", (4108,)
)
"""Relative Regional Blood Volume (DCM 126398)."""

RemainingConsumableDisposed: _Final[_Code] = _Code(
    "DCM", "122078", "Remaining consumable disposed", (3408,)
)
"""Remaining consumable disposed (DCM 122078)."""

RemodelingIndex: _Final[_Code] = _Code("DCM", "122345", "Remodeling Index", (3484,))
"""Remodeling Index (DCM 122345)."""

RemoteServiceOperationStarted: _Final[_Code] = _Code(
    "DCM", "110139", "Remote Service Operation Started", (401, 403)
)
"""Remote Service Operation Started (DCM 110139)."""

RemoteServiceOperationStopped: _Final[_Code] = _Code(
    "DCM", "110140", "Remote Service Operation Stopped", (401, 403)
)
"""Remote Service Operation Stopped (DCM 110140)."""

ReplacedByAlternateRepresentation: _Final[_Code] = _Code(
    "DCM", "130754", "Replaced by Alternate Representation", (7031,)
)
"""Replaced by Alternate Representation (DCM 130754)."""

ReplacedReport: _Final[_Code] = _Code("DCM", "121360", "Replaced report", (7009,))
"""Replaced report (DCM 121360)."""

ReportVerification: _Final[_Code] = _Code("DCM", "110007", "Report Verification", (9231,))
"""Report Verification (DCM 110007)."""

RepresentativeOfEthicsCommittee: _Final[_Code] = _Code(
    "DCM", "128677", "Representative of Ethics Committee", (7452,)
)
"""Representative of Ethics Committee (DCM 128677)."""

RepresentativeOfProtocolCommittee: _Final[_Code] = _Code(
    "DCM", "128676", "Representative of Protocol Committee", (7452,)
)
"""Representative of Protocol Committee (DCM 128676)."""

RepresentativePoint: _Final[_Code] = _Code("DCM", "128140", "Representative point", (219,))
"""Representative point (DCM 128140)."""

Requesting: _Final[_Code] = _Code("DCM", "121096", "Requesting", (7453,))
"""Requesting (DCM 121096)."""

ResourceInadequate: _Final[_Code] = _Code("DCM", "110527", "Resource inadequate", (71, 9300))
"""Resource inadequate (DCM 110527)."""

ResourcePreEmpted: _Final[_Code] = _Code("DCM", "110526", "Resource pre-empted", (9300, 9303))
"""Resource pre-empted (DCM 110526)."""

RespirationWaveform: _Final[_Code] = _Code("DCM", "109117", "Respiration Waveform", (3005,))
"""Respiration Waveform (DCM 109117)."""

RespiratoryEffort: _Final[_Code] = _Code("DCM", "130433", "Respiratory Effort", (3005,))
"""Respiratory Effort (DCM 130433)."""

RespiratoryPressure: _Final[_Code] = _Code("DCM", "130426", "Respiratory Pressure", (3005,))
"""Respiratory Pressure (DCM 130426)."""

RespiratoryWaveform: _Final[_Code] = _Code("DCM", "RESP", "Respiratory Waveform", (29,))
"""Respiratory Waveform (DCM RESP)."""

RestTechnetiumStressTechnetium1DayProcedure: _Final[_Code] = _Code(
    "DCM", "122782", "Rest technetium/stress technetium 1 day procedure", (3110,)
)
"""Rest technetium/stress technetium 1 day procedure (DCM 122782)."""

RestTechnetiumStressTechnetium2DayProcedure: _Final[_Code] = _Code(
    "DCM", "122783", "Rest technetium/stress technetium 2 day procedure", (3110,)
)
"""Rest technetium/stress technetium 2 day procedure (DCM 122783)."""

RestThalliumStressTechnetiumProcedure: _Final[_Code] = _Code(
    "DCM", "122781", "Rest thallium/stress technetium procedure", (3110,)
)
"""Rest thallium/stress technetium procedure (DCM 122781)."""

ResultsQualityController: _Final[_Code] = _Code(
    "DCM", "129004", "Results Quality Controller", (7453,)
)
"""Results Quality Controller (DCM 129004)."""

ResumeProcedureAction: _Final[_Code] = _Code("DCM", "121133", "Resume Procedure Action", (3421,))
"""Resume Procedure Action (DCM 121133)."""

RetainDeviceIdentityOption: _Final[_Code] = _Code(
    "DCM", "113109", "Retain Device Identity Option", (7050,)
)
"""Retain Device Identity Option (DCM 113109)."""

RetainInstitutionIdentityOption: _Final[_Code] = _Code(
    "DCM", "113112", "Retain Institution Identity Option", (7050,)
)
"""Retain Institution Identity Option (DCM 113112)."""

RetainLongitudinalTemporalInformationFullDatesOption: _Final[_Code] = _Code(
    "DCM", "113106", "Retain Longitudinal Temporal Information Full Dates Option", (7050,)
)
"""Retain Longitudinal Temporal Information Full Dates Option (DCM 113106)."""

RetainLongitudinalTemporalInformationModifiedDatesOption: _Final[_Code] = _Code(
    "DCM", "113107", "Retain Longitudinal Temporal Information Modified Dates Option", (7050,)
)
"""Retain Longitudinal Temporal Information Modified Dates Option (DCM 113107)."""

RetainPatientCharacteristicsOption: _Final[_Code] = _Code(
    "DCM", "113108", "Retain Patient Characteristics Option", (7050,)
)
"""Retain Patient Characteristics Option (DCM 113108)."""

RetainSafePrivateOption: _Final[_Code] = _Code(
    "DCM", "113111", "Retain Safe Private Option", (7050,)
)
"""Retain Safe Private Option (DCM 113111)."""

RetainUidsOption: _Final[_Code] = _Code("DCM", "113110", "Retain UIDs Option", (7050,))
"""Retain UIDs Option (DCM 113110)."""

Reticle: _Final[_Code] = _Code("DCM", "130350", "Reticle", (9548,))
"""Reticle (DCM 130350)."""

ReticularPattern: _Final[_Code] = _Code("DCM", "112113", "Reticular pattern", (6103, 6106))
"""Reticular pattern (DCM 112113)."""

ReticulonodularPattern: _Final[_Code] = _Code(
    "DCM", "112065", "Reticulonodular pattern", (6103, 6104, 6106)
)
"""Reticulonodular pattern (DCM 112065)."""

RetinaDepthEncodedStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128258", "Retina depth encoded structural reflectance map", (4271,)
)
"""Retina depth encoded structural reflectance map (DCM 128258)."""

RetinaDepthEncodedVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128257", "Retina depth encoded vasculature flow", (4271,)
)
"""Retina depth encoded vasculature flow (DCM 128257)."""

RetinaStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128260", "Retina structural reflectance map", (4271,)
)
"""Retina structural reflectance map (DCM 128260)."""

RetinaVasculatureFlow: _Final[_Code] = _Code("DCM", "128259", "Retina vasculature flow", (4271,))
"""Retina vasculature flow (DCM 128259)."""

RetinalNerveFiberLayerThickness: _Final[_Code] = _Code(
    "DCM", "111925", "Retinal nerve fiber layer thickness", (4262,)
)
"""Retinal nerve fiber layer thickness (DCM 111925)."""

RetinalTopography: _Final[_Code] = _Code("DCM", "111924", "Retinal topography", (4261,))
"""Retinal topography (DCM 111924)."""

RetroOrbitalRoute: _Final[_Code] = _Code("DCM", "127070", "Retro-orbital route", (11,))
"""Retro-orbital route (DCM 127070)."""

RetroPectoralImplant: _Final[_Code] = _Code("DCM", "111486", "Retro-pectoral implant", (6059,))
"""Retro-pectoral implant (DCM 111486)."""

RetrospectiveGating: _Final[_Code] = _Code("DCM", "109082", "Retrospective gating", (3104,))
"""Retrospective gating (DCM 109082)."""

Reused: _Final[_Code] = _Code("DCM", "127178", "Reused", (604,))
"""Reused (DCM 127178)."""

ReverseOsmosisPurifiedHclAcidifiedWater: _Final[_Code] = _Code(
    "DCM", "127291", "Reverse osmosis purified, HCl acidified water", (610,)
)
"""Reverse osmosis purified, HCl acidified water (DCM 127291)."""

ReverseOsmosisPurifiedWater: _Final[_Code] = _Code(
    "DCM", "127290", "Reverse osmosis purified water", (610,)
)
"""Reverse osmosis purified water (DCM 127290)."""

ReviewOfAnOutsideStudy: _Final[_Code] = _Code(
    "DCM", "111418", "Review of an outside study", (6051, 6327)
)
"""Review of an outside study (DCM 111418)."""

RibScaleneTubercle: _Final[_Code] = _Code("DCM", "112096", "Rib Scalene Tubercle", (6115,))
"""Rib Scalene Tubercle (DCM 112096)."""

RightFirst: _Final[_Code] = _Code("DCM", "126831", "right first", (21,))
"""right first (DCM 126831)."""

RightHemisphereMostAnterior: _Final[_Code] = _Code(
    "DCM", "125031", "Right Hemisphere Most Anterior", (7101,)
)
"""Right Hemisphere Most Anterior (DCM 125031)."""

RightHemisphereMostInferior: _Final[_Code] = _Code(
    "DCM", "125034", "Right Hemisphere Most Inferior", (7101,)
)
"""Right Hemisphere Most Inferior (DCM 125034)."""

RightHemisphereMostPosterior: _Final[_Code] = _Code(
    "DCM", "125032", "Right Hemisphere Most Posterior", (7101,)
)
"""Right Hemisphere Most Posterior (DCM 125032)."""

RightHemisphereMostSuperior: _Final[_Code] = _Code(
    "DCM", "125033", "Right Hemisphere Most Superior", (7101,)
)
"""Right Hemisphere Most Superior (DCM 125033)."""

RightToLeft: _Final[_Code] = _Code("DCM", "110866", "Right To Left", (7185,))
"""Right To Left (DCM 110866)."""

RightTrachealStripe: _Final[_Code] = _Code("DCM", "112093", "Right tracheal stripe", (6148,))
"""Right tracheal stripe (DCM 112093)."""

RightVentricleAnteriorWall: _Final[_Code] = _Code(
    "DCM", "125319", "Right Ventricle Anterior Wall", (12305,)
)
"""Right Ventricle Anterior Wall (DCM 125319)."""

RightVentricleOutflowTractDistal: _Final[_Code] = _Code(
    "DCM", "125317", "Right Ventricle Outflow Tract, Distal", (12305,)
)
"""Right Ventricle Outflow Tract, Distal (DCM 125317)."""

RightVentricleOutflowTractProximal: _Final[_Code] = _Code(
    "DCM", "125318", "Right Ventricle Outflow Tract, Proximal", (12305,)
)
"""Right Ventricle Outflow Tract, Proximal (DCM 125318)."""

RightVentricularEjectionTime: _Final[_Code] = _Code(
    "DCM", "122213", "Right Ventricular ejection time", (3613,)
)
"""Right Ventricular ejection time (DCM 122213)."""

RightVentricularFillingTime: _Final[_Code] = _Code(
    "DCM", "122214", "Right Ventricular filling time", (3613,)
)
"""Right Ventricular filling time (DCM 122214)."""

RingUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "125256", "Ring ultrasound transducer geometry", (12033,)
)
"""Ring ultrasound transducer geometry (DCM 125256)."""

Rituximab89Zr: _Final[_Code] = _Code("DCM", "126737", "Rituximab ^89^Zr", (4021,))
"""Rituximab ^89^Zr (DCM 126737)."""

RobertsonReidTable: _Final[_Code] = _Code("DCM", "122253", "Robertson & Reid table", (3664,))
"""Robertson & Reid table (DCM 122253)."""

Roledumab89Zr: _Final[_Code] = _Code("DCM", "126733", "Roledumab ^89^Zr", (4021,))
"""Roledumab ^89^Zr (DCM 126733)."""

RoomLaserPatientSetupPoint: _Final[_Code] = _Code(
    "DCM", "130070", "Room Laser Patient Setup Point", (9504, 9574)
)
"""Room Laser Patient Setup Point (DCM 130070)."""

RoomOrigin: _Final[_Code] = _Code("DCM", "130536", "Room Origin", (10074,))
"""Room Origin (DCM 130536)."""

RootAngularSecondMomentOfGLCM: _Final[_Code] = _Code(
    "DCM", "126061", "Root Angular Second Moment of GLCM", (7467,)
)
"""Root Angular Second Moment of GLCM (DCM 126061)."""

RotationalAcquisition: _Final[_Code] = _Code("DCM", "113613", "Rotational Acquisition", (10002,))
"""Rotational Acquisition (DCM 113613)."""

RungeKutta: _Final[_Code] = _Code("DCM", "113219", "Runge-Kutta", (7262,))
"""Runge-Kutta (DCM 113219)."""

SAR341989Zr: _Final[_Code] = _Code("DCM", "126741", "SAR3419 ^89^Zr", (4021,))
"""SAR3419 ^89^Zr (DCM 126741)."""

SMILE: _Final[_Code] = _Code("DCM", "111681", "SMILE", (4234,))
"""SMILE (DCM 111681)."""

SMPTEPattern: _Final[_Code] = _Code("DCM", "109943", "SMPTE Pattern", (8301,))
"""SMPTE Pattern (DCM 109943)."""

SOPClassUID: _Final[_Code] = _Code("DCM", "110181", "SOP Class UID", (404,))
"""SOP Class UID (DCM 110181)."""

SPECTCTOfWholeBody: _Final[_Code] = _Code("DCM", "127902", "SPECT CT of whole body", (646,))
"""SPECT CT of whole body (DCM 127902)."""

SPECTOfWholeBody: _Final[_Code] = _Code("DCM", "127901", "SPECT of whole body", (646,))
"""SPECT of whole body (DCM 127901)."""

SRKII: _Final[_Code] = _Code("DCM", "111766", "SRKII", (4236,))
"""SRKII (DCM 111766)."""

SRKT: _Final[_Code] = _Code("DCM", "111767", "SRK-T", (4236,))
"""SRK-T (DCM 111767)."""

SSDEConversionFactor: _Final[_Code] = _Code("DCM", "128410", "SSDE Conversion Factor", (10069,))
"""SSDE Conversion Factor (DCM 128410)."""

SStent: _Final[_Code] = _Code("DCM", "130733", "S - Stent", (3022,))
"""S - Stent (DCM 130733)."""

STDepressionDownsloping: _Final[_Code] = _Code(
    "DCM", "122759", "ST Depression - Downsloping", (3233,)
)
"""ST Depression - Downsloping (DCM 122759)."""

STDepressionHorizontal: _Final[_Code] = _Code(
    "DCM", "122757", "ST Depression - Horizontal", (3233,)
)
"""ST Depression - Horizontal (DCM 122757)."""

STDepressionUpsloping: _Final[_Code] = _Code("DCM", "122758", "ST Depression - Upsloping", (3233,))
"""ST Depression - Upsloping (DCM 122758)."""

STHRIndex: _Final[_Code] = _Code("DCM", "122773", "ST/HR Index", (3238,))
"""ST/HR Index (DCM 122773)."""

SWave: _Final[_Code] = _Code("DCM", "109044", "S wave", (3339,))
"""S wave (DCM 109044)."""

Saliency: _Final[_Code] = _Code("DCM", "130404", "Saliency", (217,))
"""Saliency (DCM 130404)."""

SalineImplant: _Final[_Code] = _Code("DCM", "111481", "Saline implant", (6059,))
"""Saline implant (DCM 111481)."""

SameAcquisitionAtDifferentFocalDepth: _Final[_Code] = _Code(
    "DCM", "121352", "Same acquisition at different focal depth", (8120,)
)
"""Same acquisition at different focal depth (DCM 121352)."""

SameAcquisitionAtDifferentSpectralBand: _Final[_Code] = _Code(
    "DCM", "121353", "Same acquisition at different spectral band", (8120,)
)
"""Same acquisition at different spectral band (DCM 121353)."""

SameAcquisitionAtHigherResolution: _Final[_Code] = _Code(
    "DCM", "121351", "Same acquisition at higher resolution", (8120,)
)
"""Same acquisition at higher resolution (DCM 121351)."""

SameAcquisitionAtLowerResolution: _Final[_Code] = _Code(
    "DCM", "121350", "Same acquisition at lower resolution", (8120,)
)
"""Same acquisition at lower resolution (DCM 121350)."""

SameAnatomy: _Final[_Code] = _Code("DCM", "122401", "Same Anatomy", (7210,))
"""Same Anatomy (DCM 122401)."""

SameIndication: _Final[_Code] = _Code("DCM", "122402", "Same Indication", (7210,))
"""Same Indication (DCM 122402)."""

ScanSpotInterlock: _Final[_Code] = _Code("DCM", "130824", "Scan Spot Interlock", (9568,))
"""Scan Spot Interlock (DCM 130824)."""

ScanSpotMetersetInterlock: _Final[_Code] = _Code(
    "DCM", "130827", "Scan Spot Meterset Interlock", (9568,)
)
"""Scan Spot Meterset Interlock (DCM 130827)."""

ScanSpotPositionInterlock: _Final[_Code] = _Code(
    "DCM", "130825", "Scan Spot Position Interlock", (9568,)
)
"""Scan Spot Position Interlock (DCM 130825)."""

ScanSpotSizeInterlock: _Final[_Code] = _Code("DCM", "130826", "Scan Spot Size Interlock", (9568,))
"""Scan Spot Size Interlock (DCM 130826)."""

ScapularInfraspinatusFossa: _Final[_Code] = _Code(
    "DCM", "112101", "Scapular Infraspinatus Fossa", (6115,)
)
"""Scapular Infraspinatus Fossa (DCM 112101)."""

ScapularSpine: _Final[_Code] = _Code("DCM", "112099", "Scapular Spine", (6115,))
"""Scapular Spine (DCM 112099)."""

ScapularSupraspinatusFossa: _Final[_Code] = _Code(
    "DCM", "112100", "Scapular Supraspinatus Fossa", (6115,)
)
"""Scapular Supraspinatus Fossa (DCM 112100)."""

ScarredMyocardium: _Final[_Code] = _Code("DCM", "122113", "Scarred Myocardium", (3704,))
"""Scarred Myocardium (DCM 122113)."""

ScheimpflugCamera: _Final[_Code] = _Code("DCM", "111626", "Scheimpflug Camera", (4210,))
"""Scheimpflug Camera (DCM 111626)."""

ScotopicLight: _Final[_Code] = _Code("DCM", "111627", "Scotopic light", (4203,))
"""Scotopic light (DCM 111627)."""

SeatPan: _Final[_Code] = _Code("DCM", "130855", "Seat Pan", (9513,))
"""Seat Pan (DCM 130855)."""

SecondaryFluenceMonitoringSystemInterlock: _Final[_Code] = _Code(
    "DCM", "130476", "Secondary Fluence Monitoring System Interlock", (9568,)
)
"""Secondary Fluence Monitoring System Interlock (DCM 130476)."""

SecondaryPulmonaryLobule: _Final[_Code] = _Code(
    "DCM", "112054", "Secondary pulmonary lobule", (6110,)
)
"""Secondary pulmonary lobule (DCM 112054)."""

SectorUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "125254", "Sector ultrasound transducer geometry", (12033,)
)
"""Sector ultrasound transducer geometry (DCM 125254)."""

SecureDigitalCard: _Final[_Code] = _Code("DCM", "110036", "Secure Digital Card", (405,))
"""Secure Digital Card (DCM 110036)."""

SecurityAlert: _Final[_Code] = _Code("DCM", "110113", "Security Alert", (400,))
"""Security Alert (DCM 110113)."""

SecurityConfiguration: _Final[_Code] = _Code("DCM", "110129", "Security Configuration", (401, 403))
"""Security Configuration (DCM 110129)."""

SecurityRolesChanged: _Final[_Code] = _Code("DCM", "110136", "Security Roles Changed", (401, 403))
"""Security Roles Changed (DCM 110136)."""

SeedPoint: _Final[_Code] = _Code("DCM", "128139", "Seed point", (219,))
"""Seed point (DCM 128139)."""

SegmentationResult: _Final[_Code] = _Code(
    "DCM", "128182", "Segmentation Result", (7010, 9509, 9510)
)
"""Segmentation Result (DCM 128182)."""

Segmentation_113076: _Final[_Code] = _Code("DCM", "113076", "Segmentation", (7203,))
"""Segmentation (DCM 113076)."""

Segmentation_SEG: _Final[_Code] = _Code("DCM", "SEG", "Segmentation", (32,))
"""Segmentation (DCM SEG)."""

SegmentedConstrained: _Final[_Code] = _Code("DCM", "113269", "Segmented-Constrained", (7274,))
"""Segmented-Constrained (DCM 113269)."""

SegmentedUnconstrained: _Final[_Code] = _Code("DCM", "113268", "Segmented-Unconstrained", (7274,))
"""Segmented-Unconstrained (DCM 113268)."""

SelectedRegion: _Final[_Code] = _Code("DCM", "111099", "Selected region", (6014, 6101, 6201))
"""Selected region (DCM 111099)."""

SeptalDefectIntervention: _Final[_Code] = _Code(
    "DCM", "122055", "Septal Defect Intervention", (3406,)
)
"""Septal Defect Intervention (DCM 122055)."""

SeptalLines: _Final[_Code] = _Code("DCM", "112114", "Septal line(s)", (6103,))
"""Septal line(s) (DCM 112114)."""

SeptumToWall: _Final[_Code] = _Code("DCM", "110876", "Septum To Wall", (7185,))
"""Septum To Wall (DCM 110876)."""

SeptumWallAxis: _Final[_Code] = _Code("DCM", "110865", "Septum-Wall Axis", (7184,))
"""Septum-Wall Axis (DCM 110865)."""

SequencedAcquisition: _Final[_Code] = _Code("DCM", "113804", "Sequenced Acquisition", (10013,))
"""Sequenced Acquisition (DCM 113804)."""

Series: _Final[_Code] = _Code("DCM", "113015", "Series", (272, 7012, 10000))
"""Series (DCM 113015)."""

SeriesInstanceUID: _Final[_Code] = _Code("DCM", "112002", "Series Instance UID", (10001,))
"""Series Instance UID (DCM 112002)."""

SeriesNumber: _Final[_Code] = _Code("DCM", "113607", "Series Number", (10022,))
"""Series Number (DCM 113607)."""

SessionStart: _Final[_Code] = _Code("DCM", "110145", "Session start", (401, 403))
"""Session start (DCM 110145)."""

SessionStop: _Final[_Code] = _Code("DCM", "110146", "Session stop", (401, 403))
"""Session stop (DCM 110146)."""

SevereDistortionInTheAreaOfInterest: _Final[_Code] = _Code(
    "DCM", "130584", "Severe distortion in the area of interest", (6318,)
)
"""Severe distortion in the area of interest (DCM 130584)."""

SeverelyJaundiced: _Final[_Code] = _Code("DCM", "113563", "Severely Jaundiced", (64, 10045))
"""Severely Jaundiced (DCM 113563)."""

Sewing: _Final[_Code] = _Code("DCM", "112319", "Sewing", (7310,))
"""Sewing (DCM 112319)."""

Shadow: _Final[_Code] = _Code("DCM", "112124", "Shadow", (6104,))
"""Shadow (DCM 112124)."""

ShapeFromMotion: _Final[_Code] = _Code("DCM", "114206", "Shape from motion", (8201,))
"""Shape from motion (DCM 114206)."""

ShapeFromShading: _Final[_Code] = _Code("DCM", "114205", "Shape from shading", (8201,))
"""Shape from shading (DCM 114205)."""

SharplyDefined: _Final[_Code] = _Code("DCM", "112137", "Sharply defined", (6120,))
"""Sharply defined (DCM 112137)."""

SharplyDemarcated: _Final[_Code] = _Code("DCM", "112140", "Sharply demarcated", (6120,))
"""Sharply demarcated (DCM 112140)."""

ShearWaveDispersionSlope: _Final[_Code] = _Code(
    "DCM", "130612", "Shear Wave Dispersion Slope", (12308,)
)
"""Shear Wave Dispersion Slope (DCM 130612)."""

ShearWaveSpeed: _Final[_Code] = _Code("DCM", "130611", "Shear Wave Speed", (12308,))
"""Shear Wave Speed (DCM 130611)."""

SheetFilmDigitized: _Final[_Code] = _Code("DCM", "110020", "Sheet Film Digitized", (7008,))
"""Sheet Film Digitized (DCM 110020)."""

ShinRest: _Final[_Code] = _Code("DCM", "130852", "Shin Rest", (9513,))
"""Shin Rest (DCM 130852)."""

ShutterSpeedModelSSM: _Final[_Code] = _Code("DCM", "126344", "Shutter-Speed Model (SSM)", (4101,))
"""Shutter-Speed Model (SSM) (DCM 126344)."""

SignalBaselineEnd: _Final[_Code] = _Code("DCM", "122639", "Signal Baseline End", (3836,))
"""Signal Baseline End (DCM 122639)."""

SignalBaselineStart: _Final[_Code] = _Code("DCM", "122638", "Signal Baseline Start", (3836,))
"""Signal Baseline Start (DCM 122638)."""

SignalChange: _Final[_Code] = _Code("DCM", "113059", "Signal change", (7180,))
"""Signal change (DCM 113059)."""

SignalEarliestPeakTime: _Final[_Code] = _Code("DCM", "122631", "Signal Earliest Peak Time", (3836,))
"""Signal Earliest Peak Time (DCM 122631)."""

SignalIncreaseStartTime: _Final[_Code] = _Code(
    "DCM", "122633", "Signal Increase Start Time", (3836,)
)
"""Signal Increase Start Time (DCM 122633)."""

SignalTimeToPeak: _Final[_Code] = _Code("DCM", "122634", "Signal Time to Peak", (3836,))
"""Signal Time to Peak (DCM 122634)."""

SignalToNoise: _Final[_Code] = _Code("DCM", "113060", "Signal to noise", (7180,))
"""Signal to noise (DCM 113060)."""

SignalToNoiseRatio: _Final[_Code] = _Code("DCM", "111787", "Signal to Noise Ratio", (4243,))
"""Signal to Noise Ratio (DCM 111787)."""

SignedCompleteAcquisitionContent: _Final[_Code] = _Code(
    "DCM", "113035", "Signed Complete Acquisition Content", (7010,)
)
"""Signed Complete Acquisition Content (DCM 113035)."""

SignedCompleteStudyContent: _Final[_Code] = _Code(
    "DCM", "113033", "Signed Complete Study Content", (7010,)
)
"""Signed Complete Study Content (DCM 113033)."""

SignedManifest: _Final[_Code] = _Code("DCM", "113031", "Signed Manifest", (7010,))
"""Signed Manifest (DCM 113031)."""

SignetRingSign: _Final[_Code] = _Code("DCM", "112069", "Signet-ring sign", (6104,))
"""Signet-ring sign (DCM 112069)."""

SilhouetteSign: _Final[_Code] = _Code("DCM", "112152", "Silhouette sign", (6123,))
"""Silhouette sign (DCM 112152)."""

SiliconeGranuloma: _Final[_Code] = _Code("DCM", "111296", "Silicone granuloma", (6031,))
"""Silicone granuloma (DCM 111296)."""

SiliconeLadenLymphNodes: _Final[_Code] = _Code(
    "DCM", "111507", "Silicone-laden lymph nodes", (6072,)
)
"""Silicone-laden lymph nodes (DCM 111507)."""

SimpleObjectModel: _Final[_Code] = _Code("DCM", "128418", "Simple Object Model", (10064,))
"""Simple Object Model (DCM 128418)."""

SimplifiedBernoulli: _Final[_Code] = _Code("DCM", "125218", "Simplified Bernoulli", (12230,))
"""Simplified Bernoulli (DCM 125218)."""

SimulatedKeratometry: _Final[_Code] = _Code("DCM", "111755", "Simulated Keratometry", (4235,))
"""Simulated Keratometry (DCM 111755)."""

SimulationIntent: _Final[_Code] = _Code("DCM", "129017", "Simulation Intent", (7064,))
"""Simulation Intent (DCM 129017)."""

SimultaneousArterialPulseWaveform: _Final[_Code] = _Code(
    "DCM", "121306", "Simultaneous Arterial Pulse Waveform", (7004,)
)
"""Simultaneous Arterial Pulse Waveform (DCM 121306)."""

SimultaneousDoppler: _Final[_Code] = _Code("DCM", "121301", "Simultaneous Doppler", (7004,))
"""Simultaneous Doppler (DCM 121301)."""

SimultaneousECG: _Final[_Code] = _Code("DCM", "121303", "Simultaneous ECG", (7004,))
"""Simultaneous ECG (DCM 121303)."""

SimultaneousHemodynamic: _Final[_Code] = _Code("DCM", "121302", "Simultaneous Hemodynamic", (7004,))
"""Simultaneous Hemodynamic (DCM 121302)."""

SimultaneousPhonocardiographicWaveform: _Final[_Code] = _Code(
    "DCM", "121307", "Simultaneous Phonocardiographic Waveform", (7004,)
)
"""Simultaneous Phonocardiographic Waveform (DCM 121307)."""

SimultaneousRespiratoryWaveform: _Final[_Code] = _Code(
    "DCM", "121305", "Simultaneous Respiratory Waveform", (7004,)
)
"""Simultaneous Respiratory Waveform (DCM 121305)."""

SimultaneousVoiceNarrative: _Final[_Code] = _Code(
    "DCM", "121304", "Simultaneous Voice Narrative", (7004,)
)
"""Simultaneous Voice Narrative (DCM 121304)."""

SimultaneouslyAcquired: _Final[_Code] = _Code("DCM", "122400", "Simultaneously Acquired", (7210,))
"""Simultaneously Acquired (DCM 122400)."""

SingleFraction: _Final[_Code] = _Code("DCM", "130096", "Single Fraction", (9533,))
"""Single Fraction (DCM 130096)."""

SingleLADRegionInRAOProjection: _Final[_Code] = _Code(
    "DCM", "122466", "Single LAD Region in RAO Projection", (3461,)
)
"""Single LAD Region in RAO Projection (DCM 122466)."""

SingleLeaves: _Final[_Code] = _Code("DCM", "130333", "Single Leaves", (9540,))
"""Single Leaves (DCM 130333)."""

SingleLuminance: _Final[_Code] = _Code("DCM", "111840", "Single luminance", (4252,))
"""Single luminance (DCM 111840)."""

SingleOrAnteriorLens: _Final[_Code] = _Code("DCM", "111778", "Single or Anterior Lens", (4233,))
"""Single or Anterior Lens (DCM 111778)."""

SinglePlane: _Final[_Code] = _Code("DCM", "113622", "Single Plane", (10003,))
"""Single Plane (DCM 113622)."""

SinglePlaneAngiography: _Final[_Code] = _Code("DCM", "122059", "Single plane Angiography", (3748,))
"""Single plane Angiography (DCM 122059)."""

SinglePlaneEllipse: _Final[_Code] = _Code("DCM", "125226", "Single Plane Ellipse", (12228,))
"""Single Plane Ellipse (DCM 125226)."""

SingleRCARegionInRAOProjection: _Final[_Code] = _Code(
    "DCM", "122467", "Single RCA Region in RAO Projection", (3461,)
)
"""Single RCA Region in RAO Projection (DCM 122467)."""

SingleShotEPI: _Final[_Code] = _Code("DCM", "113226", "Single Shot EPI", (7260,))
"""Single Shot EPI (DCM 113226)."""

SingleSideIllumination: _Final[_Code] = _Code("DCM", "130810", "Single-side illumination", (11001,))
"""Single-side illumination (DCM 130810)."""

SingleSubjectExtractedFromGroup: _Final[_Code] = _Code(
    "DCM", "113132", "Single subject extracted from group", (7165,)
)
"""Single subject extracted from group (DCM 113132)."""

SingleTensor: _Final[_Code] = _Code("DCM", "113231", "Single Tensor", (7261,))
"""Single Tensor (DCM 113231)."""

SingularValueDecompositionSVDDeconvolution: _Final[_Code] = _Code(
    "DCM", "126311", "Singular Value Decomposition (SVD) deconvolution", (4105,)
)
"""Singular Value Decomposition (SVD) deconvolution (DCM 126311)."""

SiteOfLumenMaximum: _Final[_Code] = _Code("DCM", "122687", "Site of Lumen Maximum", (3486,))
"""Site of Lumen Maximum (DCM 122687)."""

SiteOfLumenMinimum: _Final[_Code] = _Code("DCM", "122382", "Site of Lumen Minimum", (3486,))
"""Site of Lumen Minimum (DCM 122382)."""

Skewness: _Final[_Code] = _Code("DCM", "126051", "Skewness", (7464,))
"""Skewness (DCM 126051)."""

SkinAppositionSetupMethod: _Final[_Code] = _Code(
    "DCM", "130634", "Skin Apposition Setup Method", (9571,)
)
"""Skin Apposition Setup Method (DCM 130634)."""

SkinConditionClammy: _Final[_Code] = _Code("DCM", "122275", "skin condition Clammy", (3446,))
"""skin condition Clammy (DCM 122275)."""

SkinConditionCold: _Final[_Code] = _Code("DCM", "122273", "skin condition Cold", (3446,))
"""skin condition Cold (DCM 122273)."""

SkinConditionCool: _Final[_Code] = _Code("DCM", "122272", "skin condition Cool", (3446,))
"""skin condition Cool (DCM 122272)."""

SkinConditionDiaphoretic: _Final[_Code] = _Code(
    "DCM", "122276", "skin condition Diaphoretic", (3446,)
)
"""skin condition Diaphoretic (DCM 122276)."""

SkinConditionDry: _Final[_Code] = _Code("DCM", "122274", "skin condition Dry", (3446,))
"""skin condition Dry (DCM 122274)."""

SkinConditionFlush: _Final[_Code] = _Code("DCM", "122277", "skin condition Flush", (3446,))
"""skin condition Flush (DCM 122277)."""

SkinConditionMottled: _Final[_Code] = _Code("DCM", "122278", "skin condition Mottled", (3446,))
"""skin condition Mottled (DCM 122278)."""

SkinConditionPale: _Final[_Code] = _Code("DCM", "122279", "skin condition Pale", (3446,))
"""skin condition Pale (DCM 122279)."""

SkinConditionWarm: _Final[_Code] = _Code("DCM", "122271", "skin condition Warm", (3446,))
"""skin condition Warm (DCM 122271)."""

SkinDoseMap: _Final[_Code] = _Code("DCM", "128485", "Skin Dose Map", (10063,))
"""Skin Dose Map (DCM 128485)."""

SkinOfAnteriorHelixOfEar: _Final[_Code] = _Code(
    "DCM", "130305", "Skin of anterior helix of ear", (4029,)
)
"""Skin of anterior helix of ear (DCM 130305)."""

SkinOfCaruncleOfEye: _Final[_Code] = _Code("DCM", "130306", "Skin of caruncle of eye", (4029,))
"""Skin of caruncle of eye (DCM 130306)."""

SkinOfInferiorHelixOfEar: _Final[_Code] = _Code(
    "DCM", "130307", "Skin of inferior helix of ear", (4029,)
)
"""Skin of inferior helix of ear (DCM 130307)."""

SkinOfInferiorPosteriorSurfaceOfThePinna: _Final[_Code] = _Code(
    "DCM", "130308", "Skin of inferior posterior surface of the pinna", (4029,)
)
"""Skin of inferior posterior surface of the pinna (DCM 130308)."""

SkinOfInfraalarGroove: _Final[_Code] = _Code("DCM", "130312", "Skin of infraalar groove", (4029,))
"""Skin of infraalar groove (DCM 130312)."""

SkinOfLateralPartOfDorsumOfFoot: _Final[_Code] = _Code(
    "DCM", "130309", "Skin of lateral part of dorsum of foot", (4029,)
)
"""Skin of lateral part of dorsum of foot (DCM 130309)."""

SkinOfLowerAntihelixOfEar: _Final[_Code] = _Code(
    "DCM", "130310", "Skin of lower antihelix of ear", (4029,)
)
"""Skin of lower antihelix of ear (DCM 130310)."""

SkinOfLowerEyelidMargin: _Final[_Code] = _Code(
    "DCM", "130311", "Skin of lower eyelid margin", (4029,)
)
"""Skin of lower eyelid margin (DCM 130311)."""

SkinOfLowerParaspinalRegion: _Final[_Code] = _Code(
    "DCM", "130304", "Skin of lower paraspinal region", (4029,)
)
"""Skin of lower paraspinal region (DCM 130304)."""

SkinOfMedialPartOfDorsumOfFoot: _Final[_Code] = _Code(
    "DCM", "130313", "Skin of medial part of dorsum of foot", (4029,)
)
"""Skin of medial part of dorsum of foot (DCM 130313)."""

SkinOfMidBack: _Final[_Code] = _Code("DCM", "130323", "Skin of mid back", (4029,))
"""Skin of mid back (DCM 130323)."""

SkinOfMidParaspinalRegion: _Final[_Code] = _Code(
    "DCM", "130303", "Skin of mid paraspinal region", (4029,)
)
"""Skin of mid paraspinal region (DCM 130303)."""

SkinOfParanasalCheek: _Final[_Code] = _Code("DCM", "130314", "Skin of paranasal cheek", (4029,))
"""Skin of paranasal cheek (DCM 130314)."""

SkinOfParaspinalAreaOfTheNeck: _Final[_Code] = _Code(
    "DCM", "130300", "Skin of paraspinal area of the neck", (4029,)
)
"""Skin of paraspinal area of the neck (DCM 130300)."""

SkinOfParaspinalAreaOfTheSuperiorBack: _Final[_Code] = _Code(
    "DCM", "130301", "Skin of paraspinal area of the superior back", (4029,)
)
"""Skin of paraspinal area of the superior back (DCM 130301)."""

SkinOfPosteriorHelixOfEar: _Final[_Code] = _Code(
    "DCM", "130315", "Skin of posterior helix of ear", (4029,)
)
"""Skin of posterior helix of ear (DCM 130315)."""

SkinOfPosteriorLobuleOfTheEar: _Final[_Code] = _Code(
    "DCM", "130316", "Skin of posterior lobule of the ear", (4029,)
)
"""Skin of posterior lobule of the ear (DCM 130316)."""

SkinOfSoleOfForefoot: _Final[_Code] = _Code("DCM", "130317", "Skin of sole of forefoot", (4029,))
"""Skin of sole of forefoot (DCM 130317)."""

SkinOfSuperiorAntihelixOfEar: _Final[_Code] = _Code(
    "DCM", "130318", "Skin of superior antihelix of ear", (4029,)
)
"""Skin of superior antihelix of ear (DCM 130318)."""

SkinOfSuperiorPosteriorHelixOfEar: _Final[_Code] = _Code(
    "DCM", "130319", "Skin of superior posterior helix of ear", (4029,)
)
"""Skin of superior posterior helix of ear (DCM 130319)."""

SkinOfSuperiorPosteriorSurfaceOfThePinna: _Final[_Code] = _Code(
    "DCM", "130320", "Skin of superior posterior surface of the pinna", (4029,)
)
"""Skin of superior posterior surface of the pinna (DCM 130320)."""

SkinOfUpperAntihelixOfEar: _Final[_Code] = _Code(
    "DCM", "130321", "Skin of upper antihelix of ear", (4029,)
)
"""Skin of upper antihelix of ear (DCM 130321)."""

SkinOfUpperEyelidMargin: _Final[_Code] = _Code(
    "DCM", "130322", "Skin of upper eyelid margin", (4029,)
)
"""Skin of upper eyelid margin (DCM 130322)."""

SkinOfUpperParaspinalRegion: _Final[_Code] = _Code(
    "DCM", "130302", "Skin of upper paraspinal region", (4029,)
)
"""Skin of upper paraspinal region (DCM 130302)."""

SleepStageN1: _Final[_Code] = _Code("DCM", "130834", "Sleep Stage N1", (3046,))
"""Sleep Stage N1 (DCM 130834)."""

SleepStageN2: _Final[_Code] = _Code("DCM", "130835", "Sleep Stage N2", (3046,))
"""Sleep Stage N2 (DCM 130835)."""

SleepStageN3: _Final[_Code] = _Code("DCM", "130836", "Sleep Stage N3", (3046,))
"""Sleep Stage N3 (DCM 130836)."""

SlideMicroscopy_112702: _Final[_Code] = _Code("DCM", "112702", "Slide Microscopy", (8131,))
"""Slide Microscopy (DCM 112702)."""

SlideMicroscopy_SM: _Final[_Code] = _Code("DCM", "SM", "Slide Microscopy", (29,))
"""Slide Microscopy (DCM SM)."""

SlidingWindowBeam: _Final[_Code] = _Code("DCM", "130106", "Sliding Window Beam", (9511,))
"""Sliding Window Beam (DCM 130106)."""

SlowDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113291", "Slow Diffusion Coefficient", (7272,)
)
"""Slow Diffusion Coefficient (DCM 113291)."""

SmallIrregularOpacities: _Final[_Code] = _Code(
    "DCM", "112125", "Small irregular opacities", (6104, 6106)
)
"""Small irregular opacities (DCM 112125)."""

SmallLesserThan32Point0cmLateralThickness: _Final[_Code] = _Code(
    "DCM", "113601", "Small: < 32.0 cm lateral thickness", (7042,)
)
"""Small: < 32.0 cm lateral thickness (DCM 113601)."""

SmallRoundedOpacities: _Final[_Code] = _Code("DCM", "112126", "Small rounded opacities", (6104,))
"""Small rounded opacities (DCM 112126)."""

Smoothing: _Final[_Code] = _Code("DCM", "113087", "Smoothing", (7203,))
"""Smoothing (DCM 113087)."""

SoftPlaque: _Final[_Code] = _Code("DCM", "122356", "Soft plaque", (3491,))
"""Soft plaque (DCM 122356)."""

SoftwareConfiguration: _Final[_Code] = _Code("DCM", "110131", "Software Configuration", (401, 403))
"""Software Configuration (DCM 110131)."""

SoftwareFailure: _Final[_Code] = _Code("DCM", "111218", "Software failure", (6041, 6135, 7011))
"""Software failure (DCM 111218)."""

SolidMass: _Final[_Code] = _Code("DCM", "111462", "Solid mass", (6064,))
"""Solid mass (DCM 111462)."""

Sonazoid: _Final[_Code] = _Code("DCM", "125905", "Sonazoid", (12030,))
"""Sonazoid (DCM 125905)."""

Sonologist: _Final[_Code] = _Code("DCM", "121092", "Sonologist", (7452,))
"""Sonologist (DCM 121092)."""

Sonovue: _Final[_Code] = _Code("DCM", "125906", "SonoVue", (12030,))
"""SonoVue (DCM 125906)."""

SourceDeformableSpatialRegistration: _Final[_Code] = _Code(
    "DCM", "125028", "Source Deformable Spatial Registration", (7013,)
)
"""Source Deformable Spatial Registration (DCM 125028)."""

SourceDocument: _Final[_Code] = _Code("DCM", "121335", "Source Document", (7006,))
"""Source Document (DCM 121335)."""

SourceDoseForComposingCurrentDose: _Final[_Code] = _Code(
    "DCM", "121372", "Source dose for composing current dose", (7221,)
)
"""Source dose for composing current dose (DCM 121372)."""

SourceImage: _Final[_Code] = _Code("DCM", "121324", "Source image", (7060, 7061, 7205))
"""Source image (DCM 121324)."""

SourceImageDiffusionBValue: _Final[_Code] = _Code(
    "DCM", "113240", "Source image diffusion b-value", (7276, 9000)
)
"""Source image diffusion b-value (DCM 113240)."""

SourceImageForImageProcessingOperation: _Final[_Code] = _Code(
    "DCM", "121322", "Source image for image processing operation", (4264, 7202, 7222)
)
"""Source image for image processing operation (DCM 121322)."""

SourceImageForMontage: _Final[_Code] = _Code("DCM", "121329", "Source image for montage", (7202,))
"""Source image for montage (DCM 121329)."""

SourceMeasurement: _Final[_Code] = _Code("DCM", "128224", "Source measurement", (7013,))
"""Source measurement (DCM 128224)."""

SourceMedia: _Final[_Code] = _Code("DCM", "110155", "Source Media", (402,))
"""Source Media (DCM 110155)."""

SourceOfMeasurement: _Final[_Code] = _Code("DCM", "121112", "Source of Measurement", (7003, 7552))
"""Source of Measurement (DCM 121112)."""

SourcePositionToleranceViolation: _Final[_Code] = _Code(
    "DCM", "130473", "Source Position Tolerance Violation", (9567,)
)
"""Source Position Tolerance Violation (DCM 130473)."""

SourceRawData: _Final[_Code] = _Code("DCM", "128226", "Source raw data", (7013,))
"""Source raw data (DCM 128226)."""

SourceRealWorldValueMap: _Final[_Code] = _Code(
    "DCM", "128227", "Source real world value map", (7019,)
)
"""Source real world value map (DCM 128227)."""

SourceReport: _Final[_Code] = _Code("DCM", "128225", "Source report", (7013,))
"""Source report (DCM 128225)."""

SourceRoleID: _Final[_Code] = _Code("DCM", "110153", "Source Role ID", (402,))
"""Source Role ID (DCM 110153)."""

SourceSegmentation: _Final[_Code] = _Code("DCM", "128228", "Source segmentation", (7019,))
"""Source segmentation (DCM 128228)."""

SourceSeriesForImageProcessingOperation: _Final[_Code] = _Code(
    "DCM", "121323", "Source series for image processing operation", (7210,)
)
"""Source series for image processing operation (DCM 121323)."""

SpatialDisplacementXComponent: _Final[_Code] = _Code(
    "DCM", "110822", "Spatial Displacement X Component", (7180,)
)
"""Spatial Displacement X Component (DCM 110822)."""

SpatialDisplacementYComponent: _Final[_Code] = _Code(
    "DCM", "110823", "Spatial Displacement Y Component", (7180,)
)
"""Spatial Displacement Y Component (DCM 110823)."""

SpatialDisplacementZComponent: _Final[_Code] = _Code(
    "DCM", "110824", "Spatial Displacement Z Component", (7180,)
)
"""Spatial Displacement Z Component (DCM 110824)."""

SpatialFiducials: _Final[_Code] = _Code("DCM", "FID", "Spatial Fiducials", (32,))
"""Spatial Fiducials (DCM FID)."""

SpatialResampling: _Final[_Code] = _Code("DCM", "113085", "Spatial resampling", (7203,))
"""Spatial resampling (DCM 113085)."""

SpatiallyRelatedFramesExtractedFromTheVolume: _Final[_Code] = _Code(
    "DCM", "113091", "Spatially-related frames extracted from the volume", (7203,)
)
"""Spatially-related frames extracted from the volume (DCM 113091)."""

SpecifiedConformationNumber: _Final[_Code] = _Code(
    "DCM", "130076", "Specified Conformation Number", (9500,)
)
"""Specified Conformation Number (DCM 130076)."""

SpecifiedConformityIndex: _Final[_Code] = _Code(
    "DCM", "130074", "Specified Conformity Index", (9500,)
)
"""Specified Conformity Index (DCM 130074)."""

SpecifiedHealthyTissueConformityIndex: _Final[_Code] = _Code(
    "DCM", "130075", "Specified Healthy Tissue Conformity Index", (9500,)
)
"""Specified Healthy Tissue Conformity Index (DCM 130075)."""

SpecifiedHomogeneityIndex: _Final[_Code] = _Code(
    "DCM", "130077", "Specified Homogeneity Index", (9500,)
)
"""Specified Homogeneity Index (DCM 130077)."""

Specimen: _Final[_Code] = _Code("DCM", "121027", "Specimen", (271,))
"""Specimen (DCM 121027)."""

SpecimenStorage: _Final[_Code] = _Code("DCM", "111729", "Specimen storage", (8111,))
"""Specimen storage (DCM 111729)."""

SpectralDomain: _Final[_Code] = _Code("DCM", "111921", "Spectral domain", (4261,))
"""Spectral domain (DCM 111921)."""

SpectralFilteredImage: _Final[_Code] = _Code("DCM", "121340", "Spectral filtered image", (7201,))
"""Spectral filtered image (DCM 121340)."""

Spectroscopy: _Final[_Code] = _Code("DCM", "121317", "Spectroscopy", (7201,))
"""Spectroscopy (DCM 121317)."""

SpectroscopyDataForWaterPhaseCorrection: _Final[_Code] = _Code(
    "DCM", "121318", "Spectroscopy Data for Water Phase Correction", (7215,)
)
"""Spectroscopy Data for Water Phase Correction (DCM 121318)."""

SpeedOfSound: _Final[_Code] = _Code("DCM", "110832", "Speed of sound", (7180,))
"""Speed of sound (DCM 110832)."""

SpeedOfSoundMapCorrection: _Final[_Code] = _Code(
    "DCM", "130820", "Speed of Sound Map Correction", (11004,)
)
"""Speed of Sound Map Correction (DCM 130820)."""

Sphere: _Final[_Code] = _Code("DCM", "122485", "Sphere", (8, 3451, 7112))
"""Sphere (DCM 122485)."""

SphericalBackProjection: _Final[_Code] = _Code(
    "DCM", "130821", "Spherical Back Projection", (11005,)
)
"""Spherical Back Projection (DCM 130821)."""

SphericalDeconvolution: _Final[_Code] = _Code("DCM", "113238", "Spherical Deconvolution", (7261,))
"""Spherical Deconvolution (DCM 113238)."""

SphericalProjection: _Final[_Code] = _Code("DCM", "111791", "Spherical projection", (4245,))
"""Spherical projection (DCM 111791)."""

Spiculated: _Final[_Code] = _Code("DCM", "112136", "Spiculated", (6119,))
"""Spiculated (DCM 112136)."""

SpinTaggingPerfusionMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110800", "Spin Tagging Perfusion MR Signal Intensity", (7180,)
)
"""Spin Tagging Perfusion MR Signal Intensity (DCM 110800)."""

SpontaneousAbortion: _Final[_Code] = _Code("DCM", "111566", "Spontaneous Abortion", (6088,))
"""Spontaneous Abortion (DCM 111566)."""

SpotMagnificationViews: _Final[_Code] = _Code(
    "DCM", "111136", "Spot magnification view(s)", (6029,)
)
"""Spot magnification view(s) (DCM 111136)."""

SquamousCellCarcinomaOfTheNipple: _Final[_Code] = _Code(
    "DCM", "111340", "Squamous cell carcinoma of the nipple", (6033,)
)
"""Squamous cell carcinoma of the nipple (DCM 111340)."""

Stage0: _Final[_Code] = _Code("DCM", "111494", "Stage 0", (6068,))
"""Stage 0 (DCM 111494)."""

StageI: _Final[_Code] = _Code("DCM", "111495", "Stage I", (6068,))
"""Stage I (DCM 111495)."""

StageIIA: _Final[_Code] = _Code("DCM", "111496", "Stage IIA", (6068,))
"""Stage IIA (DCM 111496)."""

StageIIB: _Final[_Code] = _Code("DCM", "111497", "Stage IIB", (6068,))
"""Stage IIB (DCM 111497)."""

StageIIIA: _Final[_Code] = _Code("DCM", "111498", "Stage IIIA", (6068,))
"""Stage IIIA (DCM 111498)."""

StageIIIB: _Final[_Code] = _Code("DCM", "111499", "Stage IIIB", (6068,))
"""Stage IIIB (DCM 111499)."""

StageIIIC: _Final[_Code] = _Code("DCM", "111500", "Stage IIIC", (6068,))
"""Stage IIIC (DCM 111500)."""

StageIV: _Final[_Code] = _Code("DCM", "111501", "Stage IV", (6068,))
"""Stage IV (DCM 111501)."""

StageView: _Final[_Code] = _Code("DCM", "113017", "Stage-View", (7012,))
"""Stage-View (DCM 113017)."""

StagingPriorToImaging: _Final[_Code] = _Code("DCM", "127103", "Staging prior to imaging", (634,))
"""Staging prior to imaging (DCM 127103)."""

StandardDeviationDistanceOfCalcificationsInACluster: _Final[_Code] = _Code(
    "DCM", "112201", "Standard deviation distance of calcifications in a cluster", (6142,)
)
"""Standard deviation distance of calcifications in a cluster (DCM 112201)."""

StandardDeviationOfAttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112183", "Standard Deviation of Attenuation Coefficient", (6141,)
)
"""Standard Deviation of Attenuation Coefficient (DCM 112183)."""

StandardDeviationOfMeasurementsUsed: _Final[_Code] = _Code(
    "DCM", "111786", "Standard Deviation of measurements used", (4243,)
)
"""Standard Deviation of measurements used (DCM 111786)."""

StandardDeviationOfPopulation: _Final[_Code] = _Code(
    "DCM", "121414", "Standard deviation of population", (226,)
)
"""Standard deviation of population (DCM 121414)."""

StandardFractionation: _Final[_Code] = _Code("DCM", "130097", "Standard Fractionation", (9533,))
"""Standard Fractionation (DCM 130097)."""

StandardToftsModel: _Final[_Code] = _Code("DCM", "126340", "Standard Tofts Model", (4101,))
"""Standard Tofts Model (DCM 126340)."""

StandardizedAddedMetabolicActivity: _Final[_Code] = _Code(
    "DCM", "126037", "Standardized Added Metabolic Activity", (7466,)
)
"""Standardized Added Metabolic Activity (DCM 126037)."""

StandardizedAddedMetabolicActivityBackground: _Final[_Code] = _Code(
    "DCM", "126038", "Standardized Added Metabolic Activity Background", (7466,)
)
"""Standardized Added Metabolic Activity Background (DCM 126038)."""

StandardizedUptakeValue: _Final[_Code] = _Code(
    "DCM", "126400", "Standardized Uptake Value", (7180,)
)
"""Standardized Uptake Value (DCM 126400)."""

Standby: _Final[_Code] = _Code("DCM", "121101", "Standby", (7453,))
"""Standby (DCM 121101)."""

StartOfAtrialContraction_109045: _Final[_Code] = _Code(
    "DCM", "109045", "Start of atrial contraction", (3339,)
)
"""Start of atrial contraction (DCM 109045)."""

StartOfAtrialContraction_109046: _Final[_Code] = _Code(
    "DCM", "109046", "Start of atrial contraction (subsequent)", (3339,)
)
"""Start of atrial contraction (subsequent) (DCM 109046)."""

StartOfContrastAgentAdministration: _Final[_Code] = _Code(
    "DCM", "125234", "Start of contrast agent administration", (12031,)
)
"""Start of contrast agent administration (DCM 125234)."""

StartOfDrugDoseAdministration: _Final[_Code] = _Code(
    "DCM", "125233", "Start of drug dose administration", (12031,)
)
"""Start of drug dose administration (DCM 125233)."""

StartOfExpiration: _Final[_Code] = _Code("DCM", "109029", "Start of expiration", (3337,))
"""Start of expiration (DCM 109029)."""

StartOfInspiration: _Final[_Code] = _Code("DCM", "109030", "Start of inspiration", (3337,))
"""Start of inspiration (DCM 109030)."""

StartOfThermalCO: _Final[_Code] = _Code("DCM", "109031", "Start of thermal CO", (3337,))
"""Start of thermal CO (DCM 109031)."""

StartProcedureAction: _Final[_Code] = _Code("DCM", "121130", "Start Procedure Action", (3421,))
"""Start Procedure Action (DCM 121130)."""

StaticBeam: _Final[_Code] = _Code("DCM", "130102", "Static Beam", (9511,))
"""Static Beam (DCM 130102)."""

StationaryAcquisition_113611: _Final[_Code] = _Code(
    "DCM", "113611", "Stationary Acquisition", (10002,)
)
"""Stationary Acquisition (DCM 113611)."""

StationaryAcquisition_113806: _Final[_Code] = _Code(
    "DCM", "113806", "Stationary Acquisition", (10013,)
)
"""Stationary Acquisition (DCM 113806)."""

StentDiameterRatio: _Final[_Code] = _Code("DCM", "122351", "Stent Diameter Ratio", (3484,))
"""Stent Diameter Ratio (DCM 122351)."""

StentDisintegration: _Final[_Code] = _Code("DCM", "122684", "stent disintegration", (3813,))
"""stent disintegration (DCM 122684)."""

StentExpansionIndex: _Final[_Code] = _Code("DCM", "122347", "Stent Expansion Index", (3484,))
"""Stent Expansion Index (DCM 122347)."""

StentFracture: _Final[_Code] = _Code("DCM", "122683", "stent fracture", (3813,))
"""stent fracture (DCM 122683)."""

StentGap: _Final[_Code] = _Code("DCM", "122364", "Stent Gap", (3483,))
"""Stent Gap (DCM 122364)."""

StentReExpanded: _Final[_Code] = _Code("DCM", "122306", "Stent re-expanded", (3412,))
"""Stent re-expanded (DCM 122306)."""

StentSymmetryIndex: _Final[_Code] = _Code("DCM", "122346", "Stent Symmetry Index", (3484,))
"""Stent Symmetry Index (DCM 122346)."""

StentedRegion: _Final[_Code] = _Code("DCM", "122383", "Stented Region", (3487,))
"""Stented Region (DCM 122383)."""

StepAndShootBeam: _Final[_Code] = _Code("DCM", "130105", "Step and Shoot Beam", (9511,))
"""Step and Shoot Beam (DCM 130105)."""

SteppingAcquisition: _Final[_Code] = _Code("DCM", "113612", "Stepping Acquisition", (10002,))
"""Stepping Acquisition (DCM 113612)."""

StereometricRelationship: _Final[_Code] = _Code("DCM", "SMR", "Stereometric Relationship", (32,))
"""Stereometric Relationship (DCM SMR)."""

StereotacticSetupMethod: _Final[_Code] = _Code(
    "DCM", "130633", "Stereotactic Setup Method", (9571,)
)
"""Stereotactic Setup Method (DCM 130633)."""

StimulationAtRate1Interval: _Final[_Code] = _Code(
    "DCM", "109047", "Stimulation at rate 1 interval", (3339,)
)
"""Stimulation at rate 1 interval (DCM 109047)."""

StimulationAtRate2Interval: _Final[_Code] = _Code(
    "DCM", "109048", "Stimulation at rate 2 interval", (3339,)
)
"""Stimulation at rate 2 interval (DCM 109048)."""

StimulationAtRate3Interval: _Final[_Code] = _Code(
    "DCM", "109049", "Stimulation at rate 3 interval", (3339,)
)
"""Stimulation at rate 3 interval (DCM 109049)."""

StimulationAtRate4Interval: _Final[_Code] = _Code(
    "DCM", "109050", "Stimulation at rate 4 interval", (3339,)
)
"""Stimulation at rate 4 interval (DCM 109050)."""

StorageDetector: _Final[_Code] = _Code("DCM", "113950", "Storage Detector", (10030,))
"""Storage Detector (DCM 113950)."""

Streamline: _Final[_Code] = _Code("DCM", "113215", "Streamline", (7262,))
"""Streamline (DCM 113215)."""

StressTechnetiumRestTechnetium1DayProcedure: _Final[_Code] = _Code(
    "DCM", "122784", "Stress technetium/rest technetium 1 day procedure", (3110,)
)
"""Stress technetium/rest technetium 1 day procedure (DCM 122784)."""

StretchedExponentialDiffusionModel: _Final[_Code] = _Code(
    "DCM", "113254", "Stretched exponential diffusion model", (7273,)
)
"""Stretched exponential diffusion model (DCM 113254)."""

StripFilter: _Final[_Code] = _Code("DCM", "113650", "Strip filter", (10007,))
"""Strip filter (DCM 113650)."""

Stripe: _Final[_Code] = _Code("DCM", "112094", "Stripe", (6148,))
"""Stripe (DCM 112094)."""

StronglyPositive: _Final[_Code] = _Code("DCM", "122755", "Strongly positive", (3231,))
"""Strongly positive (DCM 122755)."""

StronglyPositiveSTElevation: _Final[_Code] = _Code(
    "DCM", "122756", "Strongly positive - ST elevation", (3231,)
)
"""Strongly positive - ST elevation (DCM 122756)."""

StructuralImageForImageProcessing: _Final[_Code] = _Code(
    "DCM", "128250", "Structural image for image processing", (7202,)
)
"""Structural image for image processing (DCM 128250)."""

StructureOfTheFindingSite: _Final[_Code] = _Code(
    "DCM", "125311", "Structure of the Finding Site", (12302,)
)
"""Structure of the Finding Site (DCM 125311)."""

StructuredReportDocument: _Final[_Code] = _Code("DCM", "SR", "Structured Report Document", (32,))
"""Structured Report Document (DCM SR)."""

StudentTTest: _Final[_Code] = _Code("DCM", "113068", "Student's T-test", (7180,))
"""Student's T-test (DCM 113068)."""

StudiesImported: _Final[_Code] = _Code("DCM", "110027", "Studies Imported", (7008,))
"""Studies Imported (DCM 110027)."""

Study: _Final[_Code] = _Code("DCM", "113014", "Study", (272, 7012, 10000))
"""Study (DCM 113014)."""

StudyInstanceUID: _Final[_Code] = _Code("DCM", "110180", "Study Instance UID", (404, 10001))
"""Study Instance UID (DCM 110180)."""

StudyPerformedDidNotMatchRequest: _Final[_Code] = _Code(
    "DCM", "130573", "Study performed did not match request", (6314,)
)
"""Study performed did not match request (DCM 130573)."""

SubjectiveRefraction: _Final[_Code] = _Code("DCM", "SRF", "Subjective Refraction", (29,))
"""Subjective Refraction (DCM SRF)."""

SuboptimalContrastTiming: _Final[_Code] = _Code(
    "DCM", "128554", "Suboptimal contrast timing", (10034,)
)
"""Suboptimal contrast timing (DCM 128554)."""

SuboptimalPatientPreparation: _Final[_Code] = _Code(
    "DCM", "130575", "Suboptimal patient preparation", (6314,)
)
"""Suboptimal patient preparation (DCM 130575)."""

SubpleuralLine: _Final[_Code] = _Code("DCM", "112115", "Subpleural line", (6103,))
"""Subpleural line (DCM 112115)."""

SubscapularFossa: _Final[_Code] = _Code("DCM", "112098", "Subscapular Fossa", (6115,))
"""Subscapular Fossa (DCM 112098)."""

SubtractionImageMissing: _Final[_Code] = _Code(
    "DCM", "130581", "Subtraction image missing", (6317,)
)
"""Subtraction image missing (DCM 130581)."""

Succeeded: _Final[_Code] = _Code("DCM", "111222", "Succeeded", (6042,))
"""Succeeded (DCM 111222)."""

SuggestiveOfMalignancyTakeAppropriateAction: _Final[_Code] = _Code(
    "DCM", "111146", "Suggestive of malignancy - take appropriate action", (6029,)
)
"""Suggestive of malignancy - take appropriate action (DCM 111146)."""

SumOfSegmentedVoxelMethodForVolume: _Final[_Code] = _Code(
    "DCM", "126030", "Sum of segmented voxel method for volume", (7474,)
)
"""Sum of segmented voxel method for volume (DCM 126030)."""

SuperficialRetinaStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128266", "Superficial retina structural reflectance map", (4271,)
)
"""Superficial retina structural reflectance map (DCM 128266)."""

SuperficialRetinaVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128265", "Superficial retina vasculature flow", (4271,)
)
"""Superficial retina vasculature flow (DCM 128265)."""

SuperiorLongitudinalFasciculusI: _Final[_Code] = _Code(
    "DCM", "110703", "superior longitudinal fasciculus I", (7703,)
)
"""superior longitudinal fasciculus I (DCM 110703)."""

SuperiorLongitudinalFasciculusII: _Final[_Code] = _Code(
    "DCM", "110704", "superior longitudinal fasciculus II", (7703,)
)
"""superior longitudinal fasciculus II (DCM 110704)."""

SuperiorLongitudinalFasciculusIII: _Final[_Code] = _Code(
    "DCM", "110705", "superior longitudinal fasciculus III", (7703,)
)
"""superior longitudinal fasciculus III (DCM 110705)."""

SuperolateralToInferomedial: _Final[_Code] = _Code(
    "DCM", "111434", "Superolateral to inferomedial", (6065,)
)
"""Superolateral to inferomedial (DCM 111434)."""

SuperomedialToInferolateral: _Final[_Code] = _Code(
    "DCM", "111435", "Superomedial to inferolateral", (6065,)
)
"""Superomedial to inferolateral (DCM 111435)."""

SurfaceBetweenInnerAndOuterSegmentsOfThePhotoreceptors: _Final[_Code] = _Code(
    "DCM", "128295", "Surface between Inner and Outer Segments of the photoreceptors", (4273,)
)
"""Surface between Inner and Outer Segments of the photoreceptors (DCM 128295)."""

SurfaceContourMapping: _Final[_Code] = _Code("DCM", "111792", "Surface contour mapping", (4245,))
"""Surface contour mapping (DCM 111792)."""

SurfaceOfTheCenterOfTheRPE: _Final[_Code] = _Code(
    "DCM", "128298", "Surface of the center of the RPE", (4273,)
)
"""Surface of the center of the RPE (DCM 128298)."""

SurfaceOfTheChoroidScleraInterface: _Final[_Code] = _Code(
    "DCM", "128301", "Surface of the choroid-sclera interface", (4273,)
)
"""Surface of the choroid-sclera interface (DCM 128301)."""

SurfaceOfTheInterdigitatingZoneBetweenRetinaAndRPE: _Final[_Code] = _Code(
    "DCM", "128296", "Surface of the interdigitating zone between retina and RPE", (4273,)
)
"""Surface of the interdigitating zone between retina and RPE (DCM 128296)."""

SurfaceRendering: _Final[_Code] = _Code("DCM", "113075", "Surface rendering", (7203,))
"""Surface rendering (DCM 113075)."""

SurgeonFactor: _Final[_Code] = _Code("DCM", "111773", "Surgeon Factor", (4237,))
"""Surgeon Factor (DCM 111773)."""

SurgicalConsult: _Final[_Code] = _Code("DCM", "111410", "Surgical consult", (6028, 6050))
"""Surgical consult (DCM 111410)."""

Survey: _Final[_Code] = _Code("DCM", "111128", "Survey", (6061,))
"""Survey (DCM 111128)."""

SuspendProcedureAction: _Final[_Code] = _Code("DCM", "121132", "Suspend Procedure Action", (3421,))
"""Suspend Procedure Action (DCM 121132)."""

Suvbsa: _Final[_Code] = _Code("DCM", "126403", "SUVbsa", (7180,))
"""SUVbsa (DCM 126403)."""

Suvbw: _Final[_Code] = _Code("DCM", "126401", "SUVbw", (7180,))
"""SUVbw (DCM 126401)."""

Suvibw: _Final[_Code] = _Code("DCM", "126404", "SUVibw", (7180,))
"""SUVibw (DCM 126404)."""

Suvlbm: _Final[_Code] = _Code("DCM", "126402", "SUVlbm", (7180,))
"""SUVlbm (DCM 126402)."""

SuvlbmJames128: _Final[_Code] = _Code("DCM", "126406", "SUVlbm(James128)", (7180,))
"""SUVlbm(James128) (DCM 126406)."""

SuvlbmJanma: _Final[_Code] = _Code("DCM", "126405", "SUVlbm(Janma)", (7180,))
"""SUVlbm(Janma) (DCM 126405)."""

SynchronizedRoboticTreatment: _Final[_Code] = _Code(
    "DCM", "130139", "Synchronized Robotic Treatment", (9523,)
)
"""Synchronized Robotic Treatment (DCM 130139)."""

SynthesizingEquipment: _Final[_Code] = _Code("DCM", "109100", "Synthesizing Equipment", (7005,))
"""Synthesizing Equipment (DCM 109100)."""

SyringeAttached: _Final[_Code] = _Code("DCM", "130163", "Syringe attached", (71,))
"""Syringe attached (DCM 130163)."""

SyringeDetached: _Final[_Code] = _Code("DCM", "130164", "Syringe detached", (71,))
"""Syringe detached (DCM 130164)."""

SystemCalculated: _Final[_Code] = _Code("DCM", "113940", "System Calculated", (10020,))
"""System Calculated (DCM 113940)."""

SystemicFlow: _Final[_Code] = _Code("DCM", "122162", "Systemic Flow", (3618,))
"""Systemic Flow (DCM 122162)."""

SystolicBloodVelocityMean: _Final[_Code] = _Code(
    "DCM", "122203", "Systolic blood velocity, mean", (3612,)
)
"""Systolic blood velocity, mean (DCM 122203)."""

SystolicBloodVelocityPeak: _Final[_Code] = _Code(
    "DCM", "122204", "Systolic blood velocity, peak", (3612,)
)
"""Systolic blood velocity, peak (DCM 122204)."""

T1: _Final[_Code] = _Code("DCM", "113063", "T1", (7180,))
"""T1 (DCM 113063)."""

T1ByFixedValue: _Final[_Code] = _Code("DCM", "126352", "T1 by Fixed Value", (4100,))
"""T1 by Fixed Value (DCM 126352)."""

T1ByInversionRecovery: _Final[_Code] = _Code("DCM", "126351", "T1 by Inversion Recovery", (4100,))
"""T1 by Inversion Recovery (DCM 126351)."""

T1ByMultipleFlipAngles: _Final[_Code] = _Code(
    "DCM", "126350", "T1 by Multiple Flip Angles", (4100,)
)
"""T1 by Multiple Flip Angles (DCM 126350)."""

T1WeightedDynamicContrastEnhancedMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110816", "T1 Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T1 Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110816)."""

T1WeightedMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110804", "T1 Weighted MR Signal Intensity", (6311, 7180)
)
"""T1 Weighted MR Signal Intensity (DCM 110804)."""

T1Worst: _Final[_Code] = _Code("DCM", "122367", "T-1 Worst", (3493,))
"""T-1 Worst (DCM 122367)."""

T2Secondary: _Final[_Code] = _Code("DCM", "122368", "T-2 Secondary", (3493,))
"""T-2 Secondary (DCM 122368)."""

T2WeightedDynamicContrastEnhancedMRSignalIntensity_110817: _Final[_Code] = _Code(
    "DCM", "110817", "T2 Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T2 Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110817)."""

T2WeightedDynamicContrastEnhancedMRSignalIntensity_110818: _Final[_Code] = _Code(
    "DCM", "110818", "T2* Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T2* Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110818)."""

T2WeightedMRSignalIntensity_110805: _Final[_Code] = _Code(
    "DCM", "110805", "T2 Weighted MR Signal Intensity", (6311, 7180)
)
"""T2 Weighted MR Signal Intensity (DCM 110805)."""

T2WeightedMRSignalIntensity_110806: _Final[_Code] = _Code(
    "DCM", "110806", "T2* Weighted MR Signal Intensity", (7180,)
)
"""T2* Weighted MR Signal Intensity (DCM 110806)."""

T2_113064: _Final[_Code] = _Code("DCM", "113064", "T2*", (7180,))
"""T2* (DCM 113064)."""

T2_113065: _Final[_Code] = _Code("DCM", "113065", "T2", (7180,))
"""T2 (DCM 113065)."""

T3Secondary: _Final[_Code] = _Code("DCM", "122369", "T-3 Secondary", (3493,))
"""T-3 Secondary (DCM 122369)."""

T4Secondary: _Final[_Code] = _Code("DCM", "122370", "T-4 Secondary", (3493,))
"""T-4 Secondary (DCM 122370)."""

T807F18: _Final[_Code] = _Code("DCM", "126502", "T807 F^18^", (4021,))
"""T807 F^18^ (DCM 126502)."""

TBISetupMethod: _Final[_Code] = _Code("DCM", "130632", "TBI Setup Method", (9571,))
"""TBI Setup Method (DCM 130632)."""

TEND: _Final[_Code] = _Code("DCM", "113216", "TEND", (7262,))
"""TEND (DCM 113216)."""

TG18ADPattern: _Final[_Code] = _Code("DCM", "109845", "TG18-AD Pattern", (8301,))
"""TG18-AD Pattern (DCM 109845)."""

TG18AFCPattern: _Final[_Code] = _Code("DCM", "109861", "TG18-AFC Pattern", (8301,))
"""TG18-AFC Pattern (DCM 109861)."""

TG18BRPattern: _Final[_Code] = _Code("DCM", "109802", "TG18-BR Pattern", (8301,))
"""TG18-BR Pattern (DCM 109802)."""

TG18CHImage: _Final[_Code] = _Code("DCM", "109878", "TG18-CH Image", (8301,))
"""TG18-CH Image (DCM 109878)."""

TG18CTPattern: _Final[_Code] = _Code("DCM", "109804", "TG18-CT Pattern", (8301,))
"""TG18-CT Pattern (DCM 109804)."""

TG18CXPattern: _Final[_Code] = _Code("DCM", "109854", "TG18-CX Pattern", (8301,))
"""TG18-CX Pattern (DCM 109854)."""

TG18GA03Pattern: _Final[_Code] = _Code("DCM", "109870", "TG18-GA03 Pattern", (8301,))
"""TG18-GA03 Pattern (DCM 109870)."""

TG18GA05Pattern: _Final[_Code] = _Code("DCM", "109871", "TG18-GA05 Pattern", (8301,))
"""TG18-GA05 Pattern (DCM 109871)."""

TG18GA08Pattern: _Final[_Code] = _Code("DCM", "109872", "TG18-GA08 Pattern", (8301,))
"""TG18-GA08 Pattern (DCM 109872)."""

TG18GA10Pattern: _Final[_Code] = _Code("DCM", "109873", "TG18-GA10 Pattern", (8301,))
"""TG18-GA10 Pattern (DCM 109873)."""

TG18GA15Pattern: _Final[_Code] = _Code("DCM", "109874", "TG18-GA15 Pattern", (8301,))
"""TG18-GA15 Pattern (DCM 109874)."""

TG18GA20Pattern: _Final[_Code] = _Code("DCM", "109875", "TG18-GA20 Pattern", (8301,))
"""TG18-GA20 Pattern (DCM 109875)."""

TG18GA25Pattern: _Final[_Code] = _Code("DCM", "109876", "TG18-GA25 Pattern", (8301,))
"""TG18-GA25 Pattern (DCM 109876)."""

TG18GA30Pattern: _Final[_Code] = _Code("DCM", "109877", "TG18-GA30 Pattern", (8301,))
"""TG18-GA30 Pattern (DCM 109877)."""

TG18GQBPattern: _Final[_Code] = _Code("DCM", "109869", "TG18-GQB Pattern", (8301,))
"""TG18-GQB Pattern (DCM 109869)."""

TG18GQNPattern: _Final[_Code] = _Code("DCM", "109868", "TG18-GQN Pattern", (8301,))
"""TG18-GQN Pattern (DCM 109868)."""

TG18GQPattern: _Final[_Code] = _Code("DCM", "109867", "TG18-GQ Pattern", (8301,))
"""TG18-GQ Pattern (DCM 109867)."""

TG18GVNPattern: _Final[_Code] = _Code("DCM", "109866", "TG18-GVN Pattern", (8301,))
"""TG18-GVN Pattern (DCM 109866)."""

TG18GVPattern: _Final[_Code] = _Code("DCM", "109865", "TG18-GV Pattern", (8301,))
"""TG18-GV Pattern (DCM 109865)."""

TG18KNImage: _Final[_Code] = _Code("DCM", "109879", "TG18-KN Image", (8301,))
"""TG18-KN Image (DCM 109879)."""

TG18LN1201Pattern: _Final[_Code] = _Code("DCM", "109823", "TG18-LN12-01 Pattern", (8301,))
"""TG18-LN12-01 Pattern (DCM 109823)."""

TG18LN1202Pattern: _Final[_Code] = _Code("DCM", "109824", "TG18-LN12-02 Pattern", (8301,))
"""TG18-LN12-02 Pattern (DCM 109824)."""

TG18LN1203Pattern: _Final[_Code] = _Code("DCM", "109825", "TG18-LN12-03 Pattern", (8301,))
"""TG18-LN12-03 Pattern (DCM 109825)."""

TG18LN1204Pattern: _Final[_Code] = _Code("DCM", "109826", "TG18-LN12-04 Pattern", (8301,))
"""TG18-LN12-04 Pattern (DCM 109826)."""

TG18LN1205Pattern: _Final[_Code] = _Code("DCM", "109827", "TG18-LN12-05 Pattern", (8301,))
"""TG18-LN12-05 Pattern (DCM 109827)."""

TG18LN1206Pattern: _Final[_Code] = _Code("DCM", "109828", "TG18-LN12-06 Pattern", (8301,))
"""TG18-LN12-06 Pattern (DCM 109828)."""

TG18LN1207Pattern: _Final[_Code] = _Code("DCM", "109829", "TG18-LN12-07 Pattern", (8301,))
"""TG18-LN12-07 Pattern (DCM 109829)."""

TG18LN1208Pattern: _Final[_Code] = _Code("DCM", "109830", "TG18-LN12-08 Pattern", (8301,))
"""TG18-LN12-08 Pattern (DCM 109830)."""

TG18LN1209Pattern: _Final[_Code] = _Code("DCM", "109831", "TG18-LN12-09 Pattern", (8301,))
"""TG18-LN12-09 Pattern (DCM 109831)."""

TG18LN1210Pattern: _Final[_Code] = _Code("DCM", "109832", "TG18-LN12-10 Pattern", (8301,))
"""TG18-LN12-10 Pattern (DCM 109832)."""

TG18LN1211Pattern: _Final[_Code] = _Code("DCM", "109833", "TG18-LN12-11 Pattern", (8301,))
"""TG18-LN12-11 Pattern (DCM 109833)."""

TG18LN1212Pattern: _Final[_Code] = _Code("DCM", "109834", "TG18-LN12-12 Pattern", (8301,))
"""TG18-LN12-12 Pattern (DCM 109834)."""

TG18LN1213Pattern: _Final[_Code] = _Code("DCM", "109835", "TG18-LN12-13 Pattern", (8301,))
"""TG18-LN12-13 Pattern (DCM 109835)."""

TG18LN1214Pattern: _Final[_Code] = _Code("DCM", "109836", "TG18-LN12-14 Pattern", (8301,))
"""TG18-LN12-14 Pattern (DCM 109836)."""

TG18LN1215Pattern: _Final[_Code] = _Code("DCM", "109837", "TG18-LN12-15 Pattern", (8301,))
"""TG18-LN12-15 Pattern (DCM 109837)."""

TG18LN1216Pattern: _Final[_Code] = _Code("DCM", "109838", "TG18-LN12-16 Pattern", (8301,))
"""TG18-LN12-16 Pattern (DCM 109838)."""

TG18LN1217Pattern: _Final[_Code] = _Code("DCM", "109839", "TG18-LN12-17 Pattern", (8301,))
"""TG18-LN12-17 Pattern (DCM 109839)."""

TG18LN1218Pattern: _Final[_Code] = _Code("DCM", "109840", "TG18-LN12-18 Pattern", (8301,))
"""TG18-LN12-18 Pattern (DCM 109840)."""

TG18LN801Pattern: _Final[_Code] = _Code("DCM", "109805", "TG18-LN8-01 Pattern", (8301,))
"""TG18-LN8-01 Pattern (DCM 109805)."""

TG18LN802Pattern: _Final[_Code] = _Code("DCM", "109806", "TG18-LN8-02 Pattern", (8301,))
"""TG18-LN8-02 Pattern (DCM 109806)."""

TG18LN803Pattern: _Final[_Code] = _Code("DCM", "109807", "TG18-LN8-03 Pattern", (8301,))
"""TG18-LN8-03 Pattern (DCM 109807)."""

TG18LN804Pattern: _Final[_Code] = _Code("DCM", "109808", "TG18-LN8-04 Pattern", (8301,))
"""TG18-LN8-04 Pattern (DCM 109808)."""

TG18LN805Pattern: _Final[_Code] = _Code("DCM", "109809", "TG18-LN8-05 Pattern", (8301,))
"""TG18-LN8-05 Pattern (DCM 109809)."""

TG18LN806Pattern: _Final[_Code] = _Code("DCM", "109810", "TG18-LN8-06 Pattern", (8301,))
"""TG18-LN8-06 Pattern (DCM 109810)."""

TG18LN807Pattern: _Final[_Code] = _Code("DCM", "109811", "TG18-LN8-07 Pattern", (8301,))
"""TG18-LN8-07 Pattern (DCM 109811)."""

TG18LN808Pattern: _Final[_Code] = _Code("DCM", "109812", "TG18-LN8-08 Pattern", (8301,))
"""TG18-LN8-08 Pattern (DCM 109812)."""

TG18LN809Pattern: _Final[_Code] = _Code("DCM", "109813", "TG18-LN8-09 Pattern", (8301,))
"""TG18-LN8-09 Pattern (DCM 109813)."""

TG18LN810Pattern: _Final[_Code] = _Code("DCM", "109814", "TG18-LN8-10 Pattern", (8301,))
"""TG18-LN8-10 Pattern (DCM 109814)."""

TG18LN811Pattern: _Final[_Code] = _Code("DCM", "109815", "TG18-LN8-11 Pattern", (8301,))
"""TG18-LN8-11 Pattern (DCM 109815)."""

TG18LN812Pattern: _Final[_Code] = _Code("DCM", "109816", "TG18-LN8-12 Pattern", (8301,))
"""TG18-LN8-12 Pattern (DCM 109816)."""

TG18LN813Pattern: _Final[_Code] = _Code("DCM", "109817", "TG18-LN8-13 Pattern", (8301,))
"""TG18-LN8-13 Pattern (DCM 109817)."""

TG18LN814Pattern: _Final[_Code] = _Code("DCM", "109818", "TG18-LN8-14 Pattern", (8301,))
"""TG18-LN8-14 Pattern (DCM 109818)."""

TG18LN815Pattern: _Final[_Code] = _Code("DCM", "109819", "TG18-LN8-15 Pattern", (8301,))
"""TG18-LN8-15 Pattern (DCM 109819)."""

TG18LN816Pattern: _Final[_Code] = _Code("DCM", "109820", "TG18-LN8-16 Pattern", (8301,))
"""TG18-LN8-16 Pattern (DCM 109820)."""

TG18LN817Pattern: _Final[_Code] = _Code("DCM", "109821", "TG18-LN8-17 Pattern", (8301,))
"""TG18-LN8-17 Pattern (DCM 109821)."""

TG18LN818Pattern: _Final[_Code] = _Code("DCM", "109822", "TG18-LN8-18 Pattern", (8301,))
"""TG18-LN8-18 Pattern (DCM 109822)."""

TG18LPH10Pattern: _Final[_Code] = _Code("DCM", "109855", "TG18-LPH10 Pattern", (8301,))
"""TG18-LPH10 Pattern (DCM 109855)."""

TG18LPH50Pattern: _Final[_Code] = _Code("DCM", "109856", "TG18-LPH50 Pattern", (8301,))
"""TG18-LPH50 Pattern (DCM 109856)."""

TG18LPH89Pattern: _Final[_Code] = _Code("DCM", "109857", "TG18-LPH89 Pattern", (8301,))
"""TG18-LPH89 Pattern (DCM 109857)."""

TG18LPV10Pattern: _Final[_Code] = _Code("DCM", "109858", "TG18-LPV10 Pattern", (8301,))
"""TG18-LPV10 Pattern (DCM 109858)."""

TG18LPV50Pattern: _Final[_Code] = _Code("DCM", "109859", "TG18-LPV50 Pattern", (8301,))
"""TG18-LPV50 Pattern (DCM 109859)."""

TG18LPV89Pattern: _Final[_Code] = _Code("DCM", "109860", "TG18-LPV89 Pattern", (8301,))
"""TG18-LPV89 Pattern (DCM 109860)."""

TG18MM1Image: _Final[_Code] = _Code("DCM", "109880", "TG18-MM1 Image", (8301,))
"""TG18-MM1 Image (DCM 109880)."""

TG18MM2Image: _Final[_Code] = _Code("DCM", "109881", "TG18-MM2 Image", (8301,))
"""TG18-MM2 Image (DCM 109881)."""

TG18MPPattern: _Final[_Code] = _Code("DCM", "109846", "TG18-MP Pattern", (8301,))
"""TG18-MP Pattern (DCM 109846)."""

TG18NS10Pattern: _Final[_Code] = _Code("DCM", "109862", "TG18-NS10 Pattern", (8301,))
"""TG18-NS10 Pattern (DCM 109862)."""

TG18NS50Pattern: _Final[_Code] = _Code("DCM", "109863", "TG18-NS50 Pattern", (8301,))
"""TG18-NS50 Pattern (DCM 109863)."""

TG18NS89Pattern: _Final[_Code] = _Code("DCM", "109864", "TG18-NS89 Pattern", (8301,))
"""TG18-NS89 Pattern (DCM 109864)."""

TG18PQCPattern: _Final[_Code] = _Code("DCM", "109803", "TG18-PQC Pattern", (8301,))
"""TG18-PQC Pattern (DCM 109803)."""

TG18PXPattern: _Final[_Code] = _Code("DCM", "109853", "TG18-PX Pattern", (8301,))
"""TG18-PX Pattern (DCM 109853)."""

TG18QCPattern: _Final[_Code] = _Code("DCM", "109801", "TG18-QC Pattern", (8301,))
"""TG18-QC Pattern (DCM 109801)."""

TG18RH10Pattern: _Final[_Code] = _Code("DCM", "109847", "TG18-RH10 Pattern", (8301,))
"""TG18-RH10 Pattern (DCM 109847)."""

TG18RH50Pattern: _Final[_Code] = _Code("DCM", "109848", "TG18-RH50 Pattern", (8301,))
"""TG18-RH50 Pattern (DCM 109848)."""

TG18RH89Pattern: _Final[_Code] = _Code("DCM", "109849", "TG18-RH89 Pattern", (8301,))
"""TG18-RH89 Pattern (DCM 109849)."""

TG18RV10Pattern: _Final[_Code] = _Code("DCM", "109850", "TG18-RV10 Pattern", (8301,))
"""TG18-RV10 Pattern (DCM 109850)."""

TG18RV50Pattern: _Final[_Code] = _Code("DCM", "109851", "TG18-RV50 Pattern", (8301,))
"""TG18-RV50 Pattern (DCM 109851)."""

TG18RV89Pattern: _Final[_Code] = _Code("DCM", "109852", "TG18-RV89 Pattern", (8301,))
"""TG18-RV89 Pattern (DCM 109852)."""

TG18UN10Pattern: _Final[_Code] = _Code("DCM", "109841", "TG18-UN10 Pattern", (8301,))
"""TG18-UN10 Pattern (DCM 109841)."""

TG18UN80Pattern: _Final[_Code] = _Code("DCM", "109842", "TG18-UN80 Pattern", (8301,))
"""TG18-UN80 Pattern (DCM 109842)."""

TG18UNL10Pattern: _Final[_Code] = _Code("DCM", "109843", "TG18-UNL10 Pattern", (8301, 8302))
"""TG18-UNL10 Pattern (DCM 109843)."""

TG18UNL80Pattern: _Final[_Code] = _Code("DCM", "109844", "TG18-UNL80 Pattern", (8301, 8302))
"""TG18-UNL80 Pattern (DCM 109844)."""

TRC10589Zr: _Final[_Code] = _Code("DCM", "126749", "TRC105 ^89^Zr", (4021,))
"""TRC105 ^89^Zr (DCM 126749)."""

TSPyramid: _Final[_Code] = _Code("DCM", "122564", "TS Pyramid", (3453,))
"""TS Pyramid (DCM 122564)."""

TWave: _Final[_Code] = _Code("DCM", "109051", "T wave", (3339,))
"""T wave (DCM 109051)."""

Table: _Final[_Code] = _Code("DCM", "128459", "Table", (10066,))
"""Table (DCM 128459)."""

TableCore: _Final[_Code] = _Code("DCM", "128460", "Table Core", (10066,))
"""Table Core (DCM 128460)."""

TableHeightEndPosition: _Final[_Code] = _Code(
    "DCM", "113761", "Table Height End Position", (10008,)
)
"""Table Height End Position (DCM 113761)."""

TableHeightPosition: _Final[_Code] = _Code("DCM", "113753", "Table Height Position", (10008,))
"""Table Height Position (DCM 113753)."""

TableLateralEndPosition: _Final[_Code] = _Code(
    "DCM", "113760", "Table Lateral End Position", (10008,)
)
"""Table Lateral End Position (DCM 113760)."""

TableLateralPosition: _Final[_Code] = _Code("DCM", "113752", "Table Lateral Position", (10008,))
"""Table Lateral Position (DCM 113752)."""

TableLongitudinalEndPosition: _Final[_Code] = _Code(
    "DCM", "113759", "Table Longitudinal End Position", (10008,)
)
"""Table Longitudinal End Position (DCM 113759)."""

TableLongitudinalPosition: _Final[_Code] = _Code(
    "DCM", "113751", "Table Longitudinal Position", (10008,)
)
"""Table Longitudinal Position (DCM 113751)."""

TableMount: _Final[_Code] = _Code("DCM", "113952", "Table Mount", (10031,))
"""Table Mount (DCM 113952)."""

TableOfValues: _Final[_Code] = _Code("DCM", "121424", "Table of Values", (228,))
"""Table of Values (DCM 121424)."""

TableOfValuesCitation: _Final[_Code] = _Code("DCM", "121422", "Table of Values Citation", (228,))
"""Table of Values Citation (DCM 121422)."""

TableOuterLiner: _Final[_Code] = _Code("DCM", "128461", "Table Outer Liner", (10066,))
"""Table Outer Liner (DCM 128461)."""

TablePad: _Final[_Code] = _Code("DCM", "128462", "Table Pad", (10066,))
"""Table Pad (DCM 128462)."""

TableXEndPositionToIsocenter: _Final[_Code] = _Code(
    "DCM", "128769", "Table X End Position to Isocenter", (10008,)
)
"""Table X End Position to Isocenter (DCM 128769)."""

TableXPositionToIsocenter: _Final[_Code] = _Code(
    "DCM", "128766", "Table X Position to Isocenter", (10008,)
)
"""Table X Position to Isocenter (DCM 128766)."""

TableYEndPositionToIsocenter: _Final[_Code] = _Code(
    "DCM", "128770", "Table Y End Position to Isocenter", (10008,)
)
"""Table Y End Position to Isocenter (DCM 128770)."""

TableYPositionToIsocenter: _Final[_Code] = _Code(
    "DCM", "128767", "Table Y Position to Isocenter", (10008,)
)
"""Table Y Position to Isocenter (DCM 128767)."""

TableZEndPositionToIsocenter: _Final[_Code] = _Code(
    "DCM", "128771", "Table Z End Position to Isocenter", (10008,)
)
"""Table Z End Position to Isocenter (DCM 128771)."""

TableZPositionToIsocenter: _Final[_Code] = _Code(
    "DCM", "128768", "Table Z Position to Isocenter", (10008,)
)
"""Table Z Position to Isocenter (DCM 128768)."""

TabularDataAlgorithm: _Final[_Code] = _Code("DCM", "128479", "Tabular Data Algorithm", (10068,))
"""Tabular Data Algorithm (DCM 128479)."""

TapTestBegin: _Final[_Code] = _Code("DCM", "130895", "Tap test begin", (3039,))
"""Tap test begin (DCM 130895)."""

TapTestEnd: _Final[_Code] = _Code("DCM", "130896", "Tap test end", (3039,))
"""Tap test end (DCM 130896)."""

TargestarB: _Final[_Code] = _Code("DCM", "125907", "Targestar-B", (12030,))
"""Targestar-B (DCM 125907)."""

TargestarP: _Final[_Code] = _Code("DCM", "125908", "Targestar-P", (12030,))
"""Targestar-P (DCM 125908)."""

Target: _Final[_Code] = _Code("DCM", "112162", "Target", (6132,))
"""Target (DCM 112162)."""

TargetContainedInTheSpecimen: _Final[_Code] = _Code(
    "DCM", "111443", "Target contained in the specimen", (6066,)
)
"""Target contained in the specimen (DCM 111443)."""

TargetContentItemsAreRelatedContraLaterally: _Final[_Code] = _Code(
    "DCM", "111155", "Target Content Items are related contra-laterally", (6035,)
)
"""Target Content Items are related contra-laterally (DCM 111155)."""

TargetContentItemsAreRelatedSpatially: _Final[_Code] = _Code(
    "DCM", "111154", "Target Content Items are related spatially", (6035,)
)
"""Target Content Items are related spatially (DCM 111154)."""

TargetContentItemsAreRelatedTemporally: _Final[_Code] = _Code(
    "DCM", "111153", "Target Content Items are related temporally", (6035,)
)
"""Target Content Items are related temporally (DCM 111153)."""

TargetLesionAtBaseline: _Final[_Code] = _Code("DCM", "112074", "Target Lesion at Baseline", (6145,))
"""Target Lesion at Baseline (DCM 112074)."""

TargetLesionCompleteResponse: _Final[_Code] = _Code(
    "DCM", "112041", "Target Lesion Complete Response", (6144,)
)
"""Target Lesion Complete Response (DCM 112041)."""

TargetLesionPartialResponse: _Final[_Code] = _Code(
    "DCM", "112042", "Target Lesion Partial Response", (6144,)
)
"""Target Lesion Partial Response (DCM 112042)."""

TargetLesionProgressiveDisease: _Final[_Code] = _Code(
    "DCM", "112043", "Target Lesion Progressive Disease", (6144,)
)
"""Target Lesion Progressive Disease (DCM 112043)."""

TargetLesionStableDisease: _Final[_Code] = _Code(
    "DCM", "112044", "Target Lesion Stable Disease", (6144,)
)
"""Target Lesion Stable Disease (DCM 112044)."""

TargetNotInTheSpecimen: _Final[_Code] = _Code(
    "DCM", "111445", "Target not in the specimen", (6066,)
)
"""Target not in the specimen (DCM 111445)."""

TargetPartiallyObtainedInTheSpecimen: _Final[_Code] = _Code(
    "DCM", "111444", "Target partially obtained in the specimen", (6066,)
)
"""Target partially obtained in the specimen (DCM 111444)."""

Targeted: _Final[_Code] = _Code("DCM", "111127", "Targeted", (6061,))
"""Targeted (DCM 111127)."""

Tau: _Final[_Code] = _Code("DCM", "109072", "Tau", (3337, 3613, 12254))
"""Tau (DCM 109072)."""

TauM: _Final[_Code] = _Code("DCM", "126330", "tau_m", (4107,))
"""tau_m (DCM 126330)."""

TechNote: _Final[_Code] = _Code("DCM", "121171", "Tech Note", (3401,))
"""Tech Note (DCM 121171)."""

TechnicalFactorsMissing: _Final[_Code] = _Code(
    "DCM", "111194", "Technical factors missing", (6041,)
)
"""Technical factors missing (DCM 111194)."""

Teichholz: _Final[_Code] = _Code("DCM", "125209", "Teichholz", (12228,))
"""Teichholz (DCM 125209)."""

TemperatureEncoded: _Final[_Code] = _Code("DCM", "113067", "Temperature encoded", (7180,))
"""Temperature encoded (DCM 113067)."""

TemporalDerivativeExceedsThreshold: _Final[_Code] = _Code(
    "DCM", "126373", "Temporal Derivative Exceeds Threshold", (4104,)
)
"""Temporal Derivative Exceeds Threshold (DCM 126373)."""

TemporalDerivativeThreshold: _Final[_Code] = _Code(
    "DCM", "126374", "Temporal Derivative Threshold", (4109,)
)
"""Temporal Derivative Threshold (DCM 126374)."""

TemporalPredecessor: _Final[_Code] = _Code("DCM", "121348", "Temporal Predecessor", (7201,))
"""Temporal Predecessor (DCM 121348)."""

TemporalSuccessor: _Final[_Code] = _Code("DCM", "121349", "Temporal Successor", (7201,))
"""Temporal Successor (DCM 121349)."""

TemporallyRelatedFramesExtractedFromTheSetOfVolumes: _Final[_Code] = _Code(
    "DCM", "113092", "Temporally-related frames extracted from the set of volumes", (7203,)
)
"""Temporally-related frames extracted from the set of volumes (DCM 113092)."""

TerminatedByScanner: _Final[_Code] = _Code("DCM", "130177", "Terminated by scanner", (67, 71))
"""Terminated by scanner (DCM 130177)."""

TerminatedDueToAirDetected: _Final[_Code] = _Code(
    "DCM", "130176", "Terminated due to air detected", (67, 71)
)
"""Terminated due to air detected (DCM 130176)."""

TerminatedDueToConsumableRemoval: _Final[_Code] = _Code(
    "DCM", "130179", "Terminated due to consumable removal", (67, 71)
)
"""Terminated due to consumable removal (DCM 130179)."""

TerminatedDueToCriticalBatteryLevel: _Final[_Code] = _Code(
    "DCM", "130178", "Terminated due to critical battery level", (67, 71)
)
"""Terminated due to critical battery level (DCM 130178)."""

TerminatedDueToExcessiveDurationPause: _Final[_Code] = _Code(
    "DCM", "130158", "Terminated due to excessive duration pause", (67, 71)
)
"""Terminated due to excessive duration pause (DCM 130158)."""

TerminatedDueToFlowRateAboveTerminationLimit: _Final[_Code] = _Code(
    "DCM", "130157", "Terminated due to flow rate above termination limit", (67, 71)
)
"""Terminated due to flow rate above termination limit (DCM 130157)."""

TerminatedDueToInjectorCommunicationLoss: _Final[_Code] = _Code(
    "DCM", "130159", "Terminated due to injector communication loss", (67, 71)
)
"""Terminated due to injector communication loss (DCM 130159)."""

TerminatedDueToPressureAboveTerminationLimit: _Final[_Code] = _Code(
    "DCM", "130156", "Terminated due to pressure above termination limit", (67, 71)
)
"""Terminated due to pressure above termination limit (DCM 130156)."""

TerminatedDueToRequestFromOperator: _Final[_Code] = _Code(
    "DCM", "130154", "Terminated due to request from operator", (67, 71)
)
"""Terminated due to request from operator (DCM 130154)."""

TerminatedDueToUnspecifiedInjectorFailure: _Final[_Code] = _Code(
    "DCM", "130160", "Terminated due to unspecified injector failure", (67, 71)
)
"""Terminated due to unspecified injector failure (DCM 130160)."""

TerminatedHoldDueToTimeout: _Final[_Code] = _Code(
    "DCM", "130269", "Terminated hold due to timeout", (71,)
)
"""Terminated hold due to timeout (DCM 130269)."""

TextureMap: _Final[_Code] = _Code("DCM", "TEXTUREMAP", "Texture Map", (32,))
"""Texture Map (DCM TEXTUREMAP)."""

ThermalImager: _Final[_Code] = _Code("DCM", "130647", "Thermal Imager", (9575,))
"""Thermal Imager (DCM 130647)."""

Thermography: _Final[_Code] = _Code("DCM", "TG", "Thermography", (29,))
"""Thermography (DCM TG)."""

ThicknessDeviationCategoryFromNormativeData: _Final[_Code] = _Code(
    "DCM", "111931", "Thickness deviation category from normative data", (4263,)
)
"""Thickness deviation category from normative data (DCM 111931)."""

ThicknessDeviationFromNormativeData: _Final[_Code] = _Code(
    "DCM", "111932", "Thickness deviation from normative data", (4263,)
)
"""Thickness deviation from normative data (DCM 111932)."""

ThinningMyocardium: _Final[_Code] = _Code("DCM", "122114", "Thinning Myocardium", (3704,))
"""Thinning Myocardium (DCM 122114)."""

ThoracicImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128015", "Thoracic Imaging Specialty", (7449,)
)
"""Thoracic Imaging Specialty (DCM 128015)."""

ThoracicRadiology: _Final[_Code] = _Code("DCM", "128179", "Thoracic Radiology", (7030,))
"""Thoracic Radiology (DCM 128179)."""

ThoracicRespiratoryEffort: _Final[_Code] = _Code(
    "DCM", "130431", "Thoracic Respiratory Effort", (3005,)
)
"""Thoracic Respiratory Effort (DCM 130431)."""

ThoracicRespiratoryInductance: _Final[_Code] = _Code(
    "DCM", "130427", "Thoracic Respiratory Inductance", (3005,)
)
"""Thoracic Respiratory Inductance (DCM 130427)."""

ThoracicRespiratoryPVDF: _Final[_Code] = _Code(
    "DCM", "130429", "Thoracic Respiratory PVDF", (3005,)
)
"""Thoracic Respiratory PVDF (DCM 130429)."""

ThreeDimensionalMethod: _Final[_Code] = _Code("DCM", "112189", "Three-dimensional method", (6140,))
"""Three-dimensional method (DCM 112189)."""

ThresholdRelated: _Final[_Code] = _Code("DCM", "111839", "Threshold related", (4252,))
"""Threshold related (DCM 111839)."""

ThroughTransducerIllumination: _Final[_Code] = _Code(
    "DCM", "130813", "Through-transducer illumination", (11001,)
)
"""Through-transducer illumination (DCM 130813)."""

Time: _Final[_Code] = _Code("DCM", "110858", "Time", (7182,))
"""Time (DCM 110858)."""

TimeCourseOfSignal: _Final[_Code] = _Code("DCM", "113066", "Time course of signal", (7180,))
"""Time course of signal (DCM 113066)."""

TimeDomain: _Final[_Code] = _Code("DCM", "111920", "Time domain", (4261,))
"""Time domain (DCM 111920)."""

TimeOfFlight: _Final[_Code] = _Code("DCM", "114201", "Time of flight", (8201,))
"""Time of flight (DCM 114201)."""

TimeOfFlightAngioMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110802", "Time Of Flight Angio MR Signal Intensity", (7180,)
)
"""Time Of Flight Angio MR Signal Intensity (DCM 110802)."""

TimeOfLeadingHalfPeakConcentration: _Final[_Code] = _Code(
    "DCM", "126372", "Time of Leading Half-Peak Concentration", (4104, 4109)
)
"""Time of Leading Half-Peak Concentration (DCM 126372)."""

TimeOfPeakConcentration: _Final[_Code] = _Code(
    "DCM", "126370", "Time of Peak Concentration", (4104, 4109)
)
"""Time of Peak Concentration (DCM 126370)."""

TimeToPeak: _Final[_Code] = _Code("DCM", "113069", "Time To Peak", (4108, 4109))
"""Time To Peak (DCM 113069)."""

TimeToPeakLongitudinalLagrangianStrain: _Final[_Code] = _Code(
    "DCM", "130672", "Time to Peak Longitudinal Lagrangian Strain", (12311,)
)
"""Time to Peak Longitudinal Lagrangian Strain (DCM 130672)."""

TimerInterlock: _Final[_Code] = _Code("DCM", "130477", "Timer Interlock", (9568,))
"""Timer Interlock (DCM 130477)."""

TissueAirRatio: _Final[_Code] = _Code("DCM", "128433", "Tissue Air Ratio", (10069,))
"""Tissue Air Ratio (DCM 128433)."""

TissueFraction: _Final[_Code] = _Code("DCM", "128526", "Tissue Fraction", (10069,))
"""Tissue Fraction (DCM 128526)."""

TissueNotOfInterest: _Final[_Code] = _Code("DCM", "130751", "Tissue not of interest", (7165,))
"""Tissue not of interest (DCM 130751)."""

TissueVelocity: _Final[_Code] = _Code("DCM", "110827", "Tissue Velocity", (7180,))
"""Tissue Velocity (DCM 110827)."""

TitaniumAlloyTitaniumMolybdenum15Zirconium5Aluminium3: _Final[_Code] = _Code(
    "DCM", "130736", "Titanium alloy (Titanium Molybdenum-15 Zirconium-5 Aluminium-3)", (7300,)
)
"""Titanium alloy (Titanium Molybdenum-15 Zirconium-5 Aluminium-3) (DCM 130736)."""

Title21CFRSection900SubpartB: _Final[_Code] = _Code(
    "DCM", "111239", "Title 21 CFR Section 900, Subpart B", (6045,)
)
"""Title 21 CFR Section 900, Subpart B (DCM 111239)."""

Tmax: _Final[_Code] = _Code("DCM", "113084", "Tmax", (4108,))
"""Tmax (DCM 113084)."""

TooSmall: _Final[_Code] = _Code("DCM", "112133", "Too small", (6118,))
"""Too small (DCM 112133)."""

ToolFabrication: _Final[_Code] = _Code("DCM", "129014", "Tool Fabrication", (7064,))
"""Tool Fabrication (DCM 129014)."""

TopographicBeam: _Final[_Code] = _Code("DCM", "130109", "Topographic Beam", (9512,))
"""Topographic Beam (DCM 130109)."""

TotalBodyIrradiation: _Final[_Code] = _Code("DCM", "130341", "Total Body Irradiation", (9543,))
"""Total Body Irradiation (DCM 130341)."""

TotalCholesterolScoreSheetForMen: _Final[_Code] = _Code(
    "DCM", "122235", "Total Cholesterol Score Sheet for Men", (3668,)
)
"""Total Cholesterol Score Sheet for Men (DCM 122235)."""

TotalCholesterolScoreSheetForWomen: _Final[_Code] = _Code(
    "DCM", "122236", "Total Cholesterol Score Sheet for Women", (3668,)
)
"""Total Cholesterol Score Sheet for Women (DCM 122236)."""

TotalCorneaPowerMeasurementMethod: _Final[_Code] = _Code(
    "DCM", "111758", "Total Cornea Power Measurement Method", (4242,)
)
"""Total Cornea Power Measurement Method (DCM 111758)."""

TotalFluoroTime: _Final[_Code] = _Code("DCM", "113730", "Total Fluoro Time", (10050,))
"""Total Fluoro Time (DCM 113730)."""

TotalInternalReflectionFluorescence: _Final[_Code] = _Code(
    "DCM", "111749", "Total internal reflection fluorescence", (8123,)
)
"""Total internal reflection fluorescence (DCM 111749)."""

TotalLesionGlycolysis: _Final[_Code] = _Code("DCM", "126033", "Total Lesion Glycolysis", (7466,))
"""Total Lesion Glycolysis (DCM 126033)."""

TotalLesionProliferation: _Final[_Code] = _Code(
    "DCM", "126035", "Total Lesion Proliferation", (7466,)
)
"""Total Lesion Proliferation (DCM 126035)."""

TotalNumberOfRadiographicFrames: _Final[_Code] = _Code(
    "DCM", "113731", "Total Number of Radiographic Frames", (10050,)
)
"""Total Number of Radiographic Frames (DCM 113731)."""

TotalPlaqueVolume: _Final[_Code] = _Code("DCM", "122376", "Total Plaque Volume", (3485,))
"""Total Plaque Volume (DCM 122376)."""

TotalPulmonaryResistance: _Final[_Code] = _Code(
    "DCM", "122215", "Total Pulmonary Resistance", (3619,)
)
"""Total Pulmonary Resistance (DCM 122215)."""

TotalRetinalThicknessILMToBM: _Final[_Code] = _Code(
    "DCM", "111929", "Total retinal thickness (ILM to BM)", (4262,)
)
"""Total retinal thickness (ILM to BM) (DCM 111929)."""

TotalRetinalThicknessILMToISOS: _Final[_Code] = _Code(
    "DCM", "111927", "Total retinal thickness (ILM to IS-OS)", (4262,)
)
"""Total retinal thickness (ILM to IS-OS) (DCM 111927)."""

TotalRetinalThicknessILMToRPE: _Final[_Code] = _Code(
    "DCM", "111928", "Total retinal thickness (ILM to RPE)", (4262,)
)
"""Total retinal thickness (ILM to RPE) (DCM 111928)."""

TotalSkinIrradiation: _Final[_Code] = _Code("DCM", "130342", "Total Skin Irradiation", (9543,))
"""Total Skin Irradiation (DCM 130342)."""

TotalVascularResistance: _Final[_Code] = _Code(
    "DCM", "122216", "Total Vascular Resistance", (3619,)
)
"""Total Vascular Resistance (DCM 122216)."""

Trace: _Final[_Code] = _Code("DCM", "113201", "Trace", (7263,))
"""Trace (DCM 113201)."""

TracerConcentration: _Final[_Code] = _Code("DCM", "126377", "Tracer Concentration", (4109,))
"""Tracer Concentration (DCM 126377)."""

TramlineShadow: _Final[_Code] = _Code("DCM", "112116", "Tramline shadow", (6103,))
"""Tramline shadow (DCM 112116)."""

Transcription: _Final[_Code] = _Code("DCM", "110006", "Transcription", (9231,))
"""Transcription (DCM 110006)."""

TransesophagealTransducer: _Final[_Code] = _Code(
    "DCM", "125262", "Transesophageal Transducer", (12035,)
)
"""Transesophageal Transducer (DCM 125262)."""

TransitTimeTestInjection: _Final[_Code] = _Code(
    "DCM", "130248", "Transit Time Test Injection", (72,)
)
"""Transit Time Test Injection (DCM 130248)."""

TransmissionIllumination: _Final[_Code] = _Code(
    "DCM", "111741", "Transmission illumination", (8123,)
)
"""Transmission illumination (DCM 111741)."""

TransmitFrequency: _Final[_Code] = _Code("DCM", "122098", "Transmit Frequency", (3423,))
"""Transmit Frequency (DCM 122098)."""

TransponderMarker: _Final[_Code] = _Code("DCM", "129306", "Transponder Marker", (7112,))
"""Transponder Marker (DCM 129306)."""

Trastuzumab89Zr: _Final[_Code] = _Code("DCM", "126512", "Trastuzumab ^89^Zr", (4021,))
"""Trastuzumab ^89^Zr (DCM 126512)."""

TreatedVolume: _Final[_Code] = _Code("DCM", "130059", "Treated Volume", (9534,))
"""Treated Volume (DCM 130059)."""

TreatmentDeliveryType: _Final[_Code] = _Code("DCM", "121740", "Treatment Delivery Type", (9250,))
"""Treatment Delivery Type (DCM 121740)."""

TreatmentExceedsPatientTolerance: _Final[_Code] = _Code(
    "DCM", "130665", "Treatment exceeds patient tolerance", (9576,)
)
"""Treatment exceeds patient tolerance (DCM 130665)."""

TreatmentMachineIsocenter: _Final[_Code] = _Code(
    "DCM", "130359", "Treatment Machine Isocenter", (9544,)
)
"""Treatment Machine Isocenter (DCM 130359)."""

TreatmentTerminated: _Final[_Code] = _Code("DCM", "130453", "Treatment Terminated", (9563,))
"""Treatment Terminated (DCM 130453)."""

TreatmentUnnecessary: _Final[_Code] = _Code("DCM", "130664", "Treatment unnecessary", (9576,))
"""Treatment unnecessary (DCM 130664)."""

TreeInBudSign: _Final[_Code] = _Code("DCM", "112127", "Tree-in-bud sign", (6104,))
"""Tree-in-bud sign (DCM 112127)."""

TrigeminalNodeSet: _Final[_Code] = _Code("DCM", "130364", "Trigeminal Node Set", (9556,))
"""Trigeminal Node Set (DCM 130364)."""

TrueLumen: _Final[_Code] = _Code("DCM", "122360", "True Lumen", (3494,))
"""True Lumen (DCM 122360)."""

TruncatedGaussianDiffusionModel: _Final[_Code] = _Code(
    "DCM", "113255", "Truncated Gaussian diffusion model", (7273,)
)
"""Truncated Gaussian diffusion model (DCM 113255)."""

TrustRegion: _Final[_Code] = _Code("DCM", "113266", "Trust-Region", (7274,))
"""Trust-Region (DCM 113266)."""

TubularShadow: _Final[_Code] = _Code("DCM", "112117", "Tubular shadow", (6103,))
"""Tubular shadow (DCM 112117)."""

TumorBoardInputUsed: _Final[_Code] = _Code("DCM", "128221", "Tumor Board Input Used", (7010,))
"""Tumor Board Input Used (DCM 128221)."""

TumorGraft: _Final[_Code] = _Code("DCM", "127460", "Tumor Graft", (637,))
"""Tumor Graft (DCM 127460)."""

TumorRegistryInputUsed: _Final[_Code] = _Code("DCM", "128222", "Tumor Registry Input Used", (7010,))
"""Tumor Registry Input Used (DCM 128222)."""

TurntableScanMethod: _Final[_Code] = _Code("DCM", "114209", "Turntable Scan Method", (8202,))
"""Turntable Scan Method (DCM 114209)."""

TwoChamber: _Final[_Code] = _Code("DCM", "122565", "Two Chamber", (3453,))
"""Two Chamber (DCM 122565)."""

TwoCompartmentExchange2CXModel: _Final[_Code] = _Code(
    "DCM", "126347", "Two Compartment Exchange (2CX) Model", (4101,)
)
"""Two Compartment Exchange (2CX) Model (DCM 126347)."""

TwoDimensionalMethod: _Final[_Code] = _Code("DCM", "112188", "Two-dimensional method", (6140,))
"""Two-dimensional method (DCM 112188)."""

URI_: _Final[_Code] = _Code("DCM", "110037", "URI", (405,))
"""URI (DCM 110037)."""

US3DCAMModel: _Final[_Code] = _Code("DCM", "129018", "US 3D CAM model", (7061,))
"""US 3D CAM model (DCM 129018)."""

USBDiskEmulation: _Final[_Code] = _Code("DCM", "110030", "USB Disk Emulation", (405,))
"""USB Disk Emulation (DCM 110030)."""

Ublituximab89Zr: _Final[_Code] = _Code("DCM", "126739", "Ublituximab ^89^Zr", (4021,))
"""Ublituximab ^89^Zr (DCM 126739)."""

Ultrasound: _Final[_Code] = _Code("DCM", "US", "Ultrasound", (29,))
"""Ultrasound (DCM US)."""

UltrasoundAttenuation: _Final[_Code] = _Code("DCM", "110833", "Ultrasound Attenuation", (7180,))
"""Ultrasound Attenuation (DCM 110833)."""

UltrasoundBoneDensitometry: _Final[_Code] = _Code(
    "DCM", "BDUS", "Ultrasound Bone Densitometry", (29,)
)
"""Ultrasound Bone Densitometry (DCM BDUS)."""

UltrasoundContact: _Final[_Code] = _Code("DCM", "111750", "Ultrasound Contact", (4230,))
"""Ultrasound Contact (DCM 111750)."""

UltrasoundImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128736", "Ultrasound imaging subject matter", (7017,)
)
"""Ultrasound imaging subject matter (DCM 128736)."""

UltrasoundImmersion: _Final[_Code] = _Code("DCM", "111751", "Ultrasound Immersion", (4230,))
"""Ultrasound Immersion (DCM 111751)."""

UnavailabilityOfABeamModifier: _Final[_Code] = _Code(
    "DCM", "130466", "Unavailability of a Beam Modifier", (9565,)
)
"""Unavailability of a Beam Modifier (DCM 130466)."""

Unavailable: _Final[_Code] = _Code("DCM", "UNAVAILABLE", "Unavailable", (50,))
"""Unavailable (DCM UNAVAILABLE)."""

UnclassifiedCombination: _Final[_Code] = _Code("DCM", "130081", "Unclassified Combination", (9508,))
"""Unclassified Combination (DCM 130081)."""

UnclassifiedVolume: _Final[_Code] = _Code("DCM", "130048", "Unclassified Volume", (9508,))
"""Unclassified Volume (DCM 130048)."""

UncompressedPredecessor: _Final[_Code] = _Code("DCM", "121320", "Uncompressed predecessor", (7202,))
"""Uncompressed predecessor (DCM 121320)."""

UnderExposed: _Final[_Code] = _Code("DCM", "111211", "Under exposed", (6041, 6135, 7011))
"""Under exposed (DCM 111211)."""

Underflow: _Final[_Code] = _Code("DCM", "114004", "Underflow", (43,))
"""Underflow (DCM 114004)."""

UndeterminedSex: _Final[_Code] = _Code("DCM", "121103", "Undetermined sex", (7455,))
"""Undetermined sex (DCM 121103)."""

UndilutedDoseAdministered: _Final[_Code] = _Code(
    "DCM", "122092", "Undiluted dose administered", (3410,)
)
"""Undiluted dose administered (DCM 122092)."""

Unheated: _Final[_Code] = _Code("DCM", "127255", "Unheated", (635,))
"""Unheated (DCM 127255)."""

UniformSpeedOfSoundCorrection: _Final[_Code] = _Code(
    "DCM", "130818", "Uniform Speed of Sound Correction", (11004,)
)
"""Uniform Speed of Sound Correction (DCM 130818)."""

UnitSerialIdentifier: _Final[_Code] = _Code("DCM", "121148", "Unit Serial Identifier", (3426,))
"""Unit Serial Identifier (DCM 121148)."""

UnitedAllBreedRegistry: _Final[_Code] = _Code("DCM", "109217", "United All Breed Registry", (7481,))
"""United All Breed Registry (DCM 109217)."""

UnitedKennelClub: _Final[_Code] = _Code("DCM", "109218", "United Kennel Club", (7481,))
"""United Kennel Club (DCM 109218)."""

UniversalKennelClubInternational: _Final[_Code] = _Code(
    "DCM", "109219", "Universal Kennel Club International", (7481,)
)
"""Universal Kennel Club International (DCM 109219)."""

UnknownFailure: _Final[_Code] = _Code("DCM", "111221", "Unknown failure", (6041, 6135, 7011))
"""Unknown failure (DCM 111221)."""

UnknownSex: _Final[_Code] = _Code("DCM", "U", "Unknown sex", (7455,))
"""Unknown sex (DCM U)."""

UnmountedDetector: _Final[_Code] = _Code("DCM", "113953", "Unmounted Detector", (10031,))
"""Unmounted Detector (DCM 113953)."""

UnsharpMask: _Final[_Code] = _Code("DCM", "113089", "Unsharp mask", (7203,))
"""Unsharp mask (DCM 113089)."""

Unspecified: _Final[_Code] = _Code("DCM", "111176", "Unspecified", (6040,))
"""Unspecified (DCM 111176)."""

UnspecifiedGynecologicalHormone: _Final[_Code] = _Code(
    "DCM", "111542", "Unspecified gynecological hormone", (6080,)
)
"""Unspecified gynecological hormone (DCM 111542)."""

UnspecifiedMethodOfCalculation: _Final[_Code] = _Code(
    "DCM", "112187", "Unspecified method of calculation", (6140,)
)
"""Unspecified method of calculation (DCM 112187)."""

UnusableQualityRendersImageUnusable: _Final[_Code] = _Code(
    "DCM", "111235", "Unusable - Quality renders image unusable", (3114, 6044)
)
"""Unusable - Quality renders image unusable (DCM 111235)."""

Unused: _Final[_Code] = _Code("DCM", "127177", "Unused", (604,))
"""Unused (DCM 127177)."""

UnwantedSubtractionImages: _Final[_Code] = _Code(
    "DCM", "130582", "Unwanted subtraction images", (6317,)
)
"""Unwanted subtraction images (DCM 130582)."""

UprightStandMount: _Final[_Code] = _Code("DCM", "113954", "Upright Stand Mount", (10031,))
"""Upright Stand Mount (DCM 113954)."""

UsableDoesNotMeetTheQualityControlStandard: _Final[_Code] = _Code(
    "DCM", "111236", "Usable - Does not meet the quality control standard", (6044,)
)
"""Usable - Does not meet the quality control standard (DCM 111236)."""

UsableMeetsTheQualityControlStandard: _Final[_Code] = _Code(
    "DCM", "111237", "Usable - Meets the quality control standard", (6044,)
)
"""Usable - Meets the quality control standard (DCM 111237)."""

UseOfRestrictedFunction: _Final[_Code] = _Code(
    "DCM", "110132", "Use of Restricted Function", (401, 403)
)
"""Use of Restricted Function (DCM 110132)."""

UserAuthentication: _Final[_Code] = _Code("DCM", "110114", "User Authentication", (400,))
"""User Authentication (DCM 110114)."""

UserChosenValue: _Final[_Code] = _Code(
    "DCM", "121410", "User chosen value", (224, 4241, 4252, 12301)
)
"""User chosen value (DCM 121410)."""

UserDefinedAIFROI: _Final[_Code] = _Code("DCM", "126362", "User-defined AIF ROI", (4103,))
"""User-defined AIF ROI (DCM 126362)."""

UserSecurityAttributesChanged: _Final[_Code] = _Code(
    "DCM", "110137", "User Security Attributes Changed", (401, 403)
)
"""User Security Attributes Changed (DCM 110137)."""

UserSelectedMethod: _Final[_Code] = _Code("DCM", "122575", "User selected method", (3456,))
"""User selected method (DCM 122575)."""

UterineMalformations: _Final[_Code] = _Code("DCM", "111565", "Uterine malformations", (6088,))
"""Uterine malformations (DCM 111565)."""

UtricleCyst: _Final[_Code] = _Code("DCM", "130569", "Utricle cyst", (6313,))
"""Utricle cyst (DCM 130569)."""

V0DocumentedAbsenceOfCAD: _Final[_Code] = _Code(
    "DCM", "130723", "0 - Documented absence of CAD", (3020,)
)
"""0 - Documented absence of CAD (DCM 130723)."""

V100cmFromXRaySource: _Final[_Code] = _Code("DCM", "113965", "100cm from X-Ray Source", (10025,))
"""100cm from X-Ray Source (DCM 113965)."""

V10X: _Final[_Code] = _Code("DCM", "112716", "10X", (8132,))
"""10X (DCM 112716)."""

V10YearCHDRisk: _Final[_Code] = _Code("DCM", "122230", "10 Year CHD Risk", (3667,))
"""10 Year CHD Risk (DCM 122230)."""

V10cmDosimetryPhantom: _Final[_Code] = _Code("DCM", "130541", "10 cm Dosimetry Phantom", (4052,))
"""10 cm Dosimetry Phantom (DCM 130541)."""

V12CarbonNucleus: _Final[_Code] = _Code("DCM", "130143", "^12^Carbon nucleus", (9526,))
"""^12^Carbon nucleus (DCM 130143)."""

V152Terbium: _Final[_Code] = _Code("DCM", "126606", "^152^Terbium", (4020,))
"""^152^Terbium (DCM 126606)."""

V15cmFromIsocenterTowardSource: _Final[_Code] = _Code(
    "DCM", "113860", "15cm from Isocenter toward Source", (10025,)
)
"""15cm from Isocenter toward Source (DCM 113860)."""

V15cmFromTableCenterline: _Final[_Code] = _Code(
    "DCM", "113864", "15cm from Table Centerline", (10025,)
)
"""15cm from Table Centerline (DCM 113864)."""

V16OxygenNucleus: _Final[_Code] = _Code("DCM", "130144", "^16^Oxygen nucleus", (9526,))
"""^16^Oxygen nucleus (DCM 130144)."""

V191mIridium: _Final[_Code] = _Code("DCM", "126604", "^191m^Iridium", (18,))
"""^191m^Iridium (DCM 126604)."""

V1MinimalNonObstructiveCAD: _Final[_Code] = _Code(
    "DCM", "130724", "1 - Minimal non-obstructive CAD", (3020,)
)
"""1 - Minimal non-obstructive CAD (DCM 130724)."""

V1cmAboveTabletop: _Final[_Code] = _Code("DCM", "113862", "1cm above Tabletop", (10025,))
"""1cm above Tabletop (DCM 113862)."""

V1stWeek: _Final[_Code] = _Code("DCM", "111392", "1st week", (6163,))
"""1st week (DCM 111392)."""

V20X: _Final[_Code] = _Code("DCM", "112717", "20X", (8132,))
"""20X (DCM 112717)."""

V28H189Zr: _Final[_Code] = _Code("DCM", "126752", "28H1 ^89^Zr", (4021,))
"""28H1 ^89^Zr (DCM 126752)."""

V2DShearWaveElastography: _Final[_Code] = _Code(
    "DCM", "130609", "2D Shear Wave Elastography", (12224,)
)
"""2D Shear Wave Elastography (DCM 130609)."""

V2DSpeckleTracking: _Final[_Code] = _Code("DCM", "130679", "2D Speckle Tracking", (12224,))
"""2D Speckle Tracking (DCM 130679)."""

V2FAF18: _Final[_Code] = _Code("DCM", "126713", "2FA F^18^", (4021,))
"""2FA F^18^ (DCM 126713)."""

V2MildNonObstructiveCAD: _Final[_Code] = _Code(
    "DCM", "130725", "2 - Mild non-obstructive CAD", (3020,)
)
"""2 - Mild non-obstructive CAD (DCM 130725)."""

V2SigmaDeviationOfPopulation: _Final[_Code] = _Code(
    "DCM", "121417", "2 Sigma deviation of population", (226,)
)
"""2 Sigma deviation of population (DCM 121417)."""

V2ndWeek: _Final[_Code] = _Code("DCM", "111393", "2nd week", (6163,))
"""2nd week (DCM 111393)."""

V30cmAboveTabletop: _Final[_Code] = _Code("DCM", "113863", "30cm above Tabletop", (10025,))
"""30cm above Tabletop (DCM 113863)."""

V30cmInFrontOfImageInputSurface: _Final[_Code] = _Code(
    "DCM", "113861", "30cm in Front of Image Input Surface", (10025,)
)
"""30cm in Front of Image Input Surface (DCM 113861)."""

V35PercentOfThermalDyeDilutionCO: _Final[_Code] = _Code(
    "DCM", "109014", "35% of thermal/dye dilution CO", (3337,)
)
"""35% of thermal/dye dilution CO (DCM 109014)."""

V3DDoseMap: _Final[_Code] = _Code("DCM", "128487", "3D Dose Map", (10063,))
"""3D Dose Map (DCM 128487)."""

V3DGel: _Final[_Code] = _Code("DCM", "128701", "3D Gel", (7026,))
"""3D Gel (DCM 128701)."""

V3DManufacturingModelingSystem: _Final[_Code] = _Code(
    "DCM", "M3D", "3D Manufacturing Modeling System", (30, 32)
)
"""3D Manufacturing Modeling System (DCM M3D)."""

V3DShearWaveElastography: _Final[_Code] = _Code(
    "DCM", "130610", "3D Shear Wave Elastography", (12224,)
)
"""3D Shear Wave Elastography (DCM 130610)."""

V3DSpeckleTracking: _Final[_Code] = _Code("DCM", "130680", "3D Speckle Tracking", (12224,))
"""3D Speckle Tracking (DCM 130680)."""

V3HeliumNucleus: _Final[_Code] = _Code("DCM", "130141", "^3^Helium nucleus", (9526,))
"""^3^Helium nucleus (DCM 130141)."""

V3ModerateStenosis: _Final[_Code] = _Code("DCM", "130726", "3 - Moderate stenosis", (3020,))
"""3 - Moderate stenosis (DCM 130726)."""

V3rdWeek: _Final[_Code] = _Code("DCM", "111394", "3rd week", (6163,))
"""3rd week (DCM 111394)."""

V40X: _Final[_Code] = _Code("DCM", "112718", "40X", (8132,))
"""40X (DCM 112718)."""

V43Scandium: _Final[_Code] = _Code("DCM", "126605", "^43^Scandium", (4020,))
"""^43^Scandium (DCM 126605)."""

V44Scandium: _Final[_Code] = _Code("DCM", "126600", "^44^Scandium", (4020,))
"""^44^Scandium (DCM 126600)."""

V4ASevereStenosis: _Final[_Code] = _Code("DCM", "130728", "4A - Severe stenosis", (3021,))
"""4A - Severe stenosis (DCM 130728)."""

V4BSevereStenosis: _Final[_Code] = _Code("DCM", "130729", "4B - Severe stenosis", (3021,))
"""4B - Severe stenosis (DCM 130729)."""

V4HeliumNucleus: _Final[_Code] = _Code("DCM", "130142", "^4^Helium nucleus", (9526,))
"""^4^Helium nucleus (DCM 130142)."""

V4MonthsTo1YearAgo: _Final[_Code] = _Code("DCM", "111397", "4 months to 1 year ago", (6164,))
"""4 months to 1 year ago (DCM 111397)."""

V4Point2cmAboveBreastSupportSurface: _Final[_Code] = _Code(
    "DCM", "113865", "4.2cm above Breast Support Surface", (10025,)
)
"""4.2cm above Breast Support Surface (DCM 113865)."""

V4PointSegmentFindingScale: _Final[_Code] = _Code(
    "DCM", "125223", "4 Point Segment Finding Scale", (12238,)
)
"""4 Point Segment Finding Scale (DCM 125223)."""

V4SevereStenosis: _Final[_Code] = _Code("DCM", "130727", "4 - Severe stenosis", (3020,))
"""4 - Severe stenosis (DCM 130727)."""

V51Manganese: _Final[_Code] = _Code("DCM", "126601", "^51^Manganese", (4020,))
"""^51^Manganese (DCM 126601)."""

V52mManganese: _Final[_Code] = _Code("DCM", "126607", "^52m^Manganese", (4020,))
"""^52m^Manganese (DCM 126607)."""

V5PointSegmentFindingScale: _Final[_Code] = _Code(
    "DCM", "125224", "5 Point Segment Finding Scale", (12238,)
)
"""5 Point Segment Finding Scale (DCM 125224)."""

V5PointSegmentFindingScaleWithGradedHypokinesis: _Final[_Code] = _Code(
    "DCM", "125225", "5 Point Segment Finding Scale With Graded Hypokinesis", (12238,)
)
"""5 Point Segment Finding Scale With Graded Hypokinesis (DCM 125225)."""

V5TotalCoronaryOcclusion: _Final[_Code] = _Code(
    "DCM", "130730", "5 - Total coronary occlusion", (3020,)
)
"""5 - Total coronary occlusion (DCM 130730)."""

V5X: _Final[_Code] = _Code("DCM", "112715", "5X", (8132,))
"""5X (DCM 112715)."""

V70Arsenic: _Final[_Code] = _Code("DCM", "126602", "^70^Arsenic", (4020,))
"""^70^Arsenic (DCM 126602)."""

V70PercentOfThermalDyeDilutionCO: _Final[_Code] = _Code(
    "DCM", "109015", "70% of thermal/dye dilution CO", (3337,)
)
"""70% of thermal/dye dilution CO (DCM 109015)."""

V7D1289Zr: _Final[_Code] = _Code("DCM", "126751", "7D12 ^89^Zr", (4021,))
"""7D12 ^89^Zr (DCM 126751)."""

V7E1189Zr: _Final[_Code] = _Code("DCM", "126750", "7E11 ^89^Zr", (4021,))
"""7E11 ^89^Zr (DCM 126750)."""

V90Niobium: _Final[_Code] = _Code("DCM", "126603", "^90^Niobium", (4020,))
"""^90^Niobium (DCM 126603)."""

VMAT: _Final[_Code] = _Code("DCM", "130107", "VMAT", (9511,))
"""VMAT (DCM 130107)."""

VMaxMyocardial: _Final[_Code] = _Code("DCM", "109073", "V max myocardial", (3337,))
"""V max myocardial (DCM 109073)."""

VO2Equals152BSA: _Final[_Code] = _Code("DCM", "122250", "VO2 = 152 * BSA", (3664,))
"""VO2 = 152 * BSA (DCM 122250)."""

VO2Equals175BSA: _Final[_Code] = _Code("DCM", "122251", "VO2 = 175 * BSA", (3664,))
"""VO2 = 175 * BSA (DCM 122251)."""

VO2Equals176BSA: _Final[_Code] = _Code("DCM", "122252", "VO2 = 176 * BSA", (3664,))
"""VO2 = 176 * BSA (DCM 122252)."""

VO2EqualsVestpd10FIO2FE02: _Final[_Code] = _Code(
    "DCM", "122249", "VO2 = VeSTPD * 10 * (FIO2 - FE02)", (3664,)
)
"""VO2 = VeSTPD * 10 * (FIO2 - FE02) (DCM 122249)."""

VVulnerablePlaque: _Final[_Code] = _Code("DCM", "130735", "V - Vulnerable plaque", (3022,))
"""V - Vulnerable plaque (DCM 130735)."""

VWave: _Final[_Code] = _Code("DCM", "109052", "V wave", (3339,))
"""V wave (DCM 109052)."""

VWaveOfNextBeat: _Final[_Code] = _Code("DCM", "109053", "V wave of next beat", (3339,))
"""V wave of next beat (DCM 109053)."""

VWavePeakPressure: _Final[_Code] = _Code("DCM", "109034", "V wave peak pressure", (3337, 3611))
"""V wave peak pressure (DCM 109034)."""

VWavePressureAverage: _Final[_Code] = _Code("DCM", "109035", "V wave pressure, average", (3337,))
"""V wave pressure, average (DCM 109035)."""

VacuumAssisted: _Final[_Code] = _Code("DCM", "111490", "Vacuum assisted", (6060,))
"""Vacuum assisted (DCM 111490)."""

VacuumMold: _Final[_Code] = _Code("DCM", "130118", "Vacuum Mold", (9513,))
"""Vacuum Mold (DCM 130118)."""

VaginalCylinder: _Final[_Code] = _Code("DCM", "130121", "Vaginal Cylinder", (9513,))
"""Vaginal Cylinder (DCM 130121)."""

ValueIndeterminate: _Final[_Code] = _Code("DCM", "114011", "Value indeterminate", (44,))
"""Value indeterminate (DCM 114011)."""

ValueOutOfRange: _Final[_Code] = _Code("DCM", "114009", "Value out of range", (43,))
"""Value out of range (DCM 114009)."""

ValueUnknown: _Final[_Code] = _Code("DCM", "114010", "Value unknown", (44,))
"""Value unknown (DCM 114010)."""

ValveClose: _Final[_Code] = _Code("DCM", "109036", "Valve close", (3337,))
"""Valve close (DCM 109036)."""

ValveOpen: _Final[_Code] = _Code("DCM", "109037", "Valve open", (3337,))
"""Valve open (DCM 109037)."""

ValvularIntervention: _Final[_Code] = _Code("DCM", "122053", "Valvular Intervention", (3406,))
"""Valvular Intervention (DCM 122053)."""

VariableCircularCollimator: _Final[_Code] = _Code(
    "DCM", "130332", "Variable Circular Collimator", (9540,)
)
"""Variable Circular Collimator (DCM 130332)."""

VascularAndInterventionalImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128734", "Vascular and interventional imaging subject matter", (7017,)
)
"""Vascular and interventional imaging subject matter (DCM 128734)."""

VascularImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128017", "Vascular Imaging Specialty", (7449,)
)
"""Vascular Imaging Specialty (DCM 128017)."""

VascularIntervention: _Final[_Code] = _Code("DCM", "122056", "Vascular Intervention", (3406,))
"""Vascular Intervention (DCM 122056)."""

VascularityNotAssessed: _Final[_Code] = _Code("DCM", "111374", "Vascularity not assessed", (6157,))
"""Vascularity not assessed (DCM 111374)."""

VascularityNotPresent: _Final[_Code] = _Code("DCM", "111373", "Vascularity not present", (6157,))
"""Vascularity not present (DCM 111373)."""

VascularityPresentImmediatelyAdjacentToLesion: _Final[_Code] = _Code(
    "DCM", "111376", "Vascularity present immediately adjacent to lesion", (6157,)
)
"""Vascularity present immediately adjacent to lesion (DCM 111376)."""

VascularityPresentInLesion: _Final[_Code] = _Code(
    "DCM", "111375", "Vascularity present in lesion", (6157,)
)
"""Vascularity present in lesion (DCM 111375)."""

Vasoconstriction: _Final[_Code] = _Code("DCM", "112077", "Vasoconstriction", (6107,))
"""Vasoconstriction (DCM 112077)."""

Vasodilation: _Final[_Code] = _Code("DCM", "112078", "Vasodilation", (6107,))
"""Vasodilation (DCM 112078)."""

Ve: _Final[_Code] = _Code("DCM", "126314", "ve", (4107,))
"""ve (DCM 126314)."""

Vector: _Final[_Code] = _Code("DCM", "121225", "Vector", (7553,))
"""Vector (DCM 121225)."""

VeilingGlareEvaluation: _Final[_Code] = _Code("DCM", "109707", "Veiling glare evaluation", (8300,))
"""Veiling glare evaluation (DCM 109707)."""

VelocityEncoded: _Final[_Code] = _Code("DCM", "113070", "Velocity encoded", (7180,))
"""Velocity encoded (DCM 113070)."""

VenaContractaWidth: _Final[_Code] = _Code("DCM", "125334", "Vena Contracta Width", (12304,))
"""Vena Contracta Width (DCM 125334)."""

VentralDiencephalon: _Final[_Code] = _Code("DCM", "110700", "Ventral Diencephalon", (7140,))
"""Ventral Diencephalon (DCM 110700)."""

VentricularEndDiastolicPressure: _Final[_Code] = _Code(
    "DCM", "122191", "Ventricular End Diastolic pressure", (3611,)
)
"""Ventricular End Diastolic pressure (DCM 122191)."""

Verifying: _Final[_Code] = _Code("DCM", "121098", "Verifying", (7453,))
"""Verifying (DCM 121098)."""

VertebralIntervertebralNotch: _Final[_Code] = _Code(
    "DCM", "112097", "Vertebral Intervertebral Notch", (6115,)
)
"""Vertebral Intervertebral Notch (DCM 112097)."""

VerySmall: _Final[_Code] = _Code("DCM", "112132", "Very small", (6118,))
"""Very small (DCM 112132)."""

VeryStrongFamilyHistoryOfBreastCancer: _Final[_Code] = _Code(
    "DCM", "111561", "Very strong family history of breast cancer", (6081,)
)
"""Very strong family history of breast cancer (DCM 111561)."""

VideoRecordingOff: _Final[_Code] = _Code("DCM", "130888", "Video recording off", (3039,))
"""Video recording off (DCM 130888)."""

VideoRecordingOn: _Final[_Code] = _Code("DCM", "130887", "Video recording on", (3039,))
"""Video recording on (DCM 130887)."""

VideoTapeDigitized: _Final[_Code] = _Code("DCM", "110022", "Video Tape Digitized", (7008,))
"""Video Tape Digitized (DCM 110022)."""

VideoTapeDigitizerEquipment: _Final[_Code] = _Code(
    "DCM", "VIDD", "Video Tape Digitizer Equipment", (7005,)
)
"""Video Tape Digitizer Equipment (DCM VIDD)."""

ViewAndLateralityMarkerDoesNotHaveApprovedCodes: _Final[_Code] = _Code(
    "DCM", "111179", "View and Laterality Marker does not have approved codes", (6041,)
)
"""View and Laterality Marker does not have approved codes (DCM 111179)."""

ViewAndLateralityMarkerDoesNotHaveBothViewAndLaterality: _Final[_Code] = _Code(
    "DCM", "111178", "View and Laterality Marker does not have both view and laterality", (6041,)
)
"""View and Laterality Marker does not have both view and laterality (DCM 111178)."""

ViewAndLateralityMarkerIsIncorrect: _Final[_Code] = _Code(
    "DCM", "111183", "View and Laterality Marker is incorrect", (6041,)
)
"""View and Laterality Marker is incorrect (DCM 111183)."""

ViewAndLateralityMarkerIsMissing: _Final[_Code] = _Code(
    "DCM", "111177", "View and Laterality Marker is missing", (6041,)
)
"""View and Laterality Marker is missing (DCM 111177)."""

ViewAndLateralityMarkerIsNotNearTheAxilla: _Final[_Code] = _Code(
    "DCM", "111180", "View and Laterality Marker is not near the axilla", (6041,)
)
"""View and Laterality Marker is not near the axilla (DCM 111180)."""

ViewAndLateralityMarkerIsOffImage: _Final[_Code] = _Code(
    "DCM", "111184", "View and Laterality Marker is off image", (6041,)
)
"""View and Laterality Marker is off image (DCM 111184)."""

ViewAndLateralityMarkerIsPartiallyObscured: _Final[_Code] = _Code(
    "DCM", "111182", "View and Laterality Marker is partially obscured", (6041,)
)
"""View and Laterality Marker is partially obscured (DCM 111182)."""

ViewAndLateralityMarkerOverlapsBreastTissue: _Final[_Code] = _Code(
    "DCM", "111181", "View and Laterality Marker overlaps breast tissue", (6041,)
)
"""View and Laterality Marker overlaps breast tissue (DCM 111181)."""

VirginalHyperplasia: _Final[_Code] = _Code("DCM", "111298", "Virginal hyperplasia", (6031,))
"""Virginal hyperplasia (DCM 111298)."""

VirtualGrid: _Final[_Code] = _Code("DCM", "111640", "Virtual grid", (10017,))
"""Virtual grid (DCM 111640)."""

VisibleReflectorMarker: _Final[_Code] = _Code("DCM", "129310", "Visible Reflector Marker", (7112,))
"""Visible Reflector Marker (DCM 129310)."""

VisualAcuity: _Final[_Code] = _Code("DCM", "VA", "Visual Acuity", (29,))
"""Visual Acuity (DCM VA)."""

VisualAlignment: _Final[_Code] = _Code("DCM", "125025", "Visual Alignment", (7100,))
"""Visual Alignment (DCM 125025)."""

VisualField07TestPattern: _Final[_Code] = _Code(
    "DCM", "111812", "Visual Field 07 Test Pattern", (4250,)
)
"""Visual Field 07 Test Pattern (DCM 111812)."""

VisualField10To2TestPattern: _Final[_Code] = _Code(
    "DCM", "111801", "Visual Field 10-2 Test Pattern", (4250,)
)
"""Visual Field 10-2 Test Pattern (DCM 111801)."""

VisualField1LTTestStrategy: _Final[_Code] = _Code(
    "DCM", "111828", "Visual Field 1-LT Test Strategy", (4251,)
)
"""Visual Field 1-LT Test Strategy (DCM 111828)."""

VisualField24To2TestPattern: _Final[_Code] = _Code(
    "DCM", "111800", "Visual Field 24-2 Test Pattern", (4250,)
)
"""Visual Field 24-2 Test Pattern (DCM 111800)."""

VisualField2LTDynamicTestStrategy: _Final[_Code] = _Code(
    "DCM", "111833", "Visual Field 2LT-Dynamic Test Strategy", (4251,)
)
"""Visual Field 2LT-Dynamic Test Strategy (DCM 111833)."""

VisualField2LTNormalTestStrategy: _Final[_Code] = _Code(
    "DCM", "111834", "Visual Field 2LT-Normal Test Strategy", (4251,)
)
"""Visual Field 2LT-Normal Test Strategy (DCM 111834)."""

VisualField2LTTestStrategy: _Final[_Code] = _Code(
    "DCM", "111829", "Visual Field 2-LT Test Strategy", (4251,)
)
"""Visual Field 2-LT Test Strategy (DCM 111829)."""

VisualField30To2TestPattern: _Final[_Code] = _Code(
    "DCM", "111802", "Visual Field 30-2 Test Pattern", (4250,)
)
"""Visual Field 30-2 Test Pattern (DCM 111802)."""

VisualField60To4TestPattern: _Final[_Code] = _Code(
    "DCM", "111803", "Visual Field 60-4 Test Pattern", (4250,)
)
"""Visual Field 60-4 Test Pattern (DCM 111803)."""

VisualFieldCLASSStrategy: _Final[_Code] = _Code(
    "DCM", "111837", "Visual Field CLASS Strategy", (4251,)
)
"""Visual Field CLASS Strategy (DCM 111837)."""

VisualFieldCLIPTestStrategy: _Final[_Code] = _Code(
    "DCM", "111836", "Visual Field CLIP Test Strategy", (4251,)
)
"""Visual Field CLIP Test Strategy (DCM 111836)."""

VisualFieldCentral40PointTestPattern: _Final[_Code] = _Code(
    "DCM", "111805", "Visual Field Central 40 Point Test Pattern", (4250,)
)
"""Visual Field Central 40 Point Test Pattern (DCM 111805)."""

VisualFieldCentral76PointTestPattern: _Final[_Code] = _Code(
    "DCM", "111806", "Visual Field Central 76 Point Test Pattern", (4250,)
)
"""Visual Field Central 76 Point Test Pattern (DCM 111806)."""

VisualFieldCentralTestPattern: _Final[_Code] = _Code(
    "DCM", "111814", "Visual Field Central Test Pattern", (4250,)
)
"""Visual Field Central Test Pattern (DCM 111814)."""

VisualFieldDynamicTestStrategy: _Final[_Code] = _Code(
    "DCM", "111826", "Visual Field Dynamic Test Strategy", (4251,)
)
"""Visual Field Dynamic Test Strategy (DCM 111826)."""

VisualFieldFastThresholdTestStrategy: _Final[_Code] = _Code(
    "DCM", "111835", "Visual Field Fast Threshold Test Strategy", (4251,)
)
"""Visual Field Fast Threshold Test Strategy (DCM 111835)."""

VisualFieldFastpacTestStrategy: _Final[_Code] = _Code(
    "DCM", "111819", "Visual Field FastPac Test Strategy", (4251,)
)
"""Visual Field FastPac Test Strategy (DCM 111819)."""

VisualFieldFullField120PointTestPattern: _Final[_Code] = _Code(
    "DCM", "111809", "Visual Field Full Field 120 Point Test Pattern", (4250,)
)
"""Visual Field Full Field 120 Point Test Pattern (DCM 111809)."""

VisualFieldFullField81PointTestPattern: _Final[_Code] = _Code(
    "DCM", "111808", "Visual Field Full Field 81 Point Test Pattern", (4250,)
)
"""Visual Field Full Field 81 Point Test Pattern (DCM 111808)."""

VisualFieldFullFromPriorTestStrategy: _Final[_Code] = _Code(
    "DCM", "111820", "Visual Field Full From Prior Test Strategy", (4251,)
)
"""Visual Field Full From Prior Test Strategy (DCM 111820)."""

VisualFieldFullThresholdTestStrategy: _Final[_Code] = _Code(
    "DCM", "111818", "Visual Field Full Threshold Test Strategy", (4251,)
)
"""Visual Field Full Threshold Test Strategy (DCM 111818)."""

VisualFieldGATETestStrategy: _Final[_Code] = _Code(
    "DCM", "111831", "Visual Field GATE Test Strategy", (4251,)
)
"""Visual Field GATE Test Strategy (DCM 111831)."""

VisualFieldGTestPattern: _Final[_Code] = _Code(
    "DCM", "111810", "Visual Field G Test Pattern", (4250,)
)
"""Visual Field G Test Pattern (DCM 111810)."""

VisualFieldGateiTestStrategy: _Final[_Code] = _Code(
    "DCM", "111832", "Visual Field GATEi Test Strategy", (4251,)
)
"""Visual Field GATEi Test Strategy (DCM 111832)."""

VisualFieldIndex: _Final[_Code] = _Code("DCM", "111852", "Visual Field Index", (4257,))
"""Visual Field Index (DCM 111852)."""

VisualFieldLVCTestPattern: _Final[_Code] = _Code(
    "DCM", "111813", "Visual Field LVC Test Pattern", (4250,)
)
"""Visual Field LVC Test Pattern (DCM 111813)."""

VisualFieldLVSTestStrategy: _Final[_Code] = _Code(
    "DCM", "111830", "Visual Field LVS Test Strategy", (4251,)
)
"""Visual Field LVS Test Strategy (DCM 111830)."""

VisualFieldLossDueToDiffuseDefect: _Final[_Code] = _Code(
    "DCM", "111853", "Visual Field Loss Due to Diffuse Defect", (4257,)
)
"""Visual Field Loss Due to Diffuse Defect (DCM 111853)."""

VisualFieldLossDueToLocalDefect: _Final[_Code] = _Code(
    "DCM", "111854", "Visual Field Loss Due to Local Defect", (4257,)
)
"""Visual Field Loss Due to Local Defect (DCM 111854)."""

VisualFieldMTestPattern: _Final[_Code] = _Code(
    "DCM", "111811", "Visual Field M Test Pattern", (4250,)
)
"""Visual Field M Test Pattern (DCM 111811)."""

VisualFieldMaculaTestPattern: _Final[_Code] = _Code(
    "DCM", "111804", "Visual Field Macula Test Pattern", (4250,)
)
"""Visual Field Macula Test Pattern (DCM 111804)."""

VisualFieldNormalTestStrategy: _Final[_Code] = _Code(
    "DCM", "111827", "Visual Field Normal Test Strategy", (4251,)
)
"""Visual Field Normal Test Strategy (DCM 111827)."""

VisualFieldOptimaTestStrategy: _Final[_Code] = _Code(
    "DCM", "111821", "Visual Field Optima Test Strategy", (4251,)
)
"""Visual Field Optima Test Strategy (DCM 111821)."""

VisualFieldPeripheral60PointTestPattern: _Final[_Code] = _Code(
    "DCM", "111807", "Visual Field Peripheral 60 Point Test Pattern", (4250,)
)
"""Visual Field Peripheral 60 Point Test Pattern (DCM 111807)."""

VisualFieldQuantifyDefectsTestStrategy: _Final[_Code] = _Code(
    "DCM", "111824", "Visual Field Quantify-Defects Test Strategy", (4251,)
)
"""Visual Field Quantify-Defects Test Strategy (DCM 111824)."""

VisualFieldSITAFastTestStrategy: _Final[_Code] = _Code(
    "DCM", "111817", "Visual Field SITA-Fast Test Strategy", (4251,)
)
"""Visual Field SITA-Fast Test Strategy (DCM 111817)."""

VisualFieldSITASWAPTestStrategy: _Final[_Code] = _Code(
    "DCM", "111816", "Visual Field SITA-SWAP Test Strategy", (4251,)
)
"""Visual Field SITA-SWAP Test Strategy (DCM 111816)."""

VisualFieldSITAStandardTestStrategy: _Final[_Code] = _Code(
    "DCM", "111815", "Visual Field SITA-Standard Test Strategy", (4251,)
)
"""Visual Field SITA-Standard Test Strategy (DCM 111815)."""

VisualFieldTOPTestStrategy: _Final[_Code] = _Code(
    "DCM", "111825", "Visual Field TOP Test Strategy", (4251,)
)
"""Visual Field TOP Test Strategy (DCM 111825)."""

VisualFieldThreeZoneTestStrategy: _Final[_Code] = _Code(
    "DCM", "111823", "Visual Field Three-Zone Test Strategy", (4251,)
)
"""Visual Field Three-Zone Test Strategy (DCM 111823)."""

VisualFieldTwoZoneTestStrategy: _Final[_Code] = _Code(
    "DCM", "111822", "Visual Field Two-Zone Test Strategy", (4251,)
)
"""Visual Field Two-Zone Test Strategy (DCM 111822)."""

VitreousStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128262", "Vitreous structural reflectance map", (4271,)
)
"""Vitreous structural reflectance map (DCM 128262)."""

VitreousVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128261", "Vitreous vasculature flow", (4271,)
)
"""Vitreous vasculature flow (DCM 128261)."""

Vo2femaleEqualsBSA138Point117Point04LogeAge0Point378Hrf: _Final[_Code] = _Code(
    "DCM", "122248", "VO2female = BSA (138.1 - 17.04 * loge(age) + 0.378*HRf)", (3664,)
)
"""VO2female = BSA (138.1 - 17.04 * loge(age) + 0.378*HRf) (DCM 122248)."""

Vo2maleEqualsBSA138Point111Point49LogeAge0Point378Hrf: _Final[_Code] = _Code(
    "DCM", "122247", "VO2male = BSA (138.1 - 11.49 * loge(age) + 0.378*HRf)", (3664,)
)
"""VO2male = BSA (138.1 - 11.49 * loge(age) + 0.378*HRf) (DCM 122247)."""

Voice: _Final[_Code] = _Code("DCM", "109110", "Voice", (3000,))
"""Voice (DCM 109110)."""

VoltageMeasurement: _Final[_Code] = _Code("DCM", "109013", "Voltage measurement", (3240,))
"""Voltage measurement (DCM 109013)."""

VoltageMeasurementByBasketCatheter: _Final[_Code] = _Code(
    "DCM", "109011", "Voltage measurement by basket catheter", (3240,)
)
"""Voltage measurement by basket catheter (DCM 109011)."""

VoltageMeasurementByMappingCatheter: _Final[_Code] = _Code(
    "DCM", "109012", "Voltage measurement by mapping catheter", (3240,)
)
"""Voltage measurement by mapping catheter (DCM 109012)."""

VolumeAdministered: _Final[_Code] = _Code("DCM", "122091", "Volume administered", (3410,))
"""Volume administered (DCM 122091)."""

VolumeBasedMethod: _Final[_Code] = _Code("DCM", "122652", "Volume Based Method", (3807,))
"""Volume Based Method (DCM 122652)."""

VolumeCorrespondingToSpatiallyRelatedAcquisitionFrames: _Final[_Code] = _Code(
    "DCM", "121347", "Volume corresponding to spatially-related acquisition frames", (7201,)
)
"""Volume corresponding to spatially-related acquisition frames (DCM 121347)."""

VolumeEditing: _Final[_Code] = _Code("DCM", "113077", "Volume editing", (7203,))
"""Volume editing (DCM 113077)."""

VolumeEstimatedFromSingle2DRegion: _Final[_Code] = _Code(
    "DCM", "121216", "Volume estimated from single 2D region", (3471, 7472)
)
"""Volume estimated from single 2D region (DCM 121216)."""

VolumeEstimatedFromThreeOrMoreNonCoplanar2DRegions: _Final[_Code] = _Code(
    "DCM", "121217", "Volume estimated from three or more non-coplanar 2D regions", (7472,)
)
"""Volume estimated from three or more non-coplanar 2D regions (DCM 121217)."""

VolumeEstimatedFromTwoNonCoplanar2DRegions: _Final[_Code] = _Code(
    "DCM", "121218", "Volume estimated from two non-coplanar 2D regions", (3471, 7472)
)
"""Volume estimated from two non-coplanar 2D regions (DCM 121218)."""

VolumeOfBoundingThreeDimensionalRegion: _Final[_Code] = _Code(
    "DCM", "121219", "Volume of bounding three dimensional region", (7472,)
)
"""Volume of bounding three dimensional region (DCM 121219)."""

VolumeOfBreast: _Final[_Code] = _Code("DCM", "112193", "Volume of breast", (6142,))
"""Volume of breast (DCM 112193)."""

VolumeOfCircumscribedSphere: _Final[_Code] = _Code(
    "DCM", "121220", "Volume of circumscribed sphere", (7472,)
)
"""Volume of circumscribed sphere (DCM 121220)."""

VolumeOfEllipsoid: _Final[_Code] = _Code("DCM", "121221", "Volume of ellipsoid", (7472,))
"""Volume of ellipsoid (DCM 121221)."""

VolumeOfParenchymalTissue: _Final[_Code] = _Code(
    "DCM", "112192", "Volume of parenchymal tissue", (6142,)
)
"""Volume of parenchymal tissue (DCM 112192)."""

VolumeOfSphere: _Final[_Code] = _Code("DCM", "121222", "Volume of sphere", (7472,))
"""Volume of sphere (DCM 121222)."""

VolumeOfUse: _Final[_Code] = _Code("DCM", "111580", "Volume of use", (6092,))
"""Volume of use (DCM 111580)."""

VolumeOfVascularCalcification: _Final[_Code] = _Code(
    "DCM", "112197", "Volume of Vascular Calcification", (6142,)
)
"""Volume of Vascular Calcification (DCM 112197)."""

VolumeRatio: _Final[_Code] = _Code("DCM", "113288", "Volume Ratio", (7271,))
"""Volume Ratio (DCM 113288)."""

VolumeRendering: _Final[_Code] = _Code("DCM", "113074", "Volume rendering", (7203,))
"""Volume rendering (DCM 113074)."""

VolumeScanPattern: _Final[_Code] = _Code("DCM", "125242", "Volume scan pattern", (12032,))
"""Volume scan pattern (DCM 125242)."""

VolumeScoringMethod: _Final[_Code] = _Code("DCM", "112056", "Volume scoring method", (6140,))
"""Volume scoring method (DCM 112056)."""

VolumeUnadministeredOrDiscarded: _Final[_Code] = _Code(
    "DCM", "122096", "Volume unadministered or discarded", (3410,)
)
"""Volume unadministered or discarded (DCM 122096)."""

VolumetricDiffusionDxxComponent: _Final[_Code] = _Code(
    "DCM", "110810", "Volumetric Diffusion Dxx Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxx Component (DCM 110810)."""

VolumetricDiffusionDxyComponent: _Final[_Code] = _Code(
    "DCM", "110811", "Volumetric Diffusion Dxy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxy Component (DCM 110811)."""

VolumetricDiffusionDxzComponent: _Final[_Code] = _Code(
    "DCM", "110812", "Volumetric Diffusion Dxz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxz Component (DCM 110812)."""

VolumetricDiffusionDyyComponent: _Final[_Code] = _Code(
    "DCM", "110813", "Volumetric Diffusion Dyy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyy Component (DCM 110813)."""

VolumetricDiffusionDyzComponent: _Final[_Code] = _Code(
    "DCM", "110814", "Volumetric Diffusion Dyz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyz Component (DCM 110814)."""

VolumetricDiffusionDzzComponent: _Final[_Code] = _Code(
    "DCM", "110815", "Volumetric Diffusion Dzz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dzz Component (DCM 110815)."""

VoxelizedRadiationTransportModel: _Final[_Code] = _Code(
    "DCM", "128422", "Voxelized Radiation Transport Model", (10065,)
)
"""Voxelized Radiation Transport Model (DCM 128422)."""

VoxelwiseSelectionOfBValue: _Final[_Code] = _Code(
    "DCM", "113285", "Voxelwise selection of b-value", (7275,)
)
"""Voxelwise selection of b-value (DCM 113285)."""

Vp: _Final[_Code] = _Code("DCM", "126331", "vp", (4107,))
"""vp (DCM 126331)."""

VulnerablePlaque: _Final[_Code] = _Code("DCM", "122389", "Vulnerable Plaque", (3491,))
"""Vulnerable Plaque (DCM 122389)."""

WHO: _Final[_Code] = _Code("DCM", "112029", "WHO", (6147,))
"""WHO (DCM 112029)."""

WSI20XRGB: _Final[_Code] = _Code("DCM", "112704", "WSI 20X RGB", (8131,))
"""WSI 20X RGB (DCM 112704)."""

WSI40XRGB: _Final[_Code] = _Code("DCM", "112705", "WSI 40X RGB", (8131,))
"""WSI 40X RGB (DCM 112705)."""

WallMass: _Final[_Code] = _Code("DCM", "122447", "Wall Mass", (12255,))
"""Wall Mass (DCM 122447)."""

WallToSeptum: _Final[_Code] = _Code("DCM", "110877", "Wall To Septum", (7185,))
"""Wall To Septum (DCM 110877)."""

WashoutDelayedPhaseType3Curve: _Final[_Code] = _Code(
    "DCM", "130599", "Washout delayed phase: Type 3 curve", (6346,)
)
"""Washout delayed phase: Type 3 curve (DCM 130599)."""

WaterEquivalentDiameterFromLocalizer: _Final[_Code] = _Code(
    "DCM", "113984", "Water Equivalent Diameter From Localizer", (10024, 10069)
)
"""Water Equivalent Diameter From Localizer (DCM 113984)."""

WaterEquivalentDiameterFromRawData: _Final[_Code] = _Code(
    "DCM", "113983", "Water Equivalent Diameter From Raw Data", (10024, 10069)
)
"""Water Equivalent Diameter From Raw Data (DCM 113983)."""

WaterEquivalentDiameterIntegratedAcrossScanRange: _Final[_Code] = _Code(
    "DCM", "113982", "Water Equivalent Diameter Integrated Across Scan Range", (10024, 10069)
)
"""Water Equivalent Diameter Integrated Across Scan Range (DCM 113982)."""

WaterEquivalentDiameterRepresentativeValue: _Final[_Code] = _Code(
    "DCM", "113981", "Water Equivalent Diameter Representative Value", (10024, 10069)
)
"""Water Equivalent Diameter Representative Value (DCM 113981)."""

WaterFatInPhase: _Final[_Code] = _Code("DCM", "129101", "Water/fat in phase", (7180,))
"""Water/fat in phase (DCM 129101)."""

WaterFatOutOfPhase: _Final[_Code] = _Code("DCM", "129102", "Water/fat out of phase", (7180,))
"""Water/fat out of phase (DCM 129102)."""

WaterFraction: _Final[_Code] = _Code("DCM", "129103", "Water fraction", (7180,))
"""Water fraction (DCM 129103)."""

WeakFamilyHistoryOfBreastCancer: _Final[_Code] = _Code(
    "DCM", "111559", "Weak family history of breast cancer", (6081,)
)
"""Weak family history of breast cancer (DCM 111559)."""

WedgeFilter: _Final[_Code] = _Code("DCM", "113651", "Wedge filter", (10007,))
"""Wedge filter (DCM 113651)."""

Wedging: _Final[_Code] = _Code("DCM", "112321", "Wedging", (7310,))
"""Wedging (DCM 112321)."""

WellDemarcated: _Final[_Code] = _Code("DCM", "112139", "Well demarcated", (6120,))
"""Well demarcated (DCM 112139)."""

WhiteMatterT1Hypointensity: _Final[_Code] = _Code(
    "DCM", "110701", "White Matter T1 Hypointensity", (7140,)
)
"""White Matter T1 Hypointensity (DCM 110701)."""

WhiteMatterT2Hyperintensity: _Final[_Code] = _Code(
    "DCM", "110702", "White Matter T2 Hyperintensity", (7140,)
)
"""White Matter T2 Hyperintensity (DCM 110702)."""

WhitePattern: _Final[_Code] = _Code("DCM", "109941", "White Pattern", (8301,))
"""White Pattern (DCM 109941)."""

WholeBodyPod: _Final[_Code] = _Code("DCM", "130119", "Whole Body Pod", (9513,))
"""Whole Body Pod (DCM 130119)."""

WholeEyeStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128278", "Whole eye structural reflectance map", (4271,)
)
"""Whole eye structural reflectance map (DCM 128278)."""

WholeEyeVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128277", "Whole eye vasculature flow", (4271,)
)
"""Whole eye vasculature flow (DCM 128277)."""

WholeSlideImaging: _Final[_Code] = _Code("DCM", "112703", "Whole Slide Imaging", (8131,))
"""Whole Slide Imaging (DCM 112703)."""

WinstonLutzPointer: _Final[_Code] = _Code("DCM", "130353", "Winston-Lutz Pointer", (9548,))
"""Winston-Lutz Pointer (DCM 130353)."""

WireMarker: _Final[_Code] = _Code("DCM", "129305", "Wire Marker", (7112,))
"""Wire Marker (DCM 129305)."""

WorkingCanineAssociationOfCanada: _Final[_Code] = _Code(
    "DCM", "109220", "Working Canine Association of Canada", (7481,)
)
"""Working Canine Association of Canada (DCM 109220)."""

WorkitemAssignmentRejectedByAssignedResource: _Final[_Code] = _Code(
    "DCM", "110530", "Workitem assignment rejected by assigned resource", (9300, 9303)
)
"""Workitem assignment rejected by assigned resource (DCM 110530)."""

WorkitemExpired: _Final[_Code] = _Code("DCM", "110533", "Workitem expired", (9300,))
"""Workitem expired (DCM 110533)."""

Workstation: _Final[_Code] = _Code("DCM", "WSD", "Workstation", (30,))
"""Workstation (DCM WSD)."""

WorldKennelClub: _Final[_Code] = _Code("DCM", "109221", "World Kennel Club", (7481,))
"""World Kennel Club (DCM 109221)."""

WorldWideKennelClub: _Final[_Code] = _Code("DCM", "109222", "World Wide Kennel Club", (7481,))
"""World Wide Kennel Club (DCM 109222)."""

XDescentPressure: _Final[_Code] = _Code("DCM", "122208", "x-descent pressure", (3611,))
"""x-descent pressure (DCM 122208)."""

XOrientation: _Final[_Code] = _Code("DCM", "130334", "X Orientation", (9547,))
"""X Orientation (DCM 130334)."""

XRayAngiography: _Final[_Code] = _Code("DCM", "XA", "X-Ray Angiography", (29,))
"""X-Ray Angiography (DCM XA)."""

XRayAttenuation: _Final[_Code] = _Code("DCM", "110850", "X-Ray Attenuation", (7180,))
"""X-Ray Attenuation (DCM 110850)."""

XRayFilters: _Final[_Code] = _Code("DCM", "113771", "X-Ray Filters", (10066,))
"""X-Ray Filters (DCM 113771)."""

XRayFluoroscopyOnSignal: _Final[_Code] = _Code(
    "DCM", "109004", "X-Ray Fluoroscopy On Signal", (3090,)
)
"""X-Ray Fluoroscopy On Signal (DCM 109004)."""

XRayOnTrigger: _Final[_Code] = _Code("DCM", "109005", "X-Ray On Trigger", (3090,))
"""X-Ray On Trigger (DCM 109005)."""

XRayReadingDevice: _Final[_Code] = _Code("DCM", "113942", "X-Ray Reading Device", (7445,))
"""X-Ray Reading Device (DCM 113942)."""

Xmab557489Zr: _Final[_Code] = _Code("DCM", "126734", "XmAb5574 ^89^Zr", (4021,))
"""XmAb5574 ^89^Zr (DCM 126734)."""

YBRFULLCBComponent: _Final[_Code] = _Code("DCM", "110838", "YBR FULL CB Component", (7180, 7186))
"""YBR FULL CB Component (DCM 110838)."""

YBRFULLCRComponent: _Final[_Code] = _Code("DCM", "110839", "YBR FULL CR Component", (7180, 7186))
"""YBR FULL CR Component (DCM 110839)."""

YBRFULLYComponent: _Final[_Code] = _Code("DCM", "110837", "YBR FULL Y Component", (7180, 7186))
"""YBR FULL Y Component (DCM 110837)."""

YBRICTCBComponent: _Final[_Code] = _Code("DCM", "110844", "YBR ICT CB Component", (7180, 7186))
"""YBR ICT CB Component (DCM 110844)."""

YBRICTCRComponent: _Final[_Code] = _Code("DCM", "110845", "YBR ICT CR Component", (7180, 7186))
"""YBR ICT CR Component (DCM 110845)."""

YBRICTYComponent: _Final[_Code] = _Code("DCM", "110843", "YBR ICT Y Component", (7180, 7186))
"""YBR ICT Y Component (DCM 110843)."""

YBRPARTIALCBComponent: _Final[_Code] = _Code(
    "DCM", "110841", "YBR PARTIAL CB Component", (7180, 7186)
)
"""YBR PARTIAL CB Component (DCM 110841)."""

YBRPARTIALCRComponent: _Final[_Code] = _Code(
    "DCM", "110842", "YBR PARTIAL CR Component", (7180, 7186)
)
"""YBR PARTIAL CR Component (DCM 110842)."""

YBRPARTIALYComponent: _Final[_Code] = _Code(
    "DCM", "110840", "YBR PARTIAL Y Component", (7180, 7186)
)
"""YBR PARTIAL Y Component (DCM 110840)."""

YBRRCTCBComponent: _Final[_Code] = _Code("DCM", "110847", "YBR RCT CB Component", (7180, 7186))
"""YBR RCT CB Component (DCM 110847)."""

YBRRCTCRComponent: _Final[_Code] = _Code("DCM", "110848", "YBR RCT CR Component", (7180, 7186))
"""YBR RCT CR Component (DCM 110848)."""

YBRRCTYComponent: _Final[_Code] = _Code("DCM", "110846", "YBR RCT Y Component", (7180, 7186))
"""YBR RCT Y Component (DCM 110846)."""

YDescentPressure: _Final[_Code] = _Code("DCM", "122209", "y-descent pressure", (3611,))
"""y-descent pressure (DCM 122209)."""

YOrientation: _Final[_Code] = _Code("DCM", "130335", "Y Orientation", (9547,))
"""Y Orientation (DCM 130335)."""

ZPointPressure: _Final[_Code] = _Code("DCM", "122210", "z-point pressure", (3611,))
"""z-point pressure (DCM 122210)."""

ZScore: _Final[_Code] = _Code("DCM", "113071", "Z-score", (7180,))
"""Z-score (DCM 113071)."""

ZScoreOfMeasurement: _Final[_Code] = _Code("DCM", "121416", "Z-Score of measurement", (227,))
"""Z-Score of measurement (DCM 121416)."""

ZobelFilter: _Final[_Code] = _Code("DCM", "130769", "Zobel filter", (3042,))
"""Zobel filter (DCM 130769)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_0DocumentedAbsenceOfCAD: _Final[_Code] = V0DocumentedAbsenceOfCAD
_100cmFromXRaySource: _Final[_Code] = V100cmFromXRaySource
_10X: _Final[_Code] = V10X
_10YearCHDRisk: _Final[_Code] = V10YearCHDRisk
_10cmDosimetryPhantom: _Final[_Code] = V10cmDosimetryPhantom
_12CarbonNucleus: _Final[_Code] = V12CarbonNucleus
_152Terbium: _Final[_Code] = V152Terbium
_15cmFromIsocenterTowardSource: _Final[_Code] = V15cmFromIsocenterTowardSource
_15cmFromTableCenterline: _Final[_Code] = V15cmFromTableCenterline
_16OxygenNucleus: _Final[_Code] = V16OxygenNucleus
_191mIridium: _Final[_Code] = V191mIridium
_1MinimalNonObstructiveCAD: _Final[_Code] = V1MinimalNonObstructiveCAD
_1cmAboveTabletop: _Final[_Code] = V1cmAboveTabletop
_1stWeek: _Final[_Code] = V1stWeek
_20X: _Final[_Code] = V20X
_28H189Zr: _Final[_Code] = V28H189Zr
_2DShearWaveElastography: _Final[_Code] = V2DShearWaveElastography
_2DSpeckleTracking: _Final[_Code] = V2DSpeckleTracking
_2FAF18: _Final[_Code] = V2FAF18
_2MildNonObstructiveCAD: _Final[_Code] = V2MildNonObstructiveCAD
_2SigmaDeviationOfPopulation: _Final[_Code] = V2SigmaDeviationOfPopulation
_2ndWeek: _Final[_Code] = V2ndWeek
_30cmAboveTabletop: _Final[_Code] = V30cmAboveTabletop
_30cmInFrontOfImageInputSurface: _Final[_Code] = V30cmInFrontOfImageInputSurface
_35PercentOfThermalDyeDilutionCO: _Final[_Code] = V35PercentOfThermalDyeDilutionCO
_3DDoseMap: _Final[_Code] = V3DDoseMap
_3DGel: _Final[_Code] = V3DGel
_3DManufacturingModelingSystem: _Final[_Code] = V3DManufacturingModelingSystem
_3DShearWaveElastography: _Final[_Code] = V3DShearWaveElastography
_3DSpeckleTracking: _Final[_Code] = V3DSpeckleTracking
_3HeliumNucleus: _Final[_Code] = V3HeliumNucleus
_3ModerateStenosis: _Final[_Code] = V3ModerateStenosis
_3rdWeek: _Final[_Code] = V3rdWeek
_40X: _Final[_Code] = V40X
_43Scandium: _Final[_Code] = V43Scandium
_44Scandium: _Final[_Code] = V44Scandium
_4ASevereStenosis: _Final[_Code] = V4ASevereStenosis
_4BSevereStenosis: _Final[_Code] = V4BSevereStenosis
_4HeliumNucleus: _Final[_Code] = V4HeliumNucleus
_4MonthsTo1YearAgo: _Final[_Code] = V4MonthsTo1YearAgo
_4Point2cmAboveBreastSupportSurface: _Final[_Code] = V4Point2cmAboveBreastSupportSurface
_4PointSegmentFindingScale: _Final[_Code] = V4PointSegmentFindingScale
_4SevereStenosis: _Final[_Code] = V4SevereStenosis
_51Manganese: _Final[_Code] = V51Manganese
_52mManganese: _Final[_Code] = V52mManganese
_5PointSegmentFindingScale: _Final[_Code] = V5PointSegmentFindingScale
_5PointSegmentFindingScaleWithGradedHypokinesis: _Final[_Code] = (
    V5PointSegmentFindingScaleWithGradedHypokinesis
)
_5TotalCoronaryOcclusion: _Final[_Code] = V5TotalCoronaryOcclusion
_5X: _Final[_Code] = V5X
_70Arsenic: _Final[_Code] = V70Arsenic
_70PercentOfThermalDyeDilutionCO: _Final[_Code] = V70PercentOfThermalDyeDilutionCO
_7D1289Zr: _Final[_Code] = V7D1289Zr
_7E1189Zr: _Final[_Code] = V7E1189Zr
_90Niobium: _Final[_Code] = V90Niobium

MEMBERS: _Final[tuple[_Code, ...]] = (
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
    V0DocumentedAbsenceOfCAD,
    V100cmFromXRaySource,
    V10X,
    V10YearCHDRisk,
    V10cmDosimetryPhantom,
    V12CarbonNucleus,
    V152Terbium,
    V15cmFromIsocenterTowardSource,
    V15cmFromTableCenterline,
    V16OxygenNucleus,
    V191mIridium,
    V1MinimalNonObstructiveCAD,
    V1cmAboveTabletop,
    V1stWeek,
    V20X,
    V28H189Zr,
    V2DShearWaveElastography,
    V2DSpeckleTracking,
    V2FAF18,
    V2MildNonObstructiveCAD,
    V2SigmaDeviationOfPopulation,
    V2ndWeek,
    V30cmAboveTabletop,
    V30cmInFrontOfImageInputSurface,
    V35PercentOfThermalDyeDilutionCO,
    V3DDoseMap,
    V3DGel,
    V3DManufacturingModelingSystem,
    V3DShearWaveElastography,
    V3DSpeckleTracking,
    V3HeliumNucleus,
    V3ModerateStenosis,
    V3rdWeek,
    V40X,
    V43Scandium,
    V44Scandium,
    V4ASevereStenosis,
    V4BSevereStenosis,
    V4HeliumNucleus,
    V4MonthsTo1YearAgo,
    V4Point2cmAboveBreastSupportSurface,
    V4PointSegmentFindingScale,
    V4SevereStenosis,
    V51Manganese,
    V52mManganese,
    V5PointSegmentFindingScale,
    V5PointSegmentFindingScaleWithGradedHypokinesis,
    V5TotalCoronaryOcclusion,
    V5X,
    V70Arsenic,
    V70PercentOfThermalDyeDilutionCO,
    V7D1289Zr,
    V7E1189Zr,
    V90Niobium,
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
)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
