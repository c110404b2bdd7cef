"""CID 7261 Diffusion Model Value Type.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1060.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SingleTensor: _Final[_groups.Cid7261Code]
MultiTensor: _Final[_groups.Cid7261Code]
ModelFree: _Final[_groups.Cid7261Code]
CHARMED: _Final[_groups.Cid7261Code]
DSI: _Final[_groups.Cid7261Code]
DOT: _Final[_groups.Cid7261Code]
PAS: _Final[_groups.Cid7261Code]
SphericalDeconvolution: _Final[_groups.Cid7261Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7261Code]]
