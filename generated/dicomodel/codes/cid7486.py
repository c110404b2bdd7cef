"""CID 7486 Mixed Breed.

Extensible, version 20080324, UID 1.2.840.10008.6.1.823.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7486
NAME: Final[str] = "Mixed Breed"
KEYWORD: Final[str | None] = "MixedBreed"
UID: Final[str | None] = "1.2.840.10008.6.1.823"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080324"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MixedBreedCat: Final[Code] = Code("SCT", "132653001", "Mixed breed cat", (7486,))
"""Mixed breed cat (SCT 132653001)."""

MixedBreedGoat: Final[Code] = Code("SCT", "131607005", "Mixed breed goat", (7486,))
"""Mixed breed goat (SCT 131607005)."""

MixedBreedDog: Final[Code] = Code("SCT", "132619000", "Mixed breed dog", (7486,))
"""Mixed breed dog (SCT 132619000)."""

MixedBreedHorse: Final[Code] = Code("SCT", "406721004", "Mixed breed horse", (7486,))
"""Mixed breed horse (SCT 406721004)."""

MixedBreedSheep: Final[Code] = Code("SCT", "406722006", "Mixed breed sheep", (7486,))
"""Mixed breed sheep (SCT 406722006)."""

MixedBreedChicken: Final[Code] = Code("SCT", "406723001", "Mixed breed chicken", (7486,))
"""Mixed breed chicken (SCT 406723001)."""

MixedBreedCattle: Final[Code] = Code("SCT", "409906003", "Mixed breed cattle", (7486,))
"""Mixed breed cattle (SCT 409906003)."""

MixedBreedPig: Final[Code] = Code("SCT", "417012009", "Mixed breed pig", (7486,))
"""Mixed breed pig (SCT 417012009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MixedBreedCat,
    MixedBreedGoat,
    MixedBreedDog,
    MixedBreedHorse,
    MixedBreedSheep,
    MixedBreedChicken,
    MixedBreedCattle,
    MixedBreedPig,
)
"""The resolved membership: own members, then those of the included groups, in order."""
