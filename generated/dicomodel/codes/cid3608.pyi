"""CID 3608 Atrial Source Location.

Extensible, version 20240611, UID 1.2.840.10008.6.1.158.

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
Baffle: _Final[_Code]
CommonAtrium: _Final[_Code]
CoronarySinus: _Final[_Code]
JuxtaposedAppendage: _Final[_Code]
LeftAtrium: _Final[_Code]
PulmonaryArteryWedge: _Final[_Code]
PulmonaryCapillaryWedge: _Final[_Code]
PulmonaryVenousAtrium: _Final[_Code]
PulmonaryChamberInCorTriatriatum: _Final[_Code]
RightAtrium: _Final[_Code]
SystemicVenousAtrium: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
