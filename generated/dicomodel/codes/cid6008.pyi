"""CID 6008 Density Modifier.

Extensible, version 20020904, UID 1.2.840.10008.6.1.338.
Includes CID 6009.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HighDensityLesion: _Final[_groups.Cid6008Code]
EqualDensityIsodenseLesion: _Final[_groups.Cid6008Code]
LowDensityNotContainingFatLesion: _Final[_groups.Cid6008Code]
FatContainingRadiolucentLesion: _Final[_groups.Cid6008Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6008Code]]
