"""CID 7310 Implant Fixation Method.

Extensible, version 20200310, UID 1.2.840.10008.6.1.1041.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Anchoring: _Final[_groups.Cid7310Code]
Fusion: _Final[_groups.Cid7310Code]
Gluing: _Final[_groups.Cid7310Code]
InternalSkeletalFixation: _Final[_groups.Cid7310Code]
InternalFixationUsingPlate: _Final[_groups.Cid7310Code]
InternalFixationUsingScrew: _Final[_groups.Cid7310Code]
InternalFixationUsingStaple: _Final[_groups.Cid7310Code]
CementedComponentFixation: _Final[_groups.Cid7310Code]
UncementedComponentFixation: _Final[_groups.Cid7310Code]
RepairByNailing: _Final[_groups.Cid7310Code]
Pinning: _Final[_groups.Cid7310Code]
Sewing: _Final[_groups.Cid7310Code]
Bolting: _Final[_groups.Cid7310Code]
Wedging: _Final[_groups.Cid7310Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7310Code]]
