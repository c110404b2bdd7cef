"""CID 3714 Thrombus.

Extensible, version 20030327, UID 1.2.840.10008.6.1.215.

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
NoThrombus: _Final[_groups.Cid3714Code]
PossibleThrombus: _Final[_groups.Cid3714Code]
DefiniteThrombus: _Final[_groups.Cid3714Code]
SevereThrombus: _Final[_groups.Cid3714Code]
MEMBERS: _Final[tuple[_groups.Cid3714Code, ...]]
