"""CID 7063 Model Scale Unit.

Non-extensible, version 20180403, UID 1.2.840.10008.6.1.1204.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

M: _Final[_groups.Cid7063Code]
cm: _Final[_groups.Cid7063Code]
mm: _Final[_groups.Cid7063Code]
um: _Final[_groups.Cid7063Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7063Code]]
