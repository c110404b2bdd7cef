"""CID 3220 Stress Symptom.

Extensible, version 20160314, UID 1.2.840.10008.6.1.771.
Includes CID 3202.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3220
NAME: Final[str] = "Stress Symptom"
KEYWORD: Final[str | None] = "StressSymptom"
UID: Final[str | None] = "1.2.840.10008.6.1.771"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = (3202,)
EXTERNAL_SCHEME: Final[str | None] = None

Dyspnea: Final[Code] = Code("SCT", "267036007", "Dyspnea", (60, 3201, 3220, 3221, 12246))
"""Dyspnea (SCT 267036007)."""

Claudication: Final[Code] = Code("SCT", "16973004", "Claudication", (3220, 3221))
"""Claudication (SCT 16973004)."""

Syncope: Final[Code] = Code("SCT", "271594007", "Syncope", (3201, 3220, 3221, 12246))
"""Syncope (SCT 271594007)."""

Flushing: Final[Code] = Code("SCT", "238810007", "Flushing", (3220,))
"""Flushing (SCT 238810007)."""

Nausea: Final[Code] = Code("SCT", "422587007", "Nausea", (3220,))
"""Nausea (SCT 422587007)."""

Dizziness: Final[Code] = Code("SCT", "404640003", "Dizziness", (3220,))
"""Dizziness (SCT 404640003)."""

Fatigue: Final[Code] = Code("SCT", "84229001", "Fatigue", (3220, 3221))
"""Fatigue (SCT 84229001)."""

ChestPain: Final[Code] = Code("SCT", "29857009", "Chest pain", (3201, 3220, 3221, 12246))
"""Chest pain (SCT 29857009)."""

ChestDiscomfort: Final[Code] = Code("SCT", "279084009", "Chest discomfort", (3220,))
"""Chest discomfort (SCT 279084009)."""

StableAngina: Final[Code] = Code("SCT", "233819005", "Stable Angina", (3202, 3700))
"""Stable Angina (SCT 233819005). Included from CID 3202."""

UnstableAngina: Final[Code] = Code("SCT", "4557003", "Unstable Angina", (3202, 3700))
"""Unstable Angina (SCT 4557003). Included from CID 3202."""

AtypicalAngina: Final[Code] = Code("SCT", "371807002", "Atypical Angina", (3202,))
"""Atypical Angina (SCT 371807002). Included from CID 3202."""

NoncardiacChestPain: Final[Code] = Code("SCT", "274668005", "Noncardiac Chest Pain", (3202,))
"""Noncardiac Chest Pain (SCT 274668005). Included from CID 3202."""

ChestPainNotPresent: Final[Code] = Code("SCT", "161971004", "Chest pain not present", (3202, 3719))
"""Chest pain not present (SCT 161971004). Included from CID 3202."""

TypicalAngina: Final[Code] = Code("SCT", "429559004", "Typical Angina", (3202,))
"""Typical Angina (SCT 429559004). Included from CID 3202."""

AnginalEquivalent: Final[Code] = Code("DCM", "122799", "Anginal Equivalent", (3202,))
"""Anginal Equivalent (DCM 122799). Included from CID 3202."""

MEMBERS: Final[tuple[Code, ...]] = (
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
