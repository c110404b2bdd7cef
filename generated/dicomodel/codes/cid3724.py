"""CID 3724 Smoking History.

Extensible, version 20070827, UID 1.2.840.10008.6.1.225.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3724
NAME: Final[str] = "Smoking History"
KEYWORD: Final[str | None] = "SmokingHistory"
UID: Final[str | None] = "1.2.840.10008.6.1.225"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NoHistoryOfSmoking: Final[Code] = Code("SCT", "266919005", "No History of Smoking", (3724,))
"""No History of Smoking (SCT 266919005)."""

CurrentSmoker: Final[Code] = Code("SCT", "77176002", "Current Smoker", (3724,))
"""Current Smoker (SCT 77176002)."""

FormerSmoker: Final[Code] = Code("SCT", "8517006", "Former Smoker", (3724,))
"""Former Smoker (SCT 8517006)."""

MEMBERS: Final[tuple[Code, ...]] = (NoHistoryOfSmoking, CurrentSmoker, FormerSmoker)
"""The resolved membership: own members, then those of the included groups, in order."""
