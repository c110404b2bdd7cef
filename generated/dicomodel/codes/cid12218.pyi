"""CID 12218 Echocardiography Congenital Anomaly Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.610.
Includes CID 12220, CID 12222, CID 12250.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HeartRate: _Final[_groups.Cid12218Code]
VolumeFlow: _Final[_groups.Cid12218Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12218Code]
CardiovascularOrificeArea: _Final[_groups.Cid12218Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12218Code]
RegurgitantFraction: _Final[_groups.Cid12218Code]
EndDiastolicVelocity: _Final[_groups.Cid12218Code]
PeakSystolicVelocity: _Final[_groups.Cid12218Code]
PeakBloodVelocity: _Final[_groups.Cid12218Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12218Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12218Code]
PeakGradient: _Final[_groups.Cid12218Code]
MeanGradient: _Final[_groups.Cid12218Code]
VelocityTimeIntegral: _Final[_groups.Cid12218Code]
PressureHalfTime: _Final[_groups.Cid12218Code]
AccelerationTime: _Final[_groups.Cid12218Code]
DecelerationTime: _Final[_groups.Cid12218Code]
DecelerationSlope: _Final[_groups.Cid12218Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12218Code]
FlowRadius: _Final[_groups.Cid12218Code]
AliasVelocity: _Final[_groups.Cid12218Code]
AccelerationSlope: _Final[_groups.Cid12218Code]
DESlope: _Final[_groups.Cid12218Code]
EFSlope: _Final[_groups.Cid12218Code]
ACInterval: _Final[_groups.Cid12218Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12218Code]
StenosisPeakGradient: _Final[_groups.Cid12218Code]
StenosisPeakVelocity: _Final[_groups.Cid12218Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12218Code]
EWavePeakVelocity: _Final[_groups.Cid12218Code]
AWavePeakVelocity: _Final[_groups.Cid12218Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12218Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12218Code]
Length: _Final[_groups.Cid12218Code]
Diameter: _Final[_groups.Cid12218Code]
MajorAxis: _Final[_groups.Cid12218Code]
MinorAxis: _Final[_groups.Cid12218Code]
Circumference: _Final[_groups.Cid12218Code]
Radius: _Final[_groups.Cid12218Code]
ROIThicknessByUS: _Final[_groups.Cid12218Code]
ROIInternalDimensionByUS: _Final[_groups.Cid12218Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12218Code]]
