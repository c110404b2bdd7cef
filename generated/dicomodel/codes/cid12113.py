"""CID 12113 Abdominopelvic Vein (Paired).

Extensible, version 20200310, UID 1.2.840.10008.6.1.580.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12113
NAME: Final[str] = "Abdominopelvic Vein (Paired)"
KEYWORD: Final[str | None] = "AbdominopelvicVeinPaired"
UID: Final[str | None] = "1.2.840.10008.6.1.580"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200310"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CommonIliacVein: Final[Code] = Code("SCT", "46027005", "Common iliac vein", (3010, 12110, 12113))
"""Common iliac vein (SCT 46027005)."""

GastricVein: Final[Code] = Code("SCT", "110568007", "Gastric vein", (3010, 3607, 12113))
"""Gastric vein (SCT 110568007)."""

IlealVein: Final[Code] = Code("SCT", "397439002", "Ileal vein", (12113,))
"""Ileal vein (SCT 397439002)."""

OvarianVein: Final[Code] = Code("SCT", "976004", "Ovarian vein", (12113, 12140))
"""Ovarian vein (SCT 976004)."""

TesticularVein: Final[Code] = Code("SCT", "31688004", "Testicular Vein", (12113,))
"""Testicular Vein (SCT 31688004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CommonIliacVein,
    GastricVein,
    IlealVein,
    OvarianVein,
    TesticularVein,
)
"""The resolved membership: own members, then those of the included groups, in order."""
