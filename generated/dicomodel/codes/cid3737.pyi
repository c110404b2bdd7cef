"""CID 3737 Ischemia Non-invasive Test.

Extensible, version 20030327, UID 1.2.840.10008.6.1.234.

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
NotDone: _Final[_groups.Cid3737Code]
Positive: _Final[_groups.Cid3737Code]
Negative: _Final[_groups.Cid3737Code]
Equivocal: _Final[_groups.Cid3737Code]
Arrhythmia: _Final[_groups.Cid3737Code]
MEMBERS: _Final[tuple[_groups.Cid3737Code, ...]]
