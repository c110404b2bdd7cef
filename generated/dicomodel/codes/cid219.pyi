"""CID 219 Geometry Graphical Representation.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1304.

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
BoundedBy: _Final[_groups.Cid219Code]
Center: _Final[_groups.Cid219Code]
GeometricCenterpoint: _Final[_groups.Cid219Code]
CenterOfMass: _Final[_groups.Cid219Code]
Outline: _Final[_groups.Cid219Code]
Centerline: _Final[_groups.Cid219Code]
SeedPoint: _Final[_groups.Cid219Code]
RepresentativePoint: _Final[_groups.Cid219Code]
BoundaryPoint: _Final[_groups.Cid219Code]
MEMBERS: _Final[tuple[_groups.Cid219Code, ...]]
