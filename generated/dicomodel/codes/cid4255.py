"""CID 4255 Visual Field Illumination Color.

Extensible, version 20100827, UID 1.2.840.10008.6.1.914.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4255
NAME: Final[str] = "Visual Field Illumination Color"
KEYWORD: Final[str | None] = "VisualFieldIlluminationColor"
UID: Final[str | None] = "1.2.840.10008.6.1.914"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Yellow: Final[Code] = Code("SCT", "371244009", "Yellow", (4255, 4411, 6067))
"""Yellow (SCT 371244009)."""

White: Final[Code] = Code("SCT", "371251000", "White", (4255, 4411, 6067))
"""White (SCT 371251000)."""

Red: Final[Code] = Code("SCT", "371240000", "Red", (4206, 4255, 4411, 8122))
"""Red (SCT 371240000)."""

Blue: Final[Code] = Code("SCT", "405738005", "Blue", (4206, 4255, 4411, 8122))
"""Blue (SCT 405738005)."""

Green: Final[Code] = Code("SCT", "371246006", "Green", (4206, 4255, 6067, 8122))
"""Green (SCT 371246006)."""

MEMBERS: Final[tuple[Code, ...]] = (Yellow, White, Red, Blue, Green)
"""The resolved membership: own members, then those of the included groups, in order."""
