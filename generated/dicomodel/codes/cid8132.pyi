"""CID 8132 Magnification Selection.

Extensible, version 20120605, UID 1.2.840.10008.6.1.949.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V5X: _Final[_groups.Cid8132Code]
V10X: _Final[_groups.Cid8132Code]
V20X: _Final[_groups.Cid8132Code]
V40X: _Final[_groups.Cid8132Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8132Code]]
