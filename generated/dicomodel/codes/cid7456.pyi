"""CID 7456 Age Unit.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.520.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Year: _Final[_groups.Cid7456Code]
Month: _Final[_groups.Cid7456Code]
Week: _Final[_groups.Cid7456Code]
Day: _Final[_groups.Cid7456Code]
Hour: _Final[_groups.Cid7456Code]
Minute: _Final[_groups.Cid7456Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7456Code]]
