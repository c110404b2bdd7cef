"""CID 3781 Left Ventricle Myocardial Wall 18 Segment Model.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1413.
Includes CID 3782, CID 3783, CID 3785.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3781
NAME: _Final[str] = "Left Ventricle Myocardial Wall 18 Segment Model"
KEYWORD: _Final[str | None] = "LeftVentricleMyocardialWall18SegmentModel"
UID: _Final[str | None] = "1.2.840.10008.6.1.1413"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210904"
INCLUDES: _Final[tuple[int, ...]] = (3782, 3783, 3785)
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricleBasalAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "264850008", "left ventricle basal anterior segment", (3718, 3782, 12305)
)
"""left ventricle basal anterior segment (SCT 264850008). Included from CID 3782."""

LeftVentricleBasalAnteroseptalSegment: _Final[_Code] = _Code(
    "SCT", "396482007", "left ventricle basal anteroseptal segment", (3782, 12305)
)
"""left ventricle basal anteroseptal segment (SCT 396482007). Included from CID 3782."""

LeftVentricleBasalInferoseptalSegment: _Final[_Code] = _Code(
    "SCT", "396646008", "left ventricle basal inferoseptal segment", (3782, 12305)
)
"""left ventricle basal inferoseptal segment (SCT 396646008). Included from CID 3782."""

LeftVentricleBasalInferiorSegment: _Final[_Code] = _Code(
    "SCT", "264846001", "left ventricle basal inferior segment", (3718, 3782, 12305)
)
"""left ventricle basal inferior segment (SCT 264846001). Included from CID 3782."""

LeftVentricleBasalInferolateralSegment: _Final[_Code] = _Code(
    "SCT", "396652009", "left ventricle basal inferolateral segment", (3782, 12305)
)
"""left ventricle basal inferolateral segment (SCT 396652009). Included from CID 3782."""

LeftVentricleBasalAnterolateralSegment: _Final[_Code] = _Code(
    "SCT", "396654005", "left ventricle basal anterolateral segment", (3782, 12305)
)
"""left ventricle basal anterolateral segment (SCT 396654005). Included from CID 3782."""

LeftVentricleMidAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "264848000", "left ventricle mid anterior segment", (3783, 12305)
)
"""left ventricle mid anterior segment (SCT 264848000). Included from CID 3783."""

LeftVentricleMidAnteroseptalSegment: _Final[_Code] = _Code(
    "SCT", "396647004", "left ventricle mid anteroseptal segment", (3783, 12305)
)
"""left ventricle mid anteroseptal segment (SCT 396647004). Included from CID 3783."""

LeftVentricleMidInferoseptalSegment: _Final[_Code] = _Code(
    "SCT", "396649001", "left ventricle mid inferoseptal segment", (3783, 12305)
)
"""left ventricle mid inferoseptal segment (SCT 396649001). Included from CID 3783."""

LeftVentricleMidInferiorSegment: _Final[_Code] = _Code(
    "SCT", "264847005", "left ventricle mid inferior segment", (3783, 12305)
)
"""left ventricle mid inferior segment (SCT 264847005). Included from CID 3783."""

LeftVentricleMidInferolateralSegment: _Final[_Code] = _Code(
    "SCT", "396655006", "left ventricle mid inferolateral segment", (3783, 12305)
)
"""left ventricle mid inferolateral segment (SCT 396655006). Included from CID 3783."""

LeftVentricleMidAnterolateralSegment: _Final[_Code] = _Code(
    "SCT", "396656007", "left ventricle mid anterolateral segment", (3783, 12305)
)
"""left ventricle mid anterolateral segment (SCT 396656007). Included from CID 3783."""

LeftVentricleApicalAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "264844003", "left ventricle apical anterior segment", (3784, 3785, 12305)
)
"""left ventricle apical anterior segment (SCT 264844003). Included from CID 3785."""

LeftVentricleApicalAnterolateralSegment: _Final[_Code] = _Code(
    "DCM", "130623", "left ventricle apical anterolateral segment", (3785, 12305)
)
"""left ventricle apical anterolateral segment (DCM 130623). Included from CID 3785."""

LeftVentricleApicalAnteroseptalSegment: _Final[_Code] = _Code(
    "DCM", "130620", "left ventricle apical anteroseptal segment", (3785, 12305)
)
"""left ventricle apical anteroseptal segment (DCM 130620). Included from CID 3785."""

LeftVentricleApicalInferiorSegment: _Final[_Code] = _Code(
    "SCT", "264849008", "left ventricle apical inferior segment", (3784, 3785, 12305)
)
"""left ventricle apical inferior segment (SCT 264849008). Included from CID 3785."""

LeftVentricleApicalInferolateralSegment: _Final[_Code] = _Code(
    "DCM", "130622", "left ventricle apical inferolateral segment", (3785, 12305)
)
"""left ventricle apical inferolateral segment (DCM 130622). Included from CID 3785."""

LeftVentricleApicalInferoseptalSegment: _Final[_Code] = _Code(
    "DCM", "130621", "left ventricle apical inferoseptal segment", (3785, 12305)
)
"""left ventricle apical inferoseptal segment (DCM 130621). Included from CID 3785."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricleBasalAnteriorSegment,
    LeftVentricleBasalAnteroseptalSegment,
    LeftVentricleBasalInferoseptalSegment,
    LeftVentricleBasalInferiorSegment,
    LeftVentricleBasalInferolateralSegment,
    LeftVentricleBasalAnterolateralSegment,
    LeftVentricleMidAnteriorSegment,
    LeftVentricleMidAnteroseptalSegment,
    LeftVentricleMidInferoseptalSegment,
    LeftVentricleMidInferiorSegment,
    LeftVentricleMidInferolateralSegment,
    LeftVentricleMidAnterolateralSegment,
    LeftVentricleApicalAnteriorSegment,
    LeftVentricleApicalAnterolateralSegment,
    LeftVentricleApicalAnteroseptalSegment,
    LeftVentricleApicalInferiorSegment,
    LeftVentricleApicalInferolateralSegment,
    LeftVentricleApicalInferoseptalSegment,
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
