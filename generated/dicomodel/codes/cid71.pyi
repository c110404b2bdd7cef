"""CID 71 Imaging Agent Administration Injector Event Type.

Extensible, version 20210325, UID 1.2.840.10008.6.1.1261.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PressureAboveWarningLimit: _Final[_groups.Cid71Code]
PressureAboveAdjustmentLimit: _Final[_groups.Cid71Code]
FlowRateAboveWarningLimit: _Final[_groups.Cid71Code]
FlowRateAboveAdjustmentLimit: _Final[_groups.Cid71Code]
KeepVeinOpenStarted: _Final[_groups.Cid71Code]
KeepVeinOpenEnded: _Final[_groups.Cid71Code]
AirDetected: _Final[_groups.Cid71Code]
FixedDurationPauseEnded: _Final[_groups.Cid71Code]
SyringeAttached: _Final[_groups.Cid71Code]
SyringeDetached: _Final[_groups.Cid71Code]
EquipmentFailure: _Final[_groups.Cid71Code]
ResourceInadequate: _Final[_groups.Cid71Code]
TerminatedDueToPressureAboveTerminationLimit: _Final[_groups.Cid71Code]
TerminatedDueToFlowRateAboveTerminationLimit: _Final[_groups.Cid71Code]
TerminatedDueToAirDetected: _Final[_groups.Cid71Code]
TerminatedDueToExcessiveDurationPause: _Final[_groups.Cid71Code]
TerminatedDueToRequestFromOperator: _Final[_groups.Cid71Code]
TerminatedDueToInjectorCommunicationLoss: _Final[_groups.Cid71Code]
TerminatedDueToUnspecifiedInjectorFailure: _Final[_groups.Cid71Code]
TerminatedByScanner: _Final[_groups.Cid71Code]
TerminatedDueToCriticalBatteryLevel: _Final[_groups.Cid71Code]
TerminatedDueToConsumableRemoval: _Final[_groups.Cid71Code]
ProgrammedHoldStarted: _Final[_groups.Cid71Code]
ManualHoldStarted: _Final[_groups.Cid71Code]
ManualResumeFromHold: _Final[_groups.Cid71Code]
TerminatedHoldDueToTimeout: _Final[_groups.Cid71Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid71Code]]
