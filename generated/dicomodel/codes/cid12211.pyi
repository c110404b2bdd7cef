"""CID 12211 Echocardiography Aortic Valve Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.604.
Includes CID 12220, CID 12222.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AorticValveCuspSeparation: _Final[_groups.Cid12211Code]
AorticValveEjectionTime: _Final[_groups.Cid12211Code]
RatioOfAorticValveAccelerationTimeToEjectionTime: _Final[_groups.Cid12211Code]
HeartRate: _Final[_groups.Cid12211Code]
VolumeFlow: _Final[_groups.Cid12211Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12211Code]
CardiovascularOrificeArea: _Final[_groups.Cid12211Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12211Code]
RegurgitantFraction: _Final[_groups.Cid12211Code]
EndDiastolicVelocity: _Final[_groups.Cid12211Code]
PeakSystolicVelocity: _Final[_groups.Cid12211Code]
PeakBloodVelocity: _Final[_groups.Cid12211Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12211Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12211Code]
PeakGradient: _Final[_groups.Cid12211Code]
MeanGradient: _Final[_groups.Cid12211Code]
VelocityTimeIntegral: _Final[_groups.Cid12211Code]
PressureHalfTime: _Final[_groups.Cid12211Code]
AccelerationTime: _Final[_groups.Cid12211Code]
DecelerationTime: _Final[_groups.Cid12211Code]
DecelerationSlope: _Final[_groups.Cid12211Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12211Code]
FlowRadius: _Final[_groups.Cid12211Code]
AliasVelocity: _Final[_groups.Cid12211Code]
AccelerationSlope: _Final[_groups.Cid12211Code]
DESlope: _Final[_groups.Cid12211Code]
EFSlope: _Final[_groups.Cid12211Code]
ACInterval: _Final[_groups.Cid12211Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12211Code]
StenosisPeakGradient: _Final[_groups.Cid12211Code]
StenosisPeakVelocity: _Final[_groups.Cid12211Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12211Code]
EWavePeakVelocity: _Final[_groups.Cid12211Code]
AWavePeakVelocity: _Final[_groups.Cid12211Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12211Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12211Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12211Code]]
