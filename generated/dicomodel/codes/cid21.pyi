"""CID 21 Patient Equipment Relationship.

Extensible, version 20151110, UID 1.2.840.10008.6.1.15.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Oblique: _Final[_groups.Cid21Code]
Headfirst: _Final[_groups.Cid21Code]
FeetFirst: _Final[_groups.Cid21Code]
Transverse: _Final[_groups.Cid21Code]
LeftFirst: _Final[_groups.Cid21Code]
RightFirst: _Final[_groups.Cid21Code]
PosteriorFirst: _Final[_groups.Cid21Code]
AnteriorFirst: _Final[_groups.Cid21Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid21Code]]
