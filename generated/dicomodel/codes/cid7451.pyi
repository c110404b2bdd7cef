"""CID 7451 Family Member.

Extensible, version 20040112, UID 1.2.840.10008.6.1.515.

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
NaturalMother: _Final[_Code]
NaturalFather: _Final[_Code]
NaturalSister: _Final[_Code]
NaturalBrother: _Final[_Code]
Aunt: _Final[_Code]
Uncle: _Final[_Code]
HalfSister: _Final[_Code]
HalfBrother: _Final[_Code]
NaturalGrandMother: _Final[_Code]
NaturalGrandFather: _Final[_Code]
NaturalDaughter: _Final[_Code]
NaturalSon: _Final[_Code]
FemaleFirstCousin: _Final[_Code]
MaleFirstCousin: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
