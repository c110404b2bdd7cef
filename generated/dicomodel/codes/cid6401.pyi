"""CID 6401 Non-lesion Object Type - Physical Object.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1185.

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
BBShotLeadPellet: _Final[_Code]
Bullet: _Final[_Code]
CardiacPacemaker: _Final[_Code]
Catheter: _Final[_Code]
Clip: _Final[_Code]
Collimator: _Final[_Code]
CompressionPaddle: _Final[_Code]
IDPlate: _Final[_Code]
Implant: _Final[_Code]
JWire: _Final[_Code]
OpaqueMarker: _Final[_Code]
OtherMarker: _Final[_Code]
Staple: _Final[_Code]
Suture: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
