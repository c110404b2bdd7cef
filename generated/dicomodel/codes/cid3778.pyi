"""CID 3778 Stage.

Extensible, version 20081027, UID 1.2.840.10008.6.1.638.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Stage0: _Final[_groups.Cid3778Code]
Stage1: _Final[_groups.Cid3778Code]
Stage2: _Final[_groups.Cid3778Code]
Stage3: _Final[_groups.Cid3778Code]
Stage4: _Final[_groups.Cid3778Code]
Stage5: _Final[_groups.Cid3778Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3778Code]]
