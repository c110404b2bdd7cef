"""CID 12246 Cardiac Ultrasound Indication for Study.

Extensible, version 20100317, UID 1.2.840.10008.6.1.827.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12246
NAME: Final[str] = "Cardiac Ultrasound Indication for Study"
KEYWORD: Final[str | None] = "CardiacUltrasoundIndicationForStudy"
UID: Final[str | None] = "1.2.840.10008.6.1.827"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Fever: Final[Code] = Code("SCT", "386661006", "Fever", (12246,))
"""Fever (SCT 386661006)."""

Hemoptysis: Final[Code] = Code("SCT", "66857006", "Hemoptysis", (12246,))
"""Hemoptysis (SCT 66857006)."""

Murmur: Final[Code] = Code("SCT", "373112006", "Murmur", (3671, 12246))
"""Murmur (SCT 373112006)."""

CongenitalHeartDisease: Final[Code] = Code(
    "SCT", "13213009", "Congenital heart disease", (3700, 3727, 3728, 12246)
)
"""Congenital heart disease (SCT 13213009)."""

ChestPain: Final[Code] = Code("SCT", "29857009", "Chest Pain", (3201, 3220, 3221, 12246))
"""Chest Pain (SCT 29857009)."""

CoronaryArteryDisease: Final[Code] = Code(
    "SCT", "53741008", "Coronary Artery Disease", (3201, 3700, 12246)
)
"""Coronary Artery Disease (SCT 53741008)."""

HeartDiseaseRiskFactors: Final[Code] = Code(
    "SCT", "171224000", "Heart disease risk factors", (3201, 12246)
)
"""Heart disease risk factors (SCT 171224000)."""

Dyspnea: Final[Code] = Code("SCT", "267036007", "Dyspnea", (60, 3201, 3220, 3221, 12246))
"""Dyspnea (SCT 267036007)."""

AbnormalECG: Final[Code] = Code("SCT", "102594003", "Abnormal ECG", (3201, 3221, 3677, 12246))
"""Abnormal ECG (SCT 102594003)."""

Arrhythmia: Final[Code] = Code(
    "SCT", "44808001", "Arrhythmia", (3201, 3221, 3727, 3755, 3756, 12246)
)
"""Arrhythmia (SCT 44808001)."""

AnginaPectoris: Final[Code] = Code("SCT", "194828000", "Angina pectoris", (64, 3201, 12246))
"""Angina pectoris (SCT 194828000)."""

Hypertension: Final[Code] = Code("SCT", "38341003", "Hypertension", (60, 3201, 3211, 3640, 12246))
"""Hypertension (SCT 38341003)."""

Palpitations: Final[Code] = Code("SCT", "80313002", "Palpitations", (3201, 12246))
"""Palpitations (SCT 80313002)."""

SupraventricularTachycardia: Final[Code] = Code(
    "SCT", "6456007", "Supraventricular tachycardia", (3201, 3230, 12246)
)
"""Supraventricular tachycardia (SCT 6456007)."""

Syncope: Final[Code] = Code("SCT", "271594007", "Syncope", (3201, 3220, 3221, 12246))
"""Syncope (SCT 271594007)."""

LeftBundleBranchBlock: Final[Code] = Code(
    "SCT", "63467002", "Left bundle branch block", (3201, 3205, 3230, 12246)
)
"""Left bundle branch block (SCT 63467002)."""

ValvularHeartDisease: Final[Code] = Code(
    "SCT", "368009", "Valvular heart disease", (3201, 3727, 12246)
)
"""Valvular heart disease (SCT 368009)."""

ImagingGuidance: Final[Code] = Code("SCT", "413815006", "Imaging guidance", (12246,))
"""Imaging guidance (SCT 413815006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Fever,
    Hemoptysis,
    Murmur,
    CongenitalHeartDisease,
    ChestPain,
    CoronaryArteryDisease,
    HeartDiseaseRiskFactors,
    Dyspnea,
    AbnormalECG,
    Arrhythmia,
    AnginaPectoris,
    Hypertension,
    Palpitations,
    SupraventricularTachycardia,
    Syncope,
    LeftBundleBranchBlock,
    ValvularHeartDisease,
    ImagingGuidance,
)
"""The resolved membership: own members, then those of the included groups, in order."""
