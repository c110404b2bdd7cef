"""CID 6170 Lobe of Lung.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1482.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6170
NAME: Final[str] = "Lobe of Lung"
KEYWORD: Final[str | None] = "LobeOfLung"
UID: Final[str | None] = "1.2.840.10008.6.1.1482"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

UpperLobeOfLung: Final[Code] = Code("SCT", "45653009", "Upper lobe of lung", (6170,))
"""Upper lobe of lung (SCT 45653009)."""

MiddleLobeOfRightLung: Final[Code] = Code("SCT", "72481006", "Middle lobe of right lung", (6170,))
"""Middle lobe of right lung (SCT 72481006)."""

LowerLobeOfLung: Final[Code] = Code("SCT", "90572001", "Lower lobe of lung", (6170,))
"""Lower lobe of lung (SCT 90572001)."""

MEMBERS: Final[tuple[Code, ...]] = (UpperLobeOfLung, MiddleLobeOfRightLung, LowerLobeOfLung)
"""The resolved membership: own members, then those of the included groups, in order."""
