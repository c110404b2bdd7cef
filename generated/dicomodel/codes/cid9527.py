"""CID 9527 Teletherapy Isotope.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1237.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9527
NAME: Final[str] = "Teletherapy Isotope"
KEYWORD: Final[str | None] = "TeletherapyIsotope"
UID: Final[str | None] = "1.2.840.10008.6.1.1237"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

_60Cobalt: Final[Code] = Code("SCT", "5405008", "^60^Cobalt", (18, 9527, 9528))
"""^60^Cobalt (SCT 5405008)."""

MEMBERS: Final[tuple[Code, ...]] = (_60Cobalt,)
"""The resolved membership: own members, then those of the included groups, in order."""
