"""CID 7112 Radiotherapy Fiducial.

Extensible, version 20180917, UID 1.2.840.10008.6.1.1207.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CoilMarker: _Final[_groups.Cid7112Code]
Sphere: _Final[_groups.Cid7112Code]
CylinderMarker: _Final[_groups.Cid7112Code]
BBShotLeadPellet: _Final[_groups.Cid7112Code]
WireMarker: _Final[_groups.Cid7112Code]
TransponderMarker: _Final[_groups.Cid7112Code]
RadioactiveImplant: _Final[_groups.Cid7112Code]
MRMarker: _Final[_groups.Cid7112Code]
InfraredReflectorMarker: _Final[_groups.Cid7112Code]
VisibleReflectorMarker: _Final[_groups.Cid7112Code]
Clip: _Final[_groups.Cid7112Code]
Catheter: _Final[_groups.Cid7112Code]
ContrastMedia: _Final[_groups.Cid7112Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7112Code]]
