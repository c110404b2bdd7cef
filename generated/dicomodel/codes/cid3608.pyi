"""CID 3608 Atrial Source Location.

Extensible, version 20240611, UID 1.2.840.10008.6.1.158.

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
Baffle: _Final[_groups.Cid3608Code]
CommonAtrium: _Final[_groups.Cid3608Code]
CoronarySinus: _Final[_groups.Cid3608Code]
JuxtaposedAppendage: _Final[_groups.Cid3608Code]
LeftAtrium: _Final[_groups.Cid3608Code]
PulmonaryArteryWedge: _Final[_groups.Cid3608Code]
PulmonaryCapillaryWedge: _Final[_groups.Cid3608Code]
PulmonaryVenousAtrium: _Final[_groups.Cid3608Code]
PulmonaryChamberInCorTriatriatum: _Final[_groups.Cid3608Code]
RightAtrium: _Final[_groups.Cid3608Code]
SystemicVenousAtrium: _Final[_groups.Cid3608Code]
MEMBERS: _Final[tuple[_groups.Cid3608Code, ...]]
