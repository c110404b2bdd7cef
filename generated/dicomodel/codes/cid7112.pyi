"""CID 7112 Radiotherapy Fiducial.

Extensible, version 20180917, UID 1.2.840.10008.6.1.1207.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
CoilMarker: _Final[_Code]
Sphere: _Final[_Code]
CylinderMarker: _Final[_Code]
BBShotLeadPellet: _Final[_Code]
WireMarker: _Final[_Code]
TransponderMarker: _Final[_Code]
RadioactiveImplant: _Final[_Code]
MRMarker: _Final[_Code]
InfraredReflectorMarker: _Final[_Code]
VisibleReflectorMarker: _Final[_Code]
Clip: _Final[_Code]
Catheter: _Final[_Code]
ContrastMedia: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
