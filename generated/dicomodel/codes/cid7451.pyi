"""CID 7451 Family Member.

Extensible, version 20040112, UID 1.2.840.10008.6.1.515.

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
NaturalMother: _Final[_groups.Cid7451Code]
NaturalFather: _Final[_groups.Cid7451Code]
NaturalSister: _Final[_groups.Cid7451Code]
NaturalBrother: _Final[_groups.Cid7451Code]
Aunt: _Final[_groups.Cid7451Code]
Uncle: _Final[_groups.Cid7451Code]
HalfSister: _Final[_groups.Cid7451Code]
HalfBrother: _Final[_groups.Cid7451Code]
NaturalGrandMother: _Final[_groups.Cid7451Code]
NaturalGrandFather: _Final[_groups.Cid7451Code]
NaturalDaughter: _Final[_groups.Cid7451Code]
NaturalSon: _Final[_groups.Cid7451Code]
FemaleFirstCousin: _Final[_groups.Cid7451Code]
MaleFirstCousin: _Final[_groups.Cid7451Code]
MEMBERS: _Final[tuple[_groups.Cid7451Code, ...]]
