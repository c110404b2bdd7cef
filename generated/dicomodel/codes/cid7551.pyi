"""CID 7551 Generic Purpose of Reference to Images and Coordinates in Measurement.

Extensible, version 20200920, UID 1.2.840.10008.6.1.1343.
Includes CID 7552, CID 7553.

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
SourceOfMeasurement: _Final[_groups.Cid7551Code]
ArmOfAngle: _Final[_groups.Cid7551Code]
Vector: _Final[_groups.Cid7551Code]
ApproximateSpatialLocation: _Final[_groups.Cid7551Code]
MEMBERS: _Final[tuple[_groups.Cid7551Code, ...]]
