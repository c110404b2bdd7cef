"""CID 3609 Ventricular Source Location.

Extensible, version 20170914, UID 1.2.840.10008.6.1.159.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CommonVentricle: _Final[_groups.Cid3609Code]
LeftVentricle: _Final[_groups.Cid3609Code]
LeftVentricleApex: _Final[_groups.Cid3609Code]
LeftVentricleInflow: _Final[_groups.Cid3609Code]
LeftVentricleOutflowTract: _Final[_groups.Cid3609Code]
RightVentricle: _Final[_groups.Cid3609Code]
RightVentricleApex: _Final[_groups.Cid3609Code]
RightVentricleInflow: _Final[_groups.Cid3609Code]
RightVentricleOutflowTract: _Final[_groups.Cid3609Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3609Code]]
