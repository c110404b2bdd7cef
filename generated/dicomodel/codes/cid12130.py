"""CID 12130 Organ Part (Non-Lateralized).

Extensible, version 20200310, UID 1.2.840.10008.6.1.1316.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12130
NAME: Final[str] = "Organ Part (Non-Lateralized)"
KEYWORD: Final[str | None] = "OrganPartNonLateralized"
UID: Final[str | None] = "1.2.840.10008.6.1.1316"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200310"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LobeOfThyroid: Final[Code] = Code("SCT", "119281005", "Lobe of thyroid", (12130,))
"""Lobe of thyroid (SCT 119281005)."""

ThyroidPart: Final[Code] = Code("SCT", "362892003", "Thyroid part", (12130,))
"""Thyroid part (SCT 362892003)."""

ThyroidIsthmus: Final[Code] = Code("SCT", "40867004", "Thyroid isthmus", (12130,))
"""Thyroid isthmus (SCT 40867004)."""

MEMBERS: Final[tuple[Code, ...]] = (LobeOfThyroid, ThyroidPart, ThyroidIsthmus)
"""The resolved membership: own members, then those of the included groups, in order."""
