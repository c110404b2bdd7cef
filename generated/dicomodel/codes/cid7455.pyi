"""CID 7455 Sex.

Non-extensible, version 20040112, UID 1.2.840.10008.6.1.519.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Male: _Final[_groups.Cid7455Code]
Female: _Final[_groups.Cid7455Code]
UnknownSex: _Final[_groups.Cid7455Code]
MalePseudohermaphrodite: _Final[_groups.Cid7455Code]
FemalePseudohermaphrodite: _Final[_groups.Cid7455Code]
Hermaphrodite: _Final[_groups.Cid7455Code]
MaleChangedToFemale: _Final[_groups.Cid7455Code]
FemaleChangedToMale: _Final[_groups.Cid7455Code]
AmbiguousSex: _Final[_groups.Cid7455Code]
OtherSex: _Final[_groups.Cid7455Code]
UndeterminedSex: _Final[_groups.Cid7455Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7455Code]]
