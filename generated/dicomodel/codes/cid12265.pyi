"""CID 12265 Cardiac Ultrasound Atria and Atrial Septum Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.846.
Includes CID 12220, CID 12222, CID 12250, CID 12253, CID 12255.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Volume: _Final[_groups.Cid12265Code]
LeftAtriumToAorticRootRatio: _Final[_groups.Cid12265Code]
LeftAtriumVolumeToRightAtriumVolumeRatio: _Final[_groups.Cid12265Code]
HeartRate: _Final[_groups.Cid12265Code]
VolumeFlow: _Final[_groups.Cid12265Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12265Code]
CardiovascularOrificeArea: _Final[_groups.Cid12265Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12265Code]
RegurgitantFraction: _Final[_groups.Cid12265Code]
EndDiastolicVelocity: _Final[_groups.Cid12265Code]
PeakSystolicVelocity: _Final[_groups.Cid12265Code]
PeakBloodVelocity: _Final[_groups.Cid12265Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12265Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12265Code]
PeakGradient: _Final[_groups.Cid12265Code]
MeanGradient: _Final[_groups.Cid12265Code]
VelocityTimeIntegral: _Final[_groups.Cid12265Code]
PressureHalfTime: _Final[_groups.Cid12265Code]
AccelerationTime: _Final[_groups.Cid12265Code]
DecelerationTime: _Final[_groups.Cid12265Code]
DecelerationSlope: _Final[_groups.Cid12265Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12265Code]
FlowRadius: _Final[_groups.Cid12265Code]
AliasVelocity: _Final[_groups.Cid12265Code]
AccelerationSlope: _Final[_groups.Cid12265Code]
DESlope: _Final[_groups.Cid12265Code]
EFSlope: _Final[_groups.Cid12265Code]
ACInterval: _Final[_groups.Cid12265Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12265Code]
StenosisPeakGradient: _Final[_groups.Cid12265Code]
StenosisPeakVelocity: _Final[_groups.Cid12265Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12265Code]
EWavePeakVelocity: _Final[_groups.Cid12265Code]
AWavePeakVelocity: _Final[_groups.Cid12265Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12265Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12265Code]
Length: _Final[_groups.Cid12265Code]
Diameter: _Final[_groups.Cid12265Code]
MajorAxis: _Final[_groups.Cid12265Code]
MinorAxis: _Final[_groups.Cid12265Code]
Circumference: _Final[_groups.Cid12265Code]
Radius: _Final[_groups.Cid12265Code]
ROIThicknessByUS: _Final[_groups.Cid12265Code]
ROIInternalDimensionByUS: _Final[_groups.Cid12265Code]
FlowArea: _Final[_groups.Cid12265Code]
Area: _Final[_groups.Cid12265Code]
JetArea: _Final[_groups.Cid12265Code]
WallMass: _Final[_groups.Cid12265Code]
MyocardialPerformanceIndexTei: _Final[_groups.Cid12265Code]
EndocardialArea: _Final[_groups.Cid12265Code]
EpicardialArea: _Final[_groups.Cid12265Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12265Code]]
