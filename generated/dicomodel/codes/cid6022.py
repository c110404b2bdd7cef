"""CID 6022 Side.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.352.
Includes CID 6023.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6022
NAME: Final[str] = "Side"
KEYWORD: Final[str | None] = "Side"
UID: Final[str | None] = "1.2.840.10008.6.1.352"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = (6023,)
EXTERNAL_SCHEME: Final[str | None] = None

LeftBreast: Final[Code] = Code("SCT", "80248007", "Left breast", (6023,))
"""Left breast (SCT 80248007). Included from CID 6023."""

RightBreast: Final[Code] = Code("SCT", "73056007", "Right breast", (6023,))
"""Right breast (SCT 73056007). Included from CID 6023."""

BothBreasts: Final[Code] = Code("SCT", "63762007", "Both breasts", (6023,))
"""Both breasts (SCT 63762007). Included from CID 6023."""

MEMBERS: Final[tuple[Code, ...]] = (LeftBreast, RightBreast, BothBreasts)
"""The resolved membership: own members, then those of the included groups, in order."""
