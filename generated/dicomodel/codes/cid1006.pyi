"""CID 1006 Anatomical Reference Basis - Extremity.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1127.

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
AnkleJoint: _Final[_Code]
ElbowJoint: _Final[_Code]
Foot: _Final[_Code]
KneeJoint: _Final[_Code]
MalleolarStructureOfTibia: _Final[_Code]
Metacarpal: _Final[_Code]
Patella: _Final[_Code]
Scaphoid: _Final[_Code]
Talus: _Final[_Code]
TibialPlateau: _Final[_Code]
Toe: _Final[_Code]
WristJoint: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
