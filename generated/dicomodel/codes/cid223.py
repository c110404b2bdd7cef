"""CID 223 Normal Range Value.

Extensible, version 20170914, UID 1.2.840.10008.6.1.28.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 223
NAME: Final[str] = "Normal Range Value"
KEYWORD: Final[str | None] = "NormalRangeValue"
UID: Final[str | None] = "1.2.840.10008.6.1.28"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NormalRangeUpperLimit: Final[Code] = Code("SCT", "371933006", "Normal Range Upper Limit", (223,))
"""Normal Range Upper Limit (SCT 371933006)."""

NormalRangeLowerLimit: Final[Code] = Code("SCT", "385524004", "Normal Range Lower Limit", (223,))
"""Normal Range Lower Limit (SCT 385524004)."""

MEMBERS: Final[tuple[Code, ...]] = (NormalRangeUpperLimit, NormalRangeLowerLimit)
"""The resolved membership: own members, then those of the included groups, in order."""
