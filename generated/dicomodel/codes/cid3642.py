"""CID 3642 Degree Finding.

Extensible, version 20040920, UID 1.2.840.10008.6.1.178.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3642
NAME: Final[str] = "Degree Finding"
KEYWORD: Final[str | None] = "DegreeFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.178"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040920"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Decreased: Final[Code] = Code("SCT", "1250004", "Decreased", (3642,))
"""Decreased (SCT 1250004)."""

Elevated: Final[Code] = Code("SCT", "75540009", "Elevated", (75, 3642))
"""Elevated (SCT 75540009)."""

SeverelyElevated: Final[Code] = Code("SCT", "260360000", "Severely Elevated", (3642,))
"""Severely Elevated (SCT 260360000)."""

NormalRange: Final[Code] = Code("SCT", "260395002", "Normal Range", (3642,))
"""Normal Range (SCT 260395002)."""

MEMBERS: Final[tuple[Code, ...]] = (Decreased, Elevated, SeverelyElevated, NormalRange)
"""The resolved membership: own members, then those of the included groups, in order."""
