"""CID 219 Geometry Graphical Representation.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1304.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BoundedBy: _Final[_groups.Cid219Code]
Center: _Final[_groups.Cid219Code]
GeometricCenterpoint: _Final[_groups.Cid219Code]
CenterOfMass: _Final[_groups.Cid219Code]
Outline: _Final[_groups.Cid219Code]
Centerline: _Final[_groups.Cid219Code]
SeedPoint: _Final[_groups.Cid219Code]
RepresentativePoint: _Final[_groups.Cid219Code]
BoundaryPoint: _Final[_groups.Cid219Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid219Code]]
