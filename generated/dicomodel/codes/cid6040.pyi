"""CID 6040 Non-lesion Object Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.370.
Includes CID 6401, CID 6402, CID 6403.

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
Unspecified: _Final[_groups.Cid6040Code]
BBShotLeadPellet: _Final[_groups.Cid6040Code]
Bullet: _Final[_groups.Cid6040Code]
CardiacPacemaker: _Final[_groups.Cid6040Code]
Catheter: _Final[_groups.Cid6040Code]
Clip: _Final[_groups.Cid6040Code]
Collimator: _Final[_groups.Cid6040Code]
CompressionPaddle: _Final[_groups.Cid6040Code]
IDPlate: _Final[_groups.Cid6040Code]
Implant: _Final[_groups.Cid6040Code]
JWire: _Final[_groups.Cid6040Code]
OpaqueMarker: _Final[_groups.Cid6040Code]
OtherMarker: _Final[_groups.Cid6040Code]
Staple: _Final[_groups.Cid6040Code]
Suture: _Final[_groups.Cid6040Code]
ContrastAgent: _Final[_groups.Cid6040Code]
ScarTissue: _Final[_groups.Cid6040Code]
MEMBERS: _Final[tuple[_groups.Cid6040Code, ...]]
