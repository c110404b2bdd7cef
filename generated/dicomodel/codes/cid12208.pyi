"""CID 12208 Echocardiography Tricuspid Valve Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.601.
Includes CID 12220, CID 12222.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TricuspidValveEWavePeakVelocity: _Final[_groups.Cid12208Code]
TricuspidValveAWavePeakVelocity: _Final[_groups.Cid12208Code]
TricuspidValveEToARatio: _Final[_groups.Cid12208Code]
TimeFromQWaveToTricuspidValveOpens: _Final[_groups.Cid12208Code]
TricuspidValveClosureToOpeningTime: _Final[_groups.Cid12208Code]
TricuspidRegurgitationDpDt: _Final[_groups.Cid12208Code]
HeartRate: _Final[_groups.Cid12208Code]
VolumeFlow: _Final[_groups.Cid12208Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12208Code]
CardiovascularOrificeArea: _Final[_groups.Cid12208Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12208Code]
RegurgitantFraction: _Final[_groups.Cid12208Code]
EndDiastolicVelocity: _Final[_groups.Cid12208Code]
PeakSystolicVelocity: _Final[_groups.Cid12208Code]
PeakBloodVelocity: _Final[_groups.Cid12208Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12208Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12208Code]
PeakGradient: _Final[_groups.Cid12208Code]
MeanGradient: _Final[_groups.Cid12208Code]
VelocityTimeIntegral: _Final[_groups.Cid12208Code]
PressureHalfTime: _Final[_groups.Cid12208Code]
AccelerationTime: _Final[_groups.Cid12208Code]
DecelerationTime: _Final[_groups.Cid12208Code]
DecelerationSlope: _Final[_groups.Cid12208Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12208Code]
FlowRadius: _Final[_groups.Cid12208Code]
AliasVelocity: _Final[_groups.Cid12208Code]
AccelerationSlope: _Final[_groups.Cid12208Code]
DESlope: _Final[_groups.Cid12208Code]
EFSlope: _Final[_groups.Cid12208Code]
ACInterval: _Final[_groups.Cid12208Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12208Code]
StenosisPeakGradient: _Final[_groups.Cid12208Code]
StenosisPeakVelocity: _Final[_groups.Cid12208Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12208Code]
EWavePeakVelocity: _Final[_groups.Cid12208Code]
AWavePeakVelocity: _Final[_groups.Cid12208Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12208Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12208Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12208Code]]
