"""CID 6330 PI-RADS® v2 T2WI TZ Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1387.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6330
NAME: Final[str] = "PI-RADS® v2 T2WI TZ Lesion Assessment Category"
KEYWORD: Final[str | None] = "PIRADSv2T2WITZLesionAssessmentCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.1387"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PIRADS1T2WITZVeryLow: Final[Code] = Code(
    "RADLEX", "RID50308", "PI-RADS 1 - T2WI TZ Very low", (6330,)
)
"""PI-RADS 1 - T2WI TZ Very low (RADLEX RID50308)."""

PIRADS2T2WITZLow: Final[Code] = Code("RADLEX", "RID50309", "PI-RADS 2 - T2WI TZ Low", (6330,))
"""PI-RADS 2 - T2WI TZ Low (RADLEX RID50309)."""

PIRADS3T2WITZIntermediate: Final[Code] = Code(
    "RADLEX", "RID50310", "PI-RADS 3 - T2WI TZ Intermediate", (6330,)
)
"""PI-RADS 3 - T2WI TZ Intermediate (RADLEX RID50310)."""

PIRADS4T2WITZHigh: Final[Code] = Code("RADLEX", "RID50311", "PI-RADS 4 - T2WI TZ High", (6330,))
"""PI-RADS 4 - T2WI TZ High (RADLEX RID50311)."""

PIRADS5T2WITZVeryHigh: Final[Code] = Code(
    "RADLEX", "RID50312", "PI-RADS 5 - T2WI TZ Very high", (6330,)
)
"""PI-RADS 5 - T2WI TZ Very high (RADLEX RID50312)."""

PIRADSXT2WITZInadequateOrAbsent: Final[Code] = Code(
    "RADLEX", "RID50325", "PI-RADS X - T2WI TZ Inadequate or absent", (6330,)
)
"""PI-RADS X - T2WI TZ Inadequate or absent (RADLEX RID50325)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PIRADS1T2WITZVeryLow,
    PIRADS2T2WITZLow,
    PIRADS3T2WITZIntermediate,
    PIRADS4T2WITZHigh,
    PIRADS5T2WITZVeryHigh,
    PIRADSXT2WITZInadequateOrAbsent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
