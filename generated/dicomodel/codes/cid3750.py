"""CID 3750 Previously Dilated Lesion.

Extensible, version 20030327, UID 1.2.840.10008.6.1.247.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3750
NAME: Final[str] = "Previously Dilated Lesion"
KEYWORD: Final[str | None] = "PreviouslyDilatedLesion"
UID: Final[str | None] = "1.2.840.10008.6.1.247"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NotPreviouslyTreated: Final[Code] = Code("NCDR", "108-0", "not previously treated", (3750,))
"""not previously treated (NCDR 108-0)."""

BalloonOnly: Final[Code] = Code("NCDR", "108-1", "balloon only", (3750,))
"""balloon only (NCDR 108-1)."""

StentOnly: Final[Code] = Code("NCDR", "108-2", "stent only", (3750,))
"""stent only (NCDR 108-2)."""

OtherAnyCombination: Final[Code] = Code("NCDR", "108-3", "other/any combination", (3750,))
"""other/any combination (NCDR 108-3)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NotPreviouslyTreated,
    BalloonOnly,
    StentOnly,
    OtherAnyCombination,
)
"""The resolved membership: own members, then those of the included groups, in order."""
