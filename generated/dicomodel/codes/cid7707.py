"""CID 7707 Spinal Cord Fiber.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1019.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7707
NAME: Final[str] = "Spinal Cord Fiber"
KEYWORD: Final[str | None] = "SpinalCordFiber"
UID: Final[str | None] = "1.2.840.10008.6.1.1019"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20150106"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DorsalFuniculus: Final[Code] = Code("SCT", "59752008", "dorsal funiculus", (7707,))
"""dorsal funiculus (SCT 59752008)."""

VentralFuniculus: Final[Code] = Code("SCT", "31701002", "ventral funiculus", (7707,))
"""ventral funiculus (SCT 31701002)."""

LateralFuniculus: Final[Code] = Code("SCT", "14892003", "lateral funiculus", (7707,))
"""lateral funiculus (SCT 14892003)."""

MEMBERS: Final[tuple[Code, ...]] = (DorsalFuniculus, VentralFuniculus, LateralFuniculus)
"""The resolved membership: own members, then those of the included groups, in order."""
