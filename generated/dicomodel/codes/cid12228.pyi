"""CID 12228 Echocardiography Volume Method.

Extensible, version 20100317, UID 1.2.840.10008.6.1.619.

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
AreaLengthBiplane: _Final[_Code]
AreaLengthSinglePlane: _Final[_Code]
BiplaneEllipse: _Final[_Code]
SinglePlaneEllipse: _Final[_Code]
CubeMethod: _Final[_Code]
MethodOfDisksBiplane: _Final[_Code]
MethodOfDisksSinglePlane: _Final[_Code]
Teichholz: _Final[_Code]
ModifiedSimpson: _Final[_Code]
BulletMethod: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
