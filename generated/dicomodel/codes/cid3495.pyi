"""CID 3495 IVUS Plaque Composition.

Extensible, version 20040614, UID 1.2.840.10008.6.1.129.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FibrousPlaque: _Final[_groups.Cid3495Code]
VascularCalcification: _Final[_groups.Cid3495Code]
Thrombus: _Final[_groups.Cid3495Code]
FibroLipidicPlaque: _Final[_groups.Cid3495Code]
NecroticLipidicPlaque: _Final[_groups.Cid3495Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3495Code]]
