"""CID 3016 Major Coronary Artery.

Extensible, version 20221201, UID 1.2.840.10008.6.1.736.

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
LeftAnteriorDescendingCoronaryArtery: _Final[_groups.Cid3016Code]
RightCoronaryArtery: _Final[_groups.Cid3016Code]
CircumflexCoronaryArtery: _Final[_groups.Cid3016Code]
LeftCoronaryArtery: _Final[_groups.Cid3016Code]
LeftMainCoronaryArtery: _Final[_groups.Cid3016Code]
MEMBERS: _Final[tuple[_groups.Cid3016Code, ...]]
