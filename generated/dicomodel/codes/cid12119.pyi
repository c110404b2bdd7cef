"""CID 12119 Vascular Ultrasound Property.

Extensible, version 20030327, UID 1.2.840.10008.6.1.585.
Includes CID 12120, CID 12121, CID 12122.

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
EndDiastolicVelocity: _Final[_Code]
MinimumDiastolicVelocity: _Final[_Code]
PeakSystolicVelocity: _Final[_Code]
PeakBloodVelocity: _Final[_Code]
TimeAveragedMeanVelocity: _Final[_Code]
TimeAveragedPeakVelocity: _Final[_Code]
VelocityTimeIntegral: _Final[_Code]
FlowVelocity: _Final[_Code]
AccelerationIndex: _Final[_Code]
LumenAreaStenosis: _Final[_Code]
LumenDiameterStenosis: _Final[_Code]
PulsatilityIndex: _Final[_Code]
ResistivityIndex: _Final[_Code]
SystolicToDiastolicVelocityRatio: _Final[_Code]
VelocityRatio: _Final[_Code]
AccelerationTime: _Final[_Code]
DecelerationTime: _Final[_Code]
VesselLumenDiameter: _Final[_Code]
VesselIntimalDiameter: _Final[_Code]
VesselIntimalCrossSectionalDiameter: _Final[_Code]
VesselOutsideDiameter: _Final[_Code]
VesselLumenCrossSectionalArea: _Final[_Code]
VolumeFlow: _Final[_Code]
VesselDepthFromSurface: _Final[_Code]
PeakGradient: _Final[_Code]
MeanGradient: _Final[_Code]
LengthOfSegment: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
