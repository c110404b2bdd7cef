"""CID 6329 PI-RADS® v2 T2WI PZ Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1386.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6329
NAME: Final[str] = "PI-RADS® v2 T2WI PZ Lesion Assessment Category"
KEYWORD: Final[str | None] = "PIRADSv2T2WIPZLesionAssessmentCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.1386"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PIRADS1T2WIPZVeryLow: Final[Code] = Code(
    "RADLEX", "RID50302", "PI-RADS 1 - T2WI PZ Very low", (6329,)
)
"""PI-RADS 1 - T2WI PZ Very low (RADLEX RID50302)."""

PIRADS2T2WIPZLow: Final[Code] = Code("RADLEX", "RID50303", "PI-RADS 2 - T2WI PZ Low", (6329,))
"""PI-RADS 2 - T2WI PZ Low (RADLEX RID50303)."""

PIRADS3T2WIPZIntermediate: Final[Code] = Code(
    "RADLEX", "RID50304", "PI-RADS 3 - T2WI PZ Intermediate", (6329,)
)
"""PI-RADS 3 - T2WI PZ Intermediate (RADLEX RID50304)."""

PIRADS4T2WIPZHigh: Final[Code] = Code("RADLEX", "RID50305", "PI-RADS 4 - T2WI PZ High", (6329,))
"""PI-RADS 4 - T2WI PZ High (RADLEX RID50305)."""

PIRADS5T2WIPZVeryHigh: Final[Code] = Code(
    "RADLEX", "RID50306", "PI-RADS 5 - T2WI PZ Very high", (6329,)
)
"""PI-RADS 5 - T2WI PZ Very high (RADLEX RID50306)."""

PIRADSXT2WIPZInadequateOrAbsent: Final[Code] = Code(
    "RADLEX", "RID50324", "PI-RADS X - T2WI PZ Inadequate or absent", (6329,)
)
"""PI-RADS X - T2WI PZ Inadequate or absent (RADLEX RID50324)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PIRADS1T2WIPZVeryLow,
    PIRADS2T2WIPZLow,
    PIRADS3T2WIPZIntermediate,
    PIRADS4T2WIPZHigh,
    PIRADS5T2WIPZVeryHigh,
    PIRADSXT2WIPZInadequateOrAbsent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
