"""CID 7486 Mixed Breed.

Extensible, version 20080324, UID 1.2.840.10008.6.1.823.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7486
NAME: _Final[str] = "Mixed Breed"
KEYWORD: _Final[str | None] = "MixedBreed"
UID: _Final[str | None] = "1.2.840.10008.6.1.823"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080324"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MixedBreedCat: _Final[_Code] = _Code("SCT", "132653001", "Mixed breed cat", (7486,))
"""Mixed breed cat (SCT 132653001)."""

MixedBreedGoat: _Final[_Code] = _Code("SCT", "131607005", "Mixed breed goat", (7486,))
"""Mixed breed goat (SCT 131607005)."""

MixedBreedDog: _Final[_Code] = _Code("SCT", "132619000", "Mixed breed dog", (7486,))
"""Mixed breed dog (SCT 132619000)."""

MixedBreedHorse: _Final[_Code] = _Code("SCT", "406721004", "Mixed breed horse", (7486,))
"""Mixed breed horse (SCT 406721004)."""

MixedBreedSheep: _Final[_Code] = _Code("SCT", "406722006", "Mixed breed sheep", (7486,))
"""Mixed breed sheep (SCT 406722006)."""

MixedBreedChicken: _Final[_Code] = _Code("SCT", "406723001", "Mixed breed chicken", (7486,))
"""Mixed breed chicken (SCT 406723001)."""

MixedBreedCattle: _Final[_Code] = _Code("SCT", "409906003", "Mixed breed cattle", (7486,))
"""Mixed breed cattle (SCT 409906003)."""

MixedBreedPig: _Final[_Code] = _Code("SCT", "417012009", "Mixed breed pig", (7486,))
"""Mixed breed pig (SCT 417012009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
