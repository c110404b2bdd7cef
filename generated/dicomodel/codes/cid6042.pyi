"""CID 6042 Result Status.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.372.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Succeeded: _Final[_groups.Cid6042Code]
PartiallySucceeded: _Final[_groups.Cid6042Code]
Failed: _Final[_groups.Cid6042Code]
NotAttempted: _Final[_groups.Cid6042Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6042Code]]
