"""CID 12200 Echocardiography Left Ventricle Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.593.
Includes CID 12220, CID 12201, CID 12240, CID 12202, CID 12222, CID 12203, CID 12239.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HeartRate: _Final[_groups.Cid12200Code]
LeftVentricleInternalEndDiastolicDimension: _Final[_groups.Cid12200Code]
LeftVentricleInternalSystolicDimension: _Final[_groups.Cid12200Code]
LeftVentricularFractionalShortening: _Final[_groups.Cid12200Code]
InterventricularSeptumDiastolicThickness: _Final[_groups.Cid12200Code]
InterventricularSeptumToPosteriorWallThicknessRatio: _Final[_groups.Cid12200Code]
InterventricularSeptumPercentThickening: _Final[_groups.Cid12200Code]
InterventricularSeptumSystolicThickness: _Final[_groups.Cid12200Code]
LeftVentriclePosteriorWallPercentThickening: _Final[_groups.Cid12200Code]
LeftVentricleDiastolicMajorAxis: _Final[_groups.Cid12200Code]
LeftVentricleSystolicMajorAxis: _Final[_groups.Cid12200Code]
LeftVentriclePosteriorWallSystolicThickness: _Final[_groups.Cid12200Code]
LeftVentriclePosteriorWallDiastolicThickness: _Final[_groups.Cid12200Code]
LeftVentricleSemiMajorAxisDiastolicDimension: _Final[_groups.Cid12200Code]
LeftVentricleTruncatedSemiMajorAxisDiastolicDimension: _Final[_groups.Cid12200Code]
LeftVentricularSystolicArea: _Final[_groups.Cid12200Code]
LeftVentricularDiastolicArea: _Final[_groups.Cid12200Code]
LeftVentricularFractionalAreaChange: _Final[_groups.Cid12200Code]
LeftVentricleEpicardialDiastolicAreaPsaxPapView: _Final[_groups.Cid12200Code]
LeftVentricularEndDiastolicVolume: _Final[_groups.Cid12200Code]
LeftVentricularEndSystolicVolume: _Final[_groups.Cid12200Code]
LeftVentricularEjectionFractionByUS: _Final[_groups.Cid12200Code]
VolumeFlow: _Final[_groups.Cid12200Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12200Code]
CardiovascularOrificeArea: _Final[_groups.Cid12200Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12200Code]
RegurgitantFraction: _Final[_groups.Cid12200Code]
EndDiastolicVelocity: _Final[_groups.Cid12200Code]
PeakSystolicVelocity: _Final[_groups.Cid12200Code]
PeakBloodVelocity: _Final[_groups.Cid12200Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12200Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12200Code]
PeakGradient: _Final[_groups.Cid12200Code]
MeanGradient: _Final[_groups.Cid12200Code]
VelocityTimeIntegral: _Final[_groups.Cid12200Code]
PressureHalfTime: _Final[_groups.Cid12200Code]
AccelerationTime: _Final[_groups.Cid12200Code]
DecelerationTime: _Final[_groups.Cid12200Code]
DecelerationSlope: _Final[_groups.Cid12200Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12200Code]
FlowRadius: _Final[_groups.Cid12200Code]
AliasVelocity: _Final[_groups.Cid12200Code]
AccelerationSlope: _Final[_groups.Cid12200Code]
DESlope: _Final[_groups.Cid12200Code]
EFSlope: _Final[_groups.Cid12200Code]
ACInterval: _Final[_groups.Cid12200Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12200Code]
StenosisPeakGradient: _Final[_groups.Cid12200Code]
StenosisPeakVelocity: _Final[_groups.Cid12200Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12200Code]
EWavePeakVelocity: _Final[_groups.Cid12200Code]
AWavePeakVelocity: _Final[_groups.Cid12200Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12200Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12200Code]
LeftVentricleMass: _Final[_groups.Cid12200Code]
LeftVentricularIsovolumicRelaxationTime: _Final[_groups.Cid12200Code]
LeftVentricularIsovolumicContractionTime: _Final[_groups.Cid12200Code]
LeftVentricularPeakEarlyDiastolicTissueVelocity: _Final[_groups.Cid12200Code]
RatioOfMVPeakVelocityToLVPeakTissueVelocityEWave: _Final[_groups.Cid12200Code]
LVPeakDiastolicTissueVelocityDuringAtrialSystole: _Final[_groups.Cid12200Code]
LeftVentricularPeakSystolicTissueVelocity: _Final[_groups.Cid12200Code]
LeftVentricularIndexOfMyocardialPerformance: _Final[_groups.Cid12200Code]
StrokeVolume: _Final[_groups.Cid12200Code]
CardiacOutput: _Final[_groups.Cid12200Code]
CardiacIndex: _Final[_groups.Cid12200Code]
StrokeIndex: _Final[_groups.Cid12200Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12200Code]]
