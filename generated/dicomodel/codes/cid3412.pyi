"""CID 3412 Intervention Action/Status.

Extensible, version 20030327, UID 1.2.840.10008.6.1.77.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

GuidewireCrossingLesionUnsuccessful: _Final[_groups.Cid3412Code]
GuidewireCrossingLesionSuccessful: _Final[_groups.Cid3412Code]
AngioplastyBalloonInflated: _Final[_groups.Cid3412Code]
AngioplastyBalloonDeflated: _Final[_groups.Cid3412Code]
DeviceDeployed: _Final[_groups.Cid3412Code]
StentReExpanded: _Final[_groups.Cid3412Code]
ObjectRemoved: _Final[_groups.Cid3412Code]
RadiationApplied: _Final[_groups.Cid3412Code]
RadiationRemoved: _Final[_groups.Cid3412Code]
InterventionalDevicePlacementUnsuccessful: _Final[_groups.Cid3412Code]
InterventionalDevicePlaced: _Final[_groups.Cid3412Code]
InterventionPerformed: _Final[_groups.Cid3412Code]
InterventionalDeviceWithdrawn: _Final[_groups.Cid3412Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3412Code]]
