"""CID 230 Yes-No.

Non-extensible, version 20060613, UID 1.2.840.10008.6.1.34.

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
Yes: _Final[_groups.Cid230Code]
No: _Final[_groups.Cid230Code]
Undetermined: _Final[_groups.Cid230Code]
MEMBERS: _Final[tuple[_groups.Cid230Code, ...]]
