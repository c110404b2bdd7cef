"""CID 7486 Mixed Breed.

Extensible, version 20080324, UID 1.2.840.10008.6.1.823.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
MixedBreedCat: _Final[_Code]
MixedBreedGoat: _Final[_Code]
MixedBreedDog: _Final[_Code]
MixedBreedHorse: _Final[_Code]
MixedBreedSheep: _Final[_Code]
MixedBreedChicken: _Final[_Code]
MixedBreedCattle: _Final[_Code]
MixedBreedPig: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
