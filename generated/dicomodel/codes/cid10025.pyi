"""CID 10025 Radiation Dose Reference Point.

Extensible, version 20230121, UID 1.2.840.10008.6.1.1056.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V15cmFromIsocenterTowardSource: _Final[_groups.Cid10025Code]
V30cmInFrontOfImageInputSurface: _Final[_groups.Cid10025Code]
V1cmAboveTabletop: _Final[_groups.Cid10025Code]
V30cmAboveTabletop: _Final[_groups.Cid10025Code]
V15cmFromTableCenterline: _Final[_groups.Cid10025Code]
V4Point2cmAboveBreastSupportSurface: _Final[_groups.Cid10025Code]
InDetectorPlane: _Final[_groups.Cid10025Code]
AtSurfaceOfPatient: _Final[_groups.Cid10025Code]
V100cmFromXRaySource: _Final[_groups.Cid10025Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10025Code]]
