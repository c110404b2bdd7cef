"""CID 10066 Attenuator Category.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1160.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Table: _Final[_groups.Cid10066Code]
TableCore: _Final[_groups.Cid10066Code]
TableOuterLiner: _Final[_groups.Cid10066Code]
TablePad: _Final[_groups.Cid10066Code]
XRayShield: _Final[_groups.Cid10066Code]
BeamBlock: _Final[_groups.Cid10066Code]
ShieldingBlock: _Final[_groups.Cid10066Code]
PatientSupport: _Final[_groups.Cid10066Code]
XRayFilters: _Final[_groups.Cid10066Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10066Code]]
