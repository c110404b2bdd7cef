"""CID 609 Animal Feeding Method.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1074.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AdLibitum: _Final[_groups.Cid609Code]
RestrictedDiet: _Final[_groups.Cid609Code]
FoodTreat: _Final[_groups.Cid609Code]
Gavage: _Final[_groups.Cid609Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid609Code]]
