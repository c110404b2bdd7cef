"""CID 4234 Refractive Surgery Type.

Extensible, version 20181111, UID 1.2.840.10008.6.1.880.

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
RK: _Final[_groups.Cid4234Code]
PRK: _Final[_groups.Cid4234Code]
LASIK: _Final[_groups.Cid4234Code]
LASEK: _Final[_groups.Cid4234Code]
SMILE: _Final[_groups.Cid4234Code]
MEMBERS: _Final[tuple[_groups.Cid4234Code, ...]]
