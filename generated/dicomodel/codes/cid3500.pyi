"""CID 3500 Pressure Unit.

Non-extensible, version 20030327, UID 1.2.840.10008.6.1.132.

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
Mmhg: _Final[_groups.Cid3500Code]
Kpa: _Final[_groups.Cid3500Code]
MEMBERS: _Final[tuple[_groups.Cid3500Code, ...]]
