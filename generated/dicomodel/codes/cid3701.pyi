"""CID 3701 Cardiac Valve/Tract.

Extensible, version 20030327, UID 1.2.840.10008.6.1.204.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MitralValve: _Final[_groups.Cid3701Code]
AorticValve: _Final[_groups.Cid3701Code]
TricuspidValve: _Final[_groups.Cid3701Code]
PulmonaryValve: _Final[_groups.Cid3701Code]
LeftVentricleOutflowTract: _Final[_groups.Cid3701Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3701Code]]
