"""CID 6099 Racial Group.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1278.

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
AfricanRace: _Final[_groups.Cid6099Code]
AsianRace: _Final[_groups.Cid6099Code]
CaucasianRace: _Final[_groups.Cid6099Code]
AmericanIndianOrAlaskaNative: _Final[_groups.Cid6099Code]
NativeHawaiianOrOtherPacificIslander: _Final[_groups.Cid6099Code]
AsianOrPacificIslanderRace: _Final[_groups.Cid6099Code]
AustralianAborigineRace: _Final[_groups.Cid6099Code]
IndianRace: _Final[_groups.Cid6099Code]
Hispanic: _Final[_groups.Cid6099Code]
MiddleEasternOrNorthAfrican: _Final[_groups.Cid6099Code]
MixedRacialGroup: _Final[_groups.Cid6099Code]
MEMBERS: _Final[tuple[_groups.Cid6099Code, ...]]
