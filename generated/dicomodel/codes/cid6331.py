"""CID 6331 PI-RADS® v2 DWI Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1388.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6331
NAME: _Final[str] = "PI-RADS® v2 DWI Lesion Assessment Category"
KEYWORD: _Final[str | None] = "PIRADSv2DWILesionAssessmentCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.1388"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PIRADS1DWIVeryLow: _Final[_Code] = _Code("RADLEX", "RID50314", "PI-RADS 1 - DWI Very low", (6331,))
"""PI-RADS 1 - DWI Very low (RADLEX RID50314)."""

PIRADS2DWILow: _Final[_Code] = _Code("RADLEX", "RID50315", "PI-RADS 2 - DWI Low", (6331,))
"""PI-RADS 2 - DWI Low (RADLEX RID50315)."""

PIRADS3DWIIntermediate: _Final[_Code] = _Code(
    "RADLEX", "RID50316", "PI-RADS 3 - DWI Intermediate", (6331,)
)
"""PI-RADS 3 - DWI Intermediate (RADLEX RID50316)."""

PIRADS4DWIHigh: _Final[_Code] = _Code("RADLEX", "RID50317", "PI-RADS 4 - DWI High", (6331,))
"""PI-RADS 4 - DWI High (RADLEX RID50317)."""

PIRADS5DWIVeryHigh: _Final[_Code] = _Code(
    "RADLEX", "RID50318", "PI-RADS 5 - DWI Very high", (6331,)
)
"""PI-RADS 5 - DWI Very high (RADLEX RID50318)."""

PIRADSXDWIInadequateOrAbsent: _Final[_Code] = _Code(
    "RADLEX", "RID50326", "PI-RADS X - DWI Inadequate or absent", (6331,)
)
"""PI-RADS X - DWI Inadequate or absent (RADLEX RID50326)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PIRADS1DWIVeryLow,
    PIRADS2DWILow,
    PIRADS3DWIIntermediate,
    PIRADS4DWIHigh,
    PIRADS5DWIVeryHigh,
    PIRADSXDWIInadequateOrAbsent,
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
