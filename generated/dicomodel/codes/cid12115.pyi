"""CID 12115 Renal Vessel.

Extensible, version 20191108, UID 1.2.840.10008.6.1.582.

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
RenalArtery: _Final[_Code]
HilarArtery: _Final[_Code]
SegmentalArtery: _Final[_Code]
LobarArtery: _Final[_Code]
ArcuateArteryOfTheKidney: _Final[_Code]
InterlobarArteryOfKidney: _Final[_Code]
InterlobularArteryOfKidney: _Final[_Code]
AccessoryRenalArtery: _Final[_Code]
PerforatingArteryOfKidney: _Final[_Code]
RenalVein: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
