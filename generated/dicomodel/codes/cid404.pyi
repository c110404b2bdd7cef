"""CID 404 Audit Participant Object ID Type Code.

Extensible, version 20100621, UID 1.2.840.10008.6.1.907.

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
StudyInstanceUID: _Final[_groups.Cid404Code]
SOPClassUID: _Final[_groups.Cid404Code]
NodeID: _Final[_groups.Cid404Code]
MEMBERS: _Final[tuple[_groups.Cid404Code, ...]]
