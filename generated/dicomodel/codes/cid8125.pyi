"""CID 8125 Microscopy Illuminator Type.

Extensible, version 20100824, UID 1.2.840.10008.6.1.902.

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
TungstenHalogenLamp: _Final[_groups.Cid8125Code]
MercuryArcLamp: _Final[_groups.Cid8125Code]
XenonArcLamp: _Final[_groups.Cid8125Code]
LightEmittingDiode: _Final[_groups.Cid8125Code]
Laser: _Final[_groups.Cid8125Code]
MEMBERS: _Final[tuple[_groups.Cid8125Code, ...]]
