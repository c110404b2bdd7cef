"""CID 12224 Ultrasound Image Mode.

Extensible, version 20211112, UID 1.2.840.10008.6.1.616.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V2DMode: _Final[_groups.Cid12224Code]
DopplerColorFlow: _Final[_groups.Cid12224Code]
MMode: _Final[_groups.Cid12224Code]
DopplerPulsed: _Final[_groups.Cid12224Code]
DopplerContinuousWave: _Final[_groups.Cid12224Code]
PowerDoppler: _Final[_groups.Cid12224Code]
V3DMode: _Final[_groups.Cid12224Code]
TissueDopplerImaging: _Final[_groups.Cid12224Code]
BMode: _Final[_groups.Cid12224Code]
PointShearWaveElastography: _Final[_groups.Cid12224Code]
V2DShearWaveElastography: _Final[_groups.Cid12224Code]
V3DShearWaveElastography: _Final[_groups.Cid12224Code]
V2DSpeckleTracking: _Final[_groups.Cid12224Code]
V3DSpeckleTracking: _Final[_groups.Cid12224Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12224Code]]
