"""CID 230 Yes-No.

Non-extensible, version 20060613, UID 1.2.840.10008.6.1.34.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Yes: _Final[_groups.Cid230Code]
No: _Final[_groups.Cid230Code]
Undetermined: _Final[_groups.Cid230Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid230Code]]
