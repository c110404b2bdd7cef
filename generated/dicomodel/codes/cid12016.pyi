"""CID 12016 Estimated Fetal Weight Percentile Equation/Table.

Extensible, version 20160525, UID 1.2.840.10008.6.1.564.

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
FWPByGACampbell1991: _Final[_Code]
FWPByGAHadlock1991: _Final[_Code]
FWPByGAWilliams1982: _Final[_Code]
FWPByGAAlexander1996: _Final[_Code]
MaleSingletonBWPByGAArbuckle1993: _Final[_Code]
FemaleSingletonBWPByGAArbuckle1993: _Final[_Code]
MaleTwinsBWPByGAArbuckle1993: _Final[_Code]
FemaleTwinsBWPByGAArbuckle1993: _Final[_Code]
FWPByGABrenner1976: _Final[_Code]
FWPByGAHadlock1985: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
