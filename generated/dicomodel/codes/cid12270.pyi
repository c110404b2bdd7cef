"""CID 12270 Cardiac Ultrasound Aortic Valve Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.851.
Includes CID 12220, CID 12222, CID 12239, CID 12250, CID 12252, CID 12253, CID 12254.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AorticValveCuspSeparation: _Final[_groups.Cid12270Code]
HeartRate: _Final[_groups.Cid12270Code]
VolumeFlow: _Final[_groups.Cid12270Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12270Code]
CardiovascularOrificeArea: _Final[_groups.Cid12270Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12270Code]
RegurgitantFraction: _Final[_groups.Cid12270Code]
EndDiastolicVelocity: _Final[_groups.Cid12270Code]
PeakSystolicVelocity: _Final[_groups.Cid12270Code]
PeakBloodVelocity: _Final[_groups.Cid12270Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12270Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12270Code]
PeakGradient: _Final[_groups.Cid12270Code]
MeanGradient: _Final[_groups.Cid12270Code]
VelocityTimeIntegral: _Final[_groups.Cid12270Code]
PressureHalfTime: _Final[_groups.Cid12270Code]
AccelerationTime: _Final[_groups.Cid12270Code]
DecelerationTime: _Final[_groups.Cid12270Code]
DecelerationSlope: _Final[_groups.Cid12270Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12270Code]
FlowRadius: _Final[_groups.Cid12270Code]
AliasVelocity: _Final[_groups.Cid12270Code]
AccelerationSlope: _Final[_groups.Cid12270Code]
DESlope: _Final[_groups.Cid12270Code]
EFSlope: _Final[_groups.Cid12270Code]
ACInterval: _Final[_groups.Cid12270Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12270Code]
StenosisPeakGradient: _Final[_groups.Cid12270Code]
StenosisPeakVelocity: _Final[_groups.Cid12270Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12270Code]
EWavePeakVelocity: _Final[_groups.Cid12270Code]
AWavePeakVelocity: _Final[_groups.Cid12270Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12270Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12270Code]
StrokeVolume: _Final[_groups.Cid12270Code]
CardiacOutput: _Final[_groups.Cid12270Code]
CardiacIndex: _Final[_groups.Cid12270Code]
StrokeIndex: _Final[_groups.Cid12270Code]
Length: _Final[_groups.Cid12270Code]
Diameter: _Final[_groups.Cid12270Code]
MajorAxis: _Final[_groups.Cid12270Code]
MinorAxis: _Final[_groups.Cid12270Code]
Circumference: _Final[_groups.Cid12270Code]
Radius: _Final[_groups.Cid12270Code]
ROIThicknessByUS: _Final[_groups.Cid12270Code]
ROIInternalDimensionByUS: _Final[_groups.Cid12270Code]
CardiacEjectionFraction: _Final[_groups.Cid12270Code]
MeanVelocityOfCircumferentialFiberShorteningMeanVcfv: _Final[_groups.Cid12270Code]
HRCorrectedMeanVelocityOfCircumferentialFiberShortening: _Final[_groups.Cid12270Code]
PercentThickening: _Final[_groups.Cid12270Code]
FractionalShortening: _Final[_groups.Cid12270Code]
FlowArea: _Final[_groups.Cid12270Code]
Area: _Final[_groups.Cid12270Code]
JetArea: _Final[_groups.Cid12270Code]
RRInterval: _Final[_groups.Cid12270Code]
Tau: _Final[_groups.Cid12270Code]
IndicatorMeanTransitTime: _Final[_groups.Cid12270Code]
ClosureToOpeningTime: _Final[_groups.Cid12270Code]
IsovolumicRelaxationTime: _Final[_groups.Cid12270Code]
IsovolumicContractionTime: _Final[_groups.Cid12270Code]
EjectionTime: _Final[_groups.Cid12270Code]
PreEjectionPeriod: _Final[_groups.Cid12270Code]
FillingTime: _Final[_groups.Cid12270Code]
BloodPressure: _Final[_groups.Cid12270Code]
HeartRateCorrectedEjectionTime: _Final[_groups.Cid12270Code]
HeartRateCorrectedPreEjectionPeriod: _Final[_groups.Cid12270Code]
AWaveDuration: _Final[_groups.Cid12270Code]
PreEjectionPeriodEjectionTimeRatio: _Final[_groups.Cid12270Code]
EnvelopeDuration: _Final[_groups.Cid12270Code]
TimeToPeakByUS: _Final[_groups.Cid12270Code]
DpDtByUS: _Final[_groups.Cid12270Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12270Code]]
