"""CID 4411 Lesion Color.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1479.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4411
NAME: Final[str] = "Lesion Color"
KEYWORD: Final[str | None] = "LesionColor"
UID: Final[str | None] = "1.2.840.10008.6.1.1479"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20231115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Red: Final[Code] = Code("SCT", "371240000", "Red", (4206, 4255, 4411, 8122))
"""Red (SCT 371240000)."""

Orange: Final[Code] = Code("SCT", "371242008", "Orange", (4411,))
"""Orange (SCT 371242008)."""

Pink: Final[Code] = Code("SCT", "371243003", "Pink", (4411,))
"""Pink (SCT 371243003)."""

Yellow: Final[Code] = Code("SCT", "371244009", "Yellow", (4255, 4411, 6067))
"""Yellow (SCT 371244009)."""

Purple: Final[Code] = Code("SCT", "371250004", "Purple", (4411,))
"""Purple (SCT 371250004)."""

White: Final[Code] = Code("SCT", "371251000", "White", (4255, 4411, 6067))
"""White (SCT 371251000)."""

Black: Final[Code] = Code("SCT", "371252007", "Black", (4411, 6067))
"""Black (SCT 371252007)."""

Gray: Final[Code] = Code("SCT", "371253002", "Gray", (4411, 6067))
"""Gray (SCT 371253002)."""

Brown: Final[Code] = Code("SCT", "371254008", "Brown", (4411, 6067))
"""Brown (SCT 371254008)."""

Blue: Final[Code] = Code("SCT", "405738005", "Blue", (4206, 4255, 4411, 8122))
"""Blue (SCT 405738005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Red,
    Orange,
    Pink,
    Yellow,
    Purple,
    White,
    Black,
    Gray,
    Brown,
    Blue,
)
"""The resolved membership: own members, then those of the included groups, in order."""
