"""CID 3210 Speed of Response.

Extensible, version 20080927, UID 1.2.840.10008.6.1.765.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3210
NAME: Final[str] = "Speed of Response"
KEYWORD: Final[str | None] = "ResponseSpeed"
UID: Final[str | None] = "1.2.840.10008.6.1.765"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Normal: Final[Code] = Code("SCT", "17621005", "normal", (222, 242, 3119, 3210, 3211, 7165, 7169))
"""normal (SCT 17621005)."""

Accentuated: Final[Code] = Code("SCT", "428691001", "accentuated", (3210,))
"""accentuated (SCT 428691001)."""

Blunted: Final[Code] = Code("SCT", "428247006", "blunted", (3210, 3211))
"""blunted (SCT 428247006)."""

MEMBERS: Final[tuple[Code, ...]] = (Normal, Accentuated, Blunted)
"""The resolved membership: own members, then those of the included groups, in order."""
