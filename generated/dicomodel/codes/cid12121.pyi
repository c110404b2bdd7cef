"""CID 12121 Vascular Index/Ratio.

Extensible, version 20050110, UID 1.2.840.10008.6.1.587.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AccelerationIndex: _Final[_groups.Cid12121Code]
LumenAreaStenosis: _Final[_groups.Cid12121Code]
LumenDiameterStenosis: _Final[_groups.Cid12121Code]
PulsatilityIndex: _Final[_groups.Cid12121Code]
ResistivityIndex: _Final[_groups.Cid12121Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12121Code]
VelocityRatio: _Final[_groups.Cid12121Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12121Code]]
