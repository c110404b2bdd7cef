"""CID 6171 Zone of Lung.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1483.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6171
NAME: Final[str] = "Zone of Lung"
KEYWORD: Final[str | None] = "ZoneOfLung"
UID: Final[str | None] = "1.2.840.10008.6.1.1483"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

UpperZoneOfLung: Final[Code] = Code("SCT", "281392002", "Upper zone of lung", (6171,))
"""Upper zone of lung (SCT 281392002)."""

MiddleZoneOfLung: Final[Code] = Code("SCT", "281393007", "Middle zone of lung", (6171,))
"""Middle zone of lung (SCT 281393007)."""

LowerZoneOfLung: Final[Code] = Code("SCT", "281394001", "Lower zone of lung", (6171,))
"""Lower zone of lung (SCT 281394001)."""

MEMBERS: Final[tuple[Code, ...]] = (UpperZoneOfLung, MiddleZoneOfLung, LowerZoneOfLung)
"""The resolved membership: own members, then those of the included groups, in order."""
