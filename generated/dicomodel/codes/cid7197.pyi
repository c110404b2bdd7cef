"""CID 7197 Body Substance Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1196.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Bile: _Final[_groups.Cid7197Code]
BodyFluid: _Final[_groups.Cid7197Code]
Feces: _Final[_groups.Cid7197Code]
Gas: _Final[_groups.Cid7197Code]
Urine: _Final[_groups.Cid7197Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7197Code]]
