"""CID 12209 Echocardiography Pulmonic Valve Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.602.
Includes CID 12220, CID 12222.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PulmonicValveAreaByContinuity: _Final[_groups.Cid12209Code]
PulmonicValveEjectionTime: _Final[_groups.Cid12209Code]
RatioOfPulmonicValveAccelerationTimeToEjectionTime: _Final[_groups.Cid12209Code]
TimeFromQWaveToPulmonicValveCloses: _Final[_groups.Cid12209Code]
HeartRate: _Final[_groups.Cid12209Code]
VolumeFlow: _Final[_groups.Cid12209Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12209Code]
CardiovascularOrificeArea: _Final[_groups.Cid12209Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12209Code]
RegurgitantFraction: _Final[_groups.Cid12209Code]
EndDiastolicVelocity: _Final[_groups.Cid12209Code]
PeakSystolicVelocity: _Final[_groups.Cid12209Code]
PeakBloodVelocity: _Final[_groups.Cid12209Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12209Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12209Code]
PeakGradient: _Final[_groups.Cid12209Code]
MeanGradient: _Final[_groups.Cid12209Code]
VelocityTimeIntegral: _Final[_groups.Cid12209Code]
PressureHalfTime: _Final[_groups.Cid12209Code]
AccelerationTime: _Final[_groups.Cid12209Code]
DecelerationTime: _Final[_groups.Cid12209Code]
DecelerationSlope: _Final[_groups.Cid12209Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12209Code]
FlowRadius: _Final[_groups.Cid12209Code]
AliasVelocity: _Final[_groups.Cid12209Code]
AccelerationSlope: _Final[_groups.Cid12209Code]
DESlope: _Final[_groups.Cid12209Code]
EFSlope: _Final[_groups.Cid12209Code]
ACInterval: _Final[_groups.Cid12209Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12209Code]
StenosisPeakGradient: _Final[_groups.Cid12209Code]
StenosisPeakVelocity: _Final[_groups.Cid12209Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12209Code]
EWavePeakVelocity: _Final[_groups.Cid12209Code]
AWavePeakVelocity: _Final[_groups.Cid12209Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12209Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12209Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12209Code]]
