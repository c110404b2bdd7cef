"""CID 12207 Echocardiography Mitral Valve Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.600.
Includes CID 12220, CID 12222, CID 12239.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MitralValveAWavePeakVelocity: _Final[_groups.Cid12207Code]
MitralValveEWavePeakVelocity: _Final[_groups.Cid12207Code]
MitralValveEToARatio: _Final[_groups.Cid12207Code]
MitralValveATDTRatio: _Final[_groups.Cid12207Code]
MitralValveEWaveDecelerationTime: _Final[_groups.Cid12207Code]
MitralValveEFSlopeByMMode: _Final[_groups.Cid12207Code]
MitralValveEPSSEWave: _Final[_groups.Cid12207Code]
MitralValveAWaveDuration: _Final[_groups.Cid12207Code]
MitralValveDiastolicPeakInstantaneousGradient: _Final[_groups.Cid12207Code]
MitralValveClosureToOpeningTime: _Final[_groups.Cid12207Code]
MitralRegurgitationDpDtDerivedFromMitralRegVelocity: _Final[_groups.Cid12207Code]
HeartRate: _Final[_groups.Cid12207Code]
VolumeFlow: _Final[_groups.Cid12207Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12207Code]
CardiovascularOrificeArea: _Final[_groups.Cid12207Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12207Code]
RegurgitantFraction: _Final[_groups.Cid12207Code]
EndDiastolicVelocity: _Final[_groups.Cid12207Code]
PeakSystolicVelocity: _Final[_groups.Cid12207Code]
PeakBloodVelocity: _Final[_groups.Cid12207Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12207Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12207Code]
PeakGradient: _Final[_groups.Cid12207Code]
MeanGradient: _Final[_groups.Cid12207Code]
VelocityTimeIntegral: _Final[_groups.Cid12207Code]
PressureHalfTime: _Final[_groups.Cid12207Code]
AccelerationTime: _Final[_groups.Cid12207Code]
DecelerationTime: _Final[_groups.Cid12207Code]
DecelerationSlope: _Final[_groups.Cid12207Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12207Code]
FlowRadius: _Final[_groups.Cid12207Code]
AliasVelocity: _Final[_groups.Cid12207Code]
AccelerationSlope: _Final[_groups.Cid12207Code]
DESlope: _Final[_groups.Cid12207Code]
EFSlope: _Final[_groups.Cid12207Code]
ACInterval: _Final[_groups.Cid12207Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12207Code]
StenosisPeakGradient: _Final[_groups.Cid12207Code]
StenosisPeakVelocity: _Final[_groups.Cid12207Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12207Code]
EWavePeakVelocity: _Final[_groups.Cid12207Code]
AWavePeakVelocity: _Final[_groups.Cid12207Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12207Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12207Code]
StrokeVolume: _Final[_groups.Cid12207Code]
CardiacOutput: _Final[_groups.Cid12207Code]
CardiacIndex: _Final[_groups.Cid12207Code]
StrokeIndex: _Final[_groups.Cid12207Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12207Code]]
