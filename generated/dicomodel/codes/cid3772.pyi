"""CID 3772 Health Status.

Extensible, version 20240611, UID 1.2.840.10008.6.1.260.

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
Alive: _Final[_Code]
AliveAndWell: _Final[_Code]
InRemission: _Final[_Code]
SymptomFree: _Final[_Code]
ChronicallyIll: _Final[_Code]
SeverelyIll: _Final[_Code]
Disabled: _Final[_Code]
SeverelyDisabled: _Final[_Code]
Deceased: _Final[_Code]
LostToFollowUp: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
