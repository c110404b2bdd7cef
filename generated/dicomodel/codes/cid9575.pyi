"""CID 9575 Patient Alignment Device.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1422.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LaserCrossHairs: _Final[_groups.Cid9575Code]
OpticalDistanceMeter: _Final[_groups.Cid9575Code]
MechanicalPointer: _Final[_groups.Cid9575Code]
RadiofrequencyTransponder: _Final[_groups.Cid9575Code]
OpticalSurfaceScanner: _Final[_groups.Cid9575Code]
LaserSurfaceScan: _Final[_groups.Cid9575Code]
InfraredMarker: _Final[_groups.Cid9575Code]
RadioactiveMarker: _Final[_groups.Cid9575Code]
ThermalImager: _Final[_groups.Cid9575Code]
CombinedStructuredLightThermalImager: _Final[_groups.Cid9575Code]
OcularFixationLight: _Final[_groups.Cid9575Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9575Code]]
