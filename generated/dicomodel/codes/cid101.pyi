"""CID 101 Imaging Procedure.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1436.
Includes CID 102, CID 103, CID 104, CID 105, CID 106, CID 107.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid101Code]]
