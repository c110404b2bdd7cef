"""CID 7451 Family Member.

Extensible, version 20040112, UID 1.2.840.10008.6.1.515.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7451Code]]
