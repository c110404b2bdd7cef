"""CID 7185 Abstract Multi-dimensional Image Model Axis Orientation.

Extensible, version 20100825, UID 1.2.840.10008.6.1.922.

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
RightToLeft: _Final[_Code]
LeftToRight: _Final[_Code]
HeadToFoot: _Final[_Code]
FootToHead: _Final[_Code]
AnteriorToPosterior: _Final[_Code]
PosteriorToAnterior: _Final[_Code]
ApexToBase: _Final[_Code]
BaseToApex: _Final[_Code]
AnteriorToInferior: _Final[_Code]
InferiorToAnterior: _Final[_Code]
SeptumToWall: _Final[_Code]
WallToSeptum: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
