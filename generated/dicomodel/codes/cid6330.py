"""CID 6330 PI-RADS® v2 T2WI TZ Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1387.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6330
NAME: _Final[str] = "PI-RADS® v2 T2WI TZ Lesion Assessment Category"
KEYWORD: _Final[str | None] = "PIRADSv2T2WITZLesionAssessmentCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.1387"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PIRADS1T2WITZVeryLow: _Final[_Code] = _Code(
    "RADLEX", "RID50308", "PI-RADS 1 - T2WI TZ Very low", (6330,)
)
"""PI-RADS 1 - T2WI TZ Very low (RADLEX RID50308)."""

PIRADS2T2WITZLow: _Final[_Code] = _Code("RADLEX", "RID50309", "PI-RADS 2 - T2WI TZ Low", (6330,))
"""PI-RADS 2 - T2WI TZ Low (RADLEX RID50309)."""

PIRADS3T2WITZIntermediate: _Final[_Code] = _Code(
    "RADLEX", "RID50310", "PI-RADS 3 - T2WI TZ Intermediate", (6330,)
)
"""PI-RADS 3 - T2WI TZ Intermediate (RADLEX RID50310)."""

PIRADS4T2WITZHigh: _Final[_Code] = _Code("RADLEX", "RID50311", "PI-RADS 4 - T2WI TZ High", (6330,))
"""PI-RADS 4 - T2WI TZ High (RADLEX RID50311)."""

PIRADS5T2WITZVeryHigh: _Final[_Code] = _Code(
    "RADLEX", "RID50312", "PI-RADS 5 - T2WI TZ Very high", (6330,)
)
"""PI-RADS 5 - T2WI TZ Very high (RADLEX RID50312)."""

PIRADSXT2WITZInadequateOrAbsent: _Final[_Code] = _Code(
    "RADLEX", "RID50325", "PI-RADS X - T2WI TZ Inadequate or absent", (6330,)
)
"""PI-RADS X - T2WI TZ Inadequate or absent (RADLEX RID50325)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PIRADS1T2WITZVeryLow,
    PIRADS2T2WITZLow,
    PIRADS3T2WITZIntermediate,
    PIRADS4T2WITZHigh,
    PIRADS5T2WITZVeryHigh,
    PIRADSXT2WITZInadequateOrAbsent,
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
