"""CID 240 Present-Absent.

Non-extensible, version 20170914, UID 1.2.840.10008.6.1.35.

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
Present: _Final[_groups.Cid240Code]
Absent: _Final[_groups.Cid240Code]
Undetermined: _Final[_groups.Cid240Code]
MEMBERS: _Final[tuple[_groups.Cid240Code, ...]]
