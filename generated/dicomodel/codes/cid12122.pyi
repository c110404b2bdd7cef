"""CID 12122 Other Vascular Property.

Extensible, version 20050110, UID 1.2.840.10008.6.1.588.

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
