"""CID 6119 Chest Border Shape.

Extensible, version 20030108, UID 1.2.840.10008.6.1.439.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RoundShape: _Final[_groups.Cid6119Code]
Elliptic: _Final[_groups.Cid6119Code]
Irregular: _Final[_groups.Cid6119Code]
Lobulated: _Final[_groups.Cid6119Code]
Spiculated: _Final[_groups.Cid6119Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6119Code]]
