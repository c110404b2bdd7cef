"""CID 10065 Radiation Transport Model Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1159.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
GeometricRadiationTransportModel: _Final[_groups.Cid10065Code]
VoxelizedRadiationTransportModel: _Final[_groups.Cid10065Code]
MeshRadiationTransportModel: _Final[_groups.Cid10065Code]
NURBSRadiationTransportModel: _Final[_groups.Cid10065Code]
MeasuredRadiationDose: _Final[_groups.Cid10065Code]
BREPRadiationTransportModel: _Final[_groups.Cid10065Code]
MEMBERS: _Final[tuple[_groups.Cid10065Code, ...]]
