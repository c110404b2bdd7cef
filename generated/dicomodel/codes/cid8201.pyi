"""CID 8201 Surface Scan Acquisition Type.

Extensible, version 20121129, UID 1.2.840.10008.6.1.953.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TimeOfFlight: _Final[_groups.Cid8201Code]
Interferometry: _Final[_groups.Cid8201Code]
LaserScanning: _Final[_groups.Cid8201Code]
PatternProjection: _Final[_groups.Cid8201Code]
ShapeFromShading: _Final[_groups.Cid8201Code]
ShapeFromMotion: _Final[_groups.Cid8201Code]
ConfocalImaging: _Final[_groups.Cid8201Code]
PointCloudAlgorithmic: _Final[_groups.Cid8201Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8201Code]]
