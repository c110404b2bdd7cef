"""CID 12122 Other Vascular Property.

Extensible, version 20050110, UID 1.2.840.10008.6.1.588.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AccelerationTime: _Final[_groups.Cid12122Code]
DecelerationTime: _Final[_groups.Cid12122Code]
VesselLumenDiameter: _Final[_groups.Cid12122Code]
VesselIntimalDiameter: _Final[_groups.Cid12122Code]
VesselIntimalCrossSectionalDiameter: _Final[_groups.Cid12122Code]
VesselOutsideDiameter: _Final[_groups.Cid12122Code]
VesselLumenCrossSectionalArea: _Final[_groups.Cid12122Code]
VolumeFlow: _Final[_groups.Cid12122Code]
VesselDepthFromSurface: _Final[_groups.Cid12122Code]
PeakGradient: _Final[_groups.Cid12122Code]
MeanGradient: _Final[_groups.Cid12122Code]
LengthOfSegment: _Final[_groups.Cid12122Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12122Code]]
