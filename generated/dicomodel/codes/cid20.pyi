"""CID 20 Patient Orientation Modifier.

Extensible, version 20070524, UID 1.2.840.10008.6.1.14.

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
Prone: _Final[_Code]
SemiProne: _Final[_Code]
LateralDecubitus: _Final[_Code]
Standing: _Final[_Code]
Anatomical: _Final[_Code]
Kneeling: _Final[_Code]
KneeChest: _Final[_Code]
Supine: _Final[_Code]
Lithotomy: _Final[_Code]
Trendelenburg: _Final[_Code]
InverseTrendelenburg: _Final[_Code]
Frog: _Final[_Code]
StoopedOver: _Final[_Code]
Sitting: _Final[_Code]
CurledUp: _Final[_Code]
RightLateralDecubitus: _Final[_Code]
LeftLateralDecubitus: _Final[_Code]
Lordotic: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
