"""CID 3785 Left Ventricle Apical Wall 6 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1417.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3785
NAME: _Final[str] = "Left Ventricle Apical Wall 6 Segments"
KEYWORD: _Final[str | None] = "LeftVentricleApicalWall6Segments"
UID: _Final[str | None] = "1.2.840.10008.6.1.1417"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricleApicalAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "264844003", "left ventricle apical anterior segment", (3784, 3785, 12305)
)
"""left ventricle apical anterior segment (SCT 264844003)."""

LeftVentricleApicalAnterolateralSegment: _Final[_Code] = _Code(
    "DCM", "130623", "left ventricle apical anterolateral segment", (3785, 12305)
)
"""left ventricle apical anterolateral segment (DCM 130623)."""

LeftVentricleApicalAnteroseptalSegment: _Final[_Code] = _Code(
    "DCM", "130620", "left ventricle apical anteroseptal segment", (3785, 12305)
)
"""left ventricle apical anteroseptal segment (DCM 130620)."""

LeftVentricleApicalInferiorSegment: _Final[_Code] = _Code(
    "SCT", "264849008", "left ventricle apical inferior segment", (3784, 3785, 12305)
)
"""left ventricle apical inferior segment (SCT 264849008)."""

LeftVentricleApicalInferolateralSegment: _Final[_Code] = _Code(
    "DCM", "130622", "left ventricle apical inferolateral segment", (3785, 12305)
)
"""left ventricle apical inferolateral segment (DCM 130622)."""

LeftVentricleApicalInferoseptalSegment: _Final[_Code] = _Code(
    "DCM", "130621", "left ventricle apical inferoseptal segment", (3785, 12305)
)
"""left ventricle apical inferoseptal segment (DCM 130621)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
