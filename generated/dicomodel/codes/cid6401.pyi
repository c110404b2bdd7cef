"""CID 6401 Non-lesion Object Type - Physical Object.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1185.

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
BBShotLeadPellet: _Final[_groups.Cid6401Code]
Bullet: _Final[_groups.Cid6401Code]
CardiacPacemaker: _Final[_groups.Cid6401Code]
Catheter: _Final[_groups.Cid6401Code]
Clip: _Final[_groups.Cid6401Code]
Collimator: _Final[_groups.Cid6401Code]
CompressionPaddle: _Final[_groups.Cid6401Code]
IDPlate: _Final[_groups.Cid6401Code]
Implant: _Final[_groups.Cid6401Code]
JWire: _Final[_groups.Cid6401Code]
OpaqueMarker: _Final[_groups.Cid6401Code]
OtherMarker: _Final[_groups.Cid6401Code]
Staple: _Final[_groups.Cid6401Code]
Suture: _Final[_groups.Cid6401Code]
MEMBERS: _Final[tuple[_groups.Cid6401Code, ...]]
