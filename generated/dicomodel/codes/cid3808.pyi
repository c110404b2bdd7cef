"""CID 3808 Aneurysm Type.

Extensible, version 20180325, UID 1.2.840.10008.6.1.269.

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
DissectingAneurysm: _Final[_Code]
InflammatoryAbdominalAorticAneurysm: _Final[_Code]
RupturedAneurysm: _Final[_Code]
MixedAneurysm: _Final[_Code]
RacemoseAneurysm: _Final[_Code]
CirsoidAneurysm: _Final[_Code]
MycoticAneurysm: _Final[_Code]
MiliaryAneurysm: _Final[_Code]
SaccularAneurysm: _Final[_Code]
VaricoseAneurysm: _Final[_Code]
FusiformAneurysm: _Final[_Code]
TraumaticAneurysm: _Final[_Code]
ThrombosedAneurysm: _Final[_Code]
ExpandingAneurysm: _Final[_Code]
CalcifiedAneurysm: _Final[_Code]
MultipleAneurysm: _Final[_Code]
CylindroidAneurysm: _Final[_Code]
SerpentineAneurysm: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
