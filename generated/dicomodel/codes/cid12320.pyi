"""CID 12320 General Ultrasound Report Document Title.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1447.

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
UltrasoundReport: _Final[_Code]
USTendonReport: _Final[_Code]
USBreastReport: _Final[_Code]
USKidneyReport: _Final[_Code]
USLiverReport: _Final[_Code]
USProstateTransrectalReport: _Final[_Code]
USPancreasReport: _Final[_Code]
USSpleenReport: _Final[_Code]
USShoulderReport: _Final[_Code]
USScrotumAndTesticleReport: _Final[_Code]
USThyroidReport: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
