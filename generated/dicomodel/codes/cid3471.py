"""CID 3471 Estimated Volume.

Extensible, version 20040614, UID 1.2.840.10008.6.1.113.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3471
NAME: _Final[str] = "Estimated Volume"
KEYWORD: _Final[str | None] = "EstimatedVolume"
UID: _Final[str | None] = "1.2.840.10008.6.1.113"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

VolumeEstimatedFromSingle2DRegion: _Final[_Code] = _Code(
    "DCM", "121216", "Volume estimated from single 2D region", (3471, 7472)
)
"""Volume estimated from single 2D region (DCM 121216)."""

VolumeEstimatedFromTwoNonCoplanar2DRegions: _Final[_Code] = _Code(
    "DCM", "121218", "Volume estimated from two non-coplanar 2D regions", (3471, 7472)
)
"""Volume estimated from two non-coplanar 2D regions (DCM 121218)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    VolumeEstimatedFromSingle2DRegion,
    VolumeEstimatedFromTwoNonCoplanar2DRegions,
)
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
