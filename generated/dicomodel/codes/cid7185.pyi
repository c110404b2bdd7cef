"""CID 7185 Abstract Multi-dimensional Image Model Axis Orientation.

Extensible, version 20100825, UID 1.2.840.10008.6.1.922.

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
RightToLeft: _Final[_groups.Cid7185Code]
LeftToRight: _Final[_groups.Cid7185Code]
HeadToFoot: _Final[_groups.Cid7185Code]
FootToHead: _Final[_groups.Cid7185Code]
AnteriorToPosterior: _Final[_groups.Cid7185Code]
PosteriorToAnterior: _Final[_groups.Cid7185Code]
ApexToBase: _Final[_groups.Cid7185Code]
BaseToApex: _Final[_groups.Cid7185Code]
AnteriorToInferior: _Final[_groups.Cid7185Code]
InferiorToAnterior: _Final[_groups.Cid7185Code]
SeptumToWall: _Final[_groups.Cid7185Code]
WallToSeptum: _Final[_groups.Cid7185Code]
MEMBERS: _Final[tuple[_groups.Cid7185Code, ...]]
