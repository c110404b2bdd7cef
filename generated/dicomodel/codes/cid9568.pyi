"""CID 9568 Radiotherapy Treatment Interlock.

Extensible, version 20230904, UID 1.2.840.10008.6.1.1325.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PrimaryFluenceMonitoringSystemInterlock: _Final[_groups.Cid9568Code]
SecondaryFluenceMonitoringSystemInterlock: _Final[_groups.Cid9568Code]
TimerInterlock: _Final[_groups.Cid9568Code]
DoorInterlock: _Final[_groups.Cid9568Code]
PatientMotionInterlock: _Final[_groups.Cid9568Code]
DoseLimitInterlock: _Final[_groups.Cid9568Code]
ClearanceInterlock: _Final[_groups.Cid9568Code]
MachineClearanceInterlock: _Final[_groups.Cid9568Code]
PatientClearanceInterlock: _Final[_groups.Cid9568Code]
AccessoryClearanceInterlock: _Final[_groups.Cid9568Code]
OutOfToleranceInterlock: _Final[_groups.Cid9568Code]
ScanSpotInterlock: _Final[_groups.Cid9568Code]
ScanSpotPositionInterlock: _Final[_groups.Cid9568Code]
ScanSpotSizeInterlock: _Final[_groups.Cid9568Code]
ScanSpotMetersetInterlock: _Final[_groups.Cid9568Code]
RadiationDetectedDuringBeamHoldInterlock: _Final[_groups.Cid9568Code]
MLCPositionInterlock: _Final[_groups.Cid9568Code]
MetersetRateInterlock: _Final[_groups.Cid9568Code]
BeamEnergyInterlock: _Final[_groups.Cid9568Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9568Code]]
