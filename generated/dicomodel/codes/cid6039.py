"""CID 6039 Nipple Characteristic.

Extensible, version 20240611, UID 1.2.840.10008.6.1.369.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6039
NAME: Final[str] = "Nipple Characteristic"
KEYWORD: Final[str | None] = "NippleCharacteristic"
UID: Final[str | None] = "1.2.840.10008.6.1.369"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NormalShape: Final[Code] = Code("SCT", "31842008", "Normal shape", (6039,))
"""Normal shape (SCT 31842008)."""

NippleRetraction: Final[Code] = Code("SCT", "271955004", "Nipple retraction", (6039, 6056))
"""Nipple retraction (SCT 271955004)."""

MEMBERS: Final[tuple[Code, ...]] = (NormalShape, NippleRetraction)
"""The resolved membership: own members, then those of the included groups, in order."""
