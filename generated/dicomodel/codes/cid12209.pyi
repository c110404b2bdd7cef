"""CID 12209 Echocardiography Pulmonic Valve Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.602.
Includes CID 12220, CID 12222.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
PulmonicValveAreaByContinuity: _Final[_Code]
PulmonicValveEjectionTime: _Final[_Code]
RatioOfPulmonicValveAccelerationTimeToEjectionTime: _Final[_Code]
TimeFromQWaveToPulmonicValveCloses: _Final[_Code]
HeartRate: _Final[_Code]
VolumeFlow: _Final[_Code]
PeakInstantaneousFlowRate: _Final[_Code]
CardiovascularOrificeArea: _Final[_Code]
CardiovascularOrificeDiameter: _Final[_Code]
RegurgitantFraction: _Final[_Code]
EndDiastolicVelocity: _Final[_Code]
PeakSystolicVelocity: _Final[_Code]
PeakBloodVelocity: _Final[_Code]
TimeAveragedMeanVelocity: _Final[_Code]
TimeAveragedPeakVelocity: _Final[_Code]
PeakGradient: _Final[_Code]
MeanGradient: _Final[_Code]
VelocityTimeIntegral: _Final[_Code]
PressureHalfTime: _Final[_Code]
AccelerationTime: _Final[_Code]
DecelerationTime: _Final[_Code]
DecelerationSlope: _Final[_Code]
SystolicToDiastolicVelocityRatio: _Final[_Code]
FlowRadius: _Final[_Code]
AliasVelocity: _Final[_Code]
AccelerationSlope: _Final[_Code]
DESlope: _Final[_Code]
EFSlope: _Final[_Code]
ACInterval: _Final[_Code]
PeakEWavePeakAWaveByUS: _Final[_Code]
StenosisPeakGradient: _Final[_Code]
StenosisPeakVelocity: _Final[_Code]
PeakReversalVelocityDuringAtrialContraction: _Final[_Code]
EWavePeakVelocity: _Final[_Code]
AWavePeakVelocity: _Final[_Code]
EVelocityToAnnulusEVelocityRatio: _Final[_Code]
VelocityOfFlowPropagation: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
