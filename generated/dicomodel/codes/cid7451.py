"""CID 7451 Family Member.

Extensible, version 20040112, UID 1.2.840.10008.6.1.515.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7451
NAME: Final[str] = "Family Member"
KEYWORD: Final[str | None] = "FamilyMember"
UID: Final[str | None] = "1.2.840.10008.6.1.515"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NaturalMother: Final[Code] = Code("SCT", "65656005", "Natural mother", (7451,))
"""Natural mother (SCT 65656005)."""

NaturalFather: Final[Code] = Code("SCT", "9947008", "Natural father", (7451,))
"""Natural father (SCT 9947008)."""

NaturalSister: Final[Code] = Code("SCT", "73678001", "Natural sister", (7451,))
"""Natural sister (SCT 73678001)."""

NaturalBrother: Final[Code] = Code("SCT", "60614009", "Natural brother", (7451,))
"""Natural brother (SCT 60614009)."""

Aunt: Final[Code] = Code("SCT", "25211005", "Aunt", (7451,))
"""Aunt (SCT 25211005)."""

Uncle: Final[Code] = Code("SCT", "38048003", "Uncle", (7451,))
"""Uncle (SCT 38048003)."""

HalfSister: Final[Code] = Code("SCT", "2272004", "Half-sister", (7451,))
"""Half-sister (SCT 2272004)."""

HalfBrother: Final[Code] = Code("SCT", "45929001", "Half-brother", (7451,))
"""Half-brother (SCT 45929001)."""

NaturalGrandMother: Final[Code] = Code("SCT", "17945006", "Natural grand-mother", (7451,))
"""Natural grand-mother (SCT 17945006)."""

NaturalGrandFather: Final[Code] = Code("SCT", "62296006", "Natural grand-father", (7451,))
"""Natural grand-father (SCT 62296006)."""

NaturalDaughter: Final[Code] = Code("SCT", "83420006", "Natural daughter", (7451,))
"""Natural daughter (SCT 83420006)."""

NaturalSon: Final[Code] = Code("SCT", "113160008", "Natural son", (7451,))
"""Natural son (SCT 113160008)."""

FemaleFirstCousin: Final[Code] = Code("SCT", "270002", "Female first cousin", (7451,))
"""Female first cousin (SCT 270002)."""

MaleFirstCousin: Final[Code] = Code("SCT", "11993008", "Male first cousin", (7451,))
"""Male first cousin (SCT 11993008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NaturalMother,
    NaturalFather,
    NaturalSister,
    NaturalBrother,
    Aunt,
    Uncle,
    HalfSister,
    HalfBrother,
    NaturalGrandMother,
    NaturalGrandFather,
    NaturalDaughter,
    NaturalSon,
    FemaleFirstCousin,
    MaleFirstCousin,
)
"""The resolved membership: own members, then those of the included groups, in order."""
