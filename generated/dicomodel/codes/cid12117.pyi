"""CID 12117 Vessel Branch Modifier.

Extensible, version 20190524, UID 1.2.840.10008.6.1.584.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CollateralBranchOfVessel: _Final[_groups.Cid12117Code]
Inferior: _Final[_groups.Cid12117Code]
Lateral: _Final[_groups.Cid12117Code]
Left: _Final[_groups.Cid12117Code]
Main: _Final[_groups.Cid12117Code]
Medial: _Final[_groups.Cid12117Code]
Middle: _Final[_groups.Cid12117Code]
Right: _Final[_groups.Cid12117Code]
Superior: _Final[_groups.Cid12117Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12117Code]]
