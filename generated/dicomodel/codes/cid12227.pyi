"""CID 12227 Echocardiography Measurement Method.

Extensible, version 20211112, UID 1.2.840.10008.6.1.618.
Includes CID 12228, CID 12229, CID 12230, CID 12231, CID 12232, CID 12310.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DirectlyMeasured: _Final[_groups.Cid12227Code]
AreaLengthBiplane: _Final[_groups.Cid12227Code]
AreaLengthSinglePlane: _Final[_groups.Cid12227Code]
BiplaneEllipse: _Final[_groups.Cid12227Code]
SinglePlaneEllipse: _Final[_groups.Cid12227Code]
CubeMethod: _Final[_groups.Cid12227Code]
MethodOfDisksBiplane: _Final[_groups.Cid12227Code]
MethodOfDisksSinglePlane: _Final[_groups.Cid12227Code]
Teichholz: _Final[_groups.Cid12227Code]
ModifiedSimpson: _Final[_groups.Cid12227Code]
BulletMethod: _Final[_groups.Cid12227Code]
AreaByPressureHalfTime: _Final[_groups.Cid12227Code]
ContinuityEquation: _Final[_groups.Cid12227Code]
ContinuityEquationByMeanVelocity: _Final[_groups.Cid12227Code]
ContinuityEquationByPeakVelocity: _Final[_groups.Cid12227Code]
ContinuityEquationByVelocityTimeIntegral: _Final[_groups.Cid12227Code]
ProximalIsovelocitySurfaceArea: _Final[_groups.Cid12227Code]
Planimetry: _Final[_groups.Cid12227Code]
FullBernoulli: _Final[_groups.Cid12227Code]
SimplifiedBernoulli: _Final[_groups.Cid12227Code]
DopplerVolumeFlow: _Final[_groups.Cid12227Code]
LeftVentricleMassByMMode: _Final[_groups.Cid12227Code]
LeftVentricleMassByTruncatedEllipse: _Final[_groups.Cid12227Code]
LeftVentricleMassByAreaLength: _Final[_groups.Cid12227Code]
LeftVentricleMassByMModeAdjustedByHeight: _Final[_groups.Cid12227Code]
LeftVentricleMassByTruncatedEllipseAdjustedByHeight: _Final[_groups.Cid12227Code]
LeftVentricleMassByAreaLengthAdjustedByHeight: _Final[_groups.Cid12227Code]
EndocardialMethod: _Final[_groups.Cid12227Code]
EpicardialMethod: _Final[_groups.Cid12227Code]
MyocardialMidlayerMethod: _Final[_groups.Cid12227Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12227Code]]
