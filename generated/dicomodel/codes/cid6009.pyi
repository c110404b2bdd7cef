"""CID 6009 Density Modifier from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.339.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HighDensityLesion: _Final[_groups.Cid6009Code]
EqualDensityIsodenseLesion: _Final[_groups.Cid6009Code]
LowDensityNotContainingFatLesion: _Final[_groups.Cid6009Code]
FatContainingRadiolucentLesion: _Final[_groups.Cid6009Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6009Code]]
