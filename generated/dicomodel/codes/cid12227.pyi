"""CID 12227 Echocardiography Measurement Method.

Extensible, version 20211112, UID 1.2.840.10008.6.1.618.
Includes CID 12228, CID 12229, CID 12230, CID 12231, CID 12232, CID 12310.

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
DirectlyMeasured: _Final[_Code]
AreaLengthBiplane: _Final[_Code]
AreaLengthSinglePlane: _Final[_Code]
BiplaneEllipse: _Final[_Code]
SinglePlaneEllipse: _Final[_Code]
CubeMethod: _Final[_Code]
MethodOfDisksBiplane: _Final[_Code]
MethodOfDisksSinglePlane: _Final[_Code]
Teichholz: _Final[_Code]
ModifiedSimpson: _Final[_Code]
BulletMethod: _Final[_Code]
AreaByPressureHalfTime: _Final[_Code]
ContinuityEquation: _Final[_Code]
ContinuityEquationByMeanVelocity: _Final[_Code]
ContinuityEquationByPeakVelocity: _Final[_Code]
ContinuityEquationByVelocityTimeIntegral: _Final[_Code]
ProximalIsovelocitySurfaceArea: _Final[_Code]
Planimetry: _Final[_Code]
FullBernoulli: _Final[_Code]
SimplifiedBernoulli: _Final[_Code]
DopplerVolumeFlow: _Final[_Code]
LeftVentricleMassByMMode: _Final[_Code]
LeftVentricleMassByTruncatedEllipse: _Final[_Code]
LeftVentricleMassByAreaLength: _Final[_Code]
LeftVentricleMassByMModeAdjustedByHeight: _Final[_Code]
LeftVentricleMassByTruncatedEllipseAdjustedByHeight: _Final[_Code]
LeftVentricleMassByAreaLengthAdjustedByHeight: _Final[_Code]
EndocardialMethod: _Final[_Code]
EpicardialMethod: _Final[_Code]
MyocardialMidlayerMethod: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
