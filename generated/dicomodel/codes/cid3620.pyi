"""CID 3620 Hemodynamic Ratio.

Extensible, version 20030327, UID 1.2.840.10008.6.1.170.
Includes CID 3621.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TibialBrachialIndex: _Final[_groups.Cid3620Code]
PulmonarySystemicFlowRatio: _Final[_groups.Cid3620Code]
CoronaryFlowReserve: _Final[_groups.Cid3620Code]
DiastolicSystolicVelocityRatio: _Final[_groups.Cid3620Code]
HyperemicRatio: _Final[_groups.Cid3620Code]
PulsatilityIndex: _Final[_groups.Cid3620Code]
HemodynamicResistanceIndex: _Final[_groups.Cid3620Code]
FractionalFlowReserve: _Final[_groups.Cid3620Code]
FractionalFlowReserveUsingIntracoronaryBolus: _Final[_groups.Cid3620Code]
FractionalFlowReserveUsingIntravenousInfusion: _Final[_groups.Cid3620Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3620Code]]
