"""CID 6069 Nottingham Combined Histologic Grade.

Extensible, version 20040112, UID 1.2.840.10008.6.1.398.

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
NottinghamCombinedGradeCannotBeDetermined: _Final[_groups.Cid6069Code]
NottinghamCombinedGradeI3To5Points: _Final[_groups.Cid6069Code]
NottinghamCombinedGradeII6To7Points: _Final[_groups.Cid6069Code]
NottinghamCombinedGradeIII8To9Points: _Final[_groups.Cid6069Code]
MEMBERS: _Final[tuple[_groups.Cid6069Code, ...]]
