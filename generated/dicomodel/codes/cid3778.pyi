"""CID 3778 Stage.

Extensible, version 20081027, UID 1.2.840.10008.6.1.638.

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
Stage0: _Final[_groups.Cid3778Code]
Stage1: _Final[_groups.Cid3778Code]
Stage2: _Final[_groups.Cid3778Code]
Stage3: _Final[_groups.Cid3778Code]
Stage4: _Final[_groups.Cid3778Code]
Stage5: _Final[_groups.Cid3778Code]
MEMBERS: _Final[tuple[_groups.Cid3778Code, ...]]
