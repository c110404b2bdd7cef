"""CID 647 Position Reference Indicator for Frame of Reference.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1112.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Bregma: _Final[_groups.Cid647Code]
Lambda: _Final[_groups.Cid647Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid647Code]]
