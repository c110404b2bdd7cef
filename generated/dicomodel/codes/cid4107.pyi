"""CID 4107 Tracer Kinetic Model Parameter.

Extensible, version 20141110, UID 1.2.840.10008.6.1.992.

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
Ktrans: _Final[_groups.Cid4107Code]
Kep: _Final[_groups.Cid4107Code]
Ve: _Final[_groups.Cid4107Code]
TauM: _Final[_groups.Cid4107Code]
Vp: _Final[_groups.Cid4107Code]
MEMBERS: _Final[tuple[_groups.Cid4107Code, ...]]
