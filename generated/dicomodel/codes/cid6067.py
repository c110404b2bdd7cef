"""CID 6067 Fluid Color.

Extensible, version 20040112, UID 1.2.840.10008.6.1.396.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6067
NAME: Final[str] = "Fluid Color"
KEYWORD: Final[str | None] = "FluidColor"
UID: Final[str | None] = "1.2.840.10008.6.1.396"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

WhiteColor: Final[Code] = Code("SCT", "371251000", "White color", (4255, 4411, 6067))
"""White color (SCT 371251000)."""

YellowColor: Final[Code] = Code("SCT", "371244009", "Yellow color", (4255, 4411, 6067))
"""Yellow color (SCT 371244009)."""

LightBrownColor: Final[Code] = Code("DCM", "111450", "Light brown color", (6067,))
"""Light brown color (DCM 111450)."""

GreenColor: Final[Code] = Code("SCT", "371246006", "Green color", (4206, 4255, 6067, 8122))
"""Green color (SCT 371246006)."""

GrayColor: Final[Code] = Code("SCT", "371253002", "Gray color", (4411, 6067))
"""Gray color (SCT 371253002)."""

DarkRedColor: Final[Code] = Code("DCM", "111451", "Dark red color", (6067,))
"""Dark red color (DCM 111451)."""

DarkBrownColor: Final[Code] = Code("DCM", "111452", "Dark brown color", (6067,))
"""Dark brown color (DCM 111452)."""

Clear: Final[Code] = Code("SCT", "263707001", "Clear", (6067,))
"""Clear (SCT 263707001)."""

BrownColor: Final[Code] = Code("SCT", "371254008", "Brown color", (4411, 6067))
"""Brown color (SCT 371254008)."""

BrightRedColor: Final[Code] = Code("DCM", "111453", "Bright red color", (6067,))
"""Bright red color (DCM 111453)."""

BloodTingedColor: Final[Code] = Code("DCM", "111454", "Blood tinged color", (6067,))
"""Blood tinged color (DCM 111454)."""

BlackColor: Final[Code] = Code("SCT", "371252007", "Black color", (4411, 6067))
"""Black color (SCT 371252007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    WhiteColor,
    YellowColor,
    LightBrownColor,
    GreenColor,
    GrayColor,
    DarkRedColor,
    DarkBrownColor,
    Clear,
    BrownColor,
    BrightRedColor,
    BloodTingedColor,
    BlackColor,
)
"""The resolved membership: own members, then those of the included groups, in order."""
