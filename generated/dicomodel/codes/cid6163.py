"""CID 6163 Menstrual Cycle Phase.

Extensible, version 20050822, UID 1.2.840.10008.6.1.477.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6163
NAME: Final[str] = "Menstrual Cycle Phase"
KEYWORD: Final[str | None] = "MenstrualCyclePhase"
UID: Final[str | None] = "1.2.840.10008.6.1.477"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

_1stWeek: Final[Code] = Code("DCM", "111392", "1st week", (6163,))
"""1st week (DCM 111392)."""

_2ndWeek: Final[Code] = Code("DCM", "111393", "2nd week", (6163,))
"""2nd week (DCM 111393)."""

_3rdWeek: Final[Code] = Code("DCM", "111394", "3rd week", (6163,))
"""3rd week (DCM 111394)."""

MenstruationPresent: Final[Code] = Code("SCT", "289894009", "Menstruation present", (6163,))
"""Menstruation present (SCT 289894009)."""

MEMBERS: Final[tuple[Code, ...]] = (_1stWeek, _2ndWeek, _3rdWeek, MenstruationPresent)
"""The resolved membership: own members, then those of the included groups, in order."""
