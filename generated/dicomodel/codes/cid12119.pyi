"""CID 12119 Vascular Ultrasound Property.

Extensible, version 20030327, UID 1.2.840.10008.6.1.585.
Includes CID 12120, CID 12121, CID 12122.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EndDiastolicVelocity: _Final[_groups.Cid12119Code]
MinimumDiastolicVelocity: _Final[_groups.Cid12119Code]
PeakSystolicVelocity: _Final[_groups.Cid12119Code]
PeakBloodVelocity: _Final[_groups.Cid12119Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12119Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12119Code]
VelocityTimeIntegral: _Final[_groups.Cid12119Code]
FlowVelocity: _Final[_groups.Cid12119Code]
AccelerationIndex: _Final[_groups.Cid12119Code]
LumenAreaStenosis: _Final[_groups.Cid12119Code]
LumenDiameterStenosis: _Final[_groups.Cid12119Code]
PulsatilityIndex: _Final[_groups.Cid12119Code]
ResistivityIndex: _Final[_groups.Cid12119Code]
SystolicToDiastolicVelocityRatio: _Final[_groups.Cid12119Code]
VelocityRatio: _Final[_groups.Cid12119Code]
AccelerationTime: _Final[_groups.Cid12119Code]
DecelerationTime: _Final[_groups.Cid12119Code]
VesselLumenDiameter: _Final[_groups.Cid12119Code]
VesselIntimalDiameter: _Final[_groups.Cid12119Code]
VesselIntimalCrossSectionalDiameter: _Final[_groups.Cid12119Code]
VesselOutsideDiameter: _Final[_groups.Cid12119Code]
VesselLumenCrossSectionalArea: _Final[_groups.Cid12119Code]
VolumeFlow: _Final[_groups.Cid12119Code]
VesselDepthFromSurface: _Final[_groups.Cid12119Code]
PeakGradient: _Final[_groups.Cid12119Code]
MeanGradient: _Final[_groups.Cid12119Code]
LengthOfSegment: _Final[_groups.Cid12119Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12119Code]]
