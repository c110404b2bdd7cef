"""CID 6132 Chest Calcification Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.452.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EggshellCalcification: _Final[_groups.Cid6132Code]
CoarsePopcornLikeCalcification: _Final[_groups.Cid6132Code]
Target: _Final[_groups.Cid6132Code]
Laminated: _Final[_groups.Cid6132Code]
Fibrocalcific: _Final[_groups.Cid6132Code]
Flocculent: _Final[_groups.Cid6132Code]
Nodular: _Final[_groups.Cid6132Code]
Ossification: _Final[_groups.Cid6132Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6132Code]]
