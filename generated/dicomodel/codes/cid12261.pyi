"""CID 12261 Cardiac Ultrasound Pulmonary Vein.

Extensible, version 20100317, UID 1.2.840.10008.6.1.842.
Includes CID 12220, CID 12222, CID 12254, CID 3612.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PulmonaryVeinADurationMitralValveADurationRatio: _Final[_groups.Cid12261Code]
PulmonaryVeinAVTIToMitralValveVTIRatio: _Final[_groups.Cid12261Code]
PulmVeinADurationToMVADurationDifference: _Final[_groups.Cid12261Code]
HeartRate: _Final[_groups.Cid12261Code]
VolumeFlow: _Final[_groups.Cid12261Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12261Code]
CardiovascularOrificeArea: _Final[_groups.Cid12261Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12261Code]
RegurgitantFraction: _Final[_groups.Cid12261Code]
EndDiastolicVelocity: _Final[_groups.Cid12261Code]
PeakSystolicVelocity: _Final[_groups.Cid12261Code]
PeakBloodVelocity: _Final[_groups.Cid12261Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12261Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12261Code]
PeakGradient: _Final[_groups.Cid12261Code]
MeanGradient: _Final[_groups.Cid12261Code]
VelocityTimeIntegral: _Final[_groups.Cid12261Code]
PressureHalfTime: _Final[_groups.Cid12261Code]
AccelerationTime: _Final[_groups.Cid12261Code]
DecelerationTime: _Final[_groups.Cid12261Code]
DecelerationSlope: _Final[_groups.Cid12261Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12261Code]
FlowRadius: _Final[_groups.Cid12261Code]
AliasVelocity: _Final[_groups.Cid12261Code]
AccelerationSlope: _Final[_groups.Cid12261Code]
DESlope: _Final[_groups.Cid12261Code]
EFSlope: _Final[_groups.Cid12261Code]
ACInterval: _Final[_groups.Cid12261Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12261Code]
StenosisPeakGradient: _Final[_groups.Cid12261Code]
StenosisPeakVelocity: _Final[_groups.Cid12261Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12261Code]
EWavePeakVelocity: _Final[_groups.Cid12261Code]
AWavePeakVelocity: _Final[_groups.Cid12261Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12261Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12261Code]
RRInterval: _Final[_groups.Cid12261Code]
Tau: _Final[_groups.Cid12261Code]
IndicatorMeanTransitTime: _Final[_groups.Cid12261Code]
ClosureToOpeningTime: _Final[_groups.Cid12261Code]
IsovolumicRelaxationTime: _Final[_groups.Cid12261Code]
IsovolumicContractionTime: _Final[_groups.Cid12261Code]
EjectionTime: _Final[_groups.Cid12261Code]
PreEjectionPeriod: _Final[_groups.Cid12261Code]
FillingTime: _Final[_groups.Cid12261Code]
BloodPressure: _Final[_groups.Cid12261Code]
HeartRateCorrectedEjectionTime: _Final[_groups.Cid12261Code]
HeartRateCorrectedPreEjectionPeriod: _Final[_groups.Cid12261Code]
AWaveDuration: _Final[_groups.Cid12261Code]
PreEjectionPeriodEjectionTimeRatio: _Final[_groups.Cid12261Code]
EnvelopeDuration: _Final[_groups.Cid12261Code]
TimeToPeakByUS: _Final[_groups.Cid12261Code]
DpDtByUS: _Final[_groups.Cid12261Code]
DiastolicBloodVelocityMean: _Final[_groups.Cid12261Code]
DiastolicBloodVelocityPeak: _Final[_groups.Cid12261Code]
SystolicBloodVelocityMean: _Final[_groups.Cid12261Code]
SystolicBloodVelocityPeak: _Final[_groups.Cid12261Code]
BloodVelocityMean: _Final[_groups.Cid12261Code]
BloodVelocityMinimum: _Final[_groups.Cid12261Code]
BloodVelocityPeak: _Final[_groups.Cid12261Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12261Code]]
