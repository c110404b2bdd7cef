"""CID 3461 Regional Extent.

Extensible, version 20040614, UID 1.2.840.10008.6.1.105.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3461
NAME: _Final[str] = "Regional Extent"
KEYWORD: _Final[str | None] = "RegionalExtent"
UID: _Final[str | None] = "1.2.840.10008.6.1.105"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SingleLADRegionInRAOProjection: _Final[_Code] = _Code(
    "DCM", "122466", "Single LAD Region in RAO Projection", (3461,)
)
"""Single LAD Region in RAO Projection (DCM 122466)."""

SingleRCARegionInRAOProjection: _Final[_Code] = _Code(
    "DCM", "122467", "Single RCA Region in RAO Projection", (3461,)
)
"""Single RCA Region in RAO Projection (DCM 122467)."""

MultipleLADRegionInRAOProjection: _Final[_Code] = _Code(
    "DCM", "122468", "Multiple LAD Region in RAO Projection", (3461,)
)
"""Multiple LAD Region in RAO Projection (DCM 122468)."""

MultipleRCARegionInRAOProjection: _Final[_Code] = _Code(
    "DCM", "122469", "Multiple RCA Region in RAO Projection", (3461,)
)
"""Multiple RCA Region in RAO Projection (DCM 122469)."""

LADRegionInLAOProjection: _Final[_Code] = _Code(
    "DCM", "122470", "LAD Region in LAO Projection", (3461,)
)
"""LAD Region in LAO Projection (DCM 122470)."""

RCARegionInLAOProjection: _Final[_Code] = _Code(
    "DCM", "122471", "RCA Region in LAO Projection", (3461,)
)
"""RCA Region in LAO Projection (DCM 122471)."""

CFXRegionInLAOProjection: _Final[_Code] = _Code(
    "DCM", "122472", "CFX Region in LAO Projection", (3461,)
)
"""CFX Region in LAO Projection (DCM 122472)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SingleLADRegionInRAOProjection,
    SingleRCARegionInRAOProjection,
    MultipleLADRegionInRAOProjection,
    MultipleRCARegionInRAOProjection,
    LADRegionInLAOProjection,
    RCARegionInLAOProjection,
    CFXRegionInLAOProjection,
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
