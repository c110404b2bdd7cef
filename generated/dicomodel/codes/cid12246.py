"""CID 12246 Cardiac Ultrasound Indication for Study.

Extensible, version 20100317, UID 1.2.840.10008.6.1.827.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12246
NAME: _Final[str] = "Cardiac Ultrasound Indication for Study"
KEYWORD: _Final[str | None] = "CardiacUltrasoundIndicationForStudy"
UID: _Final[str | None] = "1.2.840.10008.6.1.827"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Fever: _Final[_Code] = _Code("SCT", "386661006", "Fever", (12246,))
"""Fever (SCT 386661006)."""

Hemoptysis: _Final[_Code] = _Code("SCT", "66857006", "Hemoptysis", (12246,))
"""Hemoptysis (SCT 66857006)."""

Murmur: _Final[_Code] = _Code("SCT", "373112006", "Murmur", (3671, 12246))
"""Murmur (SCT 373112006)."""

CongenitalHeartDisease: _Final[_Code] = _Code(
    "SCT", "13213009", "Congenital heart disease", (3700, 3727, 3728, 12246)
)
"""Congenital heart disease (SCT 13213009)."""

ChestPain: _Final[_Code] = _Code("SCT", "29857009", "Chest Pain", (3201, 3220, 3221, 12246))
"""Chest Pain (SCT 29857009)."""

CoronaryArteryDisease: _Final[_Code] = _Code(
    "SCT", "53741008", "Coronary Artery Disease", (3201, 3700, 12246)
)
"""Coronary Artery Disease (SCT 53741008)."""

HeartDiseaseRiskFactors: _Final[_Code] = _Code(
    "SCT", "171224000", "Heart disease risk factors", (3201, 12246)
)
"""Heart disease risk factors (SCT 171224000)."""

Dyspnea: _Final[_Code] = _Code("SCT", "267036007", "Dyspnea", (60, 3201, 3220, 3221, 12246))
"""Dyspnea (SCT 267036007)."""

AbnormalECG: _Final[_Code] = _Code("SCT", "102594003", "Abnormal ECG", (3201, 3221, 3677, 12246))
"""Abnormal ECG (SCT 102594003)."""

Arrhythmia: _Final[_Code] = _Code(
    "SCT", "44808001", "Arrhythmia", (3201, 3221, 3727, 3755, 3756, 12246)
)
"""Arrhythmia (SCT 44808001)."""

AnginaPectoris: _Final[_Code] = _Code("SCT", "194828000", "Angina pectoris", (64, 3201, 12246))
"""Angina pectoris (SCT 194828000)."""

Hypertension: _Final[_Code] = _Code(
    "SCT", "38341003", "Hypertension", (60, 3201, 3211, 3640, 12246)
)
"""Hypertension (SCT 38341003)."""

Palpitations: _Final[_Code] = _Code("SCT", "80313002", "Palpitations", (3201, 12246))
"""Palpitations (SCT 80313002)."""

SupraventricularTachycardia: _Final[_Code] = _Code(
    "SCT", "6456007", "Supraventricular tachycardia", (3201, 3230, 12246)
)
"""Supraventricular tachycardia (SCT 6456007)."""

Syncope: _Final[_Code] = _Code("SCT", "271594007", "Syncope", (3201, 3220, 3221, 12246))
"""Syncope (SCT 271594007)."""

LeftBundleBranchBlock: _Final[_Code] = _Code(
    "SCT", "63467002", "Left bundle branch block", (3201, 3205, 3230, 12246)
)
"""Left bundle branch block (SCT 63467002)."""

ValvularHeartDisease: _Final[_Code] = _Code(
    "SCT", "368009", "Valvular heart disease", (3201, 3727, 12246)
)
"""Valvular heart disease (SCT 368009)."""

ImagingGuidance: _Final[_Code] = _Code("SCT", "413815006", "Imaging guidance", (12246,))
"""Imaging guidance (SCT 413815006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
