"""CID 3440 Peripheral Pulse Location.

Extensible, version 20170914, UID 1.2.840.10008.6.1.93.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BrachialArtery: _Final[_groups.Cid3440Code]
CarotidArtery: _Final[_groups.Cid3440Code]
DorsalisPedisArtery: _Final[_groups.Cid3440Code]
FemoralArtery: _Final[_groups.Cid3440Code]
PoplitealArtery: _Final[_groups.Cid3440Code]
PosteriorTibialArtery: _Final[_groups.Cid3440Code]
RadialArtery: _Final[_groups.Cid3440Code]
UlnarArtery: _Final[_groups.Cid3440Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3440Code]]
