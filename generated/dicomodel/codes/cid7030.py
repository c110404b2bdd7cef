"""CID 7030 Institutional Department/Unit/Service.

Extensible, version 20160314, UID 1.2.840.10008.6.1.817.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7030
NAME: _Final[str] = "Institutional Department/Unit/Service"
KEYWORD: _Final[str | None] = "InstitutionalDepartmentUnitService"
UID: _Final[str | None] = "1.2.840.10008.6.1.817"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AbdominalRadiology: _Final[_Code] = _Code("DCM", "128170", "Abdominal Radiology", (7030,))
"""Abdominal Radiology (DCM 128170)."""

AccidentAndEmergency: _Final[_Code] = _Code("SCT", "225728007", "Accident and Emergency", (7030,))
"""Accident and Emergency (SCT 225728007)."""

AllergyAndImmunology: _Final[_Code] = _Code("SCT", "309913004", "Allergy and Immunology", (7030,))
"""Allergy and Immunology (SCT 309913004)."""

Anesthesiology: _Final[_Code] = _Code("SCT", "309901009", "Anesthesiology", (7030,))
"""Anesthesiology (SCT 309901009)."""

Audiology: _Final[_Code] = _Code("SCT", "309914005", "Audiology", (7030,))
"""Audiology (SCT 309914005)."""

BiomedicalEngineering: _Final[_Code] = _Code("DCM", "128171", "Biomedical Engineering", (7030,))
"""Biomedical Engineering (DCM 128171)."""

BreastSurgery: _Final[_Code] = _Code("SCT", "309968000", "Breast Surgery", (7030,))
"""Breast Surgery (SCT 309968000)."""

BurnsIntensiveCare: _Final[_Code] = _Code("SCT", "426439001", "Burns Intensive Care", (7030,))
"""Burns Intensive Care (SCT 426439001)."""

CardiacIntensiveCare: _Final[_Code] = _Code("SCT", "309907008", "Cardiac Intensive Care", (7030,))
"""Cardiac Intensive Care (SCT 309907008)."""

CardiacSurgery: _Final[_Code] = _Code("SCT", "309971008", "Cardiac Surgery", (7030,))
"""Cardiac Surgery (SCT 309971008)."""

Cardiology: _Final[_Code] = _Code("SCT", "309915006", "Cardiology", (7030,))
"""Cardiology (SCT 309915006)."""

CardiothoracicSurgery: _Final[_Code] = _Code("SCT", "309969008", "Cardiothoracic Surgery", (7030,))
"""Cardiothoracic Surgery (SCT 309969008)."""

CardiovascularRadiology: _Final[_Code] = _Code("DCM", "128172", "Cardiovascular Radiology", (7030,))
"""Cardiovascular Radiology (DCM 128172)."""

ChildAndAdolescentPsychiatry: _Final[_Code] = _Code(
    "SCT", "309959002", "Child and Adolescent Psychiatry", (7030,)
)
"""Child and Adolescent Psychiatry (SCT 309959002)."""

ClinicalBiochemistry: _Final[_Code] = _Code("SCT", "310076001", "Clinical Biochemistry", (7030,))
"""Clinical Biochemistry (SCT 310076001)."""

ClinicalOncology: _Final[_Code] = _Code("SCT", "309902002", "Clinical Oncology", (7030,))
"""Clinical Oncology (SCT 309902002)."""

ColorectalSurgery: _Final[_Code] = _Code("SCT", "309983005", "Colorectal Surgery", (7030,))
"""Colorectal Surgery (SCT 309983005)."""

ComputerizedTomographyService: _Final[_Code] = _Code(
    "SCT", "310128004", "Computerized Tomography Service", (7030,)
)
"""Computerized Tomography Service (SCT 310128004)."""

Cytology: _Final[_Code] = _Code("SCT", "310200001", "Cytology", (7030,))
"""Cytology (SCT 310200001)."""

DentalSurgery: _Final[_Code] = _Code("SCT", "309972001", "Dental Surgery", (7030,))
"""Dental Surgery (SCT 309972001)."""

Dermatology: _Final[_Code] = _Code("SCT", "309923008", "Dermatology", (7030,))
"""Dermatology (SCT 309923008)."""

DiagnosticImaging: _Final[_Code] = _Code("SCT", "441662001", "Diagnostic Imaging", (7030,))
"""Diagnostic Imaging (SCT 441662001)."""

EndocrineSurgery: _Final[_Code] = _Code("SCT", "309979005", "Endocrine Surgery", (7030,))
"""Endocrine Surgery (SCT 309979005)."""

Endocrinology: _Final[_Code] = _Code("SCT", "309925001", "Endocrinology", (7030,))
"""Endocrinology (SCT 309925001)."""

Endoscopy: _Final[_Code] = _Code("SCT", "310030000", "Endoscopy", (7030,))
"""Endoscopy (SCT 310030000)."""

GastrointestinalSurgery: _Final[_Code] = _Code(
    "SCT", "309980008", "Gastrointestinal Surgery", (7030,)
)
"""Gastrointestinal Surgery (SCT 309980008)."""

GeneralMedicine: _Final[_Code] = _Code("SCT", "309927009", "General Medicine", (7030,))
"""General Medicine (SCT 309927009)."""

GeneralSurgery: _Final[_Code] = _Code("SCT", "309984004", "General Surgery", (7030,))
"""General Surgery (SCT 309984004)."""

GeriatricMedicine: _Final[_Code] = _Code("SCT", "309933000", "Geriatric Medicine", (7030,))
"""Geriatric Medicine (SCT 309933000)."""

Gynecology: _Final[_Code] = _Code("SCT", "309943002", "Gynecology", (7030,))
"""Gynecology (SCT 309943002)."""

HandSurgery: _Final[_Code] = _Code("SCT", "309985003", "Hand Surgery", (7030,))
"""Hand Surgery (SCT 309985003)."""

Hematology: _Final[_Code] = _Code("SCT", "309954007", "Hematology", (7030,))
"""Hematology (SCT 309954007)."""

HepatobiliarySurgery: _Final[_Code] = _Code("SCT", "310158005", "Hepatobiliary Surgery", (7030,))
"""Hepatobiliary Surgery (SCT 310158005)."""

Histopathology: _Final[_Code] = _Code("SCT", "441950002", "Histopathology", (7030,))
"""Histopathology (SCT 441950002)."""

InfectiousDisease: _Final[_Code] = _Code("SCT", "309934006", "Infectious Disease", (7030,))
"""Infectious Disease (SCT 309934006)."""

InformationTechnology: _Final[_Code] = _Code("DCM", "128173", "Information Technology", (7030,))
"""Information Technology (DCM 128173)."""

IntensiveCare: _Final[_Code] = _Code("SCT", "309904001", "Intensive Care", (7030,))
"""Intensive Care (SCT 309904001)."""

InterventionalRadiologyService: _Final[_Code] = _Code(
    "SCT", "708174004", "Interventional Radiology Service", (7030,)
)
"""Interventional Radiology Service (SCT 708174004)."""

MagneticResonanceImagingService: _Final[_Code] = _Code(
    "SCT", "310127009", "Magnetic Resonance Imaging Service", (7030,)
)
"""Magnetic Resonance Imaging Service (SCT 310127009)."""

MedicalIntensiveCare: _Final[_Code] = _Code("SCT", "441994008", "Medical Intensive Care", (7030,))
"""Medical Intensive Care (SCT 441994008)."""

MedicalMicrobiology: _Final[_Code] = _Code("SCT", "309956009", "Medical Microbiology", (7030,))
"""Medical Microbiology (SCT 309956009)."""

MedicalPhysics: _Final[_Code] = _Code("DCM", "128174", "Medical Physics", (7030,))
"""Medical Physics (DCM 128174)."""

MusculoskeletalRadiology: _Final[_Code] = _Code(
    "DCM", "128175", "Musculoskeletal Radiology", (7030,)
)
"""Musculoskeletal Radiology (DCM 128175)."""

NeonatalIntensiveCare: _Final[_Code] = _Code("SCT", "405269005", "Neonatal Intensive Care", (7030,))
"""Neonatal Intensive Care (SCT 405269005)."""

Nephrology: _Final[_Code] = _Code("SCT", "309936008", "Nephrology", (7030,))
"""Nephrology (SCT 309936008)."""

Neurology: _Final[_Code] = _Code("SCT", "309937004", "Neurology", (7030,))
"""Neurology (SCT 309937004)."""

Neuroradiology: _Final[_Code] = _Code("UMLS", "C2183225", "Neuroradiology", (7030,))
"""Neuroradiology (UMLS C2183225)."""

Neurosurgery: _Final[_Code] = _Code("SCT", "310159002", "Neurosurgery", (7030,))
"""Neurosurgery (SCT 310159002)."""

NuclearMedicine: _Final[_Code] = _Code("SCT", "309938009", "Nuclear Medicine", (7030,))
"""Nuclear Medicine (SCT 309938009)."""

Obstetrics: _Final[_Code] = _Code("SCT", "309944008", "Obstetrics", (7030,))
"""Obstetrics (SCT 309944008)."""

ObstetricsAndGynecology: _Final[_Code] = _Code(
    "SCT", "309942007", "Obstetrics and Gynecology", (7030,)
)
"""Obstetrics and Gynecology (SCT 309942007)."""

Ophthalmology: _Final[_Code] = _Code("SCT", "309935007", "Ophthalmology", (7030,))
"""Ophthalmology (SCT 309935007)."""

Optometry: _Final[_Code] = _Code("SCT", "310105000", "Optometry", (7030,))
"""Optometry (SCT 310105000)."""

OralSurgery: _Final[_Code] = _Code("SCT", "309974000", "Oral Surgery", (7030,))
"""Oral Surgery (SCT 309974000)."""

OrthopedicSurgery: _Final[_Code] = _Code("SCT", "309989009", "Orthopedic Surgery", (7030,))
"""Orthopedic Surgery (SCT 309989009)."""

Otorhinolaryngology: _Final[_Code] = _Code("SCT", "309978002", "Otorhinolaryngology", (7030,))
"""Otorhinolaryngology (SCT 309978002)."""

PainManagement: _Final[_Code] = _Code("SCT", "309949003", "Pain Management", (7030,))
"""Pain Management (SCT 309949003)."""

PalliativeCare: _Final[_Code] = _Code("SCT", "309939001", "Palliative Care", (7030,))
"""Palliative Care (SCT 309939001)."""

Pathology: _Final[_Code] = _Code("SCT", "309950003", "Pathology", (7030,))
"""Pathology (SCT 309950003)."""

PediatricIntensiveCare: _Final[_Code] = _Code(
    "SCT", "309910001", "Pediatric Intensive Care", (7030,)
)
"""Pediatric Intensive Care (SCT 309910001)."""

PediatricMedicine: _Final[_Code] = _Code("SCT", "420223003", "Pediatric Medicine", (7030,))
"""Pediatric Medicine (SCT 420223003)."""

PediatricOncology: _Final[_Code] = _Code("SCT", "309948006", "Pediatric Oncology", (7030,))
"""Pediatric Oncology (SCT 309948006)."""

PediatricRadiology: _Final[_Code] = _Code("DCM", "128177", "Pediatric Radiology", (7030,))
"""Pediatric Radiology (DCM 128177)."""

PediatricSurgery: _Final[_Code] = _Code("SCT", "309991001", "Pediatric Surgery", (7030,))
"""Pediatric Surgery (SCT 309991001)."""

Physiotherapy: _Final[_Code] = _Code("SCT", "310464005", "Physiotherapy", (7030,))
"""Physiotherapy (SCT 310464005)."""

PlasticSurgery: _Final[_Code] = _Code("SCT", "309992008", "Plastic Surgery", (7030,))
"""Plastic Surgery (SCT 309992008)."""

PrimaryCareDepartment: _Final[_Code] = _Code("SCT", "441480003", "Primary Care Department", (7030,))
"""Primary Care Department (SCT 441480003)."""

Psychiatry: _Final[_Code] = _Code("SCT", "309958005", "Psychiatry", (7030,))
"""Psychiatry (SCT 309958005)."""

Psychology: _Final[_Code] = _Code("SCT", "310123008", "Psychology", (7030,))
"""Psychology (SCT 310123008)."""

Pulmonology: _Final[_Code] = _Code("SCT", "309918008", "Pulmonology", (7030,))
"""Pulmonology (SCT 309918008)."""

Radiology: _Final[_Code] = _Code("SCT", "309964003", "Radiology", (7030,))
"""Radiology (SCT 309964003)."""

Radiotherapy: _Final[_Code] = _Code("SCT", "309903007", "Radiotherapy", (7030,))
"""Radiotherapy (SCT 309903007)."""

Rehabilitation: _Final[_Code] = _Code("SCT", "309940004", "Rehabilitation", (7030,))
"""Rehabilitation (SCT 309940004)."""

Rheumatology: _Final[_Code] = _Code("SCT", "309941000", "Rheumatology", (7030,))
"""Rheumatology (SCT 309941000)."""

SpeechAndLanguageTherapy: _Final[_Code] = _Code(
    "SCT", "310101009", "Speech and Language Therapy", (7030,)
)
"""Speech and Language Therapy (SCT 310101009)."""

Stroke: _Final[_Code] = _Code("SCT", "309966001", "Stroke", (7030,))
"""Stroke (SCT 309966001)."""

Surgery: _Final[_Code] = _Code("SCT", "309967005", "Surgery", (7030,))
"""Surgery (SCT 309967005)."""

SurgicalIntensiveCare: _Final[_Code] = _Code("SCT", "418433008", "Surgical Intensive Care", (7030,))
"""Surgical Intensive Care (SCT 418433008)."""

ThoracicRadiology: _Final[_Code] = _Code("DCM", "128179", "Thoracic Radiology", (7030,))
"""Thoracic Radiology (DCM 128179)."""

ThoracicSurgery: _Final[_Code] = _Code("SCT", "309970009", "Thoracic Surgery", (7030,))
"""Thoracic Surgery (SCT 309970009)."""

TransplantSurgery: _Final[_Code] = _Code("SCT", "309993003", "Transplant Surgery", (7030,))
"""Transplant Surgery (SCT 309993003)."""

TraumaSurgery: _Final[_Code] = _Code("SCT", "309994009", "Trauma Surgery", (7030,))
"""Trauma Surgery (SCT 309994009)."""

TropicalMedicine: _Final[_Code] = _Code("SCT", "441548002", "Tropical Medicine", (7030,))
"""Tropical Medicine (SCT 441548002)."""

Ultrasonography: _Final[_Code] = _Code("SCT", "310169008", "Ultrasonography", (7030,))
"""Ultrasonography (SCT 310169008)."""

Urology: _Final[_Code] = _Code("SCT", "309995005", "Urology", (7030,))
"""Urology (SCT 309995005)."""

VascularSurgery: _Final[_Code] = _Code("SCT", "309996006", "Vascular Surgery", (7030,))
"""Vascular Surgery (SCT 309996006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
