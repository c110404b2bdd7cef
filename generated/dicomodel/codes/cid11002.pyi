"""CID 11002 Acoustic Coupling Medium.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1472.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Water: _Final[_groups.Cid11002Code]
DeuteriumOxide: _Final[_groups.Cid11002Code]
UltrasoundCouplingGel: _Final[_groups.Cid11002Code]
Air: _Final[_groups.Cid11002Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid11002Code]]
