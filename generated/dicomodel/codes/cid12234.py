"""CID 12234 Respiration State.

Extensible, version 20030918, UID 1.2.840.10008.6.1.625.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12234
NAME: Final[str] = "Respiration State"
KEYWORD: Final[str | None] = "RespirationState"
UID: Final[str | None] = "1.2.840.10008.6.1.625"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Inspiration: Final[Code] = Code("SCT", "14910006", "Inspiration", (3823, 12234))
"""Inspiration (SCT 14910006)."""

Expiration: Final[Code] = Code("SCT", "58322009", "Expiration", (3823, 12234))
"""Expiration (SCT 58322009)."""

MEMBERS: Final[tuple[Code, ...]] = (Inspiration, Expiration)
"""The resolved membership: own members, then those of the included groups, in order."""
