"""CID 3808 Aneurysm Type.

Extensible, version 20180325, UID 1.2.840.10008.6.1.269.

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
DissectingAneurysm: _Final[_groups.Cid3808Code]
InflammatoryAbdominalAorticAneurysm: _Final[_groups.Cid3808Code]
RupturedAneurysm: _Final[_groups.Cid3808Code]
MixedAneurysm: _Final[_groups.Cid3808Code]
RacemoseAneurysm: _Final[_groups.Cid3808Code]
CirsoidAneurysm: _Final[_groups.Cid3808Code]
MycoticAneurysm: _Final[_groups.Cid3808Code]
MiliaryAneurysm: _Final[_groups.Cid3808Code]
SaccularAneurysm: _Final[_groups.Cid3808Code]
VaricoseAneurysm: _Final[_groups.Cid3808Code]
FusiformAneurysm: _Final[_groups.Cid3808Code]
TraumaticAneurysm: _Final[_groups.Cid3808Code]
ThrombosedAneurysm: _Final[_groups.Cid3808Code]
ExpandingAneurysm: _Final[_groups.Cid3808Code]
CalcifiedAneurysm: _Final[_groups.Cid3808Code]
MultipleAneurysm: _Final[_groups.Cid3808Code]
CylindroidAneurysm: _Final[_groups.Cid3808Code]
SerpentineAneurysm: _Final[_groups.Cid3808Code]
MEMBERS: _Final[tuple[_groups.Cid3808Code, ...]]
