"""CID 3770 Problem Status.

Extensible, version 20070827, UID 1.2.840.10008.6.1.259.

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
ActiveProblem: _Final[_groups.Cid3770Code]
Chronic: _Final[_groups.Cid3770Code]
Intermittent: _Final[_groups.Cid3770Code]
Recurrent: _Final[_groups.Cid3770Code]
Suspected: _Final[_groups.Cid3770Code]
InactiveProblem: _Final[_groups.Cid3770Code]
ProblemResolved: _Final[_groups.Cid3770Code]
KnownAbsent: _Final[_groups.Cid3770Code]
WellControlled: _Final[_groups.Cid3770Code]
MEMBERS: _Final[tuple[_groups.Cid3770Code, ...]]
