"""CID 7030 Institutional Department/Unit/Service.

Extensible, version 20160314, UID 1.2.840.10008.6.1.817.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7030
NAME: Final[str] = "Institutional Department/Unit/Service"
KEYWORD: Final[str | None] = "InstitutionalDepartmentUnitService"
UID: Final[str | None] = "1.2.840.10008.6.1.817"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AbdominalRadiology: Final[Code] = Code("DCM", "128170", "Abdominal Radiology", (7030,))
"""Abdominal Radiology (DCM 128170)."""

AccidentAndEmergency: Final[Code] = Code("SCT", "225728007", "Accident and Emergency", (7030,))
"""Accident and Emergency (SCT 225728007)."""

AllergyAndImmunology: Final[Code] = Code("SCT", "309913004", "Allergy and Immunology", (7030,))
"""Allergy and Immunology (SCT 309913004)."""

Anesthesiology: Final[Code] = Code("SCT", "309901009", "Anesthesiology", (7030,))
"""Anesthesiology (SCT 309901009)."""

Audiology: Final[Code] = Code("SCT", "309914005", "Audiology", (7030,))
"""Audiology (SCT 309914005)."""

BiomedicalEngineering: Final[Code] = Code("DCM", "128171", "Biomedical Engineering", (7030,))
"""Biomedical Engineering (DCM 128171)."""

BreastSurgery: Final[Code] = Code("SCT", "309968000", "Breast Surgery", (7030,))
"""Breast Surgery (SCT 309968000)."""

BurnsIntensiveCare: Final[Code] = Code("SCT", "426439001", "Burns Intensive Care", (7030,))
"""Burns Intensive Care (SCT 426439001)."""

CardiacIntensiveCare: Final[Code] = Code("SCT", "309907008", "Cardiac Intensive Care", (7030,))
"""Cardiac Intensive Care (SCT 309907008)."""

CardiacSurgery: Final[Code] = Code("SCT", "309971008", "Cardiac Surgery", (7030,))
"""Cardiac Surgery (SCT 309971008)."""

Cardiology: Final[Code] = Code("SCT", "309915006", "Cardiology", (7030,))
"""Cardiology (SCT 309915006)."""

CardiothoracicSurgery: Final[Code] = Code("SCT", "309969008", "Cardiothoracic Surgery", (7030,))
"""Cardiothoracic Surgery (SCT 309969008)."""

CardiovascularRadiology: Final[Code] = Code("DCM", "128172", "Cardiovascular Radiology", (7030,))
"""Cardiovascular Radiology (DCM 128172)."""

ChildAndAdolescentPsychiatry: Final[Code] = Code(
    "SCT", "309959002", "Child and Adolescent Psychiatry", (7030,)
)
"""Child and Adolescent Psychiatry (SCT 309959002)."""

ClinicalBiochemistry: Final[Code] = Code("SCT", "310076001", "Clinical Biochemistry", (7030,))
"""Clinical Biochemistry (SCT 310076001)."""

ClinicalOncology: Final[Code] = Code("SCT", "309902002", "Clinical Oncology", (7030,))
"""Clinical Oncology (SCT 309902002)."""

ColorectalSurgery: Final[Code] = Code("SCT", "309983005", "Colorectal Surgery", (7030,))
"""Colorectal Surgery (SCT 309983005)."""

ComputerizedTomographyService: Final[Code] = Code(
    "SCT", "310128004", "Computerized Tomography Service", (7030,)
)
"""Computerized Tomography Service (SCT 310128004)."""

Cytology: Final[Code] = Code("SCT", "310200001", "Cytology", (7030,))
"""Cytology (SCT 310200001)."""

DentalSurgery: Final[Code] = Code("SCT", "309972001", "Dental Surgery", (7030,))
"""Dental Surgery (SCT 309972001)."""

Dermatology: Final[Code] = Code("SCT", "309923008", "Dermatology", (7030,))
"""Dermatology (SCT 309923008)."""

DiagnosticImaging: Final[Code] = Code("SCT", "441662001", "Diagnostic Imaging", (7030,))
"""Diagnostic Imaging (SCT 441662001)."""

EndocrineSurgery: Final[Code] = Code("SCT", "309979005", "Endocrine Surgery", (7030,))
"""Endocrine Surgery (SCT 309979005)."""

Endocrinology: Final[Code] = Code("SCT", "309925001", "Endocrinology", (7030,))
"""Endocrinology (SCT 309925001)."""

Endoscopy: Final[Code] = Code("SCT", "310030000", "Endoscopy", (7030,))
"""Endoscopy (SCT 310030000)."""

GastrointestinalSurgery: Final[Code] = Code("SCT", "309980008", "Gastrointestinal Surgery", (7030,))
"""Gastrointestinal Surgery (SCT 309980008)."""

GeneralMedicine: Final[Code] = Code("SCT", "309927009", "General Medicine", (7030,))
"""General Medicine (SCT 309927009)."""

GeneralSurgery: Final[Code] = Code("SCT", "309984004", "General Surgery", (7030,))
"""General Surgery (SCT 309984004)."""

GeriatricMedicine: Final[Code] = Code("SCT", "309933000", "Geriatric Medicine", (7030,))
"""Geriatric Medicine (SCT 309933000)."""

Gynecology: Final[Code] = Code("SCT", "309943002", "Gynecology", (7030,))
"""Gynecology (SCT 309943002)."""

HandSurgery: Final[Code] = Code("SCT", "309985003", "Hand Surgery", (7030,))
"""Hand Surgery (SCT 309985003)."""

Hematology: Final[Code] = Code("SCT", "309954007", "Hematology", (7030,))
"""Hematology (SCT 309954007)."""

HepatobiliarySurgery: Final[Code] = Code("SCT", "310158005", "Hepatobiliary Surgery", (7030,))
"""Hepatobiliary Surgery (SCT 310158005)."""

Histopathology: Final[Code] = Code("SCT", "441950002", "Histopathology", (7030,))
"""Histopathology (SCT 441950002)."""

InfectiousDisease: Final[Code] = Code("SCT", "309934006", "Infectious Disease", (7030,))
"""Infectious Disease (SCT 309934006)."""

InformationTechnology: Final[Code] = Code("DCM", "128173", "Information Technology", (7030,))
"""Information Technology (DCM 128173)."""

IntensiveCare: Final[Code] = Code("SCT", "309904001", "Intensive Care", (7030,))
"""Intensive Care (SCT 309904001)."""

InterventionalRadiologyService: Final[Code] = Code(
    "SCT", "708174004", "Interventional Radiology Service", (7030,)
)
"""Interventional Radiology Service (SCT 708174004)."""

MagneticResonanceImagingService: Final[Code] = Code(
    "SCT", "310127009", "Magnetic Resonance Imaging Service", (7030,)
)
"""Magnetic Resonance Imaging Service (SCT 310127009)."""

MedicalIntensiveCare: Final[Code] = Code("SCT", "441994008", "Medical Intensive Care", (7030,))
"""Medical Intensive Care (SCT 441994008)."""

MedicalMicrobiology: Final[Code] = Code("SCT", "309956009", "Medical Microbiology", (7030,))
"""Medical Microbiology (SCT 309956009)."""

MedicalPhysics: Final[Code] = Code("DCM", "128174", "Medical Physics", (7030,))
"""Medical Physics (DCM 128174)."""

MusculoskeletalRadiology: Final[Code] = Code("DCM", "128175", "Musculoskeletal Radiology", (7030,))
"""Musculoskeletal Radiology (DCM 128175)."""

NeonatalIntensiveCare: Final[Code] = Code("SCT", "405269005", "Neonatal Intensive Care", (7030,))
"""Neonatal Intensive Care (SCT 405269005)."""

Nephrology: Final[Code] = Code("SCT", "309936008", "Nephrology", (7030,))
"""Nephrology (SCT 309936008)."""

Neurology: Final[Code] = Code("SCT", "309937004", "Neurology", (7030,))
"""Neurology (SCT 309937004)."""

Neuroradiology: Final[Code] = Code("UMLS", "C2183225", "Neuroradiology", (7030,))
"""Neuroradiology (UMLS C2183225)."""

Neurosurgery: Final[Code] = Code("SCT", "310159002", "Neurosurgery", (7030,))
"""Neurosurgery (SCT 310159002)."""

NuclearMedicine: Final[Code] = Code("SCT", "309938009", "Nuclear Medicine", (7030,))
"""Nuclear Medicine (SCT 309938009)."""

Obstetrics: Final[Code] = Code("SCT", "309944008", "Obstetrics", (7030,))
"""Obstetrics (SCT 309944008)."""

ObstetricsAndGynecology: Final[Code] = Code(
    "SCT", "309942007", "Obstetrics and Gynecology", (7030,)
)
"""Obstetrics and Gynecology (SCT 309942007)."""

Ophthalmology: Final[Code] = Code("SCT", "309935007", "Ophthalmology", (7030,))
"""Ophthalmology (SCT 309935007)."""

Optometry: Final[Code] = Code("SCT", "310105000", "Optometry", (7030,))
"""Optometry (SCT 310105000)."""

OralSurgery: Final[Code] = Code("SCT", "309974000", "Oral Surgery", (7030,))
"""Oral Surgery (SCT 309974000)."""

OrthopedicSurgery: Final[Code] = Code("SCT", "309989009", "Orthopedic Surgery", (7030,))
"""Orthopedic Surgery (SCT 309989009)."""

Otorhinolaryngology: Final[Code] = Code("SCT", "309978002", "Otorhinolaryngology", (7030,))
"""Otorhinolaryngology (SCT 309978002)."""

PainManagement: Final[Code] = Code("SCT", "309949003", "Pain Management", (7030,))
"""Pain Management (SCT 309949003)."""

PalliativeCare: Final[Code] = Code("SCT", "309939001", "Palliative Care", (7030,))
"""Palliative Care (SCT 309939001)."""

Pathology: Final[Code] = Code("SCT", "309950003", "Pathology", (7030,))
"""Pathology (SCT 309950003)."""

PediatricIntensiveCare: Final[Code] = Code("SCT", "309910001", "Pediatric Intensive Care", (7030,))
"""Pediatric Intensive Care (SCT 309910001)."""

PediatricMedicine: Final[Code] = Code("SCT", "420223003", "Pediatric Medicine", (7030,))
"""Pediatric Medicine (SCT 420223003)."""

PediatricOncology: Final[Code] = Code("SCT", "309948006", "Pediatric Oncology", (7030,))
"""Pediatric Oncology (SCT 309948006)."""

PediatricRadiology: Final[Code] = Code("DCM", "128177", "Pediatric Radiology", (7030,))
"""Pediatric Radiology (DCM 128177)."""

PediatricSurgery: Final[Code] = Code("SCT", "309991001", "Pediatric Surgery", (7030,))
"""Pediatric Surgery (SCT 309991001)."""

Physiotherapy: Final[Code] = Code("SCT", "310464005", "Physiotherapy", (7030,))
"""Physiotherapy (SCT 310464005)."""

PlasticSurgery: Final[Code] = Code("SCT", "309992008", "Plastic Surgery", (7030,))
"""Plastic Surgery (SCT 309992008)."""

PrimaryCareDepartment: Final[Code] = Code("SCT", "441480003", "Primary Care Department", (7030,))
"""Primary Care Department (SCT 441480003)."""

Psychiatry: Final[Code] = Code("SCT", "309958005", "Psychiatry", (7030,))
"""Psychiatry (SCT 309958005)."""

Psychology: Final[Code] = Code("SCT", "310123008", "Psychology", (7030,))
"""Psychology (SCT 310123008)."""

Pulmonology: Final[Code] = Code("SCT", "309918008", "Pulmonology", (7030,))
"""Pulmonology (SCT 309918008)."""

Radiology: Final[Code] = Code("SCT", "309964003", "Radiology", (7030,))
"""Radiology (SCT 309964003)."""

Radiotherapy: Final[Code] = Code("SCT", "309903007", "Radiotherapy", (7030,))
"""Radiotherapy (SCT 309903007)."""

Rehabilitation: Final[Code] = Code("SCT", "309940004", "Rehabilitation", (7030,))
"""Rehabilitation (SCT 309940004)."""

Rheumatology: Final[Code] = Code("SCT", "309941000", "Rheumatology", (7030,))
"""Rheumatology (SCT 309941000)."""

SpeechAndLanguageTherapy: Final[Code] = Code(
    "SCT", "310101009", "Speech and Language Therapy", (7030,)
)
"""Speech and Language Therapy (SCT 310101009)."""

Stroke: Final[Code] = Code("SCT", "309966001", "Stroke", (7030,))
"""Stroke (SCT 309966001)."""

Surgery: Final[Code] = Code("SCT", "309967005", "Surgery", (7030,))
"""Surgery (SCT 309967005)."""

SurgicalIntensiveCare: Final[Code] = Code("SCT", "418433008", "Surgical Intensive Care", (7030,))
"""Surgical Intensive Care (SCT 418433008)."""

ThoracicRadiology: Final[Code] = Code("DCM", "128179", "Thoracic Radiology", (7030,))
"""Thoracic Radiology (DCM 128179)."""

ThoracicSurgery: Final[Code] = Code("SCT", "309970009", "Thoracic Surgery", (7030,))
"""Thoracic Surgery (SCT 309970009)."""

TransplantSurgery: Final[Code] = Code("SCT", "309993003", "Transplant Surgery", (7030,))
"""Transplant Surgery (SCT 309993003)."""

TraumaSurgery: Final[Code] = Code("SCT", "309994009", "Trauma Surgery", (7030,))
"""Trauma Surgery (SCT 309994009)."""

TropicalMedicine: Final[Code] = Code("SCT", "441548002", "Tropical Medicine", (7030,))
"""Tropical Medicine (SCT 441548002)."""

Ultrasonography: Final[Code] = Code("SCT", "310169008", "Ultrasonography", (7030,))
"""Ultrasonography (SCT 310169008)."""

Urology: Final[Code] = Code("SCT", "309995005", "Urology", (7030,))
"""Urology (SCT 309995005)."""

VascularSurgery: Final[Code] = Code("SCT", "309996006", "Vascular Surgery", (7030,))
"""Vascular Surgery (SCT 309996006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AbdominalRadiology,
    AccidentAndEmergency,
    AllergyAndImmunology,
    Anesthesiology,
    Audiology,
    BiomedicalEngineering,
    BreastSurgery,
    BurnsIntensiveCare,
    CardiacIntensiveCare,
    CardiacSurgery,
    Cardiology,
    CardiothoracicSurgery,
    CardiovascularRadiology,
    ChildAndAdolescentPsychiatry,
    ClinicalBiochemistry,
    ClinicalOncology,
    ColorectalSurgery,
    ComputerizedTomographyService,
    Cytology,
    DentalSurgery,
    Dermatology,
    DiagnosticImaging,
    EndocrineSurgery,
    Endocrinology,
    Endoscopy,
    GastrointestinalSurgery,
    GeneralMedicine,
    GeneralSurgery,
    GeriatricMedicine,
    Gynecology,
    HandSurgery,
    Hematology,
    HepatobiliarySurgery,
    Histopathology,
    InfectiousDisease,
    InformationTechnology,
    IntensiveCare,
    InterventionalRadiologyService,
    MagneticResonanceImagingService,
    MedicalIntensiveCare,
    MedicalMicrobiology,
    MedicalPhysics,
    MusculoskeletalRadiology,
    NeonatalIntensiveCare,
    Nephrology,
    Neurology,
    Neuroradiology,
    Neurosurgery,
    NuclearMedicine,
    Obstetrics,
    ObstetricsAndGynecology,
    Ophthalmology,
    Optometry,
    OralSurgery,
    OrthopedicSurgery,
    Otorhinolaryngology,
    PainManagement,
    PalliativeCare,
    Pathology,
    PediatricIntensiveCare,
    PediatricMedicine,
    PediatricOncology,
    PediatricRadiology,
    PediatricSurgery,
    Physiotherapy,
    PlasticSurgery,
    PrimaryCareDepartment,
    Psychiatry,
    Psychology,
    Pulmonology,
    Radiology,
    Radiotherapy,
    Rehabilitation,
    Rheumatology,
    SpeechAndLanguageTherapy,
    Stroke,
    Surgery,
    SurgicalIntensiveCare,
    ThoracicRadiology,
    ThoracicSurgery,
    TransplantSurgery,
    TraumaSurgery,
    TropicalMedicine,
    Ultrasonography,
    Urology,
    VascularSurgery,
)
"""The resolved membership: own members, then those of the included groups, in order."""
