"""CID 6021 Quadrant Location from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.351.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6021
NAME: Final[str] = "Quadrant Location from BI-RADS®"
KEYWORD: Final[str | None] = "QuadrantLocationFromBIRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.351"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

UpperOuterQuadrantOfBreast: Final[Code] = Code(
    "SCT", "76365002", "Upper outer quadrant of breast", (4, 6021)
)
"""Upper outer quadrant of breast (SCT 76365002)."""

UpperInnerQuadrantOfBreast: Final[Code] = Code(
    "SCT", "77831004", "Upper inner quadrant of breast", (4, 6021)
)
"""Upper inner quadrant of breast (SCT 77831004)."""

LowerOuterQuadrantOfBreast: Final[Code] = Code(
    "SCT", "33564002", "Lower outer quadrant of breast", (4, 6021)
)
"""Lower outer quadrant of breast (SCT 33564002)."""

LowerInnerQuadrantOfBreast: Final[Code] = Code(
    "SCT", "19100000", "Lower inner quadrant of breast", (4, 6021)
)
"""Lower inner quadrant of breast (SCT 19100000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    UpperOuterQuadrantOfBreast,
    UpperInnerQuadrantOfBreast,
    LowerOuterQuadrantOfBreast,
    LowerInnerQuadrantOfBreast,
)
"""The resolved membership: own members, then those of the included groups, in order."""
