"""CID 8201 Surface Scan Acquisition Type.

Extensible, version 20121129, UID 1.2.840.10008.6.1.953.

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
TimeOfFlight: _Final[_groups.Cid8201Code]
Interferometry: _Final[_groups.Cid8201Code]
LaserScanning: _Final[_groups.Cid8201Code]
PatternProjection: _Final[_groups.Cid8201Code]
ShapeFromShading: _Final[_groups.Cid8201Code]
ShapeFromMotion: _Final[_groups.Cid8201Code]
ConfocalImaging: _Final[_groups.Cid8201Code]
PointCloudAlgorithmic: _Final[_groups.Cid8201Code]
MEMBERS: _Final[tuple[_groups.Cid8201Code, ...]]
