"""CID 6019 Clockface Location or Region from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.349.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V1OClockPosition: _Final[_groups.Cid6019Code]
V2OClockPosition: _Final[_groups.Cid6019Code]
V3OClockPosition: _Final[_groups.Cid6019Code]
V4OClockPosition: _Final[_groups.Cid6019Code]
V5OClockPosition: _Final[_groups.Cid6019Code]
V6OClockPosition: _Final[_groups.Cid6019Code]
V7OClockPosition: _Final[_groups.Cid6019Code]
V8OClockPosition: _Final[_groups.Cid6019Code]
V9OClockPosition: _Final[_groups.Cid6019Code]
V10OClockPosition: _Final[_groups.Cid6019Code]
V11OClockPosition: _Final[_groups.Cid6019Code]
V12OClockPosition: _Final[_groups.Cid6019Code]
SubareolarRegion: _Final[_groups.Cid6019Code]
AxillaryTailRegion: _Final[_groups.Cid6019Code]
CentralRegionOfBreast: _Final[_groups.Cid6019Code]
AxillaRegion: _Final[_groups.Cid6019Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6019Code]]
