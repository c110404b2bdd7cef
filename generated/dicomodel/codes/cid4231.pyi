"""CID 4231 Lens Status.

Extensible, version 20230630, UID 1.2.840.10008.6.1.877.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Aphakic: _Final[_groups.Cid4231Code]
CrystallineLens: _Final[_groups.Cid4231Code]
PhakicIOL: _Final[_groups.Cid4231Code]
PiggybackIOL: _Final[_groups.Cid4231Code]
Pseudophakia: _Final[_groups.Cid4231Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4231Code]]
