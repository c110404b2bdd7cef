"""CID 3642 Degree Finding.

Extensible, version 20040920, UID 1.2.840.10008.6.1.178.

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
Decreased: _Final[_groups.Cid3642Code]
Elevated: _Final[_groups.Cid3642Code]
SeverelyElevated: _Final[_groups.Cid3642Code]
NormalRange: _Final[_groups.Cid3642Code]
MEMBERS: _Final[tuple[_groups.Cid3642Code, ...]]
