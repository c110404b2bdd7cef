"""CID 10007 X-Ray Filter Type.

Extensible, version 20131010, UID 1.2.840.10008.6.1.540.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10007
NAME: Final[str] = "X-Ray Filter Type"
KEYWORD: Final[str | None] = "XRayFilterType"
UID: Final[str | None] = "1.2.840.10008.6.1.540"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20131010"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

StripFilter: Final[Code] = Code("DCM", "113650", "Strip filter", (10007,))
"""Strip filter (DCM 113650)."""

WedgeFilter: Final[Code] = Code("DCM", "113651", "Wedge filter", (10007,))
"""Wedge filter (DCM 113651)."""

ButterflyFilter: Final[Code] = Code("DCM", "113652", "Butterfly filter", (10007,))
"""Butterfly filter (DCM 113652)."""

FlatFilter: Final[Code] = Code("DCM", "113653", "Flat filter", (10007,))
"""Flat filter (DCM 113653)."""

NoFilter: Final[Code] = Code("DCM", "111609", "No Filter", (4204, 8124, 10007))
"""No Filter (DCM 111609)."""

MEMBERS: Final[tuple[Code, ...]] = (StripFilter, WedgeFilter, ButterflyFilter, FlatFilter, NoFilter)
"""The resolved membership: own members, then those of the included groups, in order."""
