"""CID 70 Flush.

Extensible, version 20200310, UID 1.2.840.10008.6.1.1260.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 70
NAME: Final[str] = "Flush"
KEYWORD: Final[str | None] = "Flush"
UID: Final[str | None] = "1.2.840.10008.6.1.1260"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200310"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Dextran: Final[Code] = Code("SCT", "13132007", "Dextran", (10, 70))
"""Dextran (SCT 13132007)."""

Saline: Final[Code] = Code("SCT", "373757009", "Saline", (70,))
"""Saline (SCT 373757009)."""

LactatedRingerS: Final[Code] = Code("MSH", "D000077325", "Lactated Ringer's", (70,))
"""Lactated Ringer's (MSH D000077325)."""

MEMBERS: Final[tuple[Code, ...]] = (Dextran, Saline, LactatedRingerS)
"""The resolved membership: own members, then those of the included groups, in order."""
