"""CID 3262 ECG Patient State Value.

Extensible, version 20020904, UID 1.2.840.10008.6.1.58.

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
BaselineState: _Final[_groups.Cid3262Code]
ExerciseState: _Final[_groups.Cid3262Code]
PostExerciseState: _Final[_groups.Cid3262Code]
RestingState: _Final[_groups.Cid3262Code]
SupineBodyPosition: _Final[_groups.Cid3262Code]
MEMBERS: _Final[tuple[_groups.Cid3262Code, ...]]
