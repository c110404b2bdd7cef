"""CID 8203 Surface Scan Registration Method Type.

Extensible, version 20121129, UID 1.2.840.10008.6.1.956.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

IterativeClosestPoint: _Final[_groups.Cid8203Code]
FiducialAlignment: _Final[_groups.Cid8203Code]
Freehand: _Final[_groups.Cid8203Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8203Code]]
