"""CID 3202 Chest Pain.

Extensible, version 20080927, UID 1.2.840.10008.6.1.757.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3202
NAME: Final[str] = "Chest Pain"
KEYWORD: Final[str | None] = "ChestPain"
UID: Final[str | None] = "1.2.840.10008.6.1.757"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

StableAngina: Final[Code] = Code("SCT", "233819005", "Stable Angina", (3202, 3700))
"""Stable Angina (SCT 233819005)."""

UnstableAngina: Final[Code] = Code("SCT", "4557003", "Unstable Angina", (3202, 3700))
"""Unstable Angina (SCT 4557003)."""

AtypicalAngina: Final[Code] = Code("SCT", "371807002", "Atypical Angina", (3202,))
"""Atypical Angina (SCT 371807002)."""

NoncardiacChestPain: Final[Code] = Code("SCT", "274668005", "Noncardiac Chest Pain", (3202,))
"""Noncardiac Chest Pain (SCT 274668005)."""

ChestPainNotPresent: Final[Code] = Code("SCT", "161971004", "Chest pain not present", (3202, 3719))
"""Chest pain not present (SCT 161971004)."""

TypicalAngina: Final[Code] = Code("SCT", "429559004", "Typical Angina", (3202,))
"""Typical Angina (SCT 429559004)."""

AnginalEquivalent: Final[Code] = Code("DCM", "122799", "Anginal Equivalent", (3202,))
"""Anginal Equivalent (DCM 122799)."""

MEMBERS: Final[tuple[Code, ...]] = (
    StableAngina,
    UnstableAngina,
    AtypicalAngina,
    NoncardiacChestPain,
    ChestPainNotPresent,
    TypicalAngina,
    AnginalEquivalent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
