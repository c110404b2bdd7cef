"""CID 3401 Log Note Type.

Extensible, version 20030327, UID 1.2.840.10008.6.1.66.

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
TechNote: _Final[_groups.Cid3401Code]
NursingNote: _Final[_groups.Cid3401Code]
PhysicianNote: _Final[_groups.Cid3401Code]
ProcedureNote: _Final[_groups.Cid3401Code]
PatientStatusOrEvent: _Final[_groups.Cid3401Code]
MEMBERS: _Final[tuple[_groups.Cid3401Code, ...]]
