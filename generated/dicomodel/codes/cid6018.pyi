"""CID 6018 Clockface Location or Region.

Extensible, version 20020904, UID 1.2.840.10008.6.1.348.
Includes CID 6019.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ChestWall: _Final[_groups.Cid6018Code]
V1OClockPosition: _Final[_groups.Cid6018Code]
V2OClockPosition: _Final[_groups.Cid6018Code]
V3OClockPosition: _Final[_groups.Cid6018Code]
V4OClockPosition: _Final[_groups.Cid6018Code]
V5OClockPosition: _Final[_groups.Cid6018Code]
V6OClockPosition: _Final[_groups.Cid6018Code]
V7OClockPosition: _Final[_groups.Cid6018Code]
V8OClockPosition: _Final[_groups.Cid6018Code]
V9OClockPosition: _Final[_groups.Cid6018Code]
V10OClockPosition: _Final[_groups.Cid6018Code]
V11OClockPosition: _Final[_groups.Cid6018Code]
V12OClockPosition: _Final[_groups.Cid6018Code]
SubareolarRegion: _Final[_groups.Cid6018Code]
AxillaryTailRegion: _Final[_groups.Cid6018Code]
CentralRegionOfBreast: _Final[_groups.Cid6018Code]
AxillaRegion: _Final[_groups.Cid6018Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6018Code]]
