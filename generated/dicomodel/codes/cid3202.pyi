"""CID 3202 Chest Pain.

Extensible, version 20080927, UID 1.2.840.10008.6.1.757.

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
StableAngina: _Final[_Code]
UnstableAngina: _Final[_Code]
AtypicalAngina: _Final[_Code]
NoncardiacChestPain: _Final[_Code]
ChestPainNotPresent: _Final[_Code]
TypicalAngina: _Final[_Code]
AnginalEquivalent: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
