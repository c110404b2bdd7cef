"""CID 7486 Mixed Breed.

Extensible, version 20080324, UID 1.2.840.10008.6.1.823.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MixedBreedCat: _Final[_groups.Cid7486Code]
MixedBreedGoat: _Final[_groups.Cid7486Code]
MixedBreedDog: _Final[_groups.Cid7486Code]
MixedBreedHorse: _Final[_groups.Cid7486Code]
MixedBreedSheep: _Final[_groups.Cid7486Code]
MixedBreedChicken: _Final[_groups.Cid7486Code]
MixedBreedCattle: _Final[_groups.Cid7486Code]
MixedBreedPig: _Final[_groups.Cid7486Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7486Code]]
