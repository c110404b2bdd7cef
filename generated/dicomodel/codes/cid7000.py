"""CID 7000 Diagnostic Imaging Report Document Title.

Extensible, version 20220628, UID 1.2.840.10008.6.1.481.
Includes CID 12100, CID 12320.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7000
NAME: Final[str] = "Diagnostic Imaging Report Document Title"
KEYWORD: Final[str | None] = "DiagnosticImagingReportDocumentTitle"
UID: Final[str | None] = "1.2.840.10008.6.1.481"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220628"
INCLUDES: Final[tuple[int, ...]] = (12100, 12320)
EXTERNAL_SCHEME: Final[str | None] = None

CardiacCatheterizationReport: Final[Code] = Code(
    "LN", "18745-0", "Cardiac Catheterization Report", (7000,)
)
"""Cardiac Catheterization Report (LN 18745-0)."""

CTAbdomenReport: Final[Code] = Code("LN", "41806-1", "CT Abdomen Report", (7000,))
"""CT Abdomen Report (LN 41806-1)."""

CTChestReport: Final[Code] = Code("LN", "24627-2", "CT Chest Report", (7000,))
"""CT Chest Report (LN 24627-2)."""

CTHeadReport: Final[Code] = Code("LN", "24725-4", "CT Head Report", (646, 7000))
"""CT Head Report (LN 24725-4)."""

CTReport: Final[Code] = Code("LN", "25045-6", "CT Report", (100, 7000))
"""CT Report (LN 25045-6)."""

DiagnosticImagingReport: Final[Code] = Code("LN", "18748-4", "Diagnostic Imaging Report", (7000,))
"""Diagnostic Imaging Report (LN 18748-4)."""

EchocardiographyReport: Final[Code] = Code("LN", "42148-7", "Echocardiography Report", (7000,))
"""Echocardiography Report (LN 42148-7)."""

PediatricCardiacUltrasoundReport: Final[Code] = Code(
    "DCM", "125195", "Pediatric Cardiac Ultrasound Report", (7000, 12245)
)
"""Pediatric Cardiac Ultrasound Report (DCM 125195)."""

FetalCardiacUltrasoundReport: Final[Code] = Code(
    "DCM", "125196", "Fetal Cardiac Ultrasound Report", (7000, 12245)
)
"""Fetal Cardiac Ultrasound Report (DCM 125196)."""

AdultCongenitalCardiacUltrasoundReport: Final[Code] = Code(
    "DCM", "125197", "Adult Congenital Cardiac Ultrasound Report", (7000, 12245)
)
"""Adult Congenital Cardiac Ultrasound Report (DCM 125197)."""

AdultEchocardiographyProcedureReport: Final[Code] = Code(
    "DCM", "125200", "Adult Echocardiography Procedure Report", (7000,)
)
"""Adult Echocardiography Procedure Report (DCM 125200)."""

UltrasoundReport: Final[Code] = Code("LN", "25061-3", "Ultrasound Report", (7000, 12320))
"""Ultrasound Report (LN 25061-3)."""

MRIHeadReport: Final[Code] = Code("LN", "24590-2", "MRI Head Report", (646, 7000))
"""MRI Head Report (LN 24590-2)."""

MRIReport: Final[Code] = Code("LN", "25056-3", "MRI Report", (100, 7000))
"""MRI Report (LN 25056-3)."""

MRISpineReport: Final[Code] = Code("LN", "18756-7", "MRI Spine Report", (7000,))
"""MRI Spine Report (LN 18756-7)."""

NuclearMedicineReport: Final[Code] = Code("LN", "49118-3", "Nuclear Medicine Report", (100, 7000))
"""Nuclear Medicine Report (LN 49118-3)."""

NuclearMedicineThyroidScanReport: Final[Code] = Code(
    "LN", "30695-1", "Nuclear Medicine Thyroid Scan Report", (7000,)
)
"""Nuclear Medicine Thyroid Scan Report (LN 30695-1)."""

UltrasoundObstetricAndGynReport: Final[Code] = Code(
    "LN", "11525-3", "Ultrasound Obstetric and Gyn Report", (7000,)
)
"""Ultrasound Obstetric and Gyn Report (LN 11525-3)."""

PETScanReport: Final[Code] = Code("LN", "44136-0", "PET Scan Report", (100, 7000))
"""PET Scan Report (LN 44136-0)."""

RadiologyReport: Final[Code] = Code("LN", "11528-7", "Radiology Report", (7000,))
"""Radiology Report (LN 11528-7)."""

CardiacElectrophysiologyReport: Final[Code] = Code(
    "LN", "18750-0", "Cardiac Electrophysiology Report", (7000,)
)
"""Cardiac Electrophysiology Report (LN 18750-0)."""

ECGReport: Final[Code] = Code("LN", "11524-0", "ECG Report", (7000,))
"""ECG Report (LN 11524-0)."""

ExerciseStressTestReport: Final[Code] = Code(
    "LN", "18752-6", "Exercise Stress Test Report", (7000,)
)
"""Exercise Stress Test Report (LN 18752-6)."""

HolterStudyReport: Final[Code] = Code("LN", "18754-2", "Holter Study Report", (7000,))
"""Holter Study Report (LN 18754-2)."""

XRayReport: Final[Code] = Code("LN", "43468-8", "X-Ray Report", (100, 7000))
"""X-Ray Report (LN 43468-8)."""

DEXASkeletalSystemStudyReport: Final[Code] = Code(
    "LN", "38269-7", "DEXA Skeletal System Study Report", (7000,)
)
"""DEXA Skeletal System Study Report (LN 38269-7)."""

BreastImagingReport: Final[Code] = Code("DCM", "111400", "Breast Imaging Report", (7000,))
"""Breast Imaging Report (DCM 111400)."""

MammographyScreeningReport: Final[Code] = Code(
    "LN", "24606-6", "Mammography Screening Report", (7000,)
)
"""Mammography Screening Report (LN 24606-6)."""

FluoroscopyStudyReport: Final[Code] = Code("LN", "49512-7", "Fluoroscopy Study Report", (7000,))
"""Fluoroscopy Study Report (LN 49512-7)."""

DiagnosticInterventionalRadiologyReport: Final[Code] = Code(
    "LN", "47048-4", "Diagnostic Interventional Radiology Report", (7000,)
)
"""Diagnostic Interventional Radiology Report (LN 47048-4)."""

USCarotidArteriesReport: Final[Code] = Code("LN", "24616-5", "US Carotid Arteries Report", (12100,))
"""US Carotid Arteries Report (LN 24616-5). Included from CID 12100."""

USArteryReport: Final[Code] = Code("LN", "46375-2", "US Artery Report", (12100,))
"""US Artery Report (LN 46375-2). Included from CID 12100."""

USVeinReport: Final[Code] = Code("LN", "39036-9", "US Vein Report", (12100,))
"""US Vein Report (LN 39036-9). Included from CID 12100."""

USDopplerVesselsReport: Final[Code] = Code("LN", "39445-2", "US Doppler Vessels Report", (12100,))
"""US Doppler Vessels Report (LN 39445-2). Included from CID 12100."""

USDopplerAbdominalVesselsReport: Final[Code] = Code(
    "LN", "24534-0", "US Doppler Abdominal Vessels Report", (12100,)
)
"""US Doppler Abdominal Vessels Report (LN 24534-0). Included from CID 12100."""

USDopplerExtremityVesselsReport: Final[Code] = Code(
    "LN", "43771-5", "US Doppler Extremity Vessels Report", (12100,)
)
"""US Doppler Extremity Vessels Report (LN 43771-5). Included from CID 12100."""

USDopplerHeadVesselsReport: Final[Code] = Code(
    "LN", "24733-8", "US Doppler Head Vessels Report", (12100,)
)
"""US Doppler Head Vessels Report (LN 24733-8). Included from CID 12100."""

USDopplerLowerExtremityVesselsReport: Final[Code] = Code(
    "LN", "44174-1", "US Doppler Lower Extremity Vessels Report", (12100,)
)
"""US Doppler Lower Extremity Vessels Report (LN 44174-1). Included from CID 12100."""

USDopplerUpperExtremityVesselsReport: Final[Code] = Code(
    "LN", "39448-6", "US Doppler Upper Extremity Vessels Report", (12100,)
)
"""US Doppler Upper Extremity Vessels Report (LN 39448-6). Included from CID 12100."""

PeripheralVascularUltrasoundReport: Final[Code] = Code(
    "SCT", "48526000", "Peripheral Vascular Ultrasound Report", (12100,)
)
"""Peripheral Vascular Ultrasound Report (SCT 48526000). Included from CID 12100."""

USTendonReport: Final[Code] = Code("LN", "39453-6", "US Tendon Report", (12320,))
"""US Tendon Report (LN 39453-6). Included from CID 12320."""

USBreastReport: Final[Code] = Code("LN", "24601-7", "US Breast Report", (12320,))
"""US Breast Report (LN 24601-7). Included from CID 12320."""

USKidneyReport: Final[Code] = Code("LN", "38036-0", "US Kidney Report", (12320,))
"""US Kidney Report (LN 38036-0). Included from CID 12320."""

USLiverReport: Final[Code] = Code("LN", "28614-6", "US Liver Report", (12320,))
"""US Liver Report (LN 28614-6). Included from CID 12320."""

USProstateTransrectalReport: Final[Code] = Code(
    "LN", "24884-9", "US Prostate (transrectal) Report", (12320,)
)
"""US Prostate (transrectal) Report (LN 24884-9). Included from CID 12320."""

USPancreasReport: Final[Code] = Code("LN", "24859-1", "US Pancreas Report", (12320,))
"""US Pancreas Report (LN 24859-1). Included from CID 12320."""

USSpleenReport: Final[Code] = Code("LN", "24990-4", "US Spleen Report", (12320,))
"""US Spleen Report (LN 24990-4). Included from CID 12320."""

USShoulderReport: Final[Code] = Code("LN", "24907-8", "US Shoulder Report", (12320,))
"""US Shoulder Report (LN 24907-8). Included from CID 12320."""

USScrotumAndTesticleReport: Final[Code] = Code(
    "LN", "25002-7", "US Scrotum and Testicle Report", (12320,)
)
"""US Scrotum and Testicle Report (LN 25002-7). Included from CID 12320."""

USThyroidReport: Final[Code] = Code("LN", "25010-0", "US Thyroid Report", (12320,))
"""US Thyroid Report (LN 25010-0). Included from CID 12320."""

MEMBERS: Final[tuple[Code, ...]] = (
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
