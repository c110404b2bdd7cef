"""CID 6126 Location in Lung.

Extensible, version 20240611, UID 1.2.840.10008.6.1.446.
Includes CID 6171, CID 6170.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6126
NAME: Final[str] = "Location in Lung"
KEYWORD: Final[str | None] = "LocationInLung"
UID: Final[str | None] = "1.2.840.10008.6.1.446"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = (6171, 6170)
EXTERNAL_SCHEME: Final[str | None] = None

Subpleural: Final[Code] = Code("SCT", "68599007", "Subpleural", (6126,))
"""Subpleural (SCT 68599007)."""

UpperZoneOfLung: Final[Code] = Code("SCT", "281392002", "Upper zone of lung", (6171,))
"""Upper zone of lung (SCT 281392002). Included from CID 6171."""

MiddleZoneOfLung: Final[Code] = Code("SCT", "281393007", "Middle zone of lung", (6171,))
"""Middle zone of lung (SCT 281393007). Included from CID 6171."""

LowerZoneOfLung: Final[Code] = Code("SCT", "281394001", "Lower zone of lung", (6171,))
"""Lower zone of lung (SCT 281394001). Included from CID 6171."""

UpperLobeOfLung: Final[Code] = Code("SCT", "45653009", "Upper lobe of lung", (6170,))
"""Upper lobe of lung (SCT 45653009). Included from CID 6170."""

MiddleLobeOfRightLung: Final[Code] = Code("SCT", "72481006", "Middle lobe of right lung", (6170,))
"""Middle lobe of right lung (SCT 72481006). Included from CID 6170."""

LowerLobeOfLung: Final[Code] = Code("SCT", "90572001", "Lower lobe of lung", (6170,))
"""Lower lobe of lung (SCT 90572001). Included from CID 6170."""

MEMBERS: Final[tuple[Code, ...]] = (
    Subpleural,
    UpperZoneOfLung,
    MiddleZoneOfLung,
    LowerZoneOfLung,
    UpperLobeOfLung,
    MiddleLobeOfRightLung,
    LowerLobeOfLung,
)
"""The resolved membership: own members, then those of the included groups, in order."""
