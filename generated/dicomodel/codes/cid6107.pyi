"""CID 6107 Width Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.427.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Enlarged: _Final[_groups.Cid6107Code]
Narrow: _Final[_groups.Cid6107Code]
Vasoconstriction: _Final[_groups.Cid6107Code]
Vasodilation: _Final[_groups.Cid6107Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6107Code]]
