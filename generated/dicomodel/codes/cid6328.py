"""CID 6328 PI-RADS® v2 Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1385.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6328
NAME: Final[str] = "PI-RADS® v2 Lesion Assessment Category"
KEYWORD: Final[str | None] = "PIRADSv2LesionAssessmentCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.1385"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PIRADS1VeryLow: Final[Code] = Code("RADLEX", "RID50296", "PI-RADS 1 - Very low (lesion)", (6328,))
"""PI-RADS 1 - Very low (lesion) (RADLEX RID50296)."""

PIRADS2Low: Final[Code] = Code("RADLEX", "RID50297", "PI-RADS 2 - Low (lesion)", (6328,))
"""PI-RADS 2 - Low (lesion) (RADLEX RID50297)."""

PIRADS3Intermediate: Final[Code] = Code(
    "RADLEX", "RID50298", "PI-RADS 3 - Intermediate (lesion)", (6328,)
)
"""PI-RADS 3 - Intermediate (lesion) (RADLEX RID50298)."""

PIRADS4High: Final[Code] = Code("RADLEX", "RID50299", "PI-RADS 4 - High (lesion)", (6328,))
"""PI-RADS 4 - High (lesion) (RADLEX RID50299)."""

PIRADS5VeryHigh: Final[Code] = Code("RADLEX", "RID50300", "PI-RADS 5 - Very high (lesion)", (6328,))
"""PI-RADS 5 - Very high (lesion) (RADLEX RID50300)."""

PIRADSXInadequateOrAbsent: Final[Code] = Code(
    "RADLEX", "RID50323", "PI-RADS X - Inadequate or absent (lesion)", (6328,)
)
"""PI-RADS X - Inadequate or absent (lesion) (RADLEX RID50323)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PIRADS1VeryLow,
    PIRADS2Low,
    PIRADS3Intermediate,
    PIRADS4High,
    PIRADS5VeryHigh,
    PIRADSXInadequateOrAbsent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
