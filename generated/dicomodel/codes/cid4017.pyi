"""CID 4017 Anatomic Region Modifier for Intra-oral Radiography.

Non-extensible, version 20150318, UID 1.2.840.10008.6.1.301.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CentralIncisorRegion: _Final[_groups.Cid4017Code]
LateralIncisorRegion: _Final[_groups.Cid4017Code]
CanineRegion: _Final[_groups.Cid4017Code]
FirstPremolarRegion: _Final[_groups.Cid4017Code]
SecondPremolarRegion: _Final[_groups.Cid4017Code]
FirstMolarRegion: _Final[_groups.Cid4017Code]
SecondMolarRegion: _Final[_groups.Cid4017Code]
ThirdMolarRegion: _Final[_groups.Cid4017Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4017Code]]
