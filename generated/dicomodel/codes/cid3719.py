"""CID 3719 Canadian Clinical Classification.

Extensible, version 20070827, UID 1.2.840.10008.6.1.220.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3719
NAME: Final[str] = "Canadian Clinical Classification"
KEYWORD: Final[str | None] = "CanadianClinicalClassification"
UID: Final[str | None] = "1.2.840.10008.6.1.220"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ChestPainNotPresent: Final[Code] = Code("SCT", "161971004", "Chest pain not present", (3202, 3719))
"""Chest pain not present (SCT 161971004)."""

AnginaClassI: Final[Code] = Code("SCT", "61490001", "Angina Class I", (3719,))
"""Angina Class I (SCT 61490001)."""

AnginaClassII: Final[Code] = Code("SCT", "41334000", "Angina Class II", (3719,))
"""Angina Class II (SCT 41334000)."""

AnginaClassIII: Final[Code] = Code("SCT", "85284003", "Angina Class III", (3719,))
"""Angina Class III (SCT 85284003)."""

AnginaClassIV: Final[Code] = Code("SCT", "89323001", "Angina Class IV", (3719,))
"""Angina Class IV (SCT 89323001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ChestPainNotPresent,
    AnginaClassI,
    AnginaClassII,
    AnginaClassIII,
    AnginaClassIV,
)
"""The resolved membership: own members, then those of the included groups, in order."""
