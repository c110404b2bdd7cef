"""CID 7486 Mixed Breed.

Extensible, version 20080324, UID 1.2.840.10008.6.1.823.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
MixedBreedCat: _Final[_groups.Cid7486Code]
MixedBreedGoat: _Final[_groups.Cid7486Code]
MixedBreedDog: _Final[_groups.Cid7486Code]
MixedBreedHorse: _Final[_groups.Cid7486Code]
MixedBreedSheep: _Final[_groups.Cid7486Code]
MixedBreedChicken: _Final[_groups.Cid7486Code]
MixedBreedCattle: _Final[_groups.Cid7486Code]
MixedBreedPig: _Final[_groups.Cid7486Code]
MEMBERS: _Final[tuple[_groups.Cid7486Code, ...]]
