"""CID 3718 Myocardial Wall Segments in Projection.

Extensible, version 20210328, UID 1.2.840.10008.6.1.219.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3718
NAME: _Final[str] = "Myocardial Wall Segments in Projection"
KEYWORD: _Final[str | None] = "MyocardialWallSegmentsInProjection"
UID: _Final[str | None] = "1.2.840.10008.6.1.219"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210328"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricleBasalAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "264850008", "left ventricle basal anterior segment", (3718, 3782, 12305)
)
"""left ventricle basal anterior segment (SCT 264850008)."""

MyocardiumOfAnterolateralRegion: _Final[_Code] = _Code(
    "SCT", "73050001", "myocardium of anterolateral region", (3718,)
)
"""myocardium of anterolateral region (SCT 73050001)."""

MyocardiumOfApexOfHeart: _Final[_Code] = _Code(
    "SCT", "47962008", "myocardium of apex of heart", (3718,)
)
"""myocardium of apex of heart (SCT 47962008)."""

MyocardiumOfDiaphragmaticRegion: _Final[_Code] = _Code(
    "SCT", "72542009", "myocardium of diaphragmatic region", (3718,)
)
"""myocardium of diaphragmatic region (SCT 72542009)."""

LeftVentricleBasalInferiorSegment: _Final[_Code] = _Code(
    "SCT", "264846001", "left ventricle basal inferior segment", (3718, 3782, 12305)
)
"""left ventricle basal inferior segment (SCT 264846001)."""

MyocardiumOfPosterolateralRegion: _Final[_Code] = _Code(
    "SCT", "33272004", "myocardium of posterolateral region", (3718,)
)
"""myocardium of posterolateral region (SCT 33272004)."""

MyocardiumOfInferolateralRegion: _Final[_Code] = _Code(
    "SCT", "16239001", "myocardium of inferolateral region", (3718,)
)
"""myocardium of inferolateral region (SCT 16239001)."""

LeftVentricleApicalSeptalSegment: _Final[_Code] = _Code(
    "SCT", "264845002", "left ventricle apical septal segment", (3718, 3784, 12305)
)
"""left ventricle apical septal segment (SCT 264845002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricleBasalAnteriorSegment,
    MyocardiumOfAnterolateralRegion,
    MyocardiumOfApexOfHeart,
    MyocardiumOfDiaphragmaticRegion,
    LeftVentricleBasalInferiorSegment,
    MyocardiumOfPosterolateralRegion,
    MyocardiumOfInferolateralRegion,
    LeftVentricleApicalSeptalSegment,
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
