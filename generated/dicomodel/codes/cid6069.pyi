"""CID 6069 Nottingham Combined Histologic Grade.

Extensible, version 20040112, UID 1.2.840.10008.6.1.398.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
NottinghamCombinedGradeCannotBeDetermined: _Final[_Code]
NottinghamCombinedGradeI3To5Points: _Final[_Code]
NottinghamCombinedGradeII6To7Points: _Final[_Code]
NottinghamCombinedGradeIII8To9Points: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
