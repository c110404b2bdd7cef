"""CID 6008 Density Modifier.

Extensible, version 20020904, UID 1.2.840.10008.6.1.338.
Includes CID 6009.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6008
NAME: Final[str] = "Density Modifier"
KEYWORD: Final[str | None] = "DensityModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.338"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = (6009,)
EXTERNAL_SCHEME: Final[str | None] = None

HighDensityLesion: Final[Code] = Code("SCT", "129744006", "High density lesion", (6009,))
"""High density lesion (SCT 129744006). Included from CID 6009."""

EqualDensityIsodenseLesion: Final[Code] = Code(
    "SCT", "129745007", "Equal density (isodense) lesion", (6009,)
)
"""Equal density (isodense) lesion (SCT 129745007). Included from CID 6009."""

LowDensityNotContainingFatLesion: Final[Code] = Code(
    "SCT", "129746008", "Low density (not containing fat) lesion", (6009,)
)
"""Low density (not containing fat) lesion (SCT 129746008). Included from CID 6009."""

FatContainingRadiolucentLesion: Final[Code] = Code(
    "SCT", "129747004", "Fat containing (radiolucent) lesion", (6009,)
)
"""Fat containing (radiolucent) lesion (SCT 129747004). Included from CID 6009."""

MEMBERS: Final[tuple[Code, ...]] = (
    HighDensityLesion,
    EqualDensityIsodenseLesion,
    LowDensityNotContainingFatLesion,
    FatContainingRadiolucentLesion,
)
"""The resolved membership: own members, then those of the included groups, in order."""
