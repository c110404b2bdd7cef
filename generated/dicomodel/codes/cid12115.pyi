"""CID 12115 Renal Vessel.

Extensible, version 20191108, UID 1.2.840.10008.6.1.582.

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
RenalArtery: _Final[_groups.Cid12115Code]
HilarArtery: _Final[_groups.Cid12115Code]
SegmentalArtery: _Final[_groups.Cid12115Code]
LobarArtery: _Final[_groups.Cid12115Code]
ArcuateArteryOfTheKidney: _Final[_groups.Cid12115Code]
InterlobarArteryOfKidney: _Final[_groups.Cid12115Code]
InterlobularArteryOfKidney: _Final[_groups.Cid12115Code]
AccessoryRenalArtery: _Final[_groups.Cid12115Code]
PerforatingArteryOfKidney: _Final[_groups.Cid12115Code]
RenalVein: _Final[_groups.Cid12115Code]
MEMBERS: _Final[tuple[_groups.Cid12115Code, ...]]
