"""CID 6134 Chest Qualitative Temporal Difference Type.

Extensible, version 20090717, UID 1.2.840.10008.6.1.454.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6134
NAME: Final[str] = "Chest Qualitative Temporal Difference Type"
KEYWORD: Final[str | None] = "ChestQualitativeTemporalDifferenceType"
UID: Final[str | None] = "1.2.840.10008.6.1.454"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090717"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DifferenceInBorderShape: Final[Code] = Code(
    "SCT", "442755000", "Difference in border shape", (6134,)
)
"""Difference in border shape (SCT 442755000)."""

DifferenceInBorderDefinition: Final[Code] = Code(
    "SCT", "442688001", "Difference in border definition", (6134,)
)
"""Difference in border definition (SCT 442688001)."""

DifferenceInDistribution: Final[Code] = Code(
    "SCT", "442704007", "Difference in distribution", (6134,)
)
"""Difference in distribution (SCT 442704007)."""

DifferenceInSiteInvolvement: Final[Code] = Code(
    "SCT", "442711006", "Difference in site involvement", (6134,)
)
"""Difference in site involvement (SCT 442711006)."""

DifferenceInSubstance: Final[Code] = Code("SCT", "442691001", "Difference in substance", (6134,))
"""Difference in substance (SCT 442691001)."""

DifferenceInTexture: Final[Code] = Code("SCT", "442700003", "Difference in Texture", (6134,))
"""Difference in Texture (SCT 442700003)."""

FindingPartiallyRemoved: Final[Code] = Code(
    "SCT", "129722001", "Finding partially removed", (6003, 6134)
)
"""Finding partially removed (SCT 129722001)."""

NoSignificantChangesInTheFinding: Final[Code] = Code(
    "SCT", "129723006", "No significant changes in the finding", (6003, 6134)
)
"""No significant changes in the finding (SCT 129723006)."""

IncreaseInSize: Final[Code] = Code("SCT", "15454001", "Increase in size", (6003, 6134))
"""Increase in size (SCT 15454001)."""

DecreaseInSize: Final[Code] = Code("SCT", "19776001", "Decrease in size", (6003, 6134))
"""Decrease in size (SCT 19776001)."""

LessDefined: Final[Code] = Code("SCT", "129728002", "Less defined", (6003, 6134))
"""Less defined (SCT 129728002)."""

MoreDefined: Final[Code] = Code("SCT", "129729005", "More defined", (6003, 6134))
"""More defined (SCT 129729005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DifferenceInBorderShape,
    DifferenceInBorderDefinition,
    DifferenceInDistribution,
    DifferenceInSiteInvolvement,
    DifferenceInSubstance,
    DifferenceInTexture,
    FindingPartiallyRemoved,
    NoSignificantChangesInTheFinding,
    IncreaseInSize,
    DecreaseInSize,
    LessDefined,
    MoreDefined,
)
"""The resolved membership: own members, then those of the included groups, in order."""
