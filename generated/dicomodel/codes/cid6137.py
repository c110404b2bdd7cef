"""CID 6137 CAD Analysis Type.

Extensible, version 20030108, UID 1.2.840.10008.6.1.457.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6137
NAME: _Final[str] = "CAD Analysis Type"
KEYWORD: _Final[str | None] = "CADAnalysisType"
UID: _Final[str | None] = "1.2.840.10008.6.1.457"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SpatialCollocationAnalysis: _Final[_Code] = _Code(
    "SCT", "133884007", "Spatial collocation analysis", (6043, 6137)
)
"""Spatial collocation analysis (SCT 133884007)."""

SpatialProximityAnalysis: _Final[_Code] = _Code(
    "SCT", "133885008", "Spatial proximity analysis", (6043, 6137)
)
"""Spatial proximity analysis (SCT 133885008)."""

TemporalCorrelation: _Final[_Code] = _Code("SCT", "133886009", "Temporal correlation", (6043, 6137))
"""Temporal correlation (SCT 133886009)."""

ImageQualityAnalysis: _Final[_Code] = _Code(
    "SCT", "133887000", "Image quality analysis", (6043, 6137)
)
"""Image quality analysis (SCT 133887000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SpatialCollocationAnalysis,
    SpatialProximityAnalysis,
    TemporalCorrelation,
    ImageQualityAnalysis,
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
