"""CID 3503 Indexed Hemodynamic Resistance Unit.

Non-extensible, version 20120327, UID 1.2.840.10008.6.1.134.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PRUM2: _Final[_groups.Cid3503Code]
WoodUM2: _Final[_groups.Cid3503Code]
DynScm5M2: _Final[_groups.Cid3503Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3503Code]]
