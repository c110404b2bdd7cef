"""CID 6157 Vascularity.

Extensible, version 20050822, UID 1.2.840.10008.6.1.471.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

VascularityNotPresent: _Final[_groups.Cid6157Code]
VascularityNotAssessed: _Final[_groups.Cid6157Code]
VascularityPresentInLesion: _Final[_groups.Cid6157Code]
VascularityPresentImmediatelyAdjacentToLesion: _Final[_groups.Cid6157Code]
DiffuselyIncreasedVascularityInSurroundingTissue: _Final[_groups.Cid6157Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6157Code]]
