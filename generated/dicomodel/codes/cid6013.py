"""CID 6013 Calcification Distribution Modifier from BI-RADS®.

Extensible, version 20050822, UID 1.2.840.10008.6.1.343.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6013
NAME: Final[str] = "Calcification Distribution Modifier from BI-RADS®"
KEYWORD: Final[str | None] = "CalcificationDistributionModifierFromBIRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.343"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DiffuseCalcificationDistribution: Final[Code] = Code(
    "SCT", "129764001", "Diffuse calcification distribution", (6013,)
)
"""Diffuse calcification distribution (SCT 129764001)."""

LinearCalcificationDistribution: Final[Code] = Code(
    "SCT", "129765000", "Linear calcification distribution", (6013,)
)
"""Linear calcification distribution (SCT 129765000)."""

GroupedCalcificationDistribution: Final[Code] = Code(
    "SCT", "129766004", "Grouped calcification distribution", (6013,)
)
"""Grouped calcification distribution (SCT 129766004)."""

RegionalCalcificationDistribution: Final[Code] = Code(
    "SCT", "129767008", "Regional calcification distribution", (6013,)
)
"""Regional calcification distribution (SCT 129767008)."""

SegmentalCalcificationDistribution: Final[Code] = Code(
    "SCT", "129768003", "Segmental calcification distribution", (6013,)
)
"""Segmental calcification distribution (SCT 129768003)."""

CalcificationsWithinAMass: Final[Code] = Code(
    "DCM", "111346", "Calcifications within a mass", (6013,)
)
"""Calcifications within a mass (DCM 111346)."""

CalcificationsOutsideOfAMass: Final[Code] = Code(
    "DCM", "111347", "Calcifications outside of a mass", (6013,)
)
"""Calcifications outside of a mass (DCM 111347)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DiffuseCalcificationDistribution,
    LinearCalcificationDistribution,
    GroupedCalcificationDistribution,
    RegionalCalcificationDistribution,
    SegmentalCalcificationDistribution,
    CalcificationsWithinAMass,
    CalcificationsOutsideOfAMass,
)
"""The resolved membership: own members, then those of the included groups, in order."""
