"""CID 647 Position Reference Indicator for Frame of Reference.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1112.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 647
NAME: Final[str] = "Position Reference Indicator for Frame of Reference"
KEYWORD: Final[str | None] = "PositionReferenceIndicatorForFrameOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.1112"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Bregma: Final[Code] = Code("FMA", "264776", "Bregma", (647,))
"""Bregma (FMA 264776)."""

Lambda: Final[Code] = Code("FMA", "264773", "Lambda", (647,))
"""Lambda (FMA 264773)."""

MEMBERS: Final[tuple[Code, ...]] = (Bregma, Lambda)
"""The resolved membership: own members, then those of the included groups, in order."""
