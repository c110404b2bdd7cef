"""CID 12258 Cardiac Ultrasound Right Ventricle Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.839.
Includes CID 12220, CID 12222, CID 12250, CID 12253, CID 12254, CID 12255.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Volume: _Final[_groups.Cid12258Code]
HeartRate: _Final[_groups.Cid12258Code]
VolumeFlow: _Final[_groups.Cid12258Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12258Code]
CardiovascularOrificeArea: _Final[_groups.Cid12258Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12258Code]
RegurgitantFraction: _Final[_groups.Cid12258Code]
EndDiastolicVelocity: _Final[_groups.Cid12258Code]
PeakSystolicVelocity: _Final[_groups.Cid12258Code]
PeakBloodVelocity: _Final[_groups.Cid12258Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12258Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12258Code]
PeakGradient: _Final[_groups.Cid12258Code]
MeanGradient: _Final[_groups.Cid12258Code]
VelocityTimeIntegral: _Final[_groups.Cid12258Code]
PressureHalfTime: _Final[_groups.Cid12258Code]
AccelerationTime: _Final[_groups.Cid12258Code]
DecelerationTime: _Final[_groups.Cid12258Code]
DecelerationSlope: _Final[_groups.Cid12258Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12258Code]
FlowRadius: _Final[_groups.Cid12258Code]
AliasVelocity: _Final[_groups.Cid12258Code]
AccelerationSlope: _Final[_groups.Cid12258Code]
DESlope: _Final[_groups.Cid12258Code]
EFSlope: _Final[_groups.Cid12258Code]
ACInterval: _Final[_groups.Cid12258Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12258Code]
StenosisPeakGradient: _Final[_groups.Cid12258Code]
StenosisPeakVelocity: _Final[_groups.Cid12258Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12258Code]
EWavePeakVelocity: _Final[_groups.Cid12258Code]
AWavePeakVelocity: _Final[_groups.Cid12258Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12258Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12258Code]
Length: _Final[_groups.Cid12258Code]
Diameter: _Final[_groups.Cid12258Code]
MajorAxis: _Final[_groups.Cid12258Code]
MinorAxis: _Final[_groups.Cid12258Code]
Circumference: _Final[_groups.Cid12258Code]
Radius: _Final[_groups.Cid12258Code]
ROIThicknessByUS: _Final[_groups.Cid12258Code]
ROIInternalDimensionByUS: _Final[_groups.Cid12258Code]
FlowArea: _Final[_groups.Cid12258Code]
Area: _Final[_groups.Cid12258Code]
JetArea: _Final[_groups.Cid12258Code]
RRInterval: _Final[_groups.Cid12258Code]
Tau: _Final[_groups.Cid12258Code]
IndicatorMeanTransitTime: _Final[_groups.Cid12258Code]
ClosureToOpeningTime: _Final[_groups.Cid12258Code]
IsovolumicRelaxationTime: _Final[_groups.Cid12258Code]
IsovolumicContractionTime: _Final[_groups.Cid12258Code]
EjectionTime: _Final[_groups.Cid12258Code]
PreEjectionPeriod: _Final[_groups.Cid12258Code]
FillingTime: _Final[_groups.Cid12258Code]
BloodPressure: _Final[_groups.Cid12258Code]
HeartRateCorrectedEjectionTime: _Final[_groups.Cid12258Code]
HeartRateCorrectedPreEjectionPeriod: _Final[_groups.Cid12258Code]
AWaveDuration: _Final[_groups.Cid12258Code]
PreEjectionPeriodEjectionTimeRatio: _Final[_groups.Cid12258Code]
EnvelopeDuration: _Final[_groups.Cid12258Code]
TimeToPeakByUS: _Final[_groups.Cid12258Code]
DpDtByUS: _Final[_groups.Cid12258Code]
WallMass: _Final[_groups.Cid12258Code]
MyocardialPerformanceIndexTei: _Final[_groups.Cid12258Code]
EndocardialArea: _Final[_groups.Cid12258Code]
EpicardialArea: _Final[_groups.Cid12258Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12258Code]]
