"""CID 4237 Lens Constant Type.

Extensible, version 20190124, UID 1.2.840.10008.6.1.883.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AConstant: _Final[_groups.Cid4237Code]
ACDConstant: _Final[_groups.Cid4237Code]
HaigisA0: _Final[_groups.Cid4237Code]
HaigisA1: _Final[_groups.Cid4237Code]
HaigisA2: _Final[_groups.Cid4237Code]
HofferPacdConstant: _Final[_groups.Cid4237Code]
SurgeonFactor: _Final[_groups.Cid4237Code]
BarrettLensFactor: _Final[_groups.Cid4237Code]
BarrettDesignFactor: _Final[_groups.Cid4237Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4237Code]]
