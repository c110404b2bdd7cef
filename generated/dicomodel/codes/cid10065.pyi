"""CID 10065 Radiation Transport Model Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1159.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

GeometricRadiationTransportModel: _Final[_groups.Cid10065Code]
VoxelizedRadiationTransportModel: _Final[_groups.Cid10065Code]
MeshRadiationTransportModel: _Final[_groups.Cid10065Code]
NURBSRadiationTransportModel: _Final[_groups.Cid10065Code]
MeasuredRadiationDose: _Final[_groups.Cid10065Code]
BREPRadiationTransportModel: _Final[_groups.Cid10065Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10065Code]]
