"""CID 9561 Treatment Termination Reason.

Extensible, version 20240114, UID 1.2.840.10008.6.1.1318.
Includes CID 9568.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PatientDied: _Final[_groups.Cid9561Code]
PatientRefusedToContinueProcedure: _Final[_groups.Cid9561Code]
DiscontinuedForUnspecifiedReason: _Final[_groups.Cid9561Code]
PatientConditionPreventedContinuing: _Final[_groups.Cid9561Code]
DoctorCanceledProcedure: _Final[_groups.Cid9561Code]
EquipmentFailure: _Final[_groups.Cid9561Code]
PatientMovement: _Final[_groups.Cid9561Code]
OperatorError: _Final[_groups.Cid9561Code]
ChannelObstruction: _Final[_groups.Cid9561Code]
PrimaryFluenceMonitoringSystemInterlock: _Final[_groups.Cid9561Code]
SecondaryFluenceMonitoringSystemInterlock: _Final[_groups.Cid9561Code]
TimerInterlock: _Final[_groups.Cid9561Code]
DoorInterlock: _Final[_groups.Cid9561Code]
PatientMotionInterlock: _Final[_groups.Cid9561Code]
DoseLimitInterlock: _Final[_groups.Cid9561Code]
ClearanceInterlock: _Final[_groups.Cid9561Code]
MachineClearanceInterlock: _Final[_groups.Cid9561Code]
PatientClearanceInterlock: _Final[_groups.Cid9561Code]
AccessoryClearanceInterlock: _Final[_groups.Cid9561Code]
OutOfToleranceInterlock: _Final[_groups.Cid9561Code]
ScanSpotInterlock: _Final[_groups.Cid9561Code]
ScanSpotPositionInterlock: _Final[_groups.Cid9561Code]
ScanSpotSizeInterlock: _Final[_groups.Cid9561Code]
ScanSpotMetersetInterlock: _Final[_groups.Cid9561Code]
RadiationDetectedDuringBeamHoldInterlock: _Final[_groups.Cid9561Code]
MLCPositionInterlock: _Final[_groups.Cid9561Code]
MetersetRateInterlock: _Final[_groups.Cid9561Code]
BeamEnergyInterlock: _Final[_groups.Cid9561Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9561Code]]
