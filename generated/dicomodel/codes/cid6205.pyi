"""CID 6205 Clockface Location for Colon.

Extensible, version 20090402, UID 1.2.840.10008.6.1.792.

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
_1OClockPosition: _Final[_groups.Cid6205Code]
_2OClockPosition: _Final[_groups.Cid6205Code]
_3OClockPosition: _Final[_groups.Cid6205Code]
_4OClockPosition: _Final[_groups.Cid6205Code]
_5OClockPosition: _Final[_groups.Cid6205Code]
_6OClockPosition: _Final[_groups.Cid6205Code]
_7OClockPosition: _Final[_groups.Cid6205Code]
_8OClockPosition: _Final[_groups.Cid6205Code]
_9OClockPosition: _Final[_groups.Cid6205Code]
_10OClockPosition: _Final[_groups.Cid6205Code]
_11OClockPosition: _Final[_groups.Cid6205Code]
_12OClockPosition: _Final[_groups.Cid6205Code]
MEMBERS: _Final[tuple[_groups.Cid6205Code, ...]]
