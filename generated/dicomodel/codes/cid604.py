"""CID 604 Device Reuse.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1069.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 604
NAME: Final[str] = "Device Reuse"
KEYWORD: Final[str | None] = "DeviceReuse"
UID: Final[str | None] = "1.2.840.10008.6.1.1069"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Unused: Final[Code] = Code("DCM", "127177", "Unused", (604,))
"""Unused (DCM 127177)."""

Reused: Final[Code] = Code("DCM", "127178", "Reused", (604,))
"""Reused (DCM 127178)."""

MEMBERS: Final[tuple[Code, ...]] = (Unused, Reused)
"""The resolved membership: own members, then those of the included groups, in order."""
