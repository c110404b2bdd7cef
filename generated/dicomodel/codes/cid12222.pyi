"""CID 12222 Orifice Flow Property.

Extensible, version 20240612, UID 1.2.840.10008.6.1.614.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

VolumeFlow: _Final[_groups.Cid12222Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12222Code]
CardiovascularOrificeArea: _Final[_groups.Cid12222Code]
CardiovascularOrificeDiameter: _Final[_groups.Cid12222Code]
RegurgitantFraction: _Final[_groups.Cid12222Code]
EndDiastolicVelocity: _Final[_groups.Cid12222Code]
PeakSystolicVelocity: _Final[_groups.Cid12222Code]
PeakBloodVelocity: _Final[_groups.Cid12222Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12222Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12222Code]
PeakGradient: _Final[_groups.Cid12222Code]
MeanGradient: _Final[_groups.Cid12222Code]
VelocityTimeIntegral: _Final[_groups.Cid12222Code]
PressureHalfTime: _Final[_groups.Cid12222Code]
AccelerationTime: _Final[_groups.Cid12222Code]
DecelerationTime: _Final[_groups.Cid12222Code]
DecelerationSlope: _Final[_groups.Cid12222Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12222Code]
FlowRadius: _Final[_groups.Cid12222Code]
AliasVelocity: _Final[_groups.Cid12222Code]
AccelerationSlope: _Final[_groups.Cid12222Code]
DESlope: _Final[_groups.Cid12222Code]
EFSlope: _Final[_groups.Cid12222Code]
ACInterval: _Final[_groups.Cid12222Code]
PeakEWavePeakAWaveByUS: _Final[_groups.Cid12222Code]
StenosisPeakGradient: _Final[_groups.Cid12222Code]
StenosisPeakVelocity: _Final[_groups.Cid12222Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_groups.Cid12222Code]
EWavePeakVelocity: _Final[_groups.Cid12222Code]
AWavePeakVelocity: _Final[_groups.Cid12222Code]
EVelocityToAnnulusEVelocityRatio: _Final[_groups.Cid12222Code]
VelocityOfFlowPropagation: _Final[_groups.Cid12222Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12222Code]]
