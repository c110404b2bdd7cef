"""CID 7260 Diffusion Acquisition Value Type.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1059.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HARDI: _Final[_groups.Cid7260Code]
DKI: _Final[_groups.Cid7260Code]
DTI: _Final[_groups.Cid7260Code]
DSI: _Final[_groups.Cid7260Code]
LSDI: _Final[_groups.Cid7260Code]
SingleShotEPI: _Final[_groups.Cid7260Code]
MultipleShotEPI: _Final[_groups.Cid7260Code]
ParallelImaging: _Final[_groups.Cid7260Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7260Code]]
