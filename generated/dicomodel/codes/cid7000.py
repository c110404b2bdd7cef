"""CID 7000 Diagnostic Imaging Report Document Title.

Extensible, version 20220628, UID 1.2.840.10008.6.1.481.
Includes CID 12100, CID 12320.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7000
NAME: _Final[str] = "Diagnostic Imaging Report Document Title"
KEYWORD: _Final[str | None] = "DiagnosticImagingReportDocumentTitle"
UID: _Final[str | None] = "1.2.840.10008.6.1.481"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220628"
INCLUDES: _Final[tuple[int, ...]] = (12100, 12320)
EXTERNAL_SCHEME: _Final[str | None] = None

CardiacCatheterizationReport: _Final[_Code] = _Code(
    "LN", "18745-0", "Cardiac Catheterization Report", (7000,)
)
"""Cardiac Catheterization Report (LN 18745-0)."""

CTAbdomenReport: _Final[_Code] = _Code("LN", "41806-1", "CT Abdomen Report", (7000,))
"""CT Abdomen Report (LN 41806-1)."""

CTChestReport: _Final[_Code] = _Code("LN", "24627-2", "CT Chest Report", (7000,))
"""CT Chest Report (LN 24627-2)."""

CTHeadReport: _Final[_Code] = _Code("LN", "24725-4", "CT Head Report", (646, 7000))
"""CT Head Report (LN 24725-4)."""

CTReport: _Final[_Code] = _Code("LN", "25045-6", "CT Report", (100, 7000))
"""CT Report (LN 25045-6)."""

DiagnosticImagingReport: _Final[_Code] = _Code(
    "LN", "18748-4", "Diagnostic Imaging Report", (7000,)
)
"""Diagnostic Imaging Report (LN 18748-4)."""

EchocardiographyReport: _Final[_Code] = _Code("LN", "42148-7", "Echocardiography Report", (7000,))
"""Echocardiography Report (LN 42148-7)."""

PediatricCardiacUltrasoundReport: _Final[_Code] = _Code(
    "DCM", "125195", "Pediatric Cardiac Ultrasound Report", (7000, 12245)
)
"""Pediatric Cardiac Ultrasound Report (DCM 125195)."""

FetalCardiacUltrasoundReport: _Final[_Code] = _Code(
    "DCM", "125196", "Fetal Cardiac Ultrasound Report", (7000, 12245)
)
"""Fetal Cardiac Ultrasound Report (DCM 125196)."""

AdultCongenitalCardiacUltrasoundReport: _Final[_Code] = _Code(
    "DCM", "125197", "Adult Congenital Cardiac Ultrasound Report", (7000, 12245)
)
"""Adult Congenital Cardiac Ultrasound Report (DCM 125197)."""

AdultEchocardiographyProcedureReport: _Final[_Code] = _Code(
    "DCM", "125200", "Adult Echocardiography Procedure Report", (7000,)
)
"""Adult Echocardiography Procedure Report (DCM 125200)."""

UltrasoundReport: _Final[_Code] = _Code("LN", "25061-3", "Ultrasound Report", (7000, 12320))
"""Ultrasound Report (LN 25061-3)."""

MRIHeadReport: _Final[_Code] = _Code("LN", "24590-2", "MRI Head Report", (646, 7000))
"""MRI Head Report (LN 24590-2)."""

MRIReport: _Final[_Code] = _Code("LN", "25056-3", "MRI Report", (100, 7000))
"""MRI Report (LN 25056-3)."""

MRISpineReport: _Final[_Code] = _Code("LN", "18756-7", "MRI Spine Report", (7000,))
"""MRI Spine Report (LN 18756-7)."""

NuclearMedicineReport: _Final[_Code] = _Code(
    "LN", "49118-3", "Nuclear Medicine Report", (100, 7000)
)
"""Nuclear Medicine Report (LN 49118-3)."""

NuclearMedicineThyroidScanReport: _Final[_Code] = _Code(
    "LN", "30695-1", "Nuclear Medicine Thyroid Scan Report", (7000,)
)
"""Nuclear Medicine Thyroid Scan Report (LN 30695-1)."""

UltrasoundObstetricAndGynReport: _Final[_Code] = _Code(
    "LN", "11525-3", "Ultrasound Obstetric and Gyn Report", (7000,)
)
"""Ultrasound Obstetric and Gyn Report (LN 11525-3)."""

PETScanReport: _Final[_Code] = _Code("LN", "44136-0", "PET Scan Report", (100, 7000))
"""PET Scan Report (LN 44136-0)."""

RadiologyReport: _Final[_Code] = _Code("LN", "11528-7", "Radiology Report", (7000,))
"""Radiology Report (LN 11528-7)."""

CardiacElectrophysiologyReport: _Final[_Code] = _Code(
    "LN", "18750-0", "Cardiac Electrophysiology Report", (7000,)
)
"""Cardiac Electrophysiology Report (LN 18750-0)."""

ECGReport: _Final[_Code] = _Code("LN", "11524-0", "ECG Report", (7000,))
"""ECG Report (LN 11524-0)."""

ExerciseStressTestReport: _Final[_Code] = _Code(
    "LN", "18752-6", "Exercise Stress Test Report", (7000,)
)
"""Exercise Stress Test Report (LN 18752-6)."""

HolterStudyReport: _Final[_Code] = _Code("LN", "18754-2", "Holter Study Report", (7000,))
"""Holter Study Report (LN 18754-2)."""

XRayReport: _Final[_Code] = _Code("LN", "43468-8", "X-Ray Report", (100, 7000))
"""X-Ray Report (LN 43468-8)."""

DEXASkeletalSystemStudyReport: _Final[_Code] = _Code(
    "LN", "38269-7", "DEXA Skeletal System Study Report", (7000,)
)
"""DEXA Skeletal System Study Report (LN 38269-7)."""

BreastImagingReport: _Final[_Code] = _Code("DCM", "111400", "Breast Imaging Report", (7000,))
"""Breast Imaging Report (DCM 111400)."""

MammographyScreeningReport: _Final[_Code] = _Code(
    "LN", "24606-6", "Mammography Screening Report", (7000,)
)
"""Mammography Screening Report (LN 24606-6)."""

FluoroscopyStudyReport: _Final[_Code] = _Code("LN", "49512-7", "Fluoroscopy Study Report", (7000,))
"""Fluoroscopy Study Report (LN 49512-7)."""

DiagnosticInterventionalRadiologyReport: _Final[_Code] = _Code(
    "LN", "47048-4", "Diagnostic Interventional Radiology Report", (7000,)
)
"""Diagnostic Interventional Radiology Report (LN 47048-4)."""

USCarotidArteriesReport: _Final[_Code] = _Code(
    "LN", "24616-5", "US Carotid Arteries Report", (12100,)
)
"""US Carotid Arteries Report (LN 24616-5). Included from CID 12100."""

USArteryReport: _Final[_Code] = _Code("LN", "46375-2", "US Artery Report", (12100,))
"""US Artery Report (LN 46375-2). Included from CID 12100."""

USVeinReport: _Final[_Code] = _Code("LN", "39036-9", "US Vein Report", (12100,))
"""US Vein Report (LN 39036-9). Included from CID 12100."""

USDopplerVesselsReport: _Final[_Code] = _Code(
    "LN", "39445-2", "US Doppler Vessels Report", (12100,)
)
"""US Doppler Vessels Report (LN 39445-2). Included from CID 12100."""

USDopplerAbdominalVesselsReport: _Final[_Code] = _Code(
    "LN", "24534-0", "US Doppler Abdominal Vessels Report", (12100,)
)
"""US Doppler Abdominal Vessels Report (LN 24534-0). Included from CID 12100."""

USDopplerExtremityVesselsReport: _Final[_Code] = _Code(
    "LN", "43771-5", "US Doppler Extremity Vessels Report", (12100,)
)
"""US Doppler Extremity Vessels Report (LN 43771-5). Included from CID 12100."""

USDopplerHeadVesselsReport: _Final[_Code] = _Code(
    "LN", "24733-8", "US Doppler Head Vessels Report", (12100,)
)
"""US Doppler Head Vessels Report (LN 24733-8). Included from CID 12100."""

USDopplerLowerExtremityVesselsReport: _Final[_Code] = _Code(
    "LN", "44174-1", "US Doppler Lower Extremity Vessels Report", (12100,)
)
"""US Doppler Lower Extremity Vessels Report (LN 44174-1). Included from CID 12100."""

USDopplerUpperExtremityVesselsReport: _Final[_Code] = _Code(
    "LN", "39448-6", "US Doppler Upper Extremity Vessels Report", (12100,)
)
"""US Doppler Upper Extremity Vessels Report (LN 39448-6). Included from CID 12100."""

PeripheralVascularUltrasoundReport: _Final[_Code] = _Code(
    "SCT", "48526000", "Peripheral Vascular Ultrasound Report", (12100,)
)
"""Peripheral Vascular Ultrasound Report (SCT 48526000). Included from CID 12100."""

USTendonReport: _Final[_Code] = _Code("LN", "39453-6", "US Tendon Report", (12320,))
"""US Tendon Report (LN 39453-6). Included from CID 12320."""

USBreastReport: _Final[_Code] = _Code("LN", "24601-7", "US Breast Report", (12320,))
"""US Breast Report (LN 24601-7). Included from CID 12320."""

USKidneyReport: _Final[_Code] = _Code("LN", "38036-0", "US Kidney Report", (12320,))
"""US Kidney Report (LN 38036-0). Included from CID 12320."""

USLiverReport: _Final[_Code] = _Code("LN", "28614-6", "US Liver Report", (12320,))
"""US Liver Report (LN 28614-6). Included from CID 12320."""

USProstateTransrectalReport: _Final[_Code] = _Code(
    "LN", "24884-9", "US Prostate (transrectal) Report", (12320,)
)
"""US Prostate (transrectal) Report (LN 24884-9). Included from CID 12320."""

USPancreasReport: _Final[_Code] = _Code("LN", "24859-1", "US Pancreas Report", (12320,))
"""US Pancreas Report (LN 24859-1). Included from CID 12320."""

USSpleenReport: _Final[_Code] = _Code("LN", "24990-4", "US Spleen Report", (12320,))
"""US Spleen Report (LN 24990-4). Included from CID 12320."""

USShoulderReport: _Final[_Code] = _Code("LN", "24907-8", "US Shoulder Report", (12320,))
"""US Shoulder Report (LN 24907-8). Included from CID 12320."""

USScrotumAndTesticleReport: _Final[_Code] = _Code(
    "LN", "25002-7", "US Scrotum and Testicle Report", (12320,)
)
"""US Scrotum and Testicle Report (LN 25002-7). Included from CID 12320."""

USThyroidReport: _Final[_Code] = _Code("LN", "25010-0", "US Thyroid Report", (12320,))
"""US Thyroid Report (LN 25010-0). Included from CID 12320."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CardiacCatheterizationReport,
    CTAbdomenReport,
    CTChestReport,
    CTHeadReport,
    CTReport,
    DiagnosticImagingReport,
    EchocardiographyReport,
    PediatricCardiacUltrasoundReport,
    FetalCardiacUltrasoundReport,
    AdultCongenitalCardiacUltrasoundReport,
    AdultEchocardiographyProcedureReport,
    UltrasoundReport,
    MRIHeadReport,
    MRIReport,
    MRISpineReport,
    NuclearMedicineReport,
    NuclearMedicineThyroidScanReport,
    UltrasoundObstetricAndGynReport,
    PETScanReport,
    RadiologyReport,
    CardiacElectrophysiologyReport,
    ECGReport,
    ExerciseStressTestReport,
    HolterStudyReport,
    XRayReport,
    DEXASkeletalSystemStudyReport,
    BreastImagingReport,
    MammographyScreeningReport,
    FluoroscopyStudyReport,
    DiagnosticInterventionalRadiologyReport,
    USCarotidArteriesReport,
    USArteryReport,
    USVeinReport,
    USDopplerVesselsReport,
    USDopplerAbdominalVesselsReport,
    USDopplerExtremityVesselsReport,
    USDopplerHeadVesselsReport,
    USDopplerLowerExtremityVesselsReport,
    USDopplerUpperExtremityVesselsReport,
    PeripheralVascularUltrasoundReport,
    USTendonReport,
    USBreastReport,
    USKidneyReport,
    USLiverReport,
    USProstateTransrectalReport,
    USPancreasReport,
    USSpleenReport,
    USShoulderReport,
    USScrotumAndTesticleReport,
    USThyroidReport,
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
