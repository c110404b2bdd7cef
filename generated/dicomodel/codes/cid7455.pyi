"""CID 7455 Sex.

Non-extensible, version 20040112, UID 1.2.840.10008.6.1.519.

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
Male: _Final[_Code]
Female: _Final[_Code]
UnknownSex: _Final[_Code]
MalePseudohermaphrodite: _Final[_Code]
FemalePseudohermaphrodite: _Final[_Code]
Hermaphrodite: _Final[_Code]
MaleChangedToFemale: _Final[_Code]
FemaleChangedToMale: _Final[_Code]
AmbiguousSex: _Final[_Code]
OtherSex: _Final[_Code]
UndeterminedSex: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
