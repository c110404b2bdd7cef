"""CID 3220 Stress Symptom.

Extensible, version 20160314, UID 1.2.840.10008.6.1.771.
Includes CID 3202.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3220
NAME: _Final[str] = "Stress Symptom"
KEYWORD: _Final[str | None] = "StressSymptom"
UID: _Final[str | None] = "1.2.840.10008.6.1.771"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = (3202,)
EXTERNAL_SCHEME: _Final[str | None] = None

Dyspnea: _Final[_Code] = _Code("SCT", "267036007", "Dyspnea", (60, 3201, 3220, 3221, 12246))
"""Dyspnea (SCT 267036007)."""

Claudication: _Final[_Code] = _Code("SCT", "16973004", "Claudication", (3220, 3221))
"""Claudication (SCT 16973004)."""

Syncope: _Final[_Code] = _Code("SCT", "271594007", "Syncope", (3201, 3220, 3221, 12246))
"""Syncope (SCT 271594007)."""

Flushing: _Final[_Code] = _Code("SCT", "238810007", "Flushing", (3220,))
"""Flushing (SCT 238810007)."""

Nausea: _Final[_Code] = _Code("SCT", "422587007", "Nausea", (3220,))
"""Nausea (SCT 422587007)."""

Dizziness: _Final[_Code] = _Code("SCT", "404640003", "Dizziness", (3220,))
"""Dizziness (SCT 404640003)."""

Fatigue: _Final[_Code] = _Code("SCT", "84229001", "Fatigue", (3220, 3221))
"""Fatigue (SCT 84229001)."""

ChestPain: _Final[_Code] = _Code("SCT", "29857009", "Chest pain", (3201, 3220, 3221, 12246))
"""Chest pain (SCT 29857009)."""

ChestDiscomfort: _Final[_Code] = _Code("SCT", "279084009", "Chest discomfort", (3220,))
"""Chest discomfort (SCT 279084009)."""

StableAngina: _Final[_Code] = _Code("SCT", "233819005", "Stable Angina", (3202, 3700))
"""Stable Angina (SCT 233819005). Included from CID 3202."""

UnstableAngina: _Final[_Code] = _Code("SCT", "4557003", "Unstable Angina", (3202, 3700))
"""Unstable Angina (SCT 4557003). Included from CID 3202."""

AtypicalAngina: _Final[_Code] = _Code("SCT", "371807002", "Atypical Angina", (3202,))
"""Atypical Angina (SCT 371807002). Included from CID 3202."""

NoncardiacChestPain: _Final[_Code] = _Code("SCT", "274668005", "Noncardiac Chest Pain", (3202,))
"""Noncardiac Chest Pain (SCT 274668005). Included from CID 3202."""

ChestPainNotPresent: _Final[_Code] = _Code(
    "SCT", "161971004", "Chest pain not present", (3202, 3719)
)
"""Chest pain not present (SCT 161971004). Included from CID 3202."""

TypicalAngina: _Final[_Code] = _Code("SCT", "429559004", "Typical Angina", (3202,))
"""Typical Angina (SCT 429559004). Included from CID 3202."""

AnginalEquivalent: _Final[_Code] = _Code("DCM", "122799", "Anginal Equivalent", (3202,))
"""Anginal Equivalent (DCM 122799). Included from CID 3202."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Dyspnea,
    Claudication,
    Syncope,
    Flushing,
    Nausea,
    Dizziness,
    Fatigue,
    ChestPain,
    ChestDiscomfort,
    StableAngina,
    UnstableAngina,
    AtypicalAngina,
    NoncardiacChestPain,
    ChestPainNotPresent,
    TypicalAngina,
    AnginalEquivalent,
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
