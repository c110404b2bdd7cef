"""CID 6329 PI-RADS® v2 T2WI PZ Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1386.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6329
NAME: _Final[str] = "PI-RADS® v2 T2WI PZ Lesion Assessment Category"
KEYWORD: _Final[str | None] = "PIRADSv2T2WIPZLesionAssessmentCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.1386"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PIRADS1T2WIPZVeryLow: _Final[_Code] = _Code(
    "RADLEX", "RID50302", "PI-RADS 1 - T2WI PZ Very low", (6329,)
)
"""PI-RADS 1 - T2WI PZ Very low (RADLEX RID50302)."""

PIRADS2T2WIPZLow: _Final[_Code] = _Code("RADLEX", "RID50303", "PI-RADS 2 - T2WI PZ Low", (6329,))
"""PI-RADS 2 - T2WI PZ Low (RADLEX RID50303)."""

PIRADS3T2WIPZIntermediate: _Final[_Code] = _Code(
    "RADLEX", "RID50304", "PI-RADS 3 - T2WI PZ Intermediate", (6329,)
)
"""PI-RADS 3 - T2WI PZ Intermediate (RADLEX RID50304)."""

PIRADS4T2WIPZHigh: _Final[_Code] = _Code("RADLEX", "RID50305", "PI-RADS 4 - T2WI PZ High", (6329,))
"""PI-RADS 4 - T2WI PZ High (RADLEX RID50305)."""

PIRADS5T2WIPZVeryHigh: _Final[_Code] = _Code(
    "RADLEX", "RID50306", "PI-RADS 5 - T2WI PZ Very high", (6329,)
)
"""PI-RADS 5 - T2WI PZ Very high (RADLEX RID50306)."""

PIRADSXT2WIPZInadequateOrAbsent: _Final[_Code] = _Code(
    "RADLEX", "RID50324", "PI-RADS X - T2WI PZ Inadequate or absent", (6329,)
)
"""PI-RADS X - T2WI PZ Inadequate or absent (RADLEX RID50324)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PIRADS1T2WIPZVeryLow,
    PIRADS2T2WIPZLow,
    PIRADS3T2WIPZIntermediate,
    PIRADS4T2WIPZHigh,
    PIRADS5T2WIPZVeryHigh,
    PIRADSXT2WIPZInadequateOrAbsent,
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
