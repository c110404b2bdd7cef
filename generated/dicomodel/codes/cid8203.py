"""CID 8203 Surface Scan Registration Method Type.

Extensible, version 20121129, UID 1.2.840.10008.6.1.956.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8203
NAME: _Final[str] = "Surface Scan Registration Method Type"
KEYWORD: _Final[str | None] = "SurfaceScanRegistrationMethodType"
UID: _Final[str | None] = "1.2.840.10008.6.1.956"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20121129"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

IterativeClosestPoint: _Final[_Code] = _Code("DCM", "114213", "Iterative Closest Point", (8203,))
"""Iterative Closest Point (DCM 114213)."""

FiducialAlignment: _Final[_Code] = _Code("DCM", "125022", "Fiducial Alignment", (7100, 8203))
"""Fiducial Alignment (DCM 125022)."""

Freehand: _Final[_Code] = _Code("DCM", "114215", "Freehand", (8203,))
"""Freehand (DCM 114215)."""

MEMBERS: _Final[tuple[_Code, ...]] = (IterativeClosestPoint, FiducialAlignment, Freehand)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
