"""CID 7309 Human Trauma Implant Component Type.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1040.

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
Screw: _Final[_groups.Cid7309Code]
BonePlate: _Final[_groups.Cid7309Code]
DHSPlate: _Final[_groups.Cid7309Code]
BoneNail: _Final[_groups.Cid7309Code]
MEMBERS: _Final[tuple[_groups.Cid7309Code, ...]]
