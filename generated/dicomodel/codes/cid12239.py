"""CID 12239 Cardiac Output Property.

Extensible, version 20030918, UID 1.2.840.10008.6.1.630.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12239
NAME: Final[str] = "Cardiac Output Property"
KEYWORD: Final[str | None] = "CardiacOutputProperty"
UID: Final[str | None] = "1.2.840.10008.6.1.630"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

StrokeVolume: Final[Code] = Code("SCT", "90096001", "Stroke Volume", (3835, 12239, 12304))
"""Stroke Volume (SCT 90096001)."""

CardiacOutput: Final[Code] = Code("SCT", "82799009", "Cardiac Output", (12239,))
"""Cardiac Output (SCT 82799009)."""

CardiacIndex: Final[Code] = Code("SCT", "54993008", "Cardiac Index", (12239,))
"""Cardiac Index (SCT 54993008)."""

StrokeIndex: Final[Code] = Code("SCT", "277381004", "Stroke Index", (12239,))
"""Stroke Index (SCT 277381004)."""

MEMBERS: Final[tuple[Code, ...]] = (StrokeVolume, CardiacOutput, CardiacIndex, StrokeIndex)
"""The resolved membership: own members, then those of the included groups, in order."""
