"""CID 9561 Treatment Termination Reason.

Extensible, version 20240114, UID 1.2.840.10008.6.1.1318.
Includes CID 9568.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
PatientDied: _Final[_Code]
PatientRefusedToContinueProcedure: _Final[_Code]
DiscontinuedForUnspecifiedReason: _Final[_Code]
PatientConditionPreventedContinuing: _Final[_Code]
DoctorCanceledProcedure: _Final[_Code]
EquipmentFailure: _Final[_Code]
PatientMovement: _Final[_Code]
OperatorError: _Final[_Code]
ChannelObstruction: _Final[_Code]
PrimaryFluenceMonitoringSystemInterlock: _Final[_Code]
SecondaryFluenceMonitoringSystemInterlock: _Final[_Code]
TimerInterlock: _Final[_Code]
DoorInterlock: _Final[_Code]
PatientMotionInterlock: _Final[_Code]
DoseLimitInterlock: _Final[_Code]
ClearanceInterlock: _Final[_Code]
MachineClearanceInterlock: _Final[_Code]
PatientClearanceInterlock: _Final[_Code]
AccessoryClearanceInterlock: _Final[_Code]
OutOfToleranceInterlock: _Final[_Code]
ScanSpotInterlock: _Final[_Code]
ScanSpotPositionInterlock: _Final[_Code]
ScanSpotSizeInterlock: _Final[_Code]
ScanSpotMetersetInterlock: _Final[_Code]
RadiationDetectedDuringBeamHoldInterlock: _Final[_Code]
MLCPositionInterlock: _Final[_Code]
MetersetRateInterlock: _Final[_Code]
BeamEnergyInterlock: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
