"""CID 6119 Chest Border Shape.

Extensible, version 20030108, UID 1.2.840.10008.6.1.439.

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
RoundShape: _Final[_groups.Cid6119Code]
Elliptic: _Final[_groups.Cid6119Code]
Irregular: _Final[_groups.Cid6119Code]
Lobulated: _Final[_groups.Cid6119Code]
Spiculated: _Final[_groups.Cid6119Code]
MEMBERS: _Final[tuple[_groups.Cid6119Code, ...]]
