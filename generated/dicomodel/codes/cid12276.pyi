"""CID 12276 Cardiac Ultrasound Aorto Pulmonary Connection Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.857.
Includes CID 12220, CID 12222, CID 3612.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PulmonaryToSystemicShuntFlowRatio: _Final[_groups.Cid12276Code]
HeartRate: _Final[_groups.Cid12276Code]
VolumeFlow: _Final[_groups.Cid12276Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12276Code]
CardiovascularOrificeArea: _Final[_groups.Cid12276Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12276Code]
RegurgitantFraction: _Final[_groups.Cid12276Code]
EndDiastolicVelocity: _Final[_groups.Cid12276Code]
PeakSystolicVelocity: _Final[_groups.Cid12276Code]
PeakBloodVelocity: _Final[_groups.Cid12276Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12276Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12276Code]
PeakGradient: _Final[_groups.Cid12276Code]
MeanGradient: _Final[_groups.Cid12276Code]
VelocityTimeIntegral: _Final[_groups.Cid12276Code]
PressureHalfTime: _Final[_groups.Cid12276Code]
AccelerationTime: _Final[_groups.Cid12276Code]
DecelerationTime: _Final[_groups.Cid12276Code]
DecelerationSlope: _Final[_groups.Cid12276Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12276Code]
FlowRadius: _Final[_groups.Cid12276Code]
AliasVelocity: _Final[_groups.Cid12276Code]
AccelerationSlope: _Final[_groups.Cid12276Code]
DESlope: _Final[_groups.Cid12276Code]
EFSlope: _Final[_groups.Cid12276Code]
ACInterval: _Final[_groups.Cid12276Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12276Code]
StenosisPeakGradient: _Final[_groups.Cid12276Code]
StenosisPeakVelocity: _Final[_groups.Cid12276Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12276Code]
EWavePeakVelocity: _Final[_groups.Cid12276Code]
AWavePeakVelocity: _Final[_groups.Cid12276Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12276Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12276Code]
DiastolicBloodVelocityMean: _Final[_groups.Cid12276Code]
DiastolicBloodVelocityPeak: _Final[_groups.Cid12276Code]
SystolicBloodVelocityMean: _Final[_groups.Cid12276Code]
SystolicBloodVelocityPeak: _Final[_groups.Cid12276Code]
BloodVelocityMean: _Final[_groups.Cid12276Code]
BloodVelocityMinimum: _Final[_groups.Cid12276Code]
BloodVelocityPeak: _Final[_groups.Cid12276Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12276Code]]
