"""CID 6324 Prostate MRI Assessment.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1381.
Includes CID 6325.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6324
NAME: _Final[str] = "Prostate MRI Assessment"
KEYWORD: _Final[str | None] = "ProstateMRIAssessment"
UID: _Final[str | None] = "1.2.840.10008.6.1.1381"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = (6325,)
EXTERNAL_SCHEME: _Final[str | None] = None

PIRADS1VeryLow: _Final[_Code] = _Code("RADLEX", "RID50289", "PI-RADS 1 - Very low", (6325,))
"""PI-RADS 1 - Very low (RADLEX RID50289). Included from CID 6325."""

PIRADS2Low: _Final[_Code] = _Code("RADLEX", "RID50290", "PI-RADS 2 - Low", (6325,))
"""PI-RADS 2 - Low (RADLEX RID50290). Included from CID 6325."""

PIRADS3Intermediate: _Final[_Code] = _Code(
    "RADLEX", "RID50291", "PI-RADS 3 - Intermediate", (6325,)
)
"""PI-RADS 3 - Intermediate (RADLEX RID50291). Included from CID 6325."""

PIRADS4High: _Final[_Code] = _Code("RADLEX", "RID50292", "PI-RADS 4 - High", (6325,))
"""PI-RADS 4 - High (RADLEX RID50292). Included from CID 6325."""

PIRADS5VeryHigh: _Final[_Code] = _Code("RADLEX", "RID50293", "PI-RADS 5 - Very high", (6325,))
"""PI-RADS 5 - Very high (RADLEX RID50293). Included from CID 6325."""

PIRADSXInadequateOrAbsent: _Final[_Code] = _Code(
    "RADLEX", "RID50322", "PI-RADS X - Inadequate or absent", (6325,)
)
"""PI-RADS X - Inadequate or absent (RADLEX RID50322). Included from CID 6325."""

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
