"""CID 12002 Ultrasound Protocol Stage Type.

Extensible, version 20081027, UID 1.2.840.10008.6.1.551.
Includes CID 3207, CID 12102.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CardiacPacing: _Final[_groups.Cid12002Code]
HandGrip: _Final[_groups.Cid12002Code]
ValsalvaManeuver: _Final[_groups.Cid12002Code]
RestingState: _Final[_groups.Cid12002Code]
CardiacStressState: _Final[_groups.Cid12002Code]
PeakCardiacStressState: _Final[_groups.Cid12002Code]
CardiacStressRecoveryState: _Final[_groups.Cid12002Code]
Hyperventilation: _Final[_groups.Cid12002Code]
AfterProcedure: _Final[_groups.Cid12002Code]
DuringProcedure: _Final[_groups.Cid12002Code]
BeforeProcedure: _Final[_groups.Cid12002Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12002Code]]
