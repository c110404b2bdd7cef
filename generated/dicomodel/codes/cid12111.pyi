"""CID 12111 Abdominopelvic Artery (Paired).

Extensible, version 20200310, UID 1.2.840.10008.6.1.578.

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
AccessoryRenalArtery: _Final[_Code]
CommonIliacArtery: _Final[_Code]
GastricArtery: _Final[_Code]
LumbarArtery: _Final[_Code]
FirstLumbarArtery: _Final[_Code]
SecondLumbarArtery: _Final[_Code]
ThirdLumbarArtery: _Final[_Code]
FourthLumbarArtery: _Final[_Code]
FifthLumbarArtery: _Final[_Code]
SixthLumbarArtery: _Final[_Code]
OvarianArtery: _Final[_Code]
TesticularArtery: _Final[_Code]
UmbilicalArtery: _Final[_Code]
UterineArtery: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
