"""CID 3487 Intravascular Volumetric Region.

Extensible, version 20170413, UID 1.2.840.10008.6.1.122.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

StentedRegion: _Final[_groups.Cid3487Code]
EntirePullback: _Final[_groups.Cid3487Code]
ProximalStentMargin: _Final[_groups.Cid3487Code]
DistalStentMargin: _Final[_groups.Cid3487Code]
MorphologicallyAbnormalStructure: _Final[_groups.Cid3487Code]
Lesion: _Final[_groups.Cid3487Code]
CulpritLesion: _Final[_groups.Cid3487Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3487Code]]
