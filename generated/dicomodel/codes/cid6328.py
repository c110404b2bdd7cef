"""CID 6328 PI-RADS® v2 Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1385.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6328
NAME: _Final[str] = "PI-RADS® v2 Lesion Assessment Category"
KEYWORD: _Final[str | None] = "PIRADSv2LesionAssessmentCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.1385"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PIRADS1VeryLow: _Final[_Code] = _Code(
    "RADLEX", "RID50296", "PI-RADS 1 - Very low (lesion)", (6328,)
)
"""PI-RADS 1 - Very low (lesion) (RADLEX RID50296)."""

PIRADS2Low: _Final[_Code] = _Code("RADLEX", "RID50297", "PI-RADS 2 - Low (lesion)", (6328,))
"""PI-RADS 2 - Low (lesion) (RADLEX RID50297)."""

PIRADS3Intermediate: _Final[_Code] = _Code(
    "RADLEX", "RID50298", "PI-RADS 3 - Intermediate (lesion)", (6328,)
)
"""PI-RADS 3 - Intermediate (lesion) (RADLEX RID50298)."""

PIRADS4High: _Final[_Code] = _Code("RADLEX", "RID50299", "PI-RADS 4 - High (lesion)", (6328,))
"""PI-RADS 4 - High (lesion) (RADLEX RID50299)."""

PIRADS5VeryHigh: _Final[_Code] = _Code(
    "RADLEX", "RID50300", "PI-RADS 5 - Very high (lesion)", (6328,)
)
"""PI-RADS 5 - Very high (lesion) (RADLEX RID50300)."""

PIRADSXInadequateOrAbsent: _Final[_Code] = _Code(
    "RADLEX", "RID50323", "PI-RADS X - Inadequate or absent (lesion)", (6328,)
)
"""PI-RADS X - Inadequate or absent (lesion) (RADLEX RID50323)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PIRADS1VeryLow,
    PIRADS2Low,
    PIRADS3Intermediate,
    PIRADS4High,
    PIRADS5VeryHigh,
    PIRADSXInadequateOrAbsent,
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
