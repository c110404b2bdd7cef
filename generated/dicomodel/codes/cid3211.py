"""CID 3211 BP Response.

Extensible, version 20080927, UID 1.2.840.10008.6.1.766.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3211
NAME: Final[str] = "BP Response"
KEYWORD: Final[str | None] = "BPResponse"
UID: Final[str | None] = "1.2.840.10008.6.1.766"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Normal: Final[Code] = Code("SCT", "17621005", "normal", (222, 242, 3119, 3210, 3211, 7165, 7169))
"""normal (SCT 17621005)."""

Hypotensive: Final[Code] = Code("SCT", "45007003", "Hypotensive", (60, 3211))
"""Hypotensive (SCT 45007003)."""

Hypertensive: Final[Code] = Code("SCT", "38341003", "Hypertensive", (60, 3201, 3211, 3640, 12246))
"""Hypertensive (SCT 38341003)."""

Blunted: Final[Code] = Code("SCT", "428247006", "blunted", (3210, 3211))
"""blunted (SCT 428247006)."""

MEMBERS: Final[tuple[Code, ...]] = (Normal, Hypotensive, Hypertensive, Blunted)
"""The resolved membership: own members, then those of the included groups, in order."""
