"""CID 6152 Orientation.

Extensible, version 20050822, UID 1.2.840.10008.6.1.467.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Parallel: _Final[_groups.Cid6152Code]
NotParallel: _Final[_groups.Cid6152Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6152Code]]
