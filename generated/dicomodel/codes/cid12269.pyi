"""CID 12269 Cardiac Ultrasound Interventricular Septum Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.850.
Includes CID 12220, CID 12222, CID 12250, CID 12253.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HeartRate: _Final[_groups.Cid12269Code]
VolumeFlow: _Final[_groups.Cid12269Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12269Code]
CardiovascularOrificeArea: _Final[_groups.Cid12269Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12269Code]
RegurgitantFraction: _Final[_groups.Cid12269Code]
EndDiastolicVelocity: _Final[_groups.Cid12269Code]
PeakSystolicVelocity: _Final[_groups.Cid12269Code]
PeakBloodVelocity: _Final[_groups.Cid12269Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12269Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12269Code]
PeakGradient: _Final[_groups.Cid12269Code]
MeanGradient: _Final[_groups.Cid12269Code]
VelocityTimeIntegral: _Final[_groups.Cid12269Code]
PressureHalfTime: _Final[_groups.Cid12269Code]
AccelerationTime: _Final[_groups.Cid12269Code]
DecelerationTime: _Final[_groups.Cid12269Code]
DecelerationSlope: _Final[_groups.Cid12269Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12269Code]
FlowRadius: _Final[_groups.Cid12269Code]
AliasVelocity: _Final[_groups.Cid12269Code]
AccelerationSlope: _Final[_groups.Cid12269Code]
DESlope: _Final[_groups.Cid12269Code]
EFSlope: _Final[_groups.Cid12269Code]
ACInterval: _Final[_groups.Cid12269Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12269Code]
StenosisPeakGradient: _Final[_groups.Cid12269Code]
StenosisPeakVelocity: _Final[_groups.Cid12269Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12269Code]
EWavePeakVelocity: _Final[_groups.Cid12269Code]
AWavePeakVelocity: _Final[_groups.Cid12269Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12269Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12269Code]
Length: _Final[_groups.Cid12269Code]
Diameter: _Final[_groups.Cid12269Code]
MajorAxis: _Final[_groups.Cid12269Code]
MinorAxis: _Final[_groups.Cid12269Code]
Circumference: _Final[_groups.Cid12269Code]
Radius: _Final[_groups.Cid12269Code]
ROIThicknessByUS: _Final[_groups.Cid12269Code]
ROIInternalDimensionByUS: _Final[_groups.Cid12269Code]
FlowArea: _Final[_groups.Cid12269Code]
Area: _Final[_groups.Cid12269Code]
JetArea: _Final[_groups.Cid12269Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12269Code]]
