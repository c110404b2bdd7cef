"""CID 3201 Indications for Stress Test.

Extensible, version 20240611, UID 1.2.840.10008.6.1.756.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3201
NAME: _Final[str] = "Indications for Stress Test"
KEYWORD: _Final[str | None] = "IndicationsForStressTest"
UID: _Final[str | None] = "1.2.840.10008.6.1.756"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ChestPain: _Final[_Code] = _Code("SCT", "29857009", "Chest Pain", (3201, 3220, 3221, 12246))
"""Chest Pain (SCT 29857009)."""

PreOperative: _Final[_Code] = _Code("SCT", "262068006", "Pre-operative", (31, 632, 3201, 6146))
"""Pre-operative (SCT 262068006)."""

CoronaryArteryDisease: _Final[_Code] = _Code(
    "SCT", "53741008", "Coronary Artery Disease", (3201, 3700, 12246)
)
"""Coronary Artery Disease (SCT 53741008)."""

HeartFailure: _Final[_Code] = _Code("SCT", "84114007", "Heart failure", (3201,))
"""Heart failure (SCT 84114007)."""

HeartDiseaseRiskFactors: _Final[_Code] = _Code(
    "SCT", "171224000", "Heart disease risk factors", (3201, 12246)
)
"""Heart disease risk factors (SCT 171224000)."""

Dyspnea: _Final[_Code] = _Code("SCT", "267036007", "Dyspnea", (60, 3201, 3220, 3221, 12246))
"""Dyspnea (SCT 267036007)."""

PostPTCA: _Final[_Code] = _Code("SCT", "371822007", "Post PTCA", (3201,))
"""Post PTCA (SCT 371822007)."""

HistoryOfCABG: _Final[_Code] = _Code("SCT", "399261000", "History of CABG", (3201,))
"""History of CABG (SCT 399261000)."""

AbnormalExerciseToleranceTest: _Final[_Code] = _Code(
    "SCT", "165084003", "Abnormal exercise tolerance test", (3201, 3208)
)
"""Abnormal exercise tolerance test (SCT 165084003)."""

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

HistoryOfMyocardialInfarction: _Final[_Code] = _Code(
    "SCT", "399211009", "History of Myocardial Infarction", (3201, 3756)
)
"""History of Myocardial Infarction (SCT 399211009)."""

LeftBundleBranchBlock: _Final[_Code] = _Code(
    "SCT", "63467002", "Left bundle branch block", (3201, 3205, 3230, 12246)
)
"""Left bundle branch block (SCT 63467002)."""

ValvularHeartDisease: _Final[_Code] = _Code(
    "SCT", "368009", "Valvular heart disease", (3201, 3727, 12246)
)
"""Valvular heart disease (SCT 368009)."""

OccupationalRequirement: _Final[_Code] = _Code(
    "SCT", "429060002", "Occupational requirement", (3201,)
)
"""Occupational requirement (SCT 429060002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ChestPain,
    PreOperative,
    CoronaryArteryDisease,
    HeartFailure,
    HeartDiseaseRiskFactors,
    Dyspnea,
    PostPTCA,
    HistoryOfCABG,
    AbnormalExerciseToleranceTest,
    AbnormalECG,
    Arrhythmia,
    AnginaPectoris,
    Hypertension,
    Palpitations,
    SupraventricularTachycardia,
    Syncope,
    HistoryOfMyocardialInfarction,
    LeftBundleBranchBlock,
    ValvularHeartDisease,
    OccupationalRequirement,
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
