"""CID 6009 Density Modifier from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.339.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6009
NAME: Final[str] = "Density Modifier from BI-RADS®"
KEYWORD: Final[str | None] = "DensityModifierFromBIRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.339"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HighDensityLesion: Final[Code] = Code("SCT", "129744006", "High density lesion", (6009,))
"""High density lesion (SCT 129744006)."""

EqualDensityIsodenseLesion: Final[Code] = Code(
    "SCT", "129745007", "Equal density (isodense) lesion", (6009,)
)
"""Equal density (isodense) lesion (SCT 129745007)."""

LowDensityNotContainingFatLesion: Final[Code] = Code(
    "SCT", "129746008", "Low density (not containing fat) lesion", (6009,)
)
"""Low density (not containing fat) lesion (SCT 129746008)."""

FatContainingRadiolucentLesion: Final[Code] = Code(
    "SCT", "129747004", "Fat containing (radiolucent) lesion", (6009,)
)
"""Fat containing (radiolucent) lesion (SCT 129747004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    HighDensityLesion,
    EqualDensityIsodenseLesion,
    LowDensityNotContainingFatLesion,
    FatContainingRadiolucentLesion,
)
"""The resolved membership: own members, then those of the included groups, in order."""
