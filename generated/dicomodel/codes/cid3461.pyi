"""CID 3461 Regional Extent.

Extensible, version 20040614, UID 1.2.840.10008.6.1.105.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SingleLADRegionInRAOProjection: _Final[_groups.Cid3461Code]
SingleRCARegionInRAOProjection: _Final[_groups.Cid3461Code]
MultipleLADRegionInRAOProjection: _Final[_groups.Cid3461Code]
MultipleRCARegionInRAOProjection: _Final[_groups.Cid3461Code]
LADRegionInLAOProjection: _Final[_groups.Cid3461Code]
RCARegionInLAOProjection: _Final[_groups.Cid3461Code]
CFXRegionInLAOProjection: _Final[_groups.Cid3461Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3461Code]]
