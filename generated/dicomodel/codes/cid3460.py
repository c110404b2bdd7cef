"""CID 3460 Circumferential Extent.

Extensible, version 20040614, UID 1.2.840.10008.6.1.104.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3460
NAME: _Final[str] = "Circumferential Extent"
KEYWORD: _Final[str | None] = "CircumferentialExtent"
UID: _Final[str | None] = "1.2.840.10008.6.1.104"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LADRegionInRAOProjection: _Final[_Code] = _Code(
    "DCM", "122464", "LAD Region in RAO Projection", (3460,)
)
"""LAD Region in RAO Projection (DCM 122464)."""

RCARegionInRAOProjection: _Final[_Code] = _Code(
    "DCM", "122465", "RCA Region in RAO Projection", (3460,)
)
"""RCA Region in RAO Projection (DCM 122465)."""

MEMBERS: _Final[tuple[_Code, ...]] = (LADRegionInRAOProjection, RCARegionInRAOProjection)
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
