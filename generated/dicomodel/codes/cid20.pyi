"""CID 20 Patient Orientation Modifier.

Extensible, version 20070524, UID 1.2.840.10008.6.1.14.

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
Prone: _Final[_groups.Cid20Code]
SemiProne: _Final[_groups.Cid20Code]
LateralDecubitus: _Final[_groups.Cid20Code]
Standing: _Final[_groups.Cid20Code]
Anatomical: _Final[_groups.Cid20Code]
Kneeling: _Final[_groups.Cid20Code]
KneeChest: _Final[_groups.Cid20Code]
Supine: _Final[_groups.Cid20Code]
Lithotomy: _Final[_groups.Cid20Code]
Trendelenburg: _Final[_groups.Cid20Code]
InverseTrendelenburg: _Final[_groups.Cid20Code]
Frog: _Final[_groups.Cid20Code]
StoopedOver: _Final[_groups.Cid20Code]
Sitting: _Final[_groups.Cid20Code]
CurledUp: _Final[_groups.Cid20Code]
RightLateralDecubitus: _Final[_groups.Cid20Code]
LeftLateralDecubitus: _Final[_groups.Cid20Code]
Lordotic: _Final[_groups.Cid20Code]
MEMBERS: _Final[tuple[_groups.Cid20Code, ...]]
