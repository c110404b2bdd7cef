"""CID 3221 Stress Test Termination Reason.

Extensible, version 20190817, UID 1.2.840.10008.6.1.772.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3221
NAME: _Final[str] = "Stress Test Termination Reason"
KEYWORD: _Final[str | None] = "StressTestTerminationReason"
UID: _Final[str | None] = "1.2.840.10008.6.1.772"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ChestPain: _Final[_Code] = _Code("SCT", "29857009", "Chest pain", (3201, 3220, 3221, 12246))
"""Chest pain (SCT 29857009)."""

AbnormalECG: _Final[_Code] = _Code("SCT", "102594003", "Abnormal ECG", (3201, 3221, 3677, 12246))
"""Abnormal ECG (SCT 102594003)."""

Fatigue: _Final[_Code] = _Code("SCT", "84229001", "Fatigue", (3220, 3221))
"""Fatigue (SCT 84229001)."""

Dyspnea: _Final[_Code] = _Code("SCT", "267036007", "Dyspnea", (60, 3201, 3220, 3221, 12246))
"""Dyspnea (SCT 267036007)."""

PatientRefusedExerciseTest: _Final[_Code] = _Code(
    "SCT", "408551003", "Patient Refused exercise test", (3221,)
)
"""Patient Refused exercise test (SCT 408551003)."""

TargetHeartRateAchieved: _Final[_Code] = _Code(
    "SCT", "258153002", "Target Heart Rate Achieved", (3221,)
)
"""Target Heart Rate Achieved (SCT 258153002)."""

HypotensiveEpisode: _Final[_Code] = _Code("SCT", "67763001", "Hypotensive episode", (3221,))
"""Hypotensive episode (SCT 67763001)."""

HypertensiveEpisode: _Final[_Code] = _Code("SCT", "443482000", "Hypertensive episode", (3221,))
"""Hypertensive episode (SCT 443482000)."""

Arrhythmia: _Final[_Code] = _Code(
    "SCT", "44808001", "Arrhythmia", (3201, 3221, 3727, 3755, 3756, 12246)
)
"""Arrhythmia (SCT 44808001)."""

Claudication: _Final[_Code] = _Code("SCT", "16973004", "Claudication", (3220, 3221))
"""Claudication (SCT 16973004)."""

EndOfProtocol: _Final[_Code] = _Code("SCT", "255253007", "End of Protocol", (3221,))
"""End of Protocol (SCT 255253007)."""

Syncope: _Final[_Code] = _Code("SCT", "271594007", "Syncope", (3201, 3220, 3221, 12246))
"""Syncope (SCT 271594007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ChestPain,
    AbnormalECG,
    Fatigue,
    Dyspnea,
    PatientRefusedExerciseTest,
    TargetHeartRateAchieved,
    HypotensiveEpisode,
    HypertensiveEpisode,
    Arrhythmia,
    Claudication,
    EndOfProtocol,
    Syncope,
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
