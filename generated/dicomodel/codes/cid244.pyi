"""CID 244 Laterality.

Non-extensible, version 20030108, UID 1.2.840.10008.6.1.37.
Includes CID 247.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Bilateral: _Final[_groups.Cid244Code]
Unilateral: _Final[_groups.Cid244Code]
Right: _Final[_groups.Cid244Code]
Left: _Final[_groups.Cid244Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid244Code]]
