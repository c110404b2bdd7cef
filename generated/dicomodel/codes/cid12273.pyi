"""CID 12273 Cardiac Ultrasound Aortic Sinotubular Junction Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.854.
Includes CID 12220, CID 12222, CID 12250.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AorticSinotubularJunctionToAorticRootRatio: _Final[_groups.Cid12273Code]
HeartRate: _Final[_groups.Cid12273Code]
VolumeFlow: _Final[_groups.Cid12273Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12273Code]
CardiovascularOrificeArea: _Final[_groups.Cid12273Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12273Code]
RegurgitantFraction: _Final[_groups.Cid12273Code]
EndDiastolicVelocity: _Final[_groups.Cid12273Code]
PeakSystolicVelocity: _Final[_groups.Cid12273Code]
PeakBloodVelocity: _Final[_groups.Cid12273Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12273Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12273Code]
PeakGradient: _Final[_groups.Cid12273Code]
MeanGradient: _Final[_groups.Cid12273Code]
VelocityTimeIntegral: _Final[_groups.Cid12273Code]
PressureHalfTime: _Final[_groups.Cid12273Code]
AccelerationTime: _Final[_groups.Cid12273Code]
DecelerationTime: _Final[_groups.Cid12273Code]
DecelerationSlope: _Final[_groups.Cid12273Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12273Code]
FlowRadius: _Final[_groups.Cid12273Code]
AliasVelocity: _Final[_groups.Cid12273Code]
AccelerationSlope: _Final[_groups.Cid12273Code]
DESlope: _Final[_groups.Cid12273Code]
EFSlope: _Final[_groups.Cid12273Code]
ACInterval: _Final[_groups.Cid12273Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12273Code]
StenosisPeakGradient: _Final[_groups.Cid12273Code]
StenosisPeakVelocity: _Final[_groups.Cid12273Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12273Code]
EWavePeakVelocity: _Final[_groups.Cid12273Code]
AWavePeakVelocity: _Final[_groups.Cid12273Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12273Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12273Code]
Length: _Final[_groups.Cid12273Code]
Diameter: _Final[_groups.Cid12273Code]
MajorAxis: _Final[_groups.Cid12273Code]
MinorAxis: _Final[_groups.Cid12273Code]
Circumference: _Final[_groups.Cid12273Code]
Radius: _Final[_groups.Cid12273Code]
ROIThicknessByUS: _Final[_groups.Cid12273Code]
ROIInternalDimensionByUS: _Final[_groups.Cid12273Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12273Code]]
