"""CID 6023 Side from BI-RADS®.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.353.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6023
NAME: Final[str] = "Side from BI-RADS®"
KEYWORD: Final[str | None] = "SideFromBIRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.353"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftBreast: Final[Code] = Code("SCT", "80248007", "Left breast", (6023,))
"""Left breast (SCT 80248007)."""

RightBreast: Final[Code] = Code("SCT", "73056007", "Right breast", (6023,))
"""Right breast (SCT 73056007)."""

BothBreasts: Final[Code] = Code("SCT", "63762007", "Both breasts", (6023,))
"""Both breasts (SCT 63762007)."""

MEMBERS: Final[tuple[Code, ...]] = (LeftBreast, RightBreast, BothBreasts)
"""The resolved membership: own members, then those of the included groups, in order."""
