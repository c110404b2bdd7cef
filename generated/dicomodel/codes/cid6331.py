"""CID 6331 PI-RADS® v2 DWI Lesion Assessment Category.

Non-extensible, version 20210714, UID 1.2.840.10008.6.1.1388.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6331
NAME: Final[str] = "PI-RADS® v2 DWI Lesion Assessment Category"
KEYWORD: Final[str | None] = "PIRADSv2DWILesionAssessmentCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.1388"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PIRADS1DWIVeryLow: Final[Code] = Code("RADLEX", "RID50314", "PI-RADS 1 - DWI Very low", (6331,))
"""PI-RADS 1 - DWI Very low (RADLEX RID50314)."""

PIRADS2DWILow: Final[Code] = Code("RADLEX", "RID50315", "PI-RADS 2 - DWI Low", (6331,))
"""PI-RADS 2 - DWI Low (RADLEX RID50315)."""

PIRADS3DWIIntermediate: Final[Code] = Code(
    "RADLEX", "RID50316", "PI-RADS 3 - DWI Intermediate", (6331,)
)
"""PI-RADS 3 - DWI Intermediate (RADLEX RID50316)."""

PIRADS4DWIHigh: Final[Code] = Code("RADLEX", "RID50317", "PI-RADS 4 - DWI High", (6331,))
"""PI-RADS 4 - DWI High (RADLEX RID50317)."""

PIRADS5DWIVeryHigh: Final[Code] = Code("RADLEX", "RID50318", "PI-RADS 5 - DWI Very high", (6331,))
"""PI-RADS 5 - DWI Very high (RADLEX RID50318)."""

PIRADSXDWIInadequateOrAbsent: Final[Code] = Code(
    "RADLEX", "RID50326", "PI-RADS X - DWI Inadequate or absent", (6331,)
)
"""PI-RADS X - DWI Inadequate or absent (RADLEX RID50326)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PIRADS1DWIVeryLow,
    PIRADS2DWILow,
    PIRADS3DWIIntermediate,
    PIRADS4DWIHigh,
    PIRADS5DWIVeryHigh,
    PIRADSXDWIInadequateOrAbsent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
