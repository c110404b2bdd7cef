"""CID 3783 Left Ventricle Midlevel Wall 6 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1415.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3783
NAME: _Final[str] = "Left Ventricle Midlevel Wall 6 Segments"
KEYWORD: _Final[str | None] = "LeftVentricleMidlevelWall6Segments"
UID: _Final[str | None] = "1.2.840.10008.6.1.1415"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricleMidAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "264848000", "left ventricle mid anterior segment", (3783, 12305)
)
"""left ventricle mid anterior segment (SCT 264848000)."""

LeftVentricleMidAnteroseptalSegment: _Final[_Code] = _Code(
    "SCT", "396647004", "left ventricle mid anteroseptal segment", (3783, 12305)
)
"""left ventricle mid anteroseptal segment (SCT 396647004)."""

LeftVentricleMidInferoseptalSegment: _Final[_Code] = _Code(
    "SCT", "396649001", "left ventricle mid inferoseptal segment", (3783, 12305)
)
"""left ventricle mid inferoseptal segment (SCT 396649001)."""

LeftVentricleMidInferiorSegment: _Final[_Code] = _Code(
    "SCT", "264847005", "left ventricle mid inferior segment", (3783, 12305)
)
"""left ventricle mid inferior segment (SCT 264847005)."""

LeftVentricleMidInferolateralSegment: _Final[_Code] = _Code(
    "SCT", "396655006", "left ventricle mid inferolateral segment", (3783, 12305)
)
"""left ventricle mid inferolateral segment (SCT 396655006)."""

LeftVentricleMidAnterolateralSegment: _Final[_Code] = _Code(
    "SCT", "396656007", "left ventricle mid anterolateral segment", (3783, 12305)
)
"""left ventricle mid anterolateral segment (SCT 396656007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricleMidAnteriorSegment,
    LeftVentricleMidAnteroseptalSegment,
    LeftVentricleMidInferoseptalSegment,
    LeftVentricleMidInferiorSegment,
    LeftVentricleMidInferolateralSegment,
    LeftVentricleMidAnterolateralSegment,
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
