"""CID 12260 Cardiac Ultrasound Pulmonary Artery Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.841.
Includes CID 12220, CID 12222, CID 12250, CID 12253, CID 12254.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HeartRate: _Final[_groups.Cid12260Code]
VolumeFlow: _Final[_groups.Cid12260Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12260Code]
CardiovascularOrificeArea: _Final[_groups.Cid12260Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12260Code]
RegurgitantFraction: _Final[_groups.Cid12260Code]
EndDiastolicVelocity: _Final[_groups.Cid12260Code]
PeakSystolicVelocity: _Final[_groups.Cid12260Code]
PeakBloodVelocity: _Final[_groups.Cid12260Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12260Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12260Code]
PeakGradient: _Final[_groups.Cid12260Code]
MeanGradient: _Final[_groups.Cid12260Code]
VelocityTimeIntegral: _Final[_groups.Cid12260Code]
PressureHalfTime: _Final[_groups.Cid12260Code]
AccelerationTime: _Final[_groups.Cid12260Code]
DecelerationTime: _Final[_groups.Cid12260Code]
DecelerationSlope: _Final[_groups.Cid12260Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12260Code]
FlowRadius: _Final[_groups.Cid12260Code]
AliasVelocity: _Final[_groups.Cid12260Code]
AccelerationSlope: _Final[_groups.Cid12260Code]
DESlope: _Final[_groups.Cid12260Code]
EFSlope: _Final[_groups.Cid12260Code]
ACInterval: _Final[_groups.Cid12260Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12260Code]
StenosisPeakGradient: _Final[_groups.Cid12260Code]
StenosisPeakVelocity: _Final[_groups.Cid12260Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12260Code]
EWavePeakVelocity: _Final[_groups.Cid12260Code]
AWavePeakVelocity: _Final[_groups.Cid12260Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12260Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12260Code]
Length: _Final[_groups.Cid12260Code]
Diameter: _Final[_groups.Cid12260Code]
MajorAxis: _Final[_groups.Cid12260Code]
MinorAxis: _Final[_groups.Cid12260Code]
Circumference: _Final[_groups.Cid12260Code]
Radius: _Final[_groups.Cid12260Code]
ROIThicknessByUS: _Final[_groups.Cid12260Code]
ROIInternalDimensionByUS: _Final[_groups.Cid12260Code]
FlowArea: _Final[_groups.Cid12260Code]
Area: _Final[_groups.Cid12260Code]
JetArea: _Final[_groups.Cid12260Code]
RRInterval: _Final[_groups.Cid12260Code]
Tau: _Final[_groups.Cid12260Code]
IndicatorMeanTransitTime: _Final[_groups.Cid12260Code]
ClosureToOpeningTime: _Final[_groups.Cid12260Code]
IsovolumicRelaxationTime: _Final[_groups.Cid12260Code]
IsovolumicContractionTime: _Final[_groups.Cid12260Code]
EjectionTime: _Final[_groups.Cid12260Code]
PreEjectionPeriod: _Final[_groups.Cid12260Code]
FillingTime: _Final[_groups.Cid12260Code]
BloodPressure: _Final[_groups.Cid12260Code]
HeartRateCorrectedEjectionTime: _Final[_groups.Cid12260Code]
HeartRateCorrectedPreEjectionPeriod: _Final[_groups.Cid12260Code]
AWaveDuration: _Final[_groups.Cid12260Code]
PreEjectionPeriodEjectionTimeRatio: _Final[_groups.Cid12260Code]
EnvelopeDuration: _Final[_groups.Cid12260Code]
TimeToPeakByUS: _Final[_groups.Cid12260Code]
DpDtByUS: _Final[_groups.Cid12260Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12260Code]]
