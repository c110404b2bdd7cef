"""CID 3784 Left Ventricle Apical Wall 4 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1416.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3784
NAME: _Final[str] = "Left Ventricle Apical Wall 4 Segments"
KEYWORD: _Final[str | None] = "LeftVentricleApicalWall4Segments"
UID: _Final[str | None] = "1.2.840.10008.6.1.1416"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricleApicalAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "264844003", "left ventricle apical anterior segment", (3784, 3785, 12305)
)
"""left ventricle apical anterior segment (SCT 264844003)."""

LeftVentricleApicalSeptalSegment: _Final[_Code] = _Code(
    "SCT", "264845002", "left ventricle apical septal segment", (3718, 3784, 12305)
)
"""left ventricle apical septal segment (SCT 264845002)."""

LeftVentricleApicalInferiorSegment: _Final[_Code] = _Code(
    "SCT", "264849008", "left ventricle apical inferior segment", (3784, 3785, 12305)
)
"""left ventricle apical inferior segment (SCT 264849008)."""

LeftVentricleApicalLateralSegment: _Final[_Code] = _Code(
    "SCT", "264853005", "left ventricle apical lateral segment", (3784, 12305)
)
"""left ventricle apical lateral segment (SCT 264853005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricleApicalAnteriorSegment,
    LeftVentricleApicalSeptalSegment,
    LeftVentricleApicalInferiorSegment,
    LeftVentricleApicalLateralSegment,
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
