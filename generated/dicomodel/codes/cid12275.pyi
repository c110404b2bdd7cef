"""CID 12275 Cardiac Ultrasound Coronary Artery Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.856.
Includes CID 12220, CID 12222, CID 12250.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HeartRate: _Final[_groups.Cid12275Code]
VolumeFlow: _Final[_groups.Cid12275Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12275Code]
CardiovascularOrificeArea: _Final[_groups.Cid12275Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12275Code]
RegurgitantFraction: _Final[_groups.Cid12275Code]
EndDiastolicVelocity: _Final[_groups.Cid12275Code]
PeakSystolicVelocity: _Final[_groups.Cid12275Code]
PeakBloodVelocity: _Final[_groups.Cid12275Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12275Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12275Code]
PeakGradient: _Final[_groups.Cid12275Code]
MeanGradient: _Final[_groups.Cid12275Code]
VelocityTimeIntegral: _Final[_groups.Cid12275Code]
PressureHalfTime: _Final[_groups.Cid12275Code]
AccelerationTime: _Final[_groups.Cid12275Code]
DecelerationTime: _Final[_groups.Cid12275Code]
DecelerationSlope: _Final[_groups.Cid12275Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12275Code]
FlowRadius: _Final[_groups.Cid12275Code]
AliasVelocity: _Final[_groups.Cid12275Code]
AccelerationSlope: _Final[_groups.Cid12275Code]
DESlope: _Final[_groups.Cid12275Code]
EFSlope: _Final[_groups.Cid12275Code]
ACInterval: _Final[_groups.Cid12275Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12275Code]
StenosisPeakGradient: _Final[_groups.Cid12275Code]
StenosisPeakVelocity: _Final[_groups.Cid12275Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12275Code]
EWavePeakVelocity: _Final[_groups.Cid12275Code]
AWavePeakVelocity: _Final[_groups.Cid12275Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12275Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12275Code]
Length: _Final[_groups.Cid12275Code]
Diameter: _Final[_groups.Cid12275Code]
MajorAxis: _Final[_groups.Cid12275Code]
MinorAxis: _Final[_groups.Cid12275Code]
Circumference: _Final[_groups.Cid12275Code]
Radius: _Final[_groups.Cid12275Code]
ROIThicknessByUS: _Final[_groups.Cid12275Code]
ROIInternalDimensionByUS: _Final[_groups.Cid12275Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12275Code]]
