"""CID 4214 Ophthalmic Horizontal Direction.

Extensible, version 20080124, UID 1.2.840.10008.6.1.800.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4214
NAME: Final[str] = "Ophthalmic Horizontal Direction"
KEYWORD: Final[str | None] = "OphthalmicHorizontalDirection"
UID: Final[str | None] = "1.2.840.10008.6.1.800"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080124"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Inward: Final[Code] = Code("SCT", "255460003", "Inward", (4214,))
"""Inward (SCT 255460003)."""

Outward: Final[Code] = Code("SCT", "255543005", "Outward", (4214,))
"""Outward (SCT 255543005)."""

MEMBERS: Final[tuple[Code, ...]] = (Inward, Outward)
"""The resolved membership: own members, then those of the included groups, in order."""
