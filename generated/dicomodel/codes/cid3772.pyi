"""CID 3772 Health Status.

Extensible, version 20240611, UID 1.2.840.10008.6.1.260.

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
Alive: _Final[_groups.Cid3772Code]
AliveAndWell: _Final[_groups.Cid3772Code]
InRemission: _Final[_groups.Cid3772Code]
SymptomFree: _Final[_groups.Cid3772Code]
ChronicallyIll: _Final[_groups.Cid3772Code]
SeverelyIll: _Final[_groups.Cid3772Code]
Disabled: _Final[_groups.Cid3772Code]
SeverelyDisabled: _Final[_groups.Cid3772Code]
Deceased: _Final[_groups.Cid3772Code]
LostToFollowUp: _Final[_groups.Cid3772Code]
MEMBERS: _Final[tuple[_groups.Cid3772Code, ...]]
