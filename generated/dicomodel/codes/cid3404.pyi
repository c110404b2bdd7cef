"""CID 3404 Staff Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.69.

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
PersonnelArrived: _Final[_groups.Cid3404Code]
PersonnelDeparted: _Final[_groups.Cid3404Code]
PageSentTo: _Final[_groups.Cid3404Code]
ConsultationWith: _Final[_groups.Cid3404Code]
OfficeCalled: _Final[_groups.Cid3404Code]
MEMBERS: _Final[tuple[_groups.Cid3404Code, ...]]
