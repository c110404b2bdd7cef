"""CID 12204 Echocardiography Right Ventricle Measurement.

Extensible, version 20080623, UID 1.2.840.10008.6.1.597.
Includes CID 12220, CID 12222.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RVStrokeVolume: _Final[_groups.Cid12204Code]
RVCardiacOutput: _Final[_groups.Cid12204Code]
RVCardiacIndex: _Final[_groups.Cid12204Code]
RVStrokeIndex: _Final[_groups.Cid12204Code]
RightVentricularInternalDiastolicDimension: _Final[_groups.Cid12204Code]
RightVentricularInternalSystolicDimension: _Final[_groups.Cid12204Code]
RightVentricularIndexOfMyocardialPerformance: _Final[_groups.Cid12204Code]
RightVentricularPeakSystolicPressure: _Final[_groups.Cid12204Code]
RightVentricularAnteriorWallDiastolicThickness: _Final[_groups.Cid12204Code]
RightVentricularAnteriorWallSystolicThickness: _Final[_groups.Cid12204Code]
HeartRate: _Final[_groups.Cid12204Code]
VolumeFlow: _Final[_groups.Cid12204Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12204Code]
CardiovascularOrificeArea: _Final[_groups.Cid12204Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12204Code]
RegurgitantFraction: _Final[_groups.Cid12204Code]
EndDiastolicVelocity: _Final[_groups.Cid12204Code]
PeakSystolicVelocity: _Final[_groups.Cid12204Code]
PeakBloodVelocity: _Final[_groups.Cid12204Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12204Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12204Code]
PeakGradient: _Final[_groups.Cid12204Code]
MeanGradient: _Final[_groups.Cid12204Code]
VelocityTimeIntegral: _Final[_groups.Cid12204Code]
PressureHalfTime: _Final[_groups.Cid12204Code]
AccelerationTime: _Final[_groups.Cid12204Code]
DecelerationTime: _Final[_groups.Cid12204Code]
DecelerationSlope: _Final[_groups.Cid12204Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12204Code]
FlowRadius: _Final[_groups.Cid12204Code]
AliasVelocity: _Final[_groups.Cid12204Code]
AccelerationSlope: _Final[_groups.Cid12204Code]
DESlope: _Final[_groups.Cid12204Code]
EFSlope: _Final[_groups.Cid12204Code]
ACInterval: _Final[_groups.Cid12204Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12204Code]
StenosisPeakGradient: _Final[_groups.Cid12204Code]
StenosisPeakVelocity: _Final[_groups.Cid12204Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12204Code]
EWavePeakVelocity: _Final[_groups.Cid12204Code]
AWavePeakVelocity: _Final[_groups.Cid12204Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12204Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12204Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12204Code]]
