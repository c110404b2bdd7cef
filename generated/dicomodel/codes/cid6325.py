"""CID 6325 Overall Assessment from PI-RADS®.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1382.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6325
NAME: _Final[str] = "Overall Assessment from PI-RADS®"
KEYWORD: _Final[str | None] = "OverallAssessmentFromPIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.1382"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PIRADS1VeryLow: _Final[_Code] = _Code("RADLEX", "RID50289", "PI-RADS 1 - Very low", (6325,))
"""PI-RADS 1 - Very low (RADLEX RID50289)."""

PIRADS2Low: _Final[_Code] = _Code("RADLEX", "RID50290", "PI-RADS 2 - Low", (6325,))
"""PI-RADS 2 - Low (RADLEX RID50290)."""

PIRADS3Intermediate: _Final[_Code] = _Code(
    "RADLEX", "RID50291", "PI-RADS 3 - Intermediate", (6325,)
)
"""PI-RADS 3 - Intermediate (RADLEX RID50291)."""

PIRADS4High: _Final[_Code] = _Code("RADLEX", "RID50292", "PI-RADS 4 - High", (6325,))
"""PI-RADS 4 - High (RADLEX RID50292)."""

PIRADS5VeryHigh: _Final[_Code] = _Code("RADLEX", "RID50293", "PI-RADS 5 - Very high", (6325,))
"""PI-RADS 5 - Very high (RADLEX RID50293)."""

PIRADSXInadequateOrAbsent: _Final[_Code] = _Code(
    "RADLEX", "RID50322", "PI-RADS X - Inadequate or absent", (6325,)
)
"""PI-RADS X - Inadequate or absent (RADLEX RID50322)."""

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
