"""CID 3782 Left Ventricle Basal Wall 6 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1414.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3782
NAME: _Final[str] = "Left Ventricle Basal Wall 6 Segments"
KEYWORD: _Final[str | None] = "LeftVentricleBasalWall6Segments"
UID: _Final[str | None] = "1.2.840.10008.6.1.1414"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricleBasalAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "264850008", "left ventricle basal anterior segment", (3718, 3782, 12305)
)
"""left ventricle basal anterior segment (SCT 264850008)."""

LeftVentricleBasalAnteroseptalSegment: _Final[_Code] = _Code(
    "SCT", "396482007", "left ventricle basal anteroseptal segment", (3782, 12305)
)
"""left ventricle basal anteroseptal segment (SCT 396482007)."""

LeftVentricleBasalInferoseptalSegment: _Final[_Code] = _Code(
    "SCT", "396646008", "left ventricle basal inferoseptal segment", (3782, 12305)
)
"""left ventricle basal inferoseptal segment (SCT 396646008)."""

LeftVentricleBasalInferiorSegment: _Final[_Code] = _Code(
    "SCT", "264846001", "left ventricle basal inferior segment", (3718, 3782, 12305)
)
"""left ventricle basal inferior segment (SCT 264846001)."""

LeftVentricleBasalInferolateralSegment: _Final[_Code] = _Code(
    "SCT", "396652009", "left ventricle basal inferolateral segment", (3782, 12305)
)
"""left ventricle basal inferolateral segment (SCT 396652009)."""

LeftVentricleBasalAnterolateralSegment: _Final[_Code] = _Code(
    "SCT", "396654005", "left ventricle basal anterolateral segment", (3782, 12305)
)
"""left ventricle basal anterolateral segment (SCT 396654005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricleBasalAnteriorSegment,
    LeftVentricleBasalAnteroseptalSegment,
    LeftVentricleBasalInferoseptalSegment,
    LeftVentricleBasalInferiorSegment,
    LeftVentricleBasalInferolateralSegment,
    LeftVentricleBasalAnterolateralSegment,
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
