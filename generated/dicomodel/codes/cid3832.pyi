"""CID 3832 Stenosis Grade.

Extensible, version 20051103, UID 1.2.840.10008.6.1.283.

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
Severe: _Final[_groups.Cid3832Code]
Moderate: _Final[_groups.Cid3832Code]
Mild: _Final[_groups.Cid3832Code]
MEMBERS: _Final[tuple[_groups.Cid3832Code, ...]]
