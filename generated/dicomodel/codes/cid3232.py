"""CID 3232 ST Segment Location.

Extensible, version 20091021, UID 1.2.840.10008.6.1.778.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3232
NAME: _Final[str] = "ST Segment Location"
KEYWORD: _Final[str | None] = "STSegmentLocation"
UID: _Final[str | None] = "1.2.840.10008.6.1.778"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20091021"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricleAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "284355001", "Left ventricle anterior segment", (3232,)
)
"""Left ventricle anterior segment (SCT 284355001)."""

LeftVentricleInferiorSegment: _Final[_Code] = _Code(
    "SCT", "284357009", "Left ventricle inferior segment", (3232,)
)
"""Left ventricle inferior segment (SCT 284357009)."""

LeftVentricleLateralSegment: _Final[_Code] = _Code(
    "SCT", "284358004", "Left ventricle lateral segment", (3232,)
)
"""Left ventricle lateral segment (SCT 284358004)."""

LeftVentricleSeptalSegment: _Final[_Code] = _Code(
    "SCT", "284356000", "Left ventricle septal segment", (3232,)
)
"""Left ventricle septal segment (SCT 284356000)."""

LeftVentricleApicalSegment: _Final[_Code] = _Code(
    "SCT", "128564006", "Left ventricle apical segment", (3010, 3011, 3232, 3609, 3717, 12305)
)
"""Left ventricle apical segment (SCT 128564006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricleAnteriorSegment,
    LeftVentricleInferiorSegment,
    LeftVentricleLateralSegment,
    LeftVentricleSeptalSegment,
    LeftVentricleApicalSegment,
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
